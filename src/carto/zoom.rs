//! Zoom and pan as one small value: the point of the map (in SVG user units of the whole-region
//! view) at the centre of the frame, and a zoom factor. The map is drawn once in user units and
//! shown through `translate(…) scale(k)`, so a gesture only rewrites one attribute — the paths
//! are not rebuilt while a finger moves (Leaflet's "zoom animation" trick, minus the tiles).

use super::Viewport;
use crate::params::ParamError;

/// The closest the map zooms: a single Habomai islet fills part of the screen.
pub const MAX_ZOOM: f64 = 64.0;
/// The whole region.
pub const MIN_ZOOM: f64 = 1.0;

/// What the frame shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ZoomView {
    /// Centre, user units (x right).
    pub cx: f64,
    /// Centre, user units (y down).
    pub cy: f64,
    /// Zoom factor, 1 = the whole region.
    pub k: f64,
    /// Frame width, user units.
    pub width: f64,
    /// Frame height, user units.
    pub height: f64,
}

impl ZoomView {
    /// The whole region in a `width` × `height` frame.
    pub fn home(width: f64, height: f64) -> ZoomView {
        ZoomView {
            cx: width / 2.0,
            cy: height / 2.0,
            k: MIN_ZOOM,
            width,
            height,
        }
    }

    /// Whether this is the whole-region view.
    pub fn is_home(&self) -> bool {
        *self == ZoomView::home(self.width, self.height)
    }

    /// The SVG `transform` that shows this view.
    pub fn transform(&self) -> String {
        let (tx, ty) = self.offset();
        format!(
            "translate({} {}) scale({})",
            super::fixed(tx, 2),
            super::fixed(ty, 2),
            super::trimmed(self.k, 4)
        )
    }

    /// Where the map's origin lands in the frame: the `translate` of [`ZoomView::transform`].
    pub fn offset(&self) -> (f64, f64) {
        (
            self.width / 2.0 - self.k * self.cx,
            self.height / 2.0 - self.k * self.cy,
        )
    }

    /// The map point (user units at zoom 1) under frame point `(fx, fy)`.
    pub fn to_map(&self, fx: f64, fy: f64) -> (f64, f64) {
        let (tx, ty) = self.offset();
        ((fx - tx) / self.k, (fy - ty) / self.k)
    }

    /// The frame point showing map point `(x, y)`.
    pub fn to_frame(&self, x: f64, y: f64) -> (f64, f64) {
        let (tx, ty) = self.offset();
        (tx + self.k * x, ty + self.k * y)
    }

