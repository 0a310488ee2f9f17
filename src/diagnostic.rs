//! Problems and advice about a case file, and how they are shown.
//!
//! Every stage that looks at the user's input reports through [`Diagnostic`]: an error (the case
//! cannot be used, nothing is written) or a warning (advice; the letter is still produced). Each
//! names the key path as the letter counts (`breaches[2].facts`), the place in the file, a
//! message in plain words and, where it helps, a hint and the reason the advice matters.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

use crate::catalogue::{Arg, Lang, Message};
use crate::msg;
use crate::source::{DisplaySpan, Sources, Span};

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Advice: the letter is still written (unless `--deny-warnings`).
    Warning,
    /// The case cannot be used; nothing is written.
    Error,
}

/// Sorts diagnostics by file, line and column; those without a place go last.
pub fn sort_by_place(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| {
        d.span.map_or((u16::MAX, u32::MAX, u32::MAX), |s| (s.file.0, s.line, s.column))
    });
}

/// One step in a key path.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Segment {
    /// A mapping key: a key the case format names (borrowed), or one read from a file.
    Key(Cow<'static, str>),
    /// A list position, counted from 0 (shown from 1).
    Index(usize),
}

/// Where a value sits in the case file, e.g. `breaches[2].facts`. List positions are shown
/// counted from 1, as the letter numbers them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyPath(Vec<Segment>);

impl KeyPath {
    /// The top level of the file.
    pub fn root() -> KeyPath {
        KeyPath(Vec::new())
    }

    /// Parses a path written as the user sees it (`breaches[2].facts`); for tests and tools.
    pub fn parse(text: &str) -> KeyPath {
        let mut path = KeyPath::root();
        for part in text.split('.').filter(|p| !p.is_empty()) {
            let mut pieces = part.split('[');
            if let Some(key) = pieces.next().filter(|k| !k.is_empty()) {
                path = path.key(key.to_owned());
            }
            for index in pieces {
                let n = index.trim_end_matches(']').parse::<usize>().unwrap_or(1);
                path = path.index(n.saturating_sub(1));
            }
        }
        path
    }

    /// This path followed by a mapping key: a name of the case format (`&'static str`, kept
    /// without copying) or a key read from a file (`String`).
    pub fn key(&self, key: impl Into<Cow<'static, str>>) -> KeyPath {
        self.then(Segment::Key(key.into()))
    }

    /// This path followed by a list position (counted from 0).
    pub fn index(&self, index: usize) -> KeyPath {
        self.then(Segment::Index(index))
    }

    /// This path followed by `segment`, allocated once at its final length.
    fn then(&self, segment: Segment) -> KeyPath {
        let mut segments = Vec::with_capacity(self.0.len() + 1);
        segments.extend_from_slice(&self.0);
        segments.push(segment);
        KeyPath(segments)
    }

    /// The steps of the path.
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// Whether `self` is `other` or lies inside it.
    pub fn starts_with(&self, other: &KeyPath) -> bool {
        self.0.starts_with(&other.0)
    }

    /// Whether this is the top level.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// The path one step up (the top level stays the top level).
    pub fn parent(&self) -> KeyPath {
        let mut segments = self.0.clone();
        segments.pop();
        KeyPath(segments)
    }

    /// The last mapping key in the path, if any.
    pub fn last_key(&self) -> Option<&str> {
        self.0.iter().rev().find_map(|s| match s {
            Segment::Key(k) => Some(k.as_ref()),
            Segment::Index(_) => None,
        })
    }
}

impl fmt::Display for KeyPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(top level)");
        }
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(k) if i == 0 => f.write_str(k)?,
                Segment::Key(k) => write!(f, ".{k}")?,
                Segment::Index(n) => write!(f, "[{}]", n + 1)?,
            }
        }
        Ok(())
    }
}

impl serde::Serialize for KeyPath {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A problem (error) or a piece of advice (warning) about a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// A stable code for advice (`unconfirmed-contact`), so scripts and people can refer to it.
    pub code: Option<&'static str>,
    /// What is wrong, in plain words.
    pub message: Message,
    /// The key the problem is about, when there is one.
    pub path: Option<KeyPath>,
    /// Where in which file, when known.
    pub span: Option<Span>,
    /// What to do about it.
    pub hint: Option<Message>,
    /// For advice: why it matters, with the article of law or the practice behind it.
    pub why: Option<Message>,
}

