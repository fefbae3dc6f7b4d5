//! JSON Lines input of `newsgraph batch`: bounded line reading and document
//! records.
//!
//! A line longer than the limit is skipped without being held in memory; it
//! becomes an error record like any other bad line, so that the output keeps
//! one line per input line.

use newsgraph::Lang;
use serde_json::{json, Map, Value};
use std::io::{self, BufRead};

/// One input line, as read.
#[derive(Debug)]
pub(crate) enum RawLine {
    /// The line's bytes, without the line terminator.
    Bytes(Vec<u8>),
    /// A line over the limit, with its length in bytes.
    Oversized(usize),
}

impl RawLine {
    /// Bytes held in memory.
    pub(crate) fn held(&self) -> usize {
        match self {
            RawLine::Bytes(bytes) => bytes.len(),
            RawLine::Oversized(_) => 0,
        }
    }
}

/// Reads lines of at most `max` bytes, numbering them from 1.
pub(crate) struct LineReader<R> {
    inner: R,
    max: usize,
    line: usize,
    bytes: u64,
}

impl<R: BufRead> LineReader<R> {
    pub(crate) fn new(inner: R, max: usize) -> LineReader<R> {
        LineReader {
            inner,
            max,
            line: 0,
            bytes: 0,
        }
    }

    /// Bytes consumed so far, line terminators included.
    pub(crate) fn bytes(&self) -> u64 {
        self.bytes
    }

    /// The next line and its number, `None` at the end of the input.
    pub(crate) fn next_line(&mut self) -> io::Result<Option<(usize, RawLine)>> {
        let mut buf = Vec::new();
        let mut len = 0usize;
        let mut any = false;
        loop {
            let available = match self.inner.fill_buf() {
                Ok(available) => available,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if available.is_empty() {
                break;
            }
            any = true;
            let (part, used, end) = match available.iter().position(|&b| b == b'\n') {
                Some(i) => (&available[..i], i + 1, true),
                None => (available, available.len(), false),
            };
            len += part.len();
            if len <= self.max {
                buf.extend_from_slice(part);
            } else if !buf.is_empty() {
                buf = Vec::new();
            }
            self.inner.consume(used);
            self.bytes += used as u64;
            if end {
                break;
            }
        }
        if !any {
            return Ok(None);
        }
        self.line += 1;
        if len > self.max {
            return Ok(Some((self.line, RawLine::Oversized(len))));
        }
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
        Ok(Some((self.line, RawLine::Bytes(buf))))
    }
}

/// A document to extract.
#[derive(Debug, PartialEq)]
pub(crate) struct Doc {
    /// Its id: the `id` field, or the line number when there is none.
    pub(crate) id: String,
    /// Its text.
    pub(crate) text: String,
    /// Its language, when the line gives one.
    pub(crate) lang: Option<Lang>,
}

/// A line that is not a usable document.
#[derive(Debug, PartialEq)]
pub(crate) struct BadLine {
    /// The id, when the line has a readable one.
    pub(crate) id: Option<String>,
    /// What is wrong, in a few words.
    pub(crate) reason: String,
}

impl BadLine {
    fn new(id: Option<String>, reason: impl Into<String>) -> BadLine {
        BadLine {
            id,
            reason: reason.into(),
        }
    }

