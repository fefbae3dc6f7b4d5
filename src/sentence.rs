//! One sentence as the recognisers see it: tokens of the folded text with
//! their original offsets, and the lexicon hits that fall inside it.

use crate::lexicon::cues::role::ACCENT;
use crate::lexicon::cues::Cue;
use crate::lexicon::fast::pack8;
use crate::lexicon::lang::{Entry, Hit, LangLexicon, NONE};
use crate::span::Span;
use crate::text::langid::{self, Votes};
use crate::text::normalize::{is_word_byte, word_bytes, Folded, HIGHS};

/// A token: a folded word or one punctuation character.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    /// Folded start and end.
    pub(crate) s: u32,
    pub(crate) e: u32,
    /// Original start and end.
    pub(crate) os: u32,
    pub(crate) oe: u32,
    /// The lexicon's id of the folded token (see [`LangLexicon::word_id`]),
    /// or [`NONE`] for a word the lexicon does not know.
    pub(crate) id: u32,
    /// The cue role bits of the token (0 without a cue).
    pub(crate) roles: u32,
    /// The [`name_class`](crate::lexicon::lang::name_class) bits of the word.
    pub(crate) class: u8,
    /// The [`starts`](crate::lexicon::lang::starts) bits of the word.
    pub(crate) starts: u8,
    /// The punctuation byte, or 0 for a word.
    pub(crate) punct: u8,
    /// The original starts with an uppercase letter.
    pub(crate) upper: bool,
    /// The original has a non-ASCII letter (e.g. "à" rather than "a"); set
    /// only for words with the accent-only cue role (see [`Sentence::has`]),
    /// the only ones it decides.
    pub(crate) accented: bool,
    /// The word starts with a digit.
    pub(crate) digit: bool,
}

/// Tokenise the folded range `[fs, fe)` of a document into `toks`, looking
/// every token up in the lexicon once: [`split`] then [`look_up`].
#[cfg(test)]
pub(crate) fn tokenize(
    text: &str,
    folded: &Folded,
    fs: usize,
    fe: usize,
    lex: &LangLexicon,
    toks: &mut Vec<Tok>,
) {
    let first = toks.len();
    split(text, folded, fs, fe, 0, toks);
    look_up(text, folded, lex, &mut toks[first..]);
}

/// Append the tokens of the folded range `[fs, fe)` of a document to
/// `toks`, with all but what a language's lexicon knows of them (see
/// [`look_up`]), and return the language votes of the range's first
/// `vote_limit` short words (see [`Votes::count`], which gives the same
/// votes): one pass both tokenises and identifies the language.
pub(crate) fn split(
    text: &str,
    folded: &Folded,
    fs: usize,
    fe: usize,
    vote_limit: usize,
    toks: &mut Vec<Tok>,
) -> Votes {
    // Bounded at `fe`, so that the loops below need no other bound.
    let b = &folded.text.as_bytes()[..fe];
    let ob = text.as_bytes();
    let mut votes = Votes::default();
    let mut voters = 0;
    // At most one token per byte; news text has about one per five.
    toks.reserve((fe - fs) / 4 + 4);
    let mut orig = folded.to_orig_from(fs);
    let mut i = fs;
    while i < fe {
        let c = b[i];
        let s = i;
        let punct = if is_word_byte(c) {
            // Eight bytes at a time while the range has them; the first
            // eight bytes of the word, kept for the vote.
            let mut head = None;
            loop {
                match b.get(i..i + 8) {
                    Some(chunk) => {
                        let mut le = [0u8; 8];
                        le.copy_from_slice(chunk);
                        let w = u64::from_le_bytes(le);
                        let other = !word_bytes(w) & HIGHS;
                        if i == s {
                            head = Some(w);
                        }
                        if other != 0 {
                            i += other.trailing_zeros() as usize / 8;
                            break;
                        }
                        i += 8;
                    }
                    None => {
                        i += b[i..]
                            .iter()
                            .position(|&x| !is_word_byte(x))
                            .unwrap_or(fe - i);
                        break;
                    }
                }
            }
            let len = i - s;
            if len <= langid::MAX_WORD && voters < vote_limit {
                voters += 1;
                // The word is the low `len` bytes of its head.
                votes.vote(
                    head.map_or_else(|| pack8(&b[s..i]), |w| w & (u64::MAX >> (64 - 8 * len))),
                );
            }
            0
        } else if c == b' ' || c == b'\n' {
            i += 1;
            continue;
        } else {
            i += 1;
            c
        };
        let (os, oe) = orig.map_span(s, i);
        let first = ob.get(os).copied().unwrap_or(0);
        let upper = if first < 0x80 {
            first.is_ascii_uppercase()
        } else {
            text.get(os..)
                .and_then(|t| t.chars().next())
                .is_some_and(char::is_uppercase)
        };
        toks.push(Tok {
            s: s as u32,
            e: i as u32,
            os: os as u32,
            oe: oe as u32,
            id: NONE,
            roles: 0,
            class: 0,
            starts: 0,
            punct,
            upper,
            accented: false,
            digit: punct == 0 && c.is_ascii_digit(),
        });
    }
    votes
}

