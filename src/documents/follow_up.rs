//! The letter after the term (LETTER.md §4): the term of the notice has passed. The letter
//! refers to the notice (date, reference, proof of receipt, deadline), states the outcome per
//! shortcoming, and, per `follow_up.actions`, holds the supplier liable for the damage, claims
//! replacement damages (art. 6:87 BW) and/or dissolves the contract in whole or in part
//! (art. 6:265, 6:267 and 6:270 BW), with the undoing (6:271, 6:272), the exit, and a demand
//! for payment that claims no more than the law gives.
//!
//! What it needs is checked by [`crate::validate::follow_up`]: it is refused before the
//! deadline has passed, and a dissolution needs an explicit outcome for every shortcoming. It
//! never declares default for a shortcoming whose outcome it does not know.

use serde::Serialize;

use crate::calendar;
use crate::case::{Case, ClaimBasis, FollowUpAction, Outcome, OutcomeStatus, TerminationScope};
use crate::diagnostic::Diagnostic;
use crate::documents::letter::{self, BreachItem, ContractText, DateText, Header, Names};
use crate::dutch;
use crate::validate::follow_up::{self as rules, Plan};
use crate::yaml::Node;

/// The days the exit asks for: the data are returned within this many days after the letter.
pub const EXIT_DAYS: u32 = 14;

/// The days the supplier has to say how it will pay damages that are not claimed as a sum yet.
pub const ANSWER_DAYS: u32 = 14;

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
    /// The day it arrived, when known.
    pub received: Option<DateText>,
    /// The delivery record that proves it.
    pub proof: Option<String>,
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
    /// Whether a dissolution covers the whole contract (else `termination_part`).
    pub termination_full: bool,
}

/// One shortcoming with its outcome on the deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutcomeItem {
    /// The shortcoming.
    #[serde(flatten)]
    pub breach: BreachItem,
    /// `performed`, `not_performed`, `partly`, `late`, or `None` when not stated.
    pub status: Option<OutcomeStatus>,
    /// "Niet nagekomen.", "Gedeeltelijk nagekomen.", "Nagekomen binnen de termijn.", "Na de
    /// termijn nagekomen; …", or for a late offer refused "Niet nagekomen. Na de termijn …".
    pub status_text: Option<String>,
    /// The note with the outcome.
    pub note: Option<String>,
}

/// A demand for payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClaimText {
    /// "€ 12.500,00".
    pub amount: String,
    /// `damages`, `repayment` or `penalty`.
    pub basis: ClaimBasis,
    /// The last day to pay.
    pub pay_by: DateText,
    /// The day from which statutory interest runs: the day after `pay_by`.
    pub interest_from: DateText,
    /// The account, in groups of four.
    pub iban: String,
    /// The account holder: the sender.
    pub account_holder: String,
    /// With `penalty`: the extrajudicial collection costs by the scale of the Besluit
    /// vergoeding voor buitengerechtelijke incassokosten, "€ 875,00".
    pub collection_costs: Option<String>,
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
    /// What the letter is about, as a sentence says it: "het verzuim, de ontbinding, de
    /// schadevergoeding en de betaling".
    pub topics: String,
    /// Every shortcoming, with its outcome.
    pub breaches: Vec<OutcomeItem>,
    /// Whether any outcome is stated.
    pub outcome_stated: bool,
    /// "1 en 2": the shortcomings in default on the stated outcome (not performed, or in
    /// part).
    pub in_default: String,
    /// How many those are.
    pub in_default_count: usize,
    /// "2": the shortcomings performed after the deadline and accepted: in default until
    /// then.
    pub late: String,
    /// How many those are.
    pub late_count: usize,
    /// "3": the shortcomings whose outcome is not stated; the letter speaks of them only
    /// conditionally ("voor zover").
    pub unstated: String,
    /// How many those are.
    pub unstated_count: usize,
    /// "1": the shortcomings a dissolution or replacement damages rests on: not performed, or
    /// in part.
    pub grounds: String,
    /// How many those are.
    pub grounds_count: usize,
    /// "2": the shortcomings performed late whose performance the sender refuses; a ground
    /// "voor zover nodig".
    pub refused_late: String,
    /// How many those are.
    pub refused_late_count: usize,
    /// The payments the notice suspended, in words.
    pub suspended_payments: Option<String>,
    /// What the letter does.
    pub actions: Actions,
    /// With a partial dissolution: the part, in words.
    pub termination_part: Option<String>,
    /// The last day to return the data after a dissolution.
    pub exit_by: DateText,
    /// The contract's exit clause.
    pub exit_clause: Option<String>,
    /// The last day to say how the damages will be paid, when no sum is claimed yet.
    pub answer_by: DateText,
    /// The damage so far, "€ 12.500,00", when estimated.
    pub damages_estimate: Option<String>,
    /// A demand for payment.
    pub claim: Option<ClaimText>,
    /// How the supplier can reach the sender.
    pub reach: Option<String>,
    /// Copies to.
    pub cc: Vec<String>,
}

