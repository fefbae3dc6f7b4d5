//! Languages newsgraph reads, and per-document language identification.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language of the input text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French.
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Every supported language, in a fixed order.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The ISO 639-1 code: `"fr"` or `"en"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Index of the language in [`Lang::ALL`].
    #[allow(dead_code)]
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Lang, String> {
        match s.to_ascii_lowercase().as_str() {
            "fr" | "fra" | "fre" | "french" | "français" | "francais" => Ok(Lang::Fr),
            "en" | "eng" | "english" | "anglais" => Ok(Lang::En),
            _ => Err(format!("unknown language {s:?} (expected fr or en)")),
        }
    }
}
