//! The hand-over from the first-load core to the full build. `index.html` and `embed.html` load
//! the core (built without the `full` feature): the map, the slider, the timeline, the legend,
//! the panels, the charts, sharing — everything a first view shows. The tools a reader asks for
//! later (the table, the exports, a teacher's own layer; a story arrives by URL and starts in the
//! full build directly) live in the full build only, so the first load does not carry them.
//!
//! Asking for one of them in the core sends `rj-atlas-upgrade` (detail: `action`, `file`) to the
//! window; `www/main.js` loads the full build, takes the core down ([`super::unmount_app`],
//! which writes the URL first) and mounts the full app with the action, which opens with it
//! done. Everything else the reader had chosen travels in the URL, which is the app's state.

/// What the reader asked for when the core handed over.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// "Show table".
    Table,
    /// "Export SVG".
    ExportSvg,
    /// "Export PNG".
    ExportPng,
    /// A GeoJSON file picked or dropped on the map.
    AddLayer(web_sys::File),
}

impl Action {
    /// The action named `id` (as in `data-action`); `AddLayer` needs its file.
    pub fn from_id(id: &str, file: Option<web_sys::File>) -> Option<Action> {
        match (id, file) {
            ("table", _) => Some(Action::Table),
            ("export-svg", _) => Some(Action::ExportSvg),
            ("export-png", _) => Some(Action::ExportPng),
            ("add-layer", Some(file)) => Some(Action::AddLayer(file)),
            _ => None,
        }
    }

    /// The id in `data-action` and in the hand-over event.
    pub fn id(&self) -> &'static str {
        match self {
            Action::Table => "table",
            Action::ExportSvg => "export-svg",
            Action::ExportPng => "export-png",
            Action::AddLayer(_) => "add-layer",
        }
    }
}

/// Asks the page for the full build, to do `action` there (see the module's note). Without a
/// page that answers (a host that did not load `main.js`), nothing happens.
#[cfg(not(feature = "full"))]
pub fn request(action: Action) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"action".into(), &action.id().into());
    if let Action::AddLayer(file) = &action {
        let _ = js_sys::Reflect::set(&detail, &"file".into(), file);
    }
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("rj-atlas-upgrade", &init) {
        let _ = window.dispatch_event(&event);
    }
}
