//! The `ingebrekestelling` command; everything happens in [`ingebrekestelling::cli::run`].

use std::process::ExitCode;

fn main() -> ExitCode {
    ingebrekestelling::cli::run(std::env::args_os())
}
