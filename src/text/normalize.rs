//! Folding text for matching while keeping a map back to original offsets.
//!
//! The folded text is lowercase, without accents or combining marks, with
//! every apostrophe, hyphen and white-space variant turned into one space and
//! every quote style into `"`. ASCII bytes fold one to one, so a folded offset
//! maps back to the original through a short list of checkpoints recorded only
//! where a character changed length (accented letters, removed zero-width
//! characters); English text has almost none.

/// Folded text plus the map back to the original.
#[derive(Debug, Default, Clone)]
pub(crate) struct Folded {
    /// The folded text: valid UTF-8, lowercase.
    pub(crate) text: String,
    /// `(folded offset, original offset)` after each length-changing char.
    checkpoints: Vec<(u32, u32)>,
}

/// How ASCII bytes fold: letters lowercased, apostrophes and hyphens to
/// spaces, control characters to spaces (newline kept).
const ASCII_FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = match b {
            b'A'..=b'Z' => b + 32,
            b'\n' => b'\n',
            b'\'' | b'-' | b'`' | b'_' => b' ',
            0..=31 | 127 => b' ',
            _ => b,
        };
        i += 1;
    }
    t
};

/// Bytes folded per step of the fast path of [`Folded::new`].
const LANES: usize = 16;

/// Fold [`LANES`] plain ASCII bytes branch-free, as [`ASCII_FOLD`] would
/// (the compiler turns this into a few vector instructions). Bytes that are
/// not plain ASCII (see [`special_lanes`]) fold to meaningless values.
#[inline]
fn fold_lanes(chunk: &[u8; LANES]) -> [u8; LANES] {
    let mut folded = [0u8; LANES];
    for (f, &x) in folded.iter_mut().zip(chunk) {
        let upper = x.wrapping_sub(b'A') < 26;
        let space = (x < 0x20) & (x != b'\n')
            | (x == b'\'')
            | (x == b'-')
            | (x == b'`')
            | (x == b'_')
            | (x == 0x7f);
        let lower = x | (u8::from(upper) << 5);
        let m = 0u8.wrapping_sub(u8::from(space));
        *f = (lower & !m) | (b' ' & m);
    }
    folded
}

/// `0x01` in every byte of a word.
const ONES: u64 = u64::from_le_bytes([0x01; 8]);
/// `0x80` in every byte of a word.
pub(crate) const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);

/// The index of the first byte of `chunk` that is not plain ASCII (a byte
/// of a non-ASCII char or a `"`), if any, testing eight bytes per step.
#[inline]
fn special_lanes(chunk: &[u8; LANES]) -> Option<usize> {
    let mut words = chunk.chunks_exact(8);
    let mut base = 0;
    for w in &mut words {
        let mut le = [0u8; 8];
        le.copy_from_slice(w);
        let w = u64::from_le_bytes(le);
        // High bit of a byte set for non-ASCII bytes, and for `"` bytes (the
        // zero-byte test of `w ^ "…"`). Borrows only make false positives
        // above a true one, so the lowest set bit is exact.
        let q = w ^ (ONES * u64::from(b'"'));
        let hits = (w | (q.wrapping_sub(ONES) & !q)) & HIGHS;
        if hits != 0 {
            return Some(base + hits.trailing_zeros() as usize / 8);
        }
        base += 8;
    }
    None
}

/// Base letters of U+00C0..=U+00FF; `1` = "ae", `2` = "th", `3` = "ss", ` ` = not a letter.
const LATIN1: &[u8; 64] = b"aaaaaa1ceeeeiiiidnooooo ouuuuy23aaaaaa1ceeeeiiiidnooooo ouuuuy2y";
/// Base letters of U+0100..=U+017F; `1` = "ij", `2` = "oe".
const LATIN_EXT_A: &[u8; 128] =
    b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii11jjkkkllllllllllnnnnnnnnnoooooo22rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// What one non-ASCII character folds to.
