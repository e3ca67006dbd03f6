//! The files under `geodata/` parse, validate, agree with each other and contain what the issues
//! require.
#![cfg(not(target_arch = "wasm32"))]

use rj_atlas::data::{load, DataError, DataFiles, BUNDLED, FULL};
use rj_atlas::model::{Atlas, Lang};
use serde_json::Value;

const TERRITORY_IDS: [&str; 20] = [
    "sakhalin-north",
    "sakhalin-south",
    "kurils-north",
    "urup",
    "iturup",
    "kunashir",
    "shikotan",
    "habomai",
    "hokkaido",
    "japan",
    "korea-north",
    "korea-south",
    "kwantung",
    "manchuria",
    "taiwan",
    "primorye",
    "amur",
    "amami",
    "ryukyu",
    "bonin",
];
const POLITY_IDS: [&str; 15] = [
    "russian-empire",
    "far-eastern-republic",
    "ussr",
    "russia",
    "japan",
    "qing",
    "roc",
    "prc",
    "joseon",
    "korean-empire",
    "dprk",
    "rok",
    "manchukuo",
    "usa",
    "mongolia",
];

/// The full-resolution data, loaded and validated once per test binary (geo's validity check
/// of every 10 m shape takes a while in a debug build).
fn full() -> &'static Atlas {
    static ATLAS: std::sync::OnceLock<Atlas> = std::sync::OnceLock::new();
    ATLAS.get_or_init(|| load(&FULL).unwrap_or_else(|e| panic!("full data is invalid:\n{e}")))
}

#[test]
fn full_and_bundled_data_validate() {
    full();
    if let Err(e) = load(&BUNDLED) {
        panic!("bundled data is invalid:\n{e}");
    }
}

#[test]
fn every_required_territory_and_polity_is_there() {
    let atlas = full();
    for id in TERRITORY_IDS {
        let t = atlas
            .territory(id)
            .unwrap_or_else(|| panic!("missing territory {id}"));
        assert!(!t.geometry.0.is_empty(), "{id} has land");
        assert!(
            t.names.missing(&Lang::ALL).is_empty(),
            "{id} named in all four languages"
        );
    }
    for id in POLITY_IDS {
        assert!(atlas.polity(id).is_some(), "missing polity {id}");
    }
}

fn lat_range(shape: &geo::MultiPolygon<f64>) -> (f64, f64) {
    use geo::CoordsIter;
    shape
        .coords_iter()
        .fold((f64::MAX, f64::MIN), |(lo, hi), c| {
            (lo.min(c.y), hi.max(c.y))
        })
}

#[test]
fn sakhalin_is_split_at_the_fiftieth_parallel() {
    let atlas = full();
    let (north_lo, _) = lat_range(&atlas.territory("sakhalin-north").expect("north").geometry);
    let (_, south_hi) = lat_range(&atlas.territory("sakhalin-south").expect("south").geometry);
    assert!(
        (north_lo - 50.0).abs() < 1e-9,
        "north starts at 50°N: {north_lo}"
    );
    assert!(
        (south_hi - 50.0).abs() < 1e-9,
        "south ends at 50°N: {south_hi}"
    );
}

#[test]
fn habomai_islets_are_separate_polygons() {
    let atlas = full();
    let habomai = &atlas.territory("habomai").expect("habomai").geometry;
    // Natural Earth 10 m land has four Habomai islets (its country layer has one).
    assert!(
        habomai.0.len() >= 4,
        "Habomai has its islets: {}",
        habomai.0.len()
    );
    for id in ["urup", "iturup", "kunashir", "shikotan"] {
        let t = atlas.territory(id).expect("island");
        assert!(!t.geometry.0.is_empty(), "{id}");
    }
}

