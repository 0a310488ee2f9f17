//! The command-line arguments (clap).

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use super::produce::Want;
use crate::documents::Document;
use crate::formats;
use crate::formats::pdf;

/// Checks a dispute with an ICT supplier, described in a YAML case file, and writes the
/// notice of default (ingebrekestelling).
#[derive(Debug, Parser)]
#[command(name = "ingebrekestelling", version, about, disable_help_subcommand = true)]
pub struct Cli {
    /// Options for every command.
    #[command(flatten)]
    pub global: Global,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// Options given before the command: the language everywhere, and the options of the
/// commands that read cases, which those commands also take after their name.
#[derive(Debug, Args)]
pub struct Global {
    /// The options of the commands that read cases.
    #[command(flatten)]
    pub case: CaseOptions,
    /// The language of messages and help: `nl` or `en`; default: Dutch, or English when
    /// `LC_ALL`, `LC_MESSAGES` or `LANG` starts with `en`
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,
}

/// Options of the commands that read cases (`check`, `preview`, `render`, `batch`), accepted
/// before the command or after it.
#[derive(Debug, Clone, Default, Args)]
pub struct CaseOptions {
    /// The date to use where the case has no `letter.date` (YYYY-MM-DD); default: today
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
    /// How much is said, and how.
    #[command(flatten)]
    pub output: OutputOptions,
}

/// Options of every command that writes or checks something: how much is said, and how.
#[derive(Debug, Clone, Default, Args)]
pub struct OutputOptions {
    /// Print only problems, no advice or progress
    #[arg(long, short)]
    pub quiet: bool,
    /// How problems and advice are printed on standard error: for people, or one JSON object
    /// per line for editors and scripts; default: for people
    #[arg(long, value_enum)]
    pub message_format: Option<MessageFormat>,
}

impl CaseOptions {
    /// These options, with those given before the command where these leave one out.
    pub fn or(&self, before: &CaseOptions) -> CaseOptions {
        CaseOptions { today: self.today.or(before.today), output: self.output.or(&before.output) }
    }
}

impl OutputOptions {
    /// These options, with those given before the command where these leave one out.
    pub fn or(&self, before: &OutputOptions) -> OutputOptions {
        OutputOptions {
            quiet: self.quiet || before.quiet,
            message_format: self.message_format.or(before.message_format),
        }
    }
}

/// `--lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Nederlands
    Nl,
    /// English
    En,
}

impl From<LangArg> for crate::catalogue::Lang {
    fn from(lang: LangArg) -> crate::catalogue::Lang {
        match lang {
            LangArg::Nl => crate::catalogue::Lang::Nl,
            LangArg::En => crate::catalogue::Lang::En,
        }
    }
}

/// `--message-format`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum MessageFormat {
    /// Readable text: the source line with a caret, a hint; colour on a terminal
    #[default]
    Human,
    /// One JSON object per problem, per line
    Json,
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    crate::case_file::Date::parse(text)
        .map(|d| d.0)
        .map_err(|expected| format!("expected {expected}"))
}

impl Cli {
    /// The options that apply to the command: those after its name, and those before it where
    /// these leave one out. Commands that read no case take only `--quiet` and
    /// `--message-format`, or none.
    pub fn options(&self) -> CaseOptions {
        let before = &self.global.case;
        let after = match &self.command {
            Command::Check(a) => a.options.clone(),
            Command::Preview(a) => a.options.clone(),
            Command::Render(a) => a.options.clone(),
            Command::Batch(a) => a.options.clone(),
            Command::New(a) => CaseOptions { today: None, output: a.output.clone() },
            Command::Templates(TemplatesArgs {
                action: TemplatesAction::Export { output, .. },
            }) => CaseOptions { today: None, output: output.clone() },
            Command::Schema | Command::Completions(_) => CaseOptions::default(),
        };
        after.or(before)
    }
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check case files: every problem and all advice; nothing is written
    Check(CheckArgs),
    /// Show the letter (Markdown) on standard output, advice on standard error
    Preview(PreviewArgs),
    /// Write the letter, by default as PDF beside the case file
    Render(RenderArgs),
    /// Write letters for many case files (files and folders) into one folder
    Batch(BatchArgs),
    /// Write a starter case file, with a comment on every key (in Dutch)
    New(NewArgs),
    /// Print the JSON Schema of the case file, for editors
    Schema,
    /// Work with the built-in templates
    Templates(TemplatesArgs),
    /// Print shell completions (bash, zsh, fish, powershell)
    Completions(CompletionsArgs),
}

