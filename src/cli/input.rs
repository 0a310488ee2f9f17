//! Reading a case or base file, as hostile input: only a regular file whose real path (after
//! following symbolic links) ends in `.yaml` or `.yml`, and never more than the size limit.
//!
//! Anything else (a FIFO, a device, a socket, `/etc/shadow`, `/proc/self/environ`) is refused by
//! name before a byte of it is read, so that no command can hang on it and no message can show
//! its content.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

use crate::source::MAX_FILE_BYTES;

/// Why a path is not read as a case file.
#[derive(Debug, thiserror::Error)]
enum Refused {
    #[error("it is not a regular file (a FIFO, a device or a socket cannot be a case file)")]
    NotRegular,
    #[error("it is not a .yaml or .yml file{}", shown(.0))]
    NotYaml(String),
}

/// `" (it leads to `x`)"` when a link leads elsewhere.
fn shown(target: &str) -> String {
    if target.is_empty() { String::new() } else { format!(" (it leads to `{target}`)") }
}

fn refused(reason: Refused) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, reason)
}

fn is_yaml(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// Opens without waiting for a writer: a FIFO that slipped past the checks cannot block.
fn open(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// The bytes of the case or base file at `path`: at most the size limit and one byte more, so
/// that a file over the limit is reported as such without being read whole.
pub(crate) fn read_case_file(path: &Path) -> io::Result<Vec<u8>> {
    let real = fs::canonicalize(path)?;
    let meta = fs::metadata(&real)?;
    if meta.is_dir() {
        return Err(io::Error::new(io::ErrorKind::IsADirectory, "it is a folder"));
    }
    if !is_yaml(&real) {
        let linked = if real.file_name() == path.file_name() {
            String::new()
        } else {
            real.display().to_string()
        };
        return Err(refused(Refused::NotYaml(linked)));
    }
    if !meta.is_file() {
        return Err(refused(Refused::NotRegular));
    }
    let file = open(&real)?;
    // The file that was opened, not the name: it may have been swapped in between.
    if !file.metadata()?.is_file() {
        return Err(refused(Refused::NotRegular));
    }
    let mut bytes = Vec::new();
    let limit = u64::try_from(MAX_FILE_BYTES).unwrap_or(u64::MAX).saturating_add(1);
    file.take(limit).read_to_end(&mut bytes)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_regular_yaml_files_are_read_and_never_more_than_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let case = dir.path().join("zaak.yaml");
        fs::write(&case, "letter: {}\n").unwrap();
        assert_eq!(read_case_file(&case).unwrap(), b"letter: {}\n");

        let text = dir.path().join("geheim.txt");
        fs::write(&text, "wachtwoord").unwrap();
        let err = read_case_file(&text).unwrap_err().to_string();
        assert!(err.contains("not a .yaml or .yml file") && !err.contains("wachtwoord"), "{err}");

        #[cfg(unix)]
        {
            let link = dir.path().join("link.yaml");
            std::os::unix::fs::symlink(&text, &link).unwrap();
            let err = read_case_file(&link).unwrap_err().to_string();
            assert!(err.contains("it leads to") && !err.contains("wachtwoord"), "{err}");
        }

        let big = dir.path().join("groot.yaml");
        fs::write(&big, vec![b'#'; MAX_FILE_BYTES + 5000]).unwrap();
        assert_eq!(read_case_file(&big).unwrap().len(), MAX_FILE_BYTES + 1);

        let err = read_case_file(dir.path()).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::IsADirectory);
    }
}
