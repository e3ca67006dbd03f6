//! Property tests of everything that reads text from outside: the URL parameters (`params`,
//! `layers`), the GeoJSON data files (`data::load`) and the details files
//! (`data::details::parse_details`). Whatever the text, they answer with a value or an error that
//! says what is wrong — never a panic. 256 cases per property, a few seconds in all; the
//! cargo-fuzz targets in `fuzz/` run the data parsers for longer.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rj_atlas::carto::parse_decimal;
use rj_atlas::data::details::{parse_details, EventDetails, SisterDetails, TerritoryDetails};
use rj_atlas::data::{load, DataFiles, Detail, FULL};
use rj_atlas::layers::{parse_layers, Layer, Layers};
use rj_atlas::model::Lang;
use rj_atlas::params::{parse_lang, parse_year, ParamError};
use serde_json::{json, Value};
use std::sync::OnceLock;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Whitespace that `str::trim` removes, ASCII and not.
fn blank() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![Just(' '), Just('\t'), Just('\n'), Just('\u{3000}')],
        0..3,
    )
    .prop_map(|v| v.into_iter().collect())
}

/// Any JSON value, up to a few levels deep, with the numbers and strings parsers trip on.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("JSON has no NaN or infinity", |f| f.is_finite())
            .prop_map(Value::from),
        prop_oneof![
            Just(1e308),
            Just(-1e308),
            Just(180.0),
            Just(-90.0),
            Just(135.0),
            Just(45.0)
        ]
        .prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
        prop_oneof![
            "1[0-9]{3}-[0-9]{2}-[0-9]{2}",
            "-?[0-9]{1,6}-[0-9]{1,3}-[0-9]{1,3}",
            Just("".to_string()),
            Just("en".to_string()),
        ]
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    "[a-z_]{1,8}",
                    Just("type".to_string()),
                    Just("id".to_string()),
                    Just("names".to_string()),
                    Just("date".to_string()),
                    Just("coordinates".to_string()),
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// JSON shaped like a GeoJSON feature collection, with arbitrary members.
fn feature_collection() -> impl Strategy<Value = Value> {
    let geometry = prop_oneof![
        json_value(),
        (json_value()).prop_map(|c| json!({"type": "Point", "coordinates": c})),
        (any::<f64>(), any::<f64>())
            .prop_map(|(x, y)| json!({"type": "Point", "coordinates": [x, y]})),
        proptest::collection::vec((-200.0..200.0f64, -100.0..100.0f64), 0..4).prop_map(|cs| {
            let cs: Vec<[f64; 2]> = cs.into_iter().map(|(x, y)| [x, y]).collect();
            json!({"type": "LineString", "coordinates": cs})
        }),
    ];
    let feature = (json_value(), geometry, json_value()).prop_map(|(id, geometry, properties)| {
        json!({"type": "Feature", "id": id, "geometry": geometry, "properties": properties})
    });
    proptest::collection::vec(feature, 0..4)
        .prop_map(|features| json!({"type": "FeatureCollection", "features": features}))
}

/// A real data file with one member somewhere replaced, removed or given a new sibling.
fn mutated(file: &'static Value) -> impl Strategy<Value = Value> {
    let count = file["features"].as_array().map_or(1, |f| f.len().max(1));
    (0..count, any::<prop::sample::Index>(), 0..3u8, json_value()).prop_map(
        move |(feature, key, action, value)| {
            let mut doc = file.clone();
            let Some(target) = doc["features"].get_mut(feature) else {
                return doc;
            };
            // Pick a member of the feature, its properties or its geometry, one level down.
            let mut slots: Vec<(usize, String)> = Vec::new();
            for (depth, part) in [(0, None), (1, Some("properties")), (2, Some("geometry"))] {
                let object = match part {
                    None => target.as_object(),
                    Some(p) => target.get(p).and_then(Value::as_object),
                };
                for k in object.into_iter().flat_map(|o| o.keys()) {
                    slots.push((depth, k.clone()));
                }
            }
            if slots.is_empty() {
                return doc;
            }
            let (depth, name) = slots[key.index(slots.len())].clone();
            let object = match depth {
                0 => target.as_object_mut(),
                1 => target.get_mut("properties").and_then(Value::as_object_mut),
                _ => target.get_mut("geometry").and_then(Value::as_object_mut),
            };
            if let Some(object) = object {
                match action {
                    0 => {
                        object.insert(name, value);
                    }
                    1 => {
                        object.remove(&name);
                    }
                    _ => {
                        object.insert(format!("{name}_extra"), value);
                    }
                }
            }
            doc
        },
    )
}

fn real(text: &'static str, cell: &'static OnceLock<Value>) -> &'static Value {
    cell.get_or_init(|| serde_json::from_str(text).expect("the real file is JSON"))
}

