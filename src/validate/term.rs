//! The term for performance and the two-step request to confirm within a shorter term.

use chrono::NaiveDate;

use super::{Checker, MAX_DAYS, MAX_WORKING_DAYS, p};
use crate::calendar;
use crate::case::{Confirmation, Deadline, Term};
use crate::case_file::{self as file, Field};
use crate::diagnostic::KeyPath;
use crate::dutch;
use crate::msg;

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
                self.rule(path, msg!("rule-days-zero"));
                None
            }
            Field::Present(n) if *n > max => {
                self.rule(path, msg!("rule-days-too-many", count = *n, max = max));
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
            self.rule(&path, msg!("rule-deadline-missing"));
            return None;
        };
        let given = [
            (!f.working_days.is_absent()).then_some("working_days"),
            (!f.days.is_absent()).then_some("days"),
            (!f.date.is_absent()).then_some("date"),
        ];
        let given: Vec<String> = given.into_iter().flatten().map(|k| format!("`{k}`")).collect();
        match given.len() {
            0 => {
                self.rule(&path, msg!("rule-deadline-none"));
                return None;
            }
            1 => {}
            _ => {
                self.rule(&path, msg!("rule-deadline-several", keys = super::all_of(&given)));
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
                self.rule(
                    &term_path,
                    msg!(
                        "rule-deadline-not-after-letter",
                        date = dutch::date(date),
                        letter = dutch::date(letter)
                    ),
                );
                return None;
            }
            date
        };
        if let Some(min) = minimum {
            let given_days = date.signed_duration_since(letter).num_days();
            if given_days < i64::from(min) {
                let earliest = letter + chrono::Duration::days(i64::from(min));
                self.rule(
                    &term_path,
                    msg!(
                        "rule-deadline-below-minimum",
                        minimum = min,
                        date = dutch::date(date),
                        days = given_days,
                        earliest = dutch::date(earliest)
                    ),
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