/// Look the tokens made by [`split`] up in a language's lexicon: their
/// word id, cue roles, name class and pattern starts.
pub(crate) fn look_up(text: &str, folded: &Folded, lex: &LangLexicon, toks: &mut [Tok]) {
    let b = folded.text.as_bytes();
    let ob = text.as_bytes();
    for t in toks {
        let (id, roles, class, starts) = lex.word_at(b, t.s as usize, t.e as usize);
        t.id = id;
        t.roles = roles;
        t.class = class;
        t.starts = starts;
        // Only asked of accent-only cue words ("a" / "à"). Folding changes
        // the length of a word only through non-ASCII characters, so most
        // accented words need no look at their bytes.
        t.accented = roles & ACCENT != 0
            && (t.oe - t.os != t.e - t.s
                || ob
                    .get(t.os as usize..t.oe as usize)
                    .is_some_and(|o| o.iter().any(|&x| x >= 0x80)));
    }
}

/// A sentence ready for recognition.
pub(crate) struct Sentence<'a> {
    pub(crate) index: usize,
    pub(crate) text: &'a str,
    pub(crate) folded: &'a Folded,
    pub(crate) lex: &'a LangLexicon,
    pub(crate) toks: &'a [Tok],
    /// Lexicon hits with their token range `[t0, t1)`.
    pub(crate) hits: &'a [(Hit, u32, u32)],
}

/// Find the lexicon patterns in a sentence's tokens into `out` (cleared
/// first): see [`LangLexicon::scan`].
pub(crate) fn find_hits(
    text: &str,
    lex: &LangLexicon,
    toks: &[Tok],
    out: &mut Vec<(Hit, u32, u32)>,
) {
    out.clear();
    lex.scan(
        toks,
        |i| {
            let t = &toks[i];
            let o = text.as_bytes().get(t.os as usize..t.oe as usize);
            o.map_or(NONE, |o| lex.word_id(o))
        },
        out,
    );
}

impl<'a> Sentence<'a> {
    /// A sentence of tokens `toks` (from [`tokenize`]) and their lexicon
    /// patterns `hits` (from [`find_hits`]).
    pub(crate) fn new(
        index: usize,
        text: &'a str,
        folded: &'a Folded,
        lex: &'a LangLexicon,
        toks: &'a [Tok],
        hits: &'a [(Hit, u32, u32)],
    ) -> Sentence<'a> {
        Sentence {
            index,
            text,
            folded,
            lex,
            toks,
            hits,
        }
    }

    /// The folded word of token `i` ("" for punctuation or out of range).
    #[inline]
    pub(crate) fn word(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.punct == 0 => &self.folded.text[t.s as usize..t.e as usize],
            _ => "",
        }
    }

    /// The folded word of token `i` as bytes (empty for punctuation or out
    /// of range): [`word`](Sentence::word) without its checks of character
    /// boundaries, for comparisons with plain ASCII words.
    #[inline]
    pub(crate) fn word_bytes(&self, i: usize) -> &[u8] {
        match self.toks.get(i) {
            Some(t) if t.punct == 0 => (self.folded.text.as_bytes())
                .get(t.s as usize..t.e as usize)
                .unwrap_or_default(),
            _ => b"",
        }
    }

    /// The punctuation of token `i` (0 for words and out of range).
    #[inline]
    pub(crate) fn punct(&self, i: usize) -> u8 {
        self.toks.get(i).map_or(0, |t| t.punct)
    }

    /// The cue of token `i`, honouring accent-only cues ("à").
    #[inline]
    pub(crate) fn cue(&self, i: usize) -> Option<&'a Cue> {
        self.lex.cue_of(self.toks.get(i)?.id)
    }

    /// True when token `i` is a word of [`name_class`](crate::lexicon::lang::name_class) `class`.
    #[inline]
    pub(crate) fn is_name_word(&self, i: usize, class: u8) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.punct == 0 && t.class & class != 0)
    }

    /// True when token `t` is a quantity before "de/of" ("milliers",
    /// "hundreds", "100 000", "plus").
    pub(crate) fn quantity(&self, t: usize) -> bool {
        let w = self.word(t);
        w.bytes().all(|b| b.is_ascii_digit()) && !w.is_empty()
            || matches!(
                w,
                "milliers"
                    | "millier"
                    | "centaines"
                    | "centaine"
                    | "dizaines"
                    | "dizaine"
                    | "millions"
                    | "plus"
                    | "moins"
                    | "plusieurs"
                    | "quelques"
                    | "thousands"
                    | "thousand"
                    | "hundreds"
                    | "hundred"
                    | "dozens"
                    | "dozen"
                    | "scores"
                    | "tens"
                    | "several"
                    | "more"
                    | "than"
                    | "beaucoup"
                    | "autant"
                    | "davantage"
                    | "nombre"
            )
    }

    /// True when token `i` is a word of the common-word list.
    #[inline]
    pub(crate) fn is_common(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| self.lex.is_common(t.id))
    }

    /// True when token `i` has cue role `r` (accent-only roles checked).
    #[inline]
    pub(crate) fn has(&self, i: usize, r: u32) -> bool {
        match self.toks.get(i) {
            Some(t) if t.roles & r != 0 => {
                // "a" is "à" (a preposition) only with its accent; without it
                // it is the auxiliary.
                if t.roles & ACCENT != 0 && self.word(i) == "a" {
                    let acc = t.accented;
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
