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
            let code = if e.use_stderr() { Outcome::Failure } else { Outcome::Success };
            let _ = e.print();
            return ExitCode::from(code.code());
        }
    };
    report::init(cli.global.message_format);
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
            clap_complete::generate(
                args.shell,
                &mut command,
                "ingebrekestelling",
                &mut std::io::stdout(),
            );
            Outcome::Success
        }
    };
    ExitCode::from(outcome.code())
}
