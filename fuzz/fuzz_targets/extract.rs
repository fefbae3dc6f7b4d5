//! Any bytes through `Extractor::extract_bytes`, strict and lossy: strict
//! decoding fails exactly on invalid UTF-8, at the right offset; lossy
//! decoding never fails; neither panics, and every span of the extraction
//! satisfies the invariants of `tests/robustness/invariants.rs`. The graph
//! of the extraction must export and read back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::export::{from_json, to_dot, to_json};
use newsgraph::{ActorGraph, Error, Extraction, Extractor};
use std::sync::LazyLock;

#[path = "../../tests/robustness/invariants.rs"]
#[allow(dead_code)]
mod invariants;

/// Built once per process: building takes a good part of a second.
static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

fn check(text: &str, x: &Extraction) {
    if let Err(e) = invariants::check_extraction(text, x) {
        panic!("{e}\ntext: {text:?}");
    }
    let graph = ActorGraph::from_extraction("fuzz", x);
    let json = to_json(&graph);
    let back = from_json(&json).expect("our own JSON reads back");
    assert_eq!(to_json(&back), json);
    let _ = to_dot(&graph);
}

fuzz_target!(|data: &[u8]| {
    match (
        EXTRACTOR.extract_bytes(data, false),
        std::str::from_utf8(data),
    ) {
        (Ok(x), Ok(text)) => check(text, &x),
        (Err(Error::Utf8 { offset }), Err(e)) => assert_eq!(offset, e.valid_up_to()),
        (result, decoded) => panic!(
            "strict decoding: {:?} for input that is {}",
            result.map(|_| "an extraction"),
            if decoded.is_ok() {
                "valid UTF-8"
            } else {
                "invalid UTF-8"
            }
        ),
    }
    let lossy = EXTRACTOR
        .extract_bytes(data, true)
        .expect("lossy decoding never fails");
    check(&String::from_utf8_lossy(data), &lossy);
});
