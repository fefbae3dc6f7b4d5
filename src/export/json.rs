//! Node-link JSON (SPEC §2), written and read through small wire structs
//! kept apart from the domain types.

use super::{edge_key, non_empty, round3, to_string};
use crate::error::{Error, Result};
use crate::graph::{build, ActorGraph, DocumentInfo, Edge, Evidence, Node};
use crate::lang::Lang;
use crate::model::actor::{Actor, ActorId, ActorKind, Sector};
use crate::model::relation::{Modality, RelationKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{self, Write};

#[derive(Serialize)]
struct WireGraph<'a> {
    directed: bool,
    multigraph: bool,
    graph: WireMeta<'a>,
    nodes: Vec<WireNode<'a>>,
    edges: Vec<WireEdge<'a>>,
}

#[derive(Serialize)]
struct WireMeta<'a> {
    generator: String,
    documents: Vec<WireDocument<'a>>,
}

#[derive(Serialize)]
struct WireDocument<'a> {
    id: &'a str,
    lang: Option<Lang>,
}

#[derive(Serialize)]
struct WireNode<'a> {
    id: &'a ActorId,
    label: &'a str,
    kind: ActorKind,
    country: Option<&'a str>,
    sector: Option<Sector>,
    parent: Option<&'a ActorId>,
    aliases: &'a [String],
    mentions: usize,
}

#[derive(Serialize)]
struct WireEdge<'a> {
    source: &'a ActorId,
    target: &'a ActorId,
    key: String,
    kind: RelationKind,
    plover: Option<&'static str>,
    cameo: Option<&'static str>,
    negated: bool,
    modality: Modality,
    modalities: &'a BTreeMap<Modality, usize>,
    speaker: Option<&'a ActorId>,
    speakers: &'a BTreeMap<ActorId, usize>,
    count: usize,
    confidence: f64,
    evidence: Vec<WireEvidence<'a>>,
}

/// One evidence item, `{doc, start, end, trigger: [s, e]}`.
#[derive(Serialize)]
pub(crate) struct WireEvidence<'a> {
    doc: &'a str,
    start: usize,
    end: usize,
    trigger: [usize; 2],
}

/// The wire form of an edge's evidence.
pub(crate) fn wire_evidence(edge: &Edge) -> Vec<WireEvidence<'_>> {
    edge.evidence
        .iter()
        .map(|e| WireEvidence {
            doc: &e.doc,
            start: e.start,
            end: e.end,
            trigger: [e.trigger.0, e.trigger.1],
        })
        .collect()
}

/// The edge's evidence as compact JSON, for formats with flat attributes.
pub(crate) fn evidence_json(edge: &Edge) -> String {
    serde_json::to_string(&wire_evidence(edge)).expect("evidence serializes")
}

/// The `generator` field.
pub(crate) fn generator() -> String {
    concat!("newsgraph ", env!("CARGO_PKG_VERSION")).to_string()
}

fn wire(graph: &ActorGraph) -> WireGraph<'_> {
    WireGraph {
        directed: true,
        multigraph: true,
        graph: WireMeta {
            generator: generator(),
            documents: graph
                .documents()
                .iter()
                .map(|d| WireDocument {
                    id: &d.id,
                    lang: d.lang,
                })
                .collect(),
        },
        nodes: graph
            .nodes()
            .map(|n| WireNode {
                id: &n.actor.id,
                label: &n.actor.label,
                kind: n.actor.kind,
                country: n.actor.country.as_deref(),
                sector: n.actor.sector,
                parent: n.actor.parent.as_ref(),
                aliases: &n.aliases,
                mentions: n.mentions,
            })
            .collect(),
        edges: graph
            .edges()
            .map(|(source, target, e)| WireEdge {
                source,
                target,
                key: edge_key(e),
                kind: e.kind,
                plover: non_empty(e.kind.plover()),
                cameo: non_empty(e.kind.cameo()),
                negated: e.negated,
                modality: e.modality,
                modalities: &e.modalities,
                speaker: e.speaker.as_ref(),
                speakers: &e.speakers,
                count: e.count,
                confidence: round3(e.confidence),
                evidence: wire_evidence(e),
            })
            .collect(),
    }
}

/// Writes the graph as node-link JSON (SPEC §2): pretty-printed with a
/// 2-space indent and a final newline, nodes sorted by id, edges by
/// `(source, target, kind, negated)`, confidences rounded to 3 decimals.
///
/// Edges carry `key` (the kind, or `kind:negated`), PLOVER and CAMEO codes
/// (null for structural kinds), the main `modality` and per-modality counts
/// in `modalities`, the main `speaker` and per-speaker counts in `speakers`.
///
/// ```
/// let mut out = Vec::new();
/// newsgraph::export::write_json(&newsgraph::ActorGraph::new(), &mut out)?;
/// assert!(out.starts_with(b"{\n  \"directed\": true,"));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn write_json<W: Write + ?Sized>(graph: &ActorGraph, w: &mut W) -> io::Result<()> {
    let mut w = io::BufWriter::new(w);
    serde_json::to_writer_pretty(&mut w, &wire(graph))?;
    w.write_all(b"\n")?;
    w.flush()
}

