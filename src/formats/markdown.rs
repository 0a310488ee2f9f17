//! Markdown text: the letter as `--format md` writes it and as the typesetter reads it.
//!
//! User text goes into Markdown through [`escape`]: characters that Markdown would read as
//! markup (`*`, `_`, `<b>`, `[`, a `#` or `1.` at the start of a line, …) are escaped so a
//! reader shows them literally; a blank line starts a new paragraph and a single line break
//! is kept as a hard break.

use std::fmt;

/// A letter in Markdown (CommonMark).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Markdown(pub String);

impl Markdown {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Markdown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Escapes user text for Markdown. Paragraphs (separated by blank lines) stay paragraphs; a
/// single line break becomes a hard break. Lines after the first are indented by `indent`
/// spaces, so the text can continue a list item.
pub fn escape(text: &str, indent: usize) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    // A line ends at `\n`, `\r\n` or a lone `\r`.
    let lines = text.split('\n').flat_map(|l| l.strip_suffix('\r').unwrap_or(l).split('\r'));
    // Whether a line has been written, and whether a blank line came after the last one.
    let (mut written, mut blank) = (false, false);
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            blank = written;
            continue;
        }
        if written {
            // A new paragraph after a blank line, else a hard break.
            out.push_str(if blank { "\n\n" } else { "\\\n" });
            out.extend(std::iter::repeat_n(' ', indent));
        }
        escape_line(line, &mut out);
        (written, blank) = (true, false);
    }
    out
}

/// Escapes one line of text (no line breaks in it).
fn escape_line(line: &str, out: &mut String) {
    let spaced;
    let line = if line.contains('\t') {
        spaced = line.replace('\t', " ");
        spaced.as_str()
    } else {
        line
    };
    let rest = escape_line_start(line, out);
    // The characters to escape are ASCII: the text between them is copied as it is.
    // Two spaces at the end of a line would be a hard break; the line is trimmed, so only a
    // no-break space can stand there, which Markdown leaves alone.
    let mut copied = 0;
    for (i, b) in rest.bytes().enumerate() {
        let escaped = match b {
            b'\\' | b'`' | b'*' | b'_' | b'[' | b']' | b'<' | b'>' | b'|' | b'~' => true,
            b'&' => looks_like_entity(rest.get(i..).unwrap_or("")),
            _ => false,
        };
        if escaped {
            out.push_str(rest.get(copied..i).unwrap_or(""));
            out.push('\\');
            copied = i;
        }
    }
    out.push_str(rest.get(copied..).unwrap_or(""));
}

/// Escapes what would start a block at the beginning of a line (`#`, `>`, `-`, `+`, `=`, a
/// number followed by `.` or `)`), writing the escaped start to `out` and returning the rest.
fn escape_line_start<'a>(line: &'a str, out: &mut String) -> &'a str {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        let after = line.get(digits..).unwrap_or("");
        if let Some(marker @ ('.' | ')')) = after.chars().next() {
            let tail = after.get(1..).unwrap_or("");
            if tail.is_empty() || tail.starts_with(' ') {
                out.push_str(line.get(..digits).unwrap_or(""));
                out.push('\\');
                out.push(marker);
                return tail;
            }
        }
        return line;
    }
    match line.chars().next() {
        Some(c @ ('#' | '-' | '+' | '=')) => {
            out.push('\\');
            out.push(c);
            line.get(1..).unwrap_or("")
        }
        _ => line,
    }
}

/// `&amp;`, `&#123;`, `&#x1F;`: text that a Markdown reader would turn into a character.
fn looks_like_entity(text: &str) -> bool {
    let Some(body) = text.strip_prefix('&') else {
        return false;
    };
    let name: String = body.chars().take_while(|c| *c != ';').collect();
    body.len() > name.len()
        && !name.is_empty()
        && name.len() <= 32
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '#')
}

