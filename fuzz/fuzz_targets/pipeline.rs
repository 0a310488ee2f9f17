//! Fuzz target: the input bytes are the case file `zaak.yaml`, run through what the CLI does
//! with it (`src/cli/produce.rs`): read (with `extends`), validate, compose and render every
//! document as Markdown, and typeset each as a PDF when the case is printable.
//!
//! Errors are fine; panics, hangs and runaway memory are bugs. A few invariants that must hold
//! for any input are asserted below.

#![no_main]

use std::io;
use std::path::Path;
use std::sync::OnceLock;

use chrono::NaiveDate;
use ingebrekestelling::document::{self, Document, DocumentError};
use ingebrekestelling::pdf::{self, PdfError};
use ingebrekestelling::templates::Templates;
use ingebrekestelling::{load, validate};
use libfuzzer_sys::fuzz_target;

/// The case file's name; an `extends` is resolved relative to it.
const CASE: &str = "zaak.yaml";

/// What any base file (a name starting with `_`, as `extends: _afzender.yaml`) holds: a small
/// valid base, like `examples/_afzender.yaml`. Every other path does not exist.
const BASE: &str = "\
letter:
  place: Tiel
  sent_by: [registered_mail, email]
sender:
  organisation: Stichting Openbaar Onderwijs Rivierenland
  kvk: \"41234567\"
  address: {street: Kerkstraat 8, postcode: 4001 EM, city: Tiel}
  email: ict@soo-rivierenland.nl
  signatory: {name: drs. H. Wouters, role: Voorzitter College van Bestuur}
";

/// The documents, in the order the CLI knows them.
const DOCUMENTS: [Document; 5] = [
    Document::Notice,
    Document::CallNotes,
    Document::FollowUp,
    Document::Confirmation(Some(1)),
    Document::Confirmation(None),
];

fn templates() -> &'static Templates {
    static TEMPLATES: OnceLock<Templates> = OnceLock::new();
    TEMPLATES.get_or_init(|| Templates::builtin().expect("the built-in templates compile"))
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).expect("a valid date")
}

fn check_pdf(document: Document, result: Result<pdf::Pdf, PdfError>) -> Option<Vec<u8>> {
    match result {
        Ok(pdf) => {
            assert!(pdf.0.starts_with(b"%PDF-"), "{document:?}: the PDF does not start with %PDF-");
            Some(pdf.0)
        }
        // `unprintable` found nothing, so every character of the case has a glyph.
        Err(e @ PdfError::MissingGlyph { .. }) => {
            panic!("{document:?}: a glyph is missing after `pdf::unprintable` passed: {e}")
        }
        Err(_) => None,
    }
}

fuzz_target!(|data: &[u8]| {
    let mut read = |path: &Path| -> io::Result<Vec<u8>> {
        if path == Path::new(CASE) {
            Ok(data.to_vec())
        } else if path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('_')) {
            Ok(BASE.as_bytes().to_vec())
        } else {
            Err(io::Error::from(io::ErrorKind::NotFound))
        }
    };
    let Ok(loaded) = load::load(Path::new(CASE), &mut read) else {
        return;
    };
    let Ok(checked) = validate::validate(&loaded, today()) else {
        return;
    };
    let printable = pdf::unprintable(&loaded.tree).is_empty();
    let templates = templates();
    for document in DOCUMENTS {
        let rendered = match document::render(document, &checked.case, &loaded.tree, templates) {
            Ok(rendered) => rendered,
            // The built-in templates render every valid case.
            Err(DocumentError::Template(e)) => {
                panic!("{document:?}: a built-in template failed: {e}")
            }
            Err(_) => continue,
        };
        let pdf = if printable { check_pdf(document, rendered.pdf()) } else { None };
        if document == Document::Notice {
            // The same case gives the same bytes.
            let again = document::render(document, &checked.case, &loaded.tree, templates)
                .expect("the notice rendered the first time");
            assert_eq!(rendered.markdown, again.markdown, "the notice's Markdown differs");
            if let Some(pdf) = pdf {
                let again = again.pdf().expect("the notice typeset the first time");
                assert!(pdf == again.0, "the notice's PDF differs between two runs");
            }
        }
    }
});
