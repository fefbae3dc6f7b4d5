//! Graph algorithms on an extracted graph, through the petgraph graph that
//! [`ActorGraph::graph`] exposes: the most central actors by degree and by a
//! hand-written PageRank, and the strongly connected components of the
//! hostile subgraph (actors locked in mutual verbal or material conflict).
//!
//! ```text
//! cargo run --example petgraph_algorithms
//! ```

use newsgraph::{ActorGraph, Edge, Extractor, Family, Node};
use petgraph::algo::kosaraju_scc;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;

const ARTICLE: &str = include_str!("../data/sample/seed_fr.txt");

const DISPATCHES: &[(&str, &str)] = &[
    (
        "d1",
        "Turkey accused the Kurdish militias of the bombing in Ankara.",
    ),
    (
        "d2",
        "The Kurdish militias threatened Turkey with retaliation.",
    ),
    (
        "d3",
        "Russia criticized Turkey for shelling Kurdish positions in Syria.",
    ),
    ("d4", "Turkey accused Russia of violating its airspace."),
    (
        "d5",
        "Turkey shelled Kurdish militias near Azaz on Saturday.",
    ),
    ("d6", "Russia backs Syria, the Kremlin said."),
];

fn main() {
    let extractor = Extractor::new();
    let mut corpus = ActorGraph::from_extraction("seed_fr", &extractor.extract(ARTICLE));
    for (id, text) in DISPATCHES {
        corpus.add_extraction(id, &extractor.extract(text));
    }
    let graph = corpus.graph();
    println!(
        "{} actors, {} relations",
        graph.node_count(),
        graph.edge_count()
    );

    // Degree centrality: relations in and out, weighted by how often each
    // was reported; structural edges (Kremlin part_of Russia) are not events.
    let event = |e: &Edge| !e.kind.is_structural();
    let mut degree: Vec<(usize, NodeIndex)> = graph
        .node_indices()
        .map(|n| {
            let weight: usize = graph
                .edges_directed(n, Direction::Outgoing)
                .chain(graph.edges_directed(n, Direction::Incoming))
                .filter(|e| event(e.weight()))
                .map(|e| e.weight().count)
                .sum();
            (weight, n)
        })
        .collect();
    degree.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    println!("\nMost involved actors (weighted degree):");
    for &(weight, n) in degree.iter().take(5) {
        println!("  {:<28} {weight}", graph[n].actor.label);
    }

    let rank = page_rank(graph, 0.85, 50);
    let mut ranked: Vec<(f64, NodeIndex)> =
        graph.node_indices().map(|n| (rank[n.index()], n)).collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    println!("\nMost acted upon (PageRank over event edges):");
    for &(score, n) in ranked.iter().take(5) {
        println!("  {:<28} {score:.3}", graph[n].actor.label);
    }
    let total: f64 = rank.iter().sum();
    assert!(
        rank.is_empty() || (total - 1.0).abs() < 1e-6,
        "ranks sum to 1, not {total}"
    );

    // The hostile subgraph: same nodes, only conflict edges. Its strongly
    // connected components of two or more actors are mutual hostilities.
    let hostile: DiGraph<&Node, &Edge> = graph.filter_map(
        |_, node| Some(node),
        |_, edge| {
            matches!(
                edge.kind.family(),
                Family::VerbalConflict | Family::MaterialConflict
            )
            .then_some(edge)
        },
    );
    let mut blocs: Vec<Vec<&str>> = kosaraju_scc(&hostile)
        .into_iter()
        .filter(|component| component.len() > 1)
        .map(|component| {
            let mut ids: Vec<&str> = component
                .iter()
                .map(|&n| hostile[n].actor.id.as_str())
                .collect();
            ids.sort();
            ids
        })
        .collect();
    blocs.sort();
    println!("\nActors in mutual conflict (strongly connected components):");
    for bloc in &blocs {
        println!("  {}", bloc.join(" <-> "));
    }

    // Turkey is a hub of this corpus, with Russia, and locked in conflict
    // with the Kurdish militias (accuses, threatens, shells).
    assert!(degree
        .iter()
        .take(3)
        .any(|&(_, n)| graph[n].actor.id.as_str() == "country:TUR"));
    assert!(
        blocs
            .iter()
            .any(|bloc| bloc.contains(&"country:TUR") && bloc.contains(&"group:kurdish-forces")),
        "Turkey and the Kurdish forces should be in one hostile component: {blocs:?}"
    );
}

/// PageRank by power iteration over event edges weighted by count: an
/// actor ranks high when much-ranked actors act upon it. Dangling actors
/// (no outgoing event) spread their rank evenly.
fn page_rank(graph: &DiGraph<Node, Edge>, damping: f64, iterations: usize) -> Vec<f64> {
    let n = graph.node_count();
    if n == 0 {
        return Vec::new();
    }
    let out_weight: Vec<f64> = graph
        .node_indices()
        .map(|v| {
            graph
                .edges_directed(v, Direction::Outgoing)
                .filter(|e| !e.weight().kind.is_structural())
                .map(|e| e.weight().count as f64)
                .sum()
        })
        .collect();
    let mut rank = vec![1.0 / n as f64; n];
    for _ in 0..iterations {
        let dangling: f64 = graph
            .node_indices()
            .filter(|v| out_weight[v.index()] == 0.0)
            .map(|v| rank[v.index()])
            .sum();
        let base = (1.0 - damping) / n as f64 + damping * dangling / n as f64;
        let mut next = vec![base; n];
        for e in graph.edge_references() {
            if e.weight().kind.is_structural() {
                continue;
            }
            let (s, t) = (e.source().index(), e.target().index());
            next[t] += damping * rank[s] * e.weight().count as f64 / out_weight[s];
        }
        rank = next;
    }
    rank
}
