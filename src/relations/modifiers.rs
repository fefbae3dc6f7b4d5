//! Negation, modality and speaker.
//!
//! - Negation: French ne… pas/plus/jamais/guère, sans; English not, never,
//!   -n't, without; a negating verb before the trigger (refuser de, refused
//!   to) — except inside a request: "demander de cesser ses tirs", "urged
//!   Turkey to stop shelling" presuppose the shelling, which is asserted
//!   (neither negated nor requested).
//! - Modality: future and conditional forms; aller/will/going to + verb and
//!   intention verbs (continuer de, plans to) make it `intended`; could,
//!   would, pourrait, si/if make it `hypothetical`; a controlling request
//!   verb ("demandant à Ankara de cesser…", "urged Turkey to…") makes it
//!   `requested`.
//! - Speaker: the actor of a reporting verb ("a déclaré X", "X said", "a-t-il
//!   indiqué") or of "selon X" / "according to X".

use super::args::Ctx;
use super::Resolved;
use crate::lexicon::actors::ActorIdx;
use crate::lexicon::cues::role;
use crate::lexicon::inflect::Tense;
use crate::lexicon::triggers::{Pos, TriggerKind};
use crate::model::actor::ActorKind;
use crate::model::relation::{Modality, RelationKind};

/// Negation and modality of trigger `ti`.
pub(crate) fn negation_modality(ctx: &Ctx<'_, '_>, ti: usize) -> (bool, Modality) {
    let s = ctx.s;
    let tr = ctx.trigs[ti];
    let (t0, t1) = (tr.t0 as usize, tr.t1 as usize);
    let before = t0.saturating_sub(5)..t0;
    // The cue roles of the words around the trigger, together: a role
    // none of them has needs no search.
    let near = (s.toks.get(t0.saturating_sub(6)..(t1 + 2).min(s.toks.len())))
        .map_or(0, |w| w.iter().fold(0, |r, t| r | t.roles));
    let (mut intend, mut hypo, mut threatened, mut requested) = (false, false, false, false);
    // The last negating verb ending at most four tokens before the trigger.
    let mut negv_trig = None;
    // "menace de lancer une offensive", "threatened to impose sanctions",
    // "a menacé à plusieurs reprises de sanctionner": the act a threat
    // announces is intended.
    let infinitive = |i: usize| matches!(s.word_bytes(i), b"de" | b"d" | b"to");
    // One pass over the triggers ending at most ten tokens before this one.
    for o in ctx.trigs {
        let o1 = o.t1 as usize;
        if o1 > t0 || o1 + 10 < t0 {
            continue;
        }
        let d = &s.lex.triggers[o.trigger as usize];
        intend |= o1 + 6 >= t0 && d.kind == TriggerKind::Intend;
        hypo |= o1 + 5 >= t0 && d.kind == TriggerKind::Hypo;
        threatened |= o1 + 6 >= t0
            && o1 > 0
            && d.kind == TriggerKind::Relation(RelationKind::Threatens)
            && d.pos == crate::lexicon::triggers::Pos::Verb
            && (infinitive(o1 - 1) || (t0 > 0 && infinitive(t0 - 1)));
        requested |= d.control && d.kind == TriggerKind::Relation(RelationKind::Demands);
        if o1 + 4 >= t0 && d.kind == TriggerKind::Negv {
            negv_trig = Some(o);
        }
    }
    let mut modality = match tr.tense {
        Tense::Future => Modality::Intended,
        Tense::Conditional => Modality::Hypothetical,
        _ => Modality::Asserted,
    };
    // "vowed to answer the strikes", "a promis de venger les frappes": a
    // definite event noun is an event that took place, not the one
    // intended.
    let definite = |i: usize| {
        matches!(
            s.word_bytes(i),
            b"the"
                | b"this"
                | b"these"
                | b"those"
                | b"le"
                | b"la"
                | b"les"
                | b"l"
                | b"ce"
                | b"cet"
                | b"cette"
                | b"ces"
                | b"au"
                | b"aux"
        )
    };
    let past_event = s.lex.triggers[tr.trigger as usize].pos != crate::lexicon::triggers::Pos::Verb
        && t0 > 0
        && (definite(t0 - 1) || (t0 > 1 && !ctx.has(t0 - 1, role::DET) && definite(t0 - 2)));
    if (near & role::FUT != 0 && before.clone().any(|i| ctx.has(i, role::FUT)))
        || ((intend || threatened) && !past_event)
    {
        modality = Modality::Intended;
    }
    if (near & role::HYPO != 0 && before.clone().any(|i| ctx.has(i, role::HYPO)))
        || hypo
        || ctx.index.first_if < t0
    {
        modality = Modality::Hypothetical;
    }
    if requested {
        modality = Modality::Requested;
    }
    let ne =
        near & role::NEGPRE != 0 && (t0.saturating_sub(6)..t0).any(|i| ctx.has(i, role::NEGPRE));
    // Not a negation before a conjunction: "said the deal was not enough
    // and threatened to…".
    let neg_word = near & role::NEG != 0
        && (t0.saturating_sub(4)..(t1 + 2).min(s.toks.len())).any(|i| {
            ctx.has(i, role::NEG)
            && {
                let c = s.cue(i).map_or(0, |c| c.roles);
                c & role::AFTER_NE == 0 || ne
            }
            && !(i + 1..t0).any(|j| ctx.has(j, role::CONJ))
            // "agreed not to use force": the infinitive is negated, not
            // the agreement.
            && !(i >= t1 && s.word_bytes(i + 1) == b"to")
        });
    let sans = near & role::SANS != 0 && (t0.saturating_sub(2)..t0).any(|i| ctx.has(i, role::SANS));
    if let Some(o) = negv_trig {
        // "did not rule out strikes", "n'exclut pas de frapper": a negated
        // negating verb leaves a possibility.
        let o0 = o.t0 as usize;
        let around = o0.saturating_sub(3)..(o.t1 as usize + 2).min(t0);
        if around.into_iter().any(|i| ctx.has(i, role::NEG)) {
            let m = if modality == Modality::Asserted {
                Modality::Hypothetical
            } else {
                modality
            };
            return (false, m);
        }
    }
    let negv = negv_trig.is_some();
    if requested && negv {
        // "urged Turkey to stop shelling the militias", "demandant à
        // Ankara de cesser ses tirs": stopping presupposes the event,
        // which is asserted, not negated, not requested.
        return (neg_word || sans, Modality::Asserted);
    }
    (neg_word || sans || negv, modality)
}

