//! The Tera templates that turn a composed document into Markdown.
//!
//! The built-in templates live in `templates/` and are embedded in the binary. A user's file of
//! the same name (from `--templates DIR`) replaces a built-in one; other files in that folder
//! can be included by name. Autoescape is on for `.md` templates: every `{{ value }}` is
//! escaped for Markdown (see [`crate::formats::markdown::escape`]), so text from the case file can never
//! turn into markup or template code.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock, mpsc};
use std::time::Duration;

use serde::Serialize;
use tera::{Context, Kwargs, State, Tera, Value};

use crate::catalogue::{Lang, Message};
use crate::formats::markdown;
use crate::{dutch, msg};

/// A built-in template.
#[derive(Debug, Clone, Copy)]
pub struct Builtin {
    /// Its name, as used with `--templates` and in `{% include %}`.
    pub name: &'static str,
    /// Its text.
    pub text: &'static str,
}

impl Builtin {
    /// What it makes, for people.
    pub fn about(&self) -> Message {
        match self.name {
            "header.md" => msg!("template-about-header"),
            "notice.md" => msg!("template-about-notice"),
            "confirmation.md" => msg!("template-about-confirmation"),
            "call-notes.md" => msg!("template-about-call-notes"),
            "follow-up.md" => msg!("template-about-follow-up"),
            "cover-email.md" => msg!("template-about-cover-email"),
            _ => Message::verbatim(self.name),
        }
    }
}

/// The built-in templates.
pub const BUILTIN: &[Builtin] = &[
    Builtin { name: "header.md", text: include_str!("../templates/header.md") },
    Builtin { name: "notice.md", text: include_str!("../templates/notice.md") },
    Builtin { name: "confirmation.md", text: include_str!("../templates/confirmation.md") },
    Builtin { name: "call-notes.md", text: include_str!("../templates/call-notes.md") },
    Builtin { name: "follow-up.md", text: include_str!("../templates/follow-up.md") },
    Builtin { name: "cover-email.md", text: include_str!("../templates/cover-email.md") },
];

/// A template that could not be loaded or rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    /// The template's file (for a user template) or name.
    pub template: String,
    /// What went wrong: Tera's report, with the line and column, or ours.
    pub reason: Message,
}

impl TemplateError {
    /// What went wrong, for people.
    pub fn message(&self) -> Message {
        msg!("template-error", template = self.template.as_str(), reason = self.reason.clone())
    }
}

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().text(Lang::En))
    }
}

impl std::error::Error for TemplateError {}

/// A user's template file: its name and text, and where it was read from.
#[derive(Debug, Clone)]
pub struct TemplateFile {
    /// The file name, e.g. `notice.md`.
    pub name: String,
    /// The template text.
    pub text: String,
    /// Where it came from, for messages.
    pub path: PathBuf,
}

/// The templates used for rendering: the built-in ones, with user files over them.
///
/// With user files, every template is compiled at once (they may include each other), so that
/// a mistake in one is reported before anything is made. The built-in templates alone are
/// compiled one by one, each when it is first used, once per process: a letter needs two of
/// the six, and compiling costs more than rendering.
#[derive(Debug)]
pub struct Templates {
    /// With user files: every template.
    all: Option<Arc<Tera>>,
    /// The user files, to name them in errors.
    user: Vec<TemplateFile>,
    /// How long a render with user templates may take; `None`: no limit.
    limit: Option<Duration>,
    /// The first render that ran past the limit: every later render gives the same error at
    /// once, instead of starting another endless loop.
    stuck: Mutex<Option<TemplateError>>,
}

impl Templates {
    /// The built-in templates.
    pub fn builtin() -> Result<Templates, TemplateError> {
        Templates::with_files(Vec::new())
    }

