//! The print-ready PDF: a Dutch business letter on A4 that fits a window envelope.
//!
//! [`typeset`] takes the placed parts of a letter ([`Header`]) and the
//! letter's body as Markdown (the same Markdown `--format md` writes). The letterhead, the window block and the reference block are
//! placed from the letter (`letterhead`); the body is read back from the Markdown
//! (`blocks`), broken into lines on glyph widths and paginated (`layout`), and drawn with
//! printpdf (`canvas`). The geometry is one table ([`geometry`]). The fonts are embedded and
//! subset to the glyphs used ([`fonts`]).
//!
//! The same letter gives the same bytes: font ids are fixed, the document id is a hash of the
//! content, and the creation date is the letter's date, never the clock.

mod blocks;
mod canvas;
pub mod fonts;
pub mod geometry;
mod layout;
mod letterhead;

use printpdf::{
    FontId, Mm, OffsetDateTime, ParsedFont, PdfDocument, PdfFont, PdfPage, PdfSaveOptions,
};

use self::canvas::{Canvas, Used, font_id};
use self::fonts::{Weight, faces};
use self::geometry::A4;
use crate::catalogue::{Lang, Message};
use crate::letter::{DateText, Header, Metadata};
use crate::markdown::Markdown;
use crate::msg;

/// A PDF file's bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pdf(pub Vec<u8>);

/// Why a letter could not be typeset.
#[derive(Debug, Clone, PartialEq)]
pub enum PdfError {
    /// The embedded font could not be used, or the PDF could not be written (what the font or
    /// PDF library reported).
    Font(String),
    /// The Markdown uses something the typesetter does not support.
    Markdown(Message),
    /// A character the font cannot draw.
    MissingGlyph {
        /// The character.
        ch: char,
        /// The text it is in.
        context: String,
    },
    /// A placed part of the letter does not fit its place: the recipient block the envelope
    /// window, or the letterhead the room above it.
    DoesNotFit {
        /// The case-file key to shorten.
        field: &'static str,
        /// What does not fit where.
        detail: Message,
    },
}

impl PdfError {
    /// What went wrong, for people.
    pub fn message(&self) -> Message {
        match self {
            PdfError::Font(detail) => msg!("pdf-font", detail = detail),
            PdfError::Markdown(message) | PdfError::DoesNotFit { detail: message, .. } => {
                message.clone()
            }
            PdfError::MissingGlyph { ch, context } => msg!(
                "pdf-missing-glyph",
                ch = ch.to_string(),
                code = format!("{:04X}", u32::from(*ch)),
                context = context
            ),
        }
    }
}

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().text(Lang::En))
    }
}

impl std::error::Error for PdfError {}

/// The program name and version, for the PDF's Creator field.
const CREATOR: &str = concat!("ingebrekestelling ", env!("CARGO_PKG_VERSION"));

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

/// How the first page starts and what the later pages carry.
enum Layout<'a> {
    Letter(&'a Header),
    Sheet(&'a Sheet),
}

impl Layout<'_> {
    fn metadata(&self) -> &Metadata {
        match self {
            Layout::Letter(h) => &h.metadata,
            Layout::Sheet(s) => &s.metadata,
        }
    }

    fn date(&self) -> &DateText {
        match self {
            Layout::Letter(h) => &h.date,
            Layout::Sheet(s) => &s.date,
        }
    }

    /// The parts of the small header of a page after the first (all pages of a sheet).
    fn running_header(&self) -> (&str, Vec<String>) {
        match self {
            Layout::Letter(h) => {
                let mut parts = vec![h.date.text.clone()];
                parts.extend(h.our_reference.iter().map(|r| format!("Ons kenmerk {r}")));
                (&h.sender.organisation, parts)
            }
            Layout::Sheet(s) => (&s.sender, vec![s.label.clone(), s.date.text.clone()]),
        }
    }
}

/// Typesets a letter: the fixed parts from `letter`, the body from `body` (the Markdown of the
/// letter from the salutation on).
pub fn typeset(letter: &Header, body: &Markdown) -> Result<Pdf, PdfError> {
    typeset_layout(&Layout::Letter(letter), body)
}

/// Typesets a document that is not a letter, such as the call notes.
pub fn typeset_sheet(sheet: &Sheet, body: &Markdown) -> Result<Pdf, PdfError> {
    typeset_layout(&Layout::Sheet(sheet), body)
}