/// The Markdown as a person reads it on a terminal (`preview`): without the backslashes that
/// keep characters literal (`\_\_\_` reads `___`, a line to write on) or that end a line
/// with a hard break. Headings, `**bold**` and lists stay as they are: they read well as text.
pub fn for_reading(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for line in markdown.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        let mut chars = body.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek()) {
                // An escaped punctuation character is the character itself.
                ('\\', Some(next)) if next.is_ascii_punctuation() => {
                    out.push(*next);
                    chars.next();
                }
                // A backslash at the end of a line is a hard break: the line end says it.
                ('\\', None) if !end.is_empty() => {}
                _ => out.push(c),
            }
        }
        out.push_str(end);
    }
    out
}

/// The escape function for templates with autoescape: `{{ value }}` in a `.md` template.
pub(crate) fn escape_for_template(
    input: &str,
    output: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    output.write_all(escape(input, 0).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};

    /// The plain text a CommonMark reader shows, with paragraph ends as `¶` and hard breaks as
    /// `↵`, and a marker for anything that is not a plain paragraph.
    fn shown(markdown: &str) -> String {
        let mut out = String::new();
        for event in Parser::new(markdown) {
            match event {
                Event::Text(t) => out.push_str(&t),
                Event::HardBreak => out.push('↵'),
                Event::SoftBreak => out.push(' '),
                Event::End(TagEnd::Paragraph) => out.push('¶'),
                Event::Start(Tag::Paragraph) | Event::End(TagEnd::Item | TagEnd::List(_)) => {}
                Event::Start(Tag::Item | Tag::List(_)) => {}
                other => out.push_str(&format!("<{other:?}>")),
            }
        }
        out
    }

    #[test]
    fn markup_in_user_text_shows_literally() {
        let table = [
            "*urgent*",
            "_nu_",
            "# 1",
            "| a | b |",
            "<b>vet</b>",
            "{{ x }} {% if y %}",
            "1. eerste",
            "2026) jaar",
            "- punt",
            "+ plus",
            "> citaat",
            "===",
            "`code`",
            "[link](http://x.nl)",
            "![beeld](x.png)",
            "a\\b",
            "~~weg~~",
            "Jansen &amp; Zn. &copy; & co",
            "99,8% beschikbaar; € 12.500,00",
            "tekst  met  spaties",
        ];
        for text in table {
            assert_eq!(shown(&escape(text, 0)), format!("{text}¶"), "{text}");
        }
    }

    #[test]
    fn paragraphs_and_line_breaks() {
        let text = "Eerste regel\ntweede regel\n\n\nNieuwe alinea\r\n# geen kop";
        assert_eq!(
            escape(text, 0),
            "Eerste regel\\\ntweede regel\n\nNieuwe alinea\\\n\\# geen kop"
        );
        assert_eq!(shown(&escape(text, 0)), "Eerste regel↵tweede regel¶Nieuwe alinea↵# geen kop¶");
    }

    #[test]
    fn indented_text_stays_inside_a_list_item() {
        let item = format!("1.   **Feiten:** {}", escape("a\n\nb\n- c", 5));
        assert_eq!(shown(&item), "<Start(Strong)>Feiten:<End(Strong)> a¶b↵- c¶");
    }

    #[test]
    fn for_reading_drops_the_backslashes_a_reader_does_not_need() {
        let markdown = "**Bellen met:** CloudWerk B.V.\\\n**Over:** a\\_b\n\n\
                        Gesproken met: \\_\\_\\_ op: \\_\\_\n\n\\\\ en 3\\. punt\n";
        assert_eq!(
            for_reading(markdown),
            "**Bellen met:** CloudWerk B.V.\n**Over:** a_b\n\nGesproken met: ___ op: __\n\n\\ en 3. punt\n"
        );
        // Text without escapes is left as it is, to the last byte.
        let plain = "# Kop\n\n- punt één\n- 99,8%\nslot zonder regeleinde";
        assert_eq!(for_reading(plain), plain);
        // What `escape` writes reads back as the text that went in.
        for text in ["*urgent* _nu_", "[link](http://x.nl)", "a\\b", "1. eerste"] {
            assert_eq!(for_reading(&escape(text, 0)), text);
        }
    }

    #[test]
    fn ordinary_text_is_unchanged() {
        let text = "In oktober 2026 was het EPD 97,1% beschikbaar (zie bijlage 1): te laag!";
        assert_eq!(escape(text, 0), text);
    }
}