    /// Zoomed by `factor` keeping the map point under frame point `(fx, fy)` in place (the
    /// cursor, the middle of a pinch).
    pub fn zoom_at(&self, fx: f64, fy: f64, factor: f64) -> ZoomView {
        let (x, y) = self.to_map(fx, fy);
        let k = (self.k * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        ZoomView {
            cx: x - (fx - self.width / 2.0) / k,
            cy: y - (fy - self.height / 2.0) / k,
            k,
            ..*self
        }
        .clamped()
    }

    /// Moved so the map follows a drag of `(dx, dy)` frame units.
    pub fn pan_by(&self, dx: f64, dy: f64) -> ZoomView {
        ZoomView {
            cx: self.cx - dx / self.k,
            cy: self.cy - dy / self.k,
            ..*self
        }
        .clamped()
    }

    /// The centre kept over the map, so it cannot be dragged out of sight.
    fn clamped(self) -> ZoomView {
        let valid = |v: f64, max: f64| {
            if v.is_finite() {
                // Not `f64::clamp`: with a bound known only at run time, its check (which panics
                // on a NaN bound) formats both bounds, and that brings Rust's float formatter,
                // about 7 KB gzip, into the first load. A NaN `max` bounds nothing above.
                v.max(0.0).min(max)
            } else {
                max / 2.0
            }
        };
        ZoomView {
            cx: valid(self.cx, self.width),
            cy: valid(self.cy, self.height),
            k: if self.k.is_finite() {
                self.k.clamp(MIN_ZOOM, MAX_ZOOM)
            } else {
                MIN_ZOOM
            },
            ..self
        }
    }

    /// `lon,lat,zoom` for the URL's `view` parameter, 3 decimals.
    pub fn to_param(&self, viewport: &Viewport) -> String {
        let (lon, lat) = viewport.to_geo(self.cx, self.cy);
        format!(
            "{},{},{}",
            super::trimmed(lon, 3),
            super::trimmed(lat, 3),
            super::trimmed(self.k, 2)
        )
    }

    /// Reads `lon,lat,zoom` (zoom optional, 1 to 64) as written by [`ZoomView::to_param`].
    ///
    /// ```
    /// use rj_atlas::carto::{LambertConic, Viewport, ZoomView};
    /// let viewport = Viewport::fit(LambertConic::atlas(), 117.0, 22.0, 163.0, 60.0, 1000.0, 860.0);
    /// let view = ZoomView::from_param("145.8,43.5,16", &viewport, 1000.0, 860.0).unwrap();
    /// assert_eq!(view.k, 16.0);
    /// assert_eq!(view.to_param(&viewport), "145.8,43.5,16");
    /// assert!(ZoomView::from_param("NaN,NaN", &viewport, 1000.0, 860.0).is_err());
    /// ```
    pub fn from_param(
        text: &str,
        viewport: &Viewport,
        width: f64,
        height: f64,
    ) -> Result<ZoomView, ParamError> {
        let bad = || ParamError::BadView(text.chars().take(40).collect());
        let parts: Vec<f64> = text
            .split(',')
            .map(|p| super::parse_decimal(p.trim()).ok_or_else(bad))
            .collect::<Result<_, _>>()?;
        let (lon, lat, k) = match parts[..] {
            [lon, lat] => (lon, lat, MIN_ZOOM),
            [lon, lat, k] => (lon, lat, k),
            _ => return Err(bad()),
        };
        let region = crate::data::REGION;
        let inside = (region.west..=region.east).contains(&lon)
            && (region.south..=region.north).contains(&lat)
            && (MIN_ZOOM..=MAX_ZOOM).contains(&k);
        if !inside {
            return Err(bad());
        }
        let (cx, cy) = viewport.to_screen(lon, lat);
        Ok(ZoomView {
            cx,
            cy,
            k,
            width,
            height,
        }
        .clamped())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zooming_keeps_the_point_under_the_cursor() {
        let home = ZoomView::home(1000.0, 860.0);
        let (fx, fy) = (820.0, 230.0);
        let before = home.to_map(fx, fy);
        let zoomed = home.zoom_at(fx, fy, 8.0);
        let after = zoomed.to_map(fx, fy);
        assert!((before.0 - after.0).abs() < 1e-9 && (before.1 - after.1).abs() < 1e-9);
        assert_eq!(zoomed.k, 8.0);
        let (x, y) = zoomed.to_frame(before.0, before.1);
        assert!((x - fx).abs() < 1e-9 && (y - fy).abs() < 1e-9);
    }

    #[test]
    fn zoom_stays_between_the_whole_region_and_64x() {
        let home = ZoomView::home(1000.0, 860.0);
        assert_eq!(home.zoom_at(500.0, 430.0, 1000.0).k, MAX_ZOOM);
        assert_eq!(home.zoom_at(500.0, 430.0, 0.001).k, MIN_ZOOM);
        assert_eq!(home.zoom_at(500.0, 430.0, f64::NAN).k, MIN_ZOOM);
    }

    #[test]
    fn panning_follows_the_drag_and_keeps_the_map_in_sight() {
        let view = ZoomView::home(1000.0, 860.0).zoom_at(500.0, 430.0, 4.0);
        let moved = view.pan_by(40.0, -20.0);
        assert!((moved.cx - (view.cx - 10.0)).abs() < 1e-9);
        assert!((moved.cy - (view.cy + 5.0)).abs() < 1e-9);
        let far = view.pan_by(1e9, 1e9);
        assert_eq!((far.cx, far.cy), (0.0, 0.0));
    }

    #[test]
    fn the_home_view_draws_untransformed() {
        assert_eq!(
            ZoomView::home(1000.0, 860.0).transform(),
            "translate(0.00 0.00) scale(1)"
        );
    }
}
