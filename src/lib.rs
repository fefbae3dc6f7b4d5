// The crate documentation is the README, so that its examples are
// doctested and the two never drift apart.
#![doc = include_str!("../README.md")]
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod actors;
mod error;
pub mod eval;
pub mod export;
mod extractor;
mod graph;
mod lang;
mod lexicon;
mod model;
mod relations;
mod sentence;
mod span;
mod text;

pub use error::{Error, Result};
pub use extractor::{Extractor, ExtractorBuilder};
pub use graph::{ActorGraph, DocumentInfo, Edge, Evidence, Filter, Level, Node};
pub use lang::Lang;
pub use model::actor::{Actor, ActorId, ActorKind, Sector};
pub use model::extraction::{Extraction, Mention, MentionKind, MentionRole};
pub use model::relation::{Family, Modality, Relation, RelationKind};
pub use span::Span;
