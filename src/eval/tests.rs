//! Scoring rules, checked on tiny hand-written golds and hand-built graphs.

use super::{score, score_json, Gold, Report};
use crate::graph::ActorGraph;
use crate::lang::Lang;
use crate::model::actor::{Actor, ActorId, ActorKind};
use crate::model::extraction::Extraction;
use crate::model::relation::{Modality, Relation, RelationKind};
use crate::span::Span;

/// A node: id, label, parent, aliases.
type N<'a> = (&'a str, &'a str, Option<&'a str>, &'a [&'a str]);
/// An edge: source, kind, target, negated.
type E<'a> = (&'a str, &'a str, &'a str, bool);

/// The graph of a hand-built extraction. Kinds follow the id prefix
/// (`country:`, `gov:`, `person:`, any other is a group), so that
/// `from_extraction` derives the structural edges the extractor's graphs
/// have: a named organ (`gov:RUS:kremlin`) is `part_of` its parent; a
/// person gets no edge from the hierarchy.
fn graph(nodes: &[N], edges: &[E]) -> ActorGraph {
    let mut extraction = Extraction {
        lang: Some(Lang::En),
        ..Extraction::default()
    };
    for &(id, label, parent, aliases) in nodes {
        let kind = match id.split(':').next() {
            Some("country") => ActorKind::Country,
            Some("gov") => ActorKind::Government,
            Some("person") => ActorKind::Person,
            _ => ActorKind::Group,
        };
        let actor = Actor {
            id: ActorId::new(id),
            label: label.to_string(),
            kind,
            country: None,
            sector: None,
            parent: parent.map(ActorId::new),
        };
        extraction.actors.insert(actor.id.clone(), actor);
        let aliases = aliases.iter().map(|a| a.to_string()).collect();
        extraction.aliases.insert(ActorId::new(id), aliases);
    }
    for &(source, kind, target, negated) in edges {
        extraction.relations.push(Relation {
            source: ActorId::new(source),
            target: ActorId::new(target),
            kind: kind.parse::<RelationKind>().unwrap(),
            negated,
            modality: Modality::Asserted,
            speaker: None,
            confidence: 0.5,
            sentence: Span::new(0, 1),
            trigger: Span::new(0, 1),
        });
    }
    ActorGraph::from_extraction("doc", &extraction)
}

fn gold(actors: &str, relations: &str, forbidden: &str) -> Gold {
    let json = format!(
        r#"{{"id": "doc", "lang": "en", "actors": {{{actors}}}, "relations": [{relations}], "forbidden": [{forbidden}]}}"#
    );
    Gold::from_json("doc.json", &json).unwrap()
}

const ACTORS: &str = r#"
    "russia": {"required": true, "names": ["Russia", "Moscow", "Fédération de Russie"]},
    "kremlin": {"required": false, "names": ["Kremlin"]},
    "syria": {"required": true, "names": ["Syria", "Damascus"]},
    "turkey": {"required": true, "names": ["Turkey", "Ankara"]},
    "afp": {"names": ["AFP"]}"#;

const RUS: N = ("country:RUS", "Russia", None, &["Moscow"]);
const KREMLIN: N = ("gov:RUS:kremlin", "Kremlin", Some("country:RUS"), &[]);
const SYR: N = ("country:SYR", "Syria", None, &[]);
const TUR: N = ("country:TUR", "Turkey", None, &[]);

/// Counts of one document's score, in a fixed order:
/// actors (found_required, matched_nodes, nodes),
/// relations (found_required, correct, system_triples, forbidden).
type Expected = ([usize; 3], [usize; 4]);

