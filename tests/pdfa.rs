//! The PDF's standards, proven by independent validators: `page_validation` (crates.io), which
//! implements veraPDF's rules for PDF/A and PDF/UA anew, for every standard; and pikepdf's
//! validator (PyPI), a second implementation of veraPDF's PDF/A-2b rules, for `a-2b` (it does
//! not accept the extension schema that a PDF/A file must carry to declare PDF/UA). A
//! standard is claimed only because the validators pass every PDF the tool writes to it, and
//! fail files that break a rule on purpose.

use std::fs;

use ingebrekestelling::documents::{Document, Rendered};
use ingebrekestelling::formats::pdf::Standard;
use lopdf::Object;
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
fn every_pdf_is_tagged_pdf_ua_1_and_pdf_a_2a_by_default_and_pdf_a_2b_when_asked() {
    let mut checked = 0;
    for case in cases_in(&root().join("examples")) {
        for (document, rendered) in documents(&case) {
            let at = format!("{} {document:?}", case.display());
            let tagged = rendered.pdf().unwrap().0;
            for profile in [ValidationProfile::PdfUa1, ValidationProfile::PdfA2a] {
                let failures = broken(&tagged, profile);
                assert!(failures.is_empty(), "{at} {profile:?}: {failures:#?}");
            }
            let archival = rendered.pdf_as(Standard::A2b).unwrap().0;
            let failures = broken(&archival, ValidationProfile::PdfA2b);
            assert!(failures.is_empty(), "{at} A-2b: {failures:#?}");
            // What the standards cost: the structure tree, the XMP packet, the colour
            // profile; well under 8 KB.
            let plain = rendered.pdf_as(Standard::Plain).unwrap().0;
            for (name, bytes) in [("ua-1", &tagged), ("a-2b", &archival)] {
                let more = bytes.len() - plain.len();
                assert!(more < 8_000, "{at} {name}: {more} bytes more than a plain PDF");
            }
            checked += 1;
        }
    }
    assert!(checked >= 15, "only {checked} documents");
}

