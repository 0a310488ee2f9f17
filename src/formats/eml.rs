//! An e-mail draft as an `.eml` file (RFC 5322 with MIME): headers from the document's
//! [`Envelope`], the text as plain text and as HTML, and the letter's PDF attached when the
//! document is a letter. `X-Unsent: 1` makes Outlook open it as a draft to send; Thunderbird
//! and Apple Mail open it as a message.
//!
//! The date is the document's date at nine in the morning, Dutch time; the Message-ID and
//! the MIME boundaries come from the case, so the same case gives the same bytes.

use chrono::{Datelike, NaiveDate};
use mail_builder::MessageBuilder;
use mail_builder::headers::address::Address;
use mail_builder::headers::content_type::ContentType;
use mail_builder::headers::raw::Raw;
use mail_builder::mime::MimePart;

use crate::documents::mail::{Envelope, Mailbox};
use crate::formats::blocks::{Block, Inline, Kind, Weight};
use crate::formats::xml_text;

/// Why no e-mail could be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmlError {
    /// The case lacks addresses; `fields` are the keys to add.
    NoAddress {
        /// The case-file keys to fill in: `sender.email`, `supplier.email`, or both.
        fields: Vec<&'static str>,
    },
}

/// A file to attach: its name and bytes.
#[derive(Debug, Clone, Copy)]
pub struct Attachment<'a> {
    /// The file name shown in the e-mail.
    pub name: &'a str,
    /// The PDF.
    pub bytes: &'a [u8],
}

/// The e-mail with `envelope`'s headers, `body` as its text and `attachment`, if any.
pub fn write(
    envelope: &Envelope,
    body: &[Block],
    attachment: Option<Attachment<'_>>,
) -> Result<Vec<u8>, EmlError> {
    let (Some(from), Some(to)) = (&envelope.from, &envelope.to) else {
        return Err(EmlError::NoAddress { fields: envelope.missing() });
    };
    let domain = from.address.rsplit_once('@').map_or("ingebrekestelling.invalid", |(_, d)| d);
    let key = &envelope.key;

    let text = MimePart::new(
        ContentType::new("multipart/alternative").attribute("boundary", format!("=_{key}_alt")),
        vec![
            MimePart::new("text/plain", plain_text(body)).language("nl"),
            MimePart::new("text/html", html(body, &envelope.subject)).language("nl"),
        ],
    );
    let message = match attachment {
        Some(file) => MimePart::new(
            ContentType::new("multipart/mixed").attribute("boundary", format!("=_{key}_mix")),
            vec![text, MimePart::new("application/pdf", file.bytes).attachment(file.name)],
        ),
        None => text,
    };
    let mut builder = MessageBuilder::new()
        .from(address(from))
        .to(address(to))
        .subject(envelope.subject.as_str())
        .header("Date", Raw::new(date(envelope.date)))
        .message_id(format!("{key}@{domain}"))
        .header("X-Unsent", Raw::new("1"))
        .header("Content-Language", Raw::new("nl"));
    if !envelope.cc.is_empty() {
        builder = builder.cc(envelope.cc.iter().map(address).collect::<Vec<_>>());
    }
    // Writing to memory cannot fail.
    Ok(builder.body(message).write_to_vec().unwrap_or_default())
}

fn address(mailbox: &Mailbox) -> Address<'_> {
    Address::new_address(Some(mailbox.name.as_str()), mailbox.address.as_str())
}

/// `date` at 09:00 Dutch time as RFC 5322 writes it: "Tue, 01 Dec 2026 09:00:00 +0100".
pub fn date(date: NaiveDate) -> String {
    let offset = if summer_time(date) { "+0200" } else { "+0100" };
    format!("{} 09:00:00 {offset}", date.format("%a, %d %b %Y"))
}

/// Whether 09:00 on `date` is in Central European Summer Time: from the last Sunday of March
/// to the day before the last Sunday of October.
fn summer_time(date: NaiveDate) -> bool {
    let last_sunday = |month: u32| {
        NaiveDate::from_ymd_opt(date.year(), month, 31).map(|end| {
            let back = end.weekday().num_days_from_sunday();
            end - chrono::Days::new(u64::from(back))
        })
    };
    match (last_sunday(3), last_sunday(10)) {
        (Some(start), Some(end)) => date >= start && date < end,
        _ => false,
    }
}

