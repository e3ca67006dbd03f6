//! The polity palette (issue 5, "Colour"): every two polities that can share the map in the same
//! year must be told apart at a glance by readers with normal colour vision and by readers with
//! each full dichromacy (protanopia, deuteranopia, tritanopia), and every polity must stand out
//! from the land that is not a territory and from the sea, in the light and the dark theme.
//!
//! Method:
//!
//! * **Dichromacy simulation**: G. M. Machado, M. M. Oliveira and L. A. F. Fernandes, "A
//!   Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE Transactions on
//!   Visualization and Computer Graphics 15(6), 1291–1298, 2009 (doi:10.1109/TVCG.2009.113). The
//!   matrices are the severity-1.0 protanomaly, deuteranomaly and tritanomaly matrices of the
//!   authors' supplementary table ("Color Vision Deficiency Simulation",
//!   <https://www.inf.ufrgs.br/~oliveira/pubs_files/CVD_Simulation/CVD_Simulation.html>), which
//!   is also what `colour-science` ships as `CVD_MATRICES_MACHADO2010`. As the paper prescribes,
//!   they are applied to *linear* RGB (sRGB decoded with the IEC 61966-2-1 transfer function),
//!   and the result is clipped to the gamut.
//! * **Colour difference**: CIEDE2000 in CIELAB (D65 white), implemented from G. Sharma, W. Wu
//!   and E. N. Dalal, "The CIEDE2000 color-difference formula: implementation notes,
//!   supplementary test data, and mathematical observations", Color Research & Application
//!   30(1), 21–30, 2005, and checked against pairs of its test data.
//! * **Threshold** ΔE00 ≥ 10: a ΔE00 of about 1 is the just-noticeable difference for large
//!   patches seen side by side, but many territories are small on the whole-region view (the
//!   Kuril islands, Habomai, Kwantung) and are matched one at a time against the legend, not
//!   compared side by side. M. Stone, D. A. Szafir and V. Setlur, "An Engineering Model for
//!   Color Difference as a Function of Size" (Color and Imaging Conference 2014), and
//!   D. A. Szafir, "Modeling Color Difference for Visualization Design" (IEEE TVCG 24(1), 2018),
//!   show that the difference needed for reliable discrimination grows several-fold as marks
//!   shrink. 10 is the round margin commonly used for categorical colours read at a glance; it is
//!   a design choice informed by those papers, not a figure taken from them. A simulation only
//!   approximates a real observer, which is one more reason for a wide margin.
//!
//! Which pairs must differ comes from the data: the map shows the state on 31 December of the
//! selected year (`Date::end_of_year`) and fills each territory with its first controller's
//! colour, so two polities conflict when both are first controller of some territory on 31 Dec
//! of one year 1855–2014. Polities that never share the map need only differ in normal vision
//! (they follow each other on the time line and in the legend).
//!
//! Text contrast is not checked here: labels are drawn with a halo (`paint-order: stroke`), so
//! their legibility does not depend on the fill under them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use rj_atlas::model::Date;
use std::collections::{BTreeMap, BTreeSet};

/// The least CIEDE2000 difference between colours that must be told apart (see the module notes).
const THRESHOLD: f64 = 10.0;

/// What the map draws around the territories (`www/style.css`: `--land`, `--sea`, light and dark).
const BACKGROUNDS: [(&str, &str); 4] = [
    ("land (light theme)", "#e7e2d6"),
    ("sea (light theme)", "#dfeaf2"),
    ("land (dark theme)", "#3b3a36"),
    ("sea (dark theme)", "#1f3140"),
];

/// The fill of a territory in a period without a controller (`fill` in
/// `src/ui/territory_layer.rs`): it shares the map with polities, as in the Bonin Islands before
/// 1876. It is meant to read as unheld land, so it is compared with the polities but not with
/// the land.
const UNHELD: (&str, &str) = ("(no controller)", "#d9d4c7");

const FIRST_YEAR: i32 = 1855;
const LAST_YEAR: i32 = 2014;

// ---------------------------------------------------------------------------------------------
// Colour maths
// ---------------------------------------------------------------------------------------------

