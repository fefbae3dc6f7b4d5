//! The actors of one document: the lexicon's table plus new actors the
//! document introduces ("M. Dupont"), addressed by one index space.

use crate::lexicon::actors::{ActorIdx, ActorTable};
use crate::model::actor::Actor;
use std::collections::{HashMap, HashSet};

/// Lexicon actors and document-local ones.
pub(crate) struct Registry<'a> {
    pub(crate) table: &'a ActorTable,
    local: Vec<Actor>,
    /// The parent of each local actor.
    local_parents: Vec<Option<ActorIdx>>,
    /// Std's SipHash: ids of new names come from the text, and a hostile
    /// text must not flood the map.
    by_id: HashMap<String, ActorIdx>,
    /// The persons named so far in the document, by each word of their
    /// name (folded; particles and words under three letters left out),
    /// so that a later "Shoshani" or "Wang" is the "Nadav Shoshani" or
    /// "Wang Yi" named before; `None` for a word two persons share. SipHash
    /// again: the words come from the text.
    name_words: HashMap<String, Option<ActorIdx>>,
    /// The first bytes of the words of `name_words`, as bits: most
    /// capitalised words are no person's, and this says so without hashing.
    name_firsts: [u64; 4],
    /// Persons already noted in `name_words`.
    noted: HashSet<ActorIdx>,
    /// How often each country was named so far, in order of first
    /// mention: (country index, count).
    countries: Vec<(u16, u32)>,
}

