//! The page URL as state: `?year=` in, `history.replaceState` out.

use crate::layers::{parse_layers, Layers};
use crate::model::Lang;
use crate::params::{parse_lang, parse_year};

fn params() -> Option<web_sys::UrlSearchParams> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()
}

/// What the URL asked for at start, and what of it was ignored.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Start {
    /// A valid `year`.
    pub year: Option<i32>,
    /// `controls` as typed: which controls an embed shows.
    pub controls: Option<String>,
    /// A valid `compare`: the second year of the comparison.
    pub compare: Option<i32>,
    /// A valid `date`: the map shows that day (month-by-month mode).
    pub date: Option<crate::model::Date>,
    /// A valid `lang`.
    pub lang: Option<Lang>,
    /// The browser's first preferred language the atlas speaks.
    pub browser_lang: Option<Lang>,
    /// The layers named in `layers` (every layer when absent).
    pub layers: Layers,
    /// `select`: the id of the territory, event or sister-city pair to open, as typed (the app
    /// checks it against the data).
    pub select: Option<String>,
    /// `view` as typed (`lon,lat,zoom`); the map reads it with its projection.
    pub view: Option<String>,
    /// `geojson`: a teacher's layer, as an absolute same-origin URL.
    pub geojson: Option<String>,
    /// `story`: a guided story, as an absolute same-origin URL.
    pub story: Option<String>,
    /// `min` and `max`: the years the slider may reach (a lesson's span), both valid and in order.
    pub bounds: Option<(i32, i32)>,
    /// `autoplay`: play the years from the start (unless the reader prefers reduced motion).
    pub autoplay: bool,
    /// `parent-origin` as typed: which host pages may drive an embed by `postMessage`.
    pub parent_origin: Option<String>,
    /// One sentence per ignored parameter.
    pub notices: Vec<String>,
}

impl Start {
    /// The language the app opens in, before asking whether it can be shown: `?lang=`, else
    /// the host's (`lang` on `#app` or the element), else the browser's first the atlas speaks.
    pub fn wanted_lang(&self, host: Option<Lang>) -> Option<Lang> {
        self.lang.or(host).or(self.browser_lang)
    }
}

/// `text` resolved against the page as an absolute URL, if it is an `http(s)` URL on the
/// page's own origin (the atlas fetches nothing from anywhere else, and `javascript:` or
/// `data:` URLs are never followed).
pub fn same_origin_url(name: &str, text: &str) -> Result<String, String> {
    let shown: String = text.chars().take(60).collect();
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(format!("{name} is empty"));
    }
    let location = web_sys::window().map(|w| w.location());
    let (Some(href), Some(origin)) = (
        location.as_ref().and_then(|l| l.href().ok()),
        location.as_ref().and_then(|l| l.origin().ok()),
    ) else {
        return Err(format!("{name} “{shown}” cannot be resolved"));
    };
    match web_sys::Url::new_with_base(trimmed, &href) {
        Ok(url)
            if url.origin() == origin
                && (url.protocol() == "http:" || url.protocol() == "https:") =>
        {
            Ok(url.href())
        }
        Ok(_) => Err(format!(
            "{name} “{shown}” is not on this site (only files from the atlas's own site are loaded)"
        )),
        Err(_) => Err(format!("{name} “{shown}” is not a URL")),
    }
}

/// Reads the page URL's parameters. A repeated parameter counts once (the first), as
/// `URLSearchParams.get` does.
pub fn start() -> Start {
    start_from(params())
}

/// Reads the parameters of a query string (an `<rj-atlas>` element passes its attributes so).
pub fn start_from_query(query: &str) -> Start {
    start_from(web_sys::UrlSearchParams::new_with_str(query).ok())
}

