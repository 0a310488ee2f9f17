//! A serde deserializer over the located YAML tree that never stops at the first problem.
//!
//! Each problem is reported where it is found, with its key path and place, and reading goes
//! on: an unknown key is skipped, a group of keys where text belongs leaves that field
//! [`Field::Invalid`](super::Field::Invalid), a list where keys belong reads as an empty group.
//! So one run shows the user every typo in the file.

use std::cell::RefCell;
use std::fmt;

use serde::Deserialize;
use serde::de::value::StrDeserializer;
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, Expected, IntoDeserializer, MapAccess,
    SeqAccess, Unexpected, VariantAccess, Visitor,
};

use super::{CaseFile, EXPECT_AMOUNT, EXPECT_DATE, EXPECT_REAL_DATE};
use crate::catalogue::{Arg, Lang, Message};
use crate::diagnostic::{Diagnostic, KeyPath, did_you_mean, one_of};
use crate::msg;
use crate::yaml::{Node, NodeKind, curly_quoted, shorten};

/// What reading found wrong.
#[derive(Debug, Default)]
pub struct Problems {
    /// Every problem, in the order found.
    pub diagnostics: Vec<Diagnostic>,
    /// Key paths that later checks should not report again: values of the wrong kind (read as
    /// empty), and the keys that a misspelt key probably meant ("did you mean").
    pub covered: Vec<KeyPath>,
}

/// Reads a case-file tree into the case-file model. Returns the model, with unreadable values
/// left out, and every problem found on the way.
pub fn read(root: &Node) -> (CaseFile, Problems) {
    let sink = RefCell::new(Problems::default());
    let case = if root.is_null() {
        let mut sink = sink.borrow_mut();
        sink.diagnostics.push(
            Diagnostic::error(msg!("read-empty"))
                .at(KeyPath::root())
                .span(Some(root.span))
                .hint(msg!("read-empty.hint")),
        );
        sink.covered.push(KeyPath::root());
        CaseFile::default()
    } else {
        let de = NodeDeserializer { node: root, path: KeyPath::root(), sink: &sink };
        CaseFile::deserialize(de).unwrap_or_default()
    };
    (case, sink.into_inner())
}

/// An error while reading; `reported` once it has been turned into a diagnostic.
#[derive(Debug)]
pub(crate) struct ReadError {
    message: Message,
    hint: Option<Message>,
    reported: bool,
}

impl ReadError {
    fn new(message: Message, hint: Message) -> ReadError {
        ReadError { message, hint: Some(hint), reported: false }
    }

    /// `text` written between typographic quotes, where a date, a number, a choice or `true`
    /// is read: the quotes are not part of the value, but YAML does not know them as quotes.
    fn curly_quotes(text: &str) -> Option<ReadError> {
        let inner = curly_quoted(text)?;
        Some(ReadError::new(
            msg!("read-curly-quotes", value = shorten(text.trim())),
            msg!("read-curly-quotes.hint", fixed = inner.trim()),
        ))
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message.text(Lang::default()))
    }
}

impl std::error::Error for ReadError {}

impl de::Error for ReadError {
    /// serde's own words, about a shape this reader does not produce.
    fn custom<T: fmt::Display>(msg: T) -> Self {
        ReadError { message: Message::verbatim(msg.to_string()), hint: None, reported: false }
    }

    fn invalid_value(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
        let expected = exp.to_string();
        if let Unexpected::Str(text) = unexp
            && let Some(error) = ReadError::curly_quotes(text)
        {
            return error;
        }
        let found = match unexp {
            Unexpected::Str(s) => format!("`{}`", shorten(s)),
            other => other.to_string(),
        };
        let (wanted, hint) = match expected.as_str() {
            EXPECT_DATE => (msg!("read-want-date"), Some(msg!("read-date-hint"))),
            EXPECT_REAL_DATE => (msg!("read-want-real-date"), Some(msg!("read-date-hint"))),
            EXPECT_AMOUNT => (msg!("read-want-amount"), Some(msg!("read-amount-hint"))),
            _ => (Message::verbatim(expected), None),
        };
        ReadError {
            message: msg!("read-expected", wanted = wanted, found = found),
            hint,
            reported: false,
        }
    }
}

