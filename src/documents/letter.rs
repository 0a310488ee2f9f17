//! The notice of default as a renderer-neutral document: every value the letter prints, in
//! Dutch, ready for a template (Markdown) or the typesetter (PDF).
//!
//! [`compose`] cannot fail: a valid [`Case`] has everything a letter needs. Dates are written
//! out ("dinsdag 15 december 2026"), the salutation and address block are made, enclosures are
//! numbered. The sentences themselves live in the templates, so that a user can adapt them.

use chrono::NaiveDate;
use serde::Serialize;

use crate::case::{Address, Case, Channel, Consequence, Party, SendMethod, Term, Tone};
use crate::dutch;

/// A date written out three ways.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateText {
    /// The date itself.
    #[serde(skip)]
    pub day: NaiveDate,
    /// "2026-12-15".
    pub iso: String,
    /// "15 december 2026".
    pub text: String,
    /// "dinsdag 15 december 2026".
    pub long: String,
}

impl DateText {
    /// The three forms of `date`.
    pub fn new(date: NaiveDate) -> DateText {
        DateText {
            day: date,
            iso: date.format("%Y-%m-%d").to_string(),
            text: dutch::date(date),
            long: dutch::date_with_weekday(date),
        }
    }
}

/// The sender's letterhead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Letterhead {
    /// Legal name.
    pub organisation: String,
    /// Street, "3511 AB Utrecht" (and the country abroad).
    pub address: Vec<String>,
    /// "KVK 12345678", or the registration abroad.
    pub registration: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// Telephone number.
    pub phone: Option<String>,
    /// Registration, e-mail and phone on one line, joined by " · ".
    pub contact: Option<String>,
    /// One line for above the window: "Zorggroep Oost B.V. · Stationsweg 12 · 3511 AB Utrecht".
    pub return_address: String,
}

/// The recipient block, as it shows in the envelope window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Recipient {
    /// The supplier's legal name.
    pub organisation: String,
    /// "t.a.v. de heer P. Bakker, Algemeen directeur" or "t.a.v. de directie".
    pub attention: String,
    /// "de heer P. Bakker" (for sentences), or `None` without an addressee.
    pub addressee: Option<String>,
    /// Street, postcode and city (and country abroad).
    pub address: Vec<String>,
    /// All lines of the block in order.
    pub lines: Vec<String>,
    /// The supplier's e-mail address.
    pub email: Option<String>,
}

/// The contract as the letter names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContractText {
    /// Title.
    pub title: String,
    /// Number or reference.
    pub reference: Option<String>,
    /// Date signed.
    pub date: Option<DateText>,
    /// General terms with version.
    pub general_terms: Option<String>,
    /// Whether the general terms are NLdigital's.
    pub nldigital: bool,
    /// The governing law, as written ("Nederlands recht").
    pub governing_law: Option<String>,
    /// Where the choice of law is made ("artikel 21 van de overeenkomst").
    pub governing_law_source: Option<String>,
}

/// One earlier contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContactItem {
    /// Position in the history, from 1.
    pub number: usize,
    /// When.
    pub date: DateText,
    /// `phone`, `email`, `letter`, `meeting` or `ticket`.
    pub channel: Channel,
    /// "telefonisch", "per e-mail", "per brief", "in een overleg", "via een ticket".
    pub how: String,
    /// Whether the summary starts with those words itself ("Per brief gewezen op …"), so
    /// that the letter does not say them twice.
    pub channel_in_summary: bool,
    /// With whom, as written.
    pub with: Option<String>,
    /// With whom, as the letter to the addressee says it: "u" when the addressee took part,
    /// "u en K. Smit", or the names as written.
    pub with_text: Option<String>,
    /// What was said or promised, as written.
    pub summary: String,
    /// When it was confirmed in writing.
    pub confirmed: Option<DateText>,
}

/// A reference to an enclosure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EnclosureItem {
    /// Its number in the list of enclosures, from 1.
    pub number: usize,
    /// The id used in the case file.
    pub id: String,
    /// Title.
    pub title: String,
}

/// One shortcoming.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BreachItem {
    /// Its number, from 1.
    pub number: usize,
    /// What the supplier promised, as written.
    pub obligation: String,
    /// Where it is written.
    pub clause: Option<String>,
    /// What happened, as written.
    pub facts: String,
    /// Since when.
    pub since: Option<DateText>,
    /// The enclosures that prove it.
    pub evidence: Vec<EnclosureItem>,
    /// "bijlage 1", "bijlagen 1 en 2".
    pub evidence_text: Option<String>,
    /// What the supplier must do, as written.
    pub required_action: String,
}