type Rgb = [f64; 3];
type Lab = [f64; 3];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Vision {
    Normal,
    Protanopia,
    Deuteranopia,
    Tritanopia,
}

impl Vision {
    const ALL: [Vision; 4] = [
        Vision::Normal,
        Vision::Protanopia,
        Vision::Deuteranopia,
        Vision::Tritanopia,
    ];

    fn name(self) -> &'static str {
        match self {
            Vision::Normal => "normal vision",
            Vision::Protanopia => "protanopia",
            Vision::Deuteranopia => "deuteranopia",
            Vision::Tritanopia => "tritanopia",
        }
    }

    /// Machado, Oliveira & Fernandes (2009), severity 1.0, for linear RGB (see the module notes).
    fn matrix(self) -> Option<[[f64; 3]; 3]> {
        match self {
            Vision::Normal => None,
            Vision::Protanopia => Some([
                [0.152286, 1.052583, -0.204868],
                [0.114503, 0.786281, 0.099216],
                [-0.003882, -0.048116, 1.051998],
            ]),
            Vision::Deuteranopia => Some([
                [0.367322, 0.860646, -0.227968],
                [0.280085, 0.672501, 0.047413],
                [-0.011820, 0.042940, 0.968881],
            ]),
            Vision::Tritanopia => Some([
                [1.255528, -0.076749, -0.178779],
                [-0.078411, 0.930809, 0.147602],
                [0.004733, 0.691367, 0.303900],
            ]),
        }
    }
}

/// `#rrggbb` as sRGB components in 0–1.
fn parse_hex(colour: &str) -> Rgb {
    let hex = colour
        .strip_prefix('#')
        .filter(|h| h.len() == 6)
        .unwrap_or_else(|| panic!("colour “{colour}” is not #rrggbb"));
    let channel = |i: usize| {
        let byte = u8::from_str_radix(&hex[i..i + 2], 16)
            .unwrap_or_else(|e| panic!("colour “{colour}”: {e}"));
        f64::from(byte) / 255.0
    };
    [channel(0), channel(2), channel(4)]
}

