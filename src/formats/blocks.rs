//! The document's Markdown read back into blocks, once, for every format that lays text out
//! (the PDF and the Word file).
//!
//! Those formats show the same Markdown that `--format md` writes, read once into the same
//! blocks, so no format can say something the Markdown does not. The templates use a small subset of CommonMark:
//! paragraphs, `##` headings, `**bold**`, numbered and bulleted lists (also with several
//! paragraphs in an item) and hard line breaks. Anything else is a template error, not
//! silently dropped; HTML comments are ignored.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::catalogue::Message;
use crate::msg;

/// Regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    /// Regular.
    Regular,
    /// Bold.
    Bold,
}

/// A piece of inline text.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    /// Text in one weight.
    Text(Weight, String),
    /// A hard line break.
    Break,
}

/// What kind of block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An ordinary paragraph.
    Paragraph,
    /// A heading (`##` and deeper).
    Heading,
    /// A document's title (`#`).
    Title,
}

/// A paragraph or heading, possibly inside a list item.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// Paragraph or heading.
    pub kind: Kind,
    /// The list nesting depth: 0 outside lists.
    pub depth: usize,
    /// The number or bullet of the list item this block starts, if it starts one.
    pub marker: Option<String>,
    /// Whether the block is in a list whose items are single lines (less space between).
    pub tight: bool,
    /// The text.
    pub inlines: Vec<Inline>,
}

impl Block {
    /// The text without formatting.
    pub fn plain(&self) -> String {
        self.inlines
            .iter()
            .map(|i| match i {
                Inline::Text(_, t) => t.as_str(),
                Inline::Break => "\n",
            })
            .collect()
    }

    /// Whether every piece of text is bold (a label such as "Bijlagen").
    pub fn all_bold(&self) -> bool {
        self.inlines.iter().all(|i| match i {
            Inline::Text(w, t) => *w == Weight::Bold || t.trim().is_empty(),
            Inline::Break => true,
        })
    }
}

struct List {
    next: Option<u64>,
    tight: bool,
}

/// The blocks of a Markdown text; what the formats cannot show is an error that says what it is.
pub fn parse(markdown: &str) -> Result<Vec<Block>, Message> {
    let mut blocks = Vec::new();
    let mut lists: Vec<List> = Vec::new();
    let mut current: Option<Block> = None;
    let mut pending_marker: Option<String> = None;
    let mut bold = 0usize;

    let start = |lists: &[List], marker: &mut Option<String>, kind: Kind| Block {
        kind,
        depth: lists.len(),
        marker: marker.take(),
        tight: lists.last().is_some_and(|l| l.tight),
        inlines: Vec::new(),
    };

    let events: Vec<Event<'_>> = Parser::new_ext(markdown, Options::empty()).collect();
    // Whether each list is tight: pulldown-cmark leaves out paragraph events in tight items.
    let mut tightness = Vec::new();
    let mut stack = Vec::new();
    for (i, event) in events.iter().enumerate() {
        match event {
            Event::Start(Tag::List(_)) => {
                stack.push(tightness.len());
                tightness.push((i, true));
            }
            Event::Start(Tag::Paragraph) => {
                if let Some(&top) = stack.last()
                    && let Some(entry) = tightness.get_mut(top)
                {
                    entry.1 = false;
                }
            }
            Event::End(TagEnd::List(_)) => {
                stack.pop();
            }
            _ => {}
        }
    }
    let mut tight_lists = tightness.into_iter();

    for event in events {
        match event {
            Event::Start(Tag::Paragraph) => {
                // The first paragraph of a list item fills the block its item started.
                match current.take() {
                    Some(block) if block.inlines.is_empty() => current = Some(block),
                    other => {
                        blocks.extend(other);
                        current = Some(start(&lists, &mut pending_marker, Kind::Paragraph));
                    }
                }
            }
            Event::Start(Tag::Heading { level, .. }) => {
                let kind = if level == pulldown_cmark::HeadingLevel::H1 {
                    Kind::Title
                } else {
                    Kind::Heading
                };
                current = Some(start(&lists, &mut pending_marker, kind));
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_)) => {
                if let Some(block) = current.take() {
                    blocks.push(block);
                }
            }
            Event::Start(Tag::List(first)) => {
                let tight = tight_lists.next().is_none_or(|(_, t)| t);
                if let Some(block) = current.take().filter(|b| !b.inlines.is_empty()) {
                    blocks.push(block);
                }
                lists.push(List { next: first, tight });
            }
            Event::End(TagEnd::List(_)) => {
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                let marker = match lists.last_mut() {
                    Some(List { next: Some(n), .. }) => {
                        let marker = format!("{n}.");
                        *n += 1;
                        marker
                    }
                    _ => "–".to_owned(),
                };
                pending_marker = Some(marker);
                // A tight item has no paragraph events: its text starts a block right away.
                current = Some(start(&lists, &mut pending_marker, Kind::Paragraph));
            }
            Event::End(TagEnd::Item) => {
                if let Some(block) = current.take().filter(|b| !b.inlines.is_empty()) {
                    blocks.push(block);
                }
            }
            Event::Start(Tag::Strong) => bold += 1,
            Event::End(TagEnd::Strong) => bold = bold.saturating_sub(1),
            Event::Start(Tag::Emphasis) | Event::End(TagEnd::Emphasis) => {}
            Event::Text(text) => {
                let heading =
                    current.as_ref().is_some_and(|b| matches!(b.kind, Kind::Heading | Kind::Title));
                let weight = if bold > 0 || heading { Weight::Bold } else { Weight::Regular };
                let block = current
                    .get_or_insert_with(|| start(&lists, &mut pending_marker, Kind::Paragraph));
                match block.inlines.last_mut() {
                    Some(Inline::Text(w, t)) if *w == weight => t.push_str(&text),
                    _ => block.inlines.push(Inline::Text(weight, text.into_string())),
                }
            }
            Event::SoftBreak => {
                if let Some(block) = current.as_mut() {
                    block.inlines.push(Inline::Text(Weight::Regular, " ".to_owned()));
                }
            }
            Event::HardBreak => {
                if let Some(block) = current.as_mut() {
                    block.inlines.push(Inline::Break);
                }
            }
            Event::Start(Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock) => {}
            Event::Html(html) | Event::InlineHtml(html)
                if html.trim_start().starts_with("<!--") => {}
            other => {
                return Err(msg!("markdown-unsupported", what = describe(&other)));
            }
        }
    }
    if let Some(block) = current.filter(|b| !b.inlines.is_empty()) {
        blocks.push(block);
    }
    Ok(blocks)
}

