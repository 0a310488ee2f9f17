//! The shortcomings, the evidence they name and the enclosures.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::{Checker, MAX_BREACHES, p};
use crate::case::{Breach, Enclosure};
use crate::case_file::{self as file, Field};
use crate::diagnostic::{KeyPath, did_you_mean};

impl Checker<'_> {
    pub(super) fn enclosures(&mut self, list: &[file::EnclosureFile]) -> Option<Vec<Enclosure>> {
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

    pub(super) fn breaches(
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
            Some(list) if list.len() > MAX_BREACHES => {
                self.error(
                    &path,
                    format!(
                        "lists {} shortcomings; one notice holds at most {MAX_BREACHES}",
                        list.len()
                    ),
                    "split the shortcomings over several notices, one per contract or per part \
                     of the work, or group shortcomings of the same kind into one",
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
                        recurring: b.recurring.cloned().unwrap_or(false),
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
                            format!(
                                "the enclosure ids are {}",
                                crate::diagnostic::one_of_text(&known)
                            )
                        }
                    };
                    self.error(&path.index(i), format!("no enclosure has the id `{id}`"), hint);
                    ok = false;
                }
            }
        }
        ok.then_some(out)
    }
}