impl<'a> Registry<'a> {
    /// A registry over `table` with no local actors.
    pub(crate) fn new(table: &'a ActorTable) -> Registry<'a> {
        Registry {
            table,
            local: Vec::new(),
            local_parents: Vec::new(),
            by_id: HashMap::new(),
            name_words: HashMap::new(),
            name_firsts: [0; 4],
            noted: HashSet::new(),
            countries: Vec::new(),
        }
    }

    /// The country (index into the country table) an actor names: its
    /// own for countries, places and sector actors; none for persons and
    /// document-local actors.
    pub(crate) fn names_country(&self, idx: ActorIdx) -> Option<u16> {
        self.table
            .names_country
            .get(idx as usize)
            .copied()
            .flatten()
    }

    /// Note that a country (by index into the country table) was named.
    pub(crate) fn note_country(&mut self, country: u16) {
        match self.countries.iter_mut().find(|(c, _)| *c == country) {
            Some((_, n)) => *n += 1,
            None => self.countries.push((country, 1)),
        }
    }

    /// The country named most so far (the first named among equals).
    pub(crate) fn focus_country(&self) -> Option<u16> {
        let mut best: Option<(u16, u32)> = None;
        for &(c, n) in &self.countries {
            if best.map_or(true, |(_, m)| n > m) {
                best = Some((c, n));
            }
        }
        best.map(|(c, _)| c)
    }

    /// Note that person `idx` was named, for [`Registry::person_named`].
    /// Words shorter than three bytes and the particles of `particle`
    /// ("de", "al", "bin") are left out.
    pub(crate) fn note_person(&mut self, idx: ActorIdx, particle: impl Fn(&str) -> bool) {
        if !self.noted.insert(idx) {
            return;
        }
        let label = crate::text::normalize::fold_pattern(&self.actor(idx).label);
        for w in label.split(|c: char| !c.is_alphanumeric()) {
            if w.len() < 3 || particle(w) {
                continue;
            }
            let b = w.as_bytes()[0];
            self.name_firsts[usize::from(b >> 6)] |= 1 << (b & 63);
            self.name_words
                .entry(w.to_string())
                .and_modify(|e| {
                    if *e != Some(idx) {
                        *e = None;
                    }
                })
                .or_insert(Some(idx));
        }
    }

    /// The one person named so far whose name has the folded word `w`.
    pub(crate) fn person_named(&self, w: &str) -> Option<ActorIdx> {
        let &b = w.as_bytes().first()?;
        if self.name_firsts[usize::from(b >> 6)] & 1 << (b & 63) == 0 {
            return None;
        }
        self.name_words.get(w).copied().flatten()
    }

    /// The actor at `idx`.
    pub(crate) fn actor(&self, idx: ActorIdx) -> &Actor {
        let n = self.table.actors.len() as ActorIdx;
        if idx < n {
            self.table.actor(idx)
        } else {
            &self.local[(idx - n) as usize]
        }
    }

    /// Index of an id, lexicon first.
    pub(crate) fn get(&self, id: &str) -> Option<ActorIdx> {
        self.table.get(id).or_else(|| self.by_id.get(id).copied())
    }

    /// Add a new actor (or return the existing one with that id).
    pub(crate) fn add(&mut self, actor: Actor) -> ActorIdx {
        if let Some(i) = self.get(actor.id.as_str()) {
            return i;
        }
        let idx = (self.table.actors.len() + self.local.len()) as ActorIdx;
        self.by_id.insert(actor.id.as_str().to_string(), idx);
        let parent = actor.parent.as_ref().and_then(|p| self.get(p.as_str()));
        self.local_parents.push(parent);
        self.local.push(actor);
        idx
    }

    /// The parent of `idx`.
    pub(crate) fn parent(&self, idx: ActorIdx) -> Option<ActorIdx> {
        let n = self.table.actors.len();
        match (idx as usize).checked_sub(n) {
            None => self.table.parents.get(idx as usize).copied().flatten(),
            Some(l) => self.local_parents.get(l).copied().flatten(),
        }
    }

    /// True when one is the other or an ancestor of it.
    pub(crate) fn related(&self, a: ActorIdx, b: ActorIdx) -> bool {
        self.is_ancestor_or_self(a, b) || self.is_ancestor_or_self(b, a)
    }

    fn is_ancestor_or_self(&self, anc: ActorIdx, mut idx: ActorIdx) -> bool {
        for _ in 0..16 {
            if idx == anc {
                return true;
            }
            match self.parent(idx) {
                Some(p) => idx = p,
                None => return false,
            }
        }
        false
    }

    /// `idx` and its ancestors.
    pub(crate) fn lineage(&self, idx: ActorIdx) -> Vec<ActorIdx> {
        let mut out = vec![idx];
        let mut cur = idx;
        while let Some(p) = self.parent(cur) {
            if out.contains(&p) || out.len() > 16 {
                break;
            }
            out.push(p);
            cur = p;
        }
        out
    }
}

/// A stable slug for ids: ASCII lowercase words joined by hyphens.
pub(crate) fn slug(name: &str) -> String {
    let folded = crate::text::normalize::fold_pattern(name);
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::actor::{ActorId, ActorKind};

    #[test]
    fn parents_by_index_match_parent_ids() {
        let lexicon = crate::lexicon::Lexicon::build(&[]).expect("embedded lexicons");
        let table = &lexicon.actors;
        let mut reg = Registry::new(table);
        let mut with_parent = None;
        for idx in 0..table.actors.len() as ActorIdx {
            let want = table
                .actor(idx)
                .parent
                .as_ref()
                .and_then(|p| table.get(p.as_str()));
            assert_eq!(reg.parent(idx), want, "{}", table.actor(idx).id);
            if want.is_some() && with_parent.is_none() {
                with_parent = Some(idx);
            }
        }
        let org = with_parent.expect("some lexicon actor has a parent");
        let person = reg.add(Actor {
            id: ActorId::new("person:test-spokesman"),
            label: "Test Spokesman".to_string(),
            kind: ActorKind::Person,
            country: None,
            sector: None,
            parent: Some(table.actor(org).id.clone()),
        });
        assert_eq!(reg.parent(person), Some(org));
        let lineage = reg.lineage(person);
        assert_eq!(&lineage[..2], &[person, org]);
        assert!(reg.related(person, org) && reg.related(org, person));
        assert_eq!(reg.parent(person + 1), None);
    }
}
