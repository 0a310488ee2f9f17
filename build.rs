//! Measures the embedded fonts once, when the program is built, instead of in every process:
//! for each font in `assets/fonts/`, the glyph, advance and ink extent of every character it
//! maps, the advance of every glyph, and the numbers of the PDF's font descriptor. They are
//! written as Rust (`$OUT_DIR/<font>.rs`) and included by `src/formats/pdf/fonts.rs`; a test there
//! compares them with the font files. It also checks first that the static link on Linux can
//! succeed ([`static_libc`]).

use std::error::Error;
use std::fmt::Write as _;
use std::path::Path;

/// The code points kept in direct tables; the rest of a font's characters are looked up.
const LATIN: u32 = 0x250;

const FONTS: [&str; 2] = ["NotoSerif-Regular", "NotoSerif-Bold"];

fn main() -> Result<(), Box<dyn Error>> {
    static_libc();
    let root = std::env::var("CARGO_MANIFEST_DIR")?;
    let out = std::env::var("OUT_DIR")?;
    for name in FONTS {
        let source = Path::new(&root).join("assets/fonts").join(format!("{name}.ttf"));
        println!("cargo::rerun-if-changed={}", source.display());
        let bytes = std::fs::read(&source)?;
        let tables =
            tables(&bytes).ok_or_else(|| format!("{} cannot be read", source.display()))?;
        std::fs::write(Path::new(&out).join(format!("{name}.rs")), tables)?;
    }
    println!("cargo::rerun-if-changed=build.rs");
    Ok(())
}

/// On Linux with glibc the program is linked statically (`.cargo/config.toml`), which needs the
/// C library's static archive. Debian, Ubuntu and Arch install it with the compiler; Fedora and
/// RHEL ship it apart (`glibc-static`). Without it the link would fail at the very end with
/// "cannot find -lc": say what to do instead, before anything is compiled.
fn static_libc() {
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    let static_crt = var("CARGO_CFG_TARGET_FEATURE").split(',').any(|f| f == "crt-static");
    if var("CARGO_CFG_TARGET_OS") != "linux" || var("CARGO_CFG_TARGET_ENV") != "gnu" || !static_crt
    {
        return;
    }
    let linker = std::env::var("RUSTC_LINKER").unwrap_or_else(|_| "cc".to_owned());
    let Ok(output) = std::process::Command::new(linker).arg("-print-file-name=libc.a").output()
    else {
        return; // No C compiler: the link itself will say so.
    };
    // The compiler prints the archive's full path when it has one, else the bare name.
    if Path::new(String::from_utf8_lossy(&output.stdout).trim()).is_absolute() {
        return;
    }
    println!(
        "cargo::error=De statische C-bibliotheek (libc.a) ontbreekt; dit programma wordt op Linux \
         statisch gelinkt. Installeer haar (Fedora, RHEL: `sudo dnf install glibc-static`), of \
         bouw dynamisch gelinkt met een lege RUSTFLAGS, bijvoorbeeld \
         `RUSTFLAGS= cargo install --path . --locked`."
    );
    println!(
        "cargo::error=The C library's static archive (libc.a) is missing; this program is linked \
         statically on Linux. Install it (Fedora, RHEL: `sudo dnf install glibc-static`), or \
         build it linked dynamically with an empty RUSTFLAGS, e.g. \
         `RUSTFLAGS= cargo install --path . --locked`."
    );
}

