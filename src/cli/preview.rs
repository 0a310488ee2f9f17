//! `preview`: the letter as Markdown on standard output, advice on standard error.

use super::Outcome;
use super::args::{Format, PreviewArgs};
use super::produce::produce;
use super::report;
use super::session::Session;

pub(crate) fn run(session: &mut Session, args: &PreviewArgs) -> Outcome {
    let templates = match session.templates(args.templates.as_deref()) {
        Ok(t) => t,
        Err(outcome) => return outcome,
    };
    let produced = match produce(
        &args.case,
        session.today,
        &templates,
        Format::Md,
        args.which.want(false),
        args.deny_warnings,
    ) {
        Ok(produced) => produced,
        Err(failure) => return session.failure(failure, "nothing was shown"),
    };
    if !session.quiet {
        report::advice(&produced.loaded.sources, &produced.checked.advice);
    }
    let text: Vec<u8> = produced.files.into_iter().flat_map(|f| f.bytes).collect();
    super::to_stdout(&text)
}
