//! The letter's typeface: embedded in the binary, measured with ttf-parser, and subset per
//! document ([`super::subset`]) so that a PDF carries only the glyphs it uses.
//!
//! The font files in `assets/fonts/` are a Latin subset (Basic Latin, Latin-1, Latin
//! Extended-A, Dutch and typographic punctuation, €) of an open-licensed font; the licence is
//! beside them. Changing the typeface is changing [`REGULAR`] and [`BOLD`].

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
    /// The glyph ids of the first 0x250 code points; 0 when the font has no glyph.
    latin_gid: Vec<u16>,
    /// How far the glyphs of the first 0x250 code points reach above and below the baseline.
    latin_ink: Vec<(f32, f32)>,
    /// The advance of every glyph in thousandths of an em, as the PDF's `/W` gives it.
    widths: Vec<u16>,
}

impl Face {
    /// Parses the font and fills the tables of the first 0x250 code points. Cheap, as it is
    /// done by every process: one pass over the font's Unicode map, and each glyph's extent read
    /// from the bounding box in its header rather than from its outline.
    fn parse(file: &'static FontFile) -> Option<Face> {
        let face = ttf_parser::Face::parse(file.bytes, 0).ok()?;
        let units_per_em = f32::from(face.units_per_em());
        let widths: Vec<u16> = (0..face.number_of_glyphs())
            .map(|g| {
                let advance = face.glyph_hor_advance(ttf_parser::GlyphId(g)).unwrap_or(0);
                (f32::from(advance) * 1000.0 / units_per_em).round() as u16
            })
            .collect();
        let boxes = GlyphBoxes::of(&face);
        let mut latin = vec![f32::NAN; LATIN];
        let mut latin_gid = vec![0u16; LATIN];
        let mut latin_ink = vec![(0.0, 0.0); LATIN];
        let unicode = face.tables().cmap?.subtables.into_iter().find(|s| s.is_unicode())?;
        unicode.codepoints(|cp| {
            let Some(gid) = unicode.glyph_index(cp).filter(|g| g.0 != 0) else { return };
            let at = cp as usize;
            if let (Some(a), Some(g), Some(i)) =
                (latin.get_mut(at), latin_gid.get_mut(at), latin_ink.get_mut(at))
            {
                *g = gid.0;
                *a = f32::from(face.glyph_hor_advance(gid).unwrap_or(0)) / units_per_em;
                *i = boxes.ink(gid.0, units_per_em);
            }
        });
        Some(Face { file, face, units_per_em, latin, latin_gid, latin_ink, widths })
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

    /// The glyph that draws `c` and its advance in em, in one look-up; `None` when the font
    /// has no glyph for it.
    pub(crate) fn glyph_advance(&self, c: char) -> Option<(u16, f32)> {
        let at = c as usize;
        match (self.latin_gid.get(at), self.latin.get(at)) {
            (Some(0), _) => None,
            (Some(g), Some(a)) => Some((*g, *a)),
            _ => {
                let glyph = self.face.glyph_index(c)?;
                let advance = f32::from(self.face.glyph_hor_advance(glyph)?) / self.units_per_em;
                Some((glyph.0, advance))
            }
        }
    }

    /// The glyph that draws `c`, or `None` when the font has none.
    #[cfg(test)]
    pub(crate) fn glyph(&self, c: char) -> Option<u16> {
        match self.latin_gid.get(c as usize) {
            Some(0) => None,
            Some(g) => Some(*g),
            None => self.face.glyph_index(c).map(|g| g.0),
        }
    }

    /// The number of glyphs in the font.
    #[cfg(test)]
    pub(crate) fn glyph_count(&self) -> usize {
        self.widths.len()
    }

    /// The advance of glyph `gid` in thousandths of an em.
    pub(crate) fn glyph_width(&self, gid: u16) -> u16 {
        self.widths.get(usize::from(gid)).copied().unwrap_or(0)
    }

    /// The font's metrics for the PDF's font descriptor, in thousandths of an em.
    pub(crate) fn metrics(&self) -> Metrics {
        let scale = |v: i16| (f32::from(v) * 1000.0 / self.units_per_em).round() as i32;
        let bbox = self.face.global_bounding_box();
        Metrics {
            bbox: [scale(bbox.x_min), scale(bbox.y_min), scale(bbox.x_max), scale(bbox.y_max)],
            ascent: scale(self.face.ascender()),
            descent: scale(self.face.descender()),
            cap_height: scale(self.face.capital_height().unwrap_or(self.face.ascender())),
            italic_angle: self.face.italic_angle(),
            bold: self.face.is_bold(),
        }
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
            .map(|c| match self.latin_ink.get(c as usize) {
                Some(extent) => *extent,
                None => self.glyph_ink(c),
            })
            .fold((0.0f32, 0.0f32), |(top, bottom), (t, b)| (top.max(t), bottom.max(b)))
    }

    fn glyph_ink(&self, c: char) -> (f32, f32) {
        match self.face.glyph_index(c) {
            Some(gid) => GlyphBoxes::of(&self.face).ink(gid.0, self.units_per_em),
            None => (0.0, 0.0),
        }
    }

    /// The font's PDF name.
    pub(crate) fn name(&self) -> &'static str {
        self.file.name
    }
}

/// The code points whose glyphs, advances and extents are kept in tables.
const LATIN: usize = 0x250;

/// The bounding boxes that TrueType stores in the header of each glyph's outline.
struct GlyphBoxes<'a> {
    loca: &'a [u8],
    glyf: &'a [u8],
    long: bool,
}

impl<'a> GlyphBoxes<'a> {
    fn of(face: &ttf_parser::Face<'a>) -> GlyphBoxes<'a> {
        let raw = face.raw_face();
        let table = |tag: &[u8; 4]| raw.table(ttf_parser::Tag::from_bytes(tag)).unwrap_or_default();
        let head = table(b"head");
        let long = head.get(50..52).is_some_and(|f| f != [0, 0]);
        GlyphBoxes { loca: table(b"loca"), glyf: table(b"glyf"), long }
    }

    /// How far glyph `gid` reaches above and below the baseline, in em (both positive).
    fn ink(&self, gid: u16, units_per_em: f32) -> (f32, f32) {
        let offset = |g: usize| -> Option<usize> {
            if self.long {
                Some(u32::from_be_bytes(self.loca.get(g * 4..g * 4 + 4)?.try_into().ok()?) as usize)
            } else {
                Some(
                    usize::from(u16::from_be_bytes(
                        self.loca.get(g * 2..g * 2 + 2)?.try_into().ok()?,
                    )) * 2,
                )
            }
        };
        let g = usize::from(gid);
        let (Some(start), Some(end)) = (offset(g), offset(g + 1)) else { return (0.0, 0.0) };
        if end < start + 10 {
            return (0.0, 0.0);
        }
        let read = |at: usize| {
            self.glyf
                .get(start + at..start + at + 2)
                .and_then(|b| b.try_into().ok())
                .map_or(0, i16::from_be_bytes)
        };
        (f32::from(read(8)) / units_per_em, -f32::from(read(4)) / units_per_em)
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
    pub(crate) fn missing(&self, text: &str) -> Option<char> {
        text.chars().find(|c| self.missing_char(*c))
    }

    /// Whether a weight cannot draw `c` (a line break aside).
    pub(crate) fn missing_char(&self, c: char) -> bool {
        !matches!(c, '\n' | '\r') && (!self.regular.covers(c) || !self.bold.covers(c))
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
}
