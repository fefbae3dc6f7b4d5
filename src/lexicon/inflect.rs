//! Inflection of relation-trigger phrases (French and English).
//!
//! The trigger lexicons (`data/{fr,en}/triggers.tsv`) list verbs by their
//! lemma and nouns in the singular; this module generates the surface forms
//! the matcher looks for, each tagged with the [`Tense`] from which the
//! relation engine derives modality.
//!
//! # Verbs
//!
//! [`Conjugator::verb_forms`] inflects the first word of a verb phrase and
//! keeps the rest verbatim ("mener des frappes contre" → "mène des frappes
//! contre", "menait des frappes contre", …).
//!
//! * French: third person singular and plural only (news prose) of the
//!   présent, imparfait, futur, conditionnel, passé simple and subjonctif
//!   présent, plus the infinitive, the present participle and the past
//!   participle in its four agreed forms. Regular `-er` verbs (with their
//!   spelling changes: `-cer`, `-ger`, `e_er`, `é_er`, `-eler`/`-eter`,
//!   `-yer`) and `-ir` verbs of the *finir* type are derived in code; every
//!   other verb comes from `data/fr/verbs.tsv` (see [`Conjugator::parse`]).
//!   A leading reflexive pronoun ("se ", "s'") is dropped from the output; a
//!   pre-verbal clitic ("en", "y", as in "s'en prendre à") is kept before the
//!   finite and non-finite forms, but not before the past participle, which
//!   follows an auxiliary ("s'en est pris à").
//! * English: the base form (emitted twice, as [`Tense::Present`] — "they
//!   attack" — and as [`Tense::Infinitive`]), the third person singular, the
//!   simple past, the past participle and the `-ing` form. Regular spelling
//!   rules are derived in code (`-es`, `-ies`, `-ied`, dropping a silent `e`,
//!   `die` → `dying`, doubling the final consonant of one-syllable
//!   consonant-vowel-consonant verbs: `ban` → `banned`); irregular verbs and
//!   polysyllabic verbs that double (`commit` → `committed`) come from
//!   `data/en/verbs.tsv`.
//!
//! The same text may come out under several tenses (French "mène" is both
//! present and subjunctive, English "attacked" both past and past
//! participle): each (text, tense) pair is emitted once, in a deterministic
//! order, infinitive first.
//!
//! # Nouns
//!
//! [`noun_forms`] gives the singular and plural of a noun phrase.

use std::collections::HashMap;

/// Tense/mood of a generated form; the relation engine derives modality from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Tense {
    /// French présent (3s, 3p); English base form and 3rd person singular.
    Present,
    /// French passé simple (3s, 3p); English simple past.
    Past,
    /// French imparfait (3s, 3p).
    Imperfect,
    /// French futur simple (3s, 3p).
    Future,
    /// French conditionnel présent (3s, 3p).
    Conditional,
    /// French subjonctif présent (3s, 3p).
    Subjunctive,
    /// The infinitive (English: the base form, also emitted as `Present`).
    Infinitive,
    /// The past participle (French: masculine/feminine × singular/plural).
    PastParticiple,
    /// French participe présent; English `-ing` form.
    PresentParticiple,
}

/// A surface form of a trigger phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Form {
    /// The inflected phrase, words separated by single spaces.
    pub text: String,
    /// The tense or mood of the inflected verb.
    pub tense: Tense,
}

/// One cell of a verb table: its alternatives (`a|b`), empty for `-`.
type Cell = Vec<String>;

/// The principal parts of a French irregular verb or verb class.
///
/// For a suffix class (lemma written `-tenir`), every cell holds the part
/// that replaces the suffix (`-tient` stored as `tient`).
#[derive(Debug, Clone)]
struct FrRow {
    /// Présent, 3rd person singular.
    pres3s: Cell,
    /// Présent, 3rd person plural.
    pres3p: Cell,
    /// Past participle, masculine singular; a trailing `!` marks it invariable.
    pp: Cell,
    /// Stem of the futur and conditionnel.
    fut: Cell,
    /// Stem of the imparfait and (unless `ppr` is given) the present participle.
    imp: Cell,
    /// Passé simple, 3rd person singular.
    ps3s: Cell,
    /// Passé simple, 3rd person plural.
    ps3p: Cell,
    /// Stem of the subjonctif présent.
    subj: Cell,
    /// Present participle, when it is not `imp` + `ant` (optional 10th column).
    ppr: Cell,
}

/// The irregular parts of an English verb; an empty cell means "regular rule".
#[derive(Debug, Clone)]
struct EnRow {
    /// Simple past.
    past: Cell,
    /// Past participle.
    pp: Cell,
    /// Third person singular present.
    s3: Cell,
    /// `-ing` form.
    ing: Cell,
}

/// Irregular verbs of one language, parsed from data/{fr,en}/verbs.tsv.
#[derive(Debug, Clone)]
pub(crate) struct Conjugator {
    /// French rules when true, English otherwise.
    fr: bool,
    /// French verbs listed by their full lemma.
    fr_exact: HashMap<String, FrRow>,
    /// French suffix classes (`-tenir`), longest suffix first.
    fr_suffix: Vec<(String, FrRow)>,
    /// English irregular verbs by lemma.
    en: HashMap<String, EnRow>,
}

/// French `-eler`/`-eter` verbs that take `è` instead of doubling the
/// consonant. `appeler`, `jeter` and their compounds only double; the other
/// `-eler`/`-eter` verbs get both spellings.
const FR_E_GRAVE: &[&str] = &[
    "acheter",
    "racheter",
    "geler",
    "dégeler",
    "congeler",
    "surgeler",
    "harceler",
    "modeler",
    "remodeler",
    "peler",
    "celer",
    "déceler",
    "receler",
    "ciseler",
    "démanteler",
    "écarteler",
    "marteler",
    "crocheter",
    "fureter",
    "haleter",
    "corseter",
];

