//! Dutch formatting for letters: dates, amounts, postcodes, address lines, names and
//! salutations, lists.
//!
//! Conventions (Taaladvies, Onze Taal, PostNL): "1 december 2026" without a leading zero;
//! "€ 1.234,56" with a non-breaking space after the euro sign; "3511 AB  UTRECHT" with two
//! spaces and the place in capitals; "Geachte mevrouw De Vries," with the surname only and a
//! capital prefix when it starts the surname.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::case_file::Form;

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// The Dutch name of a weekday, in lower case.
pub fn weekday(date: NaiveDate) -> &'static str {
    match date.weekday() {
        Weekday::Mon => "maandag",
        Weekday::Tue => "dinsdag",
        Weekday::Wed => "woensdag",
        Weekday::Thu => "donderdag",
        Weekday::Fri => "vrijdag",
        Weekday::Sat => "zaterdag",
        Weekday::Sun => "zondag",
    }
}

/// "1 december 2026".
pub fn date(date: NaiveDate) -> String {
    let month = MONTHS.get(date.month0() as usize).copied().unwrap_or("?");
    format!("{} {month} {}", date.day(), date.year())
}

/// The first date written out in Dutch in `text` ("vanaf 1 februari 2027"), if any.
pub fn find_date(text: &str) -> Option<NaiveDate> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(3).find_map(|w| {
        let (day, month, year) = (w.first()?, w.get(1)?, w.get(2)?);
        let month = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(month))?;
        let day: u32 = day.parse().ok()?;
        let year: i32 = year.parse().ok()?;
        NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()? + 1, day)
    })
}

/// "dinsdag 1 december 2026", for deadlines.
pub fn date_with_weekday(d: NaiveDate) -> String {
    format!("{} {}", weekday(d), date(d))
}

/// "€ 12.500,00", with a non-breaking space after the euro sign.
pub fn euro(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.unsigned_abs();
    let whole = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(c);
    }
    format!("€\u{a0}{sign}{grouped},{:02}", cents % 100)
}

/// A Dutch postcode in its printed form ("3511 AB"), or `None` when `text` is not one: four
/// digits not starting with 0, an optional space, two letters other than SA, SD and SS.
pub fn postcode(text: &str) -> Option<String> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let spaces = text.trim().chars().filter(|c| c.is_whitespace()).count();
    if spaces > 1 || compact.chars().count() != 6 {
        return None;
    }
    let (digits, letters) = compact.split_at_checked(4)?;
    let digits_ok = digits.bytes().all(|b| b.is_ascii_digit()) && !digits.starts_with('0');
    let letters = letters.to_ascii_uppercase();
    let letters_ok = letters.bytes().all(|b| b.is_ascii_uppercase())
        && !matches!(letters.as_str(), "SA" | "SD" | "SS");
    (digits_ok && letters_ok).then(|| format!("{digits} {letters}"))
}

/// The lines of a postal address below the name: street, "3511 AB  UTRECHT", and outside the
/// Netherlands the country's Dutch name in capitals.
pub fn address_lines(
    street: &str,
    postcode: &str,
    city: &str,
    country: Option<&str>,
) -> Vec<String> {
    let mut lines = vec![street.to_owned()];
    match country {
        None => lines.push(format!("{postcode}  {}", city.to_uppercase())),
        Some(country) => {
            let place =
                [postcode, city].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>();
            lines.push(place.join(" "));
            lines.push(country.to_uppercase());
        }
    }
    lines
}

/// "a", "a en b", "a, b en c".
pub fn join(items: &[String]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} en {last}", rest.join(", ")),
    }
}

/// The text with its first letter in upper case.
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Titles written before a name, compared in lower case without the final point.
const TITLES_BEFORE: &[&str] = &[
    "dr", "drs", "mr", "ir", "ing", "prof", "bc", "ds", "dhr", "mevr", "mw", "mej", "ir.ing",
    "prof.dr", "prof.mr", "dr.ir", "mr.drs", "drs.ing",
];

/// Titles written after a name.
const TITLES_AFTER: &[&str] = &[
    "msc", "ma", "bsc", "ba", "llm", "ll.m", "llb", "mba", "phd", "ra", "re", "rc", "aa", "mpa",
    "emia", "cpa", "jr", "sr",
];

/// Words that start a Dutch (or foreign) surname: "van", "de", "van der", "'t", …
const PREFIXES: &[&str] = &[
    "van", "de", "der", "den", "het", "'t", "te", "ter", "ten", "in", "op", "aan", "bij", "onder",
    "uit", "la", "le", "du", "d'", "des", "da", "di", "dos", "del", "el", "von", "zu", "vom", "'s",
];

fn is_title(token: &str, list: &[&str]) -> bool {
    let word = token.trim_end_matches([',', '.']).to_lowercase();
    list.contains(&word.as_str())
}

/// An initial such as "J.", "A.B." or "Th.".
fn is_initials(token: &str) -> bool {
    token.ends_with('.')
        && token.split_terminator('.').all(|part| {
            let mut chars = part.chars();
            chars.next().is_some_and(char::is_uppercase)
                && part.chars().count() <= 3
                && chars.all(char::is_lowercase)
        })
}