#[test]
fn scoring_rules() {
    let supports =
        r#"{"required": true, "source": ["russia"], "kind": ["supports"], "target": ["syria"]}"#;
    let no_attack = r#"{"required": true, "source": ["turkey"], "kind": ["attacks"], "target": ["syria"], "negated": true}"#;
    let structural = r#"{"source": ["kremlin"], "kind": ["part_of"], "target": ["russia"]}"#;
    let reversed =
        r#"{"source": ["syria"], "kind": ["supports"], "target": ["russia"], "why": "reversed"}"#;
    let credit = r#"{"source": ["*"], "kind": ["*"], "target": ["afp"], "why": "a credit"}"#;
    let also_supports = format!(
        r#"{supports}, {{"required": true, "source": ["syria"], "kind": ["*"], "target": ["*"]}}"#
    );
    let rows: Vec<(&str, Gold, ActorGraph, Expected)> = vec![
        (
            "exact match",
            gold(ACTORS, supports, ""),
            graph(
                &[RUS, SYR],
                &[("country:RUS", "supports", "country:SYR", false)],
            ),
            ([2, 2, 2], [1, 1, 1, 0]),
        ),
        (
            "an organ acts for its parent; its part_of edge is not in the gold",
            gold(ACTORS, supports, ""),
            graph(
                &[RUS, KREMLIN, SYR],
                &[("gov:RUS:kremlin", "supports", "country:SYR", false)],
            ),
            ([2, 3, 3], [1, 1, 2, 0]),
        ),
        (
            "optional gold relations keep correct edges correct",
            gold(ACTORS, &format!("{supports}, {structural}"), ""),
            graph(
                &[RUS, KREMLIN, SYR],
                &[("gov:RUS:kremlin", "supports", "country:SYR", false)],
            ),
            ([2, 3, 3], [1, 2, 2, 0]),
        ),
        (
            "an unknown node is rolled up through its parent chain",
            gold(ACTORS, supports, ""),
            graph(
                &[
                    RUS,
                    KREMLIN,
                    SYR,
                    ("person:aide", "An Aide", Some("gov:RUS:kremlin"), &[]),
                ],
                &[("person:aide", "supports", "country:SYR", false)],
            ),
            // The aide's act and the Kremlin's part_of edge; the hierarchy
            // gives the aide no edge of their own.
            ([2, 4, 4], [1, 1, 2, 0]),
        ),
        (
            "a node without a matching ancestor is spurious and its edges wrong",
            gold(ACTORS, supports, ""),
            graph(
                &[SYR, ("group:x", "Wagner", None, &[])],
                &[("group:x", "supports", "country:SYR", false)],
            ),
            ([1, 1, 2], [0, 0, 1, 0]),
        ),
        (
            "names ignore case, accents and leading articles",
            gold(ACTORS, supports, ""),
            graph(
                &[
                    ("a:ru", "la federation de RUSSIE", None, &[]),
                    ("a:sy", "X", None, &["the Damascus"]),
                ],
                &[("a:ru", "supports", "a:sy", false)],
            ),
            ([2, 2, 2], [1, 1, 1, 0]),
        ),
        (
            "the wrong kind does not match",
            gold(ACTORS, supports, ""),
            graph(
                &[RUS, SYR],
                &[("country:RUS", "meets", "country:SYR", false)],
            ),
            ([2, 2, 2], [0, 0, 1, 0]),
        ),
        (
            "a negated edge does not match an asserted gold relation",
            gold(ACTORS, supports, ""),
            graph(
                &[RUS, SYR],
                &[("country:RUS", "supports", "country:SYR", true)],
            ),
            ([2, 2, 2], [0, 0, 1, 0]),
        ),
        (
            "a negated gold relation matches only a negated edge",
            gold(ACTORS, no_attack, ""),
            graph(
                &[TUR, SYR],
                &[
                    ("country:TUR", "attacks", "country:SYR", true),
                    ("country:TUR", "attacks", "country:SYR", false),
                ],
            ),
            ([2, 2, 2], [1, 1, 2, 0]),
        ),
        (
            "a forbidden edge is wrong even when the gold allows it",
            gold(
                ACTORS,
                &format!(
                    "{supports}, {}",
                    reversed.replace("\"why\": \"reversed\"", "\"required\": false")
                ),
                reversed,
            ),
            graph(
                &[RUS, SYR],
                &[("country:SYR", "supports", "country:RUS", false)],
            ),
            ([2, 2, 2], [0, 0, 1, 1]),
        ),
        (
            "a forbidden edge still finds the required relation it matches",
            gold(
                ACTORS,
                supports,
                &supports.replace("\"required\": true", "\"why\": \"trap\""),
            ),
            graph(
                &[RUS, SYR],
                &[("country:RUS", "supports", "country:SYR", false)],
            ),
            ([2, 2, 2], [1, 0, 1, 1]),
        ),
        (
            "a star rule forbids anything aimed at a credit",
            gold(ACTORS, supports, credit),
            graph(
                &[RUS, SYR, ("media:afp", "AFP", None, &[])],
                &[
                    ("country:RUS", "supports", "country:SYR", false),
                    ("country:RUS", "criticizes", "media:afp", false),
                ],
            ),
            ([2, 3, 3], [1, 1, 2, 1]),
        ),
        (
            "stars in required relations accept any kind and target",
            gold(ACTORS, &also_supports, ""),
            graph(
                &[RUS, SYR],
                &[("country:SYR", "meets", "country:RUS", false)],
            ),
            ([2, 2, 2], [1, 1, 1, 0]),
        ),
        (
            "empty graph",
            gold(ACTORS, supports, ""),
            ActorGraph::new(),
            ([0, 0, 0], [0, 0, 0, 0]),
        ),
    ];
    for (name, gold, graph, expected) in rows {
        let s = score(&gold, &graph);
        let (a, r) = (&s.actors, &s.relations);
        let got = (
            [a.found_required, a.matched_nodes, a.nodes],
            [
                r.found_required,
                r.correct,
                r.system_triples,
                r.forbidden.len(),
            ],
        );
        assert_eq!(got, expected, "{name}: {s:#?}");
        assert_eq!(a.required, 3, "{name}");
        assert_eq!(r.correct + r.wrong.len(), r.system_triples, "{name}");
        assert_eq!(r.found_required + r.missing.len(), r.required, "{name}");
    }
}

