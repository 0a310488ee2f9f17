//! `templates export`: write the built-in templates out for editing.

use super::Outcome;
use super::args::{TemplatesAction, TemplatesArgs};
use super::output::{self, Durability, Output};
use super::session::Session;
use crate::msg;
use crate::templates::BUILTIN;

pub(crate) fn run(session: &mut Session, args: &TemplatesArgs) -> Outcome {
    let TemplatesAction::Export { dir, force, .. } = &args.action;
    let outputs: Vec<Output> = BUILTIN
        .iter()
        .map(|b| Output { path: dir.join(b.name), bytes: b.text.as_bytes().to_vec() })
        .collect();
    if let Err(e) = std::fs::create_dir_all(dir) {
        session.error(msg!(
            "cli-cannot-create-folder",
            path = dir.display().to_string(),
            reason = crate::load::io_reason(&e)
        ));
        return Outcome::Failure;
    }
    match output::write_all(&outputs, *force, Durability::Synced) {
        Ok(()) => {
            for (o, b) in outputs.iter().zip(BUILTIN) {
                session.note(msg!(
                    "cli-templates-wrote",
                    path = o.path.display().to_string(),
                    about = b.about()
                ));
            }
            session.note(msg!("cli-templates-then", path = dir.display().to_string()));
            Outcome::Success
        }
        Err(e) => {
            session.error(e.message());
            Outcome::Failure
        }
    }
}
