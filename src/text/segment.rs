//! Paragraphs, boilerplate lines and sentences, as spans of the original text.
//!
//! A line break ends a paragraph unless the next line starts with a lowercase
//! letter (a hard-wrapped line). Sentences end at `.`, `!`, `?` or `…` followed
//! by a capital, a digit or an opening quote, except after an abbreviation of
//! either language or a single-letter initial, and never inside quotation
//! marks. Sentences longer than [`MAX_SENTENCE`] bytes are cut into windows so
//! that no later stage ever sees an unbounded sentence.

use crate::span::Span;
use std::sync::LazyLock;

/// Longest sentence handed to the later stages, in bytes; longer ones are cut
/// at a space into windows of at most this size.
pub(crate) const MAX_SENTENCE: usize = 1500;

/// Longest stretch of text, in bytes, that an open quotation mark keeps
/// together; an unclosed quote does not swallow the rest of a paragraph.
const MAX_QUOTE: usize = 600;

/// Abbreviations after which a period does not end a sentence (folded, without
/// the period).
const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "dre", "pr", "me", "mgr", "gen", "gal", "lt",
    "col", "cmdt", "cdt", "sgt", "capt", "cpt", "maj", "adm", "st", "ste", "mr", "mrs", "ms",
    "messrs", "jr", "sr", "prof", "rev", "gov", "sen", "rep", "sec", "amb", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "fev", "fevr", "avr",
    "juil", "no", "nos", "vol", "art", "env", "cf", "ca", "vs", "inc", "ltd", "co", "corp", "av",
    "bd", "approx", "dept", "est", "fig", "etc", "resp", "vol", "hon", "mt", "ft", "pt",
];

/// A paragraph: a span of the original text and whether it is boilerplate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Paragraph {
    pub(crate) span: Span,
}

/// Split `text` into paragraphs (spans trimmed of surrounding white space;
/// empty ones dropped).
pub(crate) fn paragraphs(text: &str) -> Vec<Paragraph> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\n' {
            i = next_newline(bytes, i);
            continue;
        }
        {
            // Look at the next non-blank line start.
            let mut j = i + 1;
            let mut blank_line = false;
            while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r' | b'\n') {
                if bytes[j] == b'\n' {
                    blank_line = true;
                }
                j += 1;
            }
            let continues =
                !blank_line && text[j..].chars().next().is_some_and(|c| c.is_lowercase());
            if !continues {
                push_trimmed(text, start, i, &mut out);
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(text, start, bytes.len(), &mut out);
    out
}