fn start_from(params: Option<web_sys::UrlSearchParams>) -> Start {
    let mut start = Start::default();
    if let Some(p) = params {
        if let Some(text) = p.get("year") {
            match parse_year(&text) {
                Ok(y) => start.year = Some(y),
                Err(e) => start.notices.push(e.to_string()),
            }
        }
        if let Some(text) = p.get("layers") {
            let (layers, ignored) = parse_layers(&text);
            start.layers = layers;
            if text.trim().is_empty() {
                start.notices.push("layers is empty".to_string());
            }
            for part in ignored {
                start.notices.push(format!(
                    "layer “{part}” is not one of territories, war, conflict, diplomacy, sister-cities, charts"
                ));
            }
        }
        if let Some(text) = p.get("controls") {
            start.controls = Some(text.chars().take(200).collect());
        }
        if let Some(text) = p.get("compare") {
            match parse_year(&text) {
                Ok(y) => start.compare = Some(y),
                Err(e) => start.notices.push(format!("compare: {e}")),
            }
        }
        if let Some(text) = p.get("date") {
            match crate::params::parse_date(&text) {
                Ok(d) => {
                    start.date = Some(d);
                    start.year = Some(d.year());
                }
                Err(e) => start.notices.push(e.to_string()),
            }
        }
        if let Some(text) = p.get("view") {
            start.view = Some(text);
        }
        if let Some(text) = p.get("select") {
            match text.trim() {
                "" => start.notices.push("select is empty".to_string()),
                id => start.select = Some(id.chars().take(80).collect()),
            }
        }
        for (name, slot) in [("geojson", &mut start.geojson), ("story", &mut start.story)] {
            if let Some(text) = p.get(name) {
                match same_origin_url(name, &text) {
                    Ok(url) => *slot = Some(url),
                    Err(e) => start.notices.push(e),
                }
            }
        }
        let bound = |name: &str, notices: &mut Vec<String>| {
            p.get(name).and_then(|text| match parse_year(&text) {
                Ok(y) => Some(y),
                Err(e) => {
                    notices.push(format!("{name}: {e}"));
                    None
                }
            })
        };
        let (min, max) = (
            bound("min", &mut start.notices),
            bound("max", &mut start.notices),
        );
        match (min, max) {
            (Some(lo), Some(hi)) if lo > hi => start.notices.push(format!(
                "min {lo} is after max {hi}; the whole span is used"
            )),
            (None, None) => {}
            (lo, hi) => {
                start.bounds = Some((
                    lo.unwrap_or(crate::model::FIRST_YEAR),
                    hi.unwrap_or(crate::model::LAST_YEAR),
                ))
            }
        }
        if let Some(text) = p.get("autoplay") {
            match text.trim() {
                "" | "1" | "true" | "yes" | "autoplay" => start.autoplay = true,
                "0" | "false" | "no" => {}
                other => start.notices.push(format!(
                    "autoplay “{}” is not true or false",
                    other.chars().take(40).collect::<String>()
                )),
            }
        }
        if let Some(text) = p.get("parent-origin") {
            start.parent_origin = Some(text.chars().take(1000).collect());
        }
        if let Some(text) = p.get("lang") {
            match parse_lang(&text) {
                Ok(l) => start.lang = Some(l),
                Err(e) => start.notices.push(e.to_string()),
            }
        }
    }
    start.browser_lang = browser_lang();
    start
}

thread_local! {
    /// The year the URL is still to show, when the last step came, and whether a timer will
    /// write it: a moving slider writes the URL once it has rested [`URL_REST_MS`].
    static PENDING_YEAR: std::cell::Cell<Option<i32>> = const { std::cell::Cell::new(None) };
    static LAST_STEP_MS: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
    static TIMER_ARMED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// How long the slider must rest before the URL follows it. `history.replaceState` costs more
/// than the rest of a year step together (a DevTools profile of slider steps: ~1 ms at 1× of a
/// 3–4 ms step, in the frames it lands in) and browsers throttle it, so a drag or play at speed
/// writes nothing until it stops; any other URL write takes the waiting year with it.
const URL_REST_MS: f64 = 300.0;

/// Writes `year` into the URL without adding a history entry, once the slider has rested. A
/// step only notes the year and the time: arming a timer per step (and clearing the last) cost
/// a tenth of a step's time, so one timer re-arms itself for what is left of the rest.
pub fn replace_year_soon(year: i32) {
    PENDING_YEAR.with(|p| p.set(Some(year)));
    LAST_STEP_MS.with(|t| t.set(js_sys::Date::now()));
    if !TIMER_ARMED.with(|a| a.replace(true)) {
        arm_year_timer(URL_REST_MS);
    }
}

fn arm_year_timer(delay_ms: f64) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let write = Closure::once_into_js(|| {
        let rested = js_sys::Date::now() - LAST_STEP_MS.with(std::cell::Cell::get);
        if rested + 1.0 < URL_REST_MS {
            arm_year_timer(URL_REST_MS - rested);
            return;
        }
        TIMER_ARMED.with(|a| a.set(false));
        flush_year();
    });
    let armed = web_sys::window().is_some_and(|w| {
        w.set_timeout_with_callback_and_timeout_and_arguments_0(
            write.unchecked_ref(),
            delay_ms.ceil() as i32,
        )
        .is_ok()
    });
    if !armed {
        TIMER_ARMED.with(|a| a.set(false));
        flush_year();
    }
}

/// Writes a year still waiting for its timer now: the URL must be the whole state when another
/// build takes over from this one (`upgrade.rs`) or the app mounts again in another language.
pub fn flush_year() {
    if let Some(year) = PENDING_YEAR.with(std::cell::Cell::take) {
        replace_year(year);
    }
}

