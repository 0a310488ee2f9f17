//! The Word files (`--format docx`): read with python-docx for what Word sees (styles,
//! language, properties, frames, fields), and laid out by LibreOffice to prove they say what
//! the Markdown says, on as many pages as our PDF, with the address in the envelope window.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use ingebrekestelling::documents::Document;

use crate::pdf::{flowing, pages, squash};
use crate::support::{python, root, run, shown_text, status, stderr};

/// `docx` laid out by LibreOffice as a PDF in `dir`, with a profile of its own (two runs
/// that share one fail).
fn libreoffice(docx: &Path, dir: &Path) -> PathBuf {
    let profile = dir.join("profiel");
    let output = Command::new("soffice")
        .arg(format!("-env:UserInstallation=file://{}", profile.display()))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir)
        .arg(docx)
        .output()
        .expect("soffice (LibreOffice: apt-get install libreoffice-writer-nogui)");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let pdf = dir.join(docx.with_extension("pdf").file_name().unwrap());
    assert!(pdf.is_file(), "LibreOffice made no PDF of {}", docx.display());
    pdf
}

/// Renders `case` (a file in `examples/`) as Markdown, PDF and Word file in `dir`.
fn render_all(dir: &Path, case: &str, document: &[&str]) {
    fs::copy(root().join("examples").join(case), dir.join("zaak.yaml")).unwrap();
    fs::copy(root().join("examples/_afzender.yaml"), dir.join("_afzender.yaml")).unwrap();
    let mut args = vec!["render", "zaak.yaml", "--format", "all"];
    args.extend_from_slice(document);
    let output = run(dir, &args);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
}

#[test]
fn word_sees_named_styles_dutch_the_letters_properties_and_the_window_frame() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    render_all(d, "saas-storing.yaml", &[]);
    let docx = python("read_docx.py", &d.join("zaak.docx"));

    assert_eq!(docx["lang"], "nl-NL");
    assert_eq!(docx["language"], "nl-NL");
    for style in [
        "Body Text",
        "Heading 1",
        "List Number",
        "List Bullet",
        "List Continue",
        "Adres",
        "Retouradres",
        "Briefhoofd",
        "Verzendwijze",
        "Datum",
        "Kenmerk",
        "Onderwerp",
        "Header",
        "Footer",
    ] {
        assert!(docx["styles"].as_array().unwrap().iter().any(|s| s == style), "{style}");
    }
    // The same properties as the PDF, dated by the letter.
    assert_eq!(
        docx["title"],
        "Ingebrekestelling – Overeenkomst SaaS-dienstverlening EPD (OVK-2024-031)"
    );
    assert_eq!(docx["author"], "J. de Vries, Zorggroep Oost B.V.");
    assert_eq!(docx["subject"], "Ingebrekestelling");
    assert!(docx["keywords"].as_str().unwrap().contains("IGS-2026-014"));
    assert_eq!(docx["created"], "2026-12-01T00:00:00+00:00");
    // A4 with the PDF's margins; the first page has its own header and footer.
    assert_eq!(docx["page_mm"], serde_json::json!([210.0, 297.0]));
    assert_eq!(docx["margins_mm"], serde_json::json!([30.0, 25.0, 25.0, 35.0]));
    assert_eq!(docx["different_first_page"], true);
    assert_eq!(
        docx["header"][0],
        "Zorggroep Oost B.V. · 1 december 2026 · Ons kenmerk IGS-2026-014"
    );
    // A letter of three pages numbers them with fields.
    assert_eq!(docx["footer_fields"], serde_json::json!(["PAGE", "NUMPAGES"]));

    // The window block: a frame at the place of the window (in twips from the page's corner),
    // holding the return address and the recipient as the PDF fits them.
    let paragraphs = docx["paragraphs"].as_array().unwrap();
    let window: Vec<&serde_json::Value> = paragraphs
        .iter()
        .filter(|p| p["style"] == "Adres" || p["style"] == "Retouradres")
        .collect();
    let texts: Vec<&str> = window.iter().map(|p| p["text"].as_str().unwrap()).collect();
    assert_eq!(
        texts,
        [
            "Zorggroep Oost B.V. · Stationsweg 12 · 3511 AB Utrecht",
            "CloudWerk B.V.",
            "t.a.v. de heer P. Bakker,",
            "Algemeen directeur",
            "Postbus 1200",
            "1000 BE  AMSTERDAM",
        ]
    );
    let twips = |mm: f64| (mm * 1440.0 / 25.4).round().to_string();
    for p in &window {
        let frame = &p["frame"];
        assert_eq!(frame["hAnchor"], "page");
        assert_eq!(frame["vAnchor"], "page");
        assert_eq!(frame["x"], twips(36.5));
        assert_eq!(frame["y"], twips(51.5));
        assert_eq!(frame["w"], twips(67.0));
        assert_eq!(frame["h"], twips(27.0));
        assert_eq!(frame["hRule"], "exact");
    }
    // Numbered shortcomings in the list style, with their bold labels.
    let first = paragraphs.iter().find(|p| p["style"] == "List Number").unwrap();
    assert_eq!(first["bold"][0], "Verplichting:");
    let subject = paragraphs.iter().find(|p| p["style"] == "Onderwerp").unwrap();
    assert!(subject["text"].as_str().unwrap().starts_with("Onderwerp: Ingebrekestelling – "));

    // A one-page document has no page numbers; the call notes are a sheet, with the
    // running header on every page.
    render_all(d, "minimaal.yaml", &["--document", "call-notes", "--force"]);
    let notes = python("read_docx.py", &d.join("zaak.call-notes.docx"));
    assert_eq!(notes["footer_fields"], serde_json::json!([]));
    assert_eq!(notes["different_first_page"], false);
    assert!(notes["header"][0].as_str().unwrap().contains("Belnotitie"), "{}", notes["header"]);
}