#[test]
fn lists_name_what_is_missing_and_wrong() {
    let gold = gold(
        ACTORS,
        r#"{"required": true, "source": ["russia", "kremlin"], "kind": ["supports", "agrees"], "target": ["syria"]}"#,
        r#"{"source": ["turkey"], "kind": ["*"], "target": ["russia"], "why": "reversed"}"#,
    );
    let graph = graph(
        &[RUS, TUR, ("group:x", "Wagner", None, &[])],
        &[
            ("country:TUR", "attacks", "country:RUS", true),
            ("country:TUR", "criticizes", "country:RUS", false),
            ("group:x", "meets", "country:TUR", false),
        ],
    );
    let s = score(&gold, &graph);
    assert_eq!(s.actors.missing, ["syria"]);
    assert_eq!(s.actors.spurious, ["Wagner"]);
    assert_eq!(
        s.relations.missing,
        ["russia|kremlin -supports|agrees-> syria"]
    );
    // Edges come in graph order: by source, target, kind, negation.
    assert_eq!(
        s.relations.wrong,
        [
            "Turkey -criticizes-> Russia",
            "Turkey -not attacks-> Russia",
            "Wagner -meets-> Turkey"
        ]
    );
    // Forbidden rules are negation-sensitive too: this one is not negated.
    assert_eq!(
        s.relations.forbidden,
        ["Turkey -criticizes-> Russia   (reversed)"]
    );
}

