//! JSON through the browser: `JSON.parse` and `JSON.stringify`, and the parsed value copied into
//! a `serde_json::Value` for the model's readers (the details files, the host page's messages).
//! The browser's parser is already there; serde_json's, with serde's deserializer and the float
//! formatting of its messages, would be about 17 KB more of the first load's gzip.

use serde_json::{Map, Number, Value};
use wasm_bindgen::{JsCast, JsValue};

/// Deeper than this, a value is cut to `null`: the copy recurses, and a hostile message of
/// `[[[[…]]]]` must not exhaust the stack. No file or message of the atlas nests past a handful.
const MAX_DEPTH: u32 = 64;

/// `text` parsed by `JSON.parse`, or the browser's message.
pub fn parse(text: &str) -> Result<Value, String> {
    js_sys::JSON::parse(text)
        .map(|value| copy(&value, 0))
        .map_err(|e| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_else(|| "not JSON".to_string())
        })
}

/// `value` as `JSON.stringify` writes it; `None` for what it cannot (a cycle, a function).
pub fn stringify(value: &JsValue) -> Option<String> {
    js_sys::JSON::stringify(value).ok()?.as_string()
}

/// A copy of a value `JSON.parse` made.
fn copy(value: &JsValue, depth: u32) -> Value {
    if depth > MAX_DEPTH {
        return Value::Null;
    }
    if let Some(b) = value.as_bool() {
        Value::Bool(b)
    } else if let Some(n) = value.as_f64() {
        number(n)
    } else if let Some(s) = value.as_string() {
        Value::String(s)
    } else if let Some(items) = value.dyn_ref::<js_sys::Array>() {
        Value::Array(items.iter().map(|item| copy(&item, depth + 1)).collect())
    } else if let Some(object) = value.dyn_ref::<js_sys::Object>() {
        let mut fields = Map::new();
        for entry in js_sys::Object::entries(object).iter() {
            let pair = entry.unchecked_into::<js_sys::Array>();
            if let Some(key) = pair.get(0).as_string() {
                fields.insert(key, copy(&pair.get(1), depth + 1));
            }
        }
        Value::Object(fields)
    } else {
        Value::Null
    }
}

/// A JavaScript number: whole numbers as integers (so `as_i64` answers for `1905`), others as
/// floats. Unlike serde_json, which keeps `1905.0` a float, a whole number written with a
/// fraction or an exponent is an integer here: `JSON.parse` does not tell them apart.
fn number(n: f64) -> Value {
    // Below 2^53 every whole double is an exact integer.
    if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 {
        Value::Number(Number::from(n as i64))
    } else {
        Number::from_f64(n).map_or(Value::Null, Value::Number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn copies_what_json_parse_makes() {
        let text =
            r#"{"type":"rj-atlas:set","year":1905,"k":1.5,"layers":["war",null,true],"o":{}}"#;
        let copied = parse(text).unwrap_or_default();
        assert_eq!(
            copied,
            serde_json::from_str::<Value>(text).unwrap_or_default()
        );
        assert_eq!(copied["year"].as_i64(), Some(1905));
        assert!(parse("{").is_err_and(|e| !e.is_empty()));
    }

    #[wasm_bindgen_test]
    fn cuts_deep_nesting_instead_of_overflowing() {
        let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
        let mut value = &parse(&deep).unwrap_or_default();
        let mut depth = 0;
        while let Some(inner) = value.as_array().and_then(|a| a.first()) {
            value = inner;
            depth += 1;
        }
        assert_eq!((depth, value), (MAX_DEPTH as usize + 1, &Value::Null));
    }
}
