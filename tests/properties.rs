//! Properties over any text: whatever a person types into a text field, the letter says it
//! literally in Markdown and in the PDF, or the tool says which character it cannot print. And
//! whatever the length, nothing leaves the text column.

use std::fs;
use std::path::Path;

use proptest::prelude::*;

use ingebrekestelling::documents::{self, Document};
use ingebrekestelling::formats::pdf;
use ingebrekestelling::{load, templates, validate};

use crate::support::{fixtures, shown_text, today};

/// The text fields that the notice repeats word for word, as the line of `basis.yaml` that
/// holds each.
const FIELDS: &[(&str, &str)] = &[
    ("breaches[1].obligation", "  - obligation: "),
    ("breaches[1].facts", "    facts: "),
    ("breaches[1].required_action", "    required_action: "),
    ("breaches[1].clause", "    clause: "),
    ("history[1].summary", "    summary: "),
    ("enclosures[1].title", "    title: Storingsoverzicht"),
    ("contract.title", "  title: Overeenkomst hosting"),
];

/// The fields of [`FIELDS`] that stand on one line (a line break in them is refused).
const ONE_LINE: &[&str] = &["enclosures[1].title", "contract.title"];

/// Whether `text` fits field number `field`: a line break (other than at the ends, which
/// are trimmed) only where the field may have more lines.
fn fits(field: usize, text: &str) -> bool {
    !ONE_LINE.contains(&FIELDS[field].0) || !text.trim().contains(['\n', '\r'])
}

/// `basis.yaml` with the field on the line starting with `prefix` set to `text`.
fn case_with(prefix: &str, text: &str) -> String {
    let basis = fs::read_to_string(fixtures().join("valid/basis.yaml")).unwrap();
    let key = prefix.split(':').next().unwrap();
    // A JSON string is a valid YAML double-quoted scalar.
    let quoted = serde_json::to_string(text).unwrap();
    basis
        .lines()
        .map(
            |line| {
                if line.starts_with(prefix) { format!("{key}: {quoted}") } else { line.to_owned() }
            },
        )
        .collect::<Vec<_>>()
        .join("\n")
}

fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The characters beyond ASCII that `any_text` uses and the font has.
const DUTCH: &str = "éëïöüÉËÏÖÜáàâçñß€‘’“”„–—…\u{a0}\n\t";

/// Text as people type it, with Markdown and template syntax, Dutch characters and, now and
/// then, characters from anywhere in Unicode.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::string::string_regex(
            "[ -~éëïöüÉËÏÖÜáàâçñß€‘’“”„–—…\u{a0}\n\t*_#|<>{}%&;`~\\[\\]\\\\]{1,160}"
        )
        .unwrap(),
        1 => any::<String>(),
    ]
}

