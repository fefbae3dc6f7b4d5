//! How throughput scales: with document size (`scaling`: one 1 MB document
//! against one 10 MB document, same generator) and with threads (`batch`:
//! the 1 MB corpus as separate documents, each extracted, turned into a
//! graph and exported as JSON like `newsgraph batch --per-doc` does, on 1
//! and 2 threads), and with hostile input (`hostile`: one 1 MB and one 4 MB
//! document of each kind, extracted, turned into a graph and exported as
//! JSON; throughput must not fall with size).
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

/// One line without punctuation or newline, dense in actors and relations:
/// every sentence is a window of `MAX_SENTENCE` bytes, every window adds
/// evidence to the same few edges.
fn one_line(bytes: usize) -> String {
    let phrase = "la Russie soutient la Syrie contre les rebelles et Moscou aide Damas ";
    phrase.repeat(bytes / phrase.len() + 1)
}

/// One actor spelt in ever new ways: "Russie" with two combining marks
/// (removed by folding) at every pair of places, each a new surface form.
fn spellings(bytes: usize) -> String {
    let marks: Vec<char> = ('\u{300}'..='\u{36f}').collect();
    let word: Vec<char> = "Russie".chars().collect();
    let mut text = String::with_capacity(bytes + 64);
    'out: for i in 1..word.len() {
        for j in i + 1..=word.len() {
            for &a in &marks {
                for &b in &marks {
                    let mut w: String = word[..i].iter().collect();
                    w.push(a);
                    w.extend(&word[i..j]);
                    w.push(b);
                    w.extend(&word[j..]);
                    text.push_str(&format!("La {w} soutient la Syrie. "));
                    if text.len() >= bytes {
                        break 'out;
                    }
                }
            }
        }
    }
    text
}

fn hostile(c: &mut Criterion) {
    let extractor = Extractor::new();
    let mut group = c.benchmark_group("hostile");
    configure(&mut group);
    for (name, make) in [
        ("one_line", one_line as fn(usize) -> String),
        ("spellings", spellings),
    ] {
        for mb in [1, 4] {
            let text = make(mb * MB);
            let extraction = extractor.extract(&text);
            let russia = newsgraph::ActorId::new("country:RUS");
            let aliases = extraction.aliases.get(&russia).map_or(0, Vec::len);
            eprintln!(
                "hostile {name}, {mb} MB: {} sentences, {} relations, {aliases} spellings of Russia",
                extraction.sentences.len(),
                extraction.relations.len()
            );
            assert!(
                extraction.relations.len() > 1000,
                "{name}: too few relations"
            );
            if name == "spellings" {
                assert!(aliases > 1000, "{name}: too few spellings");
            }
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, format!("{mb}MB")), &text, |b, t| {
                b.iter(|| per_doc(&extractor, "doc", black_box(t)))
            });
        }
    }
    group.finish();
}

criterion_group!(scaling, benches, hostile);
criterion_main!(scaling);
