//! Hostile input (issue #7): invalid UTF-8, empty and blank text, one huge
//! line without punctuation, control, zero-width and bidirectional
//! characters, mixed scripts, emoji; malformed user lexicons; then
//! properties over random text made of news words and hostile characters (no
//! panic, every span on character boundaries, DOT parses, JSON round-trips,
//! merge laws); last, the regression cases found by fuzzing (`fuzz/`).
//!
//! Hostile JSON (deep nesting, huge numbers, unknown fields, edges to missing
//! nodes) has named cases in `tests/exports.rs`; here it gets a property.

#[path = "robustness/invariants.rs"]
mod invariants;

use invariants::{check_extraction, MAX_SENTENCE};
use newsgraph::export::{from_json, read_json, to_dot, to_json};
use newsgraph::{
    Actor, ActorGraph, ActorId, ActorKind, Error, Extraction, Extractor, Lang, Modality, Relation,
    RelationKind, Span,
};
use proptest::prelude::*;
use proptest::sample::Index;
use std::collections::BTreeSet;
use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::LazyLock;

/// Built once: building compiles every lexicon.
static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

/// Extract `text` and check the invariants.
#[track_caller]
fn checked(text: &str) -> Extraction {
    let x = EXTRACTOR.extract(text);
    if let Err(e) = check_extraction(text, &x) {
        panic!("{e}\ntext: {text:?}");
    }
    x
}

fn ids(x: &Extraction) -> BTreeSet<&str> {
    x.actors.keys().map(ActorId::as_str).collect()
}

/// What a relation says, without where it was read.
fn facts(x: &Extraction) -> Vec<(String, RelationKind, String, bool)> {
    x.relations
        .iter()
        .map(|r| {
            (
                r.source.to_string(),
                r.kind,
                r.target.to_string(),
                r.negated,
            )
        })
        .collect()
}

/// The checker itself: each kind of broken extraction is caught, so that the
/// properties below can fail.
#[test]
fn invariants_catch_broken_extractions() {
    let text = "Le Kremlin soutient la Syrie. Éh.";
    let good = checked(text);
    assert_eq!(good.sentences, [Span::new(0, 29), Span::new(30, 34)]);
    assert!(!good.relations.is_empty() && !good.mentions.is_empty());
    type Break = fn(&mut Extraction);
    let breaks: &[(&str, Break)] = &[
        ("sentence past the end", |x| x.sentences[0].end = 100),
        ("sentence inside a char", |x| x.sentences[1].start += 1),
        ("empty sentence", |x| {
            x.sentences[1].end = x.sentences[1].start
        }),
        ("overlapping sentences", |x| x.sentences[1].start -= 2),
        ("reversed mention", |x| {
            x.mentions[0].span = Span { start: 5, end: 2 }
        }),
        ("mention outside its sentence", |x| {
            x.mentions[0].sentence = 1
        }),
        ("mention of no sentence", |x| x.mentions[0].sentence = 9),
        ("mentions out of order", |x| x.mentions.reverse()),
        ("trigger outside the sentence", |x| {
            x.relations[0].trigger = Span::new(30, 32)
        }),
        ("relation sentence not a sentence", |x| {
            x.relations[0].sentence.end -= 1
        }),
        ("unknown relation end", |x| {
            x.relations[0].target = ActorId::new("x:y")
        }),
        ("confidence over 1", |x| x.relations[0].confidence = 1.5),
        ("boilerplate over a sentence", |x| {
            x.boilerplate.push(Span::new(0, 3))
        }),
        ("missing parent", |x| {
            x.actors.retain(|id, _| id.as_str() != "country:RUS");
        }),
        ("aliases of no actor", |x| {
            x.aliases.insert(ActorId::new("x:y"), vec![]);
        }),
    ];
    for (name, break_it) in breaks {
        let mut x = good.clone();
        break_it(&mut x);
        assert!(check_extraction(text, &x).is_err(), "{name}: {x:?}");
    }
}

// ---------------------------------------------------------------------------
// Bytes, empty text, huge lines.

#[test]
fn extract_bytes_reports_the_offset_of_invalid_utf8() {
    let rows: &[(&str, &[u8], usize)] = &[
        ("lone continuation byte", b"\x80", 0),
        ("latin-1 accent", b"La Turquie a bombard\xe9 Azaz.", 20),
        ("truncated at the end", b"caf\xc3", 3),
        ("truncated emoji", b"ok \xf0\x9f\x94", 3),
        ("overlong slash", b"a\xc0\xafb", 1),
        ("surrogate", b"ab\xed\xa0\x80", 2),
        ("beyond U+10FFFF", b"\xf4\x90\x80\x80", 0),
        (
            "invalid after valid multibyte",
            "Россия ".as_bytes(),
            usize::MAX,
        ),
        ("0xff", b"Russia\xff backs Syria.", 6),
    ];
    for &(name, bytes, offset) in rows {
        let mut bytes = bytes.to_vec();
        let offset = if offset == usize::MAX {
            // Valid text followed by one bad byte.
            let at = bytes.len();
            bytes.push(0xfe);
            at
        } else {
            offset
        };
        match EXTRACTOR.extract_bytes(&bytes, false) {
            Err(Error::Utf8 { offset: got }) => assert_eq!(got, offset, "{name}"),
            other => panic!("{name}: {other:?}"),
        }
        let err = EXTRACTOR.extract_bytes(&bytes, false).unwrap_err();
        assert_eq!(err.to_string(), format!("invalid UTF-8 at byte {offset}"));
        // Lossy: spans index the decoded text, which is what `extract` sees.
        let decoded = String::from_utf8_lossy(&bytes);
        let lossy = EXTRACTOR.extract_bytes(&bytes, true).unwrap();
        check_extraction(&decoded, &lossy).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(lossy, EXTRACTOR.extract(&decoded), "{name}");
    }
}

