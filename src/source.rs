//! Case-file text and where things are in it.
//!
//! A [`Source`] is one file's name and text; [`Sources`] holds a case file and the base files it
//! extends, so that a problem found anywhere can be reported with the right file, line and
//! column. Turning bytes into text (size limit, UTF-8, BOM) also lives here: it is the first
//! place a hand-written file can be wrong.

use std::fmt;
use std::path::{Path, PathBuf};

/// The largest case file accepted, in bytes. A real case file is a few kilobytes.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;

/// Identifies one file within a [`Sources`] set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub(crate) u16);

/// A place in a source file: 1-based line and column (in characters), and the length of the
/// marked text in characters (0 when only a position is known).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// The file the place is in.
    pub file: FileId,
    /// Line, counted from 1.
    pub line: u32,
    /// Column, counted from 1, in characters.
    pub column: u32,
    /// Number of characters marked, at least 1 when the text is known.
    pub len: u32,
}

/// One file's name (as shown to the user) and its text.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as the user wrote it, or as resolved from an `extends` key.
    pub path: PathBuf,
    /// The decoded text, without a byte-order mark.
    pub text: String,
}

impl Source {
    /// Turns a file's bytes into a source: not a document of another kind (Word, PDF, …), at
    /// most [`MAX_FILE_BYTES`], UTF-8, a leading BOM removed. CRLF line endings are left to the
    /// YAML reader, which accepts them.
    pub fn from_bytes(path: impl Into<PathBuf>, bytes: Vec<u8>) -> Result<Source, TextError> {
        if let Some(kind) = NotText::sniff(&bytes) {
            return Err(TextError::NotText(kind));
        }
        if bytes.len() > MAX_FILE_BYTES {
            return Err(TextError::TooLarge { bytes: bytes.len() });
        }
        let mut text = String::from_utf8(bytes).map_err(|e| {
            let err = e.utf8_error();
            let at = err.valid_up_to();
            let (line, column) = line_column_of(e.as_bytes(), at);
            TextError::NotUtf8 { byte: at, line, column }
        })?;
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        Ok(Source { path: path.into(), text })
    }

    /// The text of line `line` (1-based), without its line ending.
    pub fn line(&self, line: u32) -> Option<&str> {
        let index = usize::try_from(line).ok()?.checked_sub(1)?;
        self.text.split('\n').nth(index).map(|l| l.strip_suffix('\r').unwrap_or(l))
    }
}

/// Line and column (1-based) of a byte offset in possibly invalid UTF-8, for error messages.
fn line_column_of(bytes: &[u8], at: usize) -> (u32, u32) {
    let before = bytes.get(..at).unwrap_or(bytes);
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|b| *b == b'\n').map_or(0, |p| p + 1);
    let column =
        String::from_utf8_lossy(before.get(line_start..).unwrap_or_default()).chars().count() + 1;
    (u32::try_from(line).unwrap_or(u32::MAX), u32::try_from(column).unwrap_or(u32::MAX))
}

/// Why a file's bytes are not usable as case-file text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    /// More than [`MAX_FILE_BYTES`]. The file is read no further than that, so its size is not
    /// known.
    TooLarge {
        /// The bytes read: the limit and one more.
        bytes: usize,
    },
    /// Text, but not in UTF-8 (most often Windows-1252, which Windows calls "ANSI").
    NotUtf8 {
        /// Offset of the first invalid byte, counted from 0.
        byte: usize,
        /// Line of that byte, from 1.
        line: u32,
        /// Column of that byte, from 1.
        column: u32,
    },
    /// Not a text file at all: a document of another kind, recognised by its first bytes.
    NotText(NotText),
}

/// A kind of file that people give where a case file belongs, recognised by its first bytes
/// (its "magic number"). None of them is ever shown as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotText {
    /// A Word document (`.docx`).
    Word,
    /// An OpenDocument text (`.odt`, LibreOffice Writer).
    OpenDocumentText,
    /// Another OpenDocument file (`.ods`, `.odp`).
    OpenDocument,
    /// An Excel workbook (`.xlsx`).
    Excel,
    /// A PowerPoint presentation (`.pptx`).
    PowerPoint,
    /// Another ZIP archive.
    Zip,
    /// A PDF document.
    Pdf,
    /// Rich Text Format (WordPad, Word).
    Rtf,
    /// An Office document of before 2007 (`.doc`, `.xls`): an OLE2 compound file.
    OldOffice,
    /// A picture (PNG, JPEG, GIF).
    Image,
    /// Text saved as UTF-16 ("Unicode" in Windows Notepad).
    Utf16,
    /// Something else that is not text.
    Binary,
}

