//! Reading a case file and the base files it extends into one located tree.
//!
//! A case file may name a base file with `extends:` (a path relative to itself). The case
//! file's own keys win; mappings merge key by key; lists are replaced. `extends` may chain; a
//! loop or a missing base file is an error that names the chain. The file system is reached
//! only through the `read` function the caller passes in, so the pipeline itself never touches
//! files.

use std::io;
use std::path::{Component, Path, PathBuf};

use crate::case_file::{self, CaseFile};
use crate::diagnostic::{Diagnostic, KeyPath};
use crate::source::{Source, Sources, Span, TextError};
use crate::yaml::{self, Entry, Node, NodeKind};

/// How many base files a chain of `extends` may have. Real cases use one.
pub const MAX_EXTENDS: usize = 8;

/// A case file read into the case-file model, with every structural problem found so far.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The case file and its base files, for messages.
    pub sources: Sources,
    /// The merged tree, for locating keys.
    pub tree: Node,
    /// The case-file model read from the tree.
    pub case_file: CaseFile,
    /// Unknown keys, values of the wrong kind and unknown choices.
    pub problems: Vec<Diagnostic>,
    /// Key paths those problems already cover, which later checks do not report again.
    pub covered: Vec<KeyPath>,
    /// The base files, in the order they are extended.
    pub bases: Vec<PathBuf>,
}

/// Why a case could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The case file itself could not be read (exit code 2).
    #[error("cannot read `{}`: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The reason.
        source: io::Error,
    },
    /// The text is not a usable case file (exit code 1).
    #[error("the case file is not valid")]
    Invalid {
        /// The files read so far.
        sources: Sources,
        /// What is wrong.
        problems: Vec<Diagnostic>,
    },
}

/// Reads the case file at `path`, follows its `extends` chain and reads the merged tree into a
/// [`CaseFile`]. `read` returns a file's bytes.
pub fn load(
    path: &Path,
    read: &mut dyn FnMut(&Path) -> io::Result<Vec<u8>>,
) -> Result<Loaded, LoadError> {
    let bytes = read(path).map_err(|source| LoadError::Read { path: path.to_owned(), source })?;
    let mut loader = Loader { read, sources: Sources::default(), chain: Vec::new() };
    let tree = loader.file(path, bytes, None);
    let Loader { sources, chain, .. } = loader;
    match tree {
        Ok(tree) => {
            let (case_file, problems) = case_file::read(&tree);
            let bases = chain.into_iter().skip(1).collect();
            Ok(Loaded {
                sources,
                tree,
                case_file,
                problems: problems.diagnostics,
                covered: problems.covered,
                bases,
            })
        }
        Err(problem) => Err(LoadError::Invalid { sources, problems: vec![*problem] }),
    }
}

struct Loader<'r> {
    read: &'r mut dyn FnMut(&Path) -> io::Result<Vec<u8>>,
    sources: Sources,
    /// The files being read, the case file first, as written for messages.
    chain: Vec<PathBuf>,
}

/// Where an `extends` was written, for errors about the base file it names.
#[derive(Clone, Copy)]
struct ExtendsSite {
    span: Span,
}