    /// The built-in templates with `files` replacing or adding to them.
    pub fn with_files(files: Vec<TemplateFile>) -> Result<Templates, TemplateError> {
        if files.is_empty() {
            return Ok(Templates { all: None, user: files, limit: None, stuck: Mutex::new(None) });
        }
        let mut tera = engine();
        tera.add_raw_templates(BUILTIN.iter().map(|b| (b.name, b.text))).map_err(|e| {
            TemplateError {
                template: "built-in templates".to_owned(),
                reason: Message::verbatim(e.to_string()),
            }
        })?;
        for file in &files {
            tera.add_raw_template(&file.name, &file.text).map_err(|e| TemplateError {
                template: file.path.display().to_string(),
                reason: Message::verbatim(e.to_string()),
            })?;
        }
        Ok(Templates {
            all: Some(Arc::new(tera)),
            user: files,
            limit: None,
            stuck: Mutex::new(None),
        })
    }

    /// The engine that holds template `name`.
    fn tera(&self, name: &str) -> Result<Arc<Tera>, TemplateError> {
        if let Some(all) = &self.all {
            return Ok(Arc::clone(all));
        }
        let (index, builtin) = BUILTIN
            .iter()
            .enumerate()
            .find(|(_, b)| b.name == name)
            .ok_or_else(|| self.error_text(name, msg!("template-unknown")))?;
        // Each built-in template on its own, by its place in `BUILTIN`, compiled once per
        // process and shared by every `Templates` and thread; never dropped.
        static COMPILED: [OnceLock<Arc<Tera>>; BUILTIN.len()] =
            [const { OnceLock::new() }; BUILTIN.len()];
        let cell =
            COMPILED.get(index).ok_or_else(|| self.error_text(name, msg!("template-unknown")))?;
        if let Some(tera) = cell.get() {
            return Ok(Arc::clone(tera));
        }
        let mut tera = engine();
        tera.add_raw_template(builtin.name, builtin.text)
            .map_err(|e| self.error_text(name, Message::verbatim(e.to_string())))?;
        Ok(Arc::clone(cell.get_or_init(|| Arc::new(tera))))
    }

    /// Bounds the time a render with user templates may take: a loop in a user's template
    /// (`range(end=100000)` in `range(end=100000)`) becomes an error instead of a hang. The
    /// built-in templates are not bounded; their loops are bounded by the case.
    pub fn with_time_limit(mut self, limit: Duration) -> Templates {
        self.limit = Some(limit);
        self
    }

    /// Renders template `name` with `value` (a [`Letter`](crate::documents::letter::Letter) or another document) as context.
    pub fn render<T: Serialize>(&self, name: &str, value: &T) -> Result<String, TemplateError> {
        let context = Context::from_serialize(value).map_err(|e| self.error(name, &e))?;
        let text = match self.limit {
            Some(limit) if !self.user.is_empty() => self.render_bounded(name, context, limit)?,
            _ => self.tera(name)?.render(name, &context).map_err(|e| self.error(name, &e))?,
        };
        Ok(tidy(&text))
    }

    /// Renders on a thread of its own and waits at most `limit`. A render that runs past it is
    /// left behind (it ends with the process) and reported.
    fn render_bounded(
        &self,
        name: &str,
        context: Context,
        limit: Duration,
    ) -> Result<String, TemplateError> {
        if let Some(stuck) = self.stuck.lock().ok().and_then(|s| s.clone()) {
            return Err(stuck);
        }
        let (sender, receiver) = mpsc::channel();
        let tera = self.tera(name)?;
        let owned = name.to_owned();
        let spawned = std::thread::Builder::new().spawn(move || {
            let _ = sender.send(tera.render(&owned, &context));
        });
        if spawned.is_err() {
            return Err(TemplateError {
                template: name.to_owned(),
                reason: msg!("template-no-thread"),
            });
        }
        match receiver.recv_timeout(limit) {
            Ok(result) => result.map_err(|e| self.error(name, &e)),
            Err(_) => {
                let error =
                    self.error_text(name, msg!("template-too-slow", seconds = limit.as_secs()));
                if let Ok(mut stuck) = self.stuck.lock() {
                    *stuck = Some(error.clone());
                }
                Err(error)
            }
        }
    }

    fn error_text(&self, name: &str, reason: Message) -> TemplateError {
        let template = self
            .user
            .iter()
            .find(|f| f.name == name)
            .map_or_else(|| name.to_owned(), |f| f.path.display().to_string());
        TemplateError { template, reason }
    }

    fn error(&self, name: &str, error: &tera::Error) -> TemplateError {
        self.error_text(name, Message::verbatim(error.to_string()))
    }
}

