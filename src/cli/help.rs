//! `--help`, the man pages, the completions and the usage errors in the user's language.
//!
//! The command line is declared once, with clap's derive ([`super::args`]); its texts come from
//! the catalogue (`help-…` ids in `help.ftl`), put into the built command here: the description
//! of every command and argument, the examples under each command, the headings and the usage
//! line. An argument's text is `help-<command>-<argument>` where one command means something
//! of its own by it, else `help-arg-<argument>`; a test proves that every argument has one.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory};

use super::args::Cli;
use crate::catalogue::{Lang, Message};
use crate::msg;

/// The options that belong with the general ones in `--help`, below the command's own.
const GENERAL: &[&str] = &["today", "quiet", "message_format", "lang", "help", "version"];

/// The command line, with its texts in `lang`.
pub(crate) fn command(lang: Lang) -> Command {
    let version = Arg::new("version")
        .short('V')
        .long("version")
        .action(ArgAction::Version)
        .help(msg!("help-version").text(lang))
        .help_heading(msg!("help-heading").arg("which", "general").text(lang));
    let cmd = Cli::command().disable_version_flag(true).arg(version);
    let mut cmd = localize(cmd, "", lang);
    cmd.build();
    with_usage(cmd, lang)
}

/// The message id of command `path` (`""` for the program itself, `templates-export`).
fn command_id(path: &str, part: &str) -> String {
    if path.is_empty() { format!("help-root{part}") } else { format!("help-{path}{part}") }
}

/// The text of `id` in `lang`, if the catalogue has it.
fn text(lang: Lang, id: &str) -> Option<String> {
    Message::exists(lang, id).then(|| Message::dynamic(id).text(lang))
}

/// The text for argument `arg` of command `path`: its own, or the shared one.
fn arg_text(lang: Lang, path: &str, arg: &str) -> Option<String> {
    let arg = arg.replace('_', "-");
    let own = if path.is_empty() { None } else { text(lang, &format!("help-{path}-{arg}")) };
    own.or_else(|| text(lang, &format!("help-arg-{arg}")))
}

/// Puts the texts of `lang` into `cmd` (whose path is `path`) and the commands below it.
fn localize(cmd: Command, path: &str, lang: Lang) -> Command {
    let heading = |id: &str| msg!("help-heading").arg("which", id).text(lang);
    let (arguments, options, general) =
        (heading("arguments"), heading("options"), heading("general"));
    let mut cmd = cmd
        .help_template(template(lang))
        .subcommand_help_heading(heading("commands"))
        .subcommand_value_name(msg!("help-command-value").text(lang))
        .disable_help_subcommand(true);
    if let Some(about) = text(lang, &command_id(path, "")) {
        cmd = cmd.about(about).long_about(None);
    }
    if let Some(examples) = text(lang, &command_id(path, "-examples")) {
        let lines: Vec<String> = examples.lines().map(|l| format!("  {}", l.trim())).collect();
        cmd = cmd.after_help(format!("{}:\n{}", heading("examples"), lines.join("\n")));
    }
    // Every command's own `--help`, in its language.
    cmd = cmd
        .disable_help_flag(true)
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help));
    let ids: Vec<(String, bool)> =
        cmd.get_arguments().map(|a| (a.get_id().to_string(), a.is_positional())).collect();
    for (id, positional) in ids {
        let help = match id.as_str() {
            "help" => Some(msg!("help-help").text(lang)),
            "version" => Some(msg!("help-version").text(lang)),
            _ => arg_text(lang, path, &id),
        };
        let section = match (positional, GENERAL.contains(&id.as_str())) {
            (true, _) => arguments.clone(),
            (false, true) => general.clone(),
            (false, false) => options.clone(),
        };
        cmd = cmd.mut_arg(&id, |arg| {
            let arg = value_names(arg, lang);
            let (short, long) = match help {
                Some(help) => with_values_and_default(&arg, &help, lang),
                None => (String::new(), String::new()),
            };
            let takes_values = arg.get_action().takes_values();
            arg.help(short)
                .long_help(long)
                .hide_possible_values(takes_values)
                .hide_default_value(takes_values)
                .help_heading(section)
        });
    }
    cmd.mut_subcommands(|sub| {
        let name = sub.get_name().to_owned();
        let sub_path = if path.is_empty() { name } else { format!("{path}-{name}") };
        localize(sub, &sub_path, lang)
    })
}

