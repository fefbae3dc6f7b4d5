//! `newsgraph evaluate`: scores the extractor against annotated documents.

use crate::failure::Failure;
use clap::{Args, ValueEnum};
use newsgraph::eval::{self, score, GoldDocument, Report};
use newsgraph::{ActorGraph, Extractor, Lang};
use std::io::{self, Write};
use std::path::PathBuf;

pub(crate) const EXAMPLES: &str = "\
Examples:
  newsgraph evaluate --gold tests/corpus                 table of scores, misses, false edges
  newsgraph evaluate --gold tests/corpus --lang fr       French documents only
  newsgraph evaluate --gold tests/corpus --format json | jq .summary
  newsgraph evaluate --gold tests/corpus --auto-lang     identify languages instead

Every *.json file under DIR is a gold annotation whose \"text\" names its
document beside it (format in the crate docs of newsgraph::eval). The exit
status is 0 whatever the scores, 1 when a gold file or text cannot be read.";

/// Arguments of `newsgraph evaluate`.
#[derive(Debug, Clone, Args)]
pub(crate) struct EvaluateArgs {
    /// Directory of gold annotations, searched recursively.
    #[arg(long, value_name = "DIR")]
    gold: PathBuf,
    /// Report format: a table with each document's misses, or JSON.
    #[arg(long, short, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,
    /// Only the documents annotated in these languages (comma-separated).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "LANG")]
    lang: Vec<LangArg>,
    /// Let the extractor identify each document's language instead of
    /// telling it the annotated one.
    #[arg(long)]
    auto_lang: bool,
    /// A user lexicon (TSV, see the README) to evaluate with; repeatable.
    #[arg(long, value_name = "FILE")]
    lexicon: Vec<PathBuf>,
}

/// The `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ReportFormat {
    /// A human-readable table.
    Text,
    /// The report as JSON.
    Json,
}

/// The `--lang` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LangArg {
    /// French.
    Fr,
    /// English.
    En,
}

impl LangArg {
    fn lang(self) -> Lang {
        match self {
            LangArg::Fr => Lang::Fr,
            LangArg::En => Lang::En,
        }
    }
}

/// Runs `newsgraph evaluate`.
pub(crate) fn run(args: EvaluateArgs) -> Result<(), Failure> {
    let mut builder = Extractor::builder();
    for path in &args.lexicon {
        builder.lexicon_file(path).map_err(Failure::run)?;
    }
    let extractor = builder.build().map_err(Failure::run)?;
    let mut documents = eval::read_gold_dir(&args.gold).map_err(Failure::run)?;
    if documents.is_empty() {
        let dir = args.gold.display();
        return Err(Failure::run(format!(
            "{dir}: no gold annotation (*.json) found"
        )));
    }
    if !args.lang.is_empty() {
        let keep: Vec<Lang> = args.lang.iter().map(|l| l.lang()).collect();
        documents.retain(|d| d.gold.lang.is_some_and(|l| keep.contains(&l)));
    }
    let report = if args.auto_lang {
        let score_doc = |d: &GoldDocument| {
            let extraction = extractor.extract(&d.text);
            score(
                &d.gold,
                &ActorGraph::from_extraction(&d.gold.id, &extraction),
            )
        };
        Report::from_scores(documents.iter().map(score_doc).collect())
    } else {
        eval::evaluate(&extractor, &documents)
    };
    let mut text = match args.format {
        ReportFormat::Text => report.to_text(),
        ReportFormat::Json => report.to_json(),
    };
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let mut stdout = io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| Failure::io("stdout", e))
}
