//! The JSON Schema of the case file, for editors: with it, an editor that speaks YAML (VS Code
//! with the YAML extension, IntelliJ, Neovim with yaml-language-server) completes the keys,
//! shows what each one means and marks a misspelt key or a value of the wrong kind while you
//! type. `ingebrekestelling schema` prints it; `ingebrekestelling new` writes it beside a new
//! case file.
//!
//! The schema is made from the case file's types ([`crate::case_file::CaseFile`]) and their
//! documentation, so it cannot drift from what the tool reads. It describes the shape; the
//! rules that need judgement (a working-day deadline, a date after the letter) are checked by
//! `check`.

use crate::case_file::CaseFile;

/// The file name `new` gives the schema beside a case file.
pub const FILE_NAME: &str = "ingebrekestelling.schema.json";

/// The schema (JSON Schema 2020-12).
pub fn case_file() -> serde_json::Value {
    let mut schema = schemars::schema_for!(CaseFile);
    schema.insert("title".to_owned(), "ingebrekestelling case file, version 1".into());
    schema.insert(
        "description".to_owned(),
        "One dispute with an ICT supplier, from which `ingebrekestelling` writes the notice of \
         default (ingebrekestelling) and the documents around it. Keys are English, the letter \
         is Dutch."
            .into(),
    );
    schema.to_value()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_described_and_unknown_keys_are_refused() {
        let schema = case_file();
        let mut objects = vec![&schema];
        if let Some(defs) = schema.get("$defs").and_then(|d| d.as_object()) {
            objects.extend(defs.values());
        }
        let mut keys = 0;
        for object in objects {
            let Some(properties) = object.get("properties").and_then(|p| p.as_object()) else {
                continue;
            };
            assert_eq!(object.get("additionalProperties"), Some(&serde_json::json!(false)));
            for (key, property) in properties {
                keys += 1;
                let described = property.get("description").and_then(|d| d.as_str());
                assert!(described.is_some_and(|d| d.len() > 5), "`{key}` has no description");
            }
        }
        assert!(keys > 60, "{keys} keys");
    }
}
