//! The print-ready PDF: a Dutch business letter on A4 that fits a window envelope.
//!
//! [`typeset`] takes the placed parts of a letter ([`crate::documents::Page`]) and the body as the
//! blocks read from its Markdown ([`crate::formats::blocks`]; the Markdown that `--format md`
//! writes). The letterhead, the window block and the reference block are placed from the
//! letter (`letterhead`); the body is broken into lines on glyph widths and paginated
//! (`layout`), and drawn straight into each page's content stream (`canvas`). The geometry is
//! one table ([`geometry`]). The fonts are embedded, subset to the glyphs used (`subset`), and
//! the file is written object by object (`writer`).
//!
//! The same letter gives the same bytes: font names come from the glyphs used, the document id
//! is a hash of the content, and the creation date is the letter's date, never the clock.

mod archive;
mod canvas;
pub mod fonts;
pub mod geometry;
mod layout;
mod letterhead;
mod subset;
mod tags;
mod writer;

pub use self::archive::Standard;
use self::canvas::{Canvas, Mark, Used};
use self::fonts::{Weight, faces};
use self::geometry::A4;
use self::subset::Glyphs;
use self::tags::Structure;
use self::writer::{Ref, Writer};
use crate::catalogue::{Lang, Message};
use crate::documents::Page;
use crate::formats::blocks::Block;
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
            PdfError::DoesNotFit { detail, .. } => detail.clone(),
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

/// Typesets a document: the fixed parts of its first page from `page` (a letter's
/// letterhead, window and reference block), the body from `body` (the blocks of its Markdown;
/// for a letter from the salutation on).
pub fn typeset(page: Page<'_>, body: &[Block], standard: Standard) -> Result<Pdf, PdfError> {
    let drawn = draw(&page, body, standard.tagged())?;
    write(&page, &A4, faces(), drawn, standard)
}

/// Whether the document can be typeset, without writing the file: what [`typeset`] would
/// refuse (an address too long for the window, a character the font lacks), for `check`; and
/// how many pages it has.
pub fn check(page: Page<'_>, body: &[Block]) -> Result<usize, PdfError> {
    draw(&page, body, false).map(|drawn| drawn.contents.len())
}

/// Where the PDF puts what other formats place the same way.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// The number of pages.
    pub pages: usize,
    /// The lines in the envelope window of a letter, the return address first, each with its
    /// type size in points: as the PDF fits them (a long line split after its comma, a block
    /// too tall for the window in the smaller size). Empty for a sheet.
    pub window: Vec<(String, f32)>,
}

/// What [`check`] finds, and the window lines as the PDF places them.
pub fn place(page: Page<'_>, body: &[Block]) -> Result<Placed, PdfError> {
    let drawn = draw(&page, body, false)?;
    Ok(Placed { pages: drawn.contents.len(), window: drawn.window })
}

/// The pages drawn: their content streams, the glyphs they use, and, for a tagged PDF, the
/// structure tree with the element of each marked-content id per page.
struct Drawn {
    contents: Vec<Vec<u8>>,
    used: Used,
    tags: Option<(Structure, Vec<Vec<usize>>)>,
    /// A letter's window lines with their sizes, as placed on the first page.
    window: Vec<(String, f32)>,
}

