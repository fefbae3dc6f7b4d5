//! A small corpus of French and English dispatches, one graph per document,
//! merged into a corpus graph; prints the five strongest relations.
//!
//! ```text
//! cargo run --example corpus
//! ```
//!
//! The same with the command-line tool, one JSON document a line:
//!
//! ```text
//! newsgraph batch --input docs.jsonl --merged corpus.json --level country
//! ```

use newsgraph::{ActorGraph, ActorId, Extractor, Level, RelationKind};

/// `(id, text)`: short dispatches in both languages, the way a news feed
/// delivers them.
const DOCUMENTS: &[(&str, &str)] = &[
    (
        "fr-01",
        "La Russie soutient la Syrie dans sa guerre contre les rebelles.",
    ),
    (
        "fr-02",
        "La Turquie a bombardé les milices kurdes dans le nord de la Syrie.",
    ),
    (
        "fr-03",
        "Moscou va continuer d'aider Damas, a déclaré le Kremlin.",
    ),
    (
        "fr-04",
        "L'armée turque a pilonné samedi des positions kurdes près d'Azaz.",
    ),
    (
        "fr-05",
        "La France a condamné les frappes de la Turquie contre les Kurdes.",
    ),
    (
        "en-01",
        "Russia backs Syria against the rebels, the Kremlin said.",
    ),
    (
        "en-02",
        "Turkey shelled Kurdish militias in northern Syria on Saturday.",
    ),
    (
        "en-03",
        "The United States urged Turkey to stop shelling Kurdish forces.",
    ),
    ("en-04", "Iran supports Syria with troops and money."),
    (
        "en-05",
        "Russia will continue to support Syria, Dmitri Peskov said.",
    ),
    (
        "en-06",
        "Turkish artillery shelled Kurdish positions near Azaz.",
    ),
    (
        "en-07",
        "The UN Security Council rejected the Russian draft resolution.",
    ),
];

fn main() {
    let extractor = Extractor::new();

    // One graph per document, merged: the merged graph does not depend on
    // document order, so this loop could run in parallel (the `newsgraph
    // batch` command does, with rayon).
    let mut corpus = ActorGraph::new();
    for (id, text) in DOCUMENTS {
        corpus.merge(&ActorGraph::from_extraction(id, &extractor.extract(text)));
    }
    assert_eq!(corpus.documents().len(), DOCUMENTS.len());

    // Governments, armies and spokesmen count for their country.
    let countries = corpus.roll_up(Level::Country);

    let mut edges: Vec<_> = countries
        .edges()
        .filter(|(_, _, edge)| !edge.kind.is_structural())
        .collect();
    edges.sort_by(|a, b| {
        (b.2.count, b.2.confidence)
            .partial_cmp(&(a.2.count, a.2.confidence))
            .expect("confidences are numbers")
            .then_with(|| (a.0, a.1).cmp(&(b.0, b.1)))
    });

    let label = |id: &ActorId| {
        countries
            .node(id)
            .map_or(id.as_str().to_string(), |n| n.actor.label.clone())
    };
    println!(
        "{} documents, {} actors, {} relations; the five strongest:",
        corpus.documents().len(),
        countries.node_count(),
        edges.len()
    );
    for (source, target, edge) in edges.iter().take(5) {
        let docs: std::collections::BTreeSet<&str> =
            edge.evidence.iter().map(|e| e.doc.as_str()).collect();
        let kind = format!("{}{}", if edge.negated { "not " } else { "" }, edge.kind);
        println!(
            "  {:<14} {:<12} {:<14} count {}  confidence {:.2}  in {}",
            label(source),
            kind,
            label(target),
            edge.count,
            edge.confidence,
            docs.into_iter().collect::<Vec<_>>().join(", ")
        );
    }

    // Russia's support for Syria is reported in four documents, in both
    // languages.
    let (rus, syr) = (ActorId::new("country:RUS"), ActorId::new("country:SYR"));
    let support = countries
        .edge(&rus, &syr, RelationKind::Supports, false)
        .expect("Russia supports Syria");
    assert!(support.count >= 3, "support seen {} times", support.count);
    let strongest = edges.first().expect("the corpus has relations");
    assert!(strongest.2.count >= 3);

    // At country level the Syrian Kurdish forces count for Syria; at actor
    // level they keep their own node, shelled by Turkey (its state or army).
    let kurds = ActorId::new("group:kurdish-forces");
    let shelling: usize = corpus
        .edges()
        .filter(|(s, t, e)| {
            let turkish = corpus
                .node(s)
                .is_some_and(|n| n.actor.country.as_deref() == Some("TUR"));
            turkish
                && **t == kurds
                && !e.negated
                && matches!(e.kind, RelationKind::Bombs | RelationKind::Attacks)
        })
        .map(|(_, _, e)| e.count)
        .sum();
    println!("Turkey shelling the Kurdish forces: reported {shelling} times");
    assert!(
        shelling >= 2,
        "Turkey shelling the Kurds seen {shelling} times"
    );
}
