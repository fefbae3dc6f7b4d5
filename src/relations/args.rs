//! Finding the source and target of a trigger.

use super::{ArgList, ArgRef, Resolved, Trig};
use crate::actors::coref::{Salience, Want};
use crate::actors::registry::Registry;
use crate::actors::{Adj, Cand};
use crate::lexicon::actors::ActorIdx;
use crate::lexicon::cues::{gn, role};
use crate::lexicon::inflect::Tense;
use crate::lexicon::triggers::{Pos, TriggerDef};
use crate::model::actor::ActorKind;
use crate::model::extraction::MentionKind;
use crate::model::relation::RelationKind;
use crate::sentence::{Sentence, Tok};
use std::cell::{Cell, RefCell};

/// Everything argument search reads.
pub(crate) struct Ctx<'s, 'a> {
    pub(crate) s: &'s Sentence<'a>,
    pub(crate) reg: &'s Registry<'a>,
    pub(crate) parties: &'s [Cand],
    pub(crate) adjs: &'s [Adj],
    pub(crate) sal: &'s Salience,
    pub(crate) trigs: &'s [Trig],
    /// Per-token tables of the sentence.
    pub(crate) index: &'s Index,
    /// Results remembered within the sentence.
    pub(crate) memo: &'s Memo,
}

/// Up to this many parties and triggers together, lookups scan them.
const SCAN_LIMIT: usize = 24;

/// Incidental phrases that may stand between an auxiliary and its
/// participle (see [`Ctx::incidental_start`]), in folded words.
const INCIDENTAL_PHRASES: &[&[&str]] = &[
    &["pour", "sa", "part"],
    &["pour", "son", "part"],
    &["pour", "leur", "part"],
    &["de", "son", "cote"],
    &["de", "sa", "cote"],
    &["de", "leur", "cote"],
    &["une", "nouvelle", "fois"],
    &["une", "fois", "de", "plus"],
    &["a", "plusieurs", "reprises"],
    &["a", "maintes", "reprises"],
    &["a", "son", "tour"],
    &["a", "leur", "tour"],
    &["dans", "la", "foulee"],
    &["pour", "la", "premiere", "fois"],
    &["for", "its", "part"],
    &["for", "their", "part"],
    &["for", "his", "part"],
    &["for", "her", "part"],
];

/// True when `w` is the last word of one of [`INCIDENTAL_PHRASES`] (a
/// test checks that the list agrees).
#[inline]
fn may_end_incidental(w: &[u8]) -> bool {
    matches!(
        w,
        b"part" | b"cote" | b"fois" | b"plus" | b"reprises" | b"tour" | b"foulee"
    )
}

/// Past this many tokens, a party or an adjective is not marked token by
/// token (see [`Index::marks`]).
const LONG_SPAN: u32 = 16;

/// No entry in a per-token table.
const NONE: u32 = u32::MAX;

/// Per-token tables built once per sentence, so that argument search
/// looks a token up instead of scanning the parties, the triggers or the
/// tokens again for every trigger.
#[derive(Debug, Default)]
pub(crate) struct Index {
    /// The first party starting at each token ([`NONE`]: none).
    at: Vec<u32>,
    /// The first party ending at each token.
    ending: Vec<u32>,
    /// The first trigger starting at each token.
    trig_at: Vec<u32>,
    /// The number of clause boundaries in the sentence.
    bounds_total: u32,
    /// Whether `at`, `ending` and `trig_at` are built (else scans).
    tables: bool,
    /// Parties starting minus parties ending at each token (a scratch for
    /// the dots inside long names).
    cover: Vec<i32>,
    /// The number of clause boundaries before each token.
    bounds: Vec<u32>,
    /// What starts, ends or lies at each token (see [`mark`]), so that a
    /// lookup that finds nothing costs one byte.
    marks: Vec<u8>,
    /// An adjective too long to mark its tokens (lookups then scan).
    long_adj: bool,
    /// A party too long to mark its tokens (lookups then scan).
    long_party: bool,
    /// The first token with role `if`/`si` (`usize::MAX` when none).
    pub(crate) first_if: usize,
    /// The first token with the reporting role ("selon", "according";
    /// `usize::MAX` when none).
    pub(crate) first_report: usize,
}

impl Index {
    /// Build the tables of `s` for `parties`, `trigs` and `adjs`.
    pub(crate) fn build(
        &mut self,
        s: &Sentence<'_>,
        parties: &[Cand],
        trigs: &[Trig],
        adjs: &[Adj],
    ) {
        let n = s.toks.len();
        self.marks.clear();
        self.marks.resize(n + 1, 0);
        self.long_party = mark_spans(
            &mut self.marks,
            parties.iter().map(|c| (c.t0, c.t1)),
            [mark::PARTY_AT, mark::PARTY_END, mark::IN_PARTY],
        );
        for o in trigs {
            if let Some(x) = self.marks.get_mut(o.t0 as usize) {
                *x |= mark::TRIG_AT;
            }
        }
        self.long_adj = mark_spans(
            &mut self.marks,
            adjs.iter().map(|a| (a.t0, a.t1)),
            [mark::ADJ_AT, mark::ADJ_END, mark::IN_ADJ],
        );
        // A few parties and triggers are found faster by a scan than by
        // tables; past that, tables keep long sentences linear.
        self.tables = parties.len() + trigs.len() > SCAN_LIMIT;
        if self.tables {
            let m = (parties.iter().map(|c| c.t0.max(c.t1) as usize))
                .chain(trigs.iter().map(|t| t.t0 as usize))
                .fold(n, usize::max)
                + 1;
            for v in [&mut self.at, &mut self.ending, &mut self.trig_at] {
                v.clear();
                v.resize(m, NONE);
            }
            // In reverse, so that the first one in order wins.
            for (i, c) in parties.iter().enumerate().rev() {
                self.at[c.t0 as usize] = i as u32;
                self.ending[c.t1 as usize] = i as u32;
            }
            for (i, t) in trigs.iter().enumerate().rev() {
                self.trig_at[t.t0 as usize] = i as u32;
            }
        }
        // Parties starting minus parties ending at each token, only when a
        // party is too long to mark its tokens.
        self.cover.clear();
        if self.long_party {
            self.cover.resize(n + 1, 0);
            for c in parties {
                if c.t0 < c.t1 && (c.t0 as usize) < n {
                    self.cover[c.t0 as usize] += 1;
                    self.cover[(c.t1 as usize).min(n)] -= 1;
                }
            }
        }
        let text = s.folded.text.as_bytes();
        let (mut count, mut first_if, mut first_report) = (0u32, usize::MAX, usize::MAX);
        // Parties covering the token (with a long party: summed from
        // `cover` only at the dots that need it, `summed` tokens so far).
        let (mut inside, mut summed) = (0i32, 0usize);
        // Only punctuation and clause or "if" words can be boundaries:
        // the counts are filled in between them (and reporting words are
        // looked for among the other cue words).
        self.bounds.clear();
        for (t, tok) in s.toks.iter().enumerate() {
            if tok.punct == 0 && tok.roles & (role::CLAUSE | role::IF | role::REPORT) == 0 {
                continue;
            }
            let b = match tok.punct {
                b';' | b':' | b'?' | b'!' => true,
                // Not the dots of "U.N." or "U.S.", nor of an
                // abbreviation the sentence splitter kept inside the
                // sentence ("St. Vincent", "Gen. Tiani", "Jan. 1").
                b'.' => {
                    let initial = t > 0 && s.word_bytes(t - 1).len() == 1;
                    let abbrev = t > 0
                        && s.toks[t - 1].upper
                        && s.toks[t - 1].punct == 0
                        && s.word_bytes(t - 1).len() <= 4
                        && s.toks[t - 1].roles & role::TITLE == 0;
                    !(initial || abbrev)
                        && if self.long_party {
                            inside += self.cover.get(summed..=t).map_or(0, |c| c.iter().sum());
                            summed = t + 1;
                            inside <= 0
                        } else {
                            self.marks.get(t).is_some_and(|&m| m & mark::IN_PARTY == 0)
                        }
                }
                _ => tok_has(text, tok, role::CLAUSE),
            };
            if b {
                self.bounds.resize(t + 1, count);
                count += 1;
                if let Some(m) = self.marks.get_mut(t) {
                    *m |= mark::BOUND;
                }
            }
            if first_if == usize::MAX && tok_has(text, tok, role::IF) {
                first_if = t;
            }
            if first_report == usize::MAX && tok_has(text, tok, role::REPORT) {
                first_report = t;
            }
        }
        self.bounds.resize(n, count);
        self.bounds_total = count;
        self.first_if = first_if;
        self.first_report = first_report;
    }

    /// The number of clause boundaries before token `t`.
    #[inline]
    fn bounds_before(&self, t: usize) -> u32 {
        self.bounds.get(t).copied().unwrap_or(self.bounds_total)
    }

    /// False when nothing with mark `m` is at token `t` (true: maybe).
    #[inline]
    fn may(&self, t: usize, m: u8) -> bool {
        self.marks.get(t).map_or(true, |&x| x & m != 0)
    }

    /// False when no party covers token `t` (true: maybe).
    #[inline]
    pub(crate) fn maybe_covered(&self, t: usize) -> bool {
        self.long_party || self.may(t, mark::IN_PARTY)
    }

    /// True when a table holds more than `n` entries.
    pub(crate) fn large(&self, n: usize) -> bool {
        self.at.capacity() > n
            || self.bounds.capacity() > n
            || self.cover.capacity() > n
            || self.marks.capacity() > n
    }

    fn lookup(v: &[u32], t: usize) -> Option<usize> {
        v.get(t).copied().filter(|&i| i != NONE).map(|i| i as usize)
    }
}

/// Mark token spans `[t0, t1)` in `marks` with `[at, end, inside]`: `at` on
/// their first token, `end` on the token after them and `inside` on each of
/// their tokens, unless a span is longer than [`LONG_SPAN`]; true when one
/// was (its lookups then scan).
fn mark_spans(marks: &mut [u8], spans: impl Iterator<Item = (u32, u32)>, bits: [u8; 3]) -> bool {
    let [at, end, inside] = bits;
    let mut set = |t: u32, m: u8| {
        if let Some(x) = marks.get_mut(t as usize) {
            *x |= m;
        }
    };
    let mut long = false;
    for (t0, t1) in spans {
        set(t0, at);
        set(t1, end);
        if t1.saturating_sub(t0) > LONG_SPAN {
            long = true;
        } else {
            for t in t0..t1 {
                set(t, inside);
            }
        }
    }
    long
}

/// The bits of [`Index::marks`].
mod mark {
    /// A party starts at the token.
    pub(super) const PARTY_AT: u8 = 1;
    /// A party ends right before the token.
    pub(super) const PARTY_END: u8 = 1 << 1;
    /// A trigger starts at the token.
    pub(super) const TRIG_AT: u8 = 1 << 2;
    /// A nationality adjective starts at the token.
    pub(super) const ADJ_AT: u8 = 1 << 3;
    /// A nationality adjective ends right before the token.
    pub(super) const ADJ_END: u8 = 1 << 4;
    /// A nationality adjective covers the token.
    pub(super) const IN_ADJ: u8 = 1 << 5;
    /// A party covers the token.
    pub(super) const IN_PARTY: u8 = 1 << 6;
    /// The token ends a clause (see [`Ctx::is_boundary`](super::Ctx::is_boundary)).
    pub(super) const BOUND: u8 = 1 << 7;
}

