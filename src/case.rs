//! A checked case: what [`crate::validate`] makes of a case file that obeys every rule.
//!
//! Required values are plain values here, defaults are filled in, postcodes are in their
//! printed form, the deadline is a computed date. A `Case` can only be made by validation, so
//! the later stages never check input again.

use chrono::NaiveDate;

pub use crate::case_file::{
    Article, Channel, ClaimBasis, Consequence, FollowUpAction, Form, OutcomeStatus, SendMethod,
    TerminationScope, Tone,
};
use crate::countries::Country;

/// A case that passed validation.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Case {
    /// The letter's own details.
    pub letter: LetterDetails,
    /// Who sends the notice.
    pub sender: Sender,
    /// Who receives it.
    pub supplier: Supplier,
    /// The contract.
    pub contract: Contract,
    /// The shortcomings, at least one.
    pub breaches: Vec<Breach>,
    /// Earlier contacts, in file order.
    pub history: Vec<Contact>,
    /// The term for performance.
    pub deadline: Deadline,
    /// The two-step request: confirm within a number of working days.
    pub confirm_within: Option<Confirmation>,
    /// What the letter announces if the term passes, without repeats.
    pub consequences: Vec<Consequence>,
    /// Whether the sender has stopped paying.
    pub payments_suspended: bool,
    /// Which payments are suspended, in words, when the letter is to say so.
    pub suspended_payments: Option<String>,
    /// The details for the letter after the term, when given.
    pub follow_up: Option<FollowUp>,
    /// The enclosures, numbered from 1 in this order.
    pub enclosures: Vec<Enclosure>,
    /// Copies to.
    pub cc: Vec<String>,
    /// The day the documents are made: a confirmation not yet sent is dated this day.
    pub today: NaiveDate,
}

/// Date, place, references, how the letter is sent and its tone.
#[derive(Debug, Clone, PartialEq)]
pub struct LetterDetails {
    /// The date on the letter.
    pub date: NaiveDate,
    /// Whether the date was written in the case file (else it is today's).
    pub date_given: bool,
    /// The place before the date.
    pub place: String,
    /// Ons kenmerk.
    pub reference: Option<String>,
    /// Uw kenmerk.
    pub their_reference: Option<String>,
    /// How the letter is sent, at least one way, without repeats.
    pub sent_by: Vec<SendMethod>,
    /// Constructive or formal.
    pub tone: Tone,
    /// The date the notice was announced by phone.
    pub announced_by_phone: Option<NaiveDate>,
}

/// A postal address, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Address {
    /// Street and number, or PO box.
    pub street: String,
    /// In printed form: "3511 AB" in the Netherlands, as written elsewhere.
    pub postcode: String,
    /// Town or city, as written.
    pub city: String,
    /// The country when it is not the Netherlands.
    pub country: Option<&'static Country>,
}

/// What sender and supplier have in common.
#[derive(Debug, Clone, PartialEq)]
pub struct Party {
    /// Legal name.
    pub organisation: String,
    /// KVK number, 8 digits.
    pub kvk: Option<String>,
    /// Company number outside the Netherlands.
    pub registration: Option<String>,
    /// Postal address.
    pub address: Address,
    /// E-mail address.
    pub email: Option<String>,
    /// Telephone number.
    pub phone: Option<String>,
    /// The article for the name in a sentence.
    pub article: Option<Article>,
}

impl Party {
    /// The name as it stands inside a sentence: "de gemeente Tiel", "CloudWerk B.V.". A
    /// generic word that starts the name (Gemeente, Provincie, Waterschap, Hoogheemraadschap)
    /// is written in lower case after the article.
    pub fn name_in_sentence(&self) -> String {
        let Some(article) = self.article else {
            return self.organisation.clone();
        };
        let article = match article {
            Article::De => "de",
            Article::Het => "het",
        };
        let name = &self.organisation;
        let first = name.split_whitespace().next().unwrap_or_default();
        let generic = ["Gemeente", "Provincie", "Waterschap", "Hoogheemraadschap"];
        if generic.contains(&first) && name.len() > first.len() {
            format!("{article} {}{}", first.to_lowercase(), &name[first.len()..])
        } else {
            format!("{article} {name}")
        }
    }
}

