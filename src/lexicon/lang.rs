//! Everything one language contributes: aliases, demonyms, sector words,
//! triggers and cue words, compiled into a vocabulary and two tries of word
//! ids.
//!
//! Every word the lexicon knows gets an id, so tokenising a document looks
//! each token up once and learns all the lexicon has to say about it: its
//! cue, whether it is common, and whether a pattern starts with it. Patterns
//! are sequences of tokens matched leftmost-longest over the token ids, one
//! hash probe per token step; a token no pattern starts with costs one array
//! load. Most patterns are matched on the folded text (case, accents and
//! punctuation ignored). Acronyms that are also words (UN/un, EU, WHO, AP)
//! are matched case-sensitively on the original tokens by a second trie:
//! matched case-insensitively they would hit thousands of ordinary words.

use super::actors::ActorIdx;
use super::cues::{gn, Cue};
use super::fast::{pack8, FastMap, FastSet, KeyTable};
use super::inflect::Tense;
use super::triggers::TriggerDef;
use crate::lang::Lang;
use crate::sentence::Tok;
use crate::text::normalize::{fold_pattern, is_word_byte, Folded};
use std::collections::HashMap;

/// Alias flag bits.
pub(crate) mod flag {
    pub(crate) const CS: u8 = 1;
    pub(crate) const CAP: u8 = 2;
    pub(crate) const SEAT: u8 = 4;
    pub(crate) const AGENCY: u8 = 8;
}

/// Classes of the words the new-name recogniser looks at.
pub(crate) mod name_class {
    /// Inside a name, between capitalised words ("de", "al", "bin").
    pub(crate) const PARTICLE: u8 = 1;
    /// Introduces a group's name ("groupe", "militia").
    pub(crate) const GROUP: u8 = 2;
}

/// Which patterns a word may start, as token bits (see [`Tok::starts`]).
pub(crate) mod starts {
    /// A folded pattern starts with this word.
    pub(crate) const FOLDED: u8 = 1;
    /// A case-sensitive pattern starts with a word folding to this one.
    pub(crate) const CS_FOLD: u8 = 2;
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

/// A pattern occurrence in a sentence (its tokens are kept beside it).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
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
    /// [`name_class`] bits by folded word.
    pub(crate) name_words: FastMap<String, u8>,
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

    /// Compile the vocabulary and the two pattern tries.
    pub(crate) fn build(self, lang: Lang) -> LangLexicon {
        let mut vocab = Vocab::default();
        // Every token of every pattern, cue word and common word gets an id.
        let folded_toks: Vec<Vec<u32>> = self
            .folded
            .iter()
            .map(|(p, _)| {
                split_tokens(p)
                    .map(|w| vocab.intern(w.as_bytes()))
                    .collect()
            })
            .collect();
        // Case-sensitive patterns by their original tokens; the folded form
        // of each first token is marked, so that only tokens folding to one
        // are looked up again by their original text.
        let mut cs_fold_starts = Vec::new();
        let cs_toks: Vec<Vec<u32>> = self
            .cs
            .iter()
            .map(|(p, _)| {
                let toks = original_tokens(p);
                if let Some(first) = toks.first() {
                    cs_fold_starts.push(vocab.intern(fold_pattern(first).as_bytes()));
                }
                toks.into_iter()
                    .map(|w| vocab.intern(w.as_bytes()))
                    .collect()
            })
            .collect();
        let cue_ids: Vec<(u32, Cue)> = self
            .cues
            .into_iter()
            .map(|(w, c)| (vocab.intern(w.as_bytes()), c))
            .collect();
        let common_ids: Vec<u32> = self
            .common
            .iter()
            .map(|w| vocab.intern(w.as_bytes()))
            .collect();
        let name_ids: Vec<(u32, u8)> = self
            .name_words
            .iter()
            .map(|(w, &c)| (vocab.intern(w.as_bytes()), c))
            .collect();
        let n = vocab.len();
        let mut words = vec![WordInfo::default(); n];
        let mut cues = Vec::with_capacity(cue_ids.len());
        let mut sorted_cues = cue_ids;
        sorted_cues.sort_by_key(|(id, _)| *id);
        for (id, cue) in sorted_cues {
            words[id as usize].cue = cues.len() as u32;
            words[id as usize].roles = cue.roles;
            cues.push(cue);
        }
        for id in common_ids {
            words[id as usize].common = true;
        }
        for (id, class) in name_ids {
            words[id as usize].name_class |= class;
        }
        let mut edges = KeyTable::default();
        let mut nodes = Vec::new();
        let folded_root = Trie::build(n, &folded_toks, &mut edges, &mut nodes);
        let cs_root = Trie::build(n, &cs_toks, &mut edges, &mut nodes);
        for (id, w) in words.iter_mut().enumerate() {
            w.root = folded_root[id];
            w.cs_root = cs_root[id];
            if w.root != NONE {
                w.starts |= starts::FOLDED;
            }
        }
        for id in cs_fold_starts {
            words[id as usize].starts |= starts::CS_FOLD;
        }
        LangLexicon {
            lang,
            vocab,
            words,
            cues,
            edges,
            nodes,
            folded: self.folded,
            cs: self.cs,
            templates: self.templates,
            triggers: self.triggers,
        }
    }
}

