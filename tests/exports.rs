//! Exports on small hand-built graphs: golden JSON, escaping in every
//! format, JSON round trips, JSON reading errors, networkx compatibility.
//!
//! The graphs are built from hand-written `Extraction`s, not from the
//! extractor, so these tests pin the export layer alone.

use newsgraph::export::{
    from_json, read_json, to_cytoscape, to_dot, to_graphml, to_json, write_dot_with, DotOptions,
};
use newsgraph::{
    ActorGraph, ActorId, ActorKind, Error, Extraction, Lang, Modality, Relation, RelationKind,
    Sector, Span,
};
use std::path::PathBuf;

mod common;
use common::{add_actor, labelled, relation_at};
use std::process::Command;

/// The SPEC §2 example: Russia, the Kremlin and its spokesman, Syria.
fn spec_extraction() -> Extraction {
    let mut x = Extraction {
        lang: Some(Lang::Fr),
        ..Extraction::default()
    };
    let mut kremlin = labelled(
        "gov:RUS:kremlin",
        "Kremlin",
        ActorKind::Government,
        Some("RUS"),
        Some("country:RUS"),
    );
    kremlin.sector = Some(Sector::Gov);
    let mut peskov = labelled(
        "person:dmitri-peskov",
        "Dmitri Peskov",
        ActorKind::Person,
        Some("RUS"),
        Some("gov:RUS:kremlin"),
    );
    peskov.sector = Some(Sector::Gov);
    add_actor(
        &mut x,
        labelled(
            "country:RUS",
            "Russia",
            ActorKind::Country,
            Some("RUS"),
            None,
        ),
        &["Russie", "Moscou"],
        9,
    );
    add_actor(&mut x, kremlin, &["Kremlin"], 3);
    add_actor(&mut x, peskov, &["Dmitri Peskov"], 2);
    add_actor(
        &mut x,
        labelled(
            "country:SYR",
            "Syria",
            ActorKind::Country,
            Some("SYR"),
            None,
        ),
        &["Syrie", "Damas"],
        7,
    );
    for trigger in [118, 300, 500, 700] {
        x.relations.push(Relation {
            modality: Modality::Intended,
            speaker: Some(ActorId::new("person:dmitri-peskov")),
            confidence: 0.5,
            sentence: Span::new(trigger - 100, trigger + 50),
            ..relation_at(
                "country:RUS",
                RelationKind::Supports,
                "country:SYR",
                trigger,
            )
        });
    }
    x.relations.push(Relation {
        negated: true,
        confidence: 0.7,
        ..relation_at("country:RUS", RelationKind::Attacks, "country:SYR", 40)
    });
    x
}

fn spec_graph() -> ActorGraph {
    ActorGraph::from_extraction("seed_fr", &spec_extraction())
}

/// Labels that break naive writers.
const NASTY_LABELS: &[&str] = &[
    "say \"no\"",
    r"back\slash",
    "trailing backslash\\",
    r"\N \G \l \r",
    "two\nlines",
    "crlf\r\nline",
    "<html><b>bold</b></html>",
    "{braces} [brackets] |pipe|",
    "émoji 🇷🇺🔥 Россия 叙利亚",
    "control \u{1}\u{7}\u{1b}[0m tab\t",
    "amp & apos ' semicolon ;",
    "",
];

/// One actor per nasty label, each attacking the next, with nasty aliases
/// and a nasty document id.
fn nasty_graph() -> ActorGraph {
    nasty_graph_of(NASTY_LABELS)
}

/// Labels XML 1.0 can carry: GraphML replaces the others' control
/// characters by U+FFFD, so they cannot agree with the JSON.
fn xml_safe_labels() -> Vec<&'static str> {
    let safe = |s: &str| {
        !s.chars()
            .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    };
    NASTY_LABELS.iter().copied().filter(|s| safe(s)).collect()
}

