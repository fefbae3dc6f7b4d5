//! Actor recognition in one sentence: lexicon names, composite sector actors
//! ("l'armée turque", "Russian warplanes"), nationality nouns ("les Turcs"),
//! places and credits. New names and pronouns are in submodules.

pub(crate) mod coref;
pub(crate) mod names;
pub(crate) mod registry;

use crate::lexicon::actors::{ActorIdx, ActorTable};
use crate::lexicon::cues::{gn, role};
use crate::lexicon::lang::{flag, DemTarget, Entry, Slot};
use crate::model::actor::ActorKind;
use crate::model::extraction::{MentionKind, MentionRole};
use crate::sentence::Sentence;
use registry::Registry;

/// An actor mention found in a sentence, by token range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Cand {
    pub(crate) t0: u32,
    pub(crate) t1: u32,
    pub(crate) actor: ActorIdx,
    pub(crate) kind: MentionKind,
    pub(crate) role: MentionRole,
    pub(crate) gn: u8,
}

/// A nationality adjective not part of a composite ("tirs turcs").
#[derive(Debug, Clone, Copy)]
pub(crate) struct Adj {
    pub(crate) t0: u32,
    pub(crate) t1: u32,
    pub(crate) actor: ActorIdx,
    /// What the adjective names (for a sector word coordinated later).
    pub(crate) target: DemTarget,
}

/// What recognition found in a sentence. One is reused from sentence to
/// sentence, so its buffers are allocated once per document.
#[derive(Debug, Default)]
pub(crate) struct Found {
    pub(crate) cands: Vec<Cand>,
    pub(crate) adjs: Vec<Adj>,
    /// Role appositions: (person, organisation, tokens of the apposition).
    pub(crate) roles: Vec<(ActorIdx, ActorIdx, u32, u32)>,
    /// Scratch of new-name recognition, by token: in a mention already,
    /// starts a composite mention.
    taken: Vec<bool>,
    composite: Vec<bool>,
}

/// Words after which a country name is a place: "au nord de la Syrie",
/// "à la frontière avec la Turquie".
/// Ship prefixes: a name after them is a vessel, not a person.
const SHIP_PREFIXES: &[&str] = &[
    "uss", "hms", "hmcs", "hmas", "ins", "fs", "rfs", "usns", "hnlms",
];

/// Directional adjectives between a preposition and a place.
pub(crate) const DIRECTIONS: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north",
    "south",
    "east",
    "west",
    "occupied",
    "rebel",
    "held",
];

/// Nouns of a border shared "with" a country.
const BORDER_NOUNS: &[&str] = &["frontiere", "frontieres", "border", "borders", "frontier"];

const PLACE_NOUNS: &[&str] = &[
    "nord",
    "sud",
    "est",
    "ouest",
    "centre",
    "frontiere",
    "frontieres",
    "province",
    "region",
    "ville",
    "capitale",
    "territoire",
    "sol",
    "cote",
    "coeur",
    "ciel",
    "espace",
    "eaux",
    "large",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "border",
    "borders",
    "province",
    "region",
    "city",
    "capital",
    "territory",
    "soil",
    "coast",
    "airspace",
    "waters",
    "outskirts",
    "heart",
    "parts",
    "part",
    "areas",
    "area",
];

