//! Advice on the shortcomings: specific enough, complained about in time, and what the law
//! or the contract adds to them.

use chrono::{Months, NaiveDate};

use super::{Advisor, MIN_FACT_WORDS, mentions};
use crate::case::Case;
use crate::diagnostic::KeyPath;
use crate::dutch;

/// Words that show a shortcoming is about goods rather than a service.
const GOODS: &[&str] = &[
    "hardware",
    "apparatuur",
    "apparaten",
    "goederen",
    "laptop",
    "computers",
    "servers",
    "printers",
    "beeldschermen",
    "monitoren",
    "scanners",
    "switches",
    "routers",
    "tablets",
    "telefoons",
];
/// Words for a penalty or service credits.
const CREDITS: &[&str] = &["servicecredit", "service credit", "service-credit", "boete"];

pub(super) fn advise(a: &mut Advisor<'_>, case: &Case) {
    let nldigital = case.contract.nldigital();
    for (i, breach) in case.breaches.iter().enumerate() {
        let at = KeyPath::root().key("breaches").index(i);
        let n = i + 1;
        if breach.clause.is_none() {
            a.add("breach-without-clause", at.key("clause"), vec![("n", n.into())]);
        }
        let words = breach.facts.split_whitespace().count();
        let has_number = breach.facts.chars().any(|c| c.is_ascii_digit());
        let thin = match (has_number, words < MIN_FACT_WORDS) {
            (false, true) => Some("both"),
            (false, false) => Some("no-number"),
            (true, true) => Some("few-words"),
            (true, false) => None,
        };
        if let Some(reason) = thin {
            a.add(
                "thin-facts",
                at.key("facts"),
                vec![("n", n.into()), ("reason", reason.into()), ("words", words.into())],
            );
        }
        if nldigital && (breach.clause.is_none() || breach.since.is_none()) {
            let missing = match (breach.clause.is_none(), breach.since.is_none()) {
                (true, true) => "both",
                (true, false) => "clause",
                _ => "since",
            };
            a.add(
                "nldigital-detail",
                at.clone(),
                vec![("n", n.into()), ("missing", missing.into())],
            );
        }
        late_complaint(a, case, i, &at);
        let all = [&breach.obligation, &breach.facts, &breach.required_action];
        if let Some(country) = case.supplier.party.address.country
            && all.iter().any(|t| mentions(t, GOODS))
        {
            a.add(
                "cisg",
                at.key("required_action"),
                vec![("n", n.into()), ("country", country.name.into())],
            );
        }
        if all.iter().any(|t| mentions(t, CREDITS)) {
            a.add("service-credits", at.clone(), vec![("n", n.into())]);
        }
    }
}

fn late_complaint(a: &mut Advisor<'_>, case: &Case, i: usize, at: &KeyPath) {
    let Some(since) = case.breaches.get(i).and_then(|b| b.since) else {
        return;
    };
    let first = case.history.iter().map(|c| c.date).filter(|d| *d >= since).min();
    let (complaint, source) = match first {
        Some(date) => (date, "history"),
        None => (case.letter.date, "letter"),
    };
    let limit = since.checked_add_months(Months::new(2)).unwrap_or(NaiveDate::MAX);
    if complaint > limit {
        a.add(
            "late-complaint",
            at.key("since"),
            vec![
                ("n", (i + 1).into()),
                ("since", dutch::date(since).into()),
                ("source", source.into()),
                ("date", dutch::date(complaint).into()),
            ],
        );
    }
}