impl NotText {
    /// What `bytes` are, when they are clearly not a text file.
    pub fn sniff(bytes: &[u8]) -> Option<NotText> {
        let start = bytes.get(..bytes.len().min(8192)).unwrap_or(bytes);
        let trimmed = start.trim_ascii_start();
        if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
            return Some(zip_kind(bytes));
        }
        if trimmed.starts_with(b"%PDF-") {
            return Some(NotText::Pdf);
        }
        if trimmed.starts_with(b"{\\rtf") {
            return Some(NotText::Rtf);
        }
        if bytes.starts_with(&[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) {
            return Some(NotText::OldOffice);
        }
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n")
            || bytes.starts_with(&[0xff, 0xd8, 0xff])
            || bytes.starts_with(b"GIF87a")
            || bytes.starts_with(b"GIF89a")
        {
            return Some(NotText::Image);
        }
        if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) || is_utf16(start) {
            return Some(NotText::Utf16);
        }
        // Text in another encoding (Windows-1252) has some bytes that are not UTF-8, but no NUL
        // bytes and few control characters. (A NUL in UTF-8 text is left to the YAML reader,
        // which shows where it is.)
        if std::str::from_utf8(bytes).is_err() {
            let controls =
                start.iter().filter(|b| matches!(b, 0..=8 | 14..=26 | 28..=31 | 0x7f)).count();
            if start.contains(&0) || controls * 20 > start.len() {
                return Some(NotText::Binary);
            }
        }
        None
    }
}

/// The kind of office document a ZIP archive is, from the names of the files in it.
fn zip_kind(bytes: &[u8]) -> NotText {
    // An OpenDocument file starts with a file `mimetype` that holds its type, uncompressed.
    if bytes.get(30..38) == Some(b"mimetype") {
        let mime = bytes.get(38..).unwrap_or_default();
        if mime.starts_with(b"application/vnd.oasis.opendocument.text") {
            return NotText::OpenDocumentText;
        }
        if mime.starts_with(b"application/vnd.oasis.opendocument.") {
            return NotText::OpenDocument;
        }
    }
    for name in zip_names(bytes) {
        if name.starts_with(b"word/") {
            return NotText::Word;
        }
        if name.starts_with(b"xl/") {
            return NotText::Excel;
        }
        if name.starts_with(b"ppt/") {
            return NotText::PowerPoint;
        }
    }
    NotText::Zip
}

/// The names of the files in a ZIP archive, as far as the bytes read reach: from each local
/// file header (`PK 03 04`, name at offset 30) and central directory entry (`PK 01 02`, name
/// at offset 46).
fn zip_names(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    let headers = bytes.windows(4).enumerate().filter_map(|(at, w)| match w {
        b"PK\x03\x04" => Some((at, 26, 30)),
        b"PK\x01\x02" => Some((at, 28, 46)),
        _ => None,
    });
    headers.filter_map(|(at, len_at, name_at)| {
        let len = bytes.get(at + len_at..at + len_at + 2)?;
        let len = usize::from(u16::from_le_bytes([*len.first()?, *len.get(1)?]));
        bytes.get(at + name_at..at + name_at + len)
    })
}

/// Whether `bytes` look like UTF-16 text without a byte-order mark: ASCII characters with a
/// NUL byte after (or before) each of them.
fn is_utf16(bytes: &[u8]) -> bool {
    let pairs: Vec<&[u8]> = bytes.chunks_exact(2).take(32).collect();
    if pairs.len() < 4 {
        return false;
    }
    let ascii = |b: u8| b.is_ascii_graphic() || b.is_ascii_whitespace();
    let little = pairs.iter().all(|p| p.get(1) == Some(&0) && p.first().is_some_and(|b| ascii(*b)));
    let big = pairs.iter().all(|p| p.first() == Some(&0) && p.get(1).is_some_and(|b| ascii(*b)));
    little || big
}

/// The text of bytes that are not all UTF-8, for showing a line of it: what is UTF-8 stays as
/// it is, every other byte is read as Windows-1252 (what Windows calls "ANSI"), so `Z\xfcrich`
/// shows as `Zürich`, as the user's editor shows it.
pub fn decode_lossy(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        text.extend(chunk.invalid().iter().map(|b| windows_1252(*b)));
    }
    text
}

/// A byte of Windows-1252 as a character; the five bytes it leaves undefined become `�`.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{fffd}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{fffd}', 'Ž',
        '\u{fffd}', '\u{fffd}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ',
        '\u{fffd}', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH.get(usize::from(byte - 0x80)).copied().unwrap_or('\u{fffd}'),
        _ => char::from(byte),
    }
}

/// The files one case was read from: the case file first, then each base file it extends.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    files: Vec<Source>,
}

