//! [`ActorGraph`]: actors as nodes, aggregated relations as edges, over a
//! petgraph [`DiGraph`].
//!
//! One node per actor id and one edge per `(source, kind, target, negated)`.
//! Every relation found in a document adds one to its edge's count and one
//! [`Evidence`] item; graphs of many documents merge on actor ids. Iteration
//! order never depends on hashing or on the order in which documents were
//! added: nodes come sorted by id, edges by `(source, target, kind, negated)`.

pub(crate) mod build;
mod filter;
mod rollup;
mod structural;

pub use filter::Filter;
pub use rollup::Level;

use crate::lang::Lang;
use crate::model::actor::{Actor, ActorId};
use crate::model::relation::{Modality, RelationKind};
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use std::collections::{BTreeMap, BTreeSet};

/// The highest confidence an aggregated edge reaches from extracted evidence
/// (see [`Edge::confidence`]).
pub(crate) const CONFIDENCE_CAP: f32 = 0.99;

/// One actor of the graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// Who the actor is.
    pub actor: Actor,
    /// Surface forms seen for the actor, sorted and deduplicated so that the
    /// order does not depend on which document came first.
    pub aliases: Vec<String>,
    /// Number of mentions of the actor as a party, over all documents.
    pub mentions: usize,
}

/// Where a relation was read: a sentence of a document and its trigger.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Evidence {
    /// Id of the document.
    pub doc: String,
    /// First byte of the sentence in the document's original text.
    pub start: usize,
    /// One past the last byte of the sentence.
    pub end: usize,
    /// Byte span `[start, end)` of the trigger word or phrase.
    pub trigger: (usize, usize),
}

impl Evidence {
    /// The sort key: `(doc, start, trigger, end)`.
    pub(crate) fn key(&self) -> (&str, usize, (usize, usize), usize) {
        (&self.doc, self.start, self.trigger, self.end)
    }
}

/// All the relations of one kind from one actor to another, aggregated.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// What happens.
    pub kind: RelationKind,
    /// "did not", "refuses to": negated relations get their own edge.
    pub negated: bool,
    /// The edge's main modality: [`Modality::Asserted`] if any evidence is
    /// asserted, else the most frequent (ties go to the first in
    /// declaration order).
    pub modality: Modality,
    /// How often each modality was seen; the counts sum to
    /// [`count`](Edge::count). Counts rather than a set, so that the main
    /// modality of a merged edge does not depend on the merge order.
    pub modalities: BTreeMap<Modality, usize>,
    /// The actor most often credited with the statements behind this edge
    /// (ties go to the smallest id), if any.
    pub speaker: Option<ActorId>,
    /// How often each speaker was credited.
    pub speakers: BTreeMap<ActorId, usize>,
    /// Number of relations aggregated into this edge.
    pub count: usize,
    /// Aggregated confidence `1 - Π(1 - cᵢ)` over the relations' confidences
    /// `cᵢ`, capped at 0.99: many independent sightings make an edge more
    /// likely, never certain. The one exception is structural edges derived
    /// from actor affiliations (the lexicon says the Kremlin is part of
    /// Russia), which have confidence 1.0 and keep it as long as only such
    /// certain edges are merged into them.
    pub confidence: f32,
    /// Where the relations were read, sorted by `(doc, start, trigger, end)`.
    /// Empty for structural edges derived from affiliations.
    pub evidence: Vec<Evidence>,
}

/// A document that contributed to the graph.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocumentInfo {
    /// The document's id, as given to
    /// [`ActorGraph::from_extraction`].
    pub id: String,
    /// Its majority language, if known.
    pub lang: Option<Lang>,
}

/// The key of an edge, in iteration order.
pub(crate) type EdgeKey = (ActorId, ActorId, RelationKind, bool);

/// A knowledge graph of actors and aggregated, typed relations.
///
/// Wraps a petgraph [`DiGraph`] (exposed by [`graph`](ActorGraph::graph) for
/// graph algorithms) plus an id → [`NodeIndex`] map. Build one per document
/// with [`from_extraction`](ActorGraph::from_extraction), then
/// [`merge`](ActorGraph::merge) them; merging is associative and
/// commutative, so a corpus graph does not depend on document order.
///
/// ```
/// use newsgraph::{Actor, ActorGraph, ActorId, ActorKind, Extraction, Modality, Relation,
///                 RelationKind, Span};
///
/// let country = |iso: &str, label: &str| Actor {
///     id: ActorId::new(&format!("country:{iso}")),
///     label: label.to_string(),
///     kind: ActorKind::Country,
///     country: Some(iso.to_string()),
///     sector: None,
///     parent: None,
/// };
/// let mut extraction = Extraction::default();
/// for actor in [country("RUS", "Russia"), country("SYR", "Syria")] {
///     extraction.actors.insert(actor.id.clone(), actor);
/// }
/// extraction.relations.push(Relation {
///     source: ActorId::new("country:RUS"),
///     target: ActorId::new("country:SYR"),
///     kind: RelationKind::Supports,
///     negated: false,
///     modality: Modality::Asserted,
///     speaker: None,
///     confidence: 0.8,
///     sentence: Span::new(0, 28),
///     trigger: Span::new(10, 18),
/// });
///
/// let mut graph = ActorGraph::from_extraction("doc1", &extraction);
/// graph.add_extraction("doc2", &extraction);
/// assert_eq!(graph.node_count(), 2);
/// assert_eq!(graph.edge_count(), 1);
/// let (source, target, edge) = graph.edges().next().unwrap();
/// assert_eq!((source.as_str(), target.as_str()), ("country:RUS", "country:SYR"));
/// assert_eq!(edge.count, 2);
/// assert!((edge.confidence - 0.96).abs() < 1e-6); // 1 - 0.2 × 0.2
/// assert_eq!(edge.evidence[1].doc, "doc2");
/// assert_eq!(graph.documents().len(), 2);
/// ```
#[derive(Debug, Clone, Default)]
pub struct ActorGraph {
    graph: DiGraph<Node, Edge>,
    nodes: BTreeMap<ActorId, NodeIndex>,
    edges: BTreeMap<EdgeKey, EdgeIndex>,
    documents: Vec<DocumentInfo>,
}