/// Parses one cell of a verb table: `-` is empty, `a|b` gives alternatives.
/// In a suffix-class row every alternative must start with `-` (removed).
fn parse_cell(col: &str, suffix: bool) -> Result<Cell, String> {
    if col == "-" {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for alt in col.split('|') {
        let alt = alt.trim();
        if alt.is_empty() {
            return Err(format!("empty alternative in {col:?}"));
        }
        if alt.chars().any(char::is_whitespace) {
            return Err(format!("whitespace in form {alt:?}"));
        }
        let alt = if suffix {
            match alt.strip_prefix('-') {
                Some(a) => a,
                None => {
                    return Err(format!(
                        "form {alt:?} of a suffix class must start with '-'"
                    ))
                }
            }
        } else if alt.starts_with('-') {
            return Err(format!(
                "form {alt:?} starts with '-' but the lemma is not a suffix class"
            ));
        } else {
            alt
        };
        out.push(alt.to_string());
    }
    Ok(out)
}

impl Conjugator {
    /// `fr == true` for French rules, false for English.
    ///
    /// French (`data/fr/verbs.tsv`), 9 or 10 tab-separated columns:
    /// `lemma pres3s pres3p pp fut_stem imp_stem ps3s ps3p subj_stem [ppr]`.
    /// imparfait = imp_stem + ait/aient, present participle = imp_stem + ant
    /// (or the optional `ppr` column), futur = fut_stem + a/ont, conditionnel
    /// = fut_stem + ait/aient, subjonctif = subj_stem + e/ent; the past
    /// participle agrees (+e/s/es; after a final s or x only +e/es; a trailing
    /// `!` marks it invariable: `été!`). A lemma written `-tenir` is a suffix
    /// class: it applies to every lemma ending in `tenir` (soutenir, retenir,
    /// s'abstenir…) and its forms are written `-tient`, `-tiennent`…; the
    /// longest matching suffix wins and a full lemma always beats a class.
    /// A cell may hold alternatives `a|b`; `-` means "no such form".
    ///
    /// English (`data/en/verbs.tsv`), 5 columns: `lemma past pp 3s ing`,
    /// `-` meaning "regular rule", `a|b` giving alternatives
    /// (`cancelled|canceled`). A verb whose past doubles the final consonant
    /// (`committed`) also doubles it in its `-ing` form unless one is given.
    ///
    /// Lines starting with `#` and blank lines are skipped. Errors give the
    /// 1-based line number and the reason.
    pub(crate) fn parse(fr: bool, text: &str) -> Result<Conjugator, (usize, String)> {
        let mut c = Conjugator {
            fr,
            fr_exact: HashMap::new(),
            fr_suffix: Vec::new(),
            en: HashMap::new(),
        };
        for (i, raw) in text.lines().enumerate() {
            let n = i + 1;
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            let lemma = cols[0];
            if lemma.is_empty() || lemma == "-" || lemma.chars().any(char::is_whitespace) {
                return Err((n, format!("bad lemma {lemma:?}")));
            }
            if fr {
                if cols.len() != 9 && cols.len() != 10 {
                    return Err((
                        n,
                        format!(
                            "expected 9 or 10 tab-separated columns (lemma pres3s pres3p pp \
                             fut_stem imp_stem ps3s ps3p subj_stem [ppr]), found {}",
                            cols.len()
                        ),
                    ));
                }
                let suffix = lemma.starts_with('-');
                let key = if suffix { &lemma[1..] } else { lemma };
                if key.is_empty() || key.starts_with('-') {
                    return Err((n, format!("bad lemma {lemma:?}")));
                }
                let mut cells = Vec::with_capacity(9);
                for (j, col) in cols[1..].iter().enumerate() {
                    let cell = parse_cell(col, suffix)
                        .map_err(|e| (n, format!("column {}: {e}", j + 2)))?;
                    cells.push(cell);
                }
                cells.resize(9, Vec::new());
                const NAMES: [&str; 5] = ["pres3s", "pres3p", "pp", "fut_stem", "imp_stem"];
                for (j, name) in NAMES.iter().enumerate() {
                    if cells[j].is_empty() {
                        return Err((n, format!("{lemma}: column {name} may not be '-'")));
                    }
                }
                let mut it = cells.into_iter();
                let mut next = || it.next().unwrap_or_default();
                let row = FrRow {
                    pres3s: next(),
                    pres3p: next(),
                    pp: next(),
                    fut: next(),
                    imp: next(),
                    ps3s: next(),
                    ps3p: next(),
                    subj: next(),
                    ppr: next(),
                };
                let dup = if suffix {
                    c.fr_suffix.iter().any(|(k, _)| k == key)
                } else {
                    c.fr_exact.contains_key(key)
                };
                if dup {
                    return Err((n, format!("duplicate lemma {lemma:?}")));
                }
                if suffix {
                    c.fr_suffix.push((key.to_string(), row));
                } else {
                    c.fr_exact.insert(key.to_string(), row);
                }
            } else {
                if cols.len() != 5 {
                    return Err((
                        n,
                        format!(
                            "expected 5 tab-separated columns (lemma past pp 3s ing), found {}",
                            cols.len()
                        ),
                    ));
                }
                let mut cells = Vec::with_capacity(4);
                for (j, col) in cols[1..].iter().enumerate() {
                    let cell = parse_cell(col, false)
                        .map_err(|e| (n, format!("column {}: {e}", j + 2)))?;
                    cells.push(cell);
                }
                let mut it = cells.into_iter();
                let mut next = || it.next().unwrap_or_default();
                let row = EnRow {
                    past: next(),
                    pp: next(),
                    s3: next(),
                    ing: next(),
                };
                if c.en.insert(lemma.to_string(), row).is_some() {
                    return Err((n, format!("duplicate lemma {lemma:?}")));
                }
            }
        }
        c.fr_suffix.sort_by(|a, b| {
            b.0.chars()
                .count()
                .cmp(&a.0.chars().count())
                .then_with(|| a.0.cmp(&b.0))
        });
        Ok(c)
    }

    /// All forms of a verb phrase whose first word is a verb lemma (French: optionally preceded by "se "/"s'", which is dropped from the output), the rest kept verbatim:
    /// "mener des frappes contre" -> "mène des frappes contre" (Present), "menait des frappes contre" (Imperfect), "mènera…" (Future), "mènerait…" (Conditional), "mené/menée/menés/menées des frappes contre" (PastParticiple), "menant…" (PresentParticiple), "mena/menèrent" (Past), "mener…" (Infinitive)...
    ///
    /// Whitespace is normalised to single spaces. Returns an empty vector
    /// when the first word is not a French verb this conjugator knows (a
    /// `-re`/`-oir` verb missing from verbs.tsv, or not a verb at all) or when
    /// the phrase is empty. English forms are generated for any word.
    pub(crate) fn verb_forms(&self, phrase: &str) -> Vec<Form> {
        let norm = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut rest: &str = &norm;
        let mut clitic = "";
        if self.fr {
            for pre in ["se ", "s'", "s’"] {
                if let Some(r) = rest.strip_prefix(pre) {
                    rest = r.trim_start();
                    break;
                }
            }
            for cl in ["en ", "y "] {
                if let Some(r) = rest.strip_prefix(cl) {
                    clitic = cl;
                    rest = r;
                    break;
                }
            }
        }
        let (lemma, tail) = match rest.find(' ') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        if lemma.is_empty() {
            return Vec::new();
        }
        let forms = if self.fr {
            self.fr_lemma_forms(lemma)
        } else {
            self.en_lemma_forms(lemma)
        };
        let mut out: Vec<Form> = Vec::with_capacity(forms.len());
        for (f, tense) in forms {
            let cl = if tense == Tense::PastParticiple {
                ""
            } else {
                clitic
            };
            let form = Form {
                text: format!("{cl}{f}{tail}"),
                tense,
            };
            if !out.contains(&form) {
                out.push(form);
            }
        }
        out
    }

    /// The row and prefix governing a French lemma: a full lemma, else the
    /// longest suffix class it ends with.
    fn fr_row<'a>(&'a self, lemma: &'a str) -> Option<(&'a str, &'a FrRow)> {
        if let Some(r) = self.fr_exact.get(lemma) {
            return Some(("", r));
        }
        self.fr_suffix
            .iter()
            .find(|(k, _)| lemma.ends_with(k.as_str()))
            .map(|(k, r)| (&lemma[..lemma.len() - k.len()], r))
    }

    /// Single-word French forms of a lemma, infinitive first.
    fn fr_lemma_forms(&self, lemma: &str) -> Vec<(String, Tense)> {
        use Tense::*;
        let mut out = vec![(lemma.to_string(), Infinitive)];
        if let Some((p, r)) = self.fr_row(lemma) {
            let mut add = |stems: &Cell, ends: &[&str], t: Tense| {
                for s in stems {
                    for e in ends {
                        out.push((format!("{p}{s}{e}"), t));
                    }
                }
            };
            add(&r.pres3s, &[""], Present);
            add(&r.pres3p, &[""], Present);
            add(&r.imp, &["ait", "aient"], Imperfect);
            add(&r.fut, &["a", "ont"], Future);
            add(&r.fut, &["ait", "aient"], Conditional);
            add(&r.ps3s, &[""], Past);
            add(&r.ps3p, &[""], Past);
            add(&r.subj, &["e", "ent"], Subjunctive);
            if r.ppr.is_empty() {
                add(&r.imp, &["ant"], PresentParticiple);
            } else {
                add(&r.ppr, &[""], PresentParticiple);
            }
            for pp in &r.pp {
                for f in fr_agree(&format!("{p}{pp}")) {
                    out.push((f, PastParticiple));
                }
            }
            return out;
        }
        if lemma.len() > 2 && lemma.ends_with("er") {
            out.extend(fr_er(lemma));
            out
        } else if lemma.len() > 2 && lemma.ends_with("ir") && !lemma.ends_with("oir") {
            out.extend(fr_finir(lemma));
            out
        } else {
            Vec::new()
        }
    }

    /// Single-word English forms of a lemma, infinitive first.
    fn en_lemma_forms(&self, lemma: &str) -> Vec<(String, Tense)> {
        use Tense::*;
        if lemma == "be" {
            return [
                ("be", Infinitive),
                ("is", Present),
                ("are", Present),
                ("am", Present),
                ("was", Past),
                ("were", Past),
                ("been", PastParticiple),
                ("being", PresentParticiple),
            ]
            .iter()
            .map(|(f, t)| (f.to_string(), *t))
            .collect();
        }
        let empty = EnRow {
            past: Vec::new(),
            pp: Vec::new(),
            s3: Vec::new(),
            ing: Vec::new(),
        };
        let row = self.en.get(lemma).unwrap_or(&empty);
        let last = lemma.chars().last().unwrap_or('e');
        let doubled_past = format!("{lemma}{last}ed");
        let double = en_doubles(lemma) || row.past.contains(&doubled_past);
        let regular_past = en_past(lemma, double);
        let or = |c: &Cell, d: &str| -> Cell {
            if c.is_empty() {
                vec![d.to_string()]
            } else {
                c.clone()
            }
        };
        let mut out = vec![
            (lemma.to_string(), Infinitive),
            (lemma.to_string(), Present),
        ];
        for f in or(&row.s3, &en_3s(lemma)) {
            out.push((f, Present));
        }
        for f in or(&row.past, &regular_past) {
            out.push((f, Past));
        }
        for f in or(&row.pp, &regular_past) {
            out.push((f, PastParticiple));
        }
        for f in or(&row.ing, &en_ing(lemma, double)) {
            out.push((f, PresentParticiple));
        }
        out
    }
}

