//! The dates of a notice for the agenda: the day the term ends, the day the supplier must have
//! confirmed (a two-step notice), and a reminder two working days before the end, each with
//! what to do that day. What the agenda says is here; how it is written is
//! [`crate::formats::ics`].

use chrono::NaiveDate;

use crate::calendar;
use crate::case::{Case, SendMethod};
use crate::dutch;

/// Working days between the reminder and the last day of the term.
pub const REMINDER_WORKING_DAYS: u32 = 2;

/// The agenda of one notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agenda {
    /// The date the entries were made: the letter's date, never the clock.
    pub stamp: NaiveDate,
    /// What makes the entries' ids unique to this notice.
    pub key: String,
    /// The entries, in date order.
    pub events: Vec<Event>,
}

/// One all-day entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// What the entry is, for its id: `termijn`, `bevestiging`, `herinnering`.
    pub kind: &'static str,
    /// The day.
    pub date: NaiveDate,
    /// The title in the agenda.
    pub summary: String,
    /// What to do that day.
    pub description: String,
}

/// The agenda for the notice of `case`.
pub fn compose(case: &Case) -> Agenda {
    let supplier = &case.supplier.party.organisation;
    let notice = dutch::date(case.letter.date);
    let deadline = case.deadline.date;
    let deadline_text = dutch::date_with_weekday(deadline);
    let first_day_of_default = deadline.succ_opt().map(dutch::date).unwrap_or_default();
    // The letter names one obligation or several: the agenda says it the same way.
    let obligations =
        if case.breaches.len() == 1 { "de verplichting" } else { "de verplichtingen" };
    let reference =
        case.letter.reference.as_deref().map(|r| format!(" met kenmerk {r}")).unwrap_or_default();
    let follow_up = format!(
        "Leg vast wat er wel en niet is gedaan, met bewijs (bijvoorbeeld overzichten, meldingen \
         en e-mails). Vul daarna in het dossier het blok follow_up in en maak de brief na \
         verzuim met het commando ingebrekestelling render --document follow-up. Verstuur die \
         brief niet vóór {first_day_of_default}."
    );

    let mut events = Vec::new();
    let reminder = calendar::sub_working_days(deadline, REMINDER_WORKING_DAYS);
    if reminder > case.letter.date {
        events.push(Event {
            kind: "herinnering",
            date: reminder,
            summary: format!("Termijn ingebrekestelling {supplier} verloopt over twee werkdagen"),
            description: format!(
                "{last} is de laatste dag van de termijn in de ingebrekestelling van \
                 {notice}{reference} over de overeenkomst „{title}”. Ga na wat {supplier} heeft \
                 gedaan en verzamel het bewijs, zodat u na de termijn meteen kunt handelen. Ga \
                 ook na of de ingebrekestelling is ontvangen ({proof}).",
                last = dutch::capitalize(&deadline_text),
                proof = if case.letter.sent_by.contains(&SendMethod::RegisteredMail) {
                    "bijvoorbeeld een ontvangstbevestiging of het bezorgbewijs van de aangetekende \
                     brief"
                } else {
                    "bijvoorbeeld een ontvangstbevestiging"
                },
                title = case.contract.title,
            ),
        });
    }
    if let Some(confirm) = case.confirm_within {
        events.push(Event {
            kind: "bevestiging",
            date: confirm.date,
            summary: format!("Uiterste dag toezegging {supplier}"),
            description: format!(
                "Uiterlijk vandaag moet {supplier} schriftelijk toezeggen dat zij \
                 {obligations} uiterlijk op {deadline_text} volledig nakomt, en aangeven hoe \
                 en wanneer (ingebrekestelling van {notice}{reference}). Komt er geen \
                 toereikende toezegging, dan kan {supplier} \
                 vanaf {next} in verzuim zijn; dat hangt af van de omstandigheden. Een \
                 toezegging is toereikend als die onvoorwaardelijk is en alles dekt wat de \
                 brief vraagt. Bewaar de toezegging of leg vast dat die uitbleef. \
                 Ontbind niet op deze grond zonder juridisch advies.",
                next = confirm.date.succ_opt().map(dutch::date).unwrap_or_default(),
            ),
        });
    }
    events.push(Event {
        kind: "termijn",
        date: deadline,
        summary: format!("Termijn ingebrekestelling {supplier} verloopt"),
        description: format!(
            "Vandaag is de laatste dag van de termijn in de ingebrekestelling van \
             {notice}{reference} over de overeenkomst „{title}”. {open} aan het eind \
             van vandaag niet volledig nagekomen, dan is {supplier} vanaf \
             {first_day_of_default} in verzuim{earlier}. {follow_up}",
            earlier =
                if case.confirm_within.is_some() { ", als dat niet al eerder zo was" } else { "" },
            open = if case.breaches.len() == 1 {
                "Is de verplichting"
            } else {
                "Zijn de verplichtingen"
            },
            title = case.contract.title,
        ),
    });
    events.sort_by_key(|e| e.date);
    Agenda { stamp: case.letter.date, key: key(case), events }
}

/// A short id of the notice: the same case gives the same id, another notice (other parties,
/// contract, reference or date) another one. FNV-1a over the fields, as 16 hex digits.
pub fn key(case: &Case) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let date = case.letter.date.to_string();
    let fields = [
        case.sender.party.organisation.as_str(),
        case.supplier.party.organisation.as_str(),
        case.contract.title.as_str(),
        case.letter.reference.as_deref().unwrap_or_default(),
        date.as_str(),
    ];
    for field in fields {
        for byte in field.bytes().chain([0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}