impl ActorGraph {
    /// An empty graph.
    pub fn new() -> ActorGraph {
        ActorGraph::default()
    }

    /// The underlying petgraph graph, for graph algorithms.
    ///
    /// Node and edge indices follow insertion order; graphs returned by
    /// [`merged`](ActorGraph::merged), [`roll_up`](ActorGraph::roll_up),
    /// [`filter`](ActorGraph::filter), `from_extraction` and JSON reading
    /// are laid out canonically (nodes by id, edges by key).
    pub fn graph(&self) -> &DiGraph<Node, Edge> {
        &self.graph
    }

    /// The petgraph index of an actor's node.
    pub fn node_index(&self, id: &ActorId) -> Option<NodeIndex> {
        self.nodes.get(id).copied()
    }

    /// The node of an actor.
    pub fn node(&self, id: &ActorId) -> Option<&Node> {
        self.nodes.get(id).map(|&ix| &self.graph[ix])
    }

    /// The edge with the given key.
    pub fn edge(
        &self,
        source: &ActorId,
        target: &ActorId,
        kind: RelationKind,
        negated: bool,
    ) -> Option<&Edge> {
        let key = (source.clone(), target.clone(), kind, negated);
        self.edges.get(&key).map(|&ix| &self.graph[ix])
    }

    /// Every node, sorted by actor id.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> + '_ {
        self.nodes.values().map(|&ix| &self.graph[ix])
    }

    /// Every edge as `(source, target, edge)`, sorted by
    /// `(source, target, kind, negated)` (kinds in declaration order of
    /// [`RelationKind`], non-negated first).
    pub fn edges(&self) -> impl Iterator<Item = (&ActorId, &ActorId, &Edge)> + '_ {
        self.edges
            .iter()
            .map(|((source, target, _, _), &ix)| (source, target, &self.graph[ix]))
    }

    /// The documents that contributed to the graph, sorted by id.
    pub fn documents(&self) -> &[DocumentInfo] {
        &self.documents
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of edges.
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// Adds a node, merging it into the node of the same id if there is one.
    pub(crate) fn insert_node(&mut self, node: Node) {
        match self.nodes.get(&node.actor.id) {
            Some(&ix) => build::merge_node(&mut self.graph[ix], &node),
            None => {
                let id = node.actor.id.clone();
                let ix = self.graph.add_node(node);
                self.nodes.insert(id, ix);
            }
        }
    }

    /// Adds an edge between two existing nodes, merging it into the edge of
    /// the same key if there is one. Returns false when an endpoint is
    /// missing.
    pub(crate) fn insert_edge(&mut self, source: &ActorId, target: &ActorId, edge: Edge) -> bool {
        let (Some(&s), Some(&t)) = (self.nodes.get(source), self.nodes.get(target)) else {
            return false;
        };
        let key = (source.clone(), target.clone(), edge.kind, edge.negated);
        match self.edges.get(&key) {
            Some(&ix) => build::merge_edge(&mut self.graph[ix], &edge),
            None => {
                let ix = self.graph.add_edge(s, t, edge);
                self.edges.insert(key, ix);
            }
        }
        true
    }

    /// Records a document. Two records of the same id keep the known
    /// language (the greater one if they disagree, so that merging stays
    /// commutative).
    pub(crate) fn insert_document(&mut self, doc: DocumentInfo) {
        match self.documents.binary_search_by(|d| d.id.cmp(&doc.id)) {
            Ok(i) => self.documents[i].lang = self.documents[i].lang.max(doc.lang),
            Err(i) => self.documents.insert(i, doc),
        }
    }

    /// [`canonical`](ActorGraph::canonical), without a copy when the graph
    /// already is (built in id and key order).
    pub(crate) fn into_canonical(self) -> ActorGraph {
        let in_order = self
            .nodes
            .values()
            .enumerate()
            .all(|(i, ix)| ix.index() == i)
            && self
                .edges
                .values()
                .enumerate()
                .all(|(i, ix)| ix.index() == i);
        if in_order {
            self
        } else {
            self.canonical()
        }
    }

    /// The same graph with petgraph indices in canonical order: nodes by id,
    /// edges by key.
    pub(crate) fn canonical(&self) -> ActorGraph {
        let mut out = ActorGraph {
            documents: self.documents.clone(),
            ..ActorGraph::default()
        };
        for node in self.nodes() {
            out.insert_node(node.clone());
        }
        for (source, target, edge) in self.edges() {
            out.insert_edge(source, target, edge.clone());
        }
        out
    }
}

/// Graphs are equal when they have the same documents, nodes and edges,
/// whatever their petgraph indices.
impl PartialEq for ActorGraph {
    fn eq(&self, other: &ActorGraph) -> bool {
        self.documents == other.documents
            && self.nodes.len() == other.nodes.len()
            && self.edges.len() == other.edges.len()
            && self.nodes().eq(other.nodes())
            && self.edges().eq(other.edges())
    }
}

impl Edge {
    /// The set of modalities seen.
    pub fn modality_set(&self) -> BTreeSet<Modality> {
        self.modalities.keys().copied().collect()
    }
}