/// No word, node or pattern.
pub(crate) const NONE: u32 = u32::MAX;

/// Every word the lexicon knows (pattern tokens, cue and common words), by
/// id: words of at most 16 bytes packed into an integer key (see
/// [`word_key`]), longer ones by their bytes.
#[derive(Debug, Default)]
struct Vocab {
    short: KeyTable,
    long: FastMap<Box<[u8]>, u32>,
}

impl Vocab {
    fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    fn intern(&mut self, w: &[u8]) -> u32 {
        let next = self.len() as u32;
        match key16(w) {
            Some(k) => self.short.get_or_insert_with(k, || next),
            None => *self.long.entry(w.into()).or_insert(next),
        }
    }

    /// The id of `hay[s..e]`, or [`NONE`]. Reads the sixteen bytes at `s`
    /// at once when the haystack has them.
    #[inline]
    fn get_at(&self, hay: &[u8], s: usize, e: usize) -> u32 {
        let len = e - s;
        if len == 0 || len > 16 {
            return self.get(&hay[s..e]);
        }
        let key = match hay.get(s..s + 16) {
            Some(b) => {
                let mut lo = [0u8; 8];
                let mut hi = [0u8; 8];
                lo.copy_from_slice(&b[..8]);
                hi.copy_from_slice(&b[8..]);
                let (lo, hi) = (u64::from_le_bytes(lo), u64::from_le_bytes(hi));
                // Keep the word's bytes, zero the rest.
                let mask = |n: usize| u64::MAX >> (64 - 8 * n);
                if len <= 8 {
                    u128::from(lo & mask(len))
                } else {
                    u128::from(lo) | u128::from(hi & mask(len - 8)) << 64
                }
            }
            None => match key16(&hay[s..e]) {
                Some(k) => k,
                None => return NONE,
            },
        };
        self.short.get(key).unwrap_or(NONE)
    }

    /// The id of a word, or [`NONE`].
    #[inline]
    fn get(&self, w: &[u8]) -> u32 {
        match key16(w) {
            Some(k) => self.short.get(k).unwrap_or(NONE),
            None => self.long.get(w).copied().unwrap_or(NONE),
        }
    }
}

/// What the lexicon knows of one word.
#[derive(Debug, Clone, Copy)]
struct WordInfo {
    /// Index into the cue list, or [`NONE`].
    cue: u32,
    /// The cue's role bits (0 without a cue).
    roles: u32,
    /// In the common-word list.
    common: bool,
    /// [`name_class`] bits.
    name_class: u8,
    /// [`starts`] bits.
    starts: u8,
    /// The folded trie's node after this word from the root, or [`NONE`].
    root: u32,
    /// The case-sensitive trie's node after this word, or [`NONE`].
    cs_root: u32,
}

impl Default for WordInfo {
    fn default() -> WordInfo {
        WordInfo {
            cue: NONE,
            roles: 0,
            common: false,
            name_class: 0,
            starts: 0,
            root: NONE,
            cs_root: NONE,
        }
    }
}

/// Building a trie of word ids: transitions from the root sit in an array
/// by word id (one load per token), deeper ones in a map keyed by node and
/// word; each node records the pattern ending there.
struct Trie;

