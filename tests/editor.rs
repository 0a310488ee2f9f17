//! Working with the tool from an editor and a shell: the JSON Schema, the starter file, the
//! diagnostics for people and for programs, completions and the man page.

use std::fs;
use std::path::Path;

use crate::support::{cases_in, command, fixtures, root, run, status, stderr, stdout};

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&ingebrekestelling::schema::case_file()).unwrap()
}

/// A YAML file as the JSON value an editor validates.
fn as_json(path: &Path) -> serde_json::Value {
    serde_saphyr::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn every_example_and_valid_fixture_matches_the_schema() {
    let validator = validator();
    let mut files: Vec<_> = fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.extend(cases_in(&fixtures().join("advice")));
    files.push(fixtures().join("valid/basis.yaml"));
    assert!(files.len() > 20);
    for file in files {
        let value = as_json(&file);
        let errors: Vec<String> = validator.iter_errors(&value).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", file.display());
    }
}

#[test]
fn type_and_unknown_key_errors_fail_the_schema() {
    let validator = validator();
    for name in ["unknown-keys", "wrong-kind", "not-a-number", "unknown-choices", "date-format"] {
        let value = as_json(&fixtures().join(format!("invalid/{name}.yaml")));
        assert!(!validator.is_valid(&value), "{name} passes the schema");
    }
}

#[test]
fn schema_prints_the_schema() {
    let output = run(&root(), &["schema"]);
    assert_eq!(status(&output), 0);
    let printed: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(printed, ingebrekestelling::schema::case_file());
    // An editor shows the description of a key.
    let facts = &printed["$defs"]["BreachFile"]["properties"]["facts"]["description"];
    assert_eq!(facts, "What happened: dates, measured values, tickets.");
}

/// The starter file with every placeholder filled in as a user would.
fn filled(starter: &str) -> String {
    let mut out = String::new();
    let mut rest = starter;
    while let Some(open) = rest.find('<') {
        let Some(close) = rest[open..].find('>') else { break };
        let placeholder = &rest[open + 1..open + close];
        out.push_str(&rest[..open]);
        out.push_str(match placeholder {
            p if p.contains("JJJJ") => "2026-10-05",
            p if p.contains("8 cijfers") => "12345678",
            p if p.contains("postcode") => "3511 AB",
            p if p.contains("e-mail") => "post@voorbeeld.nl",
            p if p.contains("achternaam") => "J. de Vries",
            p if p.contains("plaats") => "Utrecht",
            p if p.contains("straat") => "Stationsweg 12",
            p if p.contains("uw organisatie") => "Zorggroep Oost B.V.",
            p if p.contains("leverancier>") || p == "naam van de leverancier" => "CloudWerk B.V.",
            p if p.contains("functie") => "Directeur",
            p if p.contains("kenmerk") => "IGS-2026-001",
            p if p.contains("titel") => "Overeenkomst SaaS-dienstverlening",
            _ => "Ingevulde tekst met genoeg woorden om concreet te zijn over de zaak",
        });
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

#[test]
fn new_writes_a_commented_starter_that_passes_check_once_filled_in() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let output = run(d, &["new"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let starter = fs::read_to_string(d.join("zaak.yaml")).unwrap();
    assert!(starter.starts_with("# yaml-language-server: $schema=ingebrekestelling.schema.json\n"));
    let schema: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(d.join("ingebrekestelling.schema.json")).unwrap())
            .unwrap();
    assert_eq!(schema, ingebrekestelling::schema::case_file());

    // Every key has a comment in Dutch on its line or on the line above.
    let lines: Vec<&str> = starter.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let text = line.trim_start().trim_start_matches("- ");
        if text.starts_with('#') || text.is_empty() || !text.contains(':') {
            continue;
        }
        let above = i.checked_sub(1).map(|j| lines[j].trim_start().trim_start_matches("- "));
        let commented = line.contains(" # ") || above.is_some_and(|l| l.starts_with('#'));
        assert!(commented, "line {}: `{line}` has no comment", i + 1);
    }

    // As written, the placeholders are reported, each at its place.
    let output = run(d, &["check", "zaak.yaml"]);
    assert_eq!(status(&output), 1);
    let err = stderr(&output);
    assert!(
        err.contains(
            "fout: sender.organisation: hier staat nog de invulplek `<naam van uw organisatie>`"
        ),
        "{err}"
    );
    assert!(
        err.contains("fout: history[1].date: hier staat nog de invulplek `<JJJJ-MM-DD>`"),
        "{err}"
    );
    assert!(err.contains("tip: vul hier een datum als JJJJ-MM-DD in"), "{err}");

    // Filled in, it is a valid case that matches the schema and renders.
    fs::write(d.join("zaak.yaml"), filled(&starter)).unwrap();
    let output = run(d, &["check", "zaak.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert!(validator().is_valid(&as_json(&d.join("zaak.yaml"))));
    let output = run(d, &["render", "zaak.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));

    // The `follow_up` block, once its `#` are taken away, is what the letter after the term
    // needs (with the IBAN its demand for payment names).
    let mut in_block = false;
    let uncommented: String = filled(&starter)
        .lines()
        .map(|line| {
            in_block = line.starts_with("# follow_up:") || (in_block && line.starts_with("#   "));
            let open = in_block || line.starts_with("  # iban:");
            let line = if open { line.replacen("# ", "", 1) } else { line.to_owned() };
            format!("{line}\n")
        })
        .collect();
    assert!(uncommented.contains("\nfollow_up:\n  date: 2027-01-11"), "{uncommented}");
    fs::write(d.join("vervolg.yaml"), &uncommented).unwrap();
    let output = run(d, &["check", "--document", "follow-up", "vervolg.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let output = run(d, &["render", "--document", "follow-up", "vervolg.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));

    // `new` never overwrites, not even the schema.
    fs::write(d.join("ingebrekestelling.schema.json"), "{}").unwrap();
    let output = run(d, &["new", "zaak.yaml"]);
    assert_eq!(status(&output), 2);
    assert!(
        stderr(&output).contains("`zaak.yaml` bestaat al; `new` overschrijft nooit een bestand"),
        "{}",
        stderr(&output)
    );
    let output = run(d, &["new", "tweede.yaml"]);
    assert_eq!(status(&output), 0);
    assert_eq!(fs::read_to_string(d.join("ingebrekestelling.schema.json")).unwrap(), "{}");
    let output = run(d, &["new", "zaak.txt"]);
    assert_eq!(status(&output), 2);
    assert!(!d.join("zaak.txt").exists());
}

#[test]
fn json_messages_give_one_object_per_problem() {
    let output = run(
        &fixtures(),
        &[
            "check",
            "--message-format",
            "json",
            "invalid/evidence-unknown.yaml",
            "advice/thin-facts.yaml",
        ],
    );
    assert_eq!(status(&output), 1);
    let lines: Vec<serde_json::Value> =
        stderr(&output).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(lines.len() >= 2, "{lines:?}");
    let error = lines.iter().find(|l| l["severity"] == "error").unwrap();
    assert_eq!(error["file"], "invalid/evidence-unknown.yaml");
    assert!(error["line"].as_u64().unwrap() > 1 && error["column"].as_u64().unwrap() >= 1);
    assert!(error["path"].as_str().unwrap().starts_with("breaches[1].evidence"));
    assert!(error["hint"].is_string());
    let advice = lines.iter().find(|l| l["severity"] == "warning").unwrap();
    assert_eq!(advice["code"], "thin-facts");
    assert!(advice["why"].is_string());

    let output = run(&fixtures(), &["--message-format", "json", "check", "bestaat-niet.yaml"]);
    assert_eq!(status(&output), 2);
    let line: serde_json::Value = serde_json::from_str(stderr(&output).trim()).unwrap();
    assert_eq!(line["severity"], "error");
    assert!(line["message"].as_str().unwrap().contains("bestaat-niet.yaml"));
}

#[test]
fn no_colour_when_piped_or_with_no_color() {
    for no_color in [None, Some("1")] {
        let mut cmd = command(&fixtures());
        cmd.env_remove("NO_COLOR");
        if let Some(value) = no_color {
            cmd.env("NO_COLOR", value);
        }
        let output = cmd.args(["check", "invalid/evidence-unknown.yaml"]).output().unwrap();
        let err = stderr(&output);
        assert!(err.contains("fout: breaches[1].evidence"), "{err}");
        assert!(!err.contains('\u{1b}'), "escape codes in piped output: {err:?}");
    }
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let output = run(&root(), &["completions", shell]);
        assert_eq!(status(&output), 0, "{shell}");
        let script = stdout(&output);
        for word in ["render", "batch", "document", "message-format"] {
            assert!(script.contains(word), "{shell}: `{word}` missing");
        }
        if shell != "powershell" {
            assert!(script.contains("call-notes"), "{shell}: the documents are not offered");
        }
    }
    let output = run(&root(), &["completions", "tcsh"]);
    assert_eq!(status(&output), 2);
}

#[test]
fn help_shows_examples() {
    let output = run(&root(), &["--help"]);
    assert_eq!(status(&output), 0);
    let help = stdout(&output);
    for line in ["Voorbeelden:", "ingebrekestelling new zaak.yaml", "completions", "schema"] {
        assert!(help.contains(line), "`{line}` not in --help");
    }
}

/// The man pages are made from the same definitions as `--help`, in Dutch in `docs/man/` and
/// in English in `docs/man/en/`; this test fails when they are out of date, and
/// `UPDATE_MAN=1 cargo test man_pages` rewrites them.
#[test]
fn the_man_pages_are_up_to_date() {
    use ingebrekestelling::catalogue::Lang;
    let mut dutch = Vec::new();
    for (lang, folder) in [(Lang::Nl, "docs/man"), (Lang::En, "docs/man/en")] {
        let command = ingebrekestelling::cli::command(lang);
        let manual = if lang == Lang::Nl { "Handleiding" } else { "General Commands Manual" };
        let man = |cmd: clap::Command| clap_mangen::Man::new(cmd).manual(manual);
        let mut pages = Vec::new();
        let mut page = Vec::new();
        man(command.clone()).render(&mut page).unwrap();
        pages.push(("ingebrekestelling.1".to_owned(), page));
        for sub in command.get_subcommands() {
            let name = format!("ingebrekestelling-{}", sub.get_name());
            let mut page = Vec::new();
            let static_name: &'static str = Box::leak(name.clone().into_boxed_str());
            man(sub.clone().name(static_name)).render(&mut page).unwrap();
            pages.push((format!("{name}.1"), page));
        }
        if lang == Lang::Nl {
            // The section headings in Dutch, as Dutch man pages have them.
            for (_, page) in &mut pages {
                let text = String::from_utf8(page.clone()).unwrap();
                let text = [
                    (".SH NAME", ".SH NAAM"),
                    (".SH SYNOPSIS", ".SH OVERZICHT"),
                    (".SH DESCRIPTION", ".SH BESCHRIJVING"),
                    (".SH OPTIONS", ".SH OPTIES"),
                    (".SH SUBCOMMANDS", ".SH OPDRACHTEN"),
                    (".SH EXTRA", ".SH VOORBEELDEN"),
                    (".SH VERSION", ".SH VERSIE"),
                ]
                .iter()
                .fold(text, |text, (en, nl)| text.replace(en, nl));
                *page = text.into_bytes();
            }
        }
        let dir = root().join(folder);
        if std::env::var_os("UPDATE_MAN").is_some() {
            fs::create_dir_all(&dir).unwrap();
            for (name, page) in &pages {
                fs::write(dir.join(name), page).unwrap();
            }
        }
        for (name, page) in &pages {
            let committed = fs::read(dir.join(name)).unwrap_or_default();
            assert!(
                &committed == page,
                "{folder}/{name} is out of date: UPDATE_MAN=1 cargo test man_pages"
            );
        }
        let files = fs::read_dir(&dir).unwrap().filter(|e| e.as_ref().unwrap().path().is_file());
        assert_eq!(files.count(), pages.len(), "a page too many in {folder}");
        if lang == Lang::Nl {
            dutch = pages;
        }
    }
    let pages = dutch;
    let render = String::from_utf8(
        pages.iter().find(|p| p.0 == "ingebrekestelling-render.1").unwrap().1.clone(),
    )
    .unwrap();
    assert!(render.contains("\\-\\-document"), "{render}");
    assert!(render.contains("\\-\\-message\\-format"), "{render}");
    assert!(render.contains(".SH OPTIES") && render.contains("Schrijf de brief"), "{render}");
}

#[test]
fn batch_reports_json_too() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("zaken")).unwrap();
    fs::copy(fixtures().join("valid/basis.yaml"), d.join("zaken/goed.yaml")).unwrap();
    fs::copy(fixtures().join("invalid/evidence-unknown.yaml"), d.join("zaken/fout.yaml")).unwrap();
    let output =
        run(d, &["batch", "zaken", "--out", "uit", "--format", "md", "--message-format", "json"]);
    assert_eq!(status(&output), 1);
    let lines: Vec<serde_json::Value> = stderr(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("`{l}`: {e}")))
        .collect();
    assert!(!lines.is_empty());
    assert!(lines.iter().all(|l| l["file"] == "zaken/fout.yaml"), "{lines:?}");
    assert!(d.join("uit/goed.md").is_file());
}
