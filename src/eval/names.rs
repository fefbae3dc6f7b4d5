//! Name normalisation for matching system nodes with gold actors.
//!
//! This is the `norm` function of the reference scorer (`score.py`), step by
//! step, so that the crate and the script agree on every match: compatibility
//! decomposition with combining marks dropped, lowercase, typographic quotes
//! and brackets to spaces, white space collapsed, a few punctuation marks
//! trimmed at both ends, then at most one leading article removed.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Leading articles removed by [`norm`], tried in this order; the first that
/// matches wins. "l'" has no space: "l'ONU" is "onu".
const ARTICLES: [&str; 11] = [
    "the ", "la ", "le ", "les ", "l'", "el ", "los ", "las ", "der ", "die ", "das ",
];

/// Characters trimmed at both ends before the article is removed (Python's
/// `strip(" .,;:-")`).
const TRIMMED: [char; 6] = [' ', '.', ',', ';', ':', '-'];

/// The decomposition table (see the comments at the top of the file).
static DECOMPOSITION: LazyLock<HashMap<char, &'static str>> = LazyLock::new(|| {
    parse_table(include_str!("nfkd.tsv")).expect("embedded decomposition table is valid")
});

/// Replacement strings are leaked once: the table is built on first use and
/// lives as long as the program, like the `include_str!` text it comes from.
fn parse_table(text: &'static str) -> Result<HashMap<char, &'static str>, String> {
    let mut table = HashMap::new();
    for (number, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let bad = |what: &str| format!("line {}: {what}: {line:?}", number + 1);
        let (key, value) = line.split_once('\t').ok_or_else(|| bad("no tab"))?;
        let (first, last) = match key.split_once("..") {
            Some((first, last)) => (hex(first), hex(last)),
            None => (hex(key), hex(key)),
        };
        let (Some(first), Some(last)) = (first, last) else {
            return Err(bad("bad code point"));
        };
        if let Some(start) = value.strip_prefix('+') {
            let start = hex(start).ok_or_else(|| bad("bad replacement"))?;
            for (offset, cp) in (first..=last).enumerate() {
                let to = char::from_u32(start + offset as u32).ok_or_else(|| bad("not a char"))?;
                let from = char::from_u32(cp).ok_or_else(|| bad("not a char"))?;
                table.insert(from, &*Box::leak(to.to_string().into_boxed_str()));
            }
            continue;
        }
        let replacement: String = value
            .split_whitespace()
            .map(|h| {
                hex(h)
                    .and_then(char::from_u32)
                    .ok_or_else(|| bad("bad replacement"))
            })
            .collect::<Result<_, _>>()?;
        let replacement: &'static str = Box::leak(replacement.into_boxed_str());
        for cp in first..=last {
            let from = char::from_u32(cp).ok_or_else(|| bad("not a char"))?;
            table.insert(from, replacement);
        }
    }
    Ok(table)
}

fn hex(s: &str) -> Option<u32> {
    u32::from_str_radix(s.trim(), 16).ok()
}

/// White space as Python's `str.isspace` sees it, which is Rust's plus the
/// four information separators U+001C..U+001F.
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// The normalised form of a name: two names match when their normalised
/// forms are equal ("La Russie" and "russie", "Türkiye" and "Turkiye",
/// "l'ONU" and "ONU").
pub(crate) fn norm(name: &str) -> String {
    let table = &*DECOMPOSITION;
    let mut decomposed = String::with_capacity(name.len());
    for c in name.chars() {
        match table.get(&c) {
            Some(replacement) => decomposed.push_str(replacement),
            None => decomposed.push(c),
        }
    }
    let lower = decomposed.to_lowercase();
    let mut collapsed = String::with_capacity(lower.len());
    let mut in_space = false;
    for c in lower.chars() {
        let c = match c {
            '\u{2019}' => '\'',
            '\u{ab}' | '\u{bb}' | '"' | '\u{201c}' | '\u{201d}' | '(' | ')' | '[' | ']' => ' ',
            c => c,
        };
        if is_space(c) {
            if !in_space {
                collapsed.push(' ');
            }
            in_space = true;
        } else {
            collapsed.push(c);
            in_space = false;
        }
    }
    let trimmed = collapsed.trim_matches(&TRIMMED[..]);
    let bare = ARTICLES
        .iter()
        .find_map(|article| trimmed.strip_prefix(article))
        .unwrap_or(trimmed);
    bare.trim_matches(is_space).to_string()
}

#[cfg(test)]
mod tests {
    use super::norm;

    #[test]
    fn table_loads() {
        assert!(super::DECOMPOSITION.len() > 2000);
    }

    /// Expected values are what `score.py`'s `norm` prints for the same
    /// input.
    #[test]
    fn matches_reference_norm() {
        let rows = [
            ("plain", "Russia", "russia"),
            ("accents", "Fédération de Russie", "federation de russie"),
            ("turkish", "Türkiye", "turkiye"),
            ("dotted capital I", "İzmir", "izmir"),
            ("article fr", "La Russie", "russie"),
            ("article en", "the Kremlin", "kremlin"),
            ("elided article", "l'ONU", "onu"),
            ("curly elided article", "L\u{2019}ONU", "onu"),
            ("only one article", "Les Les Verts", "les verts"),
            ("article needs its space", "Lebanon", "lebanon"),
            ("bare article", "The", "the"),
            ("guillemets", "« Etat islamique »", "etat islamique"),
            (
                "brackets",
                "Unités de protection du peuple (YPG)",
                "unites de protection du peuple ypg",
            ),
            ("trim punctuation", " -Ankara.; ", "ankara"),
            ("article after trim", ", la Syrie", "syrie"),
            ("space after elision", "l' ONU", "onu"),
            ("nbsp", "Nations\u{a0}unies", "nations unies"),
            (
                "narrow nbsp collapses",
                "Nations \u{202f} unies",
                "nations unies",
            ),
            ("ligature", "\u{fb01}n", "fin"),
            ("full width", "\u{ff35}\u{ff2e}", "un"),
            ("oe is no decomposition", "Œuvre", "œuvre"),
            ("standalone combining mark", "e\u{301}", "e"),
            ("separator control is space", "a\u{1c}b", "a b"),
            ("inner dots kept", "U.N.", "u.n"),
            ("empty", "", ""),
        ];
        for (name, input, expected) in rows {
            assert_eq!(norm(input), expected, "{name}: {input:?}");
        }
    }
}
