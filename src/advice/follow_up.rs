//! Advice on the letter after the term, when the case has `follow_up`: how a dissolution is
//! sent, whether it rests on enough, and when its part starts.

use super::Advisor;
use crate::case::{Case, FollowUpAction, OutcomeStatus, SendMethod, TerminationScope};
use crate::catalogue::Arg;
use crate::diagnostic::KeyPath;
use crate::dutch;
use crate::msg;

pub(super) fn advise(a: &mut Advisor<'_>, case: &Case) {
    let Some(follow_up) = &case.follow_up else {
        return;
    };
    let root = KeyPath::root().key("follow_up");
    if !follow_up.actions.contains(&FollowUpAction::Termination) {
        return;
    }
    if case.letter.sent_by.iter().all(|m| *m == SendMethod::Email) {
        a.add("dissolution-by-email", KeyPath::root().key("letter").key("sent_by"), vec![]);
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
        a.add(
            "partly-performed",
            root.key("outcome"),
            vec![("count", partly.len().into()), ("list", list_and(&partly))],
        );
    }
    if follow_up.termination_scope == Some(TerminationScope::Partial)
        && let (Some(part), Some(date)) = (&follow_up.termination_part, follow_up.date)
        && let Some(start) = dutch::find_date(part)
        && start < date
    {
        a.add(
            "termination-part-in-past",
            root.key("termination_part"),
            vec![("start", dutch::date(start).into()), ("date", dutch::date(date).into())],
        );
    }
}

/// "2", "2 en 3", "1, 2 en 3" ("2 and 3" in English).
fn list_and(items: &[String]) -> Arg {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            msg!("advice-list-and", rest = rest.join(", "), last = last.as_str()).into()
        }
        _ => items.join(", ").into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{Lang, Message};

    fn performed_in_part(numbers: &[&str]) -> Message {
        let numbers: Vec<String> = numbers.iter().map(|n| (*n).to_owned()).collect();
        Message::new("advice-partly-performed")
            .arg("count", numbers.len())
            .arg("list", list_and(&numbers))
    }

    #[test]
    fn the_numbers_performed_in_part_read_as_a_list_in_each_language() {
        assert_eq!(
            performed_in_part(&["2"]).text(Lang::Nl),
            "de brief na de termijn ontbindt de overeenkomst, maar tekortkoming 2 is gedeeltelijk \
             nagekomen, en er bleef niets geheel onuitgevoerd"
        );
        assert_eq!(
            performed_in_part(&["1", "2", "3"]).text(Lang::Nl),
            "de brief na de termijn ontbindt de overeenkomst, maar tekortkomingen 1, 2 en 3 zijn \
             gedeeltelijk nagekomen, en er bleef niets geheel onuitgevoerd"
        );
        assert_eq!(
            performed_in_part(&["2", "3"]).text(Lang::En),
            "the letter after the term dissolves the contract, but shortcomings 2 and 3 were \
             performed in part, and nothing was left unperformed"
        );
    }
}
