//! `batch`: many case files in one run.

use std::fs;
use std::path::Path;

use crate::support::{fixtures, root, run, status, stderr};

fn basis() -> String {
    fs::read_to_string(fixtures().join("valid/basis.yaml")).unwrap()
}

fn write(dir: &Path, path: &str, text: &str) {
    let full = dir.join(path);
    fs::create_dir_all(full.parent().unwrap()).unwrap();
    fs::write(full, text).unwrap();
}

fn manifest(out: &Path) -> serde_json::Value {
    serde_json::from_slice(&fs::read(out.join("manifest.json")).unwrap()).unwrap()
}

#[test]
fn good_cases_are_written_bad_ones_reported_and_all_listed_in_the_manifest() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "zaken/noord/zaak.yaml", &basis());
    write(d, "zaken/zuid/zaak.yaml", &basis().replace("Afzender B.V.", "Zuid B.V."));
    write(d, "zaken/zuid/kapot.yaml", &basis().replace("  kvk: \"12345678\"", "  kvk: \"123\""));
    write(d, "zaken/_gedeeld.yaml", "letter:\n  place: Utrecht\n");
    write(d, "zaken/leest.yml", &format!("extends: _gedeeld.yaml\n{}", basis()));
    write(d, "zaken/notities.txt", "geen zaak");
    let output = run(d, &["batch", "zaken", "--out", "brieven", "--format", "all"]);
    assert_eq!(status(&output), 1, "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("zaken/zuid/kapot.yaml:9:8: fout: sender.kvk:"), "{err}");
    assert!(
        err.ends_with(
            "4 dossiers: 3 geschreven, 1 afgewezen; overzicht in brieven/manifest.json\n"
        ),
        "{err}"
    );

    // Outputs mirror the case files below the input folder: no collision.
    for name in ["noord/zaak", "zuid/zaak", "leest"] {
        for ext in ["md", "pdf"] {
            assert!(d.join(format!("brieven/{name}.{ext}")).is_file(), "{name}.{ext}");
        }
    }
    assert!(!d.join("brieven/zuid/kapot.pdf").exists());
    assert!(!d.join("brieven/_gedeeld.pdf").exists());

    let m = manifest(&d.join("brieven"));
    let rows = m.as_array().unwrap();
    let sources: Vec<&str> = rows.iter().map(|r| r["source"].as_str().unwrap()).collect();
    assert_eq!(
        sources,
        [
            "zaken/leest.yml",
            "zaken/noord/zaak.yaml",
            "zaken/zuid/kapot.yaml",
            "zaken/zuid/zaak.yaml"
        ]
    );
    let bad = &rows[2];
    assert_eq!(bad["status"], "invalid");
    assert!(bad["error"].as_str().unwrap().contains("zaken/zuid/kapot.yaml:9:8: fout: sender.kvk"));
    assert!(bad["error"].as_str().unwrap().contains("is geen KVK-nummer"));
    assert!(bad["outputs"].as_array().unwrap().is_empty());
    let good = &rows[1];
    assert_eq!(good["status"], "written");
    assert_eq!(good["supplier"], "Leverancier B.V.");
    assert_eq!(good["contract"], "Overeenkomst hosting");
    assert_eq!(good["letter_date"], "2026-12-01");
    assert_eq!(good["deadline"], "2026-12-15");
    for file in good["outputs"].as_array().unwrap() {
        let bytes = fs::read(d.join("brieven").join(file["path"].as_str().unwrap())).unwrap();
        let digest: String = sha256(&bytes);
        assert_eq!(file["sha256"], digest.as_str());
        assert_eq!(file["status"], "written");
    }
    let csv = fs::read_to_string(d.join("brieven/manifest.csv")).unwrap();
    assert!(csv.starts_with(
        "source,status,supplier,contract,letter_date,deadline,advice,error,outputs,sha256,\
         output_status\n"
    ));
    assert_eq!(csv.lines().count(), 5);
}

