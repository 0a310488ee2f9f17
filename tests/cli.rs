//! The command line: exit codes, messages, where files are written.

use std::fs;
use std::path::Path;

use crate::support::{fixtures, root, run, status, stderr, stdout};

fn copy_basis(dir: &Path, name: &str) {
    fs::copy(fixtures().join("valid/basis.yaml"), dir.join(name)).unwrap();
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    for args in
        [&[][..], &["onbekend"], &["check"], &["render"], &["render", "a.yaml", "--format", "doc"]]
    {
        let output = run(dir.path(), args);
        assert_eq!(status(&output), 2, "{args:?}");
        let err = stderr(&output);
        assert!(err.starts_with("fout: ") && err.contains("= tip: "), "{args:?}: {err}");
    }
    let output = crate::support::command(dir.path())
        .args(["check", "a.yaml", "--today", "1-12-2026"])
        .output()
        .unwrap();
    assert_eq!(status(&output), 2);
    assert_eq!(
        stderr(&output),
        "fout: `1-12-2026` is geen datum voor `--today <JJJJ-MM-DD>`\n  \
         = tip: schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-01\n"
    );
    // A misspelt option or command gets the one that was meant, in the user's language.
    let output = run(dir.path(), &["render", "a.yaml", "--fromat", "md"]);
    assert_eq!(
        stderr(&output),
        "fout: onbekende optie `--fromat`\n  = tip: bedoelt u `--format`?\n"
    );
    let output = run(dir.path(), &["--lang", "en", "rendr", "a.yaml"]);
    assert_eq!(
        stderr(&output),
        "error: unknown command `rendr`\n  = hint: did you mean `render`?\n"
    );
    let output =
        run(dir.path(), &["check", "a.yaml", "--today", "2026-12-01", "--today", "2026-12-02"]);
    assert_eq!(
        stderr(&output),
        "fout: `--today <JJJJ-MM-DD>` staat er meer dan één keer; geef het één keer\n  \
         = tip: meer uitleg: `ingebrekestelling check --help`\n"
    );
    let output = run(dir.path(), &["batch", "zaken/"]);
    assert_eq!(
        stderr(&output),
        "fout: `--out <MAP>` ontbreekt\n  = tip: meer uitleg: `ingebrekestelling batch --help`\n"
    );
}

#[test]
fn help_and_version_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let help = run(dir.path(), &["--help"]);
    assert_eq!(status(&help), 0);
    assert!(stdout(&help).contains("Voorbeelden:"));
    let version = run(dir.path(), &["--version"]);
    assert_eq!(status(&version), 0);
    assert!(stdout(&version).starts_with("ingebrekestelling "));
}

#[test]
fn an_unreadable_case_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(dir.path(), &["check", "bestaat-niet.yaml"]);
    assert_eq!(status(&output), 2);
    assert_eq!(
        stderr(&output),
        "fout: het dossier `bestaat-niet.yaml` kan niet worden gelezen: het bestand bestaat niet\n"
    );
    // A folder is searched for cases; one without any is an error that says where it looked.
    let output = run(dir.path(), &["check", "."]);
    assert_eq!(status(&output), 2);
    assert!(stderr(&output).starts_with("fout: in `.` staat geen dossier"), "{}", stderr(&output));
}

#[test]
fn check_reports_every_case_and_the_worst_status_wins() {
    let dir = fixtures();
    let output = run(&dir, &["check", "valid/basis.yaml", "invalid/kvk.yaml"]);
    assert_eq!(status(&output), 1);
    assert!(stdout(&output).contains("valid/basis.yaml: in orde; termijn tot en met"));
    assert!(stderr(&output).contains("invalid/kvk.yaml:9:8"));
    let output = run(&dir, &["check", "invalid/kvk.yaml", "weg.yaml", "valid/basis.yaml"]);
    assert_eq!(status(&output), 2);
    assert!(stdout(&output).contains("valid/basis.yaml: in orde"));
}