impl Trie {
    /// Add `patterns` (token ids) and return the root transitions by word.
    fn build(
        words: usize,
        patterns: &[Vec<u32>],
        edges: &mut KeyTable,
        nodes: &mut Vec<Node>,
    ) -> Vec<u32> {
        let mut root = vec![NONE; words];
        for (pat, toks) in patterns.iter().enumerate() {
            let Some((&first, rest)) = toks.split_first() else {
                continue;
            };
            let mut node = root[first as usize];
            if node == NONE {
                node = nodes.len() as u32;
                nodes.push(Node::default());
                root[first as usize] = node;
            }
            for &w in rest {
                let parent = node as usize;
                node = edges.get_or_insert_with(edge_key(node, w), || {
                    nodes.push(Node::default());
                    nodes.len() as u32 - 1
                });
                nodes[parent].leaf = false;
            }
            // Patterns are unique, so each node ends at most one.
            nodes[node as usize].pattern = pat as u32;
        }
        root
    }
}

/// A trie node: the pattern ending there, and whether any edge leaves it
/// (a leaf needs no edge lookup for the next token).
#[derive(Debug, Clone, Copy)]
struct Node {
    /// The pattern ending here, or [`NONE`].
    pattern: u32,
    /// No edge leaves this node.
    leaf: bool,
}

impl Default for Node {
    fn default() -> Node {
        Node {
            pattern: NONE,
            leaf: true,
        }
    }
}

/// The key of the trie edge from `node` by word `w` (never 0).
#[inline]
fn edge_key(node: u32, w: u32) -> u128 {
    1 << 127 | u128::from(node) << 32 | u128::from(w)
}

/// The tokens of folded text: runs of word bytes, and every other byte
/// but spaces and newlines alone (the same split as documents get).
pub(crate) fn split_tokens(s: &str) -> impl Iterator<Item = &str> {
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() && (b[i] == b' ' || b[i] == b'\n') {
            i += 1;
        }
        if i >= b.len() {
            return None;
        }
        let start = i;
        if is_word_byte(b[i]) {
            while i < b.len() && is_word_byte(b[i]) {
                i += 1;
            }
        } else {
            // A non-word byte; a multi-byte char is whole word bytes, so
            // this is one ASCII byte.
            i += 1;
        }
        Some(&s[start..i])
    })
}

/// The original text of each token of `s` (case kept), split as
/// [`split_tokens`] splits its folded form.
fn original_tokens(s: &str) -> Vec<&str> {
    let f = Folded::new(s);
    let mut out = Vec::new();
    let base = f.text.as_ptr() as usize;
    for t in split_tokens(&f.text) {
        let fs = t.as_ptr() as usize - base;
        let (os, oe) = (f.to_orig(fs), f.to_orig(fs + t.len()));
        if let Some(o) = s.get(os..oe) {
            out.push(o);
        }
    }
    out
}

/// One language's compiled lexicon.
#[derive(Debug)]
pub(crate) struct LangLexicon {
    pub(crate) lang: Lang,
    vocab: Vocab,
    /// By word id.
    words: Vec<WordInfo>,
    cues: Vec<Cue>,
    /// Trie transitions below the root, by [`edge_key`].
    edges: KeyTable,
    /// Trie nodes, by number.
    nodes: Vec<Node>,
    folded: Vec<(String, Vec<Entry>)>,
    cs: Vec<(String, Vec<Entry>)>,
    pub(crate) templates: Vec<Template>,
    pub(crate) triggers: Vec<TriggerDef>,
}

