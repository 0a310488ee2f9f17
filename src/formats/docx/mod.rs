//! The letter as a Word file (`.docx`, Office Open XML), to edit: the same text as the PDF,
//! from the same blocks, on the same A4 geometry ([`crate::formats::pdf::geometry`]).
//!
//! On the first page of a letter the letterhead, the delivery line and the window block are
//! frames at fixed places on the page, so the address still fits the envelope window after
//! printing from Word; the reference block follows below the window. Every paragraph has a
//! named style (`Adres`, `Onderwerp`, `heading 1`, `List Number`, …), so a lawyer restyles
//! the whole letter in one place; lists use Word's own numbering, with the number hanging in
//! front of the text. The language is Dutch (nl-NL), for Word's spelling check. Pages after
//! the first carry the small running header; a document of more than one page has
//! "Pagina X van Y" as page fields in its footer. The typeface is embedded.
//!
//! The parts are written here and in `parts`, and packed with the `zip` crate with fixed
//! times, so the same document gives the same bytes.

mod parts;

use std::io::{Cursor, Write as _};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::documents::Page;
use crate::documents::letter::{Header, Metadata};
use crate::formats::blocks::{Block, Inline, Kind, Weight};
use crate::formats::pdf::Placed;
use crate::formats::pdf::fonts::{BOLD, REGULAR};
use crate::formats::pdf::geometry::{A4, Geometry};
use crate::formats::xml_text as esc;

/// The numbering instance of the first numbered list after the two shared ones (numbers and
/// dashes); later numbered lists get the next ones.
const FIRST_LIST_NUM: usize = 3;

/// What the document's properties say.
struct Properties<'a> {
    metadata: &'a Metadata,
    /// The document's date, `YYYY-MM-DD`.
    date: &'a str,
}

/// The document as a `.docx` file. `body` is the running text (for a letter from the
/// salutation on); `placed` is what the PDF placed: its window lines are used as they are, and
/// its page count decides whether the footer numbers the pages.
pub fn write(page: Page<'_>, body: &[Block], placed: &Placed) -> Vec<u8> {
    let g = &A4;
    let mut text = String::with_capacity(16 * 1024);
    let closing = match page {
        Page::Letter(header) => {
            first_page(&mut text, header, &placed.window, g);
            let mut closing = vec![header.closing.as_str()];
            closing.extend(header.signature.mandate.as_deref());
            closing
        }
        Page::Sheet(_) => Vec::new(),
    };
    let starts = blocks(&mut text, body, &closing, g);
    text.push_str(&section(matches!(page, Page::Letter(_)), g));

    let (name, parts) = page.running_header();
    let running = std::iter::once(name.to_owned()).chain(parts).collect::<Vec<_>>().join(" · ");
    let running = paragraph("Header", "", &run(&running, false));
    let numbers = if placed.pages > 1 { page_numbers() } else { paragraph("Footer", "", "") };
    let properties = Properties { metadata: page.metadata(), date: &page.date().iso };

    let files: [(&str, Vec<u8>); 16] = [
        ("[Content_Types].xml", parts::content_types().into_bytes()),
        ("_rels/.rels", parts::package_relationships().into_bytes()),
        ("docProps/core.xml", parts::core(&properties).into_bytes()),
        ("docProps/app.xml", parts::app().into_bytes()),
        ("word/document.xml", parts::document(&text).into_bytes()),
        (
            "word/_rels/document.xml.rels",
            parts::relationships(&[
                ("rIdStyles", "styles", "styles.xml"),
                ("rIdSettings", "settings", "settings.xml"),
                ("rIdNumbering", "numbering", "numbering.xml"),
                ("rIdFontTable", "fontTable", "fontTable.xml"),
                ("rIdHeaderFirst", "header", "header1.xml"),
                ("rIdHeaderOther", "header", "header2.xml"),
                ("rIdFooterFirst", "footer", "footer1.xml"),
                ("rIdFooterOther", "footer", "footer2.xml"),
            ])
            .into_bytes(),
        ),
        ("word/styles.xml", parts::styles().into_bytes()),
        ("word/numbering.xml", parts::numbering(&starts).into_bytes()),
        ("word/settings.xml", parts::settings().into_bytes()),
        ("word/fontTable.xml", parts::font_table().into_bytes()),
        (
            "word/_rels/fontTable.xml.rels",
            parts::relationships(&[
                ("rIdFontRegular", "font", "fonts/font1.odttf"),
                ("rIdFontBold", "font", "fonts/font2.odttf"),
            ])
            .into_bytes(),
        ),
        // A letter's first page has its letterhead in the text, not in a header.
        (
            "word/header1.xml",
            parts::header_footer("hdr", &paragraph("Header", "", "")).into_bytes(),
        ),
        ("word/header2.xml", parts::header_footer("hdr", &running).into_bytes()),
        ("word/footer1.xml", parts::header_footer("ftr", &numbers).into_bytes()),
        ("word/footer2.xml", parts::header_footer("ftr", &numbers).into_bytes()),
        ("word/fonts/font1.odttf", parts::embedded_font(REGULAR.bytes, parts::REGULAR_KEY)),
    ];
    let bold = ("word/fonts/font2.odttf", parts::embedded_font(BOLD.bytes, parts::BOLD_KEY));
    pack(files.iter().map(|(n, b)| (*n, b.as_slice())).chain([(bold.0, bold.1.as_slice())]))
}

