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
use crate::diagnostic::{Diagnostic, KeyPath};
use crate::dutch;
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
    fn error(&mut self, path: KeyPath, message: String, hint: String) {
        let span = self.tree.locate(&path);
        self.problems.push(Diagnostic::error(message).at(path).span(span).hint(hint));
    }
}

/// Checks what the letter after the term needs; `tree` locates the problems.
pub fn check(case: &Case, tree: &Node) -> Result<Plan, Vec<Diagnostic>> {
    let root = KeyPath::root().key("follow_up");
    let mut r = Rules { tree, problems: Vec::new() };
    let Some(follow_up) = &case.follow_up else {
        r.error(
            root,
            "the letter after the term needs `follow_up` in the case file".to_owned(),
            format!(
                "add `follow_up:` with the letter's `date` (after the deadline, {}) and \
                 `actions: [damages, termination]`",
                dutch::date_with_weekday(case.deadline.date)
            ),
        );
        return Err(r.problems);
    };
    // The notice's deadline when the notice is dated `follow_up.notice_date`.
    let deadline = case.deadline.term.end_from(follow_up.notice_date).unwrap_or(case.deadline.date);
    let default_from = deadline.succ_opt().unwrap_or(deadline);
    match follow_up.date {
        None => r.error(
            root.key("date"),
            "the date of the letter after the term is missing".to_owned(),
            format!("add `date:` under `follow_up`, on or after {}", dutch::date(default_from)),
        ),
        Some(date) if date <= deadline => r.error(
            root.key("date"),
            format!(
                "the letter after the term is dated {}, but the deadline of the notice is {}: \
                 the supplier is not in default before {}",
                dutch::date(date),
                dutch::date_with_weekday(deadline),
                dutch::date(default_from)
            ),
            format!(
                "date the letter on or after {}; a dissolution or claim before the supplier is in \
                 default has no effect",
                dutch::date(default_from)
            ),
        ),
        Some(_) => {}
    }
    let actions = &follow_up.actions;
    if actions.is_empty() {
        r.error(
            root.key("actions"),
            "the letter after the term has no `actions`".to_owned(),
            "say what it does: `actions: [damages]`, `[damages, termination]` or \
             `[replacement_damages]`"
                .to_owned(),
        );
    }
    let termination = actions.contains(&FollowUpAction::Termination);
    let replacement = actions.contains(&FollowUpAction::ReplacementDamages);
    let scope = follow_up.termination_scope.filter(|_| termination);
    if termination && scope.is_none() {
        r.error(
            root.key("termination_scope"),
            "the letter dissolves the contract, but does not say how much of it".to_owned(),
            "add `termination_scope: full` (the whole contract) or `partial` (with \
             `termination_part`: the part, in words)"
                .to_owned(),
        );
    }
    let partial = scope == Some(TerminationScope::Partial);
    match (&follow_up.termination_part, partial) {
        (None, true) => r.error(
            root.key("termination_part"),
            "a partial dissolution must name the part it covers".to_owned(),
            "add `termination_part:` with the part in words, by quantity (\"de module \
             Roosterplanning vanaf 1 februari 2027\") or by value (\"een evenredig deel van de \
             vergoeding over oktober tot en met december 2026\"); a dissolution must be \
             unambiguous (art. 6:270 BW)"
                .to_owned(),
        ),
        (Some(_), false) => r.error(
            root.key("termination_part"),
            "names a part to dissolve, but the letter does not dissolve the contract in part"
                .to_owned(),
            "add `termination` to `actions` with `termination_scope: partial`, or remove \
             `termination_part`"
                .to_owned(),
        ),
        _ => {}
    }
    if scope == Some(TerminationScope::Full) && replacement {
        r.error(
            root.key("actions"),
            "the letter dissolves the whole contract and also claims replacement damages"
                .to_owned(),
            "for one and the same obligation these exclude each other (art. 6:87 and 6:265 BW); \
             after a dissolution the damage is claimed under art. 6:277 BW: keep `termination` \
             with `damages`, or dissolve in part"
                .to_owned(),
        );
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
                r.error(
                    at.key("breach"),
                    "the outcome does not say which shortcoming it is about".to_owned(),
                    "add `breach: N`, the number of the shortcoming (1 = the first)".to_owned(),
                );
                continue;
            }
            Some(n) if n == 0 || n as usize > count => {
                r.error(
                    at.key("breach"),
                    format!("there is no shortcoming {n}"),
                    super::numbered(count),
                );
                continue;
            }
            Some(n) => n as usize,
        };
        let Some(status) = entry.status else {
            r.error(
                at.key("status"),
                format!("the outcome of shortcoming {number} has no `status`"),
                "add `status:` with `performed`, `not_performed`, `partly` or `late`".to_owned(),
            );
            continue;
        };
        match (status, entry.accepted) {
            (OutcomeStatus::Late, None) => r.error(
                at.key("accepted"),
                format!(
                    "shortcoming {number} was performed late, but the outcome does not say \
                     whether that was accepted"
                ),
                "add `accepted: true` (the late performance was accepted) or `accepted: false`"
                    .to_owned(),
            ),
            (OutcomeStatus::Late, Some(_)) | (_, None) => {}
            (_, Some(_)) => r.error(
                at.key("accepted"),
                "`accepted` only goes with `status: late`".to_owned(),
                "remove `accepted`, or write `status: late`".to_owned(),
            ),
        }
        let slot = out.get_mut(number - 1);
        match slot {
            Some(Some(_)) => r.error(
                at.key("breach"),
                format!("shortcoming {number} has two outcomes"),
                "give each shortcoming one outcome".to_owned(),
            ),
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
            r.error(
                at,
                format!(
                    "the letter dissolves the contract or claims replacement damages, but \
                     does not state the outcome of shortcoming {}",
                    dutch::join(&missing)
                ),
                "add under `follow_up` an `outcome:` entry for every shortcoming, e.g. \
                 `- {breach: 1, status: not_performed}`; a letter that dissolves must never \
                 state a shortcoming that was repaired"
                    .to_owned(),
            );
        } else if !out.iter().flatten().any(Outcome::is_ground) {
            r.error(
                path.clone(),
                "every shortcoming was performed, or performed late and accepted: there is \
                 nothing left to dissolve or to claim replacement damages for"
                    .to_owned(),
                "remove `termination` and `replacement_damages` from `actions`; damages for \
                 the delay can still be claimed with `damages`"
                    .to_owned(),
            );
        }
    }
    if r.problems.is_empty()
        && out.iter().all(|o| o.as_ref().is_some_and(|o| o.status == OutcomeStatus::Performed))
    {
        r.error(
            path,
            "every shortcoming was performed within the term: the supplier is not in default"
                .to_owned(),
            "no letter after the term is needed; damage suffered before the notice can still be \
             claimed with a lawyer's help"
                .to_owned(),
        );
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
        r.error(
            path.key("date"),
            "the date the notice arrived is missing".to_owned(),
            "add `date:` with the day of delivery, from the delivery record".to_owned(),
        );
    }
    if proof.is_none() {
        r.error(
            path.key("proof"),
            "the proof that the notice arrived is missing".to_owned(),
            "add `proof:` with the delivery record, e.g. `Track & Trace 3SABCD1234567`; a \
             proof of posting does not show that it arrived"
                .to_owned(),
        );
    }
    let date = (*date)?;
    if date > deadline {
        r.error(
            path.key("date"),
            format!(
                "the notice arrived on {}, after its own deadline ({})",
                dutch::date(date),
                dutch::date(deadline)
            ),
            "a notice that arrives after its deadline gives no term at all: the supplier is \
             not in default on it. Send a new notice with a new term"
                .to_owned(),
        );
    } else if date < follow_up.notice_date {
        r.error(
            path.key("date"),
            format!(
                "the notice arrived on {}, before the date on the notice ({})",
                dutch::date(date),
                dutch::date(follow_up.notice_date)
            ),
            "check this date and `follow_up.notice_date`".to_owned(),
        );
    }
    Some(NoticeReceived { date, proof: proof.clone()? })
}

