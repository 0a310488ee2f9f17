//! Font subsetting: the TrueType file with only the outlines a document draws.
//!
//! Glyph ids stay as they are in the full font: the outline of a glyph that is not drawn is
//! left empty, so that a page can name its glyphs while it is drawn, before the document knows
//! every glyph it will use. The tables a PDF reader needs are kept (`head`, `hhea`, `hmtx`,
//! `loca`, `glyf`, `maxp`, the hinting tables `cvt `, `fpgm` and `prep` when there are any,
//! and the small `cmap`, `OS/2` and `post`); the names (`name`) and the layout tables (`GDEF`,
//! `GPOS`, `GSUB`) are not needed to draw a glyph by its id in a PDF, and are left out. The
//! metrics of the glyphs left out are zeroed, which compresses to almost nothing.

/// A set of glyph ids.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Glyphs {
    bits: Vec<u64>,
}

impl Glyphs {
    /// An empty set with room for glyph ids below `count`.
    pub(crate) fn with_room(count: usize) -> Glyphs {
        Glyphs { bits: vec![0; count.div_ceil(64)] }
    }

    /// Adds glyph `gid`.
    pub(crate) fn insert(&mut self, gid: u16) {
        let (word, bit) = (usize::from(gid) / 64, gid % 64);
        if self.bits.len() <= word {
            self.bits.resize(word + 1, 0);
        }
        if let Some(w) = self.bits.get_mut(word) {
            *w |= 1 << bit;
        }
    }

    /// Whether glyph `gid` is in the set.
    pub(crate) fn contains(&self, gid: u16) -> bool {
        self.bits.get(usize::from(gid) / 64).is_some_and(|w| w & (1 << (gid % 64)) != 0)
    }

    /// Whether the set is empty.
    pub(crate) fn is_empty(&self) -> bool {
        self.bits.iter().all(|w| *w == 0)
    }

    /// The glyph ids, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = u16> + '_ {
        self.bits.iter().enumerate().flat_map(|(i, word)| {
            // The set bits, lowest first, each found in one step.
            let mut rest = *word;
            std::iter::from_fn(move || {
                let bit = rest.trailing_zeros();
                (bit < 64).then(|| {
                    rest &= rest - 1;
                    (i as u16) * 64 + bit as u16
                })
            })
        })
    }
}

/// The tables copied as they are, besides `head`, `loca` and `glyf`.
const KEPT: [&[u8; 4]; 9] =
    [b"OS/2", b"cmap", b"cvt ", b"fpgm", b"hhea", b"hmtx", b"maxp", b"post", b"prep"];

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

/// The font's tables: tag and bytes.
fn tables(font: &[u8]) -> Option<Vec<([u8; 4], &[u8])>> {
    let count = usize::from(u16_at(font, 4)?);
    (0..count)
        .map(|i| {
            let record = 12 + 16 * i;
            let tag: [u8; 4] = font.get(record..record + 4)?.try_into().ok()?;
            let offset = u32_at(font, record + 8)? as usize;
            let length = u32_at(font, record + 12)? as usize;
            Some((tag, font.get(offset..offset.checked_add(length)?)?))
        })
        .collect()
}

/// The TrueType checksum of `data`: the sum of its big-endian 32-bit words, the last padded.
fn checksum(data: &[u8]) -> u32 {
    let mut words = data.chunks_exact(4);
    let mut sum = (&mut words).fold(0u32, |sum, word| {
        let mut bytes = [0u8; 4];
        bytes.copy_from_slice(word);
        sum.wrapping_add(u32::from_be_bytes(bytes))
    });
    let mut last = [0u8; 4];
    for (slot, byte) in last.iter_mut().zip(words.remainder()) {
        *slot = *byte;
    }
    sum = sum.wrapping_add(u32::from_be_bytes(last));
    sum
}

