//! PDF/A-2b, proven by two independent validators that implement veraPDF's rules: the
//! `page_validation` crate, and pikepdf's validator (PyPI). Conformance is claimed only
//! because both pass every PDF the tool writes, and both fail a file that breaks a rule on
//! purpose.

use std::fs;

use ingebrekestelling::documents::{Document, Rendered};
use ingebrekestelling::formats::pdf::Standard;
use page_validation::{ValidationOptions, ValidationProfile, validate_pdf_bytes};

use crate::support::{cases_in, python, root};

/// The rules of `profile` that `bytes` breaks, by id; empty when it conforms.
fn broken(bytes: &[u8], profile: ValidationProfile) -> Vec<String> {
    let report = validate_pdf_bytes(bytes, &ValidationOptions::default().profile(profile))
        .expect("the validator reads the file");
    assert_eq!(report.is_compliant, report.failures.is_empty());
    report.failures.iter().map(|f| format!("{}: {}", f.rule_id, f.message)).collect()
}

/// Every document the example can make.
fn documents(path: &std::path::Path) -> Vec<(Document, Rendered)> {
    let mut all = Vec::new();
    for document in
        [Document::Notice, Document::CallNotes, Document::Confirmation(Some(1)), Document::FollowUp]
    {
        if let Ok(rendered) = crate::support::render(path, document) {
            all.push((document, rendered));
        }
    }
    all
}

#[test]
fn every_pdf_the_tool_writes_is_pdf_a_2b() {
    let mut checked = 0;
    for case in cases_in(&root().join("examples")) {
        for (document, rendered) in documents(&case) {
            let bytes = rendered.pdf().unwrap().0;
            let failures = broken(&bytes, ValidationProfile::PdfA2b);
            assert!(failures.is_empty(), "{} {document:?}: {failures:#?}", case.display());
            // What PDF/A costs: the XMP packet and the colour profile, well under 8 KB.
            let plain = rendered.pdf_as(Standard::Plain).unwrap().0;
            assert!(bytes.len() - plain.len() < 4_000, "{} bytes more", bytes.len() - plain.len());
            checked += 1;
        }
    }
    assert!(checked >= 15, "only {checked} documents");
}

#[test]
fn a_second_validator_agrees_and_the_xmp_says_what_the_information_dictionary_says() {
    let dir = tempfile::tempdir().unwrap();
    let path = root().join("examples/saas-storing.yaml");
    for (document, rendered) in documents(&path) {
        let file = dir.path().join(format!("{}.pdf", document.name()));
        fs::write(&file, rendered.pdf().unwrap().0).unwrap();
        let report = python("read_pdfa.py", &file);
        assert_eq!(report["verdict"], "pass", "{document:?}: {}", report["findings"]);
        assert_eq!(report["output_intents"], serde_json::json!(["/GTS_PDFA1"]));
        assert_eq!(report["lang"], "nl-NL");
        let (xmp, info) = (&report["xmp"], &report["info"]);
        assert_eq!(xmp["pdfaid:part"], "2");
        assert_eq!(xmp["pdfaid:conformance"], "B");
        assert_eq!(xmp["dc:title"], info["Title"]);
        assert_eq!(xmp["dc:creator"], format!("['{}']", info["Author"].as_str().unwrap()));
        assert_eq!(xmp["dc:description"], info["Subject"]);
        assert_eq!(xmp["pdf:Keywords"], info["Keywords"]);
        assert_eq!(xmp["pdf:Producer"], info["Producer"]);
        assert_eq!(xmp["xmp:CreatorTool"], info["Creator"]);
        // The same moment: the document's date, never the clock.
        let date = info["CreationDate"].as_str().unwrap();
        let day = &date[2..10];
        let xmp_day = xmp["xmp:CreateDate"].as_str().unwrap().replace('-', "");
        assert!(xmp_day.starts_with(day), "{date} against {xmp_day}");
        assert_eq!(info["CreationDate"], info["ModDate"]);
    }
}

#[test]
fn the_validators_reject_a_file_that_breaks_a_rule() {
    let path = root().join("examples/minimaal.yaml");
    let rendered = crate::support::render(&path, Document::Notice).unwrap();
    let good = rendered.pdf().unwrap().0;
    assert!(broken(&good, ValidationProfile::PdfA2b).is_empty());
    // Swaps `from` for `to` (of the same length, so the cross-reference table stays right).
    let swap = |from: &str, to: &str| {
        assert_eq!(from.len(), to.len());
        let at = good.windows(from.len()).position(|w| w == from.as_bytes()).expect(from);
        let mut bytes = good.clone();
        bytes[at..at + to.len()].copy_from_slice(to.as_bytes());
        bytes
    };
    let expect = |bytes: &[u8], rule: &str| {
        let failures = broken(bytes, ValidationProfile::PdfA2b);
        assert!(failures.iter().any(|f| f.contains(rule)), "{rule} not in {failures:#?}");
    };
    // Without the XMP packet and the output intent: a plain PDF.
    let plain = rendered.pdf_as(Standard::Plain).unwrap().0;
    expect(&plain, "6.6.2.1");
    expect(&plain, "6.2.4.3");
    // A wrong PDF/A identification.
    expect(&swap("<pdfaid:part>2<", "<pdfaid:part>1<"), "6.6.4");
    // A font that is not embedded.
    expect(&swap("/FontFile2 ", "/FontFileX "), "6.2.11.4");
    // Not yet tagged: PDF/UA-1 is not claimed, and the validator says why.
    let ua = broken(&good, ValidationProfile::PdfUa1);
    assert!(ua.iter().any(|f| f.contains("StructTreeRoot") || f.contains("7.1")), "{ua:#?}");

    // The second validator also fails the plain PDF.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plain.pdf");
    fs::write(&file, &plain).unwrap();
    assert_eq!(python("read_pdfa.py", &file)["verdict"], "fail");
}

#[test]
fn render_writes_pdf_a_by_default_and_a_plain_pdf_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::copy(root().join("examples/saas-storing.yaml"), d.join("zaak.yaml")).unwrap();
    let output = crate::support::run(d, &["render", "zaak.yaml"]);
    assert_eq!(crate::support::status(&output), 0);
    let archival = fs::read(d.join("zaak.pdf")).unwrap();
    assert!(broken(&archival, ValidationProfile::PdfA2b).is_empty());
    let args = ["render", "zaak.yaml", "--pdf-standard", "none", "--out", "gewoon.pdf"];
    let output = crate::support::run(d, &args);
    assert_eq!(crate::support::status(&output), 0, "{}", crate::support::stderr(&output));
    let plain = fs::read(d.join("gewoon.pdf")).unwrap();
    let has = |bytes: &[u8], what: &str| bytes.windows(what.len()).any(|w| w == what.as_bytes());
    assert!(has(&archival, "/OutputIntents") && has(&archival, "pdfaid:part"));
    assert!(!has(&plain, "/OutputIntents") && !has(&plain, "/Metadata"));
    assert!(!broken(&plain, ValidationProfile::PdfA2b).is_empty());
}
