//! `batch`: letters for many case files in one run.
//!
//! The inputs are files and folders (searched recursively for `*.yaml` and `*.yml`); base
//! files (a name starting with `_`, or extended by another case in the run) are skipped
//! ([`mod@discover`]). Every case is independent: a bad case is reported and the others still run,
//! on `--jobs` threads. Outputs mirror each case file's path below its input folder under
//! `--out`, so that two `zaak.yaml` in different folders never collide. A manifest
//! ([`manifest`]) records every case. Memory stays flat whatever the number of cases: rows
//! wait in a temporary file, and the manifests are streamed at the end.

mod discover;
mod manifest;

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, IsTerminal, Write};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use sha2::{Digest, Sha256};

use self::discover::{Found, discover};
use self::manifest::{OutputRow, Row, Rows};
use super::Outcome;
use super::args::BatchArgs;
use super::output::{self, Durability, Output};
use super::produce::{Failure, produce};
use super::render::with_extension;
use super::report::{self, Style};
use super::session::Session;
use crate::diagnostic::Diagnostic;
use crate::load;
use crate::source::Sources;
use crate::templates::Templates;

/// Prints messages from the workers without tearing the progress bar.
struct Console {
    bar: ProgressBar,
    lock: Mutex<()>,
}

impl Console {
    fn new(cases: usize, quiet: bool) -> Console {
        let bar = if quiet || !io::stderr().is_terminal() {
            ProgressBar::hidden()
        } else {
            let bar =
                ProgressBar::with_draw_target(Some(cases as u64), ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template(
                "{bar:32.cyan/blue} {pos}/{len} cases  {per_sec}  eta {eta}",
            ) {
                bar.set_style(style.progress_chars("█▉▊▋▌▍▎▏ "));
            }
            bar
        };
        Console { bar, lock: Mutex::new(()) }
    }

    fn line(&self, text: &str) {
        let _guard = self.lock.lock();
        self.bar.suspend(|| {
            let _ = writeln!(io::stderr().lock(), "{text}");
        });
    }
}

pub(crate) fn run(session: &mut Session, args: &BatchArgs) -> Outcome {
    let templates = match session.templates(args.templates.as_deref()) {
        Ok(t) => t,
        Err(outcome) => return outcome,
    };
    let found = match discover(&args.paths) {
        Ok(found) => found,
        Err(message) => {
            session.error(message);
            return Outcome::Failure;
        }
    };
    for message in &found.skipped {
        session.error(crate::diagnostic::visible(message));
    }
    if found.is_empty() {
        let places: Vec<String> = args.paths.iter().map(|p| format!("`{}`", p.display())).collect();
        session.error(format_args!(
            "no case files found in {}: looked for `*.yaml` and `*.yml` files (in folders and \
             their subfolders), skipping base files (a name that starts with `_`, or a file \
             another case extends)",
            places.join(", ")
        ));
        return Outcome::Failure;
    }
    if let Err(e) = fs::create_dir_all(&args.out) {
        session.error(format_args!(
            "cannot create `{}`: {}",
            args.out.display(),
            load::io_reason(&e).text(crate::cli::report::lang())
        ));
        return Outcome::Failure;
    }
    // One run per output folder at a time: a second one would take the first one's temporary
    // files for leftovers of a killed run.
    let _lock = match output::lock_folder(&args.out) {
        Ok(Some(lock)) => lock,
        Ok(None) => {
            session.error(format_args!(
                "another batch is writing into `{}`; wait until it is done, or choose another \
                 `--out`",
                args.out.display()
            ));
            return Outcome::Failure;
        }
        Err(e) => {
            session.error(format_args!(
                "cannot lock `{}` for this run: {}",
                args.out.display(),
                load::io_reason(&e).text(crate::cli::report::lang())
            ));
            return Outcome::Failure;
        }
    };
    output::remove_stale_temporary_files(&args.out);

    let jobs = args
        .jobs
        .map_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()), usize::from);
    let console = Console::new(found.len(), session.quiet);
    let mut rows = match Rows::new() {
        Ok(rows) => rows,
        Err(e) => {
            session.error(format_args!("cannot create a temporary file: {e}"));
            return Outcome::Failure;
        }
    };
    let context =
        Context { session, args, templates: &templates, console: &console, found: &found };
    let mut counts = Counts::default();
    // A full case that another case extends is a base file: said, and in the manifest.
    for path in &found.extended {
        let source = path.display().to_string();
        let message = "another case in this run extends it, so it is taken as a base file and \
                       no letter is made for it; give a base file a name that starts with `_`";
        context.case_error(&source, message);
        let row = Row {
            source,
            status: "skipped".to_owned(),
            error: Some(message.to_owned()),
            ..Row::default()
        };
        counts.add(&row);
        if let Err(e) = rows.push(&row) {
            session.error(format_args!("cannot write a temporary file: {e}"));
            return Outcome::Failure;
        }
    }
    let result = process(&context, jobs, |row| {
        counts.add(&row);
        rows.push(&row)
    });
    console.bar.finish_and_clear();
    if let Err(e) = result {
        session.error(format_args!("cannot write a temporary file: {e}"));
        return Outcome::Failure;
    }
    if let Err(message) = rows.write(&args.out) {
        session.error(message);
        return Outcome::Failure;
    }
    if !session.quiet && report::style() != Style::Json {
        let _ = writeln!(
            io::stderr().lock(),
            "{} written, {} rejected, {} with advice; manifest in {}",
            report::count(counts.written, "letter", "letters"),
            report::count(counts.rejected, "case", "cases"),
            counts.with_advice,
            args.out.join("manifest.json").display()
        );
    }
    if counts.rejected > 0 || !found.skipped.is_empty() {
        Outcome::Invalid
    } else {
        Outcome::Success
    }
}

