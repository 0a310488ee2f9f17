//! Writing output files: atomically (a temporary file in the same folder, then a rename), and
//! never over an existing file without `--force`.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::catalogue::Message;
use crate::msg;

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
    /// The folder a file would go into does not exist.
    NoFolder(PathBuf),
    /// A path holds something that is not replaced: a folder, a link, a device.
    Refused { path: PathBuf, reason: Message },
    /// A file could not be written.
    Io { path: PathBuf, error: io::Error },
}

impl WriteError {
    /// What went wrong, for people.
    pub(crate) fn message(&self) -> Message {
        match self {
            WriteError::Exists(paths) => {
                let list: Vec<String> =
                    paths.iter().map(|p| format!("`{}`", p.display())).collect();
                msg!("cli-exists", count = paths.len(), paths = list.join(", "))
            }
            WriteError::NoFolder(folder) => {
                msg!("cli-no-folder", path = folder.display().to_string())
            }
            WriteError::Refused { path, reason } => {
                msg!("cli-cannot-write", path = path.display().to_string(), reason = reason.clone())
            }
            WriteError::Io { path, error } => msg!(
                "cli-cannot-write",
                path = path.display().to_string(),
                reason = crate::load::io_reason(error)
            ),
        }
    }
}

/// How hard a write makes sure the bytes are on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Durability {
    /// A file that replaces another is forced to disk before the rename (`fsync`), so that a
    /// power failure can never leave neither the old file nor the new one. A new file is left
    /// to the operating system: were it lost, nothing that existed before is.
    Synced,
    /// Left to the operating system: still atomic for an interrupted program, and much faster
    /// for thousands of files (`batch`).
    Buffered,
}

/// Writes the outputs without ever losing a file: every output is first written whole to a
/// temporary file beside its place; only when all are complete are they renamed into place.
/// When one cannot be written, nothing is renamed and every existing file stays as it was.
/// Without `force` no existing path is touched; with it, only regular files are replaced,
/// never a link, a device, a FIFO or a folder.
pub(crate) fn write_all(
    outputs: &[Output],
    force: bool,
    durability: Durability,
) -> Result<(), WriteError> {
    // One look at each place: what is there decides whether it may be written, and how.
    let found: Vec<Option<fs::Metadata>> =
        outputs.iter().map(|o| fs::symlink_metadata(&o.path).ok()).collect();
    if !force {
        let existing: Vec<PathBuf> = outputs
            .iter()
            .zip(&found)
            .filter(|(_, meta)| meta.is_some())
            .map(|(o, _)| o.path.clone())
            .collect();
        if !existing.is_empty() {
            return Err(WriteError::Exists(existing));
        }
    }
    for (output, meta) in outputs.iter().zip(&found) {
        if let Some(meta) = meta
            && let Err(reason) = replaceable(meta)
        {
            return Err(WriteError::Refused { path: output.path.clone(), reason });
        }
    }
    let mut staged = Vec::with_capacity(outputs.len());
    for (output, meta) in outputs.iter().zip(&found) {
        let sync = durability == Durability::Synced && meta.is_some();
        match stage(&output.path, &output.bytes, sync) {
            Ok(file) => staged.push((file, &output.path)),
            // The staged files are removed as they drop; nothing was renamed.
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                return Err(WriteError::NoFolder(folder_of(&output.path).to_path_buf()));
            }
            Err(error) => return Err(WriteError::Io { path: output.path.clone(), error }),
        }
    }
    for (file, path) in staged {
        let persisted =
            if force { file.persist(path) } else { file.persist_noclobber(path) }.map(|_| ());
        if let Err(e) = persisted {
            return Err(match e.error.kind() {
                io::ErrorKind::AlreadyExists if !force => WriteError::Exists(vec![path.clone()]),
                _ => WriteError::Io { path: path.clone(), error: e.error },
            });
        }
    }
    Ok(())
}

/// Whether what is at a place may be replaced: a regular file may; else why not.
fn replaceable(meta: &fs::Metadata) -> Result<(), Message> {
    if meta.is_file() {
        Ok(())
    } else if meta.is_dir() {
        Err(msg!("cli-replace-folder"))
    } else if meta.file_type().is_symlink() {
        Err(msg!("cli-replace-link"))
    } else {
        Err(msg!("cli-replace-special"))
    }
}

/// The folder `path` goes into (`.` for a bare name).
pub(crate) fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// The SHA-256 of the regular file at `path`, read in pieces; `None` when it is not a regular
/// file (a link, a folder, a device) or cannot be read. Never waits on a FIFO: it is not
/// opened.
pub(crate) fn sha256_of_file(path: &Path) -> Option<[u8; 32]> {
    use sha2::{Digest, Sha256};
    let meta = fs::symlink_metadata(path).ok()?;
    if !meta.is_file() {
        return None;
    }
    let mut file = fs::File::open(path).ok()?;
    if !file.metadata().ok()?.is_file() {
        return None;
    }
    let mut hasher = Sha256::new();
    io::copy(&mut file, &mut hasher).ok()?;
    Some(hasher.finalize().into())
}

