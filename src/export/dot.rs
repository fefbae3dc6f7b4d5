//! Graphviz DOT, written by hand: deterministic, every string quoted and
//! escaped (petgraph's own `dot` module pastes attribute text unescaped).

use super::{edge_key, round3, to_string};
use crate::graph::{ActorGraph, Edge, Node};
use crate::model::actor::ActorKind;
use crate::model::relation::{Family, Modality};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

/// How [`write_dot_with`] lays out a graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DotOptions {
    /// Graphviz `rankdir`: `"LR"` (the default), `"TB"`, `"RL"` or `"BT"`.
    pub rankdir: String,
    /// Draw one cluster per country around the actors of that country.
    pub clusters: bool,
    /// Draw a legend of relation families and line styles (`cluster_legend`).
    pub legend: bool,
    /// A title above the graph.
    pub title: Option<String>,
}

impl Default for DotOptions {
    /// Left to right, no clusters, a legend, no title.
    fn default() -> DotOptions {
        DotOptions {
            rankdir: "LR".to_string(),
            clusters: false,
            legend: true,
            title: None,
        }
    }
}

/// Shape, fill colour and style of a node per actor kind.
fn node_style(kind: ActorKind) -> (&'static str, &'static str, &'static str) {
    use ActorKind::*;
    match kind {
        Country => ("box", "#e3f2fd", "filled"),
        Government => ("box", "#bbdefb", "filled,rounded"),
        Military => ("hexagon", "#ffcdd2", "filled"),
        Police => ("house", "#d1c4e9", "filled"),
        Rebels => ("invtriangle", "#ffe0b2", "filled"),
        Opposition => ("parallelogram", "#fff9c4", "filled"),
        Organization => ("doubleoctagon", "#c8e6c9", "filled"),
        ArmedGroup => ("octagon", "#ffab91", "filled"),
        Party => ("component", "#f0f4c3", "filled"),
        Person => ("ellipse", "#fce4ec", "filled"),
        Media => ("note", "#eeeeee", "filled"),
        Civilians => ("egg", "#f5f5f5", "filled"),
        Group => ("tab", "#e0f2f1", "filled"),
        Location => ("plaintext", "#ffffff", "filled"),
    }
}

/// Edge colour per relation family.
fn family_color(family: Family) -> &'static str {
    match family {
        Family::Cooperation => "#2e7d32",
        Family::VerbalConflict => "#ef6c00",
        Family::MaterialConflict => "#c62828",
        Family::Structural => "#9e9e9e",
    }
}

/// Line style: dashed for negated edges, dotted for intended or
/// hypothetical ones.
fn edge_style(edge: &Edge) -> &'static str {
    match edge.modality {
        _ if edge.negated => "dashed",
        Modality::Intended | Modality::Hypothetical => "dotted",
        Modality::Asserted | Modality::Requested => "solid",
    }
}

/// A quoted Graphviz escString (labels, tooltips).
///
/// Backslashes are doubled so that Graphviz never reads `\N`, `\l` and the
/// like in user text; `&` becomes `&amp;` because Graphviz decodes HTML
/// entities in labels (`&lt;` would show as `<`); newlines become centred
/// line breaks; tabs spaces; other control characters, which would make the
/// SVG output invalid XML, become U+FFFD.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.push_str("\\\""),
            '&' => out.push_str("&amp;"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A quoted node id. `%`, `"`, `\` and control characters are
/// percent-encoded, which keeps ids stable, injective and readable whatever
/// the Graphviz version's handling of backslashes, and leaves ids starting
/// with `%` followed by a letter free for the legend.
fn id(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        if matches!(c, '%' | '"' | '\\') || c.is_control() {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                let _ = write!(out, "%{b:02X}");
            }
        } else {
            out.push(c);
        }
    }
    out.push('"');
    out
}

/// Writes the graph as Graphviz DOT with the default [`DotOptions`].
///
/// Node shapes and fills follow the actor kind (country: box, government:
/// rounded box, military: hexagon, organization: double octagon, armed
/// group: octagon, person: ellipse, location: plain text…); edge colours
/// follow the relation [`Family`] (cooperation green, verbal conflict
/// orange, material conflict red, structural grey); negated edges are
/// dashed, intended or hypothetical ones dotted; labels show the kind and
/// `×count`, and lines thicken with `1 + ln(count)`.
///
/// ```
/// let mut out = Vec::new();
/// newsgraph::export::write_dot(&newsgraph::ActorGraph::new(), &mut out)?;
/// assert!(out.starts_with(b"digraph \"newsgraph\" {"));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn write_dot<W: Write + ?Sized>(graph: &ActorGraph, w: &mut W) -> io::Result<()> {
    write_dot_with(graph, &DotOptions::default(), w)
}