fn is_prefix(token: &str) -> bool {
    PREFIXES.contains(&token)
}

/// The name without a leading "de heer", "mevrouw", "dhr.", "mevr." or "mw." that the user
/// wrote into it (the form adds its own).
fn without_courtesy(name: &str) -> &str {
    let trimmed = name.trim();
    let lower = trimmed.to_lowercase();
    for courtesy in ["de heer ", "mevrouw ", "dhr. ", "mevr. ", "mw. "] {
        if lower.starts_with(courtesy) {
            return trimmed.get(courtesy.len()..).map_or(trimmed, str::trim_start);
        }
    }
    trimmed
}

/// The name without titles before or after it: "drs. E. Claassen MSc" → "E. Claassen".
pub fn without_titles(name: &str) -> String {
    let mut tokens: Vec<&str> = without_courtesy(name).split_whitespace().collect();
    while tokens.first().is_some_and(|t| is_title(t, TITLES_BEFORE)) {
        tokens.remove(0);
    }
    while tokens.len() > 1 && tokens.last().is_some_and(|t| is_title(t, TITLES_AFTER)) {
        tokens.pop();
    }
    let joined = tokens.join(" ");
    joined.trim_end_matches(',').to_owned()
}

/// The surname as used after "heer" or "mevrouw": without titles, initials or first names,
/// and with a capital on a prefix that starts it ("R. van 't Hof" → "Van 't Hof").
pub fn surname(name: &str) -> String {
    let bare = without_titles(name);
    let tokens: Vec<&str> = bare.split_whitespace().collect();
    let after_initials = tokens.iter().position(|t| !is_initials(t)).unwrap_or(tokens.len());
    let rest = tokens.get(after_initials..).unwrap_or_default();
    let start = if after_initials > 0 || rest.len() < 2 {
        0
    } else {
        // "Anna de Vries": the surname starts at the prefix; "Pieter Bakker": after the first
        // name.
        rest.iter().position(|t| is_prefix(t)).unwrap_or(1)
    };
    let surname = rest.get(start..).unwrap_or_default().join(" ");
    if surname.starts_with('\'') { surname } else { capitalize(&surname) }
}

/// The name as it stands after "heer", "mevrouw" or "t.a.v.": a leading prefix without
/// initials before it gets a capital ("van Dijk" → "Van Dijk").
fn name_in_address(name: &str) -> String {
    let first = name.split_whitespace().next().unwrap_or("");
    if is_prefix(first) { capitalize(name) } else { name.to_owned() }
}

/// The addressee in the "t.a.v." line: "de heer P. Bakker", "mevrouw drs. E. Claassen",
/// "S. Jansen".
pub fn addressee(name: &str, form: Form) -> String {
    let name = name_in_address(without_courtesy(name));
    match form {
        Form::Heer => format!("de heer {name}"),
        Form::Mevrouw => format!("mevrouw {name}"),
        Form::Neutral => name,
    }
}