/// `new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// The case file to write; it must not exist yet
    #[arg(value_name = "FILE", default_value = "zaak.yaml")]
    pub file: PathBuf,
    /// How much is said, and how.
    #[command(flatten)]
    pub output: OutputOptions,
}

/// `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The case files to check, and folders to search (with their subfolders) for them
    #[arg(required = true, value_name = "CASE")]
    pub cases: Vec<PathBuf>,
    /// Check only this document; default: every document the case has the data for
    #[arg(long, value_enum)]
    pub document: Option<DocumentArg>,
    /// With `--document confirmation`: only the call or meeting with this number in `history`
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub entry: Option<u16>,
    /// A folder whose templates replace the built-in ones of the same name
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Treat advice as failure (exit status 1)
    #[arg(long)]
    pub deny_warnings: bool,
    /// The date used as today, and how much is said.
    #[command(flatten)]
    pub options: CaseOptions,
}

/// Which document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocumentArg {
    /// The notice of default (ingebrekestelling)
    Notice,
    /// The e-mail that confirms a phone call or meeting in `history` (with --entry)
    Confirmation,
    /// The script for the call that announces the notice (belnotitie)
    CallNotes,
    /// The letter after the term (verzuim, schadevergoeding, ontbinding)
    FollowUp,
}

/// `--document` and `--entry`.
#[derive(Debug, Args)]
pub struct Which {
    /// The document to make
    #[arg(long, value_enum, default_value_t = DocumentArg::Notice)]
    pub document: DocumentArg,
    /// For `--document confirmation`: the number of the call or meeting in `history` (1 = the
    /// first entry)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub entry: Option<u16>,
}

impl Which {
    /// The document asked for. In `batch`, a confirmation without `--entry` means one for
    /// every call and meeting not yet confirmed.
    pub(crate) fn want(&self, batch: bool) -> Want {
        let entry = self.entry.map(usize::from);
        match self.document {
            DocumentArg::Notice => Want::One(Document::Notice),
            DocumentArg::Confirmation if batch && entry.is_none() => Want::EveryConfirmation,
            DocumentArg::Confirmation => Want::One(Document::Confirmation(entry)),
            DocumentArg::CallNotes => Want::One(Document::CallNotes),
            DocumentArg::FollowUp => Want::One(Document::FollowUp),
        }
    }
}

/// `preview`.
#[derive(Debug, Args)]
pub struct PreviewArgs {
    /// The case file
    #[arg(value_name = "CASE")]
    pub case: PathBuf,
    /// Which document.
    #[command(flatten)]
    pub which: Which,
    /// A folder whose templates replace the built-in ones of the same name
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Treat advice as failure: print nothing and exit with status 1
    #[arg(long)]
    pub deny_warnings: bool,
    /// The date used as today, and how much is said.
    #[command(flatten)]
    pub options: CaseOptions,
}

/// The output format of `render` and `batch`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Markdown text
    Md,
    /// A print-ready PDF (A4, window envelope)
    Pdf,
    /// A Word file to edit
    Docx,
    /// An e-mail draft (the letter attached, or a confirmation as its text)
    Eml,
    /// The notice's dates for the agenda
    Ics,
    /// Every format the document has
    All,
}