#[test]
fn today_is_accepted_before_and_after_the_command() {
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read_to_string(fixtures().join("valid/basis.yaml")).unwrap();
    fs::write(dir.path().join("zaak.yaml"), text.replace("  date: 2026-12-01\n", "")).unwrap();
    // Without the test's own `--today`: only the one given here counts.
    let program = || {
        let mut cmd = assert_cmd::Command::cargo_bin("ingebrekestelling").unwrap();
        cmd.current_dir(dir.path())
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "nl_NL.UTF-8");
        cmd
    };
    let before = program().args(["--today", "2026-12-01", "check", "zaak.yaml"]).output().unwrap();
    let after = program().args(["check", "zaak.yaml", "--today", "2026-12-01"]).output().unwrap();
    // Without `letter.date` the letter is dated `--today`; the announced notice gets advice
    // (`letter-date-open`) to fix the date.
    assert_eq!(
        stdout(&before),
        "zaak.yaml: in orde, met 1 advies; termijn tot en met dinsdag 15 december 2026\n"
    );
    assert_eq!(stdout(&before), stdout(&after));
    // Where it does nothing, it is not offered: `schema` does not take it.
    let schema = program().args(["schema", "--today", "2026-12-01"]).output().unwrap();
    assert_eq!(status(&schema), 2);
    assert!(stderr(&schema).starts_with("fout: onbekende optie `--today`"), "{}", stderr(&schema));
}

#[test]
fn messages_are_dutch_and_english_on_request() {
    let dir = fixtures();
    let dutch = run(&dir, &["check", "invalid/kvk.yaml"]);
    let english = run(&dir, &["--lang", "en", "check", "invalid/kvk.yaml"]);
    assert!(stderr(&dutch).starts_with("fout: sender.kvk: "), "{}", stderr(&dutch));
    assert!(stderr(&dutch).contains("= tip: "), "{}", stderr(&dutch));
    assert!(stderr(&english).starts_with("error: sender.kvk: "), "{}", stderr(&english));
    assert!(stderr(&english).contains("= hint: "), "{}", stderr(&english));
    assert!(
        stderr(&english).contains("1 problem found; no letter can be made until it is fixed"),
        "{}",
        stderr(&english)
    );
    assert!(stderr(&dutch).contains("1 probleem gevonden; los het op"), "{}", stderr(&dutch));

    // The environment chooses English when it asks for it; --lang wins over it.
    let with_env = |lang: &str, args: &[&str]| {
        crate::support::command(&dir).env("LANG", lang).args(args).output().unwrap()
    };
    let env_english = with_env("en_GB.UTF-8", &["check", "invalid/kvk.yaml"]);
    assert_eq!(stderr(&env_english), stderr(&english));
    let env_german = with_env("de_DE.UTF-8", &["check", "invalid/kvk.yaml"]);
    assert_eq!(stderr(&env_german), stderr(&dutch));
    let forced = with_env("en_US.UTF-8", &["--lang", "nl", "check", "invalid/kvk.yaml"]);
    assert_eq!(stderr(&forced), stderr(&dutch));

    // The JSON lines keep their English names and codes, with the message in the language.
    let json = run(&dir, &["--message-format", "json", "check", "advice/short-term.yaml"]);
    let line: serde_json::Value =
        serde_json::from_str(stderr(&json).lines().next().unwrap()).unwrap();
    assert_eq!(line["severity"], "warning");
    assert_eq!(line["code"], "short-term");
    assert!(line["message"].as_str().unwrap().contains("werkdagen"), "{line}");

    // --help speaks the language too.
    let help = run(&dir, &["render", "--help"]);
    assert!(stdout(&help).starts_with("Schrijf de brief"), "{}", stdout(&help));
    assert!(stdout(&help).contains("Gebruik: ingebrekestelling render [OPTIES] <DOSSIER>"));
    let help = run(&dir, &["--lang", "en", "render", "--help"]);
    assert!(stdout(&help).contains("Usage: ingebrekestelling render [OPTIONS] <CASE>"));
}

#[test]
fn every_command_shows_examples_and_only_the_options_it_uses() {
    let dir = tempfile::tempdir().unwrap();
    for command in
        ["check", "preview", "render", "batch", "new", "schema", "templates", "completions"]
    {
        let help = stdout(&run(dir.path(), &[command, "--help"]));
        let examples = help.split("Voorbeelden:\n").nth(1).unwrap_or_default();
        assert!(examples.contains(&format!("ingebrekestelling {command}")), "{command}:\n{help}");
        let reads_cases = matches!(command, "check" | "preview" | "render" | "batch");
        assert_eq!(help.contains("--today"), reads_cases, "{command}:\n{help}");
        assert!(help.contains("--lang"), "{command}");
    }
}

