//! Where results go: stdout, or a file written atomically.
//!
//! A file output is written to a temporary file in the same directory and
//! renamed over the target only when complete, so a failed or interrupted
//! run never leaves a truncated graph behind (and never clobbers the previous
//! one). The temporary file is removed when the output is dropped unfinished.

use crate::failure::Failure;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// An output being written.
pub(crate) struct Output {
    name: String,
    sink: Sink,
}

enum Sink {
    Stdout(BufWriter<io::Stdout>),
    File {
        path: PathBuf,
        tmp: PathBuf,
        file: BufWriter<File>,
        done: bool,
    },
}

/// True when `path` means stdout (absent or `-`).
pub(crate) fn is_stdout(path: Option<&Path>) -> bool {
    match path {
        None => true,
        Some(path) => path.as_os_str() == "-",
    }
}

impl Output {
    /// Stdout when `path` is `None` or `-`, else a new temporary file beside
    /// `path` (created now, so that an unwritable destination fails before
    /// any work is done).
    pub(crate) fn open(path: Option<&Path>) -> Result<Output, Failure> {
        let path = match path {
            Some(path) if !is_stdout(Some(path)) => path,
            _ => {
                return Ok(Output {
                    name: "stdout".to_string(),
                    sink: Sink::Stdout(BufWriter::with_capacity(1 << 16, io::stdout())),
                })
            }
        };
        let name = path.display().to_string();
        if path.is_dir() {
            return Err(Failure::run(format!("{name}: is a directory")));
        }
        let file_name = path
            .file_name()
            .ok_or_else(|| Failure::run(format!("{name}: not a file name")))?;
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        let tmp = dir.join(format!(
            ".{}.{}.tmp",
            file_name.to_string_lossy(),
            std::process::id()
        ));
        let file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
            .map_err(|e| Failure::run(format!("{name}: cannot create: {e}")))?;
        Ok(Output {
            name,
            sink: Sink::File {
                path: path.to_path_buf(),
                tmp,
                file: BufWriter::with_capacity(1 << 16, file),
                done: false,
            },
        })
    }

    /// The output's name for messages: the path, or `stdout`.
    pub(crate) fn name(&self) -> &str {
        &self.name
    }

    /// An I/O error on this output as a failure naming it.
    pub(crate) fn error(&self, error: io::Error) -> Failure {
        Failure::io(&self.name, error)
    }

    /// Write `bytes`, naming the output on error.
    pub(crate) fn put(&mut self, bytes: &[u8]) -> Result<(), Failure> {
        self.write_all(bytes).map_err(|e| self.error(e))
    }

    /// Push buffered bytes out (stdout: to the reader of the pipe).
    pub(crate) fn push(&mut self) -> Result<(), Failure> {
        self.flush().map_err(|e| self.error(e))
    }

    /// Flush everything and, for a file, move it into place.
    pub(crate) fn finish(mut self) -> Result<(), Failure> {
        self.push()?;
        if let Sink::File {
            path,
            tmp,
            file,
            done,
        } = &mut self.sink
        {
            let name = &self.name;
            file.get_ref()
                .sync_all()
                .map_err(|e| Failure::run(format!("{name}: {e}")))?;
            fs::rename(&*tmp, &*path)
                .map_err(|e| Failure::run(format!("{name}: cannot write: {e}")))?;
            *done = true;
        }
        Ok(())
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.sink {
            Sink::Stdout(w) => w.write(buf),
            Sink::File { file, .. } => file.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match &mut self.sink {
            Sink::Stdout(w) => w.write_all(buf),
            Sink::File { file, .. } => file.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.sink {
            Sink::Stdout(w) => w.flush(),
            Sink::File { file, .. } => file.flush(),
        }
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        match &mut self.sink {
            Sink::File {
                tmp, done: false, ..
            } => {
                let _ = fs::remove_file(&*tmp);
            }
            Sink::File { .. } => {}
            Sink::Stdout(w) => {
                // Bytes still buffered after an error have nowhere to go;
                // never panic over them.
                let _ = w.flush();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Output;
    use std::fs;
    use std::path::PathBuf;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("newsgraph-output-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn file_appears_only_when_finished() {
        let dir = scratch("finish");
        let path = dir.join("out.txt");
        let mut out = Output::open(Some(&path)).unwrap();
        out.put(b"hello").unwrap();
        assert!(!path.exists());
        out.finish().unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "hello");
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 1);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn dropped_output_leaves_nothing() {
        let dir = scratch("drop");
        let path = dir.join("out.txt");
        let mut out = Output::open(Some(&path)).unwrap();
        out.put(b"partial").unwrap();
        drop(out);
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 0);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn missing_directory_is_named() {
        let dir = scratch("missing");
        let path = dir.join("no/such/dir/out.txt");
        let err = Output::open(Some(&path)).err().unwrap();
        assert!(format!("{err:?}").contains("no/such/dir/out.txt"));
        fs::remove_dir_all(dir).unwrap();
    }
}
