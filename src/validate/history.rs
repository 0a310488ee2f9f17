//! The earlier contacts: their dates, confirmations, and which shortcomings each concerned.

use chrono::NaiveDate;

use super::{Checker, p};
use crate::case::{Breach, Contact};
use crate::case_file::{self as file, Field};
use crate::dutch;

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
            let about = self.about(c.about.as_deref(), &at.key("about"), breaches, date);
            match (date, channel, summary, about) {
                (Some(date), Some(channel), Some(summary), Some(about)) => {
                    out.push(Contact {
                        date,
                        channel,
                        with,
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
            self.error(
                path,
                "lists no shortcomings",
                "write the numbers of the shortcomings this contact was about, e.g. `about: [1]`, \
                 or remove the key",
            );
            return None;
        }
        let mut out = Vec::new();
        let mut ok = true;
        for (i, number) in list.iter().enumerate() {
            match number {
                Field::Present(n) if *n >= 1 && (*n as usize) <= breaches.len() => {
                    let index = *n as usize - 1;
                    if out.contains(&index) {
                        self.error(&path.index(i), "is listed twice", "remove the second one");
                        ok = false;
                    } else {
                        out.push(index);
                    }
                }
                Field::Present(n) => {
                    self.error(
                        &path.index(i),
                        format!("there is no shortcoming {n}"),
                        super::numbered(breaches.len()),
                    );
                    ok = false;
                }
                Field::Absent => {
                    self.error(&path.index(i), "is an empty entry", "remove the empty entry");
                    ok = false;
                }
                Field::Invalid => ok = false,
            }
        }
        out.sort_unstable();
        ok.then_some(out)
    }
}
