//! What a teacher may type after `?` (or into an attribute), read strictly: a value the atlas can
//! use, or a [`ParamError`] that says in a sentence what was ignored. Pure, so it is tested
//! natively; the UI shows the messages in a dismissible notice and starts with defaults.

use crate::model::{Lang, FIRST_YEAR, LAST_YEAR};
use std::fmt;

/// Why a parameter was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParamError {
    /// `name=` with nothing after it.
    Empty(&'static str),
    /// Not a whole number.
    NotAYear(String),
    /// A year the atlas does not cover.
    YearOutOfRange(i64),
    /// A language the atlas does not speak.
    UnknownLang(String),
    /// A `view` that is not longitude,latitude,zoom inside the map.
    BadView(String),
    /// A `date` that is not a day the atlas covers.
    BadDate(String),
}

/// At most 40 characters of what was typed, for a message that stays short.
fn shown(value: &str) -> String {
    let mut s: String = value.chars().take(40).collect();
    if value.chars().count() > 40 {
        s.push('…');
    }
    s
}

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParamError::Empty(name) => write!(f, "{name} is empty"),
            ParamError::NotAYear(v) => write!(f, "year “{}” is not a whole year", shown(v)),
            ParamError::YearOutOfRange(y) => {
                write!(f, "year {y} is outside {FIRST_YEAR}–{LAST_YEAR}")
            }
            ParamError::BadDate(v) => write!(
                f,
                "date “{}” is not a day between {FIRST_YEAR}-01-01 and {LAST_YEAR}-12-31 (YYYY-MM-DD)",
                shown(v)
            ),
            ParamError::BadView(v) => write!(
                f,
                "view “{}” is not longitude,latitude,zoom inside the map (zoom 1–64)",
                shown(v)
            ),
            ParamError::UnknownLang(v) => {
                write!(f, "language “{}” is not one of en, th, ru, ja", shown(v))
            }
        }
    }
}

impl std::error::Error for ParamError {}

/// A year the slider can show.
///
/// ```
/// use rj_atlas::params::{parse_year, ParamError};
/// assert_eq!(parse_year("1905"), Ok(1905));
/// assert_eq!(parse_year("99999"), Err(ParamError::YearOutOfRange(99999)));
/// assert!(parse_year("1905.5").is_err());
/// ```
pub fn parse_year(text: &str) -> Result<i32, ParamError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(ParamError::Empty("year"));
    }
    let digits = t.strip_prefix('-').unwrap_or(t);
    if digits.is_empty() || digits.len() > 12 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ParamError::NotAYear(t.to_string()));
    }
    let year: i64 = t.parse().map_err(|_| ParamError::NotAYear(t.to_string()))?;
    i32::try_from(year)
        .ok()
        .filter(|y| (FIRST_YEAR..=LAST_YEAR).contains(y))
        .ok_or(ParamError::YearOutOfRange(year))
}

/// A day the atlas covers, written `YYYY-MM-DD`.
///
/// ```
/// use rj_atlas::params::parse_date;
/// assert_eq!(parse_date("1905-05-27").map(|d| d.to_string()), Ok("1905-05-27".to_string()));
/// assert!(parse_date("1905-13-45").is_err());
/// assert!(parse_date("1854-12-31").is_err());
/// ```
pub fn parse_date(text: &str) -> Result<crate::model::Date, ParamError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(ParamError::Empty("date"));
    }
    t.parse::<crate::model::Date>()
        .ok()
        .filter(|d| (FIRST_YEAR..=LAST_YEAR).contains(&d.year()))
        .ok_or_else(|| ParamError::BadDate(t.to_string()))
}

/// A language the atlas speaks (`th`, `th-TH`, `JA` …).
pub fn parse_lang(text: &str) -> Result<Lang, ParamError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(ParamError::Empty("lang"));
    }
    Lang::from_tag(t).ok_or_else(|| ParamError::UnknownLang(t.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_from_the_issue() {
        assert_eq!(parse_year(" 1945 "), Ok(1945));
        assert_eq!(parse_year("abc"), Err(ParamError::NotAYear("abc".into())));
        assert_eq!(parse_year("-5"), Err(ParamError::YearOutOfRange(-5)));
        assert_eq!(
            parse_year("1905.5"),
            Err(ParamError::NotAYear("1905.5".into()))
        );
        assert_eq!(parse_year(""), Err(ParamError::Empty("year")));
        assert!(matches!(
            parse_year(&"9".repeat(5000)),
            Err(ParamError::NotAYear(_))
        ));
        assert_eq!(parse_year("1854"), Err(ParamError::YearOutOfRange(1854)));
    }

    #[test]
    fn messages_are_short_and_plain() {
        let long = parse_year(&"x".repeat(5000)).expect_err("bad");
        assert!(long.to_string().chars().count() < 80, "{long}");
        assert_eq!(
            parse_lang("xx").expect_err("bad").to_string(),
            "language “xx” is not one of en, th, ru, ja"
        );
        assert_eq!(parse_lang("th-TH"), Ok(Lang::Th));
        let markup = parse_lang("<script>alert(1)</script>")
            .expect_err("bad")
            .to_string();
        assert!(
            markup.contains("<script>"),
            "shown as text, escaped by the UI: {markup}"
        );
    }
}
