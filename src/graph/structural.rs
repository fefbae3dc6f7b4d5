//! Which actor hierarchy links the graph turns into structural edges.
//!
//! Every actor may have a `parent` (the Kremlin's is Russia, the Russian air
//! force's is the Russian military, Dmitri Peskov's is the Kremlin). The
//! parent always stays on the node, where roll-up and scoring use it; only
//! some parent links are also worth an edge of their own:
//!
//! - an organ or institution named by a lexicon row — a seat of power, a
//!   named ministry, an organ of an international organisation — is
//!   `part_of` its parent: the Kremlin → Russia, the Élysée → the French
//!   government, the UN Security Council → the UN. That the Kremlin speaks
//!   for Russia is knowledge a reader of the graph may lack;
//! - a sector unit derived for every country from `data/sectors.tsv` (its
//!   government, military, air force, navy, police, ministries…) gets no
//!   edge: "Russian military `part_of` Russia" holds by construction for all
//!   countries, says nothing about the story and would be counted as a
//!   relation the text does not state;
//! - a person gets no edge from the hierarchy: the lexicon's affiliation may
//!   be out of date for the article (ministers change), so `represents` comes
//!   only from the text ("le porte-parole du Kremlin, Dmitri Peskov"), which
//!   the relation extractor reads with its evidence;
//! - nor do armed groups, parties, media, places and other actors, whose
//!   parent is an affiliation (a wing, a branch, the country a party or a
//!   city is in) rather than membership of an institution.

use crate::lexicon::actors::is_sector_unit;
use crate::model::actor::{Actor, ActorKind};
use crate::model::relation::RelationKind;

/// The structural edge the graph derives from `actor` to its parent, if any
/// (see the module documentation).
pub(crate) fn derived_edge_kind(actor: &Actor) -> Option<RelationKind> {
    let organ = matches!(
        actor.kind,
        ActorKind::Government | ActorKind::Military | ActorKind::Police | ActorKind::Organization
    );
    (organ && actor.parent.is_some() && !is_sector_unit(actor)).then_some(RelationKind::PartOf)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(id: &str, kind: ActorKind, country: Option<&str>, parent: Option<&str>) -> Actor {
        Actor::test(id, kind, country, parent)
    }

    #[test]
    fn only_named_organs_get_a_part_of_edge() {
        use ActorKind::*;
        let part_of = Some(RelationKind::PartOf);
        let rows: &[(&str, Actor, Option<RelationKind>)] = &[
            (
                "a seat of power",
                actor(
                    "gov:RUS:kremlin",
                    Government,
                    Some("RUS"),
                    Some("country:RUS"),
                ),
                part_of,
            ),
            (
                "a named palace under its government",
                actor("gov:FRA:elysee", Government, Some("FRA"), Some("gov:FRA")),
                part_of,
            ),
            (
                "an IGO organ",
                actor(
                    "org:UN:security-council",
                    Organization,
                    None,
                    Some("org:UN"),
                ),
                part_of,
            ),
            (
                "a user lexicon's ministry",
                actor("gov:TUR:mit", Police, Some("TUR"), Some("gov:TUR")),
                part_of,
            ),
            (
                "a country's government",
                actor("gov:SYR", Government, Some("SYR"), Some("country:SYR")),
                None,
            ),
            (
                "a country's military",
                actor("mil:RUS", Military, Some("RUS"), Some("country:RUS")),
                None,
            ),
            (
                "its air force",
                actor("mil:RUS:air-force", Military, Some("RUS"), Some("mil:RUS")),
                None,
            ),
            (
                "its police",
                actor("cop:TUR", Police, Some("TUR"), Some("country:TUR")),
                None,
            ),
            (
                "a derived ministry",
                actor(
                    "gov:FRA:foreign-ministry",
                    Government,
                    Some("FRA"),
                    Some("gov:FRA"),
                ),
                None,
            ),
            (
                "a spokesman",
                actor(
                    "person:dmitri-peskov",
                    Person,
                    Some("RUS"),
                    Some("gov:RUS:kremlin"),
                ),
                None,
            ),
            (
                "an armed group's wing",
                actor("group:ypg", ArmedGroup, Some("SYR"), Some("group:pyd")),
                None,
            ),
            (
                "a party",
                actor("party:TUR:akp", Party, Some("TUR"), Some("country:TUR")),
                None,
            ),
            (
                "a city",
                actor(
                    "place:SYR:aleppo",
                    Location,
                    Some("SYR"),
                    Some("country:SYR"),
                ),
                None,
            ),
            ("no parent", actor("org:UN", Organization, None, None), None),
        ];
        for (name, actor, want) in rows {
            assert_eq!(derived_edge_kind(actor), *want, "{name}");
        }
    }
}