/// A word of at most 16 bytes packed little-endian into an integer
/// (zero-padded), the vocabulary's key; longer words have none.
#[inline]
fn key16(b: &[u8]) -> Option<u128> {
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

    /// The id of a token's bytes (folded word, punctuation, or original
    /// text for case-sensitive patterns), or [`NONE`].
    #[inline]
    pub(crate) fn word_id(&self, w: &[u8]) -> u32 {
        self.vocab.get(w)
    }

    /// The id of the token `hay[s..e]`, its cue roles, its [`name_class`]
    /// bits and its [`starts`] bits.
    #[inline]
    pub(crate) fn word_at(&self, hay: &[u8], s: usize, e: usize) -> (u32, u32, u8, u8) {
        let id = self.vocab.get_at(hay, s, e);
        match self.words.get(id as usize) {
            Some(w) => (id, w.roles, w.name_class, w.starts),
            None => (id, 0, 0, 0),
        }
    }

    /// The cue of a folded word.
    #[cfg(test)]
    pub(crate) fn cue(&self, word: &str) -> Option<&Cue> {
        self.cue_of(self.vocab.get(word.as_bytes()))
    }

    /// The cue of a word id.
    #[inline]
    pub(crate) fn cue_of(&self, id: u32) -> Option<&Cue> {
        let w = self.words.get(id as usize)?;
        self.cues.get(w.cue as usize)
    }

    /// True when a word id is in the common-word list.
    #[inline]
    pub(crate) fn is_common(&self, id: u32) -> bool {
        self.words.get(id as usize).is_some_and(|w| w.common)
    }

    /// The [`name_class`] bits of a folded word.
    pub(crate) fn name_class_of(&self, word: &str) -> u8 {
        let id = self.word_id(word.as_bytes());
        self.words.get(id as usize).map_or(0, |w| w.name_class)
    }

    /// Find every pattern in a sentence's tokens, sorted by start, without
    /// overlaps (longest first). `orig_id(i)` gives the word id of token
    /// `i`'s original text (case kept), asked only for tokens that may
    /// start or continue a case-sensitive pattern.
    pub(crate) fn scan(
        &self,
        toks: &[Tok],
        mut orig_id: impl FnMut(usize) -> u32,
        out: &mut Vec<(Hit, u32, u32)>,
    ) {
        let first = out.len();
        // Folded patterns: leftmost-longest from each token, then on after
        // the match.
        let mut i = 0;
        while i < toks.len() {
            if toks[i].starts & starts::FOLDED == 0 {
                i += 1;
                continue;
            }
            let root = self.words.get(toks[i].id as usize).map_or(NONE, |w| w.root);
            match self.longest(root, i, toks.len(), |j| toks[j].id) {
                Some((end, pattern)) => {
                    out.push(hit(i, end, pattern, false));
                    i = end;
                }
                None => i += 1,
            }
        }
        // Case-sensitive patterns (acronyms), from capitalised or numeric
        // tokens whose folded form may start one.
        let cs_first = out.len();
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            if t.starts & starts::CS_FOLD != 0 && (t.upper || (t.punct == 0 && t.digit)) {
                let id = orig_id(i);
                let root = self.words.get(id as usize).map_or(NONE, |w| w.cs_root);
                if let Some((end, pattern)) = self.longest(root, i, toks.len(), &mut orig_id) {
                    out.push(hit(i, end, pattern, true));
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
        if cs_first > first && out.len() > cs_first {
            // Merge both lists: sort, then drop hits overlapping a longer one.
            out[first..].sort_by_key(|h| (h.1, std::cmp::Reverse(h.2)));
            let mut keep = first;
            for i in first..out.len() {
                let h = out[i];
                if keep > first && h.1 < out[keep - 1].2 {
                    continue;
                }
                out[keep] = h;
                keep += 1;
            }
            out.truncate(keep);
        }
    }

    /// The longest pattern through trie node `node` (reached by token
    /// `i`), as (end token, pattern).
    #[inline]
    fn longest(
        &self,
        mut node: u32,
        i: usize,
        n: usize,
        mut id: impl FnMut(usize) -> u32,
    ) -> Option<(usize, u32)> {
        if node == NONE {
            return None;
        }
        let mut best = None;
        let mut j = i + 1;
        loop {
            let Node { pattern, leaf } = self.nodes[node as usize];
            if pattern != NONE {
                best = Some((j, pattern));
            }
            if leaf || j >= n {
                break;
            }
            let w = id(j);
            if w == NONE {
                break;
            }
            match self.edges.get(edge_key(node, w)) {
                Some(next) => {
                    node = next;
                    j += 1;
                }
                None => break,
            }
        }
        best
    }
}

fn hit(t0: usize, t1: usize, pattern: u32, cs: bool) -> (Hit, u32, u32) {
    (Hit { pattern, cs }, t0 as u32, t1 as u32)
}

/// Parse gender/number flags, ignoring others.
pub(crate) fn gn_of<'a>(flags: impl Iterator<Item = &'a str>) -> u8 {
    flags.filter_map(gn::parse).fold(0, |a, b| a | b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::sentence::{find_hits, tokenize, Sentence};

    /// The patterns found in `text`, as (matched original text, case
    /// sensitive).
    fn scan(lexicon: &Lexicon, lang: Lang, text: &str) -> Vec<(String, bool)> {
        let folded = Folded::new(text);
        let lex = lexicon.lang(lang);
        let mut toks = Vec::new();
        tokenize(text, &folded, 0, folded.text.len(), lex, &mut toks);
        let mut hits = Vec::new();
        find_hits(text, lex, &toks, &mut hits);
        let s = Sentence::new(0, text, &folded, lex, &toks, &hits);
        s.hits
            .iter()
            .map(|&(h, t0, t1)| {
                (
                    s.orig_span(t0 as usize, t1 as usize).text(text).to_string(),
                    h.cs,
                )
            })
            .collect()
    }

    #[test]
    fn token_trie_finds_the_longest_pattern_at_token_boundaries() {
        let lexicon = Lexicon::build(&[]).expect("embedded lexicons");
        type Row<'a> = (Lang, &'a str, &'a [(&'a str, bool)]);
        let rows: &[Row<'_>] = &[
            // Longest match wins over its prefix ("Conseil de sécurité").
            (
                Lang::Fr,
                "Le Conseil de sécurité de l'ONU a voté.",
                &[("Conseil de sécurité de l'ONU", false)],
            ),
            // Case-sensitive acronyms with punctuation, and their case guard.
            (
                Lang::En,
                "The U.S. and the UN met.",
                &[("U.S.", true), ("UN", true)],
            ),
            (Lang::En, "un us", &[]),
            // A pattern inside a longer word is no match.
            (Lang::En, "Russiagate", &[]),
            // Any white space between the words of a name, line breaks too.
            (
                Lang::Fr,
                "la Maison\nBlanche",
                &[("Maison\nBlanche", false)],
            ),
            // Words longer than the sixteen-byte packed key.
            (
                Lang::Fr,
                "l'Autorité intergouvernementale pour le développement",
                &[("Autorité intergouvernementale pour le développement", false)],
            ),
        ];
        for (lang, text, want) in rows {
            let got = scan(&lexicon, *lang, text);
            let got: Vec<(&str, bool)> = got.iter().map(|(t, cs)| (t.as_str(), *cs)).collect();
            let want: Vec<(&str, bool)> = want.to_vec();
            // Only the listed patterns are checked: others may match too
            // (trigger forms, cue words), so compare those present.
            for w in &want {
                assert!(got.contains(w), "{text:?}: {w:?} not in {got:?}");
            }
            if want.is_empty() {
                assert!(
                    got.iter()
                        .all(|(t, _)| !t.contains("Russia") && !t.eq_ignore_ascii_case("un")),
                    "{text:?}: {got:?}"
                );
            }
        }
    }

    #[test]
    fn long_words_are_in_the_vocabulary() {
        let mut v = Vocab::default();
        let long = "intergouvernementales";
        let id = v.intern(long.as_bytes());
        let short = v.intern(b"onu");
        assert_ne!(id, short);
        assert_eq!(v.get(long.as_bytes()), id);
        assert_eq!(v.get_at(long.as_bytes(), 0, long.len()), id);
        let hay = b"l onu et";
        assert_eq!(v.get_at(hay, 2, 5), short);
        assert_eq!(v.get_at(b"onu", 0, 3), short);
        assert_eq!(v.get_at(hay, 6, 8), NONE);
    }
}
#[cfg(test)]
mod collisions {
    /// Regression: "dû" (participle of the trigger "devoir") folds to the
    /// article "du", so every "du" was a trigger and stopped the search
    /// for objects ("bombardé des positions du Hezbollah" found nothing).
    #[test]
    fn no_trigger_form_is_a_determiner() {
        use crate::lexicon::cues::role::DET;
        let lexicon = crate::lexicon::Lexicon::build(&[]).expect("embedded lexicons");
        for l in crate::Lang::ALL {
            let x = lexicon.lang(l);
            for (p, entries) in &x.folded {
                let det = x.cue(p).is_some_and(|c| c.roles & DET != 0);
                let trigger = entries
                    .iter()
                    .any(|e| matches!(e, super::Entry::Trigger { .. }));
                assert!(
                    !(det && trigger),
                    "{l:?}: trigger form {p:?} is a determiner"
                );
            }
        }
    }
}
