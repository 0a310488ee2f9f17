//! Hostile input and hostile places to write: limits that fail fast with plain errors, inputs
//! the fuzzer found, outputs that cannot or must not be written, and a batch killed halfway.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use ingebrekestelling::documents::Document;
use ingebrekestelling::formats::pdf;
use ingebrekestelling::{documents, load, templates, validate};

use crate::support::{fixtures, root, run, status, stderr, stdout, today};
use crate::synthetic;

/// Runs `render --format all` on `text` as `zaak.yaml`; returns the output and the folder.
fn render_text(text: &[u8]) -> (std::process::Output, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("zaak.yaml"), text).unwrap();
    let output = run(dir.path(), &["render", "--format", "all", "zaak.yaml"]);
    (output, dir)
}

/// The names in a folder, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    names
}

fn basis() -> String {
    fs::read_to_string(fixtures().join("valid/basis.yaml")).unwrap()
}

#[test]
fn limits_fail_with_a_plain_error_and_write_nothing() {
    let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let p = i - 1;
        bomb.push_str(&format!("a{i}: &a{i} [{}]\n", vec![format!("*a{p}"); 10].join(", ")));
    }
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "too large",
            format!("{}\nletter: {{place: \"{}\"}}\n", basis(), "a".repeat(1 << 20)).into_bytes(),
            "een dossier mag hoogstens 1 MB zijn",
        ),
        ("alias bomb", bomb.into_bytes(), "veel meer waarden dan een dossier nodig heeft"),
        (
            "deep brackets",
            format!("{}{}", "[".repeat(200_000), "]".repeat(200_000)).into_bytes(),
            "zet sleutels en lijsten veel te diep in elkaar",
        ),
        (
            "deep keys",
            (0..40).map(|i| format!("{}k{i}:\n", " ".repeat(i))).collect::<String>().into_bytes(),
            "meer dan 32 niveaus diep",
        ),
        (
            "invalid UTF-8",
            {
                let mut bytes = basis().into_bytes();
                bytes.splice(30..30, [0xff, 0xfe]);
                bytes
            },
            "is niet als UTF-8 opgeslagen: op regel 1, kolom 31",
        ),
        ("empty", Vec::new(), "het dossier is leeg"),
        (
            "top-level list",
            b"- letter: {}\n".to_vec(),
            "hier hoort een groep sleutels, maar er staat een lijst",
        ),
        (
            "two documents",
            format!("{}---\n{}", basis(), basis()).into_bytes(),
            "het bestand bevat meer dan één YAML-document",
        ),
        ("a NUL byte", b"letter:\n  place: \"a\0b\"\n".to_vec(), "fout:"),
    ];
    for (what, text, expected) in cases {
        let (output, dir) = render_text(&text);
        let err = stderr(&output);
        assert_eq!(status(&output), 1, "{what}: {err}");
        assert!(err.contains(expected), "{what}: `{expected}` not in\n{err}");
        assert!(err.contains("--> zaak.yaml"), "{what}: {err}");
        assert!(err.contains("= tip:"), "{what}: {err}");
        assert!(err.lines().all(|l| l.chars().count() < 400), "{what}: a line too long\n{err}");
        assert_eq!(names(dir.path()), ["zaak.yaml"], "{what}: something was written");
    }
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_accepted() {
    let plain = basis();
    let windows = format!("\u{feff}{}", plain.replace('\n', "\r\n"));
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("unix.yaml"), &plain).unwrap();
    fs::write(dir.path().join("windows.yaml"), &windows).unwrap();
    let a = run(dir.path(), &["preview", "unix.yaml"]);
    let b = run(dir.path(), &["preview", "windows.yaml"]);
    assert_eq!(status(&b), 0, "{}", stderr(&b));
    assert_eq!(stdout(&a), stdout(&b));
    // Problems in such a file are still reported at the right line and column.
    let broken = windows.replace("working_days: 10", "working_days: tien");
    fs::write(dir.path().join("windows.yaml"), broken).unwrap();
    let output = run(dir.path(), &["check", "windows.yaml"]);
    let line = plain.lines().position(|l| l.contains("working_days")).unwrap() + 1;
    assert!(
        stderr(&output).contains(&format!("--> windows.yaml:{line}:17")),
        "{}",
        stderr(&output)
    );
}

