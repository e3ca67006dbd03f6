//! The iframe's host API: a lesson page drives an embedded atlas with
//! `postMessage({type: "rj-atlas:set", year, date, layers, select, lang})` and hears
//! `{type: "rj-atlas:ready"}` once, then `{type: "rj-atlas:state", …}` after every change.
//! Messages are read by `crate::host_message` (shape) and its `OriginPolicy` (the
//! `parent-origin` parameter); anything else is ignored without a word.

use crate::host_message::{
    origin_allowed, read_host_message, target_origin, HostMessage, OriginError, OriginPolicy,
    SetRequest,
};
use crate::layers::Layers;
use crate::model::{Date, Lang};
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// The state a host hears about.
#[derive(Clone, Debug, PartialEq)]
pub struct HostState {
    /// The year shown.
    pub year: i32,
    /// The day, in month-by-month mode.
    pub date: Option<Date>,
    /// The language.
    pub lang: Lang,
    /// The layers shown.
    pub layers: Layers,
    /// The open panel's subject.
    pub select: Option<String>,
}

/// The parent window, when the atlas runs in a frame.
fn parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    // A top-level page is its own parent.
    (!JsValue::from(&parent).loose_eq(&JsValue::from(&window))).then_some(parent)
}

/// Where messages go: the one origin the policy names (or `*`), else — with several allowed —
/// the last one that wrote to us, else nowhere yet.
fn target(policy: &OriginPolicy, accepted: &RefCell<Option<String>>) -> Option<String> {
    target_origin(policy).or_else(|| accepted.borrow().clone())
}

/// Posts `message` (with `type`) to the parent at `target`.
fn post(enabled: bool, target: Option<String>, kind: &str, state: Option<&HostState>) {
    let (true, Some(parent), Some(target)) = (enabled, parent(), target) else {
        return;
    };
    let message = js_sys::Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(&message, &key.into(), &value);
    };
    set("type", kind.into());
    if let Some(s) = state {
        set("year", s.year.into());
        set(
            "date",
            s.date.map_or(JsValue::NULL, |d| d.to_string().into()),
        );
        set("lang", s.lang.code().into());
        set("layers", s.layers.to_string().into());
        set(
            "select",
            s.select.clone().map_or(JsValue::NULL, JsValue::from),
        );
    }
    let _ = parent.post_message(&message, &target);
}

thread_local! {
    /// The origin of the last message accepted on this page (see [`use_host_api`]).
    static ACCEPTED: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Listens for host messages while the app lives (in a frame only), calls `on_set` with each
/// valid request, answers `rj-atlas:get` and announces every change of `state`.
///
/// The step's year is set by `on_set` through the year step, so `state.year` follows. `policy`
/// is the app's reading of `parent-origin` (its errors are the app's notices). `ready` is said
/// once per page: not again by a full build taking over from the core, nor by the core mounting
/// again in another language (`announce_ready` false).
#[hook]
pub fn use_host_api(
    enabled: bool,
    policy: std::rc::Rc<(OriginPolicy, Vec<OriginError>)>,
    announce_ready: bool,
    state: HostState,
    on_set: Callback<SetRequest>,
) {
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    // Kept for the page's life: the core mounts the app again after a language switch, and the
    // host that asked for it is still the one to answer.
    let accepted = use_mut_ref(|| ACCEPTED.with(|a| a.borrow().clone()));
    {
        let (policy, latest, accepted) = (policy.clone(), latest.clone(), accepted.clone());
        use_effect_with((), move |_| {
            let listener = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
                move |e: web_sys::MessageEvent| {
                    if !origin_allowed(&policy.0, &e.origin()) {
                        return;
                    }
                    *accepted.borrow_mut() = Some(e.origin());
                    ACCEPTED.with(|a| *a.borrow_mut() = Some(e.origin()));
                    let Some(json) = super::js_json::stringify(&e.data()) else {
                        return;
                    };
                    match read_host_message(&json, |text| super::js_json::parse(text).ok()) {
                        Some(HostMessage::Set(request)) => on_set.emit(request),
                        Some(HostMessage::Get) => {
                            let to = target(&policy.0, &accepted);
                            post(enabled, to, "rj-atlas:state", Some(&latest.borrow()))
                        }
                        None => {}
                    }
                },
            );
            let window = web_sys::window();
            let in_frame = enabled && parent().is_some();
            if let (Some(w), true) = (&window, in_frame) {
                let _ = w
                    .add_event_listener_with_callback("message", listener.as_ref().unchecked_ref());
            }
            move || {
                if let (Some(w), true) = (window, in_frame) {
                    let _ = w.remove_event_listener_with_callback(
                        "message",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    {
        let (policy, accepted) = (policy.clone(), accepted.clone());
        use_effect_with((), move |_| {
            post(
                enabled && announce_ready,
                target(&policy.0, &accepted),
                "rj-atlas:ready",
                None,
            )
        });
    }
    {
        let (policy, accepted) = (policy.clone(), accepted.clone());
        use_effect_with(state, move |state| {
            post(
                enabled,
                target(&policy.0, &accepted),
                "rj-atlas:state",
                Some(state),
            )
        });
    }
}
