//! The messages people read, one catalogue per language (`locales/nl/`, `locales/en/`).
//!
//! The pipeline does not choose a language: it reports a [`Message`], an id with its values,
//! and whoever shows it picks the [`Lang`]. The texts are [Fluent](https://projectfluent.org)
//! files, so a reviewer reads every message of one language in one folder, and plural forms
//! ("1 brief", "2 brieven") are the translator's, not the code's.
//!
//! An id may name an attribute: `advice-mandate.why` is the attribute `why` of the message
//! `advice-mandate`. A value may itself be a message, shown in the same language.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The language of the messages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Dutch: the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Every language, the default first.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The language code: `nl`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language a code names (`nl`, `en`, `en_GB.UTF-8`, `nl-BE`), if it is one of ours.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        let language = code.split(['_', '-', '.', '@']).next().unwrap_or_default();
        match language {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language the environment asks for, looked up through `var`: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty decides, as POSIX orders them.
    /// English when it starts with `en`, Dutch otherwise (also for `C` and `POSIX`).
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|name| var(name).filter(|v| !v.trim().is_empty()))
            .and_then(|value| Lang::from_code(&value))
            .unwrap_or_default()
    }
}

/// A value in a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text shown as it is: a name from the case file, a key, a date.
    Text(String),
    /// A number; the catalogue may choose a plural form by it.
    Number(i64),
    /// Another message, shown in the same language.
    Message(Message),
    /// A choice of names the program knows, shown as "`a`, `b` or `c`"; put into words only
    /// when the message is shown, as most such hints never are.
    Choices(&'static [&'static str]),
}