/// The bytes, whole, in a temporary file in the folder of `path`.
fn stage(path: &Path, bytes: &[u8], sync: bool) -> io::Result<tempfile::NamedTempFile> {
    let mut file = temporary_in(folder_of(path))?;
    file.write_all(bytes)?;
    if sync {
        file.as_file().sync_all()?;
    }
    Ok(file)
}

/// A file written as a stream: into a temporary file beside it, which [`Streamed::finish`]
/// renames into place (replacing what is there). Dropped without finishing, it leaves nothing.
pub(crate) struct Streamed {
    file: tempfile::NamedTempFile,
    path: PathBuf,
}

impl Streamed {
    pub(crate) fn new(path: &Path) -> io::Result<Streamed> {
        let file = temporary_in(folder_of(path))?;
        Ok(Streamed { file, path: path.to_owned() })
    }

    /// Forces the file to disk and renames it into place.
    pub(crate) fn finish(self) -> io::Result<()> {
        self.file.as_file().sync_all()?;
        self.file.persist(&self.path).map(|_| ()).map_err(|e| e.error)
    }
}

impl Write for Streamed {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

/// The first symbolic link on the way from `root` down to the folder of `path`, if any: through
/// such a link a file below `root` would land somewhere else. Folders that do not exist yet are
/// created as real folders.
pub(crate) fn link_below(root: &Path, path: &Path) -> Option<PathBuf> {
    let below = path.parent()?.strip_prefix(root).ok()?;
    let mut at = root.to_path_buf();
    for part in below.components() {
        at.push(part);
        match fs::symlink_metadata(&at) {
            Ok(meta) if meta.file_type().is_symlink() => return Some(at),
            Ok(_) => {}
            Err(_) => return None,
        }
    }
    None
}

/// A new temporary file in `dir`, readable by others like an ordinary document.
fn temporary_in(dir: &Path) -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMPORARY_PREFIX).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o644));
    }
    builder.tempfile_in(dir)
}

/// The lock a `batch` holds on its output folder while it runs.
const LOCK_NAME: &str = ".ingebrekestelling.lock";

/// Takes the lock on output folder `dir` for this run: `Ok(None)` when another run holds it.
/// The lock goes with the process, also when it is killed; the small lock file stays.
pub(crate) fn lock_folder(dir: &Path) -> Result<Option<fs::File>, Message> {
    let path = dir.join(LOCK_NAME);
    let cannot = |reason: Message| {
        msg!("cli-cannot-lock", path = dir.display().to_string(), reason = reason)
    };
    if let Ok(meta) = fs::symlink_metadata(&path)
        && !meta.is_file()
    {
        return Err(cannot(msg!("cli-lock-not-a-file", path = path.display().to_string())));
    }
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| cannot(crate::load::io_reason(&e)))?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(fs::TryLockError::WouldBlock) => Ok(None),
        Err(fs::TryLockError::Error(e)) => Err(cannot(crate::load::io_reason(&e))),
    }
}

/// The prefix of the temporary files outputs are written through.
const TEMPORARY_PREFIX: &str = ".ingebrekestelling-";

/// Removes temporary files that an interrupted run left below `dir`.
pub(crate) fn remove_stale_temporary_files(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        match entry.file_type() {
            Ok(kind) if kind.is_dir() && !name.starts_with('.') => {
                remove_stale_temporary_files(&entry.path());
            }
            Ok(kind)
                if kind.is_file()
                    && name.starts_with(TEMPORARY_PREFIX)
                    && name.ends_with(".tmp") =>
            {
                let _ = fs::remove_file(entry.path());
            }
            _ => {}
        }
    }
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
        // A folder is never made on the way: the caller makes the ones it means.
        match write_all(&outputs, false, Durability::Synced) {
            Err(WriteError::NoFolder(folder)) => assert_eq!(folder, dir.path().join("sub")),
            other => panic!("{other:?}"),
        }
        assert!(!a.exists());
        fs::create_dir(dir.path().join("sub")).unwrap();
        write_all(&outputs, false, Durability::Synced).unwrap();
        assert_eq!(fs::read(&a).unwrap(), b"een");
        assert_eq!(fs::read(&b).unwrap(), b"twee");
        match write_all(&outputs, false, Durability::Synced) {
            Err(WriteError::Exists(paths)) => assert_eq!(paths, vec![a.clone(), b.clone()]),
            other => panic!("{other:?}"),
        }
        let again = vec![Output { path: a.clone(), bytes: b"drie".to_vec() }];
        write_all(&again, true, Durability::Buffered).unwrap();
        assert_eq!(fs::read(&a).unwrap(), b"drie");
        // No temporary files are left behind.
        let names: Vec<_> =
            fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 2, "{names:?}");
        assert_eq!(sha256_of_file(&a).map(|h| h[..2].to_vec()), Some(vec![0xaa, 0x85]), "drie");
        assert_eq!(sha256_of_file(dir.path()), None, "a folder has no sha256 here");
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
        assert!(matches!(
            write_all(&outputs, true, Durability::Synced),
            Err(WriteError::Refused { .. })
        ));
        assert!(!good.exists());
    }
}
