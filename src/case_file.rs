//! The case file as written: the serde mirror of CASE-FORMAT.md, version 1.
//!
//! Every value the user types is a [`Field`]: absent, present, or unusable (already reported).
//! Nothing here judges meaning; [`crate::validate`] does that. Reading the YAML tree into these
//! types ([`read`]) reports every unknown key (with a "did you mean"), every value of the wrong
//! kind and every unknown choice at once, each at its key path and place.

mod reader;

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::{Deserialize, Serialize};

pub use reader::read;

/// One value from the case file: absent (not written, or empty), present, or invalid (written
/// but unusable; the reason has already been reported where it was found).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Field<T> {
    /// Not in the file, or written without a value (`~` or nothing).
    #[default]
    Absent,
    /// Written, but not usable as this kind of value. Already reported.
    Invalid,
    /// Written and readable.
    Present(T),
}

impl<T> Field<T> {
    /// The value, when present.
    pub fn get(&self) -> Option<&T> {
        match self {
            Field::Present(v) => Some(v),
            Field::Absent | Field::Invalid => None,
        }
    }

    /// Whether the key was not given (as opposed to given but unusable).
    pub fn is_absent(&self) -> bool {
        matches!(self, Field::Absent)
    }
}

impl<T: Clone> Field<T> {
    /// The value, when present, by value.
    pub fn cloned(&self) -> Option<T> {
        self.get().cloned()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Field<T> {
    /// Reads the value; a value that cannot be read becomes [`Field::Invalid`]. The reader in
    /// this crate reports the reason before it returns; other deserializers lose it.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FieldVisitor<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for FieldVisitor<T> {
            type Value = Field<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a value")
            }
            fn visit_none<E: de::Error>(self) -> Result<Field<T>, E> {
                Ok(Field::Absent)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Field<T>, E> {
                Ok(Field::Absent)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Field<T>, D::Error> {
                Ok(T::deserialize(d).map_or(Field::Invalid, Field::Present))
            }
        }
        deserializer.deserialize_option(FieldVisitor(std::marker::PhantomData))
    }
}

impl<T: JsonSchema> JsonSchema for Field<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        <Option<T>>::schema_name()
    }

    /// The value's own schema, or `null`: a key without a value counts as absent.
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <Option<T>>::json_schema(generator)
    }
}

/// What a date must look like, as said in messages.
pub(crate) const EXPECT_DATE: &str = "a date written as YYYY-MM-DD, for example 2026-12-01";
/// What an existing calendar date must look like, as said in messages.
pub(crate) const EXPECT_REAL_DATE: &str = "a date that exists in the calendar";
/// What an amount must look like, as said in messages.
pub(crate) const EXPECT_AMOUNT: &str = "an amount in euros such as 12500.00";

/// A calendar date, written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

/// Reads a scalar and parses it inside the visitor, so that a reader that locates errors sees
/// the parse error at the value's place.
struct ParseVisitor<T>(fn(&str) -> Result<T, &'static str>);

impl<T> Visitor<'_> for ParseVisitor<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("text")
    }
    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        (self.0)(text).map_err(|expected| E::invalid_value(Unexpected::Str(text), &expected))
    }
}

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A date written as YYYY-MM-DD, for example 2026-12-01."
        })
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(ParseVisitor(Date::parse))
    }
}

impl Date {
    /// Parses `YYYY-MM-DD` strictly. The error says what was expected.
    pub fn parse(text: &str) -> Result<Date, &'static str> {
        let text = text.trim();
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes.iter().enumerate().all(|(i, b)| match i {
                4 | 7 => *b == b'-',
                _ => b.is_ascii_digit(),
            });
        if !shape_ok {
            return Err(EXPECT_DATE);
        }
        NaiveDate::parse_from_str(text, "%Y-%m-%d").map(Date).map_err(|_| EXPECT_REAL_DATE)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0.format("%Y-%m-%d"))
    }
}

/// An amount of money in euro cents, written in the file as `12500.00` or `12500`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Amount(pub i64);

impl Amount {
    /// Parses `12500`, `12500.5` or `12500.00` (a point for decimals, no thousands separator).
    pub fn parse(text: &str) -> Option<Amount> {
        let text = text.trim();
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(whole) || (!fraction.is_empty() && !digits(fraction)) || fraction.len() > 2 {
            return None;
        }
        let euros: i64 = whole.parse().ok()?;
        let cents: i64 = match fraction.len() {
            0 => 0,
            1 => fraction.parse::<i64>().ok()? * 10,
            _ => fraction.parse().ok()?,
        };
        euros.checked_mul(100)?.checked_add(cents).map(Amount)
    }
}

