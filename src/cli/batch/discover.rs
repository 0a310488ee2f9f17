//! Finding the case files of a batch: files and folders (searched recursively), without base
//! files, each with the name its outputs get below `--out`.

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Component, Path, PathBuf};

use crate::load;

/// A case file to process: its path below a root folder, as a stretch of [`Found`]'s text.
/// Kept this small so that ten thousand cases take little memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    start: u32,
    len: u32,
    root: u32,
}

/// The case files of a run, sorted, and what is needed to name their outputs.
#[derive(Debug, Default)]
pub(crate) struct Found {
    /// Every case file's path below its root, one after the other.
    text: String,
    /// The case files, sorted by path.
    entries: Vec<Entry>,
    /// The folders output names are counted from: each input folder, and the folder of each
    /// file given directly.
    roots: Vec<PathBuf>,
    /// The cases whose output name an earlier case already has, and that case.
    taken: HashMap<u32, u32>,
    /// Folders that could not be read or lie too deep: reported, and the run goes on.
    pub(crate) skipped: Vec<String>,
    /// Case files (names without `_`) that another case extends: made no letter for, and
    /// listed in the manifest as skipped.
    pub(crate) extended: Vec<PathBuf>,
}

/// How deep below an input folder `batch` looks for cases.
pub(crate) const MAX_DEPTH: usize = 32;

impl Found {
    /// How many case files.
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub(crate) fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn root_of(&self, entry: &Entry) -> &Path {
        self.roots.get(entry.root as usize).map_or(Path::new(""), PathBuf::as_path)
    }

    fn below(&self, entry: &Entry) -> &Path {
        let start = entry.start as usize;
        Path::new(self.text.get(start..start + entry.len as usize).unwrap_or(""))
    }

    /// Case `index`'s file.
    pub(crate) fn source(&self, index: usize) -> PathBuf {
        self.entries.get(index).map_or_else(PathBuf::new, |e| self.root_of(e).join(self.below(e)))
    }

    /// Case `index`'s path below its input folder, without extension: `noord/zaak` for
    /// `zaken/noord/zaak.yaml` when `zaken` was given.
    pub(crate) fn name(&self, index: usize) -> PathBuf {
        self.entries.get(index).map_or_else(PathBuf::new, |e| self.below(e).with_extension(""))
    }

    /// The earlier case that already has case `index`'s output name (`zaak.yaml` and
    /// `zaak.yml` in one folder, or the same path below two input folders).
    pub(crate) fn owner_of_name(&self, index: usize) -> Option<PathBuf> {
        let index = u32::try_from(index).ok()?;
        self.taken.get(&index).map(|owner| self.source(*owner as usize))
    }

    fn push(&mut self, below: &Path, root: usize) -> Result<(), String> {
        let text = below.to_str().ok_or_else(|| {
            format!("`{}`: the file name is not UTF-8 text; rename the file", below.display())
        })?;
        let too_many = || "more case files than one run can take".to_owned();
        let start = u32::try_from(self.text.len()).map_err(|_| too_many())?;
        let len = u32::try_from(text.len()).map_err(|_| too_many())?;
        let root = u32::try_from(root).map_err(|_| too_many())?;
        self.text.push_str(text);
        self.entries.push(Entry { start, len, root });
        Ok(())
    }

    /// Compares two entries by their full paths, without building them.
    fn order(&self, a: &Entry, b: &Entry) -> std::cmp::Ordering {
        // `./dd/x.yaml` and `dd/x.yaml` are one file.
        let full = |e: &Entry| {
            self.root_of(e)
                .components()
                .chain(self.below(e).components())
                .filter(|c| *c != Component::CurDir)
        };
        full(a).cmp(full(b))
    }
}

fn hash(name: &Path) -> u64 {
    let mut hasher = DefaultHasher::new();
    name.hash(&mut hasher);
    hasher.finish()
}

/// The case files among `paths`, sorted, without base files: names that start with `_` (or
/// `.`), and files that another case in the run extends.
pub(crate) fn discover(paths: &[PathBuf]) -> Result<Found, String> {
    let mut found = Found::default();
    for path in paths {
        let meta = fs::metadata(path).map_err(|e| {
            format!(
                "cannot read `{}`: {}",
                path.display(),
                load::io_reason(&e).text(crate::cli::report::lang())
            )
        })?;
        if meta.is_dir() {
            found.roots.push(path.clone());
            let root = found.roots.len() - 1;
            walk(path, root, path, 0, &mut found)?;
        } else if is_case_file(path) {
            found.roots.push(path.parent().map(Path::to_path_buf).unwrap_or_default());
            let root = found.roots.len() - 1;
            found.push(Path::new(path.file_name().unwrap_or_default()), root)?;
        }
    }
    let mut entries = std::mem::take(&mut found.entries);
    entries.sort_unstable_by(|a, b| found.order(a, b));
    entries.dedup_by(|a, b| found.order(a, b).is_eq());
    // A file that another case in the run extends is a base file too.
    let bases: BTreeSet<PathBuf> = entries
        .iter()
        .filter_map(|e| extends_target(&found.root_of(e).join(found.below(e))))
        .collect();
    if !bases.is_empty() {
        let mut extended = Vec::new();
        entries.retain(|e| {
            let path = found.root_of(e).join(found.below(e));
            let base = bases.contains(&load::normalize(&path));
            if base && is_case_file(&path) {
                extended.push(path);
            }
            !base
        });
        found.extended = extended;
    }
    entries.shrink_to_fit();
    found.entries = entries;
    // The first case with an output name keeps it; later ones with the same name fail.
    let mut first: HashMap<u64, u32> = HashMap::with_capacity(found.entries.len());
    for index in 0..found.entries.len() {
        let position = u32::try_from(index).unwrap_or(u32::MAX);
        let owner = *first.entry(hash(&found.name(index))).or_insert(position);
        if owner != position && found.name(owner as usize) == found.name(index) {
            found.taken.insert(position, owner);
        }
    }
    Ok(found)
}