/// The value names in the usage (`<DOSSIER>`, `<JJJJ-MM-DD>`), from the catalogue.
fn value_names(arg: Arg, lang: Lang) -> Arg {
    let Some(names) = arg.get_value_names().map(<[_]>::to_vec) else { return arg };
    let names: Vec<String> = names
        .iter()
        .map(|n| {
            let id = format!("help-value-name-{}", n.as_str().to_lowercase());
            text(lang, &id).unwrap_or_else(|| n.to_string())
        })
        .collect();
    arg.value_names(names)
}

/// The short (`-h`) and long (`--help`) text of `arg`: `help`, with the values to choose
/// from (in the long text each on a line of its own, with what it means) and the default.
fn with_values_and_default(arg: &Arg, help: &str, lang: Lang) -> (String, String) {
    let id = arg.get_id().as_str().replace('_', "-");
    let values: Vec<(String, Option<String>)> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| {
            (v.get_name().to_owned(), text(lang, &format!("help-value-{id}-{}", v.get_name())))
        })
        .collect();
    let defaults: Vec<String> =
        arg.get_default_values().iter().map(|d| d.to_string_lossy().into_owned()).collect();
    let default = (!defaults.is_empty() && arg.get_action().takes_values())
        .then(|| msg!("help-default", value = defaults.join(", ")).text(lang));
    let mut short = help.to_owned();
    let mut long = help.to_owned();
    if !values.is_empty() && arg.get_action().takes_values() {
        let names: Vec<&str> = values.iter().map(|(name, _)| name.as_str()).collect();
        short
            .push_str(&format!(" [{}]", msg!("help-values", values = names.join(", ")).text(lang)));
        if values.iter().any(|(_, about)| about.is_some()) {
            long.push_str(&format!("\n\n{}:", msg!("help-values-heading").text(lang)));
            for (name, about) in &values {
                match about {
                    Some(about) => long.push_str(&format!("\n- {name}: {about}")),
                    None => long.push_str(&format!("\n- {name}")),
                }
            }
        } else {
            long = short.clone();
        }
    }
    if let Some(default) = default {
        short.push_str(&format!(" [{default}]"));
        long.push_str(&format!("\n[{default}]"));
    }
    (short, long)
}

/// The layout of `--help`, with the words of `lang`.
fn template(lang: Lang) -> String {
    format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        msg!("help-usage").text(lang)
    )
}

/// Sets each command's usage line, as clap makes it, with the words of `lang`.
fn with_usage(mut cmd: Command, lang: Lang) -> Command {
    let usage = cmd.render_usage().to_string();
    let usage = usage.split_once(": ").map_or(usage.as_str(), |(_, rest)| rest).to_owned();
    let options = format!("[{}]", msg!("help-options-value").text(lang));
    cmd.override_usage(usage.replace("[OPTIONS]", &options))
        .mut_subcommands(|sub| with_usage(sub, lang))
}