/// A value such as `<naam van de leverancier>`: a placeholder of the starter file (`new`) that
/// was not filled in. Never meant as the text of a letter. An address in angle brackets, as
/// e-mail programs write it (`<info@example.nl>`, `<https://…>`), is not a placeholder.
pub(crate) fn is_placeholder(text: &str) -> bool {
    let text = text.trim();
    text.len() > 2
        && text.starts_with('<')
        && text.ends_with('>')
        && !text.contains(['\n', '@', ':'])
}

struct NodeDeserializer<'a> {
    node: &'a Node,
    path: KeyPath,
    sink: &'a RefCell<Problems>,
}

impl<'a> NodeDeserializer<'a> {
    fn child(&self, node: &'a Node, path: KeyPath) -> NodeDeserializer<'a> {
        NodeDeserializer { node, path, sink: self.sink }
    }

    fn push(&self, diagnostic: Diagnostic) {
        self.sink.borrow_mut().diagnostics.push(diagnostic);
    }

    /// Marks a key path as reported, so that later checks leave it alone.
    fn cover(&self, path: KeyPath) {
        self.sink.borrow_mut().covered.push(path);
    }

    /// Reports an error at this value, once.
    fn report(&self, mut error: ReadError) -> ReadError {
        if !error.reported {
            let mut d = Diagnostic::error(error.message.clone())
                .at(self.path.clone())
                .span(Some(self.node.span));
            d.hint = error.hint.take();
            self.push(d);
            error.reported = true;
        }
        error
    }

    /// Reports errors that a visitor returned without a place.
    fn located<T>(&self, result: Result<T, ReadError>) -> Result<T, ReadError> {
        result.map_err(|e| self.report(e))
    }

    /// A value of the wrong kind: reports it and returns the error.
    fn wrong_kind(&self, wanted: Message, hint: Message) -> ReadError {
        self.cover(self.path.clone());
        self.report(ReadError::new(
            msg!("read-expected", wanted = wanted, found = self.node.describe()),
            hint,
        ))
    }

    /// The text of a value that should be `wanted`; a placeholder of the starter file, or a
    /// list or group of keys, is reported.
    fn scalar(&self, wanted: Message, hint: Message) -> Result<&'a str, ReadError> {
        match &self.node.kind {
            NodeKind::Scalar(text) if is_placeholder(text) => {
                self.cover(self.path.clone());
                let wanted = match wanted.id() {
                    _ if text.contains("JJJJ") => msg!("read-want-date-short"),
                    "read-want-text" => msg!("read-want-real-text"),
                    _ => wanted,
                };
                Err(self.report(ReadError::new(
                    msg!("read-placeholder", placeholder = text.trim()),
                    msg!("read-placeholder.hint", wanted = wanted),
                )))
            }
            NodeKind::Scalar(text) => Ok(text),
            _ => Err(self.wrong_kind(wanted, hint)),
        }
    }

    /// The text of a value that is read as a word or a number: typographic quotes around it
    /// are reported.
    fn plain(&self, wanted: Message, hint: Message) -> Result<&'a str, ReadError> {
        let text = self.scalar(wanted, hint)?;
        match ReadError::curly_quotes(text) {
            Some(error) => Err(self.report(error)),
            None => Ok(text),
        }
    }

    fn text(&self) -> Result<&'a str, ReadError> {
        self.scalar(msg!("read-want-text"), msg!("read-text-hint"))
    }

    fn whole_number<T: std::str::FromStr>(&self) -> Result<T, ReadError> {
        let text = self.plain(msg!("read-want-whole-number"), msg!("read-whole-number-hint"))?;
        text.trim().parse::<T>().map_err(|_| {
            self.report(ReadError::new(
                msg!(
                    "read-expected",
                    wanted = msg!("read-want-whole-number"),
                    found = format!("`{}`", shorten(text.trim()))
                ),
                msg!("read-whole-number-hint"),
            ))
        })
    }

    /// An empty group of keys, for a place where a group was expected but something else was
    /// written (already reported).
    fn empty_map<V: Visitor<'a>>(&self, visitor: V) -> Result<V::Value, ReadError> {
        self.located(visitor.visit_map(EntriesAccess {
            de: self,
            entries: &[],
            fields: None,
            index: 0,
            value: None,
        }))
    }
}

macro_rules! whole_numbers {
    ($($method:ident => $visit:ident: $ty:ty),* $(,)?) => {$(
        fn $method<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, ReadError> {
            let n = self.whole_number::<$ty>()?;
            self.located(visitor.$visit(n))
        }
    )*};
}