impl Format {
    /// The name on the command line.
    pub fn name(self) -> &'static str {
        match self.one() {
            Some(format) => format.extension(),
            None => "all",
        }
    }

    /// The one format chosen; `None` for `all`.
    pub fn one(self) -> Option<formats::Format> {
        match self {
            Format::Md => Some(formats::Format::Md),
            Format::Pdf => Some(formats::Format::Pdf),
            Format::Docx => Some(formats::Format::Docx),
            Format::Eml => Some(formats::Format::Eml),
            Format::Ics => Some(formats::Format::Ics),
            Format::All => None,
        }
    }

    /// The file extensions this choice may write, in order.
    pub fn extensions(self) -> Vec<&'static str> {
        match self.one() {
            Some(format) => vec![format.extension()],
            None => formats::Format::ALL.iter().map(|f| f.extension()).collect(),
        }
    }
}

/// The standard a PDF is written to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PdfStandard {
    /// PDF/A-2b, for the archive (ISO 19005-2)
    #[value(name = "a-2b")]
    A2b,
    /// Tagged: PDF/UA-1, accessible (ISO 14289-1), and PDF/A-2a
    #[value(name = "ua-1", alias = "a-2a")]
    Ua1,
    /// A plain PDF
    None,
}

impl From<PdfStandard> for pdf::Standard {
    fn from(standard: PdfStandard) -> Self {
        match standard {
            PdfStandard::A2b => pdf::Standard::A2b,
            PdfStandard::Ua1 => pdf::Standard::Ua1,
            PdfStandard::None => pdf::Standard::Plain,
        }
    }
}

/// `render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The case file
    #[arg(value_name = "CASE")]
    pub case: PathBuf,
    /// Which document.
    #[command(flatten)]
    pub which: Which,
    /// What to write
    #[arg(long, value_enum, default_value_t = Format::Pdf)]
    pub format: Format,
    /// The PDF's standard
    #[arg(long, value_enum, default_value_t = PdfStandard::Ua1)]
    pub pdf_standard: PdfStandard,
    /// Where to write: a folder (when it exists or ends in `/`), or the file itself;
    /// default: beside the case file
    #[arg(long, short, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Overwrite existing files
    #[arg(long)]
    pub force: bool,
    /// A folder whose templates replace the built-in ones of the same name
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Treat advice as failure: write nothing and exit with status 1
    #[arg(long)]
    pub deny_warnings: bool,
    /// The date used as today, and how much is said.
    #[command(flatten)]
    pub options: CaseOptions,
}

/// `batch`.
#[derive(Debug, Args)]
pub struct BatchArgs {
    /// Case files, and folders to search (with their subfolders) for `*.yaml` and `*.yml`
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The folder to write into; each case's output mirrors its path below its input folder
    #[arg(long, short, value_name = "DIR")]
    pub out: PathBuf,
    /// Which document (a confirmation without --entry: one per call or meeting not yet
    /// confirmed).
    #[command(flatten)]
    pub which: Which,
    /// What to write
    #[arg(long, value_enum, default_value_t = Format::Pdf)]
    pub format: Format,
    /// The PDF's standard
    #[arg(long, value_enum, default_value_t = PdfStandard::Ua1)]
    pub pdf_standard: PdfStandard,
    /// Overwrite existing files
    #[arg(long)]
    pub force: bool,
    /// How many cases to work on at once; default: one per processor core
    #[arg(long, short, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// A folder whose templates replace the built-in ones of the same name
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Treat advice as failure: a case with advice is not written
    #[arg(long)]
    pub deny_warnings: bool,
    /// The date used as today, and how much is said.
    #[command(flatten)]
    pub options: CaseOptions,
}

/// `templates`.
#[derive(Debug, Args)]
pub struct TemplatesArgs {
    /// What to do with the templates.
    #[command(subcommand)]
    pub action: TemplatesAction,
}

/// `templates export`.
#[derive(Debug, Subcommand)]
pub enum TemplatesAction {
    /// Write the built-in templates into a folder, to edit them and use with `--templates`
    Export {
        /// The folder (created when missing)
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// Overwrite existing files
        #[arg(long)]
        force: bool,
        /// How much is said, and how.
        #[command(flatten)]
        output: OutputOptions,
    },
}
