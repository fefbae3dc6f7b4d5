//! Gold annotations: the actors and relations a document should yield.

use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::model::relation::RelationKind;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

/// The gold annotation of one document, read from JSON (format in the
/// [module docs](crate::eval)).
///
/// ```
/// let gold = newsgraph::eval::Gold::from_json("doc.json", r#"{
///     "id": "doc", "lang": "en", "text": "doc.txt",
///     "actors": {"russia": {"required": true, "names": ["Russia", "Moscow"]},
///                "syria": {"required": true, "names": ["Syria"]}},
///     "relations": [{"required": true, "source": ["russia"], "kind": ["supports"],
///                    "target": ["syria"]}]
/// }"#)?;
/// assert_eq!(gold.actors[1].key, "syria");
/// assert_eq!(gold.required_actors().count(), 2);
/// # Ok::<(), newsgraph::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gold {
    /// Document id (the file stem when the JSON has none).
    pub id: String,
    /// The document's language, passed to the extractor when known.
    pub lang: Option<Lang>,
    /// The document's text file, relative to the gold file's directory.
    pub text: Option<String>,
    /// Gold actors, in file order (earlier actors win a name two share).
    pub actors: Vec<GoldActor>,
    /// Relations the document states; only `required` ones count for recall.
    pub relations: Vec<GoldRelation>,
    /// Relations that are always wrong, even when they match a gold relation.
    pub forbidden: Vec<ForbiddenRelation>,
}

/// An actor of the gold annotation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GoldActor {
    /// The key relations refer to it by.
    #[serde(skip)]
    pub key: String,
    /// Whether recall counts it.
    #[serde(default)]
    pub required: bool,
    /// Names a node's label or aliases may carry, compared without case,
    /// accents, leading articles or punctuation.
    pub names: Vec<String>,
}

/// Which system relations a gold rule accepts: each list holds the accepted
/// alternatives, `"*"` accepting anything.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct RelationPattern {
    /// Gold actor keys of the source.
    pub source: Vec<String>,
    /// Relation kinds (SPEC §3 names).
    pub kind: Vec<String>,
    /// Gold actor keys of the target.
    pub target: Vec<String>,
    /// A negated rule matches only negated relations, and the other way round.
    #[serde(default)]
    pub negated: bool,
}

/// A relation of the gold annotation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GoldRelation {
    /// Whether recall counts it; optional relations only keep precision
    /// from punishing a correct edge.
    #[serde(default)]
    pub required: bool,
    /// What it accepts.
    #[serde(flatten)]
    pub pattern: RelationPattern,
    /// The passage that states it, for people reading the gold.
    #[serde(default)]
    pub evidence: Option<String>,
}

/// A relation that is always wrong: a reversal, a place taken for a target.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ForbiddenRelation {
    /// What it forbids.
    #[serde(flatten)]
    pub pattern: RelationPattern,
    /// Why, printed with each hit.
    #[serde(default)]
    pub why: Option<String>,
}

/// The file as written; [`Gold::from_json`] checks it.
#[derive(Deserialize)]
struct WireGold {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    text: Option<String>,
    actors: OrderedActors,
    relations: Vec<GoldRelation>,
    #[serde(default)]
    forbidden: Vec<ForbiddenRelation>,
}

/// Actors in file order: serde_json's own maps sort their keys, and the
/// reference scorer gives a name two actors share to the first one.
struct OrderedActors(Result<Vec<GoldActor>, String>);

impl<'de> Deserialize<'de> for OrderedActors {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Ordered;
        impl<'de> Visitor<'de> for Ordered {
            type Value = OrderedActors;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of actors")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OrderedActors, A::Error> {
                let mut actors: Vec<GoldActor> = Vec::new();
                let mut duplicate = None;
                while let Some((key, mut actor)) = map.next_entry::<String, GoldActor>()? {
                    if actors.iter().any(|a| a.key == key) {
                        duplicate.get_or_insert(key.clone());
                    }
                    actor.key = key;
                    actors.push(actor);
                }
                Ok(OrderedActors(match duplicate {
                    Some(key) => Err(format!("actor {key:?} appears twice")),
                    None => Ok(actors),
                }))
            }
        }
        deserializer.deserialize_map(Ordered)
    }
}

impl Gold {
    /// Reads a gold annotation from JSON text; `name` (usually the file
    /// path) names it in errors and gives its id when the JSON has none.
    pub fn from_json(name: &str, json: &str) -> Result<Gold> {
        let error = |reason: String| Error::Gold {
            name: name.to_string(),
            reason,
        };
        let wire: WireGold = serde_json::from_str(json).map_err(|e| error(e.to_string()))?;
        let lang = match wire.lang.as_deref() {
            None => None,
            Some(code) => Some(code.parse::<Lang>().map_err(error)?),
        };
        let id = wire.id.unwrap_or_else(|| {
            Path::new(name)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        });
        let gold = Gold {
            id,
            lang,
            text: wire.text,
            actors: wire.actors.0.map_err(error)?,
            relations: wire.relations,
            forbidden: wire.forbidden,
        };
        gold.check().map_err(error)?;
        Ok(gold)
    }

