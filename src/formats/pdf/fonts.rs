//! The letter's typeface: embedded in the binary, measured when the program is built
//! (`build.rs` writes the tables this module includes), and subset per document
//! (the `subset` module) so that a PDF carries only the glyphs it uses.
//!
//! The font files in `assets/fonts/` are a Latin subset (Basic Latin, Latin-1, Latin
//! Extended-A, Dutch and typographic punctuation, €) of an open-licensed font; the licence is
//! beside them. Changing the typeface is changing [`REGULAR`] and [`BOLD`] and the file names in
//! `build.rs`.

/// One embedded font file.
#[derive(Debug)]
pub struct FontFile {
    /// The name the PDF gives the font (`/BaseFont`), without spaces.
    pub name: &'static str,
    /// The TrueType file.
    pub bytes: &'static [u8],
}

/// The regular weight.
pub static REGULAR: FontFile = FontFile {
    name: "NotoSerif",
    bytes: include_bytes!("../../../assets/fonts/NotoSerif-Regular.ttf"),
};

/// The bold weight.
pub static BOLD: FontFile = FontFile {
    name: "NotoSerif-Bold",
    bytes: include_bytes!("../../../assets/fonts/NotoSerif-Bold.ttf"),
};

pub use crate::formats::blocks::Weight;

/// A font's measurements, made from its file when the program is built (`build.rs`).
pub(crate) struct Tables {
    /// The glyph ids of the first [`LATIN`] code points; 0 where the font has no glyph.
    latin_gid: [u16; LATIN],
    /// Their advances in em; `NAN` where the font has no glyph.
    latin_advance: [f32; LATIN],
    /// How far their glyphs reach above and below the baseline, in em (both positive).
    latin_ink: [(f32, f32); LATIN],
    /// The font's other characters, in order: glyph, advance and ink as above.
    others: &'static [(char, u16, f32, (f32, f32))],
    /// The advance of every glyph in thousandths of an em, as the PDF's `/W` gives it.
    widths: &'static [u16],
    /// The numbers of the PDF's font descriptor.
    metrics: Metrics,
}

/// The code points whose glyphs, advances and extents are kept in direct tables.
const LATIN: usize = 0x250;

/// A font with its measurements at hand.
pub(crate) struct Face {
    file: &'static FontFile,
    tables: Tables,
}

impl Face {
    fn other(&self, c: char) -> Option<&(char, u16, f32, (f32, f32))> {
        let at = self.tables.others.binary_search_by_key(&c, |o| o.0).ok()?;
        self.tables.others.get(at)
    }

    /// The advance of `c` in em, or `None` when the font has no glyph for it.
    pub(crate) fn advance(&self, c: char) -> Option<f32> {
        match self.tables.latin_advance.get(c as usize) {
            Some(a) if a.is_nan() => None,
            Some(a) => Some(*a),
            None => self.other(c).map(|o| o.2),
        }
    }

    /// The glyph that draws `c` and its advance in em, in one look-up; `None` when the font
    /// has no glyph for it.
    pub(crate) fn glyph_advance(&self, c: char) -> Option<(u16, f32)> {
        let at = c as usize;
        match (self.tables.latin_gid.get(at), self.tables.latin_advance.get(at)) {
            (Some(0), _) => None,
            (Some(g), Some(a)) => Some((*g, *a)),
            _ => self.other(c).map(|o| (o.1, o.2)),
        }
    }

    /// The glyph that draws `c`, or `None` when the font has none.
    #[cfg(test)]
    pub(crate) fn glyph(&self, c: char) -> Option<u16> {
        self.glyph_advance(c).map(|(g, _)| g)
    }

    /// The number of glyphs in the font.
    #[cfg(test)]
    pub(crate) fn glyph_count(&self) -> usize {
        self.tables.widths.len()
    }

    /// The advance of glyph `gid` in thousandths of an em.
    pub(crate) fn glyph_width(&self, gid: u16) -> u16 {
        self.tables.widths.get(usize::from(gid)).copied().unwrap_or(0)
    }

    /// The font's metrics for the PDF's font descriptor, in thousandths of an em.
    pub(crate) fn metrics(&self) -> Metrics {
        self.tables.metrics
    }

    /// The font file as embedded.
    pub(crate) fn file(&self) -> &'static [u8] {
        self.file.bytes
    }

    /// Whether the font can draw `c`.
    pub(crate) fn covers(&self, c: char) -> bool {
        self.advance(c).is_some()
    }

    /// The width of `text` at `size` points, in points. Text is drawn without kerning, so
    /// this is exactly the width it takes.
    pub(crate) fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(c).unwrap_or(0.0)).sum::<f32>() * size
    }

    /// How far the ink of `text` reaches above and below the baseline, in em (both positive):
    /// the exact extent of the glyphs, for placing text in a tight space.
    pub(crate) fn ink(&self, text: &str) -> (f32, f32) {
        text.chars()
            .map(|c| match self.tables.latin_ink.get(c as usize) {
                Some(extent) => *extent,
                None => self.other(c).map_or((0.0, 0.0), |o| o.3),
            })
            .fold((0.0f32, 0.0f32), |(top, bottom), (t, b)| (top.max(t), bottom.max(b)))
    }

    /// The font's PDF name.
    pub(crate) fn name(&self) -> &'static str {
        self.file.name
    }
}