impl Sources {
    /// Adds a file and returns its id.
    pub(crate) fn add(&mut self, source: Source) -> FileId {
        let id = FileId(u16::try_from(self.files.len()).unwrap_or(u16::MAX));
        self.files.push(source);
        id
    }

    /// The file with this id.
    pub fn get(&self, id: FileId) -> Option<&Source> {
        self.files.get(usize::from(id.0))
    }

    /// The path of the file with this id, for messages.
    pub fn path(&self, id: FileId) -> &Path {
        self.get(id).map_or(Path::new("?"), |s| s.path.as_path())
    }

    /// All files, the case file first.
    pub fn iter(&self) -> impl Iterator<Item = &Source> {
        self.files.iter()
    }

    /// The case file itself.
    pub fn root(&self) -> Option<&Source> {
        self.files.first()
    }
}

/// A place, shown as `file:line:column`.
pub struct DisplaySpan<'a>(pub &'a Sources, pub Span);

impl fmt::Display for DisplaySpan<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.0.path(self.1.file).display(), self.1.line, self.1.column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_bom_and_keeps_crlf() {
        let s = Source::from_bytes("a.yaml", b"\xef\xbb\xbfa: 1\r\nb: 2\r\n".to_vec()).unwrap();
        assert_eq!(s.text, "a: 1\r\nb: 2\r\n");
        assert_eq!(s.line(2), Some("b: 2"));
        assert_eq!(s.line(4), None);
    }

    #[test]
    fn reports_invalid_utf8_with_position_and_shows_it_as_windows_1252() {
        let bytes = b"a: 1\nb: \xe9t\xe9 \x80 \xe2\x82\xac\n";
        let err = Source::from_bytes("a.yaml", bytes.to_vec()).unwrap_err();
        assert_eq!(err, TextError::NotUtf8 { byte: 8, line: 2, column: 4 });
        assert_eq!(decode_lossy(bytes), "a: 1\nb: été € €\n");
    }

    #[test]
    fn recognises_documents_that_are_not_text() {
        let kind = |bytes: &[u8]| NotText::sniff(bytes);
        let zip = |name: &str| {
            let mut b = b"PK\x03\x04".to_vec();
            b.extend([0; 22]);
            b.extend(u16::try_from(name.len()).unwrap().to_le_bytes());
            b.extend([0, 0]);
            b.extend(name.as_bytes());
            b.extend(b"\x00\x9c\xff rest");
            b
        };
        let mut docx = zip("[Content_Types].xml");
        docx.extend(zip("word/document.xml"));
        assert_eq!(kind(&docx), Some(NotText::Word));
        assert_eq!(kind(&zip("xl/workbook.xml")), Some(NotText::Excel));
        assert_eq!(kind(&zip("ppt/slides/1.xml")), Some(NotText::PowerPoint));
        assert_eq!(kind(&zip("foto.jpg")), Some(NotText::Zip));
        let mut odt = zip("mimetype");
        odt.truncate(38);
        odt.extend(b"application/vnd.oasis.opendocument.textPK");
        assert_eq!(kind(&odt), Some(NotText::OpenDocumentText));
        assert_eq!(kind(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), Some(NotText::Pdf));
        assert_eq!(kind(b"{\\rtf1\\ansi\\deff0 {\\fonttbl}}"), Some(NotText::Rtf));
        assert_eq!(
            kind(&[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
            Some(NotText::OldOffice)
        );
        assert_eq!(kind(b"\xff\xfel\x00e\x00"), Some(NotText::Utf16));
        assert_eq!(kind(b"l\x00e\x00t\x00t\x00e\x00r\x00:\x00\n\x00"), Some(NotText::Utf16));
        assert_eq!(kind(b"\x89PNG\r\n\x1a\n\x00\x00"), Some(NotText::Image));
        assert_eq!(kind(b"\x01\x02\x03\x04\xff\x00\x13"), Some(NotText::Binary));
        // Text, also in another encoding, is text; a NUL in valid UTF-8 is left to the reader.
        assert_eq!(kind(b"letter:\n  place: Z\xfcrich\n"), None);
        assert_eq!(kind(b"# %PDF-1.7 is not at the start\nletter: {}\n"), None);
        assert_eq!(kind("letter:\n  place: “Utrecht”\n".as_bytes()), None);
        let err = Source::from_bytes("a.yaml", docx).unwrap_err();
        assert_eq!(err, TextError::NotText(NotText::Word));
    }

    #[test]
    fn refuses_files_over_the_limit() {
        let err = Source::from_bytes("a.yaml", vec![b' '; MAX_FILE_BYTES + 1]).unwrap_err();
        assert!(matches!(err, TextError::TooLarge { .. }));
        assert!(Source::from_bytes("a.yaml", vec![b' '; MAX_FILE_BYTES]).is_ok());
    }
}
