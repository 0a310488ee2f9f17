//! `render`: write the letter as Markdown and/or PDF.

use std::path::{Path, PathBuf};

use super::Outcome;
use super::args::{Format, RenderArgs};
use super::output::{self, Output};
use super::report;
use super::session::{CaseOutcome, Session};
use crate::templates::render_notice;
use crate::{letter, pdf};

pub(crate) fn run(session: &mut Session, args: &RenderArgs) -> Outcome {
    let templates = match session.templates(args.templates.as_deref()) {
        Ok(t) => t,
        Err(outcome) => return outcome,
    };
    let (loaded, checked) = match session.check_case(&args.case) {
        CaseOutcome::Unreadable => return Outcome::Failure,
        CaseOutcome::Invalid => return Outcome::Invalid,
        CaseOutcome::Valid(valid) => *valid,
    };
    if !session.quiet || args.deny_warnings {
        report::advice(&loaded.sources, &checked.advice);
    }
    if args.deny_warnings && !checked.advice.is_empty() {
        session.error("advice given and --deny-warnings is set; nothing was written");
        return Outcome::Invalid;
    }
    let letter = letter::compose(&checked.case);
    let rendered = match render_notice(&letter, &templates) {
        Ok(rendered) => rendered,
        Err(e) => {
            session.error(e);
            return Outcome::Failure;
        }
    };
    if args.format != Format::Md {
        let unprintable = pdf::unprintable(&loaded.tree);
        if !unprintable.is_empty() {
            report::problems(&loaded.sources, &unprintable);
            return Outcome::Invalid;
        }
    }
    let mut outputs = Vec::new();
    for (extension, path) in targets(&args.case, args.out.as_deref(), args.format) {
        let bytes = match extension {
            "md" => rendered.markdown().0.into_bytes(),
            _ => match pdf::typeset(&letter, &rendered.body) {
                Ok(pdf) => pdf.0,
                Err(e) => return session.pdf_error(&loaded, &e),
            },
        };
        outputs.push(Output { path, bytes });
    }
    match output::write_all(&outputs, args.force) {
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

/// The files to write: `(extension, path)`. Default: beside the case file, with its name.
/// `--out` is a folder when it exists as one or ends in `/`; else it is the file to write (for
/// `--format all`, its name without extension is used for both files).
fn targets(case: &Path, out: Option<&Path>, format: Format) -> Vec<(&'static str, PathBuf)> {
    let extensions: &[&'static str] = match format {
        Format::Md => &["md"],
        Format::Pdf => &["pdf"],
        Format::All => &["md", "pdf"],
    };
    let stem = case.file_stem().map_or_else(|| "brief".into(), |s| s.to_os_string());
    let base: PathBuf = match out {
        None => case.with_file_name(&stem),
        Some(out) if out.is_dir() || out.as_os_str().to_string_lossy().ends_with(['/', '\\']) => {
            out.join(&stem)
        }
        Some(out) => {
            if let [only] = extensions {
                return vec![(*only, out.to_path_buf())];
            }
            match out.extension().and_then(|e| e.to_str()) {
                Some("md" | "pdf") => out.with_extension(""),
                _ => out.to_path_buf(),
            }
        }
    };
    extensions
        .iter()
        .map(|ext| {
            let mut name = base.clone().into_os_string();
            name.push(".");
            name.push(ext);
            (*ext, PathBuf::from(name))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_paths() {
        let case = Path::new("zaken/acme.yaml");
        let t = |out: Option<&str>, format| {
            targets(case, out.map(Path::new), format)
                .into_iter()
                .map(|(_, p)| p.display().to_string())
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
    }
}
