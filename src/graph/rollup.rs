//! Rolling a graph up to a coarser level of actors.

use super::{build, ActorGraph, Node};
use crate::model::actor::{Actor, ActorId, ActorKind};
use std::collections::{BTreeMap, BTreeSet};

/// How coarse the actors of a rolled-up graph are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Level {
    /// Every actor keeps its own node.
    Actor,
    /// Every actor with a country becomes that country's node,
    /// `country:ISO3`; actors without a country keep their node.
    Country,
}

impl ActorGraph {
    /// The graph seen at a coarser level.
    ///
    /// At [`Level::Country`] every actor with a country — its government,
    /// army, spokesmen — maps to the node `country:ISO3`, labelled like the
    /// actor of kind country for that code if the graph has one, else with
    /// the code itself. Merged nodes union their aliases and sum their
    /// mentions; edges that now share a key merge as in
    /// [`merge`](ActorGraph::merge), speakers map like the actors they are;
    /// self-loops (the Kremlin `part_of` Russia) are dropped. Actors without
    /// a country stay, their `parent` pointing to where it was rolled up.
    ///
    /// ```
    /// use newsgraph::{Actor, ActorGraph, ActorId, ActorKind, Extraction, Level};
    ///
    /// let mut extraction = Extraction::default();
    /// for (id, kind, parent) in [
    ///     ("country:RUS", ActorKind::Country, None),
    ///     ("gov:RUS:kremlin", ActorKind::Government, Some("country:RUS")),
    /// ] {
    ///     let actor = Actor {
    ///         id: ActorId::new(id),
    ///         label: id.to_string(),
    ///         kind,
    ///         country: Some("RUS".to_string()),
    ///         sector: None,
    ///         parent: parent.map(ActorId::new),
    ///     };
    ///     extraction.actors.insert(actor.id.clone(), actor);
    /// }
    /// let graph = ActorGraph::from_extraction("doc", &extraction);
    /// assert_eq!((graph.node_count(), graph.edge_count()), (2, 1)); // part_of
    /// let countries = graph.roll_up(newsgraph::Level::Country);
    /// assert_eq!((countries.node_count(), countries.edge_count()), (1, 0));
    /// ```
    pub fn roll_up(&self, level: Level) -> ActorGraph {
        match level {
            Level::Actor => self.canonical(),
            Level::Country => self.roll_up_countries(),
        }
    }

    fn roll_up_countries(&self) -> ActorGraph {
        let country_id = |code: &str| ActorId::new(&format!("country:{code}"));
        // Label of each country: its canonical node's, else the first
        // country-kind actor's by id.
        let mut labels: BTreeMap<&str, (bool, &str)> = BTreeMap::new();
        for node in self.nodes() {
            let actor = &node.actor;
            if let (ActorKind::Country, Some(code)) = (actor.kind, actor.country.as_deref()) {
                let canonical = actor.id == country_id(code);
                let slot = labels.entry(code).or_insert((canonical, &actor.label));
                if canonical && !slot.0 {
                    *slot = (true, &actor.label);
                }
            }
        }
        let map: BTreeMap<&ActorId, ActorId> = self
            .nodes()
            .map(|node| {
                let id = &node.actor.id;
                let to = node.actor.country.as_deref().map_or(id.clone(), country_id);
                (id, to)
            })
            .collect();
        let mapped = |id: &ActorId| map.get(id).cloned().unwrap_or_else(|| id.clone());

        let mut out = ActorGraph {
            documents: self.documents.clone(),
            ..ActorGraph::default()
        };
        let country_actor = |code: &str| Actor {
            id: country_id(code),
            label: labels.get(code).map_or(code, |l| l.1).to_string(),
            kind: ActorKind::Country,
            country: Some(code.to_string()),
            sector: None,
            parent: None,
        };
        let mut codes = BTreeSet::new();
        for node in self.nodes() {
            let actor = match node.actor.country.as_deref() {
                Some(code) => {
                    codes.insert(code);
                    country_actor(code)
                }
                None => {
                    let mut actor = node.actor.clone();
                    actor.parent = actor.parent.map(|p| mapped(&p)).filter(|p| *p != actor.id);
                    actor
                }
            };
            out.insert_node(Node {
                actor,
                aliases: node.aliases.clone(),
                mentions: node.mentions,
            });
        }
        // A country node is exactly the country, even where an actor without
        // a country happened to have its id: that keeps the roll-up
        // idempotent.
        for code in codes {
            let ix = out.nodes[&country_id(code)];
            out.graph[ix].actor = country_actor(code);
        }
        for (source, target, edge) in self.edges() {
            let (source, target) = (mapped(source), mapped(target));
            if source == target {
                continue;
            }
            let mut edge = edge.clone();
            let mut speakers = BTreeMap::new();
            for (speaker, &n) in &edge.speakers {
                let slot: &mut usize = speakers.entry(mapped(speaker)).or_default();
                *slot = slot.saturating_add(n);
            }
            edge.speaker = build::main_speaker(&speakers);
            edge.speakers = speakers;
            out.insert_edge(&source, &target, edge);
        }
        out.canonical()
    }
}
