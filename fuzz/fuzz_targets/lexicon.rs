//! Any bytes as a user lexicon: building either fails with `Error::Lexicon`
//! naming the file and a line of it, or gives an extractor whose extractions
//! keep the invariants of `tests/robustness/invariants.rs`. Never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::{Error, Extractor};

#[path = "../../tests/robustness/invariants.rs"]
#[allow(dead_code)]
mod invariants;

const NAME: &str = "fuzz.tsv";

/// A short text in each language for the extractors that build.
const TEXTS: &[&str] = &[
    "La Russie a bombardé des positions kurdes en Syrie, a déclaré le Kremlin.",
    "Turkey shelled Kurdish militias in northern Syria, Ankara said on Saturday.",
];

fuzz_target!(|data: &[u8]| {
    let text = match std::str::from_utf8(data) {
        Ok(text) => text,
        // Invalid UTF-8 only exists for files; `lexicon_file` decodes them
        // and reports the line, which `tests/robustness.rs` checks.
        Err(_) => return,
    };
    match Extractor::builder().lexicon_str(NAME, text).build() {
        Ok(extractor) => {
            for text in TEXTS {
                let x = extractor.extract(text);
                if let Err(e) = invariants::check_extraction(text, &x) {
                    panic!("{e}\nlexicon: {:?}", data);
                }
            }
        }
        Err(Error::Lexicon { name, line, reason }) => {
            assert_eq!(name, NAME, "{reason}");
            let lines = text.lines().count().max(1);
            assert!(
                line >= 1 && line <= lines,
                "line {line} of {lines}: {reason}"
            );
            assert!(!reason.is_empty());
        }
        Err(e) => panic!("not a lexicon error: {e}"),
    }
});
