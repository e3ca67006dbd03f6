//! A piece of land whose control the atlas follows through time.

use super::{Date, Lang, Localized, Period};
use geo::MultiPolygon;

/// A territory such as `sakhalin-south`: its names, its shape and its periods of control.
#[derive(Clone, Debug, PartialEq)]
pub struct Territory {
    /// Stable id (`data-territory`).
    pub id: String,
    /// Names in the four languages.
    pub names: Localized,
    /// What land the id covers and how its boundary was drawn.
    pub extent: String,
    /// Periods of control, in order, covering 1855–2014 without gap or overlap.
    pub periods: Vec<Period>,
    /// The land, in longitude/latitude degrees.
    pub geometry: MultiPolygon<f64>,
    /// Where its label goes (longitude, latitude): inside its largest polygon.
    pub label: Option<(f64, f64)>,
    /// Its area in square degrees, to place labels from the largest territory down.
    pub area: f64,
}

impl Territory {
    /// The name in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        self.names.get(lang)
    }

    /// The period in force on `date`, if the history covers it.
    pub fn period_at(&self, date: Date) -> Option<&Period> {
        self.period_index_at(date).map(|i| &self.periods[i])
    }

    /// The index in `periods` of the period in force on `date`: two days with the same index
    /// look the same on the map, which lets a year step skip territories that did not change.
    pub fn period_index_at(&self, date: Date) -> Option<usize> {
        // Periods are sorted and few (under 30): a binary search on `from` is enough.
        let index = self.periods.partition_point(|p| p.from <= date);
        index
            .checked_sub(1)
            .filter(|&i| self.periods[i].contains(date))
    }

    /// The day the control in force on `date` began, looking back past periods that changed
    /// only in detail (a new source or basis) but not in who held the land or how.
    pub fn held_since(&self, date: Date) -> Option<Date> {
        let index = self.periods.iter().position(|p| p.contains(date))?;
        let current = &self.periods[index];
        let start = self.periods[..index]
            .iter()
            .rev()
            .take_while(|p| p.same_control(current))
            .last()
            .map_or(current.from, |p| p.from);
        Some(start)
    }
}
