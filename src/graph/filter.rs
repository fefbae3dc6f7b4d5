//! Keeping only the edges a reader cares about.

use super::{ActorGraph, Edge};
use crate::model::relation::RelationKind;
use std::collections::{BTreeMap, BTreeSet};

/// Which edges [`ActorGraph::filter`] keeps. The default keeps everything.
///
/// ```
/// use newsgraph::{Filter, RelationKind};
///
/// // Confident, repeated conflict events; no affiliations, no denials.
/// let filter = Filter {
///     kinds: Some([RelationKind::Attacks, RelationKind::Bombs].into_iter().collect()),
///     min_confidence: 0.5,
///     min_count: 2,
///     structural: false,
///     negated: false,
///     drop_isolated: true,
/// };
/// assert!(Filter::default().structural);
/// # let _ = filter;
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    /// Relation kinds to keep (`None`: all).
    pub kinds: Option<BTreeSet<RelationKind>>,
    /// Minimum aggregated confidence.
    pub min_confidence: f32,
    /// Minimum count.
    pub min_count: usize,
    /// Keep structural edges (`part_of`, `represents`).
    pub structural: bool,
    /// Keep negated edges.
    pub negated: bool,
    /// Drop nodes left without any edge.
    pub drop_isolated: bool,
}

impl Default for Filter {
    fn default() -> Filter {
        Filter {
            kinds: None,
            min_confidence: 0.0,
            min_count: 0,
            structural: true,
            negated: true,
            drop_isolated: false,
        }
    }
}

impl Filter {
    /// True when the filter keeps `edge`.
    pub fn keeps(&self, edge: &Edge) -> bool {
        let kind_kept = match &self.kinds {
            Some(kinds) => kinds.contains(&edge.kind),
            None => true,
        };
        kind_kept
            && edge.confidence >= self.min_confidence
            && edge.count >= self.min_count
            && (self.structural || !edge.kind.is_structural())
            && (self.negated || !edge.negated)
    }
}

impl ActorGraph {
    /// The graph with only the edges `filter` keeps. Nodes left without
    /// edges stay unless [`Filter::drop_isolated`]; documents stay.
    pub fn filter(&self, filter: &Filter) -> ActorGraph {
        let edges: Vec<_> = self.edges().filter(|(_, _, e)| filter.keeps(e)).collect();
        let mut degree: BTreeMap<_, usize> = BTreeMap::new();
        for &(source, target, _) in &edges {
            *degree.entry(source).or_default() += 1;
            *degree.entry(target).or_default() += 1;
        }
        let mut out = ActorGraph {
            documents: self.documents.clone(),
            ..ActorGraph::default()
        };
        for node in self.nodes() {
            if !filter.drop_isolated || degree.contains_key(&node.actor.id) {
                out.insert_node(node.clone());
            }
        }
        for (source, target, edge) in edges {
            out.insert_edge(source, target, edge.clone());
        }
        out
    }
}
