//! Everything one language contributes: aliases, demonyms, sector words,
//! triggers and cue words, compiled into two Aho-Corasick automata.
//!
//! Most patterns are matched on the folded text (case, accents and
//! punctuation ignored). Acronyms that are also words (UN/un, EU, WHO, AP)
//! are matched case-sensitively on the original text by a second automaton:
//! matched case-insensitively they would hit thousands of ordinary words.

use super::actors::ActorIdx;
use super::cues::{gn, Cue};
use super::fast::{pack8, FastMap, FastSet};
use super::inflect::Tense;
use super::triggers::TriggerDef;
use crate::lang::Lang;
use crate::text::normalize::{fold_pattern, is_word_byte, Folded};
use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use std::collections::HashMap;

/// Alias flag bits.
pub(crate) mod flag {
    pub(crate) const CS: u8 = 1;
    pub(crate) const CAP: u8 = 2;
    pub(crate) const SEAT: u8 = 4;
    pub(crate) const AGENCY: u8 = 8;
}

/// What a demonym points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DemTarget {
    /// A state, by index into the country table.
    Country(u16),
    /// A non-state actor ("kurde" → Kurdish forces).
    Actor(ActorIdx),
}

/// What a matched pattern means. One pattern can mean several things.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Entry {
    /// A name of an actor.
    Alias { actor: ActorIdx, flags: u8, gn: u8 },
    /// A nationality adjective or noun.
    Demonym {
        target: DemTarget,
        noun: bool,
        gn: u8,
    },
    /// The part of a sector phrase before (`suffix == false`) or after the
    /// nationality slot.
    Unit { template: u32, suffix: bool },
    /// A relation trigger form.
    Trigger { trigger: u32, tense: Tense },
}

/// Where the nationality goes in a sector phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot {
    /// A nationality adjective: "armée {A}", "{A} army".
    Adj,
    /// de/of + a country name: "armée de {C}", "army of {C}".
    Country,
}

/// A sector phrase template ("ministre {A} des Affaires étrangères").
#[derive(Debug, Clone)]
pub(crate) struct Template {
    /// Index into the unit table.
    pub(crate) unit: usize,
    pub(crate) slot: Slot,
    /// Folded words before the slot (may be empty).
    pub(crate) prefix: String,
    /// Folded words after the slot (may be empty).
    pub(crate) suffix: String,
    pub(crate) gn: u8,
}

/// A pattern occurrence in a document, in folded coordinates.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Index into the entry lists of the automaton that found it.
    pub(crate) pattern: u32,
    /// Found by the case-sensitive automaton.
    pub(crate) cs: bool,
}

/// Accumulates patterns before compiling.
#[derive(Debug, Default)]
pub(crate) struct LangBuilder {
    folded: Vec<(String, Vec<Entry>)>,
    folded_index: HashMap<String, usize>,
    cs: Vec<(String, Vec<Entry>)>,
    cs_index: HashMap<String, usize>,
    pub(crate) templates: Vec<Template>,
    pub(crate) triggers: Vec<TriggerDef>,
    pub(crate) cues: FastMap<String, Cue>,
    pub(crate) common: FastSet<String>,
    /// Folded forms of aliases that carry no case guard, for checks.
    pub(crate) unguarded: Vec<(String, ActorIdx)>,
}

impl LangBuilder {
    /// Add a pattern meaning `entry`; `cs` patterns are kept as written.
    pub(crate) fn add(&mut self, pattern: &str, cs: bool, entry: Entry) {
        let (list, index) = if cs {
            (&mut self.cs, &mut self.cs_index)
        } else {
            (&mut self.folded, &mut self.folded_index)
        };
        let key = if cs {
            pattern.trim().to_string()
        } else {
            fold_pattern(pattern)
        };
        if key.is_empty() {
            return;
        }
        match index.get(&key) {
            Some(&i) => {
                if !list[i].1.contains(&entry) {
                    list[i].1.push(entry);
                }
            }
            None => {
                index.insert(key.clone(), list.len());
                list.push((key, vec![entry]));
            }
        }
    }