/// Every document of a case file, through the library as the command line does it: never a
/// panic, whatever the text.
fn every_document(text: &[u8]) {
    let loaded = match load::load(Path::new("zaak.yaml"), &mut |p: &Path| {
        if p == Path::new("zaak.yaml") {
            Ok(text.to_vec())
        } else {
            Err(std::io::Error::from(std::io::ErrorKind::NotFound))
        }
    }) {
        Ok(loaded) => loaded,
        Err(_) => return,
    };
    let Ok(checked) = validate::validate(&loaded, today()) else { return };
    let templates = templates::Templates::builtin().unwrap();
    let printable = pdf::unprintable(&loaded.tree).is_empty();
    for which in [
        Document::Notice,
        Document::CallNotes,
        Document::FollowUp,
        Document::Confirmation(None),
        Document::Confirmation(Some(1)),
        Document::Confirmation(Some(2)),
    ] {
        let rendered = documents::render(which, &checked.case, &loaded.tree, &templates);
        if let (Ok(rendered), true) = (rendered, printable) {
            let _ = rendered.pdf();
        }
    }
}

/// The inputs the fuzzer found, kept in `fuzz/regressions`, and hand-made hostile inputs in
/// `tests/fixtures/hostile`.
#[test]
fn inputs_that_once_broke_something_never_panic() {
    let mut files: Vec<PathBuf> = Vec::new();
    for dir in [root().join("fuzz/regressions"), fixtures().join("hostile")] {
        if let Ok(entries) = fs::read_dir(&dir) {
            files.extend(entries.map(|e| e.unwrap().path()));
        }
    }
    files.sort();
    assert!(files.len() >= 3, "the regression inputs are missing: {files:?}");
    for file in files {
        let text = fs::read(&file).unwrap();
        let outcome = std::panic::catch_unwind(|| every_document(&text));
        assert!(outcome.is_ok(), "{} panics", file.display());
    }
}

/// Runs the program as an ordinary user: `root` may write in a read-only folder.
fn unprivileged(dir: &Path) -> Command {
    let program = assert_cmd::cargo::cargo_bin("ingebrekestelling");
    let is_root = fs::read_to_string("/proc/self/status").is_ok_and(|s| {
        s.lines().any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
    });
    let mut cmd = if is_root {
        // A copy of the program in the test folder, which the user `nobody` can reach.
        let copy = dir.join("ingebrekestelling");
        fs::copy(&program, &copy).unwrap();
        let mut cmd = Command::new("setpriv");
        cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups"]).arg(copy);
        cmd
    } else {
        Command::new(program)
    };
    cmd.current_dir(dir).env("NO_COLOR", "1").args(["--today", crate::support::TODAY]);
    cmd
}

