//! SVG path data from shapes, with a fixed number of decimals (as d3-geo's `path/string.js`):
//! one decimal of a user unit is finer than a pixel at any zoom we allow, and short strings keep
//! the DOM light.

use super::{fixed, Viewport};
use geo::{LineString, MultiPolygon};
use std::fmt::Write;

fn push_ring(out: &mut String, ring: &LineString<f64>, view: &Viewport, close: bool) {
    let mut last: Option<(i64, i64)> = None;
    let mut count = 0;
    let start = out.len();
    for c in ring.coords() {
        let (x, y) = view.to_screen(c.x, c.y);
        let key = ((x * 10.0).round() as i64, (y * 10.0).round() as i64);
        if last == Some(key) {
            continue;
        }
        let cmd = if count == 0 { 'M' } else { 'L' };
        let _ = write!(out, "{cmd}{} {}", fixed(x, 1), fixed(y, 1));
        last = Some(key);
        count += 1;
    }
    if count < 2 {
        out.truncate(start);
    } else if close {
        out.push('Z');
    }
}

/// The `d` attribute of a multipolygon: every ring, holes included (drawn with the even-odd or
/// non-zero rule alike, since RFC 7946 winding makes holes run the other way).
pub fn svg_path(shape: &MultiPolygon<f64>, view: &Viewport) -> String {
    let mut out = String::new();
    for polygon in &shape.0 {
        push_ring(&mut out, polygon.exterior(), view, true);
        for hole in polygon.interiors() {
            push_ring(&mut out, hole, view, true);
        }
    }
    out
}

/// The `d` attribute of an open line (graticule lines, arcs).
pub fn svg_polyline(line: &LineString<f64>, view: &Viewport) -> String {
    let mut out = String::new();
    push_ring(&mut out, line, view, false);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::carto::LambertConic;
    use geo::{polygon, MultiPolygon};

    #[test]
    fn writes_closed_rings_with_one_decimal() {
        let view = Viewport::fit(
            LambertConic::atlas(),
            115.0,
            20.0,
            165.0,
            62.0,
            1000.0,
            800.0,
        );
        let square = polygon![(x: 140.0, y: 40.0), (x: 141.0, y: 40.0), (x: 141.0, y: 41.0), (x: 140.0, y: 41.0)];
        let d = svg_path(&MultiPolygon(vec![square]), &view);
        assert!(d.starts_with('M') && d.ends_with('Z'), "{d}");
        assert_eq!(d.matches('L').count(), 4, "{d}");
        assert!(d
            .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
            .filter(|s| !s.is_empty())
            .all(|n| n.split('.').nth(1).is_none_or(|f| f.len() == 1)));
    }

    #[test]
    fn drops_points_that_round_together() {
        let view = Viewport::fit(
            LambertConic::atlas(),
            115.0,
            20.0,
            165.0,
            62.0,
            1000.0,
            800.0,
        );
        let tiny =
            polygon![(x: 140.0, y: 40.0), (x: 140.00001, y: 40.0), (x: 140.00001, y: 40.00001)];
        assert_eq!(svg_path(&MultiPolygon(vec![tiny]), &view), "");
    }
}
