//! The `newsgraph` binary as users and scripts see it: outputs, exit codes,
//! error messages, streaming and pipes.
//!
//! `newsgraph` with no arguments runs the demo only when stdin is a
//! terminal, which a test cannot provide; the same code path is reached
//! through the `demo` subcommand, tested here.

#![cfg(feature = "cli")]

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_newsgraph");

const FRENCH: &str = "La Russie a assuré samedi qu'elle allait continuer de mener ses \
    frappes aériennes pour aider Damas à combattre les terroristes.\n";
const ENGLISH: &str = "Turkey shelled Kurdish militias in northern Syria on Saturday.\n";

/// A scratch directory removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("newsgraph-cli-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        fs::write(&path, contents).unwrap();
        path
    }

    fn entries(&self) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(&self.0)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn newsgraph(args: &[&str]) -> Command {
    let mut command = Command::new(BIN);
    command.args(args).stdin(Stdio::null());
    command
}

/// Run with `stdin` as standard input.
fn run_with_stdin(command: &mut Command, stdin: &[u8]) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let feeder = std::thread::spawn(move || pipe.write_all(&input));
    let output = child.wait_with_output().unwrap();
    feeder.join().unwrap().unwrap();
    output
}

fn run(command: &mut Command) -> Output {
    command.output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[track_caller]
fn assert_code(output: &Output, code: i32) {
    assert_eq!(
        output.status.code(),
        Some(code),
        "stdout: {}\nstderr: {}",
        String::from_utf8_lossy(&output.stdout),
        stderr(output)
    );
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn demo_prints_dot_and_a_rendering_hint() {
    let output = run(&mut newsgraph(&["demo"]));
    assert_code(&output, 0);
    assert!(stdout(&output).starts_with("digraph"));
    assert!(stdout(&output).trim_end().ends_with('}'));
    let hint = stderr(&output);
    assert!(
        hint.contains("dot -Tsvg") && hint.contains("newsgraph render"),
        "{hint}"
    );
    assert_eq!(hint.lines().count(), 1, "{hint}");
}

#[test]
fn demo_json_is_the_sample_document() {
    let output = run(&mut newsgraph(&["demo", "--format", "json"]));
    assert_code(&output, 0);
    let graph = json(&stdout(&output));
    assert_eq!(graph["directed"], true);
    assert_eq!(graph["graph"]["documents"][0]["id"], "seed_fr");
    assert!(
        stderr(&output).is_empty(),
        "no hint for JSON: {}",
        stderr(&output)
    );
}

#[test]
fn demo_text_round_trips_through_extract() {
    let text = run(&mut newsgraph(&["demo", "--text"]));
    assert_code(&text, 0);
    assert!(stdout(&text).contains("Dmitri Peskov"));
    let demo = run(&mut newsgraph(&["demo", "--format", "json"]));
    let piped = run_with_stdin(
        &mut newsgraph(&["extract", "-", "--format", "json"]),
        &text.stdout,
    );
    assert_code(&piped, 0);
    let (a, b) = (json(&stdout(&demo)), json(&stdout(&piped)));
    assert_eq!(a["nodes"], b["nodes"]);
    assert_eq!(b["graph"]["documents"][0]["id"], "stdin");
}

#[test]
fn no_arguments_with_piped_stdin_extracts_stdin() {
    let output = run_with_stdin(&mut newsgraph(&[]), FRENCH.as_bytes());
    assert_code(&output, 0);
    assert!(stdout(&output).starts_with("digraph"));
    assert!(stderr(&output).is_empty(), "{}", stderr(&output));
}

#[test]
fn extract_writes_every_format() {
    let dir = Scratch::new("formats");
    let file = dir.write("article.txt", FRENCH);
    for format in ["dot", "json", "graphml", "cytoscape"] {
        let output = run(&mut newsgraph(&["extract", arg(&file), "--format", format]));
        assert_code(&output, 0);
        let text = stdout(&output);
        match format {
            "dot" => assert!(text.starts_with("digraph"), "{text}"),
            "json" => {
                let graph = json(&text);
                assert_eq!(graph["multigraph"], true);
                assert_eq!(graph["graph"]["documents"][0]["id"], "article");
            }
            "graphml" => assert!(
                text.starts_with("<?xml") && text.contains("<graphml"),
                "{text}"
            ),
            _ => assert!(json(&text).get("elements").is_some(), "{text}"),
        }
    }
}

#[test]
fn extract_merges_files_into_one_graph() {
    let dir = Scratch::new("merge");
    let a = dir.write("fr.txt", FRENCH);
    let b = dir.write("en.txt", ENGLISH);
    let output = run(&mut newsgraph(&[
        "extract",
        arg(&a),
        arg(&b),
        "--format",
        "json",
    ]));
    assert_code(&output, 0);
    let graph = json(&stdout(&output));
    let ids: Vec<&str> = graph["graph"]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["en", "fr"]);
}

#[test]
fn extract_output_file_is_written_whole() {
    let dir = Scratch::new("outfile");
    let file = dir.write("article.txt", ENGLISH);
    let out = dir.path("graph.json");
    let output = run(&mut newsgraph(&[
        "extract",
        arg(&file),
        "--format",
        "json",
        "--level",
        "country",
        "-o",
        arg(&out),
    ]));
    assert_code(&output, 0);
    assert!(output.stdout.is_empty());
    json(&fs::read_to_string(&out).unwrap());
    assert_eq!(dir.entries(), ["article.txt", "graph.json"]);
}

#[test]
fn bad_flag_is_a_usage_error() {
    for args in [
        &["extract", "--bogus"][..],
        &["extract", "--format", "xml"],
        &["extract", "--min-confidence", "2"],
        &["extract", "--kinds", "hugs"],
        &["frobnicate"],
        &["batch"],
    ] {
        let output = run(&mut newsgraph(args));
        assert_code(&output, 2);
        let message = stderr(&output);
        assert!(
            message.contains("error:") && message.contains("--help"),
            "{args:?}: {message}"
        );
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn unknown_flag_shows_usage() {
    let output = run(&mut newsgraph(&["extract", "--bogus"]));
    assert_code(&output, 2);
    assert!(
        stderr(&output).contains("Usage: newsgraph extract"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn help_and_version() {
    let help = run(&mut newsgraph(&["--help"]));
    assert_code(&help, 0);
    for word in ["extract", "batch", "render", "Examples:"] {
        assert!(stdout(&help).contains(word), "{word}");
    }
    let version = run(&mut newsgraph(&["--version"]));
    assert_code(&version, 0);
    assert_eq!(
        stdout(&version).trim(),
        format!("newsgraph {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn missing_file_fails_naming_it() {
    let dir = Scratch::new("missing");
    let missing = dir.path("no-such-article.txt");
    let output = run(&mut newsgraph(&["extract", arg(&missing)]));
    assert_code(&output, 1);
    assert!(
        stderr(&output).contains("no-such-article.txt"),
        "{}",
        stderr(&output)
    );
    assert!(output.stdout.is_empty());
}

/// Every command that reads files fails with status 1 and an error naming
/// the file it could not read, whether the file is missing or unreadable.
#[test]
fn unreadable_inputs_fail_naming_them_in_every_command() {
    let dir = Scratch::new("unreadable");
    let file = dir.write("article.txt", ENGLISH);
    let missing = dir.path("no-such-input.txt");
    // A path through a regular file cannot be opened, even by root.
    let through_a_file = file.join("child.txt");
    let mut bad = vec![missing, through_a_file];
    // A file without read permission, unless we are root and read anyway.
    let locked = dir.write("locked.txt", ENGLISH);
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    }
    if fs::read(&locked).is_err() {
        bad.push(locked);
    }
    for path in &bad {
        let image = dir.path("graph.svg");
        for args in [
            vec!["extract", arg(path)],
            vec!["extract", arg(&file), arg(path)],
            vec!["batch", "--input", arg(path)],
            vec!["render", arg(path), "-o", arg(&image)],
        ] {
            let output = run(&mut newsgraph(&args));
            assert_code(&output, 1);
            let message = stderr(&output);
            assert!(message.contains(arg(path)), "{args:?}: {message}");
            assert!(output.stdout.is_empty(), "{args:?}");
            assert!(!image.exists(), "{args:?}");
        }
    }
}

#[test]
fn missing_lexicon_fails_naming_it() {
    let dir = Scratch::new("lexicon");
    let file = dir.write("article.txt", FRENCH);
    let lexicon = dir.path("my-actors.tsv");
    let output = run(&mut newsgraph(&[
        "extract",
        arg(&file),
        "--lexicon",
        arg(&lexicon),
    ]));
    assert_code(&output, 1);
    assert!(
        stderr(&output).contains("my-actors.tsv"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn invalid_utf8_fails_unless_lossy() {
    let dir = Scratch::new("utf8");
    let file = dir.write(
        "latin1.txt",
        b"La Turquie a bombard\xe9 les milices kurdes.\n",
    );
    let output = run(&mut newsgraph(&["extract", arg(&file)]));
    assert_code(&output, 1);
    let message = stderr(&output);
    assert!(
        message.contains("latin1.txt") && message.contains("UTF-8"),
        "{message}"
    );
    let lossy = run(&mut newsgraph(&["extract", arg(&file), "--lossy"]));
    assert_code(&lossy, 0);
}

#[test]
fn directory_as_file_fails_naming_it() {
    let dir = Scratch::new("directory");
    let sub = dir.path("articles");
    fs::create_dir(&sub).unwrap();
    for args in [
        &["extract", arg(&sub)][..],
        &["batch", "--input", arg(&sub)],
    ] {
        let output = run(&mut newsgraph(args));
        assert_code(&output, 1);
        let message = stderr(&output);
        assert!(
            message.contains("articles") && message.contains("directory"),
            "{message}"
        );
    }
}

#[test]
fn stdin_twice_is_a_usage_error() {
    let output = run(&mut newsgraph(&["extract", "-", "-"]));
    assert_code(&output, 2);
}

#[test]
fn unwritable_output_fails_and_leaves_nothing() {
    let dir = Scratch::new("unwritable");
    let file = dir.write("article.txt", FRENCH);
    let out_dir = dir.path("existing-dir");
    fs::create_dir(&out_dir).unwrap();
    let nowhere = dir.path("no/such/dir/graph.dot");
    for target in [&out_dir, &nowhere] {
        let output = run(&mut newsgraph(&["extract", arg(&file), "-o", arg(target)]));
        assert_code(&output, 1);
        assert!(stderr(&output).contains(arg(target)), "{}", stderr(&output));
    }
    assert_eq!(dir.entries(), ["article.txt", "existing-dir"]);
    assert_eq!(fs::read_dir(&out_dir).unwrap().count(), 0);
}

/// What one output line should be: its id (`None`: null) and, for an error
/// record, a piece of its message.
type Expected = (Option<&'static str>, Option<&'static str>);

/// Input lines of a small corpus with every kind of bad line, and what is
/// expected for each.
fn corpus_with_bad_lines() -> (Vec<u8>, Vec<Expected>) {
    let long_text = "x".repeat(300);
    let mut input = Vec::new();
    let mut line = |bytes: &[u8]| {
        input.extend_from_slice(bytes);
        input.push(b'\n');
    };
    line(br#"{"id": "a", "text": "La Russie soutient la Syrie.", "lang": "fr"}"#);
    line(br#"{"id": "b", "text": "broken"#);
    line(br#"{"id": "c"}"#);
    line(br#"{"id": "d", "text": "Turkey shelled Kurdish militias.", "date": "2016-02-20"}"#);
    line(b"{\"id\": \"e\", \"text\": \"caf\xe9\"}");
    line(format!(r#"{{"id": "f", "text": "{long_text}"}}"#).as_bytes());
    line(br#"{"id": 7, "text": "The UN urged Russia to stop."}"#);
    let expected = vec![
        (Some("a"), None),
        (None, Some("invalid JSON")),
        (Some("c"), Some("missing \"text\"")),
        (Some("d"), None),
        (None, Some("invalid UTF-8")),
        (None, Some("over the limit")),
        (Some("7"), None),
    ];
    (input, expected)
}

#[track_caller]
fn check_per_doc(text: &str, expected: &[Expected]) {
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), expected.len(), "{text}");
    for (n, (line, (id, error))) in lines.iter().zip(expected).enumerate() {
        let record = json(line);
        match id {
            Some(id) => assert_eq!(record["id"], *id, "line {}", n + 1),
            None => assert!(record["id"].is_null(), "line {}", n + 1),
        }
        match error {
            None => assert_eq!(record["graph"]["directed"], true, "line {}: {line}", n + 1),
            Some(reason) => {
                let message = record["error"].as_str().unwrap();
                assert!(message.contains(reason), "line {}: {message}", n + 1);
                assert_eq!(record["line"], n + 1);
                assert!(record.get("graph").is_none());
            }
        }
    }
}

#[test]
fn batch_keeps_every_line_in_order_with_errors_in_place() {
    let dir = Scratch::new("batch");
    let (input, expected) = corpus_with_bad_lines();
    let docs = dir.write("docs.jsonl", &input);
    let per_doc = dir.path("graphs.jsonl");
    let merged = dir.path("corpus.json");
    let output = run(&mut newsgraph(&[
        "batch",
        "--input",
        arg(&docs),
        "--per-doc",
        arg(&per_doc),
        "--merged",
        arg(&merged),
        "--max-line-bytes",
        "200",
        "--chunk",
        "3",
    ]));
    assert_code(&output, 0);
    check_per_doc(&fs::read_to_string(&per_doc).unwrap(), &expected);
    let message = stderr(&output);
    for line in [2, 3, 5, 6] {
        assert!(
            message.contains(&format!("docs.jsonl:{line}:")),
            "{message}"
        );
    }
    assert!(message.contains("3 documents, 4 errors"), "{message}");
    let corpus = json(&fs::read_to_string(&merged).unwrap());
    let ids: Vec<&str> = corpus["graph"]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["7", "a", "d"]);
}

#[test]
fn batch_is_a_streaming_filter() {
    let (input, expected) = corpus_with_bad_lines();
    let output = run_with_stdin(
        &mut newsgraph(&[
            "batch",
            "--input",
            "-",
            "--per-doc",
            "-",
            "--max-line-bytes",
            "200",
            "--chunk",
            "2",
            "--threads",
            "2",
            "--quiet",
        ]),
        &input,
    );
    assert_code(&output, 0);
    check_per_doc(&stdout(&output), &expected);
    assert!(stderr(&output).is_empty(), "--quiet: {}", stderr(&output));
}

/// `batch --per-doc -` answers each chunk as soon as it has read it, while
/// its input is still open: the way Spark's `RDD.pipe` or `parallel --pipe`
/// drive a filter, and what lets `tail -f docs.jsonl | newsgraph batch`
/// work.
#[test]
fn batch_per_doc_stdout_answers_before_the_input_ends() {
    let mut child = newsgraph(&[
        "batch",
        "--input",
        "-",
        "--per-doc",
        "-",
        "--chunk",
        "1",
        "--quiet",
    ])
    .stdin(Stdio::piped())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    let mut input = child.stdin.take().unwrap();
    let (lines, receive) = std::sync::mpsc::channel();
    let reader = BufReader::new(child.stdout.take().unwrap());
    let reading = std::thread::spawn(move || {
        for line in reader.lines() {
            if lines.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    let timeout = std::time::Duration::from_secs(60);
    for id in ["first", "second"] {
        writeln!(input, r#"{{"id": "{id}", "text": "Russia backs Syria."}}"#).unwrap();
        input.flush().unwrap();
        let line = receive
            .recv_timeout(timeout)
            .unwrap_or_else(|e| panic!("no answer for {id} while the input is open: {e}"));
        assert_eq!(json(&line)["id"], id, "{line}");
    }
    drop(input);
    let output = child.wait_with_output().unwrap();
    reading.join().unwrap();
    assert_code(&output, 0);
    assert!(receive.try_recv().is_err(), "one line out per line in");
}

/// Every format gives the same bytes in every run: nothing depends on the
/// per-process seed of hash maps or on thread scheduling.
#[test]
fn every_format_gives_the_same_bytes_in_every_run() {
    for format in ["dot", "json", "graphml", "cytoscape"] {
        let runs: Vec<Vec<u8>> = (0..3)
            .map(|_| {
                let output = run(&mut newsgraph(&["demo", "--format", format]));
                assert_code(&output, 0);
                output.stdout
            })
            .collect();
        assert!(!runs[0].is_empty(), "{format}");
        assert!(
            runs.iter().all(|r| *r == runs[0]),
            "{format} differs between runs"
        );
    }
    let input = b"{\"id\": \"a\", \"text\": \"La Russie soutient la Syrie.\"}\n\
                  {\"id\": \"b\", \"text\": \"Turkey shelled Kurdish militias.\"}\n";
    let args = [
        "batch",
        "--input",
        "-",
        "--merged",
        "-",
        "--threads",
        "2",
        "--chunk",
        "1",
        "--quiet",
    ];
    let first = run_with_stdin(&mut newsgraph(&args), input);
    let second = run_with_stdin(&mut newsgraph(&args), input);
    assert_code(&first, 0);
    assert_eq!(stdout(&first), stdout(&second));
}

#[test]
fn batch_defaults_to_per_doc_on_stdout() {
    let input = b"{\"id\": \"x\", \"text\": \"Russia backs Syria.\"}\n";
    let output = run_with_stdin(&mut newsgraph(&["batch", "--input", "-"]), input);
    assert_code(&output, 0);
    assert_eq!(json(stdout(&output).trim())["id"], "x");
    assert!(
        stderr(&output).contains("1 documents, 0 errors"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn batch_merged_graph_in_another_format() {
    let input = b"{\"id\": \"x\", \"text\": \"Russia backs Syria.\"}\n";
    let output = run_with_stdin(
        &mut newsgraph(&[
            "batch", "--input", "-", "--merged", "-", "--format", "graphml",
        ]),
        input,
    );
    assert_code(&output, 0);
    assert!(stdout(&output).starts_with("<?xml"), "{}", stdout(&output));
}

#[test]
fn batch_strict_fails_on_bad_lines_but_writes_them() {
    let input = b"{\"id\": \"x\", \"text\": \"ok\"}\nnot json\n";
    let output = run_with_stdin(
        &mut newsgraph(&["batch", "--input", "-", "--per-doc", "-", "--strict"]),
        input,
    );
    assert_code(&output, 1);
    assert_eq!(stdout(&output).lines().count(), 2);
    assert!(stderr(&output).contains("stdin:2:"), "{}", stderr(&output));
}

#[test]
fn batch_cannot_send_both_outputs_to_stdout() {
    let output = run(&mut newsgraph(&[
        "batch",
        "--input",
        "-",
        "--per-doc",
        "-",
        "--merged",
        "-",
    ]));
    assert_code(&output, 2);
}

#[test]
fn closed_stdout_ends_quietly() {
    let dir = Scratch::new("pipe");
    let mut input = String::new();
    for i in 0..20_000 {
        input.push_str(&format!(
            "{{\"id\": \"doc{i}\", \"text\": \"Russia backs Syria.\"}}\n"
        ));
    }
    let docs = dir.write("docs.jsonl", input);
    let mut child = newsgraph(&[
        "batch",
        "--input",
        arg(&docs),
        "--per-doc",
        "-",
        "--chunk",
        "64",
    ])
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is dropped here, like `head -1` exiting.
    assert!(first.starts_with("{\"id\":\"doc0\""), "{first}");
    let output = child.wait_with_output().unwrap();
    assert_code(&output, 0);
    let message = stderr(&output);
    assert!(
        !message.contains("panicked") && !message.contains("error"),
        "{message}"
    );
}

/// `newsgraph extract big.txt --format json | head -c 100`: the reader goes
/// away long before the output (far more than a pipe buffer) is written;
/// the run ends quietly with status 0.
#[test]
fn extract_into_a_closed_pipe_ends_quietly() {
    let dir = Scratch::new("extract-pipe");
    let article = include_str!("../data/sample/seed_fr.txt");
    let file = dir.write("big.txt", format!("{article}\n").repeat(100));
    let mut child = newsgraph(&["extract", arg(&file), "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut head = [0u8; 100];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut head).unwrap();
    drop(child.stdout.take());
    assert!(head.starts_with(b"{"), "{}", String::from_utf8_lossy(&head));
    let output = child.wait_with_output().unwrap();
    assert_code(&output, 0);
    assert!(stderr(&output).is_empty(), "{}", stderr(&output));
}

#[test]
fn render_without_graphviz_says_how_to_install_it() {
    let dir = Scratch::new("render-nodot");
    let empty_path = dir.path("bin");
    fs::create_dir(&empty_path).unwrap();
    let image = dir.path("graph.svg");
    let output = run(newsgraph(&["render", "-o", arg(&image)]).env("PATH", &empty_path));
    assert_code(&output, 1);
    let message = stderr(&output);
    assert!(message.contains("apt-get install graphviz"), "{message}");
    assert!(message.contains("brew install graphviz"), "{message}");
    assert_eq!(dir.entries(), ["bin"]);
}

#[test]
fn render_needs_a_known_image_format() {
    let output = run(&mut newsgraph(&["render", "-o", "graph.jpg"]));
    assert_code(&output, 2);
    assert!(stderr(&output).contains("graph.jpg"));
}

#[test]
fn render_draws_with_graphviz_when_installed() {
    if Command::new("dot").arg("-V").output().is_err() {
        eprintln!("skipped: Graphviz `dot` is not installed");
        return;
    }
    let dir = Scratch::new("render");
    let file = dir.write("article.txt", ENGLISH);
    let image = dir.path("graph.svg");
    let output = run(&mut newsgraph(&["render", arg(&file), "-o", arg(&image)]));
    assert_code(&output, 0);
    let svg = fs::read_to_string(&image).unwrap();
    assert!(svg.contains("<svg"), "{svg}");
}

// Robustness (issue #7): unreadable inputs, unwritable outputs, closed pipes
// and atomic outputs, for every command that reads or writes files.

/// A lexicon that cannot be read (a directory, a path through a file, no
/// permission) fails the run naming it, in every command that takes one.
#[test]
fn unreadable_lexicons_fail_naming_them() {
    let dir = Scratch::new("unreadable-lexicon");
    let file = dir.write("article.txt", ENGLISH);
    let docs = dir.write(
        "docs.jsonl",
        "{\"id\": \"x\", \"text\": \"Russia backs Syria.\"}\n",
    );
    let lexicons = dir.path("lexicons");
    fs::create_dir(&lexicons).unwrap();
    // A path through a regular file cannot be read, even by root.
    let mut unreadable = vec![lexicons, file.join("child.tsv")];
    let locked = dir.write("locked.tsv", "actor\tgroup:x\tgroup\t-\t-\t-\tX\n");
    let mut permissions = fs::metadata(&locked).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o000);
    fs::set_permissions(&locked, permissions).unwrap();
    if fs::read(&locked).is_err() {
        // Not root: permissions are enforced.
        unreadable.push(locked);
    }
    let svg = dir.path("graph.svg");
    for path in &unreadable {
        for args in [
            &["extract", arg(&file), "--lexicon", arg(path)][..],
            &["batch", "--input", arg(&docs), "--lexicon", arg(path)],
            &[
                "render",
                arg(&file),
                "-o",
                arg(&svg),
                "--lexicon",
                arg(path),
            ],
        ] {
            let output = run(&mut newsgraph(args));
            assert_code(&output, 1);
            let message = stderr(&output);
            assert!(
                message.contains(arg(path)) && message.starts_with("newsgraph: error: "),
                "{args:?}: {message}"
            );
            assert!(output.stdout.is_empty());
            assert!(!svg.exists());
        }
    }
}

#[test]
fn malformed_lexicon_fails_naming_file_and_line() {
    let dir = Scratch::new("lexicon-bad");
    let file = dir.write("article.txt", ENGLISH);
    let rows: &[(&[u8], &str)] = &[
        (
            b"# mine\nactor\tgroup:fvb\tarmed_group\tSYR\tREB\t-\tFVB\nalias\ten\tFVB\tgroup:nope\tcs\n",
            "line 3: unknown actor id \"group:nope\"",
        ),
        (
            b"actor\tgroup:fvb\tarmed_group\tSyria\tREB\t-\tFVB\n",
            "line 1: invalid ISO 3166-1 alpha-3 code \"Syria\"",
        ),
        (b"actor\tgroup:fvb\n", "line 1: expected 7 to 9"),
        (
            b"actor\tgroup:fvb\tgroup\t-\t-\t-\tFVB\nactor\tgroup:fvb\tgroup\t-\t-\t-\tFVB\n",
            "line 2: duplicate actor id",
        ),
        (
            b"actor\tgroup:fvb\tgroup\t-\t-\t-\tFVB\nalias\tfr\tArm\xe9e\tgroup:fvb\tf\n",
            "line 2: invalid UTF-8 at byte 44",
        ),
    ];
    let lexicon = dir.path("mine.tsv");
    for (text, reason) in rows {
        fs::write(&lexicon, text).unwrap();
        let output = run(&mut newsgraph(&[
            "extract",
            arg(&file),
            "--lexicon",
            arg(&lexicon),
        ]));
        assert_code(&output, 1);
        let message = stderr(&output);
        assert!(
            message.contains(&format!("lexicon {}, {reason}", arg(&lexicon))),
            "{message}"
        );
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn unwritable_batch_outputs_fail_and_leave_nothing() {
    let dir = Scratch::new("batch-unwritable");
    let docs = dir.write(
        "docs.jsonl",
        "{\"id\": \"x\", \"text\": \"Russia backs Syria.\"}\n",
    );
    let out_dir = dir.path("existing-dir");
    fs::create_dir(&out_dir).unwrap();
    let nowhere = dir.path("no/such/dir/out.jsonl");
    let through_file = docs.join("out.jsonl");
    for target in [&out_dir, &nowhere, &through_file] {
        for flag in ["--per-doc", "--merged"] {
            let output = run(&mut newsgraph(&[
                "batch",
                "--input",
                arg(&docs),
                flag,
                arg(target),
            ]));
            assert_code(&output, 1);
            assert!(
                stderr(&output).contains(arg(target)),
                "{flag}: {}",
                stderr(&output)
            );
        }
    }
    assert_eq!(dir.entries(), ["docs.jsonl", "existing-dir"]);
    assert_eq!(fs::read_dir(&out_dir).unwrap().count(), 0);
}

/// Runs `args` with a stdout pipe whose reader is gone before anything is
/// written, like `newsgraph ... | head -0`.
fn run_with_closed_stdout(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = newsgraph(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut pipe = child.stdin.take().unwrap();
    // The child may stop reading once stdout is gone; ignore that.
    let _ = pipe.write_all(stdin);
    drop(pipe);
    child.wait_with_output().unwrap()
}

#[test]
fn closed_stdout_ends_quietly_for_every_command() {
    let dir = Scratch::new("closed");
    let lines = "{\"id\": \"x\", \"text\": \"Russia backs Syria.\"}\n".repeat(50);
    let docs = dir.write("docs.jsonl", &lines);
    let cases: &[(&[&str], &[u8])] = &[
        (&["extract", "-", "--format", "json"], FRENCH.as_bytes()),
        (&["demo", "--format", "graphml"], b""),
        (&["demo", "--text"], b""),
        (&["batch", "--input", arg(&docs), "--merged", "-"], b""),
        (
            &["batch", "--input", "-", "--per-doc", "-"],
            lines.as_bytes(),
        ),
    ];
    for (args, stdin) in cases {
        let output = run_with_closed_stdout(args, stdin);
        assert_code(&output, 0);
        let message = stderr(&output);
        assert!(
            !message.contains("error") && !message.contains("panicked"),
            "{args:?}: {message}"
        );
    }
}

#[test]
fn failed_run_keeps_the_previous_output() {
    let dir = Scratch::new("atomic");
    let good = dir.write("good.txt", ENGLISH);
    let latin1 = dir.write("latin1.txt", b"La Turquie a bombard\xe9 Azaz.\n");
    let graph = dir.write("graph.dot", "previous graph\n");
    // The output is opened (a temporary file) before the input fails.
    let output = run(&mut newsgraph(&[
        "extract",
        arg(&latin1),
        "-o",
        arg(&graph),
    ]));
    assert_code(&output, 1);
    assert_eq!(fs::read_to_string(&graph).unwrap(), "previous graph\n");
    assert_eq!(dir.entries(), ["good.txt", "graph.dot", "latin1.txt"]);
    // A run that succeeds replaces it whole.
    let output = run(&mut newsgraph(&["extract", arg(&good), "-o", arg(&graph)]));
    assert_code(&output, 0);
    assert!(fs::read_to_string(&graph).unwrap().starts_with("digraph"));
    assert_eq!(dir.entries(), ["good.txt", "graph.dot", "latin1.txt"]);

    // batch: both outputs are opened before the bad lexicon fails.
    let docs = dir.write(
        "docs.jsonl",
        "{\"id\": \"x\", \"text\": \"Russia backs Syria.\"}\n",
    );
    let bad = dir.write("bad.tsv", "nonsense\n");
    let per_doc = dir.write("graphs.jsonl", "previous lines\n");
    let merged = dir.write("corpus.json", "previous corpus\n");
    let output = run(&mut newsgraph(&[
        "batch",
        "--input",
        arg(&docs),
        "--per-doc",
        arg(&per_doc),
        "--merged",
        arg(&merged),
        "--lexicon",
        arg(&bad),
    ]));
    assert_code(&output, 1);
    assert!(
        stderr(&output).contains("bad.tsv, line 1"),
        "{}",
        stderr(&output)
    );
    assert_eq!(fs::read_to_string(&per_doc).unwrap(), "previous lines\n");
    assert_eq!(fs::read_to_string(&merged).unwrap(), "previous corpus\n");
    assert_eq!(
        dir.entries(),
        [
            "bad.tsv",
            "corpus.json",
            "docs.jsonl",
            "good.txt",
            "graph.dot",
            "graphs.jsonl",
            "latin1.txt"
        ]
    );
}
