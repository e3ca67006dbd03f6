//! The long texts of the details panel — descriptions, places, Julian dates, the basis of each
//! period, sources and notes — read from `details/*.json`, which `cargo xtask dist` makes from
//! the same `geodata/` files and the app fetches only when a reader first opens a panel.

use super::DataError;
use crate::model::{JulianDates, Localized, Source};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::collections::BTreeMap;

/// What a period of control adds in the panel.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct PeriodDetails {
    /// Why or how the period began, one sentence.
    #[serde(default)]
    pub basis: Option<Localized>,
    /// Where to check it.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Where sources disagree, and what the atlas chose.
    #[serde(default)]
    pub note: Option<String>,
}

/// What a territory adds: what land the id covers, and each period's details in history order.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct TerritoryDetails {
    /// One sentence on the land this id covers (English).
    #[serde(default)]
    pub extent: Option<String>,
    /// In the order of the territory's periods.
    #[serde(default)]
    pub periods: Vec<PeriodDetails>,
}

/// What an event adds.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct EventDetails {
    /// Where it happened.
    #[serde(default)]
    pub place: Localized,
    /// Two to four sentences.
    #[serde(default)]
    pub description: Localized,
    /// The dates as Russian sources gave them (Julian calendar, before 1918).
    #[serde(default)]
    pub julian: Option<JulianDates>,
    /// Where to check it.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Where sources disagree.
    #[serde(default)]
    pub note: Option<String>,
}

/// What a sister-city pair adds.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SisterDetails {
    /// The regions of the Russian and the Japanese city.
    #[serde(default)]
    pub regions: Vec<Option<Localized>>,
    /// `day`, `month` or `year`: how exactly the date is known.
    #[serde(default)]
    pub precision: Option<String>,
    /// Where to check it.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Where sources disagree.
    #[serde(default)]
    pub note: Option<String>,
}

/// Details by id.
pub type DetailsById<T> = BTreeMap<String, T>;

/// Reads one `details/*.json` file.
///
/// ```
/// use rj_atlas::data::details::{parse_details, EventDetails};
/// let text = r#"{"tsushima-1905": {"description": {"en": "The Baltic Fleet is destroyed."}}}"#;
/// let events = parse_details::<EventDetails>("details/events.json", text).unwrap();
/// assert_eq!(events["tsushima-1905"].description.en, "The Baltic Fleet is destroyed.");
/// assert!(parse_details::<EventDetails>("details/events.json", "[1]").is_err());
/// ```
pub fn parse_details<T: DeserializeOwned>(
    file: &str,
    text: &str,
) -> Result<DetailsById<T>, DataError> {
    serde_json::from_str(text).map_err(|e| DataError::syntax(file, e))
}