pub(crate) fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn no_case_files_is_an_error_that_says_where_it_looked() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "leeg/_basis.yaml", "");
    write(dir.path(), "leeg/lees-mij.txt", "");
    let output = run(dir.path(), &["batch", "leeg", "--out", "uit"]);
    assert_eq!(status(&output), 2);
    assert!(
        stderr(&output).starts_with("fout: geen dossiers gevonden in `leeg`: gezocht naar"),
        "{}",
        stderr(&output)
    );
    let output = run(dir.path(), &["batch", "bestaat-niet", "--out", "uit"]);
    assert_eq!(status(&output), 2);
    assert!(
        stderr(&output)
            .contains("`bestaat-niet` kan niet worden gelezen: het bestand bestaat niet"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn existing_letters_are_kept_without_force_and_the_same_name_twice_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "a/zaak.yaml", &basis());
    write(d, "b/zaak.yaml", &basis());
    // Two input folders with the same name below them: the second case cannot have it.
    let output = run(d, &["batch", "a", "b", "--out", "uit", "--format", "md"]);
    assert_eq!(status(&output), 1);
    assert!(
        stderr(&output).contains(
            "b/zaak.yaml: fout: de uitvoernaam `zaak` is al in gebruik voor `a/zaak.yaml`"
        ),
        "{}",
        stderr(&output)
    );

    // A rerun keeps what is there: not a failure, and the manifest says so, with the sha256
    // of the file as it is.
    let output = run(d, &["batch", "a", "--out", "uit", "--format", "md"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert!(
        stderr(&output)
            .ends_with("1 dossier: 0 geschreven, 1 bewaard; overzicht in uit/manifest.json\n"),
        "{}",
        stderr(&output)
    );
    let row = &manifest(&d.join("uit"))[0];
    assert_eq!(row["status"], "kept");
    let kept = fs::read(d.join("uit/zaak.md")).unwrap();
    assert_eq!(row["outputs"][0]["sha256"], sha256(&kept).as_str());
    assert_eq!(row["outputs"][0]["status"], "kept");

    // A kept file that differs from what the case makes now is said to be outdated.
    fs::write(d.join("uit/zaak.md"), "eigen tekst").unwrap();
    let output = run(d, &["batch", "a", "--out", "uit", "--format", "md"]);
    assert_eq!(status(&output), 0);
    assert!(
        stderr(&output).contains(
            "a/zaak.yaml: `zaak.md` bestaat al en verschilt van wat het dossier nu oplevert; \
             het is bewaard (met --force wordt het vervangen)"
        ),
        "{}",
        stderr(&output)
    );
    let row = &manifest(&d.join("uit"))[0];
    assert_eq!(row["outputs"][0]["status"], "outdated");
    assert_eq!(row["outputs"][0]["sha256"], sha256(b"eigen tekst").as_str());
    assert_eq!(fs::read_to_string(d.join("uit/zaak.md")).unwrap(), "eigen tekst");

    // One output kept and one new: the new one is written, and the case counts as written.
    let output = run(d, &["batch", "a", "--out", "uit", "--format", "all"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let row = &manifest(&d.join("uit"))[0];
    assert_eq!(row["status"], "written");
    let statuses: Vec<&str> =
        row["outputs"].as_array().unwrap().iter().map(|o| o["status"].as_str().unwrap()).collect();
    assert_eq!(statuses, ["outdated", "written", "written", "written", "written"]);
    for extension in ["pdf", "docx", "eml", "ics"] {
        assert!(d.join(format!("uit/zaak.{extension}")).is_file(), "{extension}");
    }

    let output = run(d, &["batch", "a", "--out", "uit", "--format", "md", "--force"]);
    assert_eq!(status(&output), 0);
    assert_ne!(fs::read_to_string(d.join("uit/zaak.md")).unwrap(), "eigen tekst");
}

#[test]
fn confirmations_with_nothing_left_to_confirm_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // The fixture's only call is already confirmed.
    write(d, "zaken/zaak.yaml", &basis());
    let output = run(d, &["batch", "zaken", "--out", "uit", "--document", "confirmation"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains(
            "zaken/zaak.yaml: niets te bevestigen: elk telefoongesprek en overleg in `history` is \
             al bevestigd"
        ),
        "{err}"
    );
    assert!(
        err.ends_with(
            "1 dossier: 0 geschreven, 1 met niets te bevestigen; overzicht in uit/manifest.json\n"
        ),
        "{err}"
    );
    assert_eq!(manifest(&d.join("uit"))[0]["status"], "nothing");
}

#[test]
fn results_do_not_depend_on_the_number_of_jobs() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for entry in fs::read_dir(root().join("examples")).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, d.join(path.file_name().unwrap())).unwrap();
    }
    for n in 0..6 {
        write(
            d,
            &format!("extra/zaak-{n}.yaml"),
            &basis().replace("Afzender", &format!("Afzender {n}")),
        );
    }
    let one = run(d, &["batch", ".", "--out", "een", "--jobs", "1", "--format", "all"]);
    let four = run(d, &["batch", ".", "--out", "vier", "--jobs", "4", "--format", "all"]);
    assert_eq!(status(&one), 0, "{}", stderr(&one));
    assert_eq!(status(&four), 0);
    let files = |out: &str| {
        let mut files = Vec::new();
        let mut stack = vec![d.join(out)];
        while let Some(dir) = stack.pop() {
            for entry in fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if !path.ends_with(".ingebrekestelling.lock") {
                    files.push((
                        path.strip_prefix(d.join(out)).unwrap().to_owned(),
                        fs::read(&path).unwrap(),
                    ));
                }
            }
        }
        files.sort();
        files
    };
    let (a, b) = (files("een"), files("vier"));
    // 12 notices as Markdown, PDF, Word file and agenda; an e-mail draft for the 11 with both
    // addresses (`minimaal.yaml` has none); the manifest and its CSV twin.
    assert_eq!(a.len(), 4 * 12 + 11 + 2);
    assert!(a == b, "the outputs differ between --jobs 1 and --jobs 4");
}