/// The glyphs that the composite glyph `outline` is made of.
fn components(outline: &[u8], out: &mut Vec<u16>) {
    const WORDS: u16 = 0x0001;
    const SCALE: u16 = 0x0008;
    const MORE: u16 = 0x0020;
    const XY_SCALE: u16 = 0x0040;
    const TWO_BY_TWO: u16 = 0x0080;
    // A composite glyph has a negative number of contours.
    if outline.len() < 10 || u16_at(outline, 0).is_none_or(|contours| contours & 0x8000 == 0) {
        return;
    }
    let mut at = 10;
    while let (Some(flags), Some(gid)) = (u16_at(outline, at), u16_at(outline, at + 2)) {
        out.push(gid);
        at += 4 + if flags & WORDS != 0 { 4 } else { 2 };
        at += if flags & SCALE != 0 {
            2
        } else if flags & XY_SCALE != 0 {
            4
        } else if flags & TWO_BY_TWO != 0 {
            8
        } else {
            0
        };
        if flags & MORE == 0 {
            break;
        }
    }
}

/// The horizontal metrics `hmtx` with those of the glyphs not in `keep` zeroed: `long`
/// advance-and-bearing pairs, then bearings alone for the rest of the `count` glyphs.
fn hmtx(hmtx: &[u8], long: usize, count: usize, keep: &Glyphs) -> Vec<u8> {
    let mut out = hmtx.to_vec();
    for gid in 0..count {
        let Ok(id) = u16::try_from(gid) else { break };
        if keep.contains(id) {
            continue;
        }
        let range = if gid < long {
            gid * 4..gid * 4 + 4
        } else {
            long * 4 + (gid - long) * 2..long * 4 + (gid - long) * 2 + 2
        };
        if let Some(slot) = out.get_mut(range) {
            slot.fill(0);
        }
    }
    out
}

