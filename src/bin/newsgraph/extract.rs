//! `newsgraph extract` and `newsgraph demo`: text files in, one graph out.

use crate::failure::{warn, Failure};
use crate::options::{ExtractorArgs, Format, GraphArgs};
use crate::output::Output;
use crate::{SAMPLE, SAMPLE_ID};
use clap::Args;
use newsgraph::{ActorGraph, Extractor};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Read};
use std::path::{Path, PathBuf};

pub(crate) const EXAMPLES: &str = "\
Examples:
  newsgraph extract article.txt                       DOT on stdout
  newsgraph extract a.txt b.txt --format json -o g.json
  newsgraph extract article.txt --level country --min-confidence 0.5
  newsgraph extract article.txt --kinds attacks,bombs --no-structural
  curl -s URL | newsgraph extract - --lang en --format graphml

Each file is one document whose id is its file stem (stdin: \"stdin\");
the documents' graphs are merged on actor ids.";

pub(crate) const DEMO_EXAMPLES: &str = "\
Examples:
  newsgraph demo | dot -Tsvg > graph.svg
  newsgraph demo --format json --level country
  newsgraph demo --text | newsgraph extract - --format json";

/// Arguments of `newsgraph extract`.
#[derive(Debug, Clone, Default, Args)]
pub(crate) struct ExtractArgs {
    /// Text files, UTF-8; `-` or nothing reads stdin.
    #[arg(value_name = "FILE")]
    pub(crate) files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Dot)]
    pub(crate) format: Format,
    /// Write to this file (atomically) instead of stdout.
    #[arg(long, short, value_name = "OUT")]
    pub(crate) output: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) extractor: ExtractorArgs,
    #[command(flatten)]
    pub(crate) graph: GraphArgs,
}

impl ExtractArgs {
    /// `extract -` with default options.
    pub(crate) fn stdin() -> ExtractArgs {
        ExtractArgs {
            files: vec![PathBuf::from("-")],
            ..ExtractArgs::default()
        }
    }
}

/// Arguments of `newsgraph demo`.
#[derive(Debug, Clone, Default, Args)]
pub(crate) struct DemoArgs {
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Dot)]
    pub(crate) format: Format,
    /// Write to this file (atomically) instead of stdout.
    #[arg(long, short, value_name = "OUT")]
    pub(crate) output: Option<PathBuf>,
    /// Print the sample article itself instead of its graph.
    #[arg(long, conflicts_with_all = ["format", "output"])]
    pub(crate) text: bool,
    #[command(flatten)]
    pub(crate) graph: GraphArgs,
}

/// `newsgraph extract`.
pub(crate) fn run(args: ExtractArgs) -> Result<(), Failure> {
    // Open the output first: an unwritable destination fails before any work.
    let mut out = Output::open(args.output.as_deref())?;
    let files = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files
    };
    // So are missing inputs, before the lexicons are compiled.
    check_inputs(&files)?;
    let extractor = args.extractor.extractor()?;
    let graph = extract_files(&extractor, &files, args.extractor.lossy)?;
    let graph = args.graph.apply(graph);
    args.format
        .write(&graph, &mut out)
        .map_err(|e| out.error(e))?;
    out.finish()
}

/// `newsgraph demo`, and `newsgraph` alone at a terminal. DOT on stdout comes
/// with a hint on stderr saying how to render it.
pub(crate) fn demo(args: DemoArgs) -> Result<(), Failure> {
    let mut out = Output::open(args.output.as_deref())?;
    if args.text {
        out.put(SAMPLE.as_bytes())?;
        return out.finish();
    }
    let graph = args.graph.apply(sample_graph(&Extractor::new()));
    args.format
        .write(&graph, &mut out)
        .map_err(|e| out.error(e))?;
    let to_stdout = out.name() == "stdout";
    out.finish()?;
    if to_stdout && args.format == Format::Dot {
        warn(
            "graph of the embedded sample article; render it with \
             `newsgraph | dot -Tsvg > graph.svg` or `newsgraph render -o graph.svg`",
        );
    }
    Ok(())
}

/// The graph of the embedded sample article.
pub(crate) fn sample_graph(extractor: &Extractor) -> ActorGraph {
    ActorGraph::from_extraction(SAMPLE_ID, &extractor.extract(SAMPLE))
}

/// Extract every file (in parallel) and merge their graphs. Each file is a
/// document named by its stem; `-` is stdin, named `stdin`.
pub(crate) fn extract_files(
    extractor: &Extractor,
    files: &[PathBuf],
    lossy: bool,
) -> Result<ActorGraph, Failure> {
    if files.iter().filter(|f| is_stdin(f)).count() > 1 {
        return Err(Failure::Usage("stdin (`-`) given more than once".into()));
    }
    let ids = document_ids(files);
    let graphs: Vec<Result<ActorGraph, Failure>> = files
        .par_iter()
        .zip(ids.par_iter())
        .map(|(path, id)| {
            let (name, bytes) = read_input(path)?;
            let extraction = extractor
                .extract_bytes(&bytes, lossy)
                .map_err(|e| Failure::run(format!("{name}: {e}")))?;
            Ok(ActorGraph::from_extraction(id, &extraction))
        })
        .collect();
    let mut merged = ActorGraph::new();
    for graph in graphs {
        merged.merge(&graph?);
    }
    Ok(merged)
}

/// Fail on the first input that is missing or a directory.
pub(crate) fn check_inputs(files: &[PathBuf]) -> Result<(), Failure> {
    for path in files.iter().filter(|f| !is_stdin(f)) {
        let name = path.display();
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                return Err(Failure::run(format!(
                    "{name}: is a directory, expected a text file"
                )))
            }
            Ok(_) => {}
            Err(e) => return Err(Failure::run(format!("{name}: {e}"))),
        }
    }
    Ok(())
}

fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Document ids: the file stem, or the whole path when two files share a
/// stem (so that evidence offsets never mix two texts).
fn document_ids(files: &[PathBuf]) -> Vec<String> {
    let stem = |path: &PathBuf| -> String {
        if is_stdin(path) {
            return "stdin".to_string();
        }
        match path.file_stem() {
            Some(stem) => stem.to_string_lossy().into_owned(),
            None => path.display().to_string(),
        }
    };
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for path in files {
        *seen.entry(stem(path)).or_default() += 1;
    }
    files
        .iter()
        .map(|path| {
            let id = stem(path);
            if seen[&id] > 1 {
                path.display().to_string()
            } else {
                id
            }
        })
        .collect()
}

/// Read a whole input: its name for messages and its bytes.
pub(crate) fn read_input(path: &Path) -> Result<(String, Vec<u8>), Failure> {
    if is_stdin(path) {
        if io::stdin().is_terminal() {
            warn("reading the text from the terminal; end it with Ctrl-D");
        }
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| Failure::run(format!("stdin: {e}")))?;
        return Ok(("stdin".to_string(), bytes));
    }
    let name = path.display().to_string();
    if path.is_dir() {
        return Err(Failure::run(format!(
            "{name}: is a directory, expected a text file"
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| Failure::run(format!("{name}: {e}")))?;
    Ok((name, bytes))
}

#[cfg(test)]
mod tests {
    use super::document_ids;
    use std::path::PathBuf;

    #[test]
    fn ids_are_stems_unless_they_collide() {
        let files: Vec<PathBuf> = ["a/x.txt", "b/x.txt", "c/y.txt", "-"]
            .iter()
            .map(PathBuf::from)
            .collect();
        assert_eq!(document_ids(&files), ["a/x.txt", "b/x.txt", "y", "stdin"]);
    }
}
