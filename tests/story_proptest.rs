//! Property tests of the story reader (`data::story::parse_story`): whatever the text, it
//! answers with a story or with problems that each say where and what — never a panic. 256 cases
//! per property, about a second in all.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rj_atlas::data::story::{parse_story, StoryError};
use serde_json::{json, Map, Value};

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// A value of the kinds a story holds, and the kinds a teacher might put there by mistake.
fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (1850..2020i64).prop_map(Value::from),
        any::<f64>()
            .prop_filter("JSON has no NaN or infinity", |f| f.is_finite())
            .prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
        prop_oneof![
            "1[89][0-9]{2}-[01][0-9]-[0-3][0-9]",
            "-?[0-9]{1,3}(\\.[0-9])?,-?[0-9]{1,3}(\\.[0-9])?(,[0-9]{1,3})?",
            "(war|territories|sisters|x|<b>)(,(war|conflict|))?",
            "[a-z0-9-]{0,10}",
            Just("choice".to_string()),
            Just("territory".to_string()),
            Just("**".to_string()),
        ]
        .prop_map(Value::from),
    ]
}

/// Any JSON value up to a few levels deep, its keys drawn from the story's field names.
fn json_value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..7).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    "[a-z$]{1,6}",
                    proptest::sample::select(vec![
                        "title",
                        "steps",
                        "text",
                        "year",
                        "date",
                        "view",
                        "layers",
                        "highlight",
                        "question",
                        "kind",
                        "prompt",
                        "choices",
                        "answer",
                        "explain",
                        "en",
                        "th",
                        "ru",
                        "ja"
                    ])
                    .prop_map(String::from),
                ],
                inner,
                0..7
            )
            .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// A story whose members are arbitrary values.
fn story_shaped() -> impl Strategy<Value = Value> {
    let step = (
        json_value(),
        json_value(),
        leaf(),
        leaf(),
        leaf(),
        json_value(),
    )
        .prop_map(|(title, text, when, view, layers, question)| {
            json!({"title": title, "text": text, "year": when, "view": view, "layers": layers,
                   "question": question})
        });
    (json_value(), proptest::collection::vec(step, 0..4))
        .prop_map(|(title, steps)| json!({"title": title, "steps": steps}))
}

/// Every error says something, and an invalid step is named with a number from 1.
fn explains(
    result: Result<rj_atlas::model::story::Story, rj_atlas::data::story::StoryErrors>,
) -> Result<(), TestCaseError> {
    if let Err(errors) = result {
        prop_assert!(!errors.0.is_empty());
        for e in &errors.0 {
            prop_assert!(e.to_string().len() > 4, "{e}");
            if let StoryError::Invalid { step: Some(n), .. } = e {
                prop_assert!(*n >= 1);
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_text_is_read_or_explained(text in "\\PC{0,200}") {
        explains(parse_story(&text))?;
    }

    #[test]
    fn any_json_is_read_or_explained(value in json_value()) {
        explains(parse_story(&value.to_string()))?;
    }

    #[test]
    fn any_story_shaped_json_is_read_or_explained(value in story_shaped()) {
        let text = value.to_string();
        explains(parse_story(&text))?;
        // Cut anywhere (on a character boundary): a syntax error, never a panic.
        let cut = text.char_indices().map(|(i, _)| i).nth(text.chars().count() / 2).unwrap_or(0);
        explains(parse_story(&text[..cut]))?;
    }
}
