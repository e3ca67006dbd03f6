//! Writes the app's bundled copy of the data: the same files, minified, without the long texts
//! a first view does not need (sources, notes, event descriptions and Julian dates, the basis of
//! each period), and with polygon coordinates delta-encoded as integers (`"delta": 1000`: the
//! first position of each ring in thousandths of a degree, the others as differences), which
//! gzips to about half. The full files stay in `geodata/` and are validated natively.
//!
//! The app itself reads none of that JSON: the same stripped values are also written as Rust
//! statics (`bundled.rs`, see `codegen/rust_statics.rs`), so the WebAssembly carries the data
//! without a JSON parser for it — about 45 KB gzip less code, and no parsing before the first
//! paint. A native test checks that the statics and the JSON copy give the same atlas.

use serde_json::Value;
use std::path::{Path, PathBuf};

#[path = "codegen/rust_statics.rs"]
mod rust_statics;

/// (source file, bundled name, keys removed from every object inside `properties`/records)
const FILES: [(&str, &str, &[&str]); 7] = [
    (
        "geodata/history/polities.json",
        "polities.json",
        &["sources", "from", "to", "note"],
    ),
    (
        "geodata/lod/territories-z0.geojson",
        "territories.geojson",
        &["sources", "note", "basis", "extent"],
    ),
    ("geodata/lod/context-z0.geojson", "context.geojson", &[]),
    (
        "geodata/places.geojson",
        "places.geojson",
        &["sources", "note"],
    ),
    (
        "geodata/events.geojson",
        "events.geojson",
        &["sources", "note", "description", "julian", "place"],
    ),
    (
        "geodata/sister-cities.geojson",
        "sister-cities.geojson",
        &["sources", "note", "region"],
    ),
    // The charts read each figure's value and source on hover, so sources stay.
    ("geodata/trade.json", "trade.json", &["note"]),
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

/// Thousandths of a degree: the precision of the whole-region copies.
const DELTA_SCALE: f64 = 1000.0;

fn delta_ring(ring: &[Value]) -> Vec<Value> {
    let mut last = (0i64, 0i64);
    ring.iter()
        .enumerate()
        .map(|(i, p)| {
            let x = (p[0].as_f64().unwrap_or(0.0) * DELTA_SCALE).round() as i64;
            let y = (p[1].as_f64().unwrap_or(0.0) * DELTA_SCALE).round() as i64;
            let out = if i == 0 {
                (x, y)
            } else {
                (x - last.0, y - last.1)
            };
            last = (x, y);
            Value::from(vec![out.0, out.1])
        })
        .collect()
}

/// Delta-encodes the rings of every Polygon and MultiPolygon geometry in a FeatureCollection.
fn delta_encode(collection: &mut Value) {
    let Some(features) = collection.get_mut("features").and_then(Value::as_array_mut) else {
        return;
    };
    for geometry in features.iter_mut().filter_map(|f| f.get_mut("geometry")) {
        let kind = geometry
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let Some(coordinates) = geometry.get_mut("coordinates") else {
            continue;
        };
        let encode_polygon = |rings: &mut Value| {
            if let Some(rings) = rings.as_array_mut() {
                for ring in rings.iter_mut() {
                    if let Some(points) = ring.as_array() {
                        *ring = Value::from(delta_ring(points));
                    }
                }
            }
        };
        match kind.as_str() {
            "Polygon" => encode_polygon(coordinates),
            "MultiPolygon" => coordinates
                .as_array_mut()
                .into_iter()
                .flatten()
                .for_each(encode_polygon),
            _ => continue,
        }
        geometry["delta"] = Value::from(DELTA_SCALE);
    }
}

/// Removes `properties.id` where the feature carries the same `id` itself.
fn drop_duplicate_ids(collection: &mut Value) {
    let Some(features) = collection.get_mut("features").and_then(Value::as_array_mut) else {
        return;
    };
    for feature in features {
        let id = feature.get("id").cloned();
        if let (Some(id), Some(props)) = (
            id,
            feature.get_mut("properties").and_then(Value::as_object_mut),
        ) {
            if props.get("id") == Some(&id) {
                props.remove("id");
            }
        }
    }
}

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    // RJ_BUNDLE_TERRITORIES=path bundles another territories file instead of the z0 copy (the
    // benchmark's scale test builds with a denser one); it is stripped and encoded the same way.
    println!("cargo:rerun-if-env-changed=RJ_BUNDLE_TERRITORIES");
    let territories = std::env::var("RJ_BUNDLE_TERRITORIES").unwrap_or_default();
    let mut values: Vec<(&str, Value)> = Vec::new();
    let mut broken: Vec<String> = Vec::new();
    for (source, name, keys) in FILES {
        let source = match name {
            "territories.geojson" if !territories.is_empty() => territories.as_str(),
            _ => source,
        };
        println!("cargo:rerun-if-changed={source}");
        let text =
            std::fs::read_to_string(Path::new(source)).unwrap_or_else(|e| panic!("{source}: {e}"));
        // A file that is not JSON is bundled as it is, so the native tests of the bundled
        // copy report the problem; the app's Rust copy then cannot be written (see below).
        let bundled = match serde_json::from_str::<Value>(&text) {
            Ok(mut value) => {
                strip(&mut value, keys);
                drop_duplicate_ids(&mut value);
                if name == "territories.geojson" || name == "context.geojson" {
                    delta_encode(&mut value);
                }
                let json = value.to_string();
                values.push((name, value));
                json
            }
            Err(e) => {
                broken.push(format!("{source}: not valid JSON: {e}"));
                text
            }
        };
        std::fs::write(out.join(name), bundled).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    let rust = if broken.is_empty() {
        rust_statics::write(&values).unwrap_or_else(|e| {
            format!(
                "compile_error!({:?});",
                format!("geodata: {e}; `cargo test --test data_files` says more")
            )
        })
    } else {
        format!("compile_error!({:?});", broken.join("; "))
    };
    std::fs::write(out.join("bundled.rs"), rust).unwrap_or_else(|e| panic!("bundled.rs: {e}"));
}
