//! `batch`: letters for many case files in one run.
//!
//! The inputs are files and folders (searched recursively for `*.yaml` and `*.yml`); base
//! files (a name starting with `_`, or extended by another case in the run) are skipped
//! ([`mod@discover`]). Every case is independent: a bad case is reported and the others still run,
//! on `--jobs` threads. Outputs mirror each case file's path below its input folder under
//! `--out`, so that two `zaak.yaml` in different folders never collide. A manifest
//! ([`manifest`]) records every case. Memory stays flat whatever the number of cases: rows
//! wait in a temporary file, and the manifests are streamed at the end.

pub(crate) mod discover;
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
use self::manifest::{OutputRow, OutputStatus, Row, Rows, Status};
use super::Outcome;
use super::args::BatchArgs;
use super::output::{self, Durability, Output, WriteError};
use super::produce::{Failure, Formats, produce};
use super::render::with_extension;
use super::report::{self, Style};
use super::session::Session;
use crate::catalogue::Message;
use crate::diagnostic::Diagnostic;
use crate::source::Sources;
use crate::templates::Templates;
use crate::{load, msg};

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
            let template = format!(
                "{{bar:32.cyan/blue}} {{pos}}/{{len}} {}  {{per_sec}}  {} {{eta}}",
                msg!("cli-batch-progress-cases").text(report::lang()),
                msg!("cli-batch-progress-eta").text(report::lang()),
            );
            if let Ok(style) = ProgressStyle::with_template(&template) {
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
        session.error(message.clone());
    }
    if found.is_empty() {
        let places: Vec<String> = args.paths.iter().map(|p| format!("`{}`", p.display())).collect();
        session.error(msg!("cli-batch-no-cases", paths = places.join(", ")));
        return Outcome::Failure;
    }
    if let Err(e) = fs::create_dir_all(&args.out) {
        session.error(msg!(
            "cli-cannot-create-folder",
            path = args.out.display().to_string(),
            reason = load::io_reason(&e)
        ));
        return Outcome::Failure;
    }
    // One run per output folder at a time: a second one would take the first one's temporary
    // files for leftovers of a killed run.
    let _lock = match output::lock_folder(&args.out) {
        Ok(Some(lock)) => lock,
        Ok(None) => {
            session.error(msg!("cli-batch-locked", path = args.out.display().to_string()));
            return Outcome::Failure;
        }
        Err(message) => {
            session.error(message);
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
            session.error(msg!("cli-temporary-file", reason = load::io_reason(&e)));
            return Outcome::Failure;
        }
    };
    let context = Context {
        made: Mutex::new(std::collections::HashSet::new()),
        session,
        args,
        templates: &templates,
        console: &console,
        found: &found,
    };
    let mut counts = Counts::default();
    // A full case that another case extends is a base file: said, and in the manifest.
    for path in &found.extended {
        let source = path.display().to_string();
        let message = msg!("cli-batch-extended");
        context.case_error(&source, &message);
        let row = Row {
            source,
            status: Status::Skipped,
            error: Some(message.text(report::lang())),
            ..Row::default()
        };
        counts.add(&row);
        if let Err(e) = rows.push(&row) {
            session.error(msg!("cli-temporary-file", reason = load::io_reason(&e)));
            return Outcome::Failure;
        }
    }
    let result = process(&context, jobs, |row| {
        counts.add(&row);
        rows.push(&row)
    });
    console.bar.finish_and_clear();
    if let Err(e) = result {
        session.error(msg!("cli-temporary-file", reason = load::io_reason(&e)));
        return Outcome::Failure;
    }
    if let Err(message) = rows.write(&args.out) {
        session.error(message);
        return Outcome::Failure;
    }
    if !session.quiet {
        report::note(&counts.summary(&args.out.join("manifest.json")));
    }
    if counts.failed() || !found.skipped.is_empty() { Outcome::Invalid } else { Outcome::Success }
}

/// How the cases ended.
#[derive(Debug, Default)]
struct Counts {
    cases: usize,
    written: usize,
    kept: usize,
    nothing: usize,
    invalid: usize,
    failed: usize,
    skipped: usize,
    with_advice: usize,
}

impl Counts {
    fn add(&mut self, row: &Row) {
        self.cases += 1;
        match row.status {
            Status::Written => self.written += 1,
            Status::Kept => self.kept += 1,
            Status::Nothing => self.nothing += 1,
            Status::Invalid => self.invalid += 1,
            Status::Failed => self.failed += 1,
            Status::Skipped => self.skipped += 1,
        }
        if !row.advice.is_empty() {
            self.with_advice += 1;
        }
    }