/// The index of the first line break of `b` at or after `i`, or
/// `b.len()`; eight bytes per step.
#[inline]
fn next_newline(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..i + 8) {
        let mut le = [0u8; 8];
        le.copy_from_slice(chunk);
        let hits = bytes_equal(u64::from_le_bytes(le), b'\n');
        if hits != 0 {
            return i + hits.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    while i < b.len() && b[i] != b'\n' {
        i += 1;
    }
    i
}

/// The lengths of the white space that starts and ends `s` (as `trim_start`
/// and `trim_end` would remove). An ASCII byte above the space is never
/// white space, so most ends need no decoding.
#[inline]
fn blank_ends(s: &str) -> (usize, usize) {
    let solid = |b: Option<&u8>| b.is_some_and(|&b| b > b' ' && b < 0x80);
    let b = s.as_bytes();
    let lead = if solid(b.first()) {
        0
    } else {
        s.len() - s.trim_start().len()
    };
    let trail = if solid(b.last()) {
        0
    } else {
        s.len() - s.trim_end().len()
    };
    (lead, trail)
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Paragraph>) {
    let s = &text[start..end];
    let (lead, trail) = blank_ends(s);
    if lead + trail < s.len() {
        out.push(Paragraph {
            span: Span::new(start + lead, end - trail),
        });
    }
}

/// Split a content span of `text` into sentence spans.
pub(crate) fn sentences(text: &str, span: Span, out: &mut Vec<Span>) {
    let s = &text[span.start..span.end];
    let b = s.as_bytes();
    let mut start = 0usize;
    let mut depth = 0u32; // typographic quotes « “
    let mut straight = false; // inside "..."
    let mut quote_open_at = 0usize;
    let mut i = 0;
    while i < b.len() {
        // Only terminators and quotes matter: skip other bytes without
        // decoding. A marked byte is ASCII or a lead byte, so `i` is on a
        // char boundary whenever it is decoded.
        if !MARKED[b[i] as usize] {
            i = next_marked(b, i + 1);
            continue;
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        match c {
            '«' | '“' => {
                if depth == 0 && !straight {
                    quote_open_at = i;
                }
                depth += 1;
                i += len;
            }
            '»' | '”' | '"' => {
                let closing = match c {
                    '"' => straight,
                    _ => depth > 0,
                };
                if c == '"' {
                    straight = !straight;
                    if straight && depth == 0 {
                        quote_open_at = i;
                    }
                } else {
                    depth = depth.saturating_sub(1);
                }
                // « Fini. » Le ministre… : the sentence ends after the quote.
                let end = i + len;
                if closing && ends_with_terminator(&s[start..i]) && starts_sentence(&s[end..]) {
                    push_sentence(span.start + start, span.start + end, text, out);
                    start = end;
                }
                i = end;
            }
            '.' | '!' | '?' | '…' => {
                // Group runs like "?!" or "...".
                let mut end = i + len;
                while let Some(d) = s[end..].chars().next().filter(|d| is_terminator(*d)) {
                    end += d.len_utf8();
                }
                let quoted = (depth > 0 || straight) && i - quote_open_at <= MAX_QUOTE;
                let abbreviation = !quoted && c == '.' && is_abbreviation(&s[start..i]);
                if !quoted && !abbreviation && starts_sentence(&s[end..]) {
                    push_sentence(span.start + start, span.start + end, text, out);
                    start = end;
                }
                i = end;
            }
            _ => i += len,
        }
    }
    push_sentence(span.start + start, span.end, text, out);
}

/// Bytes that may begin a terminator or a quote: `. ! ? "` and the lead
/// bytes of `« »` (0xC2) and `“ ” …` (0xE2).
static MARKED: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b'"' as usize] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t
};

/// `0x01` in every byte of a word.
const ONES: u64 = u64::from_le_bytes([0x01; 8]);
/// `0x80` in every byte of a word.
const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);

/// The high bit of the bytes of `w` equal to `byte`, exact up to the first
/// one (a borrow can only mark bytes above a true match).
#[inline]
fn bytes_equal(w: u64, byte: u8) -> u64 {
    let t = w ^ (ONES * u64::from(byte));
    t.wrapping_sub(ONES) & !t & HIGHS
}

