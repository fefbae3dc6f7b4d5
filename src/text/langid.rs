//! Telling French from English, per paragraph, by counting function words.

use crate::lang::Lang;
use crate::lexicon::fast::{pack8, FastMap};
use crate::text::normalize::is_word_byte;
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

/// A word of at most eight bytes as an integer.
fn key(w: &[u8]) -> Option<u64> {
    (w.len() <= 8).then(|| pack8(w))
}

/// Marker words by key: one integer hash per word of text.
static MARKERS: LazyLock<FastMap<u64, Lang>> = LazyLock::new(|| {
    let mut m = FastMap::default();
    for (list, lang) in [(FR, Lang::Fr), (EN, Lang::En)] {
        for w in list {
            if let Some(k) = key(w.as_bytes()) {
                m.entry(k).or_insert(lang);
            }
        }
    }
    m
});

/// Counts of marker words seen in a text.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Votes {
    pub(crate) fr: u32,
    pub(crate) en: u32,
}

impl Votes {
    /// Count markers in folded text, looking at no more than `limit` words.
    pub(crate) fn count(folded: &str, limit: usize) -> Votes {
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
                match key(&b[s..i]).and_then(|k| MARKERS.get(&k)) {
                    Some(Lang::Fr) => v.fr += 1,
                    Some(Lang::En) => v.en += 1,
                    None => {}
                }
            }
        }
        v
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
            let v = Votes::count(&Folded::new(text).text, 500);
            assert_eq!(v.decide(3), *want, "{text}");
        }
    }
}
