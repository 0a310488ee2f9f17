//! Reading a case or base file, as hostile input: only a regular file whose real path (after
//! following symbolic links) ends in `.yaml` or `.yml`, and never more than the size limit.
//!
//! Anything else (a FIFO, a device, a socket, `/etc/shadow`, `/proc/self/environ`) is refused by
//! name before a byte of it is read, so that no command can hang on it and no message can show
//! its content.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

use crate::load::Refused;
use crate::source::MAX_FILE_BYTES;

fn refused(reason: Refused) -> io::Error {
    reason.into_error()
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
    // The name is the real file's unless it is a symbolic link: only then is the real path
    // looked up (which costs a system call per folder on the way).
    let own = fs::symlink_metadata(path)?;
    let real =
        if own.file_type().is_symlink() { fs::canonicalize(path)? } else { path.to_path_buf() };
    let meta = if own.file_type().is_symlink() { fs::metadata(&real)? } else { own };
    if meta.is_dir() {
        return Err(io::Error::from(io::ErrorKind::IsADirectory));
    }
    if !is_yaml(&real) {
        let linked = (real.file_name() != path.file_name()).then(|| real.display().to_string());
        return Err(refused(Refused::NotYaml(linked)));
    }
    if !meta.is_file() {
        return Err(refused(Refused::NotRegular));
    }
    let file = open(&real)?;
    // The file that was opened, not the name: it may have been swapped in between.
    let opened = file.metadata()?;
    if !opened.is_file() {
        return Err(refused(Refused::NotRegular));
    }
    let limit = u64::try_from(MAX_FILE_BYTES).unwrap_or(u64::MAX).saturating_add(1);
    // Room for the whole file (and one byte, to see the end) up front: read in one go rather
    // than in a growing buffer.
    let expected = opened.len().min(limit);
    let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0).saturating_add(1));
    file.take(limit).read_to_end(&mut bytes)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Lang;
    use crate::load::io_reason;

    /// The reason for refusing `path`, in Dutch and in English.
    fn reason(path: &Path) -> (String, String) {
        let reason = io_reason(&read_case_file(path).unwrap_err());
        (reason.text(Lang::Nl), reason.text(Lang::En))
    }

    #[test]
    fn only_regular_yaml_files_are_read_and_never_more_than_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let case = dir.path().join("zaak.yaml");
        fs::write(&case, "letter: {}\n").unwrap();
        assert_eq!(read_case_file(&case).unwrap(), b"letter: {}\n");

        let text = dir.path().join("geheim.txt");
        fs::write(&text, "wachtwoord").unwrap();
        let (nl, en) = reason(&text);
        assert_eq!(nl, "het is geen .yaml- of .yml-bestand");
        assert_eq!(en, "it is not a .yaml or .yml file");

        #[cfg(unix)]
        {
            let link = dir.path().join("link.yaml");
            std::os::unix::fs::symlink(&text, &link).unwrap();
            let (nl, en) = reason(&link);
            assert!(nl.contains("de koppeling leidt naar `") && !nl.contains("wachtwoord"), "{nl}");
            assert!(en.contains("it leads to `") && en.contains("geheim.txt"), "{en}");
        }

        let big = dir.path().join("groot.yaml");
        fs::write(&big, vec![b'#'; MAX_FILE_BYTES + 5000]).unwrap();
        assert_eq!(read_case_file(&big).unwrap().len(), MAX_FILE_BYTES + 1);

        let err = read_case_file(dir.path()).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::IsADirectory);
        assert_eq!(reason(dir.path()).0, "het is een map, geen bestand");
        assert_eq!(reason(&dir.path().join("weg.yaml")).0, "het bestand bestaat niet");
    }
}
