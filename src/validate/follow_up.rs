//! What the letter after the term needs (CASE-FORMAT.md, "Keys added for legal soundness").
//!
//! These rules are checked when that letter is made, not for the notice: a `follow_up` that is
//! still being written never stops the notice. The letter must never create default by its
//! own say-so, so a dissolution or replacement damages needs an explicit outcome for every
//! shortcoming, and at least one that was not performed.

use chrono::NaiveDate;

use crate::case::{
    Case, Claim, FollowUpAction, NoticeReceived, Outcome, OutcomeStatus, TerminationScope,
};
use crate::catalogue::Message;
use crate::diagnostic::{Diagnostic, KeyPath};
use crate::dutch;
use crate::msg;
use crate::yaml::Node;

/// The default number of days to pay a demand for payment.
pub const PAY_WITHIN_DAYS: u32 = 14;

/// The letter after the term, checked: everything it states is known.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// The date of the letter, after the deadline.
    pub date: NaiveDate,
    /// The deadline of the notice, when the notice is dated `follow_up.notice_date`.
    pub deadline: NaiveDate,
    /// The first day of default: the day after the deadline.
    pub default_from: NaiveDate,
    /// What the letter does, at least one.
    pub actions: Vec<FollowUpAction>,
    /// With termination: full or partial.
    pub scope: Option<TerminationScope>,
    /// With a partial termination: the part, in words.
    pub part: Option<String>,
    /// When the notice arrived, and the proof.
    pub received: Option<NoticeReceived>,
    /// Per shortcoming (in the order of `breaches`), its outcome when stated.
    pub outcome: Vec<Option<Outcome>>,
    /// A demand for payment.
    pub claim: Option<Claim>,
}

struct Rules<'a> {
    tree: &'a Node,
    problems: Vec<Diagnostic>,
}

impl Rules<'_> {
    fn error(&mut self, path: KeyPath, message: Message, hint: Message) {
        let span = self.tree.locate(&path);
        self.problems.push(Diagnostic::error(message).at(path).span(span).hint(hint));
    }

    /// A rule broken: `message`, with its attribute `.hint` as the hint.
    fn rule(&mut self, path: KeyPath, message: Message) {
        debug_assert!(
            Message::exists(crate::catalogue::Lang::Nl, &format!("{}.hint", message.id())),
            "`{}` has no `.hint`",
            message.id()
        );
        let hint = message.attribute("hint");
        self.error(path, message, hint);
    }
}

/// Checks what the letter after the term needs; `tree` locates the problems.
pub fn check(case: &Case, tree: &Node) -> Result<Plan, Vec<Diagnostic>> {
    let root = KeyPath::root().key("follow_up");
    let mut r = Rules { tree, problems: Vec::new() };
    let Some(follow_up) = &case.follow_up else {
        let deadline = dutch::date_with_weekday(case.deadline.date);
        r.rule(root, msg!("rule-follow-up-missing", deadline = deadline));
        return Err(r.problems);
    };
    // The notice's deadline when the notice is dated `follow_up.notice_date`.
    let deadline = case.deadline.term.end_from(follow_up.notice_date).unwrap_or(case.deadline.date);
    let default_from = deadline.succ_opt().unwrap_or(deadline);
    match follow_up.date {
        None => r.rule(
            root.key("date"),
            msg!("rule-follow-up-date-missing", default_from = dutch::date(default_from)),
        ),
        Some(date) if date <= deadline => r.rule(
            root.key("date"),
            msg!(
                "rule-follow-up-too-early",
                date = dutch::date(date),
                deadline = dutch::date_with_weekday(deadline),
                default_from = dutch::date(default_from)
            ),
        ),
        Some(_) => {}
    }
    let actions = &follow_up.actions;
    if actions.is_empty() {
        r.rule(root.key("actions"), msg!("rule-follow-up-no-actions"));
    }
    let termination = actions.contains(&FollowUpAction::Termination);
    let replacement = actions.contains(&FollowUpAction::ReplacementDamages);
    let scope = follow_up.termination_scope.filter(|_| termination);
    if termination && scope.is_none() {
        r.rule(root.key("termination_scope"), msg!("rule-follow-up-scope-missing"));
    }
    let partial = scope == Some(TerminationScope::Partial);
    match (&follow_up.termination_part, partial) {
        (None, true) => r.rule(root.key("termination_part"), msg!("rule-follow-up-part-missing")),
        (Some(_), false) => {
            r.rule(root.key("termination_part"), msg!("rule-follow-up-part-not-partial"));
        }
        _ => {}
    }
    if scope == Some(TerminationScope::Full) && replacement {
        r.rule(root.key("actions"), msg!("rule-follow-up-full-and-replacement"));
    }
    let outcome = outcomes(&mut r, case, &root, termination || replacement);
    let received = received(&mut r, follow_up, &root, deadline);
    let claim = claim(&mut r, case, &root, termination);
    match follow_up.date {
        Some(date) if r.problems.is_empty() => Ok(Plan {
            date,
            deadline,
            default_from,
            actions: actions.clone(),
            scope,
            part: follow_up.termination_part.clone().filter(|_| partial),
            received,
            outcome,
            claim,
        }),
        _ => Err(r.problems),
    }
}