/// How the cases ended.
#[derive(Debug, Default)]
struct Counts {
    written: usize,
    rejected: usize,
    with_advice: usize,
}

impl Counts {
    fn add(&mut self, row: &Row) {
        if row.status == "written" {
            self.written += 1;
        } else {
            self.rejected += 1;
        }
        if !row.advice.is_empty() {
            self.with_advice += 1;
        }
    }
}

/// The most worker threads a batch starts, whatever `--jobs` says: the work is bound by the
/// processor, and more threads than cores only cost memory.
pub(crate) const MAX_JOBS: usize = 64;

/// Runs the cases on `jobs` threads and hands each row to `sink` in the order of the cases,
/// whatever order the workers finish in. Each worker takes the next case when it is done with
/// one, so a slow case never holds up the others; rows that finish early wait (they are
/// small) until the rows before them are in.
fn process(
    context: &Context<'_>,
    jobs: usize,
    mut sink: impl FnMut(Row) -> io::Result<()>,
) -> io::Result<()> {
    let cases = context.found.len();
    let next = AtomicUsize::new(0);
    let (sender, receiver) = mpsc::channel::<(usize, Row)>();
    let work = |sender: mpsc::Sender<(usize, Row)>| {
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            if index >= cases {
                break;
            }
            let row = context.case(index);
            context.console.bar.inc(1);
            if sender.send((index, row)).is_err() {
                break;
            }
        }
    };
    std::thread::scope(|scope| {
        // No more threads than cases or MAX_JOBS; when the system gives fewer (`ulimit -u`),
        // the ones it gives do the work, and with none this thread does it.
        let mut started = 0;
        for _ in 0..jobs.clamp(1, cases.max(1)).min(MAX_JOBS) {
            let sender = sender.clone();
            let work = &work;
            match std::thread::Builder::new().spawn_scoped(scope, move || work(sender)) {
                Ok(_) => started += 1,
                Err(_) => break,
            }
        }
        if started == 0 {
            work(sender.clone());
        }
        drop(sender);
        let mut waiting = BTreeMap::new();
        let mut expected = 0;
        let mut result = Ok(());
        for (index, row) in receiver {
            waiting.insert(index, row);
            while let Some(row) = waiting.remove(&expected) {
                if result.is_ok() {
                    result = sink(row);
                }
                expected += 1;
            }
        }
        result
    })
}

/// What every worker needs.
struct Context<'a> {
    session: &'a Session,
    args: &'a BatchArgs,
    templates: &'a Templates,
    console: &'a Console,
    found: &'a Found,
}