/// What happens to a case file with `text` in a field: `None` when the case is refused with
/// located problems, else the Markdown of the notice and, when printable, the PDF.
fn outcome(yaml: &str) -> Option<(String, Result<Vec<u8>, String>)> {
    let loaded = load::load(Path::new("zaak.yaml"), &mut |_| Ok(yaml.as_bytes().to_vec())).ok()?;
    let checked = match validate::validate(&loaded, today()) {
        Ok(checked) => checked,
        Err(problems) => {
            assert!(!problems.is_empty());
            assert!(problems.iter().all(|p| p.span.is_some() || p.path.is_some()), "{problems:?}");
            return None;
        }
    };
    let templates = templates::Templates::builtin().unwrap();
    let rendered =
        documents::render(Document::Notice, &checked.case, &loaded.tree, &templates).unwrap();
    let unprintable = pdf::unprintable(&loaded.tree);
    let pdf = if unprintable.is_empty() {
        // A field of the body never makes typesetting fail.
        Ok(rendered.pdf().unwrap_or_else(|e| panic!("{e}")).0)
    } else {
        // The error names the field and the character.
        let first = &unprintable[0];
        assert!(
            first
                .message
                .text(ingebrekestelling::catalogue::Lang::En)
                .contains("cannot be printed"),
            "{:?}",
            first.message
        );
        Err(first.message.text(ingebrekestelling::catalogue::Lang::En))
    };
    Some((rendered.markdown.0, pdf))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    /// Markdown: every character of the text is in the letter, literally.
    #[test]
    fn any_text_appears_literally_in_the_markdown(field in 0..FIELDS.len(), text in any_text()) {
        let (_, prefix) = FIELDS[field];
        let yaml = case_with(prefix, &text);
        let result = outcome(&yaml);
        // Ordinary text is always accepted: only blank text or characters YAML forbids are not.
        let ordinary = text.chars().any(|c| !c.is_whitespace())
            && text.chars().all(|c| !c.is_control() || c == '\n' || c == '\t')
            && fits(field, &text);
        prop_assert!(result.is_some() || !ordinary, "`{text:?}` was refused");
        if let Some((markdown, _)) = result {
            let shown = squash(&shown_text(&markdown));
            // CommonMark turns NUL into U+FFFD; YAML does not allow it raw anyway.
            let wanted = squash(&text.replace('\0', "\u{fffd}"));
            prop_assert!(shown.contains(&wanted), "`{text}` is not in\n{markdown}");
            prop_assert!(!markdown.contains("{{") || text.contains("{{"));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// PDF: the text is on the page, or a coverage error names the character.
    #[test]
    fn any_text_appears_in_the_pdf_or_is_named_as_unprintable(
        field in 0..FIELDS.len(),
        text in any_text(),
    ) {
        let (_, prefix) = FIELDS[field];
        let yaml = case_with(prefix, &text);
        let result = outcome(&yaml);
        // Text typed on a Dutch keyboard always gives a PDF, so this test cannot pass empty.
        let dutch = text.chars().any(|c| !c.is_whitespace())
            && text.chars().all(|c| (' '..='~').contains(&c) || DUTCH.contains(c))
            && fits(field, &text);
        prop_assert!(!dutch || matches!(result, Some((_, Ok(_)))), "no PDF for `{text:?}`");
        if let Some((_, Ok(bytes))) = result {
            let dir = tempfile::tempdir().unwrap();
            let file = dir.path().join("brief.pdf");
            fs::write(&file, &bytes).unwrap();
            let shown = squash(&crate::pdf::flowing_text(&file));
            prop_assert!(shown.contains(&squash(&text)), "`{text}` is not in the PDF");
            // Any text, also in the title that the XMP packet repeats, keeps it PDF/UA-1.
            let report = page_validation::validate_pdf_bytes(
                &bytes,
                &page_validation::ValidationOptions::default()
                    .profile(page_validation::ValidationProfile::PdfUa1),
            )
            .unwrap();
            prop_assert!(report.is_compliant, "`{text:?}`: {:#?}", report.failures);
        }
    }
}

/// Words on the pages of a PDF: (page width, page height, x min, y min, x max, y max, word).
fn word_boxes(file: &Path) -> Vec<(f64, f64, f64, f64, f64, f64, String)> {
    let output =
        std::process::Command::new("pdftotext").arg("-bbox").arg(file).arg("-").output().unwrap();
    let html = String::from_utf8(output.stdout).unwrap();
    let number = |tag: &str, name: &str| -> f64 {
        let at = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[at..].split('"').next().unwrap().parse().unwrap()
    };
    let mut size = (0.0, 0.0);
    let mut words = Vec::new();
    for tag in html.split('<').skip(1) {
        if tag.starts_with("page ") {
            size = (number(tag, "width"), number(tag, "height"));
        } else if tag.starts_with("word ") {
            let text = tag.split('>').nth(1).unwrap_or("").to_owned();
            words.push((
                size.0,
                size.1,
                number(tag, "xMin"),
                number(tag, "yMin"),
                number(tag, "xMax"),
                number(tag, "yMax"),
                text,
            ));
        }
    }
    words
}

#[test]
fn long_words_and_hundreds_of_shortcomings_stay_inside_the_text_column() {
    let mm = 72.0 / 25.4;
    for name in ["long-words.yaml", "many-breaches.yaml"] {
        let path = fixtures().join("hostile").join(name);
        let rendered = crate::support::render(&path, Document::Notice).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("brief.pdf");
        fs::write(&file, rendered.pdf().unwrap().0).unwrap();
        let words = word_boxes(&file);
        assert!(words.len() > 500, "{name}: {} words", words.len());
        for (width, height, x0, y0, x1, y1, word) in &words {
            // The text column: 35 mm from the left edge, 25 mm from the right; 10 mm at the
            // top and bottom for the running header and the page number.
            assert!(
                *x0 >= 35.0 * mm - 0.5 && *x1 <= width - 25.0 * mm + 0.5,
                "{name}: `{word}` at x {x0}–{x1}"
            );
            assert!(
                *y0 >= 10.0 * mm && *y1 <= height - 10.0 * mm,
                "{name}: `{word}` at y {y0}–{y1}"
            );
        }
        // The pages are numbered to the end.
        let pages = words.iter().filter(|w| w.6 == "Pagina").count();
        assert!(pages >= 2, "{name}");
        let text = crate::pdf::pdftotext(&file, None);
        assert!(text.contains(&format!("Pagina {pages} van {pages}")), "{name}");
    }
    // Every one of the 300 shortcomings is in the letter.
    let path = fixtures().join("hostile/many-breaches.yaml");
    let md = crate::support::render(&path, Document::Notice).unwrap().markdown.0;
    for i in 1..=300 {
        assert!(md.contains(&format!("Kom verplichting {i} na.")), "shortcoming {i}");
    }
}
