//! One case from file to documents: read, check, compose, render, typeset. Shared by
//! `preview`, `render` and `batch`, which differ only in how they report and where they write.

use std::path::Path;

use chrono::NaiveDate;

use super::args::Format;
use crate::case::Case;
use crate::catalogue::Message;
use crate::diagnostic::{Diagnostic, KeyPath};
use crate::documents::confirmation::{self, EntryError};
use crate::documents::{self, Document, DocumentError};
use crate::formats;
use crate::formats::pdf::{self, PdfError};
use crate::load::{self, LoadError, Loaded};
use crate::msg;
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
    /// Every document the case has the data for (`check`): the notice, the call notes, a
    /// confirmation of every call and meeting, and the letter after the term when the case
    /// has a `follow_up`.
    Everything,
}

impl Want {
    /// What goes between the case's name and the extension of the one document asked for;
    /// nothing for the notice, or when several documents are asked for.
    pub(crate) fn suffix(self) -> String {
        match self {
            Want::One(document) => document.suffix(),
            Want::EveryConfirmation | Want::Everything => String::new(),
        }
    }
}

/// What to write a document as: the formats, and the PDF's standard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Formats {
    /// `--format`.
    pub(crate) format: Format,
    /// `--pdf-standard`.
    pub(crate) standard: pdf::Standard,
}

/// One file a case produced.
pub(crate) struct File {
    /// What goes between the case's name and the extension: `""`, `".confirmation-1"`, ….
    pub(crate) suffix: String,
    /// `md`, `pdf`, `docx`, `eml` or `ics`.
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
    /// What was left out, and why (an e-mail draft under `--format all` without addresses).
    pub(crate) notes: Vec<Message>,
}

/// Why a case produced nothing.
pub(crate) enum Failure {
    /// The case file could not be read (exit status 2 for `render`).
    Unreadable(Message),
    /// The case is invalid, cannot be typeset as written, or does not allow the document
    /// (exit status 1).
    Invalid(Sources, Vec<Diagnostic>),
    /// Advice was given under `--deny-warnings` (exit status 1); the advice is included.
    Denied(Box<Loaded>, Vec<Diagnostic>),
    /// The request does not fit the case, such as `--entry` naming no call (exit status 2).
    Usage(Message),
    /// A template or the typesetter failed (exit status 2).
    Broken(Message),
}

/// Reads, checks and renders the case at `path` into the documents asked for, in `format`.
pub(crate) fn produce(
    path: &Path,
    today: NaiveDate,
    templates: &Templates,
    formats: Formats,
    want: Want,
    deny_warnings: bool,
) -> Result<Produced, Failure> {
    let (loaded, checked) = read_and_check(path, today, deny_warnings)?;
    let documents = documents(want, &checked.case);
    let (files, notes) = make(&loaded, &checked, templates, formats, &documents)?;
    Ok(Produced { loaded, checked, files, notes })
}

