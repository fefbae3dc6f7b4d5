//! Lexicons: the embedded data files and user TSV files, parsed once and
//! compiled into automata.

pub(crate) mod actors;
pub(crate) mod cues;
pub(crate) mod fast;
pub(crate) mod inflect;
pub(crate) mod lang;
pub(crate) mod triggers;
pub(crate) mod tsv;
mod user;

use crate::error::Result;
use crate::lang::Lang;
use actors::ActorTable;
use inflect::Conjugator;
use lang::{flag, gn_of, DemTarget, Entry, LangBuilder, LangLexicon};
use tsv::{records, Record};

/// An embedded data file: its path under `data/` and its text.
pub(crate) type DataFile = (&'static str, &'static str);

macro_rules! data {
    ($($path:expr),+ $(,)?) => {
        &[$(($path, include_str!(concat!("../../data/", $path)))),+]
    };
}

/// Actor tables.
pub(crate) const ACTOR_FILES: &[DataFile] = data!(
    "actors/countries.tsv",
    "actors/orgs.tsv",
    "actors/groups.tsv",
    "actors/parties.tsv",
    "actors/media.tsv",
    "actors/places.tsv",
    "actors/generic.tsv",
    "actors/persons.tsv",
);

/// Sector units.
pub(crate) const SECTORS: DataFile = ("sectors.tsv", include_str!("../../data/sectors.tsv"));

/// Words the new-name recogniser looks at (name particles, group nouns),
/// shared by both languages.
pub(crate) const NAME_WORDS: DataFile =
    ("name_words.tsv", include_str!("../../data/name_words.tsv"));

/// Per-language files.
pub(crate) struct LangFiles {
    pub(crate) aliases: &'static [DataFile],
    pub(crate) demonyms: DataFile,
    pub(crate) sectors: DataFile,
    pub(crate) cues: DataFile,
    pub(crate) common: DataFile,
    pub(crate) verbs: DataFile,
    pub(crate) triggers: DataFile,
}

macro_rules! lang_files {
    ($l:literal) => {
        LangFiles {
            aliases: data!(
                concat!($l, "/aliases/countries.tsv"),
                concat!($l, "/aliases/orgs.tsv"),
                concat!($l, "/aliases/groups.tsv"),
                concat!($l, "/aliases/parties.tsv"),
                concat!($l, "/aliases/media.tsv"),
                concat!($l, "/aliases/places.tsv"),
                concat!($l, "/aliases/generic.tsv"),
                concat!($l, "/aliases/persons.tsv"),
            ),
            demonyms: (
                concat!($l, "/demonyms.tsv"),
                include_str!(concat!("../../data/", $l, "/demonyms.tsv")),
            ),
            sectors: (
                concat!($l, "/sectors.tsv"),
                include_str!(concat!("../../data/", $l, "/sectors.tsv")),
            ),
            cues: (
                concat!($l, "/cues.tsv"),
                include_str!(concat!("../../data/", $l, "/cues.tsv")),
            ),
            common: (
                concat!($l, "/common.txt"),
                include_str!(concat!("../../data/", $l, "/common.txt")),
            ),
            verbs: (
                concat!($l, "/verbs.tsv"),
                include_str!(concat!("../../data/", $l, "/verbs.tsv")),
            ),
            triggers: (
                concat!($l, "/triggers.tsv"),
                include_str!(concat!("../../data/", $l, "/triggers.tsv")),
            ),
        }
    };
}

/// The embedded files of each language, in [`Lang::ALL`] order.
pub(crate) fn lang_files(lang: Lang) -> LangFiles {
    match lang {
        Lang::Fr => lang_files!("fr"),
        Lang::En => lang_files!("en"),
    }
}

/// Everything the recognisers need, compiled.
#[derive(Debug)]
pub(crate) struct Lexicon {
    pub(crate) actors: ActorTable,
    langs: Vec<LangLexicon>,
}

impl Lexicon {
    /// The lexicon of a language.
    pub(crate) fn lang(&self, lang: Lang) -> &LangLexicon {
        &self.langs[lang.index()]
    }

