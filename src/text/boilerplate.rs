//! Recognising lines that are not part of the story: links to related
//! stories, credits, bylines, photo credits and wire datelines.

use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

/// Folded openings of related-story links.
const LINK_OPENINGS: &[&str] = &[
    "a lire aussi",
    "a lire egalement",
    "a lire sur",
    "a lire",
    "lire aussi",
    "lire egalement",
    "lire la suite",
    "voir aussi",
    "a voir aussi",
    "a voir",
    "a ecouter",
    "a revoir",
    "read more",
    "read also",
    "also read",
    "see also",
    "related",
    "more on this",
    "watch",
    "recommended",
    "further reading",
    "en savoir plus",
    "sur le meme sujet",
];

/// Folded openings of credit and byline lines.
const CREDIT_OPENINGS: &[&str] = &[
    "avec afp",
    "avec reuters",
    "avec ap",
    "avec agences",
    "avec l afp",
    "avec dpa",
    "with afp",
    "with reuters",
    "with ap",
    "with agencies",
    "source",
    "sources",
    "photo",
    "photos",
    "credit",
    "credits",
    "copyright",
    "reporting by",
    "editing by",
    "writing by",
    "additional reporting",
    "compiled by",
    "par la redaction",
    "la redaction",
    "by ",
    "par ",
];

/// Wire agencies whose names make up whole credit lines (as words in
/// [`AGENCY_WORDS`]).
#[cfg(test)]
const AGENCIES: &[&str] = &[
    "afp",
    "reuters",
    "ap",
    "dpa",
    "ats",
    "belga",
    "efe",
    "ansa",
    "tass",
    "xinhua",
    "anadolu",
    "agences",
    "agencies",
    "france 24",
    "rfi",
    "bbc",
];

/// The words of the wire agencies (and "24" of "France 24"): what an agency line is made of.
const AGENCY_WORDS: &[&str] = &[
    "afp", "reuters", "ap", "dpa", "ats", "belga", "efe", "ansa", "tass", "xinhua", "anadolu",
    "agences", "agencies", "france", "24", "rfi", "bbc",
];

/// For each byte, the bit set (bit `i` for entry `i`) of the openings of
/// `list` that start with it; `list` has at most 32 entries.
const fn by_first_byte(list: &[&str]) -> [u32; 256] {
    assert!(list.len() <= 32);
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < list.len() {
        t[list[i].as_bytes()[0] as usize] |= 1 << i;
        i += 1;
    }
    t
}

/// [`LINK_OPENINGS`] by first byte (see [`by_first_byte`]).
static LINKS_BY_FIRST: [u32; 256] = by_first_byte(LINK_OPENINGS);
/// [`CREDIT_OPENINGS`] by first byte (see [`by_first_byte`]).
static CREDITS_BY_FIRST: [u32; 256] = by_first_byte(CREDIT_OPENINGS);

/// True when `pred` holds for an entry of `list` in the bit set `set`.
fn any_of(list: &[&str], mut set: u32, pred: impl Fn(&str) -> bool) -> bool {
    while set != 0 {
        if pred(list[set.trailing_zeros() as usize]) {
            return true;
        }
        set &= set - 1;
    }
    false
}

/// The agencies [`DATELINE`] accepts, each with its closing parenthesis.
const DATELINE_AGENCIES: &[&str] = &[
    "AFP)",
    "Reuters)",
    "AP)",
    "Reuters/AFP)",
    "dpa)",
    "ATS)",
    "Belga)",
    "EFE)",
    "ANSA)",
    "TASS)",
    "Xinhua)",
    "Anadolu)",
];

/// "MOSCOW (Reuters) - ", "Beyrouth (AFP) – ", "KYIV, Ukraine (AP) — ".
/// The place is at most [`DATELINE_PLACE`] chars; that bound is checked
/// apart ([`dateline_match`]): written as a counted repetition of a Unicode
/// class, it made the regex take some 20 ms to compile.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[\p{Lu}][\p{L}\p{M} .,'’-]*\((?:AFP|Reuters|AP|Reuters/AFP|dpa|ATS|Belga|EFE|ANSA|TASS|Xinhua|Anadolu)\)\s*[-–—:]\s*",
    )
    .expect("dateline regex is valid")
});

/// The most chars of a dateline's place after its capital.
const DATELINE_PLACE: usize = 60;

