//! From the files under `geodata/` to an [`Atlas`], with every problem reported as a
//! [`DataError`] that names the file, the record and what is wrong.

mod bundled;
mod context;
pub mod details;
mod error;
mod events;
mod feature;
mod geometry;
pub mod lod;
mod places;
mod polities;
mod sisters;
pub mod story;
mod territories;
mod trade;
pub mod user_layer;

pub use error::{DataError, DataErrors};

pub use geometry::{check_polygons, in_region, GeoBox, REGION};

use crate::model::Atlas;

/// How much a set of files carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detail {
    /// Everything: sources, notes, descriptions. Every rule is checked.
    Full,
    /// The app's bundled copy, without sources, notes and event descriptions (see `build.rs`);
    /// the rules on those are checked on the full files by the native tests.
    Core,
}

/// The texts of the data files, with the names used in error messages.
#[derive(Clone, Copy, Debug)]
pub struct DataFiles<'a> {
    /// Whether sources and long texts are present.
    pub detail: Detail,
    /// `geodata/history/polities.json`.
    pub polities: &'a str,
    /// `geodata/territories.geojson` (or a level-of-detail copy with the same properties).
    pub territories: &'a str,
    /// `geodata/context.geojson` (or its level-of-detail copy).
    pub context: &'a str,
    /// `geodata/places.geojson`.
    pub places: &'a str,
    /// `geodata/events.geojson`.
    pub events: &'a str,
    /// `geodata/sister-cities.geojson`.
    pub sister_cities: &'a str,
    /// `geodata/trade.json` (the bundled copy keeps each figure's sources for the chart, not
    /// its note).
    pub trade: Option<&'a str>,
}

/// The data as the app bundles it: territory shapes simplified for the whole-region view, and
/// no sources, notes or event descriptions (written by `build.rs`).
pub const BUNDLED: DataFiles<'static> = DataFiles {
    detail: Detail::Core,
    polities: include_str!(concat!(env!("OUT_DIR"), "/polities.json")),
    territories: include_str!(concat!(env!("OUT_DIR"), "/territories.geojson")),
    context: include_str!(concat!(env!("OUT_DIR"), "/context.geojson")),
    places: include_str!(concat!(env!("OUT_DIR"), "/places.geojson")),
    events: include_str!(concat!(env!("OUT_DIR"), "/events.geojson")),
    sister_cities: include_str!(concat!(env!("OUT_DIR"), "/sister-cities.geojson")),
    trade: Some(include_str!(concat!(env!("OUT_DIR"), "/trade.json"))),
};

/// The data files at full resolution (Natural Earth 10 m), for native tests and tools.
#[cfg(not(target_arch = "wasm32"))]
pub const FULL: DataFiles<'static> = DataFiles {
    detail: Detail::Full,
    polities: include_str!("../../geodata/history/polities.json"),
    territories: include_str!("../../geodata/territories.geojson"),
    context: include_str!("../../geodata/context.geojson"),
    places: include_str!("../../geodata/places.geojson"),
    events: include_str!("../../geodata/events.geojson"),
    sister_cities: include_str!("../../geodata/sister-cities.geojson"),
    trade: Some(include_str!("../../geodata/trade.json")),
};

/// The app's copy of the data (the whole-region shapes, without sources and long texts),
/// built into the binary as Rust statics: no parsing at start. It was validated as files by the
/// native tests; `load(&BUNDLED)` reads the same data from JSON and checks it again.
pub fn bundled() -> Result<Atlas, DataErrors> {
    Ok(bundled::atlas())
}

/// Parses and validates every file; returns the atlas, or every problem found.
///
/// ```
/// let atlas = rj_atlas::data::load(&rj_atlas::data::BUNDLED).expect("valid");
/// assert!(atlas.territory("habomai").is_some());
/// ```
pub fn load(files: &DataFiles<'_>) -> Result<Atlas, DataErrors> {
    let mut errors = Vec::new();
    let full = files.detail == Detail::Full;
    let polities = polities::parse(
        "geodata/history/polities.json",
        files.polities,
        full,
        &mut errors,
    );
    let events = events::parse("geodata/events.geojson", files.events, full, &mut errors);
    let known_events: Vec<&str> = events.iter().map(|e| e.id.as_str()).collect();
    let territories = territories::parse(
        "geodata/territories.geojson",
        files.territories,
        &polities,
        &known_events,
        full,
        &mut errors,
    );
    let places = places::parse("geodata/places.geojson", files.places, full, &mut errors);
    let context = context::parse("geodata/context.geojson", files.context, &mut errors);
    let sister_pairs = sisters::parse(
        "geodata/sister-cities.geojson",
        files.sister_cities,
        full,
        &mut errors,
    );
    let trade = files
        .trade
        .and_then(|text| trade::parse("geodata/trade.json", text, full, &mut errors));
    if errors.is_empty() {
        Ok(Atlas {
            polities,
            territories,
            context,
            places,
            events,
            sister_pairs,
            trade,
        })
    } else {
        Err(DataErrors(errors))
    }
}
