//! Measuring extraction quality against annotated documents.
//!
//! A gold annotation lists the actors a document names and the relations it
//! states; [`score`] compares one graph with it, [`Report`] sums the scores
//! of a corpus, and [`evaluate_dir`] runs an [`Extractor`] over a directory
//! of annotated documents. The scoring rules are those of the project's
//! reference scorer `score.py`, so both give the same figures for the same
//! graph.
//!
//! # Gold format
//!
//! One JSON file per document, beside its text:
//!
//! ```json
//! {
//!   "id": "seed_fr",
//!   "lang": "fr",
//!   "text": "seed_fr.txt",
//!   "actors": {
//!     "russia": {"required": true, "names": ["Russia", "Russie", "Moscou"]},
//!     "syria":  {"required": true, "names": ["Syria", "Syrie", "Damas"]}
//!   },
//!   "relations": [
//!     {"required": true, "source": ["russia"], "kind": ["supports"], "target": ["syria"]}
//!   ],
//!   "forbidden": [
//!     {"source": ["russia"], "kind": ["bombs"], "target": ["syria"], "why": "a place, not a target"}
//!   ]
//! }
//! ```
//!
//! - A node matches a gold actor when its label or one of its aliases equals
//!   one of the actor's names, compared without case, accents, leading
//!   articles and punctuation. A node matching nothing takes the match of its
//!   nearest ancestor through `parent`; a node also stands for every actor
//!   its ancestors match (the Kremlin's act is Russia's act).
//! - `source`, `kind` and `target` list the accepted alternatives; `*` is
//!   any. `"negated": true` marks a negated gold relation ("did not
//!   attack"); negated edges match only those.
//! - Actor precision counts the nodes matching a gold actor; actor recall
//!   the `required` actors some node matches. Relation recall counts the
//!   `required` relations found; relation precision the graph's unique
//!   `(source, kind, target, negated)` triples matching any gold relation,
//!   required or not. A triple matching a `forbidden` rule is always wrong.
//! - Corpus figures are micro-averaged: counts are summed over documents
//!   before dividing.
//!
//! `id` defaults to the file stem, `text` to the `.txt` file of the same
//! stem, `required` and `negated` to false. Unknown actor keys in rules, and
//! rules none of whose kinds is a known relation kind, are errors.
//!
//! ```
//! use newsgraph::eval::{score, Gold};
//! use newsgraph::{ActorGraph, Extractor};
//!
//! let gold = Gold::from_json("doc.json", r#"{
//!     "lang": "en",
//!     "actors": {"russia": {"required": true, "names": ["Russia"]},
//!                "syria": {"required": true, "names": ["Syria"]}},
//!     "relations": [{"required": true, "source": ["russia"], "kind": ["supports"],
//!                    "target": ["syria"]}]
//! }"#)?;
//! let text = "Russia supports Syria.";
//! let extraction = Extractor::new().extract_lang(text, gold.lang);
//! let doc = score(&gold, &ActorGraph::from_extraction(&gold.id, &extraction));
//! assert_eq!(doc.actors.required, 2);
//! assert_eq!(doc.relations.required, 1);
//! # Ok::<(), newsgraph::Error>(())
//! ```

mod gold;
mod names;
mod report;
mod score;
#[cfg(test)]
mod tests;

pub use gold::{ForbiddenRelation, Gold, GoldActor, GoldRelation, RelationPattern};
pub use report::{Counts, Report, Summary};
pub use score::{score, score_json, ActorScore, DocScore, RelationScore};

use crate::error::{Error, Result};
use crate::extractor::Extractor;
use crate::graph::ActorGraph;
use std::path::{Path, PathBuf};

/// A gold annotation with its document's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldDocument {
    /// The gold file.
    pub path: PathBuf,
    /// Its annotation.
    pub gold: Gold,
    /// The document's text.
    pub text: String,
}

impl GoldDocument {
    /// Reads a gold file and the text it names.
    pub fn from_file(path: impl AsRef<Path>) -> Result<GoldDocument> {
        let path = path.as_ref();
        let gold = Gold::from_file(path)?;
        let text_path = gold.text_path(path);
        let text = std::fs::read_to_string(&text_path).map_err(|source| Error::Io {
            path: text_path,
            source,
        })?;
        Ok(GoldDocument {
            path: path.to_path_buf(),
            gold,
            text,
        })
    }

    /// Extracts the document (in the gold's language, when it has one) and
    /// scores the graph.
    pub fn score(&self, extractor: &Extractor) -> DocScore {
        let extraction = extractor.extract_lang(&self.text, self.gold.lang);
        score(
            &self.gold,
            &ActorGraph::from_extraction(&self.gold.id, &extraction),
        )
    }
}

/// Reads every `*.json` gold file under `dir`, recursively, in path order,
/// with the texts they name. Every JSON file there must be a gold file.
pub fn read_gold_dir(dir: impl AsRef<Path>) -> Result<Vec<GoldDocument>> {
    let mut files = Vec::new();
    collect_json(dir.as_ref(), &mut files)?;
    files.sort();
    files.iter().map(GoldDocument::from_file).collect()
}

fn collect_json(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    let io = |source| Error::Io {
        path: dir.to_path_buf(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_dir() {
            collect_json(&path, files)?;
        } else if path.extension().is_some_and(|e| e == "json") {
            files.push(path);
        }
    }
    Ok(())
}

/// Extracts and scores each document.
pub fn evaluate(extractor: &Extractor, documents: &[GoldDocument]) -> Report {
    Report::from_scores(documents.iter().map(|d| d.score(extractor)).collect())
}

/// Extracts and scores every annotated document under `dir` (see
/// [`read_gold_dir`]). Fails on the first unreadable or malformed gold file
/// or text, naming it.
pub fn evaluate_dir(extractor: &Extractor, dir: impl AsRef<Path>) -> Result<Report> {
    Ok(evaluate(extractor, &read_gold_dir(dir)?))
}