impl Diagnostic {
    /// A new error with a message.
    pub fn error(message: impl Into<Message>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code: None,
            message: message.into(),
            path: None,
            span: None,
            hint: None,
            why: None,
        }
    }

    /// A new piece of advice with its stable code.
    pub fn warning(code: &'static str, message: impl Into<Message>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, code: Some(code), ..Diagnostic::error(message) }
    }

    /// Sets the key path.
    #[must_use]
    pub fn at(mut self, path: KeyPath) -> Diagnostic {
        self.path = Some(path);
        self
    }

    /// Sets the place in the file.
    #[must_use]
    pub fn span(mut self, span: Option<Span>) -> Diagnostic {
        self.span = span.or(self.span);
        self
    }

    /// Sets the hint.
    #[must_use]
    pub fn hint(mut self, hint: impl Into<Message>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    /// Sets the reason the advice matters.
    #[must_use]
    pub fn why(mut self, why: impl Into<Message>) -> Diagnostic {
        self.why = Some(why.into());
        self
    }

    /// Whether this is an error (not advice).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// One line: `file:line:column: fout: path: message`, for batch logs and scripts.
    pub fn one_line(&self, sources: &Sources, lang: Lang) -> String {
        let mut out = String::new();
        match self.span {
            Some(span) => {
                let _ = write!(out, "{}: ", visible(&DisplaySpan(sources, span).to_string()));
            }
            None => {
                if let Some(root) = sources.root() {
                    let _ = write!(out, "{}: ", visible(&root.path.display().to_string()));
                }
            }
        }
        let (label, text) = self.headline_parts(lang);
        let _ = write!(out, "{label}: {text}");
        out
    }

    /// The label (`fout`, `advies[code]`; `error`, `warning[code]` in English) and what
    /// follows it (path and message).
    fn headline_parts(&self, lang: Lang) -> (String, String) {
        let label = match (self.severity, self.code) {
            (Severity::Error, _) => msg!("label-error").text(lang),
            (Severity::Warning, Some(code)) => {
                format!("{}[{code}]", msg!("label-warning").text(lang))
            }
            (Severity::Warning, None) => msg!("label-warning").text(lang),
        };
        let message = visible(&self.message.text(lang));
        let text = match &self.path {
            Some(path) if !path.is_root() => format!("{}: {message}", visible(&path.to_string())),
            _ => message,
        };
        (label, text)
    }

    /// The full report: headline, place, the source line with a caret under the problem,
    /// the reason (for advice) and the hint.
    pub fn render(&self, sources: &Sources, lang: Lang) -> String {
        self.render_styled(sources, false, lang)
    }

    /// [`Diagnostic::render`], with colours for a terminal when `color` is set: the label in
    /// red (error) or yellow (advice), the place and the gutter in blue, the caret in the
    /// label's colour.
    pub fn render_styled(&self, sources: &Sources, color: bool, lang: Lang) -> String {
        let paint = |style: &str, text: &str| {
            if color { format!("{style}{text}{RESET}") } else { text.to_owned() }
        };
        let accent = if self.is_error() { RED } else { YELLOW };
        let (label, text) = self.headline_parts(lang);
        let mut out = format!("{}{}", paint(accent, &label), paint(BOLD, &format!(": {text}")));
        out.push('\n');
        let source_line = self.span.and_then(|span| {
            let text = sources.get(span.file)?.line(span.line)?;
            Some((span, text))
        });
        let gutter = source_line.map_or(1, |(span, _)| span.line.to_string().len());
        let pad = " ".repeat(gutter);
        let bar = paint(BLUE, "|");
        match (self.span, sources.root()) {
            (Some(span), _) => {
                let place = visible(&DisplaySpan(sources, span).to_string());
                let _ = writeln!(out, "{pad}{} {place}", paint(BLUE, "-->"));
            }
            (None, Some(root)) => {
                let place = visible(&root.path.display().to_string());
                let _ = writeln!(out, "{pad}{} {place}", paint(BLUE, "-->"));
            }
            (None, None) => {}
        }
        if let Some((span, text)) = source_line {
            let column = usize::try_from(span.column.saturating_sub(1)).unwrap_or(0);
            let len = usize::try_from(span.len.max(1)).unwrap_or(1);
            let (shown, start, len) = excerpt(text, column, len);
            let _ = writeln!(out, "{pad} {bar}");
            let _ =
                writeln!(out, "{} {bar} {}", paint(BLUE, &span.line.to_string()), shown.trim_end());
            let _ = writeln!(
                out,
                "{pad} {bar} {}{}",
                " ".repeat(start),
                paint(accent, &"^".repeat(len))
            );
        }
        if let Some(why) = &self.why {
            let label = format!("= {}:", msg!("label-why").text(lang));
            let _ = writeln!(out, "{pad} {} {}", paint(BLUE, &label), why.text(lang));
        }
        if let Some(hint) = &self.hint {
            let label = format!("= {}:", msg!("label-hint").text(lang));
            let _ = writeln!(out, "{pad} {} {}", paint(CYAN, &label), hint.text(lang));
        }
        out
    }

    /// The diagnostic as one JSON object, for editors and scripts (`--message-format json`):
    /// `severity`, `code`, `file`, `line`, `column`, `end_column`, `path`, `message`, `why`,
    /// `hint`; a value that is not known is `null`. Lines and columns count from 1. The names
    /// and the severity are English and stable; the texts are in `lang`.
    pub fn to_json(&self, sources: &Sources, lang: Lang) -> serde_json::Value {
        let file = match self.span {
            Some(span) => Some(sources.path(span.file).display().to_string()),
            None => sources.root().map(|r| r.path.display().to_string()),
        };
        serde_json::json!({
            "severity": if self.is_error() { "error" } else { "warning" },
            "code": self.code,
            "file": file,
            "line": self.span.map(|s| s.line),
            "column": self.span.map(|s| s.column),
            "end_column": self.span.map(|s| s.column.saturating_add(s.len.max(1))),
            "path": self.path.as_ref().filter(|p| !p.is_root()).map(ToString::to_string),
            "message": self.message.text(lang),
            "why": self.why.as_ref().map(|m| m.text(lang)),
            "hint": self.hint.as_ref().map(|m| m.text(lang)),
        })
    }
}

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";
const RED: &str = "\x1b[1;31m";
const YELLOW: &str = "\x1b[1;33m";
const BLUE: &str = "\x1b[1;34m";
const CYAN: &str = "\x1b[1;36m";

