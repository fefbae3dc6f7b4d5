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

/// Wire agencies whose names make up whole credit lines.
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

/// "MOSCOW (Reuters) - ", "Beyrouth (AFP) – ", "KYIV, Ukraine (AP) — ".
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[\p{Lu}][\p{L}\p{M} .,'’-]{0,60}\((?:AFP|Reuters|AP|Reuters/AFP|dpa|ATS|Belga|EFE|ANSA|TASS|Xinhua|Anadolu)\)\s*[-–—:]\s*",
    )
    .expect("dateline regex is valid")
});

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
    if LINK_OPENINGS.iter().any(|op| after_opening(op))
        && (prefix(trimmed, 80).contains(':') || trimmed.len() < 200)
    {
        return Kind::Boilerplate;
    }
    if trimmed.len() > 120 {
        // Credits, copyright and agency lines are short.
        return dateline(paragraph, trimmed);
    }
    if trimmed.split_whitespace().count() <= 12
        && CREDIT_OPENINGS.iter().any(|op| after_opening(op))
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
            .all(|w| AGENCIES.iter().any(|a| a.split(' ').any(|p| p == w)) || w == "24");
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
    // parentheses, a dash): test that cheaply before running the regex.
    let opening = prefix(trimmed, 256);
    if opening.contains('(') {
        if let Some(m) = DATELINE.find(opening) {
            return Kind::Dateline(paragraph.len() - trimmed.len() + m.end());
        }
    }
    Kind::Content
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