/// The term for performance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeadlineText {
    /// The last day.
    pub date: DateText,
    /// How it was given: "10 werkdagen", "14 dagen" or `None` for a fixed date.
    pub term: Option<String>,
    /// Whether a term in calendar days ended on a non-working day and moved to the next
    /// working day.
    pub moved: bool,
    /// The day after the last day: the first day of default.
    pub next: DateText,
}

/// What follows if the term passes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Consequences {
    /// Schadevergoeding.
    pub damages: bool,
    /// Ontbinding, announced.
    pub termination: bool,
    /// Performance by a third party at the supplier's cost.
    pub third_party: bool,
    /// Vervangende schadevergoeding.
    pub replacement_damages: bool,
}

/// The signature block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Signature {
    /// On whose behalf the signatory signs, printed above the name as written.
    pub mandate: Option<String>,
    /// Name.
    pub name: String,
    /// Position.
    pub role: Option<String>,
    /// Organisation.
    pub organisation: String,
}

/// Title, author, subject and keywords for the PDF.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Metadata {
    /// The subject line.
    pub title: String,
    /// The signatory and organisation.
    pub author: String,
    /// "Ingebrekestelling".
    pub subject: String,
    /// Kenmerk, contract reference and parties.
    pub keywords: Vec<String>,
}

/// How the letters name the parties inside a sentence: "de gemeente Tiel" (with
/// `article`), "CloudWerk B.V."; and at the start of a sentence: "De gemeente Tiel".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Names {
    /// The sender in a sentence.
    pub sender: String,
    /// The sender at the start of a sentence.
    pub sender_start: String,
    /// The supplier in a sentence.
    pub supplier: String,
    /// The supplier at the start of a sentence.
    pub supplier_start: String,
}

/// A shortcoming whose norm recurs per period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecurringItem {
    /// Its number, from 1.
    pub number: usize,
    /// Where the norm is written.
    pub clause: Option<String>,
}

/// The parts of a letter that the PDF places rather than flows: letterhead, delivery line,
/// recipient block, place and date, references, subject; and the salutation, closing and
/// signature that frame the body. Shared by the notice and the letter after the term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Header {
    /// The sender.
    pub sender: Letterhead,
    /// "Aangetekend en per e-mail (directie@cloudwerk.example)".
    pub delivery: String,
    /// The addressee block.
    pub recipient: Recipient,
    /// The date on the letter.
    pub date: DateText,
    /// "Utrecht, 1 december 2026".
    pub place_and_date: String,
    /// Ons kenmerk.
    pub our_reference: Option<String>,
    /// Uw kenmerk.
    pub their_reference: Option<String>,
    /// "Ingebrekestelling – Overeenkomst SaaS-dienstverlening EPD (OVK-2024-031)".
    pub subject: String,
    /// "Geachte heer Bakker,".
    pub salutation: String,
    /// "Met vriendelijke groet," or "Hoogachtend,".
    pub closing: String,
    /// The signature block.
    pub signature: Signature,
    /// The parties' names as sentences use them.
    pub names: Names,
    /// For the PDF's document properties.
    pub metadata: Metadata,
}

/// The notice of default, ready to render. Templates see the header's fields at the top level
/// (`sender`, `recipient`, `subject`, …) next to the notice's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Letter {
    /// Letterhead, addressee, references, subject, salutation, closing, signature.
    #[serde(flatten)]
    pub header: Header,
    /// `constructive` or `formal`.
    pub tone: Tone,
    /// The contract.
    pub contract: ContractText,
    /// The date of the call that announced the notice.
    pub announced_by_phone: Option<DateText>,
    /// Earlier contacts.
    pub history: Vec<ContactItem>,
    /// The shortcomings.
    pub breaches: Vec<BreachItem>,
    /// "1", "1 en 2", "1 tot en met 3": the numbers of all shortcomings.
    pub breach_numbers: String,
    /// The term for performance.
    pub deadline: DeadlineText,
    /// The last day to confirm, with a plan of approach.
    pub confirm_by: Option<DeadlineText>,
    /// What follows if the term passes.
    pub consequences: Consequences,
    /// Whether the sender has stopped paying.
    pub payments_suspended: bool,
    /// The payments suspended on the ground of art. 6:262 BW, in words.
    pub suspended_payments: Option<String>,
    /// Within how many days after performance the suspended payments are made.
    pub suspension_pay_days: u32,
    /// The shortcomings whose norm recurs per period.
    pub recurring: Vec<RecurringItem>,
    /// "1 en 2": the numbers of the recurring shortcomings.
    pub recurring_numbers: String,
    /// With NLdigital terms: the clause the letter is also a notice and report of damage
    /// under ("artikel 14.4", or "de aansprakelijkheidsbepaling").
    pub terms_clause: Option<String>,
    /// How the supplier can reach the sender: "ict@… of 030 123 4567".
    pub reach: Option<String>,
    /// The enclosures, numbered.
    pub enclosures: Vec<EnclosureItem>,
    /// Copies to.
    pub cc: Vec<String>,
}

