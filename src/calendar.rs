//! The Dutch working-day calendar for terms in a notice of default.
//!
//! Non-working days are Saturdays, Sundays and the days of art. 3 of the Algemene termijnenwet
//! (ATW): Nieuwjaarsdag, Tweede Paasdag, Hemelvaartsdag, Tweede Pinksterdag, both Christmas
//! days, the King's birthday as celebrated (27 April, or 26 April when the 27th is a Sunday),
//! 5 May in every year (lid 1), Goede Vrijdag (lid 2), and the days a decree declares equal to
//! them (lid 3), kept as data in [`DECREE_DAYS`]. The ATW does not bind a term that a creditor
//! sets, but following it keeps a deadline off days on which nobody can be expected to act.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// A day that the Algemene termijnenwet declares equal to a public holiday, with its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecreeDay {
    /// Year, month, day.
    pub date: (i32, u32, u32),
    /// Where the decree is published or described.
    pub source: &'static str,
}

/// The decree that covers a range of years, and where it can be checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decree {
    /// First year covered.
    pub first_year: i32,
    /// Last year covered.
    pub last_year: i32,
    /// The decree, and where it is published or described.
    pub source: &'static str,
}

const DECREE_2017: &str = "Besluit gelijkstelling dagen 2017-2019 (art. 3 lid 3 ATW), Stcrt. 2016, \
                           58653";
const DECREE_2023: &str = "Besluit gelijkstelling dagen 2023-2025 (art. 3 lid 3 ATW); list as \
                           published at https://sterfgeval.nl/juridisch/overige/vragen-van-\
                           uitvaartondernemers/gemeentelijke-feestdag-bij-lijkbezorging-\
                           feestdagen-in-2026-2028/70745";
const DECREE_2026: &str = "Besluit gelijkstelling dagen 2026-2028 (art. 3 lid 3 ATW); list as \
                           published at https://sterfgeval.nl/juridisch/overige/vragen-van-\
                           uitvaartondernemers/gemeentelijke-feestdag-bij-lijkbezorging-\
                           feestdagen-in-2026-2028/70745";

/// The decrees in the table. A year outside them may have decree days the tool does not know.
pub const DECREES: &[Decree] = &[
    Decree { first_year: 2017, last_year: 2019, source: DECREE_2017 },
    Decree { first_year: 2023, last_year: 2025, source: DECREE_2023 },
    Decree { first_year: 2026, last_year: 2028, source: DECREE_2026 },
];

/// Days declared equal to public holidays for the ATW (art. 3 lid 3). Update this table when a
/// new decree is published (usually every three years), together with [`DECREES`].
pub const DECREE_DAYS: &[DecreeDay] = &[
    DecreeDay { date: (2017, 4, 28), source: DECREE_2017 },
    DecreeDay { date: (2017, 5, 26), source: DECREE_2017 },
    DecreeDay { date: (2018, 5, 11), source: DECREE_2017 },
    DecreeDay { date: (2018, 12, 24), source: DECREE_2017 },
    DecreeDay { date: (2018, 12, 31), source: DECREE_2017 },
    DecreeDay { date: (2019, 5, 31), source: DECREE_2017 },
    DecreeDay { date: (2019, 12, 27), source: DECREE_2017 },
    DecreeDay { date: (2023, 4, 28), source: DECREE_2023 },
    DecreeDay { date: (2023, 5, 19), source: DECREE_2023 },
    DecreeDay { date: (2024, 5, 10), source: DECREE_2023 },
    DecreeDay { date: (2024, 12, 27), source: DECREE_2023 },
    DecreeDay { date: (2025, 5, 30), source: DECREE_2023 },
    DecreeDay { date: (2026, 1, 2), source: DECREE_2026 },
    DecreeDay { date: (2026, 5, 15), source: DECREE_2026 },
    DecreeDay { date: (2027, 5, 7), source: DECREE_2026 },
    DecreeDay { date: (2028, 4, 28), source: DECREE_2026 },
    DecreeDay { date: (2028, 5, 26), source: DECREE_2026 },
];

