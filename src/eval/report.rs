//! Aggregating document scores: micro-averaged precision, recall and F1,
//! overall, per language and per relation kind.

use super::score::DocScore;
use crate::lang::Lang;
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Counts behind precision and recall, summed over documents
/// (micro-averaging, as `score.py`'s summary does).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// What the system produced: nodes, or unique relation triples.
    pub system: usize,
    /// How many of those are correct.
    pub correct: usize,
    /// Required gold items.
    pub required: usize,
    /// Required gold items the system found.
    pub found_required: usize,
}

impl Counts {
    /// `correct / system`, 0 when the system produced nothing.
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.system)
    }

    /// `found_required / required`, 0 when nothing is required.
    pub fn recall(&self) -> f64 {
        ratio(self.found_required, self.required)
    }

    /// Harmonic mean of precision and recall, 0 when both are 0.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    /// Adds another document's counts.
    pub fn add(&mut self, other: Counts) {
        self.system += other.system;
        self.correct += other.correct;
        self.required += other.required;
        self.found_required += other.found_required;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Rounded to three decimals like Python's `round(x, 3)`: Rust's float
/// formatting rounds the exact binary value half to even, as Python does.
fn round3(x: f64) -> f64 {
    format!("{x:.3}").parse().unwrap_or(x)
}

impl Serialize for Counts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(7))?;
        map.serialize_entry("system", &self.system)?;
        map.serialize_entry("correct", &self.correct)?;
        map.serialize_entry("required", &self.required)?;
        map.serialize_entry("found_required", &self.found_required)?;
        map.serialize_entry("precision", &round3(self.precision()))?;
        map.serialize_entry("recall", &round3(self.recall()))?;
        map.serialize_entry("f1", &round3(self.f1()))?;
        map.end()
    }
}

/// Scores of a set of documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Number of documents.
    pub docs: usize,
    /// Actors: nodes matching a gold actor, required actors found.
    pub actors: Counts,
    /// Relations: correct triples, required relations found.
    pub relations: Counts,
    /// Triples that hit a forbidden rule.
    pub forbidden: usize,
}

impl Summary {
    fn add(&mut self, doc: &DocScore) {
        let (a, r) = (&doc.actors, &doc.relations);
        self.docs += 1;
        self.actors.add(Counts {
            system: a.nodes,
            correct: a.matched_nodes,
            required: a.required,
            found_required: a.found_required,
        });
        self.relations.add(Counts {
            system: r.system_triples,
            correct: r.correct,
            required: r.required,
            found_required: r.found_required,
        });
        self.forbidden += r.forbidden.len();
    }
}

/// The keys of `score.py`'s summary line, then the counts behind them.
impl Serialize for Summary {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (a, r) = (&self.actors, &self.relations);
        let mut map = serializer.serialize_map(Some(10))?;
        map.serialize_entry("docs", &self.docs)?;
        map.serialize_entry("actor_precision", &round3(a.precision()))?;
        map.serialize_entry("actor_recall", &round3(a.recall()))?;
        map.serialize_entry("actor_f1", &round3(a.f1()))?;
        map.serialize_entry("relation_precision", &round3(r.precision()))?;
        map.serialize_entry("relation_recall", &round3(r.recall()))?;
        map.serialize_entry("relation_f1", &round3(r.f1()))?;
        map.serialize_entry("forbidden", &self.forbidden)?;
        map.serialize_entry("actors", a)?;
        map.serialize_entry("relations", r)?;
        map.end()
    }
}

/// The evaluation of a corpus: every document's score and their
/// micro-averaged summaries.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// All documents together.
    #[serde(rename = "summary")]
    pub overall: Summary,
    /// Documents by gold language (documents without one count only in
    /// `overall`).
    pub languages: BTreeMap<Lang, Summary>,
    /// Relation counts per relation kind: triples by their kind, required
    /// gold relations by the first kind they list.
    pub kinds: BTreeMap<String, Counts>,
    /// Each document's score, in the order given.
    pub documents: Vec<DocScore>,
}

impl Report {
    /// Aggregates document scores.
    pub fn from_scores(documents: Vec<DocScore>) -> Report {
        let mut report = Report::default();
        for doc in &documents {
            report.overall.add(doc);
            if let Some(lang) = doc.lang {
                report.languages.entry(lang).or_default().add(doc);
            }
            for (kind, counts) in &doc.relations.kinds {
                report.kinds.entry(kind.clone()).or_default().add(*counts);
            }
        }
        report.documents = documents;
        report
    }

