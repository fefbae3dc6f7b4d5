//! One sentence as the recognisers see it: tokens of the folded text with
//! their original offsets, and the lexicon hits that fall inside it.

use crate::lexicon::cues::Cue;
use crate::lexicon::lang::{Entry, Hit, LangLexicon};
use crate::span::Span;
use crate::text::normalize::{is_word_byte, Folded, ToOrig};

/// A token: a folded word or one punctuation character.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    /// Folded start and end.
    pub(crate) s: u32,
    pub(crate) e: u32,
    /// Original start and end.
    pub(crate) os: u32,
    pub(crate) oe: u32,
    /// The punctuation byte, or 0 for a word.
    pub(crate) punct: u8,
    /// The original starts with an uppercase letter.
    pub(crate) upper: bool,
    /// The original has a non-ASCII letter (e.g. "à" rather than "a").
    pub(crate) accented: bool,
}

/// A sentence ready for recognition.
pub(crate) struct Sentence<'a> {
    pub(crate) index: usize,
    pub(crate) text: &'a str,
    pub(crate) folded: &'a Folded,
    pub(crate) lex: &'a LangLexicon,
    pub(crate) toks: Vec<Tok>,
    /// The cue of each token, looked up once.
    cues: Vec<Option<&'a Cue>>,
    /// Lexicon hits with their token range `[t0, t1)`.
    pub(crate) hits: Vec<(Hit, u32, u32)>,
}

impl<'a> Sentence<'a> {
    /// Tokenise the folded range of `span` and attach `hits` (folded
    /// coordinates, sorted, inside the span).
    pub(crate) fn new(
        index: usize,
        span: Span,
        text: &'a str,
        folded: &'a Folded,
        lex: &'a LangLexicon,
        hits: &[Hit],
    ) -> Sentence<'a> {
        let (fs, fe) = (folded.to_folded(span.start), folded.to_folded(span.end));
        let b = folded.text.as_bytes();
        let mut toks = Vec::with_capacity((fe - fs) / 5 + 4);
        let mut orig = folded.to_orig_from(fs);
        let mut i = fs;
        while i < fe {
            let c = b[i];
            if is_word_byte(c) {
                let s = i;
                while i < fe && is_word_byte(b[i]) {
                    i += 1;
                }
                toks.push(tok(text, &mut orig, s, i, 0));
            } else if c == b' ' || c == b'\n' {
                i += 1;
            } else {
                toks.push(tok(text, &mut orig, i, i + 1, c));
                i += 1;
            }
        }
        let cues = toks
            .iter()
            .map(|t| {
                if t.punct == 0 {
                    lex.cue(&folded.text[t.s as usize..t.e as usize])
                } else {
                    None
                }
            })
            .collect();
        let mut out_hits = Vec::with_capacity(hits.len());
        for h in hits {
            let t0 = toks.partition_point(|t| (t.s as usize) < h.start);
            let t1 = toks.partition_point(|t| (t.s as usize) < h.end);
            if t0 < t1 {
                out_hits.push((*h, t0 as u32, t1 as u32));
            }
        }
        Sentence {
            index,
            text,
            folded,
            lex,
            toks,
            cues,
            hits: out_hits,
        }
    }

    /// The folded word of token `i` ("" for punctuation or out of range).
    pub(crate) fn word(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.punct == 0 => &self.folded.text[t.s as usize..t.e as usize],
            _ => "",
        }
    }

    /// The punctuation of token `i` (0 for words and out of range).
    pub(crate) fn punct(&self, i: usize) -> u8 {
        self.toks.get(i).map_or(0, |t| t.punct)
    }

    /// The cue of token `i`, honouring accent-only cues ("à").
    #[inline]
    pub(crate) fn cue(&self, i: usize) -> Option<&'a Cue> {
        self.cues.get(i).copied().flatten()
    }

    /// True when token `i` has cue role `r` (accent-only roles checked).
    pub(crate) fn has(&self, i: usize, r: u32) -> bool {
        use crate::lexicon::cues::role::ACCENT;
        match self.cue(i) {
            Some(c) if c.roles & r != 0 => {
                // "a" is "à" (a preposition) only with its accent; without it
                // it is the auxiliary.
                if c.roles & ACCENT != 0 && self.word(i) == "a" {
                    let acc = self.toks[i].accented;
                    let prep_roles =
                        crate::lexicon::cues::role::PREP | crate::lexicon::cues::role::LOC;
                    if r & prep_roles != 0 {
                        return acc;
                    }
                    return !acc;
                }
                true
            }
            _ => false,
        }
    }

    /// The original-text span of tokens `[t0, t1)`.
    pub(crate) fn orig_span(&self, t0: usize, t1: usize) -> Span {
        Span::new(self.toks[t0].os as usize, self.toks[t1 - 1].oe as usize)
    }

    /// The entries of hit `h`.
    pub(crate) fn entries(&self, h: usize) -> &'a [Entry] {
        self.lex.entries(&self.hits[h].0)
    }
}

fn tok(text: &str, orig: &mut ToOrig<'_>, s: usize, e: usize, punct: u8) -> Tok {
    let os = orig.map(s);
    let oe = orig.map(e).max(os);
    let o = text.get(os..oe).unwrap_or("");
    let upper = match o.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => o.chars().next().is_some_and(char::is_uppercase),
        None => false,
    };
    Tok {
        s: s as u32,
        e: e as u32,
        os: os as u32,
        oe: oe as u32,
        punct,
        upper,
        accented: !o.is_ascii(),
    }
}
