//! Relations between the actors of a sentence: triggers, argument patterns,
//! negation, modality and speaker.
//!
//! Patterns, in both languages:
//! - active verbs: the subject is the nearest party to the left that is not
//!   inside a prepositional phrase (or the antecedent of "qui/who", or a
//!   resolved pronoun); the target is the direct object or the object of one
//!   of the trigger's prepositions, never a place after en/à/in/at;
//! - passives and participles: "Y, appuyées par X", "Y was shelled by X";
//! - object relatives: "les forces kurdes, qu'elle accuse…";
//! - nouns: the source is a nationality adjective ("tirs turcs", "Russian
//!   strikes"), "de/of X", a possessive, "par/by X", else the clause subject;
//!   the target follows the trigger's prepositions;
//! - control: "aider Damas à combattre X" makes Damas the subject of
//!   "combattre"; "demandant à Ankara de cesser ses tirs" makes the embedded
//!   event `requested`;
//! - coordination: "la France et l'Allemagne condamnent…" gives two edges;
//! - event anaphora: a definite event noun as the object of a verb of
//!   verbal conflict ("Iraq condemned the strikes") names the latest event
//!   of its kind reported earlier in the document, and targets its source
//!   (see [`Salience::event_source`]).
//!
//! Confidence is the pattern's reliability: 0.85 for an active verb with both
//! arguments explicit, 0.8 for a passive with its agent, 0.75 for a noun
//! with an adjective or "de" source, 0.6 when the source is the clause
//! subject of a noun; ×0.85 when an argument was a resolved pronoun, ×0.7
//! for weak triggers, ×0.9 for coordinated arguments.

mod args;
mod modifiers;

use crate::actors::coref::Salience;
use crate::actors::registry::Registry;
use crate::actors::{Cand, Found};
use crate::lexicon::actors::ActorIdx;
use crate::lexicon::inflect::Tense;
use crate::lexicon::lang::Entry;
use crate::lexicon::triggers::TriggerKind;
use crate::model::actor::ActorKind;
use crate::model::extraction::{MentionKind, MentionRole};
use crate::model::relation::{Modality, RelationKind};
use crate::sentence::Sentence;
use args::Arg;

/// A relation found in a sentence, before it becomes a public [`Relation`](crate::Relation).
#[derive(Debug, Clone)]
pub(crate) struct Found_ {
    pub(crate) source: ActorIdx,
    pub(crate) target: ActorIdx,
    pub(crate) kind: RelationKind,
    pub(crate) negated: bool,
    pub(crate) modality: Modality,
    pub(crate) speaker: Option<ActorIdx>,
    pub(crate) confidence: f32,
    /// Trigger tokens.
    pub(crate) t0: u32,
    pub(crate) t1: u32,
}

/// Resolved pronoun mentions to report.
pub(crate) type Resolved = Vec<Cand>;

/// A trigger occurrence.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Trig {
    pub(crate) t0: u32,
    pub(crate) t1: u32,
    pub(crate) trigger: u32,
    pub(crate) tense: Tense,
}

/// Buffers reused from one sentence to the next: relation extraction runs
/// once per sentence and would otherwise allocate its lists and per-token
/// tables every time. The extractor holds one for a whole document (see
/// [`Scratch::take`]) and hands it to [`extract`].
#[derive(Default)]
pub(crate) struct Scratch {
    parties: Vec<Cand>,
    trigs: Vec<Trig>,
    index: args::Index,
    memo: args::Memo,
    /// By trigger: the resolved references its argument search added
    /// (a range of `resolved`), once searched.
    searched: Vec<Option<(usize, usize)>>,
}

impl Scratch {
    /// The thread's buffers, kept from its previous document (a fresh set
    /// outside a thread's lifetime, in its destructors).
    pub(crate) fn take() -> Scratch {
        SCRATCH.try_with(std::cell::Cell::take).unwrap_or_default()
    }

    /// Give the buffers back to the thread for its next document.
    pub(crate) fn put(self) {
        let _ = SCRATCH.try_with(|c| c.set(self));
    }

    /// Buffers grown by a huge sentence are not kept for the next ones.
    fn trim(&mut self) {
        const KEEP: usize = 1 << 14;
        if self.parties.capacity() > KEEP
            || self.trigs.capacity() > KEEP
            || self.searched.capacity() > KEEP
            || self.index.large(KEEP)
        {
            *self = Scratch::default();
        }
    }
}

thread_local! {
    static SCRATCH: std::cell::Cell<Scratch> = std::cell::Cell::new(Scratch::default());
}

/// Extract the relations of one sentence into `out` (cleared first).
pub(crate) fn extract(
    scratch: &mut Scratch,
    s: &Sentence<'_>,
    reg: &Registry<'_>,
    found: &Found,
    sal: &Salience,
    resolved: &mut Resolved,
    out: &mut Vec<Found_>,
) {
    out.clear();
    extract_with(scratch, s, reg, found, sal, resolved, out);
    scratch.trim();
}