/// Why a day is not a working day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOff {
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
    /// A public holiday of art. 3 lid 1 or 2 ATW, with its Dutch name.
    Holiday(&'static str),
    /// A day declared equal to a public holiday by decree (art. 3 lid 3 ATW).
    Decree(&'static str),
}

/// Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm: Meeus, Jones,
/// Butcher).
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    // month is 3 or 4 and day 1..=31 by construction; the fallback is never taken.
    NaiveDate::from_ymd_opt(year, month.unsigned_abs(), day.unsigned_abs())
        .unwrap_or(NaiveDate::MIN)
}

/// The day the King's birthday is celebrated: 27 April, or Saturday 26 April when the 27th is
/// a Sunday.
pub fn kings_day(year: i32) -> Option<NaiveDate> {
    let day = NaiveDate::from_ymd_opt(year, 4, 27)?;
    if day.weekday() == Weekday::Sun { day.pred_opt() } else { Some(day) }
}

/// Why `date` is not a working day, or `None` when it is one.
pub fn day_off(date: NaiveDate) -> Option<DayOff> {
    let year = date.year();
    let (month, day) = (date.month(), date.day());
    let fixed = match (month, day) {
        (1, 1) => Some("Nieuwjaarsdag"),
        (5, 5) => Some("Bevrijdingsdag (5 mei)"),
        (12, 25) => Some("Eerste Kerstdag"),
        (12, 26) => Some("Tweede Kerstdag"),
        _ => None,
    };
    if let Some(name) = fixed {
        return Some(DayOff::Holiday(name));
    }
    if kings_day(year) == Some(date) {
        return Some(DayOff::Holiday("Koningsdag"));
    }
    let easter = easter_sunday(year);
    let offset = date.signed_duration_since(easter).num_days();
    let moving = match offset {
        -2 => Some("Goede Vrijdag"),
        1 => Some("Tweede Paasdag"),
        39 => Some("Hemelvaartsdag"),
        50 => Some("Tweede Pinksterdag"),
        _ => None,
    };
    if let Some(name) = moving {
        return Some(DayOff::Holiday(name));
    }
    if let Some(decree) = DECREE_DAYS.iter().find(|d| d.date == (year, month, day)) {
        return Some(DayOff::Decree(decree.source));
    }
    match date.weekday() {
        Weekday::Sat => Some(DayOff::Saturday),
        Weekday::Sun => Some(DayOff::Sunday),
        _ => None,
    }
}

/// Whether `date` is a working day.
pub fn is_working_day(date: NaiveDate) -> bool {
    day_off(date).is_none()
}

