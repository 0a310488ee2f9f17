//! Reading YAML text into a tree that remembers where every value came from.
//!
//! serde-saphyr does the parsing (with budgets against alias bombs and deep nesting, duplicate
//! keys refused). The result is a small [`Node`] tree in which every key and value carries its
//! [`Span`]. Scalars keep their text as written (`01234567` stays `01234567`, `yes` stays `yes`),
//! so later checks and messages see what the user typed. Merging base files and reading the
//! tree into the case model work on this tree.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Location, Spanned};

use crate::catalogue::{Arg, Message};
use crate::diagnostic::{Diagnostic, KeyPath, Segment};
use crate::msg;
use crate::source::{FileId, Source, Span};

/// A YAML value with its place in a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// What the value is.
    pub kind: NodeKind,
    /// Where it is.
    pub span: Span,
}

/// The kinds of YAML value a case file uses.
#[derive(Debug, Clone, PartialEq)]
pub enum NodeKind {
    /// Nothing (`~`, `null` or no value after the colon).
    Null,
    /// A scalar, as text. Plain numbers and booleans keep their spelling.
    Scalar(String),
    /// A list.
    Seq(Vec<Node>),
    /// Keys and values, in file order.
    Map(Vec<Entry>),
}

/// One `key: value` pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The key.
    pub key: String,
    /// Where the key is written.
    pub key_span: Span,
    /// The value.
    pub value: Node,
}

impl Node {
    /// The value of `key` when this is a mapping.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|e| &e.value)
    }

    /// The entry for `key` when this is a mapping.
    pub fn entry(&self, key: &str) -> Option<&Entry> {
        match &self.kind {
            NodeKind::Map(entries) => entries.iter().find(|e| e.key == key),
            _ => None,
        }
    }

    /// Whether this is `~`, `null` or empty.
    pub fn is_null(&self) -> bool {
        matches!(self.kind, NodeKind::Null)
    }

    /// The kind of value, for messages: "a list", "a group of keys", or the text itself.
    pub fn describe(&self) -> Arg {
        match &self.kind {
            NodeKind::Null => Arg::Message(msg!("read-found-nothing")),
            NodeKind::Scalar(text) => Arg::Text(format!("`{}`", shorten(text))),
            NodeKind::Seq(_) => Arg::Message(msg!("read-found-list")),
            NodeKind::Map(_) => Arg::Message(msg!("read-found-group")),
        }
    }

    /// The node at `path`, or `None` when some step does not exist.
    pub fn find(&self, path: &KeyPath) -> Option<&Node> {
        let mut node = self;
        for segment in path.segments() {
            node = match (segment, &node.kind) {
                (Segment::Key(k), NodeKind::Map(_)) => node.get(k)?,
                (Segment::Index(i), NodeKind::Seq(items)) => items.get(*i)?,
                _ => return None,
            };
        }
        Some(node)
    }

    /// The best place to point at for `path`: the value when it has text, else its key, else
    /// the closest enclosing key that exists.
    pub fn locate(&self, path: &KeyPath) -> Option<Span> {
        let segments = path.segments();
        for depth in (0..=segments.len()).rev() {
            let prefix = segments.get(..depth).unwrap_or_default();
            let mut node = self;
            let mut key_span = None;
            let mut found = true;
            for segment in prefix {
                match (segment, &node.kind) {
                    (Segment::Key(k), NodeKind::Map(_)) => match node.entry(k) {
                        Some(entry) => {
                            key_span = Some(entry.key_span);
                            node = &entry.value;
                        }
                        None => {
                            found = false;
                            break;
                        }
                    },
                    (Segment::Index(i), NodeKind::Seq(items)) => match items.get(*i) {
                        Some(item) => {
                            key_span = None;
                            node = item;
                        }
                        None => {
                            found = false;
                            break;
                        }
                    },
                    _ => {
                        found = false;
                        break;
                    }
                }
            }
            if found {
                return Some(match (&node.kind, key_span) {
                    (NodeKind::Scalar(_), _) | (_, None) => node.span,
                    (_, Some(key)) => key,
                });
            }
        }
        None
    }
}

/// Text cut to a readable length for a message.
pub(crate) fn shorten(text: &str) -> String {
    let first_line = text.lines().next().unwrap_or("");
    let mut short: String = first_line.chars().take(40).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}

/// The YAML limits for a case file. A real case file stays far below each of them; they stop
/// alias bombs and deeply nested input quickly.
fn options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: 32,
            max_nodes: 50_000,
            max_aliases: 1_000,
            max_anchors: 1_000,
            max_events: 200_000,
            max_documents: 2,
        },
    }
}

/// Parses one file into a tree. A YAML syntax error, a duplicate key, more than one document or
/// a breached limit becomes a located error.
pub fn parse(source: &Source, file: FileId) -> Result<Node, Box<Diagnostic>> {
    if let Some(node) = plain_parse(&source.text, file) {
        return Ok(node);
    }
    let raw: Spanned<Raw> = serde_saphyr::from_str_with_options(&source.text, options())
        .map_err(|e| Box::new(yaml_error(&e, &source.text, file)))?;
    let converter = Converter { text: &source.text, file };
    converter.node(raw)
}

