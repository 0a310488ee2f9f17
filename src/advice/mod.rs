//! Advice about a valid case (CASE-FORMAT.md, "Advice the tool gives"): warnings, the letter is
//! still produced.
//!
//! The practice behind the tool: put everything in writing, be specific, give a reasonable
//! term, keep the relationship, announce the notice by phone, and do not stop paying; and the
//! law behind the letter: who may sign, which law applies, what the supplier's terms ask. Every
//! piece of advice is a row of [`rules::RULES`] (its code and part) with its texts in the
//! catalogue (`advice-<code>`: the message, why with its source, hint, summary); the modules
//! below decide when a row applies and give its values, one module per part of the case.

mod breaches;
mod contract;
mod follow_up;
mod history;
mod parties;
pub mod rules;
mod term;

use crate::case::Case;
use crate::catalogue::{Arg, Message};
use crate::diagnostic::{Diagnostic, KeyPath, sort_by_place};
use crate::yaml::Node;

/// The shortest term advised, in working days.
pub const MIN_WORKING_DAYS: usize = 5;
/// The shortest term advised for delivery, implementation or migration, in working days after
/// the letter is expected to arrive.
pub const MIN_WORKING_DAYS_FOR_WORK: usize = 10;
/// The shortest time advised to confirm, in working days after expected receipt.
pub const MIN_CONFIRMATION_DAYS: usize = 3;
/// Facts with fewer words than this are thin.
pub const MIN_FACT_WORDS: usize = 15;

/// Every advice code with a one-line description, for documentation.
pub fn codes() -> impl Iterator<Item = (&'static str, Message)> {
    rules::RULES.iter().map(|r| (r.code, r.summary()))
}

struct Advisor<'a> {
    tree: &'a Node,
    advice: Vec<Diagnostic>,
}

impl Advisor<'_> {
    /// Adds the advice of row `code` at `path`, its message `advice-<code>` given `values`.
    fn add(&mut self, code: &'static str, path: KeyPath, values: Vec<(&'static str, Arg)>) {
        // Every code used here has a row: the advice fixtures prove each one.
        let Some(rule) = rules::rule(code) else {
            return;
        };
        let message = values
            .into_iter()
            .fold(rule.message(), |message, (name, value)| message.arg(name, value));
        let span = self.tree.locate(&path);
        self.advice.push(
            Diagnostic::warning(rule.code, message.clone())
                .at(path)
                .span(span)
                .why(message.attribute("why"))
                .hint(message.attribute("hint")),
        );
    }
}

/// The advice for a valid case, in the order of the file.
pub fn advise(case: &Case, tree: &Node) -> Vec<Diagnostic> {
    let mut a = Advisor { tree, advice: Vec::new() };
    parties::advise(&mut a, case);
    contract::advise(&mut a, case);
    breaches::advise(&mut a, case);
    history::advise(&mut a, case);
    term::advise(&mut a, case);
    follow_up::advise(&mut a, case);
    let mut advice = a.advice;
    // A dissolution by e-mail alone says what `no-proof-of-receipt` says, and more.
    if advice.iter().any(|d| d.code == Some("dissolution-by-email")) {
        advice.retain(|d| d.code != Some("no-proof-of-receipt"));
    }
    sort_by_place(&mut advice);
    advice
}

/// Whether `text` holds any of `words`, ignoring case.
fn mentions(text: &str, words: &[&str]) -> bool {
    let text = text.to_lowercase();
    words.iter().any(|w| text.contains(w))
}

/// Whether a street is a PO box ("Postbus 1200", "Antwoordnummer 10").
fn is_po_box(street: &str) -> bool {
    mentions(street.split_whitespace().next().unwrap_or_default(), &["postbus", "antwoordnummer"])
}