fn nasty_graph_of(labels: &[&str]) -> ActorGraph {
    let mut x = Extraction::default();
    for (i, label) in labels.iter().enumerate() {
        let id = format!("group:{i}:{label}");
        add_actor(
            &mut x,
            labelled(
                &id,
                label,
                ActorKind::ALL[i % ActorKind::ALL.len()],
                Some("X\"Y"),
                None,
            ),
            &[label, "a|b"],
            1,
        );
        if i > 0 {
            let previous = format!("group:{}:{}", i - 1, labels[i - 1]);
            x.relations.push(relation_at(
                &previous,
                RelationKind::ALL[i % RelationKind::ALL.len()],
                &id,
                i,
            ));
        }
    }
    ActorGraph::from_extraction("doc \"<&>\"\n🔥", &x)
}

// ---------------------------------------------------------------- JSON

#[test]
fn json_golden_small_graph() {
    let mut x = Extraction {
        lang: Some(Lang::En),
        ..Extraction::default()
    };
    add_actor(
        &mut x,
        labelled(
            "country:TUR",
            "Turkey",
            ActorKind::Country,
            Some("TUR"),
            None,
        ),
        &["Turkey", "Ankara"],
        2,
    );
    add_actor(
        &mut x,
        labelled(
            "mil:TUR",
            "Turkish Armed Forces",
            ActorKind::Military,
            Some("TUR"),
            Some("country:TUR"),
        ),
        &["the Turkish army"],
        1,
    );
    x.relations.push(Relation {
        confidence: 0.8,
        sentence: Span::new(0, 42),
        trigger: Span::new(17, 23),
        ..relation_at("mil:TUR", RelationKind::Bombs, "country:TUR", 0)
    });
    let graph = ActorGraph::from_extraction("d1", &x);
    let want = r#"{
  "directed": true,
  "multigraph": true,
  "graph": {
    "generator": "newsgraph VERSION",
    "documents": [
      {
        "id": "d1",
        "lang": "en"
      }
    ]
  },
  "nodes": [
    {
      "id": "country:TUR",
      "label": "Turkey",
      "kind": "country",
      "country": "TUR",
      "sector": null,
      "parent": null,
      "aliases": [
        "Ankara",
        "Turkey"
      ],
      "mentions": 2
    },
    {
      "id": "mil:TUR",
      "label": "Turkish Armed Forces",
      "kind": "military",
      "country": "TUR",
      "sector": null,
      "parent": "country:TUR",
      "aliases": [
        "the Turkish army"
      ],
      "mentions": 1
    }
  ],
  "edges": [
    {
      "source": "mil:TUR",
      "target": "country:TUR",
      "key": "bombs",
      "kind": "bombs",
      "plover": "FIGHT",
      "cameo": "195",
      "negated": false,
      "modality": "asserted",
      "modalities": {
        "asserted": 1
      },
      "speaker": null,
      "speakers": {},
      "count": 1,
      "confidence": 0.8,
      "evidence": [
        {
          "doc": "d1",
          "start": 0,
          "end": 42,
          "trigger": [
            17,
            23
          ]
        }
      ]
    }
  ]
}
"#
    .replace("VERSION", env!("CARGO_PKG_VERSION"));
    assert_eq!(to_json(&graph), want);
}

