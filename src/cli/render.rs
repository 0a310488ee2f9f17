//! `render`: write the letter as PDF and/or Markdown.

use std::path::{Path, PathBuf};

use super::Outcome;
use super::args::{Format, RenderArgs};
use super::output::{self, Durability, Output};
use super::produce::produce;
use super::report;
use super::session::Session;

pub(crate) fn run(session: &mut Session, args: &RenderArgs) -> Outcome {
    let templates = match session.templates(args.templates.as_deref()) {
        Ok(t) => t,
        Err(outcome) => return outcome,
    };
    let produced = match produce(
        &args.case,
        session.today,
        &templates,
        args.format,
        args.which.want(false),
        args.deny_warnings,
    ) {
        Ok(produced) => produced,
        Err(failure) => return session.failure(failure, "nothing was written"),
    };
    if !session.quiet {
        report::advice(&produced.loaded.sources, &produced.checked.advice);
    }
    let suffix = produced.files.first().map(|f| f.suffix.clone()).unwrap_or_default();
    let paths = targets(&args.case, args.out.as_deref(), args.format, &suffix);
    let outputs: Vec<Output> = paths
        .into_iter()
        .zip(produced.files)
        .map(|(path, file)| Output { path, bytes: file.bytes })
        .collect();
    match output::write_all(&outputs, args.force, Durability::Synced) {
        Ok(()) => {
            for o in &outputs {
                session.note(format_args!("wrote {}", o.path.display()));
            }
            Outcome::Success
        }
        Err(e) => {
            session.error(e);
            Outcome::Failure
        }
    }
}

/// The files to write, one per extension of the format. Default: beside the case file, with
/// its name and the document's suffix (`zaak.pdf`, `zaak.call-notes.pdf`). `--out` is a folder
/// when it exists as one or ends in `/`; else it is the file to write (for `--format all`, its
/// name without extension is used for both files).
fn targets(case: &Path, out: Option<&Path>, format: Format, suffix: &str) -> Vec<PathBuf> {
    let extensions = format.extensions();
    let mut stem = case.file_stem().map_or_else(|| "brief".into(), |s| s.to_os_string());
    stem.push(suffix);
    let base: PathBuf = match out {
        None => case.with_file_name(&stem),
        Some(out) if out.is_dir() || out.as_os_str().to_string_lossy().ends_with(['/', '\\']) => {
            out.join(&stem)
        }
        Some(out) => {
            if extensions.len() == 1 {
                return vec![out.to_path_buf()];
            }
            match out.extension().and_then(|e| e.to_str()) {
                Some("md" | "pdf") => out.with_extension(""),
                _ => out.to_path_buf(),
            }
        }
    };
    extensions.iter().map(|ext| with_extension(&base, ext)).collect()
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

    #[test]
    fn output_paths() {
        let case = Path::new("zaken/acme.yaml");
        let t = |out: Option<&str>, format| {
            targets(case, out.map(Path::new), format, "")
                .into_iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(t(None, Format::Md), ["zaken/acme.md"]);
        assert_eq!(t(None, Format::All), ["zaken/acme.md", "zaken/acme.pdf"]);
        assert_eq!(t(Some("uit/"), Format::Pdf), ["uit/acme.pdf"]);
        assert_eq!(t(Some("brief.md"), Format::Md), ["brief.md"]);
        assert_eq!(t(Some("brief.pdf"), Format::All), ["brief.md", "brief.pdf"]);
        assert_eq!(t(Some("brief"), Format::All), ["brief.md", "brief.pdf"]);
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().to_str().unwrap();
        assert_eq!(t(Some(out), Format::Md), [format!("{out}/acme.md")]);
        let notes = targets(case, None, Format::Pdf, ".call-notes");
        assert_eq!(notes, [PathBuf::from("zaken/acme.call-notes.pdf")]);
    }
}
