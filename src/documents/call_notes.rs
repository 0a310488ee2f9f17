//! The one-page script for the call that announces the notice (LETTER.md §3).
//!
//! Before the notice is sent, call the supplier to announce it, so that it does not come as
//! the last straw: go over the contacts so far, say that a notice will follow and why (to
//! secure the sender's rights), the term it will set, and what the supplier can do now. The
//! script leaves room for the outcome and reminds the caller to confirm the call by e-mail.

use serde::Serialize;

use crate::case::Case;
use crate::documents::letter::{
    self, BreachItem, Consequences, ContactItem, DateText, DeadlineText, Metadata, Names,
};

/// The call notes, ready to render.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CallNotes {
    /// "Belnotitie: aankondiging van de ingebrekestelling".
    pub title: String,
    /// The sender's name.
    pub sender: String,
    /// Who calls: the signatory.
    pub caller: String,
    /// The supplier's name.
    pub supplier: String,
    /// "de heer P. Bakker", when the case names an addressee.
    pub addressee: Option<String>,
    /// The supplier's phone number.
    pub phone: Option<String>,
    /// "Overeenkomst SaaS-dienstverlening EPD (OVK-2024-031)".
    pub contract: String,
    /// The contacts so far.
    pub history: Vec<ContactItem>,
    /// The shortcomings.
    pub breaches: Vec<BreachItem>,
    /// The date of the notice.
    pub letter_date: DateText,
    /// How the notice will be sent: "aangetekend en per e-mail (…)".
    pub delivery: String,
    /// The term the notice will set.
    pub deadline: DeadlineText,
    /// The date by which the notice asks for a confirmation and plan, if it does.
    pub confirm_by: Option<DeadlineText>,
    /// What the notice announces if the term passes.
    pub consequences: Consequences,
    /// The parties' names as sentences use them ("de gemeente Tiel").
    pub names: Names,
    /// For the PDF's document properties; its date is the day the notes are for.
    pub metadata: Metadata,
}

/// Builds the call notes for the call that announces the notice.
pub fn compose(case: &Case) -> CallNotes {
    let title = "Belnotitie: aankondiging van de ingebrekestelling".to_owned();
    let header = letter::header(case, case.letter.date, title.clone(), "Belnotitie");
    CallNotes {
        title,
        sender: case.sender.party.organisation.clone(),
        caller: case.sender.signatory.clone(),
        supplier: case.supplier.party.organisation.clone(),
        addressee: header.recipient.addressee.clone(),
        phone: case.supplier.party.phone.clone(),
        contract: letter::contract_name(&case.contract),
        history: letter::contact_items(case),
        breaches: letter::breach_items(case),
        letter_date: DateText::new(case.letter.date),
        delivery: letter::delivery(&case.letter.sent_by, case.supplier.party.email.as_deref()),
        deadline: letter::deadline_text(case),
        confirm_by: letter::confirm_by(case),
        consequences: letter::consequences(case),
        names: header.names,
        metadata: header.metadata,
    }
}