/// The end of the dateline opening `text`, if any.
fn dateline_match(text: &str) -> Option<usize> {
    let m = DATELINE.find(text)?;
    // The place's chars exclude `(`: the first one closes it.
    let open = text[..m.end()].find('(')?;
    (text[..open].chars().count() <= DATELINE_PLACE + 1).then_some(m.end())
}

/// Compile what classification needs now rather than on the first
/// paragraph (called when an extractor is built).
pub(crate) fn warm_up() {
    LazyLock::force(&DATELINE);
}

/// What a paragraph is, as far as boilerplate goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Story text.
    Content,
    /// The whole paragraph is a link, credit or byline.
    Boilerplate,
    /// A wire dateline prefix of this many bytes, then story text.
    Dateline(usize),
}

/// Classify one paragraph, given its text and its folded text (see
/// [`super::normalize::Folded`]).
pub(crate) fn classify(paragraph: &str, folded: &str) -> Kind {
    let trimmed = paragraph.trim_start();
    if trimmed.starts_with(">>")
        || trimmed.starts_with('»')
        || trimmed.starts_with('►')
        || trimmed.starts_with('→')
    {
        return Kind::Boilerplate;
    }
    // Only the opening matters.
    let head = folded.trim_start();
    let after_opening = |op: &str| {
        opening(head, op).is_some_and(|rest| {
            op.ends_with(' ') || rest.is_empty() || rest.starts_with([' ', ':', ',', '.'])
        })
    };
    // An opening's first byte (a letter) must be the first byte of `head`:
    // only the openings starting with it are tried.
    let first = head.as_bytes().first().map_or(0, |&b| usize::from(b));
    if any_of(LINK_OPENINGS, LINKS_BY_FIRST[first], after_opening)
        && (prefix(trimmed, 80).contains(':') || trimmed.len() < 200)
    {
        return Kind::Boilerplate;
    }
    if trimmed.len() > 120 {
        // Credits, copyright and agency lines are short.
        return dateline(paragraph, trimmed);
    }
    if any_of(CREDIT_OPENINGS, CREDITS_BY_FIRST[first], after_opening)
        && trimmed.split_whitespace().count() <= 12
    {
        // "By Jane Doe", "Par Jean Dupont", "Avec AFP", "Photo : AFP".
        let is_byline = opening(head, "by ").is_some() || opening(head, "par ").is_some();
        if !is_byline || byline_names(trimmed) {
            return Kind::Boilerplate;
        }
    }
    if trimmed.starts_with('©') || trimmed.starts_with("(c)") {
        return Kind::Boilerplate;
    }
    // A line made only of agency names and punctuation: "AFP", "— AFP", "(Reuters)".
    let only_agencies = !head.trim_end().is_empty()
        && head
            .split([' ', ',', '/', '(', ')', '.', '"', '&'])
            .filter(|w| !w.is_empty() && *w != "et" && *w != "and")
            .all(|w| AGENCY_WORDS.contains(&w));
    if only_agencies {
        return Kind::Boilerplate;
    }
    dateline(paragraph, trimmed)
}

/// What follows `op` at the start of folded `head`, where each space of
/// `op` matches a run of white space.
fn opening<'h>(head: &'h str, op: &str) -> Option<&'h str> {
    let h = head.as_bytes();
    let mut i = 0;
    for &c in op.as_bytes() {
        if c == b' ' {
            if !h.get(i).is_some_and(u8::is_ascii_whitespace) {
                return None;
            }
            while h.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
        } else if h.get(i) == Some(&c) {
            i += 1;
        } else {
            return None;
        }
    }
    // `op` is ASCII, so `i` is on a char boundary.
    head.get(i..)
}

/// The longest prefix of `s` of at most `max` bytes that ends on a char
/// boundary.
fn prefix(s: &str, max: usize) -> &str {
    let mut cut = s.len().min(max);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    &s[..cut]
}

/// A wire dateline at the start of `trimmed` (a suffix of `paragraph`), or
/// story text.
fn dateline(paragraph: &str, trimmed: &str) -> Kind {
    // A dateline fits in its first 256 bytes (61 letters, an agency in
    // parentheses, a dash).
    let opening = prefix(trimmed, 256);
    // The regex's parenthesis is the first one (its letters exclude `(`),
    // after at most 61 chars, and an agency and `)` follow it: test that
    // before running the regex.
    let Some(open) = paren_within(opening, DATELINE_PLACE + 1) else {
        return Kind::Content;
    };
    let after = &opening[open + 1..];
    if !DATELINE_AGENCIES.iter().any(|a| after.starts_with(a)) {
        return Kind::Content;
    }
    if let Some(end) = dateline_match(opening) {
        return Kind::Dateline(paragraph.len() - trimmed.len() + end);
    }
    Kind::Content
}

