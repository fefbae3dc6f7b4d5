//! User lexicons: one TSV file mixing actor, alias and trigger records.
//!
//! ```text
//! # record  columns (tab-separated; shown here with spaces)
//! actor     org:ACME  group  -  BUS  -  Acme Corporation
//! alias     en  Acme   org:ACME  cap
//! alias     fr  Acmé   org:ACME  cap,f
//! trigger   en  boycott  sanctions  verb  obj  -
//! ```
//!
//! `actor` rows take the columns of `data/actors/*.tsv`; `alias` rows a
//! language then the columns of `data/{lang}/aliases/*.tsv`; `trigger` rows a
//! language then the columns of `data/{lang}/triggers.tsv`. A user actor with
//! an existing id replaces it; a user alias replaces the embedded meanings of
//! the same surface form. Within one user lexicon an actor id is defined at
//! most once, and every parent must exist once all actors are known; both
//! errors name the file and line.

use super::actors::ActorTable;
use super::inflect::Conjugator;
use super::lang::LangBuilder;
use super::tsv::records;
use crate::error::{Error, Result};
use crate::lang::Lang;
use std::collections::HashMap;

/// A parsed user lexicon, kept as its lines until the actor table exists.
#[derive(Debug)]
pub(crate) struct UserLexicon {
    name: String,
    text: String,
}

impl UserLexicon {
    /// Check the record types, column counts and languages, and that no
    /// actor id is defined twice.
    pub(crate) fn parse(name: &str, text: &str) -> Result<UserLexicon> {
        let mut ids = HashMap::new();
        for rec in records(name, text) {
            match rec.get(0) {
                "actor" => {
                    rec.expect_cols(7, 9)?;
                    if let Some(first) = ids.insert(rec.get(1), rec.line) {
                        return Err(rec.error(format!(
                            "duplicate actor id {:?} (first defined on line {first})",
                            rec.get(1)
                        )));
                    }
                }
                "alias" => {
                    rec.expect_cols(4, 5)?;
                    lang_of(&rec)?;
                }
                "trigger" => {
                    rec.expect_cols(6, 7)?;
                    lang_of(&rec)?;
                }
                other => {
                    return Err(rec.error(format!(
                        "unknown record type {other:?} (expected actor, alias or trigger)"
                    )))
                }
            }
        }
        Ok(UserLexicon {
            name: name.to_string(),
            text: text.to_string(),
        })
    }

    /// Add the actor records.
    pub(crate) fn add_actors(&self, table: &mut ActorTable) -> Result<()> {
        for rec in records(&self.name, &self.text).filter(|r| r.get(0) == "actor") {
            table.add_actor_record(&rec, 1)?;
        }
        Ok(())
    }

    /// Check that the parent of every actor record exists (once the units
    /// of every country are derived), naming the line that gives it.
    pub(crate) fn check_parents(&self, table: &ActorTable) -> Result<()> {
        for rec in records(&self.name, &self.text).filter(|r| r.get(0) == "actor") {
            if let Some(parent) = rec.opt(5) {
                if table.get(parent).is_none() {
                    return Err(rec.error(format!("unknown parent actor id {parent:?}")));
                }
            }
        }
        Ok(())
    }

    /// Add the alias and trigger records of one language.
    pub(crate) fn add_lang(
        &self,
        lang: Lang,
        table: &ActorTable,
        b: &mut LangBuilder,
        conj: &Conjugator,
    ) -> Result<()> {
        for rec in records(&self.name, &self.text) {
            match rec.get(0) {
                "alias" if lang_of(&rec)? == lang => {
                    b.remove_aliases(rec.get(2));
                    super::add_alias(table, b, &rec, 2)?;
                }
                "trigger" if lang_of(&rec)? == lang => {
                    super::add_trigger(b, &rec, 2, lang == Lang::Fr, conj)?;
                }
                _ => {}
            }
        }
        Ok(())
    }
}

fn lang_of(rec: &super::tsv::Record<'_>) -> Result<Lang, Error> {
    rec.get(1).parse::<Lang>().map_err(|e| rec.error(e))
}