#[test]
fn libreoffice_lays_the_word_file_out_as_our_pdf_with_the_address_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    render_all(d, "saas-storing.yaml", &[]);
    let lo = d.join("lo");
    fs::create_dir(&lo).unwrap();
    let laid_out = libreoffice(&d.join("zaak.docx"), &lo);

    // Every line of the Markdown is in it.
    let markdown = fs::read_to_string(d.join("zaak.md")).unwrap();
    let text = squash(&flowing(&reading_order(&laid_out)));
    for line in shown_text(&markdown).lines().filter(|l| !l.trim().is_empty()) {
        assert!(text.contains(&squash(line)), "`{line}` is not in the Word file");
    }
    // As many pages as our PDF, or one more or less.
    let ours = pages(&d.join("zaak.pdf"));
    let theirs = pages(&laid_out);
    assert!(ours.abs_diff(theirs) <= 1, "our PDF has {ours} pages, LibreOffice's {theirs}");
    // LibreOffice used the typeface the file carries (a fresh machine has no Noto Serif).
    let fonts = Command::new("pdffonts").arg(&laid_out).output().unwrap();
    let fonts = String::from_utf8(fonts.stdout).unwrap();
    assert!(fonts.contains("NotoSerif-Regular") && fonts.contains("NotoSerif-Bold"), "{fonts}");
    let footer = crate::pdf::pdftotext(&laid_out, Some(1));
    assert!(footer.contains(&format!("Pagina 1 van {theirs}")), "{footer}");

    // The recipient's lines lie inside both envelope windows (DL and C5) on page 1.
    let boxes = words(&laid_out);
    for word in ["CloudWerk", "Bakker,", "directeur", "Postbus", "AMSTERDAM"] {
        let (x, y, right, bottom) = boxes
            .iter()
            .find(|(w, ..)| w == word)
            .map(|(_, x, y, r, b)| (*x, *y, *r, *b))
            .unwrap_or_else(|| panic!("`{word}` is not on page 1"));
        assert!(x >= 35.0 && right <= 105.0, "{word}: {x}–{right} mm across");
        assert!(y >= 50.0 && bottom <= 80.0, "{word}: {y}–{bottom} mm down");
    }
}

