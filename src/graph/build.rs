//! Building graphs from extractions and merging them.
//!
//! Every aggregation here is associative and commutative (sums, unions,
//! per-field minimums, sorted concatenation), so a corpus graph does not
//! depend on the order its documents were merged in.

use super::{structural, ActorGraph, DocumentInfo, Edge, EdgeKey, Evidence, Node, CONFIDENCE_CAP};
use crate::model::actor::{Actor, ActorId, ActorKind};
use crate::model::extraction::Extraction;
use crate::model::relation::{Modality, Relation, RelationKind};
use std::collections::BTreeMap;

impl ActorGraph {
    /// The graph of one document.
    ///
    /// Nodes are every actor in `extraction.actors`, with their aliases from
    /// `extraction.aliases` and their number of party mentions. Each relation
    /// adds one to the count of its edge and one [`Evidence`] item (its
    /// sentence and trigger spans). A relation naming an actor missing from
    /// `extraction.actors` gets a placeholder node (kind `group`, labelled
    /// with the id) rather than being lost.
    ///
    /// Structural edges: every node keeps its `parent`, but only an organ or
    /// institution named by a lexicon row (the Kremlin, the Élysée, the UN
    /// Security Council, a ministry a user lexicon names) whose parent is
    /// also a node gets a `part_of` edge to it, with no evidence and
    /// confidence 1.0, unless the extraction already produced that edge.
    /// The sector units derived for every country (its government,
    /// military, air force, police, ministries…) get none — that they belong
    /// to their country holds by construction and says nothing about the
    /// story — and neither do persons, whose `represents` edges come from the
    /// text with their evidence ("le porte-parole du Kremlin, Dmitri
    /// Peskov"), nor armed groups, parties, media or places, whose parent is
    /// an affiliation rather than membership of an institution.
    ///
    /// ```
    /// use newsgraph::{Actor, ActorGraph, ActorId, ActorKind, Extraction, RelationKind};
    ///
    /// let actor = |id: &str, kind, parent: Option<&str>| Actor {
    ///     id: ActorId::new(id),
    ///     label: id.to_string(),
    ///     kind,
    ///     country: Some("RUS".to_string()),
    ///     sector: None,
    ///     parent: parent.map(ActorId::new),
    /// };
    /// let mut extraction = Extraction::default();
    /// for a in [
    ///     actor("country:RUS", ActorKind::Country, None),
    ///     actor("gov:RUS:kremlin", ActorKind::Government, Some("country:RUS")),
    ///     actor("mil:RUS", ActorKind::Military, Some("country:RUS")),
    ///     actor("person:dmitri-peskov", ActorKind::Person, Some("gov:RUS:kremlin")),
    /// ] {
    ///     extraction.actors.insert(a.id.clone(), a);
    /// }
    /// let graph = ActorGraph::from_extraction("doc", &extraction);
    /// let edges: Vec<_> = graph
    ///     .edges()
    ///     .map(|(s, t, e)| format!("{s} -{}-> {t}", e.kind))
    ///     .collect();
    /// assert_eq!(edges, ["gov:RUS:kremlin -part_of-> country:RUS"]);
    /// // The hierarchy stays on the nodes.
    /// let military = graph.node(&ActorId::new("mil:RUS")).unwrap();
    /// assert_eq!(military.actor.parent, Some(ActorId::new("country:RUS")));
    /// ```
    pub fn from_extraction(doc_id: &str, extraction: &Extraction) -> ActorGraph {
        let mut graph = ActorGraph::new();
        graph.insert_document(DocumentInfo {
            id: doc_id.to_string(),
            lang: extraction.lang,
        });
        let mut mentions: BTreeMap<&ActorId, usize> = BTreeMap::new();
        for mention in extraction.parties() {
            *mentions.entry(&mention.actor).or_default() += 1;
        }
        let node = |id: &ActorId, actor: Actor| Node {
            actor: Actor {
                id: id.clone(),
                ..actor
            },
            aliases: sorted_unique(extraction.aliases.get(id).into_iter().flatten().cloned()),
            mentions: mentions.get(id).copied().unwrap_or(0),
        };
        for (id, actor) in &extraction.actors {
            graph.insert_node(node(id, actor.clone()));
        }
        // Edges gathered by key first, then added in key order: the graph
        // is then built in canonical order and needs no reordering copy.
        let mut edges: BTreeMap<EdgeKey, Edge> = BTreeMap::new();
        for relation in &extraction.relations {
            for id in [&relation.source, &relation.target] {
                if graph.node(id).is_none() {
                    graph.insert_node(node(id, placeholder(id)));
                }
            }
            let edge = relation_edge(doc_id, relation);
            let key = (
                relation.source.clone(),
                relation.target.clone(),
                edge.kind,
                edge.negated,
            );
            match edges.get_mut(&key) {
                Some(into) => merge_edge(into, &edge),
                None => {
                    edges.insert(key, edge);
                }
            }
        }
        for node in graph.nodes() {
            let Some(kind) = structural::derived_edge_kind(&node.actor) else {
                continue;
            };
            let Some(parent) = node.actor.parent.as_ref() else {
                continue;
            };
            if parent == &node.actor.id || graph.node(parent).is_none() {
                continue;
            }
            let key = (node.actor.id.clone(), parent.clone(), kind, false);
            edges.entry(key).or_insert_with(|| structural_edge(kind));
        }
        for ((source, target, _, _), edge) in edges {
            graph.insert_edge(&source, &target, edge);
        }
        graph.into_canonical()
    }