/// The tree of an ordinary case file, straight from the parser's events: twice as fast as
/// through serde. Anything out of the ordinary (a syntax error, an anchor or alias, a tag, a
/// merge key, a key that is not text, a duplicate key, a second document, nesting or size
/// near the limits) gives `None`, and [`parse`] reads the file the full way, which knows every
/// error and every limit. A test proves both ways give the same tree.
fn plain_parse(text: &str, file: FileId) -> Option<Node> {
    use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle};

    enum Open {
        Seq(Vec<Node>, Span),
        /// The entries so far, and a key that waits for its value.
        Map(Vec<Entry>, Option<(String, Span)>, Span),
    }

    let span = |s: &serde_saphyr::granit_parser::Span| -> Option<Span> {
        Some(Span {
            file,
            line: u32::try_from(s.start.line()).ok()?,
            column: u32::try_from(s.start.col() + 1).ok()?,
            len: u32::try_from(s.len()).ok()?.max(1),
        })
    };
    let mut stack: Vec<Open> = Vec::new();
    let mut root: Option<Node> = None;
    let mut documents = 0;
    let mut events = 0usize;
    for event in Parser::new_from_str(text) {
        let (event, at) = event.ok()?;
        events += 1;
        if events > 20_000 || stack.len() > 24 {
            return None;
        }
        let node = match event {
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd => continue,
            Event::DocumentStart(..) => {
                documents += 1;
                if documents > 1 {
                    return None;
                }
                continue;
            }
            Event::Scalar(value, style, anchor, tag) => {
                if anchor != 0 || tag.is_some() {
                    return None;
                }
                let plain = style == ScalarStyle::Plain;
                // The full way refuses infinite and not-a-number floats with its own message.
                if plain && is_non_finite(&value) {
                    return None;
                }
                let null = plain && matches!(value.as_ref(), "" | "~" | "null" | "Null" | "NULL");
                let kind = if null { NodeKind::Null } else { NodeKind::Scalar(value.into_owned()) };
                Node { kind, span: span(&at)? }
            }
            Event::SequenceStart(_, anchor, tag) | Event::MappingStart(_, anchor, tag)
                if anchor != 0 || tag.is_some() =>
            {
                return None;
            }
            Event::SequenceStart(..) => {
                stack.push(Open::Seq(Vec::new(), span(&at)?));
                continue;
            }
            Event::MappingStart(..) => {
                stack.push(Open::Map(Vec::new(), None, span(&at)?));
                continue;
            }
            Event::SequenceEnd => match stack.pop()? {
                Open::Seq(items, at) => Node { kind: NodeKind::Seq(items), span: at },
                Open::Map(..) => return None,
            },
            Event::MappingEnd => match stack.pop()? {
                Open::Map(entries, None, at) => Node { kind: NodeKind::Map(entries), span: at },
                _ => return None,
            },
            _ => return None,
        };
        match stack.last_mut() {
            None => root = Some(node),
            Some(Open::Seq(items, _)) => items.push(node),
            Some(Open::Map(entries, key @ None, _)) => {
                // A key: text, not a merge key, and not there before.
                let NodeKind::Scalar(name) = node.kind else { return None };
                if name == "<<" || entries.iter().any(|e| e.key == name) {
                    return None;
                }
                *key = Some((name, node.span));
            }
            Some(Open::Map(entries, key, _)) => {
                let (name, key_span) = key.take()?;
                entries.push(Entry { key: name, key_span, value: node });
            }
        }
    }
    if !stack.is_empty() {
        return None;
    }
    root
}

/// Whether a plain scalar is YAML's infinity or not-a-number (`.inf`, `-.Inf`, `.NAN`, …) or
/// a number too large for a float (`1e400`).
fn is_non_finite(value: &str) -> bool {
    let unsigned = value.strip_prefix(['+', '-']).unwrap_or(value);
    if [".inf", ".nan"].iter().any(|word| unsigned.eq_ignore_ascii_case(word)) {
        return true;
    }
    let number = unsigned.starts_with(|c: char| c.is_ascii_digit() || c == '.')
        && unsigned.contains(['e', 'E', '.']);
    number && unsigned.replace('_', "").parse::<f64>().is_ok_and(|f| !f.is_finite())
}

/// The error itself, without the wrappers that add an alias or a snippet to it.
fn innermost(error: &serde_saphyr::Error) -> &serde_saphyr::Error {
    let mut error = error;
    while let serde_saphyr::Error::AliasError { error: inner, .. }
    | serde_saphyr::Error::WithSnippet { error: inner, .. } = error
    {
        error = inner;
    }
    error
}

/// A breached limit in plain words, or `None` for other errors.
fn budget_message(error: &serde_saphyr::Error) -> Option<Message> {
    use serde_saphyr::budget::BudgetBreach;
    let serde_saphyr::Error::Budget { breach, .. } = error else {
        return None;
    };
    Some(match breach {
        BudgetBreach::Depth { .. } => msg!("read-too-deep", levels = 32u32),
        BudgetBreach::Aliases { .. } | BudgetBreach::AliasAnchorRatio { .. } => {
            msg!("read-too-many-aliases")
        }
        BudgetBreach::Anchors { .. } => msg!("read-too-many-anchors"),
        BudgetBreach::Documents { .. } => msg!("read-multiple-documents"),
        BudgetBreach::Nodes { .. } | BudgetBreach::Events { .. } => msg!("read-too-many-values"),
        _ => msg!("read-too-complex"),
    })
}