#[test]
fn first_actor_listing_a_name_owns_it() {
    let gold = gold(
        r#""b": {"required": true, "names": ["Shared"]}, "a": {"required": true, "names": ["shared", "A"]}"#,
        "",
        "",
    );
    let s = score(&gold, &graph(&[("x:1", "Shared", None, &["A"])], &[]));
    assert_eq!(s.actors.missing, ["a"]);
    // The label is tried before the aliases.
    let s = score(&gold, &graph(&[("x:1", "A", None, &["Shared"])], &[]));
    assert_eq!(s.actors.missing, ["b"]);
}

/// A node-link JSON graph with a label in another language, a node
/// matched through `name`, a repeated edge, `links` for `edges`, a
/// `relation` for a `kind`, a parent cycle and a negated edge. The expected
/// summary and document are what `score.py GOLD SYSTEM --json` printed for
/// this gold and graph.
#[test]
fn json_scoring_agrees_with_reference_scorer() {
    let gold = gold(
        ACTORS,
        r#"{"required": true, "source": ["russia"], "kind": ["supports"], "target": ["syria"]},
           {"required": true, "source": ["turkey"], "kind": ["attacks", "bombs"], "target": ["syria"]},
           {"source": ["kremlin"], "kind": ["part_of"], "target": ["russia"]}"#,
        r#"{"source": ["syria"], "kind": ["*"], "target": ["turkey"], "why": "reversed"}"#,
    );
    let system = r#"{"nodes": [
        {"id": "country:RUS", "label": "La Fédération de Russie", "parent": null, "aliases": ["Moscou"]},
        {"id": "gov:RUS:kremlin", "label": "The Kremlin", "parent": "country:RUS", "aliases": []},
        {"id": "person:p", "label": "Dmitri Peskov", "parent": "gov:RUS:kremlin"},
        {"id": "country:SYR", "name": "Damascus"},
        {"id": "loop:a", "label": "Loop A", "parent": "loop:b"},
        {"id": "loop:b", "label": "Loop B", "parent": "loop:a"},
        {"id": "country:TUR", "label": "Ankara", "aliases": ["Türkiye"]}],
      "links": [
        {"source": "person:p", "target": "country:SYR", "kind": "supports"},
        {"source": "person:p", "target": "country:SYR", "kind": "supports", "negated": false},
        {"source": "gov:RUS:kremlin", "target": "country:RUS", "kind": "part_of"},
        {"source": "country:SYR", "target": "country:TUR", "relation": "accuses"},
        {"source": "country:TUR", "target": "loop:a", "kind": "bombs"},
        {"source": "country:TUR", "target": "country:SYR", "kind": "bombs", "negated": true}]}"#;
    let reference_summary = r#"{"docs": 1, "actor_precision": 0.714, "actor_recall": 1.0,
        "actor_f1": 0.833, "relation_precision": 0.4, "relation_recall": 0.5,
        "relation_f1": 0.444, "forbidden": 1}"#;
    let reference_document = r#"{"doc": "doc", "actors": {"required": 3, "found_required": 3,
        "missing": [], "nodes": 7, "matched_nodes": 5, "spurious": ["Loop A", "Loop B"]},
        "relations": {"required": 2, "found_required": 1,
        "missing": ["turkey -attacks|bombs-> syria"], "system_triples": 5, "correct": 2,
        "wrong": ["Damascus -accuses-> Ankara", "Ankara -bombs-> Loop A",
                  "Ankara -not bombs-> Damascus"],
        "forbidden": ["Damascus -accuses-> Ankara   (reversed)"]}}"#;

    let report = Report::from_scores(vec![score_json(&gold, system).unwrap()]);
    let ours: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
    let same = |ours: &serde_json::Value, reference: &str| {
        let reference: serde_json::Value = serde_json::from_str(reference).unwrap();
        for (key, value) in reference.as_object().unwrap() {
            if let Some(inner) = value.as_object() {
                for (k, v) in inner {
                    assert_eq!(&ours[key][k], v, "{key}.{k}");
                }
            } else {
                assert_eq!(&ours[key], value, "{key}");
            }
        }
    };
    same(&ours["summary"], reference_summary);
    same(&ours["documents"][0], reference_document);

    let unknown_node =
        r#"{"nodes": [], "edges": [{"source": "a", "target": "b", "kind": "meets"}]}"#;
    assert!(score_json(&gold, unknown_node).is_err());
    assert!(score_json(&gold, r#"{"nodes": []}"#).is_err());
}

#[test]
fn report_micro_averages_per_language_and_kind() {
    let supports =
        r#"{"required": true, "source": ["russia"], "kind": ["supports"], "target": ["syria"]}"#;
    let attacks = r#"{"required": true, "source": ["turkey"], "kind": ["attacks", "bombs"], "target": ["syria"]}"#;
    let en = gold(ACTORS, &format!("{supports}, {attacks}"), "");
    let mut fr = en.clone();
    fr.id = "fr".into();
    fr.lang = Some(Lang::Fr);
    let g = graph(
        &[RUS, SYR, TUR],
        &[
            ("country:RUS", "supports", "country:SYR", false),
            ("country:TUR", "bombs", "country:SYR", false),
            ("country:SYR", "meets", "country:TUR", false),
        ],
    );
    let report = Report::from_scores(vec![score(&en, &g), score(&fr, &ActorGraph::new())]);
    let all = report.overall;
    assert_eq!(all.docs, 2);
    assert_eq!((all.relations.correct, all.relations.system), (2, 3));
    assert_eq!(
        (all.relations.found_required, all.relations.required),
        (2, 4)
    );
    assert!((all.relations.f1() - 2.0 * (2.0 / 3.0) * 0.5 / (2.0 / 3.0 + 0.5)).abs() < 1e-12);
    assert!((report.language(Lang::En).unwrap().relations.f1() - 0.8).abs() < 1e-12);
    assert_eq!(report.language(Lang::Fr).unwrap().actors.f1(), 0.0);
    // Triples count under their own kind, required relations under the
    // first kind they list.
    let bombs = report.kinds["bombs"];
    assert_eq!((bombs.system, bombs.correct, bombs.required), (1, 1, 0));
    let attacks = report.kinds["attacks"];
    assert_eq!(
        (attacks.system, attacks.required, attacks.found_required),
        (0, 2, 1)
    );
    assert_eq!(report.missing_relations().count(), 2);
    assert_eq!(
        report.false_edges().collect::<Vec<_>>(),
        [("doc", "Syria -meets-> Turkey")]
    );
    assert_eq!(report.missing_actors().count(), 3);
    let text = report.to_text();
    assert!(text.contains("\nall          2"), "{text}");
    assert!(text.contains("== fr (fr)\n"), "{text}");
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Gold>();
    check::<Report>();
    check::<super::GoldDocument>();
}

/// Scoring a graph and scoring its JSON export are the same thing: what
/// `score.py` reads from `newsgraph extract --format json` is what
/// [`score`] sees.
#[test]
fn graph_and_its_json_export_score_alike() {
    let gold = gold(
        ACTORS,
        r#"{"required": true, "source": ["russia"], "kind": ["supports"], "target": ["syria"]}"#,
        r#"{"source": ["*"], "kind": ["*"], "target": ["afp"], "why": "a credit"}"#,
    );
    let g = graph(
        &[
            RUS,
            KREMLIN,
            SYR,
            (
                "person:p",
                "Dmitri Peskov",
                Some("gov:RUS:kremlin"),
                &["Peskov"],
            ),
            ("media:afp", "AFP", None, &[]),
            ("group:x", "Wagner", None, &[]),
        ],
        &[
            ("person:p", "supports", "country:SYR", false),
            ("person:p", "supports", "country:SYR", true),
            ("group:x", "attacks", "media:afp", false),
        ],
    );
    let json = crate::export::to_json(&g);
    assert_eq!(
        score_json(&gold, &json).unwrap(),
        score(&gold, &g),
        "{json}"
    );
}
