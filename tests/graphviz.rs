//! Renders our DOT with Graphviz: every graph must render with exit code 0
//! and nothing at all on stderr, warnings included.
//!
//! Skipped, with a note, when `dot` is not on PATH
//! (`apt-get install graphviz`). Also checks that every SVG Graphviz makes
//! of our DOT, and the README's picture `docs/founding_article.svg`, is a
//! well-formed XML document.

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
    if let Err(e) = svg_texts(&svg) {
        panic!("{name}: the SVG is not well-formed: {e}\n{svg}");
    }
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

// ------------------------------------------------------- the README picture

/// The picture at the top of the README, `docs/founding_article.svg`, made
/// by `cargo run --release -- render -o docs/founding_article.svg`. Not a
/// byte-for-byte golden (extraction keeps improving, and Graphviz versions
/// lay out differently): it must stay a well-formed SVG document showing
/// the article's main actors and relations. Needs no Graphviz.
#[test]
fn committed_founding_article_svg_is_valid_and_names_the_main_actors() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/founding_article.svg");
    let svg = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let texts = svg_texts(&svg).unwrap_or_else(|e| panic!("{path} is not well-formed: {e}"));
    for name in [
        "Russia",
        "Turkey",
        "Kremlin",
        "Syrian government",
        "Kurdish forces",
        "UN Security Council",
        "Dmitry Peskov",
    ] {
        assert!(
            texts.iter().any(|t| t == name),
            "{path} does not show {name:?}; it shows {texts:?}"
        );
    }
    for relation in ["supports", "bombs", "criticizes", "part_of"] {
        assert!(
            texts.iter().any(|t| t.starts_with(relation)),
            "{path} has no {relation:?} edge; it shows {texts:?}"
        );
    }
}

/// The text content of a well-formed SVG document, entities decoded, one
/// item per text node; or what makes it ill-formed. Checks what an XML
/// parser would refuse in Graphviz's output: elements not closed in order,
/// a root other than one `svg` element, unquoted or duplicated attributes,
/// a bare `&` or `<`, characters XML 1.0 forbids.
fn svg_texts(xml: &str) -> Result<Vec<String>, String> {
    if let Some(c) = xml
        .chars()
        .find(|&c| c.is_control() && !matches!(c, '\t' | '\n' | '\r') && c < '\u{7f}')
    {
        return Err(format!("character {c:?} is not allowed in XML 1.0"));
    }
    let mut stack: Vec<&str> = Vec::new();
    let mut roots = 0;
    let mut texts = Vec::new();
    let mut rest = xml;
    while !rest.is_empty() {
        let lt = rest.find('<').unwrap_or(rest.len());
        let text = decode(&rest[..lt])?;
        if stack.is_empty() && !text.trim().is_empty() {
            return Err(format!("text outside the root element: {text:?}"));
        }
        if !text.trim().is_empty() {
            texts.push(text);
        }
        rest = &rest[lt..];
        if rest.is_empty() {
            break;
        }
        let (end, skip) = if rest.starts_with("<!--") {
            (rest.find("-->").ok_or("unclosed comment")?, 3)
        } else if rest.starts_with("<?") {
            (rest.find("?>").ok_or("unclosed processing instruction")?, 2)
        } else if rest.starts_with("<!DOCTYPE") {
            (rest.find('>').ok_or("unclosed DOCTYPE")?, 1)
        } else if let Some(close) = rest.strip_prefix("</") {
            let gt = close.find('>').ok_or("unclosed end tag")?;
            let name = close[..gt].trim_end();
            match stack.pop() {
                Some(open) if open == name => {}
                open => return Err(format!("</{name}> closes {open:?}")),
            }
            (gt + 2, 1)
        } else {
            let gt = tag_end(rest).ok_or("unclosed start tag")?;
            let tag = &rest[1..gt];
            let (tag, empty) = match tag.strip_suffix('/') {
                Some(tag) => (tag, true),
                None => (tag, false),
            };
            let name_end = tag.find(|c: char| c.is_whitespace()).unwrap_or(tag.len());
            let name = &tag[..name_end];
            if name.is_empty() || !name.starts_with(|c: char| c.is_alphabetic() || c == '_') {
                return Err(format!("bad element name in <{tag}>"));
            }
            check_attributes(&tag[name_end..])?;
            if stack.is_empty() {
                roots += 1;
                if roots > 1 || name != "svg" {
                    return Err(format!("root element <{name}> (one <svg> expected)"));
                }
            }
            if !empty {
                stack.push(name);
            }
            (gt, 1)
        };
        rest = &rest[end + skip..];
    }
    match (roots, stack.last()) {
        (1, None) => Ok(texts),
        (_, Some(open)) => Err(format!("<{open}> is never closed")),
        _ => Err("no root element".to_string()),
    }
}

/// Byte offset of the `>` ending the start tag at the beginning of `s`,
/// skipping quoted attribute values.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// Checks `name="value"` pairs: quoted, unique, values without `<` and with
/// valid entities.
fn check_attributes(mut s: &str) -> Result<(), String> {
    let mut names = Vec::new();
    loop {
        s = s.trim_start();
        if s.is_empty() {
            return Ok(());
        }
        let eq = s
            .find('=')
            .ok_or_else(|| format!("attribute without value: {s:?}"))?;
        let name = s[..eq].trim();
        if name.is_empty() || name.contains(char::is_whitespace) || names.contains(&name) {
            return Err(format!("bad or repeated attribute name {name:?}"));
        }
        names.push(name);
        let value = s[eq + 1..].trim_start();
        let quote = value
            .chars()
            .next()
            .filter(|c| matches!(c, '"' | '\''))
            .ok_or_else(|| format!("unquoted value of {name}"))?;
        let close = value[1..]
            .find(quote)
            .ok_or_else(|| format!("unclosed value of {name}"))?;
        let raw = &value[1..1 + close];
        if raw.contains('<') {
            return Err(format!("`<` in the value of {name}"));
        }
        decode(raw)?;
        s = &value[close + 2..];
    }
}

/// Decodes the five predefined entities and character references; a `&`
/// that starts neither is an error.
fn decode(s: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let semi = rest[amp..]
            .find(';')
            .ok_or_else(|| format!("bare & in {s:?}"))?;
        let entity = &rest[amp + 1..amp + semi];
        let c = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let code = match entity.strip_prefix("#x") {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => entity.strip_prefix('#').and_then(|d| d.parse().ok()),
                };
                code.and_then(char::from_u32)
                    .ok_or_else(|| format!("bad entity &{entity}; in {s:?}"))?
            }
        };
        out.push(c);
        rest = &rest[amp + semi + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The checker itself: it must refuse what an XML parser refuses.
#[test]
fn svg_checker_refuses_ill_formed_documents() {
    let good = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<!-- c -->\n\
                <svg a=\"1\" b='&lt;2&#62;'><g><text x=\"0\">A &amp; B&#xe9;</text></g><br/></svg>\n";
    assert_eq!(svg_texts(good).unwrap(), ["A & Bé"]);
    for bad in [
        "",
        "text",
        "<g></g>",
        "<svg>",
        "<svg><g></svg>",
        "<svg></g></svg>",
        "<svg></svg><svg></svg>",
        "<svg a=1></svg>",
        "<svg a=\"1\" a=\"2\"></svg>",
        "<svg a=\"<\"></svg>",
        "<svg>A & B</svg>",
        "<svg>&nbsp;</svg>",
        "<svg>\u{1}</svg>",
        "<svg><!-- open </svg>",
        "<svg></svg>tail",
    ] {
        assert!(svg_texts(bad).is_err(), "{bad:?} was accepted");
    }
}