impl<'a> Deserializer<'a> for NodeDeserializer<'a> {
    type Error = ReadError;

    fn deserialize_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match &self.node.kind {
            NodeKind::Null => self.located(visitor.visit_unit()),
            NodeKind::Scalar(text) => self.located(visitor.visit_str(text)),
            NodeKind::Seq(_) => self.deserialize_seq(visitor),
            NodeKind::Map(_) => self.deserialize_map(visitor),
        }
    }

    fn deserialize_bool<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, ReadError> {
        let text = self.plain(msg!("read-want-bool"), msg!("read-bool-hint"))?;
        let value = match text.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" => true,
            "false" | "no" => false,
            _ => {
                return Err(self.report(ReadError::new(
                    msg!(
                        "read-expected",
                        wanted = msg!("read-want-bool"),
                        found = format!("`{}`", shorten(text.trim()))
                    ),
                    msg!("read-bool-hint"),
                )));
            }
        };
        self.located(visitor.visit_bool(value))
    }

    whole_numbers! {
        deserialize_i8 => visit_i8: i8,
        deserialize_i16 => visit_i16: i16,
        deserialize_i32 => visit_i32: i32,
        deserialize_i64 => visit_i64: i64,
        deserialize_u8 => visit_u8: u8,
        deserialize_u16 => visit_u16: u16,
        deserialize_u32 => visit_u32: u32,
        deserialize_u64 => visit_u64: u64,
    }

    fn deserialize_f32<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, ReadError> {
        let text = self.plain(msg!("read-want-number"), msg!("read-number-hint"))?;
        match text.trim().parse::<f64>() {
            Ok(n) if n.is_finite() => self.located(visitor.visit_f64(n)),
            _ => Err(self.report(ReadError::new(
                msg!(
                    "read-expected",
                    wanted = msg!("read-want-number"),
                    found = format!("`{}`", shorten(text.trim()))
                ),
                msg!("read-number-hint"),
            ))),
        }
    }

    fn deserialize_char<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, ReadError> {
        let text = self.text()?;
        self.located(visitor.visit_str(text))
    }

    fn deserialize_str<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, ReadError> {
        let text = self.text()?;
        self.located(visitor.visit_str(text))
    }

    fn deserialize_string<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, ReadError> {
        if self.node.is_null() {
            self.located(visitor.visit_none())
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_unit<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.located(visitor.visit_unit())
    }

    fn deserialize_unit_struct<V: Visitor<'a>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.located(visitor.visit_unit())
    }

    fn deserialize_newtype_struct<V: Visitor<'a>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, ReadError> {
        let items: &[Node] = match &self.node.kind {
            NodeKind::Seq(items) => items,
            NodeKind::Null => &[],
            _ => {
                let _ = self.wrong_kind(msg!("read-want-list"), msg!("read-list-hint"));
                &[]
            }
        };
        self.located(visitor.visit_seq(ItemsAccess { de: &self, items, index: 0 }))
    }

    fn deserialize_tuple<V: Visitor<'a>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'a>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match &self.node.kind {
            NodeKind::Map(entries) => self.located(visitor.visit_map(EntriesAccess {
                de: &self,
                entries,
                fields: None,
                index: 0,
                value: None,
            })),
            NodeKind::Null => self.empty_map(visitor),
            _ => {
                let _ = self.wrong_kind(msg!("read-want-group"), msg!("read-group-hint"));
                self.empty_map(visitor)
            }
        }
    }

    fn deserialize_struct<V: Visitor<'a>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        match &self.node.kind {
            NodeKind::Map(entries) => self.located(visitor.visit_map(EntriesAccess {
                de: &self,
                entries,
                fields: Some(fields),
                index: 0,
                value: None,
            })),
            NodeKind::Null => self.empty_map(visitor),
            _ => {
                let hint = if self.path.is_root() {
                    msg!("read-top-level-hint")
                } else {
                    msg!("read-struct-hint", keys = Arg::Choices(fields))
                };
                let _ = self.wrong_kind(msg!("read-want-group"), hint);
                self.empty_map(visitor)
            }
        }
    }

    fn deserialize_enum<V: Visitor<'a>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        let choices = Arg::Choices(variants);
        let text = self
            .plain(msg!("read-want-word"), msg!("read-choice-hint", choices = choices.clone()))?
            .trim();
        if !variants.contains(&text) {
            let hint = match did_you_mean(text, variants) {
                Some(close) => msg!("read-choice-close-hint", close = close, choices = choices),
                None => msg!("read-choices-hint", choices = choices),
            };
            return Err(
                self.report(ReadError::new(msg!("read-not-a-choice", value = shorten(text)), hint))
            );
        }
        self.located(visitor.visit_enum(UnitVariant(text)))
    }

    fn deserialize_identifier<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.located(visitor.visit_unit())
    }
}