#[test]
fn a_second_validator_agrees_on_pdf_a_2b_and_the_xmp_says_what_the_information_dictionary_says() {
    let dir = tempfile::tempdir().unwrap();
    let path = root().join("examples/saas-storing.yaml");
    for (document, rendered) in documents(&path) {
        let file = dir.path().join(format!("{}.pdf", document.name()));
        fs::write(&file, rendered.pdf_as(Standard::A2b).unwrap().0).unwrap();
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
fn the_tagged_pdf_reads_in_the_order_of_the_letter_with_headings_and_lists() {
    let path = root().join("examples/saas-storing.yaml");
    let rendered = crate::support::render(&path, Document::Notice).unwrap();
    let doc = lopdf::Document::load_mem(&rendered.pdf().unwrap().0).unwrap();
    let catalog = doc.catalog().unwrap();
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"nl-NL");
    let marked = catalog.get(b"MarkInfo").unwrap().as_dict().unwrap();
    assert_eq!(marked.get(b"Marked").unwrap(), &Object::Boolean(true));
    let prefs = catalog.get(b"ViewerPreferences").unwrap().as_dict().unwrap();
    assert_eq!(prefs.get(b"DisplayDocTitle").unwrap(), &Object::Boolean(true));
    // The structure types in reading order: the letterhead and window as paragraphs, the
    // subject as the heading, the sections below it, the shortcomings as a list.
    let mut types = Vec::new();
    for object in doc.objects.values() {
        if let Ok(dict) = object.as_dict()
            && dict.get(b"S").is_ok()
            && dict.get(b"P").is_ok()
        {
            types.push(dict.get(b"S").unwrap().as_name().unwrap().to_vec());
        }
    }
    let count = |t: &[u8]| types.iter().filter(|x| x.as_slice() == t).count();
    assert_eq!(count(b"Document"), 1);
    assert_eq!(count(b"H1"), 1, "the subject");
    assert!(count(b"H2") >= 5, "{} sections", count(b"H2"));
    assert!(count(b"L") >= 3 && count(b"LI") == count(b"Lbl") && count(b"LI") == count(b"LBody"));
    assert!(count(b"P") > 30);
}

#[test]
fn the_validators_reject_a_file_that_breaks_a_rule() {
    let path = root().join("examples/minimaal.yaml");
    let rendered = crate::support::render(&path, Document::Notice).unwrap();
    let tagged = rendered.pdf().unwrap().0;
    let archival = rendered.pdf_as(Standard::A2b).unwrap().0;
    let plain = rendered.pdf_as(Standard::Plain).unwrap().0;
    let expect = |bytes: &[u8], profile: ValidationProfile, rule: &str| {
        let failures = broken(bytes, profile);
        assert!(failures.iter().any(|f| f.contains(rule)), "{rule} not in {failures:#?}");
    };
    // Swaps `from` for `to` (of the same length, so the offsets stay right).
    let swap = |bytes: &[u8], from: &str, to: &str| {
        assert_eq!(from.len(), to.len());
        let at = bytes.windows(from.len()).position(|w| w == from.as_bytes()).expect(from);
        let mut bytes = bytes.to_vec();
        bytes[at..at + to.len()].copy_from_slice(to.as_bytes());
        bytes
    };
    // Changes the tagged file through an independent PDF library and writes it anew.
    let edit = |change: &dyn Fn(&mut lopdf::Document)| {
        let mut doc = lopdf::Document::load_mem(&tagged).unwrap();
        change(&mut doc);
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        out
    };
    assert!(broken(&edit(&|_| {}), ValidationProfile::PdfUa1).is_empty(), "a plain rewrite");

    // Without the XMP packet and the output intent: a plain PDF.
    expect(&plain, ValidationProfile::PdfA2b, "19005-2:2011:6.6.2.1");
    expect(&plain, ValidationProfile::PdfA2b, "19005-2:2011:6.2.4.3");
    // A wrong PDF/A or PDF/UA identification.
    expect(
        &swap(&archival, "<pdfaid:part>2<", "<pdfaid:part>1<"),
        ValidationProfile::PdfA2b,
        "6.6.4",
    );
    expect(
        &swap(&tagged, "<pdfuaid:part>1<", "<pdfuaid:part>9<"),
        ValidationProfile::PdfUa1,
        "14289-1:2014:5:2",
    );
    // A font that is not embedded.
    expect(
        &swap(&archival, "/FontFile2 ", "/FontFileX "),
        ValidationProfile::PdfA2b,
        "19005-2:2011:6.2.11.4",
    );
    // Untagged pages: PDF/A-2b is not accessible.
    expect(&archival, ValidationProfile::PdfUa1, "14289-1:2014:7.1:3");
    // Fonts without a map to Unicode: the text cannot be read aloud or searched.
    let no_unicode = edit(&|doc| {
        for object in doc.objects.values_mut() {
            if let Ok(dict) = object.as_dict_mut() {
                dict.remove(b"ToUnicode");
            }
        }
    });
    expect(&no_unicode, ValidationProfile::PdfA2a, "19005-2:2011:6.2.11.7");
    // A structure tree that is gone, with the content still marked.
    let no_tree = edit(&|doc| {
        let root = doc.trailer.get(b"Root").unwrap().as_reference().unwrap();
        let catalog = doc.get_object_mut(root).unwrap().as_dict_mut().unwrap();
        catalog.remove(b"StructTreeRoot");
    });
    expect(&no_tree, ValidationProfile::PdfUa1, "14289-1:2014:7.1:11");
    // No document title shown in the window.
    let no_title = edit(&|doc| {
        let root = doc.trailer.get(b"Root").unwrap().as_reference().unwrap();
        let catalog = doc.get_object_mut(root).unwrap().as_dict_mut().unwrap();
        catalog.remove(b"ViewerPreferences");
    });
    expect(&no_title, ValidationProfile::PdfUa1, "14289-1:2014:7.1:10");

    // The second validator also fails the plain PDF.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plain.pdf");
    fs::write(&file, &plain).unwrap();
    assert_eq!(python("read_pdfa.py", &file)["verdict"], "fail");
}

#[test]
fn render_writes_a_tagged_pdf_by_default_and_the_standard_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::copy(root().join("examples/saas-storing.yaml"), d.join("zaak.yaml")).unwrap();
    let written = |standard: Option<&str>, name: &str| {
        let mut args = vec!["render", "zaak.yaml", "--out", name];
        if let Some(standard) = standard {
            args.extend(["--pdf-standard", standard]);
        }
        let output = crate::support::run(d, &args);
        assert_eq!(crate::support::status(&output), 0, "{}", crate::support::stderr(&output));
        fs::read(d.join(name)).unwrap()
    };
    let default = written(None, "standaard.pdf");
    assert!(broken(&default, ValidationProfile::PdfUa1).is_empty());
    assert_eq!(default, written(Some("ua-1"), "ua.pdf"));
    let archival = written(Some("a-2b"), "archief.pdf");
    assert!(broken(&archival, ValidationProfile::PdfA2b).is_empty());
    let plain = written(Some("none"), "gewoon.pdf");
    let has = |bytes: &[u8], what: &str| bytes.windows(what.len()).any(|w| w == what.as_bytes());
    assert!(has(&archival, "/OutputIntents") && has(&archival, "pdfaid:part"));
    assert!(!has(&plain, "/OutputIntents") && !has(&plain, "/Metadata"));
    assert!(!broken(&plain, ValidationProfile::PdfA2b).is_empty());
}
