//! Scoring one graph against one gold annotation, as the reference scorer
//! (`score.py`) does.

use super::gold::{Gold, RelationPattern};
use super::names::norm;
use super::report::Counts;
use crate::error::{Error, Result};
use crate::graph::ActorGraph;
use crate::lang::Lang;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// How one document's graph compares with its gold annotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocScore {
    /// The gold's document id.
    pub doc: String,
    /// The gold's language.
    pub lang: Option<Lang>,
    /// Actor scores.
    pub actors: ActorScore,
    /// Relation scores.
    pub relations: RelationScore,
}

/// Actor scores of one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorScore {
    /// Number of required gold actors.
    pub required: usize,
    /// How many of them some node matches (recall's numerator).
    pub found_required: usize,
    /// Keys of the required actors no node matches, sorted.
    pub missing: Vec<String>,
    /// Number of nodes in the graph.
    pub nodes: usize,
    /// Nodes matching a gold actor, themselves or through an ancestor
    /// (precision's numerator).
    pub matched_nodes: usize,
    /// Labels of the nodes matching no gold actor, in node order.
    pub spurious: Vec<String>,
}

/// Relation scores of one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RelationScore {
    /// Number of required gold relations.
    pub required: usize,
    /// How many of them some edge matches (recall's numerator).
    pub found_required: usize,
    /// The required relations no edge matches, as `source -kind-> target`
    /// with alternatives joined by `|`.
    pub missing: Vec<String>,
    /// Unique `(source, kind, target, negated)` triples of the graph.
    pub system_triples: usize,
    /// Triples matching a gold relation and no forbidden rule (precision's
    /// numerator).
    pub correct: usize,
    /// The other triples, as `Source -kind-> Target` (`-not kind->` when
    /// negated), forbidden ones included.
    pub wrong: Vec<String>,
    /// Triples matching a forbidden rule, with the rule's reason.
    pub forbidden: Vec<String>,
    /// The same counts per relation kind: triples by their kind, required
    /// gold relations by the first kind they list.
    pub kinds: BTreeMap<String, Counts>,
}

/// The parts of a node-link graph that scoring reads.
pub(crate) struct View {
    nodes: Vec<ViewNode>,
    edges: Vec<(String, String, String, bool)>,
}

struct ViewNode {
    id: String,
    /// Label first, then aliases.
    names: Vec<String>,
    parent: Option<String>,
}

impl View {
    /// The node-link JSON view of a graph: what `score.py` would read from
    /// the graph's JSON export.
    pub(crate) fn from_graph(graph: &ActorGraph) -> View {
        let nodes = graph
            .nodes()
            .map(|node| ViewNode {
                id: node.actor.id.to_string(),
                names: std::iter::once(node.actor.label.clone())
                    .chain(node.aliases.iter().cloned())
                    .collect(),
                parent: node.actor.parent.as_ref().map(|p| p.to_string()),
            })
            .collect();
        let edges = graph
            .edges()
            .map(|(s, t, e)| (s.to_string(), e.kind.to_string(), t.to_string(), e.negated))
            .collect();
        View { nodes, edges }
    }