/// The extrajudicial collection costs, in cents, by the scale of the Besluit vergoeding voor
/// buitengerechtelijke incassokosten (art. 2): 15 % of the first € 2.500, 10 % of the next
/// € 2.500, 5 % of the next € 5.000, 1 % of the next € 190.000 and 0,5 % of the rest; at least
/// € 40 and at most € 6.775.
pub fn collection_costs(principal: i64) -> i64 {
    const STEPS: [(i64, i64); 5] =
        [(250_000, 1_500), (250_000, 1_000), (500_000, 500), (19_000_000, 100), (i64::MAX, 50)];
    let mut rest = principal.max(0);
    // In hundredths of a per cent of cents: rounded to whole cents at the end.
    let mut total: i128 = 0;
    for (size, rate) in STEPS {
        let part = rest.min(size);
        total += i128::from(part) * i128::from(rate);
        rest -= part;
        if rest == 0 {
            break;
        }
    }
    let cents = i64::try_from((total + 5_000) / 10_000).unwrap_or(i64::MAX);
    cents.clamp(4_000, 677_500)
}

fn numbers(list: &[usize]) -> String {
    dutch::join(&list.iter().map(|n| n.to_string()).collect::<Vec<_>>())
}

fn status_text(outcome: &Outcome, names: &Names) -> String {
    match (outcome.status, outcome.accepted) {
        (OutcomeStatus::Performed, _) => "Nagekomen binnen de termijn.".to_owned(),
        (OutcomeStatus::NotPerformed, _) => "Niet nagekomen.".to_owned(),
        (OutcomeStatus::Partly, _) => "Gedeeltelijk nagekomen.".to_owned(),
        (OutcomeStatus::Late, Some(true)) => {
            format!("Na de termijn nagekomen; {} heeft die nakoming aanvaard.", names.sender)
        }
        (OutcomeStatus::Late, _) => format!(
            "Niet nagekomen. Na de termijn is nakoming aangeboden, maar zonder de inmiddels \
             verschuldigde schadevergoeding en kosten; {} heeft dat aanbod geweigerd.",
            names.sender
        ),
    }
}

/// Builds the letter after the term, or says why it cannot be made yet; `tree` locates the
/// problems in the case file.
pub fn compose(case: &Case, tree: &Node) -> Result<FollowUpLetter, Vec<Diagnostic>> {
    let plan = rules::check(case, tree)?;
    Ok(from_plan(case, &plan))
}