    /// Replace every alias entry of `pattern` (user overrides).
    pub(crate) fn remove_aliases(&mut self, pattern: &str) {
        for (cs, key) in [
            (false, fold_pattern(pattern)),
            (true, pattern.trim().to_string()),
        ] {
            let (list, index) = if cs {
                (&mut self.cs, &self.cs_index)
            } else {
                (&mut self.folded, &self.folded_index)
            };
            if let Some(&i) = index.get(&key) {
                list[i].1.retain(|e| !matches!(e, Entry::Alias { .. }));
            }
        }
    }

    /// Add a sector template written with `{A}` or `{C}`.
    pub(crate) fn add_template(
        &mut self,
        unit: usize,
        pattern: &str,
        gn_bits: u8,
    ) -> Result<(), String> {
        let (slot, marker) = if pattern.contains("{A}") {
            (Slot::Adj, "{A}")
        } else if pattern.contains("{C}") {
            (Slot::Country, "{C}")
        } else {
            return Err(format!(
                "sector pattern {pattern:?} has no {{A}} or {{C}} slot"
            ));
        };
        let (before, after) = pattern.split_once(marker).unwrap_or((pattern, ""));
        let mut prefix = fold_pattern(before);
        if slot == Slot::Country {
            // "armée de {C}": the connector is checked by the recogniser.
            for conn in [" de", " of", " du", " des", " d"] {
                if let Some(p) = prefix.strip_suffix(conn) {
                    prefix = p.to_string();
                    break;
                }
            }
        }
        let suffix = fold_pattern(after);
        if prefix.is_empty() && suffix.is_empty() {
            return Err(format!("sector pattern {pattern:?} has no words"));
        }
        let template = self.templates.len() as u32;
        self.templates.push(Template {
            unit,
            slot,
            prefix: prefix.clone(),
            suffix: suffix.clone(),
            gn: gn_bits,
        });
        if !prefix.is_empty() {
            self.add(
                &prefix,
                false,
                Entry::Unit {
                    template,
                    suffix: false,
                },
            );
        }
        if !suffix.is_empty() {
            self.add(
                &suffix,
                false,
                Entry::Unit {
                    template,
                    suffix: true,
                },
            );
        }
        Ok(())
    }

    /// Compile the automata.
    pub(crate) fn build(self, lang: Lang) -> LangLexicon {
        let compile = |pats: &[(String, Vec<Entry>)], start: StartKind| -> Option<AhoCorasick> {
            if pats.is_empty() {
                return None;
            }
            // The contiguous NFA: about 1 MB for a language, so it stays in
            // cache beside the rest of the pipeline. The full DFA is ~40 MB
            // and measured slower here (every step a cache miss) and five
            // times slower to build. The non-contiguous NFA is the fallback
            // when a (user-extended) lexicon outgrows the contiguous one's
            // state-id space.
            let build = |kind| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .start_kind(start)
                    .kind(Some(kind))
                    .build(pats.iter().map(|(p, _)| p.as_str()))
            };
            build(AhoCorasickKind::ContiguousNFA)
                .or_else(|_| build(AhoCorasickKind::NoncontiguousNFA))
                .ok()
        };
        // The folded automaton runs anchored at word starts; the
        // case-sensitive one is small and runs unanchored.
        let folded_ac = compile(&self.folded, StartKind::Anchored);
        let openings = Openings::new(self.folded.iter().map(|(p, _)| p.as_bytes()));
        let cs_ac = compile(&self.cs, StartKind::Unanchored);
        LangLexicon {
            lang,
            folded_ac,
            openings,
            cs_ac,
            folded: self.folded,
            cs: self.cs,
            templates: self.templates,
            triggers: self.triggers,
            cues: self
                .cues
                .into_iter()
                .filter_map(|(w, c)| Some((word_key(&w)?, c)))
                .collect(),
            common: self.common,
        }
    }
}

