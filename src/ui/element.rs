//! The Rust side of `<rj-atlas>` (`www/rj-atlas.js` defines the element): mounts an atlas in
//! the element's shadow root and takes live attribute and property changes. Several elements on
//! one page share the one WebAssembly instance, each with its own app.

use super::app::{App, AppProps, ElementLink};
use super::shared::Shared;
use crate::host_message::{parse_host_message, HostMessage};
use wasm_bindgen::prelude::*;

/// One mounted `<rj-atlas>`.
#[wasm_bindgen]
pub struct AtlasElement {
    link: Shared<ElementLink>,
    app: Option<yew::AppHandle<App>>,
}

/// Mounts an atlas in `container` for the element `host`, whose attributes are given as a query
/// string (`year=1905&lang=th&layers=war,territories`), read like a page URL: a value it cannot
/// use is named in a notice. The page's URL is left alone.
#[wasm_bindgen(js_name = mountElement)]
pub fn mount_element(
    container: web_sys::Element,
    host: web_sys::HtmlElement,
    query: String,
) -> AtlasElement {
    super::url::stop_sync();
    let lang = host
        .get_attribute("lang")
        .and_then(|l| crate::model::Lang::from_tag(&l));
    let link = Shared::new(ElementLink {
        query,
        host,
        control: std::cell::RefCell::new(None),
        add_layer: std::cell::RefCell::new(None),
        add_story: std::cell::RefCell::new(None),
    });
    let props = AppProps {
        embed: true,
        lang,
        element: Some(link.clone()),
        remounted: false,
        handed_over: None,
    };
    let app = yew::Renderer::<App>::with_root_and_props(container, props).render();
    AtlasElement {
        link,
        app: Some(app),
    }
}

#[wasm_bindgen]
impl AtlasElement {
    /// Applies `{"year":1945,"lang":"th",…}` (the fields of `rj-atlas:set`); invalid fields are
    /// dropped. Returns whether anything was applied.
    pub fn set(&self, json: &str) -> bool {
        let message = match serde_json::from_str::<serde_json::Value>(json) {
            Ok(serde_json::Value::Object(mut fields)) => {
                fields.insert("type".into(), "rj-atlas:set".into());
                serde_json::Value::Object(fields).to_string()
            }
            _ => return false,
        };
        match (
            parse_host_message(&message),
            self.link.control.borrow().as_ref(),
        ) {
            (Some(HostMessage::Set(request)), Some(control)) => {
                control.emit(request);
                true
            }
            _ => false,
        }
    }

    /// Draws a GeoJSON layer given as text (the element's `geojson` property set to an object);
    /// problems are shown as for a dropped file.
    pub fn add_layer(&self, name: String, text: String) {
        if let Some(add) = self.link.add_layer.borrow().as_ref() {
            add.emit((name, Ok(text)));
        }
    }

    /// Starts a story given as JSON text (inline in the element, or the `story` property set to
    /// an object); problems are shown as for `?story=`.
    pub fn add_story(&self, text: String) {
        if let Some(add) = self.link.add_story.borrow().as_ref() {
            add.emit(Ok(text));
        }
    }

    /// Unmounts the atlas (the element left the page).
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}
