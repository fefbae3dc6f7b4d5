//! The benchmark corpus, generated at bench start from the annotated texts
//! under `tests/corpus/{fr,en}`: documents concatenated, repeated and
//! shuffled with a fixed seed, paragraphs separated by blank lines.

// Each bench binary uses its own part of this module.
#![allow(dead_code)]

use newsgraph::Lang;
use std::path::Path;

/// One megabyte, the size of the main corpora.
pub const MB: usize = 1 << 20;

/// Benchmark settings short enough for `cargo bench` to finish in a few
/// minutes on two cores.
pub fn configure<M: criterion::measurement::Measurement>(
    group: &mut criterion::BenchmarkGroup<'_, M>,
) {
    group
        .sample_size(10)
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3));
}

/// The annotated documents of one language (both when `None`), each with
/// its paragraphs separated by exactly one blank line, in path order.
pub fn documents(lang: Option<Lang>) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let langs: Vec<Lang> = lang.map_or(Lang::ALL.to_vec(), |l| vec![l]);
    let mut docs = Vec::new();
    for lang in langs {
        let dir = root.join(lang.code());
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| entry.expect("readable corpus directory").path())
            .filter(|path| path.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let paragraphs: Vec<&str> = text
                .split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect();
            if !paragraphs.is_empty() {
                docs.push(paragraphs.join("\n\n"));
            }
        }
    }
    assert!(!docs.is_empty(), "no text under {}", root.display());
    docs
}

/// At least `min_bytes` of documents: the annotated documents over and
/// over, each round in a different (deterministic) order.
pub fn corpus_documents(lang: Option<Lang>, min_bytes: usize) -> Vec<String> {
    let docs = documents(lang);
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let (mut out, mut bytes) = (Vec::new(), 0);
    while bytes < min_bytes {
        let mut round: Vec<&String> = docs.iter().collect();
        // Fisher-Yates.
        for i in (1..round.len()).rev() {
            round.swap(i, (rng.next() % (i as u64 + 1)) as usize);
        }
        for doc in round {
            bytes += doc.len() + 2;
            out.push(doc.clone());
        }
    }
    out
}

/// [`corpus_documents`] as one text, documents separated by blank lines.
pub fn corpus(lang: Option<Lang>, min_bytes: usize) -> String {
    corpus_documents(lang, min_bytes).join("\n\n")
}

/// A name for a corpus language in benchmark ids.
pub fn lang_name(lang: Option<Lang>) -> &'static str {
    lang.map_or("mixed", Lang::code)
}

/// Folds text roughly as the extractor does before matching its gazetteer
/// (lowercase, accents removed, apostrophes and hyphens to spaces), for the
/// raw Aho-Corasick baseline. Close enough for a speed baseline: the exact
/// fold lives inside the crate.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\'' | '-' | '`' | '_' | '\u{2019}' | '\u{2018}' | '\u{2010}' | '\u{2011}' => {
                out.push(' ')
            }
            '\u{a0}' | '\u{202f}' => out.push(' '),
            '\u{ab}' | '\u{bb}' | '\u{201c}' | '\u{201d}' => out.push('"'),
            '\u{153}' | '\u{152}' => out.push_str("oe"),
            '\u{e6}' | '\u{c6}' => out.push_str("ae"),
            '\u{df}' => out.push_str("ss"),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => {
                let lower = c.to_lowercase().next().unwrap_or(c);
                out.push(strip_accent(lower));
            }
        }
    }
    out
}

fn strip_accent(c: char) -> char {
    const FROM: &str = "àáâãäåçèéêëìíîïñòóôõöøùúûüýÿăąćčďđęěğıłńňőřśşšţťůűźżž";
    const TO: &str = "aaaaaaceeeeiiiinoooooouuuuyyaaccddeegilnnorsssttuuzzz";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

/// A small deterministic generator (xorshift64*), so that every run
/// benchmarks the same text.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}
