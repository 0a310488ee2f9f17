//! `check`: validate cases and show the advice; nothing is written.
//!
//! A case is checked as `render` would make it: every document it has the data for (or the one
//! `--document` names) is made in memory, as PDF, so that whatever `render` would refuse (the
//! letter after the term before its time, an address too long for the window, a character the
//! font cannot print) is reported here first.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::Outcome;
use super::args::CheckArgs;
use super::batch::discover::discover;
use super::produce::{self, Failure, Want};
use super::report::{self, Nothing};
use super::session::{CaseOutcome, Session};
use crate::formats::pdf;
use crate::templates::Templates;
use crate::{dutch, msg};

pub(crate) fn run(session: &mut Session, args: &CheckArgs) -> Outcome {
    let templates = match session.templates(args.templates.as_deref()) {
        Ok(t) => t,
        Err(outcome) => return outcome,
    };
    let (cases, mut outcome) = cases(session, &args.cases);
    for path in &cases {
        outcome = outcome.max(check(session, args, &templates, path));
    }
    outcome
}

/// The case files named: a file as it is, a folder searched as `batch` searches it (with its
/// subfolders, without base files). A folder without cases, or one that cannot be read, is an
/// error.
fn cases(session: &Session, paths: &[PathBuf]) -> (Vec<PathBuf>, Outcome) {
    let mut cases = Vec::new();
    let mut outcome = Outcome::Success;
    for path in paths {
        if !path.is_dir() {
            cases.push(path.clone());
            continue;
        }
        match discover(std::slice::from_ref(path)) {
            Ok(found) => {
                for message in &found.skipped {
                    session.error(message.clone());
                    outcome = Outcome::Failure;
                }
                let before = cases.len();
                // A full case that another case extends is still a case to check.
                let all = (0..found.len()).map(|i| found.source(i)).chain(found.extended.clone());
                // `check .` names `zaak.yaml`, not `./zaak.yaml`.
                cases.extend(all.map(|p| p.strip_prefix(".").map(Path::to_path_buf).unwrap_or(p)));
                if cases.len() == before {
                    session.error(msg!("cli-check-no-cases", path = path.display().to_string()));
                    outcome = Outcome::Failure;
                }
            }
            Err(message) => {
                session.error(message);
                outcome = Outcome::Failure;
            }
        }
    }
    (cases, outcome)
}

/// Checks one case and the documents asked for.
fn check(session: &Session, args: &CheckArgs, templates: &Templates, path: &Path) -> Outcome {
    let (loaded, checked) = match session.check_case(path) {
        CaseOutcome::Unreadable => return Outcome::Failure,
        CaseOutcome::Invalid => return Outcome::Invalid,
        CaseOutcome::Valid(valid) => *valid,
    };
    let advice = &checked.advice;
    if !session.quiet || args.deny_warnings {
        report::advice(&loaded.sources, advice);
    }
    let want = match args.document {
        None => Want::Everything,
        Some(document) => {
            super::args::Which { document, entry: args.entry }.want(args.entry.is_none())
        }
    };
    // Characters the PDF cannot print are a problem of the case, whatever the document.
    let unprintable = pdf::unprintable(&loaded.tree);
    if !unprintable.is_empty() {
        report::problems(&loaded.sources, &unprintable, Nothing::Made);
        return Outcome::Invalid;
    }
    let mut outcome = Outcome::Success;
    for document in produce::documents(want, &checked.case) {
        match produce::check_one(&loaded, &checked, templates, document) {
            Ok(_) => {}
            Err(Failure::Invalid(sources, problems)) => {
                report::problems(&sources, &problems, Nothing::Document(document));
                outcome = outcome.max(Outcome::Invalid);
            }
            Err(
                Failure::Usage(message) | Failure::Broken(message) | Failure::Unreadable(message),
            ) => {
                session.error(message);
                outcome = Outcome::Failure;
            }
            Err(Failure::Denied(..)) => {}
        }
    }
    if outcome == Outcome::Success && !session.quiet {
        let case = &checked.case;
        let verdict = msg!(
            "cli-check-valid",
            file = crate::diagnostic::visible(&path.display().to_string()),
            advice = advice.len(),
            deadline = dutch::date_with_weekday(case.deadline.date)
        );
        let _ = writeln!(io::stdout().lock(), "{}", verdict.text(report::lang()));
    }
    if args.deny_warnings && !advice.is_empty() { outcome.max(Outcome::Invalid) } else { outcome }
}
