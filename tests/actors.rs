//! Table-driven tests of actor recognition (issue #2), in French and English:
//! text → actors that must be found (with their kind, country and parent),
//! actors that must not be parties, and, for the text layer, the expected
//! sentences, boilerplate spans and language.
//!
//! Each `#[test]` is one mechanism (lexicon names, composites, seats of
//! power, new names, places, credits, pronouns, quotes and apostrophes,
//! sentence segmentation, boilerplate, language identification), so a
//! failure names it; every failing row prints its text, what was expected,
//! the mentions actually found and what is wrong.
//!
//! # Rows
//!
//! `fr(text, &[wants])` / `en(text, &[wants])` force the language
//! (`extract_lang`); `auto(text, &[wants])` lets the extractor identify it.
//! Then optionally:
//! - `.lacks(&[ids])`: none of these ids may have a PARTY mention or be an
//!   end of a relation (places and credits may still be mentioned as such);
//!   an id ending in `*` is a prefix (`"person:*"`: no person at all);
//! - `.sentences(&[...])`: the sentence spans, trimmed, must be exactly these
//!   texts (boilerplate excluded);
//! - `.boilerplate(&[...])`: each text must lie inside a boilerplate span and
//!   inside no sentence;
//! - `.lang_is(lang)`: `Extraction::lang`;
//! - `.unique()`: no two mentions share a span (a duplicate inflates the
//!   actor's mention count);
//! - `.gap("reason")`: a known gap (see below).
//!
//! # Wants
//!
//! - `party(id)`: a party mention of the actor (`MentionRole::Party`);
//! - `place(id)`: a location mention (`MentionRole::Location`);
//! - `credit(id)`: a credit mention (`MentionRole::Credit`);
//!
//! refined with `.at("surface")` (that mention's text, case-insensitive, a
//! leading article ignored: "Le régime" matches a mention of "régime"),
//! `.resolved()` (a pronoun or description resolved to the actor),
//! `.new_name()` / `.composite()` (its `MentionKind`), and checks on the
//! actor record in `Extraction::actors`: `.kind("military")`,
//! `.country("TUR")` / `.no_country()`, `.parent("country:TUR")` /
//! `.no_parent()`. Ids are compared exactly.
//!
//! # Known gaps
//!
//! A row flagged `.gap("reason")` documents a current limitation: it is still
//! run, and the test FAILS if the row now passes ("row now passes: remove
//! known_gap"), so the flag is removed as soon as the code improves.
//! `NEWSGRAPH_SHOW_GAPS=1 cargo test --test actors -- --nocapture` prints
//! every known-gap row with what was found; `NEWSGRAPH_SHOW_ROWS=1` prints
//! every row.

use newsgraph::{Extraction, Extractor, Lang, MentionKind, MentionRole};
use std::sync::LazyLock;

mod common;

use common::table::{self, TableRow};

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

#[derive(Debug, Clone, Copy, PartialEq)]
enum How {
    Any,
    Resolved,
    Kind(MentionKind),
}

/// An actor that must be found.
#[derive(Debug, Clone, Copy)]
struct Want {
    id: &'static str,
    role: MentionRole,
    surface: Option<&'static str>,
    how: How,
    kind: Option<&'static str>,
    country: Option<Option<&'static str>>,
    parent: Option<Option<&'static str>>,
}

fn want(id: &'static str, role: MentionRole) -> Want {
    Want {
        id,
        role,
        surface: None,
        how: How::Any,
        kind: None,
        country: None,
        parent: None,
    }
}

fn party(id: &'static str) -> Want {
    want(id, MentionRole::Party)
}

fn place(id: &'static str) -> Want {
    want(id, MentionRole::Location)
}

fn credit(id: &'static str) -> Want {
    want(id, MentionRole::Credit)
}

impl Want {
    fn at(mut self, surface: &'static str) -> Want {
        self.surface = Some(surface);
        self
    }
    fn resolved(mut self) -> Want {
        self.how = How::Resolved;
        self
    }
    fn new_name(mut self) -> Want {
        self.how = How::Kind(MentionKind::NewName);
        self
    }
    fn composite(mut self) -> Want {
        self.how = How::Kind(MentionKind::Composite);
        self
    }
    fn kind(mut self, kind: &'static str) -> Want {
        self.kind = Some(kind);
        self
    }
    fn country(mut self, iso3: &'static str) -> Want {
        self.country = Some(Some(iso3));
        self
    }
    fn no_country(mut self) -> Want {
        self.country = Some(None);
        self
    }
    fn parent(mut self, id: &'static str) -> Want {
        self.parent = Some(Some(id));
        self
    }
    fn no_parent(mut self) -> Want {
        self.parent = Some(None);
        self
    }

    /// What is wrong, or `None` when found as wanted.
    fn problem(&self, x: &Extraction, text: &str) -> Option<String> {
        let found = x.mentions.iter().any(|m| {
            m.actor.as_str() == self.id
                && m.role == self.role
                && match self.surface {
                    Some(s) => same_surface(m.span.text(text), s),
                    None => true,
                }
                && match self.how {
                    How::Any => true,
                    How::Resolved => m.kind.is_resolved(),
                    How::Kind(k) => m.kind == k,
                }
        });
        if !found {
            return Some(format!("missing: {self}"));
        }
        if self.kind.is_none() && self.country.is_none() && self.parent.is_none() {
            return None;
        }
        let Some(a) = x.actors.get(&newsgraph::ActorId::new(self.id)) else {
            return Some(format!(
                "{} is mentioned but not in Extraction::actors",
                self.id
            ));
        };
        let mut bad = Vec::new();
        if let Some(k) = self.kind {
            if a.kind.as_str() != k {
                bad.push(format!("kind {} (want {k})", a.kind));
            }
        }
        if let Some(c) = self.country {
            if a.country.as_deref() != c {
                bad.push(format!("country {:?} (want {c:?})", a.country));
            }
        }
        if let Some(p) = self.parent {
            if a.parent.as_ref().map(|p| p.as_str()) != p {
                bad.push(format!("parent {:?} (want {p:?})", a.parent));
            }
        }
        (!bad.is_empty()).then(|| format!("{}: {}", self.id, bad.join(", ")))
    }
}

impl std::fmt::Display for Want {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let role = match self.role {
            MentionRole::Party => "party",
            MentionRole::Location => "place",
            MentionRole::Credit => "credit",
        };
        write!(f, "{role} {}", self.id)?;
        if let Some(s) = self.surface {
            write!(f, " at {s:?}")?;
        }
        match self.how {
            How::Any => {}
            How::Resolved => write!(f, " (resolved)")?,
            How::Kind(k) => write!(f, " ({k:?})")?,
        }
        if let Some(k) = self.kind {
            write!(f, " kind={k}")?;
        }
        if let Some(c) = self.country {
            write!(f, " country={c:?}")?;
        }
        if let Some(p) = self.parent {
            write!(f, " parent={p:?}")?;
        }
        Ok(())
    }
}

struct Row {
    lang: Option<Lang>,
    text: &'static str,
    wants: Vec<Want>,
    lacks: Vec<&'static str>,
    sentences: Option<Vec<&'static str>>,
    boilerplate: Vec<&'static str>,
    lang_is: Option<Lang>,
    unique: bool,
    gap: Option<&'static str>,
}

fn row(lang: Option<Lang>, text: &'static str, wants: &[Want]) -> Row {
    Row {
        lang,
        text,
        wants: wants.to_vec(),
        lacks: Vec::new(),
        sentences: None,
        boilerplate: Vec::new(),
        lang_is: None,
        unique: false,
        gap: None,
    }
}

fn fr(text: &'static str, wants: &[Want]) -> Row {
    row(Some(Lang::Fr), text, wants)
}

fn en(text: &'static str, wants: &[Want]) -> Row {
    row(Some(Lang::En), text, wants)
}

