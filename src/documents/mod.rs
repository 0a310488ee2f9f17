//! The documents the tool writes for a case, and how each is made: composed from the case,
//! rendered with its template, read once into blocks, and handed to the formats
//! ([`crate::formats`]) as a letter or as a plain sheet.
//!
//! | document | template | PDF layout | formats |
//! | --- | --- | --- | --- |
//! | `notice` (ingebrekestelling) | `header.md` + `notice.md` | letter | md pdf docx eml ics |
//! | `confirmation` (bevestiging van een gesprek) | `confirmation.md` | sheet | md pdf eml |
//! | `call-notes` (belnotitie) | `call-notes.md` | sheet | md pdf docx |
//! | `follow-up` (brief na verzuim) | `header.md` + `follow-up.md` | letter | md pdf docx eml |
//!
//! The e-mail of a letter carries the PDF under the text of `cover-email.md`; the e-mail of a
//! confirmation is the confirmation itself.

pub mod agenda;
pub mod call_notes;
pub mod confirmation;
pub mod follow_up;
pub mod letter;
pub mod mail;

use self::agenda::Agenda;
use self::confirmation::EntryError;
use self::letter::{DateText, Header, Metadata};
use self::mail::{Cover, Envelope};
use crate::case::Case;
use crate::catalogue::Message;
use crate::diagnostic::Diagnostic;
use crate::formats::blocks::{self, Block};
use crate::formats::eml::{self, Attachment, EmlError};
use crate::formats::markdown::Markdown;
use crate::formats::pdf::{self, Pdf, PdfError};
use crate::formats::{Format, docx, ics};
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
    /// The formats this document can be written in, in the order `--format all` writes them.
    pub fn formats(self) -> &'static [Format] {
        match self {
            Document::Notice => &Format::ALL,
            Document::Confirmation(_) => &[Format::Md, Format::Pdf, Format::Eml],
            Document::CallNotes => &[Format::Md, Format::Pdf, Format::Docx],
            Document::FollowUp => &[Format::Md, Format::Pdf, Format::Docx, Format::Eml],
        }
    }

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

/// A document that is not a letter (the call notes, the text of an e-mail): no letterhead or
/// window, a small header on every page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// The sender's name, for the header.
    pub sender: String,
    /// What the document is ("Belnotitie"), for the header.
    pub label: String,
    /// The date, for the header and the document's properties.
    pub date: DateText,
    /// The document's properties.
    pub metadata: Metadata,
}

/// How a document's pages look, for the formats that lay them out: a letter, whose first
/// page carries the letterhead, the window block and the reference block; or a sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page<'a> {
    /// A letter.
    Letter(&'a Header),
    /// A sheet.
    Sheet(&'a Sheet),
}

impl Page<'_> {
    /// The document's properties.
    pub fn metadata(&self) -> &Metadata {
        match self {
            Page::Letter(h) => &h.metadata,
            Page::Sheet(s) => &s.metadata,
        }
    }

    /// The document's date.
    pub fn date(&self) -> &DateText {
        match self {
            Page::Letter(h) => &h.date,
            Page::Sheet(s) => &s.date,
        }
    }

    /// The small header of the pages after the first (of every page of a sheet): the
    /// sender's name, and the parts that go after it ("1 december 2026", "Ons kenmerk X").
    pub fn running_header(&self) -> (&str, Vec<String>) {
        match self {
            Page::Letter(h) => {
                let mut parts = vec![h.date.text.clone()];
                parts.extend(h.our_reference.iter().map(|r| format!("Ons kenmerk {r}")));
                (&h.sender.organisation, parts)
            }
            Page::Sheet(s) => (&s.sender, vec![s.label.clone(), s.date.text.clone()]),
        }
    }
}

/// How the document is laid out.
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
    /// The e-mail, for the documents that go by e-mail.
    mail: Option<Mail>,
    /// The agenda, for the notice.
    agenda: Option<Agenda>,
}

