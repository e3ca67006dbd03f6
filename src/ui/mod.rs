//! The browser UI, the only code that touches the DOM. Compiled for wasm32 only.

mod after_paint;
mod app;
mod charts;
mod compare;
mod details_panel;
#[cfg(feature = "full")]
mod element;
mod event_layer;
#[cfg(feature = "full")]
mod export;
mod export_buttons;
mod fetch;
mod host_api;
mod js_json;
// Only the core fetches languages; the full build asks `shows_now`, which is always true there.
#[cfg_attr(feature = "full", allow(dead_code))]
mod languages;
mod legend;
mod map;
mod marks;
mod pan_zoom;
mod seas;
mod share_dialog;
mod shared;
mod sister_layer;
mod slider;
// The core keeps the question state, not the panel (dropped from the wasm unreferenced).
#[cfg_attr(not(feature = "full"), allow(dead_code))]
mod story_panel;
#[cfg(feature = "full")]
mod table_view;
mod territory_layer;
mod timeline;
mod upgrade;
mod url;
mod user_layer_control;
mod user_layer_view;
mod year_step;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Runs when the module loads (for the app's pages and for `rj-atlas.js` alike): installs the
/// panic hook (console, then `show_panic_card`). Mounting is asked for explicitly, so a lesson
/// page's own `#app` is never touched by the element's script.
#[wasm_bindgen(start)]
pub fn start() {
    // Through Yew, which otherwise replaces any hook with console_error_panic_hook's alone.
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panic_card(&info.to_string());
    }));
}

/// Mounts the app on `#app` (`main.js` calls it on the app's own pages). `?debug=panic` panics
/// on purpose, on this machine only (see `debug_panic_requested`). `action` (and `file`) is what
/// the reader asked of the first-load core when it handed over to this build (`upgrade.rs`): the
/// full app opens with it done.
///
/// `table_lang` and `table` are the language `main.js` guessed the reader wants and a promise of
/// its table file's text (`lang/th.txt`), fetched alongside the wasm: the core, which compiles
/// English only, installs it before mounting (`languages.rs`). The full build ignores them.
#[wasm_bindgen(js_name = mountApp)]
pub fn mount_app(
    action: Option<String>,
    file: Option<web_sys::File>,
    table_lang: Option<String>,
    table: Option<js_sys::Promise>,
) {
    #[cfg(not(feature = "full"))]
    {
        let wanted = url::start().wanted_lang(host_element().and_then(|e| host_lang(&e)));
        if table.is_some() || wanted.is_some_and(|l| !crate::i18n::ready(l)) {
            wasm_bindgen_futures::spawn_local(async move {
                languages::prepare(table_lang, table, wanted).await;
                mount_now(action, file);
            });
            return;
        }
    }
    #[cfg(feature = "full")]
    let _ = (table_lang, table);
    mount_now(action, file);
}

/// `#app` on the app's own pages.
fn host_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("app")
}

/// The language a page names on its host (`<div id="app" lang="th">`).
fn host_lang(element: &web_sys::Element) -> Option<crate::model::Lang> {
    element
        .get_attribute("lang")
        .and_then(|l| crate::model::Lang::from_tag(l.trim()))
}

/// Mounts the app again, as it is in the URL (the core, after fetching a language's table).
/// Nothing happens once the app is down (the full build took over meanwhile).
#[cfg_attr(feature = "full", allow(dead_code))]
fn remount() {
    if MOUNTED.with(|m| m.borrow().is_none()) {
        return;
    }
    unmount_app();
    mount_with(None, None, true);
}

fn mount_now(action: Option<String>, file: Option<web_sys::File>) {
    mount_with(action, file, false);
}

fn mount_with(action: Option<String>, file: Option<web_sys::File>, remounted: bool) {
    if let Some(element) = host_element() {
        let _ = element.set_attribute("data-rj-atlas-host", "");
        // `embed.html` asks for the frame-filling layout with `data-mode="embed"`.
        let embed = element.get_attribute("data-mode").as_deref() == Some("embed");
        // A page may name the language on the host (`<div id="app" lang="th">`); `?lang=`
        // still wins, and the browser's preference comes after both.
        let lang = host_lang(&element);
        element.set_inner_html("");
        let props = app::AppProps {
            embed,
            lang,
            element: None,
            handed_over: action.and_then(|a| upgrade::Action::from_id(&a, file)),
            remounted,
        };
        let handle = yew::Renderer::<app::App>::with_root_and_props(element, props).render();
        MOUNTED.with(|m| *m.borrow_mut() = Some(handle));
    }
    if debug_panic_requested() {
        schedule_debug_panic();
    }
}