/// One language's compiled lexicon.
#[derive(Debug)]
pub(crate) struct LangLexicon {
    pub(crate) lang: Lang,
    folded_ac: Option<AhoCorasick>,
    /// Where a folded pattern may start.
    openings: Openings,
    cs_ac: Option<AhoCorasick>,
    folded: Vec<(String, Vec<Entry>)>,
    cs: Vec<(String, Vec<Entry>)>,
    pub(crate) templates: Vec<Template>,
    pub(crate) triggers: Vec<TriggerDef>,
    /// Cue words by [`word_key`].
    cues: FastMap<u128, Cue>,
    pub(crate) common: FastSet<String>,
}

/// A folded word of at most 16 bytes packed into an integer, so that a cue
/// lookup hashes two words and compares one integer (no string compare).
/// Longer words have no key (no cue word is that long; a test checks).
#[inline]
pub(crate) fn word_key(w: &str) -> Option<u128> {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > 16 {
        return None;
    }
    let (lo, hi) = b.split_at(b.len().min(8));
    Some(u128::from(pack8(lo)) | u128::from(pack8(hi)) << 64)
}

impl LangLexicon {
    /// The entries of a hit.
    pub(crate) fn entries(&self, hit: &Hit) -> &[Entry] {
        let list = if hit.cs { &self.cs } else { &self.folded };
        &list[hit.pattern as usize].1
    }

    /// Every pattern of the folded automaton (for baselines and checks).
    pub(crate) fn patterns(&self) -> impl Iterator<Item = &str> {
        self.folded.iter().map(|(p, _)| p.as_str())
    }

    /// The cue of a folded word.
    pub(crate) fn cue(&self, word: &str) -> Option<&Cue> {
        self.cues.get(&word_key(word)?)
    }

    /// Find every pattern in the folded range `[fs, fe)` of a document,
    /// sorted by start, without overlaps (longest first).
    pub(crate) fn scan(
        &self,
        text: &str,
        folded: &Folded,
        fs: usize,
        fe: usize,
        out: &mut Vec<Hit>,
    ) {
        let first = out.len();
        let hay = folded.text.as_bytes();
        if let Some(ac) = &self.folded_ac {
            // One anchored search per word start: the automaton walks only
            // as far as some pattern prefix matches, so the cost is about
            // one step per byte, and no match can start inside a word.
            let mut pos = fs;
            while pos < fe {
                let c = hay[pos];
                if c == b' '
                    || c == b'\n'
                    || (pos > 0 && is_word_byte(hay[pos - 1]))
                    || !self.openings.may_start(hay, pos, fe)
                {
                    pos += 1;
                    continue;
                }
                let m = ac.find(Input::new(hay).span(pos..fe).anchored(Anchored::Yes));
                let found = m.and_then(|m| {
                    let e = m.end();
                    if e < hay.len() && is_word_byte(hay[e]) {
                        // The longest match runs into a word: try shorter
                        // ones ending at a word boundary inside it.
                        self.shorter_match(ac, hay, pos, e)
                    } else {
                        Some((e, m.pattern().as_u32()))
                    }
                });
                match found {
                    Some((e, pat)) => {
                        out.push(Hit {
                            start: pos,
                            end: e,
                            pattern: pat,
                            cs: false,
                        });
                        pos = e;
                    }
                    None => pos += 1,
                }
            }
        }
        if let Some(ac) = &self.cs_ac {
            let (os, oe) = (folded.to_orig(fs), folded.to_orig(fe));
            let ob = text.as_bytes();
            for m in ac.find_iter(Input::new(ob).span(os..oe)) {
                let (s, e) = (m.start(), m.end());
                let before_ok = s == 0
                    || !text[..s]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric);
                let after_ok = !text[e..].chars().next().is_some_and(char::is_alphanumeric);
                if before_ok && after_ok {
                    out.push(Hit {
                        start: folded.to_folded(s),
                        end: folded.to_folded(e),
                        pattern: m.pattern().as_u32(),
                        cs: true,
                    });
                }
            }
        }
        // Merge both lists: sort, then drop hits overlapping a longer one.
        out[first..].sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        let mut keep = first;
        for i in first..out.len() {
            let h = out[i];
            if keep > first && h.start < out[keep - 1].end {
                continue;
            }
            out[keep] = h;
            keep += 1;
        }
        out.truncate(keep);
    }

    /// The longest pattern starting at `s` and ending at a word boundary
    /// before `e`.
    fn shorter_match(
        &self,
        ac: &AhoCorasick,
        hay: &[u8],
        s: usize,
        e: usize,
    ) -> Option<(usize, u32)> {
        let mut end = e;
        while end > s {
            // Previous word boundary before `end`.
            end -= 1;
            while end > s && (!is_word_byte(hay[end - 1]) || is_word_byte(hay[end])) {
                end -= 1;
            }
            if end <= s {
                return None;
            }
            let m = ac.find(Input::new(hay).span(s..end).anchored(Anchored::Yes));
            if let Some(m) = m {
                if m.end() == end {
                    return Some((end, m.pattern().as_u32()));
                }
                if m.end() < end && !is_word_byte(hay[m.end()]) {
                    return Some((m.end(), m.pattern().as_u32()));
                }
            }
        }
        None
    }
}