/// `0x01` in every byte of a word.
const ONES: u64 = u64::from_le_bytes([0x01; 8]);
/// `0x80` in every byte of a word.
const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);

/// The byte offset of the first `(` of `s`, if at most `max` chars come
/// before it. Eight bytes per step, counting chars by their lead bytes, so
/// that a paragraph without a dateline costs a few steps whatever its
/// script.
fn paren_within(s: &str, max: usize) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    // Continuation bytes (0b10xxxxxx) before `b[i]`: `i - conts` chars
    // begin before it. They are few, so they are counted one by one.
    let mut conts = 0;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut le = [0u8; 8];
        le.copy_from_slice(chunk);
        let w = u64::from_le_bytes(le);
        // The high bit of the bytes equal to `(`, exact up to the first one
        // (a borrow only marks bytes above a true match), and of the
        // continuation bytes.
        let t = w ^ (ONES * u64::from(b'('));
        let paren = t.wrapping_sub(ONES) & !t & HIGHS;
        let mut cont = w & !(w << 1) & HIGHS;
        if paren != 0 {
            let k = paren.trailing_zeros() as usize / 8;
            conts += (cont & ((1u64 << (8 * k)) - 1)).count_ones() as usize;
            return (i + k - conts <= max).then_some(i + k);
        }
        while cont != 0 {
            conts += 1;
            cont &= cont - 1;
        }
        i += 8;
        if i - conts > max {
            return None;
        }
    }
    for (k, &x) in b[i..].iter().enumerate() {
        if x == b'(' {
            return (i + k - conts <= max).then_some(i + k);
        }
        if x & 0xC0 == 0x80 {
            conts += 1;
        }
    }
    None
}

/// True when a "By …"/"Par …" line is just names: a few capitalised words.
fn byline_names(line: &str) -> bool {
    let mut words = line.split_whitespace();
    words.next();
    let rest: Vec<&str> = words.collect();
    !rest.is_empty()
        && rest.len() <= 8
        && rest.iter().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty()
                || w.chars().next().is_some_and(|c| c.is_uppercase())
                || matches!(w, "and" | "et" | "in" | "à" | "de" | "with" | "avec")
        })
}