impl Loader<'_> {
    /// Parses one file, then merges it over the base it extends.
    fn file(
        &mut self,
        path: &Path,
        bytes: Vec<u8>,
        site: Option<ExtendsSite>,
    ) -> Result<Node, Box<Diagnostic>> {
        self.chain.push(path.to_owned());
        let lossy = match &bytes {
            b if b.len() <= crate::source::MAX_FILE_BYTES => {
                String::from_utf8_lossy(b).into_owned()
            }
            _ => String::new(),
        };
        let source = match Source::from_bytes(path, bytes) {
            Ok(source) => source,
            Err(e) => {
                // Keep the file (as far as it is readable) so the message can show the line.
                let file = self.sources.add(Source { path: path.to_owned(), text: lossy });
                let span = match e {
                    TextError::NotUtf8 { line, column, .. } => {
                        Some(Span { file, line, column, len: 1 })
                    }
                    TextError::TooLarge { .. } => site.map(|s| s.span),
                };
                return Err(Box::new(Diagnostic::error(e.to_string()).span(span).hint(
                    "save the file as UTF-8 text (the usual choice in editors) of at most 1 MiB",
                )));
            }
        };
        let file = self.sources.add(source);
        let Some(source) = self.sources.get(file) else {
            return Err(Box::new(Diagnostic::error("internal error: file not stored")));
        };
        let mut tree = yaml::parse(source, file)?;
        if site.is_some() && !matches!(tree.kind, NodeKind::Map(_) | NodeKind::Null) {
            return Err(Box::new(
                Diagnostic::error(format!(
                    "the base file `{}` must be a group of keys, like a case file",
                    path.display()
                ))
                .span(Some(tree.span))
                .hint("a base file holds the keys cases share, usually `sender:` and `letter:`"),
            ));
        }
        let Some(extends) = take_extends(&mut tree) else {
            return Ok(tree);
        };
        let base = self.base(path, &extends)?;
        Ok(merge(base, tree))
    }

    /// Reads the base file named by an `extends` entry.
    fn base(&mut self, from: &Path, extends: &Entry) -> Result<Node, Box<Diagnostic>> {
        let site = ExtendsSite { span: extends.value.span };
        let at =
            |d: Diagnostic| Box::new(d.at(KeyPath::root().key("extends")).span(Some(site.span)));
        let NodeKind::Scalar(name) = &extends.value.kind else {
            return Err(at(Diagnostic::error("`extends` must name one base file")
                .hint("write `extends: _afzender.yaml`, a path relative to this file")));
        };
        let name = name.trim();
        if name.is_empty() {
            return Err(at(Diagnostic::error("`extends` is empty")
                .hint("name a base file, such as `extends: _afzender.yaml`, or remove the key")));
        }
        let path = normalize(&from.parent().unwrap_or(Path::new("")).join(name));
        if self.chain.contains(&path) {
            let mut chain = self.chain_text();
            chain.push_str(&format!(" → {}", path.display()));
            return Err(at(Diagnostic::error(format!("`extends` goes round in a loop: {chain}"))
                .hint("a base file must not extend a file that (indirectly) extends it")));
        }
        if self.chain.len() > MAX_EXTENDS {
            return Err(at(Diagnostic::error(format!(
                "`extends` chains more than {MAX_EXTENDS} base files: {}",
                self.chain_text()
            ))
            .hint("let the case extend one base file that holds what the cases share")));
        }
        match (self.read)(&path) {
            Ok(bytes) => self.file(&path, bytes, Some(site)),
            Err(e) => {
                let chain = format!("{} → {}", self.chain_text(), path.display());
                Err(at(Diagnostic::error(format!(
                    "cannot read the base file `{}`: {} (chain: {chain})",
                    path.display(),
                    io_reason(&e)
                ))
                .hint(format!(
                    "the path is relative to the file that names it; check that `{name}` exists \
                     next to `{}`",
                    from.display()
                ))))
            }
        }
    }

    fn chain_text(&self) -> String {
        self.chain.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(" → ")
    }
}

/// A short reason for an I/O error, without the OS error number.
pub(crate) fn io_reason(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "the file does not exist".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        io::ErrorKind::IsADirectory => "it is a folder, not a file".to_owned(),
        _ => {
            let text = error.to_string();
            match text.find(" (os error") {
                Some(cut) => text.get(..cut).unwrap_or(&text).to_lowercase(),
                None => text,
            }
        }
    }
}

/// Removes the top-level `extends` entry and returns it.
fn take_extends(tree: &mut Node) -> Option<Entry> {
    let NodeKind::Map(entries) = &mut tree.kind else {
        return None;
    };
    let index = entries.iter().position(|e| e.key == "extends")?;
    let entry = entries.remove(index);
    (!entry.value.is_null()).then_some(entry)
}

/// `own` merged over `base`: own keys win, mappings merge key by key, anything else (lists,
/// text) is replaced. A key written without a value in `own` counts as absent.
pub fn merge(base: Node, own: Node) -> Node {
    match (base.kind, own.kind) {
        (NodeKind::Map(base_entries), NodeKind::Map(mut own_entries)) => {
            let mut merged = Vec::with_capacity(base_entries.len() + own_entries.len());
            for base_entry in base_entries {
                let own_index =
                    own_entries.iter().position(|e| e.key == base_entry.key && !e.value.is_null());
                match own_index {
                    Some(i) => {
                        let own_entry = own_entries.remove(i);
                        let value = merge(base_entry.value, own_entry.value);
                        merged.push(Entry { value, ..own_entry });
                    }
                    None => {
                        own_entries.retain(|e| e.key != base_entry.key);
                        merged.push(base_entry);
                    }
                }
            }
            merged.extend(own_entries);
            Node { kind: NodeKind::Map(merged), span: own.span }
        }
        (_, own_kind) => Node { kind: own_kind, span: own.span },
    }
}