/// A usage error (an unknown option, a value that is not allowed, a missing argument) as a
/// message with a hint, in the user's language; `None` for what is not an error (`--help`).
pub(crate) fn usage_error(
    error: &clap::Error,
    cmd: &Command,
) -> Option<(Message, Option<Message>)> {
    let string = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(list)) => Some(list.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let strings = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::Strings(list)) => list.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let arg = string(ContextKind::InvalidArg).unwrap_or_default();
    let value = string(ContextKind::InvalidValue).unwrap_or_default();
    let quoted = |list: Vec<String>| list.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>();
    let suggestion = |kind: ContextKind| {
        let list = strings(kind);
        (!list.is_empty()).then(|| msg!("help-error-did-you-mean", what = quoted(list).join(", ")))
    };
    // The command the error is about, from the usage line clap gives with it.
    let usage = string(ContextKind::Usage).unwrap_or_default();
    let usage = usage.split_once(": ").map_or(usage.as_str(), |(_, rest)| rest);
    let words: Vec<&str> = usage
        .split_whitespace()
        .take_while(|w| {
            w.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') && !w.starts_with('-')
        })
        .collect();
    let name = if words.is_empty() { cmd.get_name().to_owned() } else { words.join(" ") };
    let more = || msg!("help-error-more", command = name.as_str());
    let (message, hint) = match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => return None,
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            (msg!("help-error-no-command"), Some(more()))
        }
        ErrorKind::UnknownArgument => (
            msg!("help-error-unknown-argument", arg = arg),
            suggestion(ContextKind::SuggestedArg).or_else(|| Some(more())),
        ),
        ErrorKind::InvalidSubcommand => (
            msg!(
                "help-error-unknown-command",
                command = string(ContextKind::InvalidSubcommand).unwrap_or_default()
            ),
            suggestion(ContextKind::SuggestedSubcommand).or_else(|| Some(more())),
        ),
        ErrorKind::InvalidValue => {
            let valid = quoted(strings(ContextKind::ValidValue)).join(", ");
            let message = if value.is_empty() {
                msg!("help-error-value-missing", arg = arg)
            } else {
                msg!("help-error-invalid-value", arg = arg, value = value)
            };
            let hint = suggestion(ContextKind::SuggestedValue).or_else(|| {
                (!valid.is_empty()).then(|| msg!("help-error-valid-values", values = valid))
            });
            (message, hint)
        }
        ErrorKind::ValueValidation if arg.contains("today") => {
            (msg!("help-error-date", arg = arg, value = value), Some(msg!("help-error-date-hint")))
        }
        ErrorKind::ValueValidation => (
            msg!("help-error-number", arg = arg, value = value),
            Some(msg!("help-error-number-hint")),
        ),
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(ContextKind::InvalidArg);
            let count = missing.len();
            (
                msg!("help-error-missing", args = quoted(missing).join(", "), count = count),
                Some(more()),
            )
        }
        ErrorKind::ArgumentConflict
            if string(ContextKind::PriorArg).is_none_or(|prior| prior == arg) =>
        {
            (msg!("help-error-twice", arg = arg), Some(more()))
        }
        ErrorKind::ArgumentConflict => (
            msg!(
                "help-error-conflict",
                arg = arg,
                other = string(ContextKind::PriorArg).unwrap_or_default()
            ),
            Some(more()),
        ),
        ErrorKind::NoEquals
        | ErrorKind::TooManyValues
        | ErrorKind::TooFewValues
        | ErrorKind::WrongNumberOfValues => (msg!("help-error-values", arg = arg), Some(more())),
        _ => (Message::verbatim(error.render().to_string().trim().to_owned()), None),
    };
    Some((message, hint))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and argument has its text in both languages, so a new option cannot be
    /// added without saying in Dutch and English what it does.
    #[test]
    fn every_command_and_argument_has_its_text() {
        fn walk(cmd: &Command, path: &str, missing: &mut Vec<String>) {
            for lang in Lang::ALL {
                if text(lang, &command_id(path, "")).is_none() {
                    missing.push(format!("{}: {}", lang.code(), command_id(path, "")));
                }
                for arg in cmd.get_arguments() {
                    let id = arg.get_id().as_str();
                    if matches!(id, "help" | "version") || arg.is_hide_set() {
                        continue;
                    }
                    if arg_text(lang, path, id).is_none() {
                        missing.push(format!("{}: {path} --{id}", lang.code()));
                    }
                }
            }
            for sub in cmd.get_subcommands() {
                let name = sub.get_name();
                let sub_path =
                    if path.is_empty() { name.to_owned() } else { format!("{path}-{name}") };
                walk(sub, &sub_path, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&command(Lang::Nl), "", &mut missing);
        assert!(missing.is_empty(), "without a text in the catalogue: {missing:#?}");
    }

    #[test]
    fn help_is_dutch_by_default_and_english_on_request() {
        let mut nl = command(Lang::Nl);
        let render = nl.find_subcommand_mut("render").unwrap();
        let help = render.render_help().to_string();
        assert!(help.starts_with("Schrijf de brief"), "{help}");
        for words in
            ["Gebruik: ingebrekestelling render [OPTIES] <DOSSIER>", "Opties:", "Voorbeelden:"]
        {
            assert!(help.contains(words), "{words}:\n{help}");
        }
        assert!(
            !help.contains("Usage") && !help.contains("Options") && !help.contains("Print help"),
            "{help}"
        );
        let mut en = command(Lang::En);
        let help = en.find_subcommand_mut("render").unwrap().render_help().to_string();
        assert!(help.contains("Usage: ingebrekestelling render [OPTIONS] <CASE>"), "{help}");
    }

    #[test]
    fn options_that_do_nothing_are_not_offered() {
        let mut cmd = command(Lang::Nl);
        let schema = cmd.find_subcommand_mut("schema").unwrap().render_help().to_string();
        assert!(!schema.contains("--today") && schema.contains("--lang"), "{schema}");
        let render = cmd.find_subcommand_mut("render").unwrap().render_help().to_string();
        assert!(render.contains("--today"), "{render}");
    }
}
