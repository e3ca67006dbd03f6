//! RJ Atlas: an interactive map of Russia–Japan relations, 1855–2014.
//!
//! The crate is split the way a map library should be: [`model`] is the history (pure data and
//! logic, tested natively), [`data`] turns the GeoJSON and JSON files under `geodata/` into that
//! model and says precisely what is wrong with a bad file, [`carto`] is geographic and screen maths
//! (projection, SVG paths), [`i18n`] holds every UI string in four languages, and `ui` — compiled only for the browser — is the one place that
//! touches the DOM.

pub mod carto;
pub mod chart;
pub mod data;
pub mod host_message;
pub mod i18n;
pub mod layers;
pub mod markup;
pub mod model;
pub mod paint;
pub mod params;
pub mod small_sort;
pub mod still_map;

#[cfg(target_arch = "wasm32")]
mod ui;

#[cfg(target_arch = "wasm32")]
pub use ui::start;
