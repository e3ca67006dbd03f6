//! Fuzzes `rj_atlas::data::details::parse_details`, which reads the `details/*.json` files the
//! app fetches when a panel opens: any text gives details or an error naming the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rj_atlas::data::details::{parse_details, EventDetails, SisterDetails, TerritoryDetails};

fuzz_target!(|input: &[u8]| {
    let Ok(text) = std::str::from_utf8(input) else {
        return;
    };
    if let Err(e) = parse_details::<EventDetails>("details/events.json", text) {
        assert!(e.to_string().starts_with("details/events.json"));
    }
    if let Err(e) = parse_details::<TerritoryDetails>("details/territories.json", text) {
        assert!(e.to_string().starts_with("details/territories.json"));
    }
    if let Err(e) = parse_details::<SisterDetails>("details/sister-cities.json", text) {
        assert!(e.to_string().starts_with("details/sister-cities.json"));
    }
});
