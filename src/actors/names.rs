//! New names: persons and organisations absent from the lexicons, found
//! because the text introduces them by a role or a title.
//!
//! - role + (de/of) actor + name: "le porte-parole du Kremlin, Dmitri Peskov",
//!   "Kremlin spokesman Dmitry Peskov", "le ministre russe des Affaires
//!   étrangères, Sergueï Lavrov";
//! - name + role + actor: "Staffan de Mistura, l'émissaire de l'ONU";
//! - title + name: "M. Dupont", "President Joe Biden", "Gen. Smith";
//! - group word + name: "the rebel group Jaish al-Fatah", "le groupe X".
//!
//! A name is one to five capitalised words, with particles (de, al, bin,
//! van…) between them; a lone common word is never a name.

use super::registry::{slug, Registry};
use super::{Cand, Found};
use crate::lexicon::actors::ActorIdx;
use crate::lexicon::cues::role;
use crate::lexicon::lang::name_class;
use crate::model::actor::{Actor, ActorId, ActorKind};
use crate::model::extraction::{MentionKind, MentionRole};
use crate::sentence::Sentence;

/// The longest capitalised name starting at token `i`, as `[i, end)`;
/// `taken[j]` is true for tokens already in a mention.
/// The token after the titles from `k` and their abbreviation dots ("Lt.
/// Col.", "Prime Minister"; at most five; a dot right at `k` when the token
/// before is a title), or `k` when there is none.
fn after_titles(s: &Sentence<'_>, mut k: usize, n: usize) -> usize {
    let start = k;
    loop {
        if s.punct(k) == b'.' && k > 0 && s.has(k - 1, role::TITLE) {
            k += 1;
        }
        if k < n && k < start + 5 && s.has(k, role::TITLE) {
            k += 1;
        } else {
            return k;
        }
    }
}

/// True for the lexicon's generic collective actors ("rebels",
/// "militias"), which a group noun's adjective may name.
fn is_generic(reg: &Registry<'_>, a: ActorIdx) -> bool {
    reg.actor(a).id.as_str().starts_with("generic:")
}

fn name_at(s: &Sentence<'_>, i: usize, taken: &[bool]) -> Option<usize> {
    let upper_word = |j: usize| {
        s.toks.get(j).is_some_and(|t| t.punct == 0 && t.upper) && !taken.get(j).is_some_and(|&t| t)
    };
    if !upper_word(i) {
        return None;
    }
    let mut end = i + 1;
    let mut j = i + 1;
    while j < s.toks.len() && j - i < 6 {
        if upper_word(j) {
            end = j + 1;
            j += 1;
        } else if s.is_name_word(j, name_class::PARTICLE) && upper_word(j + 1) {
            j += 1;
        } else {
            break;
        }
    }
    // A single word must not be a common word ("Malgré", "Alors").
    if end - i == 1 && (s.is_common(i) || s.word(i).len() < 3) {
        return None;
    }
    if (i..end).any(|k| {
        s.has(k, role::DET | role::PREP | role::PRON | role::CONJ) && s.is_common(k) && k == i
    }) {
        return None;
    }
    Some(end)
}

fn new_person(
    reg: &mut Registry<'_>,
    s: &Sentence<'_>,
    t0: usize,
    t1: usize,
    parent: Option<ActorIdx>,
) -> ActorIdx {
    // "M. Dembélé", "President Wang": one word of a person named before.
    if t1 == t0 + 1 {
        if let Some(p) = reg.person_named(s.word(t0)) {
            return p;
        }
    }
    let span = s.orig_span(t0, t1);
    let label = span.text(s.text).to_string();
    let (country, parent_id) = match parent {
        Some(p) => {
            let a = reg.actor(p);
            (a.country.clone(), Some(a.id.clone()))
        }
        None => (None, None),
    };
    let sector = parent.and_then(|p| reg.actor(p).sector);
    reg.add(Actor {
        id: ActorId::new(&format!("person:{}", slug(&label))),
        label,
        kind: ActorKind::Person,
        country,
        sector,
        parent: parent_id,
    })
}

/// The person named at tokens `name` who speaks for `org`, as the role
/// phrase at tokens `role` says: a party mention, its tokens taken, and the
/// `represents` role.
fn representative(
    reg: &mut Registry<'_>,
    s: &Sentence<'_>,
    found: &mut Found,
    taken: &mut [bool],
    name: (usize, usize),
    org: ActorIdx,
    role: (usize, usize),
) {
    let p = new_person(reg, s, name.0, name.1, Some(org));
    found.cands.push(person_cand(name.0, name.1, p));
    take(taken, name.0, name.1);
    found.roles.push((p, org, role.0 as u32, role.1 as u32));
}