/// Packs the parts, in order, with the same time stamp on every one.
fn pack<'a>(files: impl Iterator<Item = (&'a str, &'a [u8])>) -> Vec<u8> {
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in files {
        // Writing to memory fails only when memory does.
        let _ = zip.start_file(name, options).and_then(|()| Ok(zip.write_all(bytes)?));
    }
    zip.finish().map(Cursor::into_inner).unwrap_or_default()
}

/// The first page of a letter: the letterhead, the delivery line and the window block as
/// frames, then the reference block below the window. `window` holds the window's lines as
/// the PDF fits them, with their type sizes.
fn first_page(out: &mut String, h: &Header, window: &[(String, f32)], g: &Geometry) {
    let right = g.page_w - g.right;
    // The letterhead, one paragraph: the name's baseline where the PDF has it, the details
    // below it, a rule under them.
    let head_top = g.letterhead_y - parts::mm_from_pt(g.letterhead_size);
    let delivery_top = g.delivery_y - parts::mm_from_pt(g.small_size + 0.5) - 1.0;
    let head = frame(g.left, head_top, right - g.left, Some(delivery_top - 2.0 - head_top));
    let rule =
        "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"000000\"/></w:pBdr>";
    let mut runs = styled_run(&h.sender.organisation, "Briefhoofdnaam");
    for line in h.sender.address.iter().chain(h.sender.contact.iter()) {
        runs.push_str("<w:r><w:br/></w:r>");
        runs.push_str(&styled_run(line, "Briefhoofdgegevens"));
    }
    out.push_str(&paragraph("Briefhoofd", &format!("{head}{rule}"), &runs));
    // The delivery line above the window.
    let x = g.address_area.x;
    let delivery = frame(x, delivery_top, right - x, None);
    out.push_str(&paragraph("Verzendwijze", &delivery, &run(&h.delivery, false)));
    // The return address and the recipient, in the window, as the PDF fits them.
    let area = g.address_area;
    let frame_window = frame(area.x, area.y, area.w, Some(area.h));
    for (i, (line, size)) in window.iter().enumerate() {
        let (style, usual) =
            if i == 0 { ("Retouradres", g.return_size) } else { ("Adres", g.address_sizes[0].0) };
        // The return address fills the window's width in the PDF; Word and LibreOffice set
        // text a little wider, so it is a size smaller here, to stay on one line.
        let size = if i == 0 { size * 0.92 } else { *size };
        let text = if (size - usual).abs() < 0.01 {
            run(line, false)
        } else {
            let half_points = (size * 2.0).round() as i64;
            format!(
                "<w:r><w:rPr><w:sz w:val=\"{half_points}\"/><w:szCs w:val=\"{half_points}\"/></w:rPr>\
                 <w:t xml:space=\"preserve\">{}</w:t></w:r>",
                esc(line)
            )
        };
        out.push_str(&paragraph(style, &frame_window, &text));
    }
    // The reference block, from where the PDF has it: below the window and the fold.
    let before = twips(g.reference_y - g.body_top_next);
    out.push_str(&paragraph(
        "Datum",
        &format!("<w:spacing w:before=\"{before}\"/>"),
        &run(&h.place_and_date, false),
    ));
    for (label, value) in
        [("Ons kenmerk: ", &h.our_reference), ("Uw kenmerk: ", &h.their_reference)]
    {
        if let Some(value) = value {
            out.push_str(&paragraph("Kenmerk", "", &run(&format!("{label}{value}"), false)));
        }
    }
    out.push_str(&paragraph("Onderwerp", "", &run(&format!("Onderwerp: {}", h.subject), false)));
}

