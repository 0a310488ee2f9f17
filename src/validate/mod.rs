//! The rules of a valid case (CASE-FORMAT.md, "Rules a valid case obeys").
//!
//! [`validate`] is the only way to make a [`Case`]. It reports every problem at once, each at
//! its key path and place, together with the structural problems found while reading; when
//! the case is valid it also returns the advice of [`crate::advice`].
//!
//! The rules are grouped by the part of the case they judge, one module each:
//!
//! | module | judges |
//! | --- | --- |
//! | this one | the letter's own details (date, place, how it is sent), consequences, copies |
//! | `parties` | sender and supplier: names, addresses, KVK, e-mail, IBAN, signatory |
//! | `contract` | the contract, and the law that governs it |
//! | `breaches` | the shortcomings, their evidence and the enclosures |
//! | `history` | the earlier contacts and which shortcomings each concerned |
//! | `term` | the deadline and the two-step request to confirm |
//! | [`follow_up`] | what the letter after the term needs (checked when it is made) |

mod breaches;
mod contract;
pub mod follow_up;
mod history;
mod parties;
mod term;

use chrono::NaiveDate;

use crate::advice;
use crate::case::{Case, FollowUp, LetterDetails, SendMethod, Sender};
use crate::case_file::{self as file, Field};
use crate::diagnostic::{Diagnostic, KeyPath, sort_by_place};
use crate::dutch;
use crate::load::Loaded;
use crate::yaml::Node;

/// The largest term in working days: a longer term is not a term for performance.
pub const MAX_WORKING_DAYS: u32 = 250;
/// The largest term in calendar days.
pub const MAX_DAYS: u32 = 365;
/// The most shortcomings one notice holds: beyond that, no reader could act on them, and the
/// list numbers would no longer line up.
pub const MAX_BREACHES: usize = 999;

/// A valid case and the advice about it.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The case.
    pub case: Case,
    /// Warnings: the letter is still produced.
    pub advice: Vec<Diagnostic>,
}

/// Checks a loaded case file against every rule. `today` is the letter date when the case has
/// none. Returns the case and its advice, or every problem found (sorted by place).
pub fn validate(loaded: &Loaded, today: NaiveDate) -> Result<Checked, Vec<Diagnostic>> {
    let mut checker = Checker { tree: &loaded.tree, problems: Vec::new() };
    let case = checker.case(&loaded.case_file, today);
    control_characters(&loaded.tree, &KeyPath::root(), &mut checker.problems);
    // What reading already reported (a value of the wrong kind, a misspelt key) is not
    // reported again as missing or empty.
    let mut problems = loaded.problems.clone();
    problems.extend(checker.problems.into_iter().filter(|d| {
        d.path.as_ref().is_none_or(|path| !loaded.covered.iter().any(|c| path.starts_with(c)))
    }));
    match case {
        Some(case) if problems.is_empty() => {
            let advice = advice::advise(&case, &loaded.tree);
            Ok(Checked { case, advice })
        }
        _ => {
            sort_by_place(&mut problems);
            Err(problems)
        }
    }
}

struct Checker<'a> {
    tree: &'a Node,
    problems: Vec<Diagnostic>,
}

/// Paths are built from the top: `p("sender").key("address")`.
fn p(key: &str) -> KeyPath {
    KeyPath::root().key(key)
}