/// Text from a case file as a terminal may show it: control characters (an escape sequence, a
/// carriage return) become `�`, so a file cannot move the cursor or colour the terminal.
pub(crate) fn visible(text: &str) -> String {
    text.chars().map(|c| if c.is_control() && c != '\n' { '\u{fffd}' } else { c }).collect()
}

/// The widest source line shown, in characters; a longer line is cut around the problem.
const EXCERPT_WIDTH: usize = 100;

/// The part of a source line to show: tabs as spaces, control characters visible, and a line
/// longer than [`EXCERPT_WIDTH`] cut to a window around the problem, marked with `…`. Returns
/// the text, the caret's column in it (from 0) and the caret's length.
fn excerpt(line: &str, column: usize, len: usize) -> (String, usize, usize) {
    let chars: Vec<char> = line
        .chars()
        .map(|c| match c {
            '\t' => ' ',
            c if c.is_control() => '\u{fffd}',
            c => c,
        })
        .collect();
    let column = column.min(chars.len());
    let len = len.min(chars.len().saturating_sub(column)).max(1);
    if chars.len() <= EXCERPT_WIDTH {
        return (chars.into_iter().collect(), column, len);
    }
    let before = EXCERPT_WIDTH / 3;
    let from = column.saturating_sub(before);
    let to = (from + EXCERPT_WIDTH).min(chars.len());
    let mut shown = String::new();
    let mut start = column - from;
    if from > 0 {
        shown.push('…');
        start += 1;
    }
    shown.extend(chars.get(from..to).unwrap_or_default());
    if to < chars.len() {
        shown.push('…');
    }
    (shown, start, len.min(to.saturating_sub(column)).max(1))
}

/// Suggests the closest of `candidates` to a misspelt `word`, if one is close enough.
pub(crate) fn did_you_mean<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let lower = word.to_lowercase();
    candidates
        .iter()
        .map(|c| (strsim::damerau_levenshtein(&lower, &c.to_lowercase()), *c))
        .filter(|(distance, c)| *distance <= (c.chars().count() / 3).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}

