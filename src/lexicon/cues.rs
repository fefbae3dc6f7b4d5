//! Function words that the relation patterns look at, from
//! `data/{lang}/cues.tsv`.

use super::fast::FastMap;
use super::tsv::records;
use crate::error::Result;
use crate::model::actor::ActorKind;

/// Bit flags of the roles a word can play.
pub(crate) mod role {
    pub(crate) const DET: u32 = 1;
    pub(crate) const PREP: u32 = 1 << 1;
    pub(crate) const LOC: u32 = 1 << 2;
    pub(crate) const BY: u32 = 1 << 3;
    pub(crate) const NEG: u32 = 1 << 4;
    pub(crate) const NEGPRE: u32 = 1 << 5;
    pub(crate) const SANS: u32 = 1 << 6;
    pub(crate) const RELSUBJ: u32 = 1 << 7;
    pub(crate) const RELOBJ: u32 = 1 << 8;
    pub(crate) const CONJ: u32 = 1 << 9;
    pub(crate) const PRON: u32 = 1 << 10;
    pub(crate) const POSS: u32 = 1 << 11;
    pub(crate) const OBJPRON: u32 = 1 << 12;
    pub(crate) const FUT: u32 = 1 << 13;
    pub(crate) const HYPO: u32 = 1 << 14;
    pub(crate) const IF: u32 = 1 << 15;
    pub(crate) const AUX: u32 = 1 << 16;
    pub(crate) const PASSAUX: u32 = 1 << 17;
    pub(crate) const CLAUSE: u32 = 1 << 18;
    pub(crate) const REPORT: u32 = 1 << 19;
    pub(crate) const DESC: u32 = 1 << 20;
    pub(crate) const TITLE: u32 = 1 << 21;
    /// Only with an accent in the original ("à", not "a").
    pub(crate) const ACCENT: u32 = 1 << 22;
    /// A negation only after "ne"/"n'" ("plus", "rien").
    pub(crate) const AFTER_NE: u32 = 1 << 23;
    /// A role word introducing a name ("porte-parole", "minister").
    pub(crate) const ROLE: u32 = 1 << 24;
    /// A role that speaks for its organisation (spokesman, envoy).
    pub(crate) const REP: u32 = 1 << 25;
    /// A noun naming what an attack hits of a party ("positions",
    /// "bases", "strongholds"): "bombarde des positions du Hezbollah"
    /// targets Hezbollah.
    pub(crate) const TARGET: u32 = 1 << 26;
    /// A noun naming what an actor says or does ("provocations",
    /// "décision", "remarks", "policy"): "a condamné les provocations de
    /// Pékin" criticizes Beijing.
    pub(crate) const CONDUCT: u32 = 1 << 27;
    /// A day or time of day ("vendredi", "soir", "Friday", "overnight"),
    /// which time adverbials are made of: object search passes over them.
    pub(crate) const TIME: u32 = 1 << 28;

    pub(crate) fn parse(s: &str) -> Option<u32> {
        Some(match s {
            "det" => DET,
            "prep" => PREP,
            "loc" => LOC,
            "by" => BY,
            "neg" => NEG,
            "negpre" => NEGPRE,
            "sans" => SANS,
            "relsubj" => RELSUBJ,
            "relobj" => RELOBJ,
            "conj" => CONJ,
            "pron" => PRON,
            "poss" => POSS,
            "objpron" => OBJPRON,
            "fut" => FUT,
            "hypo" => HYPO,
            "if" => IF,
            "aux" => AUX,
            "passaux" => PASSAUX,
            "clause" => CLAUSE,
            "report" => REPORT,
            "desc" => DESC,
            "title" => TITLE,
            "role" => ROLE,
            "target" => TARGET,
            "conduct" => CONDUCT,
            "time" => TIME,
            _ => return None,
        })
    }
}

