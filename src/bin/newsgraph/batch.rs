//! `newsgraph batch`: a corpus in JSON Lines, one graph a line out, and the
//! merged corpus graph.
//!
//! The input is read in chunks (256 lines or 64 MiB by default); each chunk
//! is extracted in parallel, then written in input order, so memory holds one
//! chunk plus the merged graph whatever the corpus size, and `--per-doc -`
//! streams (flushed after every chunk).

use crate::failure::{warn, Failure};
use crate::jsonl::{self, LineReader, RawLine};
use crate::options::{json_line, ExtractorArgs, Format, GraphArgs};
use crate::output::{is_stdout, Output};
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use newsgraph::{ActorGraph, ActorId, Extractor};
use rayon::prelude::*;
use std::collections::HashSet;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal};
use std::path::PathBuf;
use std::time::{Duration, Instant};

pub(crate) const EXAMPLES: &str = "\
Input: one JSON object a line, {\"id\": ..., \"text\": ..., \"lang\"?: \"fr\"|\"en\", \"date\"?: ...}.
Output (--per-doc): one line per input line, in order:
  {\"id\": ..., \"graph\": <node-link JSON>}   or   {\"id\": ..., \"error\": \"...\", \"line\": N}

Examples:
  newsgraph batch --input docs.jsonl --per-doc graphs.jsonl --merged corpus.json
  newsgraph batch --input docs.jsonl --merged corpus.dot --format dot --level country
  newsgraph batch --input - --per-doc - < docs.jsonl > graphs.jsonl
  parallel --pipe -N1000 newsgraph batch --input - --per-doc - < docs.jsonl
  rdd.pipe(\"newsgraph batch --input - --per-doc - --quiet\")     (Spark)";

/// Bytes of input held in one chunk at most (plus one line).
const CHUNK_BYTES: usize = 64 << 20;
/// Bad lines reported one by one on stderr; the rest are only counted.
const WARNINGS_SHOWN: usize = 20;

/// Arguments of `newsgraph batch`.
#[derive(Debug, Clone, Args)]
pub(crate) struct BatchArgs {
    /// JSON Lines input; `-` reads stdin.
    #[arg(long, short, value_name = "DOCS.jsonl")]
    input: PathBuf,
    /// Write one graph (or error) a line here; `-` is stdout. The default
    /// when --merged is not given.
    #[arg(long, value_name = "OUT.jsonl")]
    per_doc: Option<PathBuf>,
    /// Write the merged corpus graph here, in --format; `-` is stdout.
    #[arg(long, value_name = "GRAPH")]
    merged: Option<PathBuf>,
    /// Format of the merged graph (per-document graphs are always JSON).
    #[arg(long, short, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Worker threads (0: one per core).
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    threads: usize,
    /// Longest input line accepted; longer lines become error records.
    /// Accepts K, M, G suffixes (powers of 1024).
    #[arg(long, value_name = "N", default_value = "16M", value_parser = parse_size)]
    max_line_bytes: usize,
    /// Documents read, extracted in parallel and written per chunk.
    #[arg(long, value_name = "N", default_value_t = 256, value_parser = clap::value_parser!(u32).range(1..))]
    chunk: u32,
    /// Exit with status 1 when any line was bad (still writing every record).
    #[arg(long)]
    strict: bool,
    /// No progress bar, warnings or summary on stderr (errors only).
    #[arg(long, short)]
    quiet: bool,
    #[command(flatten)]
    extractor: ExtractorArgs,
    #[command(flatten)]
    graph: GraphArgs,
}

fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let t = t
        .strip_suffix("iB")
        .or_else(|| t.strip_suffix('B'))
        .unwrap_or(t);
    let (digits, shift) = match t.char_indices().last() {
        Some((i, 'k' | 'K')) => (&t[..i], 10),
        Some((i, 'm' | 'M')) => (&t[..i], 20),
        Some((i, 'g' | 'G')) => (&t[..i], 30),
        _ => (t, 0),
    };
    let n: usize = digits
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a size (examples: 4096, 512K, 16M)"))?;
    match n.checked_mul(1 << shift) {
        Some(0) | None => Err(format!("{s:?} is not a usable size")),
        Some(size) => Ok(size),
    }
}

/// What became of one input line.
struct Outcome {
    /// The output record, without its newline.
    record: String,
    /// `Some(reason)` for a bad line.
    error: Option<String>,
    /// The document's graph before level and filters, for merging and for
    /// counting actors.
    graph: Option<ActorGraph>,
    /// Relations extracted.
    relations: usize,
}

/// Running totals for the closing summary.
#[derive(Default)]
struct Totals {
    documents: usize,
    errors: usize,
    relations: usize,
    actors: HashSet<ActorId>,
}

/// `newsgraph batch`.
pub(crate) fn run(args: BatchArgs) -> Result<(), Failure> {
    let per_doc_path = match (&args.per_doc, &args.merged) {
        (None, None) => Some(PathBuf::from("-")),
        (per_doc, _) => per_doc.clone(),
    };
    if let (Some(p), Some(m)) = (&per_doc_path, &args.merged) {
        if is_stdout(Some(p)) && is_stdout(Some(m)) {
            return Err(Failure::Usage(
                "--per-doc and --merged cannot both write to stdout".into(),
            ));
        }
    }

    let (input_name, reader, input_len) = open_input(&args.input)?;
    // Outputs are opened before any work so that a bad path fails at once.
    let mut per_doc = per_doc_path
        .as_deref()
        .map(|p| Output::open(Some(p)))
        .transpose()?;
    let merged_out = args
        .merged
        .as_deref()
        .map(|p| Output::open(Some(p)))
        .transpose()?;
    let extractor = args.extractor.extractor()?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads)
        .build()
        .map_err(|e| Failure::run(format!("cannot start worker threads: {e}")))?;

    let progress = progress_bar(input_len, args.quiet);
    let started = Instant::now();
    let mut lines = LineReader::new(reader, args.max_line_bytes);
    let mut merged = merged_out.as_ref().map(|_| ActorGraph::new());
    let mut totals = Totals::default();
    let job = Job {
        extractor: &extractor,
        args: &args,
        per_doc: per_doc.is_some(),
    };

    loop {
        let chunk = read_chunk(&mut lines, args.chunk as usize)
            .map_err(|e| Failure::run(format!("{input_name}: {e}")))?;
        if chunk.is_empty() {
            break;
        }
        let outcomes: Vec<(usize, Outcome)> = pool.install(|| {
            chunk
                .into_par_iter()
                .map(|(line, raw)| (line, job.process(line, raw)))
                .collect()
        });
        if let Some(out) = per_doc.as_mut() {
            for (_, outcome) in &outcomes {
                out.put(outcome.record.as_bytes())?;
                out.put(b"\n")?;
            }
            if out.name() == "stdout" {
                out.push()?;
            }
        }
        let mut graphs = Vec::new();
        for (line, outcome) in outcomes {
            match &outcome.error {
                Some(reason) => {
                    totals.errors += 1;
                    if !args.quiet && totals.errors <= WARNINGS_SHOWN {
                        progress.suspend(|| warn(format!("{input_name}:{line}: {reason}")));
                    }
                }
                None => totals.documents += 1,
            }
            totals.relations += outcome.relations;
            if let Some(graph) = outcome.graph {
                totals
                    .actors
                    .extend(graph.nodes().map(|n| n.actor.id.clone()));
                graphs.push(graph);
            }
        }
        if let Some(merged) = merged.as_mut() {
            let chunk_graph = pool.install(|| {
                graphs.into_par_iter().reduce(ActorGraph::new, |mut a, b| {
                    a.merge(&b);
                    a
                })
            });
            merged.merge(&chunk_graph);
        }
        progress.set_position(lines.bytes());
        progress.set_message(format!("{} documents", totals.documents + totals.errors));
    }
    progress.finish_and_clear();

    if let Some(out) = per_doc {
        out.finish()?;
    }
    if let (Some(mut out), Some(merged)) = (merged_out, merged) {
        let graph = args.graph.apply(merged);
        args.format
            .write(&graph, &mut out)
            .map_err(|e| out.error(e))?;
        out.finish()?;
    }

    if !args.quiet {
        if totals.errors > WARNINGS_SHOWN {
            warn(format!(
                "{input_name}: {} more bad lines not shown",
                totals.errors - WARNINGS_SHOWN
            ));
        }
        summary(&totals, lines.bytes(), started.elapsed());
    }
    if args.strict && totals.errors > 0 {
        return Err(Failure::run(format!(
            "{input_name}: {} bad line{} (--strict)",
            totals.errors,
            if totals.errors == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// What every worker needs to process a line.
struct Job<'a> {
    extractor: &'a Extractor,
    args: &'a BatchArgs,
    per_doc: bool,
}

impl Job<'_> {
    fn process(&self, line: usize, raw: RawLine) -> Outcome {
        let max = self.args.max_line_bytes;
        let doc = match jsonl::parse(line, raw, max, self.args.extractor.lossy) {
            Ok(doc) => doc,
            Err(bad) => {
                return Outcome {
                    record: bad.record(line),
                    error: Some(bad.reason),
                    graph: None,
                    relations: 0,
                }
            }
        };
        let extraction = self.extractor.extract_lang(&doc.text, doc.lang);
        let graph = ActorGraph::from_extraction(&doc.id, &extraction);
        let record = if self.per_doc {
            let shown = self.args.graph.apply(graph.clone());
            format!(
                "{{\"id\":{},\"graph\":{}}}",
                serde_json::Value::String(doc.id),
                json_line(&shown)
            )
        } else {
            String::new()
        };
        Outcome {
            record,
            error: None,
            graph: Some(graph),
            relations: extraction.relations.len(),
        }
    }
}

/// Up to `max_lines` lines or about [`CHUNK_BYTES`] bytes.
fn read_chunk<R: BufRead>(
    lines: &mut LineReader<R>,
    max_lines: usize,
) -> io::Result<Vec<(usize, RawLine)>> {
    let mut chunk = Vec::new();
    let mut held = 0;
    while chunk.len() < max_lines && held < CHUNK_BYTES {
        match lines.next_line()? {
            Some((line, raw)) => {
                held += raw.held();
                chunk.push((line, raw));
            }
            None => break,
        }
    }
    Ok(chunk)
}

type Input = (String, Box<dyn BufRead>, Option<u64>);

/// The input's name, a reader, and its size when known.
fn open_input(path: &PathBuf) -> Result<Input, Failure> {
    if path.as_os_str() == "-" {
        if io::stdin().is_terminal() {
            warn("reading JSON Lines from the terminal; end with Ctrl-D");
        }
        let reader = BufReader::with_capacity(1 << 16, io::stdin());
        return Ok(("stdin".to_string(), Box::new(reader), None));
    }
    let name = path.display().to_string();
    if path.is_dir() {
        return Err(Failure::run(format!(
            "{name}: is a directory, expected a JSON Lines file"
        )));
    }
    let file = File::open(path).map_err(|e| Failure::run(format!("{name}: {e}")))?;
    let len = file.metadata().ok().map(|m| m.len());
    let reader = BufReader::with_capacity(1 << 16, file);
    Ok((name, Box::new(reader), len))
}

/// A progress bar on stderr when it is a terminal, else a hidden one.
fn progress_bar(len: Option<u64>, quiet: bool) -> ProgressBar {
    if quiet || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = match len {
        Some(len) => ProgressBar::new(len).with_style(
            ProgressStyle::with_template(
                "{bar:30} {bytes}/{total_bytes} {bytes_per_sec} eta {eta} {msg}",
            )
            .expect("valid progress template"),
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {bytes} {bytes_per_sec} {msg}")
                .expect("valid progress template"),
        ),
    };
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

fn summary(totals: &Totals, bytes: u64, elapsed: Duration) {
    let mb = bytes as f64 / 1e6;
    let secs = elapsed.as_secs_f64().max(1e-9);
    warn(format!(
        "{} documents, {} errors, {} actors, {} relations; {:.1} MB in {:.2} s ({:.1} MB/s)",
        totals.documents,
        totals.errors,
        totals.actors.len(),
        totals.relations,
        mb,
        secs,
        mb / secs
    ));
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes() {
        let cases = [
            ("4096", Some(4096)),
            ("512K", Some(512 << 10)),
            ("16M", Some(16 << 20)),
            ("16MiB", Some(16 << 20)),
            ("1g", Some(1 << 30)),
            ("0", None),
            ("lots", None),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_size(text).ok(), expected, "{text}");
        }
    }
}