thread_local! {
    /// The app on `#app`, kept so that [`unmount_app`] can take it down.
    static MOUNTED: std::cell::RefCell<Option<yew::AppHandle<app::App>>> =
        const { std::cell::RefCell::new(None) };
}

/// Takes the app off `#app`, its listeners and timers with it (`main.js`, before the full build
/// takes over from the core; the core itself, before mounting again in another language).
#[wasm_bindgen(js_name = unmountApp)]
pub fn unmount_app() {
    url::flush_year();
    if let Some(handle) = MOUNTED.with(|m| m.borrow_mut().take()) {
        handle.destroy();
    }
}

/// Where apps live: the `#app` that [`mount_app`] mounted, else the shadow root of every
/// `<rj-atlas>` element (never anything else of a lesson page).
fn hosts(document: &web_sys::Document) -> Vec<web_sys::Node> {
    if let Ok(Some(app)) = document.query_selector("[data-rj-atlas-host]") {
        return vec![app.into()];
    }
    let Ok(elements) = document.query_selector_all("rj-atlas") else {
        return Vec::new();
    };
    (0..elements.length())
        .filter_map(|i| elements.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .filter_map(|e| e.shadow_root())
        .map(Into::into)
        .collect()
}

/// Replaces the app with a card that says what happened and offers a reload, so a reader never
/// faces a frozen map. Built node by node; the panic message is text, never markup. Nothing here
/// may panic (a panic inside the panic hook aborts without a word), hence `Option` throughout.
/// The Reload button's listener is `location.reload` itself, bound in JS: after a panic the
/// wasm instance is not to be trusted, so clicking must not call back into it.
fn show_panic_card(message: &str) -> Option<()> {
    let window = web_sys::window()?;
    let document = window.document()?;
    for host in hosts(&document) {
        show_card_in(&window, &document, &host, message);
    }
    Some(())
}

/// One panic card in `host`.
fn show_card_in(
    window: &web_sys::Window,
    document: &web_sys::Document,
    host: &web_sys::Node,
    message: &str,
) -> Option<()> {
    let card = document.create_element("div").ok()?;
    card.set_class_name("rj-atlas error-card");
    card.set_attribute("role", "alert").ok()?;
    let title = document.create_element("h1").ok()?;
    title.set_text_content(Some("The atlas stopped because of an error"));
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(
        "Something went wrong inside the map, so it can no longer respond. \
         Reload the page to start again; the details below help us fix it.",
    ));
    let detail = document.create_element("pre").ok()?;
    detail.set_text_content(Some(message));
    let button = document.create_element("button").ok()?;
    button.set_attribute("type", "button").ok()?;
    button.set_text_content(Some("Reload"));
    let location: JsValue = window.location().into();
    let reload = js_sys::Reflect::get(&location, &JsValue::from_str("reload"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .bind0(&location);
    button
        .add_event_listener_with_callback("click", &reload)
        .ok()?;
    for child in [&title, &text, &detail, &button] {
        card.append_child(child).ok()?;
    }
    host.set_text_content(None);
    host.append_child(&card).ok()?;
    if let Some(button) = button.dyn_ref::<web_sys::HtmlElement>() {
        let _ = button.focus();
    }
    Some(())
}

/// Whether the URL asks for a test panic: `?debug=panic`, honoured only on a page served from
/// this machine (`localhost`, `127.0.0.1`, `[::1]`) — the browser tests and `cargo xtask serve`.
/// A lesson page on a real host can never trigger it, whatever its link says.
fn debug_panic_requested() -> bool {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return false;
    };
    let local = matches!(
        location.hostname().as_deref(),
        Ok("localhost" | "127.0.0.1" | "[::1]")
    );
    local
        && location
            .search()
            .ok()
            .and_then(|s| web_sys::UrlSearchParams::new_with_str(&s).ok())
            .and_then(|p| p.get("debug"))
            .is_some_and(|v| v == "panic")
}

/// Panics from a timer once the app has mounted, as a bug in a live widget would.
fn schedule_debug_panic() {
    let panic =
        Closure::once_into_js::<_, _, ()>(|| panic!("debug panic requested with ?debug=panic"));
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(panic.unchecked_ref(), 100);
    }
}
