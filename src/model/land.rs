//! Land drawn for context only (the rest of Russia, China, Mongolia): it has no controller on
//! the map, so nothing about it can be wrong for a year.

use super::{Lang, Localized};
use geo::MultiPolygon;

/// A piece of context land.
#[derive(Clone, Debug, PartialEq)]
pub struct Land {
    /// Stable id (`data-land`).
    pub id: String,
    /// Names in the four languages.
    pub names: Localized,
    /// The land, in longitude/latitude degrees.
    pub geometry: MultiPolygon<f64>,
}

impl Land {
    /// The name in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        self.names.get(lang)
    }
}