#[test]
fn preview_shows_lines_to_write_on_as_lines() {
    let output =
        run(&root(), &["preview", "--document", "call-notes", "examples/saas-storing.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("Gesproken met: ______________________________ op: "), "{text}");
    assert!(!text.contains('\\'), "a backslash left for the reader:\n{text}");
    // Without `letter.date`, the call notes say that the term counts from today.
    let dir = tempfile::tempdir().unwrap();
    let case = fs::read_to_string(fixtures().join("valid/basis.yaml")).unwrap();
    let case =
        case.replace("  date: 2026-12-01\n", "").replace("  announced_by_phone: 2026-11-30\n", "");
    fs::write(dir.path().join("zaak.yaml"), case).unwrap();
    let output = run(dir.path(), &["preview", "--document", "call-notes", "zaak.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert!(
        stderr(&output).contains(
            "let op: het dossier heeft geen `letter.date`, dus deze belnotitie rekent met een brief \
             van vandaag (28 november 2026"
        ),
        "{}",
        stderr(&output)
    );
}

#[test]
fn preview_writes_the_letter_to_stdout_and_advice_to_stderr() {
    let dir = fixtures();
    let output = run(&dir, &["preview", "valid/basis.yaml"]);
    assert_eq!(status(&output), 0);
    assert_eq!(stderr(&output), "");
    // For reading: no backslash at the end of a line that breaks it.
    assert!(stdout(&output).starts_with("**Afzender B.V.**\n"), "{}", stdout(&output));
    assert!(stdout(&output).contains("**uiterlijk op dinsdag 15 december 2026**"));

    let output = run(&dir, &["preview", "advice/short-term.yaml"]);
    assert_eq!(status(&output), 0);
    assert!(stderr(&output).starts_with("advies[short-term]"));
    assert!(stdout(&output).contains("uiterlijk op vrijdag 4 december 2026"));

    let output = run(&dir, &["preview", "--deny-warnings", "advice/short-term.yaml"]);
    assert_eq!(status(&output), 1);
    assert_eq!(stdout(&output), "");

    let output = run(&dir, &["preview", "--quiet", "advice/short-term.yaml"]);
    assert_eq!(stderr(&output), "");
}

#[test]
fn render_writes_markdown_beside_the_case_and_never_overwrites_without_force() {
    let dir = tempfile::tempdir().unwrap();
    copy_basis(dir.path(), "zaak.yaml");
    let output = run(dir.path(), &["render", "--format", "md", "zaak.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(stderr(&output), "geschreven: zaak.md\n");
    let written = fs::read_to_string(dir.path().join("zaak.md")).unwrap();
    let preview = stdout(&run(dir.path(), &["preview", "zaak.yaml"]));
    assert_eq!(ingebrekestelling::formats::markdown::for_reading(&written), preview);
    assert_ne!(written, preview, "the Markdown has escapes that the preview drops");

    fs::write(dir.path().join("zaak.md"), "eigen aantekeningen").unwrap();
    let output = run(dir.path(), &["render", "--format", "md", "zaak.yaml"]);
    assert_eq!(status(&output), 2);
    assert_eq!(
        stderr(&output),
        "fout: `zaak.md` bestaat al; er is niets geschreven (met --force wordt het overschreven)\n"
    );
    assert_eq!(fs::read_to_string(dir.path().join("zaak.md")).unwrap(), "eigen aantekeningen");

    let output = run(dir.path(), &["render", "--format", "md", "--force", "zaak.yaml"]);
    assert_eq!(status(&output), 0);
    assert_eq!(fs::read_to_string(dir.path().join("zaak.md")).unwrap(), written);
    // No temporary files are left.
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["zaak.md", "zaak.yaml"]);
}

#[test]
fn render_out_is_a_folder_or_a_file() {
    let dir = tempfile::tempdir().unwrap();
    copy_basis(dir.path(), "zaak.yaml");
    let output = run(dir.path(), &["render", "--format", "md", "--out", "brieven/", "zaak.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert!(dir.path().join("brieven/zaak.md").is_file());

    fs::create_dir(dir.path().join("bestaand")).unwrap();
    let output = run(dir.path(), &["render", "--format", "md", "--out", "bestaand", "zaak.yaml"]);
    assert_eq!(status(&output), 0);
    assert!(dir.path().join("bestaand/zaak.md").is_file());

    let output = run(
        dir.path(),
        &["render", "--format", "md", "-o", "brief-aan-leverancier.md", "zaak.yaml"],
    );
    assert_eq!(status(&output), 0);
    assert!(dir.path().join("brief-aan-leverancier.md").is_file());

    // A file name without extension gets the format's, and says so.
    let output = run(dir.path(), &["render", "-o", "brief", "zaak.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        "geschreven: brief.pdf\nde naam had geen extensie; .pdf is toegevoegd\n"
    );
    assert!(fs::read(dir.path().join("brief.pdf")).unwrap().starts_with(b"%PDF-"));

    // An extension of another format is an error with the name to use; nothing is written.
    let output = run(dir.path(), &["render", "-o", "brief.docx", "zaak.yaml"]);
    assert_eq!(status(&output), 2);
    assert_eq!(
        stderr(&output),
        "fout: --out `brief.docx` eindigt op .docx, maar --format pdf schrijft een .pdf-bestand; \
         noem het `brief.pdf`, of kies met --format het formaat dat u wilt\n"
    );
    assert!(!dir.path().join("brief.docx").exists());

    // A file in a folder that does not exist: an error, no folder made, nothing written.
    let output = run(dir.path(), &["render", "--out", "bestaat/niet", "zaak.yaml"]);
    assert_eq!(status(&output), 2);
    assert!(
        stderr(&output).starts_with("fout: --out `bestaat/niet`: de map `bestaat` bestaat niet."),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("`bestaat/niet/`"), "{}", stderr(&output));
    assert!(!dir.path().join("bestaat").exists());

    // A folder clearly meant is made, also more than one level deep.
    let output = run(dir.path(), &["render", "--out", "nieuw/brieven/", "zaak.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert!(dir.path().join("nieuw/brieven/zaak.pdf").is_file());
}

#[test]
fn templates_export_and_override() {
    let dir = tempfile::tempdir().unwrap();
    copy_basis(dir.path(), "zaak.yaml");
    let output = run(dir.path(), &["templates", "export", "sjablonen"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    for builtin in ingebrekestelling::templates::BUILTIN {
        let written = fs::read_to_string(dir.path().join("sjablonen").join(builtin.name)).unwrap();
        assert_eq!(written, builtin.text);
    }
    let again = run(dir.path(), &["templates", "export", "sjablonen"]);
    assert_eq!(status(&again), 2);
    assert!(stderr(&again).contains("bestaan al; er is niets geschreven"), "{}", stderr(&again));

    // An exported template, edited, replaces the built-in one.
    let notice = dir.path().join("sjablonen/notice.md");
    let text = fs::read_to_string(&notice).unwrap();
    fs::write(&notice, text.replace("{{ closing }}", "Met hartelijke groet,")).unwrap();
    let output = run(dir.path(), &["preview", "--templates", "sjablonen", "zaak.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert!(stdout(&output).contains("\nMet hartelijke groet,\n"));

    // A template error names the file and the line, and exits 2.
    fs::write(&notice, "{{ salutation }}\n{{ onbekend }}\n").unwrap();
    let output =
        run(dir.path(), &["render", "--format", "md", "--templates", "sjablonen", "zaak.yaml"]);
    assert_eq!(status(&output), 2);
    let err = stderr(&output);
    assert!(err.contains("sjablonen/notice.md"), "{err}");
    assert!(err.contains(":2:"), "{err}");
    assert!(!dir.path().join("zaak.md").exists());

    let output = run(dir.path(), &["preview", "--templates", "weg", "zaak.yaml"]);
    assert_eq!(status(&output), 2);
    assert!(
        stderr(&output).contains("de map met sjablonen `weg` kan niet worden gelezen"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // A long letter (more than a pipe buffer) read only in part.
    let text = fs::read_to_string(fixtures().join("valid/basis.yaml")).unwrap();
    let breach = text
        .split("breaches:\n")
        .nth(1)
        .and_then(|rest| rest.split("\nhistory:").next())
        .unwrap()
        .to_owned();
    let many = format!("breaches:\n{}", breach.repeat(400));
    let long = text.replace(&format!("breaches:\n{breach}"), &many);
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("lang.yaml"), long).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("ingebrekestelling");
    let script = format!(
        "'{}' --today 2026-11-28 preview lang.yaml | head -c 10 > /dev/null; echo ${{PIPESTATUS[0]}}",
        bin.display()
    );
    let output = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(stdout(&output).trim(), "0", "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
}

#[test]
fn the_readme_commands_work() {
    let readme = fs::read_to_string(root().join("README.md")).unwrap();
    assert!(readme.contains("cargo run --release -- render examples/"));
}
