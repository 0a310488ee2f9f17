//! The shortcomings, the evidence they name and the enclosures.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::{Checker, MAX_BREACHES, p};
use crate::case::{Breach, Enclosure};
use crate::case_file::{self as file, Field};
use crate::diagnostic::{KeyPath, did_you_mean};
use crate::msg;

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
                msg!("rule-what-enclosure-id"),
                msg!("rule-example-enclosure-id"),
            );
            let title = self.required_text(
                &e.title,
                &path.key("title"),
                msg!("rule-what-enclosure-title"),
                msg!("rule-example-enclosure-title"),
            );
            if let Some(id) = &id
                && !seen.insert(id.clone())
            {
                self.rule(&path.key("id"), msg!("rule-enclosure-id-twice", id = id));
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
                self.rule(&path, msg!("rule-breaches-missing"));
                return None;
            }
            Some([]) => {
                self.rule(&path, msg!("rule-no-breaches"));
                return None;
            }
            Some(list) if list.len() > MAX_BREACHES => {
                let message =
                    msg!("rule-too-many-breaches", count = list.len(), max = MAX_BREACHES);
                self.rule(&path, message);
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
                msg!("rule-what-obligation"),
                msg!("rule-example-obligation"),
            );
            let facts = self.required_text(
                &b.facts,
                &at.key("facts"),
                msg!("rule-what-facts"),
                msg!("rule-example-facts"),
            );
            let action = self.required_text(
                &b.required_action,
                &at.key("required_action"),
                msg!("rule-what-required-action"),
                msg!("rule-example-required-action"),
            );
            let clause = self.optional_text(&b.clause, &at.key("clause"));
            let since = b.since.get().map(|d| d.0);
            let what = msg!("rule-what-breach-start");
            self.not_after_letter(since, &at.key("since"), what, letter);
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
                None if self.curly_quotes(&id, &path.index(i)) => ok = false,
                None => {
                    let message = msg!("rule-unknown-evidence", id = id.as_str());
                    let hint = match (did_you_mean(&id, &known), known.is_empty()) {
                        (Some(close), _) => message.attribute("did-you-mean").arg("close", close),
                        (None, true) => message.attribute("hint"),
                        (None, false) => message
                            .attribute("known")
                            .arg("ids", crate::diagnostic::one_of(&known))
                            .arg("count", known.len()),
                    };
                    self.error(&path.index(i), message, hint);
                    ok = false;
                }
            }
        }
        ok.then_some(out)
    }
}
