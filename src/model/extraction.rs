//! The result of extracting one document.

use super::actor::{Actor, ActorId};
use super::relation::Relation;
use crate::lang::Lang;
use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How a mention names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    /// A name or alias from a lexicon ("la Russie", "the Kremlin").
    Name,
    /// A composite: sector word plus nationality ("l'armée turque").
    Composite,
    /// A new name introduced by a role or title ("le porte-parole du Kremlin, Dmitri Peskov").
    NewName,
    /// A pronoun resolved to an earlier actor ("elle", "they").
    Pronoun,
    /// A definite description resolved to an earlier actor ("le régime", "the militia").
    Description,
}

impl MentionKind {
    /// True for pronouns and descriptions, whose actor was inferred from context.
    pub fn is_resolved(self) -> bool {
        matches!(self, MentionKind::Pronoun | MentionKind::Description)
    }
}

/// What part a mention plays in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionRole {
    /// A participant that may take part in events.
    Party,
    /// A place ("en Syrie", "à Ankara", "in Aleppo"): never a party.
    Location,
    /// A news outlet credited for the story: never a party.
    Credit,
}

/// One occurrence of an actor in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The actor it refers to.
    pub actor: ActorId,
    /// Where it is in the original text.
    pub span: Span,
    /// How it names the actor.
    pub kind: MentionKind,
    /// Party, location or credit.
    pub role: MentionRole,
    /// Index of its sentence in [`Extraction::sentences`].
    pub sentence: usize,
}

/// Everything extracted from one document. Owns its data; spans are byte
/// offsets into the text given to [`Extractor::extract`](crate::Extractor::extract).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The language of each paragraph decides its lexicon; this is the
    /// document's majority language (`None` for an empty text).
    pub lang: Option<Lang>,
    /// Sentence spans, in order (boilerplate lines excluded).
    pub sentences: Vec<Span>,
    /// Spans recognised as boilerplate (related-story links, credits, bylines).
    pub boilerplate: Vec<Span>,
    /// Actor mentions, in text order.
    pub mentions: Vec<Mention>,
    /// Relations, in text order of their triggers.
    pub relations: Vec<Relation>,
    /// Every actor referenced by a mention or relation, and their ancestors,
    /// by id.
    pub actors: BTreeMap<ActorId, Actor>,
    /// Surface forms seen per actor, in order of first appearance.
    pub aliases: BTreeMap<ActorId, Vec<String>>,
}

impl Extraction {
    /// Mentions that are parties (not places, not credits).
    pub fn parties(&self) -> impl Iterator<Item = &Mention> {
        self.mentions
            .iter()
            .filter(|m| m.role == MentionRole::Party)
    }

    /// Number of party mentions of `id`.
    pub fn mention_count(&self, id: &ActorId) -> usize {
        self.parties().filter(|m| &m.actor == id).count()
    }
}