/// What the e-mail of a document says.
#[derive(Debug, Clone, PartialEq)]
struct Mail {
    envelope: Envelope,
    /// A cover text for an attached letter; `None`: the document itself is the text.
    cover: Option<Box<Cover>>,
}

impl Rendered {
    /// How the document's pages look.
    pub fn page(&self) -> Page<'_> {
        match &self.layout {
            Layout::Letter(header) => Page::Letter(header),
            Layout::Sheet(sheet) => Page::Sheet(sheet),
        }
    }

    /// The document as the PDF the tool writes by default: tagged, PDF/UA-1 and PDF/A-2a.
    pub fn pdf(&self) -> Result<Pdf, PdfError> {
        self.pdf_as(pdf::Standard::default())
    }

    /// The document as a PDF to `standard`.
    pub fn pdf_as(&self, standard: pdf::Standard) -> Result<Pdf, PdfError> {
        pdf::typeset(self.page(), &self.body, standard)
    }

    /// The e-mail draft: for a letter, the cover text with `pdf` (the letter's PDF) attached
    /// under [`Rendered::attachment_name`]; for a confirmation, the confirmation itself. `None`
    /// for a document that does not go by e-mail.
    pub fn eml(
        &self,
        templates: &Templates,
        pdf: Option<&[u8]>,
    ) -> Option<Result<Vec<u8>, DocumentError>> {
        let mail = self.mail.as_ref()?;
        Some(self.write_eml(mail, templates, pdf))
    }

    fn write_eml(
        &self,
        mail: &Mail,
        templates: &Templates,
        pdf: Option<&[u8]>,
    ) -> Result<Vec<u8>, DocumentError> {
        let written = match &mail.cover {
            Some(cover) => {
                let name = self.attachment_name();
                let cover = Cover { attachment: name.clone(), ..cover.as_ref().clone() };
                let text = templates.render("cover-email.md", &cover)?;
                let body = blocks::parse(&text).map_err(DocumentError::Markdown)?;
                let attachment = pdf.map(|bytes| Attachment { name: &name, bytes });
                eml::write(&mail.envelope, &body, attachment)
            }
            // The lines that become the e-mail's header ("Aan:", "Onderwerp:") are left out.
            None => eml::write(&mail.envelope, without_header_lines(&self.body), None),
        };
        written.map_err(|EmlError::NoAddress { fields }| DocumentError::NoAddress { fields })
    }

    /// The case-file keys of the addresses [`Rendered::eml`] needs and the case lacks; empty
    /// when it has them all, or when the document does not go by e-mail.
    pub fn missing_addresses(&self) -> Vec<&'static str> {
        self.mail.as_ref().map(|m| m.envelope.missing()).unwrap_or_default()
    }

    /// The name of the PDF attached to the e-mail: what the letter is, and its reference or
    /// date ("Ingebrekestelling IGS-2026-014.pdf").
    pub fn attachment_name(&self) -> String {
        let (what, reference, date) = match &self.layout {
            Layout::Letter(h) => (&h.metadata.subject, h.our_reference.as_deref(), &h.date),
            Layout::Sheet(s) => (&s.label, None, &s.date),
        };
        let mark: String = reference
            .unwrap_or(&date.iso)
            .chars()
            .map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '-' })
            .collect();
        format!("{what} {mark}.pdf")
    }

    /// Whether the letter's PDF goes with its e-mail.
    pub fn attaches_pdf(&self) -> bool {
        self.mail.as_ref().is_some_and(|m| m.cover.is_some())
    }

    /// The agenda file; `None` for a document without dates to keep.
    pub fn ics(&self) -> Option<Vec<u8>> {
        self.agenda.as_ref().map(ics::write)
    }

    /// The document as a Word file. What the PDF refuses (an address too long for the
    /// window) is refused here too; the PDF's page count decides whether pages are numbered.
    pub fn docx(&self) -> Result<Vec<u8>, PdfError> {
        let placed = pdf::place(self.page(), &self.body)?;
        Ok(docx::write(self.page(), &self.body, &placed))
    }

    /// Whether [`Rendered::pdf`] would succeed, without making the file; its number of pages.
    pub fn check_pdf(&self) -> Result<usize, PdfError> {
        pdf::check(self.page(), &self.body)
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
    /// The e-mail needs addresses the case does not have; `fields` are the keys to add.
    NoAddress {
        /// `sender.email`, `supplier.email`, or both.
        fields: Vec<&'static str>,
    },
}

