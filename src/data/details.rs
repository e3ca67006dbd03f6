//! The long texts of the details panel — descriptions, places, Julian dates, the basis of each
//! period, sources and notes — read from `details/*.json`, which `cargo xtask dist` makes from
//! the same `geodata/` files and the app fetches only when a reader first opens a panel.
//!
//! The records are read from a JSON value by hand ([`DetailsEntry`]), not by serde's derive, and
//! the text is turned into that value by a parser the caller gives ([`read_details`]): in the
//! browser it is `JSON.parse`. So the first-load build carries neither serde_json's parser nor
//! serde's deserializer with the float formatting its messages use — about 17 KB of the first
//! load's gzip. Natively, [`parse_details`] reads with serde_json.

use super::DataError;
use crate::model::{JulianDates, Localized, Source};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// What a period of control adds in the panel.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PeriodDetails {
    /// Why or how the period began, one sentence.
    pub basis: Option<Localized>,
    /// Where to check it.
    pub sources: Vec<Source>,
    /// Where sources disagree, and what the atlas chose.
    pub note: Option<String>,
}

/// What a territory adds: what land the id covers, and each period's details in history order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TerritoryDetails {
    /// One sentence on the land this id covers (English).
    pub extent: Option<String>,
    /// In the order of the territory's periods.
    pub periods: Vec<PeriodDetails>,
}

/// What an event adds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventDetails {
    /// Where it happened.
    pub place: Localized,
    /// Two to four sentences.
    pub description: Localized,
    /// The dates as Russian sources gave them (Julian calendar, before 1918).
    pub julian: Option<JulianDates>,
    /// Where to check it.
    pub sources: Vec<Source>,
    /// Where sources disagree.
    pub note: Option<String>,
}

/// What a sister-city pair adds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SisterDetails {
    /// The regions of the Russian and the Japanese city.
    pub regions: Vec<Option<Localized>>,
    /// `day`, `month` or `year`: how exactly the date is known.
    pub precision: Option<String>,
    /// Where to check it.
    pub sources: Vec<Source>,
    /// Where sources disagree.
    pub note: Option<String>,
}

/// Details by id.
pub type DetailsById<T> = BTreeMap<String, T>;

/// A record of a details file, read from its JSON value. An optional field that is absent or
/// `null` takes its default; a required one (`en` of a text, `title` of a source, `date` of
/// Julian dates) must be there; fields the atlas does not know are ignored; a field of the
/// wrong type is an error that names it.
pub trait DetailsEntry: Sized {
    /// Reads one record.
    fn read(value: &Value) -> Result<Self, String>;
}

/// Reads one `details/*.json` file with serde_json.
///
/// ```
/// use rj_atlas::data::details::{parse_details, EventDetails};
/// let text = r#"{"tsushima-1905": {"description": {"en": "The Baltic Fleet is destroyed."}}}"#;
/// let events = parse_details::<EventDetails>("details/events.json", text).unwrap();
/// assert_eq!(events["tsushima-1905"].description.en, "The Baltic Fleet is destroyed.");
/// assert!(parse_details::<EventDetails>("details/events.json", "[1]").is_err());
/// ```
pub fn parse_details<T: DetailsEntry>(file: &str, text: &str) -> Result<DetailsById<T>, DataError> {
    read_details(file, text, |t| {
        serde_json::from_str(t).map_err(|e| e.to_string())
    })
}

/// Reads one `details/*.json` file, its text parsed by `parse` (the browser's `JSON.parse` in
/// the app): an object of records by id.
pub fn read_details<T: DetailsEntry>(
    file: &str,
    text: &str,
    parse: impl Fn(&str) -> Result<Value, String>,
) -> Result<DetailsById<T>, DataError> {
    let value = parse(text).map_err(|e| DataError::syntax(file, e))?;
    let Value::Object(records) = value else {
        return Err(DataError::syntax(
            file,
            format!(
                "expected an object of records by id, found {}",
                kind(&value)
            ),
        ));
    };
    // Inserted one by one rather than collected: collecting into a map sorts first, and that
    // sort, made for each kind of record, would be kilobytes of the first load for nothing (the
    // records come in key order).
    let mut read = DetailsById::new();
    for (id, record) in &records {
        let entry = T::read(record).map_err(|problem| DataError::invalid(file, id, problem))?;
        read.insert(id.clone(), entry);
    }
    Ok(read)
}

/// What a JSON value is, for a message.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn object(value: &Value) -> Result<&Map<String, Value>, String> {
    value
        .as_object()
        .ok_or_else(|| format!("expected an object, found {}", kind(value)))
}

fn text(value: &Value) -> Result<String, String> {
    value
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("expected a text, found {}", kind(value)))
}

/// Field `key`, read by `read`; `None` when absent or `null`.
fn optional<T>(
    fields: &Map<String, Value>,
    key: &str,
    read: impl Fn(&Value) -> Result<T, String>,
) -> Result<Option<T>, String> {
    match fields.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(value) => read(value).map(Some).map_err(|e| format!("“{key}”: {e}")),
    }
}

/// Field `key`, which must be there.
fn required<T>(
    fields: &Map<String, Value>,
    key: &str,
    read: impl Fn(&Value) -> Result<T, String>,
) -> Result<T, String> {
    optional(fields, key, read)?.ok_or_else(|| format!("“{key}” is missing"))
}

