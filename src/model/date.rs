//! A calendar day. Historical dates need nothing more than day precision, and a tiny type of our
//! own keeps the wasm small and lets us convert to the Julian calendar that Russian sources used
//! until 1918.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A day in the proleptic Gregorian calendar. Ordered chronologically.
///
/// ```
/// use rj_atlas::model::Date;
/// let shimoda: Date = "1855-02-07".parse().unwrap();
/// assert_eq!(shimoda.year(), 1855);
/// assert_eq!(shimoda.to_string(), "1855-02-07");
/// assert!(shimoda < Date::end_of_year(1855));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a text is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Format(String),
    /// The month is not 1–12.
    Month(String),
    /// The day does not exist in that month.
    Day(String),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format(s) => write!(f, "“{s}” is not a date of the form YYYY-MM-DD"),
            DateError::Month(s) => write!(f, "“{s}” has no such month"),
            DateError::Day(s) => write!(f, "“{s}” has no such day in that month"),
        }
    }
}

impl std::error::Error for DateError {}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(year) => 29,
        _ => 28,
    }
}

impl Date {
    /// A date known to be valid (for constants). Use [`Date::new`] for anything else.
    pub const fn new_unchecked(year: i32, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// A date, if that day exists in the Gregorian calendar.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// 31 December of `year`: the day the map shows when a year is selected.
    pub fn end_of_year(year: i32) -> Date {
        Date::new_unchecked(year, 12, 31)
    }

    /// 1 January of `year`.
    pub fn start_of_year(year: i32) -> Date {
        Date::new_unchecked(year, 1, 1)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's `days_from_civil`.
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (Hinnant's `civil_from_days`).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The last day of this date's month moved by `months` (negative: back): the steps of the
    /// month-by-month mode.
    ///
    /// ```
    /// use rj_atlas::model::Date;
    /// let d = Date::new(1904, 1, 15).unwrap();
    /// assert_eq!(d.end_of_month_after(1), Date::new(1904, 2, 29).unwrap());
    /// assert_eq!(d.end_of_month_after(-1), Date::new(1903, 12, 31).unwrap());
    /// assert_eq!(d.end_of_month_after(0), Date::new(1904, 1, 31).unwrap());
    /// ```
    pub fn end_of_month_after(self, months: i32) -> Date {
        let index = self.year * 12 + i32::from(self.month) - 1 + months;
        let (year, month) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8);
        Date::new_unchecked(year, month, days_in_month(year, month))
    }

    /// The first day of this date's month.
    pub fn start_of_month(self) -> Date {
        Date::new_unchecked(self.year, self.month, 1)
    }

    /// The day after.
    pub fn succ(self) -> Date {
        Date::from_days(self.to_days() + 1)
    }

    /// The day before.
    pub fn pred(self) -> Date {
        Date::from_days(self.to_days() - 1)
    }

    /// The same day as written in the Julian calendar (year, month, day), as Russian sources did
    /// until 1 February 1918 (Julian) became 14 February 1918 (Gregorian).
    ///
    /// ```
    /// use rj_atlas::model::Date;
    /// // The attack on Port Arthur: 27 January 1904 in Russian sources.
    /// let attack = Date::new(1904, 2, 9).unwrap();
    /// assert_eq!(attack.to_julian(), (1904, 1, 27));
    /// ```
    pub fn to_julian(self) -> (i32, u8, u8) {
        // Julian day number of the Gregorian date, then the Julian calendar from it.
        let jdn = self.to_days() + 2_440_588;
        let c = jdn + 32_082;
        let d = (4 * c + 3) / 1461;
        let e = c - 1461 * d / 4;
        let m = (5 * e + 2) / 153;
        let day = (e - (153 * m + 2) / 5 + 1) as u8;
        let month = (m + 3 - 12 * (m / 10)) as u8;
        let year = (d - 4800 + m / 10) as i32;
        (year, month, day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Date, DateError> {
        let format = || DateError::Format(s.chars().take(40).collect());
        let bytes = s.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(format());
        }
        let digits = |r: std::ops::Range<usize>| -> Result<u32, DateError> {
            let part = &s[r];
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| format())
            } else {
                Err(format())
            }
        };
        let year = digits(0..4)? as i32;
        let month = digits(5..7)? as u8;
        let day = digits(8..10)? as u8;
        if !(1..=12).contains(&month) {
            return Err(DateError::Month(s.to_string()));
        }
        Date::new(year, month, day).ok_or_else(|| DateError::Day(s.to_string()))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        assert_eq!("1905-09-05".parse(), Ok(Date::new_unchecked(1905, 9, 5)));
        assert!(matches!(
            "1905-13-45".parse::<Date>(),
            Err(DateError::Month(_))
        ));
        assert!(matches!(
            "1905-02-29".parse::<Date>(),
            Err(DateError::Day(_))
        ));
        assert!("1904-02-29".parse::<Date>().is_ok());
        assert!(matches!(
            "1905-9-5".parse::<Date>(),
            Err(DateError::Format(_))
        ));
        assert!(matches!(
            "+905-09-05".parse::<Date>(),
            Err(DateError::Format(_))
        ));
        assert!(matches!(
            "๑๙๐๕-09-05".parse::<Date>(),
            Err(DateError::Format(_))
        ));
    }

    #[test]
    fn day_numbers_round_trip() {
        for days in [-60_000, -41_000, -1, 0, 1, 16_000, 20_000] {
            assert_eq!(Date::from_days(days).to_days(), days);
        }
        assert_eq!(Date::new_unchecked(1970, 1, 1).to_days(), 0);
        assert_eq!(
            Date::new_unchecked(1904, 12, 31).succ(),
            Date::new_unchecked(1905, 1, 1)
        );
        assert_eq!(
            Date::new_unchecked(1900, 3, 1).pred(),
            Date::new_unchecked(1900, 2, 28)
        );
    }

    #[test]
    fn julian_dates_of_known_events() {
        // Tsushima: 27–28 May 1905 (Gregorian) = 14–15 May (Julian).
        assert_eq!(Date::new_unchecked(1905, 5, 27).to_julian(), (1905, 5, 14));
        // Shimoda: 7 February 1855 = 26 January 1855 (Julian), 12 days apart in the 19th century.
        assert_eq!(Date::new_unchecked(1855, 2, 7).to_julian(), (1855, 1, 26));
        // The switch: 14 February 1918 (Gregorian) followed 31 January 1918 (Julian).
        assert_eq!(Date::new_unchecked(1918, 2, 14).to_julian(), (1918, 2, 1));
    }
}