fn claim(r: &mut Rules<'_>, case: &Case, root: &KeyPath, termination: bool) -> Option<Claim> {
    let entry = case.follow_up.as_ref()?.claim?;
    let path = root.key("claim");
    let amount = match entry.amount {
        None | Some(0) => {
            r.error(
                path.key("amount"),
                "the demand for payment has no amount".to_owned(),
                "add `amount:` in euros, e.g. `amount: 12500.00`".to_owned(),
            );
            None
        }
        Some(amount) => Some(amount),
    };
    let basis = entry.basis;
    if basis.is_none() {
        r.error(
            path.key("basis"),
            "the demand for payment does not say what it claims".to_owned(),
            "add `basis: damages` (schadevergoeding), `repayment` (terugbetaling na ontbinding) \
             or `penalty` (een contractuele boete)"
                .to_owned(),
        );
    }
    if basis == Some(crate::case::ClaimBasis::Repayment) && !termination {
        r.error(
            path.key("basis"),
            "repayment is claimed, but the letter does not dissolve the contract".to_owned(),
            "what was paid must be repaid only after a dissolution (art. 6:271 BW): add \
             `termination` to `actions`, or claim `damages`"
                .to_owned(),
        );
    }
    let days = entry.pay_within_days.unwrap_or(PAY_WITHIN_DAYS);
    if days == 0 || days > 365 {
        r.error(
            path.key("pay_within_days"),
            format!("{days} days is not a term to pay"),
            "give a number of days from 1 to 365; 14 is usual".to_owned(),
        );
    }
    if case.sender.iban.is_none() {
        r.error(
            path.clone(),
            "the demand for payment needs the account to pay to".to_owned(),
            "add `iban:` under `sender`, e.g. `iban: NL91 ABNA 0417 1643 00`".to_owned(),
        );
    }
    Some(Claim { amount: amount?, basis: basis?, pay_within_days: days })
}