/// Forgets a year still waiting for its timer: Back or Forward brought another entry, whose
/// URL is the state now.
pub fn forget_pending_year() {
    PENDING_YEAR.with(std::cell::Cell::take);
}

/// Writes `year` into the URL without adding a history entry.
pub fn replace_year(year: i32) {
    replace_param("year", &year.to_string());
}

/// Sets one query parameter with `history.replaceState`, keeping the others and the hash.
fn replace_param(name: &str, value: &str) {
    if let Some(params) = params_with_pending_year() {
        params.set(name, value);
        write_params(&params);
    }
}

/// Removes one query parameter with `history.replaceState`.
fn remove_param(name: &str) {
    if let Some(params) = params_with_pending_year() {
        params.delete(name);
        write_params(&params);
    }
}

/// The page's parameters with a year still waiting for the slider to rest: a write of anything
/// else takes it along. When that write is a new history entry (a panel opened just after a
/// step), the entry it leaves gets the year first, so Back returns to the year it was left at.
fn params_with_pending_year() -> Option<web_sys::UrlSearchParams> {
    let params = params()?;
    if let Some(year) = PENDING_YEAR.with(std::cell::Cell::take) {
        params.set("year", &year.to_string());
        if NEW_ENTRY.with(std::cell::Cell::get) {
            write_url(&params, false);
        }
    }
    Some(params)
}

/// Replaces the query with `params`, keeping the path and the hash, in a new history entry if
/// [`new_entry`] asked for one.
fn write_params(params: &web_sys::UrlSearchParams) {
    write_url(params, NEW_ENTRY.with(|n| n.replace(false)));
}

/// Writes the page's URL with the query `params`, pushing a history entry when `push`.
fn write_url(params: &web_sys::UrlSearchParams, push: bool) {
    if !SYNC.with(std::cell::Cell::get) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let query = String::from(params.to_string());
    let url = format!(
        "{}{}{query}{}",
        location.pathname().unwrap_or_default(),
        if query.is_empty() { "" } else { "?" },
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        if push {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        } else {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

thread_local! {
    /// Whether the atlas owns the page URL: not when it is an `<rj-atlas>` element on a lesson
    /// page, whose address belongs to the lesson.
    static SYNC: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
    /// Whether the next URL write adds a history entry (see [`new_entry`]).
    static NEW_ENTRY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Stops every URL write (the atlas runs as an element on someone else's page).
#[cfg_attr(not(feature = "full"), allow(dead_code))]
pub fn stop_sync() {
    SYNC.with(|s| s.set(false));
}

/// Makes the next URL write a new history entry, so Back returns to the state before it:
/// used for the reader's discrete choices (a panel, a layer, a comparison, a language, month
/// mode). Slider steps and pan/zoom replace the entry instead, or Back would replay every year.
pub fn new_entry() {
    NEW_ENTRY.with(|n| n.set(true));
}

/// The browser's first preferred language that the atlas speaks.
fn browser_lang() -> Option<Lang> {
    let languages = web_sys::window()?.navigator().languages();
    languages
        .iter()
        .filter_map(|v| v.as_string())
        .find_map(|t| Lang::from_tag(&t))
}

/// Writes the selection into the URL (or removes it) without adding a history entry.
pub fn replace_select(id: Option<&str>) {
    match id {
        Some(id) => replace_param("select", id),
        None => remove_param("select"),
    }
}

/// Writes the view into the URL (none for the whole region) without a history entry.
pub fn replace_view(view: &crate::carto::ZoomView, viewport: &crate::carto::Viewport) {
    if view.is_home() {
        remove_param("view");
    } else {
        replace_param("view", &view.to_param(viewport));
    }
}

/// Writes the day shown in month-by-month mode into the URL (and its year), or removes it.
pub fn replace_date(date: Option<crate::model::Date>) {
    match date {
        // One write with both: the day and its year belong to one history entry.
        Some(d) => {
            if let Some(params) = params_with_pending_year() {
                params.set("date", &d.to_string());
                params.set("year", &d.year().to_string());
                write_params(&params);
            }
        }
        None => remove_param("date"),
    }
}

/// Writes the comparison year into the URL, or removes it.
pub fn replace_compare(year: Option<i32>) {
    match year {
        Some(y) => replace_param("compare", &y.to_string()),
        None => remove_param("compare"),
    }
}

/// Writes the layers into the URL without adding a history entry.
pub fn replace_layers(layers: Layers) {
    replace_param("layers", &layers.to_string());
}

/// Writes `lang` into the URL without adding a history entry.
pub fn replace_lang(lang: Lang) {
    replace_param("lang", lang.code());
}
