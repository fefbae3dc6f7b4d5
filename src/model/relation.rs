//! Relation kinds, modality and extracted relations.

use super::actor::{string_enum, ActorId};
use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

string_enum! {
    /// The relation vocabulary of SPEC §3: 17 event kinds plus two structural
    /// relations.
    RelationKind {
        /// Support, aid, cooperation (PLOVER SUPPORT/AID/COOPERATE; CAMEO 03, 05–07).
        Supports => "supports",
        /// An agreement (PLOVER AGREE; CAMEO 057).
        Agrees => "agrees",
        /// A meeting or consultation (PLOVER CONSULT; CAMEO 04).
        Meets => "meets",
        /// A concession: release, easing (PLOVER CONCEDE; CAMEO 08).
        Concedes => "concedes",
        /// A withdrawal (PLOVER RETREAT; CAMEO 087).
        Withdraws => "withdraws",
        /// An investigation (PLOVER INVESTIGATE; CAMEO 09).
        Investigates => "investigates",
        /// A demand or request (PLOVER REQUEST; CAMEO 02, 10).
        Demands => "demands",
        /// An accusation (PLOVER ACCUSE; CAMEO 112).
        Accuses => "accuses",
        /// Criticism or condemnation (PLOVER ACCUSE/DISAPPROVE; CAMEO 111).
        Criticizes => "criticizes",
        /// A rejection or veto (PLOVER REJECT; CAMEO 12).
        Rejects => "rejects",
        /// A threat or warning (PLOVER THREATEN; CAMEO 13).
        Threatens => "threatens",
        /// A protest (PLOVER PROTEST; CAMEO 14).
        Protests => "protests",
        /// A deployment or mobilisation (PLOVER MOBILIZE; CAMEO 15).
        Mobilizes => "mobilizes",
        /// A sanction, expulsion, cut ties (PLOVER SANCTION; CAMEO 16).
        Sanctions => "sanctions",
        /// Coercion: arrest, detention, seizure (PLOVER COERCE; CAMEO 17).
        Coerces => "coerces",
        /// An attack, fighting, killing (PLOVER ASSAULT/FIGHT; CAMEO 18–20).
        Attacks => "attacks",
        /// Aerial or artillery bombardment (PLOVER FIGHT/ASSAULT; CAMEO 194–195).
        Bombs => "bombs",
        /// Structural: the source is an organ of the target (Kremlin → Russia).
        PartOf => "part_of",
        /// Structural: the source speaks for or represents the target.
        Represents => "represents",
    }
}

/// The colour family of a relation kind, used by renderers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    /// Verbal or material cooperation.
    Cooperation,
    /// Verbal conflict (accuse, criticize, reject, threaten, demand, protest).
    VerbalConflict,
    /// Material conflict (attack, bomb, coerce, sanction, mobilize).
    MaterialConflict,
    /// Structural relations (part_of, represents).
    Structural,
}

impl RelationKind {
    /// PLOVER event type.
    pub fn plover(self) -> &'static str {
        use RelationKind::*;
        match self {
            Supports => "AID",
            Agrees => "AGREE",
            Meets => "CONSULT",
            Concedes => "CONCEDE",
            Withdraws => "RETREAT",
            Investigates => "INVESTIGATE",
            Demands => "REQUEST",
            Accuses | Criticizes => "ACCUSE",
            Rejects => "REJECT",
            Threatens => "THREATEN",
            Protests => "PROTEST",
            Mobilizes => "MOBILIZE",
            Sanctions => "SANCTION",
            Coerces => "COERCE",
            Attacks => "ASSAULT",
            Bombs => "FIGHT",
            PartOf | Represents => "",
        }
    }

    /// CAMEO root (or sub-) code.
    pub fn cameo(self) -> &'static str {
        use RelationKind::*;
        match self {
            Supports => "07",
            Agrees => "057",
            Meets => "04",
            Concedes => "08",
            Withdraws => "087",
            Investigates => "09",
            Demands => "10",
            Accuses => "112",
            Criticizes => "111",
            Rejects => "12",
            Threatens => "13",
            Protests => "14",
            Mobilizes => "15",
            Sanctions => "16",
            Coerces => "17",
            Attacks => "19",
            Bombs => "195",
            PartOf | Represents => "",
        }
    }

    /// True for `part_of` and `represents`.
    pub fn is_structural(self) -> bool {
        matches!(self, RelationKind::PartOf | RelationKind::Represents)
    }

    /// The colour family.
    pub fn family(self) -> Family {
        use RelationKind::*;
        match self {
            Supports | Agrees | Meets | Concedes | Withdraws | Investigates => Family::Cooperation,
            Demands | Accuses | Criticizes | Rejects | Threatens | Protests => {
                Family::VerbalConflict
            }
            Mobilizes | Sanctions | Coerces | Attacks | Bombs => Family::MaterialConflict,
            PartOf | Represents => Family::Structural,
        }
    }
}

string_enum! {
    /// How the text presents an event (SPEC §3).
    Modality {
        /// Stated as fact.
        Asserted => "asserted",
        /// Future, plans, intentions ("va continuer", "will").
        Intended => "intended",
        /// Conditional ("would", "pourrait").
        Hypothetical => "hypothetical",
        /// Someone asked for it ("urged X to stop").
        Requested => "requested",
    }
}

#[allow(clippy::derivable_impls)] // The macro-generated enum cannot take #[default].
impl Default for Modality {
    fn default() -> Modality {
        Modality::Asserted
    }
}

/// One relation found in one sentence of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// Who acts.
    pub source: ActorId,
    /// Who is acted upon.
    pub target: ActorId,
    /// What happens.
    pub kind: RelationKind,
    /// "did not", "refuses to".
    pub negated: bool,
    /// Asserted, intended, hypothetical or requested.
    pub modality: Modality,
    /// The actor a reported statement is attributed to.
    pub speaker: Option<ActorId>,
    /// Reliability of the pattern that produced it, in `[0, 1]`.
    pub confidence: f32,
    /// The sentence, as a span of the original text.
    pub sentence: Span,
    /// The trigger word or phrase.
    pub trigger: Span,
}