/// `cargo xtask geodata` copies the history files into the GeoJSON; this catches a history edit
/// that was not followed by that command.
#[test]
fn generated_geojson_matches_the_history_files() {
    for file in [
        "geodata/territories.geojson",
        "geodata/lod/territories-z0.geojson",
    ] {
        let text = std::fs::read_to_string(file).expect("read");
        let fc: Value = serde_json::from_str(&text).expect("json");
        for feature in fc["features"].as_array().expect("features") {
            let id = feature["id"].as_str().expect("id");
            let history: Value = serde_json::from_str(
                &std::fs::read_to_string(format!("geodata/history/territories/{id}.json"))
                    .expect("history file"),
            )
            .expect("history json");
            for key in ["names", "extent", "periods"] {
                assert_eq!(
                    feature["properties"][key], history[key],
                    "{file} {id}.{key} differs from the history file: run `cargo xtask geodata`"
                );
            }
        }
    }
}

#[test]
fn errors_name_the_file_the_feature_and_the_problem() {
    let broken_territories = r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"urup","properties":{"names":{"en":"Urup"},"periods":[
        {"from":"1855-01-01","to":"1900-01-01","controllers":["atlantis"],"status":"sovereign","sources":[]},
        {"from":"1901-01-01","to":null,"controllers":["japan"],"status":"sovereign","event":"no-such-event","sources":[{"title":"x","url":"https://example.org"}]}]},
        "geometry":{"type":"Polygon","coordinates":[[[149.0,45.0],[149.0,46.0],[150.0,46.0],[149.0,45.0]]]}}]}"#;
    let files = DataFiles {
        territories: broken_territories,
        ..FULL
    };
    let errors = load(&files).expect_err("invalid").0;
    let text: Vec<String> = errors.iter().map(DataError::to_string).collect();
    let has = |needle: &str| {
        text.iter().any(|t| {
            t.contains("geodata/territories.geojson") && t.contains("urup") && t.contains(needle)
        })
    };
    assert!(has("unknown polity “atlantis”"), "{text:#?}");
    assert!(has("leaves a gap"), "{text:#?}");
    assert!(has("no-such-event"), "{text:#?}");
    assert!(has("has no source"), "{text:#?}");
    assert!(has("names lacks th, ru, ja"), "{text:#?}");
    assert!(has("clockwise"), "{text:#?}");

    let files = DataFiles {
        events: "{not json",
        ..BUNDLED
    };
    let errors = load(&files).expect_err("invalid");
    assert!(
        errors
            .to_string()
            .contains("geodata/events.geojson: not valid JSON"),
        "{errors}"
    );
}

/// A sister city's region is shown in the details panel in the reader's language: one given
/// in English only is an error, like a name.
#[test]
fn a_region_in_english_only_is_named() {
    let text = std::fs::read_to_string("geodata/sister-cities.geojson").expect("read");
    let english_only = text.replacen(
        r#""en": "Primorsky Krai",
      "th": "ดินแดนปรีมอร์สกี",
      "ru": "Приморский край",
      "ja": "沿海地方""#,
        r#""en": "Primorsky Krai""#,
        1,
    );
    assert_ne!(
        english_only, text,
        "the first pair's region is Primorsky Krai in four languages"
    );
    let files = DataFiles {
        sister_cities: &english_only,
        ..FULL
    };
    let errors = load(&files).expect_err("invalid").to_string();
    assert!(
        errors.contains("nakhodka--maizuru")
            && errors.contains("Russian city region lacks th, ru, ja"),
        "{errors}"
    );
}

/// The trade figures of the source text (its chapter on trade and economy) are in the series.
#[test]
fn trade_series_holds_the_source_text_figures() {
    let trade = full().trade.as_ref().expect("trade.json");
    let value = |year: i32| {
        trade
            .series
            .iter()
            .find(|f| f.year == year)
            .map(|f| (f.value, f.period.as_str()))
    };
    assert_eq!(value(1960), Some((147.0, "year")));
    assert_eq!(value(1982), Some((5581.0, "year")));
    assert_eq!(value(2013), Some((34800.0, "year")));
    assert_eq!(value(2014), Some((20800.0, "jan-sep")));
    assert!(
        value(1990).is_none(),
        "years without a sourced figure stay gaps"
    );
    assert!(trade.series.iter().all(|f| !f.sources.is_empty()));
}

