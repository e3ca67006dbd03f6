//! Twin towns: the ties Russian and Japanese cities made with each other after the wars.

use super::{Date, Localized, Source};

/// One city of a pair.
#[derive(Clone, Debug, PartialEq)]
pub struct SisterCity {
    /// Lower-case English id, such as `nakhodka`.
    pub id: String,
    /// Names in four languages.
    pub names: Localized,
    /// Longitude and latitude of the city centre.
    pub location: (f64, f64),
}

/// A Russian (or Soviet) city and a Japanese city that declared themselves sister or friendship
/// cities.
#[derive(Clone, Debug, PartialEq)]
pub struct SisterPair {
    /// `russiancity--japanesecity`, as in `data-sister-pair`.
    pub id: String,
    /// The Russian city.
    pub russian: SisterCity,
    /// The Japanese city.
    pub japanese: SisterCity,
    /// The day the tie was established (the 1st of the month or year when only that is known).
    pub since: Date,
    /// `day`, `month` or `year`: how precisely `since` is known.
    pub precision: String,
    /// `sister` or `friendship`.
    pub kind: String,
    /// Where this comes from.
    pub sources: Vec<Source>,
    /// Caveats.
    pub note: Option<String>,
}