    /// Reads node-link JSON as `score.py` does: nodes need `id` and `label`
    /// (or `name`); `aliases` and `parent` are optional; edges (or `links`)
    /// need `source`, `target` and `kind` (or `relation`, or `label`).
    pub(crate) fn from_json(json: &str) -> Result<View> {
        let bad = |reason: String| Error::GraphJson {
            reason,
            source: None,
        };
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| Error::GraphJson {
                reason: "not JSON".to_string(),
                source: Some(e),
            })?;
        let nodes = value.get("nodes").and_then(|n| n.as_array());
        let edges = value.get("edges").or_else(|| value.get("links"));
        let (Some(nodes), Some(edges)) = (nodes, edges.and_then(|e| e.as_array())) else {
            return Err(bad(
                r#"system graph needs "nodes" and "edges" (or "links")"#.into(),
            ));
        };
        let text = |v: &serde_json::Value, fields: &[&str]| {
            fields
                .iter()
                .find_map(|f| v.get(f))
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        let mut view = View {
            nodes: Vec::new(),
            edges: Vec::new(),
        };
        for node in nodes {
            let id = text(node, &["id"]).ok_or_else(|| bad(format!("node without id: {node}")))?;
            let label = text(node, &["label", "name"]).unwrap_or_default();
            let aliases = node.get("aliases").and_then(|a| a.as_array());
            let aliases = aliases.into_iter().flatten().filter_map(|a| a.as_str());
            view.nodes.push(ViewNode {
                id,
                names: std::iter::once(label)
                    .chain(aliases.map(str::to_string))
                    .collect(),
                parent: text(node, &["parent"]),
            });
        }
        for edge in edges {
            let field = |fields: &[&str]| {
                text(edge, fields).ok_or_else(|| bad(format!("edge without {}: {edge}", fields[0])))
            };
            let negated = edge.get("negated").and_then(|n| n.as_bool()) == Some(true);
            let (s, kind, t) = (
                field(&["source"])?,
                field(&["kind", "relation", "label"])?,
                field(&["target"])?,
            );
            view.edges.push((s, kind, t, negated));
        }
        Ok(view)
    }
}

/// Scores a graph against a gold annotation.
///
/// A node matches a gold actor when its label or one of its aliases equals
/// one of the actor's names, compared without case, accents, leading
/// articles and punctuation. A node matching nothing takes the match of its
/// nearest ancestor through `parent`, and a node stands for every gold actor
/// it or its ancestors match (the Kremlin's act is Russia's act). Edges are
/// compared as unique `(source, kind, target, negated)` triples; a negated
/// triple only matches a negated gold relation. A triple matching a
/// forbidden rule is always wrong.
pub fn score(gold: &Gold, graph: &ActorGraph) -> DocScore {
    score_view(gold, &View::from_graph(graph))
}

/// Scores a node-link JSON graph (SPEC §2, or any graph `score.py` reads)
/// against a gold annotation; errors are [`Error::GraphJson`].
pub fn score_json(gold: &Gold, json: &str) -> Result<DocScore> {
    let view = View::from_json(json)?;
    let ids: HashSet<&str> = view.nodes.iter().map(|n| n.id.as_str()).collect();
    if let Some((s, k, t, _)) =
        (view.edges.iter()).find(|(s, _, t, _)| !ids.contains(&**s) || !ids.contains(&**t))
    {
        return Err(Error::GraphJson {
            reason: format!("edge {s} -{k}-> {t} refers to an unknown node"),
            source: None,
        });
    }
    Ok(score_view(gold, &view))
}

fn matches(
    rule: &RelationPattern,
    s_keys: &BTreeSet<&str>,
    kind: &str,
    t_keys: &BTreeSet<&str>,
    negated: bool,
) -> bool {
    let any = |alternatives: &[String], keys: &BTreeSet<&str>| {
        alternatives
            .iter()
            .any(|a| a == "*" || keys.contains(a.as_str()))
    };
    rule.negated == negated
        && rule.kind.iter().any(|k| k == "*" || k == kind)
        && any(&rule.source, s_keys)
        && any(&rule.target, t_keys)
}

