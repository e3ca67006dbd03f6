//! The scale bar's arithmetic: how far apart two points are on the globe, and a round length
//! to draw.

use super::math::{asin, cos, sin};

/// Great-circle distance in kilometres between two longitude/latitude points.
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lat2) = (a.1.to_radians(), b.1.to_radians());
    let dlat = lat2 - lat1;
    let dlon = (b.0 - a.0).to_radians();
    let h = sin(dlat / 2.0).powi(2) + cos(lat1) * cos(lat2) * sin(dlon / 2.0).powi(2);
    2.0 * 6371.0 * asin(h.sqrt())
}

/// The largest 1, 2 or 5 × 10ⁿ not above `km` (at least 1).
pub fn nice_length(km: f64) -> f64 {
    let mut best = 1.0;
    let mut base = 1.0;
    while base <= km {
        for m in [1.0, 2.0, 5.0] {
            if base * m <= km {
                best = base * m;
            }
        }
        base *= 10.0;
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_degree_of_latitude_is_about_111_km() {
        assert!((haversine_km((142.0, 45.0), (142.0, 46.0)) - 111.2).abs() < 0.2);
        // Tokyo to Vladivostok, about 1,060 km.
        let d = haversine_km((139.69, 35.69), (131.89, 43.12));
        assert!((1040.0..1080.0).contains(&d), "{d}");
    }

    #[test]
    fn lengths_are_round() {
        assert_eq!(nice_length(0.3), 1.0);
        assert_eq!(nice_length(7.0), 5.0);
        assert_eq!(nice_length(180.0), 100.0);
        assert_eq!(nice_length(260.0), 200.0);
        assert_eq!(nice_length(999.0), 500.0);
    }
}
