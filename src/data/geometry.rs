//! Checks on shapes: inside the region, in longitude/latitude order, wound the RFC 7946 way, and
//! valid by geo's rules.

use super::DataError;
use crate::carto::trimmed;
use geo::{CoordsIter, MultiPolygon, Winding};

/// A box in longitude/latitude degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GeoBox {
    /// Western edge, degrees east.
    pub west: f64,
    /// Southern edge, degrees north.
    pub south: f64,
    /// Eastern edge, degrees east.
    pub east: f64,
    /// Northern edge, degrees north.
    pub north: f64,
}

/// The region the atlas maps: 115°E–165°E, 20°N–62°N.
pub const REGION: GeoBox = GeoBox {
    west: 115.0,
    south: 20.0,
    east: 165.0,
    north: 62.0,
};

/// Whether a longitude/latitude lies in the region (edges included).
pub fn in_region(lon: f64, lat: f64) -> bool {
    (REGION.west..=REGION.east).contains(&lon) && (REGION.south..=REGION.north).contains(&lat)
}

/// Whether a point would be in the region with its two numbers swapped: the classic
/// latitude-first mistake.
pub fn swapped_into_region(x: f64, y: f64) -> bool {
    !in_region(x, y) && in_region(y, x)
}

/// Every problem with a territory's shape: outside the region, swapped coordinates, wrong
/// winding (RFC 7946: exterior rings counter-clockwise, holes clockwise), or invalid.
pub fn check_polygons(file: &str, id: &str, shape: &MultiPolygon<f64>) -> Vec<DataError> {
    let mut errors = Vec::new();
    if shape.0.is_empty() {
        errors.push(DataError::invalid(file, id, "has no polygon"));
        return errors;
    }
    let outside: Vec<_> = shape
        .coords_iter()
        .filter(|c| !in_region(c.x, c.y))
        .collect();
    if let Some(first) = outside.first() {
        let problem = if outside.iter().all(|c| swapped_into_region(c.x, c.y)) {
            format!("coordinates look swapped: [{}, {}] is latitude, longitude; GeoJSON wants longitude first", trimmed(first.x, 6), trimmed(first.y, 6))
        } else {
            format!(
                "{} coordinates lie outside 115°E–165°E, 20°N–62°N, e.g. [{}, {}]",
                outside.len(),
                trimmed(first.x, 6),
                trimmed(first.y, 6)
            )
        };
        errors.push(DataError::invalid(file, id, problem));
    }
    for (i, polygon) in shape.0.iter().enumerate() {
        if !polygon.exterior().is_ccw() {
            errors.push(DataError::invalid(
                file,
                id,
                format!(
                    "polygon {i}: exterior ring is clockwise (RFC 7946 wants counter-clockwise)"
                ),
            ));
        }
        if polygon.interiors().iter().any(|r| !r.is_cw()) {
            errors.push(DataError::invalid(
                file,
                id,
                format!("polygon {i}: a hole is counter-clockwise (RFC 7946 wants clockwise)"),
            ));
        }
    }
    // geo's full validity check is run natively on every data file by the tests; in the
    // browser it would add code and start-up time for data that is already known good.
    #[cfg(not(target_arch = "wasm32"))]
    if let Err(e) = geo::Validation::check_validation(shape) {
        errors.push(DataError::invalid(
            file,
            id,
            format!("invalid geometry: {e}"),
        ));
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{polygon, MultiPolygon};

    #[test]
    fn accepts_a_ccw_island_and_names_problems() {
        let island = polygon![(x: 146.0, y: 43.4), (x: 146.1, y: 43.4), (x: 146.1, y: 43.5), (x: 146.0, y: 43.5)];
        assert!(check_polygons("f", "i", &MultiPolygon(vec![island.clone()])).is_empty());

        let cw = polygon![(x: 146.0, y: 43.4), (x: 146.0, y: 43.5), (x: 146.1, y: 43.5), (x: 146.1, y: 43.4)];
        let errors = check_polygons("f", "i", &MultiPolygon(vec![cw]));
        assert!(
            errors.iter().any(|e| e.to_string().contains("clockwise")),
            "{errors:?}"
        );

        let swapped = polygon![(x: 43.4, y: 146.0), (x: 43.4, y: 146.1), (x: 43.5, y: 146.1)];
        let errors = check_polygons("f", "i", &MultiPolygon(vec![swapped]));
        assert!(
            errors.iter().any(|e| e.to_string().contains("swapped")),
            "{errors:?}"
        );
    }
}
