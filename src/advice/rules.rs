//! Every piece of advice in one table: its code, what it is about, the message, why it
//! matters (with the article of law or the practice behind it) and what to do. A reviewing
//! lawyer reads the advice here; the modules beside this one only decide when a row applies
//! and fill in its `{placeholders}`.

/// One piece of advice.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// The stable code, shown as `warning[code]`.
    pub code: &'static str,
    /// The part of the case it judges.
    pub part: Part,
    /// One line for documentation.
    pub summary: &'static str,
    /// The message, with `{placeholders}`.
    pub message: &'static str,
    /// Why it matters, with its source.
    pub why: &'static str,
    /// What to do, with `{placeholders}`.
    pub hint: &'static str,
}

/// The part of the case a rule judges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Sender and supplier.
    Parties,
    /// The contract and its terms.
    Contract,
    /// The shortcomings.
    Breaches,
    /// The contacts so far.
    History,
    /// The term, and how the letter is sent.
    Term,
    /// The letter after the term.
    FollowUp,
}

/// The advice, grouped by the part of the case it judges.
pub const RULES: &[Rule] = &[
    // Parties.
    Rule {
        code: "signatory-without-role",
        part: Part::Parties,
        summary: "the signatory has no role",
        message: "the signatory, {name}, has no role",
        why: "only someone who may represent the organisation (a director, or someone with a \
              power of attorney) can validly send the notice (art. 2:130 and 2:240 BW); the role \
              shows it",
        hint: "add `role:` under `sender.signatory`, e.g. `role: Directeur Bedrijfsvoering`",
    },
    Rule {
        code: "mandate",
        part: Part::Parties,
        summary: "a public body signs without `signatory.mandate`",
        message: "{organisation} is a public body, and the letter does not say on whose behalf \
                  {name} signs",
        why: "a notice of default is a private-law act: for a municipality the college decides \
              on it and the mayor represents the municipality (Gemeentewet art. 160 lid 1 sub e \
              and art. 171), usually through an official under the mandate decree (Awb art. \
              10:12 with art. 3:60 BW); a supplier may reject a declaration whose authority is \
              not shown (art. 3:71 BW)",
        hint: "add `mandate:` under `sender.signatory` in the form your mandate decree \
               prescribes, e.g. `Burgemeester en wethouders van Tiel, namens dezen,` or `De \
               burgemeester van Tiel, namens deze,`",
    },
    Rule {
        code: "state-party",
        part: Part::Parties,
        summary: "the sender is a ministry, which is not a legal person",
        message: "{organisation} is not a legal person: the party to the contract is de Staat \
                  der Nederlanden",
        why: "a ministry has no legal personality of its own; the State has (art. 2:1 lid 1 \
              BW), so the notice is sent in the State's name",
        hint: "write `organisation: Staat der Nederlanden ({organisation})` with `article: de`, \
               as the party is named in the contract",
    },
    Rule {
        code: "article",
        part: Part::Parties,
        summary: "a name such as \"Gemeente …\" without `article`",
        message: "the name {organisation} takes an article in a sentence, and `article` is not \
                  given",
        why: "in running text the letter says \"de gemeente Tiel\" or \"het waterschap\"; \
              without the article it reads \"Gemeente Tiel heeft u gewezen op …\", which a \
              careful reader notices",
        hint: "add `article: de` (or `het`) under `{party}`",
    },
    Rule {
        code: "attention-not-authorised",
        part: Part::Parties,
        summary: "the addressee's role is not one that can receive for the supplier",
        message: "the letter is addressed to {who}, who may not be authorised to receive it for \
                  {supplier}",
        why: "the notice works only once it reaches the supplier itself (art. 3:37 lid 3 BW); a \
              project or account manager is not always the one who receives for the company, \
              and many contracts name an address for notices",
        hint: "check the contract's notice clause; address the letter to the directie at that \
               address or the registered office (remove `attention`), and put {name} in `cc`",
    },
    Rule {
        code: "email-without-address",
        part: Part::Parties,
        summary: "the letter is sent by e-mail but the supplier has no `email`",
        message: "the letter is sent by e-mail, but the supplier has no e-mail address",
        why: "the letter names the address it was e-mailed to, so that you can show where it \
              went; an address used before in your contacts is the safest (art. 3:37 lid 3 BW)",
        hint: "add `email:` under `supplier`, or remove `email` from `letter.sent_by`",
    },
    // The contract.
    Rule {
        code: "governing-law",
        part: Part::Contract,
        summary: "the supplier is outside the Netherlands and `governing_law` is not given",
        message: "the supplier is established in {country}, and the case does not say which law \
                  governs the contract",
        why: "without a choice of law, the law of the country where the service provider has \
              its habitual residence applies (Rome I, art. 4 lid 1 sub b, with art. 19), and \
              that law governs the consequences of a breach (art. 12 lid 1 sub c); this letter \
              is built on Dutch law",
        hint: "find the choice of law in the contract and add `governing_law: Nederlands recht` \
               with `governing_law_source: artikel … van de overeenkomst` under `contract`; if \
               the contract has none, have a lawyer look at this first",
    },
    Rule {
        code: "terms-expiry",
        part: Part::Contract,
        summary: "a claim for damages may soon lapse under the supplier's general terms",
        message: "under {terms} a claim for damages {lapses} {date}",
        why: "sets such as NLdigital's let a claim for damages lapse a fixed time after it \
              arose, commonly 24 months; interrupting prescription (as this letter does) does \
              not stop that, only legal action in time does. Likewise the right to dissolve \
              is interrupted only when legal action follows within six months (art. 3:317 lid \
              2 BW)",
        hint: "check the period in the text of {terms}; if it ends soon, see a lawyer about \
               starting proceedings in time",
    },
    Rule {
        code: "payments-suspended",
        part: Part::Contract,
        summary: "the sender has stopped paying under NLdigital terms",
        message: "payments to the supplier are suspended, and {terms} exclude that",
        why: "the NLdigital terms exclude suspension and set-off by the customer; if they apply \
              and the suspension is not justified, you are in default of payment yourself, and \
              stopping payment usually makes the supplier stop delivering (art. 6:262 BW)",
        hint: "consider paying under protest with a reservation of rights, or have a lawyer \
               check whether the exclusion holds before you keep the payments back",
    },
    Rule {
        code: "suspended-payments",
        part: Part::Contract,
        summary: "the sender has stopped paying, and the letter does not say which payments",
        message: "payments to the supplier are suspended, but the letter does not say which",
        why: "an unexplained suspension looks like a breach of your own; it is lawful only in \
              proportion to the shortcoming (art. 6:262 lid 2 BW), and it usually makes the \
              supplier stop delivering",
        hint: "add `suspended_payments:` with the invoices or the amount, e.g. `de facturen \
               2026-118 en 2026-131, samen € 9.600,00`: the letter then suspends them on the \
               ground of art. 6:262 BW; or pay under protest with a reservation of rights",
    },
    // The shortcomings.
    Rule {
        code: "breach-without-clause",
        part: Part::Breaches,
        summary: "a shortcoming does not say where the obligation is written",
        message: "shortcoming {n} does not say where the obligation is written",
        why: "the notice must name the obligation precisely so the supplier knows what to \
              perform (art. 6:82 BW); the clause makes it undeniable",
        hint: "add `clause:`, e.g. `Bijlage 2 (SLA), artikel 4.1`",
    },
    Rule {
        code: "thin-facts",
        part: Part::Breaches,
        summary: "the facts of a shortcoming hold no date or number, or fewer than 15 words",
        message: "the facts of shortcoming {n} are thin: {reason}",
        why: "a vague notice may not put the supplier in default: it must describe the \
              shortcoming specifically (art. 6:82 BW), and ICT terms often ask for as much \
              detail as possible",
        hint: "say what happened and since when, with dates, measured values and ticket numbers",
    },
    Rule {
        code: "nldigital-detail",
        part: Part::Breaches,
        summary: "NLdigital terms apply and a shortcoming lacks `clause` or `since`",
        message: "NLdigital terms apply and shortcoming {n} has no {missing}",
        why: "the NLdigital terms only make the supplier liable after a notice that describes \
              the shortcoming as completely and in as much detail as possible",
        hint: "add {missing} to shortcoming {n}",
    },
    Rule {
        code: "late-complaint",
        part: Part::Breaches,
        summary: "the first complaint came more than two months after the shortcoming began",
        message: "shortcoming {n} began on {since}, but the first complaint ({source}, {date}) \
                  came more than two months later",
        why: "you can lose the right to rely on a defect if you do not complain within a \
              reasonable time after you discovered it (art. 6:89 BW)",
        hint: "if you complained earlier, add that contact to `history`; if not, have a lawyer \
               look at this before you send the letter",
    },
    Rule {
        code: "cisg",
        part: Part::Breaches,
        summary: "a shortcoming concerns the delivery of goods by a supplier abroad",
        message: "shortcoming {n} concerns the delivery of goods by a supplier in {country}",
        why: "the Vienna Sales Convention applies to a sale of goods between businesses in \
              different contracting states unless the contract excludes it (art. 6 CISG); it \
              has its own rules on notice of a lack of conformity (art. 39), an additional \
              period for performance (art. 47) and avoidance (art. 49)",
        hint: "check whether the contract excludes the CISG; if not, have a lawyer check the \
               notice against art. 39, 47 and 49 CISG",
    },
    Rule {
        code: "service-credits",
        part: Part::Breaches,
        summary: "a shortcoming mentions service credits or a penalty",
        message: "shortcoming {n} mentions service credits or a penalty",
        why: "service credits and penalties are usually a penalty clause (art. 6:91 BW), and \
              what is owed under one replaces the damages for the same shortcoming unless the \
              contract says otherwise (art. 6:92 lid 2 BW)",
        hint: "check the contract: if the credits replace damages, a claim for damages as well \
               may fail; have a lawyer look at the clause",
    },
    // The contacts so far.
    Rule {
        code: "unconfirmed-contact",
        part: Part::History,
        summary: "a phone call or meeting in `history` is not confirmed in writing",
        message: "the {what} of {date} is not confirmed in writing",
        why: "a confirmation by e-mail fixes what was agreed, gives you evidence (who relies on \
              something must prove it, art. 150 Rv) and lets the supplier correct a \
              misunderstanding at once",
        hint: "confirm the {what} by e-mail (`render --document confirmation --entry {entry}` \
               writes the text), then add `confirmed_in_writing: YYYY-MM-DD` to \
               history[{entry}]",
    },
    Rule {
        code: "history-order",
        part: Part::History,
        summary: "the history is not in date order",
        message: "the history is not in date order: this contact is older than the one before it",
        why: "the letter lists the contacts in file order, and a reader expects them oldest \
              first",
        hint: "put the entries of `history` in date order, oldest first",
    },
    Rule {
        code: "contact-without-about",
        part: Part::History,
        summary: "a call or meeting does not say which shortcomings it concerned",
        message: "it is not known whether the {what} of {date} concerned shortcoming {breach}",
        why: "shortcoming {breach} has no `since`, so the tool cannot tell whether this contact \
              was about it; a confirmation must not list what came up only later",
        hint: "add `about:` with the numbers of the shortcomings to history[{entry}], e.g. \
               `about: [1]`, or `since` to shortcoming {breach}",
    },
    Rule {
        code: "no-announcement-call",
        part: Part::History,
        summary: "the notice is not announced by phone (`letter.announced_by_phone`)",
        message: "the notice has not been announced by phone",
        why: "a call before the letter keeps the relationship intact: the notice does not come \
              as the last straw, and you can explain that it secures your rights (the practice \
              this tool follows)",
        hint: "call the supplier before you send the letter (`render --document call-notes` \
               writes a script for the call), then add `announced_by_phone: YYYY-MM-DD` under \
               `letter`",
    },
    // The term, and how the letter is sent.
    Rule {
        code: "short-term",
        part: Part::Term,
        summary: "the term is shorter than 5 working days",
        message: "the term is only {days} (until {deadline})",
        why: "the term must be reasonable (art. 6:82 BW); a term that is too short invites a \
              dispute about whether the supplier is in default at all (HR 11 oktober 2019, \
              Fraanje/Alukon)",
        hint: "give at least 5 working days, more when the repair takes work; earlier reminders \
               can justify a shorter term",
    },
    Rule {
        code: "short-term-for-work",
        part: Part::Term,
        summary: "under 10 working days from receipt for delivery, implementation or migration",
        message: "the term leaves {days} after the letter is expected to arrive ({receipt}) for \
                  the delivery, implementation or migration of shortcoming {n}",
        why: "the term must be reasonable for what is asked (art. 6:82 BW), and such work takes \
              time; a term that is too short invites a dispute about whether the supplier is in \
              default at all",
        hint: "{advice}",
    },
    Rule {
        code: "deadline-not-working-day",
        part: Part::Term,
        summary: "a fixed deadline falls on a weekend or public holiday",
        message: "the deadline {deadline} falls on {day}",
        why: "nobody can be expected to act on a weekend or public holiday (Algemene \
              termijnenwet); a term that ends on one invites a dispute about the last day",
        hint: "choose {next} instead, or give the term as `working_days`",
    },
    Rule {
        code: "confirmation-after-deadline",
        part: Part::Term,
        summary: "the confirmation date is not before the deadline",
        message: "the supplier is asked to confirm by {confirm}, not before the deadline \
                  ({deadline})",
        why: "the request to confirm is meant to show early whether the supplier will perform \
              within the term (HR 11 oktober 2019, ECLI:NL:HR:2019:1581, Fraanje/Alukon); after \
              the deadline it adds nothing",
        hint: "give fewer working days to confirm, or a longer term",
    },
    Rule {
        code: "short-confirmation-term",
        part: Part::Term,
        summary: "fewer than 3 working days to confirm after the letter is expected to arrive",
        message: "the supplier has {days} after the letter is expected to arrive ({receipt}) to \
                  confirm",
        why: "a request to commit to performance must leave a reasonable time to answer \
              (HR 11 oktober 2019, ECLI:NL:HR:2019:1581, Fraanje/Alukon); a letter by post \
              arrives about two working days after its date",
        hint: "give at least {suggest} working days to confirm (`confirm_within_working_days: \
               {suggest}`); and do not dissolve before the main deadline on an unanswered \
               request alone without legal advice",
    },
    Rule {
        code: "calendar-not-covered",
        part: Part::Term,
        summary: "a year of the term is not in the table of decree days",
        message: "the days declared equal to public holidays in {year} are not known to this tool",
        why: "such days are set by decree for a few years at a time (art. 3 lid 3 Algemene \
              termijnenwet); a term in that year could end on one",
        hint: "check wetten.overheid.nl for a decree that covers {year}, or choose a fixed \
               `date` you have checked",
    },
    Rule {
        code: "no-proof-of-receipt",
        part: Part::Term,
        summary: "the letter is not sent by registered mail, courier or bailiff",
        message: "the letter is not sent by registered mail, courier or bailiff",
        why: "the notice only works once it reaches the supplier, and you must be able to prove \
              that it did (art. 3:37 lid 3 BW); e-mail or ordinary mail alone is hard to prove",
        hint: "send it by registered mail as well: `sent_by: [registered_mail, email]`",
    },
    Rule {
        code: "registered-to-po-box",
        part: Part::Term,
        summary: "a registered letter to a PO box without ordinary mail and e-mail beside it",
        message: "the letter goes by registered mail to a PO box ({street})",
        why: "a registered letter is not handed over at a PO box: the supplier gets a notice to \
              collect it, and may not collect it in time; the notice works only once it arrives \
              (art. 3:37 lid 3 BW)",
        hint: "send it by ordinary mail and e-mail as well: `sent_by: [registered_mail, mail, \
               email]`, or to the street address",
    },
    Rule {
        code: "courier-to-po-box",
        part: Part::Term,
        summary: "a courier or bailiff is to deliver at a PO box",
        message: "the letter goes {method} to a PO box ({street})",
        why: "a courier or bailiff delivers at a street address, not at a PO box, so the letter \
              would not arrive that way",
        hint: "give the supplier's visiting or registered address as `street` (see the KVK \
               register), or send it by registered mail",
    },
    // The letter after the term.
    Rule {
        code: "dissolution-by-email",
        part: Part::FollowUp,
        summary: "the letter after the term dissolves the contract by e-mail only",
        message: "the letter after the term dissolves the contract and goes by e-mail only",
        why: "a dissolution is a written declaration; by e-mail it holds only when the contract \
              was concluded electronically (art. 6:267 lid 1 BW)",
        hint: "send it by registered mail or bailiff as well: `sent_by: [registered_mail, \
               email]`",
    },
    Rule {
        code: "partly-performed",
        part: Part::FollowUp,
        summary: "a dissolution rests only on shortcomings that were performed in part",
        message: "the letter after the term dissolves the contract, but {numbers} performed in \
                  part, and nothing was left unperformed",
        why: "a dissolution needs a shortcoming that justifies it by its weight (art. 6:265 lid \
              1 BW); after partial performance that is open to debate",
        hint: "have a lawyer weigh whether what is left justifies a dissolution, or dissolve \
               only the part concerned",
    },
    Rule {
        code: "termination-part-in-past",
        part: Part::FollowUp,
        summary: "the part to dissolve starts before the letter after the term",
        message: "the part to dissolve starts on {start}, before the date of the letter ({date})",
        why: "a dissolution does not work back in time (art. 6:269 BW): it takes effect when the \
              declaration arrives, and what was performed before is undone under art. 6:271 \
              and 6:272 BW",
        hint: "let the part start on or after the date of the letter",
    },
];

