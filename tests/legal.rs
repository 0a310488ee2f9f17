//! What the letters say in law: each choice of the README's "De brief" has a test here, on the
//! Markdown the letter is made of.

use std::fs;

use crate::support::{fixtures, markdown, root, run, status, stderr};

/// A case: the valid fixture with `replace` applied and `extra` appended, in a new folder.
fn case(replace: &[(&str, &str)], extra: &str) -> tempfile::TempDir {
    let mut text = fs::read_to_string(fixtures().join("valid/basis.yaml")).unwrap();
    for (from, to) in replace {
        assert!(text.contains(from), "{from}");
        text = text.replace(from, to);
    }
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("zaak.yaml"), format!("{text}\n{extra}")).unwrap();
    dir
}

/// The Markdown of `document` for the case in `dir`; panics with the errors when refused.
fn preview(dir: &tempfile::TempDir, document: &str) -> String {
    let (output, md) = markdown(dir.path(), &["--document", document, "zaak.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    md
}

/// The errors when `document` is refused.
fn refused(dir: &tempfile::TempDir, document: &str) -> String {
    let (output, md) = markdown(dir.path(), &["--document", document, "zaak.yaml"]);
    assert_eq!(status(&output), 1, "{md}");
    stderr(&output)
}

fn example(name: &str, document: &str, entry: Option<&str>) -> String {
    let mut args = vec!["--document", document];
    if let Some(entry) = entry {
        args.extend(["--entry", entry]);
    }
    let path = root().join("examples").join(format!("{name}.yaml"));
    args.push(path.to_str().unwrap());
    let (output, md) = markdown(&root(), &args);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    md
}

const OUTCOME_1: &str = "  outcome:\n    - {breach: 1, status: not_performed}\n";

#[test]
fn the_two_step_request_rests_on_fraanje_alukon_and_never_says_default_is_automatic() {
    let md = preview(&case(&[], "confirm_within_working_days: 5\n"), "notice");
    assert!(md.contains("schriftelijk toe te zeggen dat u de verplichting uiterlijk op"), "{md}");
    assert!(md.contains("en daarbij aan te geven hoe en wanneer u dat doet"));
    assert!(md.contains(
        "Ontvang ik uiterlijk op 8 december 2026 geen toereikende toezegging, dan beschouw ik u namens Afzender B.V. vanaf 9 december 2026 als in verzuim (HR 11 oktober \
         2019, ECLI:NL:HR:2019:1581)."
    ));
    // The grounds: the shortcomings and the contacts that did not help.
    assert!(md.contains("gegronde redenen om te vrezen"));
    assert!(!md.contains("U bent dan vanaf de dag daarna in verzuim"));
    assert!(!md.contains("6:80"), "6:80 lid 1 sub c is for what is not yet due");
}

#[test]
fn the_governing_law_is_stated_and_foreign_law_is_refused() {
    let with =
        |law: &str| case(&[("  date: 2024-03-01\n", &format!("  date: 2024-03-01\n{law}"))], "");
    let md = preview(
        &with(
            "  governing_law: Nederlands recht\n  governing_law_source: artikel 21 van de overeenkomst\n",
        ),
        "notice",
    );
    assert!(md.contains(
        "Op de overeenkomst is Nederlands recht van toepassing (artikel 21 van de overeenkomst)."
    ));
    let output = run(with("  governing_law: Belgisch recht\n").path(), &["check", "zaak.yaml"]);
    assert_eq!(status(&output), 1);
    assert!(
        stderr(&output).contains("deze brief is gebouwd op Nederlands recht"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_mandate_stands_between_the_closing_and_the_name() {
    let dir = case(
        &[(
            "    role: Directeur\n",
            "    role: Directeur\n    mandate: De burgemeester van Tiel, namens deze,\n",
        )],
        "",
    );
    let md = preview(&dir, "notice");
    assert!(
        md.contains("Met vriendelijke groet,\n\nDe burgemeester van Tiel, namens deze,\n\nJ. de Vries\\\nDirecteur"),
        "{md}"
    );
    let follow_up = preview(
        &case(
            &[(
                "    role: Directeur\n",
                "    role: Directeur\n    mandate: De burgemeester van Tiel, namens deze,\n",
            )],
            &format!("follow_up:\n  date: 2027-01-11\n  actions: [damages]\n{OUTCOME_1}"),
        ),
        "follow-up",
    );
    assert!(follow_up.contains("De burgemeester van Tiel, namens deze,\n\nJ. de Vries"));
}

#[test]
fn a_name_with_an_article_reads_as_a_sentence() {
    let md = example("zaaksysteem-gemeente", "notice", None);
    assert!(md.contains("De gemeente Tiel en Zaakwijs B.V. hebben op"));
    assert!(md.contains("Namens de gemeente Tiel stel ik u hierbij in gebreke."));
    assert!(md.contains("**Gemeente Tiel**"), "the letterhead keeps the name as it is");
}

#[test]
fn suspended_payments_are_named_and_justified_or_not_mentioned() {
    let dir = case(
        &[],
        "payments_suspended: true\nsuspended_payments: de facturen 2026-118 en 2026-131, samen € 9.600,00\n",
    );
    let md = preview(&dir, "notice");
    assert!(md.contains(
        "Zolang u niet nakomt, schort Afzender B.V. de betaling op van de facturen 2026-118 en \
         2026-131, samen € 9.600,00, voor zover de tekortkoming dat rechtvaardigt (artikel 6:262 \
         BW)."
    ));
    assert!(md.contains(
        "binnen 14 dagen, onder verrekening van wat u dan aan schadevergoeding verschuldigd bent \
         (artikel 6:127 BW)"
    ));
    let md = preview(&case(&[], "payments_suspended: true\n"), "notice");
    assert!(!md.contains("schort"), "an unexplained suspension is not written");
}

#[test]
fn a_recurring_norm_declares_no_default_for_the_future() {
    let dir = case(
        &[("    evidence: [overzicht]\n", "    evidence: [overzicht]\n    recurring: true\n")],
        "",
    );
    let md = preview(&dir, "notice");
    assert!(md.contains(
        "De verplichting onder 1 is een norm die telkens opnieuw geldt, per periode of per melding."
    ));
    // The norm is not given up for the period that runs now.
    assert!(md.contains(
        "Die norm blijft gelden, ook voor een periode die nu loopt of een melding die nu openstaat."
    ));
    // A period missed during the term is lost as much as one after it.
    assert!(md.contains(
        "Wordt de norm gemist, ook tijdens de termijn in deze brief of daarna, dan is nakoming \
         voor die periode of die melding blijvend onmogelijk"
    ));
    assert!(!md.contains("na 15 december 2026 begint"));
    // Liability needs no default (6:74 lid 2), and neither does ontbinding (6:265 lid 2).
    assert!(md.contains(
        "nu al aansprakelijk. Verzuim is daarvoor niet nodig, en evenmin voor ontbinding op \
         grond van zo'n tekortkoming (artikelen 6:74 lid 2 en 6:265 lid 2 BW; HR 4 februari \
         2000, ECLI:NL:HR:2000:AA4732)."
    ));
    assert!(md.contains("Voor zover voor zo'n tekortkoming toch een ingebrekestelling nodig is, geldt deze brief als zodanig."));
    assert!(md.contains("behoudt zich het recht voor u opnieuw in gebreke te stellen"));
    let plain = preview(&case(&[], ""), "notice");
    assert!(!plain.contains("meetperiode"));
}

#[test]
fn the_suppliers_terms_are_cited_by_the_clause_given_or_by_subject() {
    let terms = "  general_terms: NLdigital Voorwaarden 2020\n";
    let md = preview(
        &case(
            &[(
                "  date: 2024-03-01\n",
                &format!("  date: 2024-03-01\n{terms}  terms_liability_clause: artikel 14.4\n"),
            )],
            "",
        ),
        "notice",
    );
    assert!(md.contains(
        "Deze brief is tevens de schriftelijke ingebrekestelling en de schriftelijke melding van \
         schade als bedoeld in artikel 14.4 van de NLdigital Voorwaarden 2020."
    ));
    let md = preview(
        &case(&[("  date: 2024-03-01\n", &format!("  date: 2024-03-01\n{terms}"))], ""),
        "notice",
    );
    assert!(md.contains(
        "als bedoeld in de aansprakelijkheidsbepaling van de NLdigital Voorwaarden 2020."
    ));
    let none = preview(&case(&[], ""), "notice");
    assert!(!none.contains("tevens de schriftelijke ingebrekestelling"));
}

#[test]
fn the_notice_says_what_the_term_is_and_does_not_accept_the_performance() {
    let md = preview(&case(&[], ""), "notice");
    assert!(md.contains(
        "Uw verplichting was al opeisbaar. De termijn in deze brief is een laatste gelegenheid om \
         alsnog na te komen en laat uw aansprakelijkheid voor de tekortkoming tot nu toe onverlet."
    ));
    assert!(md.contains("aanvaardt wat u tot nu toe heeft geleverd niet als deugdelijke nakoming"));
    assert!(md.contains("(artikelen 6:81 en 6:82 BW)"));
    assert!(md.contains("Aangetekend en per e-mail (contracten@leverancier.example)"));
    assert!(md.contains("(artikel 3:317 lid 1 BW)"));
    // One voice: the signatory acts for the sender, named; never "zij" or "wij" for it.
    for phrase in [" zij haar ", "haar rechten", " wij ", "stelt zij"] {
        assert!(!md.contains(phrase), "{phrase}");
    }
}

#[test]
fn a_history_entry_does_not_repeat_its_channel() {
    let md = example("zaaksysteem-gemeente", "notice", None);
    assert!(md.contains("- 20 november 2026. Per brief gewezen op"), "{md}");
    assert!(!md.contains("per brief. Per brief"));
    // The addressee took part in the meeting: "met u en K. Smit".
    assert!(md.contains("in een overleg met u en K. Smit"), "{md}");
}

#[test]
fn a_confirmation_lists_only_what_the_contact_was_about_and_is_not_backdated() {
    // Call 1 of saas-storing (5 October) came before shortcoming 2 began (14 November).
    let md = example("saas-storing", "confirmation", Some("1"));
    assert!(md.contains("Het EPD is per kalendermaand minimaal 99,8% beschikbaar."));
    assert!(!md.contains("Storingen met prioriteit 1 worden binnen 4 uur verholpen."), "{md}");
    // Sent to P. Bakker, who took part: "ons telefoongesprek", not "met P. Bakker".
    assert!(md.contains("Hierbij bevestig ik ons telefoongesprek van 5 oktober 2026 over"), "{md}");
    // The meeting with P. Bakker and S. de Graaf.
    let md = example("saas-storing", "confirmation", Some("3"));
    assert!(md.contains("ons overleg van 17 november 2026 met u en S. de Graaf over"), "{md}");

    // A call not yet confirmed is dated the day the confirmation is made.
    let dir = case(&[("    confirmed_in_writing: 2026-10-06\n", "")], "");
    let output =
        run(dir.path(), &["render", "--document", "confirmation", "--entry", "1", "zaak.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let text = crate::pdf::pdftotext(&dir.path().join("zaak.confirmation-1.pdf"), None);
    assert!(text.contains("28 november 2026"), "{text}");
    assert!(!text.contains("Belnotitie"));
}

#[test]
fn the_call_notes_are_for_the_phone() {
    let md = example("saas-storing", "call-notes", None);
    assert!(!md.contains("render --document"), "{md}");
    assert!(!md.contains("--entry"));
    assert!(md.contains(
        "ontbind dan niet vóór het einde van de termijn (17 december 2026) zonder juridisch advies"
    ));
}

#[test]
fn under_nldigital_terms_a_dissolution_meets_their_limit_on_undoing() {
    // The SaaS contract is under the NLdigital terms, which undo performance only where the
    // supplier is in default as to its essential core.
    let md = example("saas-storing", "follow-up", None);
    assert!(md.contains(
        "Voor zover de NLdigital Voorwaarden 2020 de ongedaanmaking van al verrichte prestaties \
         beperken of uitsluiten, staat dat aan deze vordering niet in de weg: de tekortkomingen \
         waarop de ontbinding berust, raken de wezenlijke kern van uw prestaties voor het \
         ontbonden deel, en u bent ten aanzien van die wezenlijke kern in verzuim."
    ), "{md}");
    // Other terms are not read for a clause they may not have.
    let other = example("zaaksysteem-gemeente", "follow-up", None);
    assert!(other.contains("## Ontbinding"));
    assert!(!other.contains("wezenlijke kern"));
}

#[test]
fn the_letter_after_the_term_states_the_outcome_per_shortcoming() {
    let md = example("zaaksysteem-gemeente", "follow-up", None);
    assert!(md.contains("**Stand:** Niet nagekomen."));
    // An offer to perform late is not performance.
    assert!(md.contains(
        "**Stand:** Niet nagekomen. Na de termijn is nakoming aangeboden, maar zonder de \
         inmiddels verschuldigde schadevergoeding en kosten; de gemeente Tiel heeft dat aanbod \
         geweigerd."
    ));
    assert!(
        md.contains("Voor tekortkoming 1 bent u in elk geval sinds 23 december 2026 in verzuim")
    );
    // The refused late performance did not end the default.
    assert!(md.contains(
        "Voor tekortkoming 2 bent u in elk geval sinds 23 december 2026 in verzuim (artikelen \
         6:81 en 6:82 BW). Uw aanbod om na de termijn alsnog na te komen heeft dat verzuim niet \
         beëindigd: de gemeente Tiel mocht dat aanbod weigeren en heeft dat gedaan, omdat het \
         niet ook de inmiddels verschuldigde schadevergoeding en kosten omvatte (artikel 6:86 \
         BW)."
    ));
    assert!(!md.contains("tot u na de termijn alsnog nakwam"));
    assert!(md.contains(
        "De ontbinding berust op tekortkoming 1 en, voor zover nodig, op tekortkoming 2."
    ));
    assert!(md.contains(
        "Door de ontbinding is de gemeente Tiel bevrijd van de betaling van de facturen"
    ));
    assert!(md.contains(
        "stuit de verjaring van de vorderingen tot schadevergoeding en tot ongedaanmaking (artikel \
         3:317 lid 1 BW)"
    ));
    assert!(
        md.contains(
            "U heeft die brief op 2 december 2026 ontvangen (Track & Trace 3SZAAK0045121)."
        )
    );
    assert!(md.contains("Namens de gemeente Tiel ontbind ik hierbij de overeenkomst geheel (artikelen 6:265 en 6:267 BW)."));
    assert!(md.contains("De ontbinding werkt niet terug (artikel 6:269 BW)."));
    assert!(md.contains("over en weer ongedaan worden gemaakt (artikel 6:271 BW)"));
    assert!(md.contains("(artikel 28 lid 3 sub g AVG)"));
    assert!(md.contains("op de voet van artikel 12 (Exit) van de overeenkomst"));

    let md = example("saas-storing", "follow-up", None);
    assert!(md.contains(
        "ontbind ik hierbij de overeenkomst gedeeltelijk, namelijk voor de SaaS-dienstverlening \
         voor de locaties Deventer en Zutphen (artikelen 6:265, 6:267 en 6:270 BW)"
    ));
    assert!(md.contains("onder verrekening van die waarde (artikelen 6:271 en 6:272 BW)"));
    assert!(md.contains("doordat de overeenkomst gedeeltelijk is ontbonden (artikel 6:277 BW)"));

    // Without an outcome, default is said only conditionally.
    let md =
        preview(&case(&[], "follow_up:\n  date: 2027-01-11\n  actions: [damages]\n"), "follow-up");
    assert!(md.contains("Voor zover u de verplichting niet uiterlijk op 15 december 2026 volledig bent nagekomen, bent u in elk geval sinds 16 december 2026 in verzuim"), "{md}");
    assert!(!md.contains("Voor tekortkoming 1 bent u"));

    // A late performance that was accepted ended the default.
    let md = preview(
        &case(
            &[],
            "follow_up:\n  date: 2027-01-11\n  actions: [damages]\n  outcome:\n    - {breach: 1, status: late, accepted: true}\n",
        ),
        "follow-up",
    );
    assert!(md.contains("heeft die nakoming aanvaard"), "{md}");
    assert!(md.contains(
        "Voor tekortkoming 1 was u in elk geval vanaf 16 december 2026 in verzuim, tot u na de \
         termijn alsnog nakwam"
    ));
}

#[test]
fn the_letter_after_the_term_refuses_what_the_law_does_not_give() {
    let follow = |extra: &str| case(&[], &format!("follow_up:\n  date: 2027-01-11\n{extra}"));
    let err =
        refused(&follow("  actions: [termination]\n  termination_scope: full\n"), "follow-up");
    assert!(err.contains("noemt niet de uitkomst van tekortkoming 1"), "{err}");

    let err = refused(
        &follow(
            "  actions: [termination]\n  termination_scope: full\n  outcome:\n    - {breach: 1, status: late, accepted: true}\n",
        ),
        "follow-up",
    );
    assert!(err.contains("er valt niets meer te ontbinden"), "{err}");

    let err = refused(
        &follow("  actions: [damages]\n  outcome:\n    - {breach: 1, status: performed}\n"),
        "follow-up",
    );
    assert!(err.contains("de leverancier is niet in verzuim"), "{err}");

    let err = refused(
        &follow(&format!(
            "  actions: [termination, replacement_damages]\n  termination_scope: full\n{OUTCOME_1}"
        )),
        "follow-up",
    );
    assert!(err.contains("sluiten die twee elkaar uit (art. 6:87 en 6:265 BW)"), "{err}");

    let err = refused(
        &follow(&format!("  actions: [termination]\n  termination_scope: partial\n{OUTCOME_1}")),
        "follow-up",
    );
    assert!(
        err.contains(
            "follow_up.termination_part: een gedeeltelijke ontbinding moet noemen welk deel"
        ),
        "{err}"
    );

    let err = refused(
        &follow(&format!(
            "  actions: [damages]\n{OUTCOME_1}  notice_received: {{date: 2026-12-16, proof: Track & Trace 3S1}}\n"
        )),
        "follow-up",
    );
    assert!(err.contains("na haar eigen uiterste datum"), "{err}");

    let err = refused(
        &follow(&format!(
            "  actions: [damages]\n{OUTCOME_1}  claim: {{amount: 100, basis: damages}}\n"
        )),
        "follow-up",
    );
    assert!(
        err.contains("follow_up.claim: de sommatie tot betaling heeft het rekeningnummer nodig"),
        "{err}"
    );

    let err = refused(
        &follow("  actions: [damages]\n  outcome:\n    - {breach: 1, status: late}\n"),
        "follow-up",
    );
    assert!(err.contains("zegt niet of u dat hebt aanvaard"), "{err}");

    let err = refused(
        &follow(&format!(
            "  actions: [damages]\n{OUTCOME_1}  claim: {{amount: 100, basis: repayment}}\n"
        )),
        "follow-up",
    );
    assert!(err.contains("de sommatie vordert terugbetaling, maar de brief ontbindt"), "{err}");

    // None of this stops the notice.
    let dir = follow("  actions: [termination]\n");
    let output = run(dir.path(), &["preview", "zaak.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
}

#[test]
fn a_demand_for_payment_claims_no_more_than_the_law_gives() {
    let iban = [(
        "  email: info@afzender.example\n",
        "  email: info@afzender.example\n  iban: NL91 ABNA 0417 1643 00\n",
    )];
    let claim = |basis: &str| {
        preview(
            &case(
                &iban,
                &format!(
                    "follow_up:\n  date: 2027-01-11\n  actions: [damages]\n{OUTCOME_1}  claim: {{amount: 10000, basis: {basis}}}\n"
                ),
            ),
            "follow-up",
        )
    };
    let md = claim("penalty");
    assert!(md.contains("**uiterlijk op maandag 25 januari 2027** €\u{a0}10.000,00 te betalen op rekening NL91 ABNA 0417 1643 00 ten name van Afzender B.V."), "{md}");
    assert!(
        md.contains("vanaf 26 januari 2027 de wettelijke rente verschuldigd (artikel 6:119 BW)")
    );
    assert!(md.contains("€\u{a0}875,00, berekend volgens de staffel van het Besluit vergoeding voor buitengerechtelijke incassokosten"));
    assert!(
        md.contains("zal dan ook de buitengerechtelijke incassokosten van u vorderen"),
        "announced, not due"
    );
    assert!(!md.contains("6:119a"));
    let md = claim("damages");
    assert!(md.contains(
        "de redelijke kosten om betaling buiten rechte te verkrijgen (artikel 6:96 lid 2 sub c BW)"
    ));
    assert!(!md.contains("Besluit vergoeding"), "no figure for damages");
    assert!(!md.contains("6:119a"));
}