/// Recognise the actors of a sentence into `found` (cleared first).
pub(crate) fn recognize(s: &Sentence<'_>, reg: &mut Registry<'_>, found: &mut Found) {
    let table: &ActorTable = reg.table;
    found.cands.clear();
    found.adjs.clear();
    found.roles.clear();
    let mut h = 0;
    while h < s.hits.len() {
        let (_, t0, t1) = s.hits[h];
        let entries = s.entries(h);
        let before = found.cands.len();
        let mut consumed = 1;
        let mut done = false;
        // Composite: prefix + adjective (+ suffix), prefix + de + country,
        // adjective + suffix.
        for e in entries {
            if let Some((cand, used, unit)) = composite(s, table, h, *e) {
                found.cands.push(cand);
                consumed = used;
                if let Some(unit) = unit {
                    consumed += coordinated_adjectives(s, table, h + used, cand, unit, found);
                }
                done = true;
                break;
            }
        }
        if !done {
            for e in entries {
                match *e {
                    Entry::Alias { actor, flags, gn } => {
                        if flags & flag::CAP != 0 && !s.toks[t0 as usize].upper {
                            continue;
                        }
                        // "USS Carney", "HMS Diamond": a ship named after
                        // someone is not that person.
                        if table.actor(actor).kind == ActorKind::Person
                            && t0 > 0
                            && SHIP_PREFIXES.contains(&s.word(t0 as usize - 1))
                        {
                            continue;
                        }
                        let role = if flags & flag::AGENCY != 0 {
                            MentionRole::Credit
                        } else {
                            MentionRole::Party
                        };
                        found.cands.push(Cand {
                            t0,
                            t1,
                            actor,
                            kind: MentionKind::Name,
                            role,
                            gn,
                        });
                        break;
                    }
                    Entry::Demonym { target, noun, gn } => {
                        let actor = dem_actor(table, target);
                        let capital_noun = s.toks[t0 as usize].upper
                            && t0 > 0
                            && s.has(t0 as usize - 1, role::DET | role::PREP)
                            && s.lex.lang == crate::Lang::Fr;
                        if noun || capital_noun {
                            // "des milliers d'Irakiens", "thousands of
                            // Georgians": a crowd of the country's people,
                            // not its state.
                            let crowd = t0 >= 2
                                && matches!(s.word(t0 as usize - 1), "de" | "d" | "of")
                                && s.quantity(t0 as usize - 2);
                            let actor = match (crowd, table.unit_index("civilians")) {
                                (true, Some(unit)) => unit_actor(table, unit, target),
                                _ => actor,
                            };
                            found.cands.push(Cand {
                                t0,
                                t1,
                                actor,
                                kind: MentionKind::Name,
                                role: MentionRole::Party,
                                gn: gn | gn::PL,
                            });
                        } else {
                            found.adjs.push(Adj {
                                t0,
                                t1,
                                actor,
                                target,
                            });
                        }
                        break;
                    }
                    _ => {}
                }
            }
            if found.cands.len() == before {
                if let Some(c) = unqualified_unit(s, reg, h) {
                    found.cands.push(c);
                }
            }
        }
        h += consumed;
    }
    for c in &mut found.cands {
        if c.role == MentionRole::Party && is_place(s, table, c) {
            c.role = MentionRole::Location;
        }
    }
    names::recognize(s, reg, found);
    found.cands.sort_by_key(|c| c.t0);
    coordinated_places(s, table, &mut found.cands);
    // The countries named (by name, place, composite or crowd; not by a
    // person's affiliation), for the police of later sentences.
    for c in &found.cands {
        if c.kind == MentionKind::Description {
            continue;
        }
        if let Some(country) = reg.names_country(c.actor) {
            reg.note_country(country);
        }
    }
}

/// "la police", "les forces de sécurité", "Riot police used…", "arrested by
/// police", "l'opposition", "the opposition": a police unit or the
/// opposition named without its country is that unit of the country the
/// document has named most so far (a description, resolved like "le
/// régime"). Only after a definite article, "by"/"par" or at the start of
/// the sentence: "a former police officer", "a Kenyan-led police mission"
/// name no police; and not before "de/of" and a name (a place or country
/// after it is its own story: "la police de Tbilissi") nor, for the
/// opposition, before what is opposed ("opposition to the plan",
/// "l'opposition à la réforme").
fn unqualified_unit(s: &Sentence<'_>, reg: &Registry<'_>, h: usize) -> Option<Cand> {
    let table = reg.table;
    let (_, t0, t1) = s.hits[h];
    let tp = s.entries(h).iter().find_map(|e| match *e {
        Entry::Unit { template, .. } => {
            let tp = &s.lex.templates[template as usize];
            let unit = Some(tp.unit);
            ((unit == table.police || unit == table.opposition) && tp.slot == Slot::Adj)
                .then_some(tp)
        }
        _ => None,
    })?;
    // French templates are the noun then the adjective ("police {A}"): the
    // hit is the noun alone; English ones are the adjective then the noun.
    let t0 = t0 as usize;
    let ok_before = t0 == 0
        || matches!(
            s.word(t0 - 1),
            "la" | "le" | "les" | "l" | "the" | "by" | "par"
        );
    // Not "la police de Tbilissi", "police of Georgia" (a place or country
    // after de/of is its own story).
    let after = t1 as usize;
    let named_after = matches!(s.word(after), "de" | "du" | "des" | "d" | "of") && {
        let k = if s.has(after + 1, role::DET) {
            after + 2
        } else {
            after + 1
        };
        s.toks.get(k).is_some_and(|t| t.upper)
    };
    let ok_after = !named_after
        && (Some(tp.unit) != table.opposition
            || !matches!(
                s.word(after),
                "to" | "against" | "a" | "au" | "aux" | "contre" | "leader" | "leaders"
            ));
    if !(ok_before && ok_after) {
        return None;
    }
    let country = reg.focus_country()?;
    Some(Cand {
        t0: t0 as u32,
        t1,
        actor: table.countries[country as usize].units[tp.unit],
        kind: MentionKind::Description,
        role: MentionRole::Party,
        gn: tp.gn,
    })
}