    /// Adds the graph of one more document (see
    /// [`from_extraction`](ActorGraph::from_extraction)).
    pub fn add_extraction(&mut self, doc_id: &str, extraction: &Extraction) {
        self.merge(&ActorGraph::from_extraction(doc_id, extraction));
    }

    /// Merges `other` into `self`.
    ///
    /// The same actor id is one node: aliases unioned (sorted, deduplicated),
    /// mentions summed, and where the two actors disagree each field takes
    /// the smaller value (a known country, sector or parent beats an unknown
    /// one). Edges with the same `(source, kind, target, negated)` merge:
    /// counts, modalities and speakers summed, confidences combined,
    /// evidence concatenated and sorted. Documents are unioned by id.
    ///
    /// Nodes and edges new to `self` are appended to the petgraph graph; use
    /// [`merged`](ActorGraph::merged) for a canonical layout.
    pub fn merge(&mut self, other: &ActorGraph) {
        for doc in other.documents() {
            self.insert_document(doc.clone());
        }
        for node in other.nodes() {
            self.insert_node(node.clone());
        }
        for (source, target, edge) in other.edges() {
            self.insert_edge(source, target, edge.clone());
        }
    }

    /// The merge of two graphs (see [`merge`](ActorGraph::merge)):
    /// `merged(a, b)` equals `merged(b, a)`, and
    /// `merged(merged(a, b), c)` equals `merged(a, merged(b, c))`.
    pub fn merged(a: &ActorGraph, b: &ActorGraph) -> ActorGraph {
        let mut graph = a.clone();
        graph.merge(b);
        graph.canonical()
    }
}

/// Sorts and deduplicates aliases.
pub(crate) fn sorted_unique(aliases: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut aliases: Vec<String> = aliases.into_iter().collect();
    aliases.sort();
    aliases.dedup();
    aliases
}

/// Sorts evidence by `(doc, start, trigger, end)`.
pub(crate) fn sort_evidence(evidence: &mut [Evidence]) {
    evidence.sort_by(|x, y| x.key().cmp(&y.key()));
}

/// A stand-in for an actor a relation names but the extraction does not
/// describe.
fn placeholder(id: &ActorId) -> Actor {
    Actor {
        id: id.clone(),
        label: id.to_string(),
        kind: ActorKind::Group,
        country: None,
        sector: None,
        parent: None,
    }
}

/// The edge contributed by one relation.
fn relation_edge(doc_id: &str, relation: &Relation) -> Edge {
    let confidence = if relation.confidence.is_nan() {
        0.0
    } else {
        relation.confidence.clamp(0.0, CONFIDENCE_CAP)
    };
    Edge {
        kind: relation.kind,
        negated: relation.negated,
        modality: relation.modality,
        modalities: BTreeMap::from([(relation.modality, 1)]),
        speaker: relation.speaker.clone(),
        speakers: relation.speaker.iter().map(|s| (s.clone(), 1)).collect(),
        count: 1,
        confidence,
        evidence: vec![Evidence {
            doc: doc_id.to_string(),
            start: relation.sentence.start,
            end: relation.sentence.end,
            trigger: (relation.trigger.start, relation.trigger.end),
        }],
    }
}

/// A structural edge derived from an actor's parent.
pub(crate) fn structural_edge(kind: RelationKind) -> Edge {
    Edge {
        kind,
        negated: false,
        modality: Modality::Asserted,
        modalities: BTreeMap::from([(Modality::Asserted, 1)]),
        speaker: None,
        speakers: BTreeMap::new(),
        count: 1,
        confidence: 1.0,
        evidence: Vec::new(),
    }
}

/// Merges `other` into `into`, two nodes of the same actor id.
pub(crate) fn merge_node(into: &mut Node, other: &Node) {
    if into.aliases != other.aliases {
        let aliases = std::mem::take(&mut into.aliases);
        into.aliases = sorted_unique(aliases.into_iter().chain(other.aliases.iter().cloned()));
    }
    into.mentions = into.mentions.saturating_add(other.mentions);
    let (a, b) = (&mut into.actor, &other.actor);
    if *a != *b {
        // Field by field minimum: associative and commutative, unlike
        // "first seen wins".
        if b.label < a.label {
            a.label = b.label.clone();
        }
        a.kind = a.kind.min(b.kind);
        merge_option(&mut a.country, &b.country);
        merge_option(&mut a.sector, &b.sector);
        merge_option(&mut a.parent, &b.parent);
    }
}