/// Gender and number bits shared by cues, aliases and mentions.
pub(crate) mod gn {
    pub(crate) const M: u8 = 1;
    pub(crate) const F: u8 = 2;
    pub(crate) const SG: u8 = 4;
    pub(crate) const PL: u8 = 8;

    /// Parse one flag (`m`, `f`, `s`, `pl`).
    pub(crate) fn parse(s: &str) -> Option<u8> {
        Some(match s {
            "m" => M,
            "f" => F,
            "s" | "sg" => SG,
            "pl" | "p" => PL,
            _ => return None,
        })
    }

    /// True when two feature sets can agree: an unmarked dimension agrees
    /// with anything.
    pub(crate) fn agree(a: u8, b: u8) -> bool {
        let g = |x: u8| x & (M | F);
        let n = |x: u8| x & (SG | PL);
        (g(a) == 0 || g(b) == 0 || g(a) & g(b) != 0) && (n(a) == 0 || n(b) == 0 || n(a) & n(b) != 0)
    }
}

/// What a word can be.
#[derive(Debug, Clone, Default)]
pub(crate) struct Cue {
    /// [`role`] bits.
    pub(crate) roles: u32,
    /// [`gn`] bits for pronouns and descriptions.
    pub(crate) gn: u8,
    /// For descriptions: the kinds of actor the word can stand for.
    pub(crate) kinds: Vec<ActorKind>,
}

/// Parse a cues file into a map from folded word to its cue.
pub(crate) fn parse(name: &str, text: &str, into: &mut FastMap<String, Cue>) -> Result<()> {
    for rec in records(name, text) {
        rec.expect_cols(2, 3)?;
        let word = rec.get(0).to_string();
        let r = role::parse(rec.get(1))
            .ok_or_else(|| rec.error(format!("unknown role {:?}", rec.get(1))))?;
        let cue = into.entry(word).or_default();
        cue.roles |= r;
        for feat in rec.flags(2) {
            // Descriptions: "m:government,country" — features before ':'.
            let (feats, kinds) = match feat.split_once(':') {
                Some((f, k)) => (f, Some(k)),
                None => (feat, None),
            };
            if let Some(k) = kinds {
                let kind = k.parse::<ActorKind>().map_err(|e| rec.error(e))?;
                cue.kinds.push(kind);
            }
            match feats {
                "accent" => cue.roles |= role::ACCENT,
                "after-ne" => cue.roles |= role::AFTER_NE,
                "rep" => cue.roles |= role::REP,
                "-" | "" | "ainsi-que" | "bien-que" | "longer" => {}
                other => {
                    let bits = gn::parse(other)
                        .or_else(|| {
                            other.parse::<ActorKind>().ok().map(|k| {
                                cue.kinds.push(k);
                                0
                            })
                        })
                        .ok_or_else(|| rec.error(format!("unknown feature {other:?}")))?;
                    cue.gn |= bits;
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cue_word_is_found_by_the_compiled_lexicon() {
        let lexicon = crate::lexicon::Lexicon::build(&[]).expect("embedded lexicons");
        for (lang, name, text) in [
            (
                crate::Lang::Fr,
                "fr",
                include_str!("../../data/fr/cues.tsv"),
            ),
            (
                crate::Lang::En,
                "en",
                include_str!("../../data/en/cues.tsv"),
            ),
        ] {
            let mut map = FastMap::default();
            parse(name, text, &mut map).expect("embedded cues parse");
            let lex = lexicon.lang(lang);
            for (w, cue) in &map {
                let found = lex.cue(w).map(|c| c.roles);
                assert_eq!(found, Some(cue.roles), "{name}: cue {w:?}");
            }
            assert!(lex.cue("xylophonique").is_none());
        }
    }

    #[test]
    fn gender_number_agreement() {
        use gn::*;
        assert!(agree(F, F | SG));
        assert!(!agree(F, M));
        assert!(agree(0, M | PL));
        assert!(!agree(M | PL, M | SG));
        assert!(agree(M | F, F));
    }
}