/// The actor a demonym stands for on its own.
fn dem_actor(table: &ActorTable, t: DemTarget) -> ActorIdx {
    match t {
        DemTarget::Country(c) => table.countries[c as usize].actor,
        DemTarget::Actor(a) => a,
    }
}

/// The unit actor of a template for a demonym or country.
fn unit_actor(table: &ActorTable, unit: usize, t: DemTarget) -> ActorIdx {
    match t {
        DemTarget::Country(c) => table.countries[c as usize].units[unit],
        DemTarget::Actor(a) => a,
    }
}

/// Nationality adjectives coordinated with composite `cand` of sector
/// unit `unit` name that unit of their country too: "U.S. and British
/// warplanes" (the adjective before, already read as a bare adjective),
/// "les armées française et britannique" (the hit `next` after). Returns
/// how many more hits were used.
fn coordinated_adjectives(
    s: &Sentence<'_>,
    table: &ActorTable,
    next: usize,
    cand: Cand,
    unit: usize,
    found: &mut Found,
) -> usize {
    let before = found
        .adjs
        .iter()
        .rposition(|a| a.t1 + 1 == cand.t0 && s.has(a.t1 as usize, role::CONJ));
    if let Some(pos) = before {
        let a = found.adjs.remove(pos);
        found.cands.push(Cand {
            t0: a.t0,
            t1: a.t1,
            actor: unit_actor(table, unit, a.target),
            ..cand
        });
    } else if cand.t0 >= 2 && s.has(cand.t0 as usize - 1, role::CONJ) {
        // "U.S. and British warplanes": a name that is also an adjective
        // was read as the name.
        let prev = found
            .cands
            .iter()
            .rposition(|c| c.t1 + 1 == cand.t0 && c.kind == MentionKind::Name);
        if let Some(pos) = prev {
            let c = found.cands[pos];
            let target = s.entries_at(c.t0 as usize).iter().find_map(|e| match *e {
                Entry::Demonym {
                    target,
                    noun: false,
                    ..
                } => Some(target),
                _ => None,
            });
            if let Some(target) = target {
                found.cands[pos] = Cand {
                    t0: c.t0,
                    t1: c.t1,
                    actor: unit_actor(table, unit, target),
                    ..cand
                };
            }
        }
    }
    if !s.has(cand.t1 as usize, role::CONJ) {
        return 0;
    }
    let Some(&(_, b0, b1)) = s.hits.get(next) else {
        return 0;
    };
    let target = s.entries(next).iter().find_map(|e| match *e {
        Entry::Demonym {
            target,
            noun: false,
            ..
        } => Some(target),
        _ => None,
    });
    match target {
        Some(target) if b0 == cand.t1 + 1 => {
            found.cands.push(Cand {
                t0: b0,
                t1: b1,
                actor: unit_actor(table, unit, target),
                ..cand
            });
            1
        }
        _ => 0,
    }
}