enum Fold {
    Str(&'static str),
    Char(char),
    Remove,
}

fn fold_char(c: char) -> Fold {
    let u = c as u32;
    let table = |b: u8| -> Fold {
        Fold::Str(match b {
            b'1' if u < 0x100 => "ae",
            b'2' if u < 0x100 => "th",
            b'3' => "ss",
            b'1' => "ij",
            b'2' => "oe",
            b' ' => " ",
            _ => ASCII_LETTERS[(b - b'a') as usize],
        })
    };
    match u {
        0xC0..=0xFF => table(LATIN1[(u - 0xC0) as usize]),
        0x100..=0x17F => table(LATIN_EXT_A[(u - 0x100) as usize]),
        0x0300..=0x036F | 0x00AD | 0x200B..=0x200D | 0x2060 | 0xFEFF => Fold::Remove,
        0x00AB | 0x00BB | 0x201C..=0x201F | 0x2039 | 0x203A | 0x2033 => Fold::Remove,
        0x2018..=0x201B | 0x2032 | 0x02BC | 0x02BB => Fold::Str(" "),
        0x2010..=0x2012 => Fold::Str(" "),
        0x2013..=0x2015 => Fold::Str(","),
        0x2026 => Fold::Str("."),
        0x0085 | 0x2028 | 0x2029 => Fold::Str("\n"),
        0x00A0 | 0x1680 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000 => Fold::Str(" "),
        0x0080..=0x009F => Fold::Str(" "),
        _ if c.is_alphanumeric() => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => Fold::Char(l),
                _ => Fold::Char(c),
            }
        }
        _ => Fold::Str(" "),
    }
}

const ASCII_LETTERS: [&str; 26] = [
    "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s",
    "t", "u", "v", "w", "x", "y", "z",
];

impl Folded {
    /// Fold `text`.
    pub(crate) fn new(text: &str) -> Folded {
        let mut out: Vec<u8> = Vec::with_capacity(text.len() + 16);
        let mut checkpoints = Vec::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // Sixteen bytes at a time while they are plain ASCII: they fold
            // byte for byte, offsets unchanged.
            if let Some(chunk) = bytes.get(i..i + LANES).and_then(|c| c.try_into().ok()) {
                let folded = fold_lanes(chunk);
                let len = out.len();
                out.extend_from_slice(&folded);
                match special_lanes(chunk) {
                    None => {
                        i += LANES;
                        continue;
                    }
                    Some(plain) => {
                        // Keep the plain prefix, then handle the special byte.
                        out.truncate(len + plain);
                        i += plain;
                    }
                }
            }
            let b = bytes[i];
            if b == b'"' {
                // Quotes are dropped: «d'"inacceptables"» matches
                // «d'inacceptables».
                i += 1;
                checkpoints.push((out.len() as u32, i as u32));
                continue;
            }
            if b < 0x80 {
                out.push(ASCII_FOLD[b as usize]);
                i += 1;
                continue;
            }
            if b == 0xC3 {
                // U+00C0..=U+00FF, mostly accented letters: one table load.
                if let Some(&next) = bytes.get(i + 1) {
                    let base = LATIN1[usize::from(next & 0x3F)];
                    if base.is_ascii_lowercase() {
                        out.push(base);
                        i += 2;
                        checkpoints.push((out.len() as u32, i as u32));
                        continue;
                    }
                }
            }
            // Non-ASCII: decode one char. `text` is valid UTF-8 and `i` is on a
            // char boundary because ASCII bytes are single chars.
            let c = text[i..].chars().next().unwrap_or(' ');
            let len = c.len_utf8();
            let before = out.len();
            match fold_char(c) {
                Fold::Str(s) => out.extend_from_slice(s.as_bytes()),
                Fold::Char(l) => {
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
                }
                Fold::Remove => {}
            }
            i += len;
            if out.len() - before != len {
                checkpoints.push((out.len() as u32, i as u32));
            }
        }
        // Only ASCII substitutions and whole encoded chars were pushed.
        let text = String::from_utf8(out).unwrap_or_default();
        Folded { text, checkpoints }
    }

    /// Map a folded offset (on a folded char boundary) to the original text.
    pub(crate) fn to_orig(&self, folded: usize) -> usize {
        let f = folded as u32;
        let idx = self.checkpoints.partition_point(|&(cf, _)| cf <= f);
        if idx == 0 {
            folded
        } else {
            let (cf, co) = self.checkpoints[idx - 1];
            (co + (f - cf)) as usize
        }
    }

    /// A mapper of increasing folded offsets to the original text, starting
    /// at folded offset `from`: [`ToOrig::map`] gives [`Folded::to_orig`]
    /// without a binary search per call.
    pub(crate) fn to_orig_from(&self, from: usize) -> ToOrig<'_> {
        let f = from as u32;
        let idx = self.checkpoints.partition_point(|&(cf, _)| cf <= f);
        let delta = match idx.checked_sub(1) {
            Some(i) => {
                let (cf, co) = self.checkpoints[i];
                (co as usize).wrapping_sub(cf as usize)
            }
            None => 0,
        };
        let mut to = ToOrig {
            checkpoints: &self.checkpoints,
            idx,
            next: 0,
            delta,
        };
        to.next = to.next_folded();
        to
    }

    /// Map an original offset to the folded text (the folded position of the
    /// first char at or after it). The extractor walks with [`ToFolded`];
    /// this search is its oracle.
    #[cfg(test)]
    pub(crate) fn to_folded(&self, orig: usize) -> usize {
        let o = orig as u32;
        let idx = self.checkpoints.partition_point(|&(_, co)| co <= o);
        if idx == 0 {
            orig.min(self.text.len())
        } else {
            let (cf, co) = self.checkpoints[idx - 1];
            ((cf + (o - co)) as usize).min(self.text.len())
        }
    }
}

