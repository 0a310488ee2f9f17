//! The rules of a valid case (CASE-FORMAT.md, "Rules a valid case obeys").
//!
//! [`validate`] is the only way to make a [`Case`]. It reports every problem at once, each at
//! its key path and place, together with the structural problems found while reading; when
//! the case is valid it also returns the advice of [`crate::advice`].

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::advice;
use crate::calendar;
use crate::case::{
    Address, Attention, Breach, Case, Confirmation, Contact, Contract, Deadline, Enclosure,
    FollowUp, LetterDetails, Party, SendMethod, Sender, Supplier, Term,
};
use crate::case_file::{self as file, Field};
use crate::countries;
use crate::diagnostic::{Diagnostic, KeyPath, did_you_mean};
use crate::dutch;
use crate::load::Loaded;
use crate::yaml::Node;

/// The largest term in working days: a longer term is not a term for performance.
pub const MAX_WORKING_DAYS: u32 = 250;
/// The largest term in calendar days.
pub const MAX_DAYS: u32 = 365;

/// A valid case and the advice about it.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The case.
    pub case: Case,
    /// Warnings: the letter is still produced.
    pub advice: Vec<Diagnostic>,
}

/// Checks a loaded case file against every rule. `today` is the letter date when the case has
/// none. Returns the case and its advice, or every problem found (sorted by place).
pub fn validate(loaded: &Loaded, today: NaiveDate) -> Result<Checked, Vec<Diagnostic>> {
    let mut checker = Checker { tree: &loaded.tree, problems: Vec::new() };
    let case = checker.case(&loaded.case_file, today);
    // What reading already reported (a value of the wrong kind, a misspelt key) is not
    // reported again as missing or empty.
    let mut problems = loaded.problems.clone();
    problems.extend(checker.problems.into_iter().filter(|d| {
        d.path.as_ref().is_none_or(|path| !loaded.covered.iter().any(|c| path.starts_with(c)))
    }));
    match case {
        Some(case) if problems.is_empty() => {
            let advice = advice::advise(&case, &loaded.tree);
            Ok(Checked { case, advice })
        }
        _ => {
            sort_by_place(&mut problems);
            Err(problems)
        }
    }
}

/// Sorts diagnostics by file, line and column; those without a place go last.
pub fn sort_by_place(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| {
        d.span.map_or((u16::MAX, u32::MAX, u32::MAX), |s| (s.file.0, s.line, s.column))
    });
}

/// The keys sender and supplier share.
#[derive(Clone, Copy)]
struct PartyFields<'a> {
    organisation: &'a Field<String>,
    kvk: &'a Field<String>,
    registration: &'a Field<String>,
    address: Option<&'a file::AddressFile>,
    email: &'a Field<String>,
    phone: &'a Field<String>,
}

struct Checker<'a> {
    tree: &'a Node,
    problems: Vec<Diagnostic>,
}

/// Paths are built from the top: `p("sender").key("address")`.
fn p(key: &str) -> KeyPath {
    KeyPath::root().key(key)
}