/// Lays out and draws every page; with `tagged`, every drawing is marked as content of an
/// element of the structure tree or as an artifact.
fn draw(layout: &Page<'_>, body: &[Block], tagged: bool) -> Result<Drawn, PdfError> {
    let g = &A4;
    let faces = faces();
    let canvas =
        || if tagged { Canvas::tagged(faces, g.page_h) } else { Canvas::new(faces, g.page_h) };
    let mut tags = Structure::new();

    let mut first = canvas();
    let (body_top, closing, window) = match layout {
        Page::Letter(letter) => {
            let mut closing = vec![letter.closing.as_str()];
            closing.extend(letter.signature.mandate.as_deref());
            let (top, block) = letterhead::first_page(&mut first, letter, g, faces, &mut tags)?;
            let window = block.lines.into_iter().map(|line| (line.text, line.size)).collect();
            (top, closing, window)
        }
        Page::Sheet(_) => (g.body_top_next, Vec::new(), Vec::new()),
    };
    let body_tags = tags.body(body, "H2");
    let pages = layout::paginate(body, &closing, g, faces, body_top);
    let count = pages.len();

    let mut canvases = Vec::with_capacity(count);
    let mut pieces: Vec<(Weight, &str)> = Vec::new();
    for (index, lines) in pages.iter().enumerate() {
        let mut canvas =
            if index == 0 { std::mem::replace(&mut first, canvas()) } else { canvas() };
        if index > 0 || matches!(layout, Page::Sheet(_)) {
            let (name, parts) = layout.running_header();
            letterhead::running_header(&mut canvas, name, &parts, g, faces)?;
        }
        for placed in lines {
            if let Some((x, marker)) = &placed.marker {
                if let Some(Some(label)) = body_tags.label.get(placed.block) {
                    canvas.mark(Mark::Content(*label, "Lbl"));
                }
                canvas.text(
                    *x,
                    placed.y,
                    placed.size,
                    canvas::Ink::Text,
                    &[(Weight::Regular, marker)],
                )?;
            }
            if let Some(element) = body_tags.text.get(placed.block) {
                canvas.mark(Mark::Content(*element, tags.tag(*element)));
            }
            pieces.clear();
            pieces.extend(placed.line.segments.iter().map(|s| (s.weight, s.text.as_str())));
            canvas.text(placed.x, placed.y, placed.size, canvas::Ink::Text, &pieces)?;
        }
        if count > 1 {
            letterhead::page_number(&mut canvas, g, index + 1, count)?;
        }
        canvases.push(canvas);
    }

    let mut used = Used::default();
    let mut contents = Vec::with_capacity(canvases.len());
    let mut marked = Vec::with_capacity(canvases.len());
    for (page, canvas) in canvases.into_iter().enumerate() {
        let (content, page_used, on_page) = canvas.finish();
        tags.content(page, &on_page);
        marked.push(on_page);
        used.merge(&page_used);
        contents.push(content);
    }
    Ok(Drawn { contents, used, tags: tagged.then_some((tags, marked)), window })
}