/// True when token `tok` of a sentence whose folded text is `text` has cue
/// role `r` ([`Sentence::has`]: "a" is "à", a preposition, only with its
/// accent, else the auxiliary).
#[inline]
fn tok_has(text: &[u8], tok: &Tok, r: u32) -> bool {
    tok.roles & r != 0
        && (tok.roles & role::ACCENT == 0
            || !(tok.punct == 0
                && tok.e.wrapping_sub(tok.s) == 1
                && text.get(tok.s as usize) == Some(&b'a'))
            || ((r & (role::PREP | role::LOC) != 0) == tok.accented))
}

/// Results remembered while the triggers of one sentence are examined.
#[derive(Debug, Default)]
pub(crate) struct Memo {
    /// `Registry::related` answers: (lower, higher, related).
    related: RefCell<Vec<(ActorIdx, ActorIdx, bool)>>,
    /// The parties that can be antecedents (not compound modifiers), once
    /// `ready`.
    current: RefCell<Vec<Cand>>,
    ready: Cell<bool>,
    /// What each party gives as a subject, by party number.
    subjects: RefCell<Vec<PartySubject>>,
    /// The last [`Ctx::auxiliaries`] answer: (token + 1, active, passive);
    /// the triggers read on one token follow each other.
    aux: Cell<(usize, bool, bool)>,
}

/// What a party gives as the subject of a later verb.
#[derive(Debug, Clone, Copy)]
enum PartySubject {
    /// Not examined yet.
    Unknown,
    /// Never a subject (see [`Ctx::may_be_subject`]).
    Skip,
    /// Maybe a subject; its list is not built yet.
    Candidate,
    /// A subject, with its list (see [`Ctx::subject_from`]).
    Subject(ArgList),
}

impl Memo {
    /// Forget the previous sentence.
    pub(crate) fn clear(&self) {
        self.related.borrow_mut().clear();
        self.current.borrow_mut().clear();
        self.ready.set(false);
        self.subjects.borrow_mut().clear();
        self.aux.set((0, false, false));
    }

    /// Remember what party `i` of `n` gives as a subject.
    fn remember(&self, i: usize, n: usize, state: PartySubject) {
        if let Ok(mut m) = self.subjects.try_borrow_mut() {
            if m.len() < n {
                m.resize(n, PartySubject::Unknown);
            }
            if let Some(x) = m.get_mut(i) {
                *x = state;
            }
        }
    }
}

/// How many `related` answers a sentence remembers (a linear list).
const RELATED_MEMO: usize = 32;

/// One argument.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Arg {
    pub(crate) actor: ActorIdx,
    pub(crate) resolved: bool,
}

/// How far (tokens) argument search looks.
const SUBJECT_REACH: usize = 30;
const OBJECT_REACH: usize = 8;
/// How many tokens of places and times object search may pass over beyond
/// [`OBJECT_REACH`].
const OBJECT_PASS: usize = 8;

impl Ctx<'_, '_> {
    pub(crate) fn party_at(&self, t: usize) -> Option<&Cand> {
        if !self.index.may(t, mark::PARTY_AT) {
            None
        } else if self.index.tables {
            Index::lookup(&self.index.at, t).and_then(|i| self.parties.get(i))
        } else {
            self.parties.iter().find(|c| c.t0 as usize == t)
        }
    }

    fn party_ending(&self, t: usize) -> Option<&Cand> {
        if !self.index.may(t, mark::PARTY_END) {
            None
        } else if self.index.tables {
            Index::lookup(&self.index.ending, t).and_then(|i| self.parties.get(i))
        } else {
            self.parties.iter().find(|c| c.t1 as usize == t)
        }
    }

    /// True when token `i` has cue role `r` ([`Sentence::has`]).
    #[inline]
    pub(crate) fn has(&self, i: usize, r: u32) -> bool {
        self.s
            .toks
            .get(i)
            .is_some_and(|t| tok_has(self.s.folded.text.as_bytes(), t, r))
    }

    /// The first trigger starting at token `t`.
    pub(crate) fn trig_at(&self, t: usize) -> Option<&Trig> {
        self.trig_index_at(t).and_then(|i| self.trigs.get(i))
    }

    /// The index in `trigs` of the first trigger starting at token `t`
    /// (the others starting there follow it).
    fn trig_index_at(&self, t: usize) -> Option<usize> {
        if !self.index.may(t, mark::TRIG_AT) {
            None
        } else if self.index.tables {
            Index::lookup(&self.index.trig_at, t)
        } else {
            self.trigs.iter().position(|o| o.t0 as usize == t)
        }
    }

    /// True when one of `a`, `b` is the other or its ancestor
    /// ([`Registry::related`], remembered).
    pub(crate) fn related(&self, a: ActorIdx, b: ActorIdx) -> bool {
        let key = (a.min(b), a.max(b));
        let Ok(mut memo) = self.memo.related.try_borrow_mut() else {
            return self.reg.related(a, b);
        };
        if let Some(&(_, _, r)) = memo.iter().find(|m| (m.0, m.1) == key) {
            return r;
        }
        let r = self.reg.related(a, b);
        if memo.len() < RELATED_MEMO {
            memo.push((key.0, key.1, r));
        }
        r
    }

    /// True when the mention completes the party right before it through
    /// de/of ("les rebelles houthis du Yémen", "the army of Mali"): a
    /// modifier, no antecedent of a later pronoun.
    pub(crate) fn genitive_modifier(&self, c: &Cand) -> bool {
        let s = self.s;
        let mut j = c.t0 as usize;
        // "de la France": the article before the name.
        if j > 0 && self.has(j - 1, role::DET) && !matches!(s.word_bytes(j - 1), b"du" | b"des") {
            j -= 1;
        }
        j > 0
            && matches!(s.word_bytes(j - 1), b"de" | b"d" | b"du" | b"des" | b"of")
            && self.party_ending(j - 1).is_some()
    }

    /// True when the mention is the first part of a hyphenated compound
    /// ("Iran-backed group", "U.S.-brokered proposal", "Israel-Hamas
    /// war"): a modifier, never the subject, object or antecedent.
    pub(crate) fn compound_modifier(&self, c: &Cand) -> bool {
        let (a, b) = (c.t1 as usize - 1, c.t1 as usize);
        let s = self.s;
        b < s.toks.len()
            && s.toks[b].punct == 0
            && s.text
                .get(s.toks[a].oe as usize..s.toks[b].os as usize)
                .is_some_and(|gap| matches!(gap, "-" | "\u{2010}" | "\u{2011}"))
    }

    /// True when the mention is the subject of a reporting verb whose
    /// clause lacks its own subject before token `t`: "the UAE, which U.N.
    /// experts said had supplied weapons": the experts speak, they are not
    /// the subject of "supplied".
    fn says_before(&self, c: &Cand, t: usize) -> bool {
        use crate::lexicon::triggers::TriggerKind;
        self.trigs.iter().any(|o| {
            o.t0 >= c.t1
                && (o.t1 as usize) <= t
                && self.s.lex.triggers[o.trigger as usize].kind == TriggerKind::Say
                && self.s.lex.triggers[o.trigger as usize].pos == Pos::Verb
                && !self.parties.iter().any(|d| d.t0 >= c.t1 && d.t1 <= o.t0)
                // The reported clause has no subject of its own.
                && (o.t1 as usize..t).all(|i| {
                    self.has(i, role::AUX | role::PASSAUX | role::NEG | role::FUT | role::HYPO)
                })
        })
    }

    /// A finite verb: not an infinitive ("to meet", "de livrer") nor a
    /// present participle ("saying").
    fn finite(&self, o: &Trig) -> bool {
        let t0 = o.t0 as usize;
        let marked = t0 > 0 && matches!(self.s.word_bytes(t0 - 1), b"to" | b"de" | b"d" | b"a");
        !(marked || matches!(o.tense, Tense::Infinitive | Tense::PresentParticiple))
    }

    /// The subject of a verb coordinated by "and"/"et" at `conj` ("Hamas
    /// rejected the plan, saying…, and accused Washington"): the subject of
    /// the first finite verb of the clause.
    fn coordinated_verb_subject(
        &self,
        conj: usize,
        resolved: &mut Resolved,
        exclude: Option<ActorIdx>,
    ) -> Option<ArgList> {
        let s = self.s;
        let first = self.trigs.iter().find(|o| {
            (o.t1 as usize) <= conj
                && s.lex.triggers[o.trigger as usize].pos == Pos::Verb
                && self.finite(o)
                && !self.any_boundary(o.t1 as usize, conj)
        })?;
        let subj = self.subject_excluding(first.t0 as usize, resolved, exclude);
        (!subj.is_empty()).then_some(subj)
    }

    /// The actor of a nationality adjective on the target noun at `k`
    /// ("Ukrainian positions", "des positions ukrainiennes"), when the
    /// phrase starts at `k`.
    fn adjective_target(&self, k: usize) -> Option<ActorIdx> {
        let adj_at = |t: usize| {
            (self.index.may(t, mark::ADJ_AT))
                .then(|| self.adjs.iter().find(|a| a.t0 as usize == t))
                .flatten()
        };
        // English: adjective, target noun.
        if let Some(a) = adj_at(k) {
            if self.has(a.t1 as usize, role::TARGET) {
                return Some(a.actor);
            }
        }
        // French: target noun, adjective.
        if self.has(k, role::TARGET) {
            return adj_at(k + 1).map(|a| a.actor);
        }
        None
    }

    /// The party coordinated after a mention ending at `j`: "et la
    /// Syrie", "and Iran"; with `genitive`, also "et du Royaume-Uni", "et de
    /// la France", "and of Britain".
    pub(crate) fn coordinated(&self, mut j: usize, genitive: bool) -> Option<&Cand> {
        if !self.has(j, role::CONJ) {
            return None;
        }
        j += 1;
        if genitive && matches!(self.s.word_bytes(j), b"de" | b"d" | b"of") {
            j += 1;
        }
        if self.has(j, role::DET) {
            j += 1;
        }
        self.party_at(j)
    }

    /// Mention `c` as an argument, with the party coordinated after it
    /// (see [`coordinated`](Ctx::coordinated)); both are then marked
    /// coordinated.
    ///
    /// A list ("de France, d'Allemagne et du Royaume-Uni", "Britain,
    /// France and Germany") counts when it ends with the conjunction; a
    /// party after a comma alone is an apposition, not a conjunct.
    pub(crate) fn with_coordinated(&self, c: &Cand, genitive: bool) -> ArgList {
        let mut out = ArgList::one(ArgRef::literal(c.actor));
        let s = self.s;
        let mut j = c.t1 as usize;
        let mut listed = ArgList::new();
        while s.punct(j) == b',' && listed.len() + 2 < ArgList::CAP {
            let mut k = j + 1;
            if genitive && matches!(s.word_bytes(k), b"de" | b"d" | b"of") {
                k += 1;
            }
            if self.has(k, role::DET) {
                k += 1;
            }
            let Some(c2) = self.party_at(k) else {
                break;
            };
            listed.push(ArgRef {
                coord: true,
                ..ArgRef::literal(c2.actor)
            });
            j = c2.t1 as usize;
        }
        let end = if listed.is_empty() { c.t1 as usize } else { j };
        if let Some(c2) = self.coordinated(end, genitive) {
            for a in listed.iter() {
                out.push(*a);
            }
            out.push(ArgRef {
                coord: true,
                ..ArgRef::literal(c2.actor)
            });
            out[0].coord = true;
        }
        out
    }

