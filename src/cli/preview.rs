//! `preview`: the letter as Markdown on standard output, advice on standard error.

use std::io::{self, Write};

use super::Outcome;
use super::args::PreviewArgs;
use super::report;
use super::session::{CaseOutcome, Session};
use crate::letter;
use crate::templates::render_notice;

pub(crate) fn run(session: &mut Session, args: &PreviewArgs) -> Outcome {
    let templates = match session.templates(args.templates.as_deref()) {
        Ok(t) => t,
        Err(outcome) => return outcome,
    };
    let (loaded, checked) = match session.check_case(&args.case) {
        CaseOutcome::Unreadable => return Outcome::Failure,
        CaseOutcome::Invalid => return Outcome::Invalid,
        CaseOutcome::Valid(valid) => *valid,
    };
    if !session.quiet || args.deny_warnings {
        report::advice(&loaded.sources, &checked.advice);
    }
    if args.deny_warnings && !checked.advice.is_empty() {
        session.error("advice given and --deny-warnings is set; nothing was shown");
        return Outcome::Invalid;
    }
    let letter = letter::compose(&checked.case);
    let rendered = match render_notice(&letter, &templates) {
        Ok(rendered) => rendered,
        Err(e) => {
            session.error(e);
            return Outcome::Failure;
        }
    };
    let mut out = io::stdout().lock();
    match out.write_all(rendered.markdown().as_str().as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Outcome::Success,
        // The reader went away (`| head`): that is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Outcome::Success,
        Err(e) => {
            session.error(format_args!("cannot write to standard output: {e}"));
            Outcome::Failure
        }
    }
}