    /// Whether a case was rejected, failed or skipped: the run's exit status is then 1.
    fn failed(&self) -> bool {
        self.invalid + self.failed + self.skipped > 0
    }

    /// "3 dossiers: 1 geschreven, 2 bewaard; 1 met advies; overzicht in uit/manifest.json".
    fn summary(&self, manifest: &std::path::Path) -> crate::catalogue::Message {
        // What was written is always said, the rest only when it happened.
        let parts = [
            (true, msg!("cli-batch-written", count = self.written)),
            (self.kept > 0, msg!("cli-batch-kept", count = self.kept)),
            (self.nothing > 0, msg!("cli-batch-nothing", count = self.nothing)),
            (self.invalid > 0, msg!("cli-batch-invalid", count = self.invalid)),
            (self.failed > 0, msg!("cli-batch-failed", count = self.failed)),
            (self.skipped > 0, msg!("cli-batch-skipped", count = self.skipped)),
        ];
        let lang = report::lang();
        let mut shown: Vec<String> =
            parts.iter().filter(|(show, _)| *show).map(|(_, part)| part.text(lang)).collect();
        if self.with_advice > 0 {
            let advice = msg!("cli-batch-with-advice", count = self.with_advice).text(lang);
            if let Some(last) = shown.last_mut() {
                last.push_str("; ");
                last.push_str(&advice);
            }
        }
        msg!(
            "cli-batch-summary",
            cases = self.cases,
            parts = shown.join(", "),
            manifest = manifest.display().to_string()
        )
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
    /// The output folders made so far in this run.
    made: Mutex<std::collections::HashSet<std::path::PathBuf>>,
    session: &'a Session,
    args: &'a BatchArgs,
    templates: &'a Templates,
    console: &'a Console,
    found: &'a Found,
}

impl Context<'_> {
    /// Prints a problem of a whole case file: `file: fout: message`, or its JSON object.
    fn case_error(&self, source: &str, message: &Message) {
        let lang = report::lang();
        let line = match report::style() {
            Style::Json => serde_json::json!({
                "severity": "error",
                "file": source,
                "message": message.text(lang),
            })
            .to_string(),
            // A file name or message with an escape sequence must not reach the terminal.
            Style::Human(_) => crate::diagnostic::visible(&format!(
                "{source}: {}: {}",
                msg!("label-error").text(lang),
                message.text(lang)
            )),
        };
        self.console.line(&line);
    }

    /// Prints what happened to a case that is not a problem: `file: message` (not in JSON).
    fn case_note(&self, source: &str, message: &Message) {
        if report::style() != Style::Json && !self.session.quiet {
            let text = format!("{source}: {}", message.text(report::lang()));
            self.console.line(&crate::diagnostic::visible(&text));
        }
    }

    /// Prints a problem or a piece of advice on one line, or as its JSON object.
    fn diagnostic(&self, sources: &Sources, d: &Diagnostic) {
        let line = match report::style() {
            Style::Json => d.to_json(sources, report::lang()).to_string(),
            Style::Human(_) => d.one_line(sources, report::lang()),
        };
        self.console.line(&line);
    }

    /// A problem of a whole case: printed, and the row marked with `status` and the message.
    fn fail(&self, mut row: Row, status: Status, message: &Message) -> Row {
        self.case_error(&row.source, message);
        row.status = status;
        row.error = Some(message.text(report::lang()));
        row
    }