impl JsonSchema for Amount {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Amount".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "anyOf": [
                { "type": "number", "minimum": 0, "multipleOf": 0.01 },
                { "type": "string", "pattern": "^[0-9]+(\\.[0-9]{1,2})?$" }
            ],
            "description": "An amount in euros with a point for the cents, such as 12500.00."
        })
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(ParseVisitor(|text| Amount::parse(text).ok_or(EXPECT_AMOUNT)))
    }
}

/// A case file, version 1: one dispute, one notice of default.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct CaseFile {
    /// The format version; optional, and the only version is 1.
    #[schemars(range(min = 1, max = 1))]
    pub version: Field<u32>,
    /// A base file whose keys this file fills in (a path relative to this file).
    pub extends: Field<String>,
    /// The letter itself: date, place, references, how it is sent, tone.
    pub letter: Option<LetterFile>,
    /// The organisation that sends the notice (the creditor).
    pub sender: Option<SenderFile>,
    /// The ICT supplier (the debtor).
    pub supplier: Option<SupplierFile>,
    /// The contract that the supplier does not perform.
    pub contract: Option<ContractFile>,
    /// The specific shortcomings; at least one.
    pub breaches: Option<Vec<BreachFile>>,
    /// Earlier contacts about these shortcomings, oldest first.
    pub history: Option<Vec<ContactFile>>,
    /// The term for performance: exactly one of `working_days`, `days` or `date`.
    pub deadline: Option<DeadlineFile>,
    /// Ask for written confirmation and a plan of approach within this many working days.
    pub confirm_within_working_days: Field<u32>,
    /// What the letter announces if the term passes; default damages and termination.
    pub consequences: Option<Vec<Field<Consequence>>>,
    /// Whether the sender has stopped paying.
    pub payments_suspended: Field<bool>,
    /// Which payments are suspended ("de facturen 2026-118 en 2026-131, samen € 9.600,00"):
    /// the letter then suspends them on the ground of art. 6:262 BW.
    pub suspended_payments: Field<String>,
    /// Only for the letter after the term has passed.
    pub follow_up: Option<FollowUpFile>,
    /// The enclosures (bijlagen), numbered in this order.
    pub enclosures: Option<Vec<EnclosureFile>>,
    /// Names to send a copy to (kopie aan).
    pub cc: Option<Vec<Field<String>>>,
}

/// `letter`: the date, place, references and how the letter is sent.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct LetterFile {
    /// The date on the letter; default: today.
    pub date: Field<Date>,
    /// The place before the date; default: the sender's city.
    pub place: Field<String>,
    /// Our reference ("Ons kenmerk").
    pub reference: Field<String>,
    /// Their reference ("Uw kenmerk").
    pub their_reference: Field<String>,
    /// How the letter is sent, in this order; default registered mail and e-mail.
    pub sent_by: Option<Vec<Field<SendMethod>>>,
    /// `constructive` (default) or `formal`.
    pub tone: Field<Tone>,
    /// The date of the call in which the notice was announced.
    pub announced_by_phone: Field<Date>,
}

/// `sender`: the organisation that sends the notice.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct SenderFile {
    /// The organisation's legal name.
    pub organisation: Field<String>,
    /// KVK number: exactly 8 digits.
    pub kvk: Field<String>,
    /// Company number outside the Netherlands, as free text.
    pub registration: Field<String>,
    /// The postal address.
    pub address: Option<AddressFile>,
    /// E-mail address.
    pub email: Field<String>,
    /// Telephone number.
    pub phone: Field<String>,
    /// `de` or `het`: the article used where the name stands in a sentence ("de gemeente Tiel").
    pub article: Field<Article>,
    /// The account for a demand for payment in the letter after the term; checked with mod 97.
    pub iban: Field<String>,
    /// The person who signs the letter.
    pub signatory: Option<SignatoryFile>,
}

/// `sender.signatory`: who signs.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct SignatoryFile {
    /// Name as it is printed under the signature.
    pub name: Field<String>,
    /// Position; it shows the signer may represent the sender.
    pub role: Field<String>,
    /// On whose behalf the signatory signs, printed as written above the name ("Burgemeester
    /// en wethouders van Tiel, namens dezen,").
    pub mandate: Field<String>,
}

/// `supplier`: the ICT supplier.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct SupplierFile {
    /// The supplier's legal name, as in the contract.
    pub organisation: Field<String>,
    /// KVK number: exactly 8 digits.
    pub kvk: Field<String>,
    /// Company number outside the Netherlands, as free text.
    pub registration: Field<String>,
    /// The person the letter is addressed to; without it, "de directie".
    pub attention: Option<AttentionFile>,
    /// The postal address (a PO box is allowed).
    pub address: Option<AddressFile>,
    /// E-mail address.
    pub email: Field<String>,
    /// Telephone number.
    pub phone: Field<String>,
    /// `de` or `het`: the article used where the name stands in a sentence.
    pub article: Field<Article>,
}

