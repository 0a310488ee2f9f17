//! What an e-mail of a document says: who it is from and to, its subject and date, and its
//! text. The notice and the letter after the term go as an attached PDF under a short cover
//! text (the template `cover-email.md`); a confirmation of a call is the e-mail itself. How the
//! message is written is [`crate::formats::eml`].

use chrono::NaiveDate;
use serde::Serialize;

use crate::case::{Case, Contact, SendMethod};
use crate::documents::follow_up::ClaimText;
use crate::documents::letter::{DateText, DeadlineText, Header, Names, Signature};

/// A name and an e-mail address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mailbox {
    /// The name shown ("CloudWerk B.V.", "P. Bakker").
    pub name: String,
    /// The address.
    pub address: String,
}

/// The envelope of an e-mail: the parts that go into its header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    /// The sender, when the case has `sender.email`.
    pub from: Option<Mailbox>,
    /// The supplier, when the case has an address for it (`supplier.attention.email` or
    /// `supplier.email`).
    pub to: Option<Mailbox>,
    /// Copies: the supplier's general address when the e-mail goes to the addressee's own.
    pub cc: Vec<Mailbox>,
    /// The subject line.
    pub subject: String,
    /// The day of the e-mail.
    pub date: NaiveDate,
    /// What makes its Message-ID unique: the notice, and which document.
    pub key: String,
}

impl Envelope {
    /// The envelope of an e-mail from the sender of `case` to its supplier.
    pub fn new(case: &Case, subject: String, date: NaiveDate, document: &str) -> Envelope {
        let sender = &case.sender;
        let supplier = &case.supplier;
        let from = sender
            .party
            .email
            .as_ref()
            .map(|address| Mailbox { name: sender.signatory.clone(), address: address.clone() });
        let general = supplier.party.email.as_ref().map(|address| Mailbox {
            name: supplier.party.organisation.clone(),
            address: address.clone(),
        });
        let personal = supplier.attention.as_ref().and_then(|a| {
            a.email
                .as_ref()
                .map(|address| Mailbox { name: a.name.clone(), address: address.clone() })
        });
        let (to, cc) = match (personal, general) {
            (Some(personal), Some(general)) if general.address != personal.address => {
                (Some(personal), vec![general])
            }
            (Some(personal), _) => (Some(personal), Vec::new()),
            (None, general) => (general, Vec::new()),
        };
        let key = format!("{}.{document}", super::agenda::key(case));
        Envelope { from, to, cc, subject, date, key }
    }

    /// The case-file keys of the addresses the envelope lacks: `sender.email`,
    /// `supplier.email`.
    pub fn missing(&self) -> Vec<&'static str> {
        let mut missing = Vec::new();
        if self.from.is_none() {
            missing.push("sender.email");
        }
        if self.to.is_none() {
            missing.push("supplier.email");
        }
        missing
    }

    /// The envelope addressed to the person of a contact, when the case has their address
    /// (`history[].email`): to them, with a copy to the supplier's general address.
    #[must_use]
    pub fn to_contact(mut self, case: &Case, contact: &Contact) -> Envelope {
        if let Some(address) = &contact.email {
            let name = contact.with.clone().unwrap_or_else(|| address.clone());
            self.to = Some(Mailbox { name, address: address.clone() });
            self.cc = case
                .supplier
                .party
                .email
                .iter()
                .filter(|general| *general != address)
                .map(|general| Mailbox {
                    name: case.supplier.party.organisation.clone(),
                    address: general.clone(),
                })
                .collect();
        }
        self
    }
}

/// The cover text of a letter sent as an attachment: what the template `cover-email.md` sees.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cover {
    /// `notice` or `follow-up`.
    pub document: &'static str,
    /// "Geachte heer Bakker,".
    pub salutation: String,
    /// The date of the letter.
    pub date: DateText,
    /// Ons kenmerk.
    pub our_reference: Option<String>,
    /// The contract's title.
    pub contract: String,
    /// Whether the notice names one obligation (else several).
    pub one: bool,
    /// The parties' names as sentences use them.
    pub names: Names,
    /// How else the letter is sent, besides e-mail and a bailiff, as a sentence says it:
    /// "aangetekend en per gewone post"; `None` when it goes by e-mail alone.
    pub also: Option<String>,
    /// Whether the letter is also served by a bailiff.
    pub bailiff: bool,
    /// The last day of the term, for the notice.
    pub deadline: Option<DateText>,
    /// The last day to promise performance, and the day after it, for a two-step notice.
    pub confirm: Option<DeadlineText>,
    /// For the letter after the term: the notice it follows, and what it is about.
    pub follows: Option<Follows>,
    /// The file name of the attached letter; filled in when the e-mail is written.
    pub attachment: String,
    /// "Met vriendelijke groet,".
    pub closing: String,
    /// The signature.
    pub signature: Signature,
    /// The sender's contact line.
    pub contact: Option<String>,
}

/// What the letter after the term follows, and what it is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Follows {
    /// The date of the notice.
    pub notice: DateText,
    /// "het verzuim, de ontbinding en de betaling".
    pub topics: String,
    /// With a demand for payment: the letter's demand (the e-mail names the sum and the last
    /// day to pay).
    pub claim: Option<ClaimText>,
    /// Whether the letter dissolves the contract, and whether in full.
    pub dissolves: Option<bool>,
    /// With a partial dissolution: the part, in words.
    pub part: Option<String>,
}

impl Cover {
    /// The cover text of the letter with `header`, sent as `case` says.
    pub fn new(document: &'static str, case: &Case, header: &Header) -> Cover {
        let sent_by = &case.letter.sent_by;
        Cover {
            document,
            salutation: header.salutation.clone(),
            date: header.date.clone(),
            our_reference: header.our_reference.clone(),
            contract: case.contract.title.clone(),
            one: case.breaches.len() == 1,
            names: header.names.clone(),
            also: {
                let ways: Vec<String> = sent_by
                    .iter()
                    .filter_map(|way| match way {
                        SendMethod::RegisteredMail => Some("aangetekend"),
                        SendMethod::Mail => Some("per gewone post"),
                        SendMethod::Courier => Some("per koerier"),
                        SendMethod::Email | SendMethod::Bailiff => None,
                    })
                    .map(str::to_owned)
                    .collect();
                match ways.as_slice() {
                    [] => None,
                    [only] if only == "aangetekend" => Some("aangetekend per post".to_owned()),
                    _ => Some(crate::dutch::join(&ways)),
                }
            },
            bailiff: sent_by.contains(&SendMethod::Bailiff),
            deadline: None,
            confirm: None,
            follows: None,
            attachment: String::new(),
            closing: header.closing.clone(),
            signature: header.signature.clone(),
            contact: header.sender.contact.clone(),
        }
    }
}