/// The agreed forms of a French past participle (m.s., f.s., m.pl., f.pl.).
fn fr_agree(pp: &str) -> Vec<String> {
    if let Some(p) = pp.strip_suffix('!') {
        return vec![p.to_string()];
    }
    if pp.ends_with('s') || pp.ends_with('x') {
        vec![pp.to_string(), format!("{pp}e"), format!("{pp}es")]
    } else {
        vec![
            pp.to_string(),
            format!("{pp}e"),
            format!("{pp}s"),
            format!("{pp}es"),
        ]
    }
}

/// Whether a French letter is a vowel.
fn fr_is_vowel(c: char) -> bool {
    "aeiouyéèêëàâîïôûùü".contains(c)
}

/// Stems of a regular `-er` verb used before a mute `e` (présent,
/// subjonctif), and its futur/conditionnel stems (`mèner`, `cédera`'s
/// `céder` and `cèder`).
fn fr_er_mute_stems(lemma: &str, stem: &str) -> (Vec<String>, Vec<String>) {
    let plain = (vec![stem.to_string()], vec![lemma.to_string()]);
    if stem.ends_with("oy") || stem.ends_with("uy") {
        let m = format!("{}i", &stem[..stem.len() - 1]);
        return (vec![m.clone()], vec![format!("{m}er")]);
    }
    if stem.ends_with("ay") {
        let m = format!("{}i", &stem[..stem.len() - 1]);
        return (
            vec![m.clone(), stem.to_string()],
            vec![format!("{m}er"), lemma.to_string()],
        );
    }
    let chars: Vec<char> = stem.chars().collect();
    let is_v = |i: usize| {
        let c = chars[i];
        if c == 'u' && i > 0 && (chars[i - 1] == 'g' || chars[i - 1] == 'q') {
            false
        } else {
            fr_is_vowel(c)
        }
    };
    let Some(v) = (0..chars.len()).rev().find(|&i| is_v(i)) else {
        return plain;
    };
    let tail = &chars[v + 1..];
    let with = |c: char| -> String {
        let mut s: String = chars[..v].iter().collect();
        s.push(c);
        s.extend(tail.iter());
        s
    };
    match chars[v] {
        'é' if !tail.is_empty() => {
            let m = with('è');
            (vec![m.clone()], vec![lemma.to_string(), format!("{m}er")])
        }
        'e' => {
            let cons = |c: char| c.is_alphabetic() && !fr_is_vowel(c) && c != 'x';
            let simple = match tail {
                [a] => cons(*a),
                [a, b] => cons(*a) && (*b == 'r' || *b == 'l') && *a != 'r' && *a != 'l',
                _ => false,
            };
            // "tweeter": an e after a vowel is not a syllable of its own.
            if !simple || v == 0 || is_v(v - 1) {
                return plain;
            }
            let mute = if (tail == ['l'] || tail == ['t']) && !FR_E_GRAVE.contains(&lemma) {
                let doubled = format!("{stem}{}", tail[0]);
                if lemma.ends_with("appeler") || lemma.ends_with("jeter") {
                    vec![doubled]
                } else {
                    // other -eler/-eter verbs: traditional doubling and the
                    // 1990 spelling with è (muselle, musèle)
                    vec![doubled, with('è')]
                }
            } else {
                vec![with('è')]
            };
            let fut = mute.iter().map(|m| format!("{m}er")).collect();
            (mute, fut)
        }
        _ => plain,
    }
}

/// Forms of a regular French `-er` verb (without the infinitive).
fn fr_er(lemma: &str) -> Vec<(String, Tense)> {
    use Tense::*;
    let stem = &lemma[..lemma.len() - 2];
    let soft = if let Some(s) = stem.strip_suffix('c') {
        format!("{s}ç")
    } else if stem.ends_with('g') {
        format!("{stem}e")
    } else {
        stem.to_string()
    };
    let (mute, fut) = fr_er_mute_stems(lemma, stem);
    let mut out = Vec::new();
    for m in &mute {
        out.push((format!("{m}e"), Present));
        out.push((format!("{m}ent"), Present));
    }
    out.push((format!("{soft}ait"), Imperfect));
    out.push((format!("{soft}aient"), Imperfect));
    for f in &fut {
        out.push((format!("{f}a"), Future));
        out.push((format!("{f}ont"), Future));
    }
    for f in &fut {
        out.push((format!("{f}ait"), Conditional));
        out.push((format!("{f}aient"), Conditional));
    }
    out.push((format!("{soft}a"), Past));
    out.push((format!("{stem}èrent"), Past));
    for m in &mute {
        out.push((format!("{m}e"), Subjunctive));
        out.push((format!("{m}ent"), Subjunctive));
    }
    out.push((format!("{soft}ant"), PresentParticiple));
    for f in fr_agree(&format!("{stem}é")) {
        out.push((f, PastParticiple));
    }
    out
}

