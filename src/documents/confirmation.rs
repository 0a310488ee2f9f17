//! The e-mail that confirms a phone call or a meeting (LETTER.md §2).
//!
//! After every call, confirm by e-mail what was agreed: it then stands in writing, and a
//! misunderstanding surfaces at once. The confirmation names the contract, the date and the
//! participants of the contact, what was reported and promised (the entry's summary), the
//! shortcomings it was about, and invites the supplier to correct it promptly.

use serde::Serialize;

use crate::case::{Case, Channel};
use crate::documents::letter::{
    self, BreachItem, ContactItem, ContractText, DateText, Letterhead, Metadata, Signature,
};
use crate::dutch;

/// The confirmation e-mail, ready to render.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Confirmation {
    /// The contact it confirms.
    pub contact: ContactItem,
    /// The date of the e-mail: when the contact was already confirmed, that day; else the day
    /// it is made (never back to the day of the contact).
    pub date: DateText,
    /// Who else took part, besides the addressee ("S. de Graaf"), or everyone named in
    /// `with` when the e-mail goes to someone else; `None` when only the addressee took part.
    pub others: Option<String>,
    /// Whether the addressee took part.
    pub addressee_took_part: bool,
    /// "telefoongesprek" or "overleg".
    pub kind: String,
    /// Where the e-mail goes: `history[].email` of the contact, else the addressee's
    /// `supplier.attention.email`, else `supplier.email`.
    pub to: Option<String>,
    /// "Bevestiging van ons telefoongesprek van 5 oktober 2026 – Overeenkomst … (…)".
    pub subject: String,
    /// "Geachte heer Bakker,".
    pub salutation: String,
    /// The contract.
    pub contract: ContractText,
    /// The shortcomings the contact was about (`about`, or those that had begun by then).
    pub breaches: Vec<BreachItem>,
    /// The sender, for the contact details under the signature.
    pub sender: Letterhead,
    /// "Met vriendelijke groet,".
    pub closing: String,
    /// The signature.
    pub signature: Signature,
    /// For the PDF's document properties.
    pub metadata: Metadata,
}

/// Why no confirmation can be made for the entry asked for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EntryError {
    /// No entry was given.
    #[error(
        "`--document confirmation` needs `--entry N`: the number of the call or meeting in `history` to confirm"
    )]
    Missing,
    /// The entry does not exist.
    #[error("the case has no `history` entry {0}")]
    NoSuchEntry(usize),
    /// The entry is not a call or a meeting.
    #[error("`history` entry {0} is not a phone call or a meeting, so there is nothing to confirm")]
    NotACall(usize),
}

/// The history entries that can be confirmed: (number from 1, "telefoongesprek van 5 oktober
/// 2026 met P. Bakker").
pub fn confirmable(case: &Case) -> Vec<(usize, String)> {
    case.history
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let kind = kind(c.channel)?;
            let with = c.with.as_ref().map(|w| format!(" met {w}")).unwrap_or_default();
            let done = c.confirmed_in_writing.map(|_| ", al bevestigd").unwrap_or_default();
            Some((i + 1, format!("{kind} van {}{with}{done}", dutch::date(c.date))))
        })
        .collect()
}

/// The numbers (from 1) of the calls and meetings in `history` not yet confirmed in writing:
/// the confirmations still to send.
pub fn unconfirmed(case: &Case) -> Vec<usize> {
    case.history
        .iter()
        .enumerate()
        .filter(|(_, c)| kind(c.channel).is_some() && c.confirmed_in_writing.is_none())
        .map(|(i, _)| i + 1)
        .collect()
}

fn kind(channel: Channel) -> Option<&'static str> {
    match channel {
        Channel::Phone => Some("telefoongesprek"),
        Channel::Meeting => Some("overleg"),
        Channel::Email | Channel::Letter | Channel::Ticket => None,
    }
}

/// Builds the confirmation of `history` entry `entry` (counted from 1).
pub fn compose(case: &Case, entry: Option<usize>) -> Result<Confirmation, EntryError> {
    let number = entry.ok_or(EntryError::Missing)?;
    let index = number.checked_sub(1).ok_or(EntryError::NoSuchEntry(number))?;
    let contact = case.history.get(index).ok_or(EntryError::NoSuchEntry(number))?;
    let kind = kind(contact.channel).ok_or(EntryError::NotACall(number))?;
    let item = letter::contact_items(case)
        .into_iter()
        .nth(index)
        .ok_or(EntryError::NoSuchEntry(number))?;
    let subject = format!(
        "Bevestiging van ons {kind} van {} – {}",
        dutch::date(contact.date),
        letter::contract_name(&case.contract)
    );
    // Dated the day it was sent when it was; else the day it is made.
    let date = contact.confirmed_in_writing.unwrap_or(case.today.max(contact.date));
    let addressee = case.supplier.attention.as_ref().map(|a| a.name.as_str());
    let (addressee_took_part, others) = letter::participants(contact.with.as_deref(), addressee);
    let about: Vec<usize> = contact.about.iter().map(|i| i + 1).collect();
    let breaches =
        letter::breach_items(case).into_iter().filter(|b| about.contains(&b.number)).collect();
    let header = letter::header(case, date, subject.clone(), "Bevestiging");
    let mut metadata = header.metadata;
    metadata.title = subject.clone();
    Ok(Confirmation {
        date: DateText::new(date),
        others,
        addressee_took_part,
        contact: item,
        kind: kind.to_owned(),
        // Where the e-mail goes: the person spoken to, the addressee, or the supplier.
        to: contact
            .email
            .clone()
            .or_else(|| case.supplier.attention.as_ref().and_then(|a| a.email.clone()))
            .or_else(|| case.supplier.party.email.clone()),
        subject,
        salutation: header.salutation,
        contract: letter::contract_text(&case.contract),
        breaches,
        sender: header.sender,
        closing: "Met vriendelijke groet,".to_owned(),
        signature: header.signature,
        metadata,
    })
}

#[cfg(test)]
mod tests {
    use crate::documents::letter::participants;

    #[test]
    fn the_addressee_is_not_named_to_themselves() {
        assert_eq!(participants(Some("P. Bakker"), Some("P. Bakker")), (true, None));
        assert_eq!(
            participants(Some("P. Bakker en S. de Graaf"), Some("P. Bakker")),
            (true, Some("S. de Graaf".to_owned()))
        );
        assert_eq!(
            participants(Some("S. de Graaf"), Some("P. Bakker")),
            (false, Some("S. de Graaf".to_owned()))
        );
        assert_eq!(
            participants(Some("S. de Graaf"), None),
            (false, Some("S. de Graaf".to_owned()))
        );
        assert_eq!(participants(None, Some("P. Bakker")), (false, None));
    }
}