fn typeset_layout(layout: &Layout<'_>, body: &Markdown) -> Result<Pdf, PdfError> {
    let g = &A4;
    let faces = faces()?;
    let blocks = blocks::parse(body.as_str())?;

    let mut first = Canvas::new(faces, g.page_h);
    let (body_top, closing) = match layout {
        Layout::Letter(letter) => {
            let mut closing = vec![letter.closing.as_str()];
            closing.extend(letter.signature.mandate.as_deref());
            (letterhead::first_page(&mut first, letter, g, faces)?, closing)
        }
        Layout::Sheet(_) => (g.body_top_next, Vec::new()),
    };
    let pages = layout::paginate(&blocks, &closing, g, faces, body_top);
    let count = pages.len();

    let mut canvases = Vec::with_capacity(count);
    for (index, lines) in pages.iter().enumerate() {
        let mut canvas = if index == 0 {
            std::mem::replace(&mut first, Canvas::new(faces, g.page_h))
        } else {
            Canvas::new(faces, g.page_h)
        };
        if index > 0 || matches!(layout, Layout::Sheet(_)) {
            let (name, parts) = layout.running_header();
            letterhead::running_header(&mut canvas, name, &parts, g, faces)?;
        }
        for placed in lines {
            if let Some((x, marker)) = &placed.marker {
                canvas.text(
                    *x,
                    placed.y,
                    placed.size,
                    canvas::Ink::Text,
                    &[(Weight::Regular, marker)],
                )?;
            }
            let pieces: Vec<(Weight, &str)> =
                placed.line.segments.iter().map(|s| (s.weight, s.text.as_str())).collect();
            canvas.text(placed.x, placed.y, placed.size, canvas::Ink::Text, &pieces)?;
        }
        if count > 1 {
            letterhead::page_number(&mut canvas, g, index + 1, count)?;
        }
        canvases.push(canvas);
    }

    let mut used = Used::default();
    let mut pages = Vec::with_capacity(canvases.len());
    for canvas in canvases {
        let (ops, page_used) = canvas.finish();
        used.merge(&page_used);
        pages.push(PdfPage::new(Mm(g.page_w), Mm(g.page_h), ops));
    }
    let metadata = layout.metadata();
    let mut doc = PdfDocument::new(&metadata.title);
    let info = &mut doc.metadata.info;
    info.author = metadata.author.clone();
    info.subject = metadata.subject.clone();
    info.keywords = metadata.keywords.clone();
    info.creator = CREATOR.to_owned();
    info.producer = CREATOR.to_owned();
    let date = creation_date(&layout.date().iso);
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;

    for (weight, chars) in [(Weight::Regular, &used.regular), (Weight::Bold, &used.bold)] {
        if chars.is_empty() {
            continue;
        }
        let face = faces.get(weight);
        let subset = face.subset(chars)?;
        let mut warnings = Vec::new();
        let mut parsed = ParsedFont::from_bytes(&subset, 0, &mut warnings)
            .ok_or_else(|| PdfError::Font(format!("{}: the subset cannot be read", face.name())))?;
        // A subset font is named with a tag of six capitals, made here from the glyphs used.
        parsed.font_name = Some(format!("{}+{}", subset_tag(chars), face.name()));
        let id: FontId = font_id(weight);
        doc.resources.fonts.map.insert(id, PdfFont::new(parsed));
    }

    let mut warnings = Vec::new();
    let mut lopdf =
        doc.with_pages(pages).to_lopdf_document(&PdfSaveOptions::default(), &mut warnings);
    compress(&mut lopdf)?;
    let mut bytes = Vec::new();
    lopdf.save_to(&mut bytes).map_err(|e| PdfError::Font(format!("cannot write the PDF: {e}")))?;
    Ok(Pdf(stable_id(bytes)))
}

/// Compresses every stream (content, fonts, ToUnicode maps) with Flate at the default level,
/// with one compressor reset between streams: printpdf's own save compresses at the best level
/// with a new compressor per stream, which costs more than the rest of the PDF for a file 2%
/// smaller.
fn compress(doc: &mut lopdf::Document) -> Result<(), PdfError> {
    use flate2::{Compress, Compression};
    let fail = |e: flate2::CompressError| PdfError::Font(format!("cannot compress the PDF: {e}"));
    thread_local! {
        // One compressor per thread, reused: setting one up costs as much as compressing a
        // page.
        static DEFLATE: std::cell::RefCell<Compress> =
            std::cell::RefCell::new(Compress::new(Compression::default(), true));
    }
    DEFLATE.with_borrow_mut(|deflate| compress_with(doc, deflate).map_err(fail))
}

