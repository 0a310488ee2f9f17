//! User text appears literally: Markdown and template syntax in the case file never become
//! markup or code in the letter.

use crate::support::{shown_text, status, stderr};

const TRICKY: &[&str] = &[
    "*urgent*",
    "_nu_",
    "# 1",
    "| a | b |",
    "<b>vet</b>",
    "{{ x }}",
    "{% if y %}",
    "1. eerste",
    "- streepje",
    "> citaat",
    "[link](http://example.com)",
    "&amp;",
    "`code`",
    "a\\b",
];

#[test]
fn markup_in_every_text_field_shows_literally() {
    let text =
        std::fs::read_to_string(crate::support::fixtures().join("valid/basis.yaml")).unwrap();
    // Inside double quotes in YAML, `\` and `"` are escaped.
    let tricky = TRICKY.join(" ").replace('\\', "\\\\").replace('"', "\\\"");
    let block = TRICKY.iter().map(|t| format!("      {t}")).collect::<Vec<_>>().join("\n");
    let case = text
        .replace("Afzender B.V.", &format!("\"Afzender {tricky} B.V.\""))
        .replace(
            "    facts: In oktober 2026",
            &format!("    facts: |-\n{block}\n\n      In oktober 2026"),
        )
        .replace("  title: Overeenkomst hosting", &format!("  title: \"Overeenkomst {tricky}\""))
        .replace("    summary: Storingen gemeld.", &format!("    summary: |-\n{block}"))
        .replace(
            "    title: Storingsoverzicht oktober 2026",
            "    title: \"*Overzicht* <i>2026</i> {{ bijlage }}\"",
        );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("lastig.yaml"), case).unwrap();
    let (output, md) = crate::support::markdown(dir.path(), &["lastig.yaml"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let shown = shown_text(&md);
    for tricky in TRICKY {
        // In the organisation name, the contract title, the facts and the history.
        assert!(shown.matches(tricky).count() >= 4, "`{tricky}` not shown literally:\n{shown}");
    }
    // Each line of a multi-line text stays a line of its own, inside its list item.
    assert!(shown.contains("*urgent*\n_nu_\n# 1\n"), "{shown}");
    assert!(shown.contains("*Overzicht* <i>2026</i> {{ bijlage }}"));
    // Only the letter's own headings are headings.
    let headings = md.lines().filter(|l| l.starts_with('#')).count();
    assert_eq!(headings, 5, "{md}");
}