    /// Build from the embedded data plus user lexicons `(name, text)`.
    pub(crate) fn build(user: &[(String, String)]) -> Result<Lexicon> {
        // User lexicons are checked first: a malformed one fails before
        // any embedded data is parsed.
        let users: Vec<user::UserLexicon> = user
            .iter()
            .map(|(name, text)| user::UserLexicon::parse(name, text))
            .collect::<Result<_>>()?;
        let mut table = ActorTable::default();
        for (name, text) in ACTOR_FILES {
            table.add_actors(&format!("embedded:{name}"), text)?;
        }
        for u in &users {
            u.add_actors(&mut table)?;
        }
        table.add_units(&format!("embedded:{}", SECTORS.0), SECTORS.1)?;
        // The first English adjective of a country labels its units.
        let en = lang_files(Lang::En);
        let mut adjectives = std::collections::HashMap::new();
        for rec in records(en.demonyms.0, en.demonyms.1) {
            if rec.flags(2).any(|f| f == "adj") {
                adjectives
                    .entry(rec.get(1).to_string())
                    .or_insert_with(|| rec.get(0).to_string());
            }
        }
        table.derive_units(&|iso| adjectives.get(iso).cloned());
        for u in &users {
            u.check_parents(&table)?;
        }
        table.check()?;

        let mut langs = Vec::new();
        for lang in Lang::ALL {
            let files = lang_files(lang);
            let fr = lang == Lang::Fr;
            let mut b = LangBuilder::default();
            for (name, text) in files.aliases {
                add_aliases(&table, &mut b, &format!("embedded:{name}"), text)?;
            }
            add_demonyms(
                &table,
                &mut b,
                &format!("embedded:{}", files.demonyms.0),
                files.demonyms.1,
            )?;
            add_sector_words(
                &table,
                &mut b,
                &format!("embedded:{}", files.sectors.0),
                files.sectors.1,
            )?;
            cues::parse(
                &format!("embedded:{}", files.cues.0),
                files.cues.1,
                &mut b.cues,
            )?;
            b.common = files
                .common
                .1
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(crate::text::normalize::fold_pattern)
                .collect();
            let conj = Conjugator::parse(fr, files.verbs.1).map_err(|(line, reason)| {
                crate::Error::Lexicon {
                    name: format!("embedded:{}", files.verbs.0),
                    line,
                    reason,
                }
            })?;
            let trig_name = format!("embedded:{}", files.triggers.0);
            for rec in records(&trig_name, files.triggers.1) {
                rec.expect_cols(4, 5)?;
                add_trigger(&mut b, &rec, 0, fr, &conj)?;
            }
            for rec in records(&format!("embedded:{}", NAME_WORDS.0), NAME_WORDS.1) {
                rec.expect_cols(2, 2)?;
                let class = match rec.get(1) {
                    "particle" => lang::name_class::PARTICLE,
                    "group" => lang::name_class::GROUP,
                    other => return Err(rec.error(format!("unknown name-word class {other:?}"))),
                };
                let word = crate::text::normalize::fold_pattern(rec.get(0));
                *b.name_words.entry(word).or_default() |= class;
            }
            for u in &users {
                u.add_lang(lang, &table, &mut b, &conj)?;
            }
            langs.push(b.build(lang));
        }
        Ok(Lexicon {
            actors: table,
            langs,
        })
    }
}

/// Add one trigger record (columns from `first`).
pub(crate) fn add_trigger(
    b: &mut LangBuilder,
    rec: &Record<'_>,
    first: usize,
    fr: bool,
    conj: &Conjugator,
) -> Result<()> {
    let (def, forms) = triggers::parse_record(rec, first, fr, conj)?;
    let trigger = b.triggers.len() as u32;
    b.triggers.push(def);
    for (form, tense) in forms {
        // A form that folds to a determiner ("dû" → "du") would make every
        // article a trigger.
        let folded = crate::text::normalize::fold_pattern(&form);
        if b.cues
            .get(&folded)
            .is_some_and(|c| c.roles & cues::role::DET != 0)
        {
            continue;
        }
        b.add(&form, false, Entry::Trigger { trigger, tense });
    }
    Ok(())
}

/// Parse one alias record (alias, actor, flags from `first`) into `b`.
pub(crate) fn add_alias(
    table: &ActorTable,
    b: &mut LangBuilder,
    rec: &Record<'_>,
    first: usize,
) -> Result<()> {
    let alias = rec.get(first);
    let id = rec.get(first + 1);
    let actor = table
        .get(id)
        .ok_or_else(|| rec.error(format!("unknown actor id {id:?}")))?;
    let mut flags = 0u8;
    for f in rec.flags(first + 2) {
        flags |= match f {
            "cs" => flag::CS,
            "cap" => flag::CAP,
            "seat" => flag::SEAT,
            "agency" => flag::AGENCY,
            "m" | "f" | "pl" | "s" => 0,
            other => return Err(rec.error(format!("unknown alias flag {other:?}"))),
        };
    }
    let gn = gn_of(rec.flags(first + 2));
    if flags & (flag::CS | flag::CAP) == 0 {
        b.unguarded
            .push((crate::text::normalize::fold_pattern(alias), actor));
    }
    b.add(
        alias,
        flags & flag::CS != 0,
        Entry::Alias { actor, flags, gn },
    );
    Ok(())
}

fn add_aliases(table: &ActorTable, b: &mut LangBuilder, name: &str, text: &str) -> Result<()> {
    for rec in records(name, text) {
        rec.expect_cols(2, 3)?;
        add_alias(table, b, &rec, 0)?;
    }
    Ok(())
}

fn add_demonyms(table: &ActorTable, b: &mut LangBuilder, name: &str, text: &str) -> Result<()> {
    for rec in records(name, text) {
        rec.expect_cols(2, 3)?;
        let target = match table.country_by_iso.get(rec.get(1)) {
            Some(&c) => DemTarget::Country(c),
            None => match table.get(rec.get(1)) {
                Some(a) => DemTarget::Actor(a),
                None => return Err(rec.error(format!("unknown country or actor {:?}", rec.get(1)))),
            },
        };
        let noun = rec.flags(2).any(|f| f == "noun");
        let cs = rec.flags(2).any(|f| f == "cs");
        for f in rec.flags(2) {
            if !matches!(f, "adj" | "noun" | "cs" | "cap" | "m" | "f" | "s" | "pl") {
                return Err(rec.error(format!("unknown demonym flag {f:?}")));
            }
        }
        b.add(
            rec.get(0),
            cs,
            Entry::Demonym {
                target,
                noun,
                gn: gn_of(rec.flags(2)),
            },
        );
    }
    Ok(())
}

fn add_sector_words(table: &ActorTable, b: &mut LangBuilder, name: &str, text: &str) -> Result<()> {
    for rec in records(name, text) {
        rec.expect_cols(2, 3)?;
        let unit = table
            .unit_index(rec.get(1))
            .ok_or_else(|| rec.error(format!("unknown sector unit {:?}", rec.get(1))))?;
        b.add_template(unit, rec.get(0), gn_of(rec.flags(2)))
            .map_err(|e| rec.error(e))?;
    }
    Ok(())
}
