//! What every command shares: the date used as today, quietness, and checking one case.

use std::io::{self, Write};
use std::path::Path;

use chrono::NaiveDate;

use super::args::Global;
use super::report;
use crate::load::{self, LoadError, Loaded};
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
    pub(crate) fn new(global: &Global) -> Session {
        Session { today: global.today.unwrap_or_else(today_from_clock), quiet: global.quiet }
    }

    /// Prints `error: message` on standard error.
    pub(crate) fn error(&self, message: impl std::fmt::Display) {
        report::error(&message.to_string());
    }

    /// Prints a line on standard error, unless quiet.
    pub(crate) fn note(&self, message: impl std::fmt::Display) {
        if !self.quiet && report::style() != report::Style::Json {
            let _ = writeln!(io::stderr().lock(), "{message}");
        }
    }

    /// Reads and checks the case at `path`, printing its problems when it is invalid.
    pub(crate) fn check_case(&self, path: &Path) -> CaseOutcome {
        let loaded = match load::load(path, &mut |p: &Path| super::input::read_case_file(p)) {
            Ok(loaded) => loaded,
            Err(LoadError::Read { path, source }) => {
                self.error(format_args!(
                    "cannot read the case file `{}`: {}",
                    path.display(),
                    load::io_reason(&source).text(crate::cli::report::lang())
                ));
                return CaseOutcome::Unreadable;
            }
            Err(LoadError::Invalid { sources, problems }) => {
                report::problems(&sources, &problems, NOT_VALID);
                return CaseOutcome::Invalid;
            }
        };
        match validate::validate(&loaded, self.today) {
            Ok(checked) => CaseOutcome::Valid(Box::new((loaded, checked))),
            Err(problems) => {
                report::problems(&loaded.sources, &problems, NOT_VALID);
                CaseOutcome::Invalid
            }
        }
    }
}

/// What `check` says after the problems of an invalid case.
const NOT_VALID: &str = "no letter can be made until they are fixed";

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
                self.error(e);
                super::Outcome::Failure
            })
    }
}

/// How long one document may take to render with a user's templates.
const TEMPLATE_SECONDS: u64 = 5;

/// The `.md` files directly in `dir`.
fn read_template_dir(dir: &Path) -> Result<Vec<crate::templates::TemplateFile>, String> {
    let reason = |e: &io::Error| load::io_reason(e).text(crate::cli::report::lang());
    let entries = std::fs::read_dir(dir).map_err(|e| {
        format!("cannot read the templates folder `{}`: {}", dir.display(), reason(&e))
    })?;
    let mut files = Vec::new();
    for entry in entries {
        let path =
            entry.map_err(|e| format!("cannot read `{}`: {}", dir.display(), reason(&e)))?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else { continue };
        if !name.ends_with(".md") || !path.is_file() {
            continue;
        }
        let text = std::fs::read_to_string(&path).map_err(|e| {
            format!("cannot read the template `{}`: {}", path.display(), reason(&e))
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
        nothing: &str,
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
                self.error(format_args!("advice given and --deny-warnings is set; {nothing}"));
                super::Outcome::Invalid
            }
        }
    }
}
