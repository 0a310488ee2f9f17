//! The e-mail drafts (`--format eml`), read back with Python's own e-mail parser.

use std::fs;
use std::path::Path;

use crate::support::{fixtures, python, root, run, status, stderr};

/// The valid fixture with names, a title and a summary that need encoding in a header and
/// in the text.
fn accented_case(dir: &Path) -> std::path::PathBuf {
    let basis = fs::read_to_string(fixtures().join("valid/basis.yaml")).unwrap();
    let case = basis
        .replace("organisation: Leverancier B.V.", "organisation: Zoë & Günther Café B.V.")
        .replace("title: Overeenkomst hosting", "title: Overeenkomst hosting – coöperatie € ï")
        .replace("name: J. de Vries", "name: Zoë Müller")
        .replace(
            "    name: P. Bakker\n",
            "    name: P. Bakker\n    email: p.bakker@leverancier.example\n",
        );
    let path = dir.join("zaak.yaml");
    fs::write(&path, case).unwrap();
    path
}

#[test]
fn the_notice_goes_as_a_draft_with_the_pdf_attached_and_every_accent_intact() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    accented_case(d);
    let output = run(d, &["render", "zaak.yaml", "--format", "all"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let eml = python("read_eml.py", &d.join("zaak.eml"));

    assert_eq!(eml["defects"], serde_json::json!([]));
    assert_eq!(eml["from"], serde_json::json!([["Zoë Müller", "info@afzender.example"]]));
    // To the addressee's own address, with a copy to the supplier's general one.
    assert_eq!(eml["to"], serde_json::json!([["P. Bakker", "p.bakker@leverancier.example"]]));
    assert_eq!(
        eml["cc"],
        serde_json::json!([["Zoë & Günther Café B.V.", "contracten@leverancier.example"]])
    );
    assert_eq!(eml["subject"], "Ingebrekestelling – Overeenkomst hosting – coöperatie € ï");
    // The letter's date at nine, Dutch winter time; never the clock.
    assert_eq!(eml["date"], "2026-12-01T09:00:00+01:00");
    assert_eq!(eml["x_unsent"], "1");
    let id = eml["message_id"].as_str().unwrap();
    assert!(id.starts_with('<') && id.ends_with(".notice@afzender.example>"), "{id}");
    assert_eq!(eml["content_type"], "multipart/mixed");
    assert_eq!(eml["bare_newlines"], 0);
    assert!(eml["longest_line"].as_u64().unwrap() <= 78, "{}", eml["longest_line"]);

    // The attachment is the very PDF that `--format pdf` writes.
    let pdf = fs::read(d.join("zaak.pdf")).unwrap();
    let attachment = &eml["attachments"][0];
    assert_eq!(eml["attachments"].as_array().unwrap().len(), 1);
    assert_eq!(attachment["type"], "application/pdf");
    assert_eq!(attachment["name"], "Ingebrekestelling T-1.pdf");
    assert_eq!(attachment["size"], pdf.len());
    assert_eq!(attachment["sha256"], crate::batch::sha256(&pdf).as_str());

    // The cover text: plain, Dutch, with the accents, the attachment's name and the term.
    let plain = eml["plain"].as_str().unwrap().replace("\r\n", "\n");
    for wanted in [
        "Geachte heer Bakker,\n\n",
        "Hierbij stuur ik u namens Afzender B.V. de ingebrekestelling van 1 december 2026 met \
         kenmerk T-1",
        "„Overeenkomst hosting – coöperatie € ï”",
        "(Ingebrekestelling T-1.pdf)",
        "Ik stuur u dezelfde brief ook aangetekend per post.",
        "\n\nDe termijn in de brief loopt tot en met dinsdag 15 december 2026.\n\n",
        "Wilt u per omgaande bevestigen dat u deze e-mail met de bijlage heeft ontvangen?",
        "\n\nMet vriendelijke groet,\n\nZoë Müller\nDirecteur\nAfzender B.V.\n",
    ] {
        assert!(plain.contains(wanted), "`{wanted}` is not in\n{plain}");
    }
    assert!(!plain.contains("**") && !plain.contains('\\'), "{plain}");
    let html = eml["html"].as_str().unwrap();
    assert!(html.contains("<html lang=\"nl\">") && html.contains("coöperatie € ï"), "{html}");

    // The same case gives the same bytes.
    let first = fs::read(d.join("zaak.eml")).unwrap();
    let again = run(d, &["render", "zaak.yaml", "--format", "eml", "--force"]);
    assert_eq!(status(&again), 0);
    assert_eq!(first, fs::read(d.join("zaak.eml")).unwrap());
}

#[test]
fn a_confirmation_is_the_email_itself_in_text_and_html_without_markdown_marks() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::copy(root().join("examples/saas-storing.yaml"), d.join("zaak.yaml")).unwrap();
    let output = run(
        d,
        &["render", "zaak.yaml", "--document", "confirmation", "--entry", "1", "--format", "all"],
    );
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    for extension in ["md", "pdf", "eml"] {
        assert!(d.join(format!("zaak.confirmation-1.{extension}")).is_file(), "{extension}");
    }
    // A confirmation has no agenda.
    assert!(!d.join("zaak.confirmation-1.ics").exists());
    let eml = python("read_eml.py", &d.join("zaak.confirmation-1.eml"));
    assert_eq!(eml["defects"], serde_json::json!([]));
    assert_eq!(eml["content_type"], "multipart/alternative");
    assert_eq!(eml["attachments"], serde_json::json!([]));
    assert_eq!(eml["to"], serde_json::json!([["CloudWerk B.V.", "directie@cloudwerk.example"]]));
    let subject = eml["subject"].as_str().unwrap();
    assert!(subject.starts_with("Bevestiging van ons telefoongesprek van "), "{subject}");

    let plain = eml["plain"].as_str().unwrap().replace("\r\n", "\n");
    // The header lines of the Markdown are the e-mail's header, not its text.
    assert!(plain.starts_with("Geachte heer Bakker,\n\nHierbij bevestig ik"), "{plain}");
    assert!(!plain.contains("Aan:") && !plain.contains("Onderwerp:"), "{plain}");
    assert!(!plain.contains("**") && !plain.contains('\\'), "{plain}");
    assert!(plain.contains("\nWat er is besproken en toegezegd:\n"), "{plain}");
    let markdown = fs::read_to_string(d.join("zaak.confirmation-1.md")).unwrap();
    assert!(markdown.contains("**Wat er is besproken en toegezegd:**"));
    let html = eml["html"].as_str().unwrap().replace("\r\n", "\n");
    assert!(html.contains("<strong>Wat er is besproken en toegezegd:</strong>"), "{html}");
    assert!(
        html.contains(
            "<ul>\n<li><p>Het EPD is per kalendermaand minimaal 99,8% beschikbaar.<br>\n"
        ),
        "{html}"
    );
}