/// The index of the first [`MARKED`] byte of `b` at or after `i`, or
/// `b.len()`; eight bytes per step.
#[inline]
fn next_marked(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..i + 8) {
        let mut le = [0u8; 8];
        le.copy_from_slice(chunk);
        let w = u64::from_le_bytes(le);
        let hits = bytes_equal(w, b'.')
            | bytes_equal(w, b'!')
            | bytes_equal(w, b'?')
            | bytes_equal(w, b'"')
            // 0xC2 and 0xE2 at once: they are the only bytes that setting
            // bit 5 turns into 0xE2.
            | bytes_equal(w | (ONES * 0x20), 0xE2);
        if hits != 0 {
            return i + hits.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    while i < b.len() && !MARKED[b[i] as usize] {
        i += 1;
    }
    i
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// True when `before`, trailing white space aside, ends with a terminator
/// (the closing quote then ends the sentence).
fn ends_with_terminator(before: &str) -> bool {
    before
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(is_terminator)
}

/// True when what follows a terminator begins a new sentence: white space then
/// an uppercase letter, a digit, an opening quote or a dash; or nothing.
fn starts_sentence(rest: &str) -> bool {
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() && !rest.is_empty() {
        // "U.S.-led", "3.5": no space after the period.
        return false;
    }
    match trimmed.chars().next() {
        None => true,
        Some(c) => {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '«' | '“' | '"' | '—' | '–' | '(' | '[' | '>' | '¿' | '¡')
        }
    }
}

/// True when the word just before a period is an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        // A single letter: an initial ("J. Biden", "U.S.").
        return c.is_alphabetic();
    }
    if word.len() > 8 {
        return false;
    }
    if word.is_ascii() {
        // Folding an ASCII word only lowercases it.
        let mut key = [0u8; 8];
        key[..word.len()].copy_from_slice(word.as_bytes());
        key.make_ascii_lowercase();
        return ABBREVIATION_KEYS
            .binary_search(&u64::from_le_bytes(key))
            .is_ok();
    }
    // Accented: folded on the stack (no allocation per candidate).
    let mut buf = [0u8; 32];
    match super::normalize::fold_word_into(word, &mut buf) {
        Some(f) if f.len() <= 8 => {
            let mut key = [0u8; 8];
            key[..f.len()].copy_from_slice(f);
            f.iter().all(|&b| b != 0)
                && ABBREVIATION_KEYS
                    .binary_search(&u64::from_le_bytes(key))
                    .is_ok()
        }
        Some(f) => std::str::from_utf8(f).is_ok_and(|f| ABBREVIATIONS.contains(&f)),
        None => ABBREVIATIONS.contains(&super::normalize::fold_pattern(word).as_str()),
    }
}

/// [`ABBREVIATIONS`] packed little-endian (zero-padded), sorted.
static ABBREVIATION_KEYS: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut keys: Vec<u64> = ABBREVIATIONS
        .iter()
        .filter(|a| a.len() <= 8)
        .map(|a| {
            let mut key = [0u8; 8];
            key[..a.len()].copy_from_slice(a.as_bytes());
            u64::from_le_bytes(key)
        })
        .collect();
    keys.sort_unstable();
    keys
});