fn yaml_error(error: &serde_saphyr::Error, text: &str, file: FileId) -> Diagnostic {
    use granit_parser::ErrorKind;
    use serde_saphyr::{ExternalMessageSource, granit_parser};

    let lines = Lines(text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).collect());
    let span = error.location().filter(|l| *l != Location::UNKNOWN).map(|l| Span {
        file,
        line: u32::try_from(l.line()).unwrap_or(u32::MAX),
        column: u32::try_from(l.column()).unwrap_or(u32::MAX),
        len: 1,
    });
    let error = innermost(error);
    if let Some(message) = budget_message(error) {
        let hint = match error {
            serde_saphyr::Error::Budget {
                breach: serde_saphyr::budget::BudgetBreach::Documents { .. },
                ..
            } => msg!("read-multiple-documents.hint"),
            _ => msg!("read-budget-hint"),
        };
        return Diagnostic::error(message).span(span).hint(hint);
    }
    let kind = match error {
        serde_saphyr::Error::MultipleDocuments { .. } => {
            return Diagnostic::error(msg!("read-multiple-documents"))
                .span(span)
                .hint(msg!("read-multiple-documents.hint"));
        }
        serde_saphyr::Error::DuplicateMappingKey { key, .. } => {
            let message = match key {
                Some(key) => msg!("read-duplicate-key", key = shorten(key)),
                None => msg!("read-duplicate-key-unnamed"),
            };
            return Diagnostic::error(message).span(span).hint(msg!("read-duplicate-key.hint"));
        }
        serde_saphyr::Error::ExternalMessage { source, .. } => match source.as_ref() {
            ExternalMessageSource::Parser(scan) => Some(scan.kind()),
            _ => None,
        },
        _ => None,
    };
    let syntax = || {
        Diagnostic::error(msg!("read-syntax", detail = parser_words(error)))
            .span(span)
            .hint(msg!("read-syntax.hint"))
    };
    let (Some(kind), Some(at)) = (kind, span) else {
        return syntax();
    };
    match kind {
        ErrorKind::RecursionLimitExceeded => Diagnostic::error(msg!("read-too-deep-brackets"))
            .span(span)
            .hint(msg!("read-budget-hint")),
        ErrorKind::TabNotAllowed
        | ErrorKind::TabInBlockIndentation
        | ErrorKind::TabInIndentation
        | ErrorKind::TabInPlainScalar
        | ErrorKind::TabAtBlockScalarStart => {
            let (line, column) = lines.tab_from(at.line, at.column).unwrap_or((at.line, at.column));
            Diagnostic::error(msg!("read-tab"))
                .span(Some(Span { line, column, ..at }))
                .hint(msg!("read-tab.hint"))
        }
        ErrorKind::UnclosedQuotedScalar => Diagnostic::error(msg!("read-unclosed-quote"))
            .span(span)
            .hint(msg!("read-unclosed-quote.hint")),
        ErrorKind::InvalidTrailingDoubleQuotedScalar
        | ErrorKind::InvalidTrailingSingleQuotedScalar => {
            Diagnostic::error(msg!("read-text-after-quote"))
                .span(span)
                .hint(msg!("read-text-after-quote.hint"))
        }
        ErrorKind::InvalidColonPlacement
        | ErrorKind::ExpectedFlowSequenceSeparator
        | ErrorKind::ExpectedFlowMappingSeparator
        | ErrorKind::UnclosedFlowCollection { .. }
        | ErrorKind::UnexpectedEofFlowSequence
        | ErrorKind::UnexpectedEofFlowMapping
        | ErrorKind::UnexpectedEofImplicitFlowMapping => match lines.unclosed_bracket(at.line) {
            Some((line, column, bracket)) => {
                let close = if bracket == '[' { "]" } else { "}" };
                Diagnostic::error(msg!("read-unclosed-bracket", bracket = bracket.to_string()))
                    .span(Some(Span { line, column, ..at }))
                    .hint(msg!("read-unclosed-bracket.hint", close = close))
            }
            None => syntax(),
        },
        ErrorKind::MappingValueNotAllowed => match lines.misplaced_colon(at.line, at.column) {
            Some(Colon::InText { key, value, column }) => {
                let curly = curly_quoted(&value);
                let (message, example) = match curly {
                    Some(inner) => (msg!("read-colon-in-curly-quotes", key = key.as_str()), inner),
                    None => (msg!("read-colon-in-text", key = key.as_str()), value.as_str()),
                };
                let hint = msg!(
                    "read-colon-in-text.hint",
                    example = quoted(&key, example),
                    key = key.as_str()
                );
                Diagnostic::error(message).span(Some(Span { column, ..at })).hint(hint)
            }
            Some(Colon::Indented { column, len }) => indentation(Span { column, len, ..at }),
            Some(Colon::NoSpaceAbove { line, column, example }) => {
                Diagnostic::error(msg!("read-missing-space"))
                    .span(Some(Span { line, column, ..at }))
                    .hint(msg!("read-missing-space.hint", example = example))
            }
            None => syntax(),
        },
        ErrorKind::ExpectedBlockMappingKey
        | ErrorKind::ExpectedBlockSequenceEntry
        | ErrorKind::InvalidIndentation => match lines.indented_unlike_above(at.line) {
            Some((column, len)) => indentation(Span { column, len, ..at }),
            None => syntax(),
        },
        _ => syntax(),
    }
}