impl Context<'_> {
    /// Prints a problem of a whole case file: `file: error: message`, or its JSON object.
    fn case_error(&self, source: &str, message: &str) {
        let line = match report::style() {
            Style::Json => {
                serde_json::json!({"severity": "error", "file": source, "message": message})
                    .to_string()
            }
            // A file name or message with an escape sequence must not reach the terminal.
            Style::Human(_) => crate::diagnostic::visible(&format!("{source}: error: {message}")),
        };
        self.console.line(&line);
    }

    /// Prints a problem or a piece of advice on one line, or as its JSON object.
    fn diagnostic(&self, sources: &Sources, d: &Diagnostic) {
        let line = match report::style() {
            Style::Json => d.to_json(sources, report::lang()).to_string(),
            Style::Human(_) => d.one_line(sources, report::lang()),
        };
        self.console.line(&line);
    }

    /// Makes case `index`'s documents, writes them, and returns its manifest row.
    fn case(&self, index: usize) -> Row {
        let found = self.found;
        let case_file = &found.source(index);
        let source = case_file.display().to_string();
        let mut row = Row { source: source.clone(), ..Row::default() };
        if let Some(owner) = found.owner_of_name(index) {
            let message = format!(
                "its output name `{}` is already used by `{}`; rename one of the files",
                found.name(index).display(),
                owner.display()
            );
            self.case_error(&source, &message);
            row.status = "failed".to_owned();
            row.error = Some(message);
            return row;
        }
        let args = self.args;
        let produced = match produce(
            case_file,
            self.session.today,
            self.templates,
            args.format,
            args.which.want(true),
            args.deny_warnings,
        ) {
            Ok(produced) => produced,
            Err(failure) => {
                let (status, lines) = match &failure {
                    Failure::Unreadable(message)
                    | Failure::Broken(message)
                    | Failure::Usage(message) => {
                        self.case_error(&source, message);
                        ("failed", vec![format!("{source}: error: {message}")])
                    }
                    Failure::Invalid(sources, problems) => {
                        for d in problems {
                            self.diagnostic(sources, d);
                        }
                        (
                            "invalid",
                            problems.iter().map(|d| d.one_line(sources, report::lang())).collect(),
                        )
                    }
                    Failure::Denied(loaded, advice) => {
                        for d in advice {
                            self.diagnostic(&loaded.sources, d);
                        }
                        let denied = "advice given and --deny-warnings is set";
                        self.case_error(&source, denied);
                        let mut lines: Vec<String> = advice
                            .iter()
                            .map(|d| d.one_line(&loaded.sources, report::lang()))
                            .collect();
                        lines.push(format!("{source}: error: {denied}"));
                        row.advice =
                            advice.iter().filter_map(|d| d.code).map(str::to_owned).collect();
                        ("invalid", lines)
                    }
                };
                row.status = status.to_owned();
                row.error = Some(summary(&lines));
                return row;
            }
        };
        let case = &produced.checked.case;
        row.supplier = Some(case.supplier.party.organisation.clone());
        row.contract = Some(case.contract.title.clone());
        row.letter_date = Some(case.letter.date.to_string());
        row.deadline = Some(case.deadline.date.to_string());
        row.advice =
            produced.checked.advice.iter().filter_map(|d| d.code).map(str::to_owned).collect();
        if !self.session.quiet {
            for d in &produced.checked.advice {
                self.diagnostic(&produced.loaded.sources, d);
            }
        }
        let base = args.out.join(found.name(index));
        let outputs: Vec<Output> = produced
            .files
            .into_iter()
            .map(|file| {
                let mut name = base.clone().into_os_string();
                name.push(&file.suffix);
                Output {
                    path: with_extension(std::path::Path::new(&name), file.extension),
                    bytes: file.bytes,
                }
            })
            .collect();
        if let Some(link) = outputs.iter().find_map(|o| output::link_below(&args.out, &o.path)) {
            let message = format!(
                "`{}` is a symbolic link; letters are written only into real folders below \
                 --out, so that none lands outside it",
                link.display()
            );
            self.case_error(&source, &message);
            row.status = "failed".to_owned();
            row.error = Some(message);
            return row;
        }
        // Thousands of files: left to the operating system to flush, still written atomically.
        match output::write_all(&outputs, args.force, Durability::Buffered) {
            Ok(()) => {
                row.status = "written".to_owned();
                row.outputs = outputs
                    .iter()
                    .map(|o| OutputRow {
                        path: o
                            .path
                            .strip_prefix(&args.out)
                            .unwrap_or(&o.path)
                            .display()
                            .to_string(),
                        sha256: hex(&Sha256::digest(&o.bytes)),
                    })
                    .collect();
            }
            Err(e) => {
                let message = e.to_string();
                self.case_error(&source, &message);
                row.status = "failed".to_owned();
                row.error = Some(message);
            }
        }
        row
    }
}

/// The first problem, and how many more there are.
fn summary(lines: &[String]) -> String {
    match lines {
        [] => String::new(),
        [one] => one.clone(),
        [first, rest @ ..] => format!("{first} (and {} more)", rest.len()),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
