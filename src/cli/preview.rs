//! `preview`: the letter's text on standard output, for reading (the Markdown without its
//! escapes), advice on standard error.

use super::Outcome;
use super::args::{Format, PreviewArgs};
use super::produce::{Formats, produce};
use super::report::{self, Nothing};
use super::session::Session;
use crate::formats::pdf;

pub(crate) fn run(session: &mut Session, args: &PreviewArgs) -> Outcome {
    let templates = match session.templates(args.templates.as_deref()) {
        Ok(t) => t,
        Err(outcome) => return outcome,
    };
    let produced = match produce(
        &args.case,
        session.today,
        &templates,
        Formats { format: Format::Md, standard: pdf::Standard::Plain },
        args.which.want(false),
        args.deny_warnings,
    ) {
        Ok(produced) => produced,
        Err(failure) => return session.failure(failure, Nothing::Shown),
    };
    if !session.quiet {
        report::advice(&produced.loaded.sources, &produced.checked.advice);
        if let Some(note) = super::produce::date_note(&produced, args.which.want(false)) {
            session.note(note);
        }
    }
    // For a person: the text without the backslashes that only a Markdown reader needs.
    let text: String = produced
        .files
        .into_iter()
        .map(|f| crate::formats::markdown::for_reading(&String::from_utf8_lossy(&f.bytes)))
        .collect();
    super::to_stdout(text.as_bytes())
}