impl Checker<'_> {
    fn error(&mut self, path: &KeyPath, message: impl Into<String>, hint: impl Into<String>) {
        let span = self.tree.locate(path);
        self.problems.push(Diagnostic::error(message).at(path.clone()).span(span).hint(hint));
    }

    /// "… is missing", with the hint "add `organisation: …` under `sender`". Without an
    /// example the key is a section whose keys go below it.
    fn missing(&mut self, path: &KeyPath, what: &str, example: &str) {
        let key = path.last_key().unwrap_or("?");
        let place = match path.parent() {
            parent if parent.is_root() => "at the top level".to_owned(),
            parent => format!("under `{parent}`"),
        };
        let hint = if example.is_empty() {
            format!("add `{key}:` {place}, with its keys indented below it (see `examples/`)")
        } else {
            format!("add `{key}: {example}` {place}")
        };
        self.error(path, format!("{what} is missing"), hint);
    }

    /// A required text: reports it when absent or blank.
    fn required_text(
        &mut self,
        field: &Field<String>,
        path: &KeyPath,
        what: &str,
        example: &str,
    ) -> Option<String> {
        match field {
            Field::Absent => {
                self.missing(path, what, example);
                None
            }
            Field::Invalid => None,
            Field::Present(_) => self.optional_text(field, path),
        }
    }

    /// An optional text: reports it when written but blank.
    fn optional_text(&mut self, field: &Field<String>, path: &KeyPath) -> Option<String> {
        let text = field.get()?;
        let trimmed = text.trim();
        if trimmed.is_empty() {
            self.error(path, "is empty", "write the text, or remove the key if it does not apply");
            return None;
        }
        // A tab typed in a text is a space in the letter.
        Some(trimmed.replace('\t', " "))
    }

    /// An optional text: `Some(None)` when absent, `Some(Some(text))` when usable, `None` when
    /// written but unusable (reported).
    fn optional(&mut self, field: &Field<String>, path: &KeyPath) -> Option<Option<String>> {
        match field {
            Field::Absent => Some(None),
            Field::Invalid => None,
            Field::Present(_) => self.optional_text(field, path).map(Some),
        }
    }

    fn required<T: Clone>(
        &mut self,
        field: &Field<T>,
        path: &KeyPath,
        what: &str,
        example: &str,
    ) -> Option<T> {
        if field.is_absent() {
            self.missing(path, what, example);
        }
        field.cloned()
    }

    /// A date that may not lie after the letter date.
    fn not_after_letter(
        &mut self,
        date: Option<NaiveDate>,
        path: &KeyPath,
        what: &str,
        letter: Option<NaiveDate>,
    ) {
        if let (Some(date), Some(letter)) = (date, letter)
            && date > letter
        {
            self.error(
                path,
                format!(
                    "{what} ({}) lies after the letter date ({})",
                    dutch::date(date),
                    dutch::date(letter)
                ),
                "the letter can only speak of what happened before it; check this date and \
                 `letter.date`",
            );
        }
    }

    fn case(&mut self, f: &file::CaseFile, today: NaiveDate) -> Option<Case> {
        if let Some(version) = f.version.get()
            && *version != 1
        {
            self.error(
                &p("version"),
                format!("format version {version} is not known; this tool reads version 1"),
                "write `version: 1`, or leave the key out",
            );
        }

        let letter_file = f.letter.clone().unwrap_or_default();
        // The letter date is needed by most rules, so it comes first.
        let letter_date = match &letter_file.date {
            Field::Present(d) => Some(d.0),
            Field::Absent => Some(today),
            Field::Invalid => None,
        };

        let sender = self.sender(f.sender.as_ref());
        let supplier = self.supplier(f.supplier.as_ref());
        let letter = self.letter(&letter_file, letter_date, sender.as_ref());
        let contract = self.contract(f.contract.as_ref(), letter_date);
        let enclosures = self.enclosures(f.enclosures.as_deref().unwrap_or_default());
        let breaches = self.breaches(f.breaches.as_deref(), &enclosures, letter_date);
        let history = self.history(f.history.as_deref().unwrap_or_default(), letter_date);
        let min_days = contract.as_ref().and_then(|c| c.minimum_term_days);
        let deadline = self.deadline(f.deadline.as_ref(), letter_date, min_days);
        let confirm_within = self.confirm_within(&f.confirm_within_working_days, letter_date);
        let consequences = self.consequences(f.consequences.as_deref());
        let follow_up = f.follow_up.as_ref().map(|fu| FollowUp {
            date: fu.date.get().map(|d| d.0),
            notice_date: fu.notice_date.get().map(|d| d.0).or(letter_date).unwrap_or(today),
            actions: unique(fu.actions.as_deref().unwrap_or_default()),
            termination_scope: fu.termination_scope.cloned(),
            damages_estimate: fu.damages_estimate.get().map(|a| a.0),
        });
        let cc = self.cc(f.cc.as_deref().unwrap_or_default());

        Some(Case {
            letter: letter?,
            sender: sender?,
            supplier: supplier?,
            contract: contract?,
            breaches: breaches?,
            history: history?,
            deadline: deadline?,
            confirm_within: confirm_within?,
            consequences: consequences?,
            payments_suspended: f.payments_suspended.cloned().unwrap_or(false),
            follow_up,
            enclosures: enclosures?,
            cc: cc?,
        })
    }

    fn letter(
        &mut self,
        f: &file::LetterFile,
        date: Option<NaiveDate>,
        sender: Option<&Sender>,
    ) -> Option<LetterDetails> {
        let path = p("letter");
        let place = self.optional_text(&f.place, &path.key("place"));
        let reference = self.optional_text(&f.reference, &path.key("reference"));
        let their_reference = self.optional_text(&f.their_reference, &path.key("their_reference"));
        let sent_by = match &f.sent_by {
            None => Some(vec![SendMethod::RegisteredMail, SendMethod::Email]),
            Some(list) => self.unique_list(
                list,
                &path.key("sent_by"),
                "way of sending",
                "[registered_mail, email]",
            ),
        };
        let announced = f.announced_by_phone.get().map(|d| d.0);
        self.not_after_letter(
            announced,
            &path.key("announced_by_phone"),
            "the announcement call",
            date,
        );
        let place = match place {
            Some(place) => place,
            None => sender?.party.address.city.clone(),
        };
        Some(LetterDetails {
            date: date?,
            date_given: !f.date.is_absent(),
            place,
            reference,
            their_reference,
            sent_by: sent_by?,
            tone: f.tone.cloned().unwrap_or_default(),
            announced_by_phone: announced,
        })
    }

    /// A list of choices that must not be empty and may name each choice once.
    fn unique_list<T: Clone + PartialEq>(
        &mut self,
        list: &[Field<T>],
        path: &KeyPath,
        what: &str,
        example: &str,
    ) -> Option<Vec<T>> {
        if list.is_empty() {
            self.error(
                path,
                format!("lists no {what}"),
                format!("write for example `{}: {example}`", path.last_key().unwrap_or("?")),
            );
            return None;
        }
        let mut out: Vec<T> = Vec::new();
        let mut ok = true;
        for (i, item) in list.iter().enumerate() {
            match item {
                Field::Present(v) if out.contains(v) => {
                    self.error(&path.index(i), "is listed twice", "remove the second one");
                    ok = false;
                }
                Field::Present(v) => out.push(v.clone()),
                Field::Absent => {
                    self.error(
                        &path.index(i),
                        "is an empty entry",
                        "remove the empty `-` line or the extra comma",
                    );
                    ok = false;
                }
                Field::Invalid => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn party(&mut self, f: &PartyFields<'_>, path: &KeyPath, who: &str) -> Option<Party> {
        let PartyFields { organisation, kvk, registration, address, email, phone } = *f;
        let organisation = self.required_text(
            organisation,
            &path.key("organisation"),
            &format!("the {who}'s organisation name"),
            "<legal name, e.g. Zorggroep Oost B.V.>",
        );
        let kvk = self.kvk(kvk, &path.key("kvk"));
        let registration = self.optional_text(registration, &path.key("registration"));
        let address = match address {
            Some(a) => self.address(a, &path.key("address")),
            None => {
                self.missing(&path.key("address"), &format!("the {who}'s address"), "");
                None
            }
        };
        let email = self.email(email, &path.key("email"));
        let phone = self.optional_text(phone, &path.key("phone"));
        Some(Party {
            organisation: organisation?,
            kvk: kvk?,
            registration,
            address: address?,
            email: email?,
            phone,
        })
    }

    fn sender(&mut self, f: Option<&file::SenderFile>) -> Option<Sender> {
        let path = p("sender");
        let Some(f) = f else {
            self.missing(&path, "the sender (your organisation)", "");
            return None;
        };
        let fields = PartyFields {
            organisation: &f.organisation,
            kvk: &f.kvk,
            registration: &f.registration,
            address: f.address.as_ref(),
            email: &f.email,
            phone: &f.phone,
        };
        let party = self.party(&fields, &path, "sender");
        let signatory_path = path.key("signatory");
        let (name, role) = match &f.signatory {
            None => {
                self.missing(&signatory_path, "the signatory (who signs the letter)", "");
                (None, None)
            }
            Some(s) => (
                self.required_text(
                    &s.name,
                    &signatory_path.key("name"),
                    "the signatory's name",
                    "<name, e.g. J. de Vries>",
                ),
                self.optional_text(&s.role, &signatory_path.key("role")),
            ),
        };
        Some(Sender { party: party?, signatory: name?, signatory_role: role })
    }

    fn supplier(&mut self, f: Option<&file::SupplierFile>) -> Option<Supplier> {
        let path = p("supplier");
        let Some(f) = f else {
            self.missing(&path, "the supplier", "");
            return None;
        };
        let fields = PartyFields {
            organisation: &f.organisation,
            kvk: &f.kvk,
            registration: &f.registration,
            address: f.address.as_ref(),
            email: &f.email,
            phone: &f.phone,
        };
        let party = self.party(&fields, &path, "supplier");
        let attention = match &f.attention {
            None => Some(None),
            Some(a) => {
                let at = path.key("attention");
                let name = self.required_text(
                    &a.name,
                    &at.key("name"),
                    "the addressee's name",
                    "<name, e.g. P. Bakker>",
                );
                let role = self.optional_text(&a.role, &at.key("role"));
                let form = a.form.cloned().unwrap_or_default();
                name.map(|name| Some(Attention { name, form, role }))
            }
        };
        Some(Supplier { party: party?, attention: attention? })
    }

    fn kvk(&mut self, field: &Field<String>, path: &KeyPath) -> Option<Option<String>> {
        let Some(text) = self.optional(field, path)? else {
            return Some(None);
        };
        if text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit()) {
            Some(Some(text))
        } else {
            self.error(
                path,
                format!("`{text}` is not a KVK number: it must be exactly 8 digits"),
                "write the 8 digits without spaces, in quotes: `kvk: \"12345678\"`; for a \
                 company outside the Netherlands use `registration`",
            );
            None
        }
    }

    fn email(&mut self, field: &Field<String>, path: &KeyPath) -> Option<Option<String>> {
        let Some(text) = self.optional(field, path)? else {
            return Some(None);
        };
        if is_email(&text) {
            Some(Some(text))
        } else {
            let hint = if text.contains(['<', '>', '"']) {
                "write only the address, without a name, quotes or `<` and `>`, e.g. \
                 ict@zorggroep-oost.nl"
            } else {
                "an e-mail address has one `@` and a domain with a dot, e.g. \
                 ict@zorggroep-oost.nl"
            };
            self.error(path, format!("`{text}` is not an e-mail address"), hint);
            None
        }
    }

    fn address(&mut self, f: &file::AddressFile, path: &KeyPath) -> Option<Address> {
        let street = self.required_text(
            &f.street,
            &path.key("street"),
            "the street",
            "<street and number, or Postbus 1200>",
        );
        let city = self.required_text(&f.city, &path.key("city"), "the city", "<city>");
        let country = match self.optional(&f.country, &path.key("country")) {
            None => None,
            Some(None) => Some(None),
            Some(Some(code)) => match countries::lookup(&code) {
                Some(c) if c.code == "NL" => Some(None),
                Some(c) => Some(Some(c)),
                None => {
                    let hint = match code.to_uppercase().as_str() {
                        "NLD" | "HOLLAND" | "NEDERLAND" => "the Netherlands is `NL`".to_owned(),
                        "BEL" | "BELGIE" | "BELGIË" => "Belgium is `BE`".to_owned(),
                        "DEU" | "DUITSLAND" | "GERMANY" => "Germany is `DE`".to_owned(),
                        _ => "use the two-letter ISO 3166 code, e.g. `NL`, `BE`, `DE`".to_owned(),
                    };
                    self.error(
                        &path.key("country"),
                        format!("`{code}` is not a known country code"),
                        hint,
                    );
                    None
                }
            },
        };
        let postcode_path = path.key("postcode");
        let postcode = match (self.optional(&f.postcode, &postcode_path), &country) {
            (None, _) => None,
            (Some(None), _) => {
                self.missing(&postcode_path, "the postcode", "3511 AB");
                None
            }
            (Some(Some(code)), Some(None)) => match dutch::postcode(&code) {
                Some(printed) => Some(printed),
                None => {
                    self.error(
                        &postcode_path,
                        format!("`{code}` is not a Dutch postcode"),
                        "a Dutch postcode is 4 digits and 2 letters, e.g. 3511 AB (not starting \
                         with 0; not SA, SD or SS); for an address abroad add `country:`",
                    );
                    None
                }
            },
            (Some(Some(code)), _) => Some(code),
        };
        Some(Address { street: street?, postcode: postcode?, city: city?, country: country? })
    }

    fn contract(
        &mut self,
        f: Option<&file::ContractFile>,
        letter: Option<NaiveDate>,
    ) -> Option<Contract> {
        let path = p("contract");
        let Some(f) = f else {
            self.missing(&path, "the contract", "");
            return None;
        };
        let title = self.required_text(
            &f.title,
            &path.key("title"),
            "the contract's title",
            "<title, e.g. Overeenkomst SaaS-dienstverlening EPD>",
        );
        let reference = self.optional_text(&f.reference, &path.key("reference"));
        let general_terms = self.optional_text(&f.general_terms, &path.key("general_terms"));
        let date = f.date.get().map(|d| d.0);
        self.not_after_letter(date, &path.key("date"), "the contract date", letter);
        let minimum = self.days(&f.minimum_term_days, &path.key("minimum_term_days"), MAX_DAYS);
        Some(Contract {
            title: title?,
            reference,
            date,
            general_terms,
            minimum_term_days: minimum?,
        })
    }

    /// A number of days: whole, at least 1, at most `max`.
    fn days(&mut self, field: &Field<u32>, path: &KeyPath, max: u32) -> Option<Option<u32>> {
        match field {
            Field::Absent => Some(None),
            Field::Invalid => None,
            Field::Present(0) => {
                self.error(path, "must be at least 1", "give a number of days of 1 or more");
                None
            }
            Field::Present(n) if *n > max => {
                self.error(
                    path,
                    format!("{n} is more than the maximum of {max}"),
                    "a term for performance is counted in days or weeks; a longer term is not \
                     a term for performance",
                );
                None
            }
            Field::Present(n) => Some(Some(*n)),
        }
    }

    fn enclosures(&mut self, list: &[file::EnclosureFile]) -> Option<Vec<Enclosure>> {
        let mut out = Vec::new();
        let mut ok = true;
        let mut seen = HashSet::new();
        for (i, e) in list.iter().enumerate() {
            let path = p("enclosures").index(i);
            let id = self.required_text(
                &e.id,
                &path.key("id"),
                "the enclosure's id",
                "<short name, e.g. storingsoverzicht>",
            );
            let title = self.required_text(
                &e.title,
                &path.key("title"),
                "the enclosure's title",
                "<title as listed under Bijlagen>",
            );
            if let Some(id) = &id
                && !seen.insert(id.clone())
            {
                self.error(
                    &path.key("id"),
                    format!("the id `{id}` is used twice"),
                    "give each enclosure its own id",
                );
                ok = false;
            }
            match (id, title) {
                (Some(id), Some(title)) => out.push(Enclosure { id, title }),
                _ => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn breaches(
        &mut self,
        list: Option<&[file::BreachFile]>,
        enclosures: &Option<Vec<Enclosure>>,
        letter: Option<NaiveDate>,
    ) -> Option<Vec<Breach>> {
        let path = p("breaches");
        let list = match list {
            None => {
                self.error(
                    &path,
                    "the list of shortcomings is missing",
                    "add `breaches:` with at least one shortcoming below it: `- obligation:`, \
                     `facts:` and `required_action:` (see `examples/`)",
                );
                return None;
            }
            Some([]) => {
                self.error(
                    &path,
                    "lists no shortcomings",
                    "a notice needs at least one specific shortcoming under `breaches:`",
                );
                return None;
            }
            Some(list) => list,
        };
        let mut out = Vec::new();
        let mut ok = true;
        for (i, b) in list.iter().enumerate() {
            let at = path.index(i);
            let obligation = self.required_text(
                &b.obligation,
                &at.key("obligation"),
                "the obligation",
                "<what the supplier promised>",
            );
            let facts = self.required_text(
                &b.facts,
                &at.key("facts"),
                "the description of the facts",
                "<what happened, since when, measured values>",
            );
            let action = self.required_text(
                &b.required_action,
                &at.key("required_action"),
                "the required action",
                "<what the supplier must do>",
            );
            let clause = self.optional_text(&b.clause, &at.key("clause"));
            let since = b.since.get().map(|d| d.0);
            self.not_after_letter(since, &at.key("since"), "the start of the shortcoming", letter);
            let evidence = self.evidence(
                b.evidence.as_deref().unwrap_or_default(),
                &at.key("evidence"),
                enclosures,
            );
            match (obligation, facts, action, evidence) {
                (Some(obligation), Some(facts), Some(required_action), Some(evidence)) => {
                    out.push(Breach {
                        obligation,
                        clause,
                        facts,
                        since,
                        required_action,
                        evidence,
                    });
                }
                _ => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn evidence(
        &mut self,
        ids: &[Field<String>],
        path: &KeyPath,
        enclosures: &Option<Vec<Enclosure>>,
    ) -> Option<Vec<usize>> {
        let known: Vec<&str> = enclosures.iter().flatten().map(|e| e.id.as_str()).collect();
        let mut out = Vec::new();
        let mut ok = true;
        for (i, id) in ids.iter().enumerate() {
            let Some(id) = self.optional_text(id, &path.index(i)) else {
                ok = false;
                continue;
            };
            match known.iter().position(|k| *k == id) {
                Some(n) if out.contains(&n) => {}
                Some(n) => out.push(n),
                // Enclosures that failed to read are reported there.
                None if enclosures.is_none() => ok = false,
                None => {
                    let hint = match (did_you_mean(&id, &known), known.is_empty()) {
                        (Some(close), _) => format!("did you mean `{close}`?"),
                        (None, true) => {
                            "add the document under `enclosures:` with this id and a title"
                                .to_owned()
                        }
                        (None, false) => {
                            format!("the enclosure ids are {}", crate::diagnostic::one_of(&known))
                        }
                    };
                    self.error(&path.index(i), format!("no enclosure has the id `{id}`"), hint);
                    ok = false;
                }
            }
        }
        ok.then_some(out)
    }

    fn history(
        &mut self,
        list: &[file::ContactFile],
        letter: Option<NaiveDate>,
    ) -> Option<Vec<Contact>> {
        let mut out = Vec::new();
        let mut ok = true;
        for (i, c) in list.iter().enumerate() {
            let at = p("history").index(i);
            let date =
                self.required(&c.date, &at.key("date"), "the date of the contact", "2026-10-05");
            let channel = self.required(&c.channel, &at.key("channel"), "the channel", "phone");
            let summary = self.required_text(
                &c.summary,
                &at.key("summary"),
                "the summary",
                "<what was said or promised>",
            );
            let with = self.optional_text(&c.with, &at.key("with"));
            let confirmed = c.confirmed_in_writing.get().map(|d| d.0);
            let date = date.map(|d| d.0);
            self.not_after_letter(date, &at.key("date"), "this contact", letter);
            self.not_after_letter(
                confirmed,
                &at.key("confirmed_in_writing"),
                "the written confirmation",
                letter,
            );
            if let (Some(contact), Some(confirmation)) = (date, confirmed)
                && confirmation < contact
            {
                self.error(
                    &at.key("confirmed_in_writing"),
                    format!(
                        "the confirmation ({}) is older than the contact it confirms ({})",
                        dutch::date(confirmation),
                        dutch::date(contact)
                    ),
                    "give the date of the e-mail or letter that confirmed this contact",
                );
            }
            match (date, channel, summary) {
                (Some(date), Some(channel), Some(summary)) => {
                    out.push(Contact {
                        date,
                        channel,
                        with,
                        summary,
                        confirmed_in_writing: confirmed,
                    });
                }
                _ => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn deadline(
        &mut self,
        f: Option<&file::DeadlineFile>,
        letter: Option<NaiveDate>,
        minimum: Option<u32>,
    ) -> Option<Deadline> {
        let path = p("deadline");
        let Some(f) = f else {
            self.error(
                &path,
                "the deadline is missing",
                "add for example `deadline:` with `working_days: 10` indented below it (or `days: 14`, or `date: 2026-12-15`)",
            );
            return None;
        };
        let given = [
            (!f.working_days.is_absent()).then_some("working_days"),
            (!f.days.is_absent()).then_some("days"),
            (!f.date.is_absent()).then_some("date"),
        ];
        let given: Vec<&str> = given.into_iter().flatten().collect();
        match given.len() {
            0 => {
                self.error(
                    &path,
                    "gives no term",
                    "give one of `working_days: 10`, `days: 14` or `date: 2026-12-15`",
                );
                return None;
            }
            1 => {}
            _ => {
                self.error(
                    &path,
                    format!(
                        "gives {}; give exactly one",
                        crate::diagnostic::one_of(&given).replace(" or ", " and ")
                    ),
                    "keep the one you mean and remove the others",
                );
                return None;
            }
        }
        let working_days =
            self.days(&f.working_days, &path.key("working_days"), MAX_WORKING_DAYS)?;
        let days = self.days(&f.days, &path.key("days"), MAX_DAYS)?;
        let letter = letter?;
        let (term, term_path) = match (working_days, days) {
            (Some(n), _) => (Term::WorkingDays(n), path.key("working_days")),
            (None, Some(n)) => (Term::Days(n), path.key("days")),
            (None, None) => (Term::Date, path.key("date")),
        };
        let date = if let Some(date) = term.end_from(letter) {
            date
        } else {
            let date = f.date.get()?.0;
            if date <= letter {
                self.error(
                    &term_path,
                    format!(
                        "the deadline ({}) must fall after the letter date ({})",
                        dutch::date(date),
                        dutch::date(letter)
                    ),
                    "choose a later date, or give the term as `working_days: 10`",
                );
                return None;
            }
            date
        };
        if let Some(min) = minimum {
            let given_days = date.signed_duration_since(letter).num_days();
            if given_days < i64::from(min) {
                let earliest = letter + chrono::Duration::days(i64::from(min));
                self.error(
                    &term_path,
                    format!(
                        "the contract requires a term of at least {min} days, but the deadline ({}) is {given_days} days after the letter date",
                        dutch::date(date)
                    ),
                    format!("choose a deadline on or after {} (`contract.minimum_term_days`)", dutch::date(earliest)),
                );
                return None;
            }
        }
        Some(Deadline { term, date })
    }

    fn confirm_within(
        &mut self,
        field: &Field<u32>,
        letter: Option<NaiveDate>,
    ) -> Option<Option<Confirmation>> {
        let n = self.days(field, &p("confirm_within_working_days"), MAX_WORKING_DAYS)?;
        match n {
            None => Some(None),
            Some(n) => Some(Some(Confirmation {
                working_days: n,
                date: calendar::add_working_days(letter?, n),
            })),
        }
    }

    fn consequences(
        &mut self,
        list: Option<&[Field<file::Consequence>]>,
    ) -> Option<Vec<file::Consequence>> {
        match list {
            None => Some(vec![file::Consequence::Damages, file::Consequence::Termination]),
            Some(list) => {
                self.unique_list(list, &p("consequences"), "consequence", "[damages, termination]")
            }
        }
    }

    fn cc(&mut self, list: &[Field<String>]) -> Option<Vec<String>> {
        let mut out = Vec::new();
        let mut ok = true;
        for (i, name) in list.iter().enumerate() {
            let path = p("cc").index(i);
            match (name, self.optional_text(name, &path)) {
                (_, Some(name)) => out.push(name),
                (Field::Absent, None) => {
                    self.error(&path, "is an empty entry", "remove the empty entry");
                    ok = false;
                }
                _ => ok = false,
            }
        }
        ok.then_some(out)
    }
}

/// The items that could be read, each once, in order.
fn unique<T: Clone + PartialEq>(list: &[Field<T>]) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    for item in list.iter().filter_map(Field::get) {
        if !out.contains(item) {
            out.push(item.clone());
        }
    }
    out
}

/// One `@`, a non-empty local part, a domain with a dot and no empty labels, no spaces.
fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !text.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || matches!(c, ',' | ';' | '<' | '>' | '(' | ')' | '"')
        })
        && domain.contains('.')
        && domain.split('.').all(|label| !label.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses() {
        for ok in ["a@b.nl", "ict@zorggroep-oost.nl", "j.de.vries@sub.example.com"] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in [
            "a.nl",
            "a@b",
            "a@@b.nl",
            "a@b..nl",
            "@b.nl",
            "a b@c.nl",
            "a@.nl",
            "a@b.nl.",
            "a@b,c.nl",
            "<a@b.nl>",
            "\"A\" a@b.nl",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }
}
