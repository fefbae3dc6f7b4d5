//! GraphML with typed attribute keys, for networkx, Gephi and Neo4j APOC.

use super::json::evidence_json;
use super::{edge_key, non_empty, round3, to_string};
use crate::graph::ActorGraph;
use std::io::{self, Write};

/// Attribute keys: `(id, for, attr.name, attr.type)`.
const KEYS: &[(&str, &str, &str, &str)] = &[
    ("v_label", "node", "label", "string"),
    ("v_kind", "node", "kind", "string"),
    ("v_country", "node", "country", "string"),
    ("v_sector", "node", "sector", "string"),
    ("v_parent", "node", "parent", "string"),
    ("v_aliases", "node", "aliases", "string"),
    ("v_mentions", "node", "mentions", "int"),
    ("e_kind", "edge", "kind", "string"),
    ("e_key", "edge", "key", "string"),
    ("e_plover", "edge", "plover", "string"),
    ("e_cameo", "edge", "cameo", "string"),
    ("e_negated", "edge", "negated", "boolean"),
    ("e_modality", "edge", "modality", "string"),
    ("e_speaker", "edge", "speaker", "string"),
    ("e_count", "edge", "count", "int"),
    ("e_confidence", "edge", "confidence", "double"),
    ("e_evidence", "edge", "evidence", "string"),
];

/// XML-escaped text, valid in both attribute values and element content.
///
/// Characters XML 1.0 forbids even as references (most C0 controls,
/// U+FFFE, U+FFFF) become U+FFFD; tabs and line breaks are written as
/// character references so that parsers do not normalise them away.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

fn data(w: &mut impl Write, key: &str, value: &str) -> io::Result<()> {
    writeln!(w, "      <data key=\"{key}\">{}</data>", xml(value))
}

/// Writes the graph as GraphML.
///
/// Node attributes: `label`, `kind`, `country`, `sector`, `parent`,
/// `aliases` (joined with `|`), `mentions`; edge attributes: `kind`, `key`,
/// `plover`, `cameo`, `negated`, `modality`, `speaker`, `count`,
/// `confidence` and `evidence` (compact JSON, as in
/// [`write_json`](super::write_json)). Unknown values (no country, no
/// speaker) are left out rather than written empty. Node ids are actor ids;
/// edge ids are `e0`, `e1`… in edge order.
///
/// ```
/// let graphml = newsgraph::export::to_graphml(&newsgraph::ActorGraph::new());
/// assert!(graphml.contains(r#"<key id="e_count" for="edge" attr.name="count" attr.type="int"/>"#));
/// assert!(graphml.contains(r#"<graph id="newsgraph" edgedefault="directed">"#));
/// ```
pub fn write_graphml<W: Write + ?Sized>(graph: &ActorGraph, w: &mut W) -> io::Result<()> {
    let mut w = io::BufWriter::new(w);
    writeln!(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        w,
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">"
    )?;
    for (key, domain, name, ty) in KEYS {
        writeln!(
            w,
            "  <key id=\"{key}\" for=\"{domain}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        )?;
    }
    writeln!(w, "  <graph id=\"newsgraph\" edgedefault=\"directed\">")?;
    for node in graph.nodes() {
        let actor = &node.actor;
        writeln!(w, "    <node id=\"{}\">", xml(actor.id.as_str()))?;
        data(&mut w, "v_label", &actor.label)?;
        data(&mut w, "v_kind", actor.kind.as_str())?;
        if let Some(country) = &actor.country {
            data(&mut w, "v_country", country)?;
        }
        if let Some(sector) = actor.sector {
            data(&mut w, "v_sector", sector.as_str())?;
        }
        if let Some(parent) = &actor.parent {
            data(&mut w, "v_parent", parent.as_str())?;
        }
        data(&mut w, "v_aliases", &node.aliases.join("|"))?;
        data(&mut w, "v_mentions", &node.mentions.to_string())?;
        writeln!(w, "    </node>")?;
    }
    for (i, (source, target, edge)) in graph.edges().enumerate() {
        writeln!(
            w,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
            xml(source.as_str()),
            xml(target.as_str())
        )?;
        data(&mut w, "e_kind", edge.kind.as_str())?;
        data(&mut w, "e_key", &edge_key(edge))?;
        if let Some(plover) = non_empty(edge.kind.plover()) {
            data(&mut w, "e_plover", plover)?;
        }
        if let Some(cameo) = non_empty(edge.kind.cameo()) {
            data(&mut w, "e_cameo", cameo)?;
        }
        data(
            &mut w,
            "e_negated",
            if edge.negated { "true" } else { "false" },
        )?;
        data(&mut w, "e_modality", edge.modality.as_str())?;
        if let Some(speaker) = &edge.speaker {
            data(&mut w, "e_speaker", speaker.as_str())?;
        }
        data(&mut w, "e_count", &edge.count.to_string())?;
        data(&mut w, "e_confidence", &round3(edge.confidence).to_string())?;
        data(&mut w, "e_evidence", &evidence_json(edge))?;
        writeln!(w, "    </edge>")?;
    }
    writeln!(w, "  </graph>")?;
    writeln!(w, "</graphml>")?;
    w.flush()
}

/// The graph as GraphML (see [`write_graphml`]).
///
/// ```
/// let graphml = newsgraph::export::to_graphml(&newsgraph::ActorGraph::new());
/// assert!(graphml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
/// ```
pub fn to_graphml(graph: &ActorGraph) -> String {
    to_string(|buf| write_graphml(graph, buf))
}

#[cfg(test)]
mod tests {
    use super::xml;

    #[test]
    fn escaping() {
        let rows: &[(&str, &str, &str)] = &[
            ("plain", "Russia", "Russia"),
            ("markup", "<b>&'\"", "&lt;b&gt;&amp;&apos;&quot;"),
            ("line breaks", "a\nb\r\tc", "a&#10;b&#13;&#9;c"),
            ("forbidden control", "a\u{1}\u{FFFF}b", "a\u{FFFD}\u{FFFD}b"),
            ("emoji", "🇷🇺", "🇷🇺"),
        ];
        for &(name, input, want) in rows {
            assert_eq!(xml(input), want, "{name}");
        }
    }
}
