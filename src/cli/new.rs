//! `new` and `schema`: a starter case file with a comment on every key, and the JSON Schema
//! that lets an editor complete and explain the keys.

use std::path::Path;

use super::Outcome;
use super::args::NewArgs;
use super::output::{self, Durability, Output};
use super::session::Session;
use crate::{msg, schema};

/// The starter case file; `{{FILE}}` becomes the file's name. Every value to fill in is a
/// placeholder between `<` and `>`, which `check` reports until it is replaced.
const STARTER: &str = include_str!("starter.yaml");

/// The starter text for a case file called `name`.
pub(crate) fn starter(name: &str) -> String {
    STARTER.replace("{{FILE}}", name)
}

/// The schema as pretty JSON, ending in a line break.
fn schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&schema::case_file()).unwrap_or_default();
    text.push('\n');
    text
}

pub(crate) fn run(session: &mut Session, args: &NewArgs) -> Outcome {
    let file = &args.file;
    let shown = file.display().to_string();
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    if name.is_empty() || file.extension().is_none_or(|e| e != "yaml" && e != "yml") {
        session.error(msg!("cli-new-bad-name", path = shown));
        return Outcome::Failure;
    }
    let schema_path = match file.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(folder) => folder.join(schema::FILE_NAME),
        None => Path::new(schema::FILE_NAME).to_owned(),
    };
    let mut outputs = vec![Output { path: file.clone(), bytes: starter(&name).into_bytes() }];
    // The schema the starter's first line refers to; one already there is left alone.
    let schema_new = std::fs::symlink_metadata(&schema_path).is_err();
    if schema_new {
        outputs.push(Output { path: schema_path.clone(), bytes: schema_text().into_bytes() });
    }
    match output::write_all(&outputs, false, Durability::Synced) {
        Ok(()) => {}
        Err(output::WriteError::Exists(_)) => {
            session.error(msg!("cli-new-exists", path = shown));
            return Outcome::Failure;
        }
        Err(e) => {
            session.error(e.message());
            return Outcome::Failure;
        }
    }
    session.note(msg!("cli-new-wrote", path = shown.as_str()));
    if schema_new {
        session.note(msg!("cli-new-wrote-schema", path = schema_path.display().to_string()));
    }
    session.note(msg!("cli-new-then", path = shown));
    Outcome::Success
}

/// `schema`: prints the schema on standard output.
pub(crate) fn schema() -> Outcome {
    super::to_stdout(schema_text().as_bytes())
}
