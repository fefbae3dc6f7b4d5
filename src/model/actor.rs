//! Actors: who takes part in the events of a story.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

/// A stable actor identifier such as `country:RUS`, `gov:RUS:kremlin`,
/// `mil:TUR`, `org:UN:security-council`, `group:ypg` or `person:dmitri-peskov`.
///
/// The same actor gets the same id in every document and every run, so graphs
/// from many documents merge on it. Cloning is cheap (shared string).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ActorId(Arc<str>);

impl ActorId {
    /// An id from its text.
    pub fn new(id: &str) -> ActorId {
        ActorId(Arc::from(id))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ActorId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for ActorId {
    fn from(s: &str) -> ActorId {
        ActorId::new(s)
    }
}

impl AsRef<str> for ActorId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name used in data files and JSON.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<$name, String> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(format!(concat!("unknown ", stringify!($name), " {:?}"), s)),
                }
            }
        }
    };
}
pub(crate) use string_enum;

string_enum! {
    /// What sort of actor it is (SPEC §2).
    ActorKind {
        /// A state.
        Country => "country",
        /// A government or one of its organs (ministries, presidency).
        Government => "government",
        /// Armed forces of a state.
        Military => "military",
        /// Police and security services.
        Police => "police",
        /// Rebels against a state, as a sector.
        Rebels => "rebels",
        /// Political opposition, as a sector.
        Opposition => "opposition",
        /// An intergovernmental organisation or one of its organs.
        Organization => "organization",
        /// A named non-state armed group.
        ArmedGroup => "armed_group",
        /// A political party.
        Party => "party",
        /// A person.
        Person => "person",
        /// A news outlet or agency.
        Media => "media",
        /// Civilians, protesters, a population.
        Civilians => "civilians",
        /// Any other collective actor (businesses, NGOs, generic groups).
        Group => "group",
        /// A place that is the target of an event (a city shelled).
        Location => "location",
    }
}

string_enum! {
    /// CAMEO/PLOVER sector codes (SPEC §2).
    Sector {
        /// Government.
        Gov => "GOV",
        /// Military.
        Mil => "MIL",
        /// Police.
        Cop => "COP",
        /// Rebels.
        Reb => "REB",
        /// Opposition.
        Opp => "OPP",
        /// Political party.
        Pty => "PTY",
        /// Judiciary.
        Jud => "JUD",
        /// Legislature.
        Leg => "LEG",
        /// Media.
        Med => "MED",
        /// Business.
        Bus => "BUS",
        /// Civilians.
        Cvl => "CVL",
        /// Refugees.
        Ref => "REF",
        /// Intergovernmental organisation.
        Igo => "IGO",
        /// Non-governmental organisation.
        Ngo => "NGO",
    }
}

/// Everything known about one actor: identity, type and affiliation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Stable id.
    pub id: ActorId,
    /// English canonical name.
    pub label: String,
    /// Kind of actor.
    pub kind: ActorKind,
    /// ISO 3166-1 alpha-3 code of its country, if any.
    pub country: Option<String>,
    /// CAMEO/PLOVER sector, if any.
    pub sector: Option<Sector>,
    /// The actor it belongs to or speaks for (the Kremlin for its spokesman).
    pub parent: Option<ActorId>,
}

#[cfg(test)]
impl Actor {
    /// A test actor labelled by its id, without a sector.
    pub(crate) fn test(
        id: &str,
        kind: ActorKind,
        country: Option<&str>,
        parent: Option<&str>,
    ) -> Actor {
        Actor {
            id: ActorId::new(id),
            label: id.to_string(),
            kind,
            country: country.map(str::to_string),
            sector: None,
            parent: parent.map(ActorId::new),
        }
    }
}
