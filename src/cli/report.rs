//! Printing problems and advice for people.

use std::io::{self, Write};

use crate::diagnostic::Diagnostic;
use crate::source::Sources;

/// Prints every diagnostic, then a line that counts them and says `outcome` ("nothing was
/// written").
pub(crate) fn problems(sources: &Sources, diagnostics: &[Diagnostic], outcome: &str) {
    let mut err = io::stderr().lock();
    for d in diagnostics {
        let _ = writeln!(err, "{}", d.render(sources));
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let name = sources.root().map(|s| s.path.display().to_string()).unwrap_or_default();
    if errors > 0 {
        let _ = writeln!(err, "{name}: {} found; {outcome}", count(errors, "problem", "problems"));
    }
}

/// Prints advice (warnings).
pub(crate) fn advice(sources: &Sources, advice: &[Diagnostic]) {
    let mut err = io::stderr().lock();
    for d in advice {
        let _ = writeln!(err, "{}", d.render(sources));
    }
}

/// "1 problem", "3 problems".
pub(crate) fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
}
