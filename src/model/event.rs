//! Something that happened at a place on a day: a battle, a treaty, a summit.

use super::{Date, Lang, Localized, Source};
use serde::{Deserialize, Serialize};

/// Which map layer an event belongs to (the layer toggles use these names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventLayer {
    /// The Russo-Japanese War, 1904–1905.
    War,
    /// Other armed conflicts (1918–22, 1938, 1939, 1945, 1950–53).
    Conflict,
    /// Treaties, declarations, summits and acts of state.
    Diplomacy,
}

impl EventLayer {
    /// The id used in `layers=` and `data-layer`.
    pub fn id(self) -> &'static str {
        match self {
            EventLayer::War => "war",
            EventLayer::Conflict => "conflict",
            EventLayer::Diplomacy => "diplomacy",
        }
    }
}

/// The Julian dates a Russian source gave, kept as written so they can be checked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JulianDates {
    /// The first day, Julian `YYYY-MM-DD`.
    pub date: String,
    /// The last day, Julian.
    #[serde(default)]
    pub end: Option<String>,
}

/// An event on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Stable id (`data-event`), such as `tsushima-1905`.
    pub id: String,
    /// `battle`, `naval-battle`, `siege`, `treaty`, `summit` …
    pub kind: String,
    /// The layer it is drawn on.
    pub layer: EventLayer,
    /// The first day (Gregorian).
    pub date: Date,
    /// The last day, for events of more than one day.
    pub end: Option<Date>,
    /// The Julian dates Russian sources used, before 1918.
    pub julian: Option<JulianDates>,
    /// Names in four languages.
    pub names: Localized,
    /// The place.
    pub place: Localized,
    /// What happened.
    pub description: Localized,
    /// Where it happened (longitude, latitude).
    pub location: (f64, f64),
    /// Where the marker goes for places off the map (Portsmouth, Moscow).
    pub anchor: Option<(f64, f64)>,
    /// Where this comes from.
    pub sources: Vec<Source>,
    /// Where sources disagree.
    pub note: Option<String>,
}

impl Event {
    /// The name in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        self.names.get(lang)
    }

    /// The last day (the first day for one-day events).
    pub fn last_day(&self) -> Date {
        self.end.unwrap_or(self.date)
    }

    /// Whether the event overlaps the days `from..=to`.
    pub fn overlaps(&self, from: Date, to: Date) -> bool {
        self.date <= to && self.last_day() >= from
    }

    /// Where the marker is drawn: the place itself, or its on-map anchor.
    pub fn marker(&self) -> (f64, f64) {
        self.anchor.unwrap_or(self.location)
    }
}