/// The sender and who signs for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Sender {
    /// The organisation.
    pub party: Party,
    /// The signatory's name.
    pub signatory: String,
    /// The signatory's position.
    pub signatory_role: Option<String>,
    /// On whose behalf the signatory signs, as written ("Burgemeester en wethouders van Tiel,
    /// namens dezen,").
    pub mandate: Option<String>,
    /// The account for payments, in groups of four ("NL91 ABNA 0417 1643 00").
    pub iban: Option<String>,
}

/// The supplier and the addressee.
#[derive(Debug, Clone, PartialEq)]
pub struct Supplier {
    /// The organisation.
    pub party: Party,
    /// The person the letter is addressed to.
    pub attention: Option<Attention>,
}

/// The addressee at the supplier.
#[derive(Debug, Clone, PartialEq)]
pub struct Attention {
    /// Name, titles and initials allowed.
    pub name: String,
    /// Heer, mevrouw or neutral.
    pub form: Form,
    /// Position.
    pub role: Option<String>,
    /// Own e-mail address.
    pub email: Option<String>,
}

/// The contract.
#[derive(Debug, Clone, PartialEq)]
pub struct Contract {
    /// Title.
    pub title: String,
    /// Number or reference.
    pub reference: Option<String>,
    /// Date signed.
    pub date: Option<NaiveDate>,
    /// General terms with their version.
    pub general_terms: Option<String>,
    /// The shortest term the contract allows, in calendar days.
    pub minimum_term_days: Option<u32>,
    /// The governing law, as written ("Nederlands recht").
    pub governing_law: Option<String>,
    /// Where the choice of law is made.
    pub governing_law_source: Option<String>,
    /// The clause of the general terms on the notice and the report of damage.
    pub terms_liability_clause: Option<String>,
    /// The contract's exit clause.
    pub exit_clause: Option<String>,
}

impl Contract {
    /// Whether the general terms are NLdigital's (or their predecessors': ICT~Office, Nederland
    /// ICT, FENIT), which ask for a prompt and detailed notice and exclude suspending payment.
    pub fn nldigital(&self) -> bool {
        self.general_terms.as_deref().is_some_and(|terms| {
            let terms = terms.to_lowercase();
            ["nldigital", "nl digital", "ict~office", "ict office", "nederland ict", "fenit"]
                .iter()
                .any(|name| terms.contains(name))
        })
    }
}

/// One shortcoming.
#[derive(Debug, Clone, PartialEq)]
pub struct Breach {
    /// What the supplier promised.
    pub obligation: String,
    /// Where it is written.
    pub clause: Option<String>,
    /// What happened.
    pub facts: String,
    /// Since when.
    pub since: Option<NaiveDate>,
    /// What the supplier must do.
    pub required_action: String,
    /// Positions in [`Case::enclosures`] (from 0) of the enclosures that prove it.
    pub evidence: Vec<usize>,
    /// A norm that repeats per period: each missed period cannot be repaired.
    pub recurring: bool,
}

/// An earlier contact.
#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    /// When.
    pub date: NaiveDate,
    /// How.
    pub channel: Channel,
    /// With whom.
    pub with: Option<String>,
    /// Their e-mail address.
    pub email: Option<String>,
    /// What was said or promised.
    pub summary: String,
    /// When a call or meeting was confirmed in writing.
    pub confirmed_in_writing: Option<NaiveDate>,
    /// The shortcomings it concerned, as positions in [`Case::breaches`] (from 0): as given
    /// in `about`, else those whose `since` is on or before the contact.
    pub about: Vec<usize>,
    /// Whether `about` was written in the case file.
    pub about_given: bool,
}

/// How the term was given in the case file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Term {
    /// N working days after the letter date.
    WorkingDays(u32),
    /// N calendar days after the letter date, moved to a working day.
    Days(u32),
    /// A fixed date.
    Date,
}