/// `blocks` without the first when it holds the lines an e-mail has in its header: "Aan:"
/// and "Onderwerp:".
fn without_header_lines(blocks: &[Block]) -> &[Block] {
    match blocks.split_first() {
        Some((first, rest))
            if first.plain().starts_with("Aan:") || first.plain().starts_with("Onderwerp:") =>
        {
            rest
        }
        _ => blocks,
    }
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
    let letter_parts = |header: Header,
                        body: String,
                        cover: Cover,
                        agenda: Option<Agenda>|
     -> Result<Rendered, DocumentError> {
        let head = templates.render("header.md", &header)?;
        let envelope = Envelope::new(case, header.subject.clone(), header.date.day, cover.document);
        Ok(Rendered {
            body: read(&body)?,
            markdown: Markdown(format!("{head}\n{body}")),
            layout: Layout::Letter(Box::new(header)),
            mail: Some(Mail { envelope, cover: Some(Box::new(cover)) }),
            agenda,
        })
    };
    // A plain page: the whole text is the body.
    let sheet_parts =
        |text: String, sheet: Sheet, mail: Option<Mail>| -> Result<Rendered, DocumentError> {
            Ok(Rendered {
                body: read(&text)?,
                markdown: Markdown(text),
                layout: Layout::Sheet(Box::new(sheet)),
                mail,
                agenda: None,
            })
        };
    match document {
        Document::Notice => {
            let notice = letter::compose(case);
            let body = templates.render("notice.md", &notice)?;
            let cover = Cover {
                deadline: Some(notice.deadline.date.clone()),
                confirm: notice.confirm_by.clone(),
                ..Cover::new("notice", case, &notice.header)
            };
            letter_parts(notice.header, body, cover, Some(agenda::compose(case)))
        }
        Document::FollowUp => {
            let letter = follow_up::compose(case, tree).map_err(DocumentError::Refused)?;
            let body = templates.render("follow-up.md", &letter)?;
            let cover = Cover {
                follows: Some(mail::Follows {
                    notice: letter.notice.date.clone(),
                    topics: letter.topics.clone(),
                    dissolves: letter
                        .actions
                        .termination
                        .then_some(letter.actions.termination_full),
                    part: letter.termination_part.clone(),
                    claim: letter.claim.clone(),
                }),
                ..Cover::new("follow-up", case, &letter.header)
            };
            letter_parts(letter.header, body, cover, None)
        }
        Document::Confirmation(entry) => {
            let confirmation = confirmation::compose(case, entry).map_err(|error| {
                DocumentError::Entry { error, choices: confirmation::confirmable(case) }
            })?;
            let text = templates.render("confirmation.md", &confirmation)?;
            let envelope = Envelope::new(
                case,
                confirmation.subject.clone(),
                confirmation.date.day,
                &format!("confirmation-{}", confirmation.contact.number),
            );
            let contact =
                confirmation.contact.number.checked_sub(1).and_then(|i| case.history.get(i));
            let envelope = match contact {
                Some(contact) => envelope.to_contact(case, contact),
                None => envelope,
            };
            sheet_parts(
                text,
                Sheet {
                    sender: confirmation.signature.organisation,
                    label: format!("Bevestiging {}", confirmation.kind),
                    date: confirmation.date,
                    metadata: confirmation.metadata,
                },
                Some(Mail { envelope, cover: None }),
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
                None,
            )
        }
    }
}
