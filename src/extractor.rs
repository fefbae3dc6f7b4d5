//! The public entry point: build once, extract many times.

use crate::actors::coref::Salience;
use crate::actors::registry::Registry;
use crate::actors::Found;
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::lexicon::actors::ActorIdx;
use crate::lexicon::cues::role;
use crate::lexicon::fast::FastMap;
use crate::lexicon::Lexicon;
use crate::model::actor::ActorKind;
use crate::model::extraction::{Extraction, Mention, MentionKind, MentionRole};
use crate::model::relation::{Modality, Relation};
use crate::sentence::{find_hits, look_up, split, Sentence};
use crate::span::Span;
use crate::text::boilerplate::{self, Kind};
use crate::text::langid::Votes;
use crate::text::normalize::{Folded, ToFolded};
use crate::text::segment;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::sync::Arc;

/// Distinct literal surface forms of the actors of one document, in order
/// of first appearance.
///
/// Forms are borrowed from the text, so a repeated form costs a lookup and
/// no allocation. An actor's first [`Surfaces::FEW`] forms are compared
/// directly (most actors are spelt in one or two ways, and comparing a
/// short string is cheaper than hashing it); past that, its forms go to a
/// set under std's SipHash, which a hostile text cannot flood, so a text
/// spelling one actor in unboundedly many ways stays linear.
#[derive(Default)]
struct Surfaces<'t> {
    /// (actor, form), each pair once, in order of first appearance.
    list: Vec<(ActorIdx, &'t str)>,
    /// Per actor: how many forms it has, and the indices in `list` of the
    /// first [`Surfaces::FEW`].
    few: FastMap<ActorIdx, (u32, [u32; Surfaces::FEW])>,
    /// The forms of actors with more than [`Surfaces::FEW`] of them.
    many: HashSet<(ActorIdx, &'t str)>,
}

impl<'t> Surfaces<'t> {
    /// Forms per actor compared directly before the set takes over.
    const FEW: usize = 6;

    /// Record that `actor` was written `form`.
    fn insert(&mut self, actor: ActorIdx, form: &'t str) {
        let next = self.list.len() as u32;
        let (n, idx) = self.few.entry(actor).or_insert((0, [0; Surfaces::FEW]));
        let n_forms = *n as usize;
        if n_forms <= Surfaces::FEW {
            if idx[..n_forms]
                .iter()
                .any(|&i| self.list[i as usize].1 == form)
            {
                return;
            }
            if n_forms < Surfaces::FEW {
                idx[n_forms] = next;
            } else {
                // The actor outgrows direct comparison: its forms so far
                // move to the set.
                for &i in idx.iter() {
                    self.many.insert(self.list[i as usize]);
                }
                self.many.insert((actor, form));
            }
        } else if !self.many.insert((actor, form)) {
            return;
        }
        *n += 1;
        self.list.push((actor, form));
    }
}

/// A set of actor indices as a bitmap: inserting is a bit set, and the
/// members come out in increasing order without sorting the (many) repeated
/// insertions. Its size is that of the registry, which is at most the
/// lexicon plus the actors the document itself adds.
#[derive(Default)]
struct IdxSet {
    words: Vec<u64>,
}

impl IdxSet {
    /// Add `idx`.
    fn insert(&mut self, idx: ActorIdx) {
        let w = (idx / 64) as usize;
        if w >= self.words.len() {
            self.words.resize(w + 1, 0);
        }
        self.words[w] |= 1 << (idx % 64);
    }

    /// Whether `idx` was added.
    fn contains(&self, idx: ActorIdx) -> bool {
        self.words
            .get((idx / 64) as usize)
            .is_some_and(|w| w & (1 << (idx % 64)) != 0)
    }

    /// The members in increasing order.
    fn iter(&self) -> impl Iterator<Item = ActorIdx> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                (w != 0).then(|| {
                    let b = w.trailing_zeros();
                    w &= w - 1;
                    i as ActorIdx * 64 + b as ActorIdx
                })
            })
        })
    }
}

/// Extracts actors and relations from news text.
///
/// Building compiles every lexicon and automaton once; extraction then only
/// reads them, so one `Extractor` can be shared across threads (it is `Send +
/// Sync`, and cloning it is cheap).
///
/// ```
/// let extractor = newsgraph::Extractor::new();
/// let extraction = extractor.extract("La Russie soutient la Syrie.");
/// assert!(extraction.sentences.len() == 1);
/// ```
#[derive(Clone)]
pub struct Extractor {
    inner: Arc<Inner>,
}

