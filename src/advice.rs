//! Advice about a valid case (CASE-FORMAT.md, "Advice the tool gives"): warnings, the letter is
//! still produced.
//!
//! The practice behind the tool: put everything in writing, be specific, give a reasonable
//! term, keep the relationship, announce the notice by phone, and do not stop paying. Each
//! piece of advice has a stable code (see [`CODES`]), the key path it is about, why it matters
//! (with the article of law or the practice behind it) and what to do.

use chrono::{Months, NaiveDate};

use crate::calendar;
use crate::case::{Case, Channel, SendMethod, Term};
use crate::diagnostic::{Diagnostic, KeyPath};
use crate::dutch;
use crate::yaml::Node;

/// Every advice code with a one-line description, for documentation and `--help`.
pub const CODES: &[(&str, &str)] = &[
    ("unconfirmed-contact", "a phone call or meeting in `history` is not confirmed in writing"),
    ("no-announcement-call", "the notice is not announced by phone (`letter.announced_by_phone`)"),
    ("breach-without-clause", "a shortcoming does not say where the obligation is written"),
    ("thin-facts", "the facts of a shortcoming hold no date or number, or fewer than 15 words"),
    ("short-term", "the term is shorter than 5 working days"),
    ("deadline-not-working-day", "a fixed deadline falls on a weekend or public holiday"),
    ("no-proof-of-receipt", "the letter is not sent by registered mail or courier"),
    ("email-without-address", "the letter is sent by e-mail but the supplier has no `email`"),
    ("late-complaint", "the first complaint came more than two months after the shortcoming began"),
    ("signatory-without-role", "the signatory has no role"),
    ("payments-suspended", "the sender has stopped paying"),
    ("nldigital-detail", "NLdigital terms apply and a shortcoming lacks `clause` or `since`"),
    ("calendar-not-covered", "a year of the term is not in the table of decree days"),
    ("history-order", "the history is not in date order"),
    ("confirmation-after-deadline", "the confirmation date is not before the deadline"),
];

/// The shortest term advised, in working days.
pub const MIN_WORKING_DAYS: usize = 5;
/// Facts with fewer words than this are thin.
pub const MIN_FACT_WORDS: usize = 15;

struct Advisor<'a> {
    tree: &'a Node,
    advice: Vec<Diagnostic>,
}

impl Advisor<'_> {
    fn add(&mut self, code: &'static str, path: KeyPath, message: String, why: &str, hint: String) {
        let span = self.tree.locate(&path);
        self.advice
            .push(Diagnostic::warning(code, message).at(path).span(span).why(why).hint(hint));
    }
}

/// The advice for a valid case, in the order of the file.
pub fn advise(case: &Case, tree: &Node) -> Vec<Diagnostic> {
    let mut a = Advisor { tree, advice: Vec::new() };
    contacts(&mut a, case);
    announcement(&mut a, case);
    breaches(&mut a, case);
    term(&mut a, case);
    receipt(&mut a, case);
    signatory(&mut a, case);
    payments(&mut a, case);
    let mut advice = a.advice;
    crate::validate::sort_by_place(&mut advice);
    advice
}

fn contacts(a: &mut Advisor<'_>, case: &Case) {
    for (i, contact) in case.history.iter().enumerate() {
        let what = match contact.channel {
            Channel::Phone => "phone call",
            Channel::Meeting => "meeting",
            _ => continue,
        };
        if contact.confirmed_in_writing.is_none() {
            a.add(
                "unconfirmed-contact",
                KeyPath::root().key("history").index(i),
                format!("the {what} of {} is not confirmed in writing", dutch::date(contact.date)),
                "a confirmation by e-mail fixes what was agreed, gives you evidence (who relies \
                 on something must prove it, art. 150 Rv) and lets the supplier correct a \
                 misunderstanding at once",
                format!(
                    "confirm the {what} by e-mail (`render --document confirmation --entry {}` \
                     writes the text), then add `confirmed_in_writing: YYYY-MM-DD` to \
                     history[{}]",
                    i + 1,
                    i + 1
                ),
            );
        }
    }
    let dates: Vec<NaiveDate> = case.history.iter().map(|c| c.date).collect();
    if let Some(i) = dates.windows(2).position(|w| w.first() > w.get(1)) {
        a.add(
            "history-order",
            KeyPath::root().key("history").index(i + 1),
            "the history is not in date order: this contact is older than the one before it"
                .to_owned(),
            "the letter lists the contacts in file order, and a reader expects them oldest \
             first",
            "put the entries of `history` in date order, oldest first".to_owned(),
        );
    }
}

