//! What every extraction must satisfy, whatever the input: the spans lie in
//! the text on character boundaries and the cross-references hold.
//!
//! Shared by the property tests (`tests/robustness.rs`) and the `extract` and
//! `lexicon` fuzz targets (`fuzz/fuzz_targets/`, which include this file by
//! path), so that both check exactly the same thing.

use newsgraph::{Extraction, Span};

/// The sentence window of `src/text/segment.rs` (`MAX_SENTENCE`): no sentence
/// handed to the later stages is longer.
pub const MAX_SENTENCE: usize = 1500;

/// Checks `x`, extracted from `text`; the error says what is wrong.
///
/// - every span (sentences, boilerplate, mentions, relation sentences and
///   triggers) is `start <= end <= text.len()` with both ends on `char`
///   boundaries;
/// - sentences are non-empty, at most [`MAX_SENTENCE`] bytes, in order and
///   disjoint, and never overlap boilerplate;
/// - a mention lies inside its sentence, mentions are in text order;
/// - a relation's sentence is one of the sentences and holds its trigger,
///   its confidence is in `[0, 1]`, its ends and speaker are actors of the
///   extraction;
/// - every actor's parent is an actor of the extraction, every alias list
///   belongs to one.
pub fn check_extraction(text: &str, x: &Extraction) -> Result<(), String> {
    let span = |what: &dyn Fn() -> String, s: Span| -> Result<(), String> {
        if s.start > s.end
            || s.end > text.len()
            || !text.is_char_boundary(s.start)
            || !text.is_char_boundary(s.end)
        {
            return Err(format!(
                "{} {s:?} is not a span of the {}-byte text on char boundaries",
                what(),
                text.len()
            ));
        }
        Ok(())
    };
    for (i, &s) in x.sentences.iter().enumerate() {
        span(&|| format!("sentence {i}"), s)?;
        if s.is_empty() || s.len() > MAX_SENTENCE {
            return Err(format!("sentence {i} {s:?} has {} bytes", s.len()));
        }
        if i > 0 && x.sentences[i - 1].end > s.start {
            return Err(format!(
                "sentence {i} {s:?} starts before the end of {:?}",
                x.sentences[i - 1]
            ));
        }
    }
    for (i, &b) in x.boilerplate.iter().enumerate() {
        span(&|| format!("boilerplate {i}"), b)?;
        if let Some(s) = x
            .sentences
            .iter()
            .find(|s| s.start < b.end && b.start < s.end)
        {
            return Err(format!("boilerplate {b:?} overlaps sentence {s:?}"));
        }
    }
    for (i, m) in x.mentions.iter().enumerate() {
        span(&|| format!("mention {i} ({})", m.actor), m.span)?;
        let Some(&sentence) = x.sentences.get(m.sentence) else {
            return Err(format!("mention {i} names sentence {}", m.sentence));
        };
        if !sentence.contains(m.span) {
            return Err(format!(
                "mention {i} {:?} lies outside its sentence {sentence:?}",
                m.span
            ));
        }
        if i > 0
            && (x.mentions[i - 1].span.start, x.mentions[i - 1].span.end)
                > (m.span.start, m.span.end)
        {
            return Err(format!("mention {i} {:?} is out of order", m.span));
        }
    }
    for (i, r) in x.relations.iter().enumerate() {
        span(&|| format!("relation {i} sentence"), r.sentence)?;
        span(&|| format!("relation {i} trigger"), r.trigger)?;
        if x.sentences.binary_search(&r.sentence).is_err() {
            return Err(format!("relation {i}: {:?} is not a sentence", r.sentence));
        }
        if !r.sentence.contains(r.trigger) {
            return Err(format!(
                "relation {i}: trigger {:?} lies outside {:?}",
                r.trigger, r.sentence
            ));
        }
        if !(0.0..=1.0).contains(&r.confidence) {
            return Err(format!("relation {i}: confidence {}", r.confidence));
        }
        for id in [Some(&r.source), Some(&r.target), r.speaker.as_ref()]
            .into_iter()
            .flatten()
        {
            if !x.actors.contains_key(id) {
                return Err(format!("relation {i}: {id} is not an actor"));
            }
        }
    }
    for (id, actor) in &x.actors {
        if &actor.id != id {
            return Err(format!("actor {id} is filed as {}", actor.id));
        }
        if let Some(parent) = &actor.parent {
            if !x.actors.contains_key(parent) {
                return Err(format!("actor {id}: parent {parent} is missing"));
            }
        }
    }
    for id in x.aliases.keys() {
        if !x.actors.contains_key(id) {
            return Err(format!("aliases of {id}, which is not an actor"));
        }
    }
    Ok(())
}
