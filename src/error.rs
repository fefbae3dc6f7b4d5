//! The crate's one error type.

use std::path::PathBuf;

/// Everything that can go wrong in newsgraph. Extraction itself never fails;
/// only building an [`Extractor`](crate::Extractor), reading input and parsing
/// serialized graphs do.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A lexicon file (embedded or user-supplied) is malformed.
    #[error("lexicon {name}, line {line}: {reason}")]
    Lexicon {
        /// File name (or `embedded:<path>` for built-in data).
        name: String,
        /// One-based line number.
        line: usize,
        /// What is wrong with the line.
        reason: String,
    },
    /// Input bytes are not valid UTF-8.
    #[error("invalid UTF-8 at byte {offset}")]
    Utf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// A serialized graph (node-link JSON) could not be read.
    #[error("graph JSON: {reason}")]
    GraphJson {
        /// What is wrong.
        reason: String,
        /// The underlying parser error, if any.
        #[source]
        source: Option<serde_json::Error>,
    },
    /// An I/O error on a named file.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file concerned.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// An evaluation gold file is malformed.
    #[error("gold {name}: {reason}")]
    Gold {
        /// The gold file.
        name: String,
        /// What is wrong.
        reason: String,
    },
}

/// Result alias used throughout the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
