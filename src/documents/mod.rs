//! The documents the tool writes for a case, and how each is made: composed from the case,
//! rendered with its template, read once into blocks, and handed to the formats
//! ([`crate::formats`]) as a letter or as a plain sheet.
//!
//! | document | template | PDF layout |
//! | --- | --- | --- |
//! | `notice` (ingebrekestelling) | `header.md` + `notice.md` | letter |
//! | `confirmation` (bevestiging van een gesprek) | `confirmation.md` | sheet |
//! | `call-notes` (belnotitie) | `call-notes.md` | sheet |
//! | `follow-up` (brief na verzuim) | `header.md` + `follow-up.md` | letter |

use crate::case::Case;
pub mod call_notes;
pub mod confirmation;
pub mod follow_up;
pub mod letter;

use self::confirmation::EntryError;
use self::letter::{DateText, Header};
use crate::catalogue::Message;
use crate::diagnostic::Diagnostic;
use crate::formats::blocks::{self, Block};
use crate::formats::markdown::Markdown;
use crate::formats::pdf::{self, Pdf, PdfError, Sheet};
use crate::templates::{TemplateError, Templates};
use crate::yaml::Node;

/// Which document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    /// The notice of default.
    Notice,
    /// The e-mail that confirms `history` entry N (from 1), a call or meeting.
    Confirmation(Option<usize>),
    /// The script for the call that announces the notice.
    CallNotes,
    /// The letter after the term.
    FollowUp,
}

impl Document {
    /// The name used on the command line and in file names.
    pub fn name(self) -> &'static str {
        match self {
            Document::Notice => "notice",
            Document::Confirmation(_) => "confirmation",
            Document::CallNotes => "call-notes",
            Document::FollowUp => "follow-up",
        }
    }

    /// What goes between a case's name and the extension of its output: nothing for the
    /// notice, `.confirmation-1`, `.call-notes`, `.follow-up`.
    pub fn suffix(self) -> String {
        match self {
            Document::Notice => String::new(),
            Document::Confirmation(Some(n)) => format!(".confirmation-{n}"),
            other => format!(".{}", other.name()),
        }
    }
}

/// How the PDF is laid out.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Layout {
    Letter(Box<Header>),
    Sheet(Box<Sheet>),
}

/// A document rendered to Markdown and read into blocks, ready to write in any format.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    /// The document as `--format md` writes it.
    pub markdown: Markdown,
    /// The part the laid-out formats show as running text (for a letter: from the salutation
    /// on), read once from the Markdown.
    body: Vec<Block>,
    layout: Layout,
}

impl Rendered {
    /// The document as a PDF.
    pub fn pdf(&self) -> Result<Pdf, PdfError> {
        match &self.layout {
            Layout::Letter(header) => pdf::typeset(header, &self.body),
            Layout::Sheet(sheet) => pdf::typeset_sheet(sheet, &self.body),
        }
    }

    /// Whether [`Rendered::pdf`] would succeed, without making the file.
    pub fn check_pdf(&self) -> Result<(), PdfError> {
        match &self.layout {
            Layout::Letter(header) => pdf::check(header, &self.body),
            Layout::Sheet(sheet) => pdf::check_sheet(sheet, &self.body),
        }
    }
}

/// Why a document was not made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentError {
    /// The case does not (yet) allow this document; each problem is located in the case file.
    Refused(Vec<Diagnostic>),
    /// The history entry asked for cannot be confirmed; `choices` lists those that can.
    Entry {
        /// What is wrong.
        error: EntryError,
        /// The entries that can be confirmed: (number, description).
        choices: Vec<(usize, String)>,
    },
    /// A template failed.
    Template(TemplateError),
    /// A template wrote Markdown that the formats cannot show (a link, a code block).
    Markdown(Message),
}

impl From<TemplateError> for DocumentError {
    fn from(e: TemplateError) -> Self {
        DocumentError::Template(e)
    }
}

/// Makes `document` for a valid case; `tree` locates problems in the case file.
pub fn render(
    document: Document,
    case: &Case,
    tree: &Node,
    templates: &Templates,
) -> Result<Rendered, DocumentError> {
    let read = |text: &str| blocks::parse(text).map_err(DocumentError::Markdown);
    let letter_parts = |header: Header, body: String| -> Result<Rendered, DocumentError> {
        let head = templates.render("header.md", &header)?;
        Ok(Rendered {
            body: read(&body)?,
            markdown: Markdown(format!("{head}\n{body}")),
            layout: Layout::Letter(Box::new(header)),
        })
    };
    // A plain page: the whole text is the body.
    let sheet_parts = |text: String, sheet: Sheet| -> Result<Rendered, DocumentError> {
        Ok(Rendered {
            body: read(&text)?,
            markdown: Markdown(text),
            layout: Layout::Sheet(Box::new(sheet)),
        })
    };
    match document {
        Document::Notice => {
            let notice = letter::compose(case);
            let body = templates.render("notice.md", &notice)?;
            letter_parts(notice.header, body)
        }
        Document::FollowUp => {
            let letter = follow_up::compose(case, tree).map_err(DocumentError::Refused)?;
            let body = templates.render("follow-up.md", &letter)?;
            letter_parts(letter.header, body)
        }
        Document::Confirmation(entry) => {
            let confirmation = confirmation::compose(case, entry).map_err(|error| {
                DocumentError::Entry { error, choices: confirmation::confirmable(case) }
            })?;
            let text = templates.render("confirmation.md", &confirmation)?;
            sheet_parts(
                text,
                Sheet {
                    sender: confirmation.signature.organisation,
                    label: format!("Bevestiging {}", confirmation.kind),
                    date: confirmation.date,
                    metadata: confirmation.metadata,
                },
            )
        }
        Document::CallNotes => {
            let notes = call_notes::compose(case);
            let text = templates.render("call-notes.md", &notes)?;
            sheet_parts(
                text,
                Sheet {
                    sender: notes.sender,
                    label: "Belnotitie".to_owned(),
                    date: DateText::new(case.letter.date),
                    metadata: notes.metadata,
                },
            )
        }
    }
}
