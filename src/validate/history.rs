//! The earlier contacts: their dates, confirmations, and which shortcomings each concerned.

use chrono::NaiveDate;

use super::{Checker, p};
use crate::case::{Breach, Contact};
use crate::case_file::{self as file, Field};
use crate::dutch;
use crate::msg;

impl Checker<'_> {
    pub(super) fn history(
        &mut self,
        list: &[file::ContactFile],
        letter: Option<NaiveDate>,
        breaches: Option<&[Breach]>,
    ) -> Option<Vec<Contact>> {
        let mut out = Vec::new();
        let mut ok = true;
        for (i, c) in list.iter().enumerate() {
            let at = p("history").index(i);
            let what = msg!("rule-what-contact-date");
            let date = self.required(&c.date, &at.key("date"), what, "2026-10-05");
            let what = msg!("rule-what-channel");
            let channel = self.required(&c.channel, &at.key("channel"), what, "phone");
            let summary = self.required_text(
                &c.summary,
                &at.key("summary"),
                msg!("rule-what-summary"),
                msg!("rule-example-summary"),
            );
            let with = self.optional_text(&c.with, &at.key("with"));
            let email = self.email(&c.email, &at.key("email"));
            let confirmed = c.confirmed_in_writing.get().map(|d| d.0);
            let date = date.map(|d| d.0);
            self.not_after_letter(date, &at.key("date"), msg!("rule-what-this-contact"), letter);
            self.not_after_letter(
                confirmed,
                &at.key("confirmed_in_writing"),
                msg!("rule-what-confirmation"),
                letter,
            );
            if let (Some(contact), Some(confirmation)) = (date, confirmed)
                && confirmation < contact
            {
                self.rule(
                    &at.key("confirmed_in_writing"),
                    msg!(
                        "rule-confirmation-before-contact",
                        confirmation = dutch::date(confirmation),
                        contact = dutch::date(contact)
                    ),
                );
            }
            let about = self.about(c.about.as_deref(), &at.key("about"), breaches, date);
            match (date, channel, summary, about, email) {
                (Some(date), Some(channel), Some(summary), Some(about), Some(email)) => {
                    out.push(Contact {
                        date,
                        channel,
                        with,
                        email,
                        summary,
                        confirmed_in_writing: confirmed,
                        about_given: c.about.is_some(),
                        about,
                    });
                }
                _ => ok = false,
            }
        }
        ok.then_some(out)
    }

    /// `about`: shortcoming numbers from 1, each once; without it, the shortcomings whose
    /// `since` is on or before the contact. `None` when a number is wrong (reported).
    fn about(
        &mut self,
        list: Option<&[Field<u32>]>,
        path: &crate::diagnostic::KeyPath,
        breaches: Option<&[Breach]>,
        date: Option<NaiveDate>,
    ) -> Option<Vec<usize>> {
        let breaches = breaches?;
        let Some(list) = list else {
            let date = date?;
            return Some(
                breaches
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| b.since.is_some_and(|since| since <= date))
                    .map(|(i, _)| i)
                    .collect(),
            );
        };
        if list.is_empty() {
            let message = msg!("rule-no-breaches");
            self.error(path, message.clone(), message.attribute("hint-about"));
            return None;
        }
        let mut out = Vec::new();
        let mut ok = true;
        for (i, number) in list.iter().enumerate() {
            match number {
                Field::Present(n) if *n >= 1 && (*n as usize) <= breaches.len() => {
                    let index = *n as usize - 1;
                    if out.contains(&index) {
                        self.rule(&path.index(i), msg!("rule-listed-twice"));
                        ok = false;
                    } else {
                        out.push(index);
                    }
                }
                Field::Present(n) => {
                    let (message, hint) = super::no_such_breach(*n, breaches.len());
                    self.error(&path.index(i), message, hint);
                    ok = false;
                }
                Field::Absent => {
                    self.rule(&path.index(i), msg!("rule-empty-entry"));
                    ok = false;
                }
                Field::Invalid => ok = false,
            }
        }
        out.sort_unstable();
        ok.then_some(out)
    }
}
