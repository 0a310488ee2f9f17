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

use crate::diagnostic::{Diagnostic, KeyPath, Segment};
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

    /// A word for the kind of value, for messages ("a list", "a group of keys").
    pub fn describe(&self) -> String {
        match &self.kind {
            NodeKind::Null => "nothing".to_owned(),
            NodeKind::Scalar(text) => format!("`{}`", shorten(text)),
            NodeKind::Seq(_) => "a list".to_owned(),
            NodeKind::Map(_) => "a group of keys".to_owned(),
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
    let raw: Spanned<Raw> = serde_saphyr::from_str_with_options(&source.text, options())
        .map_err(|e| Box::new(yaml_error(&e, file)))?;
    let converter = Converter { text: &source.text, file };
    converter.node(raw)
}

/// The limits a case file must stay within, in plain words, or `None` for other errors.
fn budget_message(error: &serde_saphyr::Error) -> Option<String> {
    use serde_saphyr::budget::BudgetBreach;
    let mut error = error;
    while let serde_saphyr::Error::AliasError { error: inner, .. }
    | serde_saphyr::Error::WithSnippet { error: inner, .. } = error
    {
        error = inner;
    }
    let serde_saphyr::Error::Budget { breach, .. } = error else {
        return None;
    };
    Some(match breach {
        BudgetBreach::Depth { .. } => {
            "the file nests keys and lists more than 32 levels deep".to_owned()
        }
        BudgetBreach::Aliases { .. } | BudgetBreach::AliasAnchorRatio { .. } => {
            "the file repeats values through aliases (`*name`) far more than a case needs"
                .to_owned()
        }
        BudgetBreach::Anchors { .. } => "the file defines too many anchors (`&name`)".to_owned(),
        BudgetBreach::Documents { .. } => {
            "the file holds more than one YAML document (a `---` line starts another)".to_owned()
        }
        BudgetBreach::Nodes { .. } | BudgetBreach::Events { .. } => {
            "the file holds far more values than a case needs".to_owned()
        }
        _ => "the file is too large or too complex for a case file".to_owned(),
    })
}

fn yaml_error(error: &serde_saphyr::Error, file: FileId) -> Diagnostic {
    if let Some(message) = budget_message(error) {
        let (_, hint) = explain_yaml_error(&message);
        let mut d = Diagnostic::error(message).hint(hint);
        d.span = error.location().filter(|l| *l != Location::UNKNOWN).map(|l| Span {
            file,
            line: u32::try_from(l.line()).unwrap_or(u32::MAX),
            column: u32::try_from(l.column()).unwrap_or(u32::MAX),
            len: 1,
        });
        return d;
    }
    let formatter = serde_saphyr::UserMessageFormatter;
    let options = serde_saphyr::render_options! {
        formatter: &formatter,
        snippets: serde_saphyr::SnippetMode::Off,
    };
    let rendered = error.render_with_options(options);
    let location = error.location().filter(|l| *l != Location::UNKNOWN);
    // The formatter ends with " at line N, column M"; the location is shown separately.
    let message = match rendered.rfind(" at line ") {
        Some(cut) if location.is_some() => rendered.get(..cut).unwrap_or(&rendered).to_owned(),
        _ => rendered,
    };
    let (message, hint) = explain_yaml_error(&message);
    let mut d = Diagnostic::error(message).hint(hint);
    if let Some(l) = location {
        d.span = Some(Span {
            file,
            line: u32::try_from(l.line()).unwrap_or(u32::MAX),
            column: u32::try_from(l.column()).unwrap_or(u32::MAX),
            len: 1,
        });
    }
    d
}

/// Plain words for the YAML errors people make by hand.
fn explain_yaml_error(message: &str) -> (String, String) {
    let lower = message.to_lowercase();
    let hint = if lower.contains("duplicate") {
        "each key may appear only once in the same group; remove or rename one of them"
    } else if lower.contains("multiple") || (lower.contains("document") && !lower.contains("value"))
    {
        "a case file holds one case: remove the `---` line, or split the cases into separate files"
    } else if lower.contains("tab") {
        "indent with spaces, not tabs"
    } else if lower.contains("deep")
        || lower.contains("recursion limit")
        || lower.contains("alias")
        || lower.contains("anchor")
        || lower.contains("values")
        || lower.contains("complex")
    {
        "a case file is a few screens of keys and text; this file nests or repeats far more than \
         that"
    } else if lower.contains("indent") || lower.contains("mapping values") {
        "check the indentation: keys in the same group start in the same column"
    } else {
        "check the punctuation around this place: a missing space after `:`, an unclosed quote \
         or bracket, or text that needs quotes because it starts with a special character"
    };
    let message = if lower.contains("multiple") && lower.contains("document") {
        "the file holds more than one YAML document (a `---` line starts another)".to_owned()
    } else if lower.contains("recursion limit") {
        "the file nests keys and lists far too deeply".to_owned()
    } else if lower.starts_with("the file") {
        message.to_owned()
    } else {
        format!("this is not valid YAML: {message}")
    };
    (message, hint.to_owned())
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
            Raw::Str(ref s) => NodeKind::Scalar(s.clone()),
            Raw::Other(ref s) => NodeKind::Scalar(self.spelling(&raw, s.clone())),
            Raw::Seq(items) => {
                NodeKind::Seq(items.into_iter().map(|i| self.node(i)).collect::<Result<_, _>>()?)
            }
            Raw::Map(pairs) => {
                let mut entries = Vec::with_capacity(pairs.len());
                for (key, value) in pairs {
                    let key_span = self.span(&key.referenced);
                    let key = match key.value {
                        Raw::Str(ref s) => s.clone(),
                        Raw::Other(ref s) => self.spelling(&key, s.clone()),
                        Raw::Null | Raw::Seq(_) | Raw::Map(_) => {
                            return Err(Box::new(
                                Diagnostic::error(
                                    "a key must be a word such as `sender` or `breaches`",
                                )
                                .span(Some(key_span))
                                .hint("write `key: value`, with the key as plain text"),
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

    #[test]
    fn reports_yaml_errors_with_place_and_plain_words() {
        let d = tree("a: 1\na: 2\n").unwrap_err();
        assert_eq!(d.span.map(|s| (s.line, s.column)), Some((2, 1)));
        assert!(
            d.message.text(crate::catalogue::Lang::En).contains("duplicate"),
            "{:?}",
            d.message
        );
        assert!(d.hint.unwrap().text(crate::catalogue::Lang::En).contains("only once"));

        let d = tree("a: 1\n---\nb: 2\n").unwrap_err();
        assert!(d.hint.unwrap().text(crate::catalogue::Lang::En).contains("one case"));

        let d = tree("a:\n\tb: 1\n").unwrap_err();
        assert!(d.hint.unwrap().text(crate::catalogue::Lang::En).contains("spaces"));
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
        assert_eq!(
            d.message.text(crate::catalogue::Lang::En),
            "the file holds far more values than a case needs"
        );
        assert!(
            d.hint.unwrap().text(crate::catalogue::Lang::En).contains("nests or repeats far more")
        );
        for deep in [
            format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
            format!("{}{}", "{a: ".repeat(100), "}".repeat(100)),
            (0..40).map(|i| format!("{}k{i}:\n", " ".repeat(i))).collect(),
        ] {
            let d = tree(&deep).unwrap_err();
            assert!(d.message.text(crate::catalogue::Lang::En).contains("deep"), "{:?}", d.message);
            assert!(
                d.hint
                    .unwrap()
                    .text(crate::catalogue::Lang::En)
                    .contains("nests or repeats far more")
            );
        }
    }
}