fn registration(party: &Party) -> Option<String> {
    match (&party.kvk, &party.registration) {
        (Some(kvk), Some(other)) => Some(format!("KVK {kvk} · {other}")),
        (Some(kvk), None) => Some(format!("KVK {kvk}")),
        (None, Some(other)) => Some(other.clone()),
        (None, None) => None,
    }
}

fn address_lines(address: &Address) -> Vec<String> {
    dutch::address_lines(
        &address.street,
        &address.postcode,
        &address.city,
        address.country.map(|c| c.name),
    )
}

fn letterhead(party: &Party) -> Letterhead {
    let address = &party.address;
    let place = match address.country {
        None => format!("{} {}", address.postcode, address.city),
        Some(country) => format!("{} {}, {}", address.postcode, address.city, country.name),
    };
    let registration = registration(party);
    let contact: Vec<&str> = [&registration, &party.email, &party.phone]
        .into_iter()
        .filter_map(|item| item.as_deref())
        .collect();
    let mut lines = vec![address.street.clone(), format!("{} {}", address.postcode, address.city)];
    lines.extend(address.country.map(|c| c.name.to_owned()));
    Letterhead {
        organisation: party.organisation.clone(),
        address: lines,
        contact: (!contact.is_empty()).then(|| contact.join(" · ")),
        registration,
        email: party.email.clone(),
        phone: party.phone.clone(),
        return_address: [party.organisation.as_str(), address.street.as_str(), place.trim()]
            .join(" · "),
    }
}

/// How the letter is sent, as it reads within a sentence: "aangetekend en per e-mail (…)".
pub(crate) fn delivery(methods: &[SendMethod], email: Option<&str>) -> String {
    let words: Vec<String> = methods
        .iter()
        .map(|m| match m {
            SendMethod::RegisteredMail => "aangetekend".to_owned(),
            SendMethod::Mail => "per gewone post".to_owned(),
            SendMethod::Email => match email {
                Some(address) => format!("per e-mail ({address})"),
                None => "per e-mail".to_owned(),
            },
            SendMethod::Courier => "per koerier".to_owned(),
            SendMethod::Bailiff => "bij deurwaardersexploot".to_owned(),
        })
        .collect();
    dutch::join(&words)
}

/// "1", "1 en 2", "1 tot en met 3".
pub(crate) fn numbers(count: usize) -> String {
    match count {
        0 | 1 => "1".to_owned(),
        2 => "1 en 2".to_owned(),
        n => format!("1 tot en met {n}"),
    }
}

pub(crate) fn term_text(term: Term) -> Option<String> {
    match term {
        Term::WorkingDays(1) => Some("1 werkdag".to_owned()),
        Term::WorkingDays(n) => Some(format!("{n} werkdagen")),
        Term::Days(1) => Some("1 dag".to_owned()),
        Term::Days(n) => Some(format!("{n} dagen")),
        Term::Date => None,
    }
}

/// The contract as letters name it.
pub(crate) fn contract_text(contract: &crate::case::Contract) -> ContractText {
    ContractText {
        title: contract.title.clone(),
        reference: contract.reference.clone(),
        date: contract.date.map(DateText::new),
        general_terms: contract.general_terms.clone(),
        nldigital: contract.nldigital(),
        governing_law: contract.governing_law.clone(),
        governing_law_source: contract.governing_law_source.clone(),
    }
}

/// "Overeenkomst SaaS-dienstverlening EPD (OVK-2024-031)".
pub(crate) fn contract_name(contract: &crate::case::Contract) -> String {
    match &contract.reference {
        Some(reference) => format!("{} ({reference})", contract.title),
        None => contract.title.clone(),
    }
}

/// The enclosures, numbered from 1.
pub(crate) fn enclosure_items(case: &Case) -> Vec<EnclosureItem> {
    case.enclosures
        .iter()
        .enumerate()
        .map(|(i, e)| EnclosureItem { number: i + 1, id: e.id.clone(), title: e.title.clone() })
        .collect()
}

