//! `render`: write the letter as PDF and/or Markdown.

use std::path::{Path, PathBuf};

use super::Outcome;
use super::args::{Format, RenderArgs};
use super::output::{self, Durability, Output};
use super::produce::{Formats, produce};
use super::report::{self, Nothing};
use super::session::Session;
use crate::catalogue::Message;
use crate::msg;

pub(crate) fn run(session: &mut Session, args: &RenderArgs) -> Outcome {
    // Where to write is settled first: a wrong `--out` costs no work and shows no advice.
    let suffix = args.which.want(false).suffix();
    let targets = match targets(&args.case, args.out.as_deref(), args.format, &suffix) {
        Ok(targets) => targets,
        Err(message) => {
            session.error(message);
            return Outcome::Failure;
        }
    };
    let templates = match session.templates(args.templates.as_deref()) {
        Ok(t) => t,
        Err(outcome) => return outcome,
    };
    let produced = match produce(
        &args.case,
        session.today,
        &templates,
        Formats { format: args.format, standard: args.pdf_standard.into() },
        args.which.want(false),
        args.deny_warnings,
    ) {
        Ok(produced) => produced,
        Err(failure) => return session.failure(failure, Nothing::Written),
    };
    if !session.quiet {
        report::advice(&produced.loaded.sources, &produced.checked.advice);
        for note in &produced.notes {
            session.note(note.clone());
        }
        if let Some(note) = super::produce::date_note(&produced, args.which.want(false)) {
            session.note(note);
        }
    }
    if let Some(folder) = &targets.new_folder
        && let Err(e) = std::fs::create_dir_all(folder)
    {
        session.error(msg!(
            "cli-cannot-create-folder",
            path = folder.display().to_string(),
            reason = crate::load::io_reason(&e)
        ));
        return Outcome::Failure;
    }
    // Each file goes to the path for its extension; `--format all` may make fewer files
    // than it has paths (a document without an agenda, a case without e-mail addresses).
    let extensions = args.format.extensions();
    let outputs: Vec<Output> = produced
        .files
        .into_iter()
        .filter_map(|file| {
            let at = extensions.iter().position(|e| *e == file.extension)?;
            Some(Output { path: targets.paths.get(at)?.clone(), bytes: file.bytes })
        })
        .collect();
    match output::write_all(&outputs, args.force, Durability::Synced) {
        Ok(()) => {
            for o in &outputs {
                session.note(msg!("wrote", path = o.path.display().to_string()));
            }
            if let Some(extension) = targets.added {
                session.note(msg!("cli-out-extension-added", extension = extension));
            }
            Outcome::Success
        }
        Err(e) => {
            session.error(e.message());
            Outcome::Failure
        }
    }
}

/// Where `render` writes.
#[derive(Debug, PartialEq, Eq)]
struct Targets {
    /// One file per extension of the format.
    paths: Vec<PathBuf>,
    /// A folder that `--out` names (ending in `/`) and that does not exist yet: made first.
    new_folder: Option<PathBuf>,
    /// The extension added to a `--out` file name that had none, to say so.
    added: Option<&'static str>,
}

/// The files to write, one per extension of the format. Default: beside the case file, with
/// its name and the document's suffix (`zaak.pdf`, `zaak.call-notes.pdf`).
///
/// `--out` is a folder when it exists as one, or ends in `/`: then it is made when it does not
/// exist yet. Otherwise it is the file to write, in a folder that must exist; its extension
/// must be the format's (`brief.pdf` for `--format pdf`), and is added when it has none. For
/// `--format all`, a name without extension (or with one of the format's) is used for every
/// file.
fn targets(
    case: &Path,
    out: Option<&Path>,
    format: Format,
    suffix: &str,
) -> Result<Targets, Message> {
    let extensions = format.extensions();
    let mut stem = case.file_stem().map_or_else(|| "brief".into(), |s| s.to_os_string());
    stem.push(suffix);
    let every = |base: &Path| extensions.iter().map(|ext| with_extension(base, ext)).collect();
    let Some(out) = out else {
        return Ok(Targets {
            paths: every(&case.with_file_name(&stem)),
            new_folder: None,
            added: None,
        });
    };
    let shown = out.display().to_string();
    if out.is_dir() || shown.ends_with(['/', std::path::MAIN_SEPARATOR]) {
        let new_folder = (!out.is_dir()).then(|| out.to_path_buf());
        return Ok(Targets { paths: every(&out.join(&stem)), new_folder, added: None });
    }
    let folder = output::folder_of(out);
    if !folder.is_dir() {
        return Err(msg!(
            "cli-out-no-folder",
            path = shown.as_str(),
            folder = folder.display().to_string()
        ));
    }
    let given = out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let matches = given.as_deref().and_then(|g| extensions.iter().find(|e| **e == g));
    match (extensions.as_slice(), given.as_deref(), matches) {
        // One format: its own extension, or none (then it is added and said).
        ([_], Some(_), Some(_)) => {
            Ok(Targets { paths: vec![out.to_path_buf()], new_folder: None, added: None })
        }
        ([only], None, _) => Ok(Targets {
            paths: vec![with_extension(out, only)],
            new_folder: None,
            added: Some(only),
        }),
        ([only], Some(other), None) => Err(msg!(
            "cli-out-wrong-extension",
            path = shown.as_str(),
            given = other,
            format = format.name(),
            extension = *only,
            suggestion = out.with_extension(only).display().to_string()
        )),
        // Every format: a base name, with or without one of the format's extensions.
        (_, None, _) => Ok(Targets { paths: every(out), new_folder: None, added: None }),
        (_, Some(_), Some(_)) => {
            Ok(Targets { paths: every(&out.with_extension("")), new_folder: None, added: None })
        }
        (_, Some(other), None) => Err(msg!(
            "cli-out-all-extension",
            path = shown.as_str(),
            given = other,
            extensions = extensions.iter().map(|e| format!(".{e}")).collect::<Vec<_>>().join(", "),
            suggestion = out.with_extension("").display().to_string()
        )),
    }
}

