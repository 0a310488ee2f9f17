//! Where everything goes on the page: one table, in millimetres from the top-left corner and
//! points for type.
//!
//! The layout follows NEN 1026 as the Dutch LaTeX letter classes implement it (NTG `brief`,
//! `isodoc`): A4; the recipient block at 35 mm from the left edge, inside the window of a DL
//! envelope (window 70 × 30 mm at 35 × 50 mm when the letter is folded in three) and of a C5
//! envelope (window 110 × 40 mm at 20 × 50 mm when folded in two); a small return address at
//! the top of the window; the reference block below the fold; a fold mark at 107 mm.

/// A rectangle in millimetres: left edge, top edge, width and height, from the page's
/// top-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

impl Rect {
    /// Whether `other` lies entirely inside this rectangle.
    pub fn contains(&self, other: &Rect) -> bool {
        other.x >= self.x
            && other.y >= self.y
            && other.x + other.w <= self.x + self.w
            && other.y + other.h <= self.y + self.h
    }

    /// This rectangle made smaller by `margin` on every side.
    pub fn shrink(&self, margin: f32) -> Rect {
        Rect {
            x: self.x + margin,
            y: self.y + margin,
            w: self.w - 2.0 * margin,
            h: self.h - 2.0 * margin,
        }
    }
}

/// The envelope windows a letter must fit, in page coordinates of the folded letter.
pub const WINDOWS: [(&str, Rect); 2] = [
    ("DL (folded in three)", Rect { x: 35.0, y: 50.0, w: 70.0, h: 30.0 }),
    ("C5 (folded in two)", Rect { x: 20.0, y: 50.0, w: 110.0, h: 40.0 }),
];

/// How far the address block keeps from the window's edges, for folding and shifting in the
/// envelope.
pub const WINDOW_TOLERANCE: f32 = 1.5;

/// Millimetres per point.
pub const MM_PER_PT: f32 = 25.4 / 72.0;

/// The page and type geometry.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    /// Page width.
    pub page_w: f32,
    /// Page height.
    pub page_h: f32,
    /// Left edge of the text (and of the letterhead and the recipient block).
    pub left: f32,
    /// Right margin.
    pub right: f32,
    /// Baseline of the sender's name on the first page.
    pub letterhead_y: f32,
    /// Baseline of the delivery line ("Aangetekend en per e-mail"), above the window.
    pub delivery_y: f32,
    /// The area the return address and recipient block must stay inside (the overlap of the
    /// windows in [`WINDOWS`], minus [`WINDOW_TOLERANCE`]).
    pub address_area: Rect,
    /// Top of the reference block (place and date, kenmerken, subject).
    pub reference_y: f32,
    /// Top of the body on pages after the first.
    pub body_top_next: f32,
    /// Lowest baseline for body text.
    pub body_bottom: f32,
    /// Baseline of the small header on pages after the first.
    pub running_header_y: f32,
    /// Baseline of "Pagina 1 van 2".
    pub footer_y: f32,
    /// Fold mark for folding in three, and the punch mark, from the top.
    pub marks: [f32; 2],
    /// Body type size and leading, in points.
    pub body_size: f32,
    /// Distance between body baselines, in points.
    pub leading: f32,
    /// Extra space between paragraphs, in points.
    pub paragraph_gap: f32,
    /// Extra space above a heading, in points.
    pub heading_gap: f32,
    /// Indent of list item text, in millimetres (the number or bullet hangs in front of it).
    pub list_indent: f32,
    /// Room left for the handwritten signature, in millimetres.
    pub signature_space: f32,
    /// The sender's name in the letterhead.
    pub letterhead_size: f32,
    /// Small type: letterhead details, reference labels, running header, footer.
    pub small_size: f32,
    /// The recipient block: type size and distance between baselines, in points; the second
    /// pair is used when the block does not fit the window in the first.
    pub address_sizes: [(f32, f32); 2],
    /// The return address above the recipient block.
    pub return_size: f32,
}

/// A4, NEN 1026 style.
pub const A4: Geometry = Geometry {
    page_w: 210.0,
    page_h: 297.0,
    left: 35.0,
    right: 25.0,
    letterhead_y: 20.0,
    delivery_y: 44.0,
    address_area: Rect {
        x: 35.0 + WINDOW_TOLERANCE,
        y: 50.0 + WINDOW_TOLERANCE,
        w: 70.0 - 2.0 * WINDOW_TOLERANCE,
        h: 30.0 - 2.0 * WINDOW_TOLERANCE,
    },
    reference_y: 94.0,
    body_top_next: 30.0,
    body_bottom: 272.0,
    running_header_y: 15.0,
    footer_y: 286.0,
    marks: [107.0, 148.5],
    body_size: 10.0,
    leading: 13.8,
    paragraph_gap: 5.5,
    heading_gap: 9.0,
    list_indent: 8.0,
    signature_space: 16.0,
    letterhead_size: 15.0,
    small_size: 8.0,
    address_sizes: [(10.0, 12.0), (9.0, 10.5)],
    return_size: 6.5,
};

impl Geometry {
    /// Width of the text column.
    pub fn text_width(&self) -> f32 {
        self.page_w - self.left - self.right
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_area_lies_inside_every_window() {
        for (name, window) in WINDOWS {
            assert!(window.shrink(WINDOW_TOLERANCE).contains(&A4.address_area), "{name}");
        }
    }

    #[test]
    fn the_text_column_is_readable() {
        // About 75 to 90 characters per line.
        assert!((135.0..=155.0).contains(&A4.text_width()));
    }
}