/// A `*.yaml` or `*.yml` file whose name does not start with `_` or `.`.
fn is_case_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    matches!(extension, "yaml" | "yml") && !name.starts_with(['_', '.'])
}

/// Collects the case files below `dir`; symbolic links to folders are not followed, nor are
/// hidden folders.
fn walk(
    root_dir: &Path,
    root: usize,
    dir: &Path,
    depth: usize,
    found: &mut Found,
) -> Result<(), String> {
    if depth > MAX_DEPTH {
        found.skipped.push(format!(
            "the folder `{}` lies more than {MAX_DEPTH} folders deep; its cases were skipped",
            dir.display()
        ));
        return Ok(());
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        // The first input folder must be readable; a subfolder that is not is reported and the
        // others go on.
        Err(e) if depth > 0 => {
            found.skipped.push(format!(
                "cannot read the folder `{}`: {}; its cases were skipped",
                dir.display(),
                load::io_reason(&e).text(crate::cli::report::lang())
            ));
            return Ok(());
        }
        Err(e) => {
            return Err(format!(
                "cannot read the folder `{}`: {}",
                dir.display(),
                load::io_reason(&e).text(crate::cli::report::lang())
            ));
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        let Ok(kind) = entry.file_type() else { continue };
        if kind.is_dir() && !hidden {
            walk(root_dir, root, &path, depth + 1, found)?;
        } else if !kind.is_dir() && is_case_file(&path) {
            // Only plain names below the input folder: nothing can land outside `--out`.
            let below = path.strip_prefix(root_dir).unwrap_or(&path);
            if below.components().all(|c| matches!(c, Component::Normal(_))) {
                found.push(below, root)?;
            }
        }
    }
    Ok(())
}

/// The base file a case names in a top-level `extends:` line, resolved and normalised.
fn extends_target(path: &Path) -> Option<PathBuf> {
    // Read as a case file is read: a FIFO or device among the cases must not block discovery.
    let bytes = crate::cli::input::read_case_file(path).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    let line = text.lines().find(|l| l.starts_with("extends:"))?;
    let value = line.trim_start_matches("extends:");
    let value = value.split(" #").next().unwrap_or("").trim().trim_matches(['"', '\'']);
    if value.is_empty() {
        return None;
    }
    Some(load::normalize(&path.parent().unwrap_or(Path::new("")).join(value)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(found: &Found) -> Vec<String> {
        (0..found.len()).map(|i| found.name(i).display().to_string()).collect()
    }

    fn files(root: &Path, list: &[(&str, &str)]) {
        for (path, text) in list {
            let full = root.join(path);
            fs::create_dir_all(full.parent().unwrap()).unwrap();
            fs::write(full, text).unwrap();
        }
    }

    #[test]
    fn finds_cases_mirrors_their_paths_and_skips_base_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        files(
            root,
            &[
                ("a/zaak.yaml", "extends: _basis.yaml\n"),
                ("a/_basis.yaml", ""),
                ("b/zaak.yml", "extends: \"../gedeeld.yaml\"  # base\n"),
                ("gedeeld.yaml", ""),
                ("b/c/d.yaml", ""),
                ("b/notities.txt", ""),
                (".git/x.yaml", ""),
            ],
        );
        let found = discover(&[root.to_path_buf()]).unwrap();
        assert_eq!(names(&found), ["a/zaak", "b/c/d", "b/zaak"]);

        // A file given directly keeps only its own name.
        let found = discover(&[root.join("b/c/d.yaml")]).unwrap();
        assert_eq!(names(&found), ["d"]);
        assert!(discover(&[root.join("weg")]).unwrap_err().contains("bestaat niet"));
    }

    #[test]
    fn the_first_case_keeps_a_shared_output_name() {
        let dir = tempfile::tempdir().unwrap();
        files(
            dir.path(),
            &[("x/zaak.yaml", ""), ("y/zaak.yaml", ""), ("y/ander.yaml", ""), ("y/ander.yml", "")],
        );
        let found = discover(&[dir.path().join("x"), dir.path().join("y")]).unwrap();
        let owners: Vec<Option<String>> = (0..found.len())
            .map(|i| found.owner_of_name(i).map(|o| o.display().to_string()))
            .collect();
        // Sorted: x/zaak.yaml, y/ander.yaml, y/ander.yml, y/zaak.yaml.
        assert_eq!(owners.len(), 4);
        assert_eq!(owners[0], None);
        assert_eq!(owners[1], None);
        assert!(owners[2].as_deref().unwrap().ends_with("y/ander.yaml"));
        assert!(owners[3].as_deref().unwrap().ends_with("x/zaak.yaml"));
    }
}
