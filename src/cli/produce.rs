//! One case from file to documents: read, check, compose, render, typeset. Shared by
//! `preview`, `render` and `batch`, which differ only in how they report and where they write.

use std::path::Path;

use chrono::NaiveDate;

use super::args::Format;
use crate::confirmation::{self, EntryError};
use crate::diagnostic::{Diagnostic, KeyPath};
use crate::document::{self, Document, DocumentError};
use crate::load::{self, LoadError, Loaded};
use crate::pdf::{self, PdfError};
use crate::source::Sources;
use crate::templates::Templates;
use crate::validate::{self, Checked};

/// What to make of a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Want {
    /// One document.
    One(Document),
    /// A confirmation for every call and meeting in `history` not yet confirmed (`batch`).
    EveryConfirmation,
}

/// One file a case produced.
pub(crate) struct File {
    /// What goes between the case's name and the extension: `""`, `".confirmation-1"`, ….
    pub(crate) suffix: String,
    /// `md` or `pdf`.
    pub(crate) extension: &'static str,
    /// The content.
    pub(crate) bytes: Vec<u8>,
}

/// What a case produced.
pub(crate) struct Produced {
    /// The case as read.
    pub(crate) loaded: Loaded,
    /// The checked case and its advice.
    pub(crate) checked: Checked,
    /// The files, per document in order, per document in the order of the format.
    pub(crate) files: Vec<File>,
}

/// Why a case produced nothing.
pub(crate) enum Failure {
    /// The case file could not be read (exit status 2 for `render`).
    Unreadable(String),
    /// The case is invalid, cannot be typeset as written, or does not allow the document
    /// (exit status 1).
    Invalid(Sources, Vec<Diagnostic>),
    /// Advice was given under `--deny-warnings` (exit status 1); the advice is included.
    Denied(Box<Loaded>, Vec<Diagnostic>),
    /// The request does not fit the case, such as `--entry` naming no call (exit status 2).
    Usage(String),
    /// A template or the typesetter failed (exit status 2).
    Broken(String),
}

/// Reads, checks and renders the case at `path` into the documents asked for, in `format`.
pub(crate) fn produce(
    path: &Path,
    today: NaiveDate,
    templates: &Templates,
    format: Format,
    want: Want,
    deny_warnings: bool,
) -> Result<Produced, Failure> {
    let loaded = match load::load(path, &mut |p: &Path| super::input::read_case_file(p)) {
        Ok(loaded) => loaded,
        Err(LoadError::Read { path, source }) => {
            return Err(Failure::Unreadable(format!(
                "cannot read the case file `{}`: {}",
                path.display(),
                load::io_reason(&source).text(crate::cli::report::lang())
            )));
        }
        Err(LoadError::Invalid { sources, problems }) => {
            return Err(Failure::Invalid(sources, problems));
        }
    };
    let checked = match validate::validate(&loaded, today) {
        Ok(checked) => checked,
        Err(problems) => return Err(Failure::Invalid(loaded.sources, problems)),
    };
    if deny_warnings && !checked.advice.is_empty() {
        let advice = checked.advice.clone();
        return Err(Failure::Denied(Box::new(loaded), advice));
    }
    let documents = match want {
        Want::One(document) => vec![document],
        Want::EveryConfirmation => confirmation::unconfirmed(&checked.case)
            .into_iter()
            .map(|n| Document::Confirmation(Some(n)))
            .collect(),
    };
    if format != Format::Md {
        let unprintable = pdf::unprintable(&loaded.tree);
        if !unprintable.is_empty() {
            return Err(Failure::Invalid(loaded.sources, unprintable));
        }
    }
    let mut files = Vec::new();
    for document in documents {
        let rendered = match document::render(document, &checked.case, &loaded.tree, templates) {
            Ok(rendered) => rendered,
            Err(DocumentError::Refused(problems)) => {
                return Err(Failure::Invalid(loaded.sources, problems));
            }
            Err(DocumentError::Entry { error, choices }) => {
                return Err(Failure::Usage(entry_message(&error, &choices)));
            }
            Err(DocumentError::Template(e)) => return Err(Failure::Broken(e.to_string())),
        };
        for extension in format.extensions() {
            let bytes = match *extension {
                "md" => rendered.markdown.0.clone().into_bytes(),
                _ => match rendered.pdf() {
                    Ok(pdf) => pdf.0,
                    Err(e) => return Err(pdf_failure(&loaded, &e)),
                },
            };
            files.push(File { suffix: document.suffix(), extension, bytes });
        }
    }
    Ok(Produced { loaded, checked, files })
}

/// What is wrong with `--entry`, and the entries that can be confirmed.
fn entry_message(error: &EntryError, choices: &[(usize, String)]) -> String {
    let list: Vec<String> =
        choices.iter().map(|(n, what)| format!("  --entry {n}: {what}")).collect();
    if list.is_empty() {
        format!("{error}; this case has no phone call or meeting in `history` to confirm")
    } else {
        format!("{error}; the calls and meetings that can be confirmed:\n{}", list.join("\n"))
    }
}

/// A typesetting problem: one that the case can fix (too long for its place) is a problem in
/// the case, at its key; the rest is a template or program problem.
fn pdf_failure(loaded: &Loaded, error: &PdfError) -> Failure {
    match error {
        PdfError::DoesNotFit { field, .. } => {
            let path = KeyPath::parse(field);
            let d = Diagnostic::error(error.to_string())
                .at(path.clone())
                .span(loaded.tree.locate(&path))
                .hint(
                    "use a shorter form: an abbreviation, or a detail left out (the window of an \
                     envelope shows about five lines of 40 characters)",
                );
            Failure::Invalid(loaded.sources.clone(), vec![d])
        }
        _ => Failure::Broken(error.to_string()),
    }
}
