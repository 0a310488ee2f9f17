//! Writing the PDF file itself: numbered objects, streams compressed with Flate, the
//! cross-reference table and the trailer, straight into one buffer.
//!
//! The document id in the trailer is a hash of everything before it, so that the same letter
//! gives the same bytes.
//!
//! A compact file ([`Writer::compact`], for a tagged PDF with its hundreds of small structure
//! objects) packs every object that is not a stream into one compressed object stream, and
//! lists them in a cross-reference stream (PDF 1.5).

use super::canvas::integer;

/// A reference to an object: its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Ref(pub(crate) u32);

impl Ref {
    /// Appends `N 0 R`.
    pub(crate) fn write(self, out: &mut Vec<u8>) {
        integer(out, u64::from(self.0));
        out.extend_from_slice(b" 0 R");
    }
}

/// A PDF file being written.
pub(crate) struct Writer {
    out: Vec<u8>,
    /// The byte offset of each object, by number (from 1); 0 until it is written.
    offsets: Vec<usize>,
    /// In a compact file: the objects kept for the object stream.
    packed: Option<Packed>,
    /// The last stream compressed: one buffer for all of them.
    scratch: Vec<u8>,
}

/// The objects of a compact file's object stream, one after another, each followed by a line
/// end, and where each one starts with its number.
#[derive(Default)]
struct Packed {
    data: Vec<u8>,
    objects: Vec<(u32, usize)>,
}

