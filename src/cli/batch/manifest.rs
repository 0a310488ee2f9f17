//! The batch manifest: one row per case, kept in a temporary file while the run goes on, then
//! written out as `manifest.json` and `manifest.csv`, each atomically and streamed, so that
//! memory does not grow with the number of cases.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Seek, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::catalogue::Message;
use crate::msg;

/// What happened to one output file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum OutputStatus {
    /// Written by this run.
    Written,
    /// Already there, without `--force`, and the same as what the case makes now: kept.
    Kept,
    /// Already there, without `--force`, but different from what the case makes now: kept,
    /// and said; `--force` replaces it.
    Outdated,
}

impl OutputStatus {
    /// The name in the manifest.
    fn name(self) -> &'static str {
        match self {
            OutputStatus::Written => "written",
            OutputStatus::Kept => "kept",
            OutputStatus::Outdated => "outdated",
        }
    }
}

/// One output file of a case.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct OutputRow {
    /// The path below `--out`.
    pub(crate) path: String,
    /// SHA-256 of the file as it is now on disk, in hex.
    pub(crate) sha256: String,
    /// Written, or kept.
    pub(crate) status: OutputStatus,
}

/// How a case ended.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Status {
    /// At least one output was written (any others were already there and kept).
    #[default]
    Written,
    /// Every output was already there and was kept (no `--force`): not a failure.
    Kept,
    /// There was nothing to make: `--document confirmation` and no call or meeting left to
    /// confirm.
    Nothing,
    /// A problem in the case, or advice under `--deny-warnings`.
    Invalid,
    /// Unreadable, or an output that could not be written.
    Failed,
    /// A case that another case extends, so a base file.
    Skipped,
}

impl Status {
    /// The name in the manifest.
    fn name(self) -> &'static str {
        match self {
            Status::Written => "written",
            Status::Kept => "kept",
            Status::Nothing => "nothing",
            Status::Invalid => "invalid",
            Status::Failed => "failed",
            Status::Skipped => "skipped",
        }
    }
}

/// One case.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct Row {
    /// The case file.
    pub(crate) source: String,
    /// How it ended.
    pub(crate) status: Status,
    /// The files written.
    pub(crate) outputs: Vec<OutputRow>,
    /// The supplier's name.
    pub(crate) supplier: Option<String>,
    /// The contract's title.
    pub(crate) contract: Option<String>,
    /// The letter's date.
    pub(crate) letter_date: Option<String>,
    /// The deadline.
    pub(crate) deadline: Option<String>,
    /// The codes of the advice given.
    pub(crate) advice: Vec<String>,
    /// What went wrong.
    pub(crate) error: Option<String>,
}

/// The rows of a run, in a temporary file (JSON lines).
pub(crate) struct Rows {
    file: BufWriter<File>,
}

impl Rows {
    pub(crate) fn new() -> io::Result<Rows> {
        Ok(Rows { file: BufWriter::new(tempfile::tempfile()?) })
    }

    pub(crate) fn push(&mut self, row: &Row) -> io::Result<()> {
        serde_json::to_writer(&mut self.file, row)?;
        self.file.write_all(b"\n")
    }

    /// Writes `manifest.json` and `manifest.csv` into `out`.
    pub(crate) fn write(self, out: &Path) -> Result<(), Message> {
        let mut file = self
            .file
            .into_inner()
            .map_err(|e| msg!("cli-temporary-file", reason = crate::load::io_reason(e.error())))?;
        let reason = |e: &dyn std::fmt::Display| {
            msg!(
                "cli-cannot-write-manifest",
                path = out.display().to_string(),
                reason = Message::verbatim(e.to_string())
            )
        };
        file.rewind().map_err(|e| reason(&e))?;
        let json = super::super::output::Streamed::new(&out.join("manifest.json"))
            .map_err(|e| reason(&e))?;
        let csv = super::super::output::Streamed::new(&out.join("manifest.csv"))
            .map_err(|e| reason(&e))?;
        let mut json_out = BufWriter::new(json);
        let mut csv_out = csv::Writer::from_writer(BufWriter::new(csv));
        csv_out
            .write_record([
                "source",
                "status",
                "supplier",
                "contract",
                "letter_date",
                "deadline",
                "advice",
                "error",
                "outputs",
                "sha256",
                "output_status",
            ])
            .map_err(|e| reason(&e))?;
        json_out.write_all(b"[").map_err(|e| reason(&e))?;
        for (i, line) in BufReader::new(file).lines().enumerate() {
            let line = line.map_err(|e| reason(&e))?;
            let row: Row = serde_json::from_str(&line).map_err(|e| reason(&e))?;
            json_out.write_all(if i == 0 { b"\n  " } else { b",\n  " }).map_err(|e| reason(&e))?;
            let pretty = serde_json::to_string_pretty(&row).map_err(|e| reason(&e))?;
            json_out.write_all(pretty.replace('\n', "\n  ").as_bytes()).map_err(|e| reason(&e))?;
            let joined =
                |items: &mut dyn Iterator<Item = &str>| items.collect::<Vec<_>>().join(" ");
            let fields = [
                row.source.as_str(),
                row.status.name(),
                row.supplier.as_deref().unwrap_or(""),
                row.contract.as_deref().unwrap_or(""),
                row.letter_date.as_deref().unwrap_or(""),
                row.deadline.as_deref().unwrap_or(""),
                &joined(&mut row.advice.iter().map(String::as_str)),
                row.error.as_deref().unwrap_or(""),
                &joined(&mut row.outputs.iter().map(|o| o.path.as_str())),
                &joined(&mut row.outputs.iter().map(|o| o.sha256.as_str())),
                &joined(&mut row.outputs.iter().map(|o| o.status.name())),
            ];
            csv_out
                .write_record(fields.iter().map(|f| spreadsheet_safe(f).into_owned()))
                .map_err(|e| reason(&e))?;
        }
        json_out.write_all(b"\n]\n").map_err(|e| reason(&e))?;
        let json = json_out.into_inner().map_err(|e| reason(&e.error()))?;
        let csv = csv_out
            .into_inner()
            .map_err(|e| reason(&e.error()))?
            .into_inner()
            .map_err(|e| reason(&e.error()))?;
        json.finish().map_err(|e| reason(&e))?;
        csv.finish().map_err(|e| reason(&e))
    }
}

/// A CSV field that a spreadsheet cannot take for a formula: one that starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return gets a leading `'`, as OWASP advises against CSV
/// injection (a supplier named `=HYPERLINK(…)`).
pub(crate) fn spreadsheet_safe(field: &str) -> std::borrow::Cow<'_, str> {
    if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{field}"))
    } else {
        std::borrow::Cow::Borrowed(field)
    }
}

#[cfg(test)]
mod spreadsheet_tests {
    use super::spreadsheet_safe;

    #[test]
    fn formulas_are_neutralised() {
        for formula in ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1"] {
            assert_eq!(spreadsheet_safe(formula), format!("'{formula}"));
        }
        for plain in ["CloudWerk B.V.", "2026-12-01", "zaak.pdf", ""] {
            assert_eq!(spreadsheet_safe(plain), plain);
        }
    }
}
