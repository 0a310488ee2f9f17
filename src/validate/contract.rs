//! The contract, its general terms and the law that governs it.

use chrono::NaiveDate;

use super::{Checker, MAX_DAYS, p};
use crate::case::Contract;
use crate::case_file as file;
use crate::msg;

impl Checker<'_> {
    pub(super) fn contract(
        &mut self,
        f: Option<&file::ContractFile>,
        letter: Option<NaiveDate>,
    ) -> Option<Contract> {
        let path = p("contract");
        let Some(f) = f else {
            self.missing_section(&path, msg!("rule-what-contract"));
            return None;
        };
        let title = self.required_text(
            &f.title,
            &path.key("title"),
            msg!("rule-what-contract-title"),
            msg!("rule-example-contract-title"),
        );
        let reference = self.optional_text(&f.reference, &path.key("reference"));
        let general_terms = self.optional_text(&f.general_terms, &path.key("general_terms"));
        let date = f.date.get().map(|d| d.0);
        self.not_after_letter(date, &path.key("date"), msg!("rule-what-contract-date"), letter);
        let minimum = self.days(&f.minimum_term_days, &path.key("minimum_term_days"), MAX_DAYS);
        let law = self.optional_text(&f.governing_law, &path.key("governing_law"));
        if let Some(law) = &law
            && !is_dutch_law(law)
        {
            self.rule(&path.key("governing_law"), msg!("rule-foreign-law", law = law));
        }
        let law_source =
            self.optional_text(&f.governing_law_source, &path.key("governing_law_source"));
        if law_source.is_some() && law.is_none() && f.governing_law.is_absent() {
            self.rule(&path.key("governing_law_source"), msg!("rule-law-source-alone"));
        }
        Some(Contract {
            title: title?,
            reference,
            date,
            general_terms,
            minimum_term_days: minimum?,
            governing_law: law,
            governing_law_source: law_source,
            terms_liability_clause: self
                .optional_text(&f.terms_liability_clause, &path.key("terms_liability_clause")),
            exit_clause: self.optional_text(&f.exit_clause, &path.key("exit_clause")),
        })
    }
}

/// Whether a governing law as written is Dutch law: "Nederlands recht", "het Nederlandse
/// recht", "Dutch law", "the laws of the Netherlands".
pub(crate) fn is_dutch_law(text: &str) -> bool {
    const OTHER: &[&str] = &[
        "belg",
        "duits",
        "frans",
        "engels",
        "brits",
        "iers",
        "luxemburg",
        "zwitsers",
        "amerikaans",
        "spaans",
        "italiaans",
        "zweeds",
        "deens",
        "pools",
        "german",
        "french",
        "english",
        "british",
        "irish",
        "swiss",
        "american",
        "new york",
        "delaware",
        "california",
        "uitsluiting",
        "exclusion",
        "excluding",
    ];
    let text = text.to_lowercase();
    ["nederland", "dutch", "netherlands"].iter().any(|word| text.contains(word))
        && !OTHER.iter().any(|word| text.contains(word))
}

#[cfg(test)]
mod tests {
    use super::is_dutch_law;

    #[test]
    fn dutch_law_is_recognised() {
        for dutch in [
            "Nederlands recht",
            "het Nederlandse recht",
            "Dutch law",
            "the laws of the Netherlands",
        ] {
            assert!(is_dutch_law(dutch), "{dutch}");
        }
        for other in [
            "Belgisch recht",
            "Duits recht",
            "English law",
            "droit belge",
            "Belgisch recht, met uitsluiting van Nederlands recht",
        ] {
            assert!(!is_dutch_law(other), "{other}");
        }
    }
}