/// Try to read a composite starting at hit `h` with meaning `e`; returns
/// the mention, the number of hits it used and, for a nationality
/// adjective's composite, its sector unit.
fn composite(
    s: &Sentence<'_>,
    table: &ActorTable,
    h: usize,
    e: Entry,
) -> Option<(Cand, usize, Option<usize>)> {
    let (_, t0, t1) = s.hits[h];
    match e {
        // "Turkey's army", "the United States' navy": a country's
        // possessive before a suffix-only template, as "the army of Turkey".
        Entry::Alias { actor, .. } if table.actor(actor).kind == ActorKind::Country => {
            let k = possessive_end(s, t0 as usize, t1 as usize)?;
            let country = table.names_country.get(actor as usize).copied().flatten()?;
            let (cand, _) = suffix_unit(s, table, h + 1, k, t0, DemTarget::Country(country))?;
            Some((cand, 2, None))
        }
        // "{A} army": adjective followed by a suffix-only template.
        Entry::Demonym { target, .. } => {
            let (cand, unit) = suffix_unit(s, table, h + 1, t1 as usize, t0, target)?;
            Some((cand, 2, Some(unit)))
        }
        Entry::Unit {
            template,
            suffix: false,
        } => {
            let tp = &s.lex.templates[template as usize];
            match tp.slot {
                Slot::Adj => {
                    // Prefix, adjective, then the suffix if the template has one.
                    let (_, a0, a1) = *s.hits.get(h + 1)?;
                    if a0 != t1 {
                        return None;
                    }
                    let target = s.entries(h + 1).iter().find_map(|ae| match *ae {
                        Entry::Demonym {
                            target,
                            noun: false,
                            ..
                        } => Some(target),
                        _ => None,
                    })?;
                    let (end, used) = if tp.suffix.is_empty() {
                        (a1, 2)
                    } else {
                        let (_, x0, x1) = *s.hits.get(h + 2)?;
                        let ok = x0 == a1
                            && s.entries(h + 2).iter().any(|xe| matches!(*xe, Entry::Unit { template: t2, suffix: true } if s.lex.templates[t2 as usize].suffix == tp.suffix));
                        if !ok {
                            return None;
                        }
                        (x1, 3)
                    };
                    let actor = unit_actor(table, tp.unit, target);
                    Some((
                        Cand {
                            t0,
                            t1: end,
                            actor,
                            kind: MentionKind::Composite,
                            role: MentionRole::Party,
                            gn: tp.gn,
                        },
                        used,
                        Some(tp.unit),
                    ))
                }
                Slot::Country => {
                    // Prefix, de/of, optional article, then a country name.
                    let mut i = t1 as usize;
                    let w = s.word(i);
                    if !matches!(w, "de" | "du" | "des" | "d" | "of") {
                        return None;
                    }
                    i += 1;
                    if s.has(i, role::DET) {
                        i += 1;
                    }
                    let (_, c0, c1) = *s.hits.get(h + 1)?;
                    if c0 as usize != i {
                        return None;
                    }
                    let country = s.entries(h + 1).iter().find_map(|ce| match *ce {
                        Entry::Alias { actor, .. }
                            if table.actor(actor).kind == ActorKind::Country =>
                        {
                            table
                                .actor(actor)
                                .country
                                .as_ref()
                                .and_then(|iso| table.country_by_iso.get(iso))
                                .copied()
                        }
                        _ => None,
                    })?;
                    let actor = table.countries[country as usize].units[tp.unit];
                    Some((
                        Cand {
                            t0,
                            t1: c1,
                            actor,
                            kind: MentionKind::Composite,
                            role: MentionRole::Party,
                            gn: tp.gn,
                        },
                        2,
                        None,
                    ))
                }
            }
        }
        _ => None,
    }
}