fn describe(event: &Event<'_>) -> Message {
    match event {
        Event::Start(Tag::BlockQuote(_)) => msg!("markdown-unsupported-quote"),
        Event::Start(Tag::CodeBlock(_)) => msg!("markdown-unsupported-code-block"),
        Event::Code(_) => msg!("markdown-unsupported-code"),
        Event::Start(Tag::Link { .. }) => msg!("markdown-unsupported-link"),
        Event::Start(Tag::Image { .. }) => msg!("markdown-unsupported-image"),
        Event::Rule => msg!("markdown-unsupported-rule"),
        Event::Html(_) | Event::InlineHtml(_) => msg!("markdown-unsupported-html"),
        other => Message::verbatim(format!("{other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(b: &Block) -> String {
        b.inlines
            .iter()
            .map(|i| match i {
                Inline::Text(Weight::Bold, t) => format!("<{t}>"),
                Inline::Text(Weight::Regular, t) => t.clone(),
                Inline::Break => "|".to_owned(),
            })
            .collect()
    }

    #[test]
    fn paragraphs_headings_lists_and_bold() {
        let md = "Geachte heer,\n\n## Kop\n\nEen **vet** woord\\\nnieuwe regel.\n\n\
                  - een\n- twee\n\n1.   **Verplichting:** x\n\n     Meer tekst.\n\n\
                  2.   Tweede\n\n<!-- opmerking -->\n\n**Bijlagen**\n\n1. Bijlage\n";
        let blocks = parse(md).unwrap();
        let shown: Vec<(Kind, usize, Option<String>, bool, String)> =
            blocks.iter().map(|b| (b.kind, b.depth, b.marker.clone(), b.tight, text(b))).collect();
        assert_eq!(
            shown,
            vec![
                (Kind::Paragraph, 0, None, false, "Geachte heer,".to_owned()),
                (Kind::Heading, 0, None, false, "<Kop>".to_owned()),
                (Kind::Paragraph, 0, None, false, "Een <vet> woord|nieuwe regel.".to_owned()),
                (Kind::Paragraph, 1, Some("–".to_owned()), true, "een".to_owned()),
                (Kind::Paragraph, 1, Some("–".to_owned()), true, "twee".to_owned()),
                (Kind::Paragraph, 1, Some("1.".to_owned()), false, "<Verplichting:> x".to_owned()),
                (Kind::Paragraph, 1, None, false, "Meer tekst.".to_owned()),
                (Kind::Paragraph, 1, Some("2.".to_owned()), false, "Tweede".to_owned()),
                (Kind::Paragraph, 0, None, false, "<Bijlagen>".to_owned()),
                (Kind::Paragraph, 1, Some("1.".to_owned()), true, "Bijlage".to_owned()),
            ]
        );
        assert!(blocks[8].all_bold());
    }

    #[test]
    fn unsupported_markdown_is_an_error() {
        for md in ["> citaat", "`code`", "[a](b)", "---", "<b>x</b>", "    code"] {
            assert!(parse(md).is_err(), "{md}");
        }
    }
}
