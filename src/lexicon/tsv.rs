//! Reading the TSV lexicon format: `#` comments, blank lines skipped, `-` for
//! an empty cell, errors with file name and line.

use crate::error::Error;

/// One data line of a TSV file.
#[derive(Debug, Clone)]
pub(crate) struct Record<'a> {
    /// File name, for errors.
    pub(crate) name: &'a str,
    /// One-based line number.
    pub(crate) line: usize,
    /// Cells, trimmed.
    pub(crate) cols: Vec<&'a str>,
}

impl<'a> Record<'a> {
    /// An error about this line.
    pub(crate) fn error(&self, reason: impl Into<String>) -> Error {
        Error::Lexicon {
            name: self.name.to_string(),
            line: self.line,
            reason: reason.into(),
        }
    }

    /// Cell `i`, which must exist.
    pub(crate) fn get(&self, i: usize) -> &'a str {
        self.cols.get(i).copied().unwrap_or("-")
    }

    /// Cell `i`, `None` when it is `-`, empty or missing.
    pub(crate) fn opt(&self, i: usize) -> Option<&'a str> {
        match self.cols.get(i).copied() {
            None | Some("-") | Some("") => None,
            Some(s) => Some(s),
        }
    }

    /// Require between `min` and `max` cells.
    pub(crate) fn expect_cols(&self, min: usize, max: usize) -> Result<(), Error> {
        let n = self.cols.len();
        if n < min || n > max {
            let want = if min == max {
                format!("{min}")
            } else {
                format!("{min} to {max}")
            };
            return Err(self.error(format!("expected {want} tab-separated columns, found {n}")));
        }
        Ok(())
    }

    /// Comma-separated flags of cell `i`.
    pub(crate) fn flags(&self, i: usize) -> impl Iterator<Item = &'a str> {
        self.opt(i)
            .unwrap_or("")
            .split(',')
            .map(str::trim)
            .filter(|f| !f.is_empty() && *f != "-")
    }
}

/// The data lines of a TSV text.
pub(crate) fn records<'a>(name: &'a str, text: &'a str) -> impl Iterator<Item = Record<'a>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.lines().enumerate().filter_map(move |(i, raw)| {
        let l = raw.trim_end_matches('\r');
        if l.trim().is_empty() || l.trim_start().starts_with('#') {
            return None;
        }
        Some(Record {
            name,
            line: i + 1,
            cols: l.split('\t').map(str::trim).collect(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_comments_and_blank_lines_and_counts_lines() {
        let text = "# header\n\na\tb\r\n  # indented comment\nc\t-\td\n";
        let recs: Vec<_> = records("t.tsv", text).collect();
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[0].line, 3);
        assert_eq!(recs[1].line, 5);
        assert_eq!(recs[1].opt(1), None);
        assert_eq!(recs[1].get(2), "d");
        let err = recs[1].expect_cols(2, 2).unwrap_err().to_string();
        assert_eq!(
            err,
            "lexicon t.tsv, line 5: expected 2 tab-separated columns, found 3"
        );
    }
}
