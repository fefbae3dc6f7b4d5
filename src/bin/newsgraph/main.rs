//! `newsgraph`: news articles in, knowledge graphs of actors and relations out.
//!
//! Each subcommand lives in its own module with an `Args` struct (clap
//! derive) and a `run(args) -> Result<(), Failure>` function. Adding a
//! subcommand is one `mod` line, one variant of [`Command`] and one arm in
//! [`run`]. Errors travel as [`Failure`] values up to `main`, which turns them
//! into a message on stderr and an exit code: 0 success (a closed stdout pipe
//! included), 1 a failed run, 2 bad usage.

mod batch;
mod evaluate;
mod extract;
mod failure;
mod jsonl;
mod options;
mod output;
mod render;

use clap::{Parser, Subcommand};
use failure::Failure;
use std::io::IsTerminal;
use std::process::ExitCode;

/// The founding article of the project, a France 24 dispatch of February
/// 2016 on Russia, Turkey and Syria: the graph shown when `newsgraph` runs
/// without arguments.
pub(crate) const SAMPLE: &str = include_str!("../../../data/sample/seed_fr.txt");

/// The document id of the embedded sample.
pub(crate) const SAMPLE_ID: &str = "seed_fr";

const EXAMPLES: &str = "\
Examples:
  newsgraph                                    graph of the embedded sample article, as DOT
  newsgraph | dot -Tsvg > graph.svg            ... rendered with Graphviz
  newsgraph render -o graph.svg                ... the same in one step
  newsgraph extract article.txt --format json  one article, node-link JSON (networkx)
  newsgraph extract a.txt b.txt --level country -o graph.dot
  cat article.txt | newsgraph extract - --lang fr --format graphml
  newsgraph batch --input docs.jsonl --per-doc graphs.jsonl --merged corpus.json
  newsgraph batch --input - --per-doc - < docs.jsonl     streaming filter (Spark RDD.pipe)

Exit status: 0 success, 1 failed run, 2 bad usage.";

/// Turn French and English news articles into knowledge graphs of actors and
/// typed relations.
///
/// Without arguments, prints the graph of the embedded sample article as DOT
/// (when stdin is a terminal) or extracts the text read from stdin.
#[derive(Debug, Parser)]
#[command(name = "newsgraph", version, about, long_about, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract one graph from text files (or stdin), merged, on stdout.
    #[command(after_help = extract::EXAMPLES)]
    Extract(extract::ExtractArgs),
    /// Process a corpus: one JSON document a line in, one graph a line out.
    #[command(after_help = batch::EXAMPLES)]
    Batch(batch::BatchArgs),
    /// Extract, then draw the graph with Graphviz `dot` (SVG, PNG or PDF).
    #[command(after_help = render::EXAMPLES)]
    Render(render::RenderArgs),
    /// The graph of the embedded sample article (what `newsgraph` alone prints).
    #[command(after_help = extract::DEMO_EXAMPLES)]
    Demo(extract::DemoArgs),
    /// Score the extractor against annotated documents (gold JSON + text).
    #[command(after_help = evaluate::EXAMPLES)]
    Evaluate(evaluate::EvaluateArgs),
}

fn run(command: Option<Command>) -> Result<(), Failure> {
    match command {
        Some(Command::Extract(args)) => extract::run(args),
        Some(Command::Batch(args)) => batch::run(args),
        Some(Command::Render(args)) => render::run(args),
        Some(Command::Demo(args)) => extract::demo(args),
        Some(Command::Evaluate(args)) => evaluate::run(args),
        // No arguments: the demo for a person at a terminal, a filter for a
        // pipe (`cat article.txt | newsgraph`).
        None if std::io::stdin().is_terminal() => extract::demo(extract::DemoArgs::default()),
        None => extract::run(extract::ExtractArgs::stdin()),
    }
}

fn main() -> ExitCode {
    // Clap exits with 2 on usage errors and 0 for --help and --version.
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => failure.report(),
    }
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
