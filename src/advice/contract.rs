//! Advice on the contract: the law that governs it, the supplier's general terms, payments
//! kept back.

use chrono::{Months, NaiveDate};

use super::Advisor;
use crate::case::Case;
use crate::diagnostic::KeyPath;
use crate::dutch;

/// The expiry of a claim for damages common in ICT terms, in months after it arose.
const TERMS_EXPIRY_MONTHS: u32 = 24;
/// How far ahead the expiry is advised about, in months.
const TERMS_EXPIRY_WARNING_MONTHS: u32 = 12;

pub(super) fn advise(a: &mut Advisor<'_>, case: &Case) {
    let root = KeyPath::root();
    let contract = &case.contract;
    if let Some(country) = case.supplier.party.address.country
        && contract.governing_law.is_none()
    {
        a.add(
            "governing-law",
            root.key("contract").key("governing_law"),
            vec![("country", country.name.into())],
        );
    }
    let terms = contract.general_terms.as_deref().unwrap_or_default();
    if contract.nldigital() {
        // The claim arose, at the earliest, when the first shortcoming began.
        let arose = case.breaches.iter().filter_map(|b| b.since).min().unwrap_or(case.letter.date);
        let lapses = terms_expiry(arose);
        let warn_from =
            case.letter.date.checked_add_months(Months::new(TERMS_EXPIRY_WARNING_MONTHS));
        if let (Some(lapses), Some(warn_from)) = (lapses, warn_from)
            && lapses <= warn_from
        {
            a.add(
                "terms-expiry",
                root.key("contract").key("general_terms"),
                vec![
                    ("terms", terms.into()),
                    ("date", dutch::date(lapses).into()),
                    ("lapsed", if lapses < case.letter.date { "yes" } else { "no" }.into()),
                ],
            );
        }
        if case.payments_suspended {
            a.add(
                "payments-suspended",
                root.key("payments_suspended"),
                vec![("terms", terms.into())],
            );
        }
    }
    if case.payments_suspended && case.suspended_payments.is_none() {
        a.add("suspended-payments", root.key("payments_suspended"), vec![]);
    }
}

/// The day a claim that arose on `arose` lapses under common ICT terms.
fn terms_expiry(arose: NaiveDate) -> Option<NaiveDate> {
    arose.checked_add_months(Months::new(TERMS_EXPIRY_MONTHS))
}