#[test]
fn extract_bytes_of_valid_text_is_extract() {
    let text = "La Russie soutient la Syrie. Turkey shelled Kurdish militias.";
    for lossy in [false, true] {
        let x = EXTRACTOR.extract_bytes(text.as_bytes(), lossy).unwrap();
        assert_eq!(x, checked(text));
        assert!(!x.relations.is_empty());
    }
}

#[test]
fn empty_and_blank_text_give_an_empty_extraction() {
    let blank: [&str; 6] = [
        "",
        " ",
        "\n",
        "\r\n\r\n",
        "\t \u{a0}\u{3000}\u{2028}\u{2029}\u{85}\u{0b}\u{0c}",
        &" \n".repeat(10_000),
    ];
    for text in blank {
        let x = checked(text);
        assert_eq!(x, Extraction::default(), "{text:?}");
        let graph = ActorGraph::from_extraction("blank", &x);
        assert_eq!((graph.node_count(), graph.edge_count()), (0, 0));
        assert_eq!(EXTRACTOR.extract_bytes(text.as_bytes(), false).unwrap(), x);
    }
    // Invisible but not white space: no actor, no relation.
    for text in [
        "\u{feff}",
        "\u{200b}\u{200d}\u{2060}",
        "\u{0}\u{1}\u{7f}",
        "\u{301}",
    ] {
        let x = checked(text);
        assert!(x.mentions.is_empty() && x.relations.is_empty(), "{text:?}");
        let graph = ActorGraph::from_extraction("invisible", &x);
        assert_eq!((graph.node_count(), graph.edge_count()), (0, 0));
    }
}

/// Checks that consecutive sentences leave only white space between them
/// and cover the trimmed text.
#[track_caller]
fn assert_covers(text: &str, x: &Extraction) {
    let trimmed = text.trim();
    let lead = text.len() - text.trim_start().len();
    let first = x.sentences.first().expect("sentences");
    let last = x.sentences.last().unwrap();
    assert_eq!((first.start, last.end), (lead, lead + trimmed.len()));
    for pair in x.sentences.windows(2) {
        let gap = &text[pair[0].end..pair[1].start];
        assert!(gap.trim().is_empty(), "gap {gap:?}");
    }
}

#[test]
fn one_huge_line_without_punctuation_is_cut_into_windows() {
    // About 1.5 MB on one line, no punctuation, no newline.
    let phrase = "la Russie soutient la Syrie contre les rebelles et Moscou aide Damas ";
    let text = phrase.repeat(1_500_000 / phrase.len());
    let x = checked(&text);
    assert_eq!(x.lang, Some(Lang::Fr));
    assert!(x.sentences.len() >= text.len() / MAX_SENTENCE);
    assert_covers(&text, &x);
    // Every window is read: relations are found up to the end of the text.
    let supports = x
        .relations
        .iter()
        .filter(|r| r.kind == RelationKind::Supports)
        .count();
    assert!(supports >= x.sentences.len(), "{supports} relations");
    let last = x.relations.last().unwrap();
    assert!(last.trigger.start > text.len() - 2 * MAX_SENTENCE);
}

#[test]
fn huge_words_are_cut_on_char_boundaries() {
    for unit in ["x", "é", "Россия", "叙利亚", "🇷🇺", "e\u{301}", "\u{200b}a"] {
        let text = unit.repeat(300_000 / unit.len());
        let x = checked(&text);
        assert!(x.sentences.len() >= text.len() / MAX_SENTENCE, "{unit}");
        assert_covers(&text, &x);
    }
}