/// The font file `font` with only the outlines of `used` (and of `.notdef`, and of the parts
/// of composite glyphs); `None` when the file is not a TrueType font this can read.
pub(crate) fn subset(font: &[u8], used: &Glyphs) -> Option<Vec<u8>> {
    let tables = tables(font)?;
    let find = |tag: &[u8; 4]| tables.iter().find(|(t, _)| t == tag).map(|(_, data)| *data);
    let head = find(b"head")?;
    let loca = find(b"loca")?;
    let glyf = find(b"glyf")?;
    let glyph_count = usize::from(u16_at(find(b"maxp")?, 4)?);
    let long = u16_at(head, 50)? != 0;
    let offset = |gid: usize| -> Option<usize> {
        if long {
            u32_at(loca, gid * 4).map(|o| o as usize)
        } else {
            u16_at(loca, gid * 2).map(|o| usize::from(o) * 2)
        }
    };
    let outline = |gid: u16| -> &[u8] {
        let gid = usize::from(gid);
        match (offset(gid), offset(gid + 1)) {
            (Some(start), Some(end)) if start <= end => glyf.get(start..end).unwrap_or_default(),
            _ => &[],
        }
    };

    // The glyphs to keep: those drawn, `.notdef`, and the parts of composites.
    let mut keep = used.clone();
    keep.insert(0);
    let mut todo: Vec<u16> = keep.iter().collect();
    while let Some(gid) = todo.pop() {
        let mut parts = Vec::new();
        components(outline(gid), &mut parts);
        for part in parts {
            if usize::from(part) < glyph_count && !keep.contains(part) {
                keep.insert(part);
                todo.push(part);
            }
        }
    }

    let mut new_glyf = Vec::with_capacity(glyf.len() / 4);
    let mut new_loca = Vec::with_capacity(loca.len());
    for gid in 0..glyph_count {
        let at = new_glyf.len();
        if long {
            new_loca.extend_from_slice(&u32::try_from(at).ok()?.to_be_bytes());
        } else {
            new_loca.extend_from_slice(&u16::try_from(at / 2).ok()?.to_be_bytes());
        }
        let gid = u16::try_from(gid).ok()?;
        if keep.contains(gid) {
            new_glyf.extend_from_slice(outline(gid));
            // Outlines start at even offsets (and at multiples of 4, as recommended).
            while new_glyf.len() % 4 != 0 {
                new_glyf.push(0);
            }
        }
    }
    let end = new_glyf.len();
    if long {
        new_loca.extend_from_slice(&u32::try_from(end).ok()?.to_be_bytes());
    } else {
        new_loca.extend_from_slice(&u16::try_from(end / 2).ok()?.to_be_bytes());
    }

    // The tables of the subset, in the order of their data: `head` first, then those copied as
    // they are, then `loca` and `glyf`.
    let mut head = head.to_vec();
    head.get_mut(8..12)?.copy_from_slice(&[0; 4]);
    let mut parts: Vec<([u8; 4], std::borrow::Cow<'_, [u8]>)> = vec![(*b"head", head.into())];
    for tag in KEPT {
        if let Some(data) = find(tag) {
            if tag == b"hmtx" {
                let long_metrics = usize::from(u16_at(find(b"hhea")?, 34)?);
                parts.push((*tag, hmtx(data, long_metrics, glyph_count, &keep).into()));
            } else {
                parts.push((*tag, data.into()));
            }
        }
    }
    parts.push((*b"loca", new_loca.into()));
    parts.push((*b"glyf", new_glyf.into()));

    let count = u16::try_from(parts.len()).ok()?;
    let mut out = Vec::with_capacity(font.len());
    // The offset table, with the search fields for `count` tables.
    let power = 1u16 << (15 - count.leading_zeros().min(15));
    let power = if power > count { power / 2 } else { power };
    let search = power * 16;
    let selector = power.trailing_zeros() as u16;
    out.extend_from_slice(&0x0001_0000u32.to_be_bytes());
    for field in [count, search, selector, count * 16 - search] {
        out.extend_from_slice(&field.to_be_bytes());
    }
    let mut offset = 12 + 16 * parts.len();
    let mut records: Vec<([u8; 4], u32, usize, usize)> = parts
        .iter()
        .map(|(tag, data)| {
            let record = (*tag, checksum(data), offset, data.len());
            offset += data.len().div_ceil(4) * 4;
            record
        })
        .collect();
    records.sort_by_key(|(tag, ..)| *tag);
    for (tag, sum, at, length) in &records {
        out.extend_from_slice(tag);
        out.extend_from_slice(&sum.to_be_bytes());
        out.extend_from_slice(&u32::try_from(*at).ok()?.to_be_bytes());
        out.extend_from_slice(&u32::try_from(*length).ok()?.to_be_bytes());
    }
    for (_, data) in &parts {
        out.extend_from_slice(data);
        out.resize(out.len().div_ceil(4) * 4, 0);
    }
    // `head` comes right after the directory; its checkSumAdjustment makes the file's sum
    // come out at 0xB1B0AFBA.
    let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
    let at = 12 + 16 * parts.len() + 8;
    out.get_mut(at..at + 4)?.copy_from_slice(&adjustment.to_be_bytes());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::pdf::fonts::{REGULAR, Weight, faces};

    #[test]
    fn glyph_sets_hold_what_is_put_in() {
        let mut set = Glyphs::default();
        assert!(set.is_empty());
        for gid in [3, 64, 65, 300, 3] {
            set.insert(gid);
        }
        assert_eq!(set.iter().collect::<Vec<_>>(), [3, 64, 65, 300]);
        assert!(set.contains(300) && !set.contains(2));
        let mut roomy = Glyphs::with_room(1000);
        assert!(roomy.is_empty());
        for gid in [0, 63, 127, 999, 1200] {
            roomy.insert(gid);
        }
        assert_eq!(roomy.iter().collect::<Vec<_>>(), [0, 63, 127, 999, 1200]);
    }

    /// The checksums agree with those the font's maker wrote into the original file.
    #[test]
    fn checksums_are_those_of_the_font_format() {
        assert_eq!(checksum(&[1, 2, 3, 4, 5]), 0x0102_0304 + 0x0500_0000);
        assert_eq!(checksum(&[]), 0);
        let font = REGULAR.bytes;
        let count = usize::from(u16_at(font, 4).unwrap());
        for (i, (tag, data)) in tables(font).unwrap().into_iter().enumerate() {
            if &tag != b"head" {
                assert_eq!(Some(checksum(data)), u32_at(font, 12 + 16 * i + 4), "{tag:?}");
            }
        }
        assert!(count > 5);
        assert_eq!(checksum(font), 0xB1B0_AFBA);
    }

    #[test]
    fn a_subset_keeps_the_ids_and_only_the_outlines_used() {
        let face = faces().get(Weight::Regular);
        let mut used = Glyphs::default();
        for c in "Geachte heer Bakker, €".chars() {
            used.insert(face.glyph(c).unwrap());
        }
        let subset = subset(REGULAR.bytes, &used).unwrap();
        assert!(subset.len() < REGULAR.bytes.len() / 2, "{} bytes", subset.len());
        let parsed = ttf_parser::Face::parse(&subset, 0).unwrap();
        assert_eq!(parsed.number_of_glyphs() as usize, face.glyph_count());
        // The same ids, with outlines for what is drawn and none for the rest.
        let euro = parsed.glyph_index('€').unwrap();
        assert_eq!(Some(euro.0), face.glyph('€'));
        assert!(parsed.glyph_bounding_box(euro).is_some());
        let z = parsed.glyph_index('Z').unwrap();
        assert!(parsed.glyph_bounding_box(z).is_none());
        // The whole file sums to the magic number, and every table to its checksum.
        assert_eq!(checksum(&subset), 0xB1B0_AFBA);
        for (tag, data) in tables(&subset).unwrap() {
            let record = (0..u16_at(&subset, 4).unwrap() as usize)
                .map(|i| 12 + 16 * i)
                .find(|r| subset.get(*r..r + 4) == Some(&tag[..]))
                .unwrap();
            if &tag != b"head" {
                assert_eq!(u32_at(&subset, record + 4), Some(checksum(data)), "{tag:?}");
            }
        }
    }

    #[test]
    fn composite_glyphs_keep_their_parts() {
        // Find a composite glyph in the font (an accented letter usually is one).
        let face = faces().get(Weight::Regular);
        let font = REGULAR.bytes;
        let tables = tables(font).unwrap();
        let find = |tag: &[u8; 4]| tables.iter().find(|(t, _)| t == tag).map(|(_, d)| *d).unwrap();
        let (loca, glyf) = (find(b"loca"), find(b"glyf"));
        let long = u16_at(find(b"head"), 50).unwrap() != 0;
        let at = |g: usize| {
            if long {
                u32_at(loca, g * 4).unwrap() as usize
            } else {
                usize::from(u16_at(loca, g * 2).unwrap()) * 2
            }
        };
        let composite = "éëïöüÉ".chars().map(|c| face.glyph(c).unwrap()).find(|g| {
            let outline = &glyf[at(usize::from(*g))..at(usize::from(*g) + 1)];
            outline.len() >= 2 && i16::from_be_bytes([outline[0], outline[1]]) < 0
        });
        let Some(gid) = composite else { return };
        let mut parts = Vec::new();
        components(&glyf[at(usize::from(gid))..at(usize::from(gid) + 1)], &mut parts);
        assert!(!parts.is_empty());
        let mut used = Glyphs::default();
        used.insert(gid);
        let subset = subset(font, &used).unwrap();
        let parsed = ttf_parser::Face::parse(&subset, 0).unwrap();
        for part in parts {
            assert!(parsed.glyph_bounding_box(ttf_parser::GlyphId(part)).is_some(), "{part}");
        }
        assert!(parsed.glyph_bounding_box(ttf_parser::GlyphId(gid)).is_some());
    }
}
