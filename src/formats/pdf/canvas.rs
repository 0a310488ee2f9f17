//! Drawing text and rules onto a page, in millimetres from the top-left corner, straight into
//! the page's content stream. Every glyph drawn is remembered, with the character it draws, so
//! that the fonts can be subset to exactly what the document uses and the text extracts.

use super::PdfError;
use super::fonts::{Faces, Weight};
use super::geometry::MM_PER_PT;
use super::subset::Glyphs;

/// The ink colours.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Ink {
    /// Body text.
    Text,
    /// Letterhead details, labels, running header, footer.
    Muted,
    /// Rules and marks.
    Rule,
}

impl Ink {
    /// The colour as the content stream's `r g b` operands.
    fn rgb(self) -> &'static [u8] {
        match self {
            Ink::Text => b"0.07 0.07 0.09",
            Ink::Muted => b"0.36 0.37 0.4",
            Ink::Rule => b"0.62 0.63 0.66",
        }
    }
}

/// What the next drawing is in the document's structure (a tagged PDF).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// Content of structure element number `.0`, whose type is `.1` (`P`, `H1`, `Lbl`).
    Content(usize, &'static str),
    /// Not content: a running header, a page number, a rule.
    Artifact,
}

/// The resource name of a weight's font on every page.
pub(crate) fn font_name(weight: Weight) -> &'static str {
    match weight {
        Weight::Regular => "F1",
        Weight::Bold => "F2",
    }
}

/// One page being drawn.
pub(crate) struct Canvas<'a> {
    faces: &'a Faces,
    page_h: f32,
    content: Vec<u8>,
    fill: Option<Ink>,
    /// Whether a text object (`BT`) is open: text runs share one, rules need it closed.
    in_text: bool,
    /// The font and size last set in the open text object.
    font: Option<(Weight, u32)>,
    /// Where the last line of text in the open text object starts, in thousandths of a point:
    /// the next one is placed relative to it (`Td`), which is shorter than placing it anew.
    line_start: (i64, i64),
    /// The glyphs drawn on this page.
    used: Used,
    /// Whether drawings are marked for the structure tree, and as what; `None` for an
    /// untagged PDF.
    mark: Option<Mark>,
    /// The marked-content sequence open in the current text object: the lines of one
    /// paragraph share one.
    open: Option<Mark>,
    /// The structure element of each marked-content id (MCID) on this page, in order.
    marked: Vec<usize>,
}

/// The glyphs each weight has drawn, with the character each one draws.
#[derive(Debug, Default)]
pub(crate) struct Used {
    regular: Drawn,
    bold: Drawn,
}

/// Whether a byte of a literal string must be escaped: a parenthesis, the backslash, and
/// a carriage return (which a reader would take for a line end).
fn needs_escape(byte: u8) -> bool {
    matches!(byte, b'(' | b')' | b'\\' | b'\r')
}

/// The glyphs one weight has drawn.
#[derive(Debug, Default)]
struct Drawn {
    /// Per glyph id, the character it draws (`'\0'` for a glyph not drawn).
    chars: Vec<char>,
}

impl Drawn {
    fn insert(&mut self, gid: u16, c: char) {
        let at = usize::from(gid);
        if self.chars.len() <= at {
            // Latin text draws glyphs below 512: room for them at once, not one by one.
            self.chars.resize((at + 1).next_power_of_two().max(512), '\0');
        }
        // One glyph for two characters (a space and a no-break space): the plainer one is what
        // the text extracts as.
        if let Some(known) = self.chars.get_mut(at)
            && (*known == '\0' || c < *known)
        {
            *known = c;
        }
    }

    fn merge(&mut self, other: &Drawn) {
        if self.chars.len() < other.chars.len() {
            self.chars.resize(other.chars.len(), '\0');
        }
        for (mine, theirs) in self.chars.iter_mut().zip(&other.chars) {
            if *theirs != '\0' && (*mine == '\0' || *theirs < *mine) {
                *mine = *theirs;
            }
        }
    }
}

