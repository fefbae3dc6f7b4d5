//! Renders our DOT with Graphviz: every graph must render with exit code 0
//! and nothing at all on stderr, warnings included.
//!
//! Skipped, with a note, when `dot` is not on PATH
//! (`apt-get install graphviz`).

use newsgraph::export::{to_dot, write_dot_with, DotOptions};
use newsgraph::{ActorGraph, ActorId, ActorKind, Level, Modality, Relation, RelationKind};
use std::io::Write;
use std::process::{Command, Stdio};

mod common;
use common::{graph_of, labelled, relation};

/// Labels that break naive writers.
const NASTY: &[&str] = &[
    "say \"no\"",
    r"back\slash",
    "trailing backslash\\",
    r"\N \G \E \T \H \L \l \r \n",
    "two\nlines\rand\r\nmore",
    "<html><b>bold</b></html>",
    "<",
    "{braces} [brackets] |pipe| ;semi; =eq= ->",
    "émoji 🇷🇺🔥👍🏽 Россия 叙利亚 العربية",
    "control \u{1}\u{7}\u{1b}[0m tab\t del\u{7f} c1\u{85}",
    "&amp; &#38; &lt;",
    "",
    "  ",
    "node",
    "subgraph",
    "-- -> //comment /* c */ #hash",
];

fn dot_available() -> bool {
    let ok = Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("skipped: Graphviz `dot` not found on PATH (apt-get install graphviz)");
    }
    ok
}

/// Renders with `dot -Tsvg`; fails on a non-zero exit or any stderr output.
fn render(name: &str, dot: &str) -> String {
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dot starts");
    let mut stdin = child.stdin.take().unwrap();
    let input = dot.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stderr.is_empty(),
        "{name}: dot exited with {} and said:\n{stderr}\n--- input ---\n{dot}",
        out.status
    );
    let svg = String::from_utf8(out.stdout).expect("SVG is UTF-8");
    assert!(svg.contains("<svg"), "{name}: no SVG");
    svg
}

/// The founding story: Russia supports Syria, says the Kremlin's spokesman;
/// Turkey's army shells Kurdish fighters; plus one of each kind and family.
fn story() -> ActorGraph {
    let actors = vec![
        labelled(
            "country:RUS",
            "Russia",
            ActorKind::Country,
            Some("RUS"),
            None,
        ),
        labelled(
            "gov:RUS:kremlin",
            "Kremlin",
            ActorKind::Government,
            Some("RUS"),
            Some("country:RUS"),
        ),
        labelled(
            "person:dmitri-peskov",
            "Dmitri Peskov",
            ActorKind::Person,
            Some("RUS"),
            Some("gov:RUS:kremlin"),
        ),
        labelled(
            "country:SYR",
            "Syria",
            ActorKind::Country,
            Some("SYR"),
            None,
        ),
        labelled(
            "mil:TUR",
            "Turkish Armed Forces",
            ActorKind::Military,
            Some("TUR"),
            None,
        ),
        labelled("group:ypg", "YPG", ActorKind::ArmedGroup, Some("SYR"), None),
        labelled(
            "org:UN",
            "United Nations",
            ActorKind::Organization,
            None,
            None,
        ),
        labelled("loc:afrin", "Afrin", ActorKind::Location, Some("SYR"), None),
    ];
    let mut relations = vec![];
    for _ in 0..4 {
        relations.push(Relation {
            modality: Modality::Intended,
            speaker: Some(ActorId::new("person:dmitri-peskov")),
            ..relation("country:RUS", RelationKind::Supports, "country:SYR")
        });
    }
    relations.push(relation("mil:TUR", RelationKind::Bombs, "group:ypg"));
    relations.push(relation("mil:TUR", RelationKind::Bombs, "loc:afrin"));
    relations.push(Relation {
        negated: true,
        ..relation("country:RUS", RelationKind::Attacks, "group:ypg")
    });
    relations.push(Relation {
        modality: Modality::Hypothetical,
        ..relation("org:UN", RelationKind::Sanctions, "mil:TUR")
    });
    relations.push(Relation {
        modality: Modality::Requested,
        ..relation("org:UN", RelationKind::Demands, "mil:TUR")
    });
    relations.push(relation("country:SYR", RelationKind::Criticizes, "mil:TUR"));
    graph_of(actors, relations)
}

/// One actor per nasty label, of every kind, chained by every relation kind,
/// with nasty ids and nasty country codes.
fn nasty() -> ActorGraph {
    let mut actors = vec![];
    let mut relations = vec![];
    for (i, label) in NASTY.iter().enumerate() {
        let id = format!("{label}{i}");
        let country = NASTY[(i + 3) % NASTY.len()];
        let kind = ActorKind::ALL[i % ActorKind::ALL.len()];
        actors.push(labelled(&id, label, kind, Some(country), None));
        if i > 0 {
            let previous = format!("{}{}", NASTY[i - 1], i - 1);
            let kind = RelationKind::ALL[i % RelationKind::ALL.len()];
            relations.push(Relation {
                negated: i % 3 == 0,
                modality: Modality::ALL[i % Modality::ALL.len()],
                speaker: Some(ActorId::new(&id)),
                ..relation(&previous, kind, &id)
            });
            relations.push(relation(&id, kind, &previous));
        }
    }
    graph_of(actors, relations)
}

fn all_options() -> Vec<DotOptions> {
    let mut options = vec![];
    for clusters in [false, true] {
        for legend in [false, true] {
            for title in [None, Some(NASTY.join(" | "))] {
                options.push(DotOptions {
                    rankdir: if clusters { "TB" } else { "LR" }.to_string(),
                    clusters,
                    legend,
                    title,
                });
            }
        }
    }
    options
}

fn render_with_every_option(name: &str, graph: &ActorGraph) {
    for (i, options) in all_options().iter().enumerate() {
        let mut out = Vec::new();
        write_dot_with(graph, options, &mut out).unwrap();
        render(
            &format!("{name} #{i} {options:?}"),
            &String::from_utf8(out).unwrap(),
        );
    }
}

#[test]
fn renders_the_story() {
    if !dot_available() {
        return;
    }
    render_with_every_option("story", &story());
    let svg = render("story", &to_dot(&story()));
    assert!(svg.contains("supports ×4"), "{svg}");
    assert!(svg.contains("Dmitri Peskov"), "{svg}");
}

#[test]
fn renders_nasty_labels() {
    if !dot_available() {
        return;
    }
    render_with_every_option("nasty", &nasty());
    let svg = render("nasty", &to_dot(&nasty()));
    for text in [
        "say &quot;no&quot;",
        r"back\slash",
        "trailing backslash\\",
        r"\N \G \E",
        "&lt;html&gt;&lt;b&gt;bold&lt;/b&gt;&lt;/html&gt;",
        "émoji 🇷🇺🔥👍🏽 Россия",
        "&amp;amp; &amp;#38; &amp;lt;",
    ] {
        assert!(svg.contains(text), "{text:?} not in SVG:\n{svg}");
    }
    // Line breaks became separate text lines, not literal `\n`.
    assert!(svg.contains(">two<") && svg.contains(">lines<"), "{svg}");
}

#[test]
fn renders_empty_rolled_up_and_merged_graphs() {
    if !dot_available() {
        return;
    }
    render_with_every_option("empty", &ActorGraph::new());
    render_with_every_option("rolled-up story", &story().roll_up(Level::Country));
    render_with_every_option("rolled-up nasty", &nasty().roll_up(Level::Country));
    render_with_every_option("merged", &ActorGraph::merged(&story(), &nasty()));
}
