//! Every validation rule has a failing fixture in `fixtures/invalid/`, and every piece of
//! advice a fixture in `fixtures/advice/`. The full messages are pinned as snapshots.

use crate::support::{cases_in, fixtures, run, status, stderr, stdout, stem};

#[test]
fn every_invalid_fixture_fails_with_located_explained_problems() {
    let dir = fixtures();
    let cases = cases_in(&dir.join("invalid"));
    assert!(cases.len() >= 35, "only {} invalid fixtures", cases.len());
    for case in cases {
        let name = stem(&case);
        let relative = format!("invalid/{name}.yaml");
        let output = run(&dir, &["check", &relative]);
        let err = stderr(&output);
        assert_eq!(status(&output), 1, "{name}: {err}");
        assert!(stdout(&output).is_empty(), "{name}");
        // Every problem names the file, line and column, and gives a hint.
        let errors = err.matches("\nfout: ").count() + usize::from(err.starts_with("fout: "));
        assert!(errors >= 1, "{name}: {err}");
        assert!(err.matches("--> ").count() >= errors, "{name}: a problem without a place\n{err}");
        assert!(
            err.matches("= tip: ").count() >= errors,
            "{name}: a problem without a hint\n{err}"
        );
        assert!(err.contains(", dan kan de brief worden gemaakt\n"), "{name}: {err}");
        insta::assert_snapshot!(format!("invalid__{name}"), err);
    }
}

#[test]
fn an_invalid_case_writes_nothing() {
    let dir = fixtures();
    let out = tempfile::tempdir().unwrap();
    for name in ["missing-keys", "deadline-before-letter", "extends-missing", "yaml-syntax"] {
        let target = out.path().join(format!("{name}.md"));
        let output = run(
            &dir,
            &[
                "render",
                "--format",
                "md",
                "--out",
                target.to_str().unwrap(),
                &format!("invalid/{name}.yaml"),
            ],
        );
        assert_eq!(status(&output), 1, "{name}");
        assert!(!target.exists(), "{name}: an output was written");
    }
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 0);
}

#[test]
fn every_advice_code_has_a_fixture_that_gives_exactly_that_advice() {
    let dir = fixtures();
    let cases = cases_in(&dir.join("advice"));
    let mut names: Vec<String> = cases.iter().map(|c| stem(c)).collect();
    names.sort();
    let mut codes: Vec<String> =
        ingebrekestelling::advice::codes().map(|(c, _)| c.to_owned()).collect();
    codes.sort();
    assert_eq!(names, codes, "advice fixtures and advice codes differ");
    for name in names {
        let relative = format!("advice/{name}.yaml");
        let output = run(&dir, &["check", &relative]);
        let err = stderr(&output);
        assert_eq!(status(&output), 0, "{name}: {err}");
        assert_eq!(err.matches("advies[").count(), 1, "{name}: {err}");
        assert!(err.starts_with(&format!("advies[{name}]: ")), "{name}: {err}");
        assert!(err.contains("= waarom: "), "{name}: advice without a reason");
        assert!(err.contains("= tip: "), "{name}: advice without a hint");
        assert!(stdout(&output).contains(": in orde, met 1 advies; termijn tot en met "), "{name}");
        insta::assert_snapshot!(format!("advice__{name}"), err);

        let denied = run(&dir, &["check", "--deny-warnings", &relative]);
        assert_eq!(status(&denied), 1, "{name}: --deny-warnings must fail");
    }
}

#[test]
fn the_valid_fixture_has_no_advice() {
    let output = run(&fixtures(), &["check", "--deny-warnings", "valid/basis.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    assert_eq!(
        stdout(&output),
        "valid/basis.yaml: in orde; termijn tot en met dinsdag 15 december 2026\n"
    );
}

#[test]
fn a_bom_and_crlf_line_endings_are_accepted() {
    let text = std::fs::read_to_string(fixtures().join("valid/basis.yaml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let windows = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    std::fs::write(dir.path().join("windows.yaml"), windows).unwrap();
    let output = run(dir.path(), &["check", "--deny-warnings", "windows.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
}

#[test]
fn encoding_and_size_problems_are_located() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("latin1.yaml"), b"letter:\n  place: Z\xfcrich\n").unwrap();
    let output = run(dir.path(), &["check", "latin1.yaml"]);
    assert_eq!(status(&output), 1);
    let err = stderr(&output);
    assert!(err.contains("niet als UTF-8 opgeslagen: op regel 2, kolom 11"), "{err}");
    assert!(err.contains("2 |   place: Zürich"), "{err}");
    assert!(err.contains("--> latin1.yaml:2:11"), "{err}");

    let big = "# x\n".repeat(300_000);
    std::fs::write(dir.path().join("big.yaml"), big).unwrap();
    let output = run(dir.path(), &["check", "big.yaml"]);
    assert_eq!(status(&output), 1);
    let err = stderr(&output);
    assert!(err.contains("hoogstens 1 MB") && err.contains("--> big.yaml"), "{err}");
}
