//! Printing problems and advice: for people (with colour on a terminal) or, with
//! `--message-format json`, as one JSON object per line for editors and scripts.

use std::io::{self, IsTerminal, Write};
use std::sync::OnceLock;

use super::args::MessageFormat;
use crate::catalogue::Lang;
use crate::diagnostic::Diagnostic;
use crate::source::Sources;

/// How problems are printed, chosen once at the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// For people; with colour when `true`.
    Human(bool),
    /// One JSON object per line.
    Json,
}

static STYLE: OnceLock<Style> = OnceLock::new();
static LANG: OnceLock<Lang> = OnceLock::new();

/// Chooses the style: JSON when asked; else colour when standard error is a terminal and
/// `NO_COLOR` is not set (<https://no-color.org>).
pub(crate) fn init(format: MessageFormat, lang: Lang) {
    let _ = LANG.set(lang);
    let style = match format {
        MessageFormat::Json => Style::Json,
        MessageFormat::Human => {
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            Style::Human(!no_color && io::stderr().is_terminal())
        }
    };
    let _ = STYLE.set(style);
}

/// The language of the messages, chosen once at the start.
pub(crate) fn lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

pub(crate) fn style() -> Style {
    STYLE.get().copied().unwrap_or(Style::Human(false))
}

/// One diagnostic, in the chosen style.
fn print(err: &mut impl Write, sources: &Sources, d: &Diagnostic) {
    let _ = match style() {
        Style::Human(color) => writeln!(err, "{}", d.render_styled(sources, color, lang())),
        Style::Json => writeln!(err, "{}", d.to_json(sources, lang())),
    };
}

/// A problem that belongs to no case file (usage, an unreadable file, an output that cannot be
/// written): `error: message`, or a JSON object with only `severity` and `message`.
pub(crate) fn error(message: &str) {
    let mut err = io::stderr().lock();
    let _ = match style() {
        Style::Human(color) => {
            let d = Diagnostic::error(message);
            writeln!(err, "{}", d.render_styled(&Sources::default(), color, lang()).trim_end())
        }
        Style::Json => {
            writeln!(err, "{}", serde_json::json!({"severity": "error", "message": message}))
        }
    };
}

/// Prints every diagnostic, then a line that counts them and says `outcome` ("nothing was
/// written").
pub(crate) fn problems(sources: &Sources, diagnostics: &[Diagnostic], outcome: &str) {
    let mut err = io::stderr().lock();
    for d in diagnostics {
        print(&mut err, sources, d);
    }
    if style() == Style::Json {
        return;
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let name = sources.root().map(|s| s.path.display().to_string()).unwrap_or_default();
    if errors > 0 {
        let _ = writeln!(err, "{name}: {} found; {outcome}", count(errors, "problem", "problems"));
    }
}

/// Prints advice (warnings).
pub(crate) fn advice(sources: &Sources, advice: &[Diagnostic]) {
    let mut err = io::stderr().lock();
    for d in advice {
        print(&mut err, sources, d);
    }
}

/// "1 problem", "3 problems".
pub(crate) fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
}