/// The composite whose suffix-only template ("{A} army") is hit `next`,
/// when that hit starts at token `at`: the mention from token `t0` to the
/// template's end, for the unit of `target`, and that unit.
fn suffix_unit(
    s: &Sentence<'_>,
    table: &ActorTable,
    next: usize,
    at: usize,
    t0: u32,
    target: DemTarget,
) -> Option<(Cand, usize)> {
    let (_, n0, n1) = *s.hits.get(next)?;
    if n0 as usize != at {
        return None;
    }
    s.entries(next).iter().find_map(|ne| match *ne {
        Entry::Unit {
            template,
            suffix: true,
        } => {
            let tp = &s.lex.templates[template as usize];
            (tp.prefix.is_empty() && tp.slot == Slot::Adj).then(|| {
                let cand = Cand {
                    t0,
                    t1: n1,
                    actor: unit_actor(table, tp.unit, target),
                    kind: MentionKind::Composite,
                    role: MentionRole::Party,
                    gn: tp.gn,
                };
                (cand, tp.unit)
            })
        }
        _ => None,
    })
}

/// The token after the English possessive ending of the name at tokens
/// `[t0, t1)`: "Turkey's" (an apostrophe, then "s") or "the United
/// States'" (a name ending in s, then an apostrophe). `None` when the name
/// is not possessive.
fn possessive_end(s: &Sentence<'_>, t0: usize, t1: usize) -> Option<usize> {
    if s.lex.lang != crate::Lang::En || t1 <= t0 {
        return None;
    }
    let name_end = s.toks[t1 - 1].oe as usize;
    let apostrophe = |from: usize| {
        let rest = s.text.get(from..)?;
        rest.strip_prefix('\'')
            .or_else(|| rest.strip_prefix('’'))
            .map(|r| s.text.len() - r.len())
    };
    let after = apostrophe(name_end)?;
    let next = s.toks.get(t1)?;
    if s.word(t1) == "s" && next.os as usize == after {
        // "Turkey's army": the "s" right after the apostrophe.
        Some(t1 + 1)
    } else if s.word(t1 - 1).ends_with('s') && next.os as usize > after {
        // "the United States' navy": a space after the apostrophe.
        Some(t1)
    } else {
        None
    }
}

/// True when the mention names a country, a place or a seat of power (which
/// a preposition of place makes a place).
fn is_geo(s: &Sentence<'_>, table: &ActorTable, c: &Cand) -> bool {
    let actor = table.actor(c.actor);
    matches!(actor.kind, ActorKind::Country | ActorKind::Location)
        || s.entries_at(c.t0 as usize)
            .iter()
            .any(|e| matches!(e, Entry::Alias { flags, .. } if flags & flag::SEAT != 0))
}

/// "in Iraq and Syria", "in Syria, Iraq and Lebanon": a country or place
/// coordinated right after a place is a place too (`cands` sorted). A comma
/// joins a place only inside a list that goes on with "and" and does not
/// open the sentence ("In Syria, Russia and Iran attacked…" names two
/// parties).
fn coordinated_places(s: &Sentence<'_>, table: &ActorTable, cands: &mut [Cand]) {
    // The token after cand `a` joins it to cand `b`: "and"/"et" or a comma
    // (with an optional article).
    let joined = |a: &Cand, b: &Cand| -> Option<bool> {
        let mut k = a.t1 as usize;
        let and = matches!(s.word(k), "and" | "et");
        if !(and || s.punct(k) == b',') {
            return None;
        }
        k += 1;
        if s.has(k, role::DET) {
            k += 1;
        }
        (k == b.t0 as usize).then_some(and)
    };
    // Where the current list of places starts.
    let mut list_start = 0;
    for i in 1..cands.len() {
        let (prev, c) = (cands[i - 1], cands[i]);
        if prev.role != MentionRole::Location || c.role != MentionRole::Party {
            continue;
        }
        let Some(and) = joined(&prev, &c) else {
            continue;
        };
        if !is_geo(s, table, &c) {
            continue;
        }
        if i == 1 || joined(&cands[i - 2], &prev).is_none() {
            list_start = prev.t0 as usize;
        }
        let ok = and
            || (list_start > 2
                && cands
                    .get(i + 1)
                    .is_some_and(|next| joined(&c, next).is_some() && is_geo(s, table, next)));
        if ok {
            cands[i].role = MentionRole::Location;
        }
    }
}