    /// True when token `i` is a noun naming a member or organ of the party
    /// it is completed by or apposed to: a role ("l'émir du Qatar", "the
    /// leader of Hamas", "son homologue chinois, Wang Yi"), a government
    /// ("le gouvernement de M. Soudani", "the regime of Assad").
    pub(crate) fn head_noun(&self, i: usize) -> bool {
        self.has(i, role::ROLE)
            || matches!(
                self.s.word_bytes(i),
                b"homologues"
                    | b"counterparts"
                    | b"emir"
                    | b"roi"
                    | b"reine"
                    | b"king"
                    | b"queen"
                    | b"ambassadeurs"
                    | b"ambassadors"
                    | b"emissaires"
                    | b"envoyes"
                    | b"envoys"
                    | b"representants"
                    | b"representatives"
                    | b"dirigeants"
                    | b"leaders"
                    | b"chefs"
                    | b"diplomates"
                    | b"diplomats"
                    | b"gouvernement"
                    | b"government"
                    | b"armee"
                    | b"army"
                    | b"forces"
                    | b"troupes"
                    | b"troops"
                    | b"soldats"
                    | b"soldiers"
                    | b"combattants"
                    | b"fighters"
                    | b"paramilitaires"
                    | b"paramilitaries"
                    | b"mercenaires"
                    | b"mercenaries"
                    | b"regime"
                    | b"administration"
            )
    }

    /// True when the possessive at `k` owns a role noun ("son homologue
    /// chinois", "his Japanese counterpart").
    fn possessed_role(&self, k: usize) -> bool {
        let mut i = k + 1;
        while i < k + 3 && self.in_adjective(i) {
            i += 1;
        }
        self.head_noun(i)
    }

    /// True when the token is covered by a nationality adjective.
    fn in_adjective(&self, i: usize) -> bool {
        (self.index.long_adj || self.index.may(i, mark::IN_ADJ))
            && self
                .adjs
                .iter()
                .any(|a| a.t0 as usize <= i && i < a.t1 as usize)
    }

    /// Where a role phrase apposed to the party starting at `p` starts:
    /// "son homologue chinois, Wang Yi", "his Japanese counterpart Takeshi
    /// Iwaya", "le président Macron" (article, adjectives, one role noun,
    /// an optional comma); `p` itself when there is none or it would
    /// reach back to `t1`.
    fn role_phrase_start(&self, p: usize, t1: usize) -> usize {
        let s = self.s;
        let mut q = p;
        if q > t1 && s.punct(q - 1) == b',' {
            q -= 1;
        }
        let mut head = false;
        while q > t1 && q + 6 > p {
            let i = q - 1;
            if s.punct(i) == 0 && (self.head_noun(i) || self.has(i, role::TITLE)) {
                head = true;
            } else if !(s.punct(i) == 0
                && (self.in_adjective(i)
                    || matches!(
                        s.word_bytes(i),
                        b"premier" | b"premiere" | b"vice" | b"haut" | b"haute"
                    )))
            {
                break;
            }
            q = i;
        }
        if !head {
            return p;
        }
        if q > t1 && self.has(q - 1, role::DET | role::POSS) {
            q -= 1;
        }
        q
    }

    /// The party apposed after a role phrase that ends with the comma at
    /// `k` ("avec son homologue chinois, Wang Yi"): its first token.
    fn apposed_after_role(&self, k: usize, t1: usize) -> Option<usize> {
        let mut j = k + 1;
        while j < k + 3 && self.has(j, role::TITLE) {
            j += 1;
        }
        let c = self.party_at(j)?;
        let start = self.role_phrase_start(c.t0 as usize, t1);
        (start < k && start >= t1 && self.party_at(start).is_none()).then_some(j)
    }

    /// Where the object phrase starts when a party at `p` (its article
    /// included) completes a target noun: "des positions du Hezbollah",
    /// "the positions of the rebels", "des bases de l'armée" start at the
    /// noun's article; so does a role or government noun ("l'émir du
    /// Qatar", "le gouvernement de Mohamed Chia al-Soudani", "the government
    /// of President Aleksandar Vucic"). `p` itself otherwise, or when that
    /// would cross `t1`.
    fn target_noun_start(&self, p: usize, t1: usize) -> usize {
        let s = self.s;
        let mut q = p;
        // "du général X", "of President X": titles before the name.
        let mut n = 0;
        while q > t1 + 1 && n < 3 && self.has(q - 1, role::TITLE) && s.punct(q - 1) == 0 {
            q -= 1;
            n += 1;
        }
        if n > 0
            && q > t1 + 1
            && self.has(q - 1, role::DET)
            && !matches!(s.word_bytes(q - 1), b"du" | b"des")
        {
            q -= 1;
        }
        // "de l'armée", "of the rebels", "of Hamas": the preposition is
        // before the phrase; "du Hezbollah", "des rebelles": the article
        // at `p` is the preposition too.
        let prep =
            |w: &[u8]| matches!(w, b"de" | b"d" | b"of") || n > 0 && matches!(w, b"du" | b"des");
        // "targets linked to Iran's Revolutionary Guards", "des sites
        // liés au Hezbollah": a participle of belonging links the noun.
        let link = |w: &[u8]| {
            matches!(
                w,
                b"linked"
                    | b"belonging"
                    | b"tied"
                    | b"affiliated"
                    | b"used"
                    | b"lie"
                    | b"lies"
                    | b"liee"
                    | b"liees"
                    | b"appartenant"
                    | b"affilie"
                    | b"affilies"
                    | b"affiliee"
                    | b"affiliees"
            )
        };
        let link_prep = |w: &[u8]| matches!(w, b"to" | b"by" | b"with" | b"a" | b"au" | b"aux");
        if q > t1 && prep(s.word_bytes(q - 1)) {
            q -= 1;
        } else if q > t1 + 2 && link_prep(s.word_bytes(q - 1)) && link(s.word_bytes(q - 2)) {
            q -= 2;
        } else if q > t1 + 1
            && matches!(s.word_bytes(q), b"au" | b"aux")
            && link(s.word_bytes(q - 1))
        {
            q -= 1;
        } else if !matches!(s.word_bytes(q), b"du" | b"des") {
            return p;
        }
        // "des paramilitaires russes du groupe Wagner": an adjective
        // between the noun and its complement.
        let mut a = 0;
        while a < 2 && q > t1 + 1 && self.in_adjective(q - 1) {
            q -= 1;
            a += 1;
        }
        // "les activités nucléaires de l'Iran": one plain adjective after a
        // target noun (a lowercase word that is no cue and no trigger).
        if a == 0
            && q > t1 + 2
            && self.has(q - 2, role::TARGET)
            && s.punct(q - 1) == 0
            && !s.toks[q - 1].upper
            && s.toks[q - 1].roles == 0
            && self.trig_at(q - 1).is_none()
        {
            q -= 1;
        }
        if q <= t1 || !(self.has(q - 1, role::TARGET) || self.head_noun(q - 1)) {
            return p;
        }
        q -= 1;
        // "more than 85 targets", "plus de 85 cibles".
        let mut m = 0;
        while m < 4 && q > t1 + 1 && s.quantity(q - 1) {
            q -= 1;
            m += 1;
            if q > t1 + 1 && s.word_bytes(q - 1) == b"de" && s.quantity(q.saturating_sub(2)) {
                q -= 1;
            }
        }
        if q > t1 && self.has(q - 1, role::DET | role::POSS) {
            q -= 1;
        }
        q
    }

    /// True when the mention follows a quantity: "des milliers de
    /// manifestants", "hundreds of protesters", "plus de 100 000 soldats".
    fn after_quantity(&self, c: &Cand) -> bool {
        let i = c.t0 as usize;
        i > 1 && matches!(self.s.word_bytes(i - 1), b"de" | b"d" | b"of") && self.s.quantity(i - 2)
    }

    /// True when the mention is the object of a preposition.
    fn after_prep(&self, c: &Cand) -> bool {
        if self.after_quantity(c) {
            return false;
        }
        let i = c.t0 as usize;
        let p = role::PREP | role::LOC | role::BY;
        // "du", "des", "au" are both article and preposition.
        i > 0
            && (self.has(i - 1, p)
                || (i > 1 && self.has(i - 1, role::DET | role::POSS) && self.has(i - 2, p)))
    }

    /// True when token `t` ends a clause: ";", ":", "?", "!", a full stop
    /// (not the dots of "U.N." or inside a name) or a clause word.
    pub(crate) fn is_boundary(&self, t: usize) -> bool {
        (self.index.marks.get(t)).is_some_and(|&m| m & mark::BOUND != 0)
    }

    /// True when a token of `[a, b)` ends a clause.
    pub(crate) fn any_boundary(&self, a: usize, b: usize) -> bool {
        a < b && self.index.bounds_before(b) > self.index.bounds_before(a)
    }

    fn resolve(
        &self,
        t: usize,
        want: Want,
        resolved: &mut Resolved,
        kind: MentionKind,
    ) -> Option<Arg> {
        // The first part of a compound is no antecedent: in "the
        // Iran-backed group said it…", "it" is the group; nor a party
        // completing another: in "les rebelles houthis du Yémen… leurs
        // positions", "leurs" is the rebels.
        let a = match self.memo.current.try_borrow_mut() {
            Ok(mut current) => {
                if !self.memo.ready.get() {
                    current.clear();
                    current.extend(
                        (self.parties.iter())
                            .filter(|c| !self.compound_modifier(c) && !self.genitive_modifier(c))
                            .copied(),
                    );
                    self.memo.ready.set(true);
                }
                self.sal
                    .resolve(self.reg, self.s.index, &current, t as u32, &want)
            }
            Err(_) => {
                let current: Vec<Cand> = (self.parties.iter())
                    .filter(|c| !self.compound_modifier(c) && !self.genitive_modifier(c))
                    .copied()
                    .collect();
                self.sal
                    .resolve(self.reg, self.s.index, &current, t as u32, &want)
            }
        }?;
        resolved.push(super::resolved_cand(t as u32, a, kind));
        Some(Arg {
            actor: a,
            resolved: true,
        })
    }

    /// Resolve a pronoun or possessive at token `t`.
    fn pronoun(&self, t: usize, resolved: &mut Resolved, exclude: Option<ActorIdx>) -> Option<Arg> {
        self.pronoun_excluding(t, resolved, [exclude, None])
    }

    /// [`pronoun`](Ctx::pronoun) never resolving to either of `exclude`.
    fn pronoun_excluding(
        &self,
        t: usize,
        resolved: &mut Resolved,
        exclude: [Option<ActorIdx>; 2],
    ) -> Option<Arg> {
        let cue = self.s.cue(t)?;
        let en = self.s.lex.lang == crate::Lang::En;
        let w = self.s.word_bytes(t);
        let want = Want {
            gn: if en {
                cue.gn & (gn::PL | gn::SG)
            } else {
                cue.gn
            },
            person: en && matches!(w, b"he" | b"she" | b"his" | b"him" | b"her"),
            non_person: en && matches!(w, b"it" | b"its"),
            kinds: Vec::new(),
            exclude: exclude[0],
            exclude_also: exclude[1],
        };
        self.resolve(t, want, resolved, MentionKind::Pronoun)
    }

    /// A definite description ("le régime", "the militia") at `t`.
    fn description(&self, t: usize, resolved: &mut Resolved) -> Option<Arg> {
        self.description_excluding(t, resolved, None)
    }