/// The graph as Graphviz DOT with the default [`DotOptions`] (see
/// [`write_dot`]).
///
/// ```
/// let dot = newsgraph::export::to_dot(&newsgraph::ActorGraph::new());
/// assert!(dot.contains("subgraph \"cluster_legend\""));
/// assert!(dot.ends_with("}\n"));
/// ```
pub fn to_dot(graph: &ActorGraph) -> String {
    to_string(|buf| write_dot(graph, buf))
}

/// Writes the graph as Graphviz DOT laid out as `options` say.
///
/// ```
/// use newsgraph::export::{write_dot_with, DotOptions};
///
/// let options = DotOptions {
///     rankdir: "TB".to_string(),
///     clusters: true,
///     legend: false,
///     title: Some("Syria, \"7 October\"".to_string()),
/// };
/// let mut out = Vec::new();
/// write_dot_with(&newsgraph::ActorGraph::new(), &options, &mut out)?;
/// let dot = String::from_utf8(out).unwrap();
/// assert!(dot.contains(r#"label="Syria, \"7 October\"""#));
/// assert!(!dot.contains("cluster_legend"));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn write_dot_with<W: Write + ?Sized>(
    graph: &ActorGraph,
    options: &DotOptions,
    w: &mut W,
) -> io::Result<()> {
    let mut w = io::BufWriter::new(w);
    writeln!(w, "digraph \"newsgraph\" {{")?;
    write!(
        w,
        "  graph [rankdir={}, fontname=\"Helvetica\"",
        text(&options.rankdir)
    )?;
    if let Some(title) = &options.title {
        write!(
            w,
            ", label={}, labelloc=\"t\", fontsize=\"16\"",
            text(title)
        )?;
    }
    writeln!(w, "];")?;
    writeln!(
        w,
        "  node [fontname=\"Helvetica\", fontsize=\"11\", color=\"#424242\"];"
    )?;
    writeln!(
        w,
        "  edge [fontname=\"Helvetica\", fontsize=\"9\", arrowsize=\"0.7\"];"
    )?;

    let mut by_country: BTreeMap<&str, Vec<&Node>> = BTreeMap::new();
    for node in graph.nodes() {
        match node.actor.country.as_deref() {
            Some(code) if options.clusters => by_country.entry(code).or_default().push(node),
            _ => write_node(&mut w, "  ", node)?,
        }
    }
    for (code, nodes) in &by_country {
        let country = format!("country:{code}");
        let label = nodes
            .iter()
            .find(|n| n.actor.id.as_str() == country && n.actor.kind == ActorKind::Country)
            .map_or(*code, |n| &n.actor.label);
        writeln!(w, "  subgraph {} {{", id(&format!("cluster_{country}")))?;
        writeln!(
            w,
            "    graph [label={}, style=\"rounded,dashed\", color=\"#9e9e9e\", fontcolor=\"#616161\", fontsize=\"12\"];",
            text(label)
        )?;
        for node in nodes {
            write_node(&mut w, "    ", node)?;
        }
        writeln!(w, "  }}")?;
    }

    for (source, target, edge) in graph.edges() {
        let color = family_color(edge.kind.family());
        let mut label = edge.kind.to_string();
        if edge.count > 1 {
            let _ = write!(label, " ×{}", edge.count);
        }
        let mut tooltip = format!(
            "{}, {}, confidence {}",
            edge_key(edge),
            edge.modality,
            round3(edge.confidence)
        );
        if let Some(speaker) = &edge.speaker {
            let _ = write!(tooltip, ", according to {speaker}");
        }
        let penwidth = 1.0 + (edge.count.max(1) as f64).ln();
        writeln!(
            w,
            "  {} -> {} [label={}, color=\"{color}\", fontcolor=\"{color}\", style=\"{}\", penwidth=\"{penwidth:.2}\", tooltip={}];",
            id(source.as_str()),
            id(target.as_str()),
            text(&label),
            edge_style(edge),
            text(&tooltip),
        )?;
    }

    if options.legend {
        write_legend(&mut w)?;
    }
    writeln!(w, "}}")?;
    w.flush()
}