#[test]
fn hostile_characters_keep_spans_on_char_boundaries() {
    // (name, text, actors that must still be found)
    let rows: &[(&str, &str, &[&str])] = &[
        (
            "crlf",
            "La Russie soutient la Syrie.\r\nLa Turquie a bombardé les milices kurdes.\r\n",
            &["country:RUS", "country:SYR", "country:TUR"],
        ),
        ("lone cr", "Russia backs Syria.\rTurkey shelled Azaz.", &["country:RUS", "country:SYR"]),
        ("bom", "\u{feff}Russia backs Syria.", &["country:RUS", "country:SYR"]),
        ("bom inside", "Russia backs\u{feff} Syria.\u{feff}", &["country:RUS", "country:SYR"]),
        (
            "zero width inside a name",
            "La Rus\u{200b}sie soutient la Sy\u{200d}rie.",
            &["country:RUS", "country:SYR"],
        ),
        (
            "soft hyphen and word joiner",
            "La Rus\u{ad}sie soutient la Syrie\u{2060}.",
            &["country:RUS", "country:SYR"],
        ),
        (
            "combining accents",
            "Les E\u{301}tats-Unis soutiennent l'arme\u{301}e irakienne.",
            &["country:USA"],
        ),
        (
            "control characters",
            "Russia\u{0} backs\u{1b}[0m Syria\u{7}.\u{7f} Turkey\u{8} shelled Azaz.",
            &["country:RUS", "country:SYR"],
        ),
        (
            "c1 controls and line separators",
            "Russia backs Syria.\u{85}Turkey shelled Azaz.\u{2028}The UN\u{9c} urged calm.\u{2029}",
            &["country:RUS", "country:SYR"],
        ),
        (
            "bidirectional marks",
            "\u{202e}Russia\u{202c} backs \u{200f}Syria\u{200e}.",
            &["country:RUS", "country:SYR"],
        ),
        (
            "mixed scripts",
            "Россия (la Russie) soutient 叙利亚, la Syrie, dit العربية.",
            &["country:RUS", "country:SYR"],
        ),
        (
            "emoji",
            "🇷🇺 Russia 🔥 backs Syria 👍🏽. 👨‍👩‍👧 Turkey 💣 shelled Azaz!",
            &["country:RUS", "country:SYR"],
        ),
        (
            "typographic quotes",
            "« La Russie soutient la Syrie », a déclaré Dmitri Peskov. “Russia backs Syria,” he said.",
            &["country:RUS", "country:SYR"],
        ),
        (
            "special case mappings",
            "İstanbul: Turkey shelled Kurdish militias. Straße ﬁn \u{212a}elvin Ǆ Ⅻ.",
            &["country:TUR"],
        ),
        ("replacement characters", "\u{fffd}Russia\u{fffd} backs Syria.", &["country:RUS"]),
        ("nul bytes only between", "\u{0}\u{0}\u{0}", &[]),
        ("unclosed quote", &format!("« {}", "la Russie soutient la Syrie ".repeat(200)), &["country:RUS"]),
        ("terminators only", &".?!…".repeat(1000), &[]),
        ("quotes only", &"«»\"“”".repeat(1000), &[]),
        ("newlines and spaces between letters", &"a \n".repeat(5000), &[]),
    ];
    for (name, text, want) in rows {
        let x = checked(text);
        let found = ids(&x);
        for id in *want {
            assert!(found.contains(id), "{name}: {id} not in {found:?}");
        }
    }
}

#[test]
fn crlf_bom_and_zero_width_do_not_change_what_is_found() {
    let text = "La Russie a assuré qu'elle allait continuer de mener ses frappes aériennes \
        pour aider Damas.\nLe porte-parole du Kremlin, Dmitri Peskov, a critiqué la Turquie.\n\
        Turkey shelled Kurdish militias in northern Syria.\n";
    let plain = checked(text);
    assert!(!plain.relations.is_empty());
    let variants = [
        text.replace('\n', "\r\n"),
        format!("\u{feff}{text}"),
        text.replace("Kremlin", "Krem\u{200b}lin"),
    ];
    for variant in &variants {
        let x = checked(variant);
        assert_eq!(ids(&x), ids(&plain), "{variant:?}");
        assert_eq!(facts(&x), facts(&plain), "{variant:?}");
    }
}

// ---------------------------------------------------------------------------
// User lexicons.

fn lexicon_error(texts: &[(&str, &str)]) -> (String, usize, String) {
    let mut builder = Extractor::builder();
    for (name, text) in texts {
        builder.lexicon_str(name, text);
    }
    match builder.build() {
        Err(Error::Lexicon { name, line, reason }) => (name, line, reason),
        Err(e) => panic!("not a lexicon error: {e}"),
        Ok(_) => panic!("built: {texts:?}"),
    }
}

