//! The documents around the notice: the confirmation of a call, the call notes and the letter
//! after the term (LETTER.md §2–4).

use std::fs;

use ingebrekestelling::case::Channel;
use ingebrekestelling::documents::{Document, DocumentError};
use ingebrekestelling::dutch;
use ingebrekestelling::formats::markdown;

use crate::support::{
    cases_in, checked, fixtures, render, root, run, shown_text, status, stderr, stdout, stem,
};

fn no_placeholders(name: &str, md: &str) {
    for bad in ["None", "null", "{{", "{%", "}}", "%}", "[]", "()", "  ,", " ."] {
        assert!(!md.contains(bad), "{name}: `{bad}` in the document");
    }
}

#[test]
fn call_notes_for_every_example() {
    for path in cases_in(&root().join("examples")) {
        let name = stem(&path);
        let (_, case) = checked(&path);
        let md = render(&path, Document::CallNotes).unwrap().markdown.0;
        no_placeholders(&name, &md);
        let text = shown_text(&md);
        for contact in &case.history {
            assert!(md.contains(&markdown::escape(&contact.summary, 2)), "{name}");
        }
        for breach in &case.breaches {
            assert!(md.contains(&markdown::escape(&breach.obligation, 3)), "{name}");
        }
        let deadline = format!("tot en met {}", dutch::date_with_weekday(case.deadline.date));
        assert!(text.contains(&deadline), "{name}: no `{deadline}`");
        assert!(text.contains("Uitkomst van het gesprek") && text.contains("bevestig het gesprek"));
        insta::assert_snapshot!(format!("call-notes__{name}"), md);
    }
}

#[test]
fn a_confirmation_for_every_call_and_meeting_in_the_examples() {
    let mut made = 0;
    for path in cases_in(&root().join("examples")) {
        let name = stem(&path);
        let (_, case) = checked(&path);
        for (i, contact) in case.history.iter().enumerate() {
            let entry = i + 1;
            let result = render(&path, Document::Confirmation(Some(entry)));
            if !matches!(contact.channel, Channel::Phone | Channel::Meeting) {
                assert!(matches!(result, Err(DocumentError::Entry { .. })), "{name} {entry}");
                continue;
            }
            let md = result.unwrap().markdown.0;
            no_placeholders(&name, &md);
            let text = shown_text(&md);
            assert!(text.contains(&dutch::date(contact.date)));
            assert!(md.contains(&markdown::escape(&contact.summary, 0)));
            assert!(text.contains("binnen twee werkdagen"), "an invitation to correct it");
            insta::assert_snapshot!(format!("confirmation__{name}__{entry}"), md);
            made += 1;
        }
    }
    assert!(made >= 3, "only {made} confirmations");
}

#[test]
fn the_letter_after_the_term_for_the_examples_that_have_follow_up() {
    let mut made = 0;
    for path in cases_in(&root().join("examples")) {
        let name = stem(&path);
        let (_, case) = checked(&path);
        let result = render(&path, Document::FollowUp);
        let Some(follow_up) = &case.follow_up else {
            assert!(matches!(result, Err(DocumentError::Refused(_))), "{name}");
            continue;
        };
        let md = result.unwrap().markdown.0;
        no_placeholders(&name, &md);
        let text = shown_text(&md);
        // It refers to the notice: its date, reference and deadline.
        assert!(text.contains(&format!("Op {} heb ik u", dutch::date(follow_up.notice_date))));
        if let Some(reference) = &case.letter.reference {
            assert!(text.contains(reference.as_str()));
        }
        assert!(text.contains(&dutch::date_with_weekday(case.deadline.date)));
        assert!(text.contains("in verzuim"));
        let terminates = text.contains("ontbind ik hierbij de overeenkomst");
        assert_eq!(
            terminates,
            follow_up.actions.contains(&ingebrekestelling::case::FollowUpAction::Termination)
        );
        if let Some(cents) = follow_up.damages_estimate {
            assert!(text.contains(&dutch::euro(cents)), "{name}: the estimate");
        }
        insta::assert_snapshot!(format!("follow-up__{name}"), md);
        made += 1;
    }
    assert!(made >= 2);
}

#[test]
fn the_notice_never_dissolves_the_contract() {
    for path in cases_in(&root().join("examples")) {
        let md = render(&path, Document::Notice).unwrap().markdown.0;
        assert!(!md.contains("ontbind ik hierbij"), "{}", path.display());
        assert!(md.contains("Deze brief is geen ontbinding") || !md.contains("ontbinden"));
    }
}

