//! The letter after the term (LETTER.md §4): the supplier did not perform by the deadline and
//! is in default (verzuim). The letter says so, refers to the notice (date, reference,
//! deadline) and, per `follow_up.actions`, holds the supplier liable for the damage, claims
//! replacement damages (art. 6:87 BW) and/or declares the contract dissolved in whole or in
//! part (art. 6:265 and 6:267 BW).
//!
//! It can only be made when the case has `follow_up` with a date after the notice's deadline:
//! before that, the supplier is not in default and a dissolution would be premature.

use serde::Serialize;

use crate::case::{Case, FollowUpAction, TerminationScope};
use crate::diagnostic::{Diagnostic, KeyPath};
use crate::dutch;
use crate::letter::{self, BreachItem, ContractText, DateText, Header};
use crate::yaml::Node;

/// The notice the letter refers to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoticeReference {
    /// Its date.
    pub date: DateText,
    /// Its reference (Ons kenmerk).
    pub reference: Option<String>,
    /// Its deadline.
    pub deadline: DateText,
    /// The first day of default: the day after the deadline.
    pub default_from: DateText,
}

/// What the letter does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Actions {
    /// Holds the supplier liable for the damage.
    pub damages: bool,
    /// Declares the contract dissolved.
    pub termination: bool,
    /// Claims damages instead of performance.
    pub replacement_damages: bool,
    /// Whether a dissolution covers the whole contract (else the part the shortcomings concern).
    pub termination_full: bool,
}

/// The letter after the term, ready to render. Templates see the header's fields at the top
/// level, as for the notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FollowUpLetter {
    /// Letterhead, addressee, references, subject, salutation, closing, signature.
    #[serde(flatten)]
    pub header: Header,
    /// `constructive` or `formal`.
    pub tone: crate::case::Tone,
    /// The contract.
    pub contract: ContractText,
    /// The notice it refers to.
    pub notice: NoticeReference,
    /// The shortcomings.
    pub breaches: Vec<BreachItem>,
    /// What the letter does.
    pub actions: Actions,
    /// The damage so far, "€ 12.500,00", when estimated.
    pub damages_estimate: Option<String>,
    /// How the supplier can reach the sender.
    pub reach: Option<String>,
    /// Copies to.
    pub cc: Vec<String>,
}

/// Builds the letter after the term, or says why it cannot be made yet; `tree` locates the
/// problems in the case file.
pub fn compose(case: &Case, tree: &Node) -> Result<FollowUpLetter, Vec<Diagnostic>> {
    let root = KeyPath::root().key("follow_up");
    let at = |path: KeyPath, message: String, hint: String| {
        let span = tree.locate(&path);
        Diagnostic::error(message).at(path).span(span).hint(hint)
    };
    let Some(follow_up) = &case.follow_up else {
        return Err(vec![at(
            root,
            "the letter after the term needs `follow_up` in the case file".to_owned(),
            format!(
                "add `follow_up:` with the letter's `date` (after the deadline, {}) and \
                 `actions: [damages, termination]`",
                dutch::date_with_weekday(case.deadline.date)
            ),
        )]);
    };
    let mut problems = Vec::new();
    // The notice's deadline when the notice is dated `follow_up.notice_date`.
    let deadline = case.deadline.term.end_from(follow_up.notice_date).unwrap_or(case.deadline.date);
    let default_from = deadline.succ_opt().unwrap_or(deadline);
    match follow_up.date {
        None => problems.push(at(
            root.key("date"),
            "the date of the letter after the term is missing".to_owned(),
            format!("add `date:` under `follow_up`, on or after {}", dutch::date(default_from)),
        )),
        Some(date) if date <= deadline => problems.push(at(
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
        )),
        Some(_) => {}
    }
    if follow_up.actions.is_empty() {
        problems.push(at(
            root.key("actions"),
            "the letter after the term has no `actions`".to_owned(),
            "say what it does: `actions: [damages]`, `[damages, termination]` or \
             `[replacement_damages]`"
                .to_owned(),
        ));
    }
    let termination = follow_up.actions.contains(&FollowUpAction::Termination);
    if termination && follow_up.termination_scope.is_none() {
        problems.push(at(
            root.key("termination_scope"),
            "the letter dissolves the contract, but does not say how much of it".to_owned(),
            "add `termination_scope: full` (the whole contract) or `partial` (the part the \
             shortcomings concern)"
                .to_owned(),
        ));
    }
    let (Some(date), true) = (follow_up.date, problems.is_empty()) else {
        return Err(problems);
    };

    let actions = Actions {
        damages: follow_up.actions.contains(&FollowUpAction::Damages),
        termination,
        replacement_damages: follow_up.actions.contains(&FollowUpAction::ReplacementDamages),
        termination_full: follow_up.termination_scope == Some(TerminationScope::Full),
    };
    let mut parts = vec!["verzuim".to_owned()];
    if actions.termination {
        parts.push("ontbinding".to_owned());
    }
    if actions.replacement_damages {
        parts.push("vervangende schadevergoeding".to_owned());
    } else if actions.damages {
        parts.push("schadevergoeding".to_owned());
    }
    let subject = format!(
        "{} – {}",
        dutch::capitalize(&dutch::join(&parts)),
        letter::contract_name(&case.contract)
    );
    Ok(FollowUpLetter {
        header: letter::header(case, date, subject, "Verzuim"),
        tone: case.letter.tone,
        contract: letter::contract_text(&case.contract),
        notice: NoticeReference {
            date: DateText::new(follow_up.notice_date),
            reference: case.letter.reference.clone(),
            deadline: DateText::new(deadline),
            default_from: DateText::new(default_from),
        },
        breaches: letter::breach_items(case),
        actions,
        damages_estimate: follow_up.damages_estimate.map(dutch::euro),
        reach: letter::reach(&case.sender.party),
        cc: case.cc.clone(),
    })
}
