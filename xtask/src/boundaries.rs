//! Historical lines that Natural Earth does not draw, as polygons to cut countries with.
//!
//! Each polygon's edges that matter run through land; its other edges lie in the sea or inside
//! a neighbouring country, where the intersection with the country's own outline discards them.
//! The lines are approximations to within about 20 km (Amur, Primorye, Kwantung) or 50 km
//! (Manchuria's western limit); `geodata/README.md` says how each was drawn.

use geo::{LineString, Polygon};

fn polygon(points: &[(f64, f64)]) -> Polygon<f64> {
    Polygon::new(LineString::from(points.to_vec()), vec![])
}

/// The lower Amur from the Ussuri confluence at Khabarovsk to the estuary, through the river
/// towns: the line between the Aigun (1858) and Peking (1860) cessions.
const LOWER_AMUR: [(f64, f64); 9] = [
    (135.07, 48.48), // Khabarovsk, mouth of the Ussuri
    (135.70, 49.05), // Troitskoye reach
    (136.57, 49.60), // Troitskoye
    (136.90, 50.23), // Amursk
    (137.02, 50.55), // Komsomolsk-on-Amur
    (138.20, 51.45), // Nizhnetambovskoye reach
    (140.05, 52.10), // Mariinskoye (Kizi lake)
    (140.45, 52.40), // Bogorodskoye
    (141.10, 52.95), // the estuary below Nikolayevsk
];

/// The left bank of the Amur ceded by the Treaty of Aigun (1858): between the river and the
/// Stanovoy range, from the Argun–Shilka confluence to the sea.
pub fn amur() -> Polygon<f64> {
    let mut points = vec![
        (141.60, 53.20), // Amur estuary, open water
        (139.00, 54.30), // Sea of Okhotsk coast near the Uda gulf (open water edge)
        (135.50, 54.90),
        (133.00, 55.60), // Stanovoy range
        (128.00, 56.00),
        (124.00, 55.90),
        (121.20, 55.60),
        (119.80, 53.40), // west of the Argun–Shilka confluence (Gorbitsa)
        (121.50, 52.00), // inside China: the Amur itself is the border
        (127.00, 48.00),
        (131.00, 47.00),
        (134.60, 48.10),
    ];
    points.extend(LOWER_AMUR);
    points.push((141.60, 53.20));
    polygon(&points)
}

/// The land between the Ussuri and the sea, south of the lower Amur, ceded by the Convention of
/// Peking (1860).
pub fn primorye() -> Polygon<f64> {
    let mut points: Vec<(f64, f64)> = LOWER_AMUR.iter().rev().copied().collect();
    points.extend([
        (134.60, 48.10), // inside China: the Ussuri is the border
        (131.00, 45.00),
        (129.60, 42.40),
        (130.70, 41.00), // Sea of Japan
        (138.50, 43.00),
        (141.60, 48.00), // Tatar Strait (Sakhalin is a separate territory)
        (141.60, 53.20),
        (141.10, 52.95),
    ]);
    polygon(&points)
}

/// China's north-east (the Qing provinces of Fengtian, Jilin and Heilongjiang with Hulunbuir):
/// the western limit follows the Greater Khingan and the Liaoning–Hebei line to Shanhaiguan.
pub fn manchuria() -> Polygon<f64> {
    polygon(&[
        (119.75, 39.95), // Shanhaiguan
        (119.30, 40.70),
        (119.90, 41.80),
        (121.50, 43.40),
        (121.80, 44.80),
        (120.90, 46.20),
        (119.50, 47.20),
        (117.70, 47.00),
        (115.50, 47.70), // Hulunbuir's western edge against Mongolia
        (115.00, 49.80),
        (118.00, 54.00), // into Russia
        (128.00, 53.00),
        (136.00, 48.50),
        (131.50, 42.60), // the Tumen
        (124.30, 39.80), // the Yalu mouth
        (122.00, 38.60), // Yellow Sea
        (121.00, 39.60), // Bohai
        (119.75, 39.95),
    ])
}

/// The Kwantung Leased Territory (1898 Russian lease, Japanese from 1905): the tip of the
/// Liaodong peninsula south of a line from Port Adams (Pulandian) Bay to Pitzuwo (Pikou).
pub fn kwantung() -> Polygon<f64> {
    // The northern line after the additional agreement of 7 May 1898, estimated to ±5 km: from
    // the north shore of Adams (Pulandian) Bay over the Adams Peak ridge to the north side of
    // Pitzuwo (Pikou) Bay; Brockhaus–Efron puts the northern limit at 39°25′N.
    polygon(&[
        (120.80, 38.40),
        (123.20, 38.40),
        (123.20, 39.46),
        (122.40, 39.46),
        (122.30, 39.46),
        (122.15, 39.47),
        (122.00, 39.45),
        (121.90, 39.46),
        (121.72, 39.45),
        (120.80, 39.45),
        (120.80, 38.40),
    ])
}
