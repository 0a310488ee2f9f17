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
use crate::catalogue::Message;
use crate::diagnostic::{Diagnostic, KeyPath};
use crate::msg;
use crate::source::{NotText, Source, Sources, Span, TextError};
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
        let source = match Source::from_bytes(path, bytes.clone()) {
            Ok(source) => source,
            Err(e) => return Err(Box::new(self.not_text(path, &bytes, &e, site))),
        };
        let file = self.sources.add(source);
        let Some(source) = self.sources.get(file) else {
            return Err(Box::new(Diagnostic::error(msg!("read-internal-not-stored"))));
        };
        let mut tree = yaml::parse(source, file)?;
        if site.is_some() && !matches!(tree.kind, NodeKind::Map(_) | NodeKind::Null) {
            return Err(Box::new(
                Diagnostic::error(msg!("read-base-not-a-group", path = path.display().to_string()))
                    .span(Some(tree.span))
                    .hint(msg!("read-base-not-a-group.hint")),
            ));
        }
        let Some(extends) = take_extends(&mut tree) else {
            return Ok(tree);
        };
        let base = self.base(path, &extends)?;
        Ok(merge(base, tree))
    }

    /// The problem with bytes that are not usable as text. The file is kept (as far as it is
    /// text) so that the message can show the line; a document of another kind is never shown.
    fn not_text(
        &mut self,
        path: &Path,
        bytes: &[u8],
        error: &TextError,
        site: Option<ExtendsSite>,
    ) -> Diagnostic {
        let text = match error {
            TextError::NotUtf8 { .. } => crate::source::decode_lossy(bytes),
            TextError::TooLarge { .. } | TextError::NotText(_) => String::new(),
        };
        let file = self.sources.add(Source { path: path.to_owned(), text });
        let at_site = site.map(|s| s.span);
        match *error {
            TextError::NotUtf8 { line, column, .. } => {
                Diagnostic::error(msg!("read-not-utf8", line = line, column = column))
                    .span(Some(Span { file, line, column, len: 1 }))
                    .hint(msg!("read-not-utf8.hint"))
            }
            TextError::TooLarge { .. } => {
                Diagnostic::error(msg!("read-too-large", bytes = crate::source::MAX_FILE_BYTES))
                    .span(at_site)
                    .hint(msg!("read-too-large.hint"))
            }
            TextError::NotText(NotText::Utf16) => {
                Diagnostic::error(msg!("read-utf16")).span(at_site).hint(msg!("read-not-utf8.hint"))
            }
            TextError::NotText(NotText::Binary) => {
                let message = match site {
                    Some(_) => msg!("read-base-binary", path = path.display().to_string()),
                    None => msg!("read-binary"),
                };
                Diagnostic::error(message).span(at_site).hint(msg!("read-document.hint"))
            }
            TextError::NotText(kind) => {
                let what = match kind {
                    NotText::Word => msg!("read-what-word"),
                    NotText::OpenDocumentText => msg!("read-what-odt"),
                    NotText::OpenDocument => msg!("read-what-opendocument"),
                    NotText::Excel => msg!("read-what-excel"),
                    NotText::PowerPoint => msg!("read-what-powerpoint"),
                    NotText::Pdf => msg!("read-what-pdf"),
                    NotText::Rtf => msg!("read-what-rtf"),
                    NotText::OldOffice => msg!("read-what-old-office"),
                    NotText::Image => msg!("read-what-image"),
                    NotText::Zip | NotText::Utf16 | NotText::Binary => msg!("read-what-zip"),
                };
                let message = match site {
                    Some(_) => {
                        msg!("read-base-document", path = path.display().to_string(), what = what)
                    }
                    None => msg!("read-document", what = what),
                };
                Diagnostic::error(message).span(at_site).hint(msg!("read-document.hint"))
            }
        }
    }

    /// Reads the base file named by an `extends` entry.
    fn base(&mut self, from: &Path, extends: &Entry) -> Result<Node, Box<Diagnostic>> {
        let site = ExtendsSite { span: extends.value.span };
        let at =
            |d: Diagnostic| Box::new(d.at(KeyPath::root().key("extends")).span(Some(site.span)));
        let NodeKind::Scalar(name) = &extends.value.kind else {
            return Err(at(Diagnostic::error(msg!("read-extends-not-a-name"))
                .hint(msg!("read-extends-not-a-name.hint"))));
        };
        let name = name.trim();
        if name.is_empty() {
            return Err(at(
                Diagnostic::error(msg!("read-extends-empty")).hint(msg!("read-extends-empty.hint"))
            ));
        }
        let path = normalize(&from.parent().unwrap_or(Path::new("")).join(name));
        if self.chain.contains(&path) {
            let mut chain = self.chain_text();
            chain.push_str(&format!(" → {}", path.display()));
            return Err(at(Diagnostic::error(msg!("read-extends-loop", chain = chain))
                .hint(msg!("read-extends-loop.hint"))));
        }
        if self.chain.len() > MAX_EXTENDS {
            return Err(at(Diagnostic::error(msg!(
                "read-extends-too-long",
                max = MAX_EXTENDS,
                chain = self.chain_text()
            ))
            .hint(msg!("read-extends-too-long.hint"))));
        }
        match (self.read)(&path) {
            Ok(bytes) => self.file(&path, bytes, Some(site)),
            Err(e) => {
                let chain = format!("{} → {}", self.chain_text(), path.display());
                Err(at(Diagnostic::error(msg!(
                    "read-extends-unreadable",
                    path = path.display().to_string(),
                    reason = io_reason(&e),
                    chain = chain
                ))
                .hint(msg!(
                    "read-extends-unreadable.hint",
                    name = name,
                    from = from.display().to_string()
                ))))
            }
        }
    }

    fn chain_text(&self) -> String {
        self.chain.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(" → ")
    }
}