fn announcement(a: &mut Advisor<'_>, case: &Case) {
    if case.letter.announced_by_phone.is_none() {
        a.add(
            "no-announcement-call",
            KeyPath::root().key("letter").key("announced_by_phone"),
            "the notice has not been announced by phone".to_owned(),
            "a call before the letter keeps the relationship intact: the notice does not come \
             as the last straw, and you can explain that it secures your rights (the practice \
             this tool follows)",
            "call the supplier before you send the letter (`render --document call-notes` \
             writes a script for the call), then add `announced_by_phone: YYYY-MM-DD` under \
             `letter`"
                .to_owned(),
        );
    }
}

fn breaches(a: &mut Advisor<'_>, case: &Case) {
    let nldigital = case.contract.nldigital();
    for (i, breach) in case.breaches.iter().enumerate() {
        let at = KeyPath::root().key("breaches").index(i);
        if breach.clause.is_none() {
            a.add(
                "breach-without-clause",
                at.key("clause"),
                format!("shortcoming {} does not say where the obligation is written", i + 1),
                "the notice must name the obligation precisely so the supplier knows what to \
                 perform (art. 6:82 BW); the clause makes it undeniable",
                "add `clause:`, e.g. `Bijlage 2 (SLA), artikel 4.1`".to_owned(),
            );
        }
        let words = breach.facts.split_whitespace().count();
        let has_number = breach.facts.chars().any(|c| c.is_ascii_digit());
        let thin = match (has_number, words < MIN_FACT_WORDS) {
            (false, true) => Some(format!("no date or number, and only {words} words")),
            (false, false) => Some("no date or number".to_owned()),
            (true, true) => Some(format!("only {words} words")),
            (true, false) => None,
        };
        if let Some(reason) = thin {
            a.add(
                "thin-facts",
                at.key("facts"),
                format!("the facts of shortcoming {} are thin: {reason}", i + 1),
                "a vague notice may not put the supplier in default: it must describe the \
                 shortcoming specifically (art. 6:82 BW), and ICT terms often ask for as much \
                 detail as possible",
                "say what happened and since when, with dates, measured values and ticket \
                 numbers"
                    .to_owned(),
            );
        }
        if nldigital && (breach.clause.is_none() || breach.since.is_none()) {
            let missing = match (breach.clause.is_none(), breach.since.is_none()) {
                (true, true) => "`clause` and `since`",
                (true, false) => "`clause`",
                _ => "`since`",
            };
            a.add(
                "nldigital-detail",
                at.clone(),
                format!("NLdigital terms apply and shortcoming {} has no {missing}", i + 1),
                "the NLdigital terms only make the supplier liable after a notice that \
                 describes the shortcoming as completely and in as much detail as possible",
                format!("add {missing} to shortcoming {}", i + 1),
            );
        }
        late_complaint(a, case, i, &at);
    }
}

fn late_complaint(a: &mut Advisor<'_>, case: &Case, i: usize, at: &KeyPath) {
    let Some(since) = case.breaches.get(i).and_then(|b| b.since) else {
        return;
    };
    let first = case.history.iter().map(|c| c.date).filter(|d| *d >= since).min();
    let (complaint, source) = match first {
        Some(date) => (date, "the first contact in `history`"),
        None => (case.letter.date, "this letter"),
    };
    let limit = since.checked_add_months(Months::new(2)).unwrap_or(NaiveDate::MAX);
    if complaint > limit {
        a.add(
            "late-complaint",
            at.key("since"),
            format!(
                "shortcoming {} began on {}, but the first complaint ({source}, {}) came more \
                 than two months later",
                i + 1,
                dutch::date(since),
                dutch::date(complaint)
            ),
            "you can lose the right to rely on a defect if you do not complain within a \
             reasonable time after you discovered it (art. 6:89 BW)",
            "if you complained earlier, add that contact to `history`; if not, have a lawyer \
             look at this before you send the letter"
                .to_owned(),
        );
    }
}