/// `a/b/../c` → `a/c`, without touching the file system.
pub(crate) fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            // `..` cancels a name, never another `..`: `../../a` climbs twice.
            Component::ParentDir => {
                match out.components().next_back() {
                    Some(Component::Normal(_)) => {
                        out.pop();
                    }
                    // Above the root is the root.
                    Some(Component::RootDir | Component::Prefix(_)) => {}
                    _ => out.push(".."),
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn files(list: &[(&str, &str)]) -> impl FnMut(&Path) -> io::Result<Vec<u8>> {
        let map: HashMap<PathBuf, Vec<u8>> =
            list.iter().map(|(p, t)| (PathBuf::from(p), t.as_bytes().to_vec())).collect();
        move |path: &Path| {
            map.get(path).cloned().ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))
        }
    }

    fn text(node: &Node, path: &str) -> Option<String> {
        match &node.find(&KeyPath::parse(path))?.kind {
            NodeKind::Scalar(s) => Some(s.clone()),
            _ => None,
        }
    }

    #[test]
    fn normalising_keeps_every_climb() {
        let n = |p: &str| normalize(Path::new(p)).display().to_string();
        assert_eq!(n("a/b/../c"), "a/c");
        assert_eq!(n("../../_afzender.yaml"), "../../_afzender.yaml");
        assert_eq!(n("x/../../../_afzender.yaml"), "../../_afzender.yaml");
        assert_eq!(n("a/b/c/../../../../d.yaml"), "../d.yaml");
        assert_eq!(n("./a/./b.yaml"), "a/b.yaml");
        assert_eq!(n("/../etc/x.yaml"), "/etc/x.yaml");
    }

    #[test]
    fn merges_own_keys_over_the_base() {
        let mut read = files(&[
            (
                "cases/a.yaml",
                "extends: _base.yaml\nsender:\n  email: own@x.nl\ncc: [own]\nletter:\n",
            ),
            (
                "cases/_base.yaml",
                "sender:\n  organisation: Base B.V.\n  email: base@x.nl\ncc: [b1, b2]\n\
                 letter:\n  tone: formal\n",
            ),
        ]);
        let loaded = load(Path::new("cases/a.yaml"), &mut read).unwrap();
        assert_eq!(text(&loaded.tree, "sender.organisation").as_deref(), Some("Base B.V."));
        assert_eq!(text(&loaded.tree, "sender.email").as_deref(), Some("own@x.nl"));
        assert_eq!(text(&loaded.tree, "cc[1]").as_deref(), Some("own"));
        assert_eq!(text(&loaded.tree, "cc[2]"), None, "lists are replaced, not appended");
        assert_eq!(text(&loaded.tree, "letter.tone").as_deref(), Some("formal"));
        assert_eq!(loaded.bases, vec![PathBuf::from("cases/_base.yaml")]);
        // Values keep the file they came from.
        let org = loaded.tree.find(&KeyPath::parse("sender.organisation")).unwrap();
        assert_eq!(loaded.sources.path(org.span.file), Path::new("cases/_base.yaml"));
    }

    #[test]
    fn chains_and_relative_paths() {
        let mut read = files(&[
            ("x/case.yaml", "extends: ../shared/_one.yaml\ncc: [case]\n"),
            ("shared/_one.yaml", "extends: _two.yaml\nletter:\n  place: Delft\n"),
            ("shared/_two.yaml", "letter:\n  place: Gouda\n  tone: formal\n"),
        ]);
        let loaded = load(Path::new("x/case.yaml"), &mut read).unwrap();
        assert_eq!(text(&loaded.tree, "letter.place").as_deref(), Some("Delft"));
        assert_eq!(text(&loaded.tree, "letter.tone").as_deref(), Some("formal"));
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    }

    fn load_error(list: &[(&str, &str)], path: &str) -> (Sources, Diagnostic) {
        let mut read = files(list);
        match load(Path::new(path), &mut read) {
            Err(LoadError::Invalid { sources, mut problems }) => (sources, problems.remove(0)),
            other => panic!("expected an invalid case, got {other:?}"),
        }
    }

    #[test]
    fn a_loop_names_the_chain() {
        let (sources, d) = load_error(
            &[("a.yaml", "extends: _b.yaml\n"), ("_b.yaml", "extends: a.yaml\n")],
            "a.yaml",
        );
        assert!(
            d.message.text(crate::catalogue::Lang::En).contains("loop: a.yaml → _b.yaml → a.yaml"),
            "{:?}",
            d.message
        );
        assert_eq!(sources.path(d.span.unwrap().file), Path::new("_b.yaml"));
    }

    #[test]
    fn a_missing_base_names_the_chain_and_the_place() {
        let (sources, d) = load_error(&[("dir/a.yaml", "\n\nextends: _weg.yaml\n")], "dir/a.yaml");
        assert!(
            d.message
                .text(crate::catalogue::Lang::En)
                .contains("`dir/_weg.yaml`: the file does not exist"),
            "{:?}",
            d.message
        );
        assert!(
            d.message
                .text(crate::catalogue::Lang::En)
                .contains("chain: dir/a.yaml → dir/_weg.yaml"),
            "{:?}",
            d.message
        );
        let span = d.span.unwrap();
        assert_eq!((span.line, span.column), (3, 10));
        assert_eq!(sources.path(span.file), Path::new("dir/a.yaml"));
    }

    #[test]
    fn errors_in_a_base_file_name_the_base_file() {
        let (sources, d) =
            load_error(&[("a.yaml", "extends: _b.yaml\n"), ("_b.yaml", "x: [1\n")], "a.yaml");
        assert_eq!(sources.path(d.span.unwrap().file), Path::new("_b.yaml"));

        let mut read =
            files(&[("a.yaml", "extends: _b.yaml\n"), ("_b.yaml", "sender:\n  organistion: X\n")]);
        let loaded = load(Path::new("a.yaml"), &mut read).unwrap();
        let problem = &loaded.problems[0];
        assert_eq!(loaded.sources.path(problem.span.unwrap().file), Path::new("_b.yaml"));
        assert_eq!(problem.span.unwrap().line, 2);
    }

    #[test]
    fn an_unreadable_case_file_is_a_read_error() {
        let mut read = files(&[]);
        assert!(matches!(load(Path::new("nope.yaml"), &mut read), Err(LoadError::Read { .. })));
    }
}