/// Pieces of messages that depend on the case.
pub mod text {
    /// A claim that may still lapse.
    pub const MAY_LAPSE: &str = "may lapse on";
    /// A claim that may have lapsed already.
    pub const MAY_HAVE_LAPSED: &str = "may already have lapsed on";
    /// Thin facts: no digit in them.
    pub const NO_NUMBER: &str = "no date or number";
    /// Thin facts: too few words.
    pub const FEW_WORDS: &str = "only {words} words";
    /// Joins two reasons.
    pub const AND: &str = "{one}, and {two}";
    /// Where the first complaint was made.
    pub const FIRST_CONTACT: &str = "the first contact in `history`";
    /// The notice itself is the first complaint.
    pub const THIS_LETTER: &str = "this letter";
    /// No working day at all.
    pub const NO_WORKING_DAY: &str = "not a single working day";
    /// A number of working days.
    pub const WORKING_DAY: &str = "{n} working day";
    /// A number of working days, more than one.
    pub const WORKING_DAYS: &str = "{n} working days";
    /// A phone call.
    pub const PHONE_CALL: &str = "phone call";
    /// A meeting.
    pub const MEETING: &str = "meeting";
    /// The addressee with a role.
    pub const WITH_ROLE: &str = "{name} ({role})";
    /// By courier.
    pub const BY_COURIER: &str = "by courier";
    /// By bailiff.
    pub const BY_BAILIFF: &str = "by bailiff";
    /// One shortcoming performed in part.
    pub const ONE_PARTLY: &str = "shortcoming {list} was";
    /// Several performed in part.
    pub const MANY_PARTLY: &str = "shortcomings {list} were";
    /// Short term for work, when earlier deadlines or promises are on record.
    pub const WORK_AFTER_WARNINGS: &str = "earlier deadlines and promises in `history` can \
        justify a shorter term (HR 11 oktober 2019, ECLI:NL:HR:2019:1581, Fraanje/Alukon): make \
        sure the letter shows them, or give at least 10 working days from receipt";
    /// Short term for work, with nothing on record.
    pub const WORK_FIRST_NOTICE: &str = "give at least 10 working days, counted from the day \
        the letter arrives; more for a migration";
}

/// The row of `code`.
pub fn rule(code: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.code == code)
}

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_every_row_says_why_and_what_to_do() {
        let mut codes: Vec<&str> = RULES.iter().map(|r| r.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), RULES.len(), "a code is used twice");
        for rule in RULES {
            assert!(!rule.why.is_empty() && !rule.hint.is_empty(), "{}", rule.code);
            assert!(
                rule.code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{}",
                rule.code
            );
        }
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(
            fill("shortcoming {n} of {n}: {x}", &[("n", "2"), ("x", "y")]),
            "shortcoming 2 of 2: y"
        );
    }
}