/// The entries of a mapping, skipping (and reporting) keys the struct does not have.
struct EntriesAccess<'a, 'b> {
    de: &'b NodeDeserializer<'a>,
    entries: &'a [crate::yaml::Entry],
    fields: Option<&'static [&'static str]>,
    index: usize,
    value: Option<&'a crate::yaml::Entry>,
}

impl<'a> MapAccess<'a> for EntriesAccess<'a, '_> {
    type Error = ReadError;

    fn next_key_seed<K: DeserializeSeed<'a>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, ReadError> {
        while let Some(entry) = self.entries.get(self.index) {
            self.index += 1;
            if let Some(fields) = self.fields
                && !fields.contains(&entry.key.as_str())
            {
                self.unknown_key(entry, fields);
                continue;
            }
            self.value = Some(entry);
            let key: StrDeserializer<'_, ReadError> = entry.key.as_str().into_deserializer();
            return seed.deserialize(key).map(Some);
        }
        Ok(None)
    }

    fn next_value_seed<T: DeserializeSeed<'a>>(&mut self, seed: T) -> Result<T::Value, ReadError> {
        let entry = self
            .value
            .take()
            .ok_or_else(|| ReadError::new(msg!("read-internal"), msg!("read-internal.hint")))?;
        seed.deserialize(self.de.child(&entry.value, self.path_of(&entry.key)))
    }
}

impl EntriesAccess<'_, '_> {
    /// The path of the value under `key`: a key the format knows is named without a copy.
    fn path_of(&self, key: &str) -> KeyPath {
        match self.fields.and_then(|fields| fields.iter().find(|f| **f == key)) {
            Some(known) => self.de.path.key(*known),
            None => self.de.path.key(key.to_owned()),
        }
    }

    fn unknown_key(&self, entry: &crate::yaml::Entry, fields: &[&str]) {
        let allowed: Vec<&str> = fields.iter().copied().filter(|f| *f != "extends").collect();
        let at = |d: Diagnostic| d.at(self.path_of(&entry.key)).span(Some(entry.key_span));
        // `“tone”: formal`: a known key between typographic quotes.
        let name = curly_quoted(&entry.key).map_or(entry.key.as_str(), str::trim);
        if name != entry.key && fields.contains(&name) {
            self.de.cover(self.de.path.key(name.to_owned()));
            let error = ReadError::curly_quotes(&entry.key);
            if let Some(ReadError { message, hint: Some(hint), .. }) = error {
                self.de.push(at(Diagnostic::error(message).hint(hint)));
                return;
            }
        }
        let hint = match did_you_mean(name, &allowed) {
            Some(close) => {
                self.de.cover(self.de.path.key(close.to_owned()));
                msg!("read-did-you-mean-hint", close = close)
            }
            None if self.de.path.is_root() => {
                msg!("read-keys-top-level-hint", keys = one_of(&allowed))
            }
            None => {
                msg!("read-keys-in-hint", path = self.de.path.to_string(), keys = one_of(&allowed))
            }
        };
        self.de.push(
            at(Diagnostic::error(msg!("read-unknown-key", key = shorten(&entry.key)))).hint(hint),
        );
    }
}

/// The items of a list, each at its own position in the key path.
struct ItemsAccess<'a, 'b> {
    de: &'b NodeDeserializer<'a>,
    items: &'a [Node],
    index: usize,
}

impl<'a> SeqAccess<'a> for ItemsAccess<'a, '_> {
    type Error = ReadError;

    fn next_element_seed<T: DeserializeSeed<'a>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, ReadError> {
        let Some(item) = self.items.get(self.index) else {
            return Ok(None);
        };
        let path = self.de.path.index(self.index);
        self.index += 1;
        seed.deserialize(self.de.child(item, path)).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len().saturating_sub(self.index))
    }
}

/// A choice written as one word (`email`), read as a unit variant.
struct UnitVariant<'a>(&'a str);

impl<'a> EnumAccess<'a> for UnitVariant<'a> {
    type Error = ReadError;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'a>>(self, seed: V) -> Result<(V::Value, Self), ReadError> {
        let name: StrDeserializer<'_, ReadError> = self.0.into_deserializer();
        Ok((seed.deserialize(name)?, self))
    }
}