/// The graph as node-link JSON (see [`write_json`]).
///
/// ```
/// let json = newsgraph::export::to_json(&newsgraph::ActorGraph::new());
/// let value: serde_json::Value = serde_json::from_str(&json).unwrap();
/// assert_eq!(value["multigraph"], true);
/// assert_eq!(value["nodes"], serde_json::json!([]));
/// ```
pub fn to_json(graph: &ActorGraph) -> String {
    to_string(|buf| write_json(graph, buf))
}

#[derive(Deserialize)]
#[serde(expecting = "a node-link graph object")]
struct InGraph {
    directed: Option<bool>,
    graph: Option<InMeta>,
    nodes: Vec<InNode>,
    #[serde(alias = "links")]
    edges: Vec<InEdge>,
}

#[derive(Deserialize)]
#[serde(expecting = "a graph attributes object")]
struct InMeta {
    #[serde(default)]
    documents: Vec<InDocument>,
}

#[derive(Deserialize)]
#[serde(expecting = "a document object")]
struct InDocument {
    id: String,
    lang: Option<Lang>,
}

#[derive(Deserialize)]
#[serde(expecting = "a node object")]
struct InNode {
    id: String,
    label: String,
    kind: ActorKind,
    country: Option<String>,
    sector: Option<Sector>,
    parent: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    mentions: usize,
}

#[derive(Deserialize)]
#[serde(expecting = "an edge object")]
struct InEdge {
    source: String,
    target: String,
    kind: RelationKind,
    negated: bool,
    modality: Modality,
    modalities: Option<BTreeMap<Modality, usize>>,
    speaker: Option<String>,
    speakers: Option<BTreeMap<String, usize>>,
    count: usize,
    confidence: Option<f64>,
    evidence: Vec<InEvidence>,
}

#[derive(Deserialize)]
#[serde(expecting = "an evidence object")]
struct InEvidence {
    doc: String,
    start: usize,
    end: usize,
    trigger: (usize, usize),
}

fn invalid(reason: String) -> Error {
    Error::GraphJson {
        reason,
        source: None,
    }
}

fn syntax(e: serde_json::Error) -> Error {
    Error::GraphJson {
        reason: e.to_string(),
        source: Some(e),
    }
}

/// Reads node-link JSON as written by [`write_json`] back into a graph.
///
/// `to_json(&from_json(&to_json(g))?)` is byte for byte `to_json(g)`; the
/// graph read equals the one written except that confidences are rounded to
/// 3 decimals. Unknown fields are ignored, `links` is accepted for `edges`
/// (networkx's default), and fields that can be derived may be missing
/// (`modalities`: all edges of the main modality; `speakers`: the speaker
/// once; `confidence`: 1.0; `aliases`: none; `mentions`: 0). Every other
/// problem — invalid syntax, nesting deeper than 128 levels, numbers out of
/// range, unknown kinds, duplicate ids, edges to missing nodes, counts that
/// disagree — is an [`Error::GraphJson`].
///
/// ```
/// use newsgraph::export::{from_json, to_json};
///
/// let json = r#"{"directed": true, "multigraph": true, "graph": {},
///   "nodes": [{"id": "country:RUS", "label": "Russia", "kind": "country"},
///             {"id": "country:SYR", "label": "Syria", "kind": "country"}],
///   "edges": [{"source": "country:RUS", "target": "country:SYR", "kind": "supports",
///              "negated": false, "modality": "asserted", "count": 2, "evidence": []}]}"#;
/// let graph = from_json(json)?;
/// assert_eq!((graph.node_count(), graph.edge_count()), (2, 1));
/// assert_eq!(from_json(&to_json(&graph))?, graph);
/// assert!(from_json(r#"{"nodes": [], "edges": [{"source": "x"}]}"#).is_err());
/// # Ok::<(), newsgraph::Error>(())
/// ```
pub fn from_json(json: &str) -> Result<ActorGraph> {
    build(serde_json::from_str(json).map_err(syntax)?)
}

/// Like [`from_json`], reading from `r` (a file, stdin). The input must be
/// UTF-8 throughout, ignored fields included (RFC 8259), so that it accepts
/// exactly what [`from_json`] accepts.
///
/// ```
/// use newsgraph::export::{read_json, to_json};
///
/// let json = to_json(&newsgraph::ActorGraph::new());
/// assert_eq!(read_json(json.as_bytes())?.node_count(), 0);
/// assert!(read_json(&b"{\"nodes\": ["[..]).is_err());
/// assert!(read_json(&b"{\"x\": \"\xff\", \"nodes\": [], \"edges\": []}"[..]).is_err());
/// # Ok::<(), newsgraph::Error>(())
/// ```
pub fn read_json<R: io::Read>(mut r: R) -> Result<ActorGraph> {
    // serde_json skips ignored strings without checking their UTF-8; decode
    // the whole input first.
    let mut bytes = Vec::new();
    r.read_to_end(&mut bytes)
        .map_err(|e| syntax(serde_json::Error::io(e)))?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|e| invalid(format!("invalid UTF-8 at byte {}", e.valid_up_to())))?;
    from_json(text)
}

