//! Writes the app's bundled copy of the data: the same files, minified, without the long texts
//! a first view does not need (sources, notes, event descriptions). The full files stay in
//! `geodata/`, are validated natively, and are shipped beside the app for the detail panels.

use serde_json::Value;
use std::path::{Path, PathBuf};

/// (source file, bundled name, keys removed from every object inside `properties`/records)
const FILES: [(&str, &str, &[&str]); 7] = [
    (
        "geodata/history/polities.json",
        "polities.json",
        &["sources"],
    ),
    (
        "geodata/lod/territories-z0.geojson",
        "territories.geojson",
        &["sources", "note"],
    ),
    ("geodata/lod/context-z0.geojson", "context.geojson", &[]),
    ("geodata/places.geojson", "places.geojson", &["sources"]),
    (
        "geodata/events.geojson",
        "events.geojson",
        &["sources", "note", "description"],
    ),
    (
        "geodata/sister-cities.geojson",
        "sister-cities.geojson",
        &["sources", "note"],
    ),
    ("geodata/trade.json", "trade.json", &[]),
];

fn strip(value: &mut Value, keys: &[&str]) {
    match value {
        Value::Object(map) => {
            for key in keys {
                map.remove(*key);
            }
            map.values_mut().for_each(|v| strip(v, keys));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| strip(v, keys)),
        _ => {}
    }
}

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for (source, name, keys) in FILES {
        println!("cargo:rerun-if-changed={source}");
        let text =
            std::fs::read_to_string(Path::new(source)).unwrap_or_else(|e| panic!("{source}: {e}"));
        // A file that is not JSON is bundled as it is, so the app reports the problem itself.
        let bundled = match serde_json::from_str::<Value>(&text) {
            Ok(mut value) => {
                strip(&mut value, keys);
                value.to_string()
            }
            Err(_) => text,
        };
        std::fs::write(out.join(name), bundled).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}