/// The outcome per shortcoming; with dissolution or replacement damages every shortcoming
/// needs one, and at least one must carry it.
fn outcomes(r: &mut Rules<'_>, case: &Case, root: &KeyPath, needed: bool) -> Vec<Option<Outcome>> {
    let Some(follow_up) = &case.follow_up else {
        return Vec::new();
    };
    let path = root.key("outcome");
    let count = case.breaches.len();
    let mut out: Vec<Option<Outcome>> = vec![None; count];
    for (i, entry) in follow_up.outcome.iter().enumerate() {
        let at = path.index(i);
        let number = match entry.breach {
            None => {
                r.rule(at.key("breach"), msg!("rule-outcome-breach-missing"));
                continue;
            }
            Some(n) if n == 0 || n as usize > count => {
                let (message, hint) = super::no_such_breach(n, count);
                r.error(at.key("breach"), message, hint);
                continue;
            }
            Some(n) => n as usize,
        };
        let Some(status) = entry.status else {
            r.rule(at.key("status"), msg!("rule-outcome-status-missing", number = number));
            continue;
        };
        match (status, entry.accepted) {
            (OutcomeStatus::Late, None) => {
                r.rule(at.key("accepted"), msg!("rule-outcome-accepted-missing", number = number));
            }
            (OutcomeStatus::Late, Some(_)) | (_, None) => {}
            (_, Some(_)) => r.rule(at.key("accepted"), msg!("rule-outcome-accepted-not-late")),
        }
        let slot = out.get_mut(number - 1);
        match slot {
            Some(Some(_)) => r.rule(at.key("breach"), msg!("rule-outcome-twice", number = number)),
            Some(slot) => {
                *slot = Some(Outcome {
                    breach: number - 1,
                    status,
                    accepted: entry.accepted,
                    note: entry.note.clone(),
                });
            }
            None => {}
        }
    }
    if needed && r.problems.is_empty() {
        let missing: Vec<String> = out
            .iter()
            .enumerate()
            .filter(|(_, o)| o.is_none())
            .map(|(i, _)| (i + 1).to_string())
            .collect();
        if !missing.is_empty() {
            let at = if follow_up.outcome.is_empty() { root.clone() } else { path.clone() };
            let numbers = super::all_of(&missing);
            r.rule(at, msg!("rule-outcome-missing", count = missing.len(), numbers = numbers));
        } else if !out.iter().flatten().any(Outcome::is_ground) {
            r.rule(path.clone(), msg!("rule-outcome-no-ground"));
        }
    }
    if r.problems.is_empty()
        && out.iter().all(|o| o.as_ref().is_some_and(|o| o.status == OutcomeStatus::Performed))
    {
        r.rule(path, msg!("rule-outcome-all-performed"));
    }
    out
}

fn received(
    r: &mut Rules<'_>,
    follow_up: &crate::case::FollowUp,
    root: &KeyPath,
    deadline: NaiveDate,
) -> Option<NoticeReceived> {
    let (date, proof) = follow_up.notice_received.as_ref()?;
    let path = root.key("notice_received");
    if date.is_none() {
        r.rule(path.key("date"), msg!("rule-received-date-missing"));
    }
    if proof.is_none() {
        r.rule(path.key("proof"), msg!("rule-received-proof-missing"));
    }
    let date = (*date)?;
    if date > deadline {
        r.rule(
            path.key("date"),
            msg!(
                "rule-received-after-deadline",
                date = dutch::date(date),
                deadline = dutch::date(deadline)
            ),
        );
    } else if date < follow_up.notice_date {
        r.rule(
            path.key("date"),
            msg!(
                "rule-received-before-notice",
                date = dutch::date(date),
                notice_date = dutch::date(follow_up.notice_date)
            ),
        );
    }
    Some(NoticeReceived { date, proof: proof.clone()? })
}

fn claim(r: &mut Rules<'_>, case: &Case, root: &KeyPath, termination: bool) -> Option<Claim> {
    let entry = case.follow_up.as_ref()?.claim?;
    let path = root.key("claim");
    let amount = match entry.amount {
        None | Some(0) => {
            r.rule(path.key("amount"), msg!("rule-claim-amount-missing"));
            None
        }
        Some(amount) => Some(amount),
    };
    let basis = entry.basis;
    if basis.is_none() {
        r.rule(path.key("basis"), msg!("rule-claim-basis-missing"));
    }
    if basis == Some(crate::case::ClaimBasis::Repayment) && !termination {
        r.rule(path.key("basis"), msg!("rule-claim-repayment-without-termination"));
    }
    let days = entry.pay_within_days.unwrap_or(PAY_WITHIN_DAYS);
    if days == 0 || days > 365 {
        r.rule(path.key("pay_within_days"), msg!("rule-claim-pay-within", days = days));
    }
    if case.sender.iban.is_none() {
        r.rule(path.clone(), msg!("rule-claim-iban-missing"));
    }
    Some(Claim { amount: amount?, basis: basis?, pay_within_days: days })
}
