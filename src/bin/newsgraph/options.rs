//! Options shared by several subcommands: how to extract, which graph to
//! keep, which format to write.

use crate::failure::Failure;
use clap::{Args, ValueEnum};
use newsgraph::{export, ActorGraph, Extractor, Filter, Lang, Level, RelationKind};
use std::collections::BTreeSet;
use std::io::{self, Write};
use std::path::PathBuf;

/// How to extract: language and user lexicons.
#[derive(Debug, Clone, Default, Args)]
pub(crate) struct ExtractorArgs {
    /// Language of the input; `auto` identifies it per paragraph.
    #[arg(long, value_enum, default_value_t = LangArg::Auto)]
    pub(crate) lang: LangArg,
    /// A user lexicon (TSV, see the README) adding actors, aliases and
    /// triggers; repeatable.
    #[arg(long, value_name = "FILE")]
    pub(crate) lexicon: Vec<PathBuf>,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    pub(crate) lossy: bool,
}

/// The `--lang` values.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub(crate) enum LangArg {
    /// Identify the language of each paragraph.
    #[default]
    Auto,
    /// French.
    Fr,
    /// English.
    En,
}

impl LangArg {
    pub(crate) fn lang(self) -> Option<Lang> {
        match self {
            LangArg::Auto => None,
            LangArg::Fr => Some(Lang::Fr),
            LangArg::En => Some(Lang::En),
        }
    }
}

impl ExtractorArgs {
    /// Build the extractor, naming the lexicon file and line on error.
    pub(crate) fn extractor(&self) -> Result<Extractor, Failure> {
        if self.lexicon.is_empty() && self.lang == LangArg::Auto {
            return Ok(Extractor::new());
        }
        let mut builder = Extractor::builder();
        builder.lang(self.lang.lang());
        for path in &self.lexicon {
            if path.is_dir() {
                return Err(Failure::run(format!("{}: is a directory", path.display())));
            }
            builder.lexicon_file(path).map_err(Failure::run)?;
        }
        builder.build().map_err(Failure::run)
    }
}

/// Which graph to keep: level of actors and edge filters.
#[derive(Debug, Clone, Default, Args)]
pub(crate) struct GraphArgs {
    /// `actor` keeps every actor; `country` merges the state's actors
    /// (government, army, police) into their country and persons into their
    /// affiliation; armed groups, parties, media and places stay apart.
    #[arg(long, value_enum, default_value_t = LevelArg::Actor)]
    pub(crate) level: LevelArg,
    /// Keep edges whose aggregated confidence is at least F (0 to 1).
    #[arg(long, value_name = "F", value_parser = parse_confidence)]
    pub(crate) min_confidence: Option<f32>,
    /// Keep edges seen at least N times.
    #[arg(long, value_name = "N")]
    pub(crate) min_count: Option<usize>,
    /// Keep only these relation kinds (comma-separated, e.g. `attacks,bombs`).
    #[arg(long, value_name = "KINDS", value_delimiter = ',', value_parser = parse_kind)]
    pub(crate) kinds: Vec<RelationKind>,
    /// Leave out structural edges (`part_of`, `represents`).
    #[arg(long)]
    pub(crate) no_structural: bool,
    /// Leave out negated edges ("did not attack").
    #[arg(long)]
    pub(crate) no_negated: bool,
    /// Leave out actors without any edge.
    #[arg(long)]
    pub(crate) drop_isolated: bool,
}

/// The `--level` values.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub(crate) enum LevelArg {
    /// Every actor keeps its own node.
    #[default]
    Actor,
    /// Governments, armies, police and spokesmen merge into their country;
    /// armed groups, parties, media and places keep their node.
    Country,
}

fn parse_confidence(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("{s:?} is not a number between 0 and 1")),
    }
}

fn parse_kind(s: &str) -> Result<RelationKind, String> {
    s.trim().parse::<RelationKind>().map_err(|_| {
        let all: Vec<&str> = RelationKind::ALL.iter().map(|k| k.as_str()).collect();
        format!(
            "unknown relation kind {s:?}; expected one of {}",
            all.join(", ")
        )
    })
}

impl GraphArgs {
    /// The edge filter, or `None` when every edge is kept.
    fn filter(&self) -> Option<Filter> {
        let filter = Filter {
            kinds: (!self.kinds.is_empty())
                .then(|| self.kinds.iter().copied().collect::<BTreeSet<_>>()),
            min_confidence: self.min_confidence.unwrap_or(0.0),
            min_count: self.min_count.unwrap_or(0),
            structural: !self.no_structural,
            negated: !self.no_negated,
            drop_isolated: self.drop_isolated,
        };
        (filter != Filter::default()).then_some(filter)
    }

    /// The graph at the requested level with the requested edges.
    pub(crate) fn apply(&self, graph: ActorGraph) -> ActorGraph {
        let graph = match self.level {
            LevelArg::Actor => graph,
            LevelArg::Country => graph.roll_up(Level::Country),
        };
        match self.filter() {
            Some(filter) => graph.filter(&filter),
            None => graph,
        }
    }
}

/// Output formats of a whole graph.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// Graphviz DOT, ready for `dot -Tsvg`.
    #[default]
    Dot,
    /// Node-link JSON (networkx `node_link_graph`).
    Json,
    /// GraphML (networkx, Gephi, yEd, Neo4j).
    Graphml,
    /// Cytoscape.js elements JSON.
    Cytoscape,
}

impl Format {
    /// Write `graph` in this format.
    pub(crate) fn write<W: Write>(self, graph: &ActorGraph, w: &mut W) -> io::Result<()> {
        match self {
            Format::Dot => export::write_dot(graph, w),
            Format::Json => export::write_json(graph, w),
            Format::Graphml => export::write_graphml(graph, w),
            Format::Cytoscape => export::write_cytoscape(graph, w),
        }
    }
}

/// The graph as node-link JSON on one line, for JSON Lines output.
pub(crate) fn json_line(graph: &ActorGraph) -> String {
    minify_json(&export::to_json(graph))
}

/// Drop the whitespace outside strings of a JSON text.
fn minify_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !matches!(c, ' ' | '\n' | '\r' | '\t') {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minify_keeps_strings() {
        let pretty = "{\n  \"a b\": [1, 2],\n  \"c\": \"x \\\" y\\\\\",\n  \"d\": \"\\n \"\n}\n";
        let mini = minify_json(pretty);
        assert_eq!(mini, r#"{"a b":[1,2],"c":"x \" y\\","d":"\n "}"#);
        let a: serde_json::Value = serde_json::from_str(pretty).unwrap();
        let b: serde_json::Value = serde_json::from_str(&mini).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn json_line_is_one_line() {
        let line = json_line(&ActorGraph::new());
        assert!(!line.contains('\n'));
        let value: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(value["directed"], true);
    }

    #[test]
    fn confidence_must_be_a_probability() {
        assert_eq!(parse_confidence("0.5"), Ok(0.5));
        assert!(parse_confidence("1.5").is_err());
        assert!(parse_confidence("x").is_err());
    }

    #[test]
    fn kinds_are_the_vocabulary() {
        assert_eq!(parse_kind("bombs"), Ok(RelationKind::Bombs));
        assert!(parse_kind("hugs").unwrap_err().contains("supports"));
    }

    #[test]
    fn default_graph_args_keep_everything() {
        assert!(GraphArgs::default().filter().is_none());
    }
}