/// The shortcomings, numbered from 1, with their evidence.
pub(crate) fn breach_items(case: &Case) -> Vec<BreachItem> {
    let enclosures = enclosure_items(case);
    case.breaches
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let evidence: Vec<EnclosureItem> =
                b.evidence.iter().filter_map(|n| enclosures.get(*n).cloned()).collect();
            let numbers: Vec<String> = evidence.iter().map(|e| e.number.to_string()).collect();
            let evidence_text = match numbers.as_slice() {
                [] => None,
                [one] => Some(format!("bijlage {one}")),
                more => Some(format!("bijlagen {}", dutch::join(more))),
            };
            BreachItem {
                number: i + 1,
                obligation: b.obligation.clone(),
                clause: b.clause.clone(),
                facts: b.facts.clone(),
                since: b.since.map(DateText::new),
                evidence,
                evidence_text,
                required_action: b.required_action.clone(),
            }
        })
        .collect()
}

/// The earlier contacts, numbered from 1.
pub(crate) fn contact_items(case: &Case) -> Vec<ContactItem> {
    let addressee = case.supplier.attention.as_ref().map(|a| a.name.as_str());
    case.history
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let with_text = match participants(c.with.as_deref(), addressee) {
                (true, None) => Some("u".to_owned()),
                (true, Some(others)) => Some(format!("u en {others}")),
                (false, others) => others,
            };
            let how = match c.channel {
                Channel::Phone => "telefonisch",
                Channel::Email => "per e-mail",
                Channel::Letter => "per brief",
                Channel::Meeting => "in een overleg",
                Channel::Ticket => "via een ticket",
            };
            let start: String = c.summary.chars().take(how.chars().count()).collect();
            ContactItem {
                number: i + 1,
                date: DateText::new(c.date),
                channel: c.channel,
                how: how.to_owned(),
                channel_in_summary: start.to_lowercase() == how,
                with: c.with.clone(),
                with_text,
                summary: c.summary.clone(),
                confirmed: c.confirmed_in_writing.map(DateText::new),
            }
        })
        .collect()
}

/// Splits `with` ("P. Bakker en S. de Graaf") into whether the addressee took part and the
/// others who did.
pub(crate) fn participants(with: Option<&str>, addressee: Option<&str>) -> (bool, Option<String>) {
    let Some(with) = with else {
        return (false, None);
    };
    let Some(addressee) = addressee else {
        return (false, Some(with.to_owned()));
    };
    let names: Vec<String> = with
        .split(", ")
        .flat_map(|part| part.split(" en "))
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .collect();
    let took_part = names.iter().any(|name| name == addressee.trim());
    if !took_part {
        return (false, Some(with.to_owned()));
    }
    let others: Vec<String> = names.into_iter().filter(|n| n != addressee.trim()).collect();
    (true, (!others.is_empty()).then(|| dutch::join(&others)))
}

/// The notice's deadline as letters state it.
pub(crate) fn deadline_text(case: &Case) -> DeadlineText {
    DeadlineText {
        date: DateText::new(case.deadline.date),
        term: term_text(case.deadline.term),
        moved: match case.deadline.term {
            Term::Days(n) => {
                case.letter.date.checked_add_days(chrono::Days::new(u64::from(n)))
                    != Some(case.deadline.date)
            }
            Term::WorkingDays(_) | Term::Date => false,
        },
        next: DateText::new(case.deadline.date.succ_opt().unwrap_or(case.deadline.date)),
    }
}

/// What the notice announces if the term passes.
pub(crate) fn consequences(case: &Case) -> Consequences {
    let has = |c: Consequence| case.consequences.contains(&c);
    Consequences {
        damages: has(Consequence::Damages),
        termination: has(Consequence::Termination),
        third_party: has(Consequence::ThirdParty),
        replacement_damages: has(Consequence::ReplacementDamages),
    }
}

/// The date by which the notice asks the supplier to confirm, with a plan of approach.
pub(crate) fn confirm_by(case: &Case) -> Option<DeadlineText> {
    case.confirm_within.map(|c| DeadlineText {
        date: DateText::new(c.date),
        term: term_text(Term::WorkingDays(c.working_days)),
        moved: false,
        next: DateText::new(c.date.succ_opt().unwrap_or(c.date)),
    })
}

/// "ict@… of 030 123 4567": how the supplier can reach the sender.
pub(crate) fn reach(party: &Party) -> Option<String> {
    match (&party.email, &party.phone) {
        (Some(email), Some(phone)) => Some(format!("{email} of {phone}")),
        (Some(one), None) | (None, Some(one)) => Some(one.clone()),
        (None, None) => None,
    }
}

