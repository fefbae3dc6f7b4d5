//! `newsgraph render`: extract, then draw with Graphviz.

use crate::extract::{check_inputs, extract_files, sample_graph};
use crate::failure::Failure;
use crate::options::{ExtractorArgs, GraphArgs};
use crate::output::Output;
use clap::{Args, ValueEnum};
use newsgraph::export;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub(crate) const EXAMPLES: &str = "\
Examples:
  newsgraph render -o graph.svg                    the embedded sample article
  newsgraph render article.txt -o graph.png --level country
  newsgraph render a.txt b.txt -o graph.pdf --layout neato

The image format comes from the extension of OUT: .svg, .png or .pdf.
Needs Graphviz: apt-get install graphviz (Debian, Ubuntu), brew install graphviz (macOS).";

/// Arguments of `newsgraph render`.
#[derive(Debug, Clone, Args)]
pub(crate) struct RenderArgs {
    /// Text files, UTF-8; `-` reads stdin; none draws the embedded sample.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    /// The image to write: OUT.svg, OUT.png or OUT.pdf.
    #[arg(long, short, value_name = "OUT")]
    output: PathBuf,
    /// Graphviz layout engine.
    #[arg(long, value_enum, default_value_t = Layout::Dot)]
    layout: Layout,
    #[command(flatten)]
    extractor: ExtractorArgs,
    #[command(flatten)]
    graph: GraphArgs,
}

/// Graphviz layout engines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Layout {
    /// Layered, for directed graphs (the default).
    Dot,
    /// Spring model.
    Neato,
    /// Force-directed.
    Fdp,
    /// Force-directed, for large graphs.
    Sfdp,
    /// Circular.
    Circo,
    /// Radial.
    Twopi,
}

impl Layout {
    fn name(self) -> &'static str {
        match self {
            Layout::Dot => "dot",
            Layout::Neato => "neato",
            Layout::Fdp => "fdp",
            Layout::Sfdp => "sfdp",
            Layout::Circo => "circo",
            Layout::Twopi => "twopi",
        }
    }
}

const INSTALL_HINT: &str = "Graphviz `dot` was not found on PATH; install Graphviz \
    (Debian/Ubuntu: apt-get install graphviz; Fedora: dnf install graphviz; \
    macOS: brew install graphviz) or render the DOT yourself: \
    newsgraph extract FILE > graph.dot";

/// The Graphviz output format for an image path.
fn image_format(path: &Path) -> Result<&'static str, Failure> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    match ext.as_deref() {
        Some("svg") => Ok("svg"),
        Some("png") => Ok("png"),
        Some("pdf") => Ok("pdf"),
        _ => Err(Failure::Usage(format!(
            "{}: unknown image format; use a .svg, .png or .pdf file name",
            path.display()
        ))),
    }
}

/// `newsgraph render`.
pub(crate) fn run(args: RenderArgs) -> Result<(), Failure> {
    let format = image_format(&args.output)?;
    let mut out = Output::open(Some(&args.output))?;
    check_inputs(&args.files)?;
    let extractor = args.extractor.extractor()?;
    let graph = if args.files.is_empty() {
        sample_graph(&extractor)
    } else {
        extract_files(&extractor, &args.files, args.extractor.lossy)?
    };
    let dot = export::to_dot(&args.graph.apply(graph));
    let image = run_graphviz(&dot, format, args.layout)?;
    out.put(&image)?;
    out.finish()
}

/// Run `dot -T<format> -K<layout>` on `source` and return the image.
fn run_graphviz(source: &str, format: &str, layout: Layout) -> Result<Vec<u8>, Failure> {
    let mut child = Command::new("dot")
        .arg(format!("-T{format}"))
        .arg(format!("-K{}", layout.name()))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => Failure::run(INSTALL_HINT),
            _ => Failure::run(format!("cannot run Graphviz `dot`: {e}")),
        })?;
    // Feed stdin from another thread: dot may fill its stdout pipe before it
    // has read all of its input.
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let source = source.to_owned();
    let feeder = std::thread::spawn(move || stdin.write_all(source.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|e| Failure::run(format!("Graphviz `dot`: {e}")))?;
    let fed = feeder.join().expect("the feeding thread does not panic");
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(Failure::run(format!(
            "Graphviz `dot` failed ({}): {}",
            output.status,
            stderr.trim()
        )));
    }
    fed.map_err(|e| Failure::run(format!("Graphviz `dot`: {e}")))?;
    Ok(output.stdout)
}

#[cfg(test)]
mod tests {
    use super::image_format;
    use std::path::Path;

    #[test]
    fn format_follows_extension() {
        assert_eq!(image_format(Path::new("g.svg")).ok(), Some("svg"));
        assert_eq!(image_format(Path::new("dir/G.PNG")).ok(), Some("png"));
        assert_eq!(image_format(Path::new("g.pdf")).ok(), Some("pdf"));
        assert!(image_format(Path::new("g.jpg")).is_err());
        assert!(image_format(Path::new("g")).is_err());
    }
}