/// True when a mention names a place: a country, a capital or a location
/// after a locative preposition ("en Syrie", "à Ankara", "in Aleppo"), or after
/// "de/of" following a place noun ("au nord de la Syrie").
fn is_place(s: &Sentence<'_>, table: &ActorTable, c: &Cand) -> bool {
    if !is_geo(s, table, c) {
        return false;
    }
    let mut i = c.t0 as usize;
    if i > 0 && s.has(i - 1, role::DET) {
        i -= 1;
    }
    if i == 0 {
        return false;
    }
    let mut prev = i - 1;
    // "in northern Syria", "dans l'est de…" (the latter by PLACE_NOUNS).
    if prev > 0 && DIRECTIONS.contains(&s.word(prev)) {
        prev -= 1;
        if prev > 0 && s.has(prev, role::DET) {
            prev -= 1;
        }
    }
    // "la frontière avec la Turquie", "the border with Turkey".
    if matches!(s.word(prev), "avec" | "with") && prev > 0 {
        let mut j = prev - 1;
        if s.has(j, role::DET) && j > 0 {
            j -= 1;
        }
        if BORDER_NOUNS.contains(&s.word(j)) || BORDER_NOUNS.contains(&s.word(prev - 1)) {
            return true;
        }
    }
    if s.has(prev, role::LOC) {
        // "demandant à Ankara", "rockets at northern Israel": the
        // preposition belongs to the trigger right before it.
        // Hits are sorted by start and do not overlap: only those
        // starting before `prev` can end at it, the last one of them.
        let before = s.hits.partition_point(|&(_, t0, _)| (t0 as usize) < prev);
        let governed = prev > 0
            && before > 0
            && s.hits[before - 1].2 as usize == prev
            && s.entries(before - 1).iter().any(|e| matches!(e, Entry::Trigger { trigger, .. } if s.lex.triggers[*trigger as usize].takes_prep(s.word(prev))));
        return !governed && !deployed_near(s, prev);
    }
    let w = s.word(prev);
    if matches!(w, "de" | "du" | "des" | "d" | "of") && prev > 0 {
        let mut j = prev - 1;
        if s.has(j, role::DET) && j > 0 {
            j -= 1;
        }
        return PLACE_NOUNS.contains(&s.word(j)) || PLACE_NOUNS.contains(&s.word(prev - 1));
    }
    // "frontière syro-turque", "Syrian border": handled by the adjective path.
    false
}

/// True when the preposition of proximity at `prev` ("near", "around",
/// "along", "off") ends the phrase of a deployment a few words before it
/// ("deployed warships around Taiwan"): a show of force aimed at the
/// country, not a place. (French "près de", "autour de" are not locative
/// cues.)
fn deployed_near(s: &Sentence<'_>, prev: usize) -> bool {
    use crate::model::relation::RelationKind;
    if !matches!(s.word(prev), "near" | "around" | "along" | "off") {
        return false;
    }
    let lo = prev.saturating_sub(6);
    if (lo..prev).any(|k| s.toks[k].punct != 0) {
        return false;
    }
    // Hits are sorted by start: only those starting in `[lo, prev)`.
    let first = s.hits.partition_point(|&(_, t0, _)| (t0 as usize) < lo);
    let upto = s.hits.partition_point(|&(_, t0, _)| (t0 as usize) < prev);
    (first..upto).any(|h| {
        let (_, _, t1) = s.hits[h];
        (t1 as usize) <= prev
            && s.entries(h).iter().any(|e| {
                matches!(e, Entry::Trigger { trigger, .. }
                    if s.lex.triggers[*trigger as usize].kind
                        == crate::lexicon::triggers::TriggerKind::Relation(RelationKind::Mobilizes)
                        && s.lex.triggers[*trigger as usize].takes_prep(s.word(prev)))
            })
    })
}

impl Sentence<'_> {
    /// The entries of the hit starting at token `t`.
    pub(crate) fn entries_at(&self, t: usize) -> &[Entry] {
        // Hits are sorted by start and do not overlap.
        let h = self.hits.partition_point(|&(_, t0, _)| (t0 as usize) < t);
        match self.hits.get(h) {
            Some(&(_, t0, _)) if t0 as usize == t => self.entries(h),
            _ => &[],
        }
    }
}
