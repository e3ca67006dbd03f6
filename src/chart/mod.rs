//! The maths of the small charts beside the map (trade, diplomacy, sister cities): scales from
//! values to chart units and back, and the series cut where data is missing. Pure, with no DOM,
//! so it is tested natively; `ui::charts` draws with it.

mod scale;
mod series;

pub use scale::LinearScale;
pub use series::{cumulative_by_year, year_runs};