    /// [`description`](Ctx::description), never resolving to `exclude`.
    fn description_excluding(
        &self,
        t: usize,
        resolved: &mut Resolved,
        exclude: Option<ActorIdx>,
    ) -> Option<Arg> {
        let cue = self.s.cue(t)?;
        // "a spokesman", "un responsable": an indefinite introduces
        // someone new.
        if cue.roles & role::DESC == 0 || t == 0 || !definite(self, t - 1) {
            return None;
        }
        let want = Want {
            gn: cue.gn,
            kinds: cue.kinds.clone(),
            exclude,
            ..Want::default()
        };
        self.resolve(t, want, resolved, MentionKind::Description)
    }

    /// Where an incidental phrase ending right before token `end` starts
    /// ("a pour sa part rejeté", "ont de leur côté pilonné", "a une
    /// nouvelle fois condamné"), or `end` when there is none.
    pub(crate) fn incidental_start(&self, end: usize) -> usize {
        const PHRASES: &[&[&str]] = INCIDENTAL_PHRASES;
        let s = self.s;
        // Most tokens end no phrase: compare the last word first, once.
        let Some(last) = end.checked_sub(1).map(|i| s.word_bytes(i)) else {
            return end;
        };
        if !may_end_incidental(last) {
            return end;
        }
        for ph in PHRASES {
            let n = ph.len();
            if end >= n
                && ph[n - 1].as_bytes() == last
                && (0..n - 1).all(|i| s.word_bytes(end - n + i) == ph[i].as_bytes())
            {
                return end - n;
            }
        }
        end
    }

    /// The auxiliaries of the verb form at `t0`: (active, passive).
    /// Looks past an incidental phrase ("a pour sa part rejeté"); a
    /// French reflexive before "être" makes a compound past active ("s'est
    /// entretenu", "se sont retirées"); a participle coordinated after a
    /// compound past shares its auxiliary ("a salué la décision et appelé
    /// l'Iran à…").
    pub(crate) fn auxiliaries(&self, t0: usize) -> (bool, bool) {
        let (at, active, passive) = self.memo.aux.get();
        if at == t0 + 1 {
            return (active, passive);
        }
        let found = self.auxiliaries_at(t0);
        self.memo.aux.set((t0 + 1, found.0, found.1));
        found
    }

    /// [`auxiliaries`](Ctx::auxiliaries), not remembered.
    fn auxiliaries_at(&self, t0: usize) -> (bool, bool) {
        let s = self.s;
        let end = self.incidental_start(t0);
        let lo = end.saturating_sub(3);
        let mut has_aux = (lo..end).any(|i| self.has(i, role::AUX));
        let mut passive = false;
        let fr = s.lex.lang == crate::Lang::Fr;
        for q in lo..end {
            if !self.has(q, role::PASSAUX) {
                continue;
            }
            let refl = |i: usize| matches!(s.word_bytes(i), b"s" | b"se");
            let reflexive = fr
                && q > 0
                && (refl(q - 1)
                    || (q > 1 && matches!(s.word_bytes(q - 1), b"en" | b"y") && refl(q - 2)));
            if reflexive {
                has_aux = true;
            } else {
                passive = true;
            }
        }
        if !has_aux
            && !passive
            && end > 1
            && self.has(end - 1, role::CONJ)
            && s.punct(end - 2) != b','
        {
            // The auxiliary of the first verb, within the clause.
            let mut i = end - 1;
            while i > 0 && i + 25 > end && !self.is_boundary(i - 1) {
                i -= 1;
                if self.has(i, role::PASSAUX) {
                    passive = true;
                    break;
                }
                if self.has(i, role::AUX) {
                    has_aux = true;
                    break;
                }
            }
        }
        (has_aux, passive)
    }

    /// The subject of a verb or noun at token `t`, with coordinated subjects.
    pub(crate) fn subject(&self, t: usize, resolved: &mut Resolved) -> ArgList {
        self.subject_excluding(t, resolved, None)
    }

    /// [`subject`](Ctx::subject), never resolving a pronoun to `exclude`.
    pub(crate) fn subject_excluding(
        &self,
        t: usize,
        resolved: &mut Resolved,
        exclude: Option<ActorIdx>,
    ) -> ArgList {
        let s = self.s;
        // Look back over auxiliaries, negation and object clitics.
        let mut k = t;
        let mut steps = 0;
        while k > 0 && steps < 5 {
            let p = k - 1;
            if self.has(
                p,
                role::AUX
                    | role::PASSAUX
                    | role::NEGPRE
                    | role::NEG
                    | role::FUT
                    | role::HYPO
                    | role::OBJPRON,
            ) || matches!(
                s.word_bytes(p),
                b"t" | b"deja" | b"already" | b"also" | b"aussi" | b"encore" | b"still"
            ) || (s.lex.lang == crate::Lang::Fr && matches!(s.word_bytes(p), b"s" | b"se"))
                || (self.has(p, role::DET)
                    && s.lex.lang == crate::Lang::Fr
                    && steps == 0
                    && matches!(s.word_bytes(p), b"la" | b"le" | b"les" | b"l"))
            {
                k = p;
                steps += 1;
            } else if self.incidental_start(k) < k {
                k = self.incidental_start(k);
                steps += 1;
            } else {
                break;
            }
        }
        if k > 0 {
            let p = k - 1;
            if self.has(p, role::RELSUBJ) {
                // "La Russie, qui mène…": the antecedent.
                let mut a = p;
                if a > 0 && s.punct(a - 1) == b',' {
                    a -= 1;
                }
                if let Some(c) = self.party_ending(a) {
                    return ArgList::one(ArgRef::literal(c.actor));
                }
                // "la junte au pouvoir à Bamako, qui a rompu…": the
                // antecedent is a noun that names no party; the party
                // before it is not the subject.
                return ArgList::new();
            }
            if self.has(p, role::CONJ) {
                if let Some(subj) = self.coordinated_verb_subject(p, resolved, exclude) {
                    return subj;
                }
            }
            if self.has(p, role::PRON) {
                if let Some(a) = self.pronoun(p, resolved, exclude) {
                    return ArgList::one(a.into());
                }
            }
            if let Some(a) = self.description(p, resolved) {
                return ArgList::one(a.into());
            }
        }
        // The nearest party to the left not inside a prepositional phrase.
        let lo = t.saturating_sub(SUBJECT_REACH);
        for (i, c) in (self.parties.iter().enumerate().rev())
            .filter(|(_, c)| (c.t1 as usize) <= t && c.t0 as usize >= lo)
        {
            if self.any_boundary(c.t1 as usize, t) {
                break;
            }
            if !self.may_be_subject(i, c) || self.says_before(c, t) {
                continue;
            }
            return self.subject_from(i, c);
        }
        ArgList::new()
    }

    /// True unless party `c` (number `pi`) can never be a subject: it is
    /// the object of a preposition, the first part of a compound, or the
    /// subject of an object relative ("Les paramilitaires, que Washington
    /// accuse…, ont été repoussés": it stays in the relative). Remembered
    /// for the sentence.
    fn may_be_subject(&self, pi: usize, c: &Cand) -> bool {
        let known = self
            .memo
            .subjects
            .try_borrow()
            .ok()
            .and_then(|m| match m.get(pi) {
                Some(PartySubject::Skip) => Some(false),
                Some(PartySubject::Candidate | PartySubject::Subject(_)) => Some(true),
                _ => None,
            });
        if let Some(known) = known {
            return known;
        }
        let s = self.s;
        let skip = self.after_prep(c) || self.compound_modifier(c) || {
            let mut i = c.t0 as usize;
            if i > 0 && self.has(i - 1, role::DET) {
                i -= 1;
            }
            // (Not the conjunction: "a affirmé que la Russie…".)
            i > 1
                && self.has(i - 1, role::RELOBJ)
                && (s.punct(i - 2) == b',' || self.party_ending(i - 1).is_some())
        };
        let state = if skip {
            PartySubject::Skip
        } else {
            PartySubject::Candidate
        };
        self.memo.remember(pi, self.parties.len(), state);
        !skip
    }

    /// The subject party `c` (number `pi`) gives, with the parties
    /// coordinated before it (remembered for the sentence).
    fn subject_from(&self, pi: usize, c: &Cand) -> ArgList {
        if let Some(PartySubject::Subject(out)) =
            (self.memo.subjects.try_borrow().ok()).and_then(|m| m.get(pi).copied())
        {
            return out;
        }
        let s = self.s;
        let mut out = ArgList::one(ArgRef::literal(c.actor));
        // "la France et l'Allemagne"; "Nicolas Maduro and Guyana's
        // President Irfaan Ali", "et son homologue guyanien Irfaan Ali".
        let mut i = self.role_phrase_start(c.t0 as usize, 0);
        if i == c.t0 as usize
            && i > 2
            && self.has(i - 1, role::TITLE | role::ROLE)
            && s.word_bytes(i - 2) == b"s"
        {
            i -= 1;
        }
        if i < c.t0 as usize && i > 1 && s.word_bytes(i - 1) == b"s" {
            if let Some(owner) = self.party_ending(i - 1) {
                i = owner.t0 as usize;
            }
        }
        // The role phrase read as the organisation the person
        // represents ("Guyana's President" before "Irfaan Ali").
        if let Some(org) = self.party_ending(c.t0 as usize) {
            if (org.t0 as usize) < i && self.reg.actor(org.actor).kind != ActorKind::Person {
                i = org.t0 as usize;
                // "et son homologue chinois Xi Jinping".
                if i > 0 && self.has(i - 1, role::POSS) {
                    i -= 1;
                }
            }
        }
        if i > 0 && self.has(i - 1, role::DET) {
            i -= 1;
        }
        if i > 0 && self.has(i - 1, role::CONJ) {
            // "Les États-Unis, le Royaume-Uni et la France": the
            // conjunct before "et", then those before each comma.
            let mut end = i - 1;
            while let Some(c2) = self.party_ending(end) {
                out.push(ArgRef {
                    coord: true,
                    ..ArgRef::literal(c2.actor)
                });
                out[0].coord = true;
                let mut j = c2.t0 as usize;
                if j > 0 && self.has(j - 1, role::DET) {
                    j -= 1;
                }
                if j == 0 || s.punct(j - 1) != b',' || out.len() >= 6 {
                    break;
                }
                end = j - 1;
            }
        }
        self.memo
            .remember(pi, self.parties.len(), PartySubject::Subject(out));
        out
    }

