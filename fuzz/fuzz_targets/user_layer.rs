//! Fuzzes `rj_atlas::data::user_layer::parse_user_layer`, which reads a GeoJSON file a teacher
//! adds (by URL, attribute, property or drop): a layer with its per-feature problems, or an error
//! that says why; never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rj_atlas::data::user_layer::parse_user_layer;

fuzz_target!(|input: &[u8]| {
    let Ok(text) = std::str::from_utf8(input) else {
        return;
    };
    match parse_user_layer("fuzz.geojson", text) {
        Ok(layer) => assert!(!layer.features.is_empty()),
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});