/// [`extract`] with reusable buffers.
fn extract_with(
    scratch: &mut Scratch,
    s: &Sentence<'_>,
    reg: &Registry<'_>,
    found: &Found,
    sal: &Salience,
    resolved: &mut Resolved,
    out: &mut Vec<Found_>,
) {
    let trigs = &mut scratch.trigs;
    trigs.clear();
    // Whether a trigger can give a relation (or, through the speaker
    // search, resolve a pronoun): without one the sentence has only its
    // role appositions.
    let mut useful = false;
    for h in 0..s.hits.len() {
        let (_, t0, t1) = s.hits[h];
        for e in s.entries(h) {
            if let Entry::Trigger { trigger, tense } = *e {
                let d = &s.lex.triggers[trigger as usize];
                useful |= match d.kind {
                    TriggerKind::Relation(kind) => !kind.is_structural(),
                    TriggerKind::Say => d.pos == crate::lexicon::triggers::Pos::Verb || d.passive,
                    _ => false,
                };
                trigs.push(Trig {
                    t0,
                    t1,
                    trigger,
                    tense,
                });
            }
        }
    }
    // Structural: role appositions.
    for &(person, org, t0, t1) in &found.roles {
        // "l'ancien président nigérian Olusegun Obasanjo", "former
        // president": a past role represents nothing now.
        let former = (t0 as usize).checked_sub(1).is_some_and(|p| {
            matches!(
                s.word_bytes(p),
                b"ancien" | b"ancienne" | b"anciens" | b"former" | b"ex" | b"late" | b"feu"
            )
        });
        if former {
            continue;
        }
        if !reg.related(person, org) || reg.parent(person) == Some(org) {
            out.push(Found_ {
                source: person,
                target: org,
                kind: RelationKind::Represents,
                negated: false,
                modality: Modality::Asserted,
                speaker: None,
                confidence: 0.9,
                t0,
                t1,
            });
        }
    }
    if !useful {
        return;
    }
    let parties = &mut scratch.parties;
    parties.clear();
    parties.extend(
        (found.cands.iter())
            .filter(|c| c.role == MentionRole::Party)
            .copied(),
    );
    let (parties, trigs) = (&scratch.parties[..], &scratch.trigs[..]);
    scratch.index.build(s, parties, trigs, &found.adjs);
    scratch.memo.clear();
    let ctx = args::Ctx {
        s,
        reg,
        parties,
        adjs: &found.adjs,
        sal,
        trigs,
        index: &scratch.index,
        memo: &scratch.memo,
    };
    let speaker = modifiers::speaker(&ctx, resolved);
    let searched = &mut scratch.searched;
    searched.clear();
    searched.resize(trigs.len(), None);
    for (ti, tr) in trigs.iter().enumerate() {
        let def = &s.lex.triggers[tr.trigger as usize];
        let TriggerKind::Relation(kind) = def.kind else {
            continue;
        };
        if kind.is_structural() {
            continue;
        }
        // Skip a trigger swallowed by a longer one or inside a mention.
        if (tr.t0 >= tr.t1 || scratch.index.maybe_covered(tr.t0 as usize))
            && parties.iter().any(|c| c.t0 <= tr.t0 && tr.t1 <= c.t1)
        {
            continue;
        }
        // The same trigger on the same tokens, in another tense ("accuse",
        // present and subjunctive; "accused", past and participle), finds
        // the same arguments and so adds no relation: only the references
        // its search resolved are reported again.
        if let Some((a, b)) = same_search(&ctx, ti, def, searched) {
            if a <= b && b <= resolved.len() {
                let start = resolved.len();
                resolved.extend_from_within(a..b);
                searched[ti] = Some((start, resolved.len()));
                continue;
            }
        }
        let start = resolved.len();
        let found = args::arguments(&ctx, ti, def, resolved);
        searched[ti] = Some((start, resolved.len()));
        let Some((sources, targets, conf)) = found else {
            continue;
        };
        let (mut negated, modality) = modifiers::negation_modality(&ctx, ti);
        // Revoking an agreement, suspending cooperation or cancelling talks
        // rejects the partner.
        let mut kind = kind;
        if def.pos == crate::lexicon::triggers::Pos::Noun
            && matches!(
                kind,
                RelationKind::Agrees | RelationKind::Supports | RelationKind::Meets
            )
            && modifiers::revoked(&ctx, ti)
        {
            kind = RelationKind::Rejects;
            negated = false;
        }
        let weak = if def.weak { 0.7 } else { 1.0 };
        for src in sources.iter() {
            for tgt in targets.iter() {
                let (mut a, b) = (src.actor, tgt.actor);
                // A person does not bomb or attack in person: the armed
                // force or government they speak for does ("army spokesman
                // X said the strikes hit Y").
                if matches!(kind, RelationKind::Bombs | RelationKind::Attacks)
                    && reg.actor(a).kind == ActorKind::Person
                {
                    if let Some(org) = reg.parent(a) {
                        a = org;
                    }
                }
                if a == b || ctx.related(a, b) {
                    continue;
                }
                let (ka, kb) = (reg.actor(a).kind, reg.actor(b).kind);
                if matches!(ka, ActorKind::Location | ActorKind::Media) || kb == ActorKind::Media {
                    continue;
                }
                if kb == ActorKind::Location
                    && !matches!(kind, RelationKind::Bombs | RelationKind::Attacks)
                {
                    continue;
                }
                // One relation per (source, target, kind) per trigger.
                if out.iter().any(|f: &Found_| {
                    f.source == a && f.target == b && f.kind == kind && f.t0 == tr.t0
                }) {
                    continue;
                }
                let mut c = conf * weak;
                if src.resolved || tgt.resolved {
                    c *= 0.85;
                }
                if src.coord || tgt.coord {
                    c *= 0.9;
                }
                out.push(Found_ {
                    source: a,
                    target: b,
                    kind,
                    negated,
                    modality,
                    speaker: speaker.filter(|&sp| sp != a),
                    confidence: c.clamp(0.05, 0.99),
                    t0: tr.t0,
                    t1: tr.t1,
                });
            }
        }
    }
}

