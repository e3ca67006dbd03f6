//! The "Export SVG" and "Export PNG" buttons and their status line, the same in both builds: the
//! full build exports (`export.rs`), the first-load core hands over to it (`upgrade.rs`).

use crate::i18n::{self, Msg};
use crate::model::Lang;
use yew::prelude::*;

/// The buttons; `state` is `[data-export-status]` (`""`, `"working"`, `"failed"`) with its
/// `message`, and `on_click(as_png)` gives each button's handler.
pub fn view(
    lang: Lang,
    state: &'static str,
    message: Option<Msg>,
    on_click: impl Fn(bool) -> Callback<MouseEvent>,
) -> Html {
    let button = |as_png: bool| {
        let (action, label) = if as_png {
            ("export-png", Msg::ExportPng)
        } else {
            ("export-svg", Msg::ExportSvg)
        };
        html! {
            <button type="button" class="export-button" data-action={action} onclick={on_click(as_png)}>{ i18n::text(lang, label) }</button>
        }
    };
    html! {
        <div class="export-buttons" role="group" title={i18n::text(lang, Msg::ExportHint)}>
            { button(false) }
            { button(true) }
            <span class="export-status" role="status" data-export-status={state}>
                { message.map(|m| i18n::text(lang, m)).unwrap_or_default() }
            </span>
        </div>
    }
}
