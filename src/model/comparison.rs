//! Two days side by side: which territories are held differently, and the events that moved
//! them in between — the "compare two years" view, which a timeline alone does not give.

use super::{Atlas, Date, Event, Period, Territory};

/// A territory held differently on the two days.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference<'a> {
    /// The territory.
    pub territory: &'a Territory,
    /// Its period on the earlier day.
    pub earlier: Option<&'a Period>,
    /// Its period on the later day.
    pub later: Option<&'a Period>,
    /// The events that opened its changes of control in between, in date order.
    pub events: Vec<&'a Event>,
}

impl Atlas {
    /// The territories whose controllers, status or claims differ between `a` and `b` (in
    /// either order), with the events that changed them.
    ///
    /// ```
    /// use rj_atlas::model::Date;
    /// let atlas = rj_atlas::data::bundled().expect("the bundled data is valid");
    /// let diff = atlas.differences(Date::end_of_year(1904), Date::end_of_year(1905));
    /// let south = diff.iter().find(|d| d.territory.id == "sakhalin-south").unwrap();
    /// assert_eq!(south.later.unwrap().controllers, ["japan"]);
    /// assert!(south.events.iter().any(|e| e.id == "portsmouth-1905"));
    /// assert!(atlas.differences(Date::end_of_year(1880), Date::end_of_year(1881)).is_empty());
    /// ```
    pub fn differences(&self, a: Date, b: Date) -> Vec<Difference<'_>> {
        let (from, to) = if a <= b { (a, b) } else { (b, a) };
        self.territories
            .iter()
            .filter_map(|t| {
                let (earlier, later) = (t.period_at(from), t.period_at(to));
                let same = match (earlier, later) {
                    (Some(x), Some(y)) => x.same_control(y),
                    (None, None) => true,
                    _ => false,
                };
                if same {
                    return None;
                }
                let mut events: Vec<&Event> = t
                    .periods
                    .windows(2)
                    .filter(|w| !w[0].same_control(&w[1]) && w[1].from > from && w[1].from <= to)
                    .filter_map(|w| w[1].event.as_deref().and_then(|id| self.event(id)))
                    .collect();
                events.dedup_by(|x, y| x.id == y.id);
                Some(Difference {
                    territory: t,
                    earlier,
                    later,
                    events,
                })
            })
            .collect()
    }
}
