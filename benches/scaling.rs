//! How throughput scales: with document size (`scaling`: one 1 MB document
//! against one 10 MB document, same generator) and with threads (`batch`:
//! the 1 MB corpus as separate documents, each extracted, turned into a
//! graph and exported as JSON like `newsgraph batch --per-doc` does, on 1
//! and 2 threads).
//!
//! `cargo bench --bench scaling`.

mod common;

use common::{configure, corpus, corpus_documents, MB};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use newsgraph::{export, ActorGraph, Extractor};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};

/// One document's `batch --per-doc` work; returns the JSON length.
fn per_doc(extractor: &Extractor, id: &str, text: &str) -> usize {
    let extraction = extractor.extract(text);
    export::to_json(&ActorGraph::from_extraction(id, &extraction)).len()
}

/// Processes every document on `threads` threads taking the next
/// unprocessed document as they go (what a work-stealing pool does for
/// documents of uneven size); returns the total JSON length.
fn batch(extractor: &Extractor, docs: &[String], threads: usize) -> usize {
    let next = AtomicUsize::new(0);
    let work = || {
        let mut total = 0;
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(doc) = docs.get(i) else { break total };
            total += per_doc(extractor, "doc", doc);
        }
    };
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads).map(|_| scope.spawn(work)).collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a batch thread panicked"))
            .sum()
    })
}

fn benches(c: &mut Criterion) {
    let extractor = Extractor::new();

    let sizes = [(1, corpus(None, MB)), (10, corpus(None, 10 * MB))];
    for (mb, text) in &sizes {
        let extraction = extractor.extract(text);
        eprintln!(
            "document of {mb} MB: {} bytes, {} mentions, {} relations",
            text.len(),
            extraction.mentions.len(),
            extraction.relations.len()
        );
        assert!(
            !extraction.relations.is_empty(),
            "{mb} MB: no relation extracted"
        );
    }
    let mut group = c.benchmark_group("scaling");
    configure(&mut group);
    for (mb, text) in &sizes {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("extract", format!("{mb}MB")),
            text,
            |b, t| b.iter(|| extractor.extract(black_box(t))),
        );
    }
    group.finish();

    let docs = corpus_documents(None, MB);
    let bytes: usize = docs.iter().map(String::len).sum();
    let one = batch(&extractor, &docs, 1);
    eprintln!(
        "batch: {} documents, {bytes} bytes, {one} bytes of JSON",
        docs.len()
    );
    assert_eq!(
        batch(&extractor, &docs, 2),
        one,
        "threads change the output"
    );
    let mut group = c.benchmark_group("batch");
    configure(&mut group);
    group.throughput(Throughput::Bytes(bytes as u64));
    for threads in [1, 2] {
        group.bench_with_input(
            BenchmarkId::new("extract_graph_json", format!("threads={threads}")),
            &threads,
            |b, &threads| b.iter(|| batch(&extractor, black_box(&docs), threads)),
        );
    }
    group.finish();
}

criterion_group!(scaling, benches);
criterion_main!(scaling);