impl Term {
    /// The last day of the term when it runs from `start` (the date of the notice); `None`
    /// for a fixed date, which does not depend on it.
    pub fn end_from(self, start: NaiveDate) -> Option<NaiveDate> {
        match self {
            Term::WorkingDays(n) => Some(crate::calendar::add_working_days(start, n)),
            Term::Days(n) => Some(crate::calendar::add_days_to_working_day(start, n)),
            Term::Date => None,
        }
    }
}

/// The term for performance and the date it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    /// As given.
    pub term: Term,
    /// The last day for performance.
    pub date: NaiveDate,
}

/// The request to confirm within a number of working days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Confirmation {
    /// Working days after the letter date.
    pub working_days: u32,
    /// The last day to confirm.
    pub date: NaiveDate,
}

/// What the letter after the term needs; checked when that letter is made.
#[derive(Debug, Clone, PartialEq)]
pub struct FollowUp {
    /// The date of that letter.
    pub date: Option<NaiveDate>,
    /// The date of the notice it refers to (default: the letter date).
    pub notice_date: NaiveDate,
    /// What it does.
    pub actions: Vec<FollowUpAction>,
    /// How much of the contract a termination covers.
    pub termination_scope: Option<TerminationScope>,
    /// The damage so far, in cents.
    pub damages_estimate: Option<i64>,
    /// The part a partial dissolution covers, in words.
    pub termination_part: Option<String>,
    /// When the notice arrived, and the delivery record that proves it, as written.
    pub notice_received: Option<(Option<NaiveDate>, Option<String>)>,
    /// The state on the deadline, per shortcoming, as written.
    pub outcome: Vec<OutcomeEntry>,
    /// A demand for payment, as written.
    pub claim: Option<ClaimEntry>,
}

/// One entry of `follow_up.outcome` as written; the rules of the letter after the term
/// ([`crate::validate::follow_up`]) make an [`Outcome`] of it.
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeEntry {
    /// The shortcoming's number, from 1.
    pub breach: Option<u32>,
    /// The state.
    pub status: Option<OutcomeStatus>,
    /// With `late`: accepted or not.
    pub accepted: Option<bool>,
    /// A short explanation.
    pub note: Option<String>,
}

/// `follow_up.claim` as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaimEntry {
    /// The amount, in cents.
    pub amount: Option<i64>,
    /// What is claimed.
    pub basis: Option<ClaimBasis>,
    /// Days to pay.
    pub pay_within_days: Option<u32>,
}

/// When and how the notice arrived.
#[derive(Debug, Clone, PartialEq)]
pub struct NoticeReceived {
    /// The day it was delivered.
    pub date: NaiveDate,
    /// The delivery record.
    pub proof: String,
}

/// The state of one shortcoming on the deadline.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The shortcoming, as a position in [`Case::breaches`] (from 0).
    pub breach: usize,
    /// Performed, not performed, partly or late.
    pub status: OutcomeStatus,
    /// With `late`: whether the sender accepted the late performance.
    pub accepted: Option<bool>,
    /// A short explanation.
    pub note: Option<String>,
}

impl Outcome {
    /// Whether the shortcoming can carry a dissolution or replacement damages: not performed,
    /// performed in part, or late and not accepted.
    pub fn is_ground(&self) -> bool {
        match self.status {
            OutcomeStatus::NotPerformed | OutcomeStatus::Partly => true,
            OutcomeStatus::Late => self.accepted != Some(true),
            OutcomeStatus::Performed => false,
        }
    }
}

/// A demand for payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Claim {
    /// The amount, in cents.
    pub amount: i64,
    /// Damages, repayment or a penalty.
    pub basis: ClaimBasis,
    /// Days to pay after the letter's date.
    pub pay_within_days: u32,
}

/// An enclosure.
#[derive(Debug, Clone, PartialEq)]
pub struct Enclosure {
    /// The id breaches refer to.
    pub id: String,
    /// The title in the list.
    pub title: String,
}