/// Forms of a French `-ir` verb of the *finir* type (without the infinitive).
fn fr_finir(lemma: &str) -> Vec<(String, Tense)> {
    use Tense::*;
    let s = &lemma[..lemma.len() - 2];
    let mut out = vec![
        (format!("{s}it"), Present),
        (format!("{s}issent"), Present),
        (format!("{s}issait"), Imperfect),
        (format!("{s}issaient"), Imperfect),
        (format!("{lemma}a"), Future),
        (format!("{lemma}ont"), Future),
        (format!("{lemma}ait"), Conditional),
        (format!("{lemma}aient"), Conditional),
        (format!("{s}it"), Past),
        (format!("{s}irent"), Past),
        (format!("{s}isse"), Subjunctive),
        (format!("{s}issent"), Subjunctive),
        (format!("{s}issant"), PresentParticiple),
    ];
    for f in fr_agree(&format!("{s}i")) {
        out.push((f, PastParticiple));
    }
    out
}

/// Whether an English letter is a vowel (`y` counted as a consonant).
fn en_is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Whether a regular English verb doubles its final consonant: one-syllable
/// consonant-vowel-consonant verbs (`ban`, `stop`, `quit`), final `w`, `x`,
/// `y` excepted. Polysyllabic doublers are listed in verbs.tsv.
fn en_doubles(w: &str) -> bool {
    let c: Vec<char> = w.chars().collect();
    let n = c.len();
    if n < 3 {
        return false;
    }
    // `u` after `q` is a consonant; `y` is a vowel except word-initially.
    let vowel = |i: usize| {
        if c[i] == 'u' && i > 0 && c[i - 1] == 'q' {
            false
        } else {
            en_is_vowel(c[i]) || (c[i] == 'y' && i > 0)
        }
    };
    let last = c[n - 1];
    if !last.is_ascii_lowercase() || vowel(n - 1) || matches!(last, 'w' | 'x' | 'y') {
        return false;
    }
    if !vowel(n - 2) || vowel(n - 3) {
        return false;
    }
    let groups = (0..n)
        .filter(|&i| vowel(i) && (i == 0 || !vowel(i - 1)))
        .count();
    groups == 1
}

/// Whether an English word ends in consonant + `y`.
fn en_cons_y(w: &str) -> bool {
    let c: Vec<char> = w.chars().collect();
    c.len() >= 2 && c[c.len() - 1] == 'y' && !en_is_vowel(c[c.len() - 2])
}

/// Regular English third person singular: urges, presses, carries, vetoes.
fn en_3s(w: &str) -> String {
    let c: Vec<char> = w.chars().collect();
    let n = c.len();
    if ["s", "x", "z", "ch", "sh"].iter().any(|e| w.ends_with(e))
        || (n >= 2 && c[n - 1] == 'o' && !en_is_vowel(c[n - 2]))
    {
        format!("{w}es")
    } else if en_cons_y(w) {
        format!("{}ies", &w[..w.len() - 1])
    } else {
        format!("{w}s")
    }
}

/// Regular English simple past / past participle.
fn en_past(w: &str, double: bool) -> String {
    if double {
        let last = w.chars().last().unwrap_or_default();
        format!("{w}{last}ed")
    } else if w.ends_with('e') {
        format!("{w}d")
    } else if en_cons_y(w) {
        format!("{}ied", &w[..w.len() - 1])
    } else {
        format!("{w}ed")
    }
}

/// Regular English `-ing` form: seizing, dying, agreeing, banning.
fn en_ing(w: &str, double: bool) -> String {
    if let Some(s) = w.strip_suffix("ie") {
        format!("{s}ying")
    } else if double {
        let last = w.chars().last().unwrap_or_default();
        format!("{w}{last}ing")
    } else if w.len() > 2
        && w.ends_with('e')
        && !(w.ends_with("ee") || w.ends_with("oe") || w.ends_with("ye"))
    {
        format!("{}ing", &w[..w.len() - 1])
    } else {
        format!("{w}ing")
    }
}

/// French words that end a noun head and its adjectives: prepositions,
/// articles and other function words.
const FR_STOP: &[&str] = &[
    "de", "du", "des", "à", "au", "aux", "en", "contre", "sur", "pour", "par", "avec", "dans",
    "entre", "sans", "vers", "chez", "sous", "visant", "le", "la", "les", "un", "une", "et", "ou",
    "auprès", "envers", "face", "selon", "après", "avant", "pendant", "depuis", "près",
];

/// English words after which nothing is pluralised ("show of force").
const EN_STOP: &[&str] = &[
    "of",
    "on",
    "against",
    "for",
    "to",
    "in",
    "into",
    "with",
    "at",
    "by",
    "from",
    "between",
    "targeting",
    "over",
    "about",
    "toward",
    "towards",
    "upon",
    "onto",
    "across",
    "near",
    "and",
    "or",
    "the",
    "a",
    "an",
];

/// Plural of one French word (nouns and adjectives).
fn fr_plural_word(w: &str) -> String {
    const AL_S: &[&str] = &[
        "bal",
        "carnaval",
        "chacal",
        "festival",
        "récital",
        "régal",
        "naval",
        "fatal",
        "natal",
        "banal",
        "cérémonial",
    ];
    const AIL_AUX: &[&str] = &[
        "travail",
        "bail",
        "corail",
        "émail",
        "soupirail",
        "vitrail",
        "vantail",
    ];
    const EU_S: &[&str] = &["bleu", "pneu", "émeu", "landau", "sarrau"];
    const OU_X: &[&str] = &[
        "bijou", "caillou", "chou", "genou", "hibou", "joujou", "pou",
    ];
    if w.contains('-') || w.ends_with('s') || w.ends_with('x') || w.ends_with('z') {
        return w.to_string();
    }
    if let Some(s) = w.strip_suffix("al") {
        if !AL_S.contains(&w) {
            return format!("{s}aux");
        }
    }
    if let Some(s) = w.strip_suffix("ail") {
        if AIL_AUX.contains(&w) {
            return format!("{s}aux");
        }
    }
    if (w.ends_with("au") || w.ends_with("eu")) && !EU_S.contains(&w) {
        return format!("{w}x");
    }
    if OU_X.contains(&w) {
        return format!("{w}x");
    }
    format!("{w}s")
}

/// Plural of one English word.
fn en_plural_word(w: &str) -> String {
    const MAN_S: &[&str] = &["human", "german", "roman", "talisman", "shaman", "caiman"];
    const O_S: &[&str] = &[
        "photo", "memo", "piano", "kilo", "logo", "euro", "demo", "promo", "pro",
    ];
    let c: Vec<char> = w.chars().collect();
    let n = c.len();
    if w.ends_with("man") && !MAN_S.contains(&w) {
        return format!("{}men", &w[..w.len() - 3]);
    }
    if w.ends_with("ies") {
        return w.to_string();
    }
    if ["s", "x", "z", "ch", "sh"].iter().any(|e| w.ends_with(e))
        || (n >= 2 && c[n - 1] == 'o' && !en_is_vowel(c[n - 2]) && !O_S.contains(&w))
    {
        return format!("{w}es");
    }
    if en_cons_y(w) {
        return format!("{}ies", &w[..w.len() - 1]);
    }
    format!("{w}s")
}