fn write(
    layout: &Page<'_>,
    g: &geometry::Geometry,
    faces: &fonts::Faces,
    drawn: Drawn,
    standard: Standard,
) -> Result<Pdf, PdfError> {
    let Drawn { contents, used, tags, .. } = drawn;
    let (contents, used) = (contents.as_slice(), &used);
    let size: usize = contents.iter().map(Vec::len).sum();
    let capacity = size / 2 + 24_000;
    // A tagged PDF has an object per structure element: packed, they cost a fraction.
    let mut w = if tags.is_some() { Writer::compact(capacity) } else { Writer::new(capacity) };
    let catalog = w.reserve();
    let pages = w.reserve();
    let info = w.reserve();
    let page_refs: Vec<(Ref, Ref)> = contents.iter().map(|_| (w.reserve(), w.reserve())).collect();

    // The fonts: a Type 0 font over a CID-keyed TrueType font, named by glyph id.
    let mut resources = b"<< /Font <<".to_vec();
    for weight in [Weight::Regular, Weight::Bold] {
        let glyphs = used.glyphs(weight);
        if glyphs.is_empty() {
            continue;
        }
        let face = faces.get(weight);
        let font = w.reserve();
        resources.extend_from_slice(b" /");
        resources.extend_from_slice(canvas::font_name(weight).as_bytes());
        resources.push(b' ');
        font.write(&mut resources);
        write_font(&mut w, font, face, weight, used, &glyphs)?;
    }
    resources.extend_from_slice(b" >> >>");

    let mut kids = b"<< /Type /Pages /Kids [".to_vec();
    for (index, (page, content)) in page_refs.iter().zip(contents).enumerate() {
        page.0.write(&mut kids);
        kids.push(b' ');
        let mut dict = b"<< /Type /Page /Parent ".to_vec();
        pages.write(&mut dict);
        dict.extend_from_slice(b" /MediaBox [0 0 ");
        canvas::number(&mut dict, g.page_w / geometry::MM_PER_PT);
        dict.push(b' ');
        canvas::number(&mut dict, g.page_h / geometry::MM_PER_PT);
        dict.extend_from_slice(b"] /Resources ");
        dict.extend_from_slice(&resources);
        dict.extend_from_slice(b" /Contents ");
        page.1.write(&mut dict);
        if tags.is_some() {
            // The page's entry in the parent tree; the tab order follows the structure.
            dict.extend_from_slice(b" /StructParents ");
            canvas::integer(&mut dict, index as u64);
            dict.extend_from_slice(b" /Tabs /S");
        }
        dict.extend_from_slice(b" >>");
        w.object(page.0, &dict);
        w.stream(page.1, b"", content, true);
    }
    kids.extend_from_slice(b"] /Count ");
    canvas::integer(&mut kids, contents.len() as u64);
    kids.extend_from_slice(b" >>");
    w.object(pages, &kids);

    let properties = archive::Properties {
        metadata: layout.metadata(),
        creator: CREATOR,
        date: &layout.date().iso,
    };
    let mut root = b"<< /Type /Catalog /Pages ".to_vec();
    pages.write(&mut root);
    root.extend_from_slice(b" /Lang (nl-NL)");
    if let Some((structure, marked)) = tags {
        let page_objects: Vec<Ref> = page_refs.iter().map(|(page, _)| *page).collect();
        let tree = structure.write(&mut w, &page_objects, &marked);
        root.extend_from_slice(b" /StructTreeRoot ");
        tree.write(&mut root);
        root.extend_from_slice(
            b" /MarkInfo << /Marked true >> /ViewerPreferences << /DisplayDocTitle true >>",
        );
    }
    root.extend_from_slice(&archive::catalog_entries(standard, &mut w, &properties));
    root.extend_from_slice(b" >>");
    w.object(catalog, &root);
    w.object(info, &archive::info(&properties));
    Ok(Pdf(w.finish(catalog, info)))
}

/// Writes font `font` of `weight`: the Type 0 font, its CID font with the widths of the
/// glyphs used, its descriptor, the subset font file and the map back to Unicode.
fn write_font(
    w: &mut Writer,
    font: Ref,
    face: &fonts::Face,
    weight: Weight,
    used: &Used,
    glyphs: &Glyphs,
) -> Result<(), PdfError> {
    let name = format!("{}+{}", subset_tag(glyphs), face.name());
    let (cid_font, descriptor, file, to_unicode) =
        (w.reserve(), w.reserve(), w.reserve(), w.reserve());

    let mut dict = format!(
        "<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H /DescendantFonts ["
    )
    .into_bytes();
    cid_font.write(&mut dict);
    dict.extend_from_slice(b"] /ToUnicode ");
    to_unicode.write(&mut dict);
    dict.extend_from_slice(b" >>");
    w.object(font, &dict);

    // The widths, in runs of consecutive glyph ids: `3 [500 520] 9 [610]`.
    let mut dict = format!("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /CIDToGIDMap /Identity /FontDescriptor ").into_bytes();
    descriptor.write(&mut dict);
    dict.extend_from_slice(b" /W [");
    let mut previous: Option<u16> = None;
    for gid in glyphs.iter() {
        if previous.is_none_or(|p| p + 1 != gid) {
            if previous.is_some() {
                dict.extend_from_slice(b"] ");
            }
            canvas::integer(&mut dict, u64::from(gid));
            dict.extend_from_slice(b" [");
        } else {
            dict.push(b' ');
        }
        canvas::integer(&mut dict, u64::from(face.glyph_width(gid)));
        previous = Some(gid);
    }
    if previous.is_some() {
        dict.push(b']');
    }
    dict.extend_from_slice(b"] >>");
    w.object(cid_font, &dict);

    let m = face.metrics();
    // Flags: serif (2) and symbolic (4), as a font addressed by glyph id is.
    let mut dict = format!(
        "<< /Type /FontDescriptor /FontName /{name} /Flags 6 /FontBBox [{} {} {} {}] /ItalicAngle {} /Ascent {} /Descent {} /CapHeight {} /StemV {} /FontWeight {} /FontFile2 ",
        m.bbox[0], m.bbox[1], m.bbox[2], m.bbox[3], m.italic_angle, m.ascent, m.descent, m.cap_height,
        if m.bold { 140 } else { 80 },
        if m.bold { 700 } else { 400 },
    )
    .into_bytes();
    file.write(&mut dict);
    dict.extend_from_slice(b" >>");
    w.object(descriptor, &dict);

    let subset = subset::subset(face.file(), glyphs)
        .ok_or_else(|| PdfError::Font(format!("{}: the font cannot be subset", face.name())))?;
    let mut entries = b" /Length1 ".to_vec();
    canvas::integer(&mut entries, subset.len() as u64);
    w.stream(file, &entries, &subset, true);

    // Stored as it is: a few hundred bytes of ranges, not worth a compressor per letter.
    w.stream(to_unicode, b"", &to_unicode_map(glyphs, |gid| used.char_of(weight, gid)), false);
    Ok(())
}