/// A line indented unlike the keys around it.
fn indentation(span: Span) -> Diagnostic {
    Diagnostic::error(msg!("read-indentation")).span(Some(span)).hint(msg!("read-indentation.hint"))
}

/// What the YAML reader itself says, without the place (which is shown separately): its own
/// words, so they are shown as they are.
fn parser_words(error: &serde_saphyr::Error) -> Message {
    let formatter = serde_saphyr::UserMessageFormatter;
    let options = serde_saphyr::render_options! {
        formatter: &formatter,
        snippets: serde_saphyr::SnippetMode::Off,
    };
    let rendered = error.render_with_options(options);
    // The formatter ends with " at line N, column M".
    let words = match rendered.rfind(" at line ") {
        Some(cut) if error.location().is_some_and(|l| l != Location::UNKNOWN) => {
            rendered.get(..cut).unwrap_or(&rendered).to_owned()
        }
        _ => rendered,
    };
    Message::verbatim(words)
}

/// The text between typographic quotes (“…”, „…”, ‘…’, «…») as Word types them, when `text`
/// is written between such quotes.
pub(crate) fn curly_quoted(text: &str) -> Option<&str> {
    const OPEN: [char; 8] = ['“', '”', '„', '‟', '‘', '’', '‚', '«'];
    const CLOSE: [char; 6] = ['”', '“', '’', '‘', '»', '‟'];
    let text = text.trim();
    let inner = text.strip_prefix(OPEN)?;
    Some(inner.strip_suffix(CLOSE).unwrap_or(inner))
}

/// `key: "text"`, with the text cut short, as an example of a quoted value; in single quotes
/// when the text holds a double quote.
fn quoted(key: &str, text: &str) -> String {
    let mut short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    if short.contains(['"', '\\']) {
        format!("{key}: '{}'", short.replace('\'', "''"))
    } else {
        format!("{key}: \"{short}\"")
    }
}

/// What is wrong around a colon that YAML did not accept as the start of a value.
#[derive(Debug, PartialEq)]
enum Colon {
    /// `key: text: more`: a colon and a space inside a text. `column` is the colon's.
    InText { key: String, value: String, column: u32 },
    /// The key of a line indented unlike the line above it.
    Indented { column: u32, len: u32 },
    /// The line above reads `key:value`, without the space after the colon.
    NoSpaceAbove { line: u32, column: u32, example: String },
}

/// The lines of a file, for looking around the place of a YAML error.
struct Lines<'a>(Vec<&'a str>);

/// A line taken apart: the columns of indentation (spaces), the characters of indentation and
/// list dashes (`  - `), and the rest.
struct Shape<'a> {
    indent: usize,
    prefix: usize,
    rest: &'a str,
}

impl Shape<'_> {
    /// The key written before the first `: ` (or a final `:`), when the line starts with one.
    fn key(&self) -> Option<&str> {
        let end = self
            .rest
            .char_indices()
            .find(|(i, c)| {
                *c == ':'
                    && self.rest.get(i + 1..).is_none_or(|r| r.is_empty() || r.starts_with(' '))
            })
            .map(|(i, _)| i)?;
        let key = self.rest.get(..end)?;
        let plain = !key.is_empty()
            && !key.starts_with(['"', '\'', '[', '{', '#', '&', '*', '!', '|', '>', '%', '@', '`'])
            && !key.contains(" #");
        plain.then_some(key)
    }
}

