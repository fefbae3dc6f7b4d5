//! The founding article of newsgraph: a France 24 dispatch of 20 February
//! 2016 on Russia, Turkey and Syria, turned into a graph.
//!
//! Prints the graph as DOT and as node-link JSON, then checks the actors
//! and relations any reader of the article would draw.
//!
//! ```text
//! cargo run --example founding_article
//! cargo run --example founding_article | sed -n '/^digraph/,/^}/p' | dot -Tsvg > graph.svg
//! ```

use newsgraph::{export, ActorGraph, ActorId, Extractor, RelationKind};

/// The article, as shipped in the crate (also embedded in the `newsgraph`
/// binary).
const ARTICLE: &str = include_str!("../data/sample/seed_fr.txt");

fn main() {
    let extractor = Extractor::new();
    let extraction = extractor.extract(ARTICLE);
    let graph = ActorGraph::from_extraction("seed_fr", &extraction);

    println!("{}", export::to_dot(&graph));
    println!("{}", export::to_json(&graph));

    // Who the article is about.
    for id in ["country:RUS", "country:TUR", "country:SYR"] {
        assert!(
            graph.node(&ActorId::new(id)).is_some(),
            "the graph should have a node {id}"
        );
    }
    assert_eq!(
        graph
            .node(&ActorId::new("country:RUS"))
            .map(|n| n.actor.label.as_str()),
        Some("Russia")
    );

    // "les tirs d'artillerie turcs contre les milices kurdes": Turkey (its
    // state or its army) shells the Kurdish militias.
    let turkey_hits_kurds = graph.edges().any(|(source, target, edge)| {
        let turkish = graph
            .node(source)
            .is_some_and(|n| n.actor.country.as_deref() == Some("TUR"));
        turkish
            && target.as_str() == "group:kurdish-forces"
            && matches!(edge.kind, RelationKind::Bombs | RelationKind::Attacks)
            && !edge.negated
    });
    assert!(
        turkey_hits_kurds,
        "the graph should have Turkey -[bombs|attacks]-> Kurdish forces"
    );

    eprintln!(
        "founding_article: {} actors, {} relations",
        graph.node_count(),
        graph.edge_count()
    );
}