/// A list, each item read by `read`.
fn list<T>(
    read: impl Fn(&Value) -> Result<T, String>,
) -> impl Fn(&Value) -> Result<Vec<T>, String> {
    move |value| {
        let items = value
            .as_array()
            .ok_or_else(|| format!("expected a list, found {}", kind(value)))?;
        items
            .iter()
            .enumerate()
            .map(|(i, item)| read(item).map_err(|e| format!("item {}: {e}", i + 1)))
            .collect()
    }
}

fn localized(value: &Value) -> Result<Localized, String> {
    let fields = object(value)?;
    Ok(Localized {
        en: required(fields, "en", text)?,
        th: optional(fields, "th", text)?,
        ru: optional(fields, "ru", text)?,
        ja: optional(fields, "ja", text)?,
    })
}

fn source(value: &Value) -> Result<Source, String> {
    let fields = object(value)?;
    Ok(Source {
        title: required(fields, "title", text)?,
        url: optional(fields, "url", text)?,
        publication: optional(fields, "publication", text)?,
    })
}

fn sources(fields: &Map<String, Value>) -> Result<Vec<Source>, String> {
    Ok(optional(fields, "sources", list(source))?.unwrap_or_default())
}

impl DetailsEntry for PeriodDetails {
    fn read(value: &Value) -> Result<Self, String> {
        let fields = object(value)?;
        Ok(PeriodDetails {
            basis: optional(fields, "basis", localized)?,
            sources: sources(fields)?,
            note: optional(fields, "note", text)?,
        })
    }
}

impl DetailsEntry for TerritoryDetails {
    fn read(value: &Value) -> Result<Self, String> {
        let fields = object(value)?;
        Ok(TerritoryDetails {
            extent: optional(fields, "extent", text)?,
            periods: optional(fields, "periods", list(PeriodDetails::read))?.unwrap_or_default(),
        })
    }
}

impl DetailsEntry for EventDetails {
    fn read(value: &Value) -> Result<Self, String> {
        let fields = object(value)?;
        let julian = |value: &Value| {
            let fields = object(value)?;
            Ok(JulianDates {
                date: required(fields, "date", text)?,
                end: optional(fields, "end", text)?,
            })
        };
        Ok(EventDetails {
            place: optional(fields, "place", localized)?.unwrap_or_default(),
            description: optional(fields, "description", localized)?.unwrap_or_default(),
            julian: optional(fields, "julian", julian)?,
            sources: sources(fields)?,
            note: optional(fields, "note", text)?,
        })
    }
}

impl DetailsEntry for SisterDetails {
    fn read(value: &Value) -> Result<Self, String> {
        let fields = object(value)?;
        let region = |value: &Value| match value {
            Value::Null => Ok(None),
            other => localized(other).map(Some),
        };
        Ok(SisterDetails {
            regions: optional(fields, "regions", list(region))?.unwrap_or_default(),
            precision: optional(fields, "precision", text)?,
            sources: sources(fields)?,
            note: optional(fields, "note", text)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_field_and_ignores_unknown_ones() {
        let text = r#"{"kholmsk--kushiro": {
            "regions": [{"en": "Sakhalin Oblast", "ja": "サハリン州"}, null],
            "precision": "day", "note": "n", "extra": [1, 2],
            "sources": [{"title": "T", "url": "https://example.org"}, {"title": "P", "publication": "Book, p. 3"}]
        }}"#;
        let read = parse_details::<SisterDetails>("details/sisters.json", text).expect("valid");
        let pair = &read["kholmsk--kushiro"];
        assert_eq!(pair.regions.len(), 2);
        assert_eq!(
            pair.regions[0].as_ref().map(|r| r.ja.as_deref()),
            Some(Some("サハリン州"))
        );
        assert_eq!(pair.regions[1], None);
        assert_eq!(pair.precision.as_deref(), Some("day"));
        assert_eq!(pair.sources[1].publication.as_deref(), Some("Book, p. 3"));
        let events = parse_details::<EventDetails>(
            "e",
            r#"{"a": {"julian": {"date": "1904-01-27", "end": null}, "note": null}}"#,
        )
        .expect("valid");
        assert_eq!(
            events["a"].julian.as_ref().map(|j| j.date.as_str()),
            Some("1904-01-27")
        );
        assert_eq!(events["a"].description, Localized::default());
    }

    #[test]
    fn says_which_record_and_field_is_wrong() {
        let wrong = |text: &str| {
            parse_details::<TerritoryDetails>("details/territories.json", text)
                .expect_err("invalid")
                .to_string()
        };
        assert_eq!(
            wrong(r#"{"urup": {"periods": [{}, {"sources": [{"url": "u"}]}]}}"#),
            "details/territories.json: “urup”: “periods”: item 2: “sources”: item 1: “title” is missing"
        );
        assert_eq!(
            wrong(r#"{"urup": {"extent": 5}}"#),
            "details/territories.json: “urup”: “extent”: expected a text, found a number"
        );
        assert!(wrong("[]").contains("expected an object of records by id, found a list"));
        assert!(wrong("{").starts_with("details/territories.json: "));
    }
}