#[test]
fn every_territory_label_lies_inside_its_land() {
    use geo::Contains;
    for t in &full().territories {
        let (lon, lat) = t
            .label
            .unwrap_or_else(|| panic!("{}: no label point", t.id));
        assert!(
            t.geometry.contains(&geo::Point::new(lon, lat)),
            "{}: label [{lon}, {lat}] is not on its land",
            t.id
        );
        assert!(t.area > 0.0, "{}: no area", t.id);
    }
}

/// The details panel reads `details/*.json`, which `cargo xtask dist` copies from these files'
/// properties: every record must read as the panel's types, with a description and sources.
#[test]
fn details_read_from_the_data_files() {
    use rj_atlas::data::details::{parse_details, EventDetails, SisterDetails, TerritoryDetails};
    let by_id = |file: &str, text: &str, keep: &[&str]| -> String {
        let v: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let mut out = serde_json::Map::new();
        for f in v["features"].as_array().expect("features") {
            let props = &f["properties"];
            let mut entry = serde_json::Map::new();
            for key in keep {
                if let Some(x) = props.get(*key) {
                    entry.insert((*key).to_string(), x.clone());
                }
            }
            out.insert(
                props["id"]
                    .as_str()
                    .or(f["id"].as_str())
                    .expect("id")
                    .to_string(),
                Value::Object(entry),
            );
        }
        Value::Object(out).to_string()
    };
    let events_text = by_id(
        "events",
        include_str!("../geodata/events.geojson"),
        &["place", "description", "julian", "sources", "note"],
    );
    let events = parse_details::<EventDetails>("events", &events_text).expect("events read");
    let tsushima = &events["tsushima-1905"];
    assert!(!tsushima.description.en.is_empty() && tsushima.description.th.is_some());
    assert!(tsushima.julian.is_some(), "Tsushima has its Julian dates");
    assert!(!tsushima.sources.is_empty());
    assert!(events
        .values()
        .all(|e| !e.sources.is_empty() && !e.place.en.is_empty()));
    let territories_text = by_id(
        "territories",
        include_str!("../geodata/lod/territories-z0.geojson"),
        &["extent", "periods"],
    );
    let territories = parse_details::<TerritoryDetails>("territories", &territories_text)
        .expect("territories read");
    for t in &full().territories {
        let d = &territories[&t.id];
        assert_eq!(
            d.periods.len(),
            t.periods.len(),
            "{}: one details entry a period",
            t.id
        );
        assert!(
            d.periods.iter().all(|p| !p.sources.is_empty()),
            "{}: sources",
            t.id
        );
    }
    let sisters_text = by_id(
        "sisters",
        include_str!("../geodata/sister-cities.geojson"),
        &["sources", "note", "precision"],
    );
    let sisters = parse_details::<SisterDetails>("sisters", &sisters_text).expect("sisters read");
    assert!(sisters.values().all(|s| !s.sources.is_empty()));
}

/// The app reads the data from Rust statics written by `build.rs`; they must hold exactly what
/// the validated JSON copy holds.
#[test]
fn the_apps_statics_hold_the_validated_bundled_data() {
    let from_json = load(&BUNDLED).unwrap_or_else(|e| panic!("bundled JSON invalid:\n{e}"));
    let from_statics = rj_atlas::data::bundled().expect("statics");
    assert_eq!(from_statics.polities, from_json.polities);
    assert_eq!(from_statics.events, from_json.events);
    assert_eq!(from_statics.places, from_json.places);
    assert_eq!(from_statics.sister_pairs, from_json.sister_pairs);
    assert_eq!(from_statics.context, from_json.context);
    for (a, b) in from_statics.territories.iter().zip(&from_json.territories) {
        assert_eq!(a, b, "{}", a.id);
    }
    assert_eq!(from_statics, from_json);
}