impl<'a> Lines<'a> {
    /// Line `line` (from 1), without its line ending.
    fn get(&self, line: u32) -> Option<&'a str> {
        let index = usize::try_from(line).ok()?.checked_sub(1)?;
        self.0.get(index).copied()
    }

    fn shape(line: &str) -> Shape<'_> {
        let indent = line.chars().take_while(|c| *c == ' ').count();
        let mut rest = line.trim_start_matches(' ');
        while let Some(after) = rest.strip_prefix("- ") {
            rest = after.trim_start_matches(' ');
        }
        let prefix = line.chars().count() - rest.chars().count();
        Shape { indent, prefix, rest }
    }

    /// The nearest line above `line` that holds something (not blank, not a comment).
    fn above(&self, line: u32) -> Option<(u32, &'a str)> {
        (1..line).rev().find_map(|n| {
            let text = self.get(n)?;
            let content = text.trim();
            (!content.is_empty() && !content.starts_with('#')).then_some((n, text))
        })
    }

    /// The first tab used for indentation on `line` or the line after it, else the first tab
    /// at or after `line`:`column` on those lines, as line and column. YAML may notice a tab
    /// only at the end of the value before it, a line too early.
    fn tab_from(&self, line: u32, column: u32) -> Option<(u32, u32)> {
        let near = [line, line.saturating_add(1)];
        let indentation = near.iter().find_map(|n| {
            let text = self.get(*n)?;
            let lead: Vec<char> = text.chars().take_while(|c| *c == ' ' || *c == '\t').collect();
            let at = lead.iter().position(|c| *c == '\t')?;
            Some((*n, u32::try_from(at + 1).ok()?))
        });
        indentation.or_else(|| {
            near.iter().find_map(|n| {
                let text = self.get(*n)?;
                let skip =
                    if *n == line { usize::try_from(column).ok()?.saturating_sub(1) } else { 0 };
                let at = text.chars().skip(skip).position(|c| c == '\t')?;
                Some((*n, u32::try_from(skip + at + 1).ok()?))
            })
        })
    }

    /// Why the colon at `line`:`column` could not start a value, when the lines make it clear.
    fn misplaced_colon(&self, line: u32, column: u32) -> Option<Colon> {
        let text = self.get(line)?;
        let at = usize::try_from(column).ok()?.checked_sub(1)?;
        if text.chars().nth(at) != Some(':') {
            return None;
        }
        let shape = Self::shape(text);
        let key = shape.key()?;
        let key_colon = shape.prefix + key.chars().count();
        if at > key_colon {
            // `key: text: more`: a text (not quoted, not a list or block) with a colon in it.
            let value = shape.rest.get(key.len() + 1..)?.trim();
            let before_colon: String =
                text.chars().skip(key_colon + 1).take(at - key_colon - 1).collect();
            let opens = value.starts_with(['"', '\'', '[', '{', '|', '>', '&', '*', '!', '#']);
            if before_colon.trim().is_empty() || opens {
                return None;
            }
            return Some(Colon::InText { key: key.to_owned(), value: value.to_owned(), column });
        }
        if at != key_colon {
            return None;
        }
        let (above_line, above) = self.above(line)?;
        let above_shape = Self::shape(above);
        // A text that goes on from the line above (`facts: In oktober` / `    was het: mis`):
        // keys have no spaces, so this is the colon of a text.
        if key.contains(' ')
            && above_shape.indent < shape.indent
            && let Some(above_key) = above_shape.key()
        {
            let start = above_shape.rest.get(above_key.len() + 1..)?.trim();
            if !start.is_empty() && !start.starts_with(['"', '\'', '[', '{', '|', '>']) {
                let value = format!("{start} {}", shape.rest.trim());
                return Some(Colon::InText { key: above_key.to_owned(), value, column });
            }
        }
        if above_shape.indent != shape.indent {
            let len = u32::try_from(key.chars().count()).unwrap_or(1);
            return Some(Colon::Indented { column: u32::try_from(shape.prefix + 1).ok()?, len });
        }
        // `key:value` above: without the space, YAML reads it as text that goes on here.
        if above_shape.key().is_none() && !above_shape.rest.starts_with(['"', '\'', '#']) {
            let (before, after) = above_shape.rest.split_once(':')?;
            let plain = !before.is_empty() && !before.contains(' ') && !after.starts_with(' ');
            if plain && !after.is_empty() {
                let column = above_shape.prefix + before.chars().count() + 1;
                return Some(Colon::NoSpaceAbove {
                    line: above_line,
                    column: u32::try_from(column).ok()?,
                    example: format!("{before}: {}", after.trim()),
                });
            }
        }
        None
    }

    /// The last `[` or `{` that is not closed on its own line, at or above `line` (at most a
    /// few lines up), as line, column and the bracket. Text in quotes and comments is skipped.
    fn unclosed_bracket(&self, line: u32) -> Option<(u32, u32, char)> {
        (line.saturating_sub(5).max(1)..=line).rev().find_map(|n| {
            let mut open: Vec<(usize, char)> = Vec::new();
            let mut quote = None;
            let mut before = ' ';
            for (i, c) in self.get(n)?.chars().enumerate() {
                let starts = matches!(before, ' ' | '[' | '{' | ',' | ':');
                before = c;
                match (quote, c) {
                    (Some(q), c) if c == q => quote = None,
                    (Some(_), _) => {}
                    // A quote opens a text only where a value starts: not in `euro's`.
                    (None, '"' | '\'') if starts => quote = Some(c),
                    (None, '#') if starts => break,
                    (None, '[' | '{') => open.push((i, c)),
                    (None, ']' | '}') => {
                        open.pop();
                    }
                    _ => {}
                }
            }
            let (i, bracket) = open.last().copied()?;
            Some((n, u32::try_from(i + 1).ok()?, bracket))
        })
    }

    /// The start and length of what `line` holds, when it is indented unlike the line above.
    fn indented_unlike_above(&self, line: u32) -> Option<(u32, u32)> {
        let text = self.get(line)?;
        let (_, above) = self.above(line)?;
        let shape = Self::shape(text);
        if text.trim().is_empty() || Self::shape(above).indent == shape.indent {
            return None;
        }
        let len = shape.key().map_or(1, |k| k.chars().count());
        Some((u32::try_from(shape.indent + 1).ok()?, u32::try_from(len).ok()?))
    }
}

