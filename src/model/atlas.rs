//! The whole history in one value, and the questions the map asks of it.

use super::{Date, Event, Land, Period, Place, Polity, SisterPair, Territory, TradeSeries};

/// Everything the atlas knows. Built by [`crate::data::load`]; read by the UI and the tests.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Atlas {
    /// Polities, in file order.
    pub polities: Vec<Polity>,
    /// Territories with a control history.
    pub territories: Vec<Territory>,
    /// Neighbouring land drawn without a controller.
    pub context: Vec<Land>,
    /// Cities labelled for orientation, most important first.
    pub places: Vec<Place>,
    /// Events, sorted by date.
    pub events: Vec<Event>,
    /// Sister-city pairs, sorted by date.
    pub sister_pairs: Vec<SisterPair>,
    /// Trade turnover, when loaded.
    pub trade: Option<TradeSeries>,
}

/// A territory passing from one control to another.
#[derive(Clone, Debug, PartialEq)]
pub struct Change<'a> {
    /// The territory.
    pub territory: &'a Territory,
    /// The control before (`None` before 1855).
    pub before: Option<&'a Period>,
    /// The control after.
    pub after: &'a Period,
}

impl Atlas {
    /// The polity with this id.
    pub fn polity(&self, id: &str) -> Option<&Polity> {
        self.polities.iter().find(|p| p.id == id)
    }

    /// The territory with this id.
    pub fn territory(&self, id: &str) -> Option<&Territory> {
        self.territories.iter().find(|t| t.id == id)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    /// Who held `territory` on `date`, and how.
    ///
    /// ```
    /// use rj_atlas::model::Date;
    /// let atlas = rj_atlas::data::bundled().expect("the bundled data is valid");
    /// let day = Date::new(1906, 1, 1).unwrap();
    /// let period = atlas.control_at("sakhalin-south", day).unwrap();
    /// assert_eq!(period.controllers, ["japan"]);
    /// ```
    pub fn control_at(&self, territory: &str, date: Date) -> Option<&Period> {
        self.territory(territory)?.period_at(date)
    }

    /// Every change of control that took effect during `year`, in date order. A new period that
    /// keeps the same controllers, status and claims is not a change.
    ///
    /// ```
    /// let atlas = rj_atlas::data::bundled().expect("the bundled data is valid");
    /// let changes = atlas.changes_in(1875);
    /// assert!(changes.iter().any(|c| c.territory.id == "urup"));
    /// ```
    pub fn changes_in(&self, year: i32) -> Vec<Change<'_>> {
        let mut changes: Vec<Change<'_>> = self
            .territories
            .iter()
            .flat_map(|territory| {
                territory
                    .periods
                    .iter()
                    .enumerate()
                    .filter_map(move |(i, after)| {
                        let before = i.checked_sub(1).map(|j| &territory.periods[j]);
                        let changed = before.is_none_or(|b| !b.same_control(after));
                        (after.from.year() == year && changed && i > 0).then_some(Change {
                            territory,
                            before,
                            after,
                        })
                    })
            })
            .collect();
        crate::small_sort::sort_by_key(&mut changes, |c| c.after.from);
        changes
    }

    /// The years in which any territory changed hands, ascending.
    pub fn change_years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self
            .territories
            .iter()
            .flat_map(|t| t.periods.windows(2))
            .filter(|w| !w[0].same_control(&w[1]))
            .map(|w| w[1].from.year())
            .collect();
        crate::small_sort::sort(&mut years);
        years.dedup();
        years
    }

    /// The first year after `year` in which any territory changed hands (the "next change"
    /// button), if there is one.
    ///
    /// ```
    /// let atlas = rj_atlas::data::bundled().expect("the bundled data is valid");
    /// assert_eq!(atlas.next_change_year(1900), Some(1904));
    /// assert_eq!(atlas.previous_change_year(1904), Some(1900));
    /// ```
    pub fn next_change_year(&self, year: i32) -> Option<i32> {
        self.change_years().into_iter().find(|&y| y > year)
    }

    /// The last year before `year` in which any territory changed hands, if there is one.
    pub fn previous_change_year(&self, year: i32) -> Option<i32> {
        self.change_years().into_iter().rev().find(|&y| y < year)
    }

    /// The years in which any event happened (began or went on), ascending: the ticks of the
    /// timeline.
    pub fn event_years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self
            .events
            .iter()
            .flat_map(|e| e.date.year()..=e.last_day().year())
            .collect();
        crate::small_sort::sort(&mut years);
        years.dedup();
        years
    }

    /// Events overlapping the days `from..=to`, in date order.
    ///
    /// ```
    /// use rj_atlas::model::Date;
    /// let atlas = rj_atlas::data::bundled().expect("the bundled data is valid");
    /// let may_1905 = atlas.events_between(Date::new(1905, 5, 1).unwrap(), Date::new(1905, 5, 31).unwrap());
    /// assert!(may_1905.iter().any(|e| e.id == "tsushima-1905"));
    /// ```
    pub fn events_between(&self, from: Date, to: Date) -> Vec<&Event> {
        self.events
            .iter()
            .filter(|e| e.overlaps(from, to))
            .collect()
    }

    /// The sister-city pairs established on or before `date`.
    ///
    /// ```
    /// use rj_atlas::model::Date;
    /// let atlas = rj_atlas::data::bundled().expect("the bundled data is valid");
    /// let pairs = atlas.sister_pairs_at(Date::new(1961, 12, 31).unwrap());
    /// assert!(pairs.iter().any(|p| p.id == "nakhodka--maizuru"));
    /// ```
    pub fn sister_pairs_at(&self, date: Date) -> Vec<&SisterPair> {
        self.sister_pairs
            .iter()
            .filter(|p| p.since <= date)
            .collect()
    }
}