    /// The target after token `t1`, introduced as `def` allows.
    pub(crate) fn object(
        &self,
        t1: usize,
        def: &TriggerDef,
        allow_obj: bool,
        resolved: &mut Resolved,
        exclude: Option<ActorIdx>,
    ) -> ArgList {
        let s = self.s;
        // A time adverbial right after the verb ("combattent depuis 2007
        // le gouvernement", "struck on Friday the…", "a rencontré jeudi
        // soir") is not the object's preposition: the object starts after.
        let mut t1 = t1;
        for _ in 0..3 {
            let w = s.word_bytes(t1);
            let next = s.toks.get(t1 + 1);
            if self.has(t1, role::TIME) {
                t1 += 1;
            } else if matches!(w, b"depuis" | b"since" | b"on" | b"en")
                && next.is_some_and(|n| n.digit || n.roles & role::TIME != 0)
            {
                t1 += 2;
            } else {
                break;
            }
        }
        let mut end = (t1 + OBJECT_REACH).min(s.toks.len());
        let mut k = t1;
        // A party coordinated with the excluded source.
        let mut coordinated = None;
        // Tokens of places and times passed over ("struck in Iraq and Syria
        // on Friday against…"), which the reach does not count (bounded).
        let mut passed = 0;
        let mut pass = |end: &mut usize, n: usize| {
            let n = n.min(OBJECT_PASS - passed);
            passed += n;
            *end = (*end + n).min(s.toks.len());
        };
        while k < end {
            if self.has(k, role::TIME) {
                pass(&mut end, 2);
            }
            // "in Iraq and Syria": a place (capitalised, no party) and its
            // conjuncts after a preposition of place.
            if self.has(k, role::LOC) {
                let first = if self.has(k + 1, role::DET) {
                    k + 2
                } else {
                    k + 1
                };
                if s.toks.get(first).is_some_and(|t| t.upper) {
                    let mut j = first;
                    while j < (k + 8).min(s.toks.len())
                        && (s.toks[j].upper && s.punct(j) == 0
                            || matches!(s.word_bytes(j), b"and" | b"et")
                                && s.toks.get(j + 1).is_some_and(|t| t.upper))
                    {
                        j += 1;
                    }
                    pass(&mut end, j - k);
                }
            }
            if self.is_boundary(k) || s.punct(k) == b',' || s.punct(k) == b'"' && k > t1 + 1 {
                // "avec son homologue chinois, Wang Yi": a party apposed
                // to a role phrase.
                if s.punct(k) == b',' && k > t1 {
                    if let Some(j) = self.apposed_after_role(k, t1) {
                        end = (j + 1).max(end).min(s.toks.len());
                        k = j;
                        continue;
                    }
                }
                break;
            }
            if let Some(c) = self.party_at(k) {
                // "blamed Iran-backed militias": the head is the object.
                if self.compound_modifier(c) {
                    k = c.t1 as usize + 1;
                    continue;
                }
                // "le rejet au Conseil de sécurité de l'ONU de son projet":
                // a party related to the source completes its name.
                if exclude.is_some_and(|ex| c.actor == ex || self.related(c.actor, ex)) {
                    // The reach does not count the skipped name.
                    end = (end + (c.t1 - c.t0) as usize).min(s.toks.len());
                    k = c.t1 as usize;
                    // "frappes des États-Unis et du Royaume-Uni contre…":
                    // the party coordinated with the source is a source.
                    if let Some(c2) = self.coordinated(k, true) {
                        end = (end + (c2.t1 as usize - k)).min(s.toks.len());
                        k = c2.t1 as usize;
                        coordinated = Some(c2.actor);
                    }
                    continue;
                }
                let mut p = k;
                if p > t1 && self.has(p - 1, role::DET | role::POSS) {
                    p -= 1;
                }
                // "at northern Israel": the direction belongs to the target.
                if p > t1 + 1 && crate::actors::DIRECTIONS.contains(&s.word(p - 1)) {
                    p -= 1;
                    if p > t1 + 1 && self.has(p - 1, role::DET) {
                        p -= 1;
                    }
                }
                // "bombarde des positions du Hezbollah", "attacked positions
                // of the rebels": what is hit belongs to the party, which is
                // the target.
                let p0 = p;
                let p = self.target_noun_start(p, t1);
                // "les ambassadeurs de France, d'Allemagne et du
                // Royaume-Uni": the conjuncts repeat the preposition.
                let genitive = p < p0;
                let p = self.role_phrase_start(p, t1);
                let ok = if p == t1 {
                    // "alliée du régime syrien": "du" is both the article
                    // and the trigger's preposition.
                    allow_obj && def.takes_obj() || p < k && def.takes_prep(s.word(p))
                } else {
                    let before = &s.folded.text[s.toks[t1].s as usize..s.toks[p - 1].e as usize];
                    def.args.iter().any(|a| match a {
                        crate::lexicon::triggers::Arg::Prep(prep) => ends_with_prep(before, prep),
                        crate::lexicon::triggers::Arg::Obj => {
                            // A direct object: no preposition in between
                            // ("struck targets in northern Iraq"), but
                            // "hundreds of protesters", "plus de 100 000
                            // soldats".
                            allow_obj
                                && (!(t1..p)
                                    .any(|i| self.has(i, role::PREP | role::LOC | role::BY))
                                    || self.after_quantity(c)
                                        && (t1..p).all(|i| {
                                            self.s.quantity(i)
                                                || self.has(i, role::DET)
                                                || i + 1 == c.t0 as usize
                                        }))
                        }
                    })
                };
                if !ok {
                    // Introduced by another preposition: not the target.

                    k = c.t1 as usize;
                    continue;
                }
                // "to meet Netanyahu's conditions": one meets the
                // conditions, not their owner.
                if def.kind
                    == crate::lexicon::triggers::TriggerKind::Relation(
                        crate::model::relation::RelationKind::Meets,
                    )
                    && s.word_bytes(c.t1 as usize) == b"s"
                    && self.party_at(c.t1 as usize + 1).is_none()
                {
                    k = c.t1 as usize;
                    continue;
                }
                // "his Chinese counterpart Wang Yi", "son homologue chinois,
                // Wang Yi": a role named with its country, then the person
                // holding it: the person is the object.
                {
                    let mut j = c.t1 as usize;
                    if s.punct(j) == b',' {
                        j += 1;
                    }
                    while j < c.t1 as usize + 4 && self.has(j, role::TITLE) {
                        j += 1;
                    }
                    if let Some(person) = self
                        .party_at(j)
                        .filter(|p| self.reg.actor(p.actor).kind == ActorKind::Person)
                    {
                        if (c.t0..c.t1).any(|i| self.head_noun(i as usize)) {
                            return self.with_coordinated(person, false);
                        }
                    }
                }
                // "against Iran's Revolutionary Guards": the possessed
                // party is the object, not its owner.
                if s.word_bytes(c.t1 as usize) == b"s" {
                    if let Some(head) = self.party_at(c.t1 as usize + 1) {
                        return self.with_coordinated(head, false);
                    }
                }
                // "Y et Z"
                return self.with_coordinated(c, genitive);
            }
            // "Elle accuse la milice": a definite description right after
            // the verb is its direct object.
            if k == t1 + 1
                && allow_obj
                && def.takes_obj()
                && definite(self, t1)
                && self.party_at(k).is_none()
                && self.has(k, role::DESC)
            {
                if let Some(a) = self.description_excluding(k, resolved, exclude) {
                    return ArgList::one(a.into());
                }
            }
            // "shelled Ukrainian positions", "frappé des positions
            // ukrainiennes": a nationality adjective on a target noun.
            if let Some(actor) = self.adjective_target(k) {
                let mut p = k;
                if p > t1 && self.has(p - 1, role::DET) {
                    p -= 1;
                }
                let ok = if p == t1 {
                    allow_obj && def.takes_obj()
                } else {
                    let before = &s.folded.text[s.toks[t1].s as usize..s.toks[p - 1].e as usize];
                    def.args.iter().any(|a| {
                        matches!(a, crate::lexicon::triggers::Arg::Prep(prep) if ends_with_prep(before, prep))
                    })
                };
                if ok && exclude != Some(actor) {
                    return ArgList::one(ArgRef::literal(actor));
                }
            }
            // "bombarder leurs positions", "shelled their positions": the
            // possessor of a target noun is the target.
            if k == t1
                && allow_obj
                && def.takes_obj()
                && self.has(k, role::POSS)
                && self.has(k + 1, role::TARGET)
            {
                if let Some(a) = self.pronoun(k, resolved, exclude) {
                    return ArgList::one(a.into());
                }
            }
            // "de son projet": the possessor (not "avec son homologue
            // chinois, Wang Yi": the counterpart is the target).
            if self.has(k, role::POSS) && k > t1 && !self.possessed_role(k) {
                let before = &s.folded.text[s.toks[t1].s as usize..s.toks[k - 1].e as usize];
                let ok = def.args.iter().any(|a| matches!(a, crate::lexicon::triggers::Arg::Prep(prep) if ends_with_prep(before, prep)));
                if ok {
                    if let Some(a) = self.pronoun_excluding(k, resolved, [exclude, coordinated]) {
                        return ArgList::one(a.into());
                    }
                }
            }
            // Another trigger starts a new phrase (not a role noun: "les
            // ambassadeurs de France").
            // A verb form after an article modifies the noun ("shot down an
            // armed Malian army drone").
            if k > t1
                && self.trig_at(k).is_some_and(|o| {
                    s.lex.triggers[o.trigger as usize].pos != Pos::Verb
                        || !self.after_article(k, o.tense)
                })
                && !self.head_noun(k)
                && !self.has(k, role::TARGET)
            {
                break;
            }
            k += 1;
        }
        ArgList::new()
    }

    /// The subject of an infinitive controlled by a request verb's object:
    /// "called on Russia to withdraw", "a demandé à la Serbie de
    /// sanctionner", "accused Iran of supplying": the first party between
    /// the control verb and the infinitive, when the clause holds nothing
    /// else. `Some(None)` when the controller names no party ("exhorté les
    /// Etats membres à arrêter"): the subject is unknown. A participle
    /// controls through the noun it follows ("l'Iran, accusé de livrer…").
    fn controlled_subject(&self, t0: usize) -> Option<Option<ActorIdx>> {
        let s = self.s;
        if t0 == 0 || !matches!(s.word_bytes(t0 - 1), b"to" | b"de" | b"d" | b"a" | b"of") {
            return None;
        }
        let ctl = self.trigs.iter().rev().find(|o| {
            let d = &s.lex.triggers[o.trigger as usize];
            d.control && (o.t1 as usize) < t0 && o.t1 as usize + 10 >= t0
        })?;
        let (a, b) = (ctl.t1 as usize, t0);
        if self.any_boundary(a, b) {
            return None;
        }
        if let Some(c) = (self.parties.iter()).find(|c| c.t0 as usize >= a && (c.t1 as usize) < b) {
            return Some(Some(c.actor));
        }
        if b > a + 1 {
            // A controller that is no party; a clitic ("l'a exhorté à")
            // stands before the verb.
            return Some(None);
        }
        let c0 = ctl.t0 as usize;
        let has_aux = (c0.saturating_sub(3)..c0).any(|i| self.has(i, role::AUX | role::PASSAUX));
        if ctl.tense == Tense::PastParticiple && !has_aux && c0 > 0 {
            let e = if s.punct(c0 - 1) == b',' { c0 - 1 } else { c0 };
            return Some(self.party_ending(e).map(|c| c.actor));
        }
        None
    }

    /// The subject of a verb after "sans" / "without": the subject of the
    /// verb it depends on ("Israël a frappé l'Iran sans consulter
    /// Washington").
    fn sans_subject(&self, t0: usize, resolved: &mut Resolved) -> Option<ArgList> {
        let s = self.s;
        if t0 == 0 || !(self.has(t0 - 1, role::SANS) || s.word_bytes(t0 - 1) == b"without") {
            return None;
        }
        let main = self.trigs.iter().rev().find(|o| {
            (o.t1 as usize) < t0
                && s.lex.triggers[o.trigger as usize].pos == Pos::Verb
                && !self.any_boundary(o.t1 as usize, t0)
        })?;
        let subj = self.subject(main.t0 as usize, resolved);
        (!subj.is_empty()).then_some(subj)
    }