/// The salutation, ending in a comma: "Geachte heer Bakker,", "Geachte mevrouw De Vries,",
/// "Geachte S. Jansen," (neutral), or "Geachte heer, mevrouw," without an addressee.
pub fn salutation(addressee: Option<(&str, Form)>) -> String {
    match addressee {
        None => "Geachte heer, mevrouw,".to_owned(),
        Some((name, Form::Heer)) => format!("Geachte heer {},", surname(name)),
        Some((name, Form::Mevrouw)) => format!("Geachte mevrouw {},", surname(name)),
        Some((name, Form::Neutral)) => {
            format!("Geachte {},", name_in_address(&without_titles(name)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_found_in_text() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        assert_eq!(find_date("de module Roosterplanning vanaf 1 februari 2027"), d(2027, 2, 1));
        assert_eq!(find_date("per 31 December 2026, daarna"), d(2026, 12, 31));
        assert_eq!(find_date("een deel van de vergoeding over oktober 2026"), None);
        assert_eq!(find_date("vanaf 31 februari 2027"), None);
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates() {
        let table = [
            (d(2026, 12, 1), "1 december 2026", "dinsdag 1 december 2026"),
            (d(2027, 1, 15), "15 januari 2027", "vrijdag 15 januari 2027"),
            (d(2026, 3, 9), "9 maart 2026", "maandag 9 maart 2026"),
            (d(2026, 5, 20), "20 mei 2026", "woensdag 20 mei 2026"),
            (d(2026, 10, 29), "29 oktober 2026", "donderdag 29 oktober 2026"),
            (d(2026, 8, 1), "1 augustus 2026", "zaterdag 1 augustus 2026"),
            (d(2026, 2, 1), "1 februari 2026", "zondag 1 februari 2026"),
        ];
        for (day, plain, long) in table {
            assert_eq!(date(day), plain);
            assert_eq!(date_with_weekday(day), long);
        }
    }

    #[test]
    fn amounts() {
        let table = [
            (1_250_000, "€\u{a0}12.500,00"),
            (123_456, "€\u{a0}1.234,56"),
            (500, "€\u{a0}5,00"),
            (5, "€\u{a0}0,05"),
            (0, "€\u{a0}0,00"),
            (123_456_789_012, "€\u{a0}1.234.567.890,12"),
            (-4_000, "€\u{a0}-40,00"),
        ];
        for (cents, text) in table {
            assert_eq!(euro(cents), text);
        }
    }

    #[test]
    fn postcodes() {
        let table = [
            ("3511 AB", Some("3511 AB")),
            ("3511ab", Some("3511 AB")),
            (" 1000 be ", Some("1000 BE")),
            ("0123 AB", None),
            ("3511 SA", None),
            ("3511 sd", None),
            ("3511 SS", None),
            ("3511 A", None),
            ("35111 AB", None),
            ("3511  AB", None),
            ("3511 A1", None),
            ("1000", None),
            ("3511 ÄB", None),
        ];
        for (text, expected) in table {
            assert_eq!(postcode(text).as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn address_lines_dutch_and_foreign() {
        assert_eq!(
            address_lines("Postbus 1200", "1000 BE", "Amsterdam", None),
            ["Postbus 1200", "1000 BE  AMSTERDAM"]
        );
        assert_eq!(
            address_lines("Markt 1", "5211 JV", "'s-Hertogenbosch", None),
            ["Markt 1", "5211 JV  'S-HERTOGENBOSCH"]
        );
        assert_eq!(
            address_lines("Rue Royale 10", "1000", "Brussel", Some("België")),
            ["Rue Royale 10", "1000 Brussel", "BELGIË"]
        );
        assert_eq!(
            address_lines("High Street 5", "", "London", Some("Verenigd Koninkrijk")),
            ["High Street 5", "London", "VERENIGD KONINKRIJK"]
        );
    }

    #[test]
    fn salutations() {
        let table = [
            (Some(("P. Bakker", Form::Heer)), "Geachte heer Bakker,"),
            (Some(("M. van der Berg", Form::Mevrouw)), "Geachte mevrouw Van der Berg,"),
            (Some(("mevrouw M. de Vries", Form::Mevrouw)), "Geachte mevrouw De Vries,"),
            (Some(("drs. E. Claassen", Form::Mevrouw)), "Geachte mevrouw Claassen,"),
            (Some(("R. van 't Hof", Form::Heer)), "Geachte heer Van 't Hof,"),
            (Some(("prof. dr. ir. A.J. de Boer MSc", Form::Heer)), "Geachte heer De Boer,"),
            (Some(("Th. Jansen-de Wit", Form::Mevrouw)), "Geachte mevrouw Jansen-de Wit,"),
            (Some(("Pieter Bakker", Form::Heer)), "Geachte heer Bakker,"),
            (Some(("Anna de Vries", Form::Mevrouw)), "Geachte mevrouw De Vries,"),
            (Some(("Bakker", Form::Heer)), "Geachte heer Bakker,"),
            (Some(("van Dijk", Form::Heer)), "Geachte heer Van Dijk,"),
            (Some(("J. 't Hooft", Form::Heer)), "Geachte heer 't Hooft,"),
            (Some(("S. Jansen", Form::Neutral)), "Geachte S. Jansen,"),
            (Some(("drs. E. Claassen", Form::Neutral)), "Geachte E. Claassen,"),
            (Some(("R. van 't Hof", Form::Neutral)), "Geachte R. van 't Hof,"),
            (Some(("mr. J. Smit, LL.M.", Form::Neutral)), "Geachte J. Smit,"),
            (None, "Geachte heer, mevrouw,"),
        ];
        for (addressee, expected) in table {
            assert_eq!(salutation(addressee), expected, "{addressee:?}");
        }
    }

    #[test]
    fn addressees() {
        assert_eq!(addressee("P. Bakker", Form::Heer), "de heer P. Bakker");
        assert_eq!(addressee("drs. E. Claassen", Form::Mevrouw), "mevrouw drs. E. Claassen");
        assert_eq!(addressee("S. Jansen", Form::Neutral), "S. Jansen");
        assert_eq!(addressee("van Dijk", Form::Heer), "de heer Van Dijk");
        assert_eq!(addressee("mevrouw M. de Vries", Form::Mevrouw), "mevrouw M. de Vries");
        assert_eq!(addressee("De heer P. Bakker", Form::Heer), "de heer P. Bakker");
        assert_eq!(addressee("dhr. ir. P. Bakker", Form::Heer), "de heer ir. P. Bakker");
    }

    #[test]
    fn lists_and_capitals() {
        let s = |v: &[&str]| v.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
        assert_eq!(join(&s(&[])), "");
        assert_eq!(join(&s(&["aangetekend"])), "aangetekend");
        assert_eq!(join(&s(&["aangetekend", "per e-mail"])), "aangetekend en per e-mail");
        assert_eq!(join(&s(&["a", "b", "c"])), "a, b en c");
        assert_eq!(capitalize("aangetekend en per e-mail"), "Aangetekend en per e-mail");
        assert_eq!(capitalize("één"), "Één");
        assert_eq!(capitalize(""), "");
    }
}