    /// The error record written in place of the line's graph.
    pub(crate) fn record(&self, line: usize) -> String {
        json!({"id": self.id, "error": self.reason, "line": line}).to_string()
    }
}

/// Read a line as a document: `{"id", "text", "lang"?, "date"?}`; other
/// fields are ignored.
pub(crate) fn parse(line: usize, raw: RawLine, max: usize, lossy: bool) -> Result<Doc, BadLine> {
    let bytes = match raw {
        RawLine::Bytes(bytes) => bytes,
        RawLine::Oversized(len) => {
            return Err(BadLine::new(
                None,
                format!("line of {len} bytes is over the limit of {max} bytes (--max-line-bytes)"),
            ))
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) if lossy => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        Err(e) => {
            return Err(BadLine::new(
                None,
                format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()),
            ))
        }
    };
    if text.trim().is_empty() {
        return Err(BadLine::new(None, "empty line"));
    }
    let mut object: Map<String, Value> = match serde_json::from_str(&text) {
        Ok(Value::Object(object)) => object,
        Ok(_) => return Err(BadLine::new(None, "expected a JSON object")),
        Err(e) => return Err(BadLine::new(None, format!("invalid JSON: {e}"))),
    };
    let id = match object.get("id") {
        None | Some(Value::Null) => line.to_string(),
        Some(Value::String(id)) => id.clone(),
        Some(Value::Number(id)) => id.to_string(),
        Some(_) => return Err(BadLine::new(None, "\"id\" must be a string or a number")),
    };
    let lang = match object.get("lang") {
        None | Some(Value::Null) => None,
        Some(Value::String(code)) if code.eq_ignore_ascii_case("auto") || code.is_empty() => None,
        Some(Value::String(code)) => match code.parse::<Lang>() {
            Ok(lang) => Some(lang),
            Err(e) => return Err(BadLine::new(Some(id), e)),
        },
        Some(_) => return Err(BadLine::new(Some(id), "\"lang\" must be a string")),
    };
    let text = match object.remove("text") {
        Some(Value::String(text)) => text,
        None | Some(Value::Null) => return Err(BadLine::new(Some(id), "missing \"text\"")),
        Some(_) => return Err(BadLine::new(Some(id), "\"text\" must be a string")),
    };
    Ok(Doc { id, text, lang })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &str, max: usize) -> Vec<(usize, String)> {
        let mut reader = LineReader::new(io::BufReader::with_capacity(4, input.as_bytes()), max);
        let mut out = Vec::new();
        while let Some((n, raw)) = reader.next_line().unwrap() {
            out.push((
                n,
                match raw {
                    RawLine::Bytes(b) => String::from_utf8(b).unwrap(),
                    RawLine::Oversized(len) => format!("<{len}>"),
                },
            ));
        }
        assert_eq!(reader.bytes(), input.len() as u64);
        out
    }

    #[test]
    fn reads_numbered_lines() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("empty input", "", &[]),
            ("final newline", "a\nb\n", &["a", "b"]),
            ("no final newline", "a\nb", &["a", "b"]),
            ("crlf", "a\r\nb\r\n", &["a", "b"]),
            ("blank line kept", "a\n\nb\n", &["a", "", "b"]),
            (
                "oversized skipped",
                "short\nway too long\nok\n",
                &["short", "<12>", "ok"],
            ),
            ("limit is inclusive", "12345678\n", &["12345678"]),
        ];
        for (name, input, expected) in cases {
            let got = lines(input, 8);
            let texts: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
            assert_eq!(&texts, expected, "{name}");
            let numbers: Vec<usize> = got.iter().map(|(n, _)| *n).collect();
            assert_eq!(numbers, (1..=expected.len()).collect::<Vec<_>>(), "{name}");
        }
    }

    fn parse_str(s: &str) -> Result<Doc, BadLine> {
        parse(7, RawLine::Bytes(s.as_bytes().to_vec()), 100, false)
    }

    #[test]
    fn parses_documents() {
        let doc =
            parse_str(r#"{"id": "a1", "text": "La Russie.", "lang": "fr", "date": "2016-02-20"}"#)
                .unwrap();
        assert_eq!(
            doc,
            Doc {
                id: "a1".into(),
                text: "La Russie.".into(),
                lang: Some(Lang::Fr)
            }
        );
        assert_eq!(parse_str(r#"{"id": 12, "text": "x"}"#).unwrap().id, "12");
        assert_eq!(parse_str(r#"{"text": "x"}"#).unwrap().id, "7");
        assert_eq!(
            parse_str(r#"{"text": "x", "lang": "auto"}"#).unwrap().lang,
            None
        );
    }

    #[test]
    fn bad_lines_say_why() {
        let cases: &[(&str, &str, Option<&str>, &str)] = &[
            (
                "broken JSON",
                r#"{"id": "a", "text": "#,
                None,
                "invalid JSON",
            ),
            ("not an object", "[1, 2]", None, "expected a JSON object"),
            ("blank", "   ", None, "empty line"),
            (
                "missing text",
                r#"{"id": "a"}"#,
                Some("a"),
                "missing \"text\"",
            ),
            (
                "text not a string",
                r#"{"id": "a", "text": 3}"#,
                Some("a"),
                "must be a string",
            ),
            (
                "unknown language",
                r#"{"id": "a", "text": "x", "lang": "de"}"#,
                Some("a"),
                "unknown language",
            ),
            ("bad id", r#"{"id": [1], "text": "x"}"#, None, "\"id\""),
        ];
        for (name, line, id, reason) in cases {
            let bad = parse_str(line).unwrap_err();
            assert_eq!(bad.id.as_deref(), *id, "{name}");
            assert!(bad.reason.contains(reason), "{name}: {}", bad.reason);
        }
    }

    #[test]
    fn invalid_utf8_and_oversized() {
        let bad = parse(
            1,
            RawLine::Bytes(b"{\"text\": \"\xff\"}".to_vec()),
            100,
            false,
        )
        .unwrap_err();
        assert_eq!(bad.reason, "invalid UTF-8 at byte 10");
        let doc = parse(
            1,
            RawLine::Bytes(b"{\"text\": \"\xff\"}".to_vec()),
            100,
            true,
        )
        .unwrap();
        assert_eq!(doc.text, "\u{fffd}");
        let bad = parse(1, RawLine::Oversized(500), 100, false).unwrap_err();
        assert!(bad.reason.contains("500 bytes"));
    }

    #[test]
    fn error_record_is_one_json_line() {
        let record = BadLine::new(Some("a".into()), "missing \"text\"").record(3);
        let value: Value = serde_json::from_str(&record).unwrap();
        assert_eq!(
            value,
            json!({"id": "a", "error": "missing \"text\"", "line": 3})
        );
    }
}