    /// The subject of an infinitive of purpose ("marched through the
    /// capital to protest against X", "ont défilé dans la capitale pour
    /// protester contre X"): the subject of the finite verb of the same
    /// kind (or of a deployment) it completes.
    fn purpose_subject(
        &self,
        t0: usize,
        def: &TriggerDef,
        resolved: &mut Resolved,
    ) -> Option<ArgList> {
        use crate::lexicon::triggers::TriggerKind;
        use crate::model::relation::RelationKind::Mobilizes;
        let s = self.s;
        if t0 == 0 || !matches!(s.word_bytes(t0 - 1), b"to" | b"pour") {
            return None;
        }
        let main = self.trigs.iter().rev().find(|o| {
            (o.t1 as usize) < t0
                && o.t1 as usize + 15 >= t0
                && s.lex.triggers[o.trigger as usize].pos == Pos::Verb
                && self.finite(o)
                && !self.any_boundary(o.t1 as usize, t0)
        })?;
        let mdef = &s.lex.triggers[main.trigger as usize];
        if !(mdef.kind == def.kind || mdef.kind == TriggerKind::Relation(Mobilizes)) {
            return None;
        }
        let subj = self.subject(main.t0 as usize, resolved);
        (!subj.is_empty()).then_some(subj)
    }

    /// A party named after a role phrase starting at `j` ("his Japanese
    /// counterpart Takeshi Iwaya", "U.S. Defense Secretary Lloyd Austin"):
    /// the person when a composite role is followed by a name.
    fn party_after_role(&self, mut j: usize) -> Option<&Cand> {
        let start = j;
        while j < start + 5
            && self.party_at(j).is_none()
            && self.s.punct(j) == 0
            && (self.has(j, role::DET | role::POSS | role::TITLE)
                || self.in_adjective(j)
                || self.head_noun(j))
        {
            j += 1;
        }
        let c = self.party_at(j)?;
        Some(self.party_at(c.t1 as usize).unwrap_or(c))
    }

    /// The two parties of a meeting or an agreement "between X and Y" /
    /// "entre X et Y" after the noun ending at `t1` ("talks in Beijing
    /// between Chinese Foreign Minister Wang Yi and his Japanese counterpart
    /// Takeshi Iwaya").
    fn between(&self, t1: usize) -> Option<(ArgList, ArgList)> {
        let s = self.s;
        let b = (t1..(t1 + 6).min(s.toks.len()))
            .take_while(|&k| !self.is_boundary(k) && s.punct(k) != b',')
            .find(|&k| matches!(s.word_bytes(k), b"between" | b"entre"))?;
        let x = self.party_after_role(b + 1)?;
        let conj = x.t1 as usize;
        if !self.has(conj, role::CONJ) {
            return None;
        }
        let y = self.party_after_role(conj + 1)?;
        (x.actor != y.actor).then(|| {
            (
                ArgList::one(ArgRef::literal(x.actor)),
                ArgList::one(ArgRef::literal(y.actor)),
            )
        })
    }

    /// An object relative clause with a noun subject: "le Hezbollah, que
    /// Washington accuse de…", "Hezbollah, which Washington accuses…":
    /// (subject, antecedent).
    fn relative_with_noun_subject(&self, t0: usize) -> Option<(ActorIdx, ActorIdx)> {
        let s = self.s;
        let mut k = t0;
        while k > 0 && k + 4 > t0 && self.has(k - 1, role::AUX | role::NEGPRE) {
            k -= 1;
        }
        let subj = self.party_ending(k)?;
        let mut a = subj.t0 as usize;
        if a > 0 && self.has(a - 1, role::DET) {
            a -= 1;
        }
        // A relative pronoun then a noun subject: an object relative
        // ("which" and "that" are subject relatives only before a verb).
        if a == 0 || !self.has(a - 1, role::RELOBJ | role::RELSUBJ) {
            return None;
        }
        let mut b = a - 1;
        if b > 0 && s.punct(b - 1) == b',' {
            b -= 1;
        }
        let ante = self.party_ending(b)?;
        // "warned Ukraine that Poland…": a complement clause, not a relative.
        let at = ante.t0 as usize;
        if s.word_bytes(a - 1) == b"that"
            && self
                .trigs
                .iter()
                .any(|o| (o.t1 as usize) <= at && o.t1 as usize + 2 >= at)
        {
            return None;
        }
        (ante.actor != subj.actor).then_some((subj.actor, ante.actor))
    }

    /// The agent of an event noun: "par X" / "by X" right after the noun
    /// or after its "de/of Y" complement (at most five tokens on), with the
    /// token after the agent.
    fn noun_agent(&self, t1: usize) -> Option<(ActorIdx, usize)> {
        let s = self.s;
        for k in t1..(t1 + 6).min(s.toks.len()) {
            if self.is_boundary(k) || s.punct(k) == b',' {
                return None;
            }
            if self.has(k, role::BY) && matches!(s.word_bytes(k), b"par" | b"by") {
                let mut j = k + 1;
                if self.has(j, role::DET) {
                    j += 1;
                }
                return self.party_at(j).map(|c| (c.actor, c.t1 as usize));
            }
            if k > t1 && self.trig_at(k).is_some() {
                return None;
            }
        }
        None
    }

    /// True when the verb form at `t0` follows an article, right before it
    /// or through at most two plain lowercase words ("a deadly drone
    /// attack", "une nouvelle attaque"): a noun, not a verb. Object
    /// clitics ("la soutient", "les bombarde") are not articles.
    ///
    /// Only a base form reads so through modifiers: a participle after a
    /// noun is a reduced relative ("un texte demandant…", "a resolution
    /// condemning…"), a past form a verb ("a drone attacked the base").
    pub(crate) fn after_article(&self, t0: usize, tense: Tense) -> bool {
        let s = self.s;
        if t0 == 0 {
            return false;
        }
        if self.has(t0 - 1, role::DET) {
            return !self.has(t0 - 1, role::OBJPRON | role::PRON);
        }
        if !matches!(tense, Tense::Present | Tense::Infinitive) {
            return false;
        }
        let mut k = t0;
        while k > 0 && k + 3 > t0 {
            k -= 1;
            if self.has(k, role::DET) {
                return !self.has(k, role::OBJPRON | role::PRON);
            }
            if self.noun_over(k, t0) {
                continue;
            }
            let tok = &s.toks[k];
            if tok.punct != 0
                || tok.upper
                || tok.digit
                || s.cue(k).is_some()
                || self.party_ending(k).is_some()
                || self.in_adjective(k)
                || self.trig_at(k).is_some()
            {
                return false;
            }
        }
        false
    }

    /// True when a noun trigger starting at `k` covers token `t` ("drone
    /// attack" over "attack").
    fn noun_over(&self, k: usize, t: usize) -> bool {
        let Some(i) = self.trig_index_at(k) else {
            return false;
        };
        self.trigs[i.min(self.trigs.len())..]
            .iter()
            .take(16)
            .take_while(|o| o.t0 as usize == k)
            .any(|o| o.t1 as usize > t && self.s.lex.triggers[o.trigger as usize].pos == Pos::Noun)
    }

    /// True when the noun phrase of the event noun at `t0` follows "in
    /// retaliation for", "in response to", "en représailles à", "en
    /// riposte à"… (at most four determiners or modifiers in between).
    fn answered_event(&self, t0: usize) -> bool {
        let s = self.s;
        let mut k = t0;
        let lo = t0.saturating_sub(5);
        while k > lo.max(1) {
            k -= 1;
            let w = s.word_bytes(k);
            let prep = match s.lex.lang {
                crate::Lang::En => matches!(w, b"for" | b"to"),
                crate::Lang::Fr => matches!(w, b"a" | b"au" | b"aux" | b"de" | b"d" | b"contre"),
            };
            if prep {
                return matches!(
                    s.word_bytes(k - 1),
                    b"retaliation"
                        | b"response"
                        | b"reprisal"
                        | b"reprisals"
                        | b"revenge"
                        | b"represailles"
                        | b"riposte"
                        | b"reponse"
                        | b"vengeance"
                );
            }
            if s.toks[k].punct != 0 || self.trig_at(k).is_some() || self.party_at(k).is_some() {
                return false;
            }
        }
        false
    }

    /// True when the event noun at `t0` is the complement of a verb of
    /// another kind (judgement, request, support…) that `subj` governs: "s'opposeraient à
    /// toute nouvelle sanction contre Pyongyang", "was investigating a drone
    /// strike on the plant", "called for sanctions against Russia": the
    /// subject opposes, investigates or asks for the event, it does not
    /// carry it out.
    fn event_of_other_verb(&self, t0: usize, def: &TriggerDef, subj: &[ArgRef]) -> bool {
        use crate::lexicon::triggers::TriggerKind as K;
        use crate::model::relation::RelationKind::*;
        let s = self.s;
        let Some(v) = self.trigs.iter().rev().find(|o| {
            (o.t1 as usize) <= t0
                && o.t1 as usize + 15 >= t0
                && s.lex.triggers[o.trigger as usize].pos == Pos::Verb
                && !self.any_boundary(o.t1 as usize, t0)
        }) else {
            return false;
        };
        let vdef = &s.lex.triggers[v.trigger as usize];
        let governs = match vdef.kind {
            // Verbs of force take their own means as object ("launched
            // strikes", "threatened sanctions"); others do not ("supplied
            // missiles used against Ukraine").
            K::Relation(k) => {
                !matches!(k, Attacks | Bombs | Threatens | Mobilizes) && vdef.kind != def.kind
            }
            _ => false,
        };
        // "agreed to impose new sanctions": the noun belongs to an
        // infinitive the subject controls.
        let infinitive = (v.t1 as usize..t0).any(|i| {
            matches!(s.word_bytes(i), b"to" | b"de" | b"d" | b"a")
                && i + 1 < t0
                && s.toks[i + 1].punct == 0
                && !self.has(i + 1, role::DET | role::POSS)
                && !matches!(
                    s.word_bytes(i + 1),
                    b"toute"
                        | b"tout"
                        | b"tous"
                        | b"toutes"
                        | b"ce"
                        | b"cette"
                        | b"ces"
                        | b"any"
                        | b"all"
                        | b"new"
                        | b"more"
                        | b"further"
                        | b"nouvelle"
                        | b"nouvelles"
                        | b"nouveau"
                        | b"nouveaux"
                )
        });
        // The subject stands before that verb (not between it and the noun,
        // where it would be the verb's object: "accused Kyiv of attacks").
        governs
            && !infinitive
            && !subj.iter().any(|a| {
                self.parties
                    .iter()
                    .any(|c| c.actor == a.actor && c.t0 >= v.t1 && (c.t1 as usize) <= t0)
            })
    }

    /// The agent after a passive participle: "par X", "by X".
    fn agent(&self, t1: usize) -> ArgList {
        let s = self.s;
        // "pilonnées samedi par", "reçu lundi à l'Élysée par", "received
        // at the White House by": short adjuncts before the agent.
        let Some(by) = (t1..(t1 + 6).min(s.toks.len()))
            .take_while(|&k| !self.is_boundary(k) && s.punct(k) != b',')
            .find(|&k| self.has(k, role::BY))
        else {
            return ArgList::new();
        };
        // Only time and place adjuncts (not "called for a ground
        // intervention by the coalition").
        let in_place = |k: usize| {
            (self.parties.iter()).any(|c| {
                c.t0 as usize <= k && k < c.t1 as usize && self.after_prep(c) && c.t1 as usize <= by
            })
        };
        if !(t1..by).all(|k| {
            self.has(k, role::LOC | role::DET)
                || in_place(k)
                // A named place: "à l'Élysée", "at the White House".
                || (s.toks[k].upper && k > t1)
                || matches!(s.word_bytes(k), b"on" | b"also" | b"aussi")
                || self.has(k, role::TIME)
        }) {
            return ArgList::new();
        }
        for k in by + 1..(by + 7).min(s.toks.len()) {
            if self.is_boundary(k) || s.punct(k) == b',' {
                break;
            }
            if let Some(c) = self.party_at(k) {
                // "par les armées française et britannique", "by U.S. and
                // British warplanes", "by Russia and Iran".
                return self.with_coordinated(c, false);
            }
        }
        ArgList::new()
    }
}

