//! Geographic and screen maths, kept apart: [`LambertConic`] maps longitude/latitude to a plane
//! (and back), [`Viewport`] maps that plane to SVG user units, and [`svg_path`] writes shapes
//! as SVG path data. Nothing here knows about the DOM.

mod graticule;
mod lambert;
pub mod math;
mod number;
mod path;
mod scale_bar;
mod viewport;
mod zoom;

pub use graticule::graticule;
pub use lambert::LambertConic;
pub use number::{fixed, parse_decimal, trimmed, Fixed};
pub use path::{svg_path, svg_polyline};
pub use scale_bar::{haversine_km, nice_length};
pub use viewport::{Viewport, MAP_HEIGHT, MAP_WIDTH};
pub use zoom::{ZoomView, MAX_ZOOM, MIN_ZOOM};
