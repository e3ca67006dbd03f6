//! A span of time during which one territory had one controller and one status.

use super::{Date, Localized, Source};
use serde::{Deserialize, Serialize};
use std::fmt;

/// How a territory was held. Lesson authors style on these names (`data-status`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Held in full sovereignty.
    Sovereign,
    /// Held jointly by two polities, or open to both (Sakhalin 1855–1875).
    Joint,
    /// Leased from the sovereign (Kwantung).
    Leased,
    /// Under military occupation.
    Occupied,
    /// A protected state whose foreign affairs the protector ran (Korea 1905–1910).
    Protectorate,
    /// A puppet state (Manchukuo).
    Puppet,
    /// Fought over with no settled controller.
    Contested,
    /// No agreed border yet.
    Unsettled,
}

impl Status {
    /// Every status, in legend order.
    pub const ALL: [Status; 8] = [
        Status::Sovereign,
        Status::Joint,
        Status::Leased,
        Status::Occupied,
        Status::Protectorate,
        Status::Puppet,
        Status::Contested,
        Status::Unsettled,
    ];

    /// The id used in `data-status`.
    pub fn id(self) -> &'static str {
        match self {
            Status::Sovereign => "sovereign",
            Status::Joint => "joint",
            Status::Leased => "leased",
            Status::Occupied => "occupied",
            Status::Protectorate => "protectorate",
            Status::Puppet => "puppet",
            Status::Contested => "contested",
            Status::Unsettled => "unsettled",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// One period of control: `[from, to)`, half-open, so that the next period starts on `to`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Period {
    /// The first day of the period.
    pub from: Date,
    /// The first day of the next period; `None` on the last one.
    pub to: Option<Date>,
    /// Who exercised control (two for joint rule).
    pub controllers: Vec<String>,
    /// How.
    pub status: Status,
    /// The de jure sovereign where it differs from the controllers (lessor, occupied state).
    #[serde(default)]
    pub sovereign: Vec<String>,
    /// Other polities that claimed the land.
    #[serde(default)]
    pub claimed_by: Vec<String>,
    /// The event that opened this period.
    #[serde(default)]
    pub event: Option<String>,
    /// Why, in one sentence.
    #[serde(default)]
    pub basis: Localized,
    /// Where this comes from (empty in the app's bundled copy).
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Where sources disagree and what was chosen.
    #[serde(default)]
    pub note: Option<String>,
}

impl Period {
    /// Whether `date` falls inside the period.
    pub fn contains(&self, date: Date) -> bool {
        self.from <= date && self.to.is_none_or(|to| date < to)
    }

    /// The last day of the period, if it ends.
    pub fn last_day(&self) -> Option<Date> {
        self.to.map(Date::pred)
    }

    /// Whether two periods describe the same control (same controllers, status and claims), so
    /// that passing from one to the other is not a change a student would see on the map.
    pub fn same_control(&self, other: &Period) -> bool {
        self.controllers == other.controllers
            && self.status == other.status
            && self.claimed_by == other.claimed_by
    }
}