#[test]
fn a_confirmation_goes_to_the_person_spoken_to_when_the_case_has_their_address() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let case = fs::read_to_string(root().join("examples/saas-storing.yaml")).unwrap();
    let case = case.replacen(
        "    with: P. Bakker\n",
        "    with: P. Bakker\n    email: p.bakker@cloudwerk.example\n",
        1,
    );
    fs::write(d.join("zaak.yaml"), case).unwrap();
    let args = ["render", "zaak.yaml", "--document", "confirmation", "--entry", "1"];
    let output = run(d, &[&args[..], &["--format", "all"]].concat());
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let eml = python("read_eml.py", &d.join("zaak.confirmation-1.eml"));
    assert_eq!(eml["to"], serde_json::json!([["P. Bakker", "p.bakker@cloudwerk.example"]]));
    assert_eq!(eml["cc"], serde_json::json!([["CloudWerk B.V.", "directie@cloudwerk.example"]]));
    let markdown = fs::read_to_string(d.join("zaak.confirmation-1.md")).unwrap();
    assert!(markdown.starts_with("**Aan:** p.bakker@cloudwerk.example\\\n"), "{markdown}");
}

#[test]
fn without_an_address_eml_is_an_error_at_its_key_and_all_says_what_it_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let basis = fs::read_to_string(fixtures().join("valid/basis.yaml")).unwrap();
    fs::write(d.join("zaak.yaml"), basis.replace("  email: contracten@leverancier.example\n", ""))
        .unwrap();

    let output = run(d, &["render", "zaak.yaml", "--format", "eml"]);
    assert_eq!(status(&output), 1);
    let err = stderr(&output);
    assert!(
        err.contains("fout: supplier.email: voor het e-mailconcept is `supplier.email` nodig"),
        "{err}"
    );
    assert!(
        err.contains("--> zaak.yaml:") && err.contains("= tip: vul `supplier.email` in"),
        "{err}"
    );
    assert!(!d.join("zaak.eml").exists());

    let output = run(d, &["render", "zaak.yaml", "--format", "all"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert!(
        stderr(&output)
            .contains("geen e-mailconcept gemaakt: vul `supplier.email` in het dossier in")
    );
    assert!(d.join("zaak.pdf").is_file() && d.join("zaak.ics").is_file());
    assert!(!d.join("zaak.eml").exists());

    // A format the document does not have is a usage error.
    let output = run(d, &["render", "zaak.yaml", "--document", "call-notes", "--format", "eml"]);
    assert_eq!(status(&output), 2);
    assert!(
        stderr(&output).contains("`--format eml` past niet bij `--document call-notes`"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn the_letter_after_the_term_says_what_it_follows_and_what_it_is_about() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let case = fs::read_to_string(root().join("examples/saas-storing.yaml")).unwrap();
    // Served by a bailiff as well as sent by registered mail.
    let case = case.replace(
        "sent_by: [registered_mail, mail, email]",
        "sent_by: [registered_mail, email, bailiff]",
    );
    fs::write(d.join("zaak.yaml"), case).unwrap();
    let output = run(d, &["render", "zaak.yaml", "--document", "follow-up", "--format", "all"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let eml = python("read_eml.py", &d.join("zaak.follow-up.eml"));
    assert_eq!(eml["defects"], serde_json::json!([]));
    let plain = eml["plain"].as_str().unwrap().replace("\r\n", "\n");
    for wanted in [
        "Deze brief volgt op de ingebrekestelling van 1 december 2026 en gaat over het verzuim, \
         de ontbinding, de schadevergoeding en de betaling.",
        "Ik stuur u dezelfde brief ook aangetekend per post en laat hem bovendien door een \
         gerechtsdeurwaarder aan CloudWerk B.V. betekenen.",
        "gaat over het verzuim, de ontbinding, de schadevergoeding en de betaling. Met deze \
         brief ontbindt Zorggroep Oost B.V. de overeenkomst gedeeltelijk, namelijk voor ",
        // The sum demanded, and by when, as the letter says it.
        "In de brief sommeer ik u €\u{a0}12.500,00 te betalen, uiterlijk op maandag 25 januari 2027.",
    ] {
        assert!(plain.contains(wanted), "`{wanted}` is not in\n{plain}");
    }
    // No term in a letter after the term.
    assert!(!plain.contains("De termijn in de brief"), "{plain}");
    let pdf = fs::read(d.join("zaak.follow-up.pdf")).unwrap();
    assert_eq!(eml["attachments"][0]["sha256"], crate::batch::sha256(&pdf).as_str());
    assert_eq!(eml["attachments"][0]["name"], "Verzuim IGS-2026-014.pdf");

    // The notice of a two-step case says in its e-mail what the promise must be, and when.
    let output = run(d, &["render", "zaak.yaml", "--format", "eml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let notice = python("read_eml.py", &d.join("zaak.eml"));
    let plain = notice["plain"].as_str().unwrap().replace("\r\n", "\n");
    let wanted = "Ik verzoek u mij uiterlijk op dinsdag 8 december 2026 schriftelijk toe te zeggen dat \
                  u de verplichtingen uiterlijk op 17 december 2026 volledig nakomt, en daarbij aan \
                  te geven hoe en wanneer. Blijft een toereikende toezegging uit, dan beschouw ik u \
                  vanaf 9 december 2026 als in verzuim (zie de brief).";
    assert!(plain.contains(wanted), "{plain}");
}