#[test]
fn malformed_user_lexicons_name_file_line_and_reason() {
    const ACTOR: &str = "actor\tgroup:fvb\tarmed_group\tSYR\tREB\t-\tFree Valley Brigades\n";
    // (name, lexicon, line, piece of the reason)
    let rows: &[(&str, String, usize, &str)] = &[
        (
            "missing columns",
            "actor\tgroup:fvb\tarmed_group\n".into(),
            1,
            "expected 7 to 9 tab-separated columns, found 3",
        ),
        (
            "alias without actor column",
            format!("{ACTOR}alias\ten\tFVB\n"),
            2,
            "expected 4 to 5 tab-separated columns, found 3",
        ),
        (
            "spaces instead of tabs",
            "actor group:fvb armed_group SYR REB - Free Valley Brigades\n".into(),
            1,
            "unknown record type",
        ),
        (
            "unknown record type",
            "# comment\n\nactr\tx\n".into(),
            3,
            "unknown record type \"actr\"",
        ),
        (
            "unknown actor id",
            format!("{ACTOR}alias\ten\tFVB\tgroup:nope\tcs\n"),
            2,
            "unknown actor id \"group:nope\"",
        ),
        (
            "bad ISO3 code",
            "actor\tgroup:fvb\tarmed_group\tSyria\tREB\t-\tFVB\n".into(),
            1,
            "invalid ISO 3166-1 alpha-3 code \"Syria\"",
        ),
        (
            "lowercase ISO3 code",
            "actor\tgroup:fvb\tarmed_group\tsyr\tREB\t-\tFVB\n".into(),
            1,
            "invalid ISO 3166-1 alpha-3 code \"syr\"",
        ),
        (
            "duplicate id",
            format!("{ACTOR}# again\n{ACTOR}"),
            3,
            "duplicate actor id \"group:fvb\" (first defined on line 1)",
        ),
        (
            "unknown parent",
            format!("# header\n{}", ACTOR.replace("REB\t-", "REB\tgroup:nope")),
            2,
            "unknown parent actor id \"group:nope\"",
        ),
        (
            "unknown kind",
            ACTOR.replace("armed_group", "militia"),
            1,
            "militia",
        ),
        ("unknown sector", ACTOR.replace("REB", "XXX"), 1, "XXX"),
        (
            "missing label",
            ACTOR.replace("Free Valley Brigades", "-"),
            1,
            "missing label",
        ),
        (
            "invalid id",
            ACTOR.replace("group:fvb", "group fvb"),
            1,
            "invalid actor id",
        ),
        (
            "unknown language",
            format!("{ACTOR}alias\tde\tFVB\tgroup:fvb\tcs\n"),
            2,
            "de",
        ),
        (
            "unknown alias flag",
            format!("{ACTOR}alias\ten\tFVB\tgroup:fvb\tshouty\n"),
            2,
            "unknown alias flag \"shouty\"",
        ),
        (
            "unknown trigger kind",
            "trigger\ten\tambush\thugs\tverb\tobj\t-\n".into(),
            1,
            "hugs",
        ),
        (
            "unknown part of speech",
            "trigger\ten\tambush\tattacks\tadverb\tobj\t-\n".into(),
            1,
            "unknown part of speech \"adverb\"",
        ),
        (
            "unknown trigger flag",
            "trigger\ten\tambush\tattacks\tverb\tobj\tloud\n".into(),
            1,
            "unknown trigger flag \"loud\"",
        ),
        (
            "crlf, bom and comments count as lines",
            format!(
                "\u{feff}# header\r\n\r\n{}alias\ten\tFVB\tgroup:nope\r\n",
                ACTOR.replace('\n', "\r\n")
            ),
            4,
            "unknown actor id",
        ),
    ];
    for (name, text, line, reason) in rows {
        let got = lexicon_error(&[("my.tsv", text)]);
        assert_eq!(
            (got.0.as_str(), got.1),
            ("my.tsv", *line),
            "{name}: {}",
            got.2
        );
        assert!(got.2.contains(reason), "{name}: {}", got.2);
    }
    let message = Extractor::builder()
        .lexicon_str(
            "my.tsv",
            &format!("{ACTOR}alias\ten\tFVB\tgroup:nope\tcs\n"),
        )
        .build()
        .err()
        .unwrap()
        .to_string();
    assert_eq!(
        message,
        "lexicon my.tsv, line 2: unknown actor id \"group:nope\""
    );
}

#[test]
fn the_bad_one_of_several_lexicons_is_named() {
    let good = "actor\tgroup:fvb\tarmed_group\tSYR\tREB\t-\tFree Valley Brigades\n";
    let bad = "alias\ten\tFVB\tgroup:fvb\tcs\nalias\ten\tX\tgroup:none\tcs\n";
    // The second may use the first's actors; its own error is its own.
    assert_eq!(
        lexicon_error(&[("a.tsv", good), ("b.tsv", bad)]),
        (
            "b.tsv".to_string(),
            2,
            "unknown actor id \"group:none\"".to_string()
        )
    );
    // The same id in two files is an override, not a duplicate.
    let other = good.replace("Free Valley Brigades", "FVB");
    let extractor = Extractor::builder()
        .lexicon_str("a.tsv", good)
        .lexicon_str("b.tsv", &other)
        .build()
        .unwrap();
    let x = extractor.extract("The FVB attacked Syrian troops.");
    let _ = check_extraction("The FVB attacked Syrian troops.", &x);
}

#[test]
fn valid_user_lexicon_with_crlf_bom_and_comments_builds() {
    let text = "\u{feff}# my actors\r\n\
        actor\tgroup:fvb\tarmed_group\tSYR\tREB\t-\tFree Valley Brigades\r\n\
        \r\n\
        alias\ten\tFree Valley Brigades\tgroup:fvb\tcap,pl\r\n\
        trigger\ten\tambush\tattacks\tverb\tobj\t-\r\n";
    let extractor = Extractor::builder()
        .lexicon_str("my.tsv", text)
        .build()
        .unwrap();
    let sentence = "The Free Valley Brigades ambushed Turkish troops.";
    let x = extractor.extract(sentence);
    check_extraction(sentence, &x).unwrap();
    assert!(x.actors.contains_key(&ActorId::new("group:fvb")), "{x:?}");
    assert!(
        x.relations
            .iter()
            .any(|r| r.kind == RelationKind::Attacks && r.source.as_str() == "group:fvb"),
        "{:?}",
        x.relations
    );
}

