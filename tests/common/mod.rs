//! Helpers shared by the integration tests that build graphs by hand
//! (`exports`, `graph_props`, `graphviz`): actors, relations, extractions
//! and their graphs, without the extractor.
//!
//! Each test crate uses its own subset, hence `allow(dead_code)`.
#![allow(dead_code)]

use newsgraph::{
    Actor, ActorGraph, ActorId, ActorKind, Extraction, Mention, MentionKind, MentionRole, Modality,
    Relation, RelationKind, Span,
};

/// An actor id.
pub fn id(s: &str) -> ActorId {
    ActorId::new(s)
}

/// An actor labelled with its id, without a sector.
pub fn actor(id: &str, kind: ActorKind, country: Option<&str>, parent: Option<&str>) -> Actor {
    labelled(id, id, kind, country, parent)
}

/// An actor with a label, without a sector.
pub fn labelled(
    id: &str,
    label: &str,
    kind: ActorKind,
    country: Option<&str>,
    parent: Option<&str>,
) -> Actor {
    Actor {
        id: ActorId::new(id),
        label: label.to_string(),
        kind,
        country: country.map(str::to_string),
        sector: None,
        parent: parent.map(ActorId::new),
    }
}

/// An asserted relation of confidence 0.5, without a speaker, in the
/// sentence `[0, 100)` with its trigger at `[10, 15)`.
pub fn relation(source: &str, kind: RelationKind, target: &str) -> Relation {
    relation_at(source, kind, target, 10)
}

/// [`relation`] with its trigger at `[trigger, trigger + 5)`.
pub fn relation_at(source: &str, kind: RelationKind, target: &str, trigger: usize) -> Relation {
    Relation {
        source: ActorId::new(source),
        target: ActorId::new(target),
        kind,
        negated: false,
        modality: Modality::Asserted,
        speaker: None,
        confidence: 0.5,
        sentence: Span::new(0, 100),
        trigger: Span::new(trigger, trigger + 5),
    }
}

/// An extraction of these actors and relations, with no mentions.
pub fn extraction(actors: Vec<Actor>, relations: Vec<Relation>) -> Extraction {
    Extraction {
        actors: actors.into_iter().map(|a| (a.id.clone(), a)).collect(),
        relations,
        ..Extraction::default()
    }
}

/// The graph of document `doc` made of these actors and relations.
pub fn graph_of(actors: Vec<Actor>, relations: Vec<Relation>) -> ActorGraph {
    ActorGraph::from_extraction("doc", &extraction(actors, relations))
}

/// Adds an actor to an extraction with its aliases and `mentions` party
/// mentions.
pub fn add_actor(extraction: &mut Extraction, actor: Actor, aliases: &[&str], mentions: usize) {
    let id = actor.id.clone();
    extraction
        .aliases
        .insert(id.clone(), aliases.iter().map(|a| a.to_string()).collect());
    for i in 0..mentions {
        extraction.mentions.push(Mention {
            actor: id.clone(),
            span: Span::new(i, i + 1),
            kind: MentionKind::Name,
            role: MentionRole::Party,
            sentence: 0,
        });
    }
    extraction.actors.insert(id, actor);
}
pub mod table;