/// A `Tables { … }` expression for the font in `bytes`.
fn tables(bytes: &[u8]) -> Option<String> {
    let face = ttf_parser::Face::parse(bytes, 0).ok()?;
    let per_em = f32::from(face.units_per_em());
    let boxes = GlyphBoxes::of(&face);
    let unicode = face.tables().cmap?.subtables.into_iter().find(|s| s.is_unicode())?;
    let mut mapped = Vec::new();
    unicode.codepoints(|cp| {
        if let Some(gid) = unicode.glyph_index(cp).filter(|g| g.0 != 0) {
            mapped.push((cp, gid.0));
        }
    });
    mapped.sort_unstable();
    let advance =
        |gid: u16| f32::from(face.glyph_hor_advance(ttf_parser::GlyphId(gid)).unwrap_or(0));

    let mut latin_gid = vec![0u16; LATIN as usize];
    let mut latin_advance = vec![None; LATIN as usize];
    let mut latin_ink = vec![(0.0f32, 0.0f32); LATIN as usize];
    let mut others = String::new();
    for &(cp, gid) in &mapped {
        let em = advance(gid) / per_em;
        let (top, bottom) = boxes.ink(gid, per_em);
        let at = cp as usize;
        if cp < LATIN {
            *latin_gid.get_mut(at)? = gid;
            *latin_advance.get_mut(at)? = Some(em);
            *latin_ink.get_mut(at)? = (top, bottom);
        } else {
            let c = char::from_u32(cp)?;
            writeln!(others, "        ({c:?}, {gid}, {}, ({}, {})),", f(em), f(top), f(bottom))
                .ok()?;
        }
    }
    let widths: Vec<String> = (0..face.number_of_glyphs())
        .map(|gid| ((advance(gid) * 1000.0 / per_em).round() as u16).to_string())
        .collect();
    let scale = |v: i16| (f32::from(v) * 1000.0 / per_em).round() as i32;
    let bbox = face.global_bounding_box();

    let mut text = String::from("// Made by build.rs from the font file; do not edit.\n");
    text.push_str("Tables {\n    latin_gid: [\n");
    for chunk in latin_gid.chunks(16) {
        let row: Vec<String> = chunk.iter().map(u16::to_string).collect();
        writeln!(text, "        {},", row.join(", ")).ok()?;
    }
    text.push_str("    ],\n    latin_advance: [\n");
    for chunk in latin_advance.chunks(8) {
        let row: Vec<String> =
            chunk.iter().map(|a| a.map_or_else(|| "f32::NAN".to_owned(), f)).collect();
        writeln!(text, "        {},", row.join(", ")).ok()?;
    }
    text.push_str("    ],\n    latin_ink: [\n");
    for chunk in latin_ink.chunks(4) {
        let row: Vec<String> =
            chunk.iter().map(|(t, b)| format!("({}, {})", f(*t), f(*b))).collect();
        writeln!(text, "        {},", row.join(", ")).ok()?;
    }
    writeln!(text, "    ],\n    others: &[\n{others}    ],\n    widths: &[").ok()?;
    for chunk in widths.chunks(16) {
        writeln!(text, "        {},", chunk.join(", ")).ok()?;
    }
    writeln!(
        text,
        "    ],\n    metrics: Metrics {{\n        bbox: [{}, {}, {}, {}],\n        ascent: {},\n        \
         descent: {},\n        cap_height: {},\n        italic_angle: {},\n        bold: {},\n    }},\n}}",
        scale(bbox.x_min),
        scale(bbox.y_min),
        scale(bbox.x_max),
        scale(bbox.y_max),
        scale(face.ascender()),
        scale(face.descender()),
        scale(face.capital_height().unwrap_or(face.ascender())),
        f(face.italic_angle()),
        face.is_bold(),
    )
    .ok()?;
    Some(text)
}

/// A float as a Rust literal that reads back as the same float.
fn f(value: f32) -> String {
    let text = format!("{value:?}");
    if text.contains(['.', 'e']) { text } else { format!("{text}.0") }
}

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
    fn ink(&self, gid: u16, per_em: f32) -> (f32, f32) {
        let offset = |g: usize| -> Option<usize> {
            if self.long {
                Some(u32::from_be_bytes(self.loca.get(g * 4..g * 4 + 4)?.try_into().ok()?) as usize)
            } else {
                let half = u16::from_be_bytes(self.loca.get(g * 2..g * 2 + 2)?.try_into().ok()?);
                Some(usize::from(half) * 2)
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
        (f32::from(read(8)) / per_em, -f32::from(read(4)) / per_em)
    }
}