/// A frame at `x`, `y` (mm from the page's top-left corner), `w` wide and, when given,
/// exactly `h` high. Paragraphs with the same frame share it. The running text keeps clear of
/// it by starting below it (the reference block's space before).
fn frame(x: f32, y: f32, w: f32, h: Option<f32>) -> String {
    let height = h.map_or(String::new(), |h| format!(" w:h=\"{}\" w:hRule=\"exact\"", twips(h)));
    format!(
        "<w:framePr w:w=\"{}\"{height} w:wrap=\"around\" w:hAnchor=\"page\" w:vAnchor=\"page\" \
         w:x=\"{}\" w:y=\"{}\"/>",
        twips(w),
        twips(x),
        twips(y)
    )
}

/// The running text. Returns the first number of every numbered list after the first, for
/// the numbering part.
fn blocks(out: &mut String, body: &[Block], closing: &[&str], g: &Geometry) -> Vec<u64> {
    // The list open at each depth: whether numbered, and its numbering instance.
    let mut open: Vec<(bool, usize)> = Vec::new();
    let mut starts: Vec<u64> = Vec::new();
    for (i, block) in body.iter().enumerate() {
        open.truncate(block.depth);
        let mut ppr = String::new();
        let style = match (&block.marker, block.depth) {
            (_, 0) => match block.kind {
                Kind::Title => "Title",
                Kind::Heading => "Heading1",
                Kind::Paragraph => "BodyText",
            },
            (Some(marker), depth) => {
                let numbered = marker.ends_with('.');
                let level = depth.min(2) - 1;
                let same = open.get(depth - 1).is_some_and(|(n, _)| *n == numbered);
                if !same {
                    open.truncate(depth - 1);
                    let num = if numbered {
                        let first = marker.trim_end_matches('.').parse().unwrap_or(1);
                        starts.push(first);
                        FIRST_LIST_NUM + starts.len() - 1
                    } else {
                        2
                    };
                    open.push((numbered, num));
                }
                if let Some((_, num)) = open.last() {
                    ppr.push_str(&format!(
                        "<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{num}\"/></w:numPr>"
                    ));
                }
                match (numbered, level) {
                    (true, 0) => "ListNumber",
                    (true, _) => "ListNumber2",
                    (false, 0) => "ListBullet",
                    (false, _) => "ListBullet2",
                }
            }
            (None, 1) => "ListContinue",
            (None, _) => "ListContinue2",
        };
        // A tight list's items stand without space between them.
        let next_in_list =
            body.get(i + 1).is_some_and(|n| n.depth == block.depth && n.marker.is_some());
        if block.tight && block.marker.is_some() && next_in_list {
            ppr.push_str("<w:spacing w:after=\"0\"/>");
        }
        // Room for the handwritten signature after the closing.
        if block.depth == 0 && closing.last().is_some_and(|c| block.plain() == *c) {
            ppr.push_str(&format!("<w:spacing w:after=\"{}\"/>", twips(g.signature_space)));
        }
        if closing.first().is_some_and(|c| block.plain() == *c) {
            ppr.push_str("<w:keepNext/><w:keepLines/>");
        }
        let plain_heading = matches!(block.kind, Kind::Heading | Kind::Title);
        let mut runs = String::new();
        for inline in &block.inlines {
            match inline {
                Inline::Text(weight, text) => {
                    runs.push_str(&run(text, *weight == Weight::Bold && !plain_heading));
                }
                Inline::Break => runs.push_str("<w:r><w:br/></w:r>"),
            }
        }
        out.push_str(&paragraph(style, &ppr, &runs));
    }
    starts
}

