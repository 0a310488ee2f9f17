//! What every command shares: the date used as today, quietness, and checking one case.

use std::io;
use std::path::Path;

use chrono::NaiveDate;

use super::args::CaseOptions;
use super::report::{self, Nothing};
use crate::catalogue::Message;
use crate::load::{self, LoadError, Loaded};
use crate::msg;
use crate::validate::{self, Checked};

/// Options and output for one run of the program.
pub(crate) struct Session {
    /// The date used where a case has no `letter.date`.
    pub(crate) today: NaiveDate,
    /// Print only problems.
    pub(crate) quiet: bool,
}

/// A case read from disk and checked.
pub(crate) enum CaseOutcome {
    /// The file could not be read (exit status 2); already reported.
    Unreadable,
    /// The case is invalid (exit status 1); already reported.
    Invalid,
    /// A valid case; its advice has not been printed yet.
    Valid(Box<(Loaded, Checked)>),
}

impl Session {
    pub(crate) fn new(options: &CaseOptions) -> Session {
        Session {
            today: options.today.unwrap_or_else(today_from_clock),
            quiet: options.output.quiet,
        }
    }

    /// Prints `fout: message` on standard error.
    pub(crate) fn error(&self, message: Message) {
        report::error(&message);
    }

    /// Prints a line on standard error, unless quiet.
    pub(crate) fn note(&self, message: Message) {
        if !self.quiet {
            report::note(&message);
        }
    }

    /// Reads and checks the case at `path`, printing its problems when it is invalid.
    pub(crate) fn check_case(&self, path: &Path) -> CaseOutcome {
        let loaded = match load::load(path, &mut |p: &Path| super::input::read_case_file(p)) {
            Ok(loaded) => loaded,
            Err(LoadError::Read { path, source }) => {
                self.error(cannot_read_case(&path, &source));
                return CaseOutcome::Unreadable;
            }
            Err(LoadError::Invalid { sources, problems }) => {
                report::problems(&sources, &problems, Nothing::Made);
                return CaseOutcome::Invalid;
            }
        };
        match validate::validate(&loaded, self.today) {
            Ok(checked) => CaseOutcome::Valid(Box::new((loaded, checked))),
            Err(problems) => {
                report::problems(&loaded.sources, &problems, Nothing::Made);
                CaseOutcome::Invalid
            }
        }
    }
}

/// "Cannot read the case file `x`: the file does not exist".
pub(crate) fn cannot_read_case(path: &Path, error: &io::Error) -> Message {
    msg!("cli-cannot-read-case", path = path.display().to_string(), reason = load::io_reason(error))
}

/// Today's date on this computer: the only place the program reads the clock.
#[allow(clippy::disallowed_methods)]
fn today_from_clock() -> NaiveDate {
    chrono::Local::now().date_naive()
}

impl Session {
    /// The built-in templates, with the `.md` files of `dir` over them.
    pub(crate) fn templates(
        &self,
        dir: Option<&Path>,
    ) -> Result<crate::templates::Templates, super::Outcome> {
        let files = match dir {
            None => Vec::new(),
            Some(dir) => read_template_dir(dir).map_err(|message| {
                self.error(message);
                super::Outcome::Failure
            })?,
        };
        crate::templates::Templates::with_files(files)
            .map(|t| t.with_time_limit(std::time::Duration::from_secs(TEMPLATE_SECONDS)))
            .map_err(|e| {
                self.error(e.message());
                super::Outcome::Failure
            })
    }
}

/// How long one document may take to render with a user's templates.
const TEMPLATE_SECONDS: u64 = 5;

/// The `.md` files directly in `dir`.
fn read_template_dir(dir: &Path) -> Result<Vec<crate::templates::TemplateFile>, Message> {
    let folder = |e: &io::Error| {
        msg!(
            "cli-cannot-read-templates",
            path = dir.display().to_string(),
            reason = load::io_reason(e)
        )
    };
    let entries = std::fs::read_dir(dir).map_err(|e| folder(&e))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| folder(&e))?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else { continue };
        if !name.ends_with(".md") || !path.is_file() {
            continue;
        }
        let text = std::fs::read_to_string(&path).map_err(|e| {
            msg!(
                "cli-cannot-read-template",
                path = path.display().to_string(),
                reason = load::io_reason(&e)
            )
        })?;
        files.push(crate::templates::TemplateFile {
            name: name.to_owned(),
            text,
            path: path.clone(),
        });
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(files)
}

impl Session {
    /// Reports why a case produced nothing and returns the exit status: 1 for a problem in
    /// the case (or advice under `--deny-warnings`), 2 for a file or program problem.
    pub(crate) fn failure(
        &self,
        failure: super::produce::Failure,
        nothing: Nothing,
    ) -> super::Outcome {
        use super::produce::Failure;
        match failure {
            Failure::Unreadable(message) | Failure::Broken(message) | Failure::Usage(message) => {
                self.error(message);
                super::Outcome::Failure
            }
            Failure::Invalid(sources, problems) => {
                report::problems(&sources, &problems, nothing);
                super::Outcome::Invalid
            }
            Failure::Denied(loaded, advice) => {
                report::advice(&loaded.sources, &advice);
                self.error(msg!("cli-denied", nothing = nothing.message(1)));
                super::Outcome::Invalid
            }
        }
    }
}