/// Ends every line without trailing spaces and the text with one newline; at most one blank
/// line in a row.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.trim_matches('\n').lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// A template engine with Markdown escaping and the project's filters.
fn engine() -> Tera {
    let mut tera = Tera::default();
    tera.autoescape_on([".md"]);
    tera.set_escape_fn(markdown::escape_for_template);
    register_filters(&mut tera);
    tera
}

fn register_filters(tera: &mut Tera) {
    // `{{ text | md(indent=5) }}`: escaped text whose later lines are indented, so that it
    // stays inside a numbered item.
    tera.register_filter(
        "md",
        |text: &str, kwargs: Kwargs, _: &State| -> tera::TeraResult<Value> {
            let indent = kwargs.get::<usize>("indent")?.unwrap_or(0).min(16);
            Ok(Value::safe_string(&markdown::escape(text, indent)))
        },
    );
    // `{{ n | marker }}`: "1.   ", "10.  ", "100. ": a list number that puts the text at
    // column 5, so continuation lines use `md(indent=5)`. From 1000 on, one space.
    tera.register_filter("marker", |n: u64, _: Kwargs, _: &State| -> Value {
        let label = format!("{n}. ");
        Value::safe_string(&format!("{label:<5}"))
    });
    // `{{ cents | euro }}`: "€ 12.500,00".
    tera.register_filter("euro", |cents: i64, _: Kwargs, _: &State| dutch::euro(cents));
    // `{{ "2026-12-01" | datum }}`: "1 december 2026"; `datum(weekday=true)` adds the day.
    tera.register_filter(
        "datum",
        |iso: &str, kwargs: Kwargs, _: &State| -> tera::TeraResult<String> {
            let date = chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d")
                .map_err(|_| tera::Error::message(format!("`{iso}` is not a YYYY-MM-DD date")))?;
            Ok(if kwargs.get::<bool>("weekday")?.unwrap_or(false) {
                dutch::date_with_weekday(date)
            } else {
                dutch::date(date)
            })
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_load() {
        assert!(Templates::builtin().is_ok());
    }

    #[test]
    fn user_file_replaces_builtin_and_errors_name_the_file() {
        let file = TemplateFile {
            name: "notice.md".into(),
            text: "Hallo {{ salutation }} {{ 12345 | euro }} {{ 3 | marker }}|{{ 1000 | marker }}|"
                .into(),
            path: "mijn/notice.md".into(),
        };
        let templates = Templates::with_files(vec![file]).unwrap();
        #[derive(Serialize)]
        struct Ctx {
            salutation: &'static str,
        }
        let text = templates.render("notice.md", &Ctx { salutation: "*x*" }).unwrap();
        assert_eq!(text, "Hallo \\*x\\* €\u{a0}123,45 3.   |1000. |\n");

        let bad = TemplateFile {
            name: "notice.md".into(),
            text: "Regel 1\n{{ onbekend.veld }}\n".into(),
            path: "mijn/notice.md".into(),
        };
        let templates = Templates::with_files(vec![bad]).unwrap();
        let err = templates.render("notice.md", &Ctx { salutation: "" }).unwrap_err();
        assert_eq!(err.template, "mijn/notice.md");
        let reason = err.reason.text(Lang::Nl);
        assert!(reason.contains("notice.md:2"), "{reason}");

        let syntax = TemplateFile {
            name: "header.md".into(),
            text: "{{ x | onbekend }}".into(),
            path: "mijn/header.md".into(),
        };
        let err = Templates::with_files(vec![syntax]).unwrap_err();
        assert_eq!(err.template, "mijn/header.md");
        let message = err.message().text(Lang::Nl);
        assert!(message.contains("onbekend") && message.contains("mijn/header.md"), "{message}");
    }

    #[test]
    fn every_built_in_template_compiles() {
        let templates = Templates::builtin().unwrap();
        for builtin in BUILTIN {
            templates.tera(builtin.name).unwrap();
        }
        assert!(templates.tera("onbekend.md").is_err());
    }

    #[test]
    fn tidy_trims_and_collapses() {
        assert_eq!(tidy("\n\na  \n\n\n\nb\n\n"), "a\n\nb\n");
    }
}
