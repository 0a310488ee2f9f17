//! Drawing text and rules onto a page, in millimetres from the top-left corner, as printpdf
//! operations. Every character drawn is remembered, so that the fonts can be subset to
//! exactly what the document uses.

use std::collections::BTreeSet;

use printpdf::{Color, FontId, Line, LinePoint, Op, PdfFontHandle, Point, Pt, Rgb, TextItem};

use super::PdfError;
use super::fonts::{Faces, Weight};
use super::geometry::MM_PER_PT;

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
    fn color(self) -> Color {
        let (r, g, b) = match self {
            Ink::Text => (0.07, 0.07, 0.09),
            Ink::Muted => (0.36, 0.37, 0.40),
            Ink::Rule => (0.62, 0.63, 0.66),
        };
        Color::Rgb(Rgb { r, g, b, icc_profile: None })
    }
}

/// The stable font ids of the two weights (stable ids keep the output the same every run).
pub(crate) fn font_id(weight: Weight) -> FontId {
    FontId(match weight {
        Weight::Regular => "F1".to_owned(),
        Weight::Bold => "F2".to_owned(),
    })
}

/// One page being drawn.
pub(crate) struct Canvas<'a> {
    faces: &'a Faces,
    page_h: f32,
    ops: Vec<Op>,
    ink: Option<Ink>,
    /// Whether a text object (`BT`) is open: text runs share one, rules need it closed.
    in_text: bool,
    /// The font and size last set in the open text object.
    font: Option<(Weight, u32)>,
    /// The characters drawn on this page.
    used: Used,
}

/// The characters each weight has drawn.
#[derive(Debug, Default)]
pub(crate) struct Used {
    pub(crate) regular: BTreeSet<char>,
    pub(crate) bold: BTreeSet<char>,
}

impl Used {
    /// Adds what another page used.
    pub(crate) fn merge(&mut self, other: &Used) {
        self.regular.extend(other.regular.iter().copied());
        self.bold.extend(other.bold.iter().copied());
    }
}

impl<'a> Canvas<'a> {
    pub(crate) fn new(faces: &'a Faces, page_h: f32) -> Canvas<'a> {
        Canvas {
            faces,
            page_h,
            ops: Vec::new(),
            ink: None,
            in_text: false,
            font: None,
            used: Used::default(),
        }
    }

    fn point(&self, x: f32, y: f32) -> Point {
        Point { x: Pt(x / MM_PER_PT), y: Pt((self.page_h - y) / MM_PER_PT) }
    }

    fn ink(&mut self, ink: Ink) {
        if self.ink != Some(ink) {
            self.ops.push(Op::SetFillColor { col: ink.color() });
            self.ink = Some(ink);
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
        self.ink(ink);
        if !self.in_text {
            self.ops.push(Op::StartTextSection);
            self.in_text = true;
            self.font = None;
        }
        let at = self.point(x, y);
        self.ops.push(Op::SetTextMatrix { matrix: printpdf::TextMatrix::Translate(at.x, at.y) });
        let mut width = 0.0;
        for (weight, text) in pieces {
            if text.is_empty() {
                continue;
            }
            if let Some(c) = self.faces.missing(text) {
                return Err(PdfError::MissingGlyph { ch: c, context: (*text).to_owned() });
            }
            let set = match weight {
                Weight::Regular => &mut self.used.regular,
                Weight::Bold => &mut self.used.bold,
            };
            set.extend(text.chars());
            let font = (*weight, size.to_bits());
            if self.font != Some(font) {
                self.ops.push(Op::SetFont {
                    font: PdfFontHandle::External(font_id(*weight)),
                    size: Pt(size),
                });
                self.font = Some(font);
            }
            self.ops.push(Op::ShowText { items: vec![TextItem::Text((*text).to_owned())] });
            width += self.faces.get(*weight).width(text, size) * MM_PER_PT;
        }
        Ok(width)
    }

    /// Closes the open text object, if any.
    fn end_text(&mut self) {
        if self.in_text {
            self.ops.push(Op::EndTextSection);
            self.in_text = false;
        }
    }

    /// The page's operations, complete.
    pub(crate) fn finish(mut self) -> (Vec<Op>, Used) {
        self.end_text();
        (self.ops, self.used)
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
        self.ops.push(Op::SetOutlineColor { col: Ink::Rule.color() });
        self.ops.push(Op::SetOutlineThickness { pt: Pt(thickness_pt) });
        self.ops.push(Op::DrawLine {
            line: Line {
                points: vec![
                    LinePoint { p: self.point(from.0, from.1), bezier: false },
                    LinePoint { p: self.point(to.0, to.1), bezier: false },
                ],
                is_closed: false,
            },
        });
    }
}
