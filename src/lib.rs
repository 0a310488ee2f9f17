//! `ingebrekestelling` checks a dispute with an ICT supplier, described in a YAML case file,
//! against Dutch law and good practice, and writes the notice of default (ingebrekestelling).
//!
//! # Steps
//!
//! The pipeline is a chain of types; each stage is a function from one to the next, and only
//! the command layer ([`cli`]) touches files, the clock and the terminal.
//!
//! ```text
//! path ─read→ Source ─parse→ CaseFile ─validate→ Case (+ advice) ─compose→ Letter
//! Letter ─render(templates)→ Markdown ─read→ Blocks ─write→ md | pdf | docx | eml | ics
//! ```
//!
//! The folder tree follows it: `documents/` holds what each document says, `formats/` how
//! each format says it.
//!
//! 1. **Read and parse** ([`load::load`]): the case file and the base files it `extends`
//!    become one located YAML tree ([`yaml::Node`]), read into the serde mirror of the format,
//!    [`case_file::CaseFile`]. Unknown keys, values of the wrong kind and unknown choices are
//!    all reported, each at its place.
//! 2. **Validate** ([`validate::validate`]): every rule of the format, all problems at once, the
//!    deadline computed on the Dutch working-day calendar ([`calendar`]). The only way to make a
//!    [`case::Case`]. Comes with the [`advice`] for the case.
//! 3. **Compose** ([`documents::letter::compose`]): the renderer-neutral
//!    [`documents::letter::Letter`], with Dutch dates, amounts, salutation and address block
//!    ([`dutch`]). Cannot fail.
//! 4. **Render** ([`documents::render`]): the Tera templates ([`templates`]) turn the letter
//!    into [`formats::markdown::Markdown`]; every value from the case file is escaped. The
//!    Markdown is read once into blocks ([`formats::blocks`]). The other documents (a
//!    confirmation of a call, the call notes, the letter after the term) are made the same way
//!    ([`documents`]); what the letter after the term needs is checked when it is made
//!    ([`validate::follow_up`]), so that an unfinished `follow_up` never stops the notice.
//! 5. **Write** ([`documents::Rendered`], [`formats`]): the same rendered document in each
//!    format; the print-ready PDF places the letterhead and the window block from the letter
//!    and lays out the blocks.
//!
//! Editors get the shape of the case file as a JSON Schema ([`schema`]), made from the same
//! types the reader fills.
//!
//! Problems and advice are [`diagnostic::Diagnostic`]s: file, line and column, key path
//! (`breaches[2].facts`), a message in plain words, a hint.
//!
//! ```
//! use std::path::Path;
//! use ingebrekestelling::documents::{self, Document};
//! use ingebrekestelling::documents::letter;
//! use ingebrekestelling::{load, templates, validate};
//!
//! let yaml = r#"
//! letter: {date: 2026-12-01, announced_by_phone: 2026-11-30, sent_by: [registered_mail]}
//! sender:
//!   organisation: Zorggroep Oost B.V.
//!   address: {street: Stationsweg 12, postcode: 3511ab, city: Utrecht}
//!   signatory: {name: J. de Vries, role: Directeur}
//! supplier:
//!   organisation: CloudWerk B.V.
//!   attention: {name: M. van der Berg, form: mevrouw}
//!   address: {street: Keizersgracht 100, postcode: 1015 CW, city: Amsterdam}
//! contract: {title: Overeenkomst SaaS-dienstverlening}
//! breaches:
//!   - obligation: Het systeem is per maand minimaal 99,8% beschikbaar.
//!     clause: Bijlage 2, artikel 4.1
//!     facts: In november 2026 was het systeem 96,4% beschikbaar en op 14 november langer dan vier uur onbereikbaar.
//!     required_action: Herstel de beschikbaarheid tot minimaal 99,8% per maand.
//! deadline: {working_days: 10}
//! "#;
//! // The file system is reached only through the function passed in.
//! let loaded = load::load(Path::new("zaak.yaml"), &mut |_| Ok(yaml.as_bytes().to_vec()))?;
//! let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
//! let checked = validate::validate(&loaded, today).expect("a valid case");
//! assert!(checked.advice.is_empty());
//!
//! let letter = letter::compose(&checked.case);
//! assert_eq!(letter.header.salutation, "Geachte mevrouw Van der Berg,");
//! assert_eq!(letter.deadline.date.long, "dinsdag 15 december 2026");
//!
//! let templates = templates::Templates::builtin()?;
//! let notice = documents::render(Document::Notice, &checked.case, &loaded.tree, &templates)
//!     .expect("a notice");
//! assert!(notice.markdown.as_str().contains("**uiterlijk op dinsdag 15 december 2026**"));
//! assert!(notice.markdown.as_str().contains("1015 CW  AMSTERDAM"));
//! assert!(notice.pdf()?.0.starts_with(b"%PDF-"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod advice;
pub mod calendar;
pub mod case;
pub mod case_file;
pub mod catalogue;
pub mod cli;
pub mod countries;
pub mod diagnostic;
pub mod documents;
pub mod dutch;
pub mod formats;
pub mod load;
pub mod schema;
pub mod source;
pub mod templates;
pub mod validate;
pub mod yaml;