    /// Makes case `index`'s documents, writes them, and returns its manifest row.
    fn case(&self, index: usize) -> Row {
        let found = self.found;
        let case_file = &found.source(index);
        let source = case_file.display().to_string();
        let row = Row { source: source.clone(), ..Row::default() };
        if let Some(owner) = found.owner_of_name(index) {
            let message = msg!(
                "cli-batch-name-taken",
                name = found.name(index).display().to_string(),
                owner = owner.display().to_string()
            );
            return self.fail(row, Status::Failed, &message);
        }
        let args = self.args;
        let produced = match produce(
            case_file,
            self.session.today,
            self.templates,
            Formats { format: args.format, standard: args.pdf_standard.into() },
            args.which.want(true),
            args.deny_warnings,
        ) {
            Ok(produced) => produced,
            Err(failure) => return self.failure(row, &failure),
        };
        let mut row = row;
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
        for note in &produced.notes {
            self.case_note(&source, note);
        }
        if produced.files.is_empty() {
            // Only a confirmation of every call and meeting can come to nothing.
            let message = if crate::documents::confirmation::confirmable(case).is_empty() {
                msg!("cli-batch-nothing-to-confirm-none")
            } else {
                msg!("cli-batch-nothing-to-confirm-all")
            };
            self.case_note(&source, &message);
            row.status = Status::Nothing;
            return row;
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
            let message = msg!("cli-batch-link", path = link.display().to_string());
            return self.fail(row, Status::Failed, &message);
        }
        for folder in outputs.iter().map(|o| output::folder_of(&o.path)) {
            // Each folder is made once per run, not once per case.
            if self.made.lock().is_ok_and(|made| made.contains(folder)) {
                continue;
            }
            if let Err(e) = fs::create_dir_all(folder) {
                let message = msg!(
                    "cli-cannot-create-folder",
                    path = folder.display().to_string(),
                    reason = load::io_reason(&e)
                );
                return self.fail(row, Status::Failed, &message);
            }
            if let Ok(mut made) = self.made.lock() {
                made.insert(folder.to_path_buf());
            }
        }
        // Without --force, an output that is already there is kept as it is; the manifest
        // lists every output in the order the case makes them, each with what happened to it.
        let mut listed: Vec<(usize, OutputRow)> = Vec::with_capacity(outputs.len());
        let mut new = Vec::with_capacity(outputs.len());
        let mut written = Vec::with_capacity(outputs.len());
        for (i, o) in outputs.into_iter().enumerate() {
            if args.force || fs::symlink_metadata(&o.path).is_err() {
                written.push(i);
                new.push(o);
                continue;
            }
            let Some(sha256) = output::sha256_of_file(&o.path) else {
                let reason = msg!("cli-batch-kept-not-a-file");
                let message = WriteError::Refused { path: o.path.clone(), reason }.message();
                return self.fail(row, Status::Failed, &message);
            };
            let same = sha256 == <[u8; 32]>::from(Sha256::digest(&o.bytes));
            if !same {
                let message = msg!("cli-batch-kept-differs", path = self.below_out(&o.path));
                self.case_note(&source, &message);
            }
            let status = if same { OutputStatus::Kept } else { OutputStatus::Outdated };
            let path = self.below_out(&o.path);
            listed.push((i, OutputRow { path, sha256: hex(&sha256), status }));
        }
        // Thousands of files: left to the operating system to flush, still written atomically.
        if let Err(e) = output::write_all(&new, args.force, Durability::Buffered) {
            return self.fail(row, Status::Failed, &e.message());
        }
        for (i, o) in written.into_iter().zip(&new) {
            let sha256 = hex(&Sha256::digest(&o.bytes));
            let path = self.below_out(&o.path);
            listed.push((i, OutputRow { path, sha256, status: OutputStatus::Written }));
        }
        listed.sort_by_key(|(i, _)| *i);
        row.status = if new.is_empty() { Status::Kept } else { Status::Written };
        row.outputs = listed.into_iter().map(|(_, output)| output).collect();
        row
    }

    /// `path` below `--out`, as the manifest lists it.
    fn below_out(&self, path: &std::path::Path) -> String {
        path.strip_prefix(&self.args.out).unwrap_or(path).display().to_string()
    }

    /// The row of a case that produced nothing, with its problems printed.
    fn failure(&self, mut row: Row, failure: &Failure) -> Row {
        let source = row.source.clone();
        let lang = report::lang();
        let (status, lines) = match failure {
            Failure::Unreadable(message) | Failure::Broken(message) | Failure::Usage(message) => {
                self.case_error(&source, message);
                let label = msg!("label-error").text(lang);
                (Status::Failed, vec![format!("{source}: {label}: {}", message.text(lang))])
            }
            Failure::Invalid(sources, problems) => {
                for d in problems {
                    self.diagnostic(sources, d);
                }
                (Status::Invalid, problems.iter().map(|d| d.one_line(sources, lang)).collect())
            }
            Failure::Denied(loaded, advice) => {
                for d in advice {
                    self.diagnostic(&loaded.sources, d);
                }
                let denied = msg!("cli-batch-denied");
                self.case_error(&source, &denied);
                let mut lines: Vec<String> =
                    advice.iter().map(|d| d.one_line(&loaded.sources, lang)).collect();
                let label = msg!("label-error").text(lang);
                lines.push(format!("{source}: {label}: {}", denied.text(lang)));
                row.advice = advice.iter().filter_map(|d| d.code).map(str::to_owned).collect();
                (Status::Invalid, lines)
            }
        };
        row.status = status;
        row.error = Some(summary(&lines));
        row
    }
}

/// The first problem, and how many more there are.
fn summary(lines: &[String]) -> String {
    match lines {
        [] => String::new(),
        [one] => one.clone(),
        [first, rest @ ..] => {
            msg!("cli-batch-and-more", first = first, count = rest.len()).text(report::lang())
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
