//! The parts of the letter that are placed, not flowed: the letterhead, the delivery line, the
//! return address and recipient block in the envelope window, the reference block, the header
//! of continuation pages and the page numbers. They come from the structured [`Header`], with
//! the same text as the Markdown header.

use super::PdfError;
use super::canvas::{Canvas, Ink, Mark};
use super::fonts::{Faces, Weight};
use super::geometry::{Geometry, MM_PER_PT, Rect};
use super::layout::break_lines;
use super::tags::Structure;
use crate::documents::letter::Header;
use crate::msg;

/// A line of the recipient block, placed.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct WindowLine {
    /// Baseline, mm from the top.
    pub(crate) y: f32,
    /// Type size in points.
    pub(crate) size: f32,
    /// The text.
    pub(crate) text: String,
}

/// The return address and the recipient block, placed inside the envelope window.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct WindowBlock {
    /// The return address line (small) and the recipient lines.
    pub(crate) lines: Vec<WindowLine>,
    /// The box around all of it: from the top of the first line to the bottom of the last,
    /// and as wide as the widest line.
    pub(crate) bounds: Rect,
}

/// The case-file key each recipient line comes from, for messages.
fn recipient_field(letter: &Header, line: usize) -> &'static str {
    let address_start = 2;
    match line {
        0 => "supplier.organisation",
        1 if letter.recipient.addressee.is_some() => "supplier.attention",
        1 => "supplier.organisation",
        n if n == address_start => "supplier.address.street",
        n if n == address_start + 1 => "supplier.address.city",
        _ => "supplier.address.country",
    }
}

/// Places the return address and recipient lines in the window area, in the largest type
/// size that fits. An error when the block does not fit even in the smallest.
pub(crate) fn window_block(
    letter: &Header,
    g: &Geometry,
    faces: &Faces,
) -> Result<WindowBlock, PdfError> {
    let mut result = Err(PdfError::Font("no address sizes".to_owned()));
    for (size, leading) in g.address_sizes {
        result = place_window_block(letter, g, faces, size, leading);
        if result.is_ok() {
            break;
        }
    }
    result
}

/// A recipient line as it fits the window: whole, else split after the comma before a role
/// ("t.a.v. de heer P. Bakker," / "Algemeen directeur"), else wrapped at spaces.
fn fit_line(text: &str, max: f32, faces: &Faces, size: f32) -> Vec<String> {
    let regular = faces.get(Weight::Regular);
    if regular.width(text, size) <= max {
        return vec![text.to_owned()];
    }
    let wrap = |t: &str| -> Vec<String> {
        let inlines = [crate::formats::blocks::Inline::Text(Weight::Regular, t.to_owned())];
        break_lines(&inlines, max, faces, size).iter().map(super::layout::Line::text).collect()
    };
    match text.rsplit_once(", ") {
        Some((head, tail)) => {
            let mut lines = wrap(&format!("{head},"));
            lines.extend(wrap(tail));
            lines
        }
        None => wrap(text),
    }
}

