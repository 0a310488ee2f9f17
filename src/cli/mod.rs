//! The command line: argument parsing, the subcommands, and the exit code.
//!
//! Only this layer touches files, the clock and the terminal. Exit status: 0 success (advice
//! may have been printed); 1 an invalid case, or advice under `--deny-warnings`; 2 a usage
//! error, an unreadable file, a template error or an output that could not be written. A broken
//! pipe exits quietly.

mod args;
mod batch;
mod check;
mod help;
mod input;
mod new;
mod output;
mod preview;
mod produce;
mod render;
mod report;
mod session;
mod templates;

use std::ffi::OsString;
use std::process::ExitCode;

pub use args::Cli;
use args::Command;
use session::Session;

use crate::catalogue::Lang;

/// How a command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// Everything worked.
    Success,
    /// A case is invalid, or advice was given under `--deny-warnings`.
    Invalid,
    /// Usage, I/O, template or output error.
    Failure,
}

/// Writes `bytes` to standard output: a reader that went away (`| head`) is not an error; any
/// other failure (`> /dev/full`) is, and says so.
pub(crate) fn to_stdout(bytes: &[u8]) -> Outcome {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Outcome::Success,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Outcome::Success,
        Err(e) => {
            report::error(&crate::msg!("cli-stdout", reason = crate::load::io_reason(&e)));
            Outcome::Failure
        }
    }
}

impl Outcome {
    fn code(self) -> u8 {
        match self {
            Outcome::Success => 0,
            Outcome::Invalid => 1,
            Outcome::Failure => 2,
        }
    }
}

/// The command line with its texts (help, usage) in `lang`: for the man pages and the
/// completions as well as for parsing.
pub fn command(lang: Lang) -> clap::Command {
    help::command(lang)
}

/// The language asked for: `--lang` among `args` (before parsing, so that `--help` and the
/// usage errors speak it too), else the environment.
fn language(args: &[OsString]) -> Lang {
    let mut given = None;
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if let Some(value) = word.strip_prefix("--lang=") {
            given = Lang::from_code(value).or(given);
        } else if word == "--lang" {
            given = words.next().and_then(|v| Lang::from_code(&v)).or(given);
        }
    }
    given.unwrap_or_else(|| Lang::from_env(|name| std::env::var(name).ok()))
}

/// Runs the command line with these arguments (the first is the program name).
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let lang = language(&args);
    // The command line as declared is enough to read correct arguments; its texts in the
    // user's language are put in only for help, a usage error or the completions.
    let cli = match <Cli as clap::Parser>::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(_) => {
            let command = help::command(lang);
            let parsed = command
                .clone()
                .try_get_matches_from(&args)
                .and_then(|matches| <Cli as clap::FromArgMatches>::from_arg_matches(&matches));
            match parsed {
                Ok(cli) => cli,
                Err(e) => return ExitCode::from(clap_error(&e, &command, lang).code()),
            }
        }
    };
    let options = cli.options();
    report::init(options.output.message_format.unwrap_or_default(), lang);
    let mut session = Session::new(&options);
    let outcome = match cli.command {
        Command::Check(args) => check::run(&mut session, &args),
        Command::Preview(args) => preview::run(&mut session, &args),
        Command::Render(args) => render::run(&mut session, &args),
        Command::Batch(args) => batch::run(&mut session, &args),
        Command::Templates(args) => templates::run(&mut session, &args),
        Command::New(args) => new::run(&mut session, &args),
        Command::Schema => new::schema(),
        Command::Completions(args) => {
            let mut command = help::command(lang);
            // Made in memory first: writing straight to a closed or full standard output
            // would panic inside the generator.
            let mut script = Vec::new();
            clap_complete::generate(args.shell, &mut command, "ingebrekestelling", &mut script);
            to_stdout(&script)
        }
    };
    ExitCode::from(outcome.code())
}

/// What clap stopped at: `--help` and `--version` on standard output (in colour on a
/// terminal); a usage error, in the user's language, on standard error.
fn clap_error(error: &clap::Error, command: &clap::Command, lang: Lang) -> Outcome {
    let Some((message, hint)) = help::usage_error(error, command) else {
        let styled = error.render();
        let colour = std::io::IsTerminal::is_terminal(&std::io::stdout())
            && std::env::var_os("NO_COLOR").is_none();
        let mut text = if colour { styled.ansi().to_string() } else { styled.to_string() };
        if !text.ends_with('\n') {
            text.push('\n');
        }
        return to_stdout(text.as_bytes());
    };
    report::init(args::MessageFormat::Human, lang);
    let mut diagnostic = crate::diagnostic::Diagnostic::error(message);
    if let Some(hint) = hint {
        diagnostic = diagnostic.hint(hint);
    }
    report::diagnostic(&diagnostic);
    Outcome::Failure
}