#[test]
fn temporary_files_of_an_interrupted_run_are_removed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "zaken/zaak.yaml", &basis());
    write(d, "uit/sub/.ingebrekestelling-a1b2c3.tmp", "half");
    write(d, "uit/.ingebrekestelling-d4e5f6.tmp", "half");
    let output = run(d, &["batch", "zaken", "--out", "uit", "--format", "md"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert!(!d.join("uit/sub/.ingebrekestelling-a1b2c3.tmp").exists());
    assert!(!d.join("uit/.ingebrekestelling-d4e5f6.tmp").exists());
}

#[test]
fn one_file_named_twice_is_one_case_and_an_extended_case_is_listed_as_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "dd/x.yaml", &basis());
    let output = run(d, &["batch", "./dd", "dd", "--out", "uit", "--format", "md"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert!(
        stderr(&output).contains("1 dossier: 1 geschreven; overzicht in"),
        "{}",
        stderr(&output)
    );

    // A full case that another case extends is a base file: said, and in the manifest.
    write(d, "ee/a.yaml", &basis());
    write(d, "ee/b.yaml", "extends: a.yaml\nletter:\n  reference: T-2\n");
    let output = run(d, &["batch", "ee", "--out", "uit2", "--format", "md"]);
    assert_eq!(status(&output), 1, "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains("ee/a.yaml: fout: een ander dossier in deze batch bouwt voort op dit dossier"),
        "{err}"
    );
    let manifest = fs::read_to_string(d.join("uit2/manifest.json")).unwrap();
    assert!(manifest.contains("\"skipped\""), "{manifest}");
    assert!(d.join("uit2/b.md").is_file());
}
