//! The agenda file (`--format ics`), read back with the `icalendar` package.

use std::fs;

use chrono::NaiveDate;
use ingebrekestelling::calendar;

use crate::support::{python, root, run, status, stderr};

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[test]
fn the_notice_puts_its_term_the_confirmation_and_a_reminder_in_the_agenda() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    fs::copy(root().join("examples/saas-storing.yaml"), dir.join("zaak.yaml")).unwrap();
    let output = run(dir, &["render", "zaak.yaml", "--format", "ics"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let ics = python("read_ics.py", &dir.join("zaak.ics"));
    assert_eq!(ics["version"], "2.0");
    assert!(ics["longest_line"].as_u64().unwrap() <= 75);
    assert_eq!(ics["bare_newlines"], 0);

    // The example: letter 1 December 2026, 12 working days, confirm within 5.
    let letter = d("2026-12-01");
    let deadline = calendar::add_working_days(letter, 12);
    let confirm = calendar::add_working_days(letter, 5);
    let reminder = calendar::sub_working_days(deadline, 2);
    let events = ics["events"].as_array().unwrap();
    let found: Vec<(&str, &str, &str)> = events
        .iter()
        .map(|e| {
            let uid = e["uid"].as_str().unwrap();
            (
                uid.split_once('-').unwrap().1,
                e["start"].as_str().unwrap(),
                e["end"].as_str().unwrap(),
            )
        })
        .collect();
    let day = |date: NaiveDate| date.to_string();
    let next = |date: NaiveDate| date.succ_opt().unwrap().to_string();
    assert_eq!(
        found,
        [
            ("bevestiging@ingebrekestelling", day(confirm).as_str(), next(confirm).as_str()),
            ("herinnering@ingebrekestelling", day(reminder).as_str(), next(reminder).as_str()),
            ("termijn@ingebrekestelling", day(deadline).as_str(), next(deadline).as_str()),
        ]
    );
    assert_eq!(deadline, d("2026-12-17"));
    for event in events {
        assert_eq!(event["start_is_date"], true);
        assert_eq!(event["stamp"], "2026-12-01T00:00:00+00:00");
        assert_eq!(event["alarms"][0]["action"], "DISPLAY");
        assert_eq!(event["alarms"][0]["trigger_seconds"], 9.0 * 3600.0);
    }
    let reminder_text = events[1]["description"].as_str().unwrap();
    assert!(
        reminder_text.contains(
            "(bijvoorbeeld een ontvangstbevestiging of het bezorgbewijs van de aangetekende brief)"
        ),
        "{reminder_text}"
    );
    // A two-step notice: the promise may be missed, but default then is not automatic.
    let confirmation = events[0]["description"].as_str().unwrap();
    assert!(confirmation.contains("dan kan CloudWerk B.V. vanaf 9 december 2026 in verzuim zijn"));
    let term = &events[2];
    assert_eq!(term["summary"], "Termijn ingebrekestelling CloudWerk B.V. verloopt");
    let what = term["description"].as_str().unwrap();
    for wanted in [
        "Vandaag is de laatste dag van de termijn in de ingebrekestelling van 1 december 2026 \
         met kenmerk IGS-2026-014",
        "vanaf 18 december 2026 in verzuim, als dat niet al eerder zo was.",
        "maak de brief na verzuim met het commando ingebrekestelling render --document \
         follow-up. Verstuur die brief niet vóór 18 december 2026.",
    ] {
        assert!(what.contains(wanted), "`{wanted}` is not in\n{what}");
    }

    // The same case gives the same bytes; the ids stay, so an agenda updates its entries.
    let first = fs::read(dir.join("zaak.ics")).unwrap();
    assert_eq!(status(&run(dir, &["render", "zaak.yaml", "--format", "ics", "--force"])), 0);
    assert_eq!(first, fs::read(dir.join("zaak.ics")).unwrap());
}

#[test]
fn without_registered_mail_the_reminder_asks_for_another_proof_of_receipt() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let basis = fs::read_to_string(crate::support::fixtures().join("valid/basis.yaml")).unwrap();
    let case = basis.replace("  reference: T-1\n", "  reference: T-1\n  sent_by: [mail, email]\n");
    fs::write(dir.join("zaak.yaml"), case).unwrap();
    let output = run(dir, &["render", "zaak.yaml", "--format", "ics"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let ics = python("read_ics.py", &dir.join("zaak.ics"));
    let reminder = ics["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["uid"].as_str().unwrap().contains("-herinnering@"))
        .unwrap();
    let text = reminder["description"].as_str().unwrap();
    assert!(text.contains("(bijvoorbeeld een ontvangstbevestiging)"), "{text}");
    assert!(!text.contains("aangetekende"), "{text}");
}
