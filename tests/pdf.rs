//! The PDF, checked as a reader sees it: its extracted text (pdftotext), fonts (pdffonts),
//! structure (qpdf), page numbers and metadata; and that the same letter gives the same bytes.
//! Needs poppler-utils and qpdf (`.ci/run` installs them).

use std::fs;
use std::path::Path;
use std::process::Command;

use ingebrekestelling::documents::Document;

use crate::support::{cases_in, fixtures, root, run, shown_text, status, stderr, stdout};

/// The notice's Markdown and its PDF.
fn render(path: &Path) -> (String, Vec<u8>) {
    let rendered = crate::support::render(path, Document::Notice).unwrap();
    let bytes = rendered.pdf().unwrap().0;
    (rendered.markdown.0, bytes)
}

fn tool(name: &str, args: &[&str], file: &Path) -> String {
    let output = Command::new(name).args(args).arg(file).output().unwrap_or_else(|e| {
        panic!("`{name}` is needed for the PDF tests (poppler-utils, qpdf): {e}")
    });
    assert!(output.status.success(), "{name} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

pub(crate) fn pdftotext(file: &Path, page: Option<usize>) -> String {
    // -raw: in the order drawn, and without joining words hyphenated at a line end.
    let mut args = vec!["-raw".to_owned(), "-enc".to_owned(), "UTF-8".to_owned()];
    if let Some(p) = page {
        args.extend(["-f".to_owned(), p.to_string(), "-l".to_owned(), p.to_string()]);
    }
    let file_arg = file.to_str().unwrap().to_owned();
    let mut all: Vec<&str> = args.iter().map(String::as_str).collect();
    all.push(&file_arg);
    all.push("-");
    let output = Command::new("pdftotext").args(&all).output().expect("pdftotext (poppler-utils)");
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

/// The text of the whole PDF as one flow: without the page numbers and the small header of
/// continuation pages, so that a paragraph broken over two pages reads as one.
pub(crate) fn flowing_text(file: &Path) -> String {
    flowing(&pdftotext(file, None))
}

/// `text` (of a whole PDF) without page numbers and running headers.
pub(crate) fn flowing(text: &str) -> String {
    text.lines()
        .filter(|line| {
            let page_number = line.trim().strip_prefix("Pagina ").is_some_and(|rest| {
                rest.split(" van ").all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            });
            // The running header of a continuation page: "Afzender · Ons kenmerk X · datum",
            // or "Afzender · 1 december 2026" without a reference.
            let ends_with_date = line
                .rsplit(" · ")
                .next()
                .is_some_and(|last| ingebrekestelling::dutch::find_date(last).is_some());
            let header =
                line.contains(" · Ons kenmerk ") || (line.contains(" · ") && ends_with_date);
            !page_number && !header
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub(crate) fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

pub(crate) fn pages(file: &Path) -> usize {
    let info = tool("pdfinfo", &[], file);
    info.lines().find_map(|l| l.strip_prefix("Pages:")).and_then(|n| n.trim().parse().ok()).unwrap()
}

#[test]
fn the_pdf_says_everything_the_markdown_says() {
    let dir = tempfile::tempdir().unwrap();
    for case in cases_in(&root().join("examples")) {
        let (markdown, bytes) = render(&case);
        let file = dir.path().join("brief.pdf");
        fs::write(&file, &bytes).unwrap();
        let text = squash(&flowing_text(&file));
        for line in shown_text(&markdown).lines().filter(|l| !l.trim().is_empty()) {
            assert!(text.contains(&squash(line)), "{}: `{line}` is not in the PDF", case.display());
        }
        assert!(bytes.len() < 40_000, "{}: {} bytes", case.display(), bytes.len());
    }
}

#[test]
fn the_other_documents_say_in_pdf_what_their_markdown_says() {
    let dir = tempfile::tempdir().unwrap();
    let path = root().join("examples/saas-storing.yaml");
    for document in [Document::CallNotes, Document::Confirmation(Some(3)), Document::FollowUp] {
        let rendered = crate::support::render(&path, document).unwrap();
        let file = dir.path().join("document.pdf");
        fs::write(&file, rendered.pdf().unwrap().0).unwrap();
        let text = squash(&flowing_text(&file));
        for line in shown_text(&rendered.markdown.0).lines().filter(|l| !l.trim().is_empty()) {
            assert!(text.contains(&squash(line)), "{document:?}: `{line}` is not in the PDF");
        }
        let check = tool("qpdf", &["--check"], &file);
        assert!(check.contains("No syntax or stream encoding errors"), "{check}");
    }
    // The call notes fit one page.
    let rendered = crate::support::render(&path, Document::CallNotes).unwrap();
    let file = dir.path().join("belnotitie.pdf");
    fs::write(&file, rendered.pdf().unwrap().0).unwrap();
    assert_eq!(pages(&file), 1);
}

#[test]
fn fonts_are_embedded_subsets_and_the_file_is_sound() {
    let dir = tempfile::tempdir().unwrap();
    let (_, bytes) = render(&root().join("examples/saas-storing.yaml"));
    let file = dir.path().join("brief.pdf");
    fs::write(&file, &bytes).unwrap();
    let fonts = tool("pdffonts", &[], &file);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "{fonts}");
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        // name, type…, encoding, emb, sub, uni
        let n = columns.len();
        assert_eq!(
            &columns[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "not embedded, subset, unicode: {row}"
        );
        assert!(columns[0].contains("+NotoSerif"), "{row}");
    }
    let check = tool("qpdf", &["--check"], &file);
    assert!(check.contains("No syntax or stream encoding errors"), "{check}");
}

#[test]
fn metadata_comes_from_the_letter() {
    let dir = tempfile::tempdir().unwrap();
    let (_, bytes) = render(&root().join("examples/saas-storing.yaml"));
    let file = dir.path().join("brief.pdf");
    fs::write(&file, &bytes).unwrap();
    let info = tool("pdfinfo", &[], &file);
    for expected in [
        "Title:           Ingebrekestelling – Overeenkomst SaaS-dienstverlening EPD (OVK-2024-031)",
        "Subject:         Ingebrekestelling",
        "Author:          J. de Vries, Zorggroep Oost B.V.",
        "Creator:         ingebrekestelling ",
        "CreationDate:    Tue Dec  1 00:00:00 2026 UTC",
        "Page size:       595.276 x 841.89 pts (A4)",
    ] {
        assert!(info.contains(expected), "missing `{expected}` in\n{info}");
    }
    let keywords = info.lines().find(|l| l.starts_with("Keywords:")).unwrap();
    assert!(keywords.contains("IGS-2026-014") && keywords.contains("OVK-2024-031"), "{keywords}");
}

#[test]
fn a_long_case_paginates_with_page_numbers_and_keeps_its_parts_together() {
    let text = fs::read_to_string(fixtures().join("valid/basis.yaml")).unwrap();
    let breach = text
        .split("breaches:\n")
        .nth(1)
        .and_then(|rest| rest.split("\nhistory:").next())
        .unwrap()
        .to_owned();
    let many: String = (1..=12)
        .map(|n| {
            breach.replace("per maand minimaal", &format!("(onderdeel {n}) per maand minimaal"))
        })
        .collect();
    let long = text.replace(&format!("breaches:\n{breach}"), &format!("breaches:\n{many}"));
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("lang.yaml"), long).unwrap();
    let output = run(dir.path(), &["render", "lang.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let file = dir.path().join("lang.pdf");
    let count = pages(&file);
    assert!(count >= 4, "{count} pages");
    for page in 1..=count {
        let text = pdftotext(&file, Some(page));
        assert!(text.contains(&format!("Pagina {page} van {count}")), "page {page}:\n{text}");
        if page > 1 {
            assert!(
                text.starts_with("Afzender B.V. · 1 december 2026 · Ons kenmerk T-1"),
                "page {page}"
            );
        }
    }
    // Every breach made it, in order; the closing and the signature share a page.
    let all = pdftotext(&file, None);
    let mut at = 0;
    for n in 1..=12 {
        let needle = format!("(onderdeel {n})");
        at +=
            all[at..].find(&needle).unwrap_or_else(|| panic!("breach {n} missing or out of order"));
    }
    let last = pdftotext(&file, Some(count));
    assert!(last.contains("Met vriendelijke groet,") && last.contains("J. de Vries"));
}

#[test]
fn the_same_letter_gives_the_same_bytes() {
    let path = root().join("examples/softwareproject-te-laat.yaml");
    let (_, first) = render(&path);
    let (_, second) = render(&path);
    assert!(first == second, "two renders in one process differ");

    // And across processes.
    let dir = tempfile::tempdir().unwrap();
    fs::copy(&path, dir.path().join("zaak.yaml")).unwrap();
    assert_eq!(status(&run(dir.path(), &["render", "zaak.yaml"])), 0);
    let one = fs::read(dir.path().join("zaak.pdf")).unwrap();
    assert_eq!(status(&run(dir.path(), &["render", "--force", "zaak.yaml"])), 0);
    let two = fs::read(dir.path().join("zaak.pdf")).unwrap();
    assert!(one == two && one == first, "renders differ between processes");
}

#[test]
fn a_character_the_font_lacks_is_an_error_at_its_key() {
    let text = fs::read_to_string(fixtures().join("valid/basis.yaml")).unwrap();
    let greek = text.replace("Storingen gemeld.", "Storingen gemeld (Ελλάδα) 🙂.");
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("zaak.yaml"), greek).unwrap();
    let output = run(dir.path(), &["render", "zaak.yaml"]);
    assert_eq!(status(&output), 1);
    let err = stderr(&output);
    assert!(
        err.contains(
            "history[1].summary: het teken `Ε` (U+0395) kan niet in de pdf worden gedrukt"
        ),
        "{err}"
    );
    // `check` knows it too: it makes the PDF in memory.
    let output = run(dir.path(), &["check", "zaak.yaml"]);
    assert_eq!(status(&output), 1);
    assert!(stderr(&output).contains("het teken `Ε` (U+0395)"), "{}", stderr(&output));
    assert!(err.contains("--> zaak.yaml:"), "{err}");
    assert!(!dir.path().join("zaak.pdf").exists());
    // Markdown has no such limit.
    assert_eq!(status(&run(dir.path(), &["render", "--format", "md", "zaak.yaml"])), 0);
}

#[test]
fn an_address_too_large_for_the_window_is_an_error_naming_the_field() {
    let text = fs::read_to_string(fixtures().join("valid/basis.yaml")).unwrap();
    let long = text.replace(
        "  organisation: Leverancier B.V.",
        "  organisation: Internationale Vereniging van Leveranciers van Informatietechnologie en \
         Telecommunicatiediensten in Nederland, België en Luxemburg B.V.",
    );
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("zaak.yaml"), long).unwrap();
    let output = run(dir.path(), &["render", "zaak.yaml"]);
    assert_eq!(status(&output), 1);
    let err = stderr(&output);
    assert!(
        err.starts_with(
            "fout: supplier.organisation: het adres past niet in het venster van de envelop"
        ),
        "{err}"
    );
    assert!(!dir.path().join("zaak.pdf").exists());
    // `check` says so before anything is rendered, naming the document.
    let output = run(dir.path(), &["check", "zaak.yaml"]);
    assert_eq!(status(&output), 1);
    let err = stderr(&output);
    assert!(err.starts_with("fout: supplier.organisation: het adres past niet"), "{err}");
    assert!(
        err.ends_with("zaak.yaml: 1 probleem gevonden; los het op, dan kan de ingebrekestelling worden gemaakt\n"),
        "{err}"
    );
    assert_eq!(stdout(&output), "");
}

#[test]
fn render_writes_pdf_by_default_and_both_with_all() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(fixtures().join("valid/basis.yaml"), dir.path().join("zaak.yaml")).unwrap();
    let output = run(dir.path(), &["render", "zaak.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert!(fs::read(dir.path().join("zaak.pdf")).unwrap().starts_with(b"%PDF-"));
    let output = run(dir.path(), &["render", "--format", "all", "zaak.yaml"]);
    assert_eq!(status(&output), 2, "the PDF exists already");
    assert!(!dir.path().join("zaak.md").exists(), "nothing is written when one output exists");
    let output = run(dir.path(), &["render", "--format", "all", "--force", "zaak.yaml"]);
    assert_eq!(status(&output), 0);
    assert!(dir.path().join("zaak.md").exists());
}
