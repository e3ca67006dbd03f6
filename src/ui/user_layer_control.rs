//! Where a teacher adds her own GeoJSON layer: a file picker (dropping a file on the map does the
//! same, see the app), the layer's name and size once drawn, and a button to remove it. Reading
//! a file checks its size first, so a huge file is refused before it is read.

use super::shared::Shared;
#[cfg(feature = "full")]
use crate::data::user_layer::MAX_BYTES;
use crate::i18n::{self, Msg};
use crate::model::{Lang, UserLayer};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A file the reader picked or dropped: its name, and its text or why it was not read.
#[cfg(feature = "full")]
pub type PickedFile = (String, Result<String, String>);

/// Reads `file` as text unless it is over the size limit; the result goes to `done`.
#[cfg(feature = "full")]
pub fn read_file(file: web_sys::File, done: Callback<PickedFile>) {
    let name = file.name();
    let size = file.size();
    if size > MAX_BYTES as f64 {
        done.emit((
            name,
            Err(crate::data::user_layer::UserLayerError::TooLarge(size as usize).to_string()),
        ));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        let text = text
            .ok()
            .and_then(|t| t.as_string())
            .ok_or_else(|| "the file could not be read".to_string());
        done.emit((name, text));
    });
}

/// The first file of a drop or a picker.
pub fn first_file(files: Option<web_sys::FileList>) -> Option<web_sys::File> {
    files.and_then(|f| f.get(0))
}

/// Props of [`UserLayerControl`].
#[derive(Properties, PartialEq)]
pub struct UserLayerControlProps {
    /// The layer drawn now, if any.
    pub layer: Option<Shared<UserLayer>>,
    /// The language.
    pub lang: Lang,
    /// A file was picked (the app reads it, or hands it to the full build).
    pub on_pick: Callback<web_sys::File>,
    /// The layer is to be removed.
    pub on_remove: Callback<()>,
}

/// The picker and the current layer.
#[function_component(UserLayerControl)]
pub fn user_layer_control(props: &UserLayerControlProps) -> Html {
    let lang = props.lang;
    let onchange = {
        let on_pick = props.on_pick.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(file) = first_file(input.files()) {
                on_pick.emit(file);
            }
            // The same file may be picked again after an edit.
            input.set_value("");
        })
    };
    html! {
        <section class="user-layer-control" data-user-layer-control="">
            <label>
                <span>{ i18n::text(lang, Msg::UserLayerAdd) }</span>
                <input type="file" accept=".geojson,.json,application/geo+json,application/json" data-user-layer-input="" {onchange} />
            </label>
            <span class="hint">{ i18n::text(lang, Msg::UserLayerDrop) }</span>
            if let Some(layer) = &props.layer {
                <span data-user-layer-shown={layer.name.clone()} data-features={layer.features.len().to_string()}>
                    { i18n::text(lang, Msg::UserLayerShown).replace("{name}", &layer.name).replace("{n}", &layer.features.len().to_string()) }
                </span>
                <button type="button" data-action="remove-user-layer" onclick={ let r = props.on_remove.clone(); move |_| r.emit(()) }>
                    { i18n::text(lang, Msg::UserLayerRemove) }
                </button>
            }
        </section>
    }
}