static EVENTS: OnceLock<Value> = OnceLock::new();
static SISTERS: OnceLock<Value> = OnceLock::new();

const EMPTY: &str = r#"{"type":"FeatureCollection","features":[]}"#;

/// The files around the one under test: real polities, empty collections elsewhere (fast).
fn files_with<'a>(events: &'a str, sister_cities: &'a str, detail: Detail) -> DataFiles<'a> {
    DataFiles {
        detail,
        polities: FULL.polities,
        territories: EMPTY,
        context: EMPTY,
        places: EMPTY,
        events,
        sister_cities,
        trade: None,
    }
}

fn detail() -> impl Strategy<Value = Detail> {
    prop_oneof![Just(Detail::Full), Just(Detail::Core)]
}

/// Loads without panicking; an error lists at least one problem, each in words.
fn loads_or_explains(files: &DataFiles<'_>, must_fail: bool) -> Result<(), TestCaseError> {
    match load(files) {
        Ok(_) => prop_assert!(!must_fail, "garbage was accepted"),
        Err(errors) => {
            prop_assert!(!errors.0.is_empty());
            for e in &errors.0 {
                let message = e.to_string();
                prop_assert!(message.starts_with("geodata/"), "{message}");
                prop_assert!(message.len() > "geodata/".len() + 4, "{message}");
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn parse_year_never_panics_and_accepts_only_covered_whole_years(text in "\\PC{0,20}") {
        match parse_year(&text) {
            Ok(year) => {
                prop_assert!((1855..=2014).contains(&year));
                let t = text.trim();
                prop_assert!(t.bytes().all(|b| b.is_ascii_digit()), "{t:?}");
                prop_assert_eq!(t.parse::<i32>().ok(), Some(year));
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn parse_year_reads_every_integer_rightly(year in any::<i64>(), before in blank(), after in blank()) {
        let result = parse_year(&format!("{before}{year}{after}"));
        if (1855..=2014).contains(&year) {
            prop_assert_eq!(result, Ok(year as i32));
        } else {
            prop_assert!(
                matches!(result, Err(ParamError::YearOutOfRange(y)) if y == year)
                    || matches!(result, Err(ParamError::NotAYear(_))),
                "{year}: {result:?}"
            );
        }
    }

    #[test]
    fn parse_year_accepts_each_covered_year(year in 1855..=2014i32, zeros in 0..3usize) {
        prop_assert_eq!(parse_year(&format!("{}{year}", "0".repeat(zeros))), Ok(year));
    }

    #[test]
    fn view_numbers_read_as_the_float_parser_reads_them(
        whole in 0u64..1_000_000, fraction in 0u64..10_000_000, places in 0usize..8, sign in "[-+]?",
    ) {
        // What a `view=` link holds: up to 15 significant digits, read to the same `f64`.
        let digits = format!("{fraction:07}");
        let text = if places == 0 { format!("{sign}{whole}") } else { format!("{sign}{whole}.{}", &digits[..places.min(7)]) };
        prop_assert_eq!(parse_decimal(&text), text.parse::<f64>().ok(), "{}", text);
    }

    #[test]
    fn view_numbers_accept_nothing_the_float_parser_refuses(text in "[-+.0-9eE]{0,12}|\\PC{0,12}") {
        if let Some(value) = parse_decimal(&text) {
            prop_assert_eq!(text.parse::<f64>().ok(), Some(value), "{}", text);
        }
    }

    #[test]
    fn parse_lang_never_panics_and_reads_the_primary_subtag(text in "\\PC{0,16}") {
        match parse_lang(&text) {
            Ok(lang) => {
                let primary = text.trim().split(['-', '_']).next().unwrap_or_default();
                prop_assert!(primary.eq_ignore_ascii_case(lang.code()), "{text:?} → {lang:?}");
            }
            Err(e) => {
                let message = e.to_string();
                prop_assert!(!message.is_empty() && message.chars().count() < 100, "{message}");
            }
        }
    }

    #[test]
    fn parse_lang_accepts_every_spoken_language_with_a_region(
        i in 0..4usize, upper in any::<bool>(), region in "([-_][A-Za-z0-9]{1,8})?", before in blank(), after in blank()
    ) {
        let lang = Lang::ALL[i];
        let code = if upper { lang.code().to_ascii_uppercase() } else { lang.code().to_string() };
        prop_assert_eq!(parse_lang(&format!("{before}{code}{region}{after}")), Ok(lang));
    }

    #[test]
    fn parse_layers_never_panics_and_ignores_exactly_the_unknown_parts(text in "[ -~]{0,40}|\\PC{0,40}") {
        let (layers, ignored) = parse_layers(&text);
        let parts: Vec<&str> = text.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
        let unknown: Vec<String> = parts
            .iter()
            .filter(|p| Layer::from_id(p).is_none())
            .map(|p| p.chars().take(40).collect())
            .collect();
        prop_assert_eq!(ignored, unknown);
        let known = parts
            .iter()
            .filter_map(|p| Layer::from_id(p))
            .fold(Layers::NONE, |set, l| set.with(l, true));
        prop_assert_eq!(layers, if known == Layers::NONE { Layers::ALL } else { known });
    }

    #[test]
    fn parse_layers_round_trips_and_names_mixed_in_unknowns(
        on in proptest::collection::vec(any::<bool>(), 5),
        unknown in proptest::collection::vec("[a-z<>&\"' ]{1,12}", 0..3),
        upper in any::<bool>(),
    ) {
        let layers = Layer::ALL
            .into_iter()
            .zip(&on)
            .fold(Layers::NONE, |set, (l, &on)| set.with(l, on));
        let expected = if layers == Layers::NONE { Layers::ALL } else { layers };
        prop_assert_eq!(parse_layers(&layers.to_string()), (expected, vec![]));

        let unknown: Vec<String> = unknown
            .into_iter()
            .map(|u| u.trim().to_string())
            .filter(|u| !u.is_empty() && Layer::from_id(u).is_none())
            .collect();
        let mut parts: Vec<String> = layers
            .iter()
            .map(|l| if upper { format!(" {} ", l.id().to_uppercase()) } else { l.id().to_string() })
            .collect();
        parts.extend(unknown.iter().cloned());
        prop_assert_eq!(parse_layers(&parts.join(",")), (expected, unknown));
    }

    #[test]
    fn events_and_sister_cities_from_any_text_give_errors_not_panics(text in "\\PC{0,64}", detail in detail()) {
        loads_or_explains(&files_with(&text, EMPTY, detail), serde_json::from_str::<Value>(&text).is_err())?;
        loads_or_explains(&files_with(EMPTY, &text, detail), serde_json::from_str::<Value>(&text).is_err())?;
    }

    #[test]
    fn events_and_sister_cities_from_any_json_give_errors_not_panics(value in json_value(), detail in detail()) {
        let text = value.to_string();
        let collection = value.get("features").is_some_and(Value::is_array);
        loads_or_explains(&files_with(&text, EMPTY, detail), !collection)?;
        loads_or_explains(&files_with(EMPTY, &text, detail), !collection)?;
    }

    #[test]
    fn events_and_sister_cities_from_any_feature_collection_give_errors_not_panics(
        value in feature_collection(), detail in detail()
    ) {
        let text = value.to_string();
        loads_or_explains(&files_with(&text, EMPTY, detail), false)?;
        loads_or_explains(&files_with(EMPTY, &text, detail), false)?;
    }

    #[test]
    fn mutated_real_events_give_errors_not_panics(value in mutated(real(FULL.events, &EVENTS)), detail in detail()) {
        loads_or_explains(&files_with(&value.to_string(), EMPTY, detail), false)?;
    }

    #[test]
    fn mutated_real_sister_cities_give_errors_not_panics(value in mutated(real(FULL.sister_cities, &SISTERS)), detail in detail()) {
        loads_or_explains(&files_with(EMPTY, &value.to_string(), detail), false)?;
    }

    #[test]
    fn details_from_any_text_or_json_give_errors_not_panics(text in "\\PC{0,64}", value in json_value()) {
        for text in [text, value.to_string(), json!({"some-id": value}).to_string()] {
            if let Err(e) = parse_details::<EventDetails>("details/events.json", &text) {
                prop_assert!(e.to_string().starts_with("details/events.json"), "{e}");
            }
            if let Err(e) = parse_details::<TerritoryDetails>("details/territories.json", &text) {
                prop_assert!(e.to_string().starts_with("details/territories.json"), "{e}");
            }
            if let Err(e) = parse_details::<SisterDetails>("details/sister-cities.json", &text) {
                prop_assert!(e.to_string().starts_with("details/sister-cities.json"), "{e}");
            }
        }
    }
}

#[test]
fn the_real_files_load_with_the_empty_neighbours() {
    // The fixture the properties start from is sound: the real events and sister cities alone
    // give no error of their own.
    let errors = match load(&files_with(FULL.events, FULL.sister_cities, Detail::Full)) {
        Ok(_) => return,
        Err(e) => e,
    };
    let own: Vec<String> = errors
        .0
        .iter()
        .map(ToString::to_string)
        .filter(|m| m.starts_with("geodata/events") || m.starts_with("geodata/sister"))
        .collect();
    assert!(own.is_empty(), "{own:#?}");
}