/// Trailing credit inside a story paragraph: "... ont-ils ajouté. (AFP)".
pub(crate) fn trailing_credit(paragraph: &str, start: usize) -> Option<Span> {
    let t = paragraph.trim_end();
    // Every credit below ends with `)` or `P`.
    if !matches!(t.as_bytes().last(), Some(b')' | b'P')) {
        return None;
    }
    for suffix in [
        "(AFP)",
        "(Reuters)",
        "(AP)",
        "- AFP",
        "— AFP",
        "– AFP",
        "/AFP",
    ] {
        if t.ends_with(suffix) && t.len() > suffix.len() {
            let s = start + t.len() - suffix.len();
            return Some(Span::new(s, start + t.len()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::Folded;

    #[test]
    fn paren_within_finds_the_first_parenthesis_after_few_chars() {
        let reference = |s: &str, max: usize| {
            let open = s.find('(')?;
            (s[..open].chars().count() <= max).then_some(open)
        };
        let pieces = ["a", "É", "(", " ", "’", "中", "😀", "b)", "Reuters"];
        // Every string of up to 24 pieces from a simple generator.
        let mut x = 12345u64;
        for _ in 0..20_000 {
            let mut s = String::new();
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            for k in 0..(x >> 59) as usize {
                let r = (x >> (k % 50)) as usize ^ (k * 7);
                s.push_str(pieces[r % pieces.len()]);
            }
            for max in [0, 1, 3, 7, 8, 9, 15, 61] {
                assert_eq!(paren_within(&s, max), reference(&s, max), "{s:?} {max}");
            }
        }
    }

    #[test]
    fn boilerplate_table() {
        let rows: &[(&str, Kind)] = &[
            (">> À lire sur France 24 : \"Russie-Turquie : une guerre par procuration en Syrie\"", Kind::Boilerplate),
            ("À lire aussi : Le Kremlin répond", Kind::Boilerplate),
            ("LIRE AUSSI - Syrie : les forces kurdes", Kind::Boilerplate),
            ("Read more: Turkey shells Kurdish militia", Kind::Boilerplate),
            ("READ MORE: Russia vetoes", Kind::Boilerplate),
            ("Avec AFP", Kind::Boilerplate),
            ("With AFP and Reuters", Kind::Boilerplate),
            ("— AFP", Kind::Boilerplate),
            ("(Reuters)", Kind::Boilerplate),
            ("AFP", Kind::Boilerplate),
            ("Photo : AFP / Delil Souleiman", Kind::Boilerplate),
            ("By Jane Doe and John Smith", Kind::Boilerplate),
            ("Par Jean Dupont", Kind::Boilerplate),
            ("© 2016 AFP", Kind::Boilerplate),
            ("Reporting by Tom Perry; Editing by Alex Richardson", Kind::Boilerplate),
            ("La Russie a exprimé ses regrets.", Kind::Content),
            ("By launching strikes, Turkey raised the stakes.", Kind::Content),
            ("Par ailleurs, la Turquie a bombardé des positions kurdes.", Kind::Content),
            ("Avec la Turquie, la Russie a signé un accord.", Kind::Content),
            ("Watching the border, Turkish troops waited.", Kind::Content),
        ];
        for (text, want) in rows {
            assert_eq!(classify(text, &Folded::new(text).text), *want, "{text}");
        }
    }

    #[test]
    fn agency_words_are_the_words_of_agencies() {
        let mut words: Vec<&str> = AGENCIES.iter().flat_map(|a| a.split(' ')).collect();
        words.push("24");
        words.sort_unstable();
        words.dedup();
        let mut listed = AGENCY_WORDS.to_vec();
        listed.sort_unstable();
        assert_eq!(words, listed);
    }

    #[test]
    fn dateline_prefilter_keeps_regex_results() {
        // What `dateline` did before its cheap tests: the regex alone, with
        // the place's bound inside it.
        let original = Regex::new(
            r"^[\p{Lu}][\p{L}\p{M} .,'’-]{0,60}\((?:AFP|Reuters|AP|Reuters/AFP|dpa|ATS|Belga|EFE|ANSA|TASS|Xinhua|Anadolu)\)\s*[-–—:]\s*",
        )
        .expect("valid");
        let reference = |p: &str| {
            let trimmed = p.trim_start();
            match original.find(prefix(trimmed, 256)) {
                Some(m) => Kind::Dateline(p.len() - trimmed.len() + m.end()),
                None => Kind::Content,
            }
        };
        let pieces = [
            "MOSCOW",
            "Beyrouth",
            "KYIV, Ukraine",
            "Édimbourg",
            "Łódź",
            " ",
            ",",
            "(",
            ")",
            "(AFP)",
            "(Reuters)",
            "(AP)",
            "(Reuters/AFP)",
            "(dpa)",
            "(Xinhua)",
            "(afp)",
            "AFP",
            " - ",
            " – ",
            " — ",
            ":",
            "\u{a0}",
            "x",
            "é",
            "日本",
            "3",
            "’",
            "-",
            "Le",
        ];
        let mut seed = 0xda7e_u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..20_000 {
            let mut p = String::new();
            for _ in 0..next(12) {
                p.push_str(pieces[next(pieces.len())]);
            }
            if next(3) == 0 {
                p = format!("{}{p}", "Ab ".repeat(next(30)));
            }
            let trimmed = p.trim_start();
            assert_eq!(dateline(&p, trimmed), reference(&p), "{p:?}");
        }
    }

    #[test]
    fn datelines() {
        let p = "MOSCOW (Reuters) - Russia said on Saturday it would keep bombing.";
        let Kind::Dateline(n) = classify(p, &Folded::new(p).text) else {
            panic!("no dateline")
        };
        assert_eq!(&p[n..], "Russia said on Saturday it would keep bombing.");
        let p = "Beyrouth (AFP) – La Syrie a accusé la Turquie.";
        assert!(matches!(
            classify(p, &Folded::new(p).text),
            Kind::Dateline(_)
        ));
    }

    #[test]
    fn trailing_credits() {
        let p = "Les combats se poursuivent. (AFP)";
        let s = trailing_credit(p, 0).unwrap();
        assert_eq!(s.text(p), "(AFP)");
    }
}