pub(crate) fn score_view(gold: &Gold, view: &View) -> DocScore {
    // The first actor listing a name owns it.
    let mut by_name: HashMap<String, &str> = HashMap::new();
    for actor in &gold.actors {
        for name in &actor.names {
            by_name.entry(norm(name)).or_insert(&actor.key);
        }
    }
    // Later nodes of the same id replace earlier ones, as in a dict.
    let mut info: HashMap<&str, (Option<&str>, Option<&str>)> = HashMap::new();
    for node in &view.nodes {
        let own = node
            .names
            .iter()
            .find_map(|n| by_name.get(&norm(n)).copied());
        info.insert(&node.id, (own, node.parent.as_deref()));
    }
    // Own key first, then the ancestors' keys, nearest first.
    let resolve = |id: &str| -> (Option<&str>, BTreeSet<&str>) {
        let (mut keys, mut seen, mut cur) = (Vec::new(), HashSet::new(), Some(id));
        while let Some(c) = cur.filter(|c| info.contains_key(c) && seen.insert(*c)) {
            let (own, parent) = info[c];
            keys.extend(own);
            cur = parent;
        }
        (keys.first().copied(), keys.into_iter().collect())
    };
    let keys: HashMap<&str, (Option<&str>, BTreeSet<&str>)> =
        info.keys().map(|&id| (id, resolve(id))).collect();
    let name_of = |id: &str| -> String {
        let node = view.nodes.iter().find(|n| n.id == id);
        node.map_or_else(|| id.to_string(), |n| n.names[0].clone())
    };

    let mut matched = HashSet::new();
    let mut spurious = Vec::new();
    for node in &view.nodes {
        match keys[node.id.as_str()].0 {
            Some(key) => {
                matched.insert(key);
            }
            None => spurious.push(node.names[0].clone()),
        }
    }
    let required_actors: BTreeSet<&str> = gold.required_actors().map(|a| a.key.as_str()).collect();
    let actors = ActorScore {
        required: required_actors.len(),
        found_required: required_actors
            .iter()
            .filter(|k| matched.contains(*k))
            .count(),
        missing: (required_actors.iter())
            .filter(|k| !matched.contains(*k))
            .map(|k| k.to_string())
            .collect(),
        nodes: view.nodes.len(),
        matched_nodes: view.nodes.len() - spurious.len(),
        spurious,
    };

    let mut seen = HashSet::new();
    let triples: Vec<_> = (view.edges.iter()).filter(|t| seen.insert(*t)).collect();
    let required: Vec<_> = gold.relations.iter().filter(|r| r.required).collect();
    let mut hit = vec![false; required.len()];
    let (mut correct, mut wrong, mut forbidden) = (0, Vec::new(), Vec::new());
    let mut kinds: BTreeMap<String, Counts> = BTreeMap::new();
    for (s, kind, t, negated) in triples.iter().copied() {
        let (s_keys, t_keys) = (&keys[s.as_str()].1, &keys[t.as_str()].1);
        let fits = |rule: &RelationPattern| matches(rule, s_keys, kind, t_keys, *negated);
        let not = if *negated { "not " } else { "" };
        let label = format!("{} -{not}{kind}-> {}", name_of(s), name_of(t));
        // A forbidden triple still counts as finding the required relations
        // it matches; it is only never correct.
        let mut ok = false;
        for (i, rule) in required.iter().enumerate() {
            if fits(&rule.pattern) {
                hit[i] = true;
                ok = true;
            }
        }
        ok = ok || (gold.relations.iter()).any(|r| !r.required && fits(&r.pattern));
        if let Some(rule) = gold.forbidden.iter().find(|f| fits(&f.pattern)) {
            let why = rule.why.as_deref().unwrap_or("forbidden");
            forbidden.push(format!("{label}   ({why})"));
            ok = false;
        }
        let counts = kinds.entry(kind.clone()).or_default();
        counts.system += 1;
        if ok {
            correct += 1;
            counts.correct += 1;
        } else {
            wrong.push(label);
        }
    }
    let mut missing = Vec::new();
    for (rule, &hit) in required.iter().zip(&hit) {
        let p = &rule.pattern;
        let counts = kinds.entry(p.kind[0].clone()).or_default();
        counts.required += 1;
        if hit {
            counts.found_required += 1;
        } else {
            let join = |v: &[String]| v.join("|");
            missing.push(format!(
                "{} -{}-> {}",
                join(&p.source),
                join(&p.kind),
                join(&p.target)
            ));
        }
    }
    DocScore {
        doc: gold.id.clone(),
        lang: gold.lang,
        actors,
        relations: RelationScore {
            required: required.len(),
            found_required: hit.iter().filter(|&&h| h).count(),
            missing,
            system_triples: triples.len(),
            correct,
            wrong,
            forbidden,
            kinds,
        },
    }
}
