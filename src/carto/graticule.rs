//! Meridians and parallels, densified so they curve as the conic bends them.

use geo::LineString;

/// Lines every `step` degrees inside `west..east`, `south..north`: meridians first, then
/// parallels, each as longitude/latitude points.
pub fn graticule(west: f64, south: f64, east: f64, north: f64, step: f64) -> Vec<LineString<f64>> {
    let mut lines = Vec::new();
    let ticks = |a: f64, b: f64| {
        let first = (a / step).ceil() as i64;
        let last = (b / step).floor() as i64;
        (first..=last).map(move |i| i as f64 * step)
    };
    for lon in ticks(west, east) {
        lines.push(LineString::from(
            (0..=40)
                .map(|i| (lon, south + (north - south) * f64::from(i) / 40.0))
                .collect::<Vec<_>>(),
        ));
    }
    for lat in ticks(south, north) {
        lines.push(LineString::from(
            (0..=100)
                .map(|i| (west + (east - west) * f64::from(i) / 100.0, lat))
                .collect::<Vec<_>>(),
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    #[test]
    fn five_degree_lines_over_the_region() {
        let lines = super::graticule(115.0, 20.0, 165.0, 62.0, 5.0);
        // Meridians 115..=165 (11) and parallels 20..=60 (9).
        assert_eq!(lines.len(), 20);
    }
}
