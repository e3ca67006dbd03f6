//! Runs in headless Chromium (wasm-bindgen-test): the bundled data loads and the maths agrees
//! with the native build inside a real browser's wasm engine.
#![cfg(target_arch = "wasm32")]

use rj_atlas::carto::{LambertConic, Viewport};
use rj_atlas::model::Date;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn bundled_data_loads_in_the_browser() {
    let atlas = rj_atlas::data::bundled().unwrap_or_else(|e| panic!("{e}"));
    let day = Date::end_of_year(1905);
    assert_eq!(
        atlas
            .control_at("sakhalin-south", day)
            .map(|p| p.controllers.clone()),
        Some(vec!["japan".to_string()])
    );
    assert!(atlas.territories.len() >= 20);
}

#[wasm_bindgen_test]
fn projection_round_trips_in_wasm() {
    let view = Viewport::fit(
        LambertConic::atlas(),
        115.0,
        20.0,
        165.0,
        62.0,
        1000.0,
        800.0,
    );
    let (x, y) = view.to_screen(146.0, 43.4);
    let (lon, lat) = view.to_geo(x, y);
    assert!((lon - 146.0).abs() < 1e-9 && (lat - 43.4).abs() < 1e-9);
}

/// The maths in the browser is the browser's `Math` (`carto::math`), natively std's libm: both
/// must give the same map to far below a pixel.
#[wasm_bindgen_test]
fn browser_math_projects_like_the_native_build() {
    let p = LambertConic::atlas();
    let close =
        |a: (f64, f64), b: (f64, f64)| (a.0 - b.0).abs() < 1e-12 && (a.1 - b.1).abs() < 1e-12;
    // Values printed by the native build.
    assert!(close(
        p.project(146.0, 43.4),
        (0.13578730592158328, -0.018377199772747987)
    ));
    assert!(close(
        p.project(121.6, 38.9),
        (-0.1773555941072415, -0.08983748831745664)
    ));
    let km = rj_atlas::carto::haversine_km((141.35, 43.06), (142.74, 46.96));
    assert!((km - 447.1943716108573).abs() < 1e-9);
}
