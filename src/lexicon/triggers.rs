//! Relation triggers from `data/{lang}/triggers.tsv`: verbs inflected from
//! their lemma, nouns with their plurals, fixed phrases.

use super::inflect::{noun_forms, possessive_variants, Conjugator, Tense};
use super::tsv::Record;
use crate::error::Result;
use crate::model::relation::RelationKind;
use crate::text::normalize::fold_pattern;

/// What a trigger does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TriggerKind {
    /// An event or structural relation.
    Relation(RelationKind),
    /// A reporting verb ("a déclaré", "said"): sets the speaker.
    Say,
    /// A verb making its complement intended ("continuer de", "plans to").
    Intend,
    /// A verb making its complement hypothetical ("pouvoir").
    Hypo,
    /// A verb negating its complement ("refuser de", "refused to").
    Negv,
}

impl TriggerKind {
    fn parse(s: &str) -> std::result::Result<TriggerKind, String> {
        Ok(match s {
            "say" => TriggerKind::Say,
            "intend" => TriggerKind::Intend,
            "hypo" => TriggerKind::Hypo,
            "negv" => TriggerKind::Negv,
            other => TriggerKind::Relation(other.parse()?),
        })
    }
}

/// Part of speech of a trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pos {
    /// A verb phrase, inflected.
    Verb,
    /// A noun phrase, singular and plural.
    Noun,
    /// A phrase matched as written.
    Fixed,
}

/// How a trigger's target is introduced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Arg {
    /// A direct object.
    Obj,
    /// A preposition (folded, possibly several words).
    Prep(String),
}

/// One trigger row.
#[derive(Debug, Clone)]
pub(crate) struct TriggerDef {
    pub(crate) kind: TriggerKind,
    pub(crate) pos: Pos,
    pub(crate) args: Vec<Arg>,
    /// Takes a target then an infinitive ("demander à X de", "urge X to").
    pub(crate) control: bool,
    /// Ambiguous: lower confidence.
    pub(crate) weak: bool,
    /// The phrase after the pattern is the source, the clause subject the
    /// target ("à la demande de X", "at the request of X").
    pub(crate) passive: bool,
    /// An agent noun ("backer", "ally"): a possessor is the target
    /// ("Hezbollah's main backer"), not the source.
    pub(crate) agent: bool,
}

impl TriggerDef {
    /// True when `word` (folded) is one of the prepositions introducing the
    /// target.
    pub(crate) fn takes_prep(&self, prep: &str) -> bool {
        self.args
            .iter()
            .any(|a| matches!(a, Arg::Prep(p) if p == prep))
    }

    /// True when the target can be a direct object.
    pub(crate) fn takes_obj(&self) -> bool {
        self.args.contains(&Arg::Obj)
    }
}

/// Parse one trigger record whose columns start at `first`
/// (pattern, kind, pos, args, flags) and return its definition and forms.
pub(crate) fn parse_record(
    rec: &Record<'_>,
    first: usize,
    fr: bool,
    conj: &Conjugator,
) -> Result<(TriggerDef, Vec<(String, Tense)>)> {
    let pattern = rec.get(first);
    let kind = TriggerKind::parse(rec.get(first + 1)).map_err(|e| rec.error(e))?;
    let pos = match rec.get(first + 2) {
        "verb" => Pos::Verb,
        "noun" => Pos::Noun,
        "fixed" => Pos::Fixed,
        other => {
            return Err(rec.error(format!(
                "unknown part of speech {other:?} (verb, noun, fixed)"
            )))
        }
    };
    let args = rec
        .opt(first + 3)
        .unwrap_or("")
        .split('|')
        .filter(|a| !a.is_empty() && *a != "-")
        .map(|a| {
            if a == "obj" {
                Arg::Obj
            } else {
                Arg::Prep(fold_pattern(a))
            }
        })
        .collect();
    let mut def = TriggerDef {
        kind,
        pos,
        args,
        control: false,
        weak: false,
        passive: false,
        agent: false,
    };
    for flag in rec.flags(first + 4) {
        match flag {
            "control" => def.control = true,
            "weak" => def.weak = true,
            "passive" => def.passive = true,
            "agent" => def.agent = true,
            "refl" | "nosource" | "unacc" => {}
            other => return Err(rec.error(format!("unknown trigger flag {other:?}"))),
        }
    }
    let forms: Vec<(String, Tense)> = match pos {
        Pos::Verb => pattern
            .split('|')
            .flat_map(|p| conj.verb_forms(p.trim()))
            .flat_map(|f| {
                possessive_variants(fr, &f.text)
                    .into_iter()
                    .map(move |t| (t, f.tense))
            })
            .collect(),
        // Explicit forms ("a|b") are taken as written.
        Pos::Noun if !pattern.contains('|') => noun_forms(fr, pattern.trim())
            .into_iter()
            .map(|t| (t, Tense::Present))
            .collect(),
        Pos::Noun | Pos::Fixed => pattern
            .split('|')
            .map(|t| (t.trim().to_string(), Tense::Present))
            .collect(),
    };
    if forms.is_empty() {
        return Err(rec.error(format!("trigger {pattern:?} has no forms")));
    }
    Ok((def, forms))
}
