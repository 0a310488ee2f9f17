//! One case from file to documents: read, check, compose, render, typeset. Shared by `render`
//! and `batch`, which differ only in how they report and where they write.

use std::path::Path;

use chrono::NaiveDate;

use super::args::Format;
use crate::diagnostic::{Diagnostic, KeyPath};
use crate::letter;
use crate::load::{self, LoadError, Loaded};
use crate::pdf::{self, PdfError};
use crate::source::Sources;
use crate::templates::{Templates, render_notice};
use crate::validate::{self, Checked};

/// What a case produced.
pub(crate) struct Produced {
    /// The case as read.
    pub(crate) loaded: Loaded,
    /// The checked case and its advice.
    pub(crate) checked: Checked,
    /// Each output: its extension (`md`, `pdf`) and bytes, in the order of the format.
    pub(crate) files: Vec<(&'static str, Vec<u8>)>,
}

/// Why a case produced nothing.
pub(crate) enum Failure {
    /// The case file could not be read (exit status 2 for `render`).
    Unreadable(String),
    /// The case is invalid, or cannot be typeset as written (exit status 1).
    Invalid(Sources, Vec<Diagnostic>),
    /// Advice was given under `--deny-warnings` (exit status 1); the advice is included.
    Denied(Box<Loaded>, Vec<Diagnostic>),
    /// A template or the typesetter failed (exit status 2).
    Broken(String),
}

/// Reads, checks and renders the case at `path` into the documents `format` asks for.
pub(crate) fn produce(
    path: &Path,
    today: NaiveDate,
    templates: &Templates,
    format: Format,
    deny_warnings: bool,
) -> Result<Produced, Failure> {
    let loaded = match load::load(path, &mut |p: &Path| std::fs::read(p)) {
        Ok(loaded) => loaded,
        Err(LoadError::Read { path, source }) => {
            return Err(Failure::Unreadable(format!(
                "cannot read the case file `{}`: {}",
                path.display(),
                load::io_reason(&source)
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
    let letter = letter::compose(&checked.case);
    let rendered = render_notice(&letter, templates).map_err(|e| Failure::Broken(e.to_string()))?;
    let mut files = Vec::new();
    for extension in format.extensions() {
        let bytes = match *extension {
            "md" => rendered.markdown().0.into_bytes(),
            _ => {
                let unprintable = pdf::unprintable(&loaded.tree);
                if !unprintable.is_empty() {
                    return Err(Failure::Invalid(loaded.sources, unprintable));
                }
                match pdf::typeset(&letter.header, &rendered.body) {
                    Ok(pdf) => pdf.0,
                    Err(e) => return Err(pdf_failure(&loaded, &e)),
                }
            }
        };
        files.push((*extension, bytes));
    }
    Ok(Produced { loaded, checked, files })
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
