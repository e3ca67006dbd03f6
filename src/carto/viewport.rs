//! From the projected plane to SVG user units: a scale and an offset, with y flipped because
//! screens count downwards.

use super::LambertConic;

/// Maps longitude/latitude to SVG user units inside a `width` × `height` box.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    projection: LambertConic,
    scale: f64,
    x0: f64,
    y0: f64,
    /// Width of the box in user units.
    pub width: f64,
    /// Height of the box in user units.
    pub height: f64,
}

/// Width of the atlas map's SVG user space.
pub const MAP_WIDTH: f64 = 1000.0;
/// Height of the atlas map's SVG user space.
pub const MAP_HEIGHT: f64 = 860.0;

impl Viewport {
    /// The atlas map's whole-region view: 117°E–163°E, 22°N–60°N fitted into
    /// [`MAP_WIDTH`] × [`MAP_HEIGHT`]. The live map and the still map in `index.html` share it,
    /// so the one lies exactly where the other will be drawn.
    pub fn whole_region() -> Viewport {
        Viewport::fit(
            LambertConic::atlas(),
            117.0,
            22.0,
            163.0,
            60.0,
            MAP_WIDTH,
            MAP_HEIGHT,
        )
    }

    /// A viewport in which the box `west..east`, `south..north` (degrees) just fits.
    pub fn fit(
        projection: LambertConic,
        west: f64,
        south: f64,
        east: f64,
        north: f64,
        width: f64,
        height: f64,
    ) -> Viewport {
        // Sample the box edges: a conic bends parallels, so corners alone miss the extremes.
        let (mut min_x, mut min_y, mut max_x, mut max_y) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for i in 0..=20 {
            let t = f64::from(i) / 20.0;
            for (lon, lat) in [
                (west + (east - west) * t, south),
                (west + (east - west) * t, north),
                (west, south + (north - south) * t),
                (east, south + (north - south) * t),
            ] {
                let (x, y) = projection.project(lon, lat);
                min_x = min_x.min(x);
                max_x = max_x.max(x);
                min_y = min_y.min(y);
                max_y = max_y.max(y);
            }
        }
        let scale = (width / (max_x - min_x)).min(height / (max_y - min_y));
        let x0 = (min_x + max_x) / 2.0 - width / 2.0 / scale;
        let y0 = (min_y + max_y) / 2.0 + height / 2.0 / scale;
        Viewport {
            projection,
            scale,
            x0,
            y0,
            width,
            height,
        }
    }

    /// Longitude/latitude to user units (x right, y down).
    pub fn to_screen(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = self.projection.project(lon, lat);
        ((x - self.x0) * self.scale, (self.y0 - y) * self.scale)
    }

    /// User units back to longitude/latitude.
    pub fn to_geo(&self, sx: f64, sy: f64) -> (f64, f64) {
        self.projection
            .invert(sx / self.scale + self.x0, self.y0 - sy / self.scale)
    }

    /// Kilometres per user unit near `lat` (for the scale bar): the sphere's radius over the
    /// scale, corrected by the projection's local scale factor.
    pub fn km_per_unit(&self, lon: f64, lat: f64) -> f64 {
        let (x0, y0) = self.to_screen(lon, lat);
        let (x1, y1) = self.to_screen(lon, lat + 0.1);
        let units = (x1 - x0).hypot(y1 - y0);
        6371.0088 * 0.1f64.to_radians() / units
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn screen_round_trip_and_fit() {
        let v = Viewport::fit(
            LambertConic::atlas(),
            115.0,
            20.0,
            165.0,
            62.0,
            1000.0,
            800.0,
        );
        for (lon, lat) in [(115.0, 20.0), (142.7, 46.9), (165.0, 62.0), (146.0, 43.4)] {
            let (sx, sy) = v.to_screen(lon, lat);
            assert!(
                (-1.0..=1001.0).contains(&sx) && (-1.0..=801.0).contains(&sy),
                "{lon},{lat} at {sx},{sy}"
            );
            let (lon2, lat2) = v.to_geo(sx, sy);
            assert!((lon2 - lon).abs() < 1e-9 && (lat2 - lat).abs() < 1e-9);
        }
        let (_, north) = v.to_screen(140.0, 60.0);
        let (_, south) = v.to_screen(140.0, 30.0);
        assert!(north < south, "north is up on screen");
        let km = v.km_per_unit(140.0, 45.0);
        assert!(km > 1.0 && km < 20.0, "{km}");
    }
}
