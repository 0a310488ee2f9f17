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
use crate::catalogue::{Arg, Lang, Message};
use crate::diagnostic::{Diagnostic, KeyPath, sort_by_place};
use crate::dutch;
use crate::load::Loaded;
use crate::msg;
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
    for pattern in ONE_LINE {
        let segments: Vec<&str> = pattern.split('.').collect();
        line_breaks(&loaded.tree, &segments, &KeyPath::root(), &mut checker.problems);
    }
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
fn p(key: &'static str) -> KeyPath {
    KeyPath::root().key(key)
}

impl Checker<'_> {
    fn error(&mut self, path: &KeyPath, message: Message, hint: Message) {
        let span = self.tree.locate(path);
        self.problems.push(Diagnostic::error(message).at(path.clone()).span(span).hint(hint));
    }

    /// A rule broken: `message`, with its attribute `.hint` as the hint.
    fn rule(&mut self, path: &KeyPath, message: Message) {
        debug_assert!(
            Message::exists(Lang::Nl, &format!("{}.hint", message.id())),
            "`{}` has no `.hint`",
            message.id()
        );
        let hint = message.attribute("hint");
        self.error(path, message, hint);
    }

    /// "… is missing", with the hint "add `organisation: …` under `sender`". `what` names the
    /// missing part ("the signatory's name"), `example` is the value shown in the hint.
    fn missing(&mut self, path: &KeyPath, what: Message, example: impl Into<Arg>) {
        let hint = msg!(
            "rule-missing-key-hint",
            key = path.last_key().unwrap_or("?"),
            example = example,
            place = place(path)
        );
        self.error(path, msg!("rule-missing", what = what), hint);
    }

    /// [`Checker::missing`] for a section, whose keys go below it.
    fn missing_section(&mut self, path: &KeyPath, what: Message) {
        let hint = msg!(
            "rule-missing-section-hint",
            key = path.last_key().unwrap_or("?"),
            place = place(path)
        );
        self.error(path, msg!("rule-missing", what = what), hint);
    }

    /// A required text: reports it when absent or blank.
    fn required_text(
        &mut self,
        field: &Field<String>,
        path: &KeyPath,
        what: Message,
        example: impl Into<Arg>,
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
            self.rule(path, msg!("rule-empty"));
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

    /// A value whose form is checked (a KVK number, a postcode) that stands between
    /// typographic quotes, as a word processor types them: reported as such, since the
    /// form is then wrong for a reason the user cannot see.
    fn curly_quotes(&mut self, text: &str, path: &KeyPath) -> bool {
        let Some(inner) = curly_quoted(text) else {
            return false;
        };
        let key = path.last_key().unwrap_or("?");
        self.rule(path, msg!("rule-curly-quotes", value = text, key = key, inner = inner));
        true
    }

    fn required<T: Clone>(
        &mut self,
        field: &Field<T>,
        path: &KeyPath,
        what: Message,
        example: impl Into<Arg>,
    ) -> Option<T> {
        if field.is_absent() {
            self.missing(path, what, example);
        }
        field.cloned()
    }

    /// A date that may not lie after the letter date; `what` names it ("the contract date").
    fn not_after_letter(
        &mut self,
        date: Option<NaiveDate>,
        path: &KeyPath,
        what: Message,
        letter: Option<NaiveDate>,
    ) {
        if let (Some(date), Some(letter)) = (date, letter)
            && date > letter
        {
            self.rule(
                path,
                msg!(
                    "rule-after-letter",
                    what = what,
                    date = dutch::date(date),
                    letter = dutch::date(letter)
                ),
            );
        }
    }

    fn case(&mut self, f: &file::CaseFile, today: NaiveDate) -> Option<Case> {
        if let Some(version) = f.version.get()
            && *version != 1
        {
            self.rule(&p("version"), msg!("rule-version", version = *version));
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
            self.rule(&p("suspended_payments"), msg!("rule-suspended-payments-false"));
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
                msg!("rule-what-way-of-sending"),
                "[registered_mail, email]",
            ),
        };
        let announced = f.announced_by_phone.get().map(|d| d.0);
        self.not_after_letter(
            announced,
            &path.key("announced_by_phone"),
            msg!("rule-what-announcement-call"),
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
        what: Message,
        example: &str,
    ) -> Option<Vec<T>> {
        if list.is_empty() {
            let key = path.last_key().unwrap_or("?");
            self.rule(path, msg!("rule-lists-none", what = what, key = key, example = example));
            return None;
        }
        let mut out: Vec<T> = Vec::new();
        let mut ok = true;
        for (i, item) in list.iter().enumerate() {
            match item {
                Field::Present(v) if out.contains(v) => {
                    self.rule(&path.index(i), msg!("rule-listed-twice"));
                    ok = false;
                }
                Field::Present(v) => out.push(v.clone()),
                Field::Absent => {
                    self.rule(&path.index(i), msg!("rule-empty-choice"));
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
                let what = msg!("rule-what-consequence");
                self.unique_list(list, &p("consequences"), what, "[damages, termination]")
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
                    self.rule(&path, msg!("rule-empty-entry"));
                    ok = false;
                }
                _ => ok = false,
            }
        }
        ok.then_some(out)
    }
}

