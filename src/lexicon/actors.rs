//! The language-independent actor table: lexicon actors plus the sector units
//! derived for every country from `data/sectors.tsv`.

use super::tsv::{records, Record};
use crate::error::{Error, Result};
use crate::model::actor::{Actor, ActorId, ActorKind, Sector};
use std::collections::HashMap;

/// Index of an actor in [`ActorTable::actors`].
pub(crate) type ActorIdx = u32;

/// One actor of the table.
#[derive(Debug, Clone)]
#[allow(dead_code)] // Role dates are parsed and checked; roll-up by date is future work.
pub(crate) struct ActorEntry {
    /// Identity, kind, affiliation.
    pub(crate) actor: Actor,
    /// Role dates (persons), as written in the data.
    pub(crate) since: Option<String>,
    /// End of the role, if it ended.
    pub(crate) until: Option<String>,
}

/// A sector unit template from `data/sectors.tsv`.
#[derive(Debug, Clone)]
pub(crate) struct Unit {
    /// Key used by the per-language sector words ("military").
    pub(crate) key: String,
    id: String,
    kind: ActorKind,
    sector: Option<Sector>,
    parent: Option<String>,
    label: String,
}

/// A state with its derived units.
#[derive(Debug, Clone)]
pub(crate) struct Country {
    /// The `country:ISO3` actor.
    pub(crate) actor: ActorIdx,
    /// Actor of each unit, indexed like [`ActorTable::units`].
    pub(crate) units: Vec<ActorIdx>,
}

/// Every known actor.
#[derive(Debug, Default, Clone)]
pub(crate) struct ActorTable {
    pub(crate) actors: Vec<ActorEntry>,
    pub(crate) by_id: HashMap<String, ActorIdx>,
    pub(crate) units: Vec<Unit>,
    pub(crate) countries: Vec<Country>,
    pub(crate) country_by_iso: HashMap<String, u16>,
}

/// True for a plausible ISO 3166-1 alpha-3 code (three capitals).
pub(crate) fn is_iso3(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

impl ActorTable {
    /// Add or replace actors from an `actors/*.tsv` text. A later definition
    /// of the same id replaces the earlier one (user lexicons override).
    pub(crate) fn add_actors(&mut self, name: &str, text: &str) -> Result<()> {
        for rec in records(name, text) {
            rec.expect_cols(6, 8)?;
            self.add_actor_record(&rec, 0)?;
        }
        Ok(())
    }

    /// Add one actor from the columns of `rec` starting at `first`:
    /// id, kind, country, sector, parent, label, since, until.
    pub(crate) fn add_actor_record(&mut self, rec: &Record<'_>, first: usize) -> Result<ActorIdx> {
        let c = |i: usize| rec.get(first + i);
        let o = |i: usize| rec.opt(first + i);
        let id = c(0);
        if id.is_empty() || id == "-" || id.contains(char::is_whitespace) {
            return Err(rec.error(format!("invalid actor id {id:?}")));
        }
        let kind: ActorKind = c(1).parse().map_err(|e: String| rec.error(e))?;
        let country = match o(2) {
            Some(iso) if !is_iso3(iso) => {
                return Err(rec.error(format!("invalid ISO 3166-1 alpha-3 code {iso:?}")))
            }
            other => other.map(str::to_string),
        };
        let sector = o(3)
            .map(|s| s.parse::<Sector>().map_err(|e| rec.error(e)))
            .transpose()?;
        let label = o(5).ok_or_else(|| rec.error("missing label"))?;
        let entry = ActorEntry {
            actor: Actor {
                id: ActorId::new(id),
                label: label.to_string(),
                kind,
                country,
                sector,
                parent: o(4).map(ActorId::new),
            },
            since: o(6).map(str::to_string),
            until: o(7).map(str::to_string),
        };
        Ok(self.insert(entry))
    }

    fn insert(&mut self, entry: ActorEntry) -> ActorIdx {
        if let Some(&idx) = self.by_id.get(entry.actor.id.as_str()) {
            self.actors[idx as usize] = entry;
            return idx;
        }
        let idx = self.actors.len() as ActorIdx;
        self.by_id.insert(entry.actor.id.as_str().to_string(), idx);
        self.actors.push(entry);
        idx
    }

    /// Read `data/sectors.tsv`.
    pub(crate) fn add_units(&mut self, name: &str, text: &str) -> Result<()> {
        for rec in records(name, text) {
            rec.expect_cols(6, 6)?;
            let kind = rec.get(2).parse().map_err(|e: String| rec.error(e))?;
            let sector = rec
                .opt(3)
                .map(|s| s.parse::<Sector>().map_err(|e| rec.error(e)))
                .transpose()?;
            self.units.push(Unit {
                key: rec.get(0).to_string(),
                id: rec.get(1).to_string(),
                kind,
                sector,
                parent: rec.opt(4).map(str::to_string),
                label: rec.get(5).to_string(),
            });
        }
        Ok(())
    }

    /// Derive every country's units. `adjective` gives the English adjective
    /// of a country for labels ("Turkish military").
    pub(crate) fn derive_units(&mut self, adjective: &dyn Fn(&str) -> Option<String>) {
        let states: Vec<(ActorIdx, String, String)> = self
            .actors
            .iter()
            .enumerate()
            .filter(|(_, e)| e.actor.kind == ActorKind::Country)
            .filter_map(|(i, e)| {
                let iso = e.actor.country.clone()?;
                Some((i as ActorIdx, iso, e.actor.label.clone()))
            })
            .collect();
        self.countries.clear();
        self.country_by_iso.clear();
        for (actor, iso, label) in states {
            let adj = adjective(&iso).unwrap_or(label);
            let mut units = Vec::with_capacity(self.units.len());
            for u in self.units.clone() {
                let id = u.id.replace("{C}", &iso);
                let idx = match self.by_id.get(&id) {
                    Some(&idx) => idx,
                    None => self.insert(ActorEntry {
                        actor: Actor {
                            id: ActorId::new(&id),
                            label: u.label.replace("{Adj}", &adj),
                            kind: u.kind,
                            country: Some(iso.clone()),
                            sector: u.sector,
                            parent: u
                                .parent
                                .as_ref()
                                .map(|p| ActorId::new(&p.replace("{C}", &iso))),
                        },
                        since: None,
                        until: None,
                    }),
                };
                units.push(idx);
            }
            self.country_by_iso
                .insert(iso.clone(), self.countries.len() as u16);
            self.countries.push(Country { actor, units });
        }
    }

    /// Check that every parent exists.
    pub(crate) fn check(&self) -> Result<()> {
        for e in &self.actors {
            if let Some(p) = &e.actor.parent {
                if !self.by_id.contains_key(p.as_str()) {
                    return Err(Error::Lexicon {
                        name: "actors".to_string(),
                        line: 0,
                        reason: format!("actor {} has unknown parent {}", e.actor.id, p),
                    });
                }
            }
        }
        Ok(())
    }

    /// Index of an actor id.
    pub(crate) fn get(&self, id: &str) -> Option<ActorIdx> {
        self.by_id.get(id).copied()
    }

    /// The actor at `idx`.
    pub(crate) fn actor(&self, idx: ActorIdx) -> &Actor {
        &self.actors[idx as usize].actor
    }

    /// Index of the unit with `key`.
    pub(crate) fn unit_index(&self, key: &str) -> Option<usize> {
        self.units.iter().position(|u| u.key == key)
    }
}