/// Source(s), target(s) and base confidence of trigger `ti`.
pub(crate) fn arguments(
    ctx: &Ctx<'_, '_>,
    ti: usize,
    def: &TriggerDef,
    resolved: &mut Resolved,
) -> Option<(ArgList, ArgList, f32)> {
    let s = ctx.s;
    let tr = ctx.trigs[ti];
    let (t0, t1) = (tr.t0 as usize, tr.t1 as usize);
    if def.passive {
        // "se réunir à la demande de Washington", "at the request of
        // Kyiv": the phrase after the pattern asks, the clause subject is
        // asked.
        let src = ctx.object(t1, def, true, resolved, None);
        let src_actor = src.first()?.actor;
        let tgt = ctx.subject_excluding(t0, resolved, Some(src_actor));
        if tgt.is_empty() {
            return None;
        }
        // "a accusé l'opposition de préparer un coup d'État avec le soutien
        // de Washington": inside the content of a control verb the clause
        // subject is not the one helped.
        let lo = t0.saturating_sub(SUBJECT_REACH);
        if ctx.trigs.iter().any(|o| {
            (o.t1 as usize) <= t0
                && o.t0 as usize >= lo
                && s.lex.triggers[o.trigger as usize].control
        }) {
            return None;
        }
        return Some((src, tgt, 0.7));
    }
    match def.pos {
        Pos::Verb => {
            // A noun read as a verb form after its article ("mediated the
            // talks", "reprendre le dialogue"): no verb at all. Object
            // clitics ("la soutient", "les bombarde") are articles too.
            if ctx.after_article(t0, tr.tense) {
                return None;
            }
            // "Iran-backed militias", "Russian-supplied drones": the first
            // part of the compound acts on the head.
            if let Some(c) = ctx.party_ending(t0).filter(|c| ctx.compound_modifier(c)) {
                let head = ctx.party_at(t1).or_else(|| ctx.party_at(t1 + 1));
                return head.map(|h| {
                    (
                        ArgList::one(ArgRef::literal(c.actor)),
                        ArgList::one(ArgRef::literal(h.actor)),
                        0.8,
                    )
                });
            }
            let (has_aux, passive_aux) = ctx.auxiliaries(t0);
            if tr.tense == Tense::PastParticiple && (passive_aux || !has_aux) {
                // Passive or participle: the agent acts on the left noun.
                let agents = ctx.agent(t1);
                if agents.is_empty() {
                    return None;
                }
                let patients = ctx.subject(t0, resolved);
                if patients.is_empty() {
                    return None;
                }
                return Some((agents, patients, 0.8));
            }
            // Object relative: "les forces kurdes, qu'elle accuse".
            let mut k = t0;
            while k > 0 && ctx.has(k - 1, role::AUX | role::NEGPRE | role::PRON) && k + 4 > t0 {
                k -= 1;
            }
            // "qu'elle accuse"; "which it accuses" (a subject pronoun after
            // the relative makes it an object relative).
            let obj_rel = k > 0
                && k < t0
                && (ctx.has(k - 1, role::RELOBJ)
                    || (ctx.has(k - 1, role::RELSUBJ) && (k..t0).any(|i| ctx.has(i, role::PRON))));
            if obj_rel {
                let mut a = k - 1;
                if a > 0 && s.punct(a - 1) == b',' {
                    a -= 1;
                }
                // "l'Armée de libération nationale (ELN), qu'il accuse".
                if a > 0 && s.punct(a - 1) == b')' {
                    a -= 1;
                }
                if let Some(obj) = ctx.party_ending(a) {
                    let subj = ctx.subject_excluding(t0, resolved, Some(obj.actor));
                    if !subj.is_empty() {
                        return Some((subj, ArgList::one(ArgRef::literal(obj.actor)), 0.8));
                    }
                }
            }
            if let Some((subj, obj)) = ctx.relative_with_noun_subject(t0) {
                return Some((
                    ArgList::one(ArgRef::literal(subj)),
                    ArgList::one(ArgRef::literal(obj)),
                    0.75,
                ));
            }
            let subj = ctx
                .controlled_subject(t0)
                .map(|a| a.map_or_else(ArgList::new, |a| ArgList::one(ArgRef::literal(a))))
                .or_else(|| ctx.sans_subject(t0, resolved))
                .or_else(|| ctx.purpose_subject(t0, def, resolved))
                .unwrap_or_else(|| ctx.subject(t0, resolved));
            if subj.is_empty() {
                return None;
            }
            // French object clitic before the verb: "la soutient".
            let mut obj = ctx.object(t1, def, true, resolved, subj.first().map(|a| a.actor));
            if obj.is_empty()
                && t0 > 0
                && s.lex.lang == crate::Lang::Fr
                && ctx.has(t0 - 1, role::OBJPRON)
                && def.takes_obj()
            {
                if let Some(a) = ctx.pronoun(t0 - 1, resolved, None) {
                    obj.push(a.into());
                }
            }
            if obj.is_empty() {
                // Not an infinitive ("were expected to host talks", "à
                // reprendre le dialogue"): its subject is not the clause's.
                let infinitive = t0 > 0 && ctx.has(t0 - 1, role::PREP);
                if let Some((src, tgt)) = symmetric(def, &subj).filter(|_| !infinitive) {
                    return Some((src, tgt, 0.75));
                }
                use crate::model::relation::RelationKind::*;
                // "a menacé de sanctionner les entreprises chinoises",
                // "threatened to topple Henry's government": the threat is
                // aimed at what the threatened act targets.
                if def.kind == crate::lexicon::triggers::TriggerKind::Relation(Threatens) {
                    let exclude = subj.first().map(|a| a.actor);
                    obj = threatened_object(ctx, t1, resolved, exclude);
                    if !obj.is_empty() {
                        return Some((subj, obj, 0.75));
                    }
                    return None;
                }
                if let crate::lexicon::triggers::TriggerKind::Relation(
                    Criticizes | Accuses | Rejects | Protests | Demands,
                ) = def.kind
                {
                    obj = event_object_source(ctx, t1, resolved, subj.first().map(|a| a.actor));
                    if !obj.is_empty() {
                        return Some((subj, obj, 0.7));
                    }
                }
                return None;
            }
            Some((subj, obj, 0.85))
        }
        Pos::Noun | Pos::Fixed if def.args.is_empty() => {
            // An evaluative adjective without a complement: "calling Turkish
            // artillery fire … unacceptable", "des frappes russes
            // inacceptables": the subject criticizes the source of the
            // event noun before it.
            let lo = t0.saturating_sub(12);
            let ev = ctx.trigs.iter().rev().find(|o| {
                let (e0, e1) = (o.t0 as usize, o.t1 as usize);
                e0 >= lo
                    && e1 <= t0
                    && s.lex.triggers[o.trigger as usize].pos == Pos::Noun
                    && !ctx.any_boundary(e1, t0)
            })?;
            let edef = &s.lex.triggers[ev.trigger as usize];
            let (targets, _) =
                noun_source(ctx, ev.t0 as usize, ev.t1 as usize, edef, resolved, false)?;
            let subj = ctx.subject(ev.t0 as usize, resolved);
            if subj.is_empty() {
                return None;
            }
            Some((subj, targets, 0.65))
        }
        Pos::Noun | Pos::Fixed => {
            // "a meeting in Baghdad between Sudani and Lloyd Austin",
            // "un accord entre Israël et le Hamas".
            {
                use crate::lexicon::triggers::TriggerKind::Relation;
                use crate::model::relation::RelationKind::{Agrees, Meets};
                if matches!(def.kind, Relation(Agrees | Meets)) {
                    if let Some((x, y)) = ctx.between(t1) {
                        return Some((x, y, 0.7));
                    }
                }
            }
            // "le rejet par le Conseil de sécurité de son projet", "the
            // shelling of Kharkiv by Russian forces": a by-agent is the
            // source; the target follows the noun or the agent.
            if let Some((agent, after)) = ctx.noun_agent(t1) {
                let src = ArgList::one(ArgRef::literal(agent));
                let mut targets = ctx.object(t1, def, def.pos == Pos::Fixed, resolved, Some(agent));
                if targets.is_empty() {
                    targets = ctx.object(after, def, false, resolved, Some(agent));
                }
                targets.retain(|a| a.actor != agent);
                if targets.is_empty() {
                    return None;
                }
                return Some((src, targets, 0.75));
            }
            // "Iran, Hezbollah's main backer, …": the possessor of an agent
            // noun is its target, the apposition's head its source.
            if def.agent && t0 > 1 && s.word_bytes(t0 - 1) == b"s" {
                let owner = ctx.party_ending(t0 - 1)?;
                let mut a = owner.t0 as usize;
                if a > 0 && ctx.has(a - 1, role::DET) {
                    a -= 1;
                }
                if a > 0 && s.punct(a - 1) == b',' {
                    let head = ctx.party_ending(a - 1)?;
                    return Some((
                        ArgList::one(ArgRef::literal(head.actor)),
                        ArgList::one(ArgRef::literal(owner.actor)),
                        0.7,
                    ));
                }
                return None;
            }
            if let Some((src, conf)) = noun_source(ctx, t0, t1, def, resolved, false) {
                let targets = ctx.object(
                    t1,
                    def,
                    def.pos == Pos::Fixed,
                    resolved,
                    src.first().map(|a| a.actor),
                );
                if targets.is_empty() {
                    return None;
                }
                return Some((src, targets, conf));
            }
            // "struck … in retaliation for a drone attack on U.S. troops":
            // the clause subject answers the event, it did not carry it out.
            if ctx.answered_event(t0) {
                return None;
            }
            let targets = ctx.object(t1, def, def.pos == Pos::Fixed, resolved, None);
            let subj = ctx.subject(t0, resolved);
            if subj.is_empty() || ctx.event_of_other_verb(t0, def, &subj) {
                return None;
            }
            if targets.is_empty() {
                // Agreements only: a meeting noun is often an event the
                // subject mediates or calls for ("ont appelé les deux
                // parties à reprendre le dialogue").
                use crate::model::relation::RelationKind::Agrees;
                if def.kind != crate::lexicon::triggers::TriggerKind::Relation(Agrees) {
                    return None;
                }
                let (src, tgt) = symmetric(def, &subj)?;
                return Some((src, tgt, 0.55));
            }
            Some((subj, targets, 0.6))
        }
    }
}

/// A symmetric event between coordinated subjects and no other party: "the
/// United States and Iraq reached an agreement", "Lavrov et Wang Yi se sont
/// rencontrés": the first agrees with (meets) the others.
fn symmetric(def: &TriggerDef, subj: &ArgList) -> Option<(ArgList, ArgList)> {
    use crate::model::relation::RelationKind::{Agrees, Meets};
    let symmetric = matches!(
        def.kind,
        crate::lexicon::triggers::TriggerKind::Relation(Agrees | Meets)
    );
    if !symmetric || subj.len() < 2 || !subj.iter().all(|a| a.coord) {
        return None;
    }
    // The subject list runs from the verb back: the first named is last.
    let (first, others) = subj.split_last()?;
    let src = ArgList::one(*first);
    let mut tgt = ArgList::new();
    for a in others.iter().rev() {
        tgt.push(*a);
    }
    Some((src, tgt))
}