/// True when the noun trigger `ti` is the object of a verb that ends or
/// cancels it ("revoked with immediate effect a military cooperation
/// agreement with the United States", "a révoqué l'accord"): within eight
/// tokens, no comma or clause boundary between, not inside a request.
pub(crate) fn revoked(ctx: &Ctx<'_, '_>, ti: usize) -> bool {
    let s = ctx.s;
    let t0 = ctx.trigs[ti].t0 as usize;
    let requested = ctx.trigs.iter().any(|o| {
        let d = &s.lex.triggers[o.trigger as usize];
        d.control && (o.t1 as usize) <= t0 && o.t1 as usize + 10 >= t0
    });
    !requested
        && ctx.trigs.iter().any(|o| {
            let d = &s.lex.triggers[o.trigger as usize];
            d.kind == TriggerKind::Negv
                && d.pos == Pos::Verb
                && (o.t1 as usize) <= t0
                && o.t1 as usize + 8 >= t0
                && !(o.t1 as usize..t0).any(|i| ctx.is_boundary(i) || s.punct(i) == b',')
                && !(o.t0 as usize).checked_sub(3).is_some_and(|lo| {
                    (lo..o.t0 as usize).any(|i| ctx.has(i, role::NEG | role::NEGPRE))
                })
        })
}

