//! Advice on the contacts so far: confirmed in writing, in order, about known shortcomings,
//! and the call that announces the notice.

use chrono::NaiveDate;

use super::Advisor;
use crate::case::{Case, Channel};
use crate::diagnostic::KeyPath;
use crate::dutch;

pub(super) fn advise(a: &mut Advisor<'_>, case: &Case) {
    let history = KeyPath::root().key("history");
    let undated = case.breaches.iter().position(|b| b.since.is_none());
    for (i, contact) in case.history.iter().enumerate() {
        let what = match contact.channel {
            Channel::Phone => "call",
            Channel::Meeting => "meeting",
            _ => continue,
        };
        let entry = i + 1;
        let date = dutch::date(contact.date);
        if contact.confirmed_in_writing.is_none() {
            a.add(
                "unconfirmed-contact",
                history.index(i),
                vec![
                    ("what", what.into()),
                    ("date", date.as_str().into()),
                    ("entry", entry.into()),
                ],
            );
        }
        if let Some(breach) = undated
            && !contact.about_given
        {
            a.add(
                "contact-without-about",
                history.index(i),
                vec![
                    ("what", what.into()),
                    ("date", date.as_str().into()),
                    ("entry", entry.into()),
                    ("breach", (breach + 1).into()),
                ],
            );
        }
    }
    let dates: Vec<NaiveDate> = case.history.iter().map(|c| c.date).collect();
    if let Some(i) = dates.windows(2).position(|w| w.first() > w.get(1)) {
        a.add("history-order", history.index(i + 1), vec![]);
    }
    if case.letter.announced_by_phone.is_none() {
        let at = KeyPath::root().key("letter").key("announced_by_phone");
        a.add("no-announcement-call", at, vec![]);
    }
}