fn from_plan(case: &Case, plan: &Plan) -> FollowUpLetter {
    let has = |a: FollowUpAction| plan.actions.contains(&a);
    let actions = Actions {
        damages: has(FollowUpAction::Damages),
        termination: has(FollowUpAction::Termination),
        replacement_damages: has(FollowUpAction::ReplacementDamages),
        termination_full: plan.scope == Some(TerminationScope::Full),
    };
    // The subject's words, and the same with their articles for a sentence.
    let mut parts = vec![("verzuim", "het verzuim")];
    if actions.termination {
        parts.push(("ontbinding", "de ontbinding"));
    }
    if actions.replacement_damages {
        parts.push(("vervangende schadevergoeding", "de vervangende schadevergoeding"));
    } else if actions.damages {
        parts.push(("schadevergoeding", "de schadevergoeding"));
    }
    if plan.claim.is_some() {
        parts.push(("sommatie", "de betaling"));
    }
    let topics = dutch::join(&parts.iter().map(|(_, t)| (*t).to_owned()).collect::<Vec<_>>());
    let parts: Vec<String> = parts.iter().map(|(p, _)| (*p).to_owned()).collect();
    let subject = format!(
        "{} – {}",
        dutch::capitalize(&dutch::join(&parts)),
        letter::contract_name(&case.contract)
    );
    let header = letter::header(case, plan.date, subject, "Verzuim");
    let mut breaches = Vec::new();
    let (mut in_default, mut late, mut unstated) = (Vec::new(), Vec::new(), Vec::new());
    let (mut grounds, mut refused_late) = (Vec::new(), Vec::new());
    for (item, outcome) in letter::breach_items(case).into_iter().zip(&plan.outcome) {
        let number = item.number;
        match outcome {
            None => unstated.push(number),
            Some(o) => match o.status {
                OutcomeStatus::NotPerformed | OutcomeStatus::Partly => {
                    in_default.push(number);
                    grounds.push(number);
                }
                OutcomeStatus::Late if o.is_ground() => refused_late.push(number),
                OutcomeStatus::Late => late.push(number),
                OutcomeStatus::Performed => {}
            },
        }
        breaches.push(OutcomeItem {
            breach: item,
            status: outcome.as_ref().map(|o| o.status),
            status_text: outcome.as_ref().map(|o| status_text(o, &header.names)),
            note: outcome.as_ref().and_then(|o| o.note.clone()),
        });
    }
    let claim = plan.claim.map(|claim| {
        let pay_by = calendar::add_days_to_working_day(plan.date, claim.pay_within_days);
        ClaimText {
            amount: dutch::euro(claim.amount),
            basis: claim.basis,
            interest_from: DateText::new(pay_by.succ_opt().unwrap_or(pay_by)),
            pay_by: DateText::new(pay_by),
            iban: case.sender.iban.clone().unwrap_or_default(),
            account_holder: case.sender.party.organisation.clone(),
            collection_costs: (claim.basis == ClaimBasis::Penalty)
                .then(|| dutch::euro(collection_costs(claim.amount))),
        }
    });
    FollowUpLetter {
        topics,
        tone: case.letter.tone,
        contract: letter::contract_text(&case.contract),
        notice: NoticeReference {
            date: DateText::new(
                case.follow_up.as_ref().map_or(case.letter.date, |f| f.notice_date),
            ),
            reference: case.letter.reference.clone(),
            deadline: DateText::new(plan.deadline),
            default_from: DateText::new(plan.default_from),
            received: plan.received.as_ref().map(|r| DateText::new(r.date)),
            proof: plan.received.as_ref().map(|r| r.proof.clone()),
        },
        outcome_stated: plan.outcome.iter().any(Option::is_some),
        in_default: numbers(&in_default),
        in_default_count: in_default.len(),
        unstated: numbers(&unstated),
        unstated_count: unstated.len(),
        late: numbers(&late),
        late_count: late.len(),
        grounds: numbers(&grounds),
        grounds_count: grounds.len(),
        refused_late: numbers(&refused_late),
        refused_late_count: refused_late.len(),
        suspended_payments: case.suspended_payments.clone(),
        breaches,
        actions,
        termination_part: plan.part.clone(),
        exit_by: DateText::new(calendar::add_days_to_working_day(plan.date, EXIT_DAYS)),
        exit_clause: case.contract.exit_clause.clone(),
        answer_by: DateText::new(calendar::add_days_to_working_day(plan.date, ANSWER_DAYS)),
        damages_estimate: case.follow_up.as_ref().and_then(|f| f.damages_estimate).map(dutch::euro),
        claim,
        reach: letter::reach(&case.sender.party),
        cc: case.cc.clone(),
        header,
    }
}

#[cfg(test)]
mod tests {
    use super::collection_costs;

    #[test]
    fn collection_costs_follow_the_scale() {
        // (principal in euros, costs in cents)
        let table: &[(i64, i64)] = &[
            (100, 4_000),         // 15 % is € 15: the minimum of € 40
            (266, 4_000),         // 15 % is € 39,90
            (267, 4_005),         // 15 % is € 40,05
            (2_500, 37_500),      // 15 % of € 2.500
            (5_000, 62_500),      // + 10 % of € 2.500
            (10_000, 87_500),     // + 5 % of € 5.000
            (12_500, 90_000),     // + 1 % of € 2.500
            (200_000, 277_500),   // + 1 % of € 190.000
            (1_000_000, 677_500), // + 0,5 % of € 800.000: the maximum
            (5_000_000, 677_500), // never more than € 6.775
        ];
        for (euros, cents) in table {
            assert_eq!(collection_costs(euros * 100), *cents, "€ {euros}");
        }
        assert_eq!(collection_costs(1_234_567), 89_846, "€ 12.345,67: 875 + 1 % of 2.345,67");
    }
}
