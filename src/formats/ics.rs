//! The agenda of a notice as an iCalendar file (RFC 5545): one all-day entry per date, each
//! with a reminder at nine in the morning of its day. The ids and the time stamp come from
//! the case, never from the clock, so the same case gives the same bytes; an agenda that reads
//! the file twice updates its entries instead of doubling them.

use std::fmt::Write as _;

use crate::documents::agenda::Agenda;

/// The PRODID: the program and its version.
const PRODUCT: &str = concat!("-//ingebrekestelling//", env!("CARGO_PKG_VERSION"), "//NL");

/// The agenda as an `.ics` file.
pub fn write(agenda: &Agenda) -> Vec<u8> {
    let mut out = String::with_capacity(2048);
    let stamp = agenda.stamp.format("%Y%m%dT000000Z").to_string();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, &format!("PRODID:{PRODUCT}"));
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    for event in &agenda.events {
        let next = event.date.succ_opt().unwrap_or(event.date);
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}-{}@ingebrekestelling", agenda.key, event.kind));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        line(&mut out, &format!("DTSTART;VALUE=DATE:{}", event.date.format("%Y%m%d")));
        line(&mut out, &format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")));
        line(&mut out, &format!("SUMMARY:{}", text(&event.summary)));
        line(&mut out, &format!("DESCRIPTION:{}", text(&event.description)));
        line(&mut out, "TRANSP:TRANSPARENT");
        line(&mut out, "BEGIN:VALARM");
        line(&mut out, "ACTION:DISPLAY");
        line(&mut out, "TRIGGER;RELATED=START:PT9H");
        line(&mut out, &format!("DESCRIPTION:{}", text(&event.summary)));
        line(&mut out, "END:VALARM");
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out.into_bytes()
}

/// A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes one content line, folded so that no line is longer than 75 octets (the
/// continuation's leading space included), never inside a UTF-8 sequence, ended by CRLF.
fn line(out: &mut String, content: &str) {
    let mut rest = content;
    let mut limit = 75;
    while rest.len() > limit {
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        limit = 74;
    }
    let _ = write!(out, "{rest}\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unfold(text: &str) -> String {
        text.replace("\r\n ", "")
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        for len in 60..200 {
            for filler in ["a", "é", "€", "😀"] {
                let value: String = filler.repeat(len);
                let mut out = String::new();
                line(&mut out, &format!("SUMMARY:{value}"));
                for physical in out.split_terminator("\r\n") {
                    assert!(physical.len() <= 75, "{len} {filler}: {physical:?}");
                }
                assert_eq!(unfold(&out), format!("SUMMARY:{value}\r\n"));
            }
        }
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(text("a, b; c\\d\r\ne"), "a\\, b\\; c\\\\d\\ne");
    }
}
