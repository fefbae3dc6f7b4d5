//! The language-independent actor table: lexicon actors plus the sector units
//! derived for every country from `data/sectors.tsv`.

use super::tsv::{records, Record};
use super::SECTORS;
use crate::error::{Error, Result};
use crate::model::actor::{Actor, ActorId, ActorKind, Sector};
use std::collections::HashMap;
use std::sync::LazyLock;

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
    /// The parent of each actor by index (filled by [`ActorTable::check`],
    /// once every actor is in), so that walking up a lineage hashes no id.
    pub(crate) parents: Vec<Option<ActorIdx>>,
    /// The country (index into `countries`) each actor names, by index:
    /// none for persons, whose country is an affiliation; also filled by
    /// [`ActorTable::check`].
    pub(crate) names_country: Vec<Option<u16>>,
    /// The unit key `police` (see [`ActorTable::unit_index`]), once
    /// checked: a unit a text names without its country ("la police").
    pub(crate) police: Option<usize>,
    /// The unit key `opposition`, likewise ("the opposition").
    pub(crate) opposition: Option<usize>,
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

    /// Check that every parent exists, and index the parents.
    pub(crate) fn check(&mut self) -> Result<()> {
        let mut parents = Vec::with_capacity(self.actors.len());
        for e in &self.actors {
            parents.push(match &e.actor.parent {
                Some(p) => Some(self.get(p.as_str()).ok_or_else(|| Error::Lexicon {
                    name: "actors".to_string(),
                    line: 0,
                    reason: format!("actor {} has unknown parent {}", e.actor.id, p),
                })?),
                None => None,
            });
        }
        self.parents = parents;
        self.names_country = (self.actors.iter())
            .map(|e| {
                if e.actor.kind == ActorKind::Person {
                    return None;
                }
                let iso = e.actor.country.as_ref()?;
                self.country_by_iso.get(iso).copied()
            })
            .collect();
        self.police = self.unit_index("police");
        self.opposition = self.unit_index("opposition");
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

/// The id templates of `data/sectors.tsv` split at the country code:
/// `("mil:", ":air-force")` for `mil:{C}:air-force`.
static UNIT_IDS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    let mut table = ActorTable::default();
    table
        .add_units(&format!("embedded:{}", SECTORS.0), SECTORS.1)
        .expect("embedded sectors.tsv is valid");
    table
        .units
        .iter()
        .filter_map(|u| {
            let (before, after) = u.id.split_once("{C}")?;
            Some((before.to_string(), after.to_string()))
        })
        .collect()
});

/// True when `actor` is one of the sector units derived for its country
/// from `data/sectors.tsv` — its government, military, air force, police,
/// foreign ministry… — rather than an actor named by a lexicon row (the
/// Kremlin, the Élysée, the UN Security Council).
///
/// The test is on the id: a unit's id is its template with the actor's own
/// country code (`mil:RUS:air-force` for a Russian actor). It needs no
/// lexicon at hand, so it also holds for hand-built extractions and for
/// countries added by user lexicons, whose units are derived the same way.
pub(crate) fn is_sector_unit(actor: &Actor) -> bool {
    let Some(iso) = actor.country.as_deref() else {
        return false;
    };
    let id = actor.id.as_str();
    UNIT_IDS.iter().any(|(before, after)| {
        id.strip_prefix(before.as_str())
            .and_then(|rest| rest.strip_suffix(after.as_str()))
            == Some(iso)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::ACTOR_FILES;
    use std::collections::HashSet;

    fn actor(id: &str, kind: ActorKind, country: Option<&str>) -> Actor {
        Actor::test(id, kind, country, None)
    }

    #[test]
    fn sector_units_are_recognised_by_their_id() {
        use ActorKind::*;
        let rows: &[(&str, Actor, bool)] = &[
            (
                "a country's government",
                actor("gov:SYR", Government, Some("SYR")),
                true,
            ),
            (
                "its military",
                actor("mil:RUS", Military, Some("RUS")),
                true,
            ),
            (
                "a unit of a unit",
                actor("mil:RUS:air-force", Military, Some("RUS")),
                true,
            ),
            (
                "a ministry unit",
                actor("gov:FRA:foreign-ministry", Government, Some("FRA")),
                true,
            ),
            ("civilians", actor("cvl:SYR", Civilians, Some("SYR")), true),
            (
                "a named seat of power",
                actor("gov:RUS:kremlin", Government, Some("RUS")),
                false,
            ),
            (
                "a named palace under a unit",
                actor("gov:FRA:elysee", Government, Some("FRA")),
                false,
            ),
            (
                "an IGO organ",
                actor("org:UN:security-council", Organization, None),
                false,
            ),
            (
                "a unit id of another country",
                actor("gov:SYR", Government, Some("TUR")),
                false,
            ),
            (
                "a unit id without a country",
                actor("gov:SYR", Government, None),
                false,
            ),
            (
                "a longer id",
                actor("gov:SYRIA", Government, Some("SYR")),
                false,
            ),
            (
                "a country",
                actor("country:SYR", Country, Some("SYR")),
                false,
            ),
        ];
        for (name, actor, want) in rows {
            assert_eq!(is_sector_unit(actor), *want, "{name}");
        }
    }

    /// The embedded data never names an actor with a unit's id, so that
    /// `is_sector_unit` holds exactly for the units `derive_units` creates.
    #[test]
    fn sector_units_are_exactly_the_derived_actors() {
        let mut table = ActorTable::default();
        let mut listed = HashSet::new();
        for (name, text) in ACTOR_FILES {
            table.add_actors(name, text).unwrap();
            listed.extend(records(name, text).map(|rec| rec.get(0).to_string()));
        }
        table.add_units(SECTORS.0, SECTORS.1).unwrap();
        table.derive_units(&|_| None);
        assert!(
            table.actors.len() > listed.len() + 1000,
            "units were derived"
        );
        for entry in &table.actors {
            let id = entry.actor.id.as_str();
            assert_eq!(is_sector_unit(&entry.actor), !listed.contains(id), "{id}");
        }
    }
}
