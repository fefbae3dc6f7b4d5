//! Writing an [`ActorGraph`](crate::ActorGraph) for other tools, and reading
//! it back.
//!
//! | format | write | notes |
//! |---|---|---|
//! | node-link JSON (SPEC §2) | [`write_json`], [`to_json`] | networkx `node_link_graph`; read back with [`from_json`], [`read_json`] |
//! | Graphviz DOT | [`write_dot`], [`write_dot_with`], [`to_dot`] | shapes per actor kind, colours per relation family, legend |
//! | GraphML | [`write_graphml`], [`to_graphml`] | typed attributes; networkx, Gephi, Neo4j APOC |
//! | Cytoscape.js | [`write_cytoscape`], [`to_cytoscape`] | `{"elements": {"nodes", "edges"}}` |
//!
//! Every format is deterministic: the same graph gives the same bytes, nodes
//! sorted by id and edges by `(source, target, kind, negated)`. Writers wrap
//! the given writer in a buffer and flush it when done.

mod cytoscape;
mod dot;
mod graphml;
mod json;

pub use cytoscape::{to_cytoscape, write_cytoscape};
pub use dot::{to_dot, write_dot, write_dot_with, DotOptions};
pub use graphml::{to_graphml, write_graphml};
pub use json::{from_json, read_json, to_json, write_json};

use crate::graph::Edge;
use crate::model::relation::Family;

/// The edge's key among the edges of its source and target: the kind, or
/// `kind:negated`.
pub(crate) fn edge_key(edge: &Edge) -> String {
    if edge.negated {
        format!("{}:negated", edge.kind)
    } else {
        edge.kind.to_string()
    }
}

/// The name of a relation family in exports.
pub(crate) fn family_name(family: Family) -> &'static str {
    match family {
        Family::Cooperation => "cooperation",
        Family::VerbalConflict => "verbal_conflict",
        Family::MaterialConflict => "material_conflict",
        Family::Structural => "structural",
    }
}

/// A confidence rounded to 3 decimals, as printed in every format.
pub(crate) fn round3(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

/// `Some(code)` unless the code is empty (structural kinds have no PLOVER or
/// CAMEO code).
pub(crate) fn non_empty(code: &'static str) -> Option<&'static str> {
    (!code.is_empty()).then_some(code)
}

/// Runs `write` on a buffered writer and hands back the bytes as a string.
pub(crate) fn to_string(write: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut buf = Vec::new();
    write(&mut buf).expect("writing to a Vec does not fail");
    String::from_utf8(buf).expect("exports write UTF-8")
}