/// Why a path is not read as a case file, although it could be opened: it travels inside an
/// [`io::Error`] of kind `InvalidInput`, and [`io_reason`] shows it in the user's language.
#[derive(Debug, thiserror::Error)]
pub(crate) enum Refused {
    /// A FIFO, a device or a socket.
    #[error("not a regular file")]
    NotRegular,
    /// Not named `.yaml` or `.yml`; with the real path when a link leads there.
    #[error("not a .yaml or .yml file")]
    NotYaml(Option<String>),
}

impl Refused {
    /// This refusal as an [`io::Error`].
    pub(crate) fn into_error(self) -> io::Error {
        io::Error::new(io::ErrorKind::InvalidInput, self)
    }

    /// The reason, as a message.
    fn reason(&self) -> Message {
        match self {
            Refused::NotRegular => msg!("read-io-not-regular"),
            Refused::NotYaml(None) => msg!("read-io-not-yaml"),
            Refused::NotYaml(Some(target)) => msg!("read-io-not-yaml-link", target = target),
        }
    }
}

/// A short reason for an I/O error, in the user's language, without the OS error number: a
/// file that does not exist, a folder, a file refused as a case file (not `.yaml`, not a
/// regular file). Other errors keep the operating system's own words.
pub fn io_reason(error: &io::Error) -> Message {
    if let Some(refused) = error.get_ref().and_then(|e| e.downcast_ref::<Refused>()) {
        return refused.reason();
    }
    match error.kind() {
        io::ErrorKind::NotFound => msg!("read-io-not-found"),
        io::ErrorKind::PermissionDenied => msg!("read-io-permission-denied"),
        io::ErrorKind::IsADirectory => msg!("read-io-folder"),
        _ => {
            let text = error.to_string();
            Message::verbatim(match text.find(" (os error") {
                Some(cut) => text.get(..cut).unwrap_or(&text).to_lowercase(),
                None => text,
            })
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
    use crate::catalogue::Lang;

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
            d.message.text(Lang::En).contains("loop: a.yaml → _b.yaml → a.yaml"),
            "{:?}",
            d.message
        );
        assert_eq!(sources.path(d.span.unwrap().file), Path::new("_b.yaml"));
    }

    #[test]
    fn a_missing_base_names_the_chain_and_the_place() {
        let (sources, d) = load_error(&[("dir/a.yaml", "\n\nextends: _weg.yaml\n")], "dir/a.yaml");
        assert!(
            d.message.text(Lang::En).contains("`dir/_weg.yaml`: the file does not exist"),
            "{:?}",
            d.message
        );
        assert!(
            d.message.text(Lang::En).contains("chain: dir/a.yaml → dir/_weg.yaml"),
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

    fn load_bytes(bytes: &[u8]) -> (Sources, Diagnostic) {
        let bytes = bytes.to_vec();
        let mut read = move |_: &Path| Ok(bytes.clone());
        match load(Path::new("zaak.yaml"), &mut read) {
            Err(LoadError::Invalid { sources, mut problems }) => (sources, problems.remove(0)),
            other => panic!("expected an invalid case, got {other:?}"),
        }
    }

    #[test]
    fn a_document_that_is_not_text_is_named_and_never_shown() {
        let mut docx = b"PK\x03\x04".to_vec();
        docx.extend([0; 22]);
        docx.extend(17u16.to_le_bytes());
        docx.extend([0, 0]);
        docx.extend(b"word/document.xml\x9c\xffgeheim\nletter: x\n");
        let rtf = b"{\\rtf1\\ansi geheim}\n".to_vec();
        let cases: [(&[u8], &str); 4] = [
            (
                &docx,
                "dit is een Word-document, geen dossier; een dossier is platte tekst (zie `ingebrekestelling new`)",
            ),
            (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\ngeheim\n", "dit is een PDF-document, geen dossier"),
            (&rtf, "dit is een RTF-document"),
            (b"\xff\xfel\x00e\x00t\x00", "het bestand is opgeslagen als UTF-16"),
        ];
        for (bytes, expected) in cases {
            let (sources, d) = load_bytes(bytes);
            let text = d.render(&sources, Lang::Nl);
            assert!(text.starts_with(&format!("fout: {expected}")), "{text}");
            assert!(
                !text.contains("geheim") && !text.contains('|'),
                "a line of it is shown: {text}"
            );
            assert!(text.contains("--> zaak.yaml\n"), "{text}");
        }
        let (_, d) = load_bytes(&[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
        assert_eq!(
            d.message.text(Lang::En),
            "this is an Office document in the old format (.doc or .xls), not a case file; a case \
             file is plain text (see `ingebrekestelling new`)"
        );
        // A base file that is not text is named, at the `extends` that names it.
        let mut read = files(&[("a.yaml", "extends: _b.yaml\n")]);
        let mut read = |p: &Path| match p.to_str() {
            Some("_b.yaml") => Ok(b"%PDF-1.4\n".to_vec()),
            _ => read(p),
        };
        let Err(LoadError::Invalid { sources, problems }) = load(Path::new("a.yaml"), &mut read)
        else {
            panic!("expected an invalid case");
        };
        let text = problems[0].render(&sources, Lang::Nl);
        assert!(text.starts_with("fout: het basisbestand `_b.yaml` is een PDF-document"), "{text}");
        assert!(text.contains("1 | extends: _b.yaml"), "{text}");
    }

    #[test]
    fn text_in_another_encoding_is_shown_as_the_editor_shows_it() {
        let (sources, d) = load_bytes(b"letter:\n  place: Z\xfcrich\n");
        let text = d.render(&sources, Lang::Nl);
        assert!(
            text.starts_with(
                "fout: het bestand is niet als UTF-8 opgeslagen: op regel 2, kolom 11"
            ),
            "{text}"
        );
        assert!(text.contains("2 |   place: Zürich\n") && !text.contains('\u{fffd}'), "{text}");
        assert!(text.contains("‘Opslaan als’") && text.contains("UTF-8"), "{text}");
    }

    #[test]
    fn io_reasons_are_in_the_language_asked() {
        let reason = |kind: io::ErrorKind| io_reason(&io::Error::from(kind));
        assert_eq!(reason(io::ErrorKind::NotFound).text(Lang::Nl), "het bestand bestaat niet");
        assert_eq!(reason(io::ErrorKind::NotFound).text(Lang::En), "the file does not exist");
        assert_eq!(
            reason(io::ErrorKind::IsADirectory).text(Lang::Nl),
            "het is een map, geen bestand"
        );
        let refused = Refused::NotYaml(Some("/etc/shadow".into())).into_error();
        assert_eq!(
            io_reason(&refused).text(Lang::Nl),
            "het is geen .yaml- of .yml-bestand (de koppeling leidt naar `/etc/shadow`)"
        );
        let refused = Refused::NotRegular.into_error();
        assert!(io_reason(&refused).text(Lang::Nl).starts_with("het is geen gewoon bestand"));
        let other = io::Error::other("No space left on device (os error 28)");
        assert_eq!(io_reason(&other).text(Lang::Nl), "no space left on device");
    }

    #[test]
    fn an_unreadable_case_file_is_a_read_error() {
        let mut read = files(&[]);
        assert!(matches!(load(Path::new("nope.yaml"), &mut read), Err(LoadError::Read { .. })));
    }
}