fn person_cand(t0: usize, t1: usize, actor: ActorIdx) -> Cand {
    Cand {
        t0: t0 as u32,
        t1: t1 as u32,
        actor,
        kind: MentionKind::NewName,
        role: MentionRole::Party,
        gn: 0,
    }
}

/// Mark tokens `[t0, t1)` as taken by a mention.
fn take(taken: &mut [bool], t0: usize, t1: usize) {
    if let Some(t) = taken.get_mut(t0..t1.min(taken.len())) {
        t.fill(true);
    }
}

/// Find new names and role appositions, adding to `found`.
pub(crate) fn recognize(s: &Sentence<'_>, reg: &mut Registry<'_>, found: &mut Found) {
    let n = s.toks.len();
    // Per token: in a mention already; starts a composite mention. Kept up
    // to date as names are added, so that no check scans the mentions.
    let mut taken = std::mem::take(&mut found.taken);
    let mut composite = std::mem::take(&mut found.composite);
    taken.clear();
    taken.resize(n, false);
    composite.clear();
    composite.resize(n, false);
    for c in &found.cands {
        take(&mut taken, c.t0 as usize, c.t1 as usize);
        if c.kind == MentionKind::Composite {
            if let Some(x) = composite.get_mut(c.t0 as usize) {
                *x = true;
            }
        }
    }
    let mut i = 0;
    while i < n {
        // A person named earlier in the document, by one word of the name
        // alone ("Shoshani added", "Wang said"): a capitalised word standing
        // alone, not common, not in a mention.
        let t = &s.toks[i];
        if t.punct == 0 && t.upper && !taken[i] && !s.is_common(i) {
            if let Some(p) = reg.person_named(s.word(i)) {
                // Not a word of a longer name ("Wang Wenbin").
                let name_word =
                    |j: usize| s.toks.get(j).is_some_and(|u| u.punct == 0 && u.upper) && !taken[j];
                let alone = !(name_word(i + 1) || i > 0 && name_word(i - 1));
                if alone {
                    found.cands.push(Cand {
                        t0: i as u32,
                        t1: i as u32 + 1,
                        actor: p,
                        kind: MentionKind::Name,
                        role: MentionRole::Party,
                        gn: 0,
                    });
                    take(&mut taken, i, i + 1);
                    i += 1;
                    continue;
                }
            }
        }
        // Only a role or title word, a composite, a capitalised word or a
        // group noun can start one of the patterns below.
        let t = &s.toks[i];
        if t.roles & (role::ROLE | role::TITLE) == 0
            && !composite[i]
            && !(t.punct == 0 && t.upper)
            && t.class & name_class::GROUP == 0
        {
            i += 1;
            continue;
        }
        let w = s.word(i);
        // role (de/of) ACTOR [,] NAME  |  ACTOR role [,] NAME
        if s.has(i, role::ROLE) || composite[i] {
            let rep = s.has(i, role::REP);
            // Locate the organisation: a candidate right after the role
            // (through de/du/of and an article), or right before it.
            let mut j = i + 1;
            if w == "porte" && s.word(j) == "parole" {
                j += 1;
            }
            let mut org: Option<(ActorIdx, usize)> = None;
            if let Some(c) = found
                .cands
                .iter()
                .find(|c| c.t0 as usize == i && c.kind == MentionKind::Composite)
            {
                org = Some((c.actor, c.t1 as usize));
            } else {
                let mut k = j;
                while k < n && (s.has(k, role::PREP | role::DET) || s.word(k) == "of") && k < j + 3
                {
                    k += 1;
                }
                // Not a person: in "Kremlin spokesman Dmitry Peskov" the
                // name after the role is the person, and the organisation
                // is before the role.
                if let Some(c) = found.cands.iter().find(|c| {
                    c.t0 as usize == k
                        && c.role != MentionRole::Credit
                        && reg.actor(c.actor).kind != ActorKind::Person
                }) {
                    org = Some((c.actor, c.t1 as usize));
                } else if let Some(c) = found.cands.iter().find(|c| c.t1 as usize == i) {
                    // "Kremlin spokesman"
                    org = Some((c.actor, j));
                }
            }
            if let Some((org, after)) = org {
                let mut k = after;
                if s.punct(k) == b',' {
                    k += 1;
                }
                // "military spokesman Lt. Col. Nadav Shoshani"
                k = after_titles(s, k, n);
                // A known person right there, or a new name.
                if let Some(p) = found
                    .cands
                    .iter()
                    .find(|c| c.t0 as usize == k && reg.actor(c.actor).kind == ActorKind::Person)
                {
                    if rep || s.has(i, role::ROLE) {
                        found.roles.push((p.actor, org, i as u32, p.t1));
                    }
                    i = p.t1 as usize;
                    continue;
                }
                if let Some(end) = name_at(s, k, &taken) {
                    representative(reg, s, found, &mut taken, (k, end), org, (i, end));
                    i = end;
                    continue;
                }
            }
        }
        // NAME, (det) role (de/of) ACTOR
        if let Some(end) = name_at(s, i, &taken) {
            if s.punct(end) == b',' {
                let mut k = end + 1;
                if s.has(k, role::DET) {
                    k += 1;
                }
                if s.has(k, role::ROLE) {
                    let mut m = k + 1;
                    if s.word(k) == "porte" && s.word(m) == "parole" {
                        m += 1;
                    }
                    while m < n && s.has(m, role::PREP | role::DET) && m < k + 5 {
                        m += 1;
                    }
                    if let Some(c) = found
                        .cands
                        .iter()
                        .find(|c| c.t0 as usize == m && c.role == MentionRole::Party)
                        .copied()
                    {
                        let role = (i, c.t1 as usize);
                        representative(reg, s, found, &mut taken, (i, end), c.actor, role);
                        i = end;
                        continue;
                    }
                } else if let Some(c) = found.cands.iter().find(|c| {
                    c.t0 as usize == k
                        && c.role == MentionRole::Party
                        && reg.actor(c.actor).kind != ActorKind::Person
                }) {
                    // NAME, (det) ACTOR role: "Karim Benali, the African
                    // Union envoy", "X, the Turkish foreign minister" (the
                    // role word closing a composite).
                    let after = c.t1 as usize;
                    let closes_role = c.kind == MentionKind::Composite
                        && after > k
                        && s.has(after - 1, role::ROLE);
                    let then_role = s.has(after, role::ROLE) && s.punct(after + 1) != b'.';
                    if closes_role || then_role {
                        let role = (i, if then_role { after + 1 } else { after });
                        representative(reg, s, found, &mut taken, (i, end), c.actor, role);
                        i = end;
                        continue;
                    }
                }
            }
        }
        // TITLE NAME
        if s.has(i, role::TITLE) && (s.toks[i].upper || s.lex.lang == crate::Lang::Fr) {
            // Titles chain ("Lt. Col.", "Prime Minister", "Maj. Gen."): the
            // name starts after the last one.
            let k = after_titles(s, i + 1, n);
            if let Some(end) = name_at(s, k, &taken) {
                let p = new_person(reg, s, k, end, None);
                found.cands.push(person_cand(k, end, p));
                take(&mut taken, k, end);
                i = end;
                continue;
            }
        }
        // GROUP-WORD (adjectives) NAME
        if s.is_name_word(i, name_class::GROUP) {
            let mut k = i + 1;
            // Adjectives only: "the rebel group and allied Arab militias"
            // names no group "Arab".
            while k < n
                && k < i + 4
                && s.toks[k].punct == 0
                && !s.toks[k].upper
                && !s.has(k, role::CONJ | role::DET | role::PREP | role::LOC)
            {
                k += 1;
            }
            // "the rebel group Jaish al-Fatah", "le mouvement rebelle M23":
            // the generic word describes the named group, and is no actor
            // of its own.
            let named = found.cands.iter().any(|c| {
                c.t0 as usize == k && c.role == MentionRole::Party && !is_generic(reg, c.actor)
            }) || name_at(s, k, &taken).is_some();
            if named {
                let lo = i.saturating_sub(1);
                found.cands.retain(|c| {
                    !((c.t0 as usize) >= lo && (c.t1 as usize) <= k && is_generic(reg, c.actor))
                });
            }
            if let Some(end) = name_at(s, k, &taken) {
                if end - k >= 1 && !taken[k..end].iter().any(|&t| t) {
                    let label = s.orig_span(k, end).text(s.text).to_string();
                    let a = reg.add(Actor {
                        id: ActorId::new(&format!("group:{}", slug(&label))),
                        label,
                        kind: ActorKind::ArmedGroup,
                        country: None,
                        sector: None,
                        parent: None,
                    });
                    found.cands.push(Cand {
                        t0: k as u32,
                        t1: end as u32,
                        actor: a,
                        kind: MentionKind::NewName,
                        role: MentionRole::Party,
                        gn: 0,
                    });
                    take(&mut taken, k, end);
                    i = end;
                    continue;
                }
            }
        }
        i += 1;
    }
    found.taken = taken;
    found.composite = composite;
    // The persons of this sentence can be named by one word from the next.
    for c in &found.cands {
        if c.role == MentionRole::Party
            && c.kind != MentionKind::Description
            && reg.actor(c.actor).kind == ActorKind::Person
        {
            reg.note_person(c.actor, |w| {
                s.lex.name_class_of(w) & name_class::PARTICLE != 0
            });
        }
    }
}
