//! Writing output files: atomically (a temporary file in the same folder, then a rename), and
//! never over an existing file without `--force`.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A file to write.
pub(crate) struct Output {
    /// Where.
    pub(crate) path: PathBuf,
    /// What.
    pub(crate) bytes: Vec<u8>,
}

/// Why outputs were not written.
#[derive(Debug)]
pub(crate) enum WriteError {
    /// These files exist and `--force` was not given.
    Exists(Vec<PathBuf>),
    /// A file could not be written.
    Io { path: PathBuf, error: io::Error },
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::Exists(paths) => {
                let list: Vec<String> =
                    paths.iter().map(|p| format!("`{}`", p.display())).collect();
                write!(
                    f,
                    "{} already exist{}; nothing was written (use --force to overwrite)",
                    list.join(" and "),
                    if paths.len() == 1 { "s" } else { "" }
                )
            }
            WriteError::Io { path, error } => {
                write!(f, "cannot write `{}`: {}", path.display(), crate::load::io_reason(error))
            }
        }
    }
}

/// Writes all outputs or none: each through a temporary file and a rename; when one fails, the
/// ones already written in this call are removed again.
pub(crate) fn write_all(outputs: &[Output], force: bool) -> Result<(), WriteError> {
    if !force {
        let existing: Vec<PathBuf> = outputs
            .iter()
            .filter(|o| fs::symlink_metadata(&o.path).is_ok())
            .map(|o| o.path.clone())
            .collect();
        if !existing.is_empty() {
            return Err(WriteError::Exists(existing));
        }
    }
    let mut written: Vec<&Path> = Vec::new();
    for output in outputs {
        if let Err(error) = write_one(&output.path, &output.bytes, force) {
            for path in written {
                let _ = fs::remove_file(path);
            }
            return Err(match error.kind() {
                io::ErrorKind::AlreadyExists if !force => {
                    WriteError::Exists(vec![output.path.clone()])
                }
                _ => WriteError::Io { path: output.path.clone(), error },
            });
        }
        written.push(&output.path);
    }
    Ok(())
}

fn write_one(path: &Path, bytes: &[u8], force: bool) -> io::Result<()> {
    if fs::metadata(path).is_ok_and(|m| m.is_dir()) {
        return Err(io::Error::new(io::ErrorKind::IsADirectory, "it is a folder"));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        fs::create_dir_all(dir)?;
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(".ingebrekestelling-").suffix(".tmp");
    // A letter is an ordinary document: readable by others, as an editor would save it.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o644));
    }
    let mut file = builder.tempfile_in(dir)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    if force {
        file.persist(path).map_err(|e| e.error)?;
    } else {
        file.persist_noclobber(path).map_err(|e| e.error)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_atomically_and_refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.md");
        let b = dir.path().join("sub/b.md");
        let outputs = vec![
            Output { path: a.clone(), bytes: b"een".to_vec() },
            Output { path: b.clone(), bytes: b"twee".to_vec() },
        ];
        write_all(&outputs, false).unwrap();
        assert_eq!(fs::read(&a).unwrap(), b"een");
        assert_eq!(fs::read(&b).unwrap(), b"twee");
        match write_all(&outputs, false) {
            Err(WriteError::Exists(paths)) => assert_eq!(paths, vec![a.clone(), b.clone()]),
            other => panic!("{other:?}"),
        }
        let again = vec![Output { path: a.clone(), bytes: b"drie".to_vec() }];
        write_all(&again, true).unwrap();
        assert_eq!(fs::read(&a).unwrap(), b"drie");
        // No temporary files are left behind.
        let names: Vec<_> =
            fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }

    #[test]
    fn a_failed_write_removes_what_this_call_wrote() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("a.md");
        let blocked = dir.path().join("map");
        fs::create_dir(&blocked).unwrap();
        let outputs = vec![
            Output { path: good.clone(), bytes: b"x".to_vec() },
            Output { path: blocked.clone(), bytes: b"y".to_vec() },
        ];
        assert!(matches!(write_all(&outputs, true), Err(WriteError::Io { .. })));
        assert!(!good.exists());
    }
}
