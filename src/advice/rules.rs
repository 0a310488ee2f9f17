//! Every piece of advice in one table: its code and the part of the case it judges. The texts
//! are in the catalogue, one message per code: `advice-<code>` is the message, with the
//! attributes `.why` (why it matters, with the article of law or the practice behind it),
//! `.hint` (what to do) and `.summary` (one line for documentation). A reviewing lawyer reads
//! the advice in `locales/nl/advice.ftl`; the modules beside this one only decide when a row
//! applies and give its values.

use crate::catalogue::Message;

/// One piece of advice.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// The stable code, shown as `advies[code]`.
    pub code: &'static str,
    /// The part of the case it judges.
    pub part: Part,
    /// The message in the catalogue: `advice-<code>`.
    pub id: &'static str,
}

impl Rule {
    /// The message, without values yet.
    pub fn message(&self) -> Message {
        Message::new(self.id)
    }

    /// The one line for documentation.
    pub fn summary(&self) -> Message {
        self.message().attribute("summary")
    }
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

/// A row: the code, its part, and the id `advice-<code>` made from the code.
macro_rules! rule {
    ($code:literal, $part:ident) => {
        Rule { code: $code, part: Part::$part, id: concat!("advice-", $code) }
    };
}

/// The advice, grouped by the part of the case it judges.
pub const RULES: &[Rule] = &[
    rule!("signatory-without-role", Parties),
    rule!("mandate", Parties),
    rule!("state-party", Parties),
    rule!("article", Parties),
    rule!("attention-not-authorised", Parties),
    rule!("email-without-address", Parties),
    rule!("governing-law", Contract),
    rule!("terms-expiry", Contract),
    rule!("payments-suspended", Contract),
    rule!("suspended-payments", Contract),
    rule!("breach-without-clause", Breaches),
    rule!("thin-facts", Breaches),
    rule!("nldigital-detail", Breaches),
    rule!("late-complaint", Breaches),
    rule!("cisg", Breaches),
    rule!("service-credits", Breaches),
    rule!("unconfirmed-contact", History),
    rule!("history-order", History),
    rule!("contact-without-about", History),
    rule!("no-announcement-call", History),
    rule!("short-term", Term),
    rule!("short-term-for-work", Term),
    rule!("deadline-not-working-day", Term),
    rule!("confirmation-after-deadline", Term),
    rule!("short-confirmation-term", Term),
    rule!("calendar-not-covered", Term),
    rule!("letter-date-open", Term),
    rule!("no-proof-of-receipt", Term),
    rule!("registered-to-po-box", Term),
    rule!("courier-to-po-box", Term),
    rule!("dissolution-by-email", FollowUp),
    rule!("partly-performed", FollowUp),
    rule!("termination-part-in-past", FollowUp),
];

/// The row of `code`.
pub fn rule(code: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Lang;

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut codes: Vec<&str> = RULES.iter().map(|r| r.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), RULES.len(), "a code is used twice");
        for rule in RULES {
            assert!(
                rule.code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{}",
                rule.code
            );
            assert_eq!(rule.id, format!("advice-{}", rule.code));
        }
    }

    /// The ids are made from the codes, so the test in `catalogue` that looks for the ids
    /// written out in the source cannot see them: this one proves every row has its texts, in
    /// every language.
    #[test]
    fn every_row_has_a_message_a_reason_a_hint_and_a_summary_in_every_language() {
        let mut missing = Vec::new();
        for lang in Lang::ALL {
            for rule in RULES {
                for part in ["", ".why", ".hint", ".summary"] {
                    let id = format!("{}{part}", rule.id);
                    if !Message::exists(lang, &id) {
                        missing.push(format!("{}: {id}", lang.code()));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "not in the catalogue: {missing:#?}");
    }

    #[test]
    fn no_advice_in_the_catalogue_without_a_row() {
        for (_, text) in crate::catalogue::sources(Lang::Nl) {
            for line in text.lines() {
                let Some(id) = line.strip_prefix("advice-") else { continue };
                let id = id.split([' ', '=']).next().unwrap_or_default();
                let known = RULES.iter().any(|r| r.code == id) || HELPERS.contains(&id);
                assert!(known, "`advice-{id}` is in the catalogue, but no row uses it");
            }
        }
    }

    /// Messages in `advice.ftl` that are parts of others, not advice of their own.
    const HELPERS: &[&str] = &["list-and"];

    /// The values that choose a wording give whole Dutch and English phrases, never an English
    /// word in a Dutch sentence.
    #[test]
    fn the_values_choose_the_wording_in_each_language() {
        use Lang::{En, Nl};
        let thin = |reason: &str, words: usize| {
            Message::new("advice-thin-facts")
                .arg("n", 2usize)
                .arg("reason", reason)
                .arg("words", words)
        };
        assert_eq!(
            thin("both", 1).text(Nl),
            "de feiten bij tekortkoming 2 zijn summier: geen datum of getal, en maar 1 woord"
        );
        assert_eq!(
            thin("few-words", 7).text(Nl),
            "de feiten bij tekortkoming 2 zijn summier: maar 7 woorden"
        );
        assert_eq!(
            thin("no-number", 20).text(En),
            "the facts of shortcoming 2 are thin: no date or number"
        );

        let short = |days: usize| {
            Message::new("advice-short-term")
                .arg("days", days)
                .arg("deadline", "vrijdag 4 december 2026")
        };
        assert_eq!(
            short(0).text(Nl),
            "de termijn telt geen enkele werkdag (tot en met vrijdag 4 december 2026)"
        );
        assert_eq!(
            short(1).text(Nl),
            "de termijn is maar 1 werkdag (tot en met vrijdag 4 december 2026)"
        );
        assert_eq!(
            short(3).text(En),
            "the term is only 3 working days (until vrijdag 4 december 2026)"
        );

        let missing = |which: &str| {
            Message::new("advice-nldigital-detail").arg("n", 1usize).arg("missing", which)
        };
        assert_eq!(
            missing("both").text(Nl),
            "de NLdigital Voorwaarden gelden en bij tekortkoming 1 ontbreken `clause` en `since`"
        );
        assert_eq!(
            missing("since").attribute("hint").text(Nl),
            "voeg `since` toe aan tekortkoming 1"
        );
        assert_eq!(missing("clause").attribute("hint").text(En), "add `clause` to shortcoming 1");

        let meeting = Message::new("advice-unconfirmed-contact")
            .arg("what", "meeting")
            .arg("date", "5 oktober 2026")
            .arg("entry", 2usize);
        assert_eq!(
            meeting.text(Nl),
            "het overleg van 5 oktober 2026 is niet schriftelijk bevestigd"
        );
        assert!(meeting.attribute("hint").text(Nl).starts_with("bevestig het overleg per e-mail"));

        let lapsed = Message::new("advice-terms-expiry")
            .arg("terms", "NLdigital Voorwaarden 2020")
            .arg("date", "6 januari 2026")
            .arg("lapsed", "yes");
        assert_eq!(
            lapsed.text(Nl),
            "volgens de algemene voorwaarden (NLdigital Voorwaarden 2020) is een vordering tot \
             schadevergoeding mogelijk al vervallen op 6 januari 2026"
        );
        assert_eq!(
            lapsed.text(En),
            "under NLdigital Voorwaarden 2020 a claim for damages may already have lapsed on 6 januari 2026"
        );

        let sunday = Message::new("advice-deadline-not-working-day")
            .arg("deadline", "zondag 6 december 2026")
            .arg("day", "sunday")
            .arg("holiday", "")
            .arg("next", "maandag 7 december 2026");
        assert_eq!(
            sunday.text(Nl),
            "de uiterste datum, zondag 6 december 2026, valt in het weekend"
        );
        assert_eq!(sunday.text(En), "the deadline zondag 6 december 2026 falls on a Sunday");

        let open = |reason: &str| {
            Message::new("advice-letter-date-open")
                .arg("today", "28 november 2026")
                .arg("deadline", "vrijdag 11 december 2026")
                .arg("reason", reason)
                .arg("iso", "2026-11-28")
        };
        assert!(open("announced").attribute("hint").text(Nl).contains("`date: 2026-11-28`"));
        assert!(
            open("sent")
                .attribute("why")
                .text(Nl)
                .starts_with("de ingebrekestelling is al verstuurd")
        );
        assert!(
            open("sent").attribute("why").text(En).starts_with("the notice has already been sent")
        );
    }

    #[test]
    fn the_summary_is_one_line_in_the_users_language() {
        let Some(rule) = rule("no-proof-of-receipt") else { panic!("no row") };
        assert_eq!(
            rule.summary().text(Lang::Nl),
            "de brief wordt niet aangetekend, per koerier of via een deurwaarder verstuurd"
        );
        assert_eq!(
            rule.summary().text(Lang::En),
            "the letter is not sent by registered mail, courier or bailiff"
        );
    }
}