/// What the PDF's font descriptor says of a font, in thousandths of an em.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Metrics {
    /// The bounding box of all glyphs: left, bottom, right, top.
    pub(crate) bbox: [i32; 4],
    /// The ascender.
    pub(crate) ascent: i32,
    /// The descender (negative).
    pub(crate) descent: i32,
    /// The height of capitals.
    pub(crate) cap_height: i32,
    /// The slant of italics, in degrees.
    pub(crate) italic_angle: f32,
    /// Whether the face is bold.
    pub(crate) bold: bool,
}

/// Both weights.
pub(crate) struct Faces {
    regular: Face,
    bold: Face,
}

impl Faces {
    /// The face of a weight.
    pub(crate) fn get(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// The first character of `text` that a weight cannot draw (line breaks aside).
    #[cfg(test)]
    pub(crate) fn missing(&self, text: &str) -> Option<char> {
        text.chars().find(|c| self.missing_char(*c))
    }

    /// Whether a weight cannot draw `c` (a line break aside).
    pub(crate) fn missing_char(&self, c: char) -> bool {
        !matches!(c, '\n' | '\r') && (!self.regular.covers(c) || !self.bold.covers(c))
    }
}

/// Both weights, measured when the program was built.
static FACES: Faces = Faces {
    regular: Face {
        file: &REGULAR,
        tables: include!(concat!(env!("OUT_DIR"), "/NotoSerif-Regular.rs")),
    },
    bold: Face { file: &BOLD, tables: include!(concat!(env!("OUT_DIR"), "/NotoSerif-Bold.rs")) },
};

/// The faces.
pub(crate) fn faces() -> &'static Faces {
    &FACES
}

/// Whether the letter's typeface can draw `c`.
pub fn covers(c: char) -> bool {
    !faces().missing_char(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_text_is_covered() {
        let faces = faces();
        let text =
            "Coöperatieve reünie, reëel, geïnformeerd, één, ĳs, € 1.250,00 „quote” – … Łukasz Ğ ș";
        assert_eq!(faces.missing(text), None);
        assert_eq!(faces.missing("Ελλάδα"), Some('Ε'));
        assert_eq!(faces.missing("🙂"), Some('🙂'));
        assert!(covers('\u{a0}'));
    }

    #[test]
    fn widths_add_up_and_bold_is_wider() {
        let faces = faces();
        let regular = faces.get(Weight::Regular);
        let bold = faces.get(Weight::Bold);
        let w = regular.width("Ingebrekestelling", 10.0);
        assert!(w > 50.0 && w < 120.0, "{w}");
        assert!(
            (regular.width("Ingebreke", 10.0) + regular.width("stelling", 10.0) - w).abs() < 0.01
        );
        assert!(bold.width("Ingebrekestelling", 10.0) > w);
        let (top, bottom) = regular.ink("Éjg");
        assert!(top > 0.7 && bottom > 0.15, "{top} {bottom}");
    }

    /// The tables made by `build.rs` say what the font files say, read here independently.
    #[test]
    fn the_measurements_made_at_build_time_match_the_font_files() {
        for (weight, file) in [(Weight::Regular, &REGULAR), (Weight::Bold, &BOLD)] {
            let face = faces().get(weight);
            let font = ttf_parser::Face::parse(file.bytes, 0).unwrap();
            let per_em = f32::from(font.units_per_em());
            let mut mapped = 0;
            for cp in 0..0x1_0000u32 {
                let Some(c) = char::from_u32(cp) else { continue };
                let expected = font.glyph_index(c).filter(|g| g.0 != 0).map(|g| {
                    let advance = f32::from(font.glyph_hor_advance(g).unwrap()) / per_em;
                    // The ink of a text reaches at least to the baseline.
                    let ink = font.glyph_bounding_box(g).map_or((0.0, 0.0), |b| {
                        let top = f32::from(b.y_max) / per_em;
                        (top.max(0.0), (-f32::from(b.y_min) / per_em).max(0.0))
                    });
                    (g.0, advance, ink)
                });
                let ours = face.glyph_advance(c).map(|(g, a)| (g, a, face.ink(&c.to_string())));
                assert_eq!(ours, expected, "{c:?} in {}", file.name);
                assert_eq!(face.covers(c), expected.is_some());
                mapped += usize::from(expected.is_some());
            }
            assert!(mapped > 300, "{mapped} characters");
            assert_eq!(face.glyph_count(), usize::from(font.number_of_glyphs()));
            for gid in 0..font.number_of_glyphs() {
                let advance = f32::from(font.glyph_hor_advance(ttf_parser::GlyphId(gid)).unwrap());
                assert_eq!(face.glyph_width(gid), (advance * 1000.0 / per_em).round() as u16);
            }
            let metrics = face.metrics();
            assert_eq!(
                metrics.ascent,
                (f32::from(font.ascender()) * 1000.0 / per_em).round() as i32
            );
            assert_eq!(metrics.bold, weight == Weight::Bold);
        }
    }
}