/// The forms of a verb phrase with a possessive determiner, for every
/// owner and number: a lexicon writes "recall its ambassador" or "retirer
/// ses troupes" once, and news text says "recalled their ambassadors",
/// "recalled its own ambassador", "retirer leurs troupes".
///
/// The first possessive of the phrase (English its/their/his/her, French
/// son/sa/ses/leur/leurs) takes each possessive of the same number (English
/// possessives have none, and take "own" after them too); the noun phrase
/// after it also goes to the plural, with a plural possessive in French
/// ("son ambassadeur" -> "ses ambassadeurs", "leurs ambassadeurs"). The
/// phrase as written comes first; a phrase without a possessive is returned
/// alone. Deduplicated.
pub(crate) fn possessive_variants(fr: bool, phrase: &str) -> Vec<String> {
    const EN: &[&str] = &["its", "their", "his", "her"];
    const FR_ONE: &[&str] = &["son", "sa", "leur"];
    const FR_MANY: &[&str] = &["ses", "leurs"];
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let mut out = vec![words.join(" ")];
    let found = words.iter().position(|w| {
        if fr {
            FR_ONE.contains(w) || FR_MANY.contains(w)
        } else {
            EN.contains(w)
        }
    });
    let Some(k) = found else {
        return out;
    };
    let (before, after) = (words[..k].join(" "), words[k + 1..].join(" "));
    // The noun phrase after the possessive, singular as written and plural.
    let nouns = if after.is_empty() {
        vec![String::new()]
    } else {
        noun_forms(fr, &after)
    };
    let mut push = |det: &str, noun: &str| {
        let v = [before.as_str(), det, noun]
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        if !out.contains(&v) {
            out.push(v);
        }
    };
    if fr {
        let many = FR_MANY.contains(&words[k]);
        let first = nouns.first().map_or("", String::as_str);
        let plural = nouns.last().map_or("", String::as_str);
        if !many {
            push(words[k], first);
            push("leur", first);
        }
        for det in FR_MANY {
            push(det, plural);
        }
    } else {
        for noun in &nouns {
            for det in EN {
                push(det, noun);
                push(&format!("{det} own"), noun);
            }
        }
    }
    out
}