impl Checker<'_> {
    fn error(&mut self, path: &KeyPath, message: impl Into<String>, hint: impl Into<String>) {
        let span = self.tree.locate(path);
        self.problems
            .push(Diagnostic::error(message.into()).at(path.clone()).span(span).hint(hint.into()));
    }

    /// "… is missing", with the hint "add `organisation: …` under `sender`". Without an
    /// example the key is a section whose keys go below it.
    fn missing(&mut self, path: &KeyPath, what: &str, example: &str) {
        let key = path.last_key().unwrap_or("?");
        let place = match path.parent() {
            parent if parent.is_root() => "at the top level".to_owned(),
            parent => format!("under `{parent}`"),
        };
        let hint = if example.is_empty() {
            format!("add `{key}:` {place}, with its keys indented below it (see `examples/`)")
        } else {
            format!("add `{key}: {example}` {place}")
        };
        self.error(path, format!("{what} is missing"), hint);
    }

    /// A required text: reports it when absent or blank.
    fn required_text(
        &mut self,
        field: &Field<String>,
        path: &KeyPath,
        what: &str,
        example: &str,
    ) -> Option<String> {
        match field {
            Field::Absent => {
                self.missing(path, what, example);
                None
            }
            Field::Invalid => None,
            Field::Present(_) => self.optional_text(field, path),
        }
    }

    /// An optional text: reports it when written but blank.
    fn optional_text(&mut self, field: &Field<String>, path: &KeyPath) -> Option<String> {
        let text = field.get()?;
        let trimmed = text.trim();
        if trimmed.is_empty() {
            self.error(path, "is empty", "write the text, or remove the key if it does not apply");
            return None;
        }
        // A tab typed in a text is a space in the letter.
        Some(trimmed.replace('\t', " "))
    }

    /// An optional text: `Some(None)` when absent, `Some(Some(text))` when usable, `None` when
    /// written but unusable (reported).
    fn optional(&mut self, field: &Field<String>, path: &KeyPath) -> Option<Option<String>> {
        match field {
            Field::Absent => Some(None),
            Field::Invalid => None,
            Field::Present(_) => self.optional_text(field, path).map(Some),
        }
    }

    fn required<T: Clone>(
        &mut self,
        field: &Field<T>,
        path: &KeyPath,
        what: &str,
        example: &str,
    ) -> Option<T> {
        if field.is_absent() {
            self.missing(path, what, example);
        }
        field.cloned()
    }

    /// A date that may not lie after the letter date.
    fn not_after_letter(
        &mut self,
        date: Option<NaiveDate>,
        path: &KeyPath,
        what: &str,
        letter: Option<NaiveDate>,
    ) {
        if let (Some(date), Some(letter)) = (date, letter)
            && date > letter
        {
            self.error(
                path,
                format!(
                    "{what} ({}) lies after the letter date ({})",
                    dutch::date(date),
                    dutch::date(letter)
                ),
                "the letter can only speak of what happened before it; check this date and \
                 `letter.date`",
            );
        }
    }

    fn case(&mut self, f: &file::CaseFile, today: NaiveDate) -> Option<Case> {
        if let Some(version) = f.version.get()
            && *version != 1
        {
            self.error(
                &p("version"),
                format!("format version {version} is not known; this tool reads version 1"),
                "write `version: 1`, or leave the key out",
            );
        }

        let letter_file = f.letter.clone().unwrap_or_default();
        // The letter date is needed by most rules, so it comes first.
        let letter_date = match &letter_file.date {
            Field::Present(d) => Some(d.0),
            Field::Absent => Some(today),
            Field::Invalid => None,
        };

        let sender = self.sender(f.sender.as_ref());
        let supplier = self.supplier(f.supplier.as_ref());
        let letter = self.letter(&letter_file, letter_date, sender.as_ref());
        let contract = self.contract(f.contract.as_ref(), letter_date);
        let enclosures = self.enclosures(f.enclosures.as_deref().unwrap_or_default());
        let breaches = self.breaches(f.breaches.as_deref(), &enclosures, letter_date);
        let min_days = contract.as_ref().and_then(|c| c.minimum_term_days);
        let deadline = self.deadline(f.deadline.as_ref(), letter_date, min_days);
        let confirm_within = self.confirm_within(&f.confirm_within_working_days, letter_date);
        let consequences = self.consequences(f.consequences.as_deref());
        let follow_up = f.follow_up.as_ref().map(|fu| follow_up_as_written(fu, letter_date, today));
        let suspended = self.suspended_payments(f);
        let cc = self.cc(f.cc.as_deref().unwrap_or_default());
        let history = self.history(
            f.history.as_deref().unwrap_or_default(),
            letter_date,
            breaches.as_deref(),
        );

        Some(Case {
            letter: letter?,
            sender: sender?,
            supplier: supplier?,
            contract: contract?,
            breaches: breaches?,
            history: history?,
            deadline: deadline?,
            confirm_within: confirm_within?,
            consequences: consequences?,
            payments_suspended: suspended.as_ref()?.0,
            suspended_payments: suspended?.1,
            follow_up,
            enclosures: enclosures?,
            cc: cc?,
            today,
        })
    }

    /// `payments_suspended` and `suspended_payments`: the text implies the flag, and
    /// contradicts `payments_suspended: false`.
    fn suspended_payments(&mut self, f: &file::CaseFile) -> Option<(bool, Option<String>)> {
        let text = self.optional(&f.suspended_payments, &p("suspended_payments"))?;
        let flag = f.payments_suspended.cloned();
        if text.is_some() && flag == Some(false) {
            self.error(
                &p("suspended_payments"),
                "names suspended payments, but `payments_suspended` is `false`",
                "remove `suspended_payments`, or write `payments_suspended: true`",
            );
            return None;
        }
        Some((flag.unwrap_or(text.is_some()), text))
    }

    fn letter(
        &mut self,
        f: &file::LetterFile,
        date: Option<NaiveDate>,
        sender: Option<&Sender>,
    ) -> Option<LetterDetails> {
        let path = p("letter");
        let place = self.optional_text(&f.place, &path.key("place"));
        let reference = self.optional_text(&f.reference, &path.key("reference"));
        let their_reference = self.optional_text(&f.their_reference, &path.key("their_reference"));
        let sent_by = match &f.sent_by {
            None => Some(vec![SendMethod::RegisteredMail, SendMethod::Email]),
            Some(list) => self.unique_list(
                list,
                &path.key("sent_by"),
                "way of sending",
                "[registered_mail, email]",
            ),
        };
        let announced = f.announced_by_phone.get().map(|d| d.0);
        self.not_after_letter(
            announced,
            &path.key("announced_by_phone"),
            "the announcement call",
            date,
        );
        let place = match place {
            Some(place) => place,
            None => sender?.party.address.city.clone(),
        };
        Some(LetterDetails {
            date: date?,
            date_given: !f.date.is_absent(),
            place,
            reference,
            their_reference,
            sent_by: sent_by?,
            tone: f.tone.cloned().unwrap_or_default(),
            announced_by_phone: announced,
        })
    }

    /// A list of choices that must not be empty and may name each choice once.
    fn unique_list<T: Clone + PartialEq>(
        &mut self,
        list: &[Field<T>],
        path: &KeyPath,
        what: &str,
        example: &str,
    ) -> Option<Vec<T>> {
        if list.is_empty() {
            self.error(
                path,
                format!("lists no {what}"),
                format!("write for example `{}: {example}`", path.last_key().unwrap_or("?")),
            );
            return None;
        }
        let mut out: Vec<T> = Vec::new();
        let mut ok = true;
        for (i, item) in list.iter().enumerate() {
            match item {
                Field::Present(v) if out.contains(v) => {
                    self.error(&path.index(i), "is listed twice", "remove the second one");
                    ok = false;
                }
                Field::Present(v) => out.push(v.clone()),
                Field::Absent => {
                    self.error(
                        &path.index(i),
                        "is an empty entry",
                        "remove the empty `-` line or the extra comma",
                    );
                    ok = false;
                }
                Field::Invalid => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn consequences(
        &mut self,
        list: Option<&[Field<file::Consequence>]>,
    ) -> Option<Vec<file::Consequence>> {
        match list {
            None => Some(vec![file::Consequence::Damages, file::Consequence::Termination]),
            Some(list) => {
                self.unique_list(list, &p("consequences"), "consequence", "[damages, termination]")
            }
        }
    }

    fn cc(&mut self, list: &[Field<String>]) -> Option<Vec<String>> {
        let mut out = Vec::new();
        let mut ok = true;
        for (i, name) in list.iter().enumerate() {
            let path = p("cc").index(i);
            match (name, self.optional_text(name, &path)) {
                (_, Some(name)) => out.push(name),
                (Field::Absent, None) => {
                    self.error(&path, "is an empty entry", "remove the empty entry");
                    ok = false;
                }
                _ => ok = false,
            }
        }
        ok.then_some(out)
    }
}

/// Every value that holds a control character other than a line break or a tab: it cannot
/// belong in a letter, and on a terminal it could move the cursor or change colours.
fn control_characters(node: &Node, path: &KeyPath, problems: &mut Vec<Diagnostic>) {
    match &node.kind {
        crate::yaml::NodeKind::Scalar(text) => {
            if let Some(c) = text.chars().find(|c| c.is_control() && !matches!(c, '\n' | '\t')) {
                problems.push(
                    Diagnostic::error(format!(
                        "holds a control character (U+{:04X}) that cannot be part of a letter",
                        u32::from(c)
                    ))
                    .at(path.clone())
                    .span(Some(node.span))
                    .hint(
                        "remove it; such characters come in unseen when text is copied from \
                         another program",
                    ),
                );
            }
        }
        crate::yaml::NodeKind::Seq(items) => {
            for (i, item) in items.iter().enumerate() {
                control_characters(item, &path.index(i), problems);
            }
        }
        crate::yaml::NodeKind::Map(entries) => {
            for entry in entries {
                control_characters(&entry.value, &path.key(&entry.key), problems);
            }
        }
        crate::yaml::NodeKind::Null => {}
    }
}

/// The hint for a shortcoming number that does not exist.
fn numbered(count: usize) -> String {
    match count {
        1 => "there is one shortcoming, number 1".to_owned(),
        n => format!("the shortcomings are numbered 1 to {n} in the order of `breaches`"),
    }
}

/// `follow_up` as written: its rules are checked when the letter after the term is made
/// ([`follow_up::check`]), so that a half-written `follow_up` never stops the notice.
fn follow_up_as_written(
    fu: &file::FollowUpFile,
    letter_date: Option<NaiveDate>,
    today: NaiveDate,
) -> FollowUp {
    let text = |field: &Field<String>| {
        field.get().map(|t| t.trim().replace('\t', " ")).filter(|t| !t.is_empty())
    };
    FollowUp {
        date: fu.date.get().map(|d| d.0),
        notice_date: fu.notice_date.get().map(|d| d.0).or(letter_date).unwrap_or(today),
        actions: unique(fu.actions.as_deref().unwrap_or_default()),
        termination_scope: fu.termination_scope.cloned(),
        damages_estimate: fu.damages_estimate.get().map(|a| a.0),
        termination_part: text(&fu.termination_part),
        notice_received: fu
            .notice_received
            .as_ref()
            .map(|r| (r.date.get().map(|d| d.0), text(&r.proof))),
        outcome: fu
            .outcome
            .iter()
            .flatten()
            .map(|o| crate::case::OutcomeEntry {
                breach: o.breach.cloned(),
                status: o.status.cloned(),
                accepted: o.accepted.cloned(),
                note: text(&o.note),
            })
            .collect(),
        claim: fu.claim.as_ref().map(|c| crate::case::ClaimEntry {
            amount: c.amount.get().map(|a| a.0),
            basis: c.basis.cloned(),
            pay_within_days: c.pay_within_days.cloned(),
        }),
    }
}

/// The items that could be read, each once, in order.
fn unique<T: Clone + PartialEq>(list: &[Field<T>]) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    for item in list.iter().filter_map(Field::get) {
        if !out.contains(item) {
            out.push(item.clone());
        }
    }
    out
}