/// How many earlier triggers [`same_search`] compares a trigger with: those
/// right before it on the same tokens (the entries of one lexicon hit are
/// consecutive).
const SAME_REACH: usize = 8;

/// The references resolved by the argument search of an earlier trigger
/// that finds what trigger `ti` would find: the same trigger on the same
/// tokens, in a tense that argument search does not tell apart (only a
/// past participle without an active auxiliary reads as a passive).
fn same_search(
    ctx: &args::Ctx<'_, '_>,
    ti: usize,
    def: &crate::lexicon::triggers::TriggerDef,
    searched: &[Option<(usize, usize)>],
) -> Option<(usize, usize)> {
    let tr = ctx.trigs.get(ti)?;
    let verb = def.pos == crate::lexicon::triggers::Pos::Verb && !def.passive;
    let participle = |t: &Trig| t.tense == Tense::PastParticiple;
    let lo = ti.saturating_sub(SAME_REACH);
    let mut tj = ti;
    while tj > lo {
        tj -= 1;
        let o = ctx.trigs.get(tj)?;
        if (o.t0, o.t1) != (tr.t0, tr.t1) {
            return None;
        }
        let Some(range) = searched.get(tj).copied().flatten() else {
            continue;
        };
        if o.trigger != tr.trigger {
            continue;
        }
        let same = o.tense == tr.tense || !verb || participle(o) == participle(tr) || {
            let (active, passive) = ctx.auxiliaries(tr.t0 as usize);
            active && !passive
        };
        if same {
            return Some(range);
        }
    }
    None
}

/// An argument found for a trigger.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ArgRef {
    pub(crate) actor: ActorIdx,
    pub(crate) resolved: bool,
    pub(crate) coord: bool,
}

impl ArgRef {
    /// An argument named in the text itself (not resolved, not coordinated).
    pub(crate) const fn literal(actor: ActorIdx) -> ArgRef {
        ArgRef {
            actor,
            resolved: false,
            coord: false,
        }
    }
}

/// The arguments on one side of a trigger, kept inline: a subject with at
/// most five coordinated ones, or an object with one.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ArgList {
    len: u8,
    items: [ArgRef; ArgList::CAP],
}

impl ArgList {
    /// The most arguments a list holds.
    pub(crate) const CAP: usize = 6;

    /// No argument.
    pub(crate) const fn new() -> ArgList {
        ArgList {
            len: 0,
            items: [ArgRef::literal(0); ArgList::CAP],
        }
    }

    /// One argument.
    pub(crate) fn one(a: ArgRef) -> ArgList {
        let mut l = ArgList::new();
        l.push(a);
        l
    }

    /// Add an argument (ignored past [`ArgList::CAP`]).
    pub(crate) fn push(&mut self, a: ArgRef) {
        if let Some(slot) = self.items.get_mut(self.len as usize) {
            *slot = a;
            self.len += 1;
        }
    }

    /// Keep the arguments `f` accepts, in order.
    pub(crate) fn retain(&mut self, f: impl Fn(&ArgRef) -> bool) {
        let mut n = 0;
        for i in 0..self.len as usize {
            if f(&self.items[i]) {
                self.items[n] = self.items[i];
                n += 1;
            }
        }
        self.len = n as u8;
    }
}

impl Default for ArgList {
    fn default() -> ArgList {
        ArgList::new()
    }
}

impl std::ops::Deref for ArgList {
    type Target = [ArgRef];
    fn deref(&self) -> &[ArgRef] {
        &self.items[..self.len as usize]
    }
}

impl std::ops::DerefMut for ArgList {
    fn deref_mut(&mut self) -> &mut [ArgRef] {
        &mut self.items[..self.len as usize]
    }
}

impl From<Arg> for ArgRef {
    fn from(a: Arg) -> ArgRef {
        ArgRef {
            actor: a.actor,
            resolved: a.resolved,
            coord: false,
        }
    }
}

/// Mark a resolved reference as a mention.
pub(crate) fn resolved_cand(t: u32, actor: ActorIdx, kind: MentionKind) -> Cand {
    Cand {
        t0: t,
        t1: t + 1,
        actor,
        kind,
        role: MentionRole::Party,
        gn: 0,
    }
}