fn build(input: InGraph) -> Result<ActorGraph> {
    if input.directed == Some(false) {
        return Err(invalid("the graph is not directed".to_string()));
    }
    let mut graph = ActorGraph::new();
    let mut docs = BTreeMap::new();
    for doc in input.graph.map(|g| g.documents).unwrap_or_default() {
        if docs.insert(doc.id.clone(), doc.lang).is_some() {
            return Err(invalid(format!("duplicate document {:?}", doc.id)));
        }
    }
    for (id, lang) in docs {
        graph.insert_document(DocumentInfo { id, lang });
    }

    let mut nodes = BTreeMap::new();
    for (i, node) in input.nodes.into_iter().enumerate() {
        if node.id.is_empty() {
            return Err(invalid(format!("node {i}: empty id")));
        }
        let id = ActorId::new(&node.id);
        let node = Node {
            actor: Actor {
                id: id.clone(),
                label: node.label,
                kind: node.kind,
                country: node.country,
                sector: node.sector,
                parent: node.parent.as_deref().map(ActorId::new),
            },
            aliases: build::sorted_unique(node.aliases),
            mentions: node.mentions,
        };
        if nodes.insert(id.clone(), node).is_some() {
            return Err(invalid(format!("node {i}: duplicate id {:?}", id.as_str())));
        }
    }
    for node in nodes.into_values() {
        graph.insert_node(node);
    }

    let mut edges = BTreeMap::new();
    for (i, edge) in input.edges.into_iter().enumerate() {
        let what = format!("edge {i} ({} -> {})", edge.source, edge.target);
        let (source, target) = (ActorId::new(&edge.source), ActorId::new(&edge.target));
        for (end, id) in [("source", &source), ("target", &target)] {
            if graph.node(id).is_none() {
                return Err(invalid(format!(
                    "{what}: {end} {:?} is not a node",
                    id.as_str()
                )));
            }
        }
        let key = (source, target, edge.kind, edge.negated);
        if edges.insert(key, read_edge(edge, &what)?).is_some() {
            return Err(invalid(format!("{what}: duplicate edge")));
        }
    }
    for ((source, target, _, _), edge) in edges {
        graph.insert_edge(&source, &target, edge);
    }
    Ok(graph)
}

/// Checks one edge and fills in what may be derived.
fn read_edge(edge: InEdge, what: &str) -> Result<Edge> {
    if edge.count == 0 {
        return Err(invalid(format!("{what}: count must be at least 1")));
    }
    let confidence = edge.confidence.unwrap_or(1.0);
    if !(0.0..=1.0).contains(&confidence) {
        return Err(invalid(format!(
            "{what}: confidence {confidence} is not in [0, 1]"
        )));
    }
    let mut modalities = edge
        .modalities
        .unwrap_or_else(|| BTreeMap::from([(edge.modality, edge.count)]));
    modalities.retain(|_, n| *n > 0);
    let total = modalities
        .values()
        .try_fold(0usize, |sum, &n| sum.checked_add(n));
    if total != Some(edge.count) {
        return Err(invalid(format!(
            "{what}: modality counts do not add up to count {}",
            edge.count
        )));
    }
    if build::main_modality(&modalities) != edge.modality {
        return Err(invalid(format!(
            "{what}: modality {} disagrees with modalities",
            edge.modality
        )));
    }
    let speaker = edge.speaker.as_deref().map(ActorId::new);
    let speakers: BTreeMap<ActorId, usize> = match edge.speakers {
        Some(speakers) => speakers
            .iter()
            .filter(|&(_, &n)| n > 0)
            .map(|(s, &n)| (ActorId::new(s), n))
            .collect(),
        None => speaker.iter().map(|s| (s.clone(), 1)).collect(),
    };
    if build::main_speaker(&speakers) != speaker {
        return Err(invalid(format!("{what}: speaker disagrees with speakers")));
    }
    let mut evidence = Vec::with_capacity(edge.evidence.len());
    for e in edge.evidence {
        if e.start > e.end || e.trigger.0 > e.trigger.1 {
            return Err(invalid(format!(
                "{what}: evidence in {:?} has a span ending before it starts",
                e.doc
            )));
        }
        evidence.push(Evidence {
            doc: e.doc,
            start: e.start,
            end: e.end,
            trigger: e.trigger,
        });
    }
    build::sort_evidence(&mut evidence);
    Ok(Edge {
        kind: edge.kind,
        negated: edge.negated,
        modality: edge.modality,
        modalities,
        speaker,
        speakers,
        count: edge.count,
        confidence: confidence as f32,
        evidence,
    })
}