/// Singular and plural of a noun phrase: French "frappe aérienne" -> ["frappe aérienne", "frappes aériennes"] (pluralise the head noun and the adjectives directly after it, not words after a preposition: "tir d'artillerie" -> "tirs d'artillerie"); English "air strike" -> ["air strike", "air strikes"] (pluralise the last word of a compound, not what follows "of": "show of force"). Irregular plurals can be given explicitly in the data as "a|b".
///
/// With `|` the phrase lists all its forms, returned as given (trimmed,
/// empty alternatives dropped): `aid|` is an invariable noun. French
/// hyphenated words ("cessez-le-feu", "porte-parole") and words in s/x/z are
/// left as they are; the plural stops at the first preposition, article or
/// elided word (`d'`, `l'`). The result is deduplicated, singular first, and
/// empty for an empty phrase.
pub(crate) fn noun_forms(fr: bool, phrase: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: String| {
        if !s.is_empty() && !out.contains(&s) {
            out.push(s);
        }
    };
    if phrase.contains('|') {
        for alt in phrase.split('|') {
            push(alt.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        return out;
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.is_empty() {
        return out;
    }
    push(words.join(" "));
    let plural: Vec<String> = if fr {
        let mut stopped = false;
        words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let elided = w.contains('\'') || w.contains('’');
                if i > 0 && (elided || FR_STOP.contains(w)) {
                    stopped = true;
                }
                if stopped || elided {
                    w.to_string()
                } else {
                    fr_plural_word(w)
                }
            })
            .collect()
    } else {
        let stop = words
            .iter()
            .enumerate()
            .skip(1)
            .find(|(_, w)| EN_STOP.contains(w))
            .map_or(words.len(), |(i, _)| i);
        words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                if i + 1 == stop {
                    en_plural_word(w)
                } else {
                    w.to_string()
                }
            })
            .collect()
    };
    push(plural.join(" "));
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn possessive_variants_cover_every_owner_and_number() {
        let en = possessive_variants(false, "recalled its ambassador");
        for v in [
            "recalled its ambassador",
            "recalled their ambassadors",
            "recalled its own ambassador",
            "recalled his ambassadors",
        ] {
            assert!(en.contains(&v.to_string()), "{v} in {en:?}");
        }
        assert_eq!(en[0], "recalled its ambassador");
        let fr = possessive_variants(true, "rappelé son ambassadeur");
        for v in [
            "rappelé son ambassadeur",
            "rappelé leur ambassadeur",
            "rappelé ses ambassadeurs",
            "rappelé leurs ambassadeurs",
        ] {
            assert!(fr.contains(&v.to_string()), "{v} in {fr:?}");
        }
        // A plural possessive stays plural; adjectives agree.
        let fr = possessive_variants(true, "retirer ses troupes");
        assert_eq!(fr, ["retirer ses troupes", "retirer leurs troupes"]);
        let fr = possessive_variants(true, "fermer son espace aérien");
        assert!(fr.contains(&"fermer leurs espaces aériens".to_string()));
        // Nothing to vary.
        assert_eq!(
            possessive_variants(false, "impose sanctions"),
            ["impose sanctions"]
        );
    }

    use super::*;
    use std::collections::{BTreeMap, HashSet};

    const FR_VERBS: &str = include_str!("../../data/fr/verbs.tsv");
    const EN_VERBS: &str = include_str!("../../data/en/verbs.tsv");
    const FR_TRIGGERS: &str = include_str!("../../data/fr/triggers.tsv");
    const EN_TRIGGERS: &str = include_str!("../../data/en/triggers.tsv");

    fn fr() -> Conjugator {
        Conjugator::parse(true, FR_VERBS).unwrap_or_else(|(n, e)| panic!("fr verbs.tsv:{n}: {e}"))
    }

    fn en() -> Conjugator {
        Conjugator::parse(false, EN_VERBS).unwrap_or_else(|(n, e)| panic!("en verbs.tsv:{n}: {e}"))
    }

    use Tense::*;

    /// (phrase, tense, expected form). Each expected form must be generated
    /// with that tense.
    const FR_CASES: &[(&str, Tense, &str)] = &[
        // irregular rows and suffix classes
        ("soutenir", Present, "soutient"),
        ("soutenir", Present, "soutiennent"),
        ("soutenir", Future, "soutiendra"),
        ("soutenir", Conditional, "soutiendraient"),
        ("soutenir", Past, "soutint"),
        ("soutenir", Subjunctive, "soutienne"),
        ("soutenir", PastParticiple, "soutenues"),
        ("soutenir", PresentParticiple, "soutenant"),
        ("détenir", Present, "détient"),
        ("s'abstenir de", Present, "abstient de"),
        ("intervenir en", Past, "intervinrent en"),
        ("prendre", Present, "prennent"),
        ("prendre", PastParticiple, "prise"),
        ("prendre", PastParticiple, "prises"),
        ("reprendre", Imperfect, "reprenait"),
        ("prendre en otage", PastParticiple, "pris en otage"),
        ("s'en prendre à", Present, "en prend à"),
        ("s'en prendre à", PastParticiple, "pris à"),
        ("mettre", Present, "met"),
        ("permettre", Past, "permit"),
        (
            "commettre un attentat contre",
            PastParticiple,
            "commis un attentat contre",
        ),
        ("battre", Present, "bat"),
        ("combattre", Present, "combattent"),
        ("abattre", PastParticiple, "abattu"),
        ("détruire", Present, "détruit"),
        ("détruire", Present, "détruisent"),
        ("détruire", PastParticiple, "détruite"),
        ("faire", Present, "font"),
        ("faire", Subjunctive, "fasse"),
        ("faire", Future, "fera"),
        ("dire", Present, "disent"),
        ("dire", Imperfect, "disait"),
        ("interdire", Present, "interdit"),
        ("aller", Present, "va"),
        ("aller", Future, "ira"),
        ("accueillir", Present, "accueille"),
        ("accueillir", Future, "accueillera"),
        ("accueillir", PastParticiple, "accueillis"),
        ("reconnaître", Present, "reconnaît"),
        ("reconnaître", Past, "reconnut"),
        ("interrompre", Present, "interrompt"),
        ("poursuivre", Present, "poursuivent"),
        ("convaincre", Present, "convainc"),
        ("défendre", Present, "défend"),
        ("défendre", PastParticiple, "défendue"),
        ("éteindre", Present, "éteignent"),
        ("contraindre", PastParticiple, "contraint"),
        ("recevoir", Present, "reçoit"),
        ("recevoir", Past, "reçurent"),
        ("prévoir de", Future, "prévoira de"),
        ("pouvoir", Conditional, "pourrait"),
        ("pouvoir", PastParticiple, "pu"),
        ("être la cible de", Present, "est la cible de"),
        (
            "avoir l'intention de",
            PresentParticiple,
            "ayant l'intention de",
        ),
        ("envoyer", Future, "enverra"),
        ("renvoyer", Present, "renvoie"),
        ("ouvrir le feu sur", PastParticiple, "ouvert le feu sur"),
        ("découvrir", Present, "découvre"),
        ("démentir", Present, "dément"),
        ("mourir", PastParticiple, "morte"),
        ("mourir", PastParticiple, "morts"),
        ("conclure un accord avec", Present, "conclut un accord avec"),
        (
            "conclure un accord avec",
            PastParticiple,
            "conclu un accord avec",
        ),
        ("exclure", Imperfect, "excluait"),
        ("écrire", Present, "écrivent"),
        ("élire", PastParticiple, "élu"),
        ("naître", PastParticiple, "née"),
        // regular -er with spelling changes
        (
            "mener des frappes contre",
            Present,
            "mène des frappes contre",
        ),
        (
            "mener des frappes contre",
            Imperfect,
            "menait des frappes contre",
        ),
        (
            "mener des frappes contre",
            Future,
            "mènera des frappes contre",
        ),
        (
            "mener des frappes contre",
            Conditional,
            "mènerait des frappes contre",
        ),
        (
            "mener des frappes contre",
            PastParticiple,
            "menées des frappes contre",
        ),
        (
            "mener des frappes contre",
            PresentParticiple,
            "menant des frappes contre",
        ),
        ("mener des frappes contre", Past, "mena des frappes contre"),
        (
            "mener des frappes contre",
            Past,
            "menèrent des frappes contre",
        ),
        (
            "mener des frappes contre",
            Infinitive,
            "mener des frappes contre",
        ),
        ("lever les sanctions", Present, "lèvent les sanctions"),
        ("rejeter", Present, "rejette"),
        ("rejeter", Present, "rejettent"),
        ("rejeter", Future, "rejettera"),
        ("rejeter", Imperfect, "rejetait"),
        ("appeler", Present, "appelle"),
        ("appeler", Conditional, "appellerait"),
        ("acheter", Present, "achète"),
        ("harceler", Present, "harcèle"),
        ("museler", Present, "muselle"),
        ("museler", Present, "musèle"),
        ("museler", Future, "musèlera"),
        ("renouveler", Present, "renouvelle"),
        ("rejeter", Present, "rejette"),
        ("tweeter", Present, "tweete"),
        ("assaillir", Present, "assaillent"),
        ("assaillir", Past, "assaillit"),
        ("dissoudre", PastParticiple, "dissoute"),
        ("céder", Present, "cède"),
        ("céder", Present, "cèdent"),
        ("céder", Future, "cédera"),
        ("céder", PastParticiple, "cédé"),
        ("libérer", Subjunctive, "libère"),
        ("protéger", Present, "protège"),
        ("protéger", Past, "protégea"),
        ("célébrer", Present, "célèbre"),
        ("déléguer", Present, "délègue"),
        ("créer", Present, "crée"),
        ("lancer", Past, "lança"),
        ("lancer", PresentParticiple, "lançant"),
        ("lancer", Imperfect, "lançaient"),
        ("lancer", Present, "lance"),
        ("menacer", Past, "menaça"),
        ("exiger de", Past, "exigea de"),
        ("exiger", PresentParticiple, "exigeant"),
        ("exiger", Present, "exigent"),
        ("exiger", Past, "exigèrent"),
        ("employer", Present, "emploie"),
        ("employer", Future, "emploiera"),
        ("payer", Present, "paie"),
        ("payer", Present, "paye"),
        ("interpeller", Present, "interpelle"),
        ("presser", Present, "presse"),
        ("tester", Present, "teste"),
        ("annexer", Present, "annexe"),
        ("se retirer de", Present, "retire de"),
        ("se retirer de", PastParticiple, "retirées de"),
        ("s'entretenir avec", Present, "entretient avec"),
        (
            "qualifier d'inacceptable",
            Present,
            "qualifie d'inacceptable",
        ),
        ("bombarder", PastParticiple, "bombardés"),
        ("tuer", Present, "tuent"),
        ("tuer", PastParticiple, "tuée"),
        // -ir, finir type
        ("envahir", Present, "envahit"),
        ("envahir", Present, "envahissent"),
        ("envahir", Imperfect, "envahissait"),
        ("envahir", Future, "envahira"),
        ("envahir", Past, "envahirent"),
        ("envahir", PastParticiple, "envahie"),
        ("punir", PresentParticiple, "punissant"),
        ("saisir", Subjunctive, "saisisse"),
        ("se réunir avec", Present, "réunissent avec"),
    ];

    /// Forms that must NOT be generated for a phrase.
    const FR_ABSENT: &[(&str, &str)] = &[
        ("être", "étées"),
        ("pouvoir", "pue"),
        ("prendre", "priss"),
        ("mener", "menne"),
        ("se retirer de", "se retire de"),
        ("s'en prendre à", "en pris à"),
        ("interpeller", "interpèlle"),
        ("céder", "cèdé"),
        ("lancer", "lancait"),
        ("tweeter", "tweette"),
        ("rejeter", "rejète"),
        ("appeler", "appèle"),
        ("assaillir", "assaillissent"),
        ("dissoudre", "dissolue"),
    ];

    const EN_CASES: &[(&str, Tense, &str)] = &[
        ("lead", Past, "led"),
        ("lead", PastParticiple, "led"),
        ("lead", Present, "leads"),
        ("fight", Past, "fought"),
        ("strike", Past, "struck"),
        ("strike", PresentParticiple, "striking"),
        ("shoot", Past, "shot"),
        ("seek to", Past, "sought to"),
        ("hold talks with", Past, "held talks with"),
        ("meet", Past, "met"),
        ("meet with", Present, "meets with"),
        ("ban", Past, "banned"),
        ("ban", PresentParticiple, "banning"),
        ("target", Past, "targeted"),
        ("target", PresentParticiple, "targeting"),
        ("visit", Past, "visited"),
        ("accuse", Past, "accused"),
        ("accuse", Present, "accuses"),
        ("accuse", PresentParticiple, "accusing"),
        ("seize", Past, "seized"),
        ("seize", PresentParticiple, "seizing"),
        ("die", PresentParticiple, "dying"),
        ("die", Past, "died"),
        ("carry out strikes on", Past, "carried out strikes on"),
        ("carry", Present, "carries"),
        ("urge", Present, "urges"),
        ("urge", Infinitive, "urge"),
        ("urge", Present, "urge"),
        ("call on", Present, "calls on"),
        ("call on", Past, "called on"),
        ("call on", PresentParticiple, "calling on"),
        ("pull out of", Past, "pulled out of"),
        ("cut ties with", Past, "cut ties with"),
        ("cut ties with", PresentParticiple, "cutting ties with"),
        ("commit", Past, "committed"),
        ("commit", PresentParticiple, "committing"),
        ("stop", Past, "stopped"),
        ("quit", PresentParticiple, "quitting"),
        ("free", Past, "freed"),
        ("free", PresentParticiple, "freeing"),
        ("agree with", PresentParticiple, "agreeing with"),
        ("veto", Present, "vetoes"),
        ("veto", Past, "vetoed"),
        ("deny", Present, "denies"),
        ("deny", Past, "denied"),
        ("deny", PresentParticiple, "denying"),
        ("press", Present, "presses"),
        ("slam", Past, "slammed"),
        ("bomb", Past, "bombed"),
        ("shell", Past, "shelled"),
        ("pound", Present, "pounds"),
        ("deploy", Past, "deployed"),
        ("destroy", Present, "destroys"),
        ("withdraw from", Past, "withdrew from"),
        ("withdraw from", PastParticiple, "withdrawn from"),
        ("take hostage", PastParticiple, "taken hostage"),
        ("fly", Past, "flew"),
        ("fly", Present, "flies"),
        ("have talks with", Present, "has talks with"),
        ("be likely to", Present, "is likely to"),
        ("be likely to", Past, "were likely to"),
        ("sue", PresentParticiple, "suing"),
        ("cancel", Past, "cancelled"),
        ("cancel", Past, "canceled"),
        ("expel", Past, "expelled"),
        ("kidnap", PastParticiple, "kidnapped"),
        ("hit", PresentParticiple, "hitting"),
        ("tell", Past, "told"),
        ("say", Past, "said"),
        ("say", Present, "says"),
        ("blitz", Present, "blitzes"),
        ("bar", Past, "barred"),
        ("fear", Past, "feared"),
        ("aid", Past, "aided"),
        ("warn", Past, "warned"),
        ("bring", Past, "brought"),
        ("unfreeze the assets", Past, "unfroze the assets"),
    ];

    const EN_ABSENT: &[(&str, &str)] = &[
        ("target", "targetted"),
        ("visit", "visitted"),
        ("bomb", "bombbed"),
        ("fix", "fixxed"),
        ("vow", "vowwed"),
        ("strike", "striked"),
        ("seize", "seizeing"),
    ];

    fn check(c: &Conjugator, cases: &[(&str, Tense, &str)], absent: &[(&str, &str)]) {
        let mut failures = Vec::new();
        for &(phrase, tense, want) in cases {
            let forms = c.verb_forms(phrase);
            if !forms.iter().any(|f| f.text == want && f.tense == tense) {
                failures.push(format!(
                    "{phrase:?}: missing {want:?} ({tense:?}); got {forms:?}"
                ));
            }
        }
        for &(phrase, bad) in absent {
            if c.verb_forms(phrase).iter().any(|f| f.text == bad) {
                failures.push(format!("{phrase:?}: unexpected {bad:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn french_conjugation() {
        check(&fr(), FR_CASES, FR_ABSENT);
    }

    #[test]
    fn english_conjugation() {
        check(&en(), EN_CASES, EN_ABSENT);
    }

    #[test]
    fn french_forms_are_complete_and_unique() {
        let c = fr();
        let forms = c.verb_forms("mener des frappes contre");
        // infinitive, 2 present, 2 imperfect, 2 future, 2 conditional, 2 passé
        // simple, 2 subjunctive, 1 present participle, 4 past participles
        assert_eq!(forms.len(), 18, "{forms:?}");
        assert_eq!(forms[0].tense, Infinitive);
        let set: HashSet<_> = forms.iter().map(|f| (f.text.clone(), f.tense)).collect();
        assert_eq!(set.len(), forms.len());
        // "pris" as m.s. and m.pl. appears once
        let pris = c.verb_forms("prendre");
        assert_eq!(pris.iter().filter(|f| f.text == "pris").count(), 1);
    }

    #[test]
    fn english_base_is_present_and_infinitive() {
        let forms = en().verb_forms("attack");
        let base: Vec<_> = forms
            .iter()
            .filter(|f| f.text == "attack")
            .map(|f| f.tense)
            .collect();
        assert_eq!(base, vec![Infinitive, Present]);
        assert_eq!(forms.len(), 6, "{forms:?}");
    }

    #[test]
    fn unknown_french_verbs_give_nothing() {
        let c = fr();
        assert!(c.verb_forms("foobar").is_empty());
        assert!(c.verb_forms("").is_empty());
        assert!(c.verb_forms("se").is_empty());
        // a -re verb missing from verbs.tsv
        assert!(c.verb_forms("coudrx").is_empty());
    }

    #[test]
    fn whitespace_is_normalised() {
        let forms = en().verb_forms("  call   on ");
        assert!(forms.iter().any(|f| f.text == "calls on"));
        let forms = fr().verb_forms("se  retirer   de");
        assert!(forms.iter().any(|f| f.text == "retire de"));
    }

    #[test]
    fn parse_errors() {
        let e = Conjugator::parse(true, "# c\nvenir\tvient\n").unwrap_err();
        assert_eq!(e.0, 2);
        let e = Conjugator::parse(
            true,
            "-tenir\ttient\t-tiennent\t-tenu\t-tiendr\t-ten\t-tint\t-tinrent\t-tienn\n",
        )
        .unwrap_err();
        assert_eq!(e.0, 1);
        assert!(e.1.contains("suffix"), "{}", e.1);
        let e = Conjugator::parse(
            true,
            "venir\t-\tviennent\tvenu\tviendr\tven\tvint\tvinrent\tvienn\n",
        )
        .unwrap_err();
        assert!(e.1.contains("pres3s"), "{}", e.1);
        let dup = "lead\tled\tled\t-\t-\nlead\tled\tled\t-\t-\n";
        assert_eq!(Conjugator::parse(false, dup).unwrap_err().0, 2);
        assert_eq!(
            Conjugator::parse(false, "\n\nlead\tled\n").unwrap_err().0,
            3
        );
        assert!(Conjugator::parse(false, "lead\tled|\tled\t-\t-\n").is_err());
        assert!(Conjugator::parse(false, "# only comments\r\n\r\n").is_ok());
    }

    #[test]
    fn suffix_classes() {
        let c = Conjugator::parse(
            true,
            "-tenir\t-tient\t-tiennent\t-tenu\t-tiendr\t-ten\t-tint\t-tinrent\t-tienn\n\
             -nir\t-nit\t-nissent\t-ni\t-nir\t-niss\t-nit\t-nirent\t-niss\n\
             obtenir\tobtient\tobtiennent\tobtenu\tobtiendr\tobten\tobtint\tobtinrent\tobtienn\n",
        )
        .unwrap();
        let has = |p: &str, f: &str| c.verb_forms(p).iter().any(|x| x.text == f);
        assert!(has("retenir", "retient")); // longest suffix wins over -nir
        assert!(has("tenir", "tient")); // the suffix alone is a lemma
        assert!(has("obtenir", "obtient")); // exact row
        assert!(has("punir", "punissent"));
    }

    const FR_NOUNS: &[(&str, &[&str])] = &[
        ("frappe aérienne", &["frappe aérienne", "frappes aériennes"]),
        (
            "tir d'artillerie",
            &["tir d'artillerie", "tirs d'artillerie"],
        ),
        (
            "tir de roquettes",
            &["tir de roquettes", "tirs de roquettes"],
        ),
        ("raid aérien", &["raid aérien", "raids aériens"]),
        ("bombardement", &["bombardement", "bombardements"]),
        (
            "soutien militaire",
            &["soutien militaire", "soutiens militaires"],
        ),
        ("attentat contre", &["attentat contre", "attentats contre"]),
        ("envoyé spécial", &["envoyé spécial", "envoyés spéciaux"]),
        ("sanctions", &["sanctions"]),
        ("cessez-le-feu", &["cessez-le-feu"]),
        (
            "porte-parole|porte-paroles",
            &["porte-parole", "porte-paroles"],
        ),
        (
            "attentat-suicide|attentats-suicides",
            &["attentat-suicide", "attentats-suicides"],
        ),
        ("feu", &["feu", "feux"]),
        ("casque bleu", &["casque bleu", "casques bleus"]),
        ("travail", &["travail", "travaux"]),
        ("détail", &["détail", "détails"]),
        ("mise en garde", &["mise en garde", "mises en garde"]),
        ("naval", &["naval", "navals"]),
        ("prise d'otages", &["prise d'otages", "prises d'otages"]),
        (
            "levée des sanctions",
            &["levée des sanctions", "levées des sanctions"],
        ),
        (
            "grande offensive",
            &["grande offensive", "grandes offensives"],
        ),
    ];

    const EN_NOUNS: &[(&str, &[&str])] = &[
        ("air strike", &["air strike", "air strikes"]),
        ("airstrike", &["airstrike", "airstrikes"]),
        ("show of force", &["show of force", "shows of force"]),
        ("attack", &["attack", "attacks"]),
        ("ally", &["ally", "allies"]),
        ("embargo", &["embargo", "embargoes"]),
        ("crackdown", &["crackdown", "crackdowns"]),
        ("spokesman", &["spokesman", "spokesmen"]),
        ("spokeswoman", &["spokeswoman", "spokeswomen"]),
        ("human", &["human", "humans"]),
        ("crash", &["crash", "crashes"]),
        ("aid|", &["aid"]),
        ("crisis|crises", &["crisis", "crises"]),
        (
            "commission of inquiry",
            &["commission of inquiry", "commissions of inquiry"],
        ),
        ("sit-in", &["sit-in", "sit-ins"]),
        ("photo", &["photo", "photos"]),
        ("hostilities", &["hostilities"]),
        ("", &[]),
    ];

    #[test]
    fn nouns() {
        for &(p, want) in FR_NOUNS {
            assert_eq!(noun_forms(true, p), want, "fr {p:?}");
        }
        for &(p, want) in EN_NOUNS {
            assert_eq!(noun_forms(false, p), want, "en {p:?}");
        }
    }

    // ---- the trigger lexicons -------------------------------------------

    const KINDS: &[&str] = &[
        "supports",
        "agrees",
        "meets",
        "concedes",
        "withdraws",
        "investigates",
        "demands",
        "accuses",
        "criticizes",
        "rejects",
        "threatens",
        "protests",
        "mobilizes",
        "sanctions",
        "coerces",
        "attacks",
        "bombs",
        "represents",
        "say",
        "intend",
        "hypo",
        "negv",
    ];
    const FLAGS: &[&str] = &[
        "control", "weak", "refl", "passive", "agent", "nosource", "unacc",
    ];

    /// Validates a triggers.tsv and returns the row count per kind.
    fn check_triggers(fr: bool, text: &str) -> BTreeMap<String, usize> {
        let c = if fr { self::fr() } else { en() };
        let mut errors = Vec::new();
        let mut seen = HashSet::new();
        let mut prev: Option<(String, String)> = None;
        let mut counts = BTreeMap::new();
        for (i, line) in text.lines().enumerate() {
            let n = i + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 5 {
                errors.push(format!("{n}: {} columns", cols.len()));
                continue;
            }
            let (pattern, kind, pos, args, flags) = (cols[0], cols[1], cols[2], cols[3], cols[4]);
            if cols.iter().any(|c| c.is_empty() || c.trim() != *c) {
                errors.push(format!("{n}: empty cell or stray whitespace"));
            }
            if !KINDS.contains(&kind) {
                errors.push(format!("{n}: unknown kind {kind}"));
            }
            *counts.entry(kind.to_string()).or_insert(0) += 1;
            let key = (kind.to_string(), pattern.to_string());
            if let Some(p) = &prev {
                if *p > key {
                    errors.push(format!("{n}: not sorted by kind, then pattern: {pattern}"));
                }
            }
            prev = Some(key);
            if !seen.insert((pattern.to_string(), pos.to_string())) {
                errors.push(format!("{n}: duplicate pattern {pattern} ({pos})"));
            }
            let flags: Vec<&str> = if flags == "-" {
                vec![]
            } else {
                flags.split(',').collect()
            };
            for f in &flags {
                if !FLAGS.contains(f) {
                    errors.push(format!("{n}: unknown flag {f}"));
                }
            }
            if args != "-"
                && args
                    .split('|')
                    .any(|a| a.trim().is_empty() || a.trim() != a)
            {
                errors.push(format!("{n}: bad args {args:?}"));
            }
            match pos {
                "verb" => {
                    let forms = c.verb_forms(pattern);
                    if forms.len() < 5 {
                        errors.push(format!("{n}: verb {pattern:?} gives {forms:?}"));
                    }
                    let refl = pattern.starts_with("se ") || pattern.starts_with("s'");
                    if fr && refl != flags.contains(&"refl") {
                        errors.push(format!("{n}: refl flag and pattern disagree: {pattern}"));
                    }
                    if pattern.contains('|') {
                        errors.push(format!("{n}: '|' in a verb pattern"));
                    }
                }
                "noun" => {
                    if noun_forms(fr, pattern).is_empty() {
                        errors.push(format!("{n}: noun {pattern:?} gives nothing"));
                    }
                }
                "fixed" => {
                    if pattern.contains('|') {
                        errors.push(format!("{n}: '|' in a fixed pattern"));
                    }
                }
                _ => errors.push(format!("{n}: bad pos {pos}")),
            }
            if flags.contains(&"control") && pos != "verb" {
                errors.push(format!("{n}: control on a non-verb"));
            }
        }
        assert!(errors.is_empty(), "{}", errors.join("\n"));
        counts
    }

    #[test]
    fn french_triggers_are_valid() {
        let counts = check_triggers(true, FR_TRIGGERS);
        eprintln!(
            "fr triggers: {counts:?} total {}",
            counts.values().sum::<usize>()
        );
        for k in KINDS {
            assert!(counts.get(*k).copied().unwrap_or(0) > 0, "fr: no {k} rows");
        }
        assert!(counts.values().sum::<usize>() >= 250);
    }

    #[test]
    fn english_triggers_are_valid() {
        let counts = check_triggers(false, EN_TRIGGERS);
        eprintln!(
            "en triggers: {counts:?} total {}",
            counts.values().sum::<usize>()
        );
        for k in KINDS {
            assert!(counts.get(*k).copied().unwrap_or(0) > 0, "en: no {k} rows");
        }
        assert!(counts.values().sum::<usize>() >= 250);
    }

    #[test]
    fn verb_tables_parse_and_cover_every_verb() {
        // every verb of verbs.tsv conjugates
        let c = fr();
        for k in c.fr_exact.keys() {
            assert!(c.verb_forms(k).len() >= 10, "{k}");
        }
        let e = en();
        for k in e.en.keys() {
            assert!(e.verb_forms(k).len() >= 6, "{k}");
        }
    }
}