/// Reads and checks the case at `path`; under `deny_warnings`, advice is a failure too.
pub(crate) fn read_and_check(
    path: &Path,
    today: NaiveDate,
    deny_warnings: bool,
) -> Result<(Loaded, Checked), Failure> {
    let loaded = match load::load(path, &mut |p: &Path| super::input::read_case_file(p)) {
        Ok(loaded) => loaded,
        Err(LoadError::Read { path, source }) => {
            return Err(Failure::Unreadable(super::session::cannot_read_case(&path, &source)));
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
    Ok((loaded, checked))
}

/// The documents `want` names for `case`, in order.
pub(crate) fn documents(want: Want, case: &Case) -> Vec<Document> {
    let confirmations = |numbers: Vec<usize>| {
        numbers.into_iter().map(|n| Document::Confirmation(Some(n))).collect::<Vec<_>>()
    };
    match want {
        Want::One(document) => vec![document],
        Want::EveryConfirmation => confirmations(confirmation::unconfirmed(case)),
        Want::Everything => {
            let mut all = vec![Document::Notice, Document::CallNotes];
            all.extend(confirmations(
                confirmation::confirmable(case).into_iter().map(|(n, _)| n).collect(),
            ));
            if case.follow_up.is_some() {
                all.push(Document::FollowUp);
            }
            all
        }
    }
}

/// Makes `documents` of a checked case in `format`, with notes on what `--format all` left
/// out.
fn make(
    loaded: &Loaded,
    checked: &Checked,
    templates: &Templates,
    formats: Formats,
    documents: &[Document],
) -> Result<(Vec<File>, Vec<Message>), Failure> {
    if formats.format != Format::Md {
        let unprintable = pdf::unprintable(&loaded.tree);
        if !unprintable.is_empty() {
            return Err(Failure::Invalid(loaded.sources.clone(), unprintable));
        }
    }
    let mut files = Vec::new();
    let mut notes = Vec::new();
    for document in documents {
        let (made, left_out) = make_one(loaded, checked, templates, formats, *document)?;
        files.extend(made);
        notes.extend(left_out);
    }
    Ok((files, notes))
}

/// The formats of `document` that `format` asks for; a single format the document does not
/// have is a usage error.
fn formats_of(format: Format, document: Document) -> Result<Vec<formats::Format>, Failure> {
    let has = document.formats();
    match format.one() {
        None => Ok(has.to_vec()),
        Some(one) if has.contains(&one) => Ok(vec![one]),
        Some(one) => Err(Failure::Usage(msg!(
            "cli-format-not-for",
            format = one.extension(),
            document = document.name(),
            formats = has.iter().map(|f| f.extension()).collect::<Vec<_>>().join(", ")
        ))),
    }
}

/// Makes one document in `format`, without the check for characters the PDF cannot print
/// that [`make`] does first; with a note for an e-mail draft that `--format all` left out.
fn make_one(
    loaded: &Loaded,
    checked: &Checked,
    templates: &Templates,
    formats: Formats,
    document: Document,
) -> Result<(Vec<File>, Option<Message>), Failure> {
    let format = formats.format;
    let mut wanted = formats_of(format, document)?;
    let rendered = render(loaded, checked, templates, document)?;
    let mut note = None;
    let missing = rendered.missing_addresses();
    if format == Format::All && !missing.is_empty() {
        wanted.retain(|f| *f != formats::Format::Eml);
        let fields: Vec<String> = missing.iter().map(|f| format!("`{f}`")).collect();
        note = Some(msg!("cli-eml-skipped", fields = fields.join(", ")));
    }
    // The PDF is made once, for its own file and for the e-mail it goes with.
    let needs_pdf = wanted.contains(&formats::Format::Pdf)
        || (wanted.contains(&formats::Format::Eml) && rendered.attaches_pdf());
    let pdf = if needs_pdf {
        Some(rendered.pdf_as(formats.standard).map_err(|e| pdf_failure(loaded, &e))?.0)
    } else {
        None
    };
    let mut files = Vec::new();
    for one in wanted {
        let bytes = match one {
            formats::Format::Md => rendered.markdown.0.clone().into_bytes(),
            formats::Format::Pdf => pdf.clone().unwrap_or_default(),
            formats::Format::Docx => rendered.docx().map_err(|e| pdf_failure(loaded, &e))?,
            formats::Format::Eml => {
                let attachment = pdf.as_deref().filter(|_| rendered.attaches_pdf());
                match rendered.eml(templates, attachment) {
                    Some(Ok(bytes)) => bytes,
                    Some(Err(e)) => return Err(document_failure(loaded, e)),
                    None => continue,
                }
            }
            formats::Format::Ics => match rendered.ics() {
                Some(bytes) => bytes,
                None => continue,
            },
        };
        files.push(File { suffix: document.suffix(), extension: one.extension(), bytes });
    }
    Ok((files, note))
}

/// For the call notes of a case without `letter.date`: the notes count the term from today,
/// and say so, so that the date is fixed before the call announces it.
pub(crate) fn date_note(produced: &Produced, want: Want) -> Option<Message> {
    let case = &produced.checked.case;
    (want == Want::One(Document::CallNotes) && !case.letter.date_given).then(|| {
        msg!(
            "cli-call-notes-date",
            date = crate::dutch::date(case.letter.date),
            iso = case.letter.date.to_string(),
            deadline = crate::dutch::date(case.deadline.date)
        )
    })
}

/// Makes one document's text, as [`documents::render`] does, with its failures as ours.
fn render(
    loaded: &Loaded,
    checked: &Checked,
    templates: &Templates,
    document: Document,
) -> Result<documents::Rendered, Failure> {
    documents::render(document, &checked.case, &loaded.tree, templates)
        .map_err(|e| document_failure(loaded, e))
}

/// A document that was not made, as a failure of the case or of the program.
fn document_failure(loaded: &Loaded, error: DocumentError) -> Failure {
    match error {
        DocumentError::Refused(problems) => Failure::Invalid(loaded.sources.clone(), problems),
        DocumentError::Entry { error, choices } => Failure::Usage(entry_message(&error, &choices)),
        DocumentError::Template(e) => Failure::Broken(e.message()),
        DocumentError::Markdown(message) => Failure::Broken(message),
        DocumentError::NoAddress { fields } => no_address(loaded, &fields),
    }
}

/// Whether one document can be made as PDF: everything [`make_one`] does but writing the
/// file, for `check`.
pub(crate) fn check_one(
    loaded: &Loaded,
    checked: &Checked,
    templates: &Templates,
    document: Document,
) -> Result<(), Failure> {
    let rendered = render(loaded, checked, templates, document)?;
    rendered.check_pdf().map(|_| ()).map_err(|e| pdf_failure(loaded, &e))
}

/// What is wrong with `--entry`, and the entries that can be confirmed.
fn entry_message(error: &EntryError, choices: &[(usize, String)]) -> Message {
    let error = match error {
        EntryError::Missing => msg!("cli-entry-missing"),
        EntryError::NoSuchEntry(n) => msg!("cli-entry-none", entry = *n),
        EntryError::NotACall(n) => msg!("cli-entry-not-a-call", entry = *n),
    };
    if choices.is_empty() {
        msg!("cli-entry-no-choices", error = error)
    } else {
        let list: Vec<String> =
            choices.iter().map(|(n, what)| format!("  --entry {n}: {what}")).collect();
        msg!("cli-entry-choices", error = error, choices = list.join("\n"))
    }
}

/// An e-mail without an address to send it from or to: a problem in the case, at the key to
/// add.
fn no_address(loaded: &Loaded, fields: &[&str]) -> Failure {
    let problems = fields
        .iter()
        .map(|field| {
            let path = KeyPath::parse(field);
            let parent = KeyPath::parse(field.split_once('.').map_or(*field, |(p, _)| p));
            Diagnostic::error(msg!("eml-no-address", field = *field))
                .at(path)
                .span(loaded.tree.locate(&parent))
                .hint(msg!("eml-no-address.hint", field = *field))
        })
        .collect();
    Failure::Invalid(loaded.sources.clone(), problems)
}

/// A typesetting problem: one that the case can fix (too long for its place) is a problem in
/// the case, at its key; the rest is a template or program problem.
fn pdf_failure(loaded: &Loaded, error: &PdfError) -> Failure {
    match error {
        PdfError::DoesNotFit { field, .. } => {
            let path = KeyPath::parse(field);
            let d = Diagnostic::error(error.message())
                .at(path.clone())
                .span(loaded.tree.locate(&path))
                .hint(msg!("pdf-does-not-fit-hint"));
            Failure::Invalid(loaded.sources.clone(), vec![d])
        }
        _ => Failure::Broken(error.message()),
    }
}