fn term(a: &mut Advisor<'_>, case: &Case) {
    let letter = case.letter.date;
    let deadline = case.deadline.date;
    let path = KeyPath::root().key("deadline").key(match case.deadline.term {
        Term::WorkingDays(_) => "working_days",
        Term::Days(_) => "days",
        Term::Date => "date",
    });
    let working_days = letter
        .iter_days()
        .skip(1)
        .take_while(|d| *d <= deadline)
        .filter(|d| calendar::is_working_day(*d))
        .count();
    if working_days < MIN_WORKING_DAYS {
        a.add(
            "short-term",
            path.clone(),
            format!(
                "the term is only {working_days} working day{} (until {})",
                if working_days == 1 { "" } else { "s" },
                dutch::date_with_weekday(deadline)
            ),
            "the term must be reasonable (art. 6:82 BW); a term that is too short invites a \
             dispute about whether the supplier is in default at all (HR 11 oktober 2019, \
             Fraanje/Alukon)",
            "give at least 5 working days, more when the repair takes work; earlier reminders \
             can justify a shorter term"
                .to_owned(),
        );
    }
    if case.deadline.term == Term::Date
        && let Some(off) = calendar::day_off(deadline)
    {
        let next = calendar::on_or_next_working_day(deadline);
        a.add(
            "deadline-not-working-day",
            path.clone(),
            format!("the deadline {} falls on {}", dutch::date_with_weekday(deadline), off.name()),
            "nobody can be expected to act on a weekend or public holiday (Algemene \
             termijnenwet); a term that ends on one invites a dispute about the last day",
            format!(
                "choose {} instead, or give the term as `working_days`",
                dutch::date_with_weekday(next)
            ),
        );
    }
    let mut end = deadline;
    if let Some(confirm) = case.confirm_within {
        end = end.max(confirm.date);
        if confirm.date >= deadline {
            a.add(
                "confirmation-after-deadline",
                KeyPath::root().key("confirm_within_working_days"),
                format!(
                    "the supplier is asked to confirm by {}, not before the deadline ({})",
                    dutch::date(confirm.date),
                    dutch::date(deadline)
                ),
                "the request to confirm is meant to show early whether the supplier will \
                 perform within the term (art. 6:80 BW); after the deadline it adds nothing",
                "give fewer working days to confirm, or a longer term".to_owned(),
            );
        }
    }
    for year in calendar::uncovered_years(letter, end) {
        a.add(
            "calendar-not-covered",
            path.clone(),
            format!(
                "the days declared equal to public holidays in {year} are not known to this tool"
            ),
            "such days are set by decree for a few years at a time (art. 3 lid 3 Algemene \
             termijnenwet); a term in that year could end on one",
            format!(
                "check wetten.overheid.nl for a decree that covers {year}, or choose a fixed \
                 `date` you have checked"
            ),
        );
    }
}

fn receipt(a: &mut Advisor<'_>, case: &Case) {
    let proves_receipt = case
        .letter
        .sent_by
        .iter()
        .any(|m| matches!(m, SendMethod::RegisteredMail | SendMethod::Courier));
    if !proves_receipt {
        a.add(
            "no-proof-of-receipt",
            KeyPath::root().key("letter").key("sent_by"),
            "the letter is not sent by registered mail or courier".to_owned(),
            "the notice only works once it reaches the supplier, and you must be able to prove \
             that it did (art. 3:37 lid 3 BW); e-mail or ordinary mail alone is hard to prove",
            "send it by registered mail as well: `sent_by: [registered_mail, email]`".to_owned(),
        );
    }
    if case.letter.sent_by.contains(&SendMethod::Email) && case.supplier.party.email.is_none() {
        a.add(
            "email-without-address",
            KeyPath::root().key("supplier").key("email"),
            "the letter is sent by e-mail, but the supplier has no e-mail address".to_owned(),
            "the letter names the address it was e-mailed to, so that you can show where it \
             went; an address used before in your contacts is the safest (art. 3:37 lid 3 BW)",
            "add `email:` under `supplier`, or remove `email` from `letter.sent_by`".to_owned(),
        );
    }
}

fn signatory(a: &mut Advisor<'_>, case: &Case) {
    if case.sender.signatory_role.is_none() {
        a.add(
            "signatory-without-role",
            KeyPath::root().key("sender").key("signatory").key("role"),
            format!("the signatory, {}, has no role", case.sender.signatory),
            "only someone who may represent the organisation (a director, or someone with a \
             power of attorney) can validly send the notice (art. 2:130 and 2:240 BW); the role \
             shows it",
            "add `role:` under `sender.signatory`, e.g. `role: Directeur Bedrijfsvoering`"
                .to_owned(),
        );
    }
}

fn payments(a: &mut Advisor<'_>, case: &Case) {
    if case.payments_suspended {
        let why = if case.contract.nldigital() {
            "stopping payment usually makes the supplier stop delivering; it is only lawful in \
             proportion to the shortcoming (art. 6:262 BW), and the NLdigital terms of this \
             contract exclude it altogether"
        } else {
            "stopping payment usually makes the supplier stop delivering, and it is only lawful \
             in proportion to the shortcoming (art. 6:262 BW)"
        };
        a.add(
            "payments-suspended",
            KeyPath::root().key("payments_suspended"),
            "payments to the supplier are suspended".to_owned(),
            why,
            "consider paying under protest with a reservation of rights, or suspending only the \
             disputed part"
                .to_owned(),
        );
    }
}
