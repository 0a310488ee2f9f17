//! The formats a document is written in, side by side: each takes the same rendered document
//! and says it in its own way.
//!
//! | format | module | what it is for |
//! | --- | --- | --- |
//! | `md` | [`markdown`] | the text, to read, compare and keep under version control |
//! | `pdf` | [`pdf`] | the letter to print, sign and send |
//! | `docx` | [`docx`] | the letter to edit in Word, for the lawyer who reads along |
//! | `eml` | [`eml`] | the e-mail draft: the letter attached, or a confirmation as the text |
//! | `ics` | [`ics`] | the dates of a notice, for the agenda |
//!
//! The formats that lay text out read the document's Markdown through [`blocks`], once, so
//! they can never say different things.

pub mod blocks;
pub mod docx;
pub mod eml;
pub mod ics;
pub mod markdown;
pub mod pdf;

/// One format a document can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// Markdown text.
    Md,
    /// The print-ready PDF.
    Pdf,
    /// The Word file.
    Docx,
    /// The e-mail draft.
    Eml,
    /// The agenda entries.
    Ics,
}

impl Format {
    /// Every format, in the order `--format all` writes them.
    pub const ALL: [Format; 5] = [Format::Md, Format::Pdf, Format::Docx, Format::Eml, Format::Ics];

    /// The file extension, which is also the name on the command line.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Eml => "eml",
            Format::Ics => "ics",
        }
    }
}

/// Text for XML and HTML (the Word file, the XMP packet, the e-mail's HTML): the five special
/// characters escaped, tabs and line breaks as spaces, and the characters XML 1.0 does not
/// allow left out (a case file cannot hold them; this keeps every file sound regardless).
pub(crate) fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if u32::from(c) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn text_is_escaped_for_xml() {
        assert_eq!(
            super::xml_text("a & b <c> \"d\" 'e'\u{1}\tf"),
            "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; f"
        );
    }
}