/// The CMap that maps each glyph id back to the character it draws, so that the text can be
/// searched, copied and read aloud.
fn to_unicode_map(glyphs: &subset::Glyphs, char_of: impl Fn(u16) -> Option<char>) -> Vec<u8> {
    let mut out = b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n".to_vec();
    let pairs: Vec<(u16, char)> = glyphs.iter().filter_map(|g| Some((g, char_of(g)?))).collect();
    // Runs of consecutive glyph ids for consecutive characters ("a" to "z" in the font's
    // order) as one range each; within a range only the last byte may change, on both sides.
    let mut ranges: Vec<(u16, u16, char)> = Vec::new();
    let mut singles: Vec<(u16, u16, char)> = Vec::new();
    let mut at = 0;
    while let Some(&(first, c)) = pairs.get(at) {
        let mut len: u16 = 1;
        while let Some(&(gid, next)) = pairs.get(at + usize::from(len)) {
            let follows = u32::from(gid) == u32::from(first) + u32::from(len)
                && u32::from(next) == u32::from(c) + u32::from(len)
                && gid >> 8 == first >> 8
                && u32::from(next) >> 8 == u32::from(c) >> 8
                && u32::from(next) <= 0xFFFF;
            if !follows {
                break;
            }
            len += 1;
        }
        if len > 1 {
            ranges.push((first, first + len - 1, c));
        } else {
            singles.push((first, first, c));
        }
        at += usize::from(len);
    }
    section(&mut out, "bfrange", &ranges);
    section(&mut out, "bfchar", &singles);
    out.extend_from_slice(b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out
}

/// Writes `entries` (first glyph, last glyph, first character) as `bfrange` or `bfchar`
/// sections of at most 100 entries; a `bfchar` entry names one glyph.
fn section(out: &mut Vec<u8>, kind: &str, entries: &[(u16, u16, char)]) {
    for block in entries.chunks(100) {
        canvas::integer(out, block.len() as u64);
        out.extend_from_slice(format!(" begin{kind}\n").as_bytes());
        for (lo, hi, c) in block {
            out.push(b'<');
            writer::hex(out, &lo.to_be_bytes());
            if kind == "bfrange" {
                out.extend_from_slice(b"> <");
                writer::hex(out, &hi.to_be_bytes());
            }
            out.extend_from_slice(b"> <");
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                writer::hex(out, &unit.to_be_bytes());
            }
            out.extend_from_slice(b">\n");
        }
        out.extend_from_slice(format!("end{kind}\n").as_bytes());
    }
}

