//! Extraction throughput on a 1 MB corpus generated from the annotated
//! documents (French, English, and both mixed).
//!
//! Groups: `build` (compiling the lexicons), `actors` (actor recognition
//! alone, beside a raw Aho-Corasick scan of the same gazetteer over the
//! pre-folded corpus, so their ratio reads from one run), `extract` (actors
//! and relations) and `extract_graph_json` (extraction, graph, JSON export).
//!
//! `cargo bench --bench extract`; `cargo bench --bench extract -- actors`
//! for one group.

mod common;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use common::{configure, corpus, fold, lang_name, MB};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use newsgraph::{export, ActorGraph, Extractor, Lang};
use std::hint::black_box;

/// A corpus and what is known about it.
struct Corpus {
    name: &'static str,
    text: String,
    /// The corpus folded like the extractor folds text before matching.
    folded: String,
    /// The gazetteer scan, built as the extractor builds its own.
    scanner: AhoCorasick,
}

fn corpora(extractor: &Extractor) -> Vec<Corpus> {
    [Some(Lang::Fr), Some(Lang::En), None]
        .into_iter()
        .map(|lang| {
            let text = corpus(lang, MB);
            let mut patterns: Vec<String> = match lang {
                Some(lang) => extractor.gazetteer(lang),
                None => Lang::ALL
                    .iter()
                    .flat_map(|&l| extractor.gazetteer(l))
                    .collect(),
            };
            patterns.sort();
            patterns.dedup();
            let scanner = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&patterns)
                .expect("the gazetteer compiles to a DFA");
            Corpus {
                name: lang_name(lang),
                folded: fold(&text),
                text,
                scanner,
            }
        })
        .collect()
}

/// Checks once, before timing, that every benchmark does real work.
fn check(extractor: &Extractor, corpora: &[Corpus]) {
    for c in corpora {
        let mb = c.text.len() as f64 / MB as f64;
        let found = extractor.actors(&c.text).mentions.len();
        let extraction = extractor.extract(&c.text);
        let scanned = c.scanner.find_iter(&c.folded).count();
        eprintln!(
            "corpus {}: {mb:.2} MB, {found} actor mentions, {} mentions and {} relations \
             extracted, {scanned} raw gazetteer matches",
            c.name,
            extraction.mentions.len(),
            extraction.relations.len(),
        );
        assert!(found > 0, "{}: actor recognition finds nothing", c.name);
        assert!(
            !extraction.mentions.is_empty(),
            "{}: extraction finds nothing",
            c.name
        );
        assert!(
            !extraction.relations.is_empty(),
            "{}: no relation extracted",
            c.name
        );
        assert!(
            scanned > 0,
            "{}: the raw gazetteer scan matches nothing",
            c.name
        );
    }
}

fn benches(c: &mut Criterion) {
    let extractor = Extractor::new();
    let corpora = corpora(&extractor);
    check(&extractor, &corpora);

    let mut group = c.benchmark_group("build");
    configure(&mut group);
    group.bench_function("Extractor::new", |b| b.iter(Extractor::new));
    group.finish();

    let mut group = c.benchmark_group("actors");
    configure(&mut group);
    for corpus in &corpora {
        group.throughput(Throughput::Bytes(corpus.text.len() as u64));
        group.bench_with_input(BenchmarkId::new("actors", corpus.name), corpus, |b, c| {
            b.iter(|| extractor.actors(black_box(&c.text)))
        });
        // Same byte count as `actors`, so that the two rates compare.
        group.bench_with_input(
            BenchmarkId::new("aho_corasick", corpus.name),
            corpus,
            |b, c| b.iter(|| c.scanner.find_iter(black_box(&c.folded)).count()),
        );
    }
    group.finish();

    let mut group = c.benchmark_group("extract");
    configure(&mut group);
    for corpus in &corpora {
        group.throughput(Throughput::Bytes(corpus.text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(corpus.name), corpus, |b, c| {
            b.iter(|| extractor.extract(black_box(&c.text)))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("extract_graph_json");
    configure(&mut group);
    for corpus in &corpora {
        group.throughput(Throughput::Bytes(corpus.text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(corpus.name), corpus, |b, c| {
            b.iter(|| {
                let extraction = extractor.extract(black_box(&c.text));
                export::to_json(&ActorGraph::from_extraction(c.name, &extraction))
            })
        });
    }
    group.finish();
}

criterion_group!(extract, benches);
criterion_main!(extract);
