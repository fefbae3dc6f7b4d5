//! Why a run stops early, and the exit code it gets.

use std::fmt::Display;
use std::io::{self, Write};
use std::process::ExitCode;

/// A run that cannot go on.
#[derive(Debug)]
pub(crate) enum Failure {
    /// The reader of our stdout went away (`newsgraph ... | head -1`): not
    /// an error, the run ends quietly with exit 0.
    BrokenPipe,
    /// A failed run: unreadable input, I/O error, unwritable output (exit 1).
    /// The message names the file (and line) it is about.
    Run(String),
    /// Bad usage that clap could not catch (exit 2).
    Usage(String),
}

impl Failure {
    /// A failed run with a message.
    pub(crate) fn run(message: impl Display) -> Failure {
        Failure::Run(message.to_string())
    }

    /// An I/O error on `what` (a file name, `stdin`, `stdout`); a broken pipe
    /// becomes [`Failure::BrokenPipe`].
    pub(crate) fn io(what: impl Display, error: io::Error) -> Failure {
        if error.kind() == io::ErrorKind::BrokenPipe {
            Failure::BrokenPipe
        } else {
            Failure::Run(format!("{what}: {error}"))
        }
    }

    /// Print the message and give the exit code.
    pub(crate) fn report(self) -> ExitCode {
        let (message, code) = match self {
            Failure::BrokenPipe => return ExitCode::SUCCESS,
            Failure::Run(message) => (message, 1),
            Failure::Usage(message) => (message, 2),
        };
        // stderr may be closed too; there is nobody left to tell then.
        let _ = writeln!(io::stderr().lock(), "newsgraph: error: {message}");
        ExitCode::from(code)
    }
}

/// Print a warning on stderr, ignoring a closed stderr.
pub(crate) fn warn(message: impl Display) {
    let _ = writeln!(io::stderr().lock(), "newsgraph: {message}");
}

#[cfg(test)]
mod tests {
    use super::Failure;
    use std::io;

    #[test]
    fn broken_pipe_is_quiet() {
        let e = io::Error::new(io::ErrorKind::BrokenPipe, "gone");
        assert!(matches!(Failure::io("stdout", e), Failure::BrokenPipe));
    }

    #[test]
    fn other_errors_name_what_failed() {
        let e = io::Error::new(io::ErrorKind::NotFound, "no such file");
        match Failure::io("a.txt", e) {
            Failure::Run(message) => assert_eq!(message, "a.txt: no such file"),
            other => panic!("unexpected {other:?}"),
        }
    }
}
