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
        assert!(stderr(&output).contains("error:"), "{args:?}: {}", stderr(&output));
    }
    let output = crate::support::command(dir.path())
        .args(["--today", "1-12-2026", "check", "a.yaml"])
        .output()
        .unwrap();
    assert_eq!(status(&output), 2);
    assert!(stderr(&output).contains("YYYY-MM-DD"), "{}", stderr(&output));
}

#[test]
fn help_and_version_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let help = run(dir.path(), &["--help"]);
    assert_eq!(status(&help), 0);
    assert!(stdout(&help).contains("Examples:"));
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
        "fout: cannot read the case file `bestaat-niet.yaml`: het bestand bestaat niet\n"
    );
    let output = run(dir.path(), &["check", "."]);
    assert_eq!(status(&output), 2);
    assert!(stderr(&output).contains("het is een map, geen bestand"), "{}", stderr(&output));
}

#[test]
fn check_reports_every_case_and_the_worst_status_wins() {
    let dir = fixtures();
    let output = run(&dir, &["check", "valid/basis.yaml", "invalid/kvk.yaml"]);
    assert_eq!(status(&output), 1);
    assert!(stdout(&output).contains("valid/basis.yaml: valid"));
    assert!(stderr(&output).contains("invalid/kvk.yaml:9:8"));
    let output = run(&dir, &["check", "invalid/kvk.yaml", "weg.yaml", "valid/basis.yaml"]);
    assert_eq!(status(&output), 2);
    assert!(stdout(&output).contains("valid/basis.yaml: valid"));
}

#[test]
fn today_is_accepted_before_and_after_the_command() {
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read_to_string(fixtures().join("valid/basis.yaml")).unwrap();
    fs::write(dir.path().join("zaak.yaml"), text.replace("  date: 2026-12-01\n", "")).unwrap();
    let mut cmd = assert_cmd::Command::cargo_bin("ingebrekestelling").unwrap();
    let before = cmd
        .current_dir(dir.path())
        .args(["--today", "2026-12-01", "check", "zaak.yaml"])
        .output()
        .unwrap();
    let mut cmd = assert_cmd::Command::cargo_bin("ingebrekestelling").unwrap();
    let after = cmd
        .current_dir(dir.path())
        .args(["check", "zaak.yaml", "--today", "2026-12-01"])
        .output()
        .unwrap();
    assert_eq!(stdout(&before), "zaak.yaml: valid; deadline dinsdag 15 december 2026\n");
    assert_eq!(stdout(&before), stdout(&after));
}

#[test]
fn preview_writes_the_letter_to_stdout_and_advice_to_stderr() {
    let dir = fixtures();
    let output = run(&dir, &["preview", "valid/basis.yaml"]);
    assert_eq!(status(&output), 0);
    assert_eq!(stderr(&output), "");
    assert!(stdout(&output).starts_with("**Afzender B.V.**\\\n"));
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
    assert_eq!(stderr(&output), "wrote zaak.md\n");
    let written = fs::read_to_string(dir.path().join("zaak.md")).unwrap();
    let preview = stdout(&run(dir.path(), &["preview", "zaak.yaml"]));
    assert_eq!(written, preview);

    fs::write(dir.path().join("zaak.md"), "eigen aantekeningen").unwrap();
    let output = run(dir.path(), &["render", "--format", "md", "zaak.yaml"]);
    assert_eq!(status(&output), 2);
    assert_eq!(
        stderr(&output),
        "fout: `zaak.md` already exists; nothing was written (use --force to overwrite)\n"
    );
    assert_eq!(fs::read_to_string(dir.path().join("zaak.md")).unwrap(), "eigen aantekeningen");

    let output = run(dir.path(), &["render", "--format", "md", "--force", "zaak.yaml"]);
    assert_eq!(status(&output), 0);
    assert_eq!(fs::read_to_string(dir.path().join("zaak.md")).unwrap(), preview);
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
    assert!(stderr(&again).contains("already exist"));

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
    assert!(stderr(&output).contains("cannot read the templates folder `weg`"));
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