/// Every value that holds a control character other than a line break or a tab: it cannot
/// belong in a letter, and on a terminal it could move the cursor or change colours. The key
/// path is only made for a value that has one.
fn control_characters(node: &Node, path: &KeyPath, problems: &mut Vec<Diagnostic>) {
    /// A control character is a byte below 0x20 or 0x7F, or U+0080..U+009F (0xC2 0x80..0x9F
    /// in UTF-8): found on the bytes, the common text costs almost nothing.
    fn has_control(text: &str) -> bool {
        let bytes = text.as_bytes();
        bytes.iter().enumerate().any(|(i, b)| match b {
            b'\n' | b'\t' => false,
            0..0x20 | 0x7F => true,
            0xC2 => bytes.get(i + 1).is_some_and(|n| (0x80..0xA0).contains(n)),
            _ => false,
        })
    }
    match &node.kind {
        crate::yaml::NodeKind::Scalar(text) if has_control(text) => {
            let c = text.chars().find(|c| c.is_control() && !matches!(c, '\n' | '\t'));
            let code = format!("U+{:04X}", c.map_or(0, u32::from));
            let message = msg!("rule-control-character", code = code);
            problems.push(
                Diagnostic::error(message.clone())
                    .at(path.clone())
                    .span(Some(node.span))
                    .hint(message.attribute("hint")),
            );
        }
        crate::yaml::NodeKind::Seq(items) => {
            for (i, item) in items.iter().enumerate() {
                if contains_control(item) {
                    control_characters(item, &path.index(i), problems);
                }
            }
        }
        crate::yaml::NodeKind::Map(entries) => {
            for entry in entries {
                if contains_control(&entry.value) {
                    control_characters(&entry.value, &path.key(entry.key.clone()), problems);
                }
            }
        }
        crate::yaml::NodeKind::Scalar(_) | crate::yaml::NodeKind::Null => {}
    }

    /// Whether `node` or a value below it has a control character.
    fn contains_control(node: &Node) -> bool {
        match &node.kind {
            crate::yaml::NodeKind::Scalar(text) => has_control(text),
            crate::yaml::NodeKind::Seq(items) => items.iter().any(contains_control),
            crate::yaml::NodeKind::Map(entries) => {
                entries.iter().any(|e| contains_control(&e.value))
            }
            crate::yaml::NodeKind::Null => false,
        }
    }
}

/// The values that stand on one line: in the letterhead, the address block, the reference
/// lines, and the header of an e-mail (where a line break would start a header of its own).
/// `[]` is every item of a list.
const ONE_LINE: &[&str] = &[
    "letter.place",
    "letter.reference",
    "letter.their_reference",
    "sender.organisation",
    "sender.email",
    "sender.phone",
    "sender.address.street",
    "sender.address.postcode",
    "sender.address.city",
    "sender.signatory.name",
    "sender.signatory.role",
    "supplier.organisation",
    "supplier.email",
    "supplier.phone",
    "supplier.address.street",
    "supplier.address.postcode",
    "supplier.address.city",
    "supplier.attention.name",
    "supplier.attention.role",
    "supplier.attention.email",
    "contract.title",
    "contract.reference",
    "history[].with",
    "history[].email",
    "enclosures[].title",
    "cc[]",
];

