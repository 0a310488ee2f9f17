//! Advice on the term and on how the letter is sent: long enough from the day it arrives, on
//! a working day, fixed to a date once announced, and sent in a way that proves receipt.

use chrono::NaiveDate;

use super::{
    Advisor, MIN_CONFIRMATION_DAYS, MIN_WORKING_DAYS, MIN_WORKING_DAYS_FOR_WORK, is_po_box,
    mentions,
};
use crate::calendar::{self, DayOff};
use crate::case::{Case, SendMethod, Term};
use crate::diagnostic::KeyPath;
use crate::dutch;

/// Words that show a required action asks for delivery, implementation or migration.
const WORK: &[&str] = &[
    "levering",
    "leveren",
    "oplever",
    "lever de ",
    "lever het ",
    "lever alle ",
    "rol de ",
    "implement",
    "migr",
    "installeer",
    "installatie",
    "invoering",
    "uitrol",
];
/// Words that show an earlier deadline or promise in a contact.
const PROMISES: &[&str] =
    &["toegezegd", "toezegging", "zegde", "beloofd", "belofte", "deadline", "termijn", "uiterlijk"];

/// The day the letter is expected to arrive: two working days after its date by post, one by
/// courier or bailiff, the same day by e-mail alone. Counted the careful way: by the slowest
/// way it is sent that proves receipt.
pub(crate) fn expected_receipt(date: NaiveDate, sent_by: &[SendMethod]) -> NaiveDate {
    let days = if sent_by.iter().any(|m| matches!(m, SendMethod::RegisteredMail | SendMethod::Mail))
    {
        2
    } else if sent_by.iter().any(|m| matches!(m, SendMethod::Courier | SendMethod::Bailiff)) {
        1
    } else {
        0
    };
    calendar::add_working_days(date, days)
}

/// The working days after `from` up to and including `to`.
fn working_days_between(from: NaiveDate, to: NaiveDate) -> usize {
    from.iter_days()
        .skip(1)
        .take_while(|d| *d <= to)
        .filter(|d| calendar::is_working_day(*d))
        .count()
}

pub(super) fn advise(a: &mut Advisor<'_>, case: &Case) {
    let letter = case.letter.date;
    let deadline = case.deadline.date;
    let path = KeyPath::root().key("deadline").key(match case.deadline.term {
        Term::WorkingDays(_) => "working_days",
        Term::Days(_) => "days",
        Term::Date => "date",
    });
    let working_days = working_days_between(letter, deadline);
    if working_days < MIN_WORKING_DAYS {
        a.add(
            "short-term",
            path.clone(),
            vec![
                ("days", working_days.into()),
                ("deadline", dutch::date_with_weekday(deadline).into()),
            ],
        );
    }
    let receipt = expected_receipt(letter, &case.letter.sent_by);
    let after_receipt = working_days_between(receipt, deadline);
    if working_days >= MIN_WORKING_DAYS && after_receipt < MIN_WORKING_DAYS_FOR_WORK {
        let work = case.breaches.iter().position(|b| mentions(&b.required_action, WORK));
        if let Some(i) = work {
            let warned = case.history.iter().any(|c| mentions(&c.summary, PROMISES));
            a.add(
                "short-term-for-work",
                path.clone(),
                vec![
                    ("days", after_receipt.into()),
                    ("receipt", dutch::date_with_weekday(receipt).into()),
                    ("n", (i + 1).into()),
                    ("warned", if warned { "yes" } else { "no" }.into()),
                ],
            );
        }
    }
    if case.deadline.term == Term::Date
        && let Some(off) = calendar::day_off(deadline)
    {
        let next = calendar::on_or_next_working_day(deadline);
        let (day, holiday) = match off {
            DayOff::Saturday => ("saturday", ""),
            DayOff::Sunday => ("sunday", ""),
            DayOff::Holiday(name) => ("holiday", name),
            DayOff::Decree(_) => ("decree", ""),
        };
        a.add(
            "deadline-not-working-day",
            path.clone(),
            vec![
                ("deadline", dutch::date_with_weekday(deadline).into()),
                ("day", day.into()),
                ("holiday", holiday.into()),
                ("next", dutch::date_with_weekday(next).into()),
            ],
        );
    }
    let mut end = deadline;
    if let Some(confirm) = case.confirm_within {
        end = end.max(confirm.date);
        let at = KeyPath::root().key("confirm_within_working_days");
        if confirm.date >= deadline {
            a.add(
                "confirmation-after-deadline",
                at.clone(),
                vec![
                    ("confirm", dutch::date(confirm.date).into()),
                    ("deadline", dutch::date(deadline).into()),
                ],
            );
        }
        let to_confirm = working_days_between(receipt, confirm.date);
        if to_confirm < MIN_CONFIRMATION_DAYS {
            let suggest = working_days_between(letter, receipt) + MIN_CONFIRMATION_DAYS;
            a.add(
                "short-confirmation-term",
                at,
                vec![
                    ("days", to_confirm.into()),
                    ("receipt", dutch::date_with_weekday(receipt).into()),
                    ("suggest", suggest.into()),
                ],
            );
        }
    }
    for year in calendar::uncovered_years(letter, end) {
        a.add("calendar-not-covered", path.clone(), vec![("year", year.to_string().into())]);
    }
    letter_date(a, case);
    sending(a, case);
}

/// Without `letter.date` the letter is dated the day it is made, and its deadline moves with
/// it: once the notice is announced (or sent: there is a letter after the term), the date must
/// stay what was announced or received.
fn letter_date(a: &mut Advisor<'_>, case: &Case) {
    if case.letter.date_given {
        return;
    }
    let reason = if case.follow_up.is_some() {
        "sent"
    } else if case.letter.announced_by_phone.is_some() {
        "announced"
    } else {
        return;
    };
    let today = case.letter.date;
    a.add(
        "letter-date-open",
        KeyPath::root().key("letter").key("date"),
        vec![
            ("today", dutch::date(today).into()),
            ("deadline", dutch::date_with_weekday(case.deadline.date).into()),
            ("reason", reason.into()),
            ("iso", today.format("%Y-%m-%d").to_string().into()),
        ],
    );
}

fn sending(a: &mut Advisor<'_>, case: &Case) {
    let sent_by = &case.letter.sent_by;
    let at = KeyPath::root().key("letter").key("sent_by");
    let proves_receipt = sent_by.iter().any(|m| {
        matches!(m, SendMethod::RegisteredMail | SendMethod::Courier | SendMethod::Bailiff)
    });
    if !proves_receipt {
        a.add("no-proof-of-receipt", at.clone(), vec![]);
    }
    let street = &case.supplier.party.address.street;
    if !is_po_box(street) {
        return;
    }
    let by_hand = sent_by.iter().find_map(|m| match m {
        SendMethod::Courier => Some("courier"),
        SendMethod::Bailiff => Some("bailiff"),
        _ => None,
    });
    if let Some(method) = by_hand {
        a.add(
            "courier-to-po-box",
            at.clone(),
            vec![("method", method.into()), ("street", street.into())],
        );
    } else if sent_by.contains(&SendMethod::RegisteredMail)
        && !(sent_by.contains(&SendMethod::Mail) && sent_by.contains(&SendMethod::Email))
    {
        a.add("registered-to-po-box", at, vec![("street", street.into())]);
    }
}
