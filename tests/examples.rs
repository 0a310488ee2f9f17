//! The examples in `examples/`: each is valid without advice, and renders a complete notice
//! (LETTER.md §1) whose Markdown is pinned as a snapshot.

use ingebrekestelling::formats::markdown;
use ingebrekestelling::{calendar, case::Term, dutch};

use crate::support::{cases_in, notice_markdown, root, run, shown_text, status, stderr, stem};

#[test]
fn there_are_at_least_four_examples() {
    assert!(cases_in(&root().join("examples")).len() >= 4);
}

#[test]
fn every_example_passes_check_without_advice() {
    for case in cases_in(&root().join("examples")) {
        let output = run(&root(), &["check", "--deny-warnings", case.to_str().unwrap()]);
        assert_eq!(status(&output), 0, "{}: {}", case.display(), stderr(&output));
        assert_eq!(stderr(&output), "", "{}", case.display());
    }
}

#[test]
fn every_example_renders_a_complete_notice() {
    for path in cases_in(&root().join("examples")) {
        let name = stem(&path);
        let (case, md) = notice_markdown(&path);
        let text = shown_text(&md);

        // Nothing that looks like a placeholder or template syntax.
        for bad in ["None", "null", "{{", "{%", "}}", "%}", "[]", "()", "  ,", " .", ": \n"] {
            assert!(!md.contains(bad), "{name}: `{bad}` in the letter");
        }
        assert!(!text.lines().any(|l| l.trim().is_empty() && !l.is_empty()), "{name}");

        // The deadline equals the calendar rules, as a weekday and date, after the letter date.
        let letter_date = case.letter.date;
        let expected = match case.deadline.term {
            Term::WorkingDays(n) => calendar::add_working_days(letter_date, n),
            Term::Days(n) => calendar::add_days_to_working_day(letter_date, n),
            Term::Date => case.deadline.date,
        };
        assert_eq!(case.deadline.date, expected, "{name}");
        assert!(expected > letter_date && calendar::is_working_day(expected), "{name}");
        let phrase = format!("uiterlijk op {}", dutch::date_with_weekday(expected));
        assert!(text.contains(&phrase), "{name}: no `{phrase}`");

        // Every breach, contact and enclosure is in the letter.
        for breach in &case.breaches {
            for field in [&breach.obligation, &breach.facts, &breach.required_action] {
                assert!(md.contains(&markdown::escape(field, 5)), "{name}: {field}");
            }
        }
        for contact in &case.history {
            assert!(md.contains(&markdown::escape(&contact.summary, 2)), "{name}");
            assert!(text.contains(&dutch::date(contact.date)), "{name}");
        }
        for (i, enclosure) in case.enclosures.iter().enumerate() {
            assert!(text.contains(enclosure.title.as_str()), "{name}");
            assert!(md.contains(&format!("{}. {}", i + 1, markdown::escape(&enclosure.title, 0))));
        }
        for name_cc in &case.cc {
            assert!(text.contains(name_cc.as_str()), "{name}");
        }

        // The elements of LETTER.md §1, in order.
        let mut order = vec![
            case.sender.party.organisation.clone(),
            "Aangetekend".to_owned(),
            case.supplier.party.organisation.clone(),
            format!("{}, {}", case.letter.place, dutch::date(letter_date)),
            "Onderwerp: Ingebrekestelling".to_owned(),
            "Geachte ".to_owned(),
            case.contract.title.clone(),
        ];
        if case.letter.announced_by_phone.is_some() {
            order.push("telefonisch is aangekondigd".to_owned());
        }
        if !case.history.is_empty() {
            order.push("Eerdere contacten".to_owned());
        }
        order.extend(
            [
                "De tekortkoming",
                "stel ik u hierbij in gebreke",
                "uiterlijk op",
                "laatste gelegenheid om alsnog na te komen",
                "in verzuim",
                "aansprakelijk voor alle schade",
                "alle rechten voor",
                "recht op nakoming",
                "stuit daarmee de verjaring",
                "3:317 lid 1 BW",
                "ontvangst van deze brief",
            ]
            .map(str::to_owned),
        );
        order.push(case.sender.signatory.clone());
        if !case.enclosures.is_empty() {
            order.push("Bijlagen".to_owned());
        }
        if !case.cc.is_empty() {
            order.push("Kopie aan".to_owned());
        }
        let mut at = 0;
        for item in &order {
            match text.get(at..).and_then(|rest| rest.find(item.as_str())) {
                Some(found) => at += found + item.len(),
                None => panic!("{name}: `{item}` missing or out of order"),
            }
        }

        // The letter announces ontbinding; it never declares it.
        assert!(!text.contains("ontbind hierbij") && !text.contains("ontbinden hierbij"));

        insta::assert_snapshot!(format!("example__{name}"), md);
    }
}