/// The placed parts of a letter from the sender to the supplier, dated `date`, about `subject`;
/// `kind` names the document in the PDF's properties ("Ingebrekestelling").
pub(crate) fn header(case: &Case, date: NaiveDate, subject: String, kind: &str) -> Header {
    let sender = &case.sender.party;
    let supplier = &case.supplier.party;
    let attention = case.supplier.attention.as_ref();
    let addressee = attention.map(|a| dutch::addressee(&a.name, a.form));
    let attention_line = match (attention, &addressee) {
        (Some(a), Some(name)) => match &a.role {
            Some(role) => format!("t.a.v. {name}, {role}"),
            None => format!("t.a.v. {name}"),
        },
        _ => "t.a.v. de directie".to_owned(),
    };
    let recipient_address = address_lines(&supplier.address);
    let mut lines = vec![supplier.organisation.clone(), attention_line.clone()];
    lines.extend(recipient_address.iter().cloned());
    let contract = &case.contract;
    let mut keywords = vec![kind.to_lowercase()];
    keywords.extend(case.letter.reference.iter().cloned());
    keywords.push(contract.title.clone());
    keywords.extend(contract.reference.iter().cloned());
    keywords.push(supplier.organisation.clone());
    Header {
        sender: letterhead(sender),
        delivery: dutch::capitalize(&delivery(&case.letter.sent_by, supplier.email.as_deref())),
        recipient: Recipient {
            organisation: supplier.organisation.clone(),
            attention: attention_line,
            addressee,
            address: recipient_address,
            lines,
            email: supplier.email.clone(),
        },
        date: DateText::new(date),
        place_and_date: format!("{}, {}", case.letter.place, dutch::date(date)),
        our_reference: case.letter.reference.clone(),
        their_reference: case.letter.their_reference.clone(),
        subject: subject.clone(),
        salutation: dutch::salutation(attention.map(|a| (a.name.as_str(), a.form))),
        closing: match case.letter.tone {
            Tone::Constructive => "Met vriendelijke groet,",
            Tone::Formal => "Hoogachtend,",
        }
        .to_owned(),
        signature: Signature {
            mandate: case.sender.mandate.clone(),
            name: case.sender.signatory.clone(),
            role: case.sender.signatory_role.clone(),
            organisation: sender.organisation.clone(),
        },
        names: names(case),
        metadata: Metadata {
            title: subject,
            author: format!("{}, {}", case.sender.signatory, sender.organisation),
            subject: kind.to_owned(),
            keywords,
        },
    }
}

/// The parties' names as sentences use them.
pub(crate) fn names(case: &Case) -> Names {
    let sender = case.sender.party.name_in_sentence();
    let supplier = case.supplier.party.name_in_sentence();
    Names {
        sender_start: dutch::capitalize(&sender),
        sender,
        supplier_start: dutch::capitalize(&supplier),
        supplier,
    }
}

/// The days within which suspended payments are made after performance.
pub const SUSPENSION_PAY_DAYS: u32 = 14;

/// Builds the notice of default from a valid case.
pub fn compose(case: &Case) -> Letter {
    let subject = format!("Ingebrekestelling – {}", contract_name(&case.contract));
    let breaches = breach_items(case);
    let recurring: Vec<RecurringItem> = case
        .breaches
        .iter()
        .enumerate()
        .filter(|(_, b)| b.recurring)
        .map(|(i, b)| RecurringItem { number: i + 1, clause: b.clause.clone() })
        .collect();
    Letter {
        header: header(case, case.letter.date, subject, "Ingebrekestelling"),
        tone: case.letter.tone,
        contract: contract_text(&case.contract),
        announced_by_phone: case.letter.announced_by_phone.map(DateText::new),
        history: contact_items(case),
        breach_numbers: numbers(breaches.len()),
        breaches,
        deadline: deadline_text(case),
        confirm_by: confirm_by(case),
        consequences: consequences(case),
        payments_suspended: case.payments_suspended,
        suspended_payments: case.suspended_payments.clone(),
        suspension_pay_days: SUSPENSION_PAY_DAYS,
        recurring_numbers: dutch::join(
            &recurring.iter().map(|r| r.number.to_string()).collect::<Vec<_>>(),
        ),
        recurring,
        terms_clause: case.contract.nldigital().then(|| {
            case.contract
                .terms_liability_clause
                .clone()
                .unwrap_or_else(|| "de aansprakelijkheidsbepaling".to_owned())
        }),
        reach: reach(&case.sender.party),
        enclosures: enclosure_items(case),
        cc: case.cc.clone(),
    }
}
