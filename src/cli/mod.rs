//! The command line: argument parsing, the subcommands, and the exit code.
//!
//! Only this layer touches files, the clock and the terminal. Exit status: 0 success (advice
//! may have been printed); 1 an invalid case, or advice under `--deny-warnings`; 2 a usage
//! error, an unreadable file, a template error or an output that could not be written. A broken
//! pipe exits quietly.

mod args;
mod batch;
mod check;
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

use clap::Parser;

pub use args::Cli;
use args::Command;
use session::Session;

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
            report::error(&format!(
                "cannot write to standard output: {}",
                crate::load::io_reason(&e).text(crate::cli::report::lang())
            ));
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

/// Runs the command line with these arguments (the first is the program name).
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version are "errors" that print to stdout and succeed.
            if e.use_stderr() {
                let _ = e.print();
                return ExitCode::from(Outcome::Failure.code());
            }
            // `--help` and `--version`: in colour on a terminal, plain text elsewhere.
            let styled = e.render();
            let colour = std::io::IsTerminal::is_terminal(&std::io::stdout())
                && std::env::var_os("NO_COLOR").is_none();
            let text = if colour { styled.ansi().to_string() } else { styled.to_string() };
            return ExitCode::from(to_stdout(text.as_bytes()).code());
        }
    };
    let lang = cli
        .global
        .lang
        .map(crate::catalogue::Lang::from)
        .unwrap_or_else(|| crate::catalogue::Lang::from_env(|name| std::env::var(name).ok()));
    report::init(cli.global.message_format, lang);
    let mut session = Session::new(&cli.global);
    let outcome = match cli.command {
        Command::Check(args) => check::run(&mut session, &args),
        Command::Preview(args) => preview::run(&mut session, &args),
        Command::Render(args) => render::run(&mut session, &args),
        Command::Batch(args) => batch::run(&mut session, &args),
        Command::Templates(args) => templates::run(&mut session, &args),
        Command::New(args) => new::run(&mut session, &args),
        Command::Schema => new::schema(),
        Command::Completions(args) => {
            let mut command = <Cli as clap::CommandFactory>::command();
            // Made in memory first: writing straight to a closed or full standard output
            // would panic inside the generator.
            let mut script = Vec::new();
            clap_complete::generate(args.shell, &mut command, "ingebrekestelling", &mut script);
            to_stdout(&script)
        }
    };
    ExitCode::from(outcome.code())
}
