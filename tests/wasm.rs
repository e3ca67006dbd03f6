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
