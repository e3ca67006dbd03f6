//! The browser UI, the only code that touches the DOM. Compiled for wasm32 only.

mod app;
mod details_panel;
mod event_layer;
mod fetch;
mod legend;
mod map;
mod seas;
mod shared;
mod sister_layer;
mod slider;
mod table_view;
mod territory_layer;
mod timeline;
mod url;
mod year_step;

use wasm_bindgen::prelude::*;

/// Entry point: installs the panic hook and mounts the app on `#app` (or `<body>`).
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    let document = web_sys::window().and_then(|w| w.document());
    let host = document.as_ref().and_then(|d| d.get_element_by_id("app"));
    match host {
        Some(element) => {
            element.set_inner_html("");
            yew::Renderer::<app::App>::with_root(element).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