#[test]
fn lexicon_file_errors_name_file_and_line() {
    let dir = std::env::temp_dir().join(format!("newsgraph-robustness-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let latin1 = dir.join("latin1.tsv");
    std::fs::write(
        &latin1,
        b"# ok\nactor\tgroup:x\tgroup\t-\t-\t-\tX\nalias\tfr\tArm\xe9e X\tgroup:x\tf\n",
    )
    .unwrap();
    match Extractor::builder().lexicon_file(&latin1) {
        Err(Error::Lexicon { name, line, reason }) => {
            assert!(name.ends_with("latin1.tsv"), "{name}");
            assert_eq!(line, 3);
            assert_eq!(reason, "invalid UTF-8 at byte 45 (byte 13 of the line)");
        }
        other => panic!("{:?}", other.map(|_| ())),
    }
    for path in [
        dir.join("missing.tsv"),
        dir.clone(),
        latin1.join("child.tsv"),
    ] {
        match Extractor::builder().lexicon_file(&path) {
            Err(e @ Error::Io { .. }) => {
                assert!(
                    e.to_string().starts_with(&path.display().to_string()),
                    "{e}"
                )
            }
            other => panic!("{}: {:?}", path.display(), other.map(|_| ())),
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

// ---------------------------------------------------------------------------
// Properties.

/// Words and names that the lexicons know, so that random text reaches the
/// actor and relation stages, not only the segmenter.
const NEWS: &[&str] = &[
    "La Russie",
    "la Syrie",
    "la Turquie",
    "Moscou",
    "Damas",
    "Ankara",
    "le Kremlin",
    "Dmitri Peskov",
    "le porte-parole du Kremlin,",
    "l'armée turque",
    "les milices kurdes",
    "l'ONU",
    "les États-Unis",
    "Washington",
    "Bachar al-Assad",
    "Recep Tayyip Erdoğan",
    "a bombardé",
    "soutient",
    "a accusé",
    "a condamné",
    "n'a pas",
    "va continuer de",
    "aider",
    "a déclaré",
    "selon l'AFP",
    "elle",
    "ils",
    "le régime",
    "contre",
    "à",
    "de",
    "en",
    "et",
    "Russia",
    "Syria",
    "Turkey",
    "the Kremlin",
    "Turkish artillery",
    "Kurdish militias",
    "the UN",
    "the United States",
    "shelled",
    "backs",
    "urged",
    "to stop",
    "did not",
    "condemned",
    "said",
    "spokesman",
    "on Saturday",
    "they",
    "the regime",
    "against",
    "in",
    "of",
    "Vladimir Putin",
    "M.",
    "Mme",
    "U.S.",
    "EU",
    "UN",
    "un",
    "WHO",
    "who",
    "Azaz",
    "Alep",
    "Aleppo",
];

/// Characters and fragments that break naive text code.
const HOSTILE: &[&str] = &[
    "\u{feff}",
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    "\t",
    "\u{0}",
    "\u{1}",
    "\u{7}",
    "\u{1b}[0m",
    "\u{7f}",
    "\u{85}",
    "\u{a0}",
    "\u{ad}",
    "\u{200b}",
    "\u{200c}",
    "\u{200d}",
    "\u{200e}",
    "\u{200f}",
    "\u{202e}",
    "\u{2028}",
    "\u{2029}",
    "\u{2060}",
    "\u{3000}",
    "\u{fffd}",
    "\u{fe0f}",
    "e\u{301}",
    "\u{301}",
    "ß",
    "İ",
    "ı",
    "\u{212a}",
    "ﬁ",
    "Ǆ",
    "ǅ",
    "Ⅻ",
    "Ａｂｃ",
    "Москва",
    "Россия",
    "叙利亚",
    "俄罗斯",
    "العربية",
    "سوريا",
    "עברית",
    "ไทย",
    "한국",
    "😀",
    "🇷🇺",
    "👍🏽",
    "👨‍👩‍👧",
    "🔥",
    "«",
    "»",
    "« ",
    " »",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    ".",
    ". ",
    "!",
    "?",
    "?!",
    "…",
    "...",
    ",",
    ";",
    ":",
    "—",
    "–",
    "-",
    "(AFP)",
    "(",
    ")",
    ">>",
    "À lire aussi :",
    "Par ",
    "MOSCOU (AFP) - ",
    "©",
    "<",
    "&",
    "\\",
    "{",
];

fn arb_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(NEWS).prop_map(str::to_string),
        3 => prop::sample::select(HOSTILE).prop_map(str::to_string),
        4 => Just(" ".to_string()),
        1 => any::<char>().prop_map(String::from),
        1 => "\\PC{1,6}",
    ]
}

/// News words, hostile characters and random characters, mixed.
fn arb_text() -> impl Strategy<Value = String> {
    prop::collection::vec(arb_piece(), 0..80).prop_map(|pieces| pieces.concat())
}

/// Bytes: mostly text, with invalid sequences spliced in.
fn arb_bytes() -> impl Strategy<Value = Vec<u8>> {
    (
        arb_text(),
        prop::collection::vec((any::<Index>(), any::<u8>()), 0..4),
    )
        .prop_map(|(text, junk)| {
            let mut bytes = text.into_bytes();
            for (at, byte) in junk {
                let at = at.index(bytes.len() + 1);
                bytes.insert(at, byte);
            }
            bytes
        })
}

/// True when Graphviz `dot` is on PATH (CI installs it).
fn graphviz() -> bool {
    static AVAILABLE: LazyLock<bool> = LazyLock::new(|| {
        let ok = Command::new("dot")
            .arg("-V")
            .output()
            .is_ok_and(|o| o.status.success());
        if !ok {
            eprintln!("skipped: Graphviz `dot` not found (apt-get install graphviz)");
        }
        ok
    });
    *AVAILABLE
}

/// Runs `dot -Tsvg`: an error for a non-zero exit or anything on stderr.
fn dot_parses(dot: &str) -> Result<(), String> {
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut stdin = child.stdin.take().unwrap();
    let input = dot.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    writer.join().unwrap().map_err(|e| e.to_string())?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() || !stderr.is_empty() {
        return Err(format!("dot: {}: {stderr}\n{dot}", out.status));
    }
    Ok(())
}

/// A graph whose ids, labels and aliases are arbitrary strings.
fn arb_labelled_graph() -> impl Strategy<Value = ActorGraph> {
    prop::collection::vec((any::<String>(), any::<String>(), any::<String>()), 1..5).prop_map(
        |actors| {
            let mut x = Extraction::default();
            let mut previous: Option<ActorId> = None;
            for (id, label, alias) in actors {
                let id = ActorId::new(&format!("group:{id}"));
                x.actors.insert(
                    id.clone(),
                    Actor {
                        id: id.clone(),
                        label,
                        kind: ActorKind::Group,
                        country: None,
                        sector: None,
                        parent: None,
                    },
                );
                x.aliases.entry(id.clone()).or_default().push(alias);
                if let Some(source) = previous.replace(id.clone()) {
                    x.relations.push(Relation {
                        source,
                        target: id,
                        kind: RelationKind::Accuses,
                        negated: false,
                        modality: Modality::Asserted,
                        speaker: None,
                        confidence: 0.5,
                        sentence: Span::new(0, 1),
                        trigger: Span::new(0, 1),
                    });
                }
            }
            ActorGraph::from_extraction("labels", &x)
        },
    )
}

/// A graph's node-link JSON with a few edits: cuts, deletions, hostile
/// insertions, byte changes.
fn arb_mangled_json() -> impl Strategy<Value = Vec<u8>> {
    const INSERTS: &[&str] = &[
        "[",
        "]",
        "{",
        "}",
        ",",
        ":",
        "\"",
        "null",
        "true",
        "-1",
        "0",
        "1e400",
        "-0.0",
        "18446744073709551616",
        "NaN",
        "\\u0000",
        "\\ud800",
        "\u{0}",
        "\u{feff}",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        "{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{",
        "\"links\"",
        "\"edges\"",
        "\"nodes\"",
        "\"count\": 0",
        "\"confidence\": 2",
        "\"extra\": {\"deep\": [1, 2, {}]}",
        "\"kind\": \"hugs\"",
        "\"source\": \"nowhere\"",
    ];
    #[derive(Debug, Clone)]
    enum Edit {
        Cut(Index),
        Delete(Index, usize),
        Insert(Index, &'static str),
        Byte(Index, u8),
    }
    let edit = prop_oneof![
        1 => any::<Index>().prop_map(Edit::Cut),
        3 => (any::<Index>(), 1usize..40).prop_map(|(i, n)| Edit::Delete(i, n)),
        4 => (any::<Index>(), prop::sample::select(INSERTS)).prop_map(|(i, s)| Edit::Insert(i, s)),
        2 => (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Edit::Byte(i, b)),
    ];
    (arb_text(), prop::collection::vec(edit, 1..4)).prop_map(|(text, edits)| {
        let x = EXTRACTOR.extract(&format!("{} {text}", SEED_STORY));
        let mut bytes = to_json(&ActorGraph::from_extraction("doc", &x)).into_bytes();
        for edit in edits {
            let n = bytes.len();
            match edit {
                Edit::Cut(i) => bytes.truncate(i.index(n + 1)),
                Edit::Delete(i, len) => {
                    let at = i.index(n + 1);
                    bytes.drain(at..(at + len).min(n));
                }
                Edit::Insert(i, s) => {
                    let at = i.index(n + 1);
                    bytes.splice(at..at, s.bytes());
                }
                Edit::Byte(i, b) if n > 0 => bytes[i.index(n)] = b,
                Edit::Byte(..) => {}
            }
        }
        bytes
    })
}

/// A short story with relations, speakers and negation, so that mangled JSON
/// has every field to break.
const SEED_STORY: &str = "La Russie a assuré qu'elle allait continuer de mener ses frappes \
    pour aider Damas. Le porte-parole du Kremlin, Dmitri Peskov, a critiqué la Turquie. \
    Turkey did not attack Syria. The UN urged Russia to stop.";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn news_text_with_hostile_characters_keeps_span_invariants(text in arb_text()) {
        let x = EXTRACTOR.extract(&text);
        prop_assert!(check_extraction(&text, &x).is_ok(), "{:?}", check_extraction(&text, &x));
        // Deterministic, and the same through the bytes entry point.
        prop_assert_eq!(&EXTRACTOR.extract(&text), &x);
        prop_assert_eq!(&EXTRACTOR.extract_bytes(text.as_bytes(), false).unwrap(), &x);
        for lang in Lang::ALL {
            let forced = EXTRACTOR.extract_lang(&text, Some(lang));
            prop_assert!(check_extraction(&text, &forced).is_ok(), "{:?}", check_extraction(&text, &forced));
            prop_assert!(text.trim().is_empty() || forced.lang == Some(lang));
        }
    }

    #[test]
    fn any_string_keeps_span_invariants(text in any::<String>()) {
        let x = EXTRACTOR.extract(&text);
        prop_assert!(check_extraction(&text, &x).is_ok(), "{:?}", check_extraction(&text, &x));
    }

    #[test]
    fn any_bytes_decode_strictly_or_lossily(bytes in arb_bytes()) {
        match (EXTRACTOR.extract_bytes(&bytes, false), std::str::from_utf8(&bytes)) {
            (Ok(x), Ok(text)) => prop_assert!(check_extraction(text, &x).is_ok()),
            (Err(Error::Utf8 { offset }), Err(e)) => prop_assert_eq!(offset, e.valid_up_to()),
            (result, decoded) => prop_assert!(false, "{:?} / {:?}", result.map(|_| ()), decoded),
        }
        let decoded = String::from_utf8_lossy(&bytes);
        let lossy = EXTRACTOR.extract_bytes(&bytes, true).unwrap();
        prop_assert!(check_extraction(&decoded, &lossy).is_ok(), "{:?}", check_extraction(&decoded, &lossy));
    }

    #[test]
    fn extracted_graphs_round_trip_through_json(texts in prop::collection::vec(arb_text(), 1..4)) {
        let mut graph = ActorGraph::new();
        for (i, text) in texts.iter().enumerate() {
            graph.add_extraction(&format!("doc{i}"), &EXTRACTOR.extract(text));
        }
        let json = to_json(&graph);
        let back = from_json(&json).unwrap();
        prop_assert_eq!(&to_json(&back), &json);
        prop_assert_eq!(read_json(json.as_bytes()).unwrap(), back);
    }

    #[test]
    fn mangled_json_is_an_error_or_round_trips(bytes in arb_mangled_json()) {
        let from_bytes = read_json(bytes.as_slice());
        let Ok(text) = std::str::from_utf8(&bytes) else {
            prop_assert!(from_bytes.is_err());
            return Ok(());
        };
        match from_json(text) {
            Ok(graph) => {
                let from_bytes = from_bytes.ok();
                prop_assert_eq!(from_bytes.as_ref(), Some(&graph));
                let json = to_json(&graph);
                prop_assert_eq!(to_json(&from_json(&json).unwrap()), json);
            }
            Err(Error::GraphJson { reason, .. }) => {
                prop_assert!(!reason.is_empty());
                prop_assert!(from_bytes.is_err());
            }
            Err(e) => prop_assert!(false, "not a graph JSON error: {}", e),
        }
    }

    #[test]
    fn merge_laws_hold_for_extracted_graphs(a in arb_text(), b in arb_text(), c in arb_text()) {
        let (xa, xb, xc) = (EXTRACTOR.extract(&a), EXTRACTOR.extract(&b), EXTRACTOR.extract(&c));
        let (ga, gb, gc) = (
            ActorGraph::from_extraction("a", &xa),
            ActorGraph::from_extraction("b", &xb),
            ActorGraph::from_extraction("c", &xc),
        );
        let ab = ActorGraph::merged(&ga, &gb);
        prop_assert_eq!(to_json(&ab), to_json(&ActorGraph::merged(&gb, &ga)));
        prop_assert_eq!(
            to_json(&ActorGraph::merged(&ab, &gc)),
            to_json(&ActorGraph::merged(&ga, &ActorGraph::merged(&gb, &gc)))
        );
        prop_assert_eq!(to_json(&ActorGraph::merged(&ga, &ActorGraph::new())), to_json(&ga));
        // Adding extractions one by one gives the merged graph.
        let mut added = ActorGraph::new();
        added.add_extraction("a", &xa);
        added.add_extraction("b", &xb);
        prop_assert_eq!(to_json(&added), to_json(&ab));
        // Counts and mentions add up.
        for (source, target, edge) in ab.edges() {
            let count = |g: &ActorGraph| g.edge(source, target, edge.kind, edge.negated).map_or(0, |e| e.count);
            prop_assert_eq!(edge.count, count(&ga) + count(&gb));
        }
        for node in ab.nodes() {
            let mentions = |g: &ActorGraph| g.node(&node.actor.id).map_or(0, |n| n.mentions);
            prop_assert_eq!(node.mentions, mentions(&ga) + mentions(&gb));
        }
    }
}

proptest! {
    // Longer texts, and one `dot` process per case: fewer cases.
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn long_texts_are_windowed_and_keep_span_invariants(text in arb_text(), times in 1usize..60) {
        let text = text.replace(['.', '!', '?', '…', '\n'], " ").repeat(times);
        let x = EXTRACTOR.extract(&text);
        prop_assert!(check_extraction(&text, &x).is_ok(), "{:?}", check_extraction(&text, &x));
    }

    #[test]
    fn dot_of_extracted_graphs_parses(text in arb_text()) {
        if graphviz() {
            let graph = ActorGraph::from_extraction("doc", &EXTRACTOR.extract(&format!("{SEED_STORY} {text}")));
            prop_assert!(graph.edge_count() > 0);
            let result = dot_parses(&to_dot(&graph));
            prop_assert!(result.is_ok(), "{}", result.unwrap_err());
        }
    }

    #[test]
    fn dot_of_arbitrary_labels_parses(graph in arb_labelled_graph()) {
        if graphviz() {
            let result = dot_parses(&to_dot(&graph));
            prop_assert!(result.is_ok(), "{}", result.unwrap_err());
        }
    }
}

// ---------------------------------------------------------------------------
// Regressions found by fuzzing (`cargo +nightly fuzz run <target>`): each is
// named after what broke, with a comment on its cause.

/// Found by `mangled_json_is_an_error_or_round_trips`: `read_json` went
/// through `serde_json::from_reader`, which skips the strings of ignored
/// fields without checking their UTF-8, so it accepted bytes that
/// `from_json` cannot even be given. It now decodes the whole input first.
#[test]
fn regression_read_json_invalid_utf8_in_ignored_field() {
    let json = b"{\"graph\": {\"generator\": \"\x80ewsgraph\"}, \"nodes\": [], \"edges\": []}";
    match read_json(&json[..]) {
        Err(Error::GraphJson { reason, .. }) => assert_eq!(reason, "invalid UTF-8 at byte 25"),
        other => panic!("{other:?}"),
    }
    let valid = String::from_utf8_lossy(json);
    assert_eq!(
        read_json(valid.as_bytes()).unwrap(),
        from_json(&valid).unwrap()
    );
}

// Found by running 50 MB single-line texts through `newsgraph extract` and
// timing 1, 2, 5 and 50 MB: both were quadratic. Time is measured by the
// `hostile` group of `benches/scaling.rs`; these check that the fixes kept
// the results.

/// Building the graph of a document re-sorted the whole evidence list of an
/// edge once per relation: a 1 MB line of "la Russie soutient la Syrie …"
/// (75,000 relations on a few edges) took 7.7 s, 2 MB 26 s. Evidence that
/// sorts after the list is now appended as it is.
#[test]
fn regression_many_relations_on_one_edge() {
    let phrase = "la Russie soutient la Syrie et Moscou aide Damas ";
    let text = phrase.repeat(40_000 / phrase.len());
    let x = checked(&text);
    let graph = ActorGraph::from_extraction("doc", &x);
    let mut evidence = 0;
    for (_, _, edge) in graph.edges() {
        evidence += edge.evidence.len();
        assert!(edge.count >= edge.evidence.len());
        assert!(edge.evidence.windows(2).all(|w| w[0] <= w[1]));
    }
    assert_eq!(evidence, x.relations.len());
    assert!(x.relations.len() > 1000, "{}", x.relations.len());
    // Out of order: the second document's evidence sorts before the first's.
    let mut merged = ActorGraph::from_extraction("z", &x);
    merged.add_extraction("a", &x);
    for (_, _, edge) in merged.edges() {
        assert!(edge.evidence.windows(2).all(|w| w[0] <= w[1]));
    }
    // The fast path (in order) and the sort give the same graph.
    let in_order = ActorGraph::merged(
        &ActorGraph::from_extraction("a", &x),
        &ActorGraph::from_extraction("z", &x),
    );
    assert_eq!(to_json(&merged), to_json(&in_order));
}

/// Each new surface form of an actor was looked up in the list of those
/// seen with a linear search: a text spelling one actor in ever new ways
/// ("Russie" with combining marks, which folding removes) was quadratic
/// (2 MB 11 s, 4 MB 39 s). A set now sits beside the ordered lists.
#[test]
fn regression_many_spellings_of_one_actor() {
    let marks: Vec<char> = ('\u{300}'..='\u{36f}').collect();
    let mut text = String::new();
    let mut spellings = Vec::new();
    for &a in &marks {
        for &b in &marks[..20] {
            spellings.push(format!("Ru{a}ss{b}ie"));
        }
    }
    // Every spelling twice, then the first ones again.
    for w in spellings.iter().chain(&spellings).chain(&spellings[..10]) {
        text.push_str(&format!("La {w} soutient la Syrie. "));
    }
    let x = checked(&text);
    assert_eq!(x.aliases[&ActorId::new("country:RUS")], spellings);
}