/// A filter on where a pattern may start: a 2^20-bit set of the hashes of
/// every pattern's first eight bytes (or whole pattern when shorter). A
/// word start is searched only when its first eight bytes, or one of its
/// shorter prefixes ending at a word boundary, are in the set; other word
/// starts cannot begin a match and are skipped without entering the
/// automaton, whose states, touched at random, cost a cache miss each.
/// Most word starts of news text are skipped (function words begin
/// multiword names — "la ", "the " — but rarely the same eight bytes); a
/// false positive (~1% per probe) only costs a search.
#[derive(Debug)]
struct Openings {
    bits: Vec<u64>,
}

impl Openings {
    const BITS: u32 = 20;
    const LEN: usize = 8;

    fn new<'a>(patterns: impl Iterator<Item = &'a [u8]>) -> Openings {
        let mut o = Openings {
            bits: vec![0; (1 << Self::BITS) / 64],
        };
        for p in patterns {
            let k = Self::key(&p[..p.len().min(Self::LEN)]);
            o.bits[k / 64] |= 1 << (k % 64);
        }
        o
    }

    #[inline]
    fn key(b: &[u8]) -> usize {
        let h = (pack8(b) ^ (b.len() as u64).rotate_right(8)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let h = h ^ (h >> 29);
        (h.wrapping_mul(0xBF58_476D_1CE4_E5B9) >> (64 - Self::BITS)) as usize
    }

    #[inline]
    fn has(&self, k: usize) -> bool {
        self.bits[k / 64] & (1 << (k % 64)) != 0
    }

    /// True when a pattern ending at a word boundary may start at
    /// `hay[pos..]` (`pos < end <= hay.len()`).
    #[inline]
    fn may_start(&self, hay: &[u8], pos: usize, end: usize) -> bool {
        if pos + Self::LEN <= end && self.has(Self::key(&hay[pos..pos + Self::LEN])) {
            return true;
        }
        // A match shorter than eight bytes ends at a word boundary.
        (1..Self::LEN).any(|n| {
            pos + n <= end
                && (pos + n == end || !is_word_byte(hay[pos + n]))
                && self.has(Self::key(&hay[pos..pos + n]))
        })
    }
}

/// Parse gender/number flags, ignoring others.
pub(crate) fn gn_of<'a>(flags: impl Iterator<Item = &'a str>) -> u8 {
    flags.filter_map(gn::parse).fold(0, |a, b| a | b)
}
