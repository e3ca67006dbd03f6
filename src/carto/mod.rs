//! Geographic and screen maths, kept apart: [`LambertConic`] maps longitude/latitude to a plane
//! (and back), [`Viewport`] maps that plane to SVG user units, and [`svg_path`] writes shapes
//! as SVG path data. Nothing here knows about the DOM.

mod graticule;
mod lambert;
mod number;
mod path;
mod viewport;

pub use graticule::graticule;
pub use lambert::LambertConic;
pub use number::{fixed, trimmed, Fixed};
pub use path::{svg_path, svg_polyline};
pub use viewport::Viewport;
