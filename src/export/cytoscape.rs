//! Cytoscape.js elements JSON.

use super::json::{generator, wire_evidence, WireEvidence};
use super::{edge_key, family_name, non_empty, round3, to_string};
use crate::graph::ActorGraph;
use crate::model::actor::{ActorId, ActorKind, Sector};
use crate::model::relation::{Modality, RelationKind};
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct Document<'a> {
    data: NetworkData,
    elements: Elements<'a>,
}

/// Network attributes, as in Cytoscape desktop's `.cyjs` files.
#[derive(Serialize)]
struct NetworkData {
    generator: String,
}

#[derive(Serialize)]
struct Elements<'a> {
    nodes: Vec<Element<NodeData<'a>>>,
    edges: Vec<Element<EdgeData<'a>>>,
}

#[derive(Serialize)]
struct Element<T> {
    data: T,
}

#[derive(Serialize)]
struct NodeData<'a> {
    id: &'a ActorId,
    label: &'a str,
    kind: ActorKind,
    country: Option<&'a str>,
    sector: Option<Sector>,
    /// Not `parent`, which Cytoscape.js reads as compound-node nesting.
    affiliation: Option<&'a ActorId>,
    aliases: &'a [String],
    mentions: usize,
}

#[derive(Serialize)]
struct EdgeData<'a> {
    id: String,
    source: &'a ActorId,
    target: &'a ActorId,
    key: String,
    kind: RelationKind,
    family: &'static str,
    plover: Option<&'static str>,
    cameo: Option<&'static str>,
    negated: bool,
    modality: Modality,
    speaker: Option<&'a ActorId>,
    count: usize,
    confidence: f64,
    evidence: Vec<WireEvidence<'a>>,
}

/// Writes the graph as Cytoscape.js elements JSON, pretty-printed with a
/// final newline: `{"data": {"generator"}, "elements": {"nodes": [{"data":
/// {…}}], "edges": [{"data": {"id", "source", "target", …}}]}}` (the
/// top-level `data` holds network attributes, as in Cytoscape desktop's
/// `.cyjs` files; `cy.json(…)` ignores it).
///
/// An actor's parent is written as `affiliation`, because Cytoscape.js
/// reads `parent` as compound-node nesting. Edge ids are
/// `"source -> target [key]"`; edges also carry their relation `family`
/// (`cooperation`, `verbal_conflict`, `material_conflict`, `structural`)
/// for styling.
///
/// ```
/// let mut out = Vec::new();
/// newsgraph::export::write_cytoscape(&newsgraph::ActorGraph::new(), &mut out)?;
/// let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
/// assert_eq!(value["elements"]["edges"], serde_json::json!([]));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn write_cytoscape<W: Write + ?Sized>(graph: &ActorGraph, w: &mut W) -> io::Result<()> {
    let nodes = graph
        .nodes()
        .map(|n| Element {
            data: NodeData {
                id: &n.actor.id,
                label: &n.actor.label,
                kind: n.actor.kind,
                country: n.actor.country.as_deref(),
                sector: n.actor.sector,
                affiliation: n.actor.parent.as_ref(),
                aliases: &n.aliases,
                mentions: n.mentions,
            },
        })
        .collect();
    let edges = graph
        .edges()
        .map(|(source, target, e)| {
            let key = edge_key(e);
            Element {
                data: EdgeData {
                    id: format!("{source} -> {target} [{key}]"),
                    source,
                    target,
                    key,
                    kind: e.kind,
                    family: family_name(e.kind.family()),
                    plover: non_empty(e.kind.plover()),
                    cameo: non_empty(e.kind.cameo()),
                    negated: e.negated,
                    modality: e.modality,
                    speaker: e.speaker.as_ref(),
                    count: e.count,
                    confidence: round3(e.confidence),
                    evidence: wire_evidence(e),
                },
            }
        })
        .collect();
    let document = Document {
        data: NetworkData {
            generator: generator(),
        },
        elements: Elements { nodes, edges },
    };
    let mut w = io::BufWriter::new(w);
    serde_json::to_writer_pretty(&mut w, &document)?;
    w.write_all(b"\n")?;
    w.flush()
}

/// The graph as Cytoscape.js elements JSON (see [`write_cytoscape`]).
///
/// ```
/// let json = newsgraph::export::to_cytoscape(&newsgraph::ActorGraph::new());
/// assert!(json.contains("\"elements\""));
/// ```
pub fn to_cytoscape(graph: &ActorGraph) -> String {
    to_string(|buf| write_cytoscape(graph, buf))
}
