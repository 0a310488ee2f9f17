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
    /// Turns a file's bytes into a source: at most [`MAX_FILE_BYTES`], UTF-8, a leading BOM
    /// removed. CRLF line endings are left to the YAML reader, which accepts them.
    pub fn from_bytes(path: impl Into<PathBuf>, bytes: Vec<u8>) -> Result<Source, TextError> {
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
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    /// More than [`MAX_FILE_BYTES`]. The file is read no further than that, so its size is not
    /// known.
    #[error(
        "the file is larger than 1 MiB; a case file may be at most 1 MiB ({MAX_FILE_BYTES} bytes)"
    )]
    TooLarge {
        /// The bytes read: the limit and one more.
        bytes: usize,
    },
    /// Not valid UTF-8.
    #[error(
        "the file is not UTF-8 text: the byte at offset {byte} (line {line}, column {column}) is \
         not valid"
    )]
    NotUtf8 {
        /// Offset of the first invalid byte, counted from 0.
        byte: usize,
        /// Line of that byte, from 1.
        line: u32,
        /// Column of that byte, from 1.
        column: u32,
    },
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
    fn reports_invalid_utf8_with_position() {
        let err = Source::from_bytes("a.yaml", b"a: 1\nb: \xe9t\xe9\n".to_vec()).unwrap_err();
        assert_eq!(err, TextError::NotUtf8 { byte: 8, line: 2, column: 4 });
        assert!(err.to_string().contains("offset 8 (line 2, column 4)"));
    }

    #[test]
    fn refuses_files_over_the_limit() {
        let err = Source::from_bytes("a.yaml", vec![b' '; MAX_FILE_BYTES + 1]).unwrap_err();
        assert!(matches!(err, TextError::TooLarge { .. }));
        assert!(Source::from_bytes("a.yaml", vec![b' '; MAX_FILE_BYTES]).is_ok());
    }
}