impl Writer {
    /// A file with its header; `capacity` is the size expected, to allocate once.
    pub(crate) fn new(capacity: usize) -> Writer {
        let mut out = Vec::with_capacity(capacity);
        // The second line's bytes above 127 tell tools the file is binary.
        out.extend_from_slice(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
        Writer { out, offsets: Vec::new(), packed: None, scratch: Vec::new() }
    }

    /// A file whose objects other than streams go into one compressed object stream.
    pub(crate) fn compact(capacity: usize) -> Writer {
        Writer { packed: Some(Packed::default()), ..Writer::new(capacity) }
    }

    /// A number for an object that is written later.
    pub(crate) fn reserve(&mut self) -> Ref {
        self.offsets.push(0);
        Ref(u32::try_from(self.offsets.len()).unwrap_or(u32::MAX))
    }

    fn begin(&mut self, r: Ref) {
        if let Some(slot) = self.offsets.get_mut(r.0 as usize - 1) {
            *slot = self.out.len();
        }
        integer(&mut self.out, u64::from(r.0));
        self.out.extend_from_slice(b" 0 obj\n");
    }

    /// Writes object `r` whose body (a dictionary, an array, …) is `body`.
    pub(crate) fn object(&mut self, r: Ref, body: &[u8]) {
        if let Some(packed) = &mut self.packed {
            packed.objects.push((r.0, packed.data.len()));
            packed.data.extend_from_slice(body);
            packed.data.push(b'\n');
            return;
        }
        self.begin(r);
        self.out.extend_from_slice(body);
        self.out.extend_from_slice(b"\nendobj\n");
    }

    /// Writes stream object `r`: its dictionary holds the entries `entries` (without `<<`
    /// and `>>`), and `/Length` and `/Filter` as `data` is written. With `compress`, the data
    /// is compressed with Flate when that makes it smaller.
    pub(crate) fn stream(&mut self, r: Ref, entries: &[u8], data: &[u8], compress: bool) {
        let mut scratch = std::mem::take(&mut self.scratch);
        let filter = compress && deflate(data, &mut scratch) && scratch.len() < data.len();
        let bytes = if filter { scratch.as_slice() } else { data };
        self.begin(r);
        self.out.extend_from_slice(b"<<");
        self.out.extend_from_slice(entries);
        self.out.extend_from_slice(b" /Length ");
        integer(&mut self.out, bytes.len() as u64);
        if filter {
            self.out.extend_from_slice(b" /Filter /FlateDecode");
        }
        self.out.extend_from_slice(b" >>\nstream\n");
        self.out.extend_from_slice(bytes);
        // The end-of-line marker before `endstream` is not part of the data. Data that ends
        // in a carriage return followed by a bare line feed would read as data one byte short
        // ending in CR LF, so such data gets a CR LF of its own (ISO 32000-1, 7.3.8.1).
        if bytes.last() == Some(&b'\r') {
            self.out.push(b'\r');
        }
        self.out.extend_from_slice(b"\nendstream\nendobj\n");
        self.scratch = scratch;
    }

    /// Writes the cross-reference table and the trailer, naming `root` and `info`, and
    /// returns the file.
    pub(crate) fn finish(mut self, root: Ref, info: Ref) -> Vec<u8> {
        if let Some(packed) = self.packed.take() {
            return self.finish_compact(packed, root, info);
        }
        let xref = self.out.len();
        let id = hash(&self.out);
        self.out.extend_from_slice(b"xref\n0 ");
        integer(&mut self.out, self.offsets.len() as u64 + 1);
        self.out.extend_from_slice(b"\n0000000000 65535 f \n");
        for offset in &self.offsets {
            let digits = format!("{offset:010}");
            self.out.extend_from_slice(digits.as_bytes());
            self.out.extend_from_slice(b" 00000 n \n");
        }
        self.out.extend_from_slice(b"trailer\n<< /Size ");
        integer(&mut self.out, self.offsets.len() as u64 + 1);
        self.out.extend_from_slice(b" /Root ");
        root.write(&mut self.out);
        self.out.extend_from_slice(b" /Info ");
        info.write(&mut self.out);
        self.out.extend_from_slice(b" /ID [<");
        hex(&mut self.out, &id);
        self.out.extend_from_slice(b"> <");
        hex(&mut self.out, &id);
        self.out.extend_from_slice(b">] >>\nstartxref\n");
        integer(&mut self.out, xref as u64);
        self.out.extend_from_slice(b"\n%%EOF\n");
        self.out
    }
}

impl Writer {
    /// Writes `packed` as one object stream, then the cross-reference stream that names
    /// `root` and `info`, and returns the file.
    fn finish_compact(mut self, packed: Packed, root: Ref, info: Ref) -> Vec<u8> {
        let stream = self.reserve();
        let mut header = Vec::with_capacity(packed.objects.len() * 10 + packed.data.len());
        // Where each packed object is: (object stream, index in it), by number.
        let mut inside = vec![None; self.offsets.len()];
        for (index, (number, start)) in packed.objects.iter().enumerate() {
            integer(&mut header, u64::from(*number));
            header.push(b' ');
            integer(&mut header, *start as u64);
            header.push(b' ');
            if let Some(slot) = inside.get_mut(*number as usize - 1) {
                *slot = Some(index);
            }
        }
        let mut entries = b" /Type /ObjStm /N ".to_vec();
        integer(&mut entries, packed.objects.len() as u64);
        entries.extend_from_slice(b" /First ");
        integer(&mut entries, header.len() as u64);
        header.extend_from_slice(&packed.data);
        self.stream(stream, &entries, &header, true);

        let xref = self.reserve();
        inside.resize(self.offsets.len(), None);
        let at = self.out.len();
        if let Some(slot) = self.offsets.get_mut(xref.0 as usize - 1) {
            *slot = at;
        }
        let id = hash(&self.out);
        // Per object: type (0 free, 1 at an offset, 2 in the object stream), then four bytes
        // of offset or stream number, then two bytes of generation or index (four when the
        // stream holds more objects than two bytes count).
        let wide = packed.objects.len() > usize::from(u16::MAX);
        let index_bytes = |index: u32, table: &mut Vec<u8>| {
            if wide {
                table.extend_from_slice(&index.to_be_bytes());
            } else {
                table.extend_from_slice(&u16::try_from(index).unwrap_or(u16::MAX).to_be_bytes());
            }
        };
        let mut table = vec![0u8, 0, 0, 0, 0];
        index_bytes(0xFFFF, &mut table);
        for (offset, packed) in self.offsets.iter().zip(&inside) {
            let (kind, field, index) = match packed {
                Some(index) => (2u8, stream.0, u32::try_from(*index).unwrap_or(u32::MAX)),
                None => (1, u32::try_from(*offset).unwrap_or(u32::MAX), 0),
            };
            table.push(kind);
            table.extend_from_slice(&field.to_be_bytes());
            index_bytes(index, &mut table);
        }
        let mut entries = b" /Type /XRef /Size ".to_vec();
        integer(&mut entries, self.offsets.len() as u64 + 1);
        entries.extend_from_slice(if wide { b" /W [1 4 4] /Root " } else { b" /W [1 4 2] /Root " });
        root.write(&mut entries);
        entries.extend_from_slice(b" /Info ");
        info.write(&mut entries);
        entries.extend_from_slice(b" /ID [<");
        hex(&mut entries, &id);
        entries.extend_from_slice(b"> <");
        hex(&mut entries, &id);
        entries.extend_from_slice(b">]");
        // Stored as it is: a few hundred bytes, not worth a compressor per letter.
        self.stream(xref, &entries, &table, false);
        self.out.extend_from_slice(b"startxref\n");
        integer(&mut self.out, at as u64);
        self.out.extend_from_slice(b"\n%%EOF\n");
        self.out
    }
}

/// Appends `bytes` as upper-case hexadecimal digits.
pub(crate) fn hex(out: &mut Vec<u8>, bytes: &[u8]) {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    let digit = |n: u8| DIGITS.get(usize::from(n)).copied().unwrap_or(b'0');
    for byte in bytes {
        out.push(digit(byte >> 4));
        out.push(digit(byte & 0xF));
    }
}

/// Appends `text` as a PDF text string: a literal string when it is printable ASCII, else
/// UTF-16BE with a byte order mark, in hexadecimal.
pub(crate) fn text_string(out: &mut Vec<u8>, text: &str) {
    if text.bytes().all(|b| (0x20..0x7F).contains(&b)) {
        out.push(b'(');
        for byte in text.bytes() {
            if matches!(byte, b'(' | b')' | b'\\') {
                out.push(b'\\');
            }
            out.push(byte);
        }
        out.push(b')');
    } else {
        out.extend_from_slice(b"<FEFF");
        for unit in text.encode_utf16() {
            hex(out, &unit.to_be_bytes());
        }
        out.push(b'>');
    }
}

/// A 128-bit hash of `data`, the document id: the same for the same bytes. Two lanes of FNV-1a
/// over 8-byte words (not bytes: eight times fewer multiplications, which each wait for the
/// last), each finished with a mix that spreads every bit over the whole word.
fn hash(data: &[u8]) -> [u8; 16] {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut a: u64 = 0xcbf2_9ce4_8422_2325;
    let mut b: u64 = 0x6c62_272e_07bb_0142;
    let mut words = data.chunks_exact(8);
    for word in &mut words {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(word);
        let word = u64::from_le_bytes(bytes);
        a = (a ^ word).wrapping_mul(PRIME);
        b = (b ^ word.rotate_left(32)).wrapping_mul(PRIME);
    }
    for byte in words.remainder() {
        a = (a ^ u64::from(*byte)).wrapping_mul(PRIME);
        b = (b ^ u64::from(*byte)).wrapping_mul(PRIME);
    }
    let length = data.len() as u64;
    let halves = mix(a ^ length).to_be_bytes().into_iter();
    let halves = halves.chain(mix(b ^ length.rotate_left(32)).to_be_bytes());
    let mut id = [0u8; 16];
    for (slot, byte) in id.iter_mut().zip(halves) {
        *slot = byte;
    }
    id
}

/// The finaliser of SplitMix64: every bit of `x` reaches every bit of the result.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Compresses `data` as a zlib stream into `out`, by libdeflate at its fastest level: for
/// files of a few kilobytes it is three times as fast as zlib at its default level, for a
/// file 2% larger. One compressor per thread, reused. False if it could not.
fn deflate(data: &[u8], out: &mut Vec<u8>) -> bool {
    use libdeflater::{CompressionLvl, Compressor};
    thread_local! {
        // Level 1: libdeflate's `fastest` is level 0, which only stores.
        static DEFLATE: std::cell::RefCell<Compressor> = std::cell::RefCell::new(Compressor::new(
            CompressionLvl::new(1).unwrap_or_default(),
        ));
    }
    DEFLATE.with_borrow_mut(|deflate| {
        out.resize(deflate.zlib_compress_bound(data.len()), 0);
        let size = deflate.zlib_compress(data, out);
        out.truncate(*size.as_ref().unwrap_or(&0));
        size.is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A compact file of `n` small objects besides its catalogue, read back by lopdf.
    fn compact_file(n: u32) {
        let mut w = Writer::compact(1024);
        let catalog = w.reserve();
        let pages = w.reserve();
        let info = w.reserve();
        let objects: Vec<Ref> = (0..n).map(|_| w.reserve()).collect();
        let mut kids = b"<< /Type /Pages /Kids [] /Count 0 >>".to_vec();
        w.object(pages, &kids);
        for (i, r) in objects.iter().enumerate() {
            kids.clear();
            kids.extend_from_slice(format!("<< /N {i} >>").as_bytes());
            w.object(*r, &kids);
        }
        let mut root = b"<< /Type /Catalog /Pages ".to_vec();
        pages.write(&mut root);
        root.extend_from_slice(b" >>");
        w.object(catalog, &root);
        w.object(info, b"<< /Title (t) >>");
        let bytes = w.finish(catalog, info);
        let text = String::from_utf8_lossy(&bytes);
        let wide = n > u32::from(u16::MAX);
        assert!(text.contains(if wide { "/W [1 4 4]" } else { "/W [1 4 2]" }), "{n}");
        let doc = lopdf::Document::load_mem(&bytes).unwrap();
        let last = objects.last().unwrap().0;
        let dict = doc.get_object((last, 0)).unwrap().as_dict().unwrap();
        assert_eq!(dict.get(b"N").unwrap().as_i64().unwrap(), i64::from(n) - 1);
        assert!(doc.catalog().is_ok());
    }

    #[test]
    fn a_compact_file_packs_its_objects_and_lists_them_in_a_cross_reference_stream() {
        compact_file(10);
        // More objects than two bytes count: the index field widens.
        compact_file(70_000);
    }

    #[test]
    fn text_strings_are_literal_or_utf16() {
        let shown = |text: &str| {
            let mut out = Vec::new();
            text_string(&mut out, text);
            String::from_utf8(out).unwrap()
        };
        assert_eq!(shown("Brief (1) a\\b"), "(Brief \\(1\\) a\\\\b)");
        assert_eq!(shown("é"), "<FEFF00E9>");
        assert_eq!(shown("–"), "<FEFF2013>");
    }

    #[test]
    fn the_document_id_changes_with_every_byte_and_only_with_the_bytes() {
        let data: Vec<u8> = (0..1000u32).map(|i| (i * 7 % 251) as u8).collect();
        assert_eq!(hash(&data), hash(&data.clone()));
        let mut seen = std::collections::HashSet::new();
        assert!(seen.insert(hash(&data)));
        for at in [0, 1, 7, 8, 500, 995, 999] {
            for bit in [0, 3, 7] {
                let mut changed = data.clone();
                changed[at] ^= 1 << bit;
                let id = hash(&changed);
                assert!(seen.insert(id), "byte {at}, bit {bit}");
                // Both halves differ: each is mixed on its own.
                assert_ne!(id[..8], hash(&data)[..8]);
                assert_ne!(id[8..], hash(&data)[8..]);
            }
        }
        assert!(seen.insert(hash(&data[..999])));
        assert!(seen.insert(hash(&[data.as_slice(), &[0]].concat())));
    }

    #[test]
    fn a_file_has_its_objects_where_the_table_says() {
        let mut w = Writer::new(1024);
        let root = w.reserve();
        let info = w.reserve();
        let data = w.reserve();
        w.object(root, b"<< /Type /Catalog >>");
        w.object(info, b"<< /Title (x) >>");
        w.stream(data, b" /Type /Test", &[b'a'; 500], true);
        let file = w.finish(root, info);
        let text = String::from_utf8_lossy(&file);
        let xref = file.windows(5).position(|w| w == b"xref\n").unwrap();
        let tail = String::from_utf8_lossy(&file[xref..]);
        let table: Vec<usize> =
            tail.lines().skip(3).take(3).map(|l| l[..10].parse().unwrap()).collect();
        for (n, offset) in table.iter().enumerate() {
            assert!(file[*offset..].starts_with(format!("{} 0 obj\n", n + 1).as_bytes()), "{n}");
        }
        assert!(text.contains("/Length 1") && text.contains("/Filter /FlateDecode"), "{text}");
        assert!(text.ends_with(&format!("startxref\n{xref}\n%%EOF\n")));
        // The same objects give the same id; other objects another one.
        let again = {
            let mut w = Writer::new(1024);
            let (root, info) = (w.reserve(), w.reserve());
            w.object(root, b"<< /Type /Catalog >>");
            w.object(info, b"<< /Title (y) >>");
            w.finish(root, info)
        };
        let id = |f: &[u8]| String::from_utf8_lossy(f).split("/ID [").nth(1).unwrap().to_owned();
        assert_ne!(id(&file), id(&again));
    }

    #[test]
    fn data_ending_in_a_carriage_return_keeps_its_length_before_endstream() {
        for (data, eol) in [
            (&b"q 1 0 0 1 0 0 cm\r"[..], &b"\r\nendstream"[..]),
            (&b"abc\n"[..], &b"\nendstream"[..]),
            (&b"abc"[..], &b"\nendstream"[..]),
        ] {
            let mut w = Writer::new(256);
            let (root, info, stream) = (w.reserve(), w.reserve(), w.reserve());
            w.object(root, b"<< /Type /Catalog >>");
            w.object(info, b"<< /Title (x) >>");
            w.stream(stream, b" /Type /Test", data, false);
            let file = w.finish(root, info);
            let start = file.windows(7).position(|w| w == b"stream\n").unwrap() + 7;
            let end = file.windows(9).position(|w| w == b"endstream").unwrap() + 9;
            // The data, then exactly one end-of-line marker, then `endstream`.
            assert_eq!(&file[start..start + data.len()], data);
            assert_eq!(&file[start + data.len()..end], eol, "{data:?}");
            // A reader that drops the marker before `endstream` gets `/Length` bytes back.
            let marker = if file[end - 11] == b'\r' { 2 } else { 1 };
            assert_eq!(end - 9 - marker - start, data.len(), "{data:?}");
        }
    }
}
