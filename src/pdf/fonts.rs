//! The letter's typeface: embedded in the binary, measured with ttf-parser, and subset per
//! document with allsorts so that a PDF carries only the glyphs it uses.
//!
//! The font files in `assets/fonts/` are a Latin subset (Basic Latin, Latin-1, Latin
//! Extended-A, Dutch and typographic punctuation, €) of an open-licensed font; the licence is
//! beside them. Changing the typeface is changing [`REGULAR`] and [`BOLD`].

use std::collections::BTreeSet;
use std::sync::OnceLock;

use super::PdfError;

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
    bytes: include_bytes!("../../assets/fonts/NotoSerif-Regular.ttf"),
};

/// The bold weight.
pub static BOLD: FontFile = FontFile {
    name: "NotoSerif-Bold",
    bytes: include_bytes!("../../assets/fonts/NotoSerif-Bold.ttf"),
};

/// Regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    /// Regular.
    Regular,
    /// Bold.
    Bold,
}

/// A parsed font with its metrics at hand.
pub(crate) struct Face {
    file: &'static FontFile,
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
    /// Advances (in em) of the first 0x250 code points, for fast measuring; `NAN` when the
    /// font has no glyph.
    latin: Vec<f32>,
    /// How far the glyphs of the first 0x250 code points reach above and below the baseline.
    latin_ink: Vec<(f32, f32)>,
}

impl Face {
    fn parse(file: &'static FontFile) -> Option<Face> {
        let face = ttf_parser::Face::parse(file.bytes, 0).ok()?;
        let units_per_em = f32::from(face.units_per_em());
        let mut face = Face { file, face, units_per_em, latin: Vec::new(), latin_ink: Vec::new() };
        let latin: Vec<Option<char>> = (0u32..0x250).map(char::from_u32).collect();
        face.latin =
            latin.iter().map(|c| c.and_then(|c| face.lookup(c)).unwrap_or(f32::NAN)).collect();
        face.latin_ink =
            latin.iter().map(|c| c.map_or((0.0, 0.0), |c| face.glyph_ink(c))).collect();
        Some(face)
    }

    fn lookup(&self, c: char) -> Option<f32> {
        let glyph = self.face.glyph_index(c)?;
        Some(f32::from(self.face.glyph_hor_advance(glyph)?) / self.units_per_em)
    }

    /// The advance of `c` in em, or `None` when the font has no glyph for it.
    pub(crate) fn advance(&self, c: char) -> Option<f32> {
        match self.latin.get(c as usize) {
            Some(a) if a.is_nan() => None,
            Some(a) => Some(*a),
            None => self.lookup(c),
        }
    }

    /// Whether the font can draw `c`.
    pub(crate) fn covers(&self, c: char) -> bool {
        self.advance(c).is_some()
    }

    /// The width of `text` at `size` points, in points. printpdf does not kern, so this is
    /// exactly the width it draws.
    pub(crate) fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(c).unwrap_or(0.0)).sum::<f32>() * size
    }

    /// How far the ink of `text` reaches above and below the baseline, in em (both positive):
    /// the exact extent of the glyphs, for placing text in a tight space.
    pub(crate) fn ink(&self, text: &str) -> (f32, f32) {
        text.chars()
            .map(|c| match self.latin_ink.get(c as usize) {
                Some(extent) => *extent,
                None => self.glyph_ink(c),
            })
            .fold((0.0f32, 0.0f32), |(top, bottom), (t, b)| (top.max(t), bottom.max(b)))
    }

    fn glyph_ink(&self, c: char) -> (f32, f32) {
        self.face
            .glyph_index(c)
            .and_then(|g| self.face.glyph_bounding_box(g))
            .map_or((0.0, 0.0), |b| {
                (f32::from(b.y_max) / self.units_per_em, -f32::from(b.y_min) / self.units_per_em)
            })
    }

    /// The font's PDF name.
    pub(crate) fn name(&self) -> &'static str {
        self.file.name
    }

    /// A font file with only the glyphs for `chars` (and `.notdef`), with a Unicode cmap, for
    /// embedding.
    pub(crate) fn subset(&self, chars: &BTreeSet<char>) -> Result<Vec<u8>, PdfError> {
        use allsorts::binary::read::ReadScope;
        use allsorts::font_data::FontData;
        use allsorts::subset::{CmapTarget, SubsetProfile, subset};

        let glyphs: BTreeSet<u16> =
            chars.iter().filter_map(|c| self.face.glyph_index(*c)).map(|g| g.0).collect();
        let ids: Vec<u16> =
            std::iter::once(0).chain(glyphs.into_iter().filter(|g| *g != 0)).collect();
        let font = ReadScope::new(self.file.bytes)
            .read::<FontData<'_>>()
            .map_err(|e| PdfError::Font(format!("{}: {e}", self.file.name)))?;
        let provider = font
            .table_provider(0)
            .map_err(|e| PdfError::Font(format!("{}: {e}", self.file.name)))?;
        subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
            .map_err(|e| PdfError::Font(format!("{}: cannot subset: {e}", self.file.name)))
    }
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
    pub(crate) fn missing(&self, text: &str) -> Option<char> {
        text.chars()
            .filter(|c| !matches!(c, '\n' | '\r'))
            .find(|c| !self.regular.covers(*c) || !self.bold.covers(*c))
    }
}

/// The faces, parsed once per process.
pub(crate) fn faces() -> Result<&'static Faces, PdfError> {
    static FACES: OnceLock<Option<Faces>> = OnceLock::new();
    FACES
        .get_or_init(|| Some(Faces { regular: Face::parse(&REGULAR)?, bold: Face::parse(&BOLD)? }))
        .as_ref()
        .ok_or_else(|| PdfError::Font("the embedded font files cannot be read".to_owned()))
}

/// Whether the letter's typeface can draw `c`.
pub fn covers(c: char) -> bool {
    faces().is_ok_and(|f| f.missing(&c.to_string()).is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_text_is_covered() {
        let faces = faces().unwrap();
        let text =
            "Coöperatieve reünie, reëel, geïnformeerd, één, ĳs, € 1.250,00 „quote” – … Łukasz Ğ ș";
        assert_eq!(faces.missing(text), None);
        assert_eq!(faces.missing("Ελλάδα"), Some('Ε'));
        assert_eq!(faces.missing("🙂"), Some('🙂'));
        assert!(covers('\u{a0}'));
    }

    #[test]
    fn widths_add_up_and_bold_is_wider() {
        let faces = faces().unwrap();
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

    #[test]
    fn a_subset_holds_only_what_is_used() {
        let faces = faces().unwrap();
        let chars: BTreeSet<char> = "Geachte heer Bakker, €".chars().collect();
        let subset = faces.get(Weight::Regular).subset(&chars).unwrap();
        assert!(subset.len() < REGULAR.bytes.len() / 3, "{} bytes", subset.len());
        let face = ttf_parser::Face::parse(&subset, 0).unwrap();
        assert!(face.glyph_index('€').is_some());
        assert!(face.glyph_index('Z').is_none());
    }
}
