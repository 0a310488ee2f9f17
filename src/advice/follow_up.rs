//! Advice on the letter after the term, when the case has `follow_up`: how a dissolution is
//! sent, whether it rests on enough, and when its part starts.

use super::Advisor;
use super::rules::{fill, text};
use crate::case::{Case, FollowUpAction, OutcomeStatus, SendMethod, TerminationScope};
use crate::diagnostic::KeyPath;
use crate::dutch;

pub(super) fn advise(a: &mut Advisor<'_>, case: &Case) {
    let Some(follow_up) = &case.follow_up else {
        return;
    };
    let root = KeyPath::root().key("follow_up");
    if !follow_up.actions.contains(&FollowUpAction::Termination) {
        return;
    }
    if case.letter.sent_by.iter().all(|m| *m == SendMethod::Email) {
        a.add("dissolution-by-email", KeyPath::root().key("letter").key("sent_by"), &[]);
    }
    let statuses: Vec<OutcomeStatus> = follow_up.outcome.iter().filter_map(|o| o.status).collect();
    let partly: Vec<String> = follow_up
        .outcome
        .iter()
        .filter(|o| o.status == Some(OutcomeStatus::Partly))
        .filter_map(|o| o.breach.map(|n| n.to_string()))
        .collect();
    let unperformed = follow_up.outcome.iter().any(|o| {
        o.status == Some(OutcomeStatus::NotPerformed)
            || (o.status == Some(OutcomeStatus::Late) && o.accepted == Some(false))
    });
    if !partly.is_empty() && !unperformed && !statuses.is_empty() {
        let template = if partly.len() == 1 { text::ONE_PARTLY } else { text::MANY_PARTLY };
        let numbers = fill(template, &[("list", &dutch::join(&partly))]);
        a.add("partly-performed", root.key("outcome"), &[("numbers", &numbers)]);
    }
    if follow_up.termination_scope == Some(TerminationScope::Partial)
        && let (Some(part), Some(date)) = (&follow_up.termination_part, follow_up.date)
        && let Some(start) = dutch::find_date(part)
        && start < date
    {
        a.add(
            "termination-part-in-past",
            root.key("termination_part"),
            &[("start", &dutch::date(start)), ("date", &dutch::date(date))],
        );
    }
}