/// The speaker of the sentence, if a reporting verb or "selon/according to"
/// names one. News agencies and media credited for a story ("selon l'AFP",
/// "the Xinhua news agency reported") are no speakers; an unnamed subject
/// ("a spokesman said", "officials said") gives none either.
pub(crate) fn speaker(ctx: &Ctx<'_, '_>, resolved: &mut Resolved) -> Option<ActorIdx> {
    let s = ctx.s;
    let media = |a: ActorIdx| ctx.reg.actor(a).kind == ActorKind::Media;
    // No reporting word before the first one.
    for i in ctx.index.first_report..s.toks.len() {
        if ctx.has(i, role::REPORT) {
            let mut k = i + 1;
            while k < s.toks.len() && k < i + 4 {
                if let Some(c) = ctx.party_at(k) {
                    if !media(c.actor) {
                        return Some(c.actor);
                    }
                    break;
                }
                k += 1;
            }
        }
    }
    for tr in ctx.trigs.iter().filter(|t| {
        let d = &s.lex.triggers[t.trigger as usize];
        d.kind == TriggerKind::Say && (d.pos == Pos::Verb || d.passive)
    }) {
        let (t0, t1) = (tr.t0 as usize, tr.t1 as usize);
        // "d'après X", "according to X".
        if s.lex.triggers[tr.trigger as usize].passive {
            let next =
                (ctx.parties.iter()).find(|c| c.t0 as usize >= t1 && (c.t0 as usize) < t1 + 3);
            match next {
                Some(c) if !media(c.actor) => return Some(c.actor),
                _ => continue,
            }
        }
        // "Venezuela's claim", "the claims": a noun, not a verb.
        if t0 > 0 && (ctx.has(t0 - 1, role::DET | role::POSS) || s.word_bytes(t0 - 1) == b"s") {
            continue;
        }
        // The word before the verb, past auxiliaries and adverbs.
        let mut k = t0;
        while k > 0
            && k + 4 > t0
            && (ctx.has(k - 1, role::AUX | role::PASSAUX | role::NEG | role::NEGPRE)
                || matches!(
                    s.word_bytes(k - 1),
                    b"also" | b"aussi" | b"t" | b"deja" | b"already"
                ))
        {
            k -= 1;
        }
        let named_before = ctx.parties.iter().any(|c| c.t1 as usize == k)
            || (k > 0 && ctx.has(k - 1, role::PRON | role::RELSUBJ))
            || (k > 1 && ctx.has(k - 1, role::DESC) && super::args::definite(ctx, k - 2));
        // Inverted: "…", a déclaré le porte-parole du Kremlin, Dmitri
        // Peskov; "…," said Peskov.
        let after = || {
            (ctx.parties.iter())
                .filter(|c| c.t0 as usize >= t1 && (c.t0 as usize) < t1 + 12)
                .filter(|c| !(t1..c.t0 as usize).any(|k| matches!(s.punct(k), b'.' | b';' | b'"')))
        };
        let inverted = !named_before
            && tr.tense != Tense::PresentParticiple
            && t0 > 0
            && (matches!(s.punct(t0 - 1), b',' | b'"')
                || (t0 > 1 && matches!(s.punct(t0 - 2), b',' | b'"')));
        if inverted {
            if let Some(c) = after()
                .find(|c| ctx.reg.actor(c.actor).kind == ActorKind::Person)
                .or_else(|| after().next())
            {
                if media(c.actor) {
                    continue;
                }
                return Some(c.actor);
            }
        }
        // "a spokesman said", "officials said": an unnamed speaker.
        if !named_before && tr.tense != Tense::PresentParticiple && k > 0 && s.punct(k - 1) == 0 {
            continue;
        }
        if let Some(a) = ctx.subject(t0, resolved).first() {
            if media(a.actor) {
                continue;
            }
            return Some(a.actor);
        }
    }
    None
}