/// The source a noun trigger carries itself: a nationality adjective, "de/of
/// X", an organisation "au/at", a possessive or "X's".
fn noun_source(
    ctx: &Ctx<'_, '_>,
    t0: usize,
    t1: usize,
    def: &TriggerDef,
    resolved: &mut Resolved,
    de_source: bool,
) -> Option<(ArgList, f32)> {
    let s = ctx.s;
    // Adjective right after (FR) or right before (EN) the noun.
    let adj_after = (ctx.index.may(t1, mark::ADJ_AT) || ctx.index.may(t1 + 1, mark::ADJ_AT))
        .then(|| {
            ctx.adjs.iter().find(|a| {
                a.t0 as usize == t1
                    || (a.t0 as usize == t1 + 1
                        && !matches!(s.cue(t1), Some(c) if c.roles != role::TARGET)
                        && s.punct(t1) == 0)
            })
        })
        .flatten();
    let adj_before = (ctx.index.may(t0, mark::ADJ_END))
        .then(|| ctx.adjs.iter().find(|a| a.t1 as usize == t0))
        .flatten();
    if let Some(a) = adj_after.or(adj_before) {
        return Some((ArgList::one(ArgRef::literal(a.actor)), 0.75));
    }
    // "de X", "of X" right after the noun (when not the target).
    let w = s.word(t1);
    if matches!(w, "de" | "du" | "des" | "d" | "of") && (!def.takes_prep(w) || de_source) {
        let mut k = t1 + 1;
        if ctx.has(k, role::DET) {
            k += 1;
        }
        if let Some(c) = ctx.party_at(k) {
            // "des États-Unis et du Royaume-Uni", "of the US and Britain".
            return Some((ctx.with_coordinated(c, true), 0.75));
        }
    }
    // An organisation "au/at" the noun: "le rejet au Conseil de sécurité".
    if matches!(w, "au" | "aux" | "at" | "a") {
        if let Some(c) = ctx.party_at(t1 + 1).or_else(|| ctx.party_at(t1 + 2)) {
            if ctx.reg.actor(c.actor).kind == ActorKind::Organization {
                return Some((ArgList::one(ArgRef::literal(c.actor)), 0.7));
            }
        }
    }
    // A possessive: "ses tirs", "their attacks"; "Russia's strikes".
    if t0 > 0 && ctx.has(t0 - 1, role::POSS) {
        if let Some(a) = ctx.pronoun(t0 - 1, resolved, None) {
            return Some((ArgList::one(a.into()), 0.7));
        }
    }
    if t0 > 1 && s.word_bytes(t0 - 1) == b"s" {
        if let Some(c) = ctx.party_ending(t0 - 1) {
            return Some((ArgList::one(ArgRef::literal(c.actor)), 0.75));
        }
    }
    None
}

/// The target of the act a threat announces ("menacé de « ramener le Liban
/// à l'âge de pierre »", "threatened to resume its attacks on U.S.
/// troops"): after "de"/"to" and the infinitive, the target of a relation
/// trigger, else the infinitive's direct object or the target of an event
/// noun in it, within the clause.
fn threatened_object(
    ctx: &Ctx<'_, '_>,
    t1: usize,
    resolved: &mut Resolved,
    exclude: Option<ActorIdx>,
) -> ArgList {
    use crate::lexicon::triggers::TriggerKind;
    let s = ctx.s;
    let n = s.toks.len();
    let stop = |k: usize| {
        ctx.is_boundary(k)
            || s.punct(k) == b','
            || ctx.has(k, role::IF | role::CONJ | role::RELOBJ | role::RELSUBJ)
    };
    // The target of a relation trigger starting at `k` (trying each while
    // the sentence has few triggers, else the first: bounded either way).
    let relation = |k: usize, allow_obj: bool, resolved: &mut Resolved| -> Option<ArgList> {
        let first = ctx.trig_at(k)?;
        let few = ctx.trigs.len() <= SCAN_LIMIT;
        let mut any = false;
        for tr in
            std::iter::once(first).chain(ctx.trigs.iter().filter(|o| few && o.t0 as usize == k))
        {
            let d = &s.lex.triggers[tr.trigger as usize];
            if let TriggerKind::Relation(kind) = d.kind {
                if kind.is_structural() {
                    continue;
                }
                any = true;
                let obj = ctx.object(tr.t1 as usize, d, allow_obj, resolved, exclude);
                if !obj.is_empty() {
                    return Some(obj);
                }
            }
        }
        any.then(ArgList::new)
    };
    // "de", "d'", "to" (ending the pattern "menacer de", "threaten to",
    // or at most a short adverbial phrase on).
    let mut k = if t1 > 0 && matches!(s.word_bytes(t1 - 1), b"de" | b"d" | b"to") {
        t1
    } else {
        let Some(k) = (t1..(t1 + 5).min(n))
            .take_while(|&k| !stop(k))
            .find(|&k| matches!(s.word_bytes(k), b"de" | b"d" | b"to"))
        else {
            return ArgList::new();
        };
        k + 1
    };
    if s.punct(k) == b'"' {
        k += 1;
    }
    if let Some(obj) = relation(k, true, resolved) {
        return obj;
    }
    if k >= n || s.punct(k) != 0 {
        return ArgList::new();
    }
    for j in k + 1..(k + 7).min(n) {
        if stop(j) {
            break;
        }
        if let Some(obj) = relation(j, false, resolved) {
            return obj;
        }
        if let Some(c) = ctx.party_at(j) {
            if ctx.compound_modifier(c)
                || exclude.is_some_and(|x| c.actor == x || ctx.related(c.actor, x))
            {
                continue;
            }
            if ctx.after_prep(c) {
                break;
            }
            return ctx.with_coordinated(c, false);
        }
    }
    ArgList::new()
}

/// For verbs of verbal conflict whose object is an event noun ("condamner
/// les frappes russes", "criticized Turkish shelling"): the event's source.
/// A definite event noun without one names an event reported earlier in
/// the document ("The United States struck… Iraq condemned the strikes"):
/// whoever carried out the latest event of its kind, other than `subject`.
pub(crate) fn event_object_source(
    ctx: &Ctx<'_, '_>,
    t1: usize,
    resolved: &mut Resolved,
    subject: Option<ActorIdx>,
) -> ArgList {
    let s = ctx.s;
    let mut definite_det = false;
    for k in t1..(t1 + 4).min(s.toks.len()) {
        // "a condamné les « provocations » de Pékin", "denounced the
        // decisions": a noun of conduct names its author after de/of, else
        // the latest material event.
        if ctx.has(k, role::CONDUCT) {
            return conduct_author(ctx, k, definite_det, subject);
        }
        if let Some(tr) = ctx.trig_at(k) {
            // A form that is both a verb and a noun ("strikes"): the noun.
            let few = ctx.trigs.len() <= SCAN_LIMIT;
            let tr = std::iter::once(tr)
                .chain(ctx.trigs.iter().filter(|o| few && o.t0 as usize == k))
                .find(|o| s.lex.triggers[o.trigger as usize].pos == Pos::Noun)
                .unwrap_or(tr);
            let def = &s.lex.triggers[tr.trigger as usize];
            if def.pos != Pos::Noun {
                return ArgList::new();
            }
            // "a rejeté les critiques de Bruxelles": in French, "de X"
            // after an event noun that is itself an object names its
            // author.
            let fr = s.lex.lang == crate::Lang::Fr;
            if let Some((v, _)) = noun_source(ctx, k, tr.t1 as usize, def, resolved, fr) {
                return v;
            }
            // "les « agressions répétées » d'Israël": past a closing quote
            // and an adjective to "de".
            let mut e = tr.t1 as usize;
            while fr
                && e < (tr.t1 as usize + 3).min(s.toks.len())
                && (s.punct(e) == b'"'
                    || (s.punct(e) == 0 && s.cue(e).is_none() && !s.toks[e].upper))
            {
                e += 1;
            }
            if e > tr.t1 as usize {
                if let Some((v, _)) = noun_source(ctx, k, e, def, resolved, fr) {
                    return v;
                }
            }
            if let (true, crate::lexicon::triggers::TriggerKind::Relation(kind)) =
                (definite_det, def.kind)
            {
                let same = |other: RelationKind| {
                    other == kind
                        || matches!(
                            (kind, other),
                            (RelationKind::Bombs, RelationKind::Attacks)
                                | (RelationKind::Attacks, RelationKind::Bombs)
                        )
                };
                let found = earlier_event(ctx, same, subject);
                if !found.is_empty() {
                    return found;
                }
            }
            return ArgList::new();
        }
        definite_det |= definite(ctx, k);
        // "condemned the Israeli strikes": a nationality adjective before
        // the noun.
        if !(ctx.has(k, role::DET | role::POSS | role::PREP)
            || s.punct(k) == b'"'
            || ctx.in_adjective(k))
        {
            return ArgList::new();
        }
    }
    ArgList::new()
}

/// The author of the noun of conduct at `k` (see [`event_object_source`]):
/// the party after "de/of" (past a closing quote), else, for a definite
/// noun, whoever carried out the latest material event (sanctions, strikes,
/// attacks, deployments, coercion, withdrawals) other than `subject`.
fn conduct_author(
    ctx: &Ctx<'_, '_>,
    k: usize,
    definite_det: bool,
    subject: Option<ActorIdx>,
) -> ArgList {
    use RelationKind::*;
    let s = ctx.s;
    let mut j = k + 1;
    if s.punct(j) == b'"' {
        j += 1;
    }
    let w = s.word_bytes(j);
    if matches!(w, b"de" | b"du" | b"des" | b"d" | b"of") {
        let mut p = j + 1;
        if matches!(w, b"de" | b"d" | b"of") && ctx.has(p, role::DET) {
            p += 1;
        }
        return match ctx.party_at(p) {
            Some(c) => ctx.with_coordinated(c, true),
            None => ArgList::new(),
        };
    }
    if !definite_det {
        return ArgList::new();
    }
    let material = |kind: RelationKind| {
        matches!(
            kind,
            Sanctions | Bombs | Attacks | Mobilizes | Coerces | Withdraws
        )
    };
    earlier_event(ctx, material, subject)
}

/// Who carried out the latest event reported earlier in the document whose
/// kind `kind_ok` accepts, other than `subject` (see
/// [`Salience::event_source`]): a resolved argument, or none.
fn earlier_event(
    ctx: &Ctx<'_, '_>,
    kind_ok: impl Fn(RelationKind) -> bool,
    subject: Option<ActorIdx>,
) -> ArgList {
    match ctx.sal.event_source(ctx.reg, kind_ok, subject) {
        Some(actor) => ArgList::one(ArgRef {
            actor,
            resolved: true,
            coord: false,
        }),
        None => ArgList::new(),
    }
}

/// True when token `t` is a definite article or demonstrative ("the",
/// "le", "ce"), not an indefinite one ("a", "un", "des").
pub(crate) fn definite(ctx: &Ctx<'_, '_>, t: usize) -> bool {
    let s = ctx.s;
    ctx.has(t, role::DET)
        && !matches!(
            s.word_bytes(t),
            b"a" | b"an" | b"un" | b"une" | b"des" | b"de" | b"d"
        )
}

/// True when the folded words `before` end with the preposition `prep`
/// ("au conseil de securite de" ends with "de"); no allocation.
fn ends_with_prep(before: &str, prep: &str) -> bool {
    before == prep
        || before
            .strip_suffix(prep)
            .is_some_and(|rest| rest.ends_with(' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_incidental_prefilter_knows_every_phrase_ending() {
        for ph in INCIDENTAL_PHRASES {
            let last = ph[ph.len() - 1];
            assert!(may_end_incidental(last.as_bytes()), "{ph:?}");
        }
    }
}
