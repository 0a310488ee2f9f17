//! The term for performance and the two-step request to confirm within a shorter term.

use chrono::NaiveDate;

use super::{Checker, MAX_DAYS, MAX_WORKING_DAYS, p};
use crate::calendar;
use crate::case::{Confirmation, Deadline, Term};
use crate::case_file::{self as file, Field};
use crate::diagnostic::KeyPath;
use crate::dutch;

impl Checker<'_> {
    /// A number of days: whole, at least 1, at most `max`.
    pub(super) fn days(
        &mut self,
        field: &Field<u32>,
        path: &KeyPath,
        max: u32,
    ) -> Option<Option<u32>> {
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

    pub(super) fn deadline(
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
                        crate::diagnostic::one_of_text(&given).replace(" or ", " and ")
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

    pub(super) fn confirm_within(
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
}
