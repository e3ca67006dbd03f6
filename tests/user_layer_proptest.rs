//! Property tests of the two readers of text from other people's pages: a teacher's GeoJSON
//! layer (`data::user_layer`) and the iframe host's messages (`host_message`). Whatever the text,
//! they answer with a value or an error — never a panic — and what they let through holds the
//! promised rules. 256 cases per property, a few seconds in all.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rj_atlas::data::user_layer::{parse_user_layer, UserLayerError};
use rj_atlas::host_message::{origin_allowed, parse_host_message, OriginPolicy};
use rj_atlas::model::UserGeometry;
use serde_json::{json, Value};

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Numbers that trip coordinate readers: inside and outside the ranges, swapped-looking, huge.
fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<f64>()
            .prop_filter("JSON has no NaN or infinity", |f| f.is_finite())
            .prop_map(Value::from),
        (-200.0..200.0f64).prop_map(Value::from),
        (115.0..165.0f64).prop_map(Value::from),
        (20.0..62.0f64).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        Just(Value::from(1e308)),
        Just(Value::Null),
        Just(Value::from("131.9")),
    ]
}

/// Anything from a number to arrays of arrays of arrays of positions, well-formed or not.
fn coordinates() -> impl Strategy<Value = Value> {
    let position = proptest::collection::vec(number(), 0..4).prop_map(Value::from);
    position.prop_recursive(4, 64, 6, |inner| {
        proptest::collection::vec(inner, 0..6).prop_map(Value::from)
    })
}

/// Well-formed shapes near the map, some written latitude first: the path that draws.
fn shape() -> impl Strategy<Value = (&'static str, Value)> {
    let position = (110.0..170.0f64, 15.0..65.0f64, any::<bool>()).prop_map(|(lon, lat, swap)| {
        if swap {
            json!([lat, lon])
        } else {
            json!([lon, lat])
        }
    });
    let line = proptest::collection::vec(position.clone(), 1..6);
    prop_oneof![
        position.prop_map(|p| ("Point", p)),
        line.clone().prop_map(|l| ("LineString", Value::from(l))),
        line.prop_map(|mut ring| {
            if let Some(first) = ring.first().cloned() {
                ring.push(first);
            }
            ("Polygon", json!([ring]))
        }),
    ]
}

fn geometry_type() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just("Point"),
        Just("MultiPoint"),
        Just("LineString"),
        Just("MultiLineString"),
        Just("Polygon"),
        Just("MultiPolygon"),
        Just("GeometryCollection"),
        Just("Circle"),
    ]
}

fn property() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<i64>().prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
        "1[0-9]{3}(-[0-9]{2}){0,2}".prop_map(Value::from),
        "#[0-9a-fA-Fg]{0,7}".prop_map(Value::from),
    ]
}

fn feature() -> impl Strategy<Value = Value> {
    let any_shape = (geometry_type(), coordinates());
    (
        prop_oneof![any_shape, shape()],
        property(),
        property(),
        property(),
        property(),
    )
        .prop_map(|((kind, coordinates), name, start, end, color)| {
            json!({
                "type": "Feature",
                "properties": {"name": name, "start": start, "end": end, "color": color},
                "geometry": {"type": kind, "coordinates": coordinates},
            })
        })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_text_is_a_layer_or_an_error(text in "\\PC{0,200}") {
        let _ = parse_user_layer("t", &text);
    }

    #[test]
    fn json_like_text_is_a_layer_or_an_error(
        text in r#"[\[\]{}",:0-9.eE+-]{0,80}|\{"type":"(Feature|FeatureCollection|Point)"[,\[\]{}"a-z:0-9.-]{0,60}\}"#
    ) {
        let _ = parse_user_layer("t", &text);
    }

    #[test]
    fn any_coordinates_are_drawn_valid_or_reported(
        features in proptest::collection::vec(feature(), 1..8)
    ) {
        let count = features.len();
        let text = json!({"type": "FeatureCollection", "features": features}).to_string();
        match parse_user_layer("t", &text) {
            Ok(layer) => {
                let skipped = layer.problems.iter().filter(|p| p.skipped()).count();
                prop_assert_eq!(layer.features.len() + skipped, count);
                for f in &layer.features {
                    let in_range = |x: f64, y: f64| x.abs() <= 180.0 && y.abs() <= 90.0;
                    let ok = match &f.geometry {
                        UserGeometry::Points(p) => !p.0.is_empty() && p.iter().all(|p| in_range(p.x(), p.y())),
                        UserGeometry::Lines(l) => l.iter().all(|l| l.0.len() >= 2 && l.coords().all(|c| in_range(c.x, c.y))),
                        UserGeometry::Polygons(p) => p.iter().all(|p| p.exterior().0.len() >= 4
                            && p.exterior().coords().all(|c| in_range(c.x, c.y))),
                    };
                    prop_assert!(ok, "{:?}", f.geometry);
                    if let (Some(s), Some(e)) = (f.start, f.end) {
                        prop_assert!(s <= e);
                    }
                    if let Some(c) = &f.color {
                        prop_assert!(c.starts_with('#') && c[1..].bytes().all(|b| b.is_ascii_hexdigit()));
                    }
                }
            }
            Err(UserLayerError::NothingDrawable(problems)) => {
                prop_assert!(problems.iter().filter(|p| p.skipped()).count() == count);
            }
            Err(e) => prop_assert!(false, "a collection of features: {}", e),
        }
    }

    #[test]
    fn any_host_message_is_understood_or_ignored(text in "\\PC{0,120}") {
        let _ = parse_host_message(&text);
        let wrapped = format!(r#"{{"type":"rj-atlas:set","year":{text}}}"#);
        let _ = parse_host_message(&wrapped);
    }

    #[test]
    fn any_parent_origin_is_read_and_nothing_else_is_allowed(text in "\\PC{0,60}") {
        let (policy, _) = OriginPolicy::parse(Some(&text), "https://atlas.example");
        prop_assert!(!origin_allowed(&policy, "https://evil.example") || text.contains("evil.example"));
    }
}