impl Arg {
    /// The value as Fluent takes it, in `lang`.
    fn fluent(&self, lang: Lang) -> FluentValue<'_> {
        match self {
            Arg::Text(text) => FluentValue::from(text.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Message(message) => FluentValue::from(message.text(lang)),
            // `one_of` puts them into words: a text, or a message for two or more.
            Arg::Choices(items) => crate::diagnostic::one_of(items).fluent(lang).into_owned(),
        }
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Arg {
        Arg::Message(message)
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64);

/// A message from the catalogue: its id and its values. Shown with [`Message::text`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The id, with `.attribute` when it names one (`advice-mandate.why`).
    id: Cow<'static, str>,
    args: Vec<(&'static str, Arg)>,
}

/// A [`Message`] with its values: `msg!("count-problems", count = 3)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::catalogue::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

impl Message {
    /// The message `id` (with `.attribute` where it names one), without values yet.
    pub fn new(id: &'static str) -> Message {
        Message { id: Cow::Borrowed(id), args: Vec::new() }
    }

    /// A message whose id is made at run time (`help-render-format`, `advice-<code>`); a test
    /// beside each such use proves that every id it can make is in the catalogue.
    pub fn dynamic(id: impl Into<String>) -> Message {
        Message { id: Cow::Owned(id.into()), args: Vec::new() }
    }

    /// The attribute `name` of this message (`advice-mandate` → `advice-mandate.why`), with
    /// the same values.
    #[must_use]
    pub fn attribute(&self, name: &'static str) -> Message {
        Message { id: Cow::Owned(format!("{}.{name}", self.id())), args: self.args.clone() }
    }

    /// This message with one more value.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// Text that is not in the catalogue, shown as it is in every language: what another
    /// program reported (a template engine, the operating system), never a sentence of ours.
    pub fn verbatim(text: impl Into<String>) -> Message {
        Message::new("verbatim").arg("text", text.into())
    }

    /// The id, as in the catalogue (without the attribute).
    pub fn id(&self) -> &str {
        self.id.split_once('.').map_or(&self.id, |(id, _)| id)
    }

    /// Whether the catalogue of `lang` has `id` (`id.attribute` for an attribute).
    pub fn exists(lang: Lang, id: &str) -> bool {
        let (name, attribute) = match id.split_once('.') {
            Some((name, attribute)) => (name, Some(attribute)),
            None => (id, None),
        };
        bundle(lang, file_of(name)).and_then(|b| b.get_message(name)).is_some_and(|m| {
            match attribute {
                Some(attribute) => m.get_attribute(attribute).is_some(),
                None => m.value().is_some(),
            }
        })
    }

    /// The value named `name`, if the message has one.
    pub fn value(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// The message in `lang`. An id the catalogue of `lang` lacks is taken from the other
    /// language, and shown as the id itself if neither has it (a test keeps both complete).
    pub fn text(&self, lang: Lang) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            args.set(*name, value.fluent(lang));
        }
        Lang::ALL
            .iter()
            .filter(|l| **l == lang)
            .chain(Lang::ALL.iter().filter(|l| **l != lang))
            .find_map(|l| format(bundle(*l, file_of(&self.id))?, &self.id, &args))
            .unwrap_or_else(|| self.id.to_string())
    }
}

/// `id` (or `id.attribute`) formatted from `bundle`, if it is there.
fn format(bundle: &Bundle, id: &str, args: &FluentArgs<'_>) -> Option<String> {
    let (name, attribute) = match id.split_once('.') {
        Some((name, attribute)) => (name, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(name)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, Some(args), &mut errors).into_owned())
}

type Bundle = FluentBundle<FluentResource>;

/// The catalogue files of each language, in the order they are read.
pub const FILES: [&str; 7] =
    ["common.ftl", "cli.ftl", "help.ftl", "documents.ftl", "read.ftl", "rules.ftl", "advice.ftl"];

/// The text of the catalogue files of `lang`, with their names.
pub fn sources(lang: Lang) -> [(&'static str, &'static str); 7] {
    match lang {
        Lang::Nl => [
            ("common.ftl", include_str!("../locales/nl/common.ftl")),
            ("cli.ftl", include_str!("../locales/nl/cli.ftl")),
            ("help.ftl", include_str!("../locales/nl/help.ftl")),
            ("documents.ftl", include_str!("../locales/nl/documents.ftl")),
            ("read.ftl", include_str!("../locales/nl/read.ftl")),
            ("rules.ftl", include_str!("../locales/nl/rules.ftl")),
            ("advice.ftl", include_str!("../locales/nl/advice.ftl")),
        ],
        Lang::En => [
            ("common.ftl", include_str!("../locales/en/common.ftl")),
            ("cli.ftl", include_str!("../locales/en/cli.ftl")),
            ("help.ftl", include_str!("../locales/en/help.ftl")),
            ("documents.ftl", include_str!("../locales/en/documents.ftl")),
            ("read.ftl", include_str!("../locales/en/read.ftl")),
            ("rules.ftl", include_str!("../locales/en/rules.ftl")),
            ("advice.ftl", include_str!("../locales/en/advice.ftl")),
        ],
    }
}

/// The catalogue file (its place in [`FILES`]) that holds message `id`, by the id's first
/// word: `cli-…` in `cli.ftl`, `help-…` in `help.ftl`, `pdf-…` and `template-…` in
/// `documents.ftl`, `read-…`, `rule-…`, `advice-…` in theirs, the rest in `common.ftl`. A
/// test keeps every file to its words.
fn file_of(id: &str) -> usize {
    match id.split('-').next().unwrap_or_default() {
        "cli" => 1,
        "help" => 2,
        "pdf" | "template" | "markdown" | "docx" | "eml" | "ics" => 3,
        "read" => 4,
        "rule" => 5,
        "advice" => 6,
        _ => 0,
    }
}

/// The catalogue file `file` of `lang`, read once, when a message of it is first shown: a
/// command that says one line reads one small file, not the whole catalogue.
fn bundle(lang: Lang, file: usize) -> Option<&'static Bundle> {
    static NL: [OnceLock<Bundle>; FILES.len()] = [const { OnceLock::new() }; FILES.len()];
    static EN: [OnceLock<Bundle>; FILES.len()] = [const { OnceLock::new() }; FILES.len()];
    let cell = match lang {
        Lang::Nl => NL.get(file)?,
        Lang::En => EN.get(file)?,
    };
    let (_, text) = sources(lang).get(file).copied()?;
    Some(cell.get_or_init(|| {
        let id = lang.code().parse().unwrap_or_default();
        let mut bundle = Bundle::new_concurrent(vec![id]);
        // The messages go to a terminal or a log, not into right-to-left text: no isolation
        // marks around the values.
        bundle.set_use_isolating(false);
        // A test parses every file without errors; a damaged entry is skipped, not fatal.
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
        bundle
    }))
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::*;

    /// Every message and attribute of `lang`, with the variables it uses.
    fn entries(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
        let mut all = BTreeMap::new();
        for (file, text) in sources(lang) {
            let resource = match fluent_syntax::parser::parse(text) {
                Ok(resource) => resource,
                Err((_, errors)) => panic!("{}/{file}: {errors:?}", lang.code()),
            };
            for entry in resource.body {
                let ast::Entry::Message(message) = entry else { continue };
                let id = message.id.name.to_owned();
                if let Some(value) = &message.value {
                    let fresh = all.insert(id.clone(), variables(value)).is_none();
                    assert!(fresh, "{}/{file}: `{id}` twice", lang.code());
                }
                for attribute in &message.attributes {
                    all.insert(format!("{id}.{}", attribute.id.name), variables(&attribute.value));
                }
            }
        }
        all
    }

    fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, &mut found);
            }
        }
        found
    }

    fn expression_variables(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, found);
                for variant in variants {
                    found.extend(variables(&variant.value));
                }
            }
            ast::Expression::Inline(inline) => inline_variables(inline, found),
        }
    }

    fn inline_variables(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                found.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => {
                expression_variables(expression, found);
            }
            _ => {}
        }
    }

    #[test]
    fn choices_are_put_into_words_when_shown() {
        let hint = msg!("read-choices-hint", choices = Arg::Choices(&["phone", "email", "letter"]));
        assert_eq!(hint.text(Lang::En), "the choices are `phone`, `email` or `letter`");
        assert_eq!(hint.text(Lang::Nl), "de keuzes zijn `phone`, `email` of `letter`");
        let one = msg!("read-choices-hint", choices = Arg::Choices(&["phone"]));
        assert_eq!(one.text(Lang::En), "the choices are `phone`");
    }

    #[test]
    fn both_languages_have_the_same_messages_with_the_same_values() {
        let nl = entries(Lang::Nl);
        let en = entries(Lang::En);
        let only_nl: Vec<_> = nl.keys().filter(|k| !en.contains_key(*k)).collect();
        let only_en: Vec<_> = en.keys().filter(|k| !nl.contains_key(*k)).collect();
        assert!(
            only_nl.is_empty() && only_en.is_empty(),
            "nl only {only_nl:?}, en only {only_en:?}"
        );
        for (id, values) in &nl {
            assert_eq!(Some(values), en.get(id), "`{id}` uses other values in nl and en");
        }
        assert!(nl.len() > 100, "{} messages", nl.len());
    }

    #[test]
    fn every_message_is_in_the_file_its_id_names() {
        for lang in Lang::ALL {
            for (index, (file, text)) in sources(lang).iter().enumerate() {
                let resource = fluent_syntax::parser::parse(*text).unwrap();
                for entry in resource.body {
                    if let ast::Entry::Message(message) = entry {
                        let id = message.id.name;
                        assert_eq!(file_of(id), index, "{}/{file}: `{id}`", lang.code());
                    }
                }
            }
        }
    }

    #[test]
    fn every_id_in_the_code_is_in_the_catalogue() {
        let nl = entries(Lang::Nl);
        let mut missing = Vec::new();
        let mut used = 0;
        let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for (i, _) in text.match_indices("msg!(") {
                    // The id in quotes right after the macro's parenthesis, or on the next line.
                    let rest = text.get(i + 5..).unwrap_or_default().trim_start();
                    let Some(rest) = rest.strip_prefix('"') else { continue };
                    let id = rest.split('"').next().unwrap_or_default();
                    let is_id = id.starts_with(|c: char| c.is_ascii_lowercase())
                        && id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.'));
                    if !is_id {
                        continue;
                    }
                    used += 1;
                    if !nl.contains_key(id) {
                        missing.push(format!("{}: {id}", path.display()));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "not in the catalogue: {missing:#?}");
        assert!(used > 100, "only {used} messages used");
    }

    #[test]
    fn values_plurals_and_fallback() {
        let one = msg!("count-problems", count = 1usize);
        assert_eq!(one.text(Lang::Nl), "1 probleem");
        assert_eq!(one.text(Lang::En), "1 problem");
        assert_eq!(msg!("count-problems", count = 3usize).text(Lang::Nl), "3 problemen");
        assert_eq!(msg!("count-advice", count = 2usize).text(Lang::En), "2 pieces of advice");
        let nested =
            msg!("list-or", rest = "`a`, `b`", last = msg!("count-advice", count = 1usize));
        assert_eq!(nested.text(Lang::Nl), "`a`, `b` of 1 advies");
        assert_eq!(nested.text(Lang::En), "`a`, `b` or 1 piece of advice");
        assert_eq!(Message::verbatim("as it is").text(Lang::Nl), "as it is");
        assert_eq!(Message::new("no-such-message").text(Lang::Nl), "no-such-message");
    }

    #[test]
    fn the_environment_chooses_english_only_when_it_asks_for_it() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned())
        };
        assert_eq!(Lang::from_env(env(&[])), Lang::Nl);
        assert_eq!(Lang::from_env(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_env(env(&[("LANG", "C.UTF-8")])), Lang::Nl);
        assert_eq!(Lang::from_env(env(&[("LANG", "de_DE.UTF-8")])), Lang::Nl);
        assert_eq!(Lang::from_env(env(&[("LC_ALL", "nl_NL"), ("LANG", "en_GB")])), Lang::Nl);
        assert_eq!(Lang::from_env(env(&[("LC_ALL", ""), ("LANG", "en_GB")])), Lang::En);
        assert_eq!(Lang::from_env(env(&[("LC_MESSAGES", "en"), ("LANG", "nl")])), Lang::En);
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
    }
}
