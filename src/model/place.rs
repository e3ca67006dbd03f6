//! A city the map names for orientation: Vladivostok, Port Arthur, Tokyo …

use super::{Lang, Localized};

/// A labelled point.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// Stable id (`data-place`).
    pub id: String,
    /// Names in four languages (with the old name where the map's years need it).
    pub names: Localized,
    /// Longitude and latitude.
    pub location: (f64, f64),
    /// 1 for the most important; labels of higher ranks give way first.
    pub rank: u8,
}

impl Place {
    /// The name in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        self.names.get(lang)
    }
}
