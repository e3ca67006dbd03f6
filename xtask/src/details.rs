//! `details/{territories,events,sisters}.json`: what the details panel shows but the first view does not need — where each
//! event happened, its description, Julian dates and sources; why each period of control began,
//! its sources and notes; the sources of each sister-city pair. The app fetches it the first time
//! a reader opens a panel, so it costs nothing on the first load. Made from the same files the
//! app bundles (`geodata/`), so the two cannot drift apart.

use anyhow::{Context, Result};
use serde_json::{json, Map, Value};
use std::path::Path;

fn read(root: &Path, file: &str) -> Result<Value> {
    let text =
        std::fs::read_to_string(root.join(file)).with_context(|| format!("reading {file}"))?;
    serde_json::from_str(&text).with_context(|| format!("parsing {file}"))
}

/// The listed keys of `object`, those present.
fn pick(object: &Value, keys: &[&str]) -> Value {
    let mut out = Map::new();
    for key in keys {
        if let Some(v) = object.get(*key) {
            if !v.is_null() {
                out.insert((*key).to_string(), v.clone());
            }
        }
    }
    Value::Object(out)
}

fn by_id(collection: &Value, keys: &[&str], each: impl Fn(&Value) -> Value) -> Map<String, Value> {
    let mut out = Map::new();
    for feature in collection["features"].as_array().into_iter().flatten() {
        let props = &feature["properties"];
        if let Some(id) = props["id"].as_str().or(feature["id"].as_str()) {
            let mut value = pick(props, keys);
            if let (Value::Object(map), Value::Object(extra)) = (&mut value, each(props)) {
                map.extend(extra);
            }
            out.insert(id.to_string(), value);
        }
    }
    out
}

/// Writes `details/territories.json`, `details/events.json` and `details/sisters.json` into
/// `out`, each an object from id to details.
pub fn write(root: &Path, out: &Path) -> Result<()> {
    let territories = by_id(
        &read(root, "geodata/lod/territories-z0.geojson")?,
        &["extent"],
        |props| {
            let periods: Vec<Value> = props["periods"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| pick(p, &["basis", "sources", "note"]))
                .collect();
            json!({ "periods": periods })
        },
    );
    let events = by_id(
        &read(root, "geodata/events.geojson")?,
        &["place", "description", "julian", "sources", "note"],
        |_| json!({}),
    );
    let sisters = by_id(
        &read(root, "geodata/sister-cities.geojson")?,
        &["sources", "note", "precision"],
        |props| json!({ "regions": [props["russian"]["region"].clone(), props["japanese"]["region"].clone()] }),
    );
    // One file per kind: opening an event's panel fetches the events' details alone.
    let dir = out.join("details");
    std::fs::create_dir_all(&dir).context("creating details/")?;
    for (name, map) in [
        ("territories", territories),
        ("events", events),
        ("sisters", sisters),
    ] {
        std::fs::write(
            dir.join(format!("{name}.json")),
            serde_json::to_string(&map)?,
        )
        .with_context(|| format!("writing details/{name}.json"))?;
    }
    Ok(())
}