/// `supplier.attention`: the addressee.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct AttentionFile {
    /// Name with initials and titles allowed ("drs. E. Claassen").
    pub name: Field<String>,
    /// `heer`, `mevrouw` or `neutral` (default): chooses the salutation.
    pub form: Field<Form>,
    /// Position.
    pub role: Field<String>,
    /// The addressee's own e-mail address: the e-mail draft goes to it, with a copy to
    /// `supplier.email`.
    pub email: Field<String>,
}

/// A postal address.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct AddressFile {
    /// Street and number, or a PO box ("Postbus 1200").
    pub street: Field<String>,
    /// Postcode; a Dutch one is 4 digits and 2 letters ("3511 AB").
    pub postcode: Field<String>,
    /// Town or city.
    pub city: Field<String>,
    /// ISO 3166 two-letter country code; default NL.
    pub country: Field<String>,
}

/// `contract`: the agreement that is not performed.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ContractFile {
    /// The contract's title.
    pub title: Field<String>,
    /// The contract's number or reference.
    pub reference: Field<String>,
    /// The date it was signed.
    pub date: Field<Date>,
    /// The general terms that apply, with their version.
    pub general_terms: Field<String>,
    /// The shortest term for remedy the contract allows, in calendar days.
    pub minimum_term_days: Field<u32>,
    /// The law that governs the contract ("Nederlands recht"); stated in the letter.
    pub governing_law: Field<String>,
    /// Where the choice of law is made ("artikel 21 van de overeenkomst").
    pub governing_law_source: Field<String>,
    /// The clause of the general terms on the notice of default and the report of damage
    /// ("artikel 14.4").
    pub terms_liability_clause: Field<String>,
    /// The contract's clause on the exit, cited when the contract is dissolved.
    pub exit_clause: Field<String>,
}

/// One entry of `breaches`: one specific shortcoming.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct BreachFile {
    /// What the supplier promised.
    pub obligation: Field<String>,
    /// Where the obligation is written down.
    pub clause: Field<String>,
    /// What happened: dates, measured values, tickets.
    pub facts: Field<String>,
    /// When the shortcoming began.
    pub since: Field<Date>,
    /// What the supplier must do to perform after all.
    pub required_action: Field<String>,
    /// Ids of enclosures that prove it.
    pub evidence: Option<Vec<Field<String>>>,
    /// A norm that repeats per period (an SLA): every missed period is a shortcoming that can
    /// no longer be repaired.
    pub recurring: Field<bool>,
}

/// One entry of `history`: an earlier contact.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ContactFile {
    /// The date of the contact.
    pub date: Field<Date>,
    /// `phone`, `email`, `letter`, `meeting` or `ticket`.
    pub channel: Field<Channel>,
    /// The person spoken to or written to.
    pub with: Field<String>,
    /// Their e-mail address: the confirmation of a call or meeting goes there.
    pub email: Field<String>,
    /// What was said, reported or promised.
    pub summary: Field<String>,
    /// The date of the e-mail or letter that confirmed a call or meeting.
    pub confirmed_in_writing: Field<Date>,
    /// The numbers of the shortcomings this contact concerned; default: those whose `since`
    /// is on or before it.
    pub about: Option<Vec<Field<u32>>>,
}

/// `deadline`: exactly one of the three.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct DeadlineFile {
    /// N working days after the letter date.
    pub working_days: Field<u32>,
    /// N calendar days after the letter date.
    pub days: Field<u32>,
    /// A fixed date.
    pub date: Field<Date>,
}

/// `follow_up`: the letter after the term has passed.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct FollowUpFile {
    /// The date of that letter.
    pub date: Field<Date>,
    /// The date of the notice it refers to; default: `letter.date`.
    pub notice_date: Field<Date>,
    /// What that letter does.
    pub actions: Option<Vec<Field<FollowUpAction>>>,
    /// `full` or `partial`, with termination.
    pub termination_scope: Field<TerminationScope>,
    /// The damage so far, in euros.
    pub damages_estimate: Field<Amount>,
    /// The part that a partial dissolution covers, in words ("de module Roosterplanning vanaf
    /// 1 februari 2027"); required with `termination_scope: partial`.
    pub termination_part: Field<String>,
    /// The proof that the notice arrived: a delivery record.
    pub notice_received: Option<NoticeReceivedFile>,
    /// The state on the deadline, per shortcoming.
    pub outcome: Option<Vec<OutcomeFile>>,
    /// A demand for payment (sommatie).
    pub claim: Option<ClaimFile>,
}

