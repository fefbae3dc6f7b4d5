//! The text layer: folding for matching, paragraphs, boilerplate, sentences
//! and language identification, all as spans of the original text.

pub(crate) mod boilerplate;
pub(crate) mod langid;
pub(crate) mod normalize;
pub(crate) mod segment;