fn with_follow_up(follow_up: &str) -> tempfile::TempDir {
    let text = fs::read_to_string(fixtures().join("valid/basis.yaml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("zaak.yaml"), format!("{text}\n{follow_up}")).unwrap();
    dir
}

#[test]
fn check_refuses_what_render_would_refuse() {
    // A `follow_up` dated on the deadline: the notice is fine, the letter after the term not.
    let dir = with_follow_up("follow_up:\n  date: 2026-12-15\n  actions: [damages]\n");
    let output = run(dir.path(), &["check", "zaak.yaml"]);
    assert_eq!(status(&output), 1, "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.starts_with("fout: follow_up.date: "), "{err}");
    assert!(
        err.ends_with(
            "zaak.yaml: 1 probleem gevonden; los het op, dan kan de brief na de termijn worden \
             gemaakt\n"
        ),
        "{err}"
    );
    assert_eq!(stdout(&output), "");
    // Asked for the notice only, the case is in order.
    let output = run(dir.path(), &["check", "--document", "notice", "zaak.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert!(stdout(&output).starts_with("zaak.yaml: in orde"));
    // A confirmation asked for with an entry that is not a call: a usage error, as in render.
    let output =
        run(dir.path(), &["check", "--document", "confirmation", "--entry", "9", "zaak.yaml"]);
    assert_eq!(status(&output), 2);
    assert!(stderr(&output).starts_with("fout: het dossier heeft geen onderdeel 9 in `history`"));
    // Once dated after the deadline, every document can be made.
    let dir = with_follow_up("follow_up:\n  date: 2026-12-16\n  actions: [damages]\n");
    let output = run(dir.path(), &["check", "zaak.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));

    // `check` takes folders, as `batch` does, and skips base files in them.
    let folder = tempfile::tempdir().unwrap();
    let text = fs::read_to_string(fixtures().join("valid/basis.yaml")).unwrap();
    fs::create_dir_all(folder.path().join("zaken/noord")).unwrap();
    fs::write(folder.path().join("zaken/noord/a.yaml"), &text).unwrap();
    fs::write(folder.path().join("zaken/b.yml"), &text).unwrap();
    fs::write(folder.path().join("zaken/_basis.yaml"), "letter: {}\n").unwrap();
    let output = run(folder.path(), &["check", "zaken"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let shown = stdout(&output);
    let lines: Vec<&str> = shown.lines().map(|l| l.split(':').next().unwrap()).collect();
    assert_eq!(lines, ["zaken/b.yml", "zaken/noord/a.yaml"]);
}

#[test]
fn the_letter_after_the_term_is_refused_before_the_deadline_and_without_follow_up() {
    let dir = with_follow_up("");
    let output = run(dir.path(), &["render", "--document", "follow-up", "zaak.yaml"]);
    assert_eq!(status(&output), 1);
    let err = stderr(&output);
    assert!(
        err.starts_with(
            "fout: follow_up: de brief na de termijn heeft `follow_up` in het dossier nodig"
        ),
        "{err}"
    );
    assert!(err.contains("na de uiterste datum, dinsdag 15 december 2026"), "{err}");

    let dir = with_follow_up("follow_up:\n  date: 2026-12-15\n  actions: [damages]\n");
    let output = run(dir.path(), &["render", "--document", "follow-up", "zaak.yaml"]);
    assert_eq!(status(&output), 1);
    let err = stderr(&output);
    assert!(
        err.contains("follow_up.date: de brief na de termijn heeft de datum 15 december 2026, maar de uiterste datum van de ingebrekestelling is dinsdag 15 december 2026"),
        "{err}"
    );
    assert!(err.contains("--> zaak.yaml:"), "{err}");
    assert!(!dir.path().join("zaak.follow-up.pdf").exists());

    let dir = with_follow_up("follow_up:\n  date: 2027-01-11\n  actions: [termination]\n");
    let output = run(dir.path(), &["render", "--document", "follow-up", "zaak.yaml"]);
    assert_eq!(status(&output), 1);
    assert!(
        stderr(&output).contains("follow_up.termination_scope: de brief ontbindt de overeenkomst")
    );

    // The notice is unaffected by an unfinished follow_up.
    let output = run(dir.path(), &["render", "zaak.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));

    let dir = with_follow_up(
        "follow_up:\n  date: 2027-01-11\n  actions: [termination, damages]\n  termination_scope: full\n  damages_estimate: 1234.5\n  outcome:\n    - {breach: 1, status: not_performed}\n",
    );
    let output =
        run(dir.path(), &["render", "--document", "follow-up", "--format", "all", "zaak.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let md = fs::read_to_string(dir.path().join("zaak.follow-up.md")).unwrap();
    assert!(md.contains("ontbind ik hierbij de overeenkomst geheel"));
    assert!(md.contains("€\u{a0}1.234,50"));
    assert!(dir.path().join("zaak.follow-up.pdf").is_file());
}

#[test]
fn a_confirmation_needs_an_entry_that_is_a_call_or_meeting() {
    let dir = fixtures();
    let output = run(&dir, &["preview", "--document", "confirmation", "valid/basis.yaml"]);
    assert_eq!(status(&output), 2);
    assert_eq!(
        stderr(&output),
        "fout: `--document confirmation` heeft `--entry N` nodig: het nummer van het \
         telefoongesprek of overleg in `history` dat u bevestigt. Deze gesprekken kunnen worden \
         bevestigd:\n  --entry 1: telefoongesprek van 5 oktober 2026, al bevestigd\n"
    );
    let output =
        run(&dir, &["preview", "--document", "confirmation", "--entry", "4", "valid/basis.yaml"]);
    assert_eq!(status(&output), 2);
    assert!(stderr(&output).starts_with("fout: het dossier heeft geen onderdeel 4 in `history`"));
    let output =
        run(&dir, &["preview", "--document", "confirmation", "--entry", "1", "valid/basis.yaml"]);
    assert_eq!(status(&output), 0);
    assert!(
        stdout(&output)
            .contains("**Onderwerp:** Bevestiging van ons telefoongesprek van 5 oktober 2026")
    );
    let output =
        run(&dir, &["preview", "--document", "confirmation", "--entry", "0", "valid/basis.yaml"]);
    assert_eq!(status(&output), 2, "entries count from 1");
}

#[test]
fn render_names_each_document_beside_the_case() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(root().join("examples/saas-storing.yaml"), dir.path().join("zaak.yaml")).unwrap();
    for args in [
        &["--document", "call-notes"][..],
        &["--document", "confirmation", "--entry", "3"],
        &["--document", "follow-up"],
    ] {
        let mut all = vec!["render"];
        all.extend_from_slice(args);
        all.push("zaak.yaml");
        let output = run(dir.path(), &all);
        assert_eq!(status(&output), 0, "{args:?}: {}", stderr(&output));
    }
    for name in ["zaak.call-notes.pdf", "zaak.confirmation-3.pdf", "zaak.follow-up.pdf"] {
        assert!(dir.path().join(name).is_file(), "{name}");
    }
}

#[test]
fn batch_makes_every_document() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let text = fs::read_to_string(fixtures().join("valid/basis.yaml")).unwrap();
    // Case `a` has a second call, not yet confirmed; case `b` only the confirmed one.
    let base = text.replace(
        "    confirmed_in_writing: 2026-10-06\n",
        "    confirmed_in_writing: 2026-10-06\n  - date: 2026-10-07\n    channel: phone\n    \
         summary: Opnieuw gebeld.\n",
    );
    fs::create_dir_all(d.join("zaken")).unwrap();
    fs::write(d.join("zaken/a.yaml"), &base).unwrap();
    fs::write(d.join("zaken/b.yaml"), &text).unwrap();
    let output =
        run(d, &["batch", "zaken", "--out", "uit", "--document", "call-notes", "--format", "md"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert!(d.join("uit/a.call-notes.md").is_file() && d.join("uit/b.call-notes.md").is_file());

    // Without --entry: a confirmation for every call or meeting not yet confirmed.
    let output =
        run(d, &["batch", "zaken", "--out", "uit", "--document", "confirmation", "--format", "md"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert!(d.join("uit/a.confirmation-2.md").is_file());
    assert!(!d.join("uit/a.confirmation-1.md").exists(), "entry 1 is already confirmed");
    assert!(!d.join("uit/b.confirmation-1.md").exists());
    let manifest = fs::read_to_string(d.join("uit/manifest.json")).unwrap();
    assert!(manifest.contains("\"a.confirmation-2.md\""), "{manifest}");
}