/// Maps original offsets to folded ones like [`Folded::to_folded`], walking
/// the checkpoints from the previous offset instead of searching them:
/// offsets asked in (mostly) increasing order cost a step or two each.
pub(crate) struct ToFolded<'a> {
    folded: &'a Folded,
    /// Checkpoints at or before the last offset asked.
    idx: usize,
}

impl<'a> ToFolded<'a> {
    /// A cursor at the start of `folded`.
    pub(crate) fn new(folded: &'a Folded) -> ToFolded<'a> {
        ToFolded { folded, idx: 0 }
    }

    /// [`Folded::to_folded`] of `orig`.
    #[inline]
    pub(crate) fn map(&mut self, orig: usize) -> usize {
        let cps = &self.folded.checkpoints;
        let o = orig as u32;
        while self.idx < cps.len() && cps[self.idx].1 <= o {
            self.idx += 1;
        }
        while self.idx > 0 && cps[self.idx - 1].1 > o {
            self.idx -= 1;
        }
        let len = self.folded.text.len();
        if self.idx == 0 {
            orig.min(len)
        } else {
            let (cf, co) = cps[self.idx - 1];
            ((cf + (o - co)) as usize).min(len)
        }
    }
}

/// See [`Folded::to_orig_from`].
pub(crate) struct ToOrig<'a> {
    checkpoints: &'a [(u32, u32)],
    /// The first checkpoint after the last offset mapped.
    idx: usize,
    /// Its folded offset (`usize::MAX` when none), and the original minus
    /// the folded offset before it (wrapping): a token with no checkpoint
    /// inside maps with one comparison and one addition per end.
    next: usize,
    delta: usize,
}

impl ToOrig<'_> {
    /// The original span of the folded span `[s, e)` (`s` not below the
    /// previous offset mapped): one walk of the checkpoints, and none for
    /// `e` when no character between changed length.
    #[inline]
    pub(crate) fn map_span(&mut self, s: usize, e: usize) -> (usize, usize) {
        let os = self.map(s);
        if self.next <= e {
            (os, self.map(e).max(os))
        } else {
            (os, os + (e - s))
        }
    }

    /// The original offset of folded offset `folded`, which must not be
    /// below the previous one mapped.
    #[inline]
    pub(crate) fn map(&mut self, folded: usize) -> usize {
        while self.next <= folded {
            let (cf, co) = self.checkpoints[self.idx];
            self.delta = (co as usize).wrapping_sub(cf as usize);
            self.idx += 1;
            self.next = self.next_folded();
        }
        folded.wrapping_add(self.delta)
    }

    /// The folded offset of checkpoint `idx`, `usize::MAX` past the last.
    #[inline]
    fn next_folded(&self) -> usize {
        self.checkpoints
            .get(self.idx)
            .map_or(usize::MAX, |&(cf, _)| cf as usize)
    }
}

