//! Short references: pronouns, possessives and definite descriptions resolve
//! to the most recent compatible actor, subjects first.
//!
//! Candidates come from the current sentence (before the reference) and the
//! three sentences before it. Compatibility: gender and number where the
//! language marks them (French il/elle/ils/elles, son/leur; English he/she are
//! persons, it is not a person, they is plural or collective), and for
//! descriptions ("le régime", "the militia") the kinds of actor the word can
//! name. The most recent sentence holding a compatible actor wins; within
//! it, its subject (the first party of its sentence, not after a
//! preposition) is preferred over a more recent non-subject.
//!
//! The memory also keeps the events reported so far, so that a definite
//! event noun naming one again ("Iraq condemned the strikes", "Téhéran a
//! dénoncé les sanctions") can find who carried it out.

use super::registry::Registry;
use super::Cand;
use crate::lexicon::actors::ActorIdx;
use crate::lexicon::cues::gn;
use crate::model::actor::ActorKind;
use crate::model::relation::RelationKind;

/// How far back, in sentences, a reference may reach.
const WINDOW: usize = 3;

/// One remembered mention.
#[derive(Debug, Clone, Copy)]
struct Salient {
    actor: ActorIdx,
    sentence: usize,
    gn: u8,
    subject: bool,
}

/// What a reference can point to.
#[derive(Debug, Clone, Default)]
pub(crate) struct Want {
    /// Gender/number bits of the reference (0: unmarked).
    pub(crate) gn: u8,
    /// Only persons.
    pub(crate) person: bool,
    /// Never persons.
    pub(crate) non_person: bool,
    /// Only these kinds (descriptions); empty: any.
    pub(crate) kinds: Vec<ActorKind>,
    /// Never this actor (the antecedent of a relative pronoun).
    pub(crate) exclude: Option<ActorIdx>,
    /// A second actor never to resolve to (a source coordinated with
    /// `exclude`: "frappes des États-Unis et du Royaume-Uni contre leurs
    /// positions").
    pub(crate) exclude_also: Option<ActorIdx>,
}

/// The document's memory of mentioned actors.
#[derive(Debug, Default)]
pub(crate) struct Salience {
    items: Vec<Salient>,
    /// Events reported so far, oldest first (at most [`EVENTS`]).
    events: Vec<(RelationKind, ActorIdx)>,
}

/// How many reported events the memory keeps.
const EVENTS: usize = 64;

impl Salience {
    /// Remember the party mentions of a finished sentence.
    pub(crate) fn push_sentence(
        &mut self,
        sentence: usize,
        cands: &[Cand],
        subject_tok: Option<u32>,
    ) {
        for c in cands {
            self.items.push(Salient {
                actor: c.actor,
                sentence,
                gn: c.gn,
                subject: subject_tok == Some(c.t0),
            });
        }
        // Forget what is out of reach.
        if self.items.len() > 256 {
            let keep_from = sentence.saturating_sub(WINDOW);
            self.items.retain(|s| s.sentence >= keep_from);
        }
    }

    /// Remember an event reported as having happened (or announced): its
    /// kind and who carried it out.
    pub(crate) fn push_event(&mut self, kind: RelationKind, source: ActorIdx) {
        if self.events.len() >= EVENTS {
            // Forget the older half at once: amortised constant time.
            self.events.drain(..EVENTS / 2);
        }
        self.events.push((kind, source));
    }

    /// Who carried out the most recent reported event of a kind that
    /// `kind_ok` accepts, other than `subject` and the actors related to it
    /// (a government does not condemn its own strikes).
    pub(crate) fn event_source(
        &self,
        reg: &Registry<'_>,
        kind_ok: impl Fn(RelationKind) -> bool,
        subject: Option<ActorIdx>,
    ) -> Option<ActorIdx> {
        self.events
            .iter()
            .rev()
            .filter(|&&(kind, source)| {
                kind_ok(kind) && subject.map_or(true, |s| s != source && !reg.related(s, source))
            })
            .map(|&(_, source)| source)
            .next()
    }

    /// Resolve a reference at token `tok` of sentence `sentence`, given the
    /// current sentence's candidates.
    pub(crate) fn resolve(
        &self,
        reg: &Registry<'_>,
        sentence: usize,
        current: &[Cand],
        tok: u32,
        want: &Want,
    ) -> Option<ActorIdx> {
        let ok = |actor: ActorIdx, g: u8| {
            let a = reg.actor(actor);
            let is_person = a.kind == ActorKind::Person;
            if want.person && !is_person || want.non_person && is_person {
                return false;
            }
            if !want.kinds.is_empty() && !want.kinds.contains(&a.kind) {
                return false;
            }
            if want.exclude == Some(actor)
                || want.exclude_also == Some(actor)
                || a.kind == ActorKind::Location
                || a.kind == ActorKind::Media
            {
                return false;
            }
            gn::agree(want.gn, g)
        };
        // The current sentence, nearest first.
        if let Some(c) = current
            .iter()
            .rev()
            .find(|c| c.t1 <= tok && ok(c.actor, c.gn))
        {
            return Some(c.actor);
        }
        let lo = sentence.saturating_sub(WINDOW);
        let recent = self.items.iter().rev().take_while(|s| s.sentence >= lo);
        // The most recent sentence with a compatible actor wins; within
        // it, its subject.
        let mut fallback: Option<(ActorIdx, usize)> = None;
        for s in recent {
            if !ok(s.actor, s.gn) {
                continue;
            }
            if fallback.is_some_and(|(_, sent)| s.sentence < sent) {
                break;
            }
            if s.subject {
                return Some(s.actor);
            }
            fallback.get_or_insert((s.actor, s.sentence));
        }
        fallback.map(|(a, _)| a)
    }
}
