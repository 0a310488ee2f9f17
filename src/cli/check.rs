//! `check`: validate cases and show the advice; nothing is written.

use std::io::{self, Write};

use super::Outcome;
use super::args::CheckArgs;
use super::report;
use super::session::{CaseOutcome, Session};
use crate::dutch;

pub(crate) fn run(session: &mut Session, args: &CheckArgs) -> Outcome {
    let mut outcome = Outcome::Success;
    for path in &args.cases {
        let result = match session.check_case(path) {
            CaseOutcome::Unreadable => Outcome::Failure,
            CaseOutcome::Invalid => Outcome::Invalid,
            CaseOutcome::Valid(valid) => {
                let (loaded, checked) = *valid;
                let advice = &checked.advice;
                if !session.quiet || args.deny_warnings {
                    report::advice(&loaded.sources, advice);
                }
                let verdict = if advice.is_empty() {
                    "valid".to_owned()
                } else {
                    format!(
                        "valid, with {}",
                        report::count(advice.len(), "piece of advice", "pieces of advice")
                    )
                };
                if !session.quiet {
                    let case = &checked.case;
                    let _ = writeln!(
                        io::stdout().lock(),
                        "{}: {verdict}; deadline {}",
                        path.display(),
                        dutch::date_with_weekday(case.deadline.date)
                    );
                }
                if args.deny_warnings && !advice.is_empty() {
                    Outcome::Invalid
                } else {
                    Outcome::Success
                }
            }
        };
        outcome = outcome.max(result);
    }
    outcome
}
