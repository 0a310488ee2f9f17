//! Printing problems and advice: for people (with colour on a terminal) or, with
//! `--message-format json`, as one JSON object per line for editors and scripts.

use std::io::{self, IsTerminal, Write};
use std::sync::OnceLock;

use super::args::MessageFormat;
use crate::catalogue::{Lang, Message};
use crate::diagnostic::Diagnostic;
use crate::documents::Document;
use crate::msg;
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

/// One diagnostic that belongs to no case file (a usage error), with its hint.
pub(crate) fn diagnostic(d: &Diagnostic) {
    let mut err = io::stderr().lock();
    let _ = match style() {
        Style::Human(color) => {
            writeln!(err, "{}", d.render_styled(&Sources::default(), color, lang()).trim_end())
        }
        Style::Json => writeln!(err, "{}", d.to_json(&Sources::default(), lang())),
    };
}

/// A problem that belongs to no case file (usage, an unreadable file, an output that cannot be
/// written): `fout: message`, or a JSON object with only `severity` and `message`.
pub(crate) fn error(message: &Message) {
    let mut err = io::stderr().lock();
    let _ = match style() {
        Style::Human(color) => {
            let d = Diagnostic::error(message.clone());
            writeln!(err, "{}", d.render_styled(&Sources::default(), color, lang()).trim_end())
        }
        Style::Json => {
            let text = message.text(lang());
            writeln!(err, "{}", serde_json::json!({"severity": "error", "message": text}))
        }
    };
}

/// What a command says after the problems of a case: nothing was written, shown or made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Nothing {
    /// `check`: no letter can be made until the problems are fixed.
    Made,
    /// `render`: nothing was written.
    Written,
    /// `preview`: nothing was shown.
    Shown,
    /// `check`: this document cannot be made until the problems are fixed.
    Document(Document),
}

impl Nothing {
    /// The words, for `count` problems.
    pub(crate) fn message(self, count: usize) -> Message {
        match self {
            Nothing::Made => msg!("cli-nothing-made", count = count),
            Nothing::Written => msg!("cli-nothing-written"),
            Nothing::Shown => msg!("cli-nothing-shown"),
            Nothing::Document(document) => {
                msg!("cli-nothing-document", count = count, document = document_name(document))
            }
        }
    }
}

/// The document's name in a sentence: "de brief na de termijn", "bevestiging 2".
pub(crate) fn document_name(document: Document) -> Message {
    match document {
        Document::Notice => msg!("cli-document-notice"),
        Document::CallNotes => msg!("cli-document-call-notes"),
        Document::FollowUp => msg!("cli-document-follow-up"),
        Document::Confirmation(Some(n)) => msg!("cli-document-confirmation-n", entry = n),
        Document::Confirmation(None) => msg!("cli-document-confirmation"),
    }
}

/// Prints every diagnostic, then a line that counts the problems and says what did not happen.
pub(crate) fn problems(sources: &Sources, diagnostics: &[Diagnostic], nothing: Nothing) {
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
        let line = msg!(
            "cli-problems-found",
            file = crate::diagnostic::visible(&name),
            count = errors,
            nothing = nothing.message(errors)
        );
        let _ = writeln!(err, "{}", line.text(lang()));
    }
}

/// Prints advice (warnings).
pub(crate) fn advice(sources: &Sources, advice: &[Diagnostic]) {
    let mut err = io::stderr().lock();
    for d in advice {
        print(&mut err, sources, d);
    }
}

/// Prints a line for people on standard error (not in JSON mode, and not when `quiet`).
pub(crate) fn note(message: &Message) {
    if style() != Style::Json {
        let _ = writeln!(io::stderr().lock(), "{}", message.text(lang()));
    }
}