#[test]
fn json_spec_example_edge() {
    let value: serde_json::Value = serde_json::from_str(&to_json(&spec_graph())).unwrap();
    let edges = value["edges"].as_array().unwrap();
    let supports = edges.iter().find(|e| e["key"] == "supports").unwrap();
    assert_eq!(supports["source"], "country:RUS");
    assert_eq!(supports["target"], "country:SYR");
    assert_eq!(supports["plover"], "AID");
    assert_eq!(supports["cameo"], "07");
    assert_eq!(supports["modality"], "intended");
    assert_eq!(supports["speaker"], "person:dmitri-peskov");
    assert_eq!(supports["speakers"]["person:dmitri-peskov"], 4);
    assert_eq!(supports["count"], 4);
    // 1 - 0.5⁴, printed with 3 decimals at most.
    assert_eq!(supports["confidence"], 0.938);
    assert_eq!(
        supports["evidence"][0],
        serde_json::json!({"doc": "seed_fr", "start": 18, "end": 168, "trigger": [118, 123]})
    );
    let negated = edges
        .iter()
        .find(|e| e["key"] == "attacks:negated")
        .unwrap();
    assert_eq!(negated["negated"], true);
    assert_eq!(negated["kind"], "attacks");
    // The Kremlin, an organ named by the lexicon, is part of Russia: an edge
    // derived from its parent, certain and without evidence. The
    // spokesman's affiliation stays on his node: `represents` comes only
    // from the text.
    let part_of = edges.iter().find(|e| e["key"] == "part_of").unwrap();
    assert_eq!(part_of["confidence"], 1.0);
    assert_eq!(part_of["evidence"], serde_json::json!([]));
    let keys: Vec<_> = edges
        .iter()
        .map(|e| {
            format!(
                "{} {} {}",
                e["source"].as_str().unwrap(),
                e["key"].as_str().unwrap(),
                e["target"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        keys,
        [
            "country:RUS supports country:SYR",
            "country:RUS attacks:negated country:SYR",
            "gov:RUS:kremlin part_of country:RUS"
        ]
    );
    assert_eq!(value["nodes"][3]["parent"], "gov:RUS:kremlin");
    let ids: Vec<_> = value["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "country:RUS",
            "country:SYR",
            "gov:RUS:kremlin",
            "person:dmitri-peskov"
        ]
    );
    assert_eq!(
        value["nodes"][0]["aliases"],
        serde_json::json!(["Moscou", "Russie"])
    );
    assert_eq!(value["nodes"][0]["mentions"], 9);
    assert_eq!(
        value["graph"]["documents"],
        serde_json::json!([{"id": "seed_fr", "lang": "fr"}])
    );
}

#[test]
fn json_round_trip_gives_same_bytes_and_graph() {
    for graph in [ActorGraph::new(), spec_graph(), nasty_graph()] {
        let json = to_json(&graph);
        let back = from_json(&json).unwrap();
        assert_eq!(to_json(&back), json);
        assert_eq!(from_json(&to_json(&back)).unwrap(), back);
        assert_eq!(read_json(json.as_bytes()).unwrap(), back);
    }
}

#[test]
fn json_round_trip_of_exact_confidences_gives_equal_graph() {
    // Confidences with at most 3 decimals survive exactly; others (the
    // spec graph's 0.9375) are rounded.
    let mut x = spec_extraction();
    x.relations.truncate(1);
    let graph = ActorGraph::from_extraction("seed_fr", &x);
    assert_eq!(from_json(&to_json(&graph)).unwrap(), graph);
    let rounded = from_json(&to_json(&spec_graph())).unwrap();
    let supports = |g: &ActorGraph| {
        g.edge(
            &ActorId::new("country:RUS"),
            &ActorId::new("country:SYR"),
            RelationKind::Supports,
            false,
        )
        .unwrap()
        .confidence
    };
    assert_eq!(
        (supports(&spec_graph()), supports(&rounded)),
        (0.9375, 0.938)
    );
}

#[test]
fn json_escapes_nasty_labels() {
    let json = to_json(&nasty_graph());
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let labels: Vec<_> = value["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["label"].as_str().unwrap().to_string())
        .collect();
    for label in NASTY_LABELS {
        assert!(labels.iter().any(|l| l == label), "{label:?} missing");
    }
}

#[test]
fn json_is_deterministic_whatever_the_insertion_order() {
    let x = spec_extraction();
    let mut reversed = x.clone();
    reversed.relations.reverse();
    let mut a = ActorGraph::from_extraction("a", &x);
    a.add_extraction("b", &reversed);
    let mut b = ActorGraph::from_extraction("b", &reversed);
    b.add_extraction("a", &x);
    assert_eq!(to_json(&a), to_json(&b));
    assert_eq!(to_dot(&a), to_dot(&b));
    assert_eq!(to_graphml(&a), to_graphml(&b));
    assert_eq!(to_cytoscape(&a), to_cytoscape(&b));
}

#[test]
fn json_unknown_fields_are_ignored() {
    let json = r#"{"directed": true, "multigraph": true, "extra": {"deep": [1, 2, {"x": null}]},
      "graph": {"generator": "other", "name": "g"},
      "nodes": [{"id": "a", "label": "A", "kind": "group", "color": "red"}],
      "links": [{"source": "a", "target": "a", "kind": "meets", "negated": false,
                 "modality": "asserted", "count": 1, "evidence": [], "weight": 3}]}"#;
    let graph = from_json(json).unwrap();
    assert_eq!((graph.node_count(), graph.edge_count()), (1, 1));
}

fn graph_json_error(json: &str) -> String {
    match from_json(json) {
        Err(e @ Error::GraphJson { .. }) => e.to_string(),
        Err(e) => panic!("wrong error kind: {e}"),
        Ok(_) => panic!("accepted malformed JSON: {json}"),
    }
}

const NODES: &str =
    r#"[{"id": "a", "label": "A", "kind": "group"}, {"id": "b", "label": "B", "kind": "group"}]"#;

fn with_edge(edge: &str) -> String {
    format!(r#"{{"nodes": {NODES}, "edges": [{{{edge}}}]}}"#)
}

const EDGE: &str = r#""source": "a", "target": "b", "kind": "meets", "negated": false, "modality": "asserted", "evidence": []"#;

#[test]
fn from_json_accepts_the_minimal_edge() {
    // The positive control for the error tests below, which all start from
    // this document.
    let graph = from_json(&with_edge(&format!(r#"{EDGE}, "count": 1"#))).unwrap();
    let edge = graph
        .edge(
            &ActorId::new("a"),
            &ActorId::new("b"),
            RelationKind::Meets,
            false,
        )
        .unwrap();
    assert_eq!(
        (edge.count, edge.confidence, edge.modality),
        (1, 1.0, Modality::Asserted)
    );
}

#[test]
fn from_json_rejects_invalid_syntax() {
    for json in [
        "",
        "{",
        "{\"nodes\": [}",
        "nul",
        "{\"nodes\": [], \"edges\": []} trailing",
        "\u{feff}{}",
    ] {
        graph_json_error(json);
    }
}

#[test]
fn from_json_rejects_wrong_shape() {
    for json in [
        "[]",
        "42",
        "\"graph\"",
        "{}",
        r#"{"nodes": {}, "edges": []}"#,
        r#"{"nodes": [], "edges": [1]}"#,
    ] {
        graph_json_error(json);
    }
}

#[test]
fn from_json_rejects_deep_nesting() {
    // Typed reading stops at the first bracket where a scalar or an object
    // belongs; serde_json's recursion limit (128) backs it up elsewhere.
    let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    let deep_objects = |n: usize| format!("{}1{}", r#"{"a":"#.repeat(n), "}".repeat(n));
    for json in [
        deep(100_000),
        deep_objects(100_000),
        format!(r#"{{"nodes": {}, "edges": []}}"#, deep(100_000)),
        format!(r#"{{"nodes": [{{"id": {}}}], "edges": []}}"#, deep(100_000)),
        with_edge(&format!(
            r#"{EDGE}, "count": 1, "modalities": {}"#,
            deep_objects(100_000)
        )),
        with_edge(&format!(
            r#"{EDGE}, "count": 1, "speakers": {}"#,
            deep_objects(100_000)
        )),
    ] {
        graph_json_error(&json);
    }
}

#[test]
fn from_json_survives_deep_nesting_in_ignored_fields() {
    // Unknown fields are skipped; whatever serde_json decides about their
    // depth, it must not overflow the stack.
    let json = format!(
        r#"{{"x": {}{}, "nodes": [], "edges": []}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let _ = from_json(&json);
}

#[test]
fn from_json_rejects_huge_numbers() {
    for count in ["1e30", "99999999999999999999999999", "-1", "1.5"] {
        graph_json_error(&with_edge(&format!(r#"{EDGE}, "count": {count}"#)));
    }
    graph_json_error(&with_edge(&format!(
        r#"{EDGE}, "count": 1, "confidence": 1e400"#
    )));
    graph_json_error(
        r#"{"nodes": [{"id": "a", "label": "A", "kind": "group", "mentions": 1e99}], "edges": []}"#,
    );
}

#[test]
fn from_json_rejects_edges_to_missing_nodes() {
    let message = graph_json_error(&with_edge(
        r#""source": "a", "target": "nowhere", "kind": "meets", "negated": false, "modality": "asserted", "count": 1, "evidence": []"#,
    ));
    assert!(message.contains("nowhere"), "{message}");
    graph_json_error(&with_edge(
        r#""source": "ghost", "target": "a", "kind": "meets", "negated": false, "modality": "asserted", "count": 1, "evidence": []"#,
    ));
}

#[test]
fn from_json_rejects_unknown_kinds() {
    graph_json_error(&with_edge(
        r#""source": "a", "target": "b", "kind": "hugs", "negated": false, "modality": "asserted", "count": 1, "evidence": []"#,
    ));
    graph_json_error(r#"{"nodes": [{"id": "a", "label": "A", "kind": "alien"}], "edges": []}"#);
    graph_json_error(
        r#"{"nodes": [{"id": "a", "label": "A", "kind": "group", "sector": "XYZ"}], "edges": []}"#,
    );
    graph_json_error(&with_edge(&format!(
        r#"{}, "count": 1"#,
        EDGE.replace("asserted", "rumoured")
    )));
    graph_json_error(
        r#"{"graph": {"documents": [{"id": "d", "lang": "de"}]}, "nodes": [], "edges": []}"#,
    );
}

#[test]
fn from_json_rejects_missing_required_fields() {
    graph_json_error(r#"{"nodes": [{"id": "a", "kind": "group"}], "edges": []}"#);
    graph_json_error(&with_edge(
        r#""source": "a", "target": "b", "kind": "meets", "negated": false, "count": 1, "evidence": []"#,
    ));
    graph_json_error(&with_edge(
        r#""source": "a", "target": "b", "kind": "meets", "modality": "asserted", "count": 1, "evidence": []"#,
    ));
}

#[test]
fn from_json_rejects_duplicates() {
    graph_json_error(
        r#"{"nodes": [{"id": "a", "label": "A", "kind": "group"}, {"id": "a", "label": "B", "kind": "group"}], "edges": []}"#,
    );
    let edge = format!(r#"{{{EDGE}, "count": 1}}"#);
    graph_json_error(&format!(
        r#"{{"nodes": {NODES}, "edges": [{edge}, {edge}]}}"#
    ));
    graph_json_error(
        r#"{"graph": {"documents": [{"id": "d"}, {"id": "d"}]}, "nodes": [], "edges": []}"#,
    );
    graph_json_error(
        r#"{"nodes": [{"id": "a", "id": "b", "label": "A", "kind": "group"}], "edges": []}"#,
    );
}

#[test]
fn from_json_rejects_inconsistent_edges() {
    for extra in [
        r#""count": 0"#,
        r#""count": 1, "confidence": 1.5"#,
        r#""count": 1, "confidence": -0.1"#,
        r#""count": 2, "modalities": {"asserted": 1}"#,
        r#""count": 1, "modalities": {"intended": 1}"#,
        r#""count": 1, "speaker": "a", "speakers": {"b": 1}"#,
    ] {
        graph_json_error(&with_edge(&format!("{EDGE}, {extra}")));
    }
    graph_json_error(&with_edge(
        r#""source": "a", "target": "b", "kind": "meets", "negated": false, "modality": "asserted", "count": 1, "evidence": [{"doc": "d", "start": 9, "end": 3, "trigger": [4, 5]}]"#,
    ));
    graph_json_error(&with_edge(
        r#""source": "a", "target": "b", "kind": "meets", "negated": false, "modality": "asserted", "count": 1, "evidence": [{"doc": "d", "start": 0, "end": 3, "trigger": [4]}]"#,
    ));
}

#[test]
fn from_json_rejects_undirected_graphs_and_empty_ids() {
    graph_json_error(r#"{"directed": false, "nodes": [], "edges": []}"#);
    graph_json_error(r#"{"nodes": [{"id": "", "label": "A", "kind": "group"}], "edges": []}"#);
}

// ---------------------------------------------------------------- DOT

#[test]
fn dot_styles_nodes_and_edges() {
    let dot = to_dot(&spec_graph());
    assert!(
        dot.starts_with("digraph \"newsgraph\" {\n  graph [rankdir=\"LR\""),
        "{dot}"
    );
    assert!(
        dot.contains(r##""country:RUS" [label="Russia", shape="box", style="filled""##),
        "{dot}"
    );
    assert!(
        dot.contains(
            r##""gov:RUS:kremlin" [label="Kremlin", shape="box", style="filled,rounded""##
        ),
        "{dot}"
    );
    assert!(
        dot.contains(r##""person:dmitri-peskov" [label="Dmitri Peskov", shape="ellipse""##),
        "{dot}"
    );
    // Four intended supports: green, dotted, counted, thicker.
    let supports = dot
        .lines()
        .find(|l| l.contains("label=\"supports ×4\""))
        .expect(&dot);
    assert!(
        supports.starts_with(r#"  "country:RUS" -> "country:SYR""#),
        "{supports}"
    );
    assert!(supports.contains("color=\"#2e7d32\""), "{supports}");
    assert!(supports.contains("style=\"dotted\""), "{supports}");
    assert!(supports.contains("penwidth=\"2.39\""), "{supports}");
    assert!(
        supports.contains("according to person:dmitri-peskov"),
        "{supports}"
    );
    // A negated attack: red, dashed, plain label.
    let attacks = dot
        .lines()
        .find(|l| l.contains("label=\"attacks\""))
        .expect(&dot);
    assert!(
        attacks.contains("color=\"#c62828\"") && attacks.contains("style=\"dashed\""),
        "{attacks}"
    );
    assert!(attacks.contains("penwidth=\"1.00\""), "{attacks}");
    // Structural edges are grey.
    let part_of = dot
        .lines()
        .find(|l| l.contains("label=\"part_of\""))
        .expect(&dot);
    assert!(part_of.contains("color=\"#9e9e9e\""), "{part_of}");
    assert!(dot.contains("subgraph \"cluster_legend\""));
    assert!(dot.ends_with("}\n"));
}

#[test]
fn dot_options_clusters_title_no_legend() {
    let options = DotOptions {
        rankdir: "TB".to_string(),
        clusters: true,
        legend: false,
        title: Some("Syrie : \"offensive\" \\ <b>".to_string()),
    };
    let mut out = Vec::new();
    write_dot_with(&spec_graph(), &options, &mut out).unwrap();
    let dot = String::from_utf8(out).unwrap();
    assert!(dot.contains("rankdir=\"TB\""), "{dot}");
    assert!(
        dot.contains(r#"label="Syrie : \"offensive\" \\ <b>""#),
        "{dot}"
    );
    assert!(!dot.contains("cluster_legend"), "{dot}");
    assert!(dot.contains("subgraph \"cluster_country:RUS\" {"), "{dot}");
    assert!(dot.contains("subgraph \"cluster_country:SYR\" {"), "{dot}");
    // The cluster takes the country's label.
    let rus = dot.find("cluster_country:RUS").unwrap();
    assert!(
        dot[rus..]
            .lines()
            .nth(1)
            .unwrap()
            .contains("label=\"Russia\""),
        "{dot}"
    );
}

#[test]
fn dot_escapes_nasty_labels() {
    let dot = to_dot(&nasty_graph());
    assert!(dot.contains(r#"label="say \"no\"""#), "{dot}");
    assert!(dot.contains(r#"label="back\\slash""#), "{dot}");
    assert!(dot.contains(r#"label="trailing backslash\\""#), "{dot}");
    assert!(dot.contains(r#"label="\\N \\G \\l \\r""#), "{dot}");
    assert!(dot.contains(r#"label="two\nlines""#), "{dot}");
    assert!(dot.contains(r#"label="crlf\nline""#), "{dot}");
    assert!(dot.contains(r#"label="<html><b>bold</b></html>""#), "{dot}");
    // Graphviz decodes entities in labels, so `&` is one.
    assert!(
        dot.contains(r#"label="amp &amp; apos ' semicolon ;""#),
        "{dot}"
    );
    assert!(dot.contains("label=\"émoji 🇷🇺🔥 Россия 叙利亚\""), "{dot}");
    assert!(
        dot.contains("label=\"control \u{FFFD}\u{FFFD}\u{FFFD}[0m tab \""),
        "{dot}"
    );
    // Ids percent-encode what could end a quoted string.
    assert!(dot.contains(r#""group:2:trailing backslash%5C""#), "{dot}");
    assert!(dot.contains(r#""group:0:say %22no%22""#), "{dot}");
    // No raw control character other than the line ends.
    assert!(!dot.chars().any(|c| c.is_control() && c != '\n'), "{dot:?}");
    // Every line is a statement or a brace: no label leaked onto a new line.
    for line in dot.lines() {
        let line = line.trim();
        assert!(
            line.ends_with(';') || line.ends_with('{') || line == "}",
            "{line:?}"
        );
    }
}

// ---------------------------------------------------------------- GraphML

#[test]
fn graphml_has_typed_keys_and_data() {
    let graphml = to_graphml(&spec_graph());
    for key in [
        r#"<key id="v_label" for="node" attr.name="label" attr.type="string"/>"#,
        r#"<key id="v_mentions" for="node" attr.name="mentions" attr.type="int"/>"#,
        r#"<key id="e_negated" for="edge" attr.name="negated" attr.type="boolean"/>"#,
        r#"<key id="e_count" for="edge" attr.name="count" attr.type="int"/>"#,
        r#"<key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>"#,
    ] {
        assert!(graphml.contains(key), "{key}\n{graphml}");
    }
    assert!(graphml.contains(r#"<node id="country:RUS">"#), "{graphml}");
    assert!(
        graphml.contains(r#"<data key="v_aliases">Moscou|Russie</data>"#),
        "{graphml}"
    );
    assert!(
        graphml.contains(r#"<data key="e_key">attacks:negated</data>"#),
        "{graphml}"
    );
    assert!(
        graphml.contains(r#"<data key="e_confidence">0.938</data>"#),
        "{graphml}"
    );
    assert!(
        graphml.contains(
            r#"<data key="e_evidence">[{&quot;doc&quot;:&quot;seed_fr&quot;,&quot;start&quot;:18"#
        ),
        "{graphml}"
    );
    assert!(graphml.ends_with("</graphml>\n"));
}

#[test]
fn graphml_escapes_nasty_labels() {
    let graphml = to_graphml(&nasty_graph());
    assert!(
        graphml.contains(
            "<data key=\"v_label\">&lt;html&gt;&lt;b&gt;bold&lt;/b&gt;&lt;/html&gt;</data>"
        ),
        "{graphml}"
    );
    assert!(
        graphml.contains("<data key=\"v_label\">say &quot;no&quot;</data>"),
        "{graphml}"
    );
    assert!(
        graphml.contains("<data key=\"v_label\">two&#10;lines</data>"),
        "{graphml}"
    );
    assert!(
        graphml.contains("<data key=\"v_label\">amp &amp; apos &apos; semicolon ;</data>"),
        "{graphml}"
    );
    assert!(
        graphml.contains("<data key=\"v_country\">X&quot;Y</data>"),
        "{graphml}"
    );
    assert!(
        !graphml.chars().any(|c| c.is_control() && c != '\n'),
        "{graphml:?}"
    );
    // Every `<` starts markup, never user text.
    for (i, _) in graphml.match_indices('<') {
        let rest = &graphml[i + 1..];
        assert!(
            [
                "?xml", "graphml", "/graphml", "key ", "graph ", "/graph>", "node ", "/node>",
                "edge ", "/edge>", "data ", "/data>"
            ]
            .iter()
            .any(|tag| rest.starts_with(tag)),
            "{}",
            &rest[..rest.len().min(40)]
        );
    }
}

// ---------------------------------------------------------------- Cytoscape

#[test]
fn cytoscape_elements() {
    let value: serde_json::Value = serde_json::from_str(&to_cytoscape(&spec_graph())).unwrap();
    let nodes = value["elements"]["nodes"].as_array().unwrap();
    let edges = value["elements"]["edges"].as_array().unwrap();
    assert_eq!(nodes.len(), 4);
    assert_eq!(nodes[2]["data"]["id"], "gov:RUS:kremlin");
    // `parent` would nest nodes in Cytoscape.js.
    assert!(nodes[2]["data"].get("parent").is_none());
    assert_eq!(nodes[2]["data"]["affiliation"], "country:RUS");
    let supports = edges
        .iter()
        .find(|e| e["data"]["kind"] == "supports")
        .unwrap();
    assert_eq!(
        supports["data"]["id"],
        "country:RUS -> country:SYR [supports]"
    );
    assert_eq!(supports["data"]["source"], "country:RUS");
    assert_eq!(supports["data"]["family"], "cooperation");
    assert_eq!(supports["data"]["count"], 4);
    let ids: std::collections::BTreeSet<_> = nodes
        .iter()
        .chain(edges)
        .map(|e| e["data"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids.len(),
        nodes.len() + edges.len(),
        "element ids are unique"
    );
}

#[test]
fn cytoscape_escapes_nasty_labels() {
    let value: serde_json::Value = serde_json::from_str(&to_cytoscape(&nasty_graph())).unwrap();
    let labels: Vec<_> = value["elements"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["data"]["label"].as_str().unwrap())
        .collect();
    for label in NASTY_LABELS {
        assert!(labels.contains(label), "{label:?}");
    }
}

// ---------------------------------------------------------------- misc

#[test]
fn public_types_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<ActorGraph>();
    assert_send_sync::<newsgraph::Node>();
    assert_send_sync::<newsgraph::Edge>();
    assert_send_sync::<newsgraph::Filter>();
    assert_send_sync::<DotOptions>();
}

#[test]
fn writers_accept_dyn_write() {
    let mut out: Vec<u8> = Vec::new();
    let w: &mut dyn std::io::Write = &mut out;
    newsgraph::export::write_json(&spec_graph(), w).unwrap();
    assert_eq!(String::from_utf8(out).unwrap(), to_json(&spec_graph()));
}

// ---------------------------------------------------------------- networkx

/// Writes `GRAPH.json` and `GRAPH.graphml` for `tests/python/check_networkx.py`
/// into `target/networkx-check/`. Each file is written under a temporary
/// name then renamed, so that tests running in parallel never see half a
/// file.
fn write_networkx_files() -> (PathBuf, PathBuf) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target tmp dir is inside the target dir")
        .join("networkx-check");
    std::fs::create_dir_all(&dir).unwrap();
    let mut graph = spec_graph();
    graph.merge(&nasty_graph_of(&xml_safe_labels()));
    let json = dir.join("GRAPH.json");
    let graphml = dir.join("GRAPH.graphml");
    for (path, text) in [(&json, to_json(&graph)), (&graphml, to_graphml(&graph))] {
        let tmp = path.with_extension(
            format!("tmp{:?}", std::thread::current().id()).replace(['(', ')'], ""),
        );
        std::fs::write(&tmp, text).unwrap();
        std::fs::rename(&tmp, path).unwrap();
    }
    (json, graphml)
}

#[test]
fn networkx_files_are_written() {
    let (json, graphml) = write_networkx_files();
    assert!(
        from_json(&std::fs::read_to_string(json).unwrap())
            .unwrap()
            .edge_count()
            > 5
    );
    assert!(std::fs::read_to_string(graphml)
        .unwrap()
        .contains("<graphml"));
}

#[test]
fn networkx_loads_json_and_graphml() {
    let has_networkx = Command::new("python3")
        .args(["-c", "import networkx"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_networkx {
        eprintln!("skipped: python3 with networkx not found (pip install networkx)");
        return;
    }
    let (json, graphml) = write_networkx_files();
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/python/check_networkx.py"
    );
    let out = Command::new("python3")
        .arg(script)
        .arg(&json)
        .arg(&graphml)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "check_networkx.py failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