/// A line break in a value at `pattern` (below `node`, which is at `path`).
fn line_breaks(node: &Node, pattern: &[&str], path: &KeyPath, problems: &mut Vec<Diagnostic>) {
    use crate::yaml::NodeKind;
    match (pattern.split_first(), &node.kind) {
        (None, NodeKind::Scalar(text)) if text.trim().contains(['\n', '\r']) => {
            let key = path.last_key().unwrap_or("?").to_owned();
            problems.push(
                Diagnostic::error(msg!("rule-line-break", key = key))
                    .at(path.clone())
                    .span(Some(node.span))
                    .hint(msg!("rule-line-break.hint")),
            );
        }
        (Some((first, rest)), NodeKind::Map(entries)) => {
            let (key, every) = match first.strip_suffix("[]") {
                Some(key) => (key, true),
                None => (*first, false),
            };
            for entry in entries.iter().filter(|e| e.key == key) {
                let below = path.key(key.to_owned());
                match (&entry.value.kind, every) {
                    (NodeKind::Seq(items), true) => {
                        for (i, item) in items.iter().enumerate() {
                            line_breaks(item, rest, &below.index(i), problems);
                        }
                    }
                    (_, false) => line_breaks(&entry.value, rest, &below, problems),
                    _ => {}
                }
            }
        }
        _ => {}
    }
}

/// "there is no shortcoming 4", with the hint how they are numbered (`count` of them).
fn no_such_breach(number: u32, count: usize) -> (Message, Message) {
    (msg!("rule-no-such-breach", number = number), msg!("rule-breach-numbers", count = count))
}

/// Where a missing key goes: "at the top level", "under `sender.address`".
fn place(path: &KeyPath) -> Message {
    match path.parent() {
        parent if parent.is_root() => msg!("rule-place-top"),
        parent => msg!("rule-place-under", parent = parent.to_string()),
    }
}

/// `a`, `a and b`, `a, b and c` (`a, b en c` in Dutch), the items as given.
fn all_of(items: &[String]) -> Arg {
    match items.split_last() {
        None => Arg::Text(String::new()),
        Some((last, [])) => Arg::Text(last.clone()),
        Some((last, rest)) => {
            Arg::Message(msg!("rule-list-and", rest = rest.join(", "), last = last))
        }
    }
}

/// Quotes as a word processor types them (“…”, „…”, ‘…’, «…»), which YAML does not read as
/// quotes, so they become part of the value.
const CURLY_QUOTES: &[char] = &[
    '\u{201C}', '\u{201D}', '\u{201E}', '\u{201F}', '\u{2018}', '\u{2019}', '\u{201A}', '\u{201B}',
    '\u{00AB}', '\u{00BB}', '\u{2039}', '\u{203A}', '\u{301D}', '\u{301E}', '\u{301F}', '\u{FF02}',
    '\u{FF07}',
];