/// Push a trimmed sentence, cut into windows of at most [`MAX_SENTENCE`] bytes.
fn push_sentence(start: usize, end: usize, text: &str, out: &mut Vec<Span>) {
    let s = &text[start..end];
    let (lead, trail) = blank_ends(s);
    if lead + trail >= s.len() {
        return;
    }
    let (mut a, b) = (start + lead, end - trail);
    while b - a > MAX_SENTENCE {
        // Cut at the last space inside the window, else at a char boundary.
        let mut cut = a + MAX_SENTENCE;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        if let Some(sp) = text[a..cut].rfind([' ', ',', ';']) {
            if sp > MAX_SENTENCE / 2 {
                cut = a + sp + 1;
            }
        }
        out.push(Span::new(a, cut));
        a = cut;
        while a < b && text.as_bytes()[a] == b' ' {
            a += 1;
        }
    }
    if a < b {
        out.push(Span::new(a, b));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for p in paragraphs(text) {
            sentences(text, p.span, &mut out);
        }
        out.iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn sentence_table() {
        let rows: &[(&str, &str, &[&str])] = &[
            (
                "plain",
                "La Russie a tiré. La Turquie a riposté.",
                &["La Russie a tiré.", "La Turquie a riposté."],
            ),
            (
                "french titles",
                "M. Lavrov et Mme Merkel se sont vus. MM. Dupont et Durand aussi.",
                &[
                    "M. Lavrov et Mme Merkel se sont vus.",
                    "MM. Dupont et Durand aussi.",
                ],
            ),
            (
                "english titles",
                "Gen. Smith met Lt. Jones and Dr. Who in St. Louis. They talked.",
                &[
                    "Gen. Smith met Lt. Jones and Dr. Who in St. Louis.",
                    "They talked.",
                ],
            ),
            (
                "initials",
                "The U.S. and the U.N. agreed. Then J. Biden spoke.",
                &["The U.S. and the U.N. agreed.", "Then J. Biden spoke."],
            ),
            (
                "months",
                "Le 3 oct. Paris a signé. On Jan. 5 it ended.",
                &["Le 3 oct. Paris a signé.", "On Jan. 5 it ended."],
            ),
            (
                "quotes",
                "« Nous continuerons. C'est clair », a dit M. Peskov. Fin.",
                &[
                    "« Nous continuerons. C'est clair », a dit M. Peskov.",
                    "Fin.",
                ],
            ),
            (
                "quote then new sentence",
                "Il a dit : « C'est fini. » Le ministre est parti.",
                &["Il a dit : « C'est fini. »", "Le ministre est parti."],
            ),
            (
                "straight quotes",
                "\"We will stay. Always,\" he said. Done.",
                &["\"We will stay. Always,\" he said.", "Done."],
            ),
            (
                "paragraphs",
                "Première ligne sans point\nDeuxième ligne.",
                &["Première ligne sans point", "Deuxième ligne."],
            ),
            (
                "wrapped line",
                "Une phrase coupée\nen deux lignes.",
                &["Une phrase coupée\nen deux lignes."],
            ),
            (
                "decimals",
                "Growth was 3.5 percent. It fell.",
                &["Growth was 3.5 percent.", "It fell."],
            ),
            (
                "ellipsis",
                "Et puis… Rien. Fin?! Oui.",
                &["Et puis…", "Rien.", "Fin?!", "Oui."],
            ),
        ];
        for (name, text, want) in rows {
            assert_eq!(split(text), *want, "{name}");
        }
    }

    /// A small xorshift generator for the randomized tests.
    fn rng(mut seed: u64) -> impl FnMut(usize) -> usize {
        move |n| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        }
    }

    #[test]
    fn next_marked_matches_byte_loop() {
        let alphabet = [
            b'a', b' ', b'.', b'!', b'?', b'"', 0xC2, 0xE2, 0xC3, 0x80, 0x01, 0xFF,
        ];
        let mut next = rng(0x5eed);
        for _ in 0..20_000 {
            let b: Vec<u8> = (0..next(40))
                .map(|_| alphabet[next(alphabet.len())])
                .collect();
            for i in 0..=b.len() {
                let want = (i..b.len())
                    .find(|&j| MARKED[b[j] as usize])
                    .unwrap_or(b.len());
                assert_eq!(next_marked(&b, i), want, "{b:?} from {i}");
            }
        }
    }

    #[test]
    fn abbreviation_fast_path_matches_folding() {
        let reference = |word: &str| {
            ABBREVIATIONS.contains(&super::super::normalize::fold_pattern(word).as_str())
        };
        let mut words: Vec<String> = ABBREVIATIONS.iter().map(|a| a.to_string()).collect();
        words.extend(ABBREVIATIONS.iter().map(|a| a.to_uppercase()));
        // ASCII, and accented letters folding to one, two or no ASCII
        // letters (é, æ, ß), or to themselves (д).
        let letters: Vec<char> = "aAbcdeEfgjlmMnoprRstTuvyz0éÉèçÇñßæŒüûôд".chars().collect();
        let mut next = rng(0xabbe);
        for _ in 0..40_000 {
            let len = 2 + next(7);
            words.push((0..len).map(|_| letters[next(letters.len())]).collect());
        }
        words.extend(["Févr", "DÉC", "déc", "Sté", "Éts"].map(String::from));
        for w in &words {
            let before = format!("Il a vu {w}");
            let want = w.len() <= 8 && reference(w);
            assert_eq!(is_abbreviation(&before), want, "{w}");
        }
    }

    #[test]
    fn long_sentences_are_windowed() {
        let text = "mot ".repeat(2000);
        let got = split(&text);
        assert!(got.len() >= 5);
        assert!(got.iter().all(|s| s.len() <= MAX_SENTENCE));
    }

    #[test]
    fn unclosed_quote_does_not_swallow_paragraph() {
        let text = format!("« Il a dit. {} Fin. Encore une.", "blabla ".repeat(200));
        assert!(split(&text).len() >= 2);
    }
}