    /// Reads a gold annotation from a file.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Gold> {
        let path = path.as_ref();
        let json = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Gold::from_json(&path.display().to_string(), &json)
    }

    /// The document's text file for a gold file at `gold_path`: its `text`
    /// relative to the gold file's directory, else the `.txt` file of the
    /// same stem.
    pub fn text_path(&self, gold_path: &Path) -> PathBuf {
        match &self.text {
            Some(text) => gold_path.parent().unwrap_or(Path::new("")).join(text),
            None => gold_path.with_extension("txt"),
        }
    }

    /// The actors recall counts.
    pub fn required_actors(&self) -> impl Iterator<Item = &GoldActor> + '_ {
        self.actors.iter().filter(|a| a.required)
    }

    /// Rejects what would silently never match: unknown actor keys, empty
    /// alternatives, rules whose kinds are all unknown.
    fn check(&self) -> Result<(), String> {
        let mut keys = HashSet::new();
        for actor in &self.actors {
            if actor.key.is_empty() || actor.key == "*" {
                return Err(format!("actor key {:?} is reserved", actor.key));
            }
            if actor.names.is_empty() {
                return Err(format!("actor {:?} has no names", actor.key));
            }
            keys.insert(actor.key.as_str());
        }
        let relations = (self.relations.iter().enumerate())
            .map(|(i, r)| (format!("relation {}", i + 1), &r.pattern));
        let forbidden = (self.forbidden.iter().enumerate())
            .map(|(i, f)| (format!("forbidden rule {}", i + 1), &f.pattern));
        for (what, pattern) in relations.chain(forbidden) {
            let at = |reason: String| format!("{what}: {reason}");
            for (field, values) in [("source", &pattern.source), ("target", &pattern.target)] {
                if values.is_empty() {
                    return Err(at(format!("empty {field}")));
                }
                if let Some(key) = values
                    .iter()
                    .find(|k| *k != "*" && !keys.contains(k.as_str()))
                {
                    return Err(at(format!("unknown actor {key:?} in {field}")));
                }
            }
            // An unknown kind beside a known one is an alternative for
            // systems with a richer vocabulary ("member_of"); a rule with
            // only unknown kinds is a typo that would never match.
            let known = |k: &String| k == "*" || k.parse::<RelationKind>().is_ok();
            if !pattern.kind.iter().any(known) {
                return Err(at(format!("no known relation kind in {:?}", pattern.kind)));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Gold;

    const ACTORS: &str =
        r#""actors": {"b": {"names": ["B"]}, "a": {"required": true, "names": ["A"]}}"#;

    #[test]
    fn keeps_actor_order_and_defaults() {
        let gold =
            Gold::from_json("dir/x.json", &format!("{{{ACTORS}, \"relations\": []}}")).unwrap();
        assert_eq!(gold.id, "x");
        assert_eq!(gold.lang, None);
        let keys: Vec<&str> = gold.actors.iter().map(|a| a.key.as_str()).collect();
        assert_eq!(keys, ["b", "a"]);
        assert!(!gold.actors[0].required && gold.actors[1].required);
        assert!(gold.forbidden.is_empty());
        assert_eq!(
            gold.text_path("dir/x.json".as_ref()),
            std::path::Path::new("dir/x.txt")
        );
    }

    #[test]
    fn rejects_bad_gold() {
        let rel = |r: &str| format!("{{{ACTORS}, \"relations\": [{r}]}}");
        let rows = [
            ("not json", "{".to_string(), "EOF"),
            (
                "no relations",
                format!("{{{ACTORS}}}"),
                "missing field `relations`",
            ),
            (
                "duplicate actor",
                r#"{"actors": {"a": {"names": ["A"]}, "a": {"names": ["B"]}}, "relations": []}"#
                    .to_string(),
                "appears twice",
            ),
            (
                "no names",
                r#"{"actors": {"a": {"names": []}}, "relations": []}"#.to_string(),
                "no names",
            ),
            (
                "star key",
                r#"{"actors": {"*": {"names": ["A"]}}, "relations": []}"#.to_string(),
                "reserved",
            ),
            (
                "bad lang",
                format!("{{\"lang\": \"de\", {ACTORS}, \"relations\": []}}"),
                "unknown language",
            ),
            (
                "unknown actor",
                rel(r#"{"source": ["c"], "kind": ["supports"], "target": ["a"]}"#),
                "relation 1: unknown actor \"c\" in source",
            ),
            (
                "empty target",
                rel(r#"{"source": ["a"], "kind": ["supports"], "target": []}"#),
                "empty target",
            ),
            (
                "kind typo",
                rel(r#"{"source": ["a"], "kind": ["suports"], "target": ["b"]}"#),
                "no known relation kind",
            ),
        ];
        for (name, json, expected) in rows {
            let err = Gold::from_json("g.json", &json).unwrap_err().to_string();
            assert!(err.starts_with("gold g.json: "), "{name}: {err}");
            assert!(err.contains(expected), "{name}: {err}");
        }
    }

    #[test]
    fn accepts_unknown_kind_beside_known_and_stars() {
        let json = format!(
            "{{{ACTORS}, \"relations\": [{{\"source\": [\"a\"], \"kind\": [\"part_of\", \"member_of\"], \"target\": [\"*\"]}}],
              \"forbidden\": [{{\"source\": [\"*\"], \"kind\": [\"*\"], \"target\": [\"b\"], \"why\": \"w\"}}]}}"
        );
        let gold = Gold::from_json("g.json", &json).unwrap();
        assert_eq!(gold.forbidden[0].why.as_deref(), Some("w"));
    }
}