/// `date` itself when it is a working day, else the first working day after it.
pub fn on_or_next_working_day(date: NaiveDate) -> NaiveDate {
    let mut day = date;
    while !is_working_day(day) {
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    day
}

/// The `n`-th working day after `start`, counting from the day after it. For `n == 0`, `start`.
pub fn add_working_days(start: NaiveDate, n: u32) -> NaiveDate {
    count_working_days(start, n, NaiveDate::succ_opt)
}

/// The `n`-th working day before `end`, counting from the day before it. For `n == 0`, `end`.
/// The reminder before a deadline: two working days before Monday 28 December 2026 is
/// Wednesday 23 December (Christmas and the weekend are skipped).
pub fn sub_working_days(end: NaiveDate, n: u32) -> NaiveDate {
    count_working_days(end, n, NaiveDate::pred_opt)
}

/// The `n`-th working day from `from`, stepping with `step` (a day later or earlier).
fn count_working_days(
    from: NaiveDate,
    n: u32,
    step: fn(&NaiveDate) -> Option<NaiveDate>,
) -> NaiveDate {
    let mut day = from;
    let mut left = n;
    while left > 0 {
        match step(&day) {
            Some(next) => day = next,
            None => break,
        }
        if is_working_day(day) {
            left -= 1;
        }
    }
    day
}

/// `n` calendar days after `start`, moved forward to the next working day when it falls on a
/// weekend or public holiday.
pub fn add_days_to_working_day(start: NaiveDate, n: u32) -> NaiveDate {
    let end = start.checked_add_days(Days::new(u64::from(n))).unwrap_or(NaiveDate::MAX);
    on_or_next_working_day(end)
}

/// Whether the decree table covers `year`.
pub fn decree_covers(year: i32) -> bool {
    DECREES.iter().any(|d| (d.first_year..=d.last_year).contains(&year))
}

/// The years from `from` to `to` (inclusive) that the decree table does not cover.
pub fn uncovered_years(from: NaiveDate, to: NaiveDate) -> Vec<i32> {
    (from.year()..=to.year()).filter(|y| !decree_covers(*y)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn easter_matches_known_dates() {
        for (year, month, day) in [
            (2016, 3, 27),
            (2022, 4, 17),
            (2023, 4, 9),
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2028, 4, 16),
            (2038, 4, 25),
            (2285, 3, 22),
        ] {
            assert_eq!(easter_sunday(year), d(year, month, day), "{year}");
        }
    }

    #[test]
    fn holidays_of_the_legal_brief() {
        // Goede Vrijdag, Tweede Paasdag, Koningsdag, Hemelvaart, Tweede Pinksterdag.
        let table = [
            (2022, [(4, 15), (4, 18), (4, 27), (5, 26), (6, 6)]),
            (2024, [(3, 29), (4, 1), (4, 27), (5, 9), (5, 20)]),
            (2025, [(4, 18), (4, 21), (4, 26), (5, 29), (6, 9)]),
            (2026, [(4, 3), (4, 6), (4, 27), (5, 14), (5, 25)]),
            (2027, [(3, 26), (3, 29), (4, 27), (5, 6), (5, 17)]),
            (2028, [(4, 14), (4, 17), (4, 27), (5, 25), (6, 5)]),
        ];
        let names = [
            "Goede Vrijdag",
            "Tweede Paasdag",
            "Koningsdag",
            "Hemelvaartsdag",
            "Tweede Pinksterdag",
        ];
        for (year, days) in table {
            for ((month, day), name) in days.into_iter().zip(names) {
                assert_eq!(day_off(d(year, month, day)), Some(DayOff::Holiday(name)), "{year}");
            }
        }
    }

    #[test]
    fn kings_day_moves_to_saturday_when_the_27th_is_a_sunday() {
        assert_eq!(kings_day(2025), Some(d(2025, 4, 26)));
        assert_eq!(kings_day(2014), Some(d(2014, 4, 26)));
        assert_eq!(kings_day(2031), Some(d(2031, 4, 26)));
        assert_eq!(kings_day(2026), Some(d(2026, 4, 27)));
        assert_eq!(day_off(d(2025, 4, 27)), Some(DayOff::Sunday));
    }

    #[test]
    fn fifth_of_may_every_year_and_fixed_days() {
        for year in [2026, 2027, 2029, 2030] {
            assert_eq!(day_off(d(year, 5, 5)), Some(DayOff::Holiday("Bevrijdingsdag (5 mei)")));
        }
        assert!(!is_working_day(d(2026, 1, 1)));
        assert!(!is_working_day(d(2026, 12, 25)));
        assert!(!is_working_day(d(2026, 12, 26)));
        assert!(is_working_day(d(2026, 12, 24)));
        assert!(is_working_day(d(2026, 12, 31)));
    }

    #[test]
    fn decree_days_are_days_off() {
        for day in DECREE_DAYS {
            let (y, m, dd) = day.date;
            let date = d(y, m, dd);
            assert!(matches!(day_off(date), Some(DayOff::Decree(_))), "{date}");
            assert!(matches!(date.weekday(), Weekday::Mon | Weekday::Fri), "{date}");
            assert!(decree_covers(y));
        }
        // An ordinary Friday after Hemelvaart outside the table is a working day.
        assert!(is_working_day(d(2029, 5, 11)));
    }

    #[test]
    fn roll_forward_vectors_of_the_legal_brief() {
        let cases = [
            (d(2026, 4, 25), d(2026, 4, 28)),   // Sat → Sun → Koningsdag → Tue
            (d(2026, 5, 14), d(2026, 5, 18)),   // Hemelvaart → decree Fri → weekend → Mon
            (d(2025, 4, 18), d(2025, 4, 22)),   // Goede Vrijdag → weekend → Tweede Paasdag → Tue
            (d(2026, 1, 1), d(2026, 1, 5)),     // Nieuwjaar → decree Fri → weekend → Mon
            (d(2026, 12, 25), d(2026, 12, 28)), // Kerst → Kerst → Sun → Mon
        ];
        for (from, to) in cases {
            assert_eq!(on_or_next_working_day(from), to, "{from}");
            assert_eq!(add_days_to_working_day(from, 0), to, "{from}");
        }
    }

    #[test]
    fn working_days_count_from_the_day_after() {
        // Tue 1 Dec 2026 + 10 working days = Tue 15 Dec 2026.
        assert_eq!(add_working_days(d(2026, 12, 1), 10), d(2026, 12, 15));
        // Over Christmas: Fri 18 Dec + 5 = Mon 21, Tue 22, Wed 23, Thu 24, Mon 28.
        assert_eq!(add_working_days(d(2026, 12, 18), 5), d(2026, 12, 28));
        // From a Saturday: the Monday is the first working day.
        assert_eq!(add_working_days(d(2026, 11, 28), 1), d(2026, 11, 30));
        // Over Easter and Koningsdag 2026.
        assert_eq!(add_working_days(d(2026, 4, 1), 2), d(2026, 4, 7));
        assert_eq!(add_working_days(d(2026, 4, 24), 1), d(2026, 4, 28));
        // Back from a deadline: Mon 28 Dec 2026 - 2 = Wed 23 Dec; Tue 7 Apr 2026 - 2 = Wed 1
        // Apr (Tweede Paasdag and Goede Vrijdag skipped); Tue 28 Apr 2026 - 1 = Fri 24 Apr
        // (Koningsdag skipped).
        assert_eq!(sub_working_days(d(2026, 12, 28), 2), d(2026, 12, 23));
        assert_eq!(sub_working_days(d(2026, 4, 7), 2), d(2026, 4, 1));
        assert_eq!(sub_working_days(d(2026, 4, 28), 1), d(2026, 4, 24));
        assert_eq!(sub_working_days(d(2026, 12, 15), 0), d(2026, 12, 15));
        // Calendar days: 14 days from Tue 1 Dec 2026 is Tue 15 Dec.
        assert_eq!(add_days_to_working_day(d(2026, 12, 1), 14), d(2026, 12, 15));
        // 24 days from 1 Dec is Fri 25 Dec: moves to Mon 28 Dec.
        assert_eq!(add_days_to_working_day(d(2026, 12, 1), 24), d(2026, 12, 28));
    }

    #[test]
    fn uncovered_years_are_listed() {
        assert_eq!(uncovered_years(d(2028, 12, 20), d(2029, 1, 10)), vec![2029]);
        assert!(uncovered_years(d(2026, 12, 1), d(2027, 1, 10)).is_empty());
        assert_eq!(uncovered_years(d(2021, 1, 1), d(2021, 2, 1)), vec![2021]);
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (0i64..365 * 40).prop_map(|offset| d(2010, 1, 1) + chrono::Duration::days(offset))
    }

    proptest! {
        #[test]
        fn working_day_deadline_is_a_later_working_day(start in any_date(), n in 1u32..=250) {
            let end = add_working_days(start, n);
            prop_assert!(end > start);
            prop_assert!(is_working_day(end));
            let between = start.iter_days().skip(1).take_while(|day| *day <= end);
            prop_assert_eq!(between.filter(|day| is_working_day(*day)).count(), n as usize);
        }

        #[test]
        fn counting_back_undoes_counting_forward(start in any_date(), n in 1u32..=250) {
            let end = add_working_days(start, n);
            let back = sub_working_days(end, n);
            // Back lands on the start, or on the last working day before it when the start
            // is a day off.
            prop_assert!(back <= start);
            prop_assert!(is_working_day(back));
            prop_assert!(back.iter_days().skip(1).take_while(|day| *day <= start).all(|day| !is_working_day(day)));
        }

        #[test]
        fn longer_terms_never_end_earlier(start in any_date(), n in 1u32..=249) {
            prop_assert!(add_working_days(start, n + 1) > add_working_days(start, n));
            prop_assert!(add_days_to_working_day(start, n + 1) >= add_days_to_working_day(start, n));
        }

        #[test]
        fn calendar_day_deadline_is_a_working_day_at_or_after_the_end(
            start in any_date(),
            n in 1u32..=365,
        ) {
            let end = add_days_to_working_day(start, n);
            prop_assert!(is_working_day(end));
            prop_assert!(end >= start + chrono::Duration::days(i64::from(n)));
            // Never more than a long weekend plus holidays later.
            prop_assert!(end <= start + chrono::Duration::days(i64::from(n) + 5));
        }
    }
}
