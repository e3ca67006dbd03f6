//! "Share / embed": the link to the view on screen, the one line that embeds it in a lesson
//! (an iframe, or the `<rj-atlas>` element), each with a Copy button, and a live preview of the
//! embed. Everything comes from the page URL, which always holds the state.

use crate::i18n::{self, Msg};
use crate::model::Lang;
use yew::prelude::*;

/// Props of [`ShareButton`].
#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// The language.
    pub lang: Lang,
    /// The year on screen (the URL follows the slider a moment later).
    pub year: i32,
}

/// The three snippets for the page as it is now: (link, iframe, element).
fn snippets(year: i32) -> Option<(String, String, String)> {
    let location = web_sys::window()?.location();
    let href = location.href().ok()?;
    let url = web_sys::Url::new(&href).ok()?;
    let params = url.search_params();
    if params.get("date").is_none() {
        params.set("year", &year.to_string());
    }
    // Switches that only make sense on this machine are not shared.
    params.delete("debug");
    let query = String::from(params.to_string());
    url.set_search(&query);
    url.set_hash("");
    let link = url.href();
    let base = web_sys::Url::new_with_base(".", &link).ok()?.href();
    let iframe = format!(
        "<iframe src=\"{base}embed.html?{}\" width=\"800\" height=\"480\" title=\"Russia–Japan Atlas\"></iframe>",
        query.replace('&', "&amp;")
    );
    let mut attributes = String::new();
    for name in [
        "year", "date", "lang", "layers", "view", "select", "compare", "min", "max", "controls",
        "autoplay", "story", "geojson",
    ] {
        if let Some(value) = params.get(name) {
            let value = value.replace('&', "&amp;").replace('"', "&quot;");
            attributes.push_str(&format!(" {name}=\"{value}\""));
        }
    }
    let element = format!(
        "<script type=\"module\" src=\"{base}rj-atlas.js\"></script>\n<rj-atlas{attributes}></rj-atlas>"
    );
    Some((link, iframe, element))
}

/// One snippet with its Copy button.
fn snippet(
    lang: Lang,
    id: &str,
    label: Msg,
    text: &str,
    copied: &UseStateHandle<Option<String>>,
) -> Html {
    let onclick = {
        let (text, copied, id) = (text.to_string(), copied.clone(), id.to_string());
        Callback::from(move |_: MouseEvent| {
            // The clipboard exists only on secure (https or local) pages; elsewhere the text is
            // there to select by hand.
            let navigator = web_sys::window().map(|w| w.navigator());
            let has_clipboard = navigator.as_ref().is_some_and(|n| {
                js_sys::Reflect::get(n, &"clipboard".into()).is_ok_and(|c| !c.is_undefined())
            });
            if let (Some(n), true) = (navigator, has_clipboard) {
                // "Copied" only once the browser says so (it may refuse).
                let (promise, copied, id) =
                    (n.clipboard().write_text(&text), copied.clone(), id.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                        copied.set(Some(id));
                    }
                });
            }
        })
    };
    html! {
        <div class="share-snippet" data-share={id.to_string()}>
            <label for={format!("rj-share-{id}")}>{ i18n::text(lang, label) }</label>
            <textarea id={format!("rj-share-{id}")} readonly=true rows={if id == "link" { "2" } else { "3" }} value={text.to_string()} />
            <button type="button" data-action={format!("copy-{id}")} {onclick}>
                { i18n::text(lang, if copied.as_deref() == Some(id) { Msg::Copied } else { Msg::Copy }) }
            </button>
        </div>
    }
}

/// The button and, once pressed, the dialog.
#[function_component(ShareButton)]
pub fn share_button(props: &ShareProps) -> Html {
    let open = use_state(|| false);
    let copied = use_state(|| None::<String>);
    let lang = props.lang;
    let toggle = {
        let (open, copied) = (open.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            copied.set(None);
            open.set(!*open);
        })
    };
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                open.set(false);
            }
        })
    };
    let content = (*open).then(|| snippets(props.year)).flatten();
    html! {
        <>
            <button type="button" class="share-toggle" data-action="share" aria-expanded={open.to_string()} onclick={toggle.clone()}>
                { i18n::text(lang, Msg::Share) }
            </button>
            if let Some((link, iframe, element)) = content {
                <div class="share-dialog" role="dialog" aria-modal="false" aria-labelledby="rj-share-title" data-share-dialog="" {onkeydown}>
                    <h2 id="rj-share-title">{ i18n::text(lang, Msg::ShareTitle) }</h2>
                    { snippet(lang, "link", Msg::ShareLink, &link, &copied) }
                    { snippet(lang, "iframe", Msg::ShareIframe, &iframe, &copied) }
                    { snippet(lang, "element", Msg::ShareElement, &element, &copied) }
                    <p class="share-preview-label">{ i18n::text(lang, Msg::Preview) }</p>
                    <iframe class="share-preview" data-share-preview="" title={i18n::text(lang, Msg::Preview)}
                        src={link.replacen("index.html?", "embed.html?", 1).replacen("/?", "/embed.html?", 1)} />
                    <button type="button" class="share-close" data-action="share-close" onclick={toggle}>{ i18n::text(lang, Msg::Close) }</button>
                </div>
            }
        </>
    }
}