/// The shape serde-saphyr reads, before spans are resolved against the file.
enum Raw {
    Null,
    Str(String),
    /// A number or boolean; its spelling is taken from the file.
    Other(String),
    Seq(Vec<Spanned<Raw>>),
    Map(Vec<(Spanned<Raw>, Spanned<Raw>)>),
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Raw, D::Error> {
        deserializer.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_unit<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_none<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Raw, D::Error> {
        Raw::deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Raw, E> {
        Ok(Raw::Other(v.to_string()))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Raw, E> {
        Ok(Raw::Other(v.to_string()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Raw, E> {
        Ok(Raw::Other(v.to_string()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Raw, E> {
        Ok(Raw::Other(v.to_string()))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Raw, E> {
        Ok(Raw::Other(v.to_string()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Raw, E> {
        Ok(Raw::Other(v.to_string()))
    }
    fn visit_char<E>(self, v: char) -> Result<Raw, E> {
        Ok(Raw::Str(v.to_string()))
    }
    fn visit_str<E>(self, v: &str) -> Result<Raw, E> {
        Ok(Raw::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Raw, E> {
        Ok(Raw::Str(v))
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Raw, E> {
        Ok(Raw::Str(String::from_utf8_lossy(v).into_owned()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Raw::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key()? {
            let value = map.next_value()?;
            entries.push((key, value));
        }
        Ok(Raw::Map(entries))
    }
}

struct Converter<'a> {
    text: &'a str,
    file: FileId,
}

impl Converter<'_> {
    fn span(&self, location: &Location) -> Span {
        Span {
            file: self.file,
            line: u32::try_from(location.line()).unwrap_or(u32::MAX),
            column: u32::try_from(location.column()).unwrap_or(u32::MAX),
            len: u32::try_from(location.span().len()).unwrap_or(1).max(1),
        }
    }

    /// The text of a plain number or boolean exactly as the file spells it.
    fn spelling(&self, raw: &Spanned<Raw>, fallback: String) -> String {
        let span = raw.defined.span();
        let (Some(start), Some(len)) = (span.byte_offset(), span.byte_len()) else {
            return fallback;
        };
        let (Ok(start), Ok(len)) = (usize::try_from(start), usize::try_from(len)) else {
            return fallback;
        };
        match self.text.get(start..start.saturating_add(len)) {
            Some(written) if !written.is_empty() && !written.starts_with(['*', '&', '!']) => {
                written.trim().to_owned()
            }
            _ => fallback,
        }
    }

    fn node(&self, raw: Spanned<Raw>) -> Result<Node, Box<Diagnostic>> {
        let span = self.span(&raw.referenced);
        let kind = match raw.value {
            Raw::Null => NodeKind::Null,
            Raw::Other(ref s) => NodeKind::Scalar(self.spelling(&raw, s.clone())),
            Raw::Str(s) => NodeKind::Scalar(s),
            Raw::Seq(items) => {
                NodeKind::Seq(items.into_iter().map(|i| self.node(i)).collect::<Result<_, _>>()?)
            }
            Raw::Map(pairs) => {
                let mut entries = Vec::with_capacity(pairs.len());
                for (key, value) in pairs {
                    let key_span = self.span(&key.referenced);
                    let key = match key.value {
                        Raw::Other(ref s) => self.spelling(&key, s.clone()),
                        Raw::Str(s) => s,
                        Raw::Null | Raw::Seq(_) | Raw::Map(_) => {
                            return Err(Box::new(
                                Diagnostic::error(msg!("read-key-not-text"))
                                    .span(Some(key_span))
                                    .hint(msg!("read-key-not-text.hint")),
                            ));
                        }
                    };
                    entries.push(Entry { key, key_span, value: self.node(value)? });
                }
                NodeKind::Map(entries)
            }
        };
        Ok(Node { kind, span })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Lang;

    fn tree(text: &str) -> Result<Node, Box<Diagnostic>> {
        parse(&Source { path: "t.yaml".into(), text: text.into() }, FileId(0))
    }

    #[test]
    fn keeps_spelling_of_plain_scalars() {
        let node = tree("kvk: 01234567\nflag: yes\nn: 12500.00\ns: \"07\"\nempty:\nlist: [a, b]\n")
            .unwrap();
        let text = |k: &str| match &node.get(k).unwrap().kind {
            NodeKind::Scalar(s) => s.clone(),
            other => panic!("{other:?}"),
        };
        assert_eq!(text("kvk"), "01234567");
        assert_eq!(text("flag"), "yes");
        assert_eq!(text("n"), "12500.00");
        assert_eq!(text("s"), "07");
        assert!(node.get("empty").unwrap().is_null());
        let list = node.get("list").unwrap();
        assert!(matches!(&list.kind, NodeKind::Seq(items) if items.len() == 2));
    }

    #[test]
    fn locates_values_and_missing_keys() {
        let node = tree("a:\n  b:\n    - x: 1\n      y: hello\n").unwrap();
        let at = |p: &str| node.locate(&KeyPath::parse(p)).map(|s| (s.line, s.column));
        assert_eq!(at("a.b[1].y"), Some((4, 10)));
        // A missing key points at the closest key that exists.
        assert_eq!(at("a.b[1].z"), Some((3, 7)));
        assert_eq!(at("a.c"), Some((1, 1)));
        assert_eq!(at("a"), Some((1, 1)));
    }

    /// An error's message and hint in Dutch and its place, for `text`.
    fn problem(text: &str) -> (String, String, (u32, u32)) {
        let d = tree(text).unwrap_err();
        let span = d.span.expect("a place");
        (d.message.text(Lang::Nl), d.hint.unwrap().text(Lang::Nl), (span.line, span.column))
    }

    #[test]
    fn reports_yaml_errors_with_place_and_plain_words() {
        let d = tree("a: 1\na: 2\n").unwrap_err();
        assert_eq!(d.span.map(|s| (s.line, s.column)), Some((2, 1)));
        assert_eq!(d.message.text(Lang::Nl), "de sleutel `a` staat twee keer in dezelfde groep");
        assert_eq!(d.message.text(Lang::En), "the key `a` appears twice in the same group");
        assert!(d.hint.unwrap().text(Lang::En).contains("only once"));

        let d = tree("a: 1\n---\nb: 2\n").unwrap_err();
        assert!(d.hint.unwrap().text(Lang::En).contains("one case"));

        let (message, hint, _) = problem("a:\n  b: \"x\" y\n");
        assert!(message.contains("na het sluitende aanhalingsteken"), "{message}");
        assert!(hint.contains("hele tekst tussen de aanhalingstekens"), "{hint}");

        let (message, _, at) = problem("a:\n  b: 'x\n");
        assert_eq!(
            (message.as_str(), at),
            ("dit aanhalingsteken wordt geopend, maar niet gesloten", (2, 6))
        );

        // Anything else: the reader's own words, and where to look.
        let (message, hint, _) = problem("a: {b: c: d}\n");
        assert!(
            message.starts_with("de opmaak van het dossier klopt hier niet (de YAML-lezer meldt: "),
            "{message}"
        );
        assert!(hint.contains("leestekens"), "{hint}");
    }

    #[test]
    fn a_colon_in_a_text_is_named_and_shown_only_when_it_is_one() {
        let text =
            "history:\n  - date: 2026-10-05\n    summary: Afspraak: storingen voor 1 november\n";
        let (message, hint, at) = problem(text);
        assert_eq!(at, (3, 22), "the caret is under the colon in the text");
        assert!(
            message
                .starts_with("de tekst van `summary` bevat een dubbele punt met een spatie erna"),
            "{message}"
        );
        assert!(hint.contains("`summary: \"Afspraak: storingen voor 1 november\"`"), "{hint}");
        assert!(hint.contains("`>-`"), "{hint}");
        assert!(!hint.contains("nests or repeats") && !hint.contains("zet veel meer in elkaar"));
        let (message, hint, at) =
            problem("breaches:\n  - facts: let op: de dienst \"lag\" eruit\n");
        assert_eq!(at, (2, 18));
        assert!(message.contains("`facts`"), "{message}");
        assert!(hint.contains("`facts: 'let op: de dienst \"lag\" eruit'`"), "{hint}");
        // Between Word's curly quotes: said so, and the example has straight ones.
        let (message, hint, _) = problem("letter:\n  place: “Utrecht: centrum”\n");
        assert!(message.contains("gekrulde aanhalingstekens"), "{message}");
        assert!(hint.contains("`place: \"Utrecht: centrum\"`"), "{hint}");
        // A text that goes on below its key: the colon is in the text of that key.
        let (message, hint, at) = problem("breaches:\n  - facts: In oktober\n      was het: mis\n");
        assert!(message.starts_with("de tekst van `facts` bevat een dubbele punt"), "{message}");
        assert!(hint.contains("`facts: \"In oktober was het: mis\"`"), "{hint}");
        assert_eq!(at, (3, 14));
        // A colon after a key that starts the line is not a colon in a text.
        let (message, _, _) = problem("letter:\n  date: 2026-12-01\n    place: X\n");
        assert!(!message.contains("dubbele punt"), "{message}");
    }

    #[test]
    fn a_line_indented_unlike_its_neighbours_is_shown() {
        for (text, at) in [
            ("letter:\n  date: 2026-12-01\n   place: Utrecht\n", (3, 4)),
            ("letter:\n  date: 2026-12-01\n place: Utrecht\n  tone: formal\n", (3, 2)),
            ("breaches:\n  - obligation: x\n   facts: y\n", (3, 4)),
            ("breaches:\n  - obligation: x\n\n     # toelichting\n     facts: y\n", (5, 6)),
        ] {
            let (message, hint, place) = problem(text);
            assert_eq!(message, "deze regel springt anders in dan de sleutels eromheen", "{text}");
            assert!(hint.contains("in dezelfde kolom"), "{hint}");
            assert_eq!(place, at, "{text}");
        }
        let d = tree("letter:\n  date: 2026-12-01\n   place: Utrecht\n").unwrap_err();
        assert_eq!(d.span.unwrap().len, 5, "the key is marked");
        assert_eq!(
            d.message.text(Lang::En),
            "this line is indented differently from the keys around it"
        );
    }

    #[test]
    fn a_missing_space_after_a_colon_and_an_open_bracket_are_found_above() {
        let (message, hint, at) = problem("letter:\n  reference:T-1\n  place: X\n");
        assert!(
            message.starts_with("na de dubbele punt op deze regel ontbreekt een spatie"),
            "{message}"
        );
        assert!(hint.contains("`reference: T-1`"), "{hint}");
        assert_eq!(at, (2, 12));
        let (message, hint, at) = problem("letter:\n  sent_by: [email, mail\n  place: X\n");
        assert_eq!(message, "de haak `[` op deze regel wordt niet gesloten");
        assert!(hint.contains("`]`"), "{hint}");
        assert_eq!(at, (2, 12));
    }

    #[test]
    fn a_tab_is_shown_where_it_is() {
        // YAML notices the tab only at the end of the value before it, a line too early.
        for (text, at) in [
            ("letter:\n  date: 2026-12-01\n\tplace: Utrecht\n", (3, 1)),
            ("letter:\n  date: 2026-12-01\n  \tplace: Utrecht\n", (3, 3)),
            ("letter:\n\tdate: 2026-12-01\n", (2, 1)),
            ("a:\n\tb: 1\n", (2, 1)),
        ] {
            let (message, hint, place) = problem(text);
            assert_eq!(message, "op deze regel staat een tab, waar YAML alleen spaties toestaat");
            assert!(hint.starts_with("spring in met spaties"), "{hint}");
            assert_eq!(place, at, "{text:?}");
        }
        let d = tree("a:\n\tb: 1\n").unwrap_err();
        assert_eq!(d.hint.unwrap().text(Lang::En), "indent with spaces, not tabs");
    }

    #[test]
    fn stops_alias_bombs_and_deep_nesting() {
        let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let p = i - 1;
            bomb.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        let d = tree(&bomb).unwrap_err();
        assert_eq!(d.message.text(Lang::En), "the file holds far more values than a case needs");
        assert!(d.hint.unwrap().text(Lang::En).contains("nests or repeats far more"));
        for deep in [
            format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
            format!("{}{}", "{a: ".repeat(100), "}".repeat(100)),
            (0..40).map(|i| format!("{}k{i}:\n", " ".repeat(i))).collect(),
        ] {
            let d = tree(&deep).unwrap_err();
            assert!(d.message.text(Lang::En).contains("deep"), "{:?}", d.message);
            assert!(d.hint.unwrap().text(Lang::En).contains("nests or repeats far more"));
        }
    }

    /// The tree the full (serde) way, without the fast path.
    fn full_tree(text: &str) -> Node {
        let raw: Spanned<Raw> = serde_saphyr::from_str_with_options(text, options()).unwrap();
        Converter { text, file: FileId(0) }.node(raw).unwrap()
    }

    #[test]
    fn the_fast_path_reads_every_case_file_as_the_full_way_does() {
        let mut files = Vec::new();
        for folder in ["examples", "tests/fixtures/valid", "tests/fixtures/advice"] {
            let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
            for entry in std::fs::read_dir(folder).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "yaml") {
                    files.push(std::fs::read_to_string(path).unwrap());
                }
            }
        }
        assert!(files.len() > 10, "found only {} case files", files.len());
        files.push(
            "a: 01234567\nb: yes\nc: 12500.00\nd: \"07\"\ne:\nf: [x, 'y', {z: 1}]\n\
             g: ~\nh: null\ni: ''\nj: |\n  regel een\n  regel twee\nk: >-\n  gevouwen\n  tekst\n\
             l:\n  - ééé “quotes” €\n  -\n  - m: 1\n    n: 0x1F\no: plain over\n  two lines\n\
             p: 1_000\nr: 2026-12-06\ns: \"escaped \\\"\\u00e9\\n\"\n# note\nt: -1.5e3\n\
             u: 99999999999999999999999999999999999999999\nw: 0o17\nx: +12\n12: numeric key\ny: true\nz: \"\"\n"
                .to_owned(),
        );
        for text in &files {
            let fast = plain_parse(text, FileId(0));
            assert_eq!(fast.as_ref(), Some(&full_tree(text)), "{text}");
        }
    }

    #[test]
    fn the_fast_path_leaves_the_unusual_to_the_full_way() {
        for text in [
            "a: &x 1\nb: *x\n",
            "a: !!str 1\n",
            "a: .inf\n",
            "a: 1e400\n",
            "a: [-.Inf, .NaN]\n",
            "base: &b {x: 1}\nc:\n  <<: *b\n",
            "a: 1\na: 2\n",
            "a: 1\n---\nb: 2\n",
            "a: [1, 2\n",
            "? [a, b]\n: c\n",
        ] {
            assert_eq!(plain_parse(text, FileId(0)), None, "{text}");
        }
    }
}