fn write_node(w: &mut impl Write, indent: &str, node: &Node) -> io::Result<()> {
    let actor = &node.actor;
    let (shape, fill, style) = node_style(actor.kind);
    let tooltip = format!("{} ({}), {} mentions", actor.id, actor.kind, node.mentions);
    writeln!(
        w,
        "{indent}{} [label={}, shape=\"{shape}\", style=\"{style}\", fillcolor=\"{fill}\", tooltip={}];",
        id(actor.id.as_str()),
        text(&actor.label),
        text(&tooltip),
    )
}

/// A cluster with one sample edge per family and per line style.
fn write_legend(w: &mut impl Write) -> io::Result<()> {
    let rows: [(&str, &str, &str); 6] = [
        ("cooperation", family_color(Family::Cooperation), "solid"),
        (
            "verbal conflict",
            family_color(Family::VerbalConflict),
            "solid",
        ),
        (
            "material conflict",
            family_color(Family::MaterialConflict),
            "solid",
        ),
        ("structural", family_color(Family::Structural), "solid"),
        ("negated", "#424242", "dashed"),
        ("intended / hypothetical", "#424242", "dotted"),
    ];
    writeln!(w, "  subgraph \"cluster_legend\" {{")?;
    writeln!(
        w,
        "    graph [label=\"Legend\", style=\"rounded\", color=\"#bdbdbd\", fontsize=\"10\"];"
    )?;
    writeln!(
        w,
        "    node [shape=\"plaintext\", label=\"\", width=\"0.3\", height=\"0.2\"];"
    )?;
    for (i, (label, color, style)) in rows.iter().enumerate() {
        writeln!(
            w,
            "    \"%legend{i}a\" -> \"%legend{i}b\" [label=\"{label}\", color=\"{color}\", fontcolor=\"{color}\", style=\"{style}\"];"
        )?;
    }
    writeln!(w, "  }}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        let rows: &[(&str, &str, &str)] = &[
            ("plain", "Russia", "\"Russia\""),
            ("quote", "say \"no\"", r#""say \"no\"""#),
            ("backslash", r"a\b", r#""a\\b""#),
            ("trailing backslash", "a\\", r#""a\\""#),
            ("graphviz escape", r"\N", r#""\\N""#),
            ("newline", "a\nb", r#""a\nb""#),
            ("crlf", "a\r\nb", r#""a\nb""#),
            ("control", "a\u{1}b", "\"a\u{FFFD}b\""),
            ("html and braces", "<b>{x}</b>", "\"<b>{x}</b>\""),
            ("entities", "&lt; &#38;", "\"&amp;lt; &amp;#38;\""),
            ("emoji", "🇷🇺 Россия", "\"🇷🇺 Россия\""),
        ];
        for &(name, input, want) in rows {
            assert_eq!(text(input), want, "{name}");
        }
    }

    #[test]
    fn ids() {
        let rows: &[(&str, &str, &str)] = &[
            ("plain", "country:RUS", "\"country:RUS\""),
            ("quote", "a\"b", "\"a%22b\""),
            ("backslash", "a\\", "\"a%5C\""),
            ("percent", "%legend0a", "\"%25legend0a\""),
            ("newline", "a\nb", "\"a%0Ab\""),
            ("non-ascii", "person:françois", "\"person:françois\""),
        ];
        for &(name, input, want) in rows {
            assert_eq!(id(input), want, "{name}");
        }
    }
}