impl Used {
    fn weight(&self, weight: Weight) -> &Drawn {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    fn weight_mut(&mut self, weight: Weight) -> &mut Drawn {
        match weight {
            Weight::Regular => &mut self.regular,
            Weight::Bold => &mut self.bold,
        }
    }

    /// Adds what another page used.
    pub(crate) fn merge(&mut self, other: &Used) {
        self.regular.merge(&other.regular);
        self.bold.merge(&other.bold);
    }

    /// The glyphs a weight drew.
    pub(crate) fn glyphs(&self, weight: Weight) -> Glyphs {
        let chars = &self.weight(weight).chars;
        let mut glyphs = Glyphs::with_room(chars.len());
        for (gid, c) in chars.iter().enumerate() {
            if *c != '\0' {
                glyphs.insert(u16::try_from(gid).unwrap_or(u16::MAX));
            }
        }
        glyphs
    }

    /// The character glyph `gid` of a weight draws.
    pub(crate) fn char_of(&self, weight: Weight, gid: u16) -> Option<char> {
        self.weight(weight).chars.get(usize::from(gid)).copied().filter(|c| *c != '\0')
    }
}

/// `value` in thousandths, rounded.
fn thousandths(value: f32) -> i64 {
    (f64::from(value) * 1000.0).round() as i64
}

/// Appends `value` with at most three decimals and no trailing zeros: `12`, `0.5`, `99.213`.
pub(crate) fn number(out: &mut Vec<u8>, value: f32) {
    fixed(out, thousandths(value));
}

/// Appends a number given in thousandths, as [`number`] writes it.
fn fixed(out: &mut Vec<u8>, scaled: i64) {
    if scaled < 0 {
        out.push(b'-');
    }
    let magnitude = scaled.unsigned_abs();
    integer(out, magnitude / 1000);
    let mut fraction = magnitude % 1000;
    if fraction != 0 {
        out.push(b'.');
        let mut digits = 3;
        while fraction.is_multiple_of(10) {
            fraction /= 10;
            digits -= 1;
        }
        let mut buf = [b'0'; 3];
        let mut rest = fraction;
        for i in (0..digits).rev() {
            if let Some(slot) = buf.get_mut(i) {
                *slot = b'0' + (rest % 10) as u8;
            }
            rest /= 10;
        }
        out.extend_from_slice(buf.get(..digits).unwrap_or_default());
    }
}

/// Appends a whole number.
pub(crate) fn integer(out: &mut Vec<u8>, mut value: u64) {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    loop {
        at -= 1;
        if let Some(slot) = buf.get_mut(at) {
            *slot = b'0' + (value % 10) as u8;
        }
        value /= 10;
        if value == 0 || at == 0 {
            break;
        }
    }
    out.extend_from_slice(buf.get(at..).unwrap_or_default());
}

impl<'a> Canvas<'a> {
    pub(crate) fn new(faces: &'a Faces, page_h: f32) -> Canvas<'a> {
        Canvas {
            faces,
            page_h,
            // A full page of text is some 7 KB.
            content: Vec::with_capacity(8192),
            fill: None,
            in_text: false,
            font: None,
            line_start: (0, 0),
            used: Used::default(),
            mark: None,
            open: None,
            marked: Vec::new(),
        }
    }

    /// A canvas whose drawings are marked for a tagged PDF: each text run as content of the
    /// element last given to [`Canvas::mark`], each rule as an artifact.
    pub(crate) fn tagged(faces: &'a Faces, page_h: f32) -> Canvas<'a> {
        Canvas { mark: Some(Mark::Artifact), ..Canvas::new(faces, page_h) }
    }

    /// What the next text runs are; ignored on an untagged canvas.
    pub(crate) fn mark(&mut self, mark: Mark) {
        if self.mark.is_some() {
            self.mark = Some(mark);
        }
    }

    /// Makes the open marked-content sequence the current mark's: closes the one open for
    /// another, and opens one. Consecutive runs of the same element share a sequence.
    fn sync_mark(&mut self) {
        if self.mark.is_none() || self.open == self.mark {
            return;
        }
        self.close_mark();
        self.open_mark(self.mark);
        self.open = self.mark;
    }

    /// Opens a marked-content sequence for `mark`.
    fn open_mark(&mut self, mark: Option<Mark>) {
        match mark {
            None => {}
            Some(Mark::Artifact) => self.content.extend_from_slice(b"/Artifact BMC\n"),
            Some(Mark::Content(element, tag)) => {
                self.content.push(b'/');
                self.content.extend_from_slice(tag.as_bytes());
                self.content.extend_from_slice(b" <</MCID ");
                integer(&mut self.content, self.marked.len() as u64);
                self.content.extend_from_slice(b">> BDC\n");
                self.marked.push(element);
            }
        }
    }

    /// Closes the open marked-content sequence, if any.
    fn close_mark(&mut self) {
        if self.open.take().is_some() {
            self.content.extend_from_slice(b"EMC\n");
        }
    }

    /// Appends the point `(x, y)` (mm from the top left) in PDF points, from the bottom left.
    fn point(&mut self, x: f32, y: f32) {
        number(&mut self.content, x / MM_PER_PT);
        self.content.push(b' ');
        number(&mut self.content, (self.page_h - y) / MM_PER_PT);
    }

    fn fill(&mut self, ink: Ink) {
        if self.fill != Some(ink) {
            self.content.extend_from_slice(ink.rgb());
            self.content.extend_from_slice(b" rg\n");
            self.fill = Some(ink);
        }
    }

    /// Draws pieces of text on one baseline, starting at `x`; returns the width in mm.
    pub(crate) fn text(
        &mut self,
        x: f32,
        y: f32,
        size: f32,
        ink: Ink,
        pieces: &[(Weight, &str)],
    ) -> Result<f32, PdfError> {
        self.fill(ink);
        if !self.in_text {
            self.content.extend_from_slice(b"BT\n");
            self.in_text = true;
            self.font = None;
            self.line_start = (0, 0);
        }
        let at = (thousandths(x / MM_PER_PT), thousandths((self.page_h - y) / MM_PER_PT));
        let (dx, dy) = (at.0 - self.line_start.0, at.1 - self.line_start.1);
        self.line_start = at;
        fixed(&mut self.content, dx);
        self.content.push(b' ');
        fixed(&mut self.content, dy);
        self.content.extend_from_slice(b" Td\n");
        self.sync_mark();
        let mut width = 0.0;
        for (weight, text) in pieces {
            if text.is_empty() {
                continue;
            }
            let font = (*weight, size.to_bits());
            if self.font != Some(font) {
                self.content.push(b'/');
                self.content.extend_from_slice(font_name(*weight).as_bytes());
                self.content.push(b' ');
                number(&mut self.content, size);
                self.content.extend_from_slice(b" Tf\n");
                self.font = Some(font);
            }
            // The glyph ids, two bytes each, in a literal string.
            let face = self.faces.get(*weight);
            let drawn = self.used.weight_mut(*weight);
            let content = &mut self.content;
            content.reserve(text.len() * 2 + 8);
            content.push(b'(');
            let mut advance = 0.0;
            for c in text.chars() {
                let (gid, a) = match face.glyph_advance(c) {
                    Some(found) if !matches!(c, '\n' | '\r') => found,
                    _ => return Err(PdfError::MissingGlyph { ch: c, context: (*text).to_owned() }),
                };
                advance += a;
                drawn.insert(gid, c);
                let bytes = gid.to_be_bytes();
                let [high, low] = bytes;
                if needs_escape(high) | needs_escape(low) {
                    for byte in bytes {
                        match byte {
                            b'\r' => content.extend_from_slice(b"\\r"),
                            b'(' | b')' | b'\\' => content.extend_from_slice(&[b'\\', byte]),
                            _ => content.push(byte),
                        }
                    }
                } else {
                    content.extend_from_slice(&bytes);
                }
            }
            content.extend_from_slice(b")Tj\n");
            width += advance * size * MM_PER_PT;
        }
        Ok(width)
    }

    /// Closes the open text object, if any.
    fn end_text(&mut self) {
        self.close_mark();
        if self.in_text {
            self.content.extend_from_slice(b"ET\n");
            self.in_text = false;
        }
    }

    /// The page's content stream, complete, the glyphs it draws, and the structure element
    /// of each of its marked-content ids (empty on an untagged canvas).
    pub(crate) fn finish(mut self) -> (Vec<u8>, Used, Vec<usize>) {
        self.end_text();
        (self.content, self.used, self.marked)
    }

    /// Draws text so that it ends at `right`.
    pub(crate) fn text_right(
        &mut self,
        right: f32,
        y: f32,
        size: f32,
        ink: Ink,
        weight: Weight,
        text: &str,
    ) -> Result<(), PdfError> {
        let width = self.faces.get(weight).width(text, size) * MM_PER_PT;
        self.text(right - width, y, size, ink, &[(weight, text)]).map(|_| ())
    }

    /// Draws a straight rule.
    pub(crate) fn rule(&mut self, from: (f32, f32), to: (f32, f32), thickness_pt: f32) {
        self.end_text();
        // A rule is never content: in a tagged PDF, an artifact.
        let tagged = self.mark.is_some();
        if tagged {
            self.open_mark(Some(Mark::Artifact));
        }
        self.content.extend_from_slice(Ink::Rule.rgb());
        self.content.extend_from_slice(b" RG\n");
        number(&mut self.content, thickness_pt);
        self.content.extend_from_slice(b" w\n");
        self.point(from.0, from.1);
        self.content.extend_from_slice(b" m\n");
        self.point(to.0, to.1);
        self.content.extend_from_slice(b" l\nS\n");
        if tagged {
            self.content.extend_from_slice(b"EMC\n");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::pdf::fonts::faces;

    #[test]
    fn numbers_are_short_and_exact_to_a_thousandth() {
        let shown = |v: f32| {
            let mut out = Vec::new();
            number(&mut out, v);
            String::from_utf8(out).unwrap()
        };
        assert_eq!(shown(12.0), "12");
        assert_eq!(shown(0.5), "0.5");
        assert_eq!(shown(99.21259), "99.213");
        assert_eq!(shown(785.05), "785.05");
        assert_eq!(shown(0.007), "0.007");
        assert_eq!(shown(-3.25), "-3.25");
        assert_eq!(shown(0.0), "0");
        assert_eq!(shown(1_000_000.0), "1000000");
    }

    #[test]
    fn text_is_drawn_as_glyph_ids_and_remembered() {
        let faces = faces();
        let mut canvas = Canvas::new(faces, 297.0);
        let width = canvas
            .text(10.0, 20.0, 10.0, Ink::Text, &[(Weight::Regular, "Aa "), (Weight::Bold, "€")])
            .unwrap();
        assert!(width > 0.0);
        canvas.rule((10.0, 30.0), (50.0, 30.0), 0.5);
        let (content, used, _) = canvas.finish();
        let text = String::from_utf8_lossy(&content);
        assert!(
            text.starts_with("0.07 0.07 0.09 rg\nBT\n28.346 785.197 Td\n/F1 10 Tf\n("),
            "{text}"
        );
        assert!(text.contains(")Tj\n/F2 10 Tf\n("), "{text}");
        assert!(
            text.ends_with("ET\n0.62 0.63 0.66 RG\n0.5 w\n28.346 756.85 m\n141.732 756.85 l\nS\n"),
            "{text}"
        );
        // A second line in the same text object is placed relative to the first.
        let mut two = Canvas::new(faces, 297.0);
        two.text(10.0, 20.0, 10.0, Ink::Text, &[(Weight::Regular, "a")]).unwrap();
        two.text(10.0, 25.0, 10.0, Ink::Text, &[(Weight::Regular, "b")]).unwrap();
        let (content, _, _) = two.finish();
        assert!(String::from_utf8_lossy(&content).contains(")Tj\n0 -14.173 Td\n("), "{content:?}");
        let a = faces.get(Weight::Regular).glyph('A').unwrap();
        assert!(used.glyphs(Weight::Regular).contains(a));
        assert_eq!(used.char_of(Weight::Regular, a), Some('A'));
        let euro = faces.get(Weight::Bold).glyph('€').unwrap();
        assert_eq!(used.char_of(Weight::Bold, euro), Some('€'));
        let mut canvas = Canvas::new(faces, 297.0);
        assert!(matches!(
            canvas.text(0.0, 0.0, 10.0, Ink::Text, &[(Weight::Regular, "Ελλάδα")]),
            Err(PdfError::MissingGlyph { ch: 'Ε', .. })
        ));
    }
}