impl<'a> VariantAccess<'a> for UnitVariant<'a> {
    type Error = ReadError;

    fn unit_variant(self) -> Result<(), ReadError> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'a>>(self, _seed: T) -> Result<T::Value, ReadError> {
        Err(ReadError::new(msg!("read-internal"), msg!("read-internal.hint")))
    }

    fn tuple_variant<V: Visitor<'a>>(self, _len: usize, _v: V) -> Result<V::Value, ReadError> {
        Err(ReadError::new(msg!("read-internal"), msg!("read-internal.hint")))
    }

    fn struct_variant<V: Visitor<'a>>(
        self,
        _fields: &'static [&'static str],
        _v: V,
    ) -> Result<V::Value, ReadError> {
        Err(ReadError::new(msg!("read-internal"), msg!("read-internal.hint")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case_file::{Field, SendMethod};
    use crate::catalogue::Lang;
    use crate::source::{FileId, Source};

    fn read_text(text: &str) -> (CaseFile, Vec<Diagnostic>) {
        let source = Source { path: "t.yaml".into(), text: text.into() };
        let (case, problems) = read(&crate::yaml::parse(&source, FileId(0)).unwrap());
        (case, problems.diagnostics)
    }

    fn report(problems: &[Diagnostic]) -> Vec<String> {
        problems
            .iter()
            .map(|d| {
                let place = d.span.map(|s| format!("{}:{}", s.line, s.column)).unwrap_or_default();
                let path = d.path.as_ref().map(ToString::to_string).unwrap_or_default();
                format!(
                    "{place} {path}: {} | {}",
                    d.message.text(Lang::En),
                    d.hint.as_ref().map(|h| h.text(Lang::En)).unwrap_or_default()
                )
            })
            .collect()
    }

    #[test]
    fn placeholders_of_the_starter_file() {
        for text in ["<plaats>", " <naam van uw organisatie> ", "<JJJJ-MM-DD>", "<8 cijfers>"] {
            assert!(is_placeholder(text), "{text}");
        }
        for text in ["<info@example.nl>", "<https://example.nl>", "<>", "a <b>", "<a\nb>"] {
            assert!(!is_placeholder(text), "{text}");
        }
    }

    #[test]
    fn reads_a_small_case() {
        let (case, problems) = read_text(
            "letter:\n  date: 2026-12-01\n  sent_by: [registered_mail, email]\n\
             breaches:\n  - obligation: x\n    facts: y\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let letter = case.letter.unwrap();
        assert_eq!(letter.date.get().unwrap().0.to_string(), "2026-12-01");
        assert_eq!(
            letter.sent_by.unwrap(),
            vec![Field::Present(SendMethod::RegisteredMail), Field::Present(SendMethod::Email)]
        );
        assert_eq!(case.breaches.unwrap().len(), 1);
    }

    #[test]
    fn reports_every_problem_at_once() {
        let (case, problems) = read_text(
            "breachs: []\nletter:\n  date: 1-12-2026\n  tone: formeel\n  sent_by: [email, fax]\n\
             sender:\n  organisation:\n    name: X\n  adress: {}\n\
             deadline:\n  working_days: tien\n\
             history:\n  - date: 2026-02-30\n    channel: phne\n",
        );
        assert_eq!(
            report(&problems),
            vec![
                "1:1 breachs: unknown key `breachs` | did you mean `breaches`?",
                "3:9 letter.date: expected a date written as YYYY-MM-DD, for example 2026-12-01, \
                 found `1-12-2026` | dates are year-month-day with dashes and two-digit month \
                 and day",
                "4:9 letter.tone: `formeel` is not one of the choices | did you mean `formal`? \
                 The choices are `constructive` or `formal`",
                "5:20 letter.sent_by[2]: `fax` is not one of the choices | the choices are \
                 `registered_mail`, `mail`, `email`, `courier` or `bailiff`",
                "8:5 sender.organisation: expected text, found a group of keys | write the text \
                 after the colon on the same line, or as a block with `>-` or `|`",
                "9:3 sender.adress: unknown key `adress` | did you mean `address`?",
                "11:17 deadline.working_days: expected a whole number, found `tien` | write \
                 digits only, for example 10",
                "13:11 history[1].date: expected a date that exists in the calendar, found \
                 `2026-02-30` | dates are year-month-day with dashes and two-digit month and day",
                "14:14 history[1].channel: `phne` is not one of the choices | did you mean \
                 `phone`? The choices are `phone`, `email`, `letter`, `meeting` or `ticket`",
            ]
        );
        // What could be read is kept; what could not is marked, not lost.
        let letter = case.letter.unwrap();
        assert_eq!(letter.date, Field::Invalid);
        assert_eq!(letter.sent_by.unwrap()[0], Field::Present(SendMethod::Email));
        assert_eq!(case.sender.unwrap().organisation, Field::Invalid);
    }

    #[test]
    fn wrong_shapes_are_reported_not_fatal() {
        let (case, problems) =
            read_text("sender: Zorggroep\nbreaches: geen\ncc: [a, [b]]\nenclosures:\n  - x\n");
        let lines = report(&problems);
        assert_eq!(lines.len(), 4, "{lines:?}");
        assert!(lines[0].starts_with("1:9 sender: expected a group of keys, found `Zorggroep`"));
        assert!(lines[1].starts_with("2:11 breaches: expected a list, found `geen`"));
        assert!(lines[2].starts_with("3:9 cc[2]: expected text, found a list"));
        assert!(lines[3].starts_with("5:5 enclosures[1]: expected a group of keys"));
        assert!(case.sender.is_some());
        assert_eq!(case.cc.unwrap().len(), 2);
    }

    #[test]
    fn typographic_quotes_around_a_date_a_number_or_a_choice_are_named() {
        let (case, problems) = read_text(
            "letter:\n  date: “2026-12-01”\n  tone: “formal”\n  place: “Utrecht”\n\
             deadline:\n  working_days: ‘10’\nbreaches:\n  - recurring: „true”\n\
             follow_up:\n  claim:\n    amount: “12500.00”\n“cc”: [a]\n",
        );
        let dutch: Vec<String> = problems
            .iter()
            .map(|d| {
                let span = d.span.unwrap();
                format!(
                    "{}:{} {} | {}",
                    span.line,
                    span.column,
                    d.message.text(Lang::Nl),
                    d.hint.as_ref().unwrap().text(Lang::Nl)
                )
            })
            .collect();
        let curly = |at: &str, value: &str, fixed: &str| {
            format!(
                "{at} `{value}` staat tussen gekrulde aanhalingstekens, zoals Word ze typt; YAML \
                 kent alleen rechte aanhalingstekens (\") en leest de gekrulde als deel van de \
                 waarde | gebruik rechte aanhalingstekens `\"…\"`, of laat ze weg: `{fixed}`"
            )
        };
        assert_eq!(
            dutch,
            vec![
                curly("2:9", "“2026-12-01”", "2026-12-01"),
                curly("3:9", "“formal”", "formal"),
                curly("6:17", "‘10’", "10"),
                curly("8:16", "„true”", "true"),
                curly("11:13", "“12500.00”", "12500.00"),
                curly("12:1", "“cc”", "cc"),
            ]
        );
        // A text may hold any quotes: they are the user's.
        let letter = case.letter.unwrap();
        assert_eq!(letter.place.get().map(String::as_str), Some("“Utrecht”"));
        assert_eq!(letter.date, Field::Invalid);
    }

    #[test]
    fn messages_are_in_dutch_by_default() {
        let (_, problems) =
            read_text("letter:\n  tone: formeel\n  datum: x\ndeadline:\n  working_days: tien\n");
        let dutch: Vec<String> = problems
            .iter()
            .map(|d| {
                format!(
                    "{} | {}",
                    d.message.text(Lang::Nl),
                    d.hint.as_ref().unwrap().text(Lang::Nl)
                )
            })
            .collect();
        assert_eq!(
            dutch,
            vec![
                "`formeel` is geen geldige keuze | bedoelt u `formal`? De keuzes zijn \
                 `constructive` of `formal`",
                "onbekende sleutel `datum` | bedoelt u `date`?",
                "hier hoort een geheel getal, maar er staat `tien` | schrijf alleen cijfers, \
                 bijvoorbeeld 10",
            ]
        );
    }

    #[test]
    fn top_level_must_be_keys() {
        let (_, problems) = read_text("- a\n- b\n");
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].message.text(Lang::En).contains("expected a group of keys, found a list")
        );
        assert!(
            problems[0]
                .hint
                .as_ref()
                .unwrap()
                .text(Lang::En)
                .contains("a case file is a group of keys")
        );

        let (_, problems) = read_text("# only a comment\n");
        assert_eq!(problems[0].message.text(Lang::En), "the case file is empty");
    }
}