#[cfg(unix)]
#[test]
fn a_read_only_output_folder_is_an_error_and_leaves_nothing() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::set_permissions(d, fs::Permissions::from_mode(0o755)).unwrap();
    fs::write(d.join("zaak.yaml"), basis()).unwrap();
    fs::set_permissions(d.join("zaak.yaml"), fs::Permissions::from_mode(0o644)).unwrap();
    fs::create_dir(d.join("alleen-lezen")).unwrap();
    fs::set_permissions(d.join("alleen-lezen"), fs::Permissions::from_mode(0o555)).unwrap();

    let output = unprivileged(d)
        .args(["render", "--format", "all", "--out", "alleen-lezen/", "zaak.yaml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("`alleen-lezen/zaak."), "{err}");
    assert!(err.contains("kan niet worden geschreven: toegang geweigerd"), "{err}");
    assert!(names(&d.join("alleen-lezen")).is_empty());

    let output = unprivileged(d)
        .args(["batch", "zaak.yaml", "--out", "alleen-lezen", "--quiet"])
        .output()
        .unwrap();
    assert_ne!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stderr(&output).contains("alleen-lezen"), "{}", stderr(&output));
    assert!(names(&d.join("alleen-lezen")).is_empty());
}

#[test]
fn a_folder_at_the_output_path_is_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("zaak.yaml"), basis()).unwrap();
    fs::create_dir(d.join("zaak.md")).unwrap();
    fs::write(d.join("zaak.md/notities.txt"), "eigen werk").unwrap();
    for force in [false, true] {
        let mut args = vec!["render", "--format", "md", "zaak.yaml"];
        if force {
            args.push("--force");
        }
        let output = run(d, &args);
        assert_eq!(status(&output), 2, "{}", stderr(&output));
        let err = stderr(&output);
        let expected = if force {
            "`zaak.md` kan niet worden geschreven: het is een map"
        } else {
            "`zaak.md` bestaat al"
        };
        assert!(err.contains(expected), "{err}");
    }
    assert_eq!(fs::read_to_string(d.join("zaak.md/notities.txt")).unwrap(), "eigen werk");
    assert_eq!(names(d), ["zaak.md", "zaak.yaml"]);
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_at_the_output_path_is_never_replaced_nor_written_through() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("zaak.yaml"), basis()).unwrap();
    fs::write(d.join("elders.md"), "niet overschrijven").unwrap();
    symlink("elders.md", d.join("zaak.md")).unwrap();
    symlink("bestaat-niet.pdf", d.join("zaak.pdf")).unwrap();

    let output = run(d, &["render", "--format", "all", "zaak.yaml"]);
    assert_eq!(status(&output), 2);
    assert!(stderr(&output).contains("`zaak.md`, `zaak.pdf` bestaan al"), "{}", stderr(&output));

    // --force replaces only regular files: the links stay, and so does what they point at.
    let output = run(d, &["render", "--format", "all", "--force", "zaak.yaml"]);
    assert_eq!(status(&output), 2, "{}", stderr(&output));
    assert!(stderr(&output).contains("het is een symbolische koppeling"), "{}", stderr(&output));
    assert_eq!(fs::read_to_string(d.join("elders.md")).unwrap(), "niet overschrijven");
    assert!(!d.join("bestaat-niet.pdf").exists());
    for name in ["zaak.md", "zaak.pdf"] {
        let meta = fs::symlink_metadata(d.join(name)).unwrap();
        assert!(meta.file_type().is_symlink(), "{name} is still the link");
    }
}

#[cfg(unix)]
#[test]
fn force_never_loses_a_file_when_another_output_cannot_be_written() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("zaak.yaml"), basis()).unwrap();
    fs::write(d.join("zaak.md"), "eigen tekst").unwrap();
    // The second output cannot be written: a folder stands at its place.
    fs::create_dir(d.join("zaak.pdf")).unwrap();
    let output = run(d, &["render", "--format", "all", "--force", "zaak.yaml"]);
    assert_eq!(status(&output), 2, "{}", stderr(&output));
    assert_eq!(fs::read_to_string(d.join("zaak.md")).unwrap(), "eigen tekst");
    fs::remove_dir(d.join("zaak.pdf")).unwrap();

    // A FIFO (or a device) at the output path is never replaced, even with --force.
    mkfifo(&d.join("zaak.pdf"));
    let output = run_bounded(d, &["render", "--force", "zaak.yaml"]);
    assert_eq!(status(&output), 2, "{}", stderr(&output));
    assert!(stderr(&output).contains("het is geen gewoon bestand"), "{}", stderr(&output));
    use std::os::unix::fs::FileTypeExt;
    assert!(fs::symlink_metadata(d.join("zaak.pdf")).unwrap().file_type().is_fifo());
    assert_eq!(fs::read_to_string(d.join("zaak.md")).unwrap(), "eigen tekst");
    assert_eq!(names(d), ["zaak.md", "zaak.pdf", "zaak.yaml"], "no temporary file is left");
}

#[cfg(unix)]
#[test]
fn batch_writes_nothing_outside_its_output_folder() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for path in ["zaken/noord/zaak.yaml", "zaken/zuid/zaak.yaml", "los/zaak.yaml"] {
        fs::create_dir_all(d.join(path).parent().unwrap()).unwrap();
        fs::write(d.join(path), basis()).unwrap();
    }
    // A link inside --out to a folder elsewhere, and input given with `..` in its path.
    fs::create_dir_all(d.join("uit")).unwrap();
    fs::create_dir_all(d.join("elders")).unwrap();
    symlink("../elders", d.join("uit/noord")).unwrap();
    let output = run(
        &d.join("zaken"),
        &["batch", ".", "../los/zaak.yaml", "--out", "../uit", "--format", "md", "--quiet"],
    );
    assert_eq!(status(&output), 1, "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("`../uit/noord` is een symbolische koppeling"), "{err}");
    assert!(names(&d.join("elders")).is_empty(), "a letter landed outside --out");
    assert!(d.join("uit/zuid/zaak.md").is_file());
    // The case given as a file is named by its file name, below --out; it collides with
    // nothing because `zaken/` holds no top-level `zaak.yaml`.
    assert!(d.join("uit/zaak.md").is_file());
    assert!(!d.join("zaak.md").exists() && !d.join("los/zaak.md").exists());
    // Nothing anywhere but in `uit`, the inputs and the link's target.
    let mut all = Vec::new();
    collect(d, d, &mut all);
    for path in &all {
        assert!(
            path.starts_with("uit") || path.ends_with("zaak.yaml"),
            "unexpected file `{}`",
            path.display()
        );
    }
}

fn collect(root: &Path, dir: &Path, into: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let kind = entry.file_type().unwrap();
        if kind.is_dir() {
            collect(root, &entry.path(), into);
        } else if kind.is_file() {
            into.push(entry.path().strip_prefix(root).unwrap().to_owned());
        }
    }
}

/// A PDF is complete when it parses and ends with its end-of-file marker.
fn complete_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF-")
        && bytes.trim_ascii_end().ends_with(b"%%EOF")
        && lopdf::Document::load_mem(bytes).is_ok()
}

#[cfg(unix)]
#[test]
fn a_batch_killed_halfway_leaves_only_complete_files_and_the_next_run_finishes_it() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let cases = 500;
    fs::create_dir_all(d.join("zaken")).unwrap();
    for i in 0..cases {
        fs::write(d.join(format!("zaken/zaak-{i:03}.yaml")), synthetic::case(i)).unwrap();
    }
    let program = assert_cmd::cargo::cargo_bin("ingebrekestelling");
    let mut child = Command::new(&program)
        .current_dir(d)
        .args(["--today", crate::support::TODAY, "batch", "zaken", "--out", "uit", "--quiet"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once some letters are written, well before the end.
    let start = Instant::now();
    let pdfs = |dir: &Path| -> usize {
        fs::read_dir(dir).map_or(0, |e| {
            e.filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with(".pdf"))
                .count()
        })
    };
    while pdfs(&d.join("uit")) < 20 {
        assert!(start.elapsed() < Duration::from_secs(120), "the batch wrote nothing");
        assert!(child.try_wait().unwrap().is_none(), "the batch ended before it was killed");
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    let written = names(&d.join("uit"));
    let letters: Vec<&String> = written.iter().filter(|n| n.ends_with(".pdf")).collect();
    assert!(letters.len() < cases as usize, "killed too late to prove anything");
    assert!(!written.iter().any(|n| n.starts_with("manifest")), "the manifest comes at the end");
    for name in &letters {
        let bytes = fs::read(d.join("uit").join(name)).unwrap();
        assert!(complete_pdf(&bytes), "{name} is incomplete");
    }
    // Anything else is a temporary file of the killed run, or the lock it held.
    let others = written.iter().filter(|n| !n.ends_with(".pdf") && *n != ".ingebrekestelling.lock");
    for name in others {
        assert!(name.starts_with(".ingebrekestelling-") && name.ends_with(".tmp"), "{name}");
    }

    // The next run keeps the finished letters, writes the rest and removes the leftovers.
    let output = run(d, &["batch", "zaken", "--out", "uit", "--quiet"]);
    assert_eq!(status(&output), 0, "the letters already there are kept: {}", stderr(&output));
    let after = names(&d.join("uit"));
    assert_eq!(after.iter().filter(|n| n.ends_with(".pdf")).count(), cases as usize);
    assert!(
        after.iter().all(|n| n.ends_with(".pdf")
            || n.starts_with("manifest.")
            || n == ".ingebrekestelling.lock"),
        "{after:?}"
    );
    let manifest: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(d.join("uit/manifest.json")).unwrap()).unwrap();
    let rows = manifest.as_array().unwrap();
    assert_eq!(rows.len(), cases as usize);
    let kept = rows.iter().filter(|r| r["status"] == "kept").count();
    assert_eq!(kept, letters.len(), "exactly the letters of the killed run were kept");
    assert!(rows.iter().all(|r| r["status"] == "kept" || r["status"] == "written"));
    for name in after.iter().filter(|n| n.ends_with(".pdf")) {
        assert!(complete_pdf(&fs::read(d.join("uit").join(name)).unwrap()), "{name}");
    }
}

#[test]
fn a_tab_in_a_text_is_a_space_in_the_letter() {
    let text = basis()
        .replace("summary: Storingen gemeld.", "summary: \"Storingen\\tgemeld.\"")
        .replace("organisation: Afzender B.V.", "organisation: \"Afzender\\tB.V.\"");
    let (output, dir) = render_text(text.as_bytes());
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let md = fs::read_to_string(dir.path().join("zaak.md")).unwrap();
    assert!(md.contains("Storingen gemeld.") && md.contains("Afzender B.V."), "{md}");
    assert!(!md.contains('\t'));
    let pdf = crate::pdf::pdftotext(&dir.path().join("zaak.pdf"), None);
    assert!(pdf.contains("Afzender B.V."), "{pdf}");
}

/// Runs the program in `dir`; a hang fails the test instead of stopping the run.
fn run_bounded(dir: &Path, args: &[&str]) -> std::process::Output {
    crate::support::command(dir).args(args).timeout(Duration::from_secs(60)).output().unwrap()
}

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(made.success());
}

#[test]
fn extends_climbs_exactly_as_written_from_the_case_files_folder() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let base = |city: &str| {
        format!("sender:\n  address: {{street: Kerkstraat 1, postcode: 4001 EM, city: {city}}}\n")
    };
    // The right base two folders up, and decoys where dropped `..` would lead.
    fs::create_dir_all(d.join("a/b/c")).unwrap();
    fs::write(d.join("a/_afzender.yaml"), base("Goed")).unwrap();
    fs::write(d.join("_afzender.yaml"), base("Fout")).unwrap();
    fs::write(d.join("a/b/c/_afzender.yaml"), base("Fout")).unwrap();
    let case = basis()
        .replace("    city: Utrecht\n", "")
        .replace("letter:\n", "extends: ../../_afzender.yaml\nletter:\n");
    fs::write(d.join("a/b/c/zaak.yaml"), case).unwrap();
    // The case named relative to the folder the command runs in: `zaak.yaml` from its own
    // folder once made `../../_afzender.yaml` lose both `..`.
    for (cwd, path) in [("", "a/b/c/zaak.yaml"), ("a/b", "c/zaak.yaml"), ("a/b/c", "zaak.yaml")] {
        let cwd = d.join(cwd);
        let output = run_bounded(&cwd, &["preview", path]);
        assert_eq!(status(&output), 0, "{}", stderr(&output));
        assert!(stdout(&output).contains("Goed"), "{}", stdout(&output));
        assert!(!stdout(&output).contains("Fout"), "the wrong base was read from {cwd:?}");
    }
}

#[test]
fn a_fifo_or_device_is_refused_and_never_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    mkfifo(&d.join("pijp.yaml"));
    let output = run_bounded(d, &["check", "pijp.yaml"]);
    assert_eq!(status(&output), 2);
    assert!(stderr(&output).contains("het is geen gewoon bestand"), "{}", stderr(&output));

    // As the base of a case.
    fs::write(d.join("zaak.yaml"), format!("extends: pijp.yaml\n{}", basis())).unwrap();
    let output = run_bounded(d, &["check", "zaak.yaml"]);
    assert_eq!(status(&output), 1);
    assert!(stderr(&output).contains("het is geen gewoon bestand"), "{}", stderr(&output));

    // Inside a batch folder: that case fails, the others are written.
    fs::create_dir_all(d.join("zaken")).unwrap();
    mkfifo(&d.join("zaken/pijp.yaml"));
    fs::write(d.join("zaken/goed.yaml"), basis()).unwrap();
    let output = run_bounded(d, &["batch", "zaken", "--out", "uit", "--format", "md"]);
    assert_eq!(status(&output), 1, "{}", stderr(&output));
    assert!(d.join("uit/goed.md").is_file());
    assert!(stderr(&output).contains("het is geen gewoon bestand"), "{}", stderr(&output));

    // A device: /dev/zero would be read for ever; it is refused by name.
    fs::write(d.join("nul.yaml"), format!("extends: /dev/zero\n{}", basis())).unwrap();
    let output = run_bounded(d, &["check", "nul.yaml"]);
    assert_eq!(status(&output), 1);
    assert!(stderr(&output).contains("het is geen .yaml- of .yml-bestand"), "{}", stderr(&output));
}

#[test]
fn no_byte_of_a_file_that_is_not_a_case_file_is_shown() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // A secret that would be reported as an unknown key if it were read.
    let secret = d.join("geheim.txt");
    fs::write(&secret, "wachtwoord: hunter2\n").unwrap();
    let extends = format!("extends: {}\n{}", secret.display(), basis());
    fs::write(d.join("zaak.yaml"), extends).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&secret, d.join("link.yaml")).unwrap();
    for case in ["zaak.yaml", "link.yaml"] {
        let output = run_bounded(d, &["check", case]);
        assert_ne!(status(&output), 0, "{case}");
        let err = stderr(&output);
        assert!(!err.contains("hunter2") && !err.contains("wachtwoord"), "{case}: {err}");
        assert!(err.contains("het is geen .yaml- of .yml-bestand"), "{case}: {err}");
    }
    // Nor in a batch manifest.
    fs::create_dir_all(d.join("zaken")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&secret, d.join("zaken/link.yaml")).unwrap();
    let output = run_bounded(d, &["batch", "zaken", "--out", "uit", "--format", "md"]);
    assert_eq!(status(&output), 1);
    for manifest in ["uit/manifest.json", "uit/manifest.csv"] {
        let text = fs::read_to_string(d.join(manifest)).unwrap();
        assert!(!text.contains("hunter2"), "{manifest}: {text}");
    }
}

#[test]
fn a_closed_or_full_standard_output_is_no_panic() {
    let dir = tempfile::tempdir().unwrap();
    let full = || fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    for args in [&["completions", "bash"][..], &["schema"], &["--help"], &["--version"]] {
        let output = Command::new(assert_cmd::cargo::cargo_bin("ingebrekestelling"))
            .args(args)
            .current_dir(dir.path())
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .stdout(full())
            .output()
            .unwrap();
        assert_eq!(status(&output), 2, "{args:?}: a full disk is an error");
        assert!(
            stderr(&output).contains("de uitvoer kan niet worden geschreven"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    // A reader that stops early (`| head -c 10`) is not an error.
    let program = assert_cmd::cargo::cargo_bin("ingebrekestelling");
    let mut child = Command::new(program)
        .args(["completions", "zsh"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
}

#[cfg(unix)]
#[test]
fn a_batch_runs_when_no_thread_can_be_started_and_caps_its_threads() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::set_permissions(d, fs::Permissions::from_mode(0o777)).unwrap();
    for n in 0..3 {
        fs::write(d.join(format!("zaak-{n}.yaml")), basis()).unwrap();
    }
    // One process and no more for the user that runs it: no thread can start.
    let cmd = unprivileged(d);
    let program = cmd.get_program().to_owned();
    let args: Vec<std::ffi::OsString> = cmd.get_args().map(ToOwned::to_owned).collect();
    let mut limited = Command::new("bash");
    limited
        .arg("-c")
        .arg("ulimit -u 1 && exec \"$@\"")
        .arg("sh")
        .arg(program)
        .args(args)
        .args(["batch", ".", "--out", "uit", "--format", "md", "--jobs", "4", "--quiet"])
        .current_dir(d);
    let output = limited.output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    for n in 0..3 {
        assert!(d.join(format!("uit/zaak-{n}.md")).is_file(), "zaak-{n}");
    }
    let output =
        run_bounded(d, &["batch", ".", "--out", "veel", "--format", "md", "--jobs", "65535"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
}

#[test]
fn a_formula_in_a_case_is_not_a_formula_in_the_csv_manifest() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let case = basis().replace(
        "  organisation: Leverancier B.V.",
        "  organisation: \"=HYPERLINK(\\\"http://x.example\\\",\\\"klik\\\")\"",
    );
    fs::write(d.join("zaak.yaml"), case).unwrap();
    let output = run_bounded(d, &["batch", "zaak.yaml", "--out", "uit", "--format", "md"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let csv = fs::read_to_string(d.join("uit/manifest.csv")).unwrap();
    assert!(csv.contains("'=HYPERLINK("), "{csv}");
    assert!(!csv.contains(",=HYPERLINK(") && !csv.contains(",\"=HYPERLINK("), "{csv}");
    // The JSON keeps the name as written.
    let json = fs::read_to_string(d.join("uit/manifest.json")).unwrap();
    assert!(json.contains("\"=HYPERLINK("), "{json}");
}

#[test]
fn no_escape_sequence_from_a_case_reaches_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir_all(d.join("zaken")).unwrap();
    // A file name with an escape sequence, and a case with one in a text.
    fs::write(d.join("zaken/zaak\u{1b}[31m.yaml"), "letter: [").unwrap();
    fs::write(
        d.join("zaken/tekst.yaml"),
        basis()
            .replace("    summary: Storingen gemeld.", "    summary: \"Storingen \\e[2J gemeld.\""),
    )
    .unwrap();
    let output = run_bounded(d, &["batch", "zaken", "--out", "uit", "--format", "md"]);
    assert_eq!(status(&output), 1);
    let err = stderr(&output);
    assert!(!err.contains('\u{1b}'), "{err:?}");
    assert!(err.contains("bevat een onzichtbaar stuurteken (U+001B)"), "{err}");
    let output = run_bounded(d, &["preview", "zaken/tekst.yaml"]);
    assert_eq!(status(&output), 1);
    assert!(!stdout(&output).contains('\u{1b}') && !stderr(&output).contains('\u{1b}'));
}

#[test]
fn a_thousand_shortcomings_is_a_clear_error() {
    let breach = "  - obligation: De dienst is beschikbaar.\n    facts: Op 1 oktober 2026 was de dienst onbereikbaar.\n    required_action: Herstel de dienst.\n";
    let text = basis();
    let start = text.find("breaches:\n").unwrap() + "breaches:\n".len();
    let end = text.find("history:").unwrap();
    let many = format!("{}{}{}", &text[..start], breach.repeat(1000), &text[end..]);
    let (output, dir) = render_text(many.as_bytes());
    assert_eq!(status(&output), 1, "{}", stderr(&output));
    assert!(
        stderr(&output)
            .contains("noemt 1000 tekortkomingen; één ingebrekestelling bevat er hoogstens 999")
    );
    assert_eq!(names(dir.path()), ["zaak.yaml"]);
}

#[cfg(unix)]
#[test]
fn an_unreadable_or_very_deep_folder_is_reported_and_the_batch_goes_on() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::set_permissions(d, fs::Permissions::from_mode(0o777)).unwrap();
    let zaken = d.join("zaken");
    fs::create_dir_all(zaken.join("dicht")).unwrap();
    fs::write(zaken.join("goed.yaml"), basis()).unwrap();
    fs::write(zaken.join("dicht/verborgen.yaml"), basis()).unwrap();
    let mut deep = zaken.join("diep");
    for _ in 0..40 {
        deep = deep.join("d");
    }
    fs::create_dir_all(&deep).unwrap();
    fs::write(deep.join("diep.yaml"), basis()).unwrap();
    for path in [d.to_path_buf(), zaken.clone(), zaken.join("goed.yaml")] {
        fs::set_permissions(&path, fs::Permissions::from_mode(0o777)).unwrap();
    }
    fs::set_permissions(zaken.join("dicht"), fs::Permissions::from_mode(0o000)).unwrap();
    let output = unprivileged(d)
        .args(["batch", "zaken", "--out", "uit", "--format", "md"])
        .output()
        .unwrap();
    fs::set_permissions(zaken.join("dicht"), fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("de map `zaken/dicht` kan niet worden gelezen"), "{err}");
    assert!(err.contains("ligt meer dan 32 mappen diep"), "{err}");
    assert!(d.join("uit/goed.md").is_file(), "{err}");
}

#[test]
fn a_second_batch_into_the_same_folder_waits_for_nothing_and_removes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("zaak.yaml"), basis()).unwrap();
    fs::create_dir(d.join("uit")).unwrap();
    // A run that is still writing: it holds the folder's lock and has a temporary file.
    let lock = fs::File::create(d.join("uit/.ingebrekestelling.lock")).unwrap();
    lock.try_lock().unwrap();
    let temporary = d.join("uit/.ingebrekestelling-bezig.tmp");
    fs::write(&temporary, "half").unwrap();
    let output = run_bounded(d, &["batch", "zaak.yaml", "--out", "uit", "--format", "md"]);
    assert_eq!(status(&output), 2, "{}", stderr(&output));
    assert!(
        stderr(&output).contains("er schrijft al een andere batch in `uit`"),
        "{}",
        stderr(&output)
    );
    assert!(temporary.exists(), "the other run's file was removed");
    drop(lock);
    let output = run_bounded(d, &["batch", "zaak.yaml", "--out", "uit", "--format", "md"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert!(!temporary.exists(), "a run that is gone leaves its temporary files to the next");
    assert!(d.join("uit/zaak.md").is_file());
}

#[test]
fn a_user_template_that_never_ends_is_an_error_not_a_hang() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir_all(d.join("sjablonen")).unwrap();
    fs::write(
        d.join("sjablonen/notice.md"),
        "{% for i in range(end=100000) %}{% for j in range(end=100000) %}x{% endfor %}{% endfor %}",
    )
    .unwrap();
    for n in 0..3 {
        fs::write(d.join(format!("zaak-{n}.yaml")), basis()).unwrap();
    }
    let output =
        run_bounded(d, &["render", "--templates", "sjablonen", "--format", "md", "zaak-0.yaml"]);
    assert_eq!(status(&output), 2, "{}", stderr(&output));
    assert!(
        stderr(&output).contains("het verwerken duurt langer dan 5 seconden"),
        "{}",
        stderr(&output)
    );
    assert!(!d.join("zaak-0.md").exists());
    // In a batch every case says so; after the first, at once.
    let output = run_bounded(
        d,
        &[
            "batch",
            ".",
            "--templates",
            "sjablonen",
            "--out",
            "uit",
            "--format",
            "md",
            "--jobs",
            "1",
        ],
    );
    assert_ne!(status(&output), 0);
    assert_eq!(
        stderr(&output).matches("duurt langer dan 5 seconden").count(),
        3,
        "{}",
        stderr(&output)
    );
}