/// The text inside, when `text` starts or ends with a typographic quote.
pub(crate) fn curly_quoted(text: &str) -> Option<&str> {
    let text = text.trim();
    (text.starts_with(CURLY_QUOTES) || text.ends_with(CURLY_QUOTES))
        .then(|| text.trim_matches(CURLY_QUOTES).trim())
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    const BASIS: &str = include_str!("../../tests/fixtures/valid/basis.yaml");

    /// The problems of the valid fixture with `from` replaced by `to`.
    fn problems(from: &str, to: &str) -> Vec<Diagnostic> {
        assert!(BASIS.contains(from), "{from}");
        let text = BASIS.replacen(from, to, 1);
        let loaded = crate::load::load(Path::new("zaak.yaml"), &mut |_| Ok(text.clone().into()))
            .unwrap_or_else(|_| panic!("{text}"));
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        validate(&loaded, today).err().unwrap_or_default()
    }

    /// The message and hint of the one problem, in `lang`.
    fn texts(problems: &[Diagnostic], lang: Lang) -> (String, String) {
        assert_eq!(problems.len(), 1, "{problems:#?}");
        let d = &problems[0];
        (d.message.text(lang), d.hint.as_ref().map(|h| h.text(lang)).unwrap_or_default())
    }

    #[test]
    fn typographic_quotes_are_recognised() {
        for (text, inner) in [
            ("“41052377”", "41052377"),
            ("„3511 AB”", "3511 AB"),
            ("‘NL91’", "NL91"),
            ("«BE»", "BE"),
            ("“a@b.nl", "a@b.nl"),
            ("a@b.nl’", "a@b.nl"),
        ] {
            assert_eq!(curly_quoted(text), Some(inner), "{text}");
        }
        for text in ["41052377", "\"41052377\"", "'BE'", "Jan’s", "d’Ancona B.V."] {
            assert_eq!(curly_quoted(text), None, "{text}");
        }
    }

    #[test]
    fn typographic_quotes_are_named_as_such() {
        let found = problems("  kvk: \"12345678\"", "  kvk: “41052377”");
        let d = &found[0];
        assert_eq!(d.path, Some(KeyPath::parse("sender.kvk")));
        assert_eq!(
            texts(&found, Lang::Nl),
            (
                "`“41052377”` staat tussen typografische (gekrulde) aanhalingstekens, zoals een \
                 tekstverwerker als Word ze zet"
                    .to_owned(),
                "gebruik gewone, rechte aanhalingstekens, of helemaal geen: `kvk: \"41052377\"`"
                    .to_owned()
            )
        );
        let (message, hint) = texts(&found, Lang::En);
        assert!(message.contains("typographic (curly) quotes"), "{message}");
        assert_eq!(hint, "use straight quotes, or none: `kvk: \"41052377\"`");

        // An e-mail address in curly quotes would pass its form check: it is caught first.
        let found = problems("  email: info@afzender.example", "  email: “info@afzender.example”");
        let (_, hint) = texts(&found, Lang::Nl);
        assert!(hint.ends_with("`email: \"info@afzender.example\"`"), "{hint}");
        let found = problems("    postcode: 3511 AB", "    postcode: „3511 AB“");
        assert!(texts(&found, Lang::Nl).0.starts_with("`„3511 AB“` staat tussen"));
    }

    #[test]
    fn composed_messages_read_well_in_both_languages() {
        let found = problems("    name: J. de Vries\n", "");
        assert_eq!(
            texts(&found, Lang::Nl),
            (
                "de naam van de ondertekenaar ontbreekt".to_owned(),
                "voeg `name: <voorletters en achternaam, bijvoorbeeld J. de Vries>` toe onder \
                 `sender.signatory`"
                    .to_owned()
            )
        );
        assert_eq!(
            texts(&found, Lang::En),
            (
                "the signatory's name is missing".to_owned(),
                "add `name: <name, e.g. J. de Vries>` under `sender.signatory`".to_owned()
            )
        );

        let found = problems(
            "deadline:\n  working_days: 10",
            "deadline:\n  days: 14\n  date: 2026-12-15\n  working_days: 10",
        );
        assert_eq!(
            texts(&found, Lang::Nl).0,
            "geeft `working_days`, `days` en `date`; geef er precies één"
        );
        assert_eq!(
            texts(&found, Lang::En).0,
            "gives `working_days`, `days` and `date`; give exactly one"
        );

        let found = problems(
            "    summary: Storingen gemeld.",
            "    summary: Storingen gemeld.\n    about: [2]",
        );
        assert_eq!(
            texts(&found, Lang::Nl),
            ("er is geen tekortkoming 2".to_owned(), "er is één tekortkoming, nummer 1".to_owned())
        );
        let (message, hint) = no_such_breach(5, 3);
        assert_eq!(message.text(Lang::En), "there is no shortcoming 5");
        assert_eq!(
            hint.text(Lang::Nl),
            "de tekortkomingen zijn genummerd van 1 tot en met 3, in de volgorde van `breaches`"
        );
    }

    #[test]
    fn a_term_below_the_contract_minimum_counts_days_in_words() {
        let found =
            problems("  date: 2024-03-01\n", "  date: 2024-03-01\n  minimum_term_days: 21\n");
        let (message, hint) = texts(&found, Lang::Nl);
        assert_eq!(
            message,
            "de overeenkomst eist een termijn van minstens 21 dagen, maar de uiterste datum \
             (15 december 2026) ligt 14 dagen na de datum van de brief"
        );
        assert_eq!(
            hint,
            "kies een uiterste datum op of na 22 december 2026 (`contract.minimum_term_days`)"
        );
        let message = msg!(
            "rule-deadline-below-minimum",
            minimum = 2u32,
            date = "2 december 2026",
            days = 1i64,
            earliest = "3 december 2026"
        );
        assert_eq!(
            message.text(Lang::En),
            "the contract requires a term of at least 2 days, but the deadline (2 december 2026) \
             is 1 day after the letter date"
        );
    }
}