fn auto(text: &'static str, wants: &[Want]) -> Row {
    row(None, text, wants)
}

/// Case-insensitive equality of two surface forms, ignoring a leading
/// article ("the regime" = "regime", "L'organisation" = "organisation") and
/// the apostrophe style.
fn same_surface(found: &str, want: &str) -> bool {
    fn norm(s: &str) -> String {
        let s = s.trim().replace('\u{2019}', "'").to_lowercase();
        for art in ["the ", "le ", "la ", "les ", "l'"] {
            if let Some(rest) = s.strip_prefix(art) {
                return rest.to_string();
            }
        }
        s
    }
    norm(found) == norm(want)
}

fn id_matches(pattern: &str, id: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => id.starts_with(prefix),
        None => pattern == id,
    }
}

impl Row {
    fn lacks(mut self, ids: &[&'static str]) -> Row {
        self.lacks.extend_from_slice(ids);
        self
    }
    fn sentences(mut self, s: &[&'static str]) -> Row {
        self.sentences = Some(s.to_vec());
        self
    }
    fn boilerplate(mut self, b: &[&'static str]) -> Row {
        self.boilerplate.extend_from_slice(b);
        self
    }
    fn lang_is(mut self, lang: Lang) -> Row {
        self.lang_is = Some(lang);
        self
    }
    /// No two mentions may have the same span.
    fn unique(mut self) -> Row {
        self.unique = true;
        self
    }
    /// A known gap: the row fails today for `reason`.
    fn gap(mut self, reason: &'static str) -> Row {
        self.gap = Some(reason);
        self
    }
}

impl TableRow for Row {
    fn extract(&self) -> Extraction {
        match self.lang {
            Some(l) => EXTRACTOR.extract_lang(self.text, Some(l)),
            None => EXTRACTOR.extract(self.text),
        }
    }

    fn known_gap(&self) -> Option<&'static str> {
        self.gap
    }

    /// The language of the row, for the per-language counts.
    fn lang_label(&self) -> &'static str {
        match (self.lang, self.lang_is) {
            (Some(Lang::Fr), _) | (None, Some(Lang::Fr)) => "fr",
            (Some(Lang::En), _) | (None, Some(Lang::En)) => "en",
            (None, None) => "mixed",
        }
    }

    fn problems(&self, x: &Extraction) -> Vec<String> {
        let text = self.text;
        let mut out: Vec<String> = self
            .wants
            .iter()
            .filter_map(|w| w.problem(x, text))
            .collect();
        for pat in &self.lacks {
            for m in x.parties().filter(|m| id_matches(pat, m.actor.as_str())) {
                out.push(format!(
                    "unwanted party {} at {:?}",
                    m.actor,
                    m.span.text(text)
                ));
            }
            for r in &x.relations {
                for end in [&r.source, &r.target] {
                    if id_matches(pat, end.as_str()) {
                        out.push(format!(
                            "unwanted relation end {end}: {} -{}-> {}",
                            r.source, r.kind, r.target
                        ));
                    }
                }
            }
        }
        if let Some(want) = &self.sentences {
            let got: Vec<&str> = x.sentences.iter().map(|s| s.text(text).trim()).collect();
            if &got != want {
                out.push(format!("sentences {got:?}, want {want:?}"));
            }
        }
        for b in &self.boilerplate {
            let Some(start) = text.find(b) else {
                panic!("boilerplate {b:?} is not in the row's text");
            };
            let end = start + b.len();
            let inside = |s: &newsgraph::Span| s.start <= start && end <= s.end;
            if !x.boilerplate.iter().any(inside) {
                out.push(format!("{b:?} is not inside a boilerplate span"));
            }
            if x.sentences.iter().any(|s| s.start < end && start < s.end) {
                out.push(format!("{b:?} overlaps a sentence"));
            }
        }
        if self.unique {
            for (i, m) in x.mentions.iter().enumerate() {
                if x.mentions[..i].iter().any(|o| o.span == m.span) {
                    out.push(format!(
                        "duplicate mention {:?}={}",
                        m.span.text(text),
                        m.actor
                    ));
                }
            }
        }
        if let Some(l) = self.lang_is {
            if x.lang != Some(l) {
                out.push(format!("lang {:?}, want {l:?}", x.lang));
            }
        }
        out
    }

    fn report(&self, x: &Extraction, problems: &[String]) -> String {
        let text = self.text;
        let lang = self.lang.map_or("auto", |l| l.code());
        let mut s = format!("[{lang}] {}\n", text.replace('\n', "⏎"));
        if let Some(g) = self.gap {
            s.push_str(&format!("  known gap: {g}\n"));
        }
        for w in &self.wants {
            s.push_str(&format!("  want:      {w}\n"));
        }
        if !self.lacks.is_empty() {
            s.push_str(&format!("  lacks:     {}\n", self.lacks.join(", ")));
        }
        let mentions: Vec<String> = x
            .mentions
            .iter()
            .map(|m| {
                let role = match m.role {
                    MentionRole::Party => String::new(),
                    r => format!(" {r:?}").to_lowercase(),
                };
                format!("{:?}={} {:?}{role}", m.span.text(text), m.actor, m.kind)
            })
            .collect();
        s.push_str(&format!("  mentions:  {}\n", mentions.join(", ")));
        if self.sentences.is_some() || !self.boilerplate.is_empty() {
            let sents: Vec<&str> = x.sentences.iter().map(|s| s.text(text)).collect();
            let boiler: Vec<&str> = x.boilerplate.iter().map(|s| s.text(text)).collect();
            s.push_str(&format!(
                "  sentences: {sents:?}\n  boilerplate: {boiler:?}\n"
            ));
        }
        if self.lang_is.is_some() {
            s.push_str(&format!("  lang:      {:?}\n", x.lang));
        }
        for p in problems {
            s.push_str(&format!("  PROBLEM:   {p}\n"));
        }
        s
    }
}

/// Run a table (see `common::table`).
fn run(group: &str, rows: Vec<Row>) {
    table::run(group, &rows);
}

// ---------------------------------------------------------------------------
// Point 3: lexicon names of states, organisations, groups and persons.

#[test]
fn lexicon_names_fr_en() {
    run(
        "lexicon_names_fr_en",
        vec![
            fr(
                "Les États-Unis et la Chine ont repris leurs discussions commerciales.",
                &[
                    party("country:USA")
                        .kind("country")
                        .country("USA")
                        .no_parent(),
                    party("country:CHN").kind("country").country("CHN"),
                ],
            ),
            en(
                "The United States and China resumed their trade talks.",
                &[
                    party("country:USA")
                        .kind("country")
                        .country("USA")
                        .no_parent(),
                    party("country:CHN").kind("country").country("CHN"),
                ],
            ),
            fr(
                "L'ONU et l'Otan ont appelé à la retenue.",
                &[
                    party("org:UN").kind("organization").no_country(),
                    party("org:NATO").kind("organization"),
                ],
            ),
            en(
                "The UN and NATO called for restraint.",
                &[
                    party("org:UN").kind("organization").no_country(),
                    party("org:NATO").kind("organization"),
                ],
            ),
            fr(
                "Le Conseil de sécurité se réunira lundi à la demande de la France.",
                &[
                    party("org:UN:security-council").parent("org:UN"),
                    party("country:FRA"),
                ],
            ),
            en(
                "The UN Security Council will meet on Monday at France's request.",
                &[
                    party("org:UN:security-council").parent("org:UN"),
                    party("country:FRA"),
                ],
            )
            .gap("'at France's request' makes France a place (after 'at')"),
            fr(
                "Le HCR et l'OMS s'inquiètent de la situation humanitaire.",
                &[party("org:UNHCR").parent("org:UN"), party("org:WHO")],
            ),
            en(
                "The UNHCR and the WHO voiced concern about the humanitarian situation.",
                &[party("org:UNHCR").parent("org:UN"), party("org:WHO")],
            ),
            fr(
                "L'AIEA, le FMI et la CPI ont publié des rapports distincts.",
                &[party("org:IAEA"), party("org:IMF"), party("org:ICC")],
            ),
            en(
                "The IAEA, the IMF and the ICC released separate reports.",
                &[party("org:IAEA"), party("org:IMF"), party("org:ICC")],
            ),
            fr(
                "Daech a revendiqué l'attentat, selon un communiqué.",
                &[party("group:islamic-state").kind("armed_group")],
            ),
            en(
                "ISIS claimed responsibility for the attack in a statement.",
                &[party("group:islamic-state").kind("armed_group")],
            ),
            fr(
                "Le Hezbollah et le Hamas ont salué l'opération.",
                &[party("group:hezbollah"), party("group:hamas")],
            ),
            en(
                "Hezbollah and Hamas hailed the operation.",
                &[party("group:hezbollah"), party("group:hamas")],
            ),
            fr(
                "Boko Haram et les talibans figurent sur la liste.",
                &[party("group:boko-haram"), party("group:taliban")],
            ),
            en(
                "Boko Haram and the Taliban are on the list.",
                &[party("group:boko-haram"), party("group:taliban")],
            ),
            fr(
                "Vladimir Poutine s'est entretenu avec Recep Tayyip Erdogan.",
                &[
                    party("person:vladimir-putin")
                        .kind("person")
                        .country("RUS")
                        .parent("gov:RUS:kremlin"),
                    party("person:recep-tayyip-erdogan").country("TUR"),
                ],
            ),
            en(
                "Vladimir Putin spoke with Recep Tayyip Erdoğan.",
                &[
                    party("person:vladimir-putin")
                        .kind("person")
                        .country("RUS")
                        .parent("gov:RUS:kremlin"),
                    party("person:recep-tayyip-erdogan").country("TUR"),
                ],
            ),
            fr(
                "Bachar al-Assad a reçu Sergueï Lavrov.",
                &[
                    party("person:bashar-al-assad"),
                    party("person:sergei-lavrov").parent("gov:RUS:foreign-ministry"),
                ],
            ),
            en(
                "Bashar al-Assad received Sergei Lavrov.",
                &[
                    party("person:bashar-al-assad"),
                    party("person:sergei-lavrov").parent("gov:RUS:foreign-ministry"),
                ],
            ),
            fr(
                "António Guterres a appelé à un cessez-le-feu.",
                &[party("person:antonio-guterres")],
            ),
            en(
                "Antonio Guterres called for a ceasefire.",
                &[party("person:antonio-guterres")],
            ),
            fr(
                "La coalition internationale a mené de nouvelles frappes.",
                &[party("org:coalition:international")],
            ),
            en(
                "The US-led coalition carried out new strikes.",
                &[party("org:coalition:international")],
            ),
        ],
    );
}

// ---------------------------------------------------------------------------
// Point 4: composite actors, sector word + nationality adjective or de/of +
// country.

#[test]
fn composites_fr_en() {
    run(
        "composites_fr_en",
        vec![
            // a crowd of a country's people is its civilians, not its state
            fr(
                "Des milliers d'Irakiens ont manifesté vendredi à Bagdad.",
                &[party("cvl:IRQ").country("IRQ")],
            )
            .lacks(&["country:IRQ"]),
            en(
                "Thousands of Georgians protested in Tbilisi on Sunday.",
                &[party("cvl:GEO").country("GEO")],
            )
            .lacks(&["country:GEO"]),
            fr(
                "L'armée turque a pénétré en territoire syrien.",
                &[party("mil:TUR")
                    .composite()
                    .kind("military")
                    .country("TUR")
                    .parent("country:TUR")],
            ),
            en(
                "The Syrian army retook the town.",
                &[party("mil:SYR")
                    .composite()
                    .kind("military")
                    .country("SYR")
                    .parent("country:SYR")],
            ),
            fr(
                "Les forces gouvernementales syriennes ont repris la ville.",
                &[party("mil:SYR").composite().kind("military")],
            ),
            en(
                "Syrian government forces retook the town.",
                &[party("mil:SYR").composite().kind("military")],
            ),
            fr(
                "Le régime syrien a démenti.",
                &[party("gov:SYR")
                    .kind("government")
                    .country("SYR")
                    .parent("country:SYR")],
            ),
            en(
                "The Syrian regime denied it.",
                &[party("gov:SYR").kind("government").parent("country:SYR")],
            ),
            fr(
                "Les rebelles syriens ont quitté Alep.",
                &[party("reb:SYR").kind("rebels").parent("country:SYR")],
            ),
            en(
                "Syrian rebels left Aleppo.",
                &[party("reb:SYR").kind("rebels").parent("country:SYR")],
            ),
            fr(
                "Le gouvernement français a annoncé de nouvelles mesures.",
                &[party("gov:FRA").kind("government")],
            ),
            en(
                "The French government announced new measures.",
                &[party("gov:FRA").kind("government")],
            ),
            fr(
                "L'aviation russe a multiplié les raids.",
                &[party("mil:RUS:air-force")
                    .kind("military")
                    .parent("mil:RUS")],
            ),
            en(
                "Russian warplanes stepped up their raids.",
                &[party("mil:RUS:air-force")
                    .kind("military")
                    .parent("mil:RUS")],
            ),
            fr(
                "Le ministre russe des Affaires étrangères a démenti.",
                &[party("gov:RUS:foreign-ministry").parent("gov:RUS")],
            ),
            en(
                "The Turkish foreign ministry summoned the ambassador.",
                &[party("gov:TUR:foreign-ministry").parent("gov:TUR")],
            ),
            fr(
                "La police kényane a dispersé la foule.",
                &[party("cop:KEN").kind("police").parent("country:KEN")],
            ),
            en(
                "Israeli troops entered the camp.",
                &[party("mil:ISR").kind("military")],
            ),
            fr(
                "L'opposition vénézuélienne a boycotté le scrutin.",
                &[party("opp:VEN").kind("opposition")],
            ),
            en(
                "The Venezuelan opposition boycotted the vote.",
                &[party("opp:VEN").kind("opposition")],
            ),
            fr(
                "Le Parlement hongrois a ratifié l'adhésion.",
                &[party("leg:HUN")],
            ),
            en(
                "The Hungarian parliament ratified the accession.",
                &[party("leg:HUN")],
            ),
            fr(
                "La justice française a ouvert une information judiciaire.",
                &[party("jud:FRA")],
            ),
            en(
                "French prosecutors opened an investigation.",
                &[party("jud:FRA")],
            ),
            fr(
                "Les médias russes ont relayé la déclaration.",
                &[party("med:RUS").kind("media")],
            ),
            en(
                "Russian state media relayed the statement.",
                &[party("med:RUS").kind("media")],
            ),
            fr(
                "Les civils palestiniens paient le prix fort.",
                &[party("cvl:PSE").kind("civilians")],
            ),
            en(
                "Palestinian civilians are paying a heavy price.",
                &[party("cvl:PSE").kind("civilians")],
            ),
            fr(
                "Les entreprises chinoises ont remporté le contrat.",
                &[party("bus:CHN")],
            ),
            en("Chinese companies won the contract.", &[party("bus:CHN")]),
            fr(
                "Les manifestants iraniens ont bravé l'interdiction.",
                &[party("cvl:IRN:protesters").parent("cvl:IRN")],
            ),
            en(
                "Iranian protesters defied the ban.",
                &[party("cvl:IRN:protesters").parent("cvl:IRN")],
            ),
            fr(
                "Le gouvernement du Mali a expulsé l'ambassadeur.",
                &[party("gov:MLI")],
            )
            .lacks(&["country:MLI"]),
            en(
                "The government of Mali expelled the ambassador.",
                &[party("gov:MLI")],
            )
            .lacks(&["country:MLI"]),
            fr(
                "La junte birmane a prolongé l'état d'urgence.",
                &[party("gov:MMR")],
            )
            .gap("no sector word 'junte' (military government): nothing is found"),
            en(
                "The Burmese junta extended the state of emergency.",
                &[party("gov:MMR")],
            )
            .gap("no sector word 'junta' (military government): nothing is found"),
            en(
                "Iran's police have arrested dozens of people.",
                &[party("cop:IRN")],
            ),
            // English possessives: "Turkey's army" is "the army of Turkey".
            en(
                "Israel's military said its aircraft struck Hamas targets.",
                &[party("mil:ISR").composite(), party("group:hamas")],
            ),
            en(
                "The United States' navy intercepted the drones.",
                &[party("mil:USA:navy").composite()],
            ),
            en(
                "Iran's foreign minister met Turkey's president.",
                &[
                    party("gov:IRN:foreign-ministry"),
                    party("gov:TUR:presidency"),
                ],
            ),
            // Not a sector: the country alone.
            en(
                "Turkey's decision angered Syria.",
                &[party("country:TUR"), party("country:SYR")],
            )
            .lacks(&["gov:TUR", "mil:TUR"]),
            // Only English marks the possessive so.
            fr(
                "L'armée de la Turquie a riposté.",
                &[party("mil:TUR").composite()],
            ),
            fr(
                "La police de l'Iran a arrêté des dizaines de personnes.",
                &[party("cop:IRN")],
            )
            .gap("'police de {C}' is not a composite pattern in French"),
        ],
    );
}

// ---------------------------------------------------------------------------
// Point 3 and 6: capitals and seats of power used for their government, and
// the same word as a place.

#[test]
fn seats_of_power_fr_en() {
    run(
        "seats_of_power_fr_en",
        vec![
            fr(
                "Moscou a dénoncé une provocation.",
                &[party("gov:RUS").at("Moscou").parent("country:RUS")],
            ),
            en(
                "Moscow denounced a provocation.",
                &[party("gov:RUS").at("Moscow").parent("country:RUS")],
            ),
            fr(
                "Damas et Pékin ont rejeté le texte.",
                &[party("gov:SYR"), party("gov:CHN")],
            ),
            en(
                "Damascus and Beijing rejected the text.",
                &[party("gov:SYR"), party("gov:CHN")],
            ),
            fr(
                "Le Kremlin a démenti.",
                &[party("gov:RUS:kremlin")
                    .kind("government")
                    .parent("country:RUS")],
            ),
            en(
                "The White House declined to comment.",
                &[party("gov:USA:white-house").parent("gov:USA")],
            ),
            fr(
                "L'Élysée a annoncé un remaniement et le Quai d'Orsay a convoqué l'ambassadeur.",
                &[
                    party("gov:FRA:elysee"),
                    party("gov:FRA:foreign-ministry").at("Quai d'Orsay"),
                ],
            ),
            en(
                "Downing Street said the Pentagon had been informed.",
                &[
                    party("gov:GBR:downing-street"),
                    party("gov:USA:defence-ministry").at("Pentagon"),
                ],
            ),
            fr(
                "Ankara a plaidé pour une intervention terrestre.",
                &[party("gov:TUR").at("Ankara")],
            ),
            en(
                "Ankara pleaded for a ground intervention.",
                &[party("gov:TUR").at("Ankara")],
            ),
            fr("Un attentat meurtrier a frappé Ankara mercredi.", &[])
                .lacks(&["gov:TUR", "country:TUR"]).gap("a city hit by an event noun subject ('un attentat a frappé Ankara') is read as the government, a party"),
            en(
                "A deadly bombing hit a bus station in Ankara on Wednesday.",
                &[place("gov:TUR").at("Ankara")],
            )
            .lacks(&["gov:TUR", "country:TUR"]),
            en(
                "A deadly bombing struck Ankara on Wednesday.",
                &[],
            )
            .lacks(&["gov:TUR", "country:TUR"]).gap("a city hit by an event noun subject ('a deadly bombing struck Ankara') is read as the government, a party"),
            fr(
                "Un attentat meurtrier à Ankara a fait 28 morts.",
                &[place("gov:TUR").at("Ankara")],
            )
            .lacks(&["gov:TUR", "country:TUR"]),
            fr(
                "Vladimir Poutine a reçu Recep Tayyip Erdogan au Kremlin.",
                &[
                    party("person:vladimir-putin"),
                    party("person:recep-tayyip-erdogan"),
                    place("gov:RUS:kremlin"),
                ],
            )
            .lacks(&["gov:RUS:kremlin"]),
            en(
                "Vladimir Putin hosted Recep Tayyip Erdogan at the Kremlin.",
                &[
                    party("person:vladimir-putin"),
                    party("person:recep-tayyip-erdogan"),
                    place("gov:RUS:kremlin"),
                ],
            )
            .lacks(&["gov:RUS:kremlin"]),
        ],
    );
}

/// Titles before a new name: offices, ranks and clergy, chained ("Vice
/// Premier", "Treasury Secretary"); a capitalised rank not before a name
/// introduces nobody.
#[test]
fn titles_fr_en() {
    run(
        "titles_fr_en",
        vec![
            en(
                "Treasury Secretary Janet Yellen said the tariffs were fair.",
                &[party("person:janet-yellen").new_name()],
            ),
            en(
                "Vice Premier Liu He met Speaker Mike Johnson.",
                &[
                    party("person:liu-he").new_name(),
                    party("person:mike-johnson").new_name(),
                ],
            ),
            en(
                "Chancellor Olaf Scholz and Brig. Gen. Patrick Ryder spoke.",
                &[party("person:olaf-scholz"), party("person:patrick-ryder")],
            ),
            fr(
                "Le chancelier Olaf Scholz a reçu l'émir Tamim ben Hamad Al Thani.",
                &[
                    party("person:olaf-scholz"),
                    party("person:tamim-bin-hamad-al-thani"),
                ],
            ),
            fr(
                "Le capitaine Ibrahim Traoré a reçu l'ambassadrice Jeanne Martin.",
                &[
                    party("person:ibrahim-traore"),
                    party("person:jeanne-martin").new_name(),
                ],
            ),
            en("Major fighting broke out in Khartoum.", &[]).lacks(&["person:*"]),
            en("The Secretary General said the talks would resume.", &[]).lacks(&["person:*"]),
        ],
    );
}

/// Armed forces, commands and security services known by a name of their
/// own, with the acronyms news use; traps: the same letters in lower case or
/// inside another name are nothing.
#[test]
fn named_forces_and_services_fr_en() {
    run(
        "named_forces_and_services_fr_en",
        vec![
            en(
                "The IDF said it struck Hezbollah targets overnight.",
                &[party("mil:ISR").at("IDF"), party("group:hezbollah")],
            ),
            fr(
                "Tsahal a frappé des positions du Hezbollah.",
                &[party("mil:ISR").at("Tsahal"), party("group:hezbollah")],
            ),
            en(
                "Sites linked to Iran's Revolutionary Guards and the Quds Force were hit.",
                &[
                    party("mil:IRN:irgc").at("Revolutionary Guards"),
                    party("mil:IRN:quds-force"),
                ],
            ),
            fr(
                "Les Gardiens de la révolution ont saisi un pétrolier.",
                &[party("mil:IRN:irgc").at("Gardiens de la révolution")],
            ),
            en(
                "CENTCOM said the People's Liberation Army and the CIA were not involved.",
                &[
                    party("mil:USA:centcom").at("CENTCOM"),
                    party("mil:CHN").at("People's Liberation Army"),
                    party("gov:USA:cia").at("CIA"),
                ],
            ),
            fr(
                "Le FSB et le SBU s'accusent mutuellement, selon l'Africom.",
                &[
                    party("gov:RUS:fsb").at("FSB"),
                    party("gov:UKR:sbu").at("SBU"),
                    party("mil:USA:africom").at("Africom"),
                ],
            ),
            en("The fbi and the cia of the story are lower case.", &[])
                .lacks(&["gov:USA:cia", "gov:USA:fbi"]),
        ],
    );
}

// ---------------------------------------------------------------------------
// Point 5: new names introduced by a role or a title; sentence-initial and
// capitalised common words are not actors.

#[test]
fn new_names_fr_en() {
    run(
        "new_names_fr_en",
        vec![
            // A ship named after a person is not that person.
            fr(
                "Les Houthis ont pris pour cible le destroyer américain USS Carney.",
                &[party("group:houthis")],
            )
            .lacks(&["person:mark-carney"]),
            en(
                "The Houthis targeted the destroyer USS Carney in the Red Sea.",
                &[party("group:houthis")],
            )
            .lacks(&["person:mark-carney"]),
            fr(
                "Le porte-parole du Kremlin, Dmitri Peskov, a démenti.",
                &[party("person:dmitri-peskov").parent("gov:RUS:kremlin")],
            ),
            en(
                "Kremlin spokesman Dmitry Peskov denied it.",
                &[party("person:dmitri-peskov").parent("gov:RUS:kremlin")],
            ),
            fr(
                "Le porte-parole de l'armée malienne, Souleymane Dembélé, a démenti.",
                &[party("person:souleymane-dembele")
                    .new_name()
                    .kind("person")
                    .country("MLI")
                    .parent("mil:MLI")],
            ),
            en(
                "Malian army spokesman Souleymane Dembele denied it.",
                &[party("person:souleymane-dembele")
                    .new_name()
                    .kind("person")
                    .country("MLI")
                    .parent("mil:MLI")],
            ),
            fr(
                "Karim Benali, l'émissaire de l'Union africaine, est arrivé à Khartoum.",
                &[party("person:karim-benali").new_name().parent("org:AU")],
            ),
            en(
                "Karim Benali, the African Union envoy, arrived in Khartoum.",
                &[party("person:karim-benali").new_name().parent("org:AU")],
            ),
            en(
                "Kofi Mensah Boateng, the Ghanaian foreign minister, welcomed the deal.",
                &[party("person:kofi-mensah-boateng")
                    .new_name()
                    .parent("gov:GHA:foreign-ministry")],
            ),
            // A credited outlet's staff are no party.
            en(
                "Maria Lopez, the Reuters correspondent, reported the clashes.",
                &[],
            )
            .lacks(&["person:*"]),
            fr(
                "Maria Lopez, la correspondante de l'AFP, a rapporté les affrontements.",
                &[],
            )
            .lacks(&["person:*"]),
            fr(
                "Le ministre ghanéen des Affaires étrangères, Kofi Mensah Boateng, a salué l'accord.",
                &[party("person:kofi-mensah-boateng")
                    .new_name()
                    .parent("gov:GHA:foreign-ministry")],
            ),
            en(
                "Ghana's foreign minister, Kofi Mensah Boateng, welcomed the deal.",
                &[party("person:kofi-mensah-boateng")
                    .new_name()
                    .parent("gov:GHA:foreign-ministry")],
            ),
            // A person named before, by one word of the name.
            en(
                "Israeli military spokesman Nadav Shoshani said the strikes hit Hezbollah. Shoshani added that Israel would respond.",
                &[party("person:nadav-shoshani").at("Shoshani")],
            )
            .lacks(&["person:shoshani"]),
            fr(
                "Le porte-parole de l'armée malienne, Souleymane Dembélé, a démenti. M. Dembélé a accusé les rebelles.",
                &[party("person:souleymane-dembele").at("Dembélé")],
            )
            .lacks(&["person:dembele"]),
            en(
                "Chinese Foreign Minister Wang Yi met Sergei Lavrov. Wang said China supports Russia.",
                &[party("person:wang-yi").at("Wang")],
            ),
            fr(
                "Le ministre chinois des Affaires étrangères Wang Yi a rencontré Sergueï Lavrov. Wang a salué le partenariat.",
                &[party("person:wang-yi").at("Wang")],
            ),
            // A word two persons share names neither.
            en(
                "Kim Jong Un met Kim Yo Jong in Pyongyang. Kim said nothing.",
                &[party("person:kim-jong-un"), party("person:kim-yo-jong")],
            )
            .lacks(&["person:kim"]),
            // Titles chain: the name starts after the last one.
            en(
                "Israeli military spokesman Lt. Col. Nadav Shoshani said the strikes hit Hezbollah.",
                &[party("person:nadav-shoshani").new_name().parent("mil:ISR")],
            )
            .lacks(&["person:col", "person:col-nadav-shoshani"]),
            en(
                "The talks were hosted by St. Vincent Prime Minister Ralph Gonsalves.",
                &[party("person:ralph-gonsalves").new_name()],
            )
            .lacks(&["person:minister-ralph-gonsalves"]),
            fr(
                "Le porte-parole de l'armée, le lieutenant-colonel Olivier Dupuis, a démenti.",
                &[party("person:olivier-dupuis").new_name()],
            )
            .lacks(&["person:colonel-olivier-dupuis"]),
            fr(
                "Le Premier ministre Ralph Gonsalves a accueilli les pourparlers.",
                &[party("person:ralph-gonsalves").new_name()],
            )
            .lacks(&["person:ministre-ralph-gonsalves"]),
            fr(
                "M. Dupont a démissionné mardi.",
                &[party("person:dupont").new_name().kind("person")],
            ),
            fr(
                "Mme Lambert a quitté ses fonctions.",
                &[party("person:lambert").new_name().kind("person")],
            ),
            en(
                "Mr. Harrington resigned on Tuesday.",
                &[party("person:harrington").new_name().kind("person")],
            ),
            en(
                "President Joe Biden met the families.",
                &[party("person:joe-biden")],
            ),
            fr(
                "Le président Joe Biden a rencontré les familles.",
                &[party("person:joe-biden")],
            ),
            en(
                "The rebel group Jaish al-Fatah claimed the attack.",
                &[party("group:jaish-al-fatah")],
            ),
            // The generic word on a group noun describes the named group.
            en(
                "The rebel group Jaish al-Fatah claimed the attack.",
                &[party("group:jaish-al-fatah")],
            )
            .lacks(&["generic:rebels"]),
            fr(
                "Le mouvement rebelle M23 a pris la ville.",
                &[party("group:m23")],
            )
            .lacks(&["generic:rebels"]),
            // ...but generic words alone stay actors.
            en(
                "The rebels attacked the army of Congo.",
                &[party("generic:rebels"), party("mil:COD")],
            ),
            // The West and the international community as collective actors
            // (not "West Africa", not "the west of the country").
            en(
                "Zelenskiy urged Western allies to deliver more air defence systems.",
                &[party("generic:west")],
            ),
            fr(
                "M. Zelensky a exhorté les alliés occidentaux à livrer des systèmes Patriot.",
                &[party("generic:west")],
            ),
            fr(
                "Le Premier ministre libanais a appelé la communauté internationale à agir.",
                &[party("generic:international-community")],
            ),
            en(
                "Lebanon's prime minister called on the international community to act.",
                &[party("generic:international-community")],
            ),
            en(
                "Netanyahu did not meet the families of hostages.",
                &[party("generic:hostage-families")],
            ),
            fr(
                "M. Netanyahu n'a pas rencontré les familles des otages.",
                &[party("generic:hostage-families")],
            ),
            en(
                "Fighting spread to the west of the country and to West Africa.",
                &[],
            )
            .lacks(&["generic:west"]),
            // Only adjectives between the group noun and the name.
            en(
                "The paramilitary group and allied Arab militias attacked the town.",
                &[party("generic:militias")],
            )
            .lacks(&["group:arab"]),
            fr(
                "Le groupe paramilitaire et des milices arabes alliées ont attaqué la ville.",
                &[party("generic:militias")],
            )
            .lacks(&["group:arabes", "group:arab"]),
            fr(
                "Le groupe rebelle Liwa al-Haqq a revendiqué l'attaque.",
                &[party("group:liwa-al-haqq").new_name()],
            ),
            en(
                "The militia Liwa al-Haqq claimed the attack.",
                &[party("group:liwa-al-haqq").new_name()],
            ),
            fr(
                "Malgré les critiques, Moscou maintient sa position.",
                &[party("gov:RUS")],
            )
            .lacks(&["person:*", "group:*"]),
            en(
                "Despite the criticism, Moscow is holding firm.",
                &[party("gov:RUS")],
            )
            .lacks(&["person:*", "group:*"]),
            fr(
                "Selon des sources diplomatiques, la Défense nationale prépare un Livre blanc.",
                &[],
            )
            .lacks(&["person:*", "group:*"]),
            en(
                "Monday's Summit ended without a Deal, Officials said.",
                &[],
            )
            .lacks(&["person:*", "group:*"]),
        ],
    );
}

// ---------------------------------------------------------------------------
// Point 6: places after a locative preposition are not parties.

#[test]
fn places_fr_en() {
    run(
        "places_fr_en",
        vec![
            fr(
                "Des combats ont éclaté en Syrie et en Irak.",
                &[place("country:SYR"), place("country:IRQ")],
            )
            .lacks(&["country:SYR", "country:IRQ"]),
            en(
                "Fighting broke out in Syria and Iraq.",
                &[place("country:SYR"), place("country:IRQ")],
            )
            .lacks(&["country:SYR", "country:IRQ"]),
            en(
                "Fighting broke out in Syria, Iraq and Lebanon.",
                &[
                    place("country:SYR"),
                    place("country:IRQ"),
                    place("country:LBN"),
                ],
            )
            .lacks(&["country:SYR", "country:IRQ", "country:LBN"]),
            // ...but not subjects coordinated after a place.
            en(
                "In Syria, Russia and Iran attacked the rebels.",
                &[
                    place("country:SYR"),
                    party("country:RUS"),
                    party("country:IRN"),
                ],
            ),
            fr(
                "La Russie mène des frappes aériennes dans le nord de la Syrie.",
                &[party("country:RUS"), place("country:SYR")],
            )
            .lacks(&["country:SYR"]),
            en(
                "Russia is carrying out air strikes in northern Syria.",
                &[party("country:RUS"), place("country:SYR")],
            )
            .lacks(&["country:SYR"]),
            fr(
                "Les tensions montent près de la frontière avec la Turquie.",
                &[place("country:TUR")],
            )
            .lacks(&["country:TUR"]),
            en(
                "Tensions are rising near the border with Turkey.",
                &[place("country:TUR")],
            )
            .lacks(&["country:TUR"]),
            fr(
                "Une explosion a secoué un marché à Kaboul.",
                &[place("gov:AFG")],
            )
            .lacks(&["gov:AFG", "country:AFG"]),
            en(
                "An explosion rocked a market in Kabul.",
                &[place("gov:AFG")],
            )
            .lacks(&["gov:AFG", "country:AFG"]),
            fr(
                "Des affrontements ont eu lieu au Liban et aux Émirats arabes unis.",
                &[place("country:LBN"), place("country:ARE")],
            )
            .lacks(&["country:LBN", "country:ARE"]),
            en(
                "Clashes took place at the border and inside Lebanon.",
                &[place("country:LBN")],
            )
            .lacks(&["country:LBN"]),
            fr(
                "Les bombardements ont repris à Alep.",
                &[place("place:SYR:aleppo")],
            )
            .lacks(&["place:SYR:aleppo"]),
            en(
                "The shelling resumed in Aleppo.",
                &[place("place:SYR:aleppo")],
            )
            .lacks(&["place:SYR:aleppo"]),
        ],
    );
}

// ---------------------------------------------------------------------------
// Point 7: credited outlets and agencies are never parties.

#[test]
fn credits_fr_en() {
    run(
        "credits_fr_en",
        vec![
            fr(
                "La Russie soutient la Syrie.\n\nAvec AFP",
                &[party("country:RUS"), party("country:SYR")],
            )
            .lacks(&["media:afp"]),
            en(
                "Russia supports Syria.\n\n(Reporting by Reuters)",
                &[party("country:RUS"), party("country:SYR")],
            )
            .lacks(&["media:reuters"]),
            fr(
                "La Turquie a bombardé les YPG, selon l'AFP.",
                &[
                    party("country:TUR"),
                    party("group:ypg"),
                    credit("media:afp"),
                ],
            )
            .lacks(&["media:afp"]),
            en(
                "Turkey shelled the YPG, AFP reported.",
                &[
                    party("country:TUR"),
                    party("group:ypg"),
                    credit("media:afp"),
                ],
            )
            .lacks(&["media:afp"]),
            en(
                "MOSCOW (Reuters) - Russia accused Ukraine of sabotage.",
                &[party("country:RUS"), party("country:UKR")],
            )
            .lacks(&["media:reuters"]),
            fr(
                "BEYROUTH (AFP) - Le Hezbollah a revendiqué le tir.",
                &[party("group:hezbollah")],
            )
            .lacks(&["media:afp"]),
            en(
                "Hamas rejected the offer, the Associated Press reported.",
                &[party("group:hamas")],
            )
            .lacks(&["media:ap"]),
            fr(
                "Le Hamas a rejeté l'offre, a rapporté l'agence Reuters.",
                &[party("group:hamas")],
            )
            .lacks(&["media:reuters"]),
            en(
                "Israel struck Gaza overnight. — AFP",
                &[party("country:ISR")],
            )
            .lacks(&["media:afp"]),
            fr(
                "Israël a frappé Gaza dans la nuit, d'après France 24.",
                &[party("country:ISR")],
            )
            .lacks(&["media:france24"]),
        ],
    );
}

// ---------------------------------------------------------------------------
// Point 8: pronouns and definite descriptions resolved to earlier actors.

#[test]
fn coreference_fr_en() {
    run(
        "coreference_fr_en",
        vec![
            // Police named without a country: the police of the country
            // the document has named most so far.
            en(
                "Thousands of Georgians protested in Tbilisi. Riot police used water cannon.",
                &[party("cop:GEO").at("Riot police").resolved()],
            ),
            fr(
                "Des milliers de Géorgiens ont manifesté à Tbilissi. La police anti-émeutes a dispersé les manifestants.",
                &[party("cop:GEO").at("police").resolved()],
            ),
            fr(
                "En Irak, les manifestants ont bloqué les routes. Les forces de sécurité ont tiré sur eux.",
                &[party("cop:IRQ").resolved()],
            ),
            // The opposition likewise, but not the common noun.
            fr(
                "Le Venezuela a voté dimanche. M. Maduro a accusé l'opposition de préparer un coup d'État.",
                &[party("opp:VEN").at("opposition").resolved()],
            ),
            en(
                "Venezuela voted on Sunday. Maduro accused the opposition of plotting a coup.",
                &[party("opp:VEN").at("opposition").resolved()],
            ),
            en(
                "Venezuela voted on Sunday. The opposition to the plan grew.",
                &[party("country:VEN")],
            )
            .lacks(&["opp:*"]),
            fr(
                "Le Venezuela a voté dimanche. L'opposition à la réforme grandit.",
                &[party("country:VEN")],
            )
            .lacks(&["opp:*"]),
            // No country named yet, or not the police itself.
            en("Police fired tear gas.", &[]).lacks(&["cop:*"]),
            en(
                "Gang leader Jimmy Cherizier, a former police officer, threatened Haiti's government.",
                &[party("gov:HTI")],
            )
            .lacks(&["cop:*"]),
            fr(
                "Le Kenya a envoyé en Haïti une mission de police dirigée par Nairobi.",
                &[party("country:KEN")],
            )
            .lacks(&["cop:*"]),
            fr(
                "La Turquie a bombardé les YPG. Elle accuse la milice d'être derrière l'attentat.",
                &[
                    party("country:TUR").at("Elle").resolved(),
                    party("group:ypg").at("la milice").resolved(),
                ],
            ),
            en(
                "Turkey shelled the YPG. It accuses the militia of being behind the bombing.",
                &[
                    party("country:TUR").at("It").resolved(),
                    party("group:ypg").at("the militia").resolved(),
                ],
            ),
            fr(
                "Angela Merkel a reçu Emmanuel Macron. Elle a critiqué la Russie.",
                &[party("person:angela-merkel").at("Elle").resolved()],
            ),
            en(
                "Angela Merkel received Emmanuel Macron. She criticized Russia.",
                &[party("person:angela-merkel").at("She").resolved()],
            ),
            fr(
                "Vladimir Poutine a reçu Angela Merkel. Il a accusé l'Otan d'expansionnisme.",
                &[party("person:vladimir-putin").at("Il").resolved()],
            ),
            en(
                "Vladimir Putin received Angela Merkel. He accused NATO of expansionism.",
                &[party("person:vladimir-putin").at("He").resolved()],
            ),
            fr(
                "Les talibans ont pris Kaboul. Ils accusent Washington de sabotage.",
                &[party("group:taliban").at("Ils").resolved()],
            ),
            en(
                "The Taliban took Kabul. They accuse Washington of sabotage.",
                &[party("group:taliban").at("They").resolved()],
            ),
            fr(
                "Le régime syrien a repris Alep. Le régime a ensuite bombardé les rebelles.",
                &[party("gov:SYR").at("Le régime").resolved()],
            ).gap("an adverb ('ensuite') between the description subject and the verb: 'Le régime' is not resolved, no subject"),
            en(
                "The Syrian regime retook Aleppo. The regime then bombed the rebels.",
                &[party("gov:SYR").at("The regime").resolved()],
            ).gap("an adverb ('then') between the description subject and the verb: 'The regime' is not resolved, no subject"),
            fr(
                "La Corée du Nord a tiré un missile. Le pays accuse Séoul de provocation.",
                &[party("country:PRK").at("Le pays").resolved()],
            ).gap("French description 'Le pays' is not resolved (English 'The country' is)"),
            en(
                "North Korea fired a missile. The country accuses Seoul of provocation.",
                &[party("country:PRK").at("The country").resolved()],
            ),
            fr(
                "L'Otan a tenu un sommet à Vilnius. L'organisation a promis de soutenir Kiev.",
                &[party("org:NATO").at("L'organisation").resolved()],
            ).gap("a description subject before an intention verb ('L'organisation a promis de soutenir') is not resolved"),
            en(
                "NATO held a summit in Vilnius. The alliance pledged to support Kyiv.",
                &[party("org:NATO").at("The alliance").resolved()],
            ).gap("a description subject before an intention verb ('The alliance pledged to support') is not resolved ('The alliance accused' works)"),
            fr(
                "Le porte-parole du Kremlin, Dmitri Peskov, a démenti. Le porte-parole a accusé Kiev de provocation.",
                &[party("person:dmitri-peskov").at("Le porte-parole").resolved()],
            ).gap("French description 'Le porte-parole' is not resolved to the spokesman named before (English 'The spokesman' is)"),
            en(
                "Kremlin spokesman Dmitry Peskov denied it. The spokesman accused Kyiv of provocation.",
                &[party("person:dmitri-peskov").at("The spokesman").resolved()],
            ),
            fr(
                "Israël poursuit ses frappes contre le Hezbollah.",
                &[party("country:ISR").at("ses").resolved()],
            ),
            en(
                "Israel is pressing on with its strikes against Hezbollah.",
                &[party("country:ISR").at("its").resolved()],
            ),
            // A reference outside any relation is a mention of its actor too.
            fr(
                "Les talibans ont pris Kaboul. Ils ont promis une amnistie.",
                &[party("group:taliban").at("Ils").resolved()],
            ).gap("pronouns are resolved only as arguments of a relation trigger"),
            en(
                "The Syrian regime retook Aleppo. The regime then declared victory.",
                &[party("gov:SYR").at("The regime").resolved()],
            ).gap("descriptions are resolved only as arguments of a relation trigger"),
        ],
    );
}

// ---------------------------------------------------------------------------
// Point 2: normalisation for matching (quotes, apostrophes, spaces, case,
// accents).

#[test]
fn normalisation_fr_en() {
    run(
        "normalisation_fr_en",
        vec![
            fr(
                "L\u{2019}armée turque a riposté.",
                &[party("mil:TUR").at("armée turque")],
            ),
            fr(
                "L'armée turque a riposté.",
                &[party("mil:TUR").at("armée turque")],
            ),
            fr(
                "Le \u{ab}\u{a0}Kremlin\u{a0}\u{bb} a réagi.",
                &[party("gov:RUS:kremlin")],
            ),
            fr(
                "Le Quai d\u{2019}Orsay a convoqué l\u{2019}ambassadeur d\u{2019}Iran.",
                &[party("gov:FRA:foreign-ministry")],
            ),
            fr(
                "Les Etats-Unis ont réagi.",
                &[party("country:USA").at("Etats-Unis")],
            ),
            fr(
                "LA RUSSIE ET LA TURQUIE S'OPPOSENT.",
                &[party("country:RUS"), party("country:TUR")],
            ),
            fr("Moscou\u{202f}: la Russie dément.", &[party("country:RUS")]),
            en(
                "Turkey\u{2019}s army responded.",
                &[party("mil:TUR").at("Turkey\u{2019}s army").composite()],
            ),
            en(
                "The \u{201c}Islamic State\u{201d} claimed the attack.",
                &[party("group:islamic-state")],
            ),
            en(
                "Recep Tayyip Erdoğan and Recep Tayyip Erdogan are the same man.",
                &[
                    party("person:recep-tayyip-erdogan").at("Recep Tayyip Erdoğan"),
                    party("person:recep-tayyip-erdogan").at("Recep Tayyip Erdogan"),
                ],
            ),
            en(
                "The \u{2018}Kremlin\u{2019} responded.",
                &[party("gov:RUS:kremlin")],
            ),
            en(
                "U.S. troops withdrew from the base.",
                &[party("mil:USA").at("U.S. troops")],
            ),
            en(
                "The Kremlin\u{2019}s position has not changed.",
                &[party("gov:RUS:kremlin")],
            ),
            en(
                "Russia\u{a0}and\u{a0}Ukraine exchanged prisoners.",
                &[party("country:RUS"), party("country:UKR")],
            ),
        ],
    );
}

// ---------------------------------------------------------------------------
// Point 2: sentence segmentation (abbreviations, quotations, paragraphs).

#[test]
fn segmentation_fr_en() {
    run(
        "segmentation_fr_en",
        vec![
            fr(
                "M. Macron a rencontré Mme Merkel. Ils ont parlé de l'Ukraine.",
                &[],
            )
            .sentences(&[
                "M. Macron a rencontré Mme Merkel.",
                "Ils ont parlé de l'Ukraine.",
            ]),
            fr(
                "MM. Poutine et Erdogan se sont parlé. Le Dr Tedros a salué l'accord.",
                &[],
            )
            .sentences(&[
                "MM. Poutine et Erdogan se sont parlé.",
                "Le Dr Tedros a salué l'accord.",
            ]),
            fr(
                "Les ONG, les agences, etc. ont été consultées le 3 oct. dernier. Rien n'a changé.",
                &[],
            )
            .sentences(&[
                "Les ONG, les agences, etc. ont été consultées le 3 oct. dernier.",
                "Rien n'a changé.",
            ]),
            fr(
                "\u{ab}\u{a0}Nous ne reculerons pas. Jamais.\u{a0}\u{bb}, a déclaré le président. Puis il est parti.",
                &[],
            )
            .sentences(&[
                "\u{ab}\u{a0}Nous ne reculerons pas. Jamais.\u{a0}\u{bb}, a déclaré le président.",
                "Puis il est parti.",
            ]),
            fr(
                "La Russie soutient la Syrie\n\nLa Turquie bombarde les YPG",
                &[],
            )
            .sentences(&["La Russie soutient la Syrie", "La Turquie bombarde les YPG"]),
            en(
                "The U.S. and the U.N. agreed on Jan. 5 to hold talks. The talks start next week.",
                &[party("country:USA"), party("org:UN")],
            )
            .sentences(&[
                "The U.S. and the U.N. agreed on Jan. 5 to hold talks.",
                "The talks start next week.",
            ]),
            en(
                "Gen. Smith and Lt. Jones met Dr. Tedros in St. Petersburg. They discussed Sudan.",
                &[],
            )
            .sentences(&[
                "Gen. Smith and Lt. Jones met Dr. Tedros in St. Petersburg.",
                "They discussed Sudan.",
            ]),
            en(
                "\"We will not back down. Never,\" the president said. He then left.",
                &[],
            )
            .sentences(&[
                "\"We will not back down. Never,\" the president said.",
                "He then left.",
            ]),
            en(
                "Russia supports Syria\n\nTurkey shells the YPG",
                &[],
            )
            .sentences(&["Russia supports Syria", "Turkey shells the YPG"]),
            en(
                "Is Iran next? Nobody knows! The talks resume today.",
                &[],
            )
            .sentences(&["Is Iran next?", "Nobody knows!", "The talks resume today."]),
        ],
    );
}

// ---------------------------------------------------------------------------
// Point 2: boilerplate (related-story links, credits, bylines) set aside.

#[test]
fn boilerplate_fr_en() {
    run(
        "boilerplate_fr_en",
        vec![
            fr(
                "La Turquie a bombardé les YPG.\n>> À lire aussi : L'Iran menace Israël\nLe PKK a dénoncé une agression.",
                &[party("country:TUR"), party("group:pkk")],
            )
            .boilerplate(&[">> À lire aussi : L'Iran menace Israël"])
            .lacks(&["country:IRN", "country:ISR"]),
            fr(
                "Le Kenya a déployé des policiers.\nLIRE AUSSI | Le Hamas rejette la proposition d'Israël\nLa mission est soutenue par l'ONU.",
                &[party("country:KEN"), party("org:UN")],
            )
            .boilerplate(&["LIRE AUSSI | Le Hamas rejette la proposition d'Israël"])
            .lacks(&["group:hamas", "country:ISR"]),
            fr(
                "La Russie soutient la Syrie.\n\nAvec AFP",
                &[],
            )
            .boilerplate(&["Avec AFP"])
            .sentences(&["La Russie soutient la Syrie."]),
            fr(
                "BEYROUTH (AFP) - Le Hezbollah a revendiqué le tir.",
                &[party("group:hezbollah")],
            )
            .boilerplate(&["BEYROUTH (AFP) -"])
            .sentences(&["Le Hezbollah a revendiqué le tir."]),
            fr(
                "Des soldats maliens patrouillent à Gao. (Photo : AFP)\nLa junte a prolongé la transition.",
                &[],
            )
            .boilerplate(&["(Photo : AFP)"]).gap("photo credit '(Photo : AFP)' is not boilerplate; it becomes a sentence"),
            en(
                "Turkey shelled the YPG.\nRead more: Iran threatens Israel\nThe PKK denounced the attack.",
                &[party("country:TUR"), party("group:pkk")],
            )
            .boilerplate(&["Read more: Iran threatens Israel"])
            .lacks(&["country:IRN", "country:ISR"]),
            en(
                "MOSCOW (Reuters) - Russia accused Ukraine of sabotage.",
                &[party("country:RUS")],
            )
            .boilerplate(&["MOSCOW (Reuters) -"])
            .sentences(&["Russia accused Ukraine of sabotage."]),
            en(
                "Israel struck Gaza overnight.\n\n— AFP",
                &[],
            )
            .boilerplate(&["— AFP"])
            .sentences(&["Israel struck Gaza overnight."]),
            en(
                "Russia supports Syria.\n\n(Reporting by John Smith; Editing by Jane Doe)",
                &[],
            )
            .boilerplate(&["(Reporting by John Smith; Editing by Jane Doe)"])
            .lacks(&["person:*"]).gap("Reuters byline '(Reporting by …; Editing by …)' is not boilerplate; it becomes a sentence"),
            en(
                "Malian soldiers patrol in Gao. (Photo: AFP)\nThe junta extended the transition.",
                &[],
            )
            .boilerplate(&["(Photo: AFP)"]).gap("photo credit '(Photo: AFP)' is not boilerplate; it becomes a sentence"),
        ],
    );
}

// ---------------------------------------------------------------------------
// Point 2: language identification per document, per paragraph for mixed
// documents, and the explicit override.

#[test]
fn language_identification() {
    run(
        "language_identification",
        vec![
            auto(
                "La Russie a assuré samedi qu'elle allait continuer de mener ses frappes aériennes pour aider Damas à combattre les terroristes.",
                &[party("country:RUS"), party("gov:SYR").at("Damas")],
            )
            .lang_is(Lang::Fr),
            auto(
                "Russia said on Saturday that it would keep carrying out air strikes to help Damascus fight the terrorists.",
                &[party("country:RUS"), party("gov:SYR").at("Damascus")],
            )
            .lang_is(Lang::En),
            auto("La Russie soutient la Syrie.", &[party("country:RUS")]).lang_is(Lang::Fr),
            auto("Russia supports Syria.", &[party("country:RUS")]).lang_is(Lang::En).gap("a short English text gets no language (lang None); a short French one does"),
            auto(
                "Le gouvernement allemand a annoncé mardi une nouvelle aide militaire à l'Ukraine, malgré les réticences d'une partie de la coalition.\n\nThe White House welcomed the announcement.",
                &[party("gov:DEU"), party("gov:USA:white-house")],
            )
            .lang_is(Lang::Fr).gap("a short English paragraph in a French document is read with the French lexicon: 'The White House' is not found"),
            auto(
                "The German government on Tuesday announced new military aid to Ukraine, despite misgivings within the coalition.\n\nLe Kremlin a dénoncé une escalade.",
                &[party("gov:DEU"), party("gov:RUS:kremlin")],
            )
            .lang_is(Lang::En),
            fr(
                "Paris, Berlin and Rome agreed.",
                &[],
            )
            .lang_is(Lang::Fr),
            en(
                "La Russie soutient la Syrie.",
                &[],
            )
            .lang_is(Lang::En),
        ],
    );
}

// ---------------------------------------------------------------------------
// Each occurrence is one mention: a duplicate inflates the actor's count.

#[test]
fn mentions_once_fr_en() {
    run(
        "mentions_once_fr_en",
        vec![
            fr(
                "La Turquie a bombardé les YPG. Elle accuse la milice.",
                &[party("country:TUR").at("Elle").resolved()],
            )
            .unique(),
            en(
                "Turkey shelled the YPG. It accuses the militia.",
                &[party("country:TUR").at("It").resolved()],
            )
            .unique(),
            fr(
                "Le régime syrien a repris Alep. Le régime a bombardé les rebelles.",
                &[party("gov:SYR").at("régime").resolved()],
            )
            .unique(),
            en(
                "The Syrian regime retook Aleppo. The regime bombed the rebels.",
                &[party("gov:SYR").at("regime").resolved()],
            )
            .unique(),
            fr(
                "Moscou et Pékin ont opposé leur veto au projet.",
                &[party("gov:RUS"), party("gov:CHN")],
            )
            .unique(),
            en(
                "Moscow and Beijing vetoed their draft.",
                &[party("gov:RUS"), party("gov:CHN")],
            )
            .unique(),
        ],
    );
}
