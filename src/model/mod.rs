//! The history itself: dates, polities, territories and their periods of control, events,
//! sister cities and trade. No DOM, no I/O: everything here is tested natively.

mod atlas;
mod comparison;
mod date;
mod event;
mod land;
mod lang;
mod period;
mod place;
mod polity;
mod sister;
mod source;
pub mod story;
mod territory;
mod trade;
mod user_layer;

pub use atlas::{Atlas, Change};
pub use comparison::Difference;
pub use date::{Date, DateError};
pub use event::{Event, EventLayer, JulianDates};
pub use land::Land;
pub use lang::{Lang, Localized};
pub use period::{Period, Status};
pub use place::Place;
pub use polity::Polity;
pub use sister::{SisterCity, SisterPair};
pub use source::Source;
pub use territory::Territory;
pub use trade::{TradeFigure, TradeSeries};
pub use user_layer::{FeatureProblem, UserFeature, UserGeometry, UserLayer, UserLayerProblem};

/// The first day the atlas describes: the year of the Treaty of Shimoda.
pub const FIRST_DAY: Date = Date::new_unchecked(1855, 1, 1);
/// The last day the atlas describes.
pub const LAST_DAY: Date = Date::new_unchecked(2014, 12, 31);
/// The first year on the slider.
pub const FIRST_YEAR: i32 = 1855;
/// The last year on the slider.
pub const LAST_YEAR: i32 = 2014;
/// The year the atlas opens at when nothing asks for another: 1905, the year of Tsushima and the
/// Treaty of Portsmouth, when southern Sakhalin passed to Japan.
pub const OPENING_YEAR: i32 = 1905;