/// A known value beats an unknown one; of two known values the smaller wins.
fn merge_option<T: Ord + Clone>(into: &mut Option<T>, other: &Option<T>) {
    if let Some(value) = other {
        let smaller = match into {
            Some(current) => value < current,
            None => true,
        };
        if smaller {
            *into = Some(value.clone());
        }
    }
}

/// Merges `other` into `into`, two edges of the same key.
pub(crate) fn merge_edge(into: &mut Edge, other: &Edge) {
    into.count = into.count.saturating_add(other.count);
    for (&modality, &n) in &other.modalities {
        let slot = into.modalities.entry(modality).or_default();
        *slot = slot.saturating_add(n);
    }
    for (speaker, &n) in &other.speakers {
        let slot = into.speakers.entry(speaker.clone()).or_default();
        *slot = slot.saturating_add(n);
    }
    into.modality = main_modality(&into.modalities);
    into.speaker = main_speaker(&into.speakers);
    into.confidence = combine_confidence(into.confidence, other.confidence);
    // Evidence lists are kept sorted. A document's relations come in text
    // order, so the new items usually all sort after the old ones: then
    // appending keeps the order, and building the graph of a document with
    // many relations on one edge stays linear instead of sorting the whole
    // list once per relation.
    let in_order = match (into.evidence.last(), other.evidence.first()) {
        (Some(last), Some(first)) => last.key() <= first.key(),
        _ => true,
    };
    into.evidence.extend(other.evidence.iter().cloned());
    if !in_order {
        sort_evidence(&mut into.evidence);
    }
}

/// Asserted if any relation was asserted, else the most frequent modality
/// (ties to the first in declaration order).
pub(crate) fn main_modality(modalities: &BTreeMap<Modality, usize>) -> Modality {
    if modalities.get(&Modality::Asserted).is_some_and(|&n| n > 0) {
        return Modality::Asserted;
    }
    let mut best = (Modality::Asserted, 0);
    for (&modality, &n) in modalities {
        if n > best.1 {
            best = (modality, n);
        }
    }
    best.0
}

/// The most credited speaker (ties to the smallest id).
pub(crate) fn main_speaker(speakers: &BTreeMap<ActorId, usize>) -> Option<ActorId> {
    let mut best: Option<(&ActorId, usize)> = None;
    for (speaker, &n) in speakers {
        let better = match best {
            Some((_, m)) => n > m,
            None => n > 0,
        };
        if better {
            best = Some((speaker, n));
        }
    }
    best.map(|(speaker, _)| speaker.clone())
}

/// `1 - (1 - a)(1 - b)` capped at [`CONFIDENCE_CAP`], except that two
/// certain edges (1.0) stay certain.
///
/// The explicit tests against the cap keep the operation associative: once
/// an edge reaches the cap it stays there exactly, whatever the rounding of
/// `1 - 0.01 × (1 - c)` would say.
pub(crate) fn combine_confidence(a: f32, b: f32) -> f32 {
    if a >= 1.0 && b >= 1.0 {
        1.0
    } else if a >= CONFIDENCE_CAP || b >= CONFIDENCE_CAP {
        CONFIDENCE_CAP
    } else {
        let combined = 1.0 - (1.0 - f64::from(a)) * (1.0 - f64::from(b));
        (combined as f32).min(CONFIDENCE_CAP)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confidence_combination() {
        let rows: &[(&str, f32, f32, f32)] = &[
            ("independent", 0.5, 0.5, 0.75),
            ("zero is neutral", 0.0, 0.75, 0.75),
            ("capped", 0.9, 0.95, CONFIDENCE_CAP),
            ("cap absorbs", CONFIDENCE_CAP, 0.0, CONFIDENCE_CAP),
            ("certain stays certain", 1.0, 1.0, 1.0),
            ("certain meets evidence", 1.0, 0.5, CONFIDENCE_CAP),
        ];
        for &(name, a, b, want) in rows {
            assert_eq!(combine_confidence(a, b), want, "{name}");
            assert_eq!(combine_confidence(b, a), want, "{name} (swapped)");
        }
    }

    #[test]
    fn main_modality_rules() {
        use Modality::*;
        type Row = (&'static str, &'static [(Modality, usize)], Modality);
        let rows: &[Row] = &[
            ("empty", &[], Asserted),
            (
                "any asserted wins",
                &[(Asserted, 1), (Intended, 5)],
                Asserted,
            ),
            (
                "most frequent",
                &[(Intended, 1), (Hypothetical, 2)],
                Hypothetical,
            ),
            ("tie to first", &[(Requested, 2), (Intended, 2)], Intended),
        ];
        for &(name, counts, want) in rows {
            let counts = counts.iter().copied().collect();
            assert_eq!(main_modality(&counts), want, "{name}");
        }
    }

    #[test]
    fn main_speaker_ties_go_to_smallest_id() {
        let speakers = BTreeMap::from([(ActorId::new("b"), 2), (ActorId::new("a"), 2)]);
        assert_eq!(main_speaker(&speakers), Some(ActorId::new("a")));
        assert_eq!(main_speaker(&BTreeMap::new()), None);
    }
}