#[test]
fn every_document_with_a_word_file_says_what_its_markdown_says() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let path = root().join("examples/saas-storing.yaml");
    for document in [Document::CallNotes, Document::FollowUp] {
        let rendered = crate::support::render(&path, document).unwrap();
        let file = d.join(format!("{}.docx", document.name()));
        fs::write(&file, rendered.docx().unwrap()).unwrap();
        let laid_out = libreoffice(&file, d);
        let text = squash(&flowing(&reading_order(&laid_out)));
        for line in shown_text(&rendered.markdown.0).lines().filter(|l| !l.trim().is_empty()) {
            assert!(text.contains(&squash(line)), "{document:?}: `{line}` is not in the Word file");
        }
    }
}

#[test]
fn the_same_letter_gives_the_same_word_file() {
    let path = root().join("examples/werkplekbeheer-rivierenland.yaml");
    let one = crate::support::render(&path, Document::Notice).unwrap().docx().unwrap();
    let two = crate::support::render(&path, Document::Notice).unwrap().docx().unwrap();
    assert_eq!(one, two);
    // The text of the letter, one paragraph per line, as a snapshot.
    let document = part(&one, "word/document.xml");
    insta::assert_snapshot!(document.replace("</w:p>", "</w:p>\n"));
}

/// The text of a PDF that LibreOffice laid out, in the order a reader reads it. LibreOffice
/// draws the frames of a letter's first page (letterhead, window) after the running text, so
/// the order of drawing, which our own PDF's tests use, would put them inside a paragraph
/// that runs on to page 2: the top of page 1 (down to the reference block) is read first.
fn reading_order(pdf: &Path) -> String {
    let raw = |extra: &[&str]| {
        let output = Command::new("pdftotext")
            .args(["-raw", "-enc", "UTF-8"])
            .args(extra)
            .arg(pdf)
            .arg("-")
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    // 88 mm from the top: below the window, above the reference block.
    let top = (88.0_f64 / 25.4 * 72.0).round().to_string();
    let count = pages(pdf).to_string();
    let mut text = raw(&["-f", "1", "-l", "1", "-x", "0", "-y", "0", "-W", "600", "-H", &top]);
    text.push_str(&raw(&["-f", "1", "-l", "1", "-x", "0", "-y", &top, "-W", "600", "-H", "900"]));
    if count != "1" {
        text.push_str(&raw(&["-f", "2", "-l", &count]));
    }
    text
}

/// One part of a package, as text.
fn part(docx: &[u8], name: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("brief.docx");
    fs::write(&file, docx).unwrap();
    let script = format!(
        "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('{name}').decode())"
    );
    let output = Command::new("python3").args(["-c", &script]).arg(&file).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

/// The words on page 1 of `pdf` with their boxes in mm: (word, left, top, right, bottom).
fn words(pdf: &Path) -> Vec<(String, f64, f64, f64, f64)> {
    let output = Command::new("pdftotext")
        .args(["-bbox", "-f", "1", "-l", "1"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    let html = String::from_utf8(output.stdout).unwrap();
    let mm = |pt: f64| pt * 25.4 / 72.0;
    html.lines()
        .filter_map(|line| {
            let line = line.trim().strip_prefix("<word ")?;
            let attr = |name: &str| -> Option<f64> {
                let start = line.find(&format!("{name}=\""))? + name.len() + 2;
                line[start..].split('"').next()?.parse().ok()
            };
            let word = line.split('>').nth(1)?.split('<').next()?.to_owned();
            Some((word, mm(attr("xMin")?), mm(attr("yMin")?), mm(attr("xMax")?), mm(attr("yMax")?)))
        })
        .collect()
}