/// Fold one word into `buf` without allocating: the folded bytes, or `None`
/// when they do not fit. Same result as [`fold_pattern`] for a word of
/// letters and digits.
pub(crate) fn fold_word_into<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b [u8]> {
    let mut n = 0;
    let mut put = |bytes: &[u8], n: &mut usize| -> Option<()> {
        buf.get_mut(*n..*n + bytes.len())?.copy_from_slice(bytes);
        *n += bytes.len();
        Some(())
    };
    for c in word.chars() {
        if c.is_ascii() {
            let f = ASCII_FOLD[c as usize];
            if f == b' ' || f == b'"' {
                return None;
            }
            put(&[f], &mut n)?;
            continue;
        }
        match fold_char(c) {
            Fold::Str(s) if s.bytes().all(|b| b.is_ascii_alphanumeric()) => {
                put(s.as_bytes(), &mut n)?
            }
            Fold::Str(_) => return None,
            Fold::Char(l) => {
                let mut tmp = [0u8; 4];
                put(l.encode_utf8(&mut tmp).as_bytes(), &mut n)?
            }
            Fold::Remove => {}
        }
    }
    Some(&buf[..n])
}

/// Fold a lexicon pattern the same way as text, trimmed, with runs of spaces
/// collapsed (patterns are written with single spaces).
pub(crate) fn fold_pattern(s: &str) -> String {
    let f = Folded::new(s).text;
    let mut out = String::with_capacity(f.len());
    for w in f.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// True for bytes that belong to a word in folded text (ASCII alphanumeric
/// or any byte of a non-ASCII char, which folding leaves only for letters).
#[inline]
pub(crate) fn is_word_byte(b: u8) -> bool {
    WORD_BYTES[b as usize]
}

/// [`is_word_byte`] for eight bytes at once: the high bit of each byte of
/// `w` that is a word byte (non-ASCII or ASCII alphanumeric).
#[inline]
pub(crate) fn word_bytes(w: u64) -> u64 {
    // Per 7-bit value y: `y + (0x80 - lo)` has its high bit set when
    // y >= lo, `y + (0x7F - hi)` when y > hi; no byte carries into the next.
    // `y | 0x20` is a lowercase letter exactly when y is a letter.
    let y = w & !HIGHS;
    let z = y | u64::from_le_bytes([0x20; 8]);
    let at_least = |v: u64, lo: u8| v + u64::from_le_bytes([0x80 - lo; 8]);
    let above = |v: u64, hi: u8| v + u64::from_le_bytes([0x7F - hi; 8]);
    let alnum = (at_least(y, b'0') & !above(y, b'9')) | (at_least(z, b'a') & !above(z, b'z'));
    (w | alnum) & HIGHS
}

/// [`is_word_byte`] as a table: one load per byte in the hot loops.
static WORD_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = b.is_ascii_alphanumeric() || b >= 0x80;
        i += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    /// The straightforward version: one ASCII run at a time, every non-ASCII
    /// char through [`fold_char`].
    fn fold_reference(text: &str) -> (String, Vec<(u32, u32)>) {
        let mut out: Vec<u8> = Vec::new();
        let mut checkpoints = Vec::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b == b'"' {
                i += 1;
                checkpoints.push((out.len() as u32, i as u32));
                continue;
            }
            if b < 0x80 {
                let run = bytes[i..]
                    .iter()
                    .position(|&b| b >= 0x80 || b == b'"')
                    .map_or(bytes.len(), |p| i + p);
                out.extend(bytes[i..run].iter().map(|&b| ASCII_FOLD[b as usize]));
                i = run;
                continue;
            }
            let c = text[i..].chars().next().unwrap();
            let len = c.len_utf8();
            let before = out.len();
            match fold_char(c) {
                Fold::Str(s) => out.extend_from_slice(s.as_bytes()),
                Fold::Char(l) => {
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
                }
                Fold::Remove => {}
            }
            i += len;
            if out.len() - before != len {
                checkpoints.push((out.len() as u32, i as u32));
            }
        }
        (String::from_utf8(out).unwrap(), checkpoints)
    }

    #[test]
    fn word_bytes_match_is_word_byte() {
        for x in 0..=255u8 {
            for pos in 0..8 {
                // The byte under test among letters and spaces.
                let mut le = *b"a b a b ";
                le[pos] = x;
                let got = word_bytes(u64::from_le_bytes(le));
                for (k, &y) in le.iter().enumerate() {
                    assert_eq!(
                        got >> (8 * k + 7) & 1 == 1,
                        is_word_byte(y),
                        "{x:#x} at {pos}"
                    );
                }
            }
        }
    }

    #[test]
    fn ascii_fold_table_matches_lanes() {
        for x in 0..0x80u8 {
            if x == b'"' {
                continue;
            }
            let chunk = [x; LANES];
            assert_eq!(
                fold_lanes(&chunk),
                [ASCII_FOLD[x as usize]; LANES],
                "{x:#x}"
            );
            assert_eq!(special_lanes(&chunk), None, "{x:#x}");
        }
        for x in (0x80..=0xFFu8).chain([b'"']) {
            for at in 0..LANES {
                let mut chunk = [b'a'; LANES];
                chunk[at] = x;
                assert_eq!(special_lanes(&chunk), Some(at), "{x:#x} at {at}");
            }
        }
    }

    #[test]
    fn fold_matches_reference_on_random_text() {
        let pieces = [
            "La Russie",
            "ÉTATS-UNIS",
            "l’ONU",
            "d'\"inacceptables\"",
            "«\u{a0}",
            "\u{a0}»",
            "Erdoğan",
            "Œuvre",
            "æther",
            "Straße",
            "ÞÐ×÷ÿ",
            "e\u{301}",
            "a\u{200b}b",
            "\u{feff}",
            "\u{ad}",
            "Москва",
            "日本",
            "😀",
            "İstanbul",
            "Ⱥ",
            "…",
            "—",
            "–",
            "\u{2028}",
            "\u{85}",
            "\u{9f}",
            "\t",
            "\r\n",
            "\u{0}",
            "\u{1f}",
            "\u{7f}",
            "_`-'",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "abcdefghijklmnopqrstuvwxyz0123456789",
            "@[\\]^{|}~",
            " ",
            "\n",
            "\"",
            "é",
            "à",
            "ç",
            "ǅ",
            "ß",
            "ﬁ",
            "Ω",
            "Σ",
        ];
        let mut seed = 0x0bad_cafe_f00d_1234u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for round in 0..5000 {
            let mut text = String::new();
            for _ in 0..next(80) {
                text.push_str(pieces[next(pieces.len())]);
            }
            let f = Folded::new(&text);
            let (want, want_cp) = fold_reference(&text);
            assert_eq!(f.text, want, "round {round}: {text:?}");
            assert_eq!(f.checkpoints, want_cp, "round {round}: {text:?}");
        }
        // Every char alone and in a long ASCII context.
        for u in (0..0x3400u32)
            .chain(0xFE00..0x10000)
            .chain(0x1F000..0x1F700)
        {
            let Some(c) = char::from_u32(u) else { continue };
            for text in [
                c.to_string(),
                format!("{}{c}{}", "Ab-".repeat(7), "x'Y".repeat(9)),
            ] {
                let f = Folded::new(&text);
                let (want, want_cp) = fold_reference(&text);
                assert_eq!((f.text, f.checkpoints), (want, want_cp), "{u:#x}");
            }
        }
    }

    #[test]
    fn folds_case_accents_quotes_and_spaces() {
        let rows: &[(&str, &str)] = &[
            ("La Russie", "la russie"),
            ("États-Unis", "etats unis"),
            ("l’ONU", "l onu"),
            ("«\u{a0}terroristes\u{a0}»", " terroristes "),
            ("Erdoğan", "erdogan"),
            ("Œuvre", "oeuvre"),
            ("e\u{301}te\u{301}", "ete"),
            ("a\u{200b}b", "ab"),
            ("Straße", "strasse"),
            ("Москва", "москва"),
        ];
        for (input, want) in rows {
            assert_eq!(Folded::new(input).text, *want, "{input}");
        }
    }

    #[test]
    fn offsets_map_back_to_original() {
        let text = "Les États-Unis et l’Élysée «\u{a0}ici\u{a0}» 😀 fin";
        let f = Folded::new(text);
        for word in ["etats", "unis", "elysee", "ici", "fin"] {
            let fs = f.text.find(word).unwrap();
            let (s, e) = (f.to_orig(fs), f.to_orig(fs + word.len()));
            assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            assert_eq!(fold_pattern(&text[s..e]), word);
        }
        assert_eq!(f.to_orig(0), 0);
        assert_eq!(f.to_orig(f.text.len()), text.len());
        for (i, _) in text.char_indices() {
            let back = f.to_orig(f.to_folded(i));
            assert!(back >= i, "{i} -> {back}");
        }
    }

    #[test]
    fn the_folded_cursor_agrees_with_the_search_in_any_order() {
        let text = "Les États-Unis et l’Élysée «\u{a0}ici\u{a0}» 😀 fin, Œuvre à Moscou";
        let f = Folded::new(text);
        let offsets: Vec<usize> = (0..=text.len() + 2).collect();
        let mut cursor = ToFolded::new(&f);
        // Forward, backward, and jumping both ways.
        let order = offsets
            .iter()
            .chain(offsets.iter().rev())
            .chain(offsets.iter().step_by(7))
            .chain(offsets.iter().rev().step_by(5));
        for &o in order {
            assert_eq!(cursor.map(o), f.to_folded(o), "offset {o}");
        }
    }

    #[test]
    fn the_original_cursor_agrees_with_the_search() {
        let text =
            "Les États-Unis et l’Élysée «\u{a0}ici\u{a0}» 😀 fin, Œuvre à Moscou e\u{301}\u{200b}";
        let f = Folded::new(text);
        let n = f.text.len();
        for from in 0..=n {
            // Spans of each length, in order, with gaps of each width
            // between them (a span starts at or after the previous end).
            for (len, gap) in (0..6).flat_map(|l| (0..3).map(move |g| (l, g))) {
                let mut cursor = f.to_orig_from(from);
                let mut s = from;
                while s < n {
                    let e = (s + len).min(n);
                    let os = f.to_orig(s);
                    let want = (os, f.to_orig(e).max(os));
                    assert_eq!(cursor.map_span(s, e), want, "{from} {s} {e}");
                    s = e + gap.max(usize::from(len == 0));
                }
            }
        }
    }

    #[test]
    fn folding_a_word_on_the_stack_matches_fold_pattern() {
        for w in [
            "Févr",
            "ÉTATS",
            "Straße",
            "Œuvre",
            "Москва",
            "Erdoğan",
            "abc123",
            "ÆØÅ",
        ] {
            let mut buf = [0u8; 32];
            let got = fold_word_into(w, &mut buf).expect("fits");
            assert_eq!(got, fold_pattern(w).as_bytes(), "{w}");
        }
        let mut small = [0u8; 3];
        assert_eq!(fold_word_into("Straße", &mut small), None);
        assert_eq!(fold_word_into("l'ONU", &mut [0u8; 32]), None);
    }

    #[test]
    fn pattern_folding_collapses_spaces() {
        assert_eq!(
            fold_pattern("  Conseil de  sécurité de l'ONU "),
            "conseil de securite de l onu"
        );
    }
}
