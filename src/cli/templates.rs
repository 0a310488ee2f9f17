//! `templates export`: write the built-in templates out for editing.

use super::Outcome;
use super::args::{TemplatesAction, TemplatesArgs};
use super::output::{self, Durability, Output};
use super::session::Session;
use crate::templates::BUILTIN;

pub(crate) fn run(session: &mut Session, args: &TemplatesArgs) -> Outcome {
    let TemplatesAction::Export { dir, force } = &args.action;
    let outputs: Vec<Output> = BUILTIN
        .iter()
        .map(|b| Output { path: dir.join(b.name), bytes: b.text.as_bytes().to_vec() })
        .collect();
    match output::write_all(&outputs, *force, Durability::Synced) {
        Ok(()) => {
            for (o, b) in outputs.iter().zip(BUILTIN) {
                session.note(format_args!("wrote {} ({})", o.path.display(), b.about));
            }
            session
                .note(format_args!("edit them, then use them with --templates {}", dir.display()));
            Outcome::Success
        }
        Err(e) => {
            session.error(e);
            Outcome::Failure
        }
    }
}
