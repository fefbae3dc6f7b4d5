//! Telling French from English, per paragraph, by counting function words.

use crate::lang::Lang;
use crate::lexicon::fast::pack8;
use std::sync::LazyLock;

/// Frequent French function words that are not English words.
const FR: &[&str] = &[
    "le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "que", "qu", "au",
    "aux", "sur", "pas", "ne", "il", "elle", "ils", "elles", "ont", "avec", "par", "ce", "cette",
    "ses", "son", "sa", "leur", "selon", "mais", "ou", "plus", "sont", "été", "ete", "avait",
    "être", "etre", "nous", "vous", "lui", "aussi", "entre", "après", "apres", "depuis", "contre",
    "l", "d",
];

/// Frequent English function words that are not French words.
const EN: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "was", "that", "for", "on", "with", "by", "from", "at",
    "it", "his", "its", "their", "said", "has", "have", "are", "were", "be", "been", "not", "this",
    "which", "who", "will", "would", "after", "against", "they", "he", "she", "had", "but", "an",
];

/// Longest word, in bytes, that counts as a word (and may be a marker).
pub(crate) const MAX_WORD: usize = 6;

/// Slots of [`MARKERS`]: a power of two, about a tenth full so that most
/// lookups take one probe.
const SLOTS: usize = 1024;

/// Marker words (those of at most [`MAX_WORD`] bytes; longer ones are never
/// looked up), packed by [`pack8`], in an open-addressing table with linear
/// probing: one multiply and usually one comparison per word of text. The
/// table is built from the lists alone, so text cannot lengthen its probe
/// sequences. An empty slot holds key 0, which no word packs to.
static MARKERS: LazyLock<Box<[(u64, Lang); SLOTS]>> = LazyLock::new(|| {
    let mut t = Box::new([(0u64, Lang::Fr); SLOTS]);
    for (list, lang) in [(FR, Lang::Fr), (EN, Lang::En)] {
        for w in list.iter().filter(|w| w.len() <= MAX_WORD) {
            let k = pack8(w.as_bytes());
            let mut slot = slot_of(k);
            // The first list wins a word both lists hold.
            while t[slot].0 != 0 && t[slot].0 != k {
                slot = (slot + 1) % SLOTS;
            }
            if t[slot].0 == 0 {
                t[slot] = (k, lang);
            }
        }
    }
    t
});

/// The home slot of a packed word in [`MARKERS`].
#[inline]
fn slot_of(k: u64) -> usize {
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize % SLOTS
}

/// The language a packed word (non-zero) is a marker of, if any.
#[inline]
fn marker(table: &[(u64, Lang); SLOTS], k: u64) -> Option<Lang> {
    let mut slot = slot_of(k);
    loop {
        let (key, lang) = table[slot];
        if key == k {
            return Some(lang);
        }
        if key == 0 {
            return None;
        }
        slot = (slot + 1) % SLOTS;
    }
}

/// Counts of marker words seen in a text.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Votes {
    pub(crate) fr: u32,
    pub(crate) en: u32,
}

impl Votes {
    /// Count one folded word of at most [`MAX_WORD`] bytes, packed by
    /// [`pack8`]. The tokeniser
    /// ([`split`](crate::sentence::split)) calls it for the first words of
    /// each paragraph, so that identifying the language costs no pass of
    /// its own.
    #[inline]
    pub(crate) fn vote(&mut self, word: u64) {
        debug_assert!(word != 0 && word >> (8 * MAX_WORD) == 0);
        match marker(&MARKERS, word) {
            Some(Lang::Fr) => self.fr += 1,
            Some(Lang::En) => self.en += 1,
            None => {}
        }
    }

    /// Add two counts.
    pub(crate) fn add(self, other: Votes) -> Votes {
        Votes {
            fr: self.fr + other.fr,
            en: self.en + other.en,
        }
    }

    /// The language these votes decide, if they decide one (at least
    /// `min` markers and a clear majority).
    pub(crate) fn decide(self, min: u32) -> Option<Lang> {
        if self.fr + self.en < min {
            None
        } else if self.fr >= self.en {
            Some(Lang::Fr)
        } else {
            Some(Lang::En)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::Folded;

    /// The straightforward version: a byte loop and a hash map.
    fn count_reference(folded: &str, limit: usize) -> Votes {
        use crate::lexicon::fast::FastMap;
        use crate::text::normalize::is_word_byte;
        let mut markers = FastMap::default();
        for (list, lang) in [(FR, Lang::Fr), (EN, Lang::En)] {
            for w in list {
                markers.entry(pack8(w.as_bytes())).or_insert(lang);
            }
        }
        let mut v = Votes::default();
        let b = folded.as_bytes();
        let (mut i, mut words) = (0, 0);
        while i < b.len() && words < limit {
            if !is_word_byte(b[i]) {
                i += 1;
                continue;
            }
            let s = i;
            while i < b.len() && is_word_byte(b[i]) {
                i += 1;
            }
            if i - s <= 6 {
                words += 1;
                match markers.get(&pack8(&b[s..i])) {
                    Some(Lang::Fr) => v.fr += 1,
                    Some(Lang::En) => v.en += 1,
                    None => {}
                }
            }
        }
        v
    }

    /// The votes the tokeniser counts over a whole text.
    fn count(text: &str, limit: usize) -> Votes {
        let folded = Folded::new(text);
        let mut toks = Vec::new();
        crate::sentence::split(text, &folded, 0, folded.text.len(), limit, &mut toks)
    }

    #[test]
    fn tokeniser_votes_match_reference_on_random_text() {
        // Words from both lists, near misses, long words, odd bytes.
        let pieces = [
            "le",
            "la",
            "the",
            "of",
            "and",
            "est",
            "ete",
            "été",
            "être",
            "après",
            "against",
            "depuis",
            "contre",
            "l",
            "d",
            "qu",
            "x",
            "lesx",
            "thee",
            "a",
            "2024",
            "Le",
            "THE",
            "abcdefgh",
            "abcdefghijklmnopq",
            "abcdefg",
            "moscou",
            "é",
            "日本",
            "😀",
            "\u{0}",
            "\u{1f}",
            "\u{7f}",
            "@",
            "[",
            "`",
            "{",
            "/",
            ":",
        ];
        let seps = [" ", "  ", ", ", ".", "\n", "-", "'", "\"", "", "\t", " — "];
        let mut seed = 0x1234_5678_9abc_def0u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for round in 0..4000 {
            let mut text = String::new();
            for _ in 0..next(60) {
                text.push_str(pieces[next(pieces.len())]);
                text.push_str(seps[next(seps.len())]);
            }
            for limit in [0, 1, 3, 120, usize::MAX] {
                let folded = Folded::new(&text).text;
                assert_eq!(
                    count(&text, limit),
                    count_reference(&folded, limit),
                    "round {round} limit {limit}: {text:?}"
                );
            }
        }
    }

    #[test]
    fn identifies_languages() {
        let rows: &[(&str, Option<Lang>)] = &[
            (
                "La Russie a exprimé ses regrets après le rejet de son projet.",
                Some(Lang::Fr),
            ),
            (
                "Russia expressed regret after the rejection of its draft.",
                Some(Lang::En),
            ),
            ("Kremlin", None),
            (
                "Le Kremlin est préoccupé par la montée des tensions à la frontière.",
                Some(Lang::Fr),
            ),
            (
                "Turkey has shelled the Kurdish militia in the north of Syria.",
                Some(Lang::En),
            ),
        ];
        for (text, want) in rows {
            let v = count(text, 500);
            assert_eq!(v.decide(3), *want, "{text}");
        }
    }
}