/// The text of `blocks` as plain text: paragraphs apart by an empty line, list items with
/// their numbers or dashes and a hanging indent, no Markdown marks.
pub fn plain_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut previous: Option<&Block> = None;
    for block in blocks {
        if let Some(previous) = previous {
            let tight = block.tight
                && block.marker.is_some()
                && previous.tight
                && previous.depth == block.depth
                && previous.marker.as_deref().map(numbered)
                    == block.marker.as_deref().map(numbered);
            out.push_str(if tight { "\n" } else { "\n\n" });
        }
        previous = Some(block);
        let indent = "   ".repeat(block.depth.saturating_sub(1));
        let (first, hang) = match &block.marker {
            Some(marker) => {
                let first = format!("{indent}{marker} ");
                let hang = " ".repeat(first.chars().count());
                (first, hang)
            }
            None if block.depth > 0 => (format!("{indent}   "), format!("{indent}   ")),
            None => (String::new(), String::new()),
        };
        out.push_str(&first);
        for inline in &block.inlines {
            match inline {
                Inline::Text(_, text) => out.push_str(text),
                Inline::Break => {
                    out.push('\n');
                    out.push_str(&hang);
                }
            }
        }
    }
    out.push('\n');
    out
}

/// The text of `blocks` as a small HTML document: paragraphs, headings, bold, line breaks,
/// and numbered and bulleted lists.
pub fn html(blocks: &[Block], title: &str) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{}</title>\n</head>\n<body>\n",
        xml_text(title)
    );
    // The lists open, outermost first: whether each is numbered.
    let mut open: Vec<bool> = Vec::new();
    let close = |out: &mut String, numbered: bool| {
        out.push_str(if numbered { "</li>\n</ol>\n" } else { "</li>\n</ul>\n" });
    };
    for block in blocks {
        // Lists deeper than this block end; so does one of the other kind at its depth.
        let kind = block.marker.as_deref().map(numbered);
        while open.len() > block.depth
            || (open.len() == block.depth && kind.is_some_and(|k| open.last() != Some(&k)))
        {
            if let Some(numbered) = open.pop() {
                close(&mut out, numbered);
            }
        }
        if let Some(numbered) = kind {
            if open.len() == block.depth {
                out.push_str("</li>\n");
            }
            while open.len() < block.depth {
                open.push(numbered);
                out.push_str(if numbered { "<ol>\n" } else { "<ul>\n" });
            }
            out.push_str("<li>");
        }
        let tag = match block.kind {
            Kind::Title => "h1",
            Kind::Heading => "h2",
            Kind::Paragraph => "p",
        };
        out.push_str(&format!("<{tag}>"));
        for inline in &block.inlines {
            match inline {
                Inline::Text(Weight::Bold, text) if block.kind == Kind::Paragraph => {
                    out.push_str(&format!("<strong>{}</strong>", xml_text(text)));
                }
                Inline::Text(_, text) => out.push_str(&xml_text(text)),
                Inline::Break => out.push_str("<br>\n"),
            }
        }
        out.push_str(&format!("</{tag}>\n"));
    }
    while let Some(numbered) = open.pop() {
        close(&mut out, numbered);
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// Whether a list marker is a number ("1.") rather than a dash.
fn numbered(marker: &str) -> bool {
    marker.ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::blocks;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_are_dutch_time_in_winter_and_summer() {
        assert_eq!(date(d(2026, 12, 1)), "Tue, 01 Dec 2026 09:00:00 +0100");
        assert_eq!(date(d(2026, 3, 28)), "Sat, 28 Mar 2026 09:00:00 +0100");
        assert_eq!(date(d(2026, 3, 29)), "Sun, 29 Mar 2026 09:00:00 +0200");
        assert_eq!(date(d(2026, 10, 24)), "Sat, 24 Oct 2026 09:00:00 +0200");
        assert_eq!(date(d(2026, 10, 25)), "Sun, 25 Oct 2026 09:00:00 +0100");
    }

    #[test]
    fn text_and_html_keep_lists_bold_and_breaks_without_markdown_marks() {
        let md = "Geachte heer,\n\n**Wat:** x & y\n\n1.   Een\n\n     Meer.\n\n2.   Twee\n\n\
                  - a\n- b\n\nGroet,\\\nJan";
        let blocks = blocks::parse(md).unwrap();
        let text = plain_text(&blocks);
        assert_eq!(
            text,
            "Geachte heer,\n\nWat: x & y\n\n1. Een\n\n   Meer.\n\n2. Twee\n\n– a\n– b\n\n\
             Groet,\nJan\n"
        );
        let html = html(&blocks, "Onderwerp <x>");
        assert!(html.contains("<title>Onderwerp &lt;x&gt;</title>"), "{html}");
        assert!(html.contains("<p><strong>Wat:</strong> x &amp; y</p>"), "{html}");
        assert!(
            html.contains(
                "<ol>\n<li><p>Een</p>\n<p>Meer.</p>\n</li>\n<li><p>Twee</p>\n</li>\n</ol>"
            ),
            "{html}"
        );
        assert!(html.contains("<ul>\n<li><p>a</p>\n</li>\n<li><p>b</p>\n</li>\n</ul>"), "{html}");
        assert!(html.contains("<p>Groet,<br>\nJan</p>"), "{html}");
        assert!(!text.contains("**") && !html.contains("**"));
    }
}