/// `base` with `.ext` added (not replacing what looks like an extension: `brief.v2` stays).
pub(crate) fn with_extension(base: &Path, ext: &str) -> PathBuf {
    let mut name = base.as_os_str().to_os_string();
    name.push(".");
    name.push(ext);
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Lang;

    /// What `--format all` may write, in order.
    const FORMATS: [&str; 5] = ["md", "pdf", "docx", "eml", "ics"];

    fn paths(targets: Result<Targets, Message>) -> Vec<String> {
        targets.unwrap().paths.into_iter().map(|p| p.display().to_string()).collect()
    }

    #[test]
    fn output_paths() {
        let case = Path::new("zaken/acme.yaml");
        let t = |out: Option<&str>, format| paths(targets(case, out.map(Path::new), format, ""));
        assert_eq!(t(None, Format::Md), ["zaken/acme.md"]);
        let all = |base: &str| FORMATS.map(|ext| format!("{base}.{ext}"));
        assert_eq!(t(None, Format::All), all("zaken/acme"));
        assert_eq!(t(None, Format::Eml), ["zaken/acme.eml"]);
        assert_eq!(t(Some("agenda.ICS"), Format::Ics), ["agenda.ICS"]);
        assert_eq!(t(Some("brief.md"), Format::Md), ["brief.md"]);
        assert_eq!(t(Some("Brief.PDF"), Format::Pdf), ["Brief.PDF"]);
        assert_eq!(t(Some("brief.pdf"), Format::All), all("brief"));
        assert_eq!(t(Some("brief"), Format::All), all("brief"));
        assert_eq!(t(Some("brief.eml"), Format::All), all("brief"));
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().to_str().unwrap();
        assert_eq!(t(Some(out), Format::Md), [format!("{out}/acme.md")]);
        let notes = targets(case, None, Format::Pdf, ".call-notes").unwrap();
        assert_eq!(notes.paths, [PathBuf::from("zaken/acme.call-notes.pdf")]);
    }

    #[test]
    fn out_is_a_folder_only_when_it_says_so_and_a_file_has_the_right_extension() {
        let case = Path::new("acme.yaml");
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().display().to_string();

        // A new folder, clearly meant (a trailing slash): made, and the file goes in it.
        let meant = format!("{root}/nieuw/map/");
        let targets_in = targets(case, Some(Path::new(&meant)), Format::Pdf, "").unwrap();
        assert_eq!(targets_in.paths, [PathBuf::from(format!("{meant}acme.pdf"))]);
        assert_eq!(targets_in.new_folder, Some(PathBuf::from(&meant)));

        // A file in a folder that does not exist: an error that names the folder.
        let missing = format!("{root}/bestaat/niet");
        let err = targets(case, Some(Path::new(&missing)), Format::Pdf, "").unwrap_err();
        let text = err.text(Lang::Nl);
        assert!(text.contains(&format!("{root}/bestaat")) && text.contains("niet/"), "{text}");

        // No extension: the right one is added, and said.
        let bare = format!("{root}/brief");
        let added = targets(case, Some(Path::new(&bare)), Format::Pdf, "").unwrap();
        assert_eq!(added.paths, [PathBuf::from(format!("{bare}.pdf"))]);
        assert_eq!(added.added, Some("pdf"));

        // An extension of another format: an error with the name to use.
        let docx = format!("{root}/brief.docx");
        let err = targets(case, Some(Path::new(&docx)), Format::Pdf, "").unwrap_err();
        let text = err.text(Lang::Nl);
        assert!(text.contains(".docx") && text.contains(&format!("{root}/brief.pdf")), "{text}");
        // `--format all` takes a name with one of its extensions, and no other.
        let all = targets(case, Some(Path::new(&docx)), Format::All, "").unwrap();
        assert_eq!(all.paths[2], PathBuf::from(&docx));
        let odt = format!("{root}/brief.odt");
        let err = targets(case, Some(Path::new(&odt)), Format::All, "").unwrap_err();
        assert!(err.text(Lang::En).contains(&format!("{root}/brief`")), "{:?}", err);
    }
}