/// `follow_up.notice_received`: when and how the notice arrived.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct NoticeReceivedFile {
    /// The day the notice was delivered.
    pub date: Field<Date>,
    /// The delivery record ("Track & Trace 3SABCD1234567"), not a proof of posting.
    pub proof: Field<String>,
}

/// One entry of `follow_up.outcome`: the state of one shortcoming on the deadline.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct OutcomeFile {
    /// The shortcoming's number (1 = the first of `breaches`).
    pub breach: Field<u32>,
    /// `performed`, `not_performed`, `partly` or `late`.
    pub status: Field<OutcomeStatus>,
    /// With `late`: whether the sender accepted the late performance.
    pub accepted: Field<bool>,
    /// A short explanation, printed with the outcome.
    pub note: Field<String>,
}

/// `follow_up.claim`: a demand for payment.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ClaimFile {
    /// The amount, in euros.
    pub amount: Field<Amount>,
    /// `damages`, `repayment` or `penalty`.
    pub basis: Field<ClaimBasis>,
    /// Days to pay after the letter's date; default 14.
    pub pay_within_days: Field<u32>,
}

/// One entry of `enclosures`.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct EnclosureFile {
    /// A short id that breaches name in `evidence`.
    pub id: Field<String>,
    /// The title printed in the list of enclosures.
    pub title: Field<String>,
}

/// How a letter is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SendMethod {
    /// Aangetekend.
    RegisteredMail,
    /// Per post.
    Mail,
    /// Per e-mail.
    Email,
    /// Per koerier.
    Courier,
    /// Bij deurwaardersexploot (served by a bailiff).
    Bailiff,
}

/// The article that goes with an organisation's name in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Article {
    /// "de gemeente Tiel".
    De,
    /// "het waterschap Rivierenland".
    Het,
}

/// The state of a shortcoming when the term ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeStatus {
    /// Performed in full within the term.
    Performed,
    /// Not performed.
    NotPerformed,
    /// Performed in part.
    Partly,
    /// Performed after the deadline.
    Late,
}

/// What a demand for payment claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ClaimBasis {
    /// Damages (schadevergoeding).
    Damages,
    /// Repayment of what was paid for the dissolved part.
    Repayment,
    /// A contractual penalty (boete).
    Penalty,
}

/// The tone of the letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    /// Firm, but keeps the relationship: says the letter secures rights and invites a talk.
    #[default]
    Constructive,
    /// Strictly formal.
    Formal,
}

/// How the addressee is greeted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// "Geachte heer …".
    Heer,
    /// "Geachte mevrouw …".
    Mevrouw,
    /// "Geachte S. Jansen," (the name as given) without heer or mevrouw.
    #[default]
    Neutral,
}

/// How an earlier contact took place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// A telephone call.
    Phone,
    /// An e-mail.
    Email,
    /// A letter.
    Letter,
    /// A meeting.
    Meeting,
    /// A ticket in the supplier's service desk.
    Ticket,
}

/// What the notice announces if the term passes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Consequence {
    /// Schadevergoeding.
    Damages,
    /// Ontbinding, in whole or in part (announced, never declared in the notice).
    Termination,
    /// Performance by a third party at the supplier's cost.
    ThirdParty,
    /// Vervangende schadevergoeding (art. 6:87 BW).
    ReplacementDamages,
}

/// What the letter after the term does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FollowUpAction {
    /// Holds the supplier liable for the damage.
    Damages,
    /// Declares the contract dissolved.
    Termination,
    /// Claims damages instead of performance (art. 6:87 BW).
    ReplacementDamages,
}

/// How much of the contract a termination covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TerminationScope {
    /// The whole contract.
    Full,
    /// Part of the contract.
    Partial,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_strict_iso() {
        assert_eq!(Date::parse("2026-12-01").unwrap().0.to_string(), "2026-12-01");
        assert_eq!(Date::parse("2026-2-1"), Err(EXPECT_DATE));
        assert_eq!(Date::parse("01-12-2026"), Err(EXPECT_DATE));
        assert_eq!(Date::parse("2026-02-30"), Err(EXPECT_REAL_DATE));
        assert_eq!(Date::parse("2026-12-01T10:00"), Err(EXPECT_DATE));
    }

    #[test]
    fn amounts_are_exact_cents() {
        assert_eq!(Amount::parse("12500.00"), Some(Amount(1_250_000)));
        assert_eq!(Amount::parse("12500"), Some(Amount(1_250_000)));
        assert_eq!(Amount::parse("0.5"), Some(Amount(50)));
        assert_eq!(Amount::parse("12.500,00"), None);
        assert_eq!(Amount::parse("1.234"), None);
        assert_eq!(Amount::parse("-5"), None);
        assert_eq!(Amount::parse(""), None);
    }
}