struct Inner {
    lang: Option<Lang>,
    lexicon: Lexicon,
}

/// Configures an [`Extractor`]: forced language, user lexicons.
#[derive(Debug, Clone, Default)]
pub struct ExtractorBuilder {
    lang: Option<Lang>,
    lexicons: Vec<(String, String)>,
}

impl ExtractorBuilder {
    /// Force the language of every document (`None`: identify it per
    /// paragraph, the default).
    pub fn lang(&mut self, lang: Option<Lang>) -> &mut ExtractorBuilder {
        self.lang = lang;
        self
    }

    /// Add a user lexicon from a TSV file (format in the README). Read now;
    /// parsed and checked by [`build`](ExtractorBuilder::build).
    pub fn lexicon_file(&mut self, path: impl AsRef<Path>) -> Result<&mut ExtractorBuilder> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let name = path.display().to_string();
        let text = String::from_utf8(bytes).map_err(|e| {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            Error::Lexicon {
                name: name.clone(),
                line: 1 + valid.iter().filter(|&&b| b == b'\n').count(),
                reason: format!(
                    "invalid UTF-8 at byte {} (byte {} of the line)",
                    valid.len(),
                    valid.len() - line_start + 1
                ),
            }
        })?;
        self.lexicons.push((name, text));
        Ok(self)
    }

    /// Add a user lexicon from text; `name` is used in error messages.
    pub fn lexicon_str(&mut self, name: &str, text: &str) -> &mut ExtractorBuilder {
        self.lexicons.push((name.to_string(), text.to_string()));
        self
    }

    /// Compile the lexicons and automata.
    pub fn build(&self) -> Result<Extractor> {
        let lexicon = Lexicon::build(&self.lexicons)?;
        // Build once, extract many: nothing left to compile on the first
        // document.
        boilerplate::warm_up();
        Ok(Extractor {
            inner: Arc::new(Inner {
                lang: self.lang,
                lexicon,
            }),
        })
    }
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the embedded lexicons and automatic language
    /// identification.
    pub fn new() -> Extractor {
        ExtractorBuilder::default()
            .build()
            .expect("embedded lexicons are valid")
    }

    /// A builder to add user lexicons or force a language.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Extract actors and relations from `text`. Never fails: empty or
    /// unusable text gives an empty extraction.
    pub fn extract(&self, text: &str) -> Extraction {
        self.extract_lang(text, None)
    }

    /// Like [`extract`](Extractor::extract) with the language forced for this
    /// document (`None`: the builder's setting, else identification).
    pub fn extract_lang(&self, text: &str, lang: Option<Lang>) -> Extraction {
        self.run(text, lang.or(self.inner.lang), true)
    }

    /// Actor recognition alone (no relations): mentions, sentences,
    /// boilerplate and actors, as in [`extract`](Extractor::extract).
    pub fn actors(&self, text: &str) -> Extraction {
        self.run(text, self.inner.lang, false)
    }

    /// The folded gazetteer patterns of a language (names, demonyms, sector
    /// words, trigger forms), for diagnostics and as the baseline of the
    /// raw Aho-Corasick benchmark.
    pub fn gazetteer(&self, lang: Lang) -> Vec<String> {
        self.inner
            .lexicon
            .lang(lang)
            .patterns()
            .map(str::to_string)
            .collect()
    }

    fn run(&self, text: &str, forced: Option<Lang>, with_relations: bool) -> Extraction {
        let lex = &self.inner.lexicon;
        let folded = Folded::new(text);
        let mut out = Extraction::default();
        // Room for what news text usually gives (about a sentence per 170
        // bytes, a mention per 60, a relation per 230), so that the lists
        // seldom grow and copy themselves.
        out.sentences.reserve(text.len() / 256);
        out.mentions.reserve(text.len() / 80);
        if with_relations {
            out.relations.reserve(text.len() / 320);
        }
        let mut reg = Registry::new(&lex.actors);
        let mut sal = Salience::default();
        // Literal surface forms, (actor, text) in order of first
        // appearance.
        let mut surfaces = Surfaces::default();
        // Paragraphs, boilerplate and language votes.
        let mut paras = Vec::new();
        let mut doc_votes = Votes::default();
        // The document's tokens, paragraph after paragraph.
        let mut toks = Vec::with_capacity(folded.text.len() / 4 + 16);
        let mut to_folded = ToFolded::new(&folded);
        for p in segment::paragraphs(text) {
            let (pfs, pfe) = (to_folded.map(p.span.start), to_folded.map(p.span.end));
            let folded_para = &folded.text[pfs..pfe];
            let body = match boilerplate::classify(p.span.text(text), folded_para) {
                Kind::Boilerplate => {
                    out.boilerplate.push(p.span);
                    continue;
                }
                Kind::Dateline(n) => {
                    out.boilerplate
                        .push(Span::new(p.span.start, p.span.start + n));
                    Span::new(p.span.start + n, p.span.end)
                }
                Kind::Content => p.span,
            };
            let body = match boilerplate::trailing_credit(body.text(text), body.start) {
                Some(c) => {
                    out.boilerplate.push(c);
                    Span::new(body.start, c.start)
                }
                None => body,
            };
            // Most paragraphs are their own body: no walk back over their
            // checkpoints.
            let (fs, fe) = if body == p.span {
                (pfs, pfe)
            } else {
                (to_folded.map(body.start), to_folded.map(body.end))
            };
            // Tokenised once, with the language votes (none needed when the
            // language is forced); looked up once the language is known.
            let t0 = toks.len();
            let vote_limit = if forced.is_some() { 0 } else { 120 };
            let votes = split(text, &folded, fs, fe, vote_limit, &mut toks);
            doc_votes = doc_votes.add(votes);
            paras.push((body, votes, t0, toks.len()));
        }
        let doc_lang = forced.or_else(|| doc_votes.decide(1));
        out.lang = doc_lang;
        let mut sentences = Vec::new();
        let mut hits = Vec::new();
        let mut found = Found::default();
        // Actors to report: every party (places only when in a relation),
        // every relation end, and their ancestors.
        let mut wanted = IdxSet::default();
        let mut in_relation = IdxSet::default();
        // Per-sentence buffers.
        let mut resolved = Vec::new();
        let mut parties = Vec::new();
        let mut rels = Vec::new();
        let mut scratch = crate::relations::Scratch::take();
        for (body, votes, t0, t1) in paras {
            let lang = forced
                .or_else(|| votes.decide(8))
                .or(doc_lang)
                .unwrap_or(Lang::En);
            let ll = lex.lang(lang);
            let toks = &mut toks[t0..t1];
            look_up(text, &folded, ll, toks);
            let toks = &*toks;
            sentences.clear();
            segment::sentences(text, body, &mut sentences);
            for &span in &sentences {
                let a = toks.partition_point(|t| (t.os as usize) < span.start);
                let b = toks.partition_point(|t| (t.os as usize) < span.end);
                let index = out.sentences.len();
                out.sentences.push(span);
                find_hits(text, ll, &toks[a..b], &mut hits);
                let sent = Sentence::new(index, text, &folded, ll, &toks[a..b], &hits);
                crate::actors::recognize(&sent, &mut reg, &mut found);
                resolved.clear();
                rels.clear();
                if with_relations {
                    crate::relations::extract(
                        &mut scratch,
                        &sent,
                        &reg,
                        &found,
                        &sal,
                        &mut resolved,
                        &mut rels,
                    );
                }
                // A pronoun resolved for several triggers is one mention.
                resolved.sort_by_key(|c| (c.t0, c.t1, c.actor));
                resolved.dedup_by_key(|c| (c.t0, c.t1, c.actor));
                let first_mention = out.mentions.len();
                for c in found.cands.iter().chain(resolved.iter()) {
                    let id = reg.actor(c.actor).id.clone();
                    let span = sent.orig_span(c.t0 as usize, c.t1 as usize);
                    if !c.kind.is_resolved() {
                        surfaces.insert(c.actor, span.text(text).trim());
                    }
                    if c.role == MentionRole::Party && c.kind != MentionKind::Description {
                        wanted.insert(c.actor);
                    }
                    out.mentions.push(Mention {
                        actor: id,
                        span,
                        kind: c.kind,
                        role: c.role,
                        sentence: index,
                    });
                }
                // Sentences come in text order and do not overlap, so
                // mentions sorted within each sentence are sorted in the
                // document (no document-wide sort).
                out.mentions[first_mention..].sort_by_key(|m| (m.span.start, m.span.end));
                for r in &rels {
                    // Events that took place (or are announced), for
                    // definite event nouns that name them again later.
                    if !r.negated
                        && !r.kind.is_structural()
                        && matches!(r.modality, Modality::Asserted | Modality::Intended)
                    {
                        sal.push_event(r.kind, r.source);
                    }
                    for a in [r.source, r.target].into_iter().chain(r.speaker) {
                        wanted.insert(a);
                    }
                    in_relation.insert(r.source);
                    in_relation.insert(r.target);
                    out.relations.push(Relation {
                        source: reg.actor(r.source).id.clone(),
                        target: reg.actor(r.target).id.clone(),
                        kind: r.kind,
                        negated: r.negated,
                        modality: r.modality,
                        speaker: r.speaker.map(|s| reg.actor(s).id.clone()),
                        confidence: r.confidence,
                        sentence: span,
                        trigger: sent.orig_span(r.t0 as usize, r.t1 as usize),
                    });
                }
                parties.clear();
                parties.extend(
                    (found.cands.iter())
                        .filter(|c| c.role == MentionRole::Party)
                        .copied(),
                );
                let subject = parties
                    .iter()
                    .find(|c| {
                        let mut i = c.t0 as usize;
                        if i > 0 && sent.has(i - 1, role::DET) {
                            i -= 1;
                        }
                        i == 0 || !sent.has(i - 1, role::PREP | role::LOC | role::BY)
                    })
                    .map(|c| c.t0);
                sal.push_sentence(index, &parties, subject);
            }
        }
        scratch.put();
        debug_assert!(out
            .mentions
            .windows(2)
            .all(|w| (w[0].span.start, w[0].span.end) <= (w[1].span.start, w[1].span.end)));
        let mut actors = BTreeMap::new();
        for idx in wanted.iter() {
            if reg.actor(idx).kind == ActorKind::Location && !in_relation.contains(idx) {
                continue;
            }
            for a in reg.lineage(idx) {
                let actor = reg.actor(a);
                actors
                    .entry(actor.id.clone())
                    .or_insert_with(|| actor.clone());
            }
        }
        for (actor, surface) in surfaces.list {
            let id = &reg.actor(actor).id;
            if actors.contains_key(id) {
                out.aliases
                    .entry(id.clone())
                    .or_default()
                    .push(surface.to_string());
            }
        }
        out.actors = actors;
        out
    }

    /// Extract from raw bytes: invalid UTF-8 is an [`Error::Utf8`] with the
    /// byte offset, unless `lossy`, which replaces bad sequences with U+FFFD
    /// (spans then index the decoded text).
    pub fn extract_bytes(&self, bytes: &[u8], lossy: bool) -> Result<Extraction> {
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(self.extract(text)),
            Err(e) if !lossy => Err(Error::Utf8 {
                offset: e.valid_up_to(),
            }),
            Err(_) => Ok(self.extract(&String::from_utf8_lossy(bytes))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{IdxSet, Surfaces};

    #[test]
    fn idx_set_gives_each_member_once_in_increasing_order() {
        let mut set = IdxSet::default();
        for i in [700, 3, 64, 3, 0, 63, 700, 129] {
            set.insert(i);
        }
        assert_eq!(set.iter().collect::<Vec<_>>(), [0, 3, 63, 64, 129, 700]);
        assert!(set.contains(129) && !set.contains(128) && !set.contains(100_000));
    }

    #[test]
    fn surfaces_keep_each_form_once_in_order_of_first_appearance() {
        let mut s = Surfaces::default();
        for (actor, form) in [(1, "Russie"), (2, "Turquie"), (1, "Russie"), (1, "Moscou")] {
            s.insert(actor, form);
        }
        assert_eq!(s.list, [(1, "Russie"), (2, "Turquie"), (1, "Moscou")]);
    }

    #[test]
    fn surfaces_of_an_actor_with_many_forms_stay_distinct() {
        // Past `FEW` forms the set takes over: every form still counts
        // once, whichever side of the switch it was first seen on.
        let forms: Vec<String> = (0..40).map(|i| format!("form{i}")).collect();
        let mut s = Surfaces::default();
        for round in 0..3 {
            for f in &forms {
                s.insert(7, f);
                s.insert(round, "other");
            }
        }
        let mine: Vec<&str> = s.list.iter().filter(|e| e.0 == 7).map(|e| e.1).collect();
        assert_eq!(mine, forms.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(s.list.len(), forms.len() + 3);
    }
}