fn place_window_block(
    letter: &Header,
    g: &Geometry,
    faces: &Faces,
    size: f32,
    leading: f32,
) -> Result<WindowBlock, PdfError> {
    let area = g.address_area;
    let regular = faces.get(Weight::Regular);
    let max = area.w / MM_PER_PT;
    let mut lines = Vec::new();

    // The return address: small, at the top of the window. When it is too long: smaller
    // (down to a limit), then without the street, then the name alone.
    let sender = &letter.sender;
    let place = sender.address.get(1).map_or("", String::as_str);
    let candidates = [
        sender.return_address.clone(),
        format!("{} · {place}", sender.organisation),
        sender.organisation.clone(),
    ];
    let (return_text, return_size) = candidates
        .iter()
        .find_map(|text| {
            let width = regular.width(text, g.return_size);
            let size = if width <= max { g.return_size } else { g.return_size * max / width };
            (size >= MIN_RETURN_SIZE).then(|| (text.clone(), size))
        })
        .ok_or(PdfError::DoesNotFit {
            field: "sender.organisation",
            detail: msg!("pdf-return-address-too-long"),
        })?;
    let (top, bottom) = regular.ink(&return_text);
    let return_y = area.y + top * return_size * MM_PER_PT;
    let mut widest = regular.width(&return_text, return_size) * MM_PER_PT;
    let mut below = return_y + bottom * return_size * MM_PER_PT + 1.5;
    lines.push(WindowLine { y: return_y, size: return_size, text: return_text });

    let step = leading * MM_PER_PT;
    let mut y = 0.0;
    // The first line that needed more than one line in the window: the one to shorten.
    let mut wrapped: Option<(&'static str, &str)> = None;
    for (index, text) in letter.recipient.lines.iter().enumerate() {
        let parts = fit_line(text, max, faces, size);
        if parts.len() > 1 && wrapped.is_none() {
            wrapped = Some((recipient_field(letter, index), text));
        }
        for part in &parts {
            let (top, bottom) = regular.ink(part);
            y = if lines.len() == 1 { below + top * size * MM_PER_PT } else { y + step };
            below = y + bottom * size * MM_PER_PT;
            if below > area.y + area.h {
                let (field, detail) = match wrapped {
                    Some((field, text)) => {
                        (field, msg!("pdf-address-line-too-long", line = text, field = field))
                    }
                    None => {
                        let field = recipient_field(letter, index);
                        (field, msg!("pdf-address-too-many-lines", field = field))
                    }
                };
                return Err(PdfError::DoesNotFit { field, detail });
            }
            widest = widest.max(regular.width(part, size) * MM_PER_PT);
            lines.push(WindowLine { y, size, text: part.clone() });
        }
    }
    Ok(WindowBlock { lines, bounds: Rect { x: area.x, y: area.y, w: widest, h: below - area.y } })
}

/// `text` broken into lines of at most `width` mm.
fn wrap(text: &str, weight: Weight, size: f32, width: f32, faces: &Faces) -> Vec<String> {
    let inlines = [crate::formats::blocks::Inline::Text(weight, text.to_owned())];
    break_lines(&inlines, width / MM_PER_PT, faces, size)
        .iter()
        .map(super::layout::Line::text)
        .collect()
}

/// The smallest size for the return address line, in points.
const MIN_RETURN_SIZE: f32 = 5.0;

/// The lowest the letterhead may reach: it must leave the delivery line and the window free.
const LETTERHEAD_LIMIT: f32 = 39.0;

/// Draws the first page's fixed parts and returns where the body starts (mm from the top).
/// Every text is kept inside the text column; what cannot be (a letterhead too tall, a
/// delivery line reaching into the window) is an error naming the key to shorten.
pub(crate) fn first_page(
    canvas: &mut Canvas<'_>,
    letter: &Header,
    g: &Geometry,
    faces: &Faces,
    tags: &mut Structure,
) -> Result<(f32, WindowBlock), PdfError> {
    let left = g.left;
    let right = g.page_w - g.right;
    let width = g.text_width();
    let small = g.small_size;
    let small_step = small * 1.45 * MM_PER_PT;
    let too_tall = |field: &'static str| PdfError::DoesNotFit {
        field,
        detail: msg!("pdf-letterhead-too-tall"),
    };

    // Letterhead: the sender's name, then its address and contact details, small.
    let head = &letter.sender;
    let mut y = g.letterhead_y;
    // In a tagged PDF each part is a paragraph, in reading order; the subject is the heading.
    let mut paragraph = |canvas: &mut Canvas<'_>, tag: &'static str| {
        canvas.mark(Mark::Content(tags.add(tag, 0), tag));
    };
    paragraph(canvas, "P");
    let name = wrap(&head.organisation, Weight::Bold, g.letterhead_size, width, faces);
    if name.len() > 2 {
        return Err(too_tall("sender.organisation"));
    }
    for (i, line) in name.iter().enumerate() {
        if i > 0 {
            y += g.letterhead_size * 1.2 * MM_PER_PT;
        }
        canvas.text(left, y, g.letterhead_size, Ink::Text, &[(Weight::Bold, line)])?;
    }
    y += 2.0;
    let details = head
        .address
        .iter()
        .map(|l| (l, "sender.address"))
        .chain(head.contact.iter().map(|l| (l, "sender.email")));
    for (text, field) in details {
        paragraph(canvas, "P");
        for line in wrap(text, Weight::Regular, small, width, faces) {
            y += small_step;
            if y > LETTERHEAD_LIMIT - 3.0 {
                return Err(too_tall(field));
            }
            canvas.text(left, y, small, Ink::Muted, &[(Weight::Regular, &line)])?;
        }
    }
    let rule_y = y + 3.0;
    canvas.rule((left, rule_y), (right, rule_y), 0.5);

    // The delivery line, between the letterhead and the window.
    let x = g.address_area.x;
    let delivery = wrap(&letter.delivery, Weight::Bold, small + 0.5, right - x, faces);
    let step = (small + 0.5) * 1.3 * MM_PER_PT;
    let mut y = g.delivery_y - step * (delivery.len().saturating_sub(1)) as f32;
    if y < rule_y + 3.0 {
        return Err(PdfError::DoesNotFit {
            field: "supplier.email",
            detail: msg!("pdf-delivery-line-too-long"),
        });
    }
    paragraph(canvas, "P");
    for line in &delivery {
        canvas.text(x, y, small + 0.5, Ink::Text, &[(Weight::Bold, line)])?;
        y += step;
    }

    // Return address and recipient, in the window.
    let block = window_block(letter, g, faces)?;
    for (i, line) in block.lines.iter().enumerate() {
        // The return address, then the recipient block as one paragraph.
        if i < 2 {
            paragraph(canvas, "P");
        }
        let ink = if i == 0 { Ink::Muted } else { Ink::Text };
        let drawn = canvas.text(
            block.bounds.x,
            line.y,
            line.size,
            ink,
            &[(Weight::Regular, &line.text)],
        )?;
        if i == 0 {
            let under = line.y + 0.8;
            canvas.rule((block.bounds.x, under), (block.bounds.x + drawn, under), 0.3);
        }
    }

    // Fold and punch marks.
    for mark in g.marks {
        canvas.rule((4.0, mark), (8.5, mark), 0.4);
    }

    // Reference block: place and date, kenmerken, subject.
    let body_step = g.leading * MM_PER_PT;
    let mut y = g.reference_y + 3.5 - body_step;
    paragraph(canvas, "P");
    for line in wrap(&letter.place_and_date, Weight::Regular, g.body_size, width, faces) {
        y += body_step;
        canvas.text(left, y, g.body_size, Ink::Text, &[(Weight::Regular, &line)])?;
    }
    let references =
        [("Ons kenmerk: ", &letter.our_reference), ("Uw kenmerk: ", &letter.their_reference)];
    let reference_size = small + 1.0;
    let mut first_reference = true;
    for (label, value) in references {
        let Some(value) = value else { continue };
        y += if first_reference { 6.0 } else { 4.4 };
        first_reference = false;
        paragraph(canvas, "P");
        let label_width = faces.get(Weight::Regular).width(label, reference_size) * MM_PER_PT;
        canvas.text(left, y, reference_size, Ink::Muted, &[(Weight::Regular, label)])?;
        let lines = wrap(value, Weight::Regular, reference_size, width - label_width, faces);
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                y += 4.4;
            }
            canvas.text(
                left + label_width,
                y,
                reference_size,
                Ink::Text,
                &[(Weight::Regular, line)],
            )?;
        }
    }
    y += 8.0 - body_step;
    let subject = format!("Onderwerp: {}", letter.subject);
    paragraph(canvas, "H1");
    for line in wrap(&subject, Weight::Bold, g.body_size, width, faces) {
        y += body_step;
        canvas.text(left, y, g.body_size, Ink::Text, &[(Weight::Bold, &line)])?;
    }
    Ok((y + 5.0, block))
}