/// The section: A4, the margins of the PDF, the header and footer of the first page and of
/// the others (a letter's first page has its own).
fn section(letter: bool, g: &Geometry) -> String {
    let first = if letter {
        "<w:headerReference w:type=\"first\" r:id=\"rIdHeaderFirst\"/>\
         <w:footerReference w:type=\"first\" r:id=\"rIdFooterFirst\"/>"
    } else {
        ""
    };
    format!(
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeaderOther\"/>{first}\
         <w:footerReference w:type=\"default\" r:id=\"rIdFooterOther\"/>\
         <w:pgSz w:w=\"{}\" w:h=\"{}\"/>\
         <w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" w:left=\"{}\" w:header=\"{}\" \
         w:footer=\"{}\" w:gutter=\"0\"/><w:cols w:space=\"708\"/>{}</w:sectPr>",
        twips(g.page_w),
        twips(g.page_h),
        twips(g.body_top_next),
        twips(g.right),
        twips(g.page_h - g.body_bottom),
        twips(g.left),
        twips(g.running_header_y - parts::mm_from_pt(g.small_size)),
        twips(g.page_h - g.footer_y - parts::mm_from_pt(g.small_size) / 2.0),
        if letter { "<w:titlePg/>" } else { "" }
    )
}

/// "Pagina X van Y", with the page number and count as fields that Word and LibreOffice
/// fill in.
fn page_numbers() -> String {
    let field = |instruction: &str| {
        format!(
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>\
             <w:r><w:instrText xml:space=\"preserve\"> {instruction} </w:instrText></w:r>\
             <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\
             <w:r><w:rPr><w:noProof/></w:rPr><w:t>1</w:t></w:r>\
             <w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        )
    };
    let runs = format!(
        "{}{}{}{}",
        run("Pagina ", false),
        field("PAGE"),
        run(" van ", false),
        field("NUMPAGES")
    );
    paragraph("Footer", "", &runs)
}

/// A paragraph in `style`, with more paragraph properties `ppr`.
fn paragraph(style: &str, ppr: &str, runs: &str) -> String {
    format!("<w:p><w:pPr><w:pStyle w:val=\"{style}\"/>{ppr}</w:pPr>{runs}</w:p>")
}

/// A run of text in a character style.
fn styled_run(text: &str, style: &str) -> String {
    format!(
        "<w:r><w:rPr><w:rStyle w:val=\"{style}\"/></w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r>",
        esc(text)
    )
}

/// A run of text, bold or not.
fn run(text: &str, bold: bool) -> String {
    let bold = if bold { "<w:rPr><w:b/><w:bCs/></w:rPr>" } else { "" };
    format!("<w:r>{bold}<w:t xml:space=\"preserve\">{}</w:t></w:r>", esc(text))
}

/// Twentieths of a point from millimetres.
fn twips(mm: f32) -> i64 {
    (mm * 1440.0 / 25.4).round() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn millimetres_are_twips() {
        assert_eq!(twips(25.4), 1440);
        assert_eq!(twips(35.0), 1984);
    }

    #[test]
    fn an_embedded_font_is_scrambled_in_its_first_32_bytes_only_and_back_again() {
        let font = REGULAR.bytes;
        let scrambled = parts::embedded_font(font, parts::REGULAR_KEY);
        assert_eq!(scrambled.len(), font.len());
        assert_ne!(scrambled[..32], font[..32]);
        assert_eq!(scrambled[32..], font[32..]);
        // The key's last byte (0x61) scrambles the first: ECMA-376 takes it in reverse.
        assert_eq!(scrambled[0], font[0] ^ 0x61);
        assert_eq!(parts::embedded_font(&scrambled, parts::REGULAR_KEY), font);
    }
}
