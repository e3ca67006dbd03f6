//! Marking shapes on the map by id (`data-selected`, `data-highlight`, `data-picked`,
//! `data-compare`) from the app's root, never the whole document: the app may live in an
//! `<rj-atlas>` shadow root.

use wasm_bindgen::JsCast;
use web_sys::Element;

/// The elements of `root` that match `selector`.
fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// Puts `attribute="value"` on the territories, events and sister pairs with these ids inside
/// `root`, and takes it off any other.
pub fn mark_all(root: &Element, attribute: &str, value: &str, ids: &[String]) {
    for el in all(root, &format!("[{attribute}]")) {
        let _ = el.remove_attribute(attribute);
    }
    // Ids come from the data or a checked story; quote-safe anyway.
    for id in ids
        .iter()
        .filter(|id| id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
    {
        let selector =
            format!("[data-territory=\"{id}\"],[data-event=\"{id}\"],[data-sister-pair=\"{id}\"]");
        for el in all(root, &selector) {
            let _ = el.set_attribute(attribute, value);
        }
    }
}