/// Six capital letters that name a font subset, derived from the glyphs in it.
fn subset_tag(glyphs: &subset::Glyphs) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for gid in glyphs.iter() {
        hash = (hash ^ u64::from(gid)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    (0..6).map(|i| char::from(b'A' + ((hash >> (i * 5)) % 26) as u8)).collect()
}

/// Every character in the case file's values that the letter's font cannot draw, as an error
/// at its key: checked before typesetting, so the PDF never shows an empty box. The key path
/// is made only for a value that has such a character.
pub fn unprintable(tree: &crate::yaml::Node) -> Vec<crate::diagnostic::Diagnostic> {
    use crate::diagnostic::{Diagnostic, KeyPath};
    use crate::yaml::{Node, NodeKind};

    /// The first character of `text` the font lacks; a tab is printed as a space.
    fn missing(text: &str, faces: &fonts::Faces) -> Option<char> {
        text.chars().filter(|c| *c != '\t').find(|c| faces.missing_char(*c))
    }

    fn any_missing(node: &Node, faces: &fonts::Faces) -> bool {
        match &node.kind {
            NodeKind::Scalar(text) => missing(text, faces).is_some(),
            NodeKind::Seq(items) => items.iter().any(|item| any_missing(item, faces)),
            NodeKind::Map(entries) => entries.iter().any(|e| any_missing(&e.value, faces)),
            NodeKind::Null => false,
        }
    }

    fn walk(node: &Node, path: &KeyPath, faces: &fonts::Faces, out: &mut Vec<Diagnostic>) {
        match &node.kind {
            NodeKind::Scalar(text) => {
                if let Some(ch) = missing(text, faces) {
                    out.push(
                        Diagnostic::error(msg!(
                            "pdf-unprintable",
                            ch = ch.to_string(),
                            code = format!("{:04X}", u32::from(ch))
                        ))
                        .at(path.clone())
                        .span(Some(node.span))
                        .hint(msg!("pdf-unprintable.hint")),
                    );
                }
            }
            NodeKind::Seq(items) => {
                for (i, item) in items.iter().enumerate() {
                    if any_missing(item, faces) {
                        walk(item, &path.index(i), faces, out);
                    }
                }
            }
            NodeKind::Map(entries) => {
                for entry in entries {
                    if any_missing(&entry.value, faces) {
                        walk(&entry.value, &path.key(entry.key.clone()), faces, out);
                    }
                }
            }
            NodeKind::Null => {}
        }
    }

    let mut out = Vec::new();
    walk(tree, &KeyPath::root(), faces(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_unicode_map_gives_runs_as_ranges_and_the_rest_one_by_one() {
        let mut glyphs = subset::Glyphs::default();
        // 36..=38 draw "A".."C"; 40 draws "é"; 0x00FE..=0x0101 draw "x".."{" but cross a
        // byte boundary in the glyph ids, so they are two ranges.
        let chars: Vec<(u16, char)> = vec![
            (36, 'A'),
            (37, 'B'),
            (38, 'C'),
            (40, 'é'),
            (0x00FE, 'x'),
            (0x00FF, 'y'),
            (0x0100, 'z'),
            (0x0101, '{'),
        ];
        for (gid, _) in &chars {
            glyphs.insert(*gid);
        }
        let map = to_unicode_map(&glyphs, |gid| chars.iter().find(|(g, _)| *g == gid).map(|p| p.1));
        let text = String::from_utf8(map).unwrap();
        assert!(
            text.contains(
                "3 beginbfrange\n<0024> <0026> <0041>\n<00FE> <00FF> <0078>\n<0100> <0101> <007A>\nendbfrange\n"
            ),
            "{text}"
        );
        assert!(text.contains("1 beginbfchar\n<0028> <00E9>\nendbfchar\n"), "{text}");
    }
}