/// `a`, `a or b`, `a, b or c` (`a, b of c` in Dutch), with each item in backticks.
pub(crate) fn one_of(items: &[&str]) -> Arg {
    let quoted: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
    match quoted.split_last() {
        None => Arg::Text(String::new()),
        Some((last, [])) => Arg::Text(last.clone()),
        Some((last, rest)) => Arg::Message(msg!("list-or", rest = rest.join(", "), last = last)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Source;

    #[test]
    fn key_paths_count_from_one() {
        let path = KeyPath::root().key("breaches").index(1).key("facts");
        assert_eq!(path.to_string(), "breaches[2].facts");
        assert_eq!(KeyPath::parse("breaches[2].facts"), path);
        assert_eq!(KeyPath::parse("history[1]"), KeyPath::root().key("history").index(0));
        assert_eq!(KeyPath::root().to_string(), "(top level)");
        assert!(path.starts_with(&KeyPath::parse("breaches[2]")));
        assert!(!path.starts_with(&KeyPath::parse("breaches[1]")));
    }

    #[test]
    fn suggests_close_names_only() {
        let keys = ["breaches", "history", "deadline"];
        assert_eq!(did_you_mean("breachs", &keys), Some("breaches"));
        assert_eq!(did_you_mean("Deadlines", &keys), Some("deadline"));
        assert_eq!(did_you_mean("zzz", &keys), None);
        let text = |arg: Arg| match arg {
            Arg::Message(m) => (m.text(Lang::Nl), m.text(Lang::En)),
            other => (format!("{other:?}"), String::new()),
        };
        assert_eq!(
            text(one_of(&["a", "b", "c"])),
            ("`a`, `b` of `c`".into(), "`a`, `b` or `c`".into())
        );
        assert_eq!(one_of(&["a"]), Arg::Text("`a`".into()));
    }

    #[test]
    fn long_lines_are_cut_around_the_problem_and_control_characters_shown() {
        let line = format!("{}x{}", "[".repeat(500), "]".repeat(500));
        let (shown, start, len) = excerpt(&line, 500, 1);
        assert_eq!(shown.chars().count(), EXCERPT_WIDTH + 2);
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(shown.chars().nth(start), Some('x'));
        assert_eq!(len, 1);
        let (shown, start, _) = excerpt(&"a".repeat(300), 3, 1);
        assert!(!shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(start, 3);
        let (shown, start, _) = excerpt("kort", 10, 5);
        assert_eq!((shown.as_str(), start), ("kort", 4));
        assert_eq!(visible("a\u{1b}[31mb\r"), "a\u{fffd}[31mb\u{fffd}");
    }

    #[test]
    fn colour_only_when_asked() {
        let mut sources = Sources::default();
        let file = sources.add(Source { path: "zaak.yaml".into(), text: "deadline: 0\n".into() });
        let d = Diagnostic::error(Message::verbatim("must be at least 1"))
            .span(Some(Span { file, line: 1, column: 11, len: 1 }))
            .hint(Message::verbatim("give a number"));
        let styled = d.render_styled(&sources, true, Lang::En);
        assert!(styled.starts_with("\x1b[1;31merror\x1b[0m"), "{styled:?}");
        assert!(styled.contains("\x1b[1;31m^\x1b[0m"));
        assert!(!d.render(&sources, Lang::En).contains('\x1b'));
        let json = d.to_json(&sources, Lang::En);
        assert_eq!(json["file"], "zaak.yaml");
        assert_eq!((json["line"].as_u64(), json["column"].as_u64()), (Some(1), Some(11)));
        assert_eq!(json["end_column"], 12);
        assert_eq!(json["code"], serde_json::Value::Null);
    }

    #[test]
    fn renders_the_line_with_a_caret() {
        let mut sources = Sources::default();
        let file =
            sources.add(Source { path: "zaak.yaml".into(), text: "a: 1\ndeadline: 0\n".into() });
        let d = Diagnostic::error(Message::verbatim("must be at least 1"))
            .at(KeyPath::parse("deadline"))
            .span(Some(Span { file, line: 2, column: 11, len: 1 }))
            .hint(Message::verbatim("give a number of working days"));
        assert_eq!(
            d.render(&sources, Lang::En),
            "error: deadline: must be at least 1\n \
             --> zaak.yaml:2:11\n  |\n2 | deadline: 0\n  |           ^\n  = hint: give a number of working days\n"
        );
        assert_eq!(
            d.one_line(&sources, Lang::En),
            "zaak.yaml:2:11: error: deadline: must be at least 1"
        );
        assert_eq!(
            d.one_line(&sources, Lang::Nl),
            "zaak.yaml:2:11: fout: deadline: must be at least 1"
        );
        let advice = Diagnostic::warning("thin-facts", Message::verbatim("x"))
            .why(Message::verbatim("y"))
            .hint(Message::verbatim("z"));
        let shown = advice.render(&sources, Lang::Nl);
        assert!(shown.starts_with("advies[thin-facts]: x\n"), "{shown}");
        assert!(shown.contains("= waarom: y\n") && shown.contains("= tip: z\n"), "{shown}");
    }
}