/// The sRGB transfer function, decoded (IEC 61966-2-1).
fn to_linear(c: f64) -> f64 {
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// Linear RGB as seen with `vision`.
fn simulate(linear: Rgb, vision: Vision) -> Rgb {
    match vision.matrix() {
        None => linear,
        Some(m) => {
            let row = |r: [f64; 3]| {
                (r[0] * linear[0] + r[1] * linear[1] + r[2] * linear[2]).clamp(0.0, 1.0)
            };
            [row(m[0]), row(m[1]), row(m[2])]
        }
    }
}

/// Linear sRGB to CIELAB, D65 reference white.
fn lab_of_linear([r, g, b]: Rgb) -> Lab {
    let x = 0.412_456_4 * r + 0.357_576_1 * g + 0.180_437_5 * b;
    let y = 0.212_672_9 * r + 0.715_152_2 * g + 0.072_175_0 * b;
    let z = 0.019_333_9 * r + 0.119_192_0 * g + 0.950_304_1 * b;
    let (xn, yn, zn) = (0.950_47, 1.0, 1.088_83);
    let f = |t: f64| {
        const EPSILON: f64 = 216.0 / 24389.0;
        const KAPPA: f64 = 24389.0 / 27.0;
        if t > EPSILON {
            t.cbrt()
        } else {
            (KAPPA * t + 16.0) / 116.0
        }
    };
    let (fx, fy, fz) = (f(x / xn), f(y / yn), f(z / zn));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// `#rrggbb` as seen with `vision`, in CIELAB.
fn lab(colour: &str, vision: Vision) -> Lab {
    let linear = parse_hex(colour).map(to_linear);
    lab_of_linear(simulate(linear, vision))
}

/// CIEDE2000 colour difference (kL = kC = kH = 1), following Sharma, Wu & Dalal (2005).
fn delta_e00(lab1: Lab, lab2: Lab) -> f64 {
    let [l1, a1, b1] = lab1;
    let [l2, a2, b2] = lab2;
    let pow25_7 = 25f64.powi(7);
    let c_mean = (a1.hypot(b1) + a2.hypot(b2)) / 2.0;
    let g = 0.5 * (1.0 - (c_mean.powi(7) / (c_mean.powi(7) + pow25_7)).sqrt());
    let (a1p, a2p) = ((1.0 + g) * a1, (1.0 + g) * a2);
    let (c1p, c2p) = (a1p.hypot(b1), a2p.hypot(b2));
    let hue = |b: f64, ap: f64| {
        if b == 0.0 && ap == 0.0 {
            0.0
        } else {
            b.atan2(ap).to_degrees().rem_euclid(360.0)
        }
    };
    let (h1p, h2p) = (hue(b1, a1p), hue(b2, a2p));
    let chroma_product = c1p * c2p;

    let dl = l2 - l1;
    let dc = c2p - c1p;
    let dh_angle = if chroma_product == 0.0 {
        0.0
    } else {
        let d = h2p - h1p;
        if d > 180.0 {
            d - 360.0
        } else if d < -180.0 {
            d + 360.0
        } else {
            d
        }
    };
    let dh = 2.0 * chroma_product.sqrt() * (dh_angle.to_radians() / 2.0).sin();

    let l_mean = (l1 + l2) / 2.0;
    let cp_mean = (c1p + c2p) / 2.0;
    let hp_mean = if chroma_product == 0.0 {
        h1p + h2p
    } else if (h1p - h2p).abs() <= 180.0 {
        (h1p + h2p) / 2.0
    } else if h1p + h2p < 360.0 {
        (h1p + h2p + 360.0) / 2.0
    } else {
        (h1p + h2p - 360.0) / 2.0
    };
    let t = 1.0 - 0.17 * (hp_mean - 30.0).to_radians().cos()
        + 0.24 * (2.0 * hp_mean).to_radians().cos()
        + 0.32 * (3.0 * hp_mean + 6.0).to_radians().cos()
        - 0.20 * (4.0 * hp_mean - 63.0).to_radians().cos();
    let d_theta = 30.0 * (-((hp_mean - 275.0) / 25.0).powi(2)).exp();
    let r_c = 2.0 * (cp_mean.powi(7) / (cp_mean.powi(7) + pow25_7)).sqrt();
    let s_l = 1.0 + 0.015 * (l_mean - 50.0).powi(2) / (20.0 + (l_mean - 50.0).powi(2)).sqrt();
    let s_c = 1.0 + 0.045 * cp_mean;
    let s_h = 1.0 + 0.015 * cp_mean * t;
    let r_t = -(2.0 * d_theta).to_radians().sin() * r_c;
    let (tl, tc, th) = (dl / s_l, dc / s_c, dh / s_h);
    (tl * tl + tc * tc + th * th + r_t * tc * th).sqrt()
}

/// The difference between two `#rrggbb` colours as seen with `vision`.
fn difference(a: &str, b: &str, vision: Vision) -> f64 {
    delta_e00(lab(a, vision), lab(b, vision))
}

// ---------------------------------------------------------------------------------------------
// Checks of the colour maths
// ---------------------------------------------------------------------------------------------

#[test]
fn ciede2000_matches_the_sharma_wu_dalal_test_data() {
    // (Lab 1, Lab 2, ΔE00): pairs 1, 7, 17 and 25 of Sharma, Wu & Dalal (2005), Table 1.
    let pairs = [
        ([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485], 2.0425),
        ([50.0, 0.0, 0.0], [50.0, -1.0, 2.0], 2.3669),
        ([50.0, 2.5, 0.0], [73.0, 25.0, -18.0], 27.1492),
        (
            [60.2574, -34.0099, 36.2677],
            [60.4626, -34.1751, 39.4387],
            1.2644,
        ),
    ];
    for (lab1, lab2, expected) in pairs {
        for (x, y) in [(lab1, lab2), (lab2, lab1)] {
            let got = delta_e00(x, y);
            assert!(
                (got - expected).abs() < 5e-5,
                "ΔE00({x:?}, {y:?}) = {got:.4}, expected {expected}"
            );
        }
    }
}

#[test]
fn srgb_to_lab_and_the_simulations_are_sane() {
    // White is L* 100, neutral; the transfer function meets at the breakpoint.
    let white = lab("#ffffff", Vision::Normal);
    assert!((white[0] - 100.0).abs() < 1e-3 && white[1].abs() < 1e-3 && white[2].abs() < 1e-3);
    // Mid grey #777777 is L* ≈ 50.0 (a standard reference value).
    assert!((lab("#777777", Vision::Normal)[0] - 50.03).abs() < 0.05);
    // Machado's matrices keep neutrals neutral (each row sums to 1).
    for vision in Vision::ALL {
        for grey in ["#ffffff", "#808080", "#202020"] {
            let d = delta_e00(lab(grey, vision), lab(grey, Vision::Normal));
            assert!(
                d < 0.2,
                "{grey} changes under {}: ΔE00 {d:.3}",
                vision.name()
            );
        }
    }
    // The simulations do what they are for: a classic red/green confusion pair collapses for
    // the red-green dichromats but not for tritanopes, and a classic tritan confusion (blue and
    // green of equal lightness) collapses only for tritanopes.
    let collapses = |a: &str, b: &str, vision: Vision| {
        difference(a, b, vision) < difference(a, b, Vision::Normal) / 2.0
    };
    let (red, green) = ("#cc6666", "#7f8f3c");
    assert!(difference(red, green, Vision::Normal) > 25.0);
    assert!(collapses(red, green, Vision::Protanopia));
    assert!(collapses(red, green, Vision::Deuteranopia));
    assert!(!collapses(red, green, Vision::Tritanopia));
    let (blue, teal) = ("#5a8fd0", "#4aa596");
    assert!(difference(blue, teal, Vision::Normal) > 25.0);
    assert!(collapses(blue, teal, Vision::Tritanopia));
    assert!(!collapses(blue, teal, Vision::Protanopia));
    assert!(!collapses(blue, teal, Vision::Deuteranopia));
}

// ---------------------------------------------------------------------------------------------
// The palette
// ---------------------------------------------------------------------------------------------

/// Polity id → colour, from `geodata/history/polities.json`, plus the unheld fill.
fn colours() -> BTreeMap<&'static str, &'static str> {
    let atlas = common::atlas();
    assert!(!atlas.polities.is_empty(), "no polities loaded");
    let mut colours: BTreeMap<&str, &str> = atlas
        .polities
        .iter()
        .map(|p| (p.id.as_str(), p.colour.as_str()))
        .collect();
    colours.insert(UNHELD.0, UNHELD.1);
    colours
}

/// For each set of polities that fill the map together on some 31 December, the years it does.
fn map_years() -> BTreeMap<BTreeSet<&'static str>, Vec<i32>> {
    let atlas = common::atlas();
    assert!(!atlas.territories.is_empty(), "no territories loaded");
    let mut sets: BTreeMap<BTreeSet<&str>, Vec<i32>> = BTreeMap::new();
    for year in FIRST_YEAR..=LAST_YEAR {
        let date = Date::end_of_year(year);
        let shown: BTreeSet<&str> = atlas
            .territories
            .iter()
            .map(|t| {
                let period = t
                    .period_at(date)
                    .unwrap_or_else(|| panic!("{} has no period on {date:?}", t.id));
                period.controllers.first().map_or(UNHELD.0, String::as_str)
            })
            .collect();
        sets.entry(shown).or_default().push(year);
    }
    sets
}

/// Every pair of polities that share the map, with a year in which they do.
fn simultaneous_pairs() -> BTreeMap<(&'static str, &'static str), i32> {
    let mut pairs = BTreeMap::new();
    for (set, years) in map_years() {
        let ids: Vec<&str> = set.into_iter().collect();
        for (i, a) in ids.iter().enumerate() {
            for b in &ids[i + 1..] {
                pairs.entry((*a, *b)).or_insert(years[0]);
            }
        }
    }
    pairs
}

#[test]
fn the_pair_list_covers_the_eras_of_the_map() {
    let pairs = simultaneous_pairs();
    for (a, b) in [
        ("japan", "russian-empire"),
        ("japan", "qing"),
        ("japan", "ussr"),
        ("japan", "manchukuo"),
        ("dprk", "rok"),
        ("prc", "roc"),
        ("japan", "russia"),
    ] {
        let key = if a < b { (a, b) } else { (b, a) };
        assert!(pairs.contains_key(&key), "{a} and {b} never share the map");
    }
}

#[test]
fn polities_on_the_map_together_are_distinguishable_in_every_vision() {
    let colours = colours();
    let mut failures = Vec::new();
    let mut minima: BTreeMap<&str, (f64, &str, &str)> = BTreeMap::new();
    for ((a, b), year) in simultaneous_pairs() {
        let (ca, cb) = (
            colours
                .get(a)
                .unwrap_or_else(|| panic!("unknown polity {a}")),
            colours
                .get(b)
                .unwrap_or_else(|| panic!("unknown polity {b}")),
        );
        for vision in Vision::ALL {
            let d = difference(ca, cb, vision);
            let min = minima
                .entry(vision.name())
                .or_insert((f64::INFINITY, "", ""));
            if d < min.0 {
                *min = (d, a, b);
            }
            if d < THRESHOLD {
                failures.push(format!(
                    "{a} ({ca}) and {b} ({cb}), both on the map on 31 Dec {year}: \
                     ΔE00 {d:.1} under {} (need ≥ {THRESHOLD})",
                    vision.name()
                ));
            }
        }
    }
    for (vision, (d, a, b)) in &minima {
        println!("least ΔE00 between polities on the map together, {vision}: {d:.1} ({a} / {b})");
    }
    assert!(
        failures.is_empty(),
        "polity colours too close for some readers (change \"colour\" in \
         geodata/history/polities.json):\n  {}",
        failures.join("\n  ")
    );
}

#[test]
fn polities_stand_out_from_land_and_sea_in_every_vision() {
    let colours = colours();
    let shown: BTreeSet<&str> = map_years().into_keys().flatten().collect();
    let mut failures = Vec::new();
    let mut least = (f64::INFINITY, String::new());
    for id in shown.iter().filter(|id| **id != UNHELD.0) {
        let colour = colours[id];
        for (background, bg) in BACKGROUNDS {
            for vision in Vision::ALL {
                let d = difference(colour, bg, vision);
                if d < least.0 {
                    least = (d, format!("{id} / {background}, {}", vision.name()));
                }
                if d < THRESHOLD {
                    failures.push(format!(
                        "{id} ({colour}) against the {background} ({bg}): ΔE00 {d:.1} under {} \
                         (need ≥ {THRESHOLD})",
                        vision.name()
                    ));
                }
            }
        }
    }
    println!(
        "least ΔE00 between a polity and land or sea: {:.1} ({})",
        least.0, least.1
    );
    assert!(
        failures.is_empty(),
        "polity colours too close to the background:\n  {}",
        failures.join("\n  ")
    );
}

#[test]
fn all_polities_are_distinguishable_in_normal_vision() {
    // Polities that never share the map still follow each other on the time line and sit side by
    // side in the legend.
    let colours = colours();
    let ids: Vec<&str> = colours.keys().copied().collect();
    let mut failures = Vec::new();
    let mut least = (f64::INFINITY, "", "");
    for (i, a) in ids.iter().enumerate() {
        for b in &ids[i + 1..] {
            let d = difference(colours[a], colours[b], Vision::Normal);
            if d < least.0 {
                least = (d, a, b);
            }
            if d < THRESHOLD {
                failures.push(format!(
                    "{a} ({}) and {b} ({}): ΔE00 {d:.1} in normal vision (need ≥ {THRESHOLD})",
                    colours[a], colours[b]
                ));
            }
        }
    }
    println!(
        "least ΔE00 between any two polities, normal vision: {:.1} ({} / {})",
        least.0, least.1, least.2
    );
    assert!(
        failures.is_empty(),
        "polity colours too close to each other:\n  {}",
        failures.join("\n  ")
    );
}