    /// The summary of one language's documents, if there are any.
    pub fn language(&self, lang: Lang) -> Option<&Summary> {
        self.languages.get(&lang)
    }

    /// Required actors no node matched, as `(document, actor key)`.
    pub fn missing_actors(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.documents
            .iter()
            .flat_map(|d| (d.actors.missing.iter()).map(move |m| (d.doc.as_str(), m.as_str())))
    }

    /// Required relations no edge matched, as `(document, relation)`.
    pub fn missing_relations(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.documents
            .iter()
            .flat_map(|d| (d.relations.missing.iter()).map(move |m| (d.doc.as_str(), m.as_str())))
    }

    /// Edges matching no gold relation or a forbidden rule, as
    /// `(document, edge)`.
    pub fn false_edges(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.documents
            .iter()
            .flat_map(|d| (d.relations.wrong.iter()).map(move |w| (d.doc.as_str(), w.as_str())))
    }

    /// The report as JSON: `summary` (with `score.py`'s summary keys),
    /// `languages`, `kinds` and `documents` (with `score.py`'s per-document
    /// fields).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a report always serializes")
    }

    /// The report as text: a table of scores overall and per language, one
    /// per relation kind, then each document's misses and false edges in
    /// `score.py`'s layout.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = self.write_text(&mut out);
        out
    }

    fn write_text(&self, out: &mut String) -> std::fmt::Result {
        let prf =
            |c: &Counts| format!("{:>6.3} {:>6.3} {:>6.3}", c.precision(), c.recall(), c.f1());
        writeln!(
            out,
            "{:<8} {:>5}  {:^20}  {:^20}  {:>9}",
            "", "", "actors", "relations", ""
        )?;
        writeln!(
            out,
            "{:<8} {:>5}  {:>6} {:>6} {:>6}  {:>6} {:>6} {:>6}  {:>9}",
            "", "docs", "P", "R", "F1", "P", "R", "F1", "forbidden"
        )?;
        let row = |out: &mut String, name: &str, s: &Summary| {
            let (a, r) = (prf(&s.actors), prf(&s.relations));
            writeln!(out, "{name:<8} {:>5}  {a}  {r}  {:>9}", s.docs, s.forbidden)
        };
        row(out, "all", &self.overall)?;
        for (lang, summary) in &self.languages {
            row(out, lang.code(), summary)?;
        }
        if !self.kinds.is_empty() {
            writeln!(out)?;
            writeln!(
                out,
                "{:<14} {:>6} {:>7} {:>8} {:>5}  {:>6} {:>6} {:>6}",
                "relation", "edges", "correct", "required", "found", "P", "R", "F1"
            )?;
            for (kind, c) in &self.kinds {
                writeln!(
                    out,
                    "{kind:<14} {:>6} {:>7} {:>8} {:>5}  {}",
                    c.system,
                    c.correct,
                    c.required,
                    c.found_required,
                    prf(c)
                )?;
            }
        }
        for doc in &self.documents {
            let (a, r) = (&doc.actors, &doc.relations);
            writeln!(out)?;
            match doc.lang {
                Some(lang) => writeln!(out, "== {} ({lang})", doc.doc)?,
                None => writeln!(out, "== {}", doc.doc)?,
            }
            writeln!(
                out,
                "actors:    {}/{} required found, {}/{} nodes match a gold actor",
                a.found_required, a.required, a.matched_nodes, a.nodes
            )?;
            if !a.missing.is_empty() {
                writeln!(out, "  missing actors: {}", a.missing.join(", "))?;
            }
            if !a.spurious.is_empty() {
                writeln!(
                    out,
                    "  nodes matching no gold actor: {}",
                    a.spurious.join(", ")
                )?;
            }
            writeln!(
                out,
                "relations: {}/{} required found, {}/{} system triples correct",
                r.found_required, r.required, r.correct, r.system_triples
            )?;
            for m in &r.missing {
                writeln!(out, "  missing: {m}")?;
            }
            for w in &r.wrong {
                writeln!(out, "  not in gold: {w}")?;
            }
            for f in &r.forbidden {
                writeln!(out, "  FORBIDDEN: {f}")?;
            }
        }
        Ok(())
    }
}
