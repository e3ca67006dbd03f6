//! A state (or state-like power) that controlled or claimed land on the map.

use super::{Lang, Localized, Source};
use serde::{Deserialize, Serialize};

/// A polity such as `russian-empire`, `japan` or `manchukuo`, with the colour the map gives it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Polity {
    /// Stable id, used in `data-controller` and `data-claimed-by`.
    pub id: String,
    /// Names in the four languages.
    pub names: Localized,
    /// Fill colour, `#rrggbb`.
    pub colour: String,
    /// When it came into being, if the atlas needs to know.
    #[serde(default)]
    pub from: Option<super::Date>,
    /// When it ended (`None`: it still exists or the atlas does not need to know).
    #[serde(default)]
    pub to: Option<super::Date>,
    /// Where its dates come from.
    #[serde(default)]
    pub sources: Vec<Source>,
}

impl Polity {
    /// The name in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        self.names.get(lang)
    }
}
