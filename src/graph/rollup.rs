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
    /// The state's actors become their country's node, `country:ISO3`:
    /// the country itself, its government and organs, its armed forces and
    /// police. Persons follow their affiliation. Every other actor keeps
    /// its node (see [`ActorGraph::roll_up`]).
    Country,
}

impl ActorGraph {
    /// The graph seen at a coarser level.
    ///
    /// At [`Level::Country`]:
    ///
    /// - an actor of kind country, government, military or police with a
    ///   country code — the Kremlin, the Syrian army, Turkey's police —
    ///   becomes the node `country:ISO3`, labelled like the actor of kind
    ///   country for that code if the graph has one, else with the code
    ///   itself;
    /// - a person becomes the node their affiliation (their `parent`, the
    ///   first that is not a person) rolls up to: Dmitri Peskov → the
    ///   Kremlin → Russia, a UN envoy → the UN, an armed group's leader →
    ///   the group. A person whose affiliation is not in the graph keeps
    ///   their node: a nationality is not an affiliation;
    /// - every other actor keeps its node: armed groups, rebels and the
    ///   opposition are not the state they fight (a group's `country` is
    ///   where it operates: the YPG is not Syria), nor are parties, media,
    ///   civilians or places (a city shelled is not its country shelled);
    ///   international organisations have no country. Their `parent` points
    ///   to where it was rolled up.
    ///
    /// Merged nodes union their aliases and sum their mentions; edges that
    /// now share a key merge as in [`merge`](ActorGraph::merge), speakers
    /// map like the actors they are; self-loops (the Kremlin `part_of`
    /// Russia, a spokesman's `represents`) are dropped. Rolling up twice
    /// gives the same graph as once.
    ///
    /// ```
    /// use newsgraph::{Actor, ActorGraph, ActorId, ActorKind, Extraction, Level};
    ///
    /// let mut extraction = Extraction::default();
    /// for (id, kind, country, parent) in [
    ///     ("country:RUS", ActorKind::Country, Some("RUS"), None),
    ///     ("gov:RUS:kremlin", ActorKind::Government, Some("RUS"), Some("country:RUS")),
    ///     ("person:dmitri-peskov", ActorKind::Person, Some("RUS"), Some("gov:RUS:kremlin")),
    ///     ("group:ypg", ActorKind::ArmedGroup, Some("SYR"), None),
    /// ] {
    ///     let actor = Actor {
    ///         id: ActorId::new(id),
    ///         label: id.to_string(),
    ///         kind,
    ///         country: country.map(str::to_string),
    ///         sector: None,
    ///         parent: parent.map(ActorId::new),
    ///     };
    ///     extraction.actors.insert(actor.id.clone(), actor);
    /// }
    /// let graph = ActorGraph::from_extraction("doc", &extraction);
    /// assert_eq!((graph.node_count(), graph.edge_count()), (4, 1)); // part_of
    /// let countries = graph.roll_up(Level::Country);
    /// let ids: Vec<_> = countries.nodes().map(|n| n.actor.id.as_str()).collect();
    /// assert_eq!(ids, ["country:RUS", "group:ypg"]);
    /// assert_eq!(countries.edge_count(), 0);
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
        // Where every actor goes: first those that are not persons, the
        // state's actors to their country...
        let mut map: BTreeMap<&ActorId, ActorId> = BTreeMap::new();
        let mut countries: BTreeMap<ActorId, &str> = BTreeMap::new();
        for node in self.nodes() {
            let actor = &node.actor;
            if actor.kind == ActorKind::Person {
                continue;
            }
            let to = match (is_state(actor.kind), actor.country.as_deref()) {
                (true, Some(code)) => {
                    let to = country_id(code);
                    countries.insert(to.clone(), code);
                    to
                }
                _ => actor.id.clone(),
            };
            map.insert(&actor.id, to);
        }
        // ... then persons, through their affiliation. An id that is the
        // node of a non-person in the rolled graph ends the walk even when
        // the graph has no such node yet (`country:SYR` where only the
        // Syrian government was named), so that rolling up twice changes
        // nothing.
        let targets: BTreeSet<ActorId> = map.values().cloned().collect();
        let persons: Vec<(&ActorId, ActorId)> = self
            .nodes()
            .filter(|node| node.actor.kind == ActorKind::Person)
            .map(|node| {
                let to = self.affiliation(&node.actor, &map, &targets);
                (&node.actor.id, to.unwrap_or_else(|| node.actor.id.clone()))
            })
            .collect();
        map.extend(persons);
        let mapped = |id: &ActorId| map.get(id).cloned().unwrap_or_else(|| id.clone());

        let mut out = ActorGraph {
            documents: self.documents.clone(),
            ..ActorGraph::default()
        };
        for node in self.nodes() {
            let to = mapped(&node.actor.id);
            // A country node is exactly the country, even where another
            // actor happened to have its id: that keeps the roll-up
            // idempotent. Any other target is an actor keeping its node.
            let actor = match countries.get(&to) {
                Some(code) => Actor {
                    id: to,
                    label: labels.get(code).map_or(*code, |l| l.1).to_string(),
                    kind: ActorKind::Country,
                    country: Some(code.to_string()),
                    sector: None,
                    parent: None,
                },
                None => {
                    let mut actor = self.node(&to).map_or(&node.actor, |n| &n.actor).clone();
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

    /// Where a person rolls up: the target of the first affiliation up their
    /// `parent` chain that is not a person, if any.
    fn affiliation(
        &self,
        person: &Actor,
        map: &BTreeMap<&ActorId, ActorId>,
        targets: &BTreeSet<ActorId>,
    ) -> Option<ActorId> {
        let mut seen = BTreeSet::from([&person.id]);
        let mut parent = person.parent.as_ref()?;
        loop {
            if targets.contains(parent) {
                return Some(parent.clone());
            }
            if let Some(to) = map.get(parent) {
                return Some(to.clone());
            }
            let node = self.node(parent)?;
            if !seen.insert(parent) {
                return None;
            }
            parent = node.actor.parent.as_ref()?;
        }
    }
}

/// True for the kinds of actor that are the state: at country level they
/// are their country.
fn is_state(kind: ActorKind) -> bool {
    matches!(
        kind,
        ActorKind::Country | ActorKind::Government | ActorKind::Military | ActorKind::Police
    )
}
