//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::Output;

use chrono::NaiveDate;

/// The date used as "today" in tests, so output never depends on the clock.
pub(crate) const TODAY: &str = "2026-11-28";

/// The repository root.
pub(crate) fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `tests/fixtures`.
pub(crate) fn fixtures() -> PathBuf {
    root().join("tests/fixtures")
}

/// The program, run in `dir`, with `--today` fixed and the language left to its default
/// (Dutch): the environment of the machine that runs the tests does not choose it.
pub(crate) fn command(dir: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("ingebrekestelling").unwrap();
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(["--today", TODAY]);
    cmd
}

/// Runs the program in `dir` with `args`.
pub(crate) fn run(dir: &Path, args: &[&str]) -> Output {
    command(dir).args(args).output().unwrap()
}

/// Runs `render --format md` with `args` in `dir` and returns the output with the Markdown
/// written (empty when nothing was): the exact Markdown, which `preview` shows without its
/// escapes.
pub(crate) fn markdown(dir: &Path, args: &[&str]) -> (Output, String) {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("brief.md");
    let mut all = vec!["render", "--format", "md", "--out", file.to_str().unwrap()];
    all.extend_from_slice(args);
    let output = run(dir, &all);
    let text = std::fs::read_to_string(&file).unwrap_or_default();
    (output, text)
}

/// Standard output as text.
pub(crate) fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// Standard error as text.
pub(crate) fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// The exit status.
pub(crate) fn status(output: &Output) -> i32 {
    output.status.code().unwrap_or(-1)
}

/// The fixed test date.
pub(crate) fn today() -> NaiveDate {
    NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap()
}

/// The case files in `dir` (not base files), sorted.
pub(crate) fn cases_in(dir: &Path) -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('_'))
        .collect();
    cases.sort();
    cases
}

/// The file stem as a string.
pub(crate) fn stem(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

/// Reads and checks a case.
pub(crate) fn checked(
    path: &Path,
) -> (ingebrekestelling::load::Loaded, ingebrekestelling::case::Case) {
    use ingebrekestelling::{load, validate};
    let loaded = load::load(path, &mut |p: &Path| std::fs::read(p)).unwrap();
    let checked = validate::validate(&loaded, today())
        .unwrap_or_else(|problems| panic!("{}: {problems:#?}", path.display()));
    (loaded, checked.case)
}

/// Renders a document of a case with the built-in templates.
pub(crate) fn render(
    path: &Path,
    document: ingebrekestelling::documents::Document,
) -> Result<ingebrekestelling::documents::Rendered, ingebrekestelling::documents::DocumentError> {
    let (loaded, case) = checked(path);
    let templates = ingebrekestelling::templates::Templates::builtin().unwrap();
    ingebrekestelling::documents::render(document, &case, &loaded.tree, &templates)
}

/// Reads, checks, composes and renders a case's notice with the built-in templates.
pub(crate) fn notice_markdown(path: &Path) -> (ingebrekestelling::case::Case, String) {
    let (_, case) = checked(path);
    let rendered = render(path, ingebrekestelling::documents::Document::Notice).unwrap();
    (case, rendered.markdown.0)
}

/// The text a CommonMark reader shows, one line per paragraph, list item or heading.
pub(crate) fn shown_text(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser, TagEnd};
    let mut out = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) => out.push_str(&t),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => out.push('\n'),
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML in the letter: {h}"),
            Event::Code(c) => panic!("code in the letter: {c}"),
            _ => {}
        }
    }
    out
}

/// Runs `tests/python/<script>` on `file` and returns the JSON it prints: the file as an
/// independent reader (Python's e-mail parser, `icalendar`, `python-docx`) understands it.
pub(crate) fn python(script: &str, file: &Path) -> serde_json::Value {
    let output = std::process::Command::new("python3")
        .arg(root().join("tests/python").join(script))
        .arg(file)
        .output()
        .expect("python3");
    assert!(
        output.status.success(),
        "{script} failed on {} (its packages: pip install -r tests/python/requirements.txt):\n{}",
        file.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}