fn compress_with(
    doc: &mut lopdf::Document,
    deflate: &mut flate2::Compress,
) -> Result<(), flate2::CompressError> {
    use flate2::{FlushCompress, Status};
    for object in doc.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else { continue };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        deflate.reset();
        let mut compressed = Vec::with_capacity(stream.content.len() / 2 + 64);
        loop {
            let consumed = usize::try_from(deflate.total_in()).unwrap_or(usize::MAX);
            let input = stream.content.get(consumed..).unwrap_or_default();
            if compressed.len() == compressed.capacity() {
                compressed.reserve(4096);
            }
            match deflate.compress_vec(input, &mut compressed, FlushCompress::Finish)? {
                Status::StreamEnd => break,
                Status::Ok | Status::BufError => {}
            }
        }
        if compressed.len() < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
    Ok(())
}

/// Six capital letters that name a font subset, derived from the characters in it.
fn subset_tag(chars: &std::collections::BTreeSet<char>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for c in chars {
        hash = (hash ^ u64::from(u32::from(*c))).wrapping_mul(0x0000_0100_0000_01b3);
    }
    (0..6).map(|i| char::from(b'A' + ((hash >> (i * 5)) % 26) as u8)).collect()
}

/// Midnight UTC of the letter's date (an ISO `YYYY-MM-DD`).
fn creation_date(iso: &str) -> OffsetDateTime {
    let seconds = chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map_or(0, |dt| dt.and_utc().timestamp());
    OffsetDateTime::from_unix_timestamp(seconds)
        .or_else(|_| OffsetDateTime::from_unix_timestamp(0))
        .unwrap_or_else(|_| PdfDocument::new("").metadata.info.creation_date)
}

/// Replaces the random document id in the trailer (`/ID[(…)(…)]`, two strings of 32
/// characters) by a hash of the file's content. The length stays the same, so no offset moves.
fn stable_id(mut pdf: Vec<u8>) -> Vec<u8> {
    const MARK: &[u8] = b"/ID[(";
    let Some(pos) = pdf.windows(MARK.len()).rposition(|w| w == MARK) else {
        return pdf;
    };
    let start = pos + MARK.len();
    if pdf.get(start + 32..start + 34) != Some(b")(".as_slice()) || pdf.len() < start + 66 {
        return pdf;
    }
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325; // FNV-1a over everything before the trailer
    for byte in pdf.get(..pos).unwrap_or_default() {
        hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    let id: Vec<u8> = (0..32).map(|i| b'A' + ((hash >> ((i % 16) * 4)) & 0xF) as u8).collect();
    if let Some(slot) = pdf.get_mut(start..start + 32) {
        slot.copy_from_slice(&id);
    }
    if let Some(slot) = pdf.get_mut(start + 34..start + 66) {
        slot.copy_from_slice(&id);
    }
    pdf
}

/// Every character in the case file's values that the letter's font cannot draw, as an error
/// at its key: checked before typesetting, so the PDF never shows an empty box.
pub fn unprintable(tree: &crate::yaml::Node) -> Vec<crate::diagnostic::Diagnostic> {
    use crate::diagnostic::{Diagnostic, KeyPath};
    use crate::yaml::NodeKind;

    fn walk(
        node: &crate::yaml::Node,
        path: KeyPath,
        faces: &fonts::Faces,
        out: &mut Vec<Diagnostic>,
    ) {
        match &node.kind {
            NodeKind::Scalar(text) => {
                // Tabs become spaces before anything is printed.
                if let Some(ch) = faces.missing(&text.replace('\t', " ")) {
                    out.push(
                        Diagnostic::error(msg!(
                            "pdf-unprintable",
                            ch = ch.to_string(),
                            code = format!("{:04X}", u32::from(ch))
                        ))
                        .at(path)
                        .span(Some(node.span))
                        .hint(msg!("pdf-unprintable.hint")),
                    );
                }
            }
            NodeKind::Seq(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, path.index(i), faces, out);
                }
            }
            NodeKind::Map(entries) => {
                for entry in entries {
                    walk(&entry.value, path.key(&entry.key), faces, out);
                }
            }
            NodeKind::Null => {}
        }
    }

    let mut out = Vec::new();
    if let Ok(faces) = faces() {
        walk(tree, KeyPath::root(), faces, &mut out);
    }
    out
}