/// Draws the small header of a page: the sender's name and `parts` (such as the date and the
/// kenmerk), shortened to fit one line.
pub(crate) fn running_header(
    canvas: &mut Canvas<'_>,
    name: &str,
    parts: &[String],
    g: &Geometry,
    faces: &Faces,
) -> Result<(), PdfError> {
    let regular = faces.get(Weight::Regular);
    let fits = |t: &str| regular.width(t, g.small_size) * MM_PER_PT <= g.text_width();
    let line = |name: &str, parts: &[String]| {
        std::iter::once(name.to_owned())
            .chain(parts.iter().cloned())
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let mut kept = parts.len();
    let mut text = line(name, parts);
    // Too long for one line: fewer parts, then the name shortened.
    while !fits(&text) && kept > 1 {
        kept -= 1;
        text = line(name, parts.get(..kept).unwrap_or_default());
    }
    let chars: Vec<char> = name.chars().collect();
    let mut keep = chars.len();
    while !fits(&text) && keep > 1 {
        keep = keep * 9 / 10;
        let short: String = chars.iter().take(keep).collect();
        text = line(&format!("{}…", short.trim_end()), parts.get(..kept).unwrap_or_default());
    }
    canvas.mark(Mark::Artifact);
    canvas.text(
        g.left,
        g.running_header_y,
        g.small_size,
        Ink::Muted,
        &[(Weight::Regular, &text)],
    )?;
    let y = g.running_header_y + 2.5;
    canvas.rule((g.left, y), (g.page_w - g.right, y), 0.4);
    Ok(())
}

/// Draws "Pagina 2 van 3" at the foot of the page.
pub(crate) fn page_number(
    canvas: &mut Canvas<'_>,
    g: &Geometry,
    page: usize,
    pages: usize,
) -> Result<(), PdfError> {
    let text = format!("Pagina {page} van {pages}");
    canvas.mark(Mark::Artifact);
    canvas.text_right(
        g.page_w - g.right,
        g.footer_y,
        g.small_size,
        Ink::Muted,
        Weight::Regular,
        &text,
    )
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::formats::pdf::fonts::faces;
    use crate::formats::pdf::geometry::{A4, WINDOW_TOLERANCE, WINDOWS};

    const BASIS: &str = include_str!("../../../tests/fixtures/valid/basis.yaml");

    fn letter(replacements: &[(&str, &str)]) -> Header {
        let mut text = BASIS.to_owned();
        for (from, to) in replacements {
            assert!(text.contains(from), "{from}");
            text = text.replace(from, to);
        }
        let loaded =
            crate::load::load(Path::new("t.yaml"), &mut |_| Ok(text.as_bytes().to_vec())).unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let checked = crate::validate::validate(&loaded, today).unwrap();
        crate::documents::letter::compose(&checked.case).header
    }

    fn assert_inside_windows(block: &WindowBlock) {
        for (name, window) in WINDOWS {
            assert!(
                window.shrink(WINDOW_TOLERANCE).contains(&block.bounds),
                "{name}: {:?} is not inside {window:?}",
                block.bounds
            );
        }
    }

    #[test]
    fn a_dutch_address_fits_every_window_in_the_large_size() {
        let block = window_block(&letter(&[]), &A4, faces()).unwrap();
        assert_inside_windows(&block);
        assert_eq!(block.lines.len(), 1 + 4);
        assert_eq!(block.lines[1].size, 10.0);
        assert_eq!(block.lines[4].text, "1015 BS  AMSTERDAM");
    }

    #[test]
    fn a_long_role_goes_to_its_own_line_and_a_foreign_address_uses_the_small_size() {
        let l = letter(&[
            (
                "    form: heer\n",
                "    form: heer\n    role: Directeur Klantenservice en Kwaliteit\n",
            ),
            ("    city: Amsterdam\n", "    city: Antwerpen\n    country: BE\n"),
            ("    postcode: 1015 BS\n", "    postcode: \"2000\"\n"),
        ]);
        let block = window_block(&l, &A4, faces()).unwrap();
        assert_inside_windows(&block);
        let texts: Vec<&str> = block.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts[1..],
            [
                "Leverancier B.V.",
                "t.a.v. de heer P. Bakker,",
                "Directeur Klantenservice en Kwaliteit",
                "Herengracht 100",
                "2000 Antwerpen",
                "BELGIË"
            ]
        );
        assert_eq!(block.lines[1].size, 9.0);
    }

    #[test]
    fn an_address_that_does_not_fit_names_the_field() {
        let l = letter(&[(
            "  organisation: Leverancier B.V.",
            "  organisation: Internationale Vereniging van Leveranciers van Informatietechnologie en Telecommunicatiediensten in de Benelux B.V.",
        )]);
        match window_block(&l, &A4, faces()) {
            Err(PdfError::DoesNotFit { field, .. }) => {
                assert_eq!(field, "supplier.organisation")
            }
            other => panic!("{other:?}"),
        }
    }
}
