//! The page URL as state: `?year=` in, `history.replaceState` out.

use crate::model::{FIRST_YEAR, LAST_YEAR};

fn params() -> Option<web_sys::UrlSearchParams> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()
}

/// The `year` parameter, if it is a whole year the slider can show.
pub fn initial_year() -> Option<i32> {
    let text = params()?.get("year")?;
    let year: i32 = text.trim().parse().ok()?;
    (FIRST_YEAR..=LAST_YEAR).contains(&year).then_some(year)
}

/// Writes `year` into the URL without adding a history entry.
pub fn replace_year(year: i32) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(params) = params() else { return };
    params.set("year", &year.to_string());
    let url = format!(
        "?{}{}",
        String::from(params.to_string()),
        window.location().hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
