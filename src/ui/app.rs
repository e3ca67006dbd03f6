//! The top-level component: loads the atlas once, holds the selected year and language, lays out
//! the page.

use super::after_paint::use_after_paint;
use super::charts::Charts;
use super::compare::Compare;
use super::details_panel::{subject, DetailsPanel};
use super::languages::Asked;
use super::legend::Legend;
use super::map::{MapGeometry, MapView, HEIGHT, WIDTH};
use super::marks::mark_all;
use super::shared::Shared;
use super::slider::YearSlider;
use super::story_panel::QuestionState;
#[cfg(feature = "full")]
use super::story_panel::StoryPanel;
#[cfg(feature = "full")]
use super::table_view::TableView;
use super::timeline::{Timeline, TimelineTicks};
use super::upgrade::Action;
use super::url;
use super::user_layer_control::{first_file, UserLayerControl};
#[cfg(feature = "full")]
use super::user_layer_control::{read_file, PickedFile};
use super::year_step::YearStep;
use crate::carto::ZoomView;
use crate::data;
use crate::i18n::{self, Msg};
use crate::layers::{Layer, Layers};
use crate::model::story::Story;
use crate::model::{Atlas, Date, Lang, UserLayer, FIRST_YEAR, LAST_YEAR, OPENING_YEAR};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

fn changes_list(atlas: &Atlas, year: i32, lang: Lang) -> Html {
    let changes = atlas.changes_in(year);
    if changes.is_empty() {
        return html! { <p class="no-changes">{ i18n::text(lang, Msg::NoChanges) }</p> };
    }
    html! {
        <ul class="changes">
            { for changes.iter().map(|c| {
                let who: Vec<&str> = c.after.controllers.iter().filter_map(|id| atlas.polity(id)).map(|p| p.name(lang)).collect();
                let event = c.after.event.as_deref().and_then(|e| atlas.event(e)).map(|e| e.name(lang).to_string());
                html! {
                    <li data-change-territory={c.territory.id.clone()} data-change-date={c.after.from.to_string()}>
                        <strong>{ c.territory.name(lang).to_string() }</strong>
                        { format!(" → {} ({})", who.join(" + "), i18n::status(lang, c.after.status)) }
                        if let Some(e) = event { <span class="change-event">{ format!(" — {e}") }</span> }
                        <span class="change-date">{ format!(", {}", i18n::date(lang, c.after.from)) }</span>
                    </li>
                }
            }) }
        </ul>
    }
}

/// What a screen reader hears after a year step: "1905: Southern Sakhalin passes to Japan
/// (Treaty of Portsmouth); …", or that nothing changed hands.
fn announcement(atlas: &Atlas, year: i32, lang: Lang) -> String {
    let changes = atlas.changes_in(year);
    let year_text = i18n::year(lang, year);
    if changes.is_empty() {
        return format!("{year_text}: {}", i18n::text(lang, Msg::NoChanges));
    }
    let sentences: Vec<String> = changes
        .iter()
        .map(|c| {
            let event = c
                .after
                .event
                .as_deref()
                .and_then(|e| atlas.event(e))
                .map_or(String::new(), |e| format!(" ({})", e.name(lang)));
            i18n::text(lang, Msg::Passes)
                .replace("{territory}", c.territory.name(lang))
                .replace(
                    "{who}",
                    &i18n::polity_names(atlas, &c.after.controllers, lang),
                )
                .replace("{event}", &event)
        })
        .collect();
    format!("{year_text}: {}", sentences.join("; "))
}

/// The language switcher: a native `<select>`, keyboard and screen-reader friendly.
fn language_switcher(lang: Lang, on_change: Callback<Lang>) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        if let Some(lang) = Lang::from_tag(&select.value()) {
            on_change.emit(lang);
        }
    });
    html! {
        <label class="language">
            <span class="language-label">{ i18n::text(lang, Msg::Language) }</span>
            <select class="language-select" {onchange}>
                { for Lang::ALL.into_iter().map(|l| html! {
                    <option value={l.code()} lang={l.code()} selected={l == lang}>{ i18n::endonym(l) }</option>
                }) }
            </select>
        </label>
    }
}

/// Moves keyboard focus to `element` (HTML or SVG).
fn focus(element: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus();
    } else if let Some(svg) = element.dyn_ref::<web_sys::SvgElement>() {
        let _ = svg.focus();
    }
}

/// What could not be used of a teacher's layer: all of it (`failed`), or some features (each
/// with whether it was left out).
#[derive(Clone, Debug, PartialEq)]
struct LayerNotice {
    name: String,
    failed: Option<String>,
    problems: Vec<(String, bool)>,
}

/// At most this many problems are listed; the rest are counted.
const LISTED_PROBLEMS: usize = 12;

fn layer_notice_view(notice: &LayerNotice, lang: Lang, on_dismiss: Callback<MouseEvent>) -> Html {
    let heading = match &notice.failed {
        Some(what) => i18n::text(lang, Msg::UserLayerFailed)
            .replace("{name}", &notice.name)
            .replace("{what}", what),
        None => i18n::text(lang, Msg::UserLayerProblems)
            .replace("{name}", &notice.name)
            .replace("{n}", &notice.problems.len().to_string()),
    };
    let more = notice.problems.len().saturating_sub(LISTED_PROBLEMS);
    html! {
        <div class="notice" role="alert" data-notice="user-layer">
            <div>
                <p>{ heading }</p>
                if !notice.problems.is_empty() {
                    <ul>
                        { for notice.problems.iter().take(LISTED_PROBLEMS).map(|(p, left_out)| html! {
                            <li data-layer-problem="">{ if *left_out { format!("{p} ({})", i18n::text(lang, Msg::LeftOut)) } else { p.clone() } }</li>
                        }) }
                        if more > 0 { <li>{ format!("… +{more}") }</li> }
                    </ul>
                }
            </div>
            <button type="button" class="notice-dismiss" onclick={on_dismiss}>{ i18n::text(lang, Msg::Dismiss) }</button>
        </div>
    }
}

/// What ties an app to its `<rj-atlas>` element: the attributes (as a query string), the element
/// (for `yearchange` and `select` events) and the way in for live attribute changes.
pub struct ElementLink {
    /// The element's attributes as `year=1905&lang=th…`, read like a page URL.
    pub query: String,
    /// The element, which dispatches the events.
    pub host: web_sys::HtmlElement,
    /// Set by the app on every render: applies a change of attributes or properties.
    pub control: std::cell::RefCell<Option<Callback<crate::host_message::SetRequest>>>,
    /// Set by the app: draws a layer given as text (the `geojson` property).
    #[cfg(feature = "full")]
    pub add_layer: std::cell::RefCell<Option<Callback<PickedFile>>>,
    /// Set by the app: starts a story given as text (inline in the element, or its `story`
    /// property set to an object).
    #[cfg(feature = "full")]
    pub add_story: std::cell::RefCell<Option<Callback<Result<String, String>>>>,
}

/// Dispatches `name` with `detail` from the element (bubbling, and out of its shadow root).
fn dispatch(host: &web_sys::HtmlElement, name: &str, detail: &wasm_bindgen::JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(detail);
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Set when the app is an `<rj-atlas>` element: it then reads its attributes instead of the
    /// page URL, never writes the URL, and talks through events instead of `postMessage`.
    #[prop_or_default]
    pub element: Option<Shared<ElementLink>>,
    /// The embed layout (`embed.html`): no page chrome, the map fills the frame, and
    /// `?controls=` chooses which controls show.
    #[prop_or_default]
    pub embed: bool,
    /// The language the host element names (`lang="th"`), if any.
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// What the reader asked of the first-load core, which handed over to this build to do it
    /// (`upgrade.rs`).
    #[prop_or_default]
    pub handed_over: Option<Action>,
    /// Mounted again by the core after a language switch (`languages.rs`): like a hand-over,
    /// not a new page — no autoplay, no `ready` to the host, no notices about the URL (the
    /// reader has seen them), only about the language table.
    pub remounted: bool,
}

/// The controls an embed shows by default (`?controls=` overrides).
const EMBED_CONTROLS: &str = "slider timeline zoom legend";

/// The controls named in `?controls=` (slider, timeline, zoom, legend, layers, changes,
/// compare, charts), as a space-separated list for `data-controls`; unknown names are dropped.
fn controls(text: Option<&str>) -> String {
    const KNOWN: [&str; 8] = [
        "slider", "timeline", "zoom", "legend", "layers", "changes", "compare", "charts",
    ];
    match text {
        Some(t) => t
            .split(',')
            .map(str::trim)
            .filter(|c| KNOWN.contains(c))
            .collect::<Vec<_>>()
            .join(" "),
        None => EMBED_CONTROLS.to_string(),
    }
}

/// The atlas app.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let loaded = use_memo((), |_| data::bundled().map(Shared::new));
    let start = {
        let element = props.element.clone();
        use_memo((), move |_| match element {
            Some(e) => url::start_from_query(&e.query),
            None => url::start(),
        })
    };
    let year = use_state(|| {
        let (min, max) = start.bounds.unwrap_or((FIRST_YEAR, LAST_YEAR));
        start.year.unwrap_or(OPENING_YEAR).clamp(min, max)
    });
    // The day shown in month-by-month mode; `None` shows 31 December of the year.
    let day = use_state(|| {
        let (min, max) = start.bounds.unwrap_or((FIRST_YEAR, LAST_YEAR));
        start.date.filter(|d| (min..=max).contains(&d.year()))
    });
    // The URL follows the mode: `date=` while month by month, gone when a year step leaves it.
    use_effect_with(*day, |day| url::replace_date(*day));
    let on_day = {
        let (day, year) = (day.clone(), year.clone());
        Callback::from(move |d: Option<Date>| {
            url::new_entry();
            if let Some(d) = d {
                year.set(d.year());
            }
            day.set(d);
        })
    };
    let lang = use_state(|| {
        start
            .wanted_lang(props.lang)
            // In the core, a language whose table could not be had shows English.
            .filter(|l| i18n::ready(*l))
            .unwrap_or_default()
    });
    let lang_handle = lang.clone();
    let layers = use_state(|| start.layers);
    let on_layers = {
        let layers = layers.clone();
        Callback::from(move |l: Layers| {
            url::new_entry();
            url::replace_layers(l);
            layers.set(l);
        })
    };
    let compare = use_state(|| start.compare);
    let on_compare = {
        let compare = compare.clone();
        Callback::from(move |y: Option<i32>| {
            url::new_entry();
            url::replace_compare(y);
            compare.set(y);
        })
    };
    let selected = use_state(|| start.select.clone());
    // A guided story (`?story=`), its step, and where the reader is with the step's question.
    let story = use_state(|| None::<Shared<Story>>);
    let story_step = use_state(|| 0usize);
    let question = use_state(QuestionState::default);
    let story_notice = use_state(Vec::<String>::new);
    // The step shown, if a story is open.
    let current_step = story.as_ref().and_then(|s| s.steps.get(*story_step));
    let open_question = current_step
        .and_then(|s| s.question.as_ref())
        .filter(|_| question.answered.is_none())
        .cloned();
    // Where focus was when a panel opened, to return it there on close.
    let opener = use_mut_ref(|| None::<web_sys::Element>);
    let on_select = {
        let (selected, opener) = (selected.clone(), opener.clone());
        let (open_question, question) = (open_question.clone(), question.clone());
        let known = loaded.clone();
        Callback::from(move |id: String| {
            // While a territory question is open, a click on a territory picks it.
            let is_territory = known
                .as_ref()
                .as_ref()
                .is_ok_and(|a| a.territory(&id).is_some());
            if is_territory
                && open_question
                    .as_ref()
                    .is_some_and(|q| q.kind() == "territory")
            {
                let mut state = (*question).clone();
                match state.picked.iter().position(|p| *p == id) {
                    Some(at) => {
                        state.picked.remove(at);
                    }
                    None => state.picked.push(id),
                }
                question.set(state);
                return;
            }
            if selected.is_none() {
                *opener.borrow_mut() = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element());
            }
            url::new_entry();
            url::replace_select(Some(&id));
            selected.set(Some(id));
        })
    };
    let on_close = {
        let (selected, opener) = (selected.clone(), opener.clone());
        Callback::from(move |()| {
            url::new_entry();
            url::replace_select(None);
            selected.set(None);
            if let Some(element) = opener.borrow_mut().take() {
                focus(&element);
            }
        })
    };
    let table_open = use_state(|| props.handed_over == Some(Action::Table));
    // A view the map is asked to move to (a story step), numbered so the same view twice moves.
    let goto = use_state(|| None::<(u32, ZoomView)>);
    // The view asked for in the URL, read with the map's projection.
    let initial_view = {
        let (start, loaded) = (start.clone(), loaded.clone());
        use_memo((), move |_| {
            let home = ZoomView::home(WIDTH, HEIGHT);
            match (&start.view, loaded.as_ref()) {
                (Some(text), Ok(_)) => {
                    let viewport = MapGeometry::viewport();
                    ZoomView::from_param(text, &viewport, WIDTH, HEIGHT).map_err(|e| e.to_string())
                }
                _ => Ok(home),
            }
        })
    };
    // The host pages allowed to drive the atlas (`parent-origin`); what it refused is a notice.
    let origin_policy = {
        let parent = start.parent_origin.clone();
        use_memo((), move |_| {
            let own_origin = web_sys::window()
                .and_then(|w| w.location().origin().ok())
                .unwrap_or_default();
            crate::host_message::OriginPolicy::parse(parent.as_deref(), &own_origin)
        })
    };
    let notices = {
        let (start, loaded, initial_view) = (start.clone(), loaded.clone(), initial_view.clone());
        let origin_policy = origin_policy.clone();
        let remounted = props.remounted;
        use_memo((), move |_| {
            // After a remount only the language tables the core could not have
            // (`languages.rs`): the reader has seen the rest.
            #[allow(unused_mut)]
            let mut notices = if remounted {
                Vec::new()
            } else {
                start.notices.clone()
            };
            #[cfg(not(feature = "full"))]
            notices.extend(super::languages::take_notices());
            if remounted {
                return notices;
            }
            if let Err(e) = initial_view.as_ref() {
                notices.push(e.clone());
            }
            notices.extend(origin_policy.1.iter().map(ToString::to_string));
            if let (Some(id), Ok(atlas)) = (&start.select, loaded.as_ref()) {
                if subject(atlas, id).is_none() {
                    let shown: String = id.chars().take(40).collect();
                    notices.push(format!(
                        "select “{shown}” is not a territory, event or sister-city pair"
                    ));
                }
            }
            notices
        })
    };
    let notices_open = use_state(|| !notices.is_empty());
    // A teacher's own layer (`?geojson=`, the file picker, or a file dropped on the map).
    let user_layer = use_state(|| None::<Shared<UserLayer>>);
    let layer_notice = use_state(|| None::<LayerNotice>);
    #[cfg(feature = "full")]
    let on_layer_file = {
        let (user_layer, layer_notice) = (user_layer.clone(), layer_notice.clone());
        Callback::from(move |(name, text): PickedFile| {
            let parsed = text.and_then(|t| {
                crate::data::user_layer::parse_user_layer(&name, &t).map_err(|e| e.to_string())
            });
            match parsed {
                Ok(layer) => {
                    let problems: Vec<(String, bool)> = layer
                        .problems
                        .iter()
                        .map(|p| (p.to_string(), p.skipped()))
                        .collect();
                    layer_notice.set((!problems.is_empty()).then(|| LayerNotice {
                        name: name.clone(),
                        failed: None,
                        problems,
                    }));
                    user_layer.set(Some(Shared::new(layer)));
                }
                Err(what) => layer_notice.set(Some(LayerNotice {
                    name,
                    failed: Some(what),
                    problems: Vec::new(),
                })),
            }
        })
    };
    #[cfg(feature = "full")]
    {
        let (url, on_file) = (start.geojson.clone(), on_layer_file.clone());
        use_effect_with((), move |_| {
            if let Some(url) = url {
                wasm_bindgen_futures::spawn_local(async move {
                    let name = url
                        .split(['?', '#'])
                        .next()
                        .and_then(|path| path.rsplit('/').next())
                        .unwrap_or("layer")
                        .chars()
                        .take(80)
                        .collect::<String>();
                    let text = super::fetch::fetch_text(&url).await;
                    on_file.emit((name, text));
                });
            }
        });
    }
    // A file picked or dropped: read here, or handed with the reader to the full build.
    #[cfg(feature = "full")]
    let on_pick = {
        let on_file = on_layer_file.clone();
        Callback::from(move |file: web_sys::File| read_file(file, on_file.clone()))
    };
    #[cfg(not(feature = "full"))]
    let on_pick =
        Callback::from(|file: web_sys::File| super::upgrade::request(Action::AddLayer(file)));
    #[cfg(feature = "full")]
    {
        // A file the core handed over with the reader.
        let (pick, handed) = (on_pick.clone(), props.handed_over.clone());
        use_effect_with((), move |_| {
            if let Some(Action::AddLayer(file)) = handed {
                pick.emit(file);
            }
        });
    }
    let dropping = use_state(|| false);
    let ondragover = {
        let dropping = dropping.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dropping {
                dropping.set(true);
            }
        })
    };
    let ondragleave = {
        let dropping = dropping.clone();
        Callback::from(move |_: DragEvent| dropping.set(false))
    };
    let ondrop = {
        let (dropping, on_pick) = (dropping.clone(), on_pick.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dropping.set(false);
            if let Some(file) = first_file(e.data_transfer().and_then(|t| t.files())) {
                on_pick.emit(file);
            }
        })
    };
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |l: Lang| {
            if !super::languages::shows_now(l, Asked::Reader) {
                return;
            }
            url::new_entry();
            url::replace_lang(l);
            lang.set(l);
        })
    };
    // The page's own language follows, for screen readers and font selection (an element's
    // page is the lesson's: the app's root carries `lang` there).
    let owns_page = props.element.is_none();
    use_effect_with(*lang, move |lang| {
        if let Some(root) = web_sys::window()
            .filter(|_| owns_page)
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang.code());
        }
    });
    let lang = *lang;
    let atlas = match loaded.as_ref() {
        Ok(atlas) => atlas.clone(),
        Err(errors) => {
            return html! {
                <div class="rj-atlas error-card" role="alert">
                    <h1>{ i18n::text(lang, Msg::LoadError) }</h1>
                    <pre>{ errors.to_string() }</pre>
                </div>
            };
        }
    };
    let geometry = {
        let atlas = atlas.clone();
        use_memo((), move |_| Shared::new(MapGeometry::new(&atlas)))
    };
    let step = {
        let (atlas, setter, day_setter) = (atlas.clone(), year.setter(), day.setter());
        let (first_year, first_lang) = (*year, lang);
        use_memo((), move |_| {
            Shared::new(YearStep::new(
                atlas,
                first_year,
                first_lang,
                // A year step (slider, play, year buttons) leaves month-by-month mode.
                Callback::from(move |y| {
                    setter.set(y);
                    day_setter.set(None);
                }),
            ))
        })
    };
    step.set_lang(lang);
    {
        // The lesson's years, once (a story may widen them later).
        let (step, bounds) = (step.clone(), start.bounds);
        use_memo((), move |_| {
            if let Some((min, max)) = bounds {
                step.set_bounds(min, max);
            }
        });
    }
    let step = (*step).clone();
    {
        // The open subject is marked on the map (`data-selected`) for styling.
        let (id, root) = ((*selected).clone(), step.root.clone());
        use_effect_with(id, move |id| {
            if let Some(root) = root.cast::<web_sys::Element>() {
                mark_all(&root, "data-selected", "true", id.as_slice());
            }
        });
    }
    // Shows step `n` of `story`: its moment, layers and view; the question starts afresh.
    #[cfg(feature = "full")]
    let show_story_step =
        {
            let charts_on = layers.contains(Layer::Charts);
            let (story_step, question, goto, layers_setter, day_setter, year_setter, step) = (
                story_step.clone(),
                question.clone(),
                goto.clone(),
                layers.setter(),
                day.setter(),
                year.setter(),
                step.clone(),
            );
            Callback::from(move |(story, n): (Shared<Story>, usize)| {
                let Some(s) = story.steps.get(n) else {
                    return;
                };
                match s.when {
                    crate::model::story::When::Year(y) => {
                        day_setter.set(None);
                        step.show(y);
                    }
                    crate::model::story::When::Day(d) => {
                        year_setter.set(d.year());
                        day_setter.set(Some(d));
                    }
                }
                if let Some(l) = s.layers {
                    // A story names map layers; the charts stay as the reader left them.
                    layers_setter.set(l.with(Layer::Charts, charts_on));
                }
                if let Some(v) = s.view.as_deref().and_then(|v| {
                    ZoomView::from_param(v, &MapGeometry::viewport(), WIDTH, HEIGHT).ok()
                }) {
                    let n = goto.as_ref().map_or(0, |g| g.0) + 1;
                    goto.set(Some((n, v)));
                }
                question.set(QuestionState::default());
                story_step.set(n);
            })
        };
    // A story's text (fetched for `?story=`, or given inline to an element): read and checked
    // against the atlas; problems name step and field.
    #[cfg(feature = "full")]
    let on_story_text = {
        let (story, notice, atlas, show, step) = (
            story.clone(),
            story_notice.clone(),
            atlas.clone(),
            show_story_step.clone(),
            step.clone(),
        );
        Callback::from(move |text: Result<String, String>| {
            let text = match text {
                Ok(t) => t,
                Err(e) => return notice.set(vec![e]),
            };
            match crate::data::story::parse_story(&text) {
                Ok(parsed) => {
                    let unknown = crate::data::story::unknown_ids(&parsed, |id| {
                        subject(&atlas, id).is_some()
                    });
                    if !unknown.is_empty() {
                        return notice.set(unknown.iter().map(ToString::to_string).collect());
                    }
                    // The story's own years win over `min`/`max`.
                    step.set_bounds(FIRST_YEAR, LAST_YEAR);
                    let parsed = Shared::new(parsed);
                    story.set(Some(parsed.clone()));
                    show.emit((parsed, 0));
                }
                Err(errors) => notice.set(errors.0.iter().map(ToString::to_string).collect()),
            }
        })
    };
    #[cfg(feature = "full")]
    {
        let (url, on_text) = (start.story.clone(), on_story_text.clone());
        use_effect_with((), move |_| {
            if let Some(url) = url {
                wasm_bindgen_futures::spawn_local(async move {
                    on_text.emit(super::fetch::fetch_text(&url).await);
                });
            }
        });
    }
    #[cfg(feature = "full")]
    if let Some(link) = &props.element {
        *link.add_story.borrow_mut() = Some(on_story_text.clone());
    }
    #[cfg(feature = "full")]
    let on_answer = {
        let (story, story_step, question) = (story.clone(), story_step.clone(), question.clone());
        Callback::from(move |choice: Option<usize>| {
            let Some(q) = story
                .as_ref()
                .and_then(|s| s.steps.get(*story_step))
                .and_then(|s| s.question.as_ref())
            else {
                return;
            };
            let mut state = (*question).clone();
            state.answered = Some(match choice {
                Some(n) => {
                    state.chosen = Some(n);
                    q.accepts_choice(n)
                }
                None => {
                    let picked: Vec<&str> = state.picked.iter().map(String::as_str).collect();
                    q.accepts_territories(&picked)
                }
            });
            question.set(state);
        })
    };
    let question_mode = current_step.and_then(|s| s.question.as_ref()).map(|_| {
        if question.answered.is_some() {
            "answered"
        } else {
            "open"
        }
    });
    {
        // While a question is open the territories are announced by name only.
        let (step, open) = (step.clone(), question_mode == Some("open"));
        use_effect_with((open, lang), move |(open, _)| {
            if *open || step.labels_masked() {
                step.mask_labels(*open);
            }
        });
    }
    {
        // Highlights: the step's, and the answer once given; none while a question is open.
        let ids: Vec<String> = current_step
            .map(|s| match (&s.question, question.answered) {
                (Some(_), None) => Vec::new(),
                (Some(q), Some(_)) => {
                    let mut ids = s.highlight.clone();
                    if let crate::model::story::Answer::Territory { ids: answer } = &q.answer {
                        ids.extend(answer.iter().cloned());
                    }
                    ids
                }
                (None, _) => s.highlight.clone(),
            })
            .unwrap_or_default();
        let picked = question.picked.clone();
        let root = step.root.clone();
        // Without a story there is nothing to mark, and a year step should not search the page.
        let marked = use_mut_ref(|| false);
        use_effect_with(
            (ids, picked, *year, *day, *layers),
            move |(ids, picked, ..)| {
                let any = !ids.is_empty() || !picked.is_empty();
                if any || marked.replace(any) {
                    if let Some(root) = root.cast::<web_sys::Element>() {
                        mark_all(&root, "data-highlight", "true", ids);
                        mark_all(&root, "data-picked", "true", picked);
                    }
                }
                *marked.borrow_mut() = any;
            },
        );
    }
    {
        // A lesson page may drive the atlas in its frame (`postMessage`, see host_api.rs).
        let state = super::host_api::HostState {
            year: *year,
            date: *day,
            lang,
            layers: *layers,
            select: (*selected).clone(),
        };
        let (step, atlas) = (step.clone(), atlas.clone());
        let (lang_setter, layers_setter, selected_setter, day_setter, year_setter) = (
            lang_handle.setter(),
            layers.setter(),
            selected.setter(),
            day.setter(),
            year.setter(),
        );
        let on_set = Callback::from(move |r: crate::host_message::SetRequest| {
            if let Some(l) = r
                .lang
                .filter(|l| super::languages::shows_now(*l, Asked::Host))
            {
                url::replace_lang(l);
                lang_setter.set(l);
            }
            if let Some(l) = r.layers {
                url::replace_layers(l);
                layers_setter.set(l);
            }
            let (min, max) = step.bounds();
            match (r.date, r.year) {
                (Some(d), _) if (min..=max).contains(&d.year()) => {
                    year_setter.set(d.year());
                    day_setter.set(Some(d));
                }
                // A day outside the lesson's years: its year, kept inside them.
                (Some(d), _) => {
                    day_setter.set(None);
                    step.show(d.year());
                }
                (None, Some(y)) => {
                    day_setter.set(None);
                    step.show(y);
                }
                (None, None) => {}
            }
            if let Some(id) = r.select.filter(|id| subject(&atlas, id).is_some()) {
                url::replace_select(Some(&id));
                selected_setter.set(Some(id));
            }
        });
        if let Some(link) = &props.element {
            *link.control.borrow_mut() = Some(on_set.clone());
            #[cfg(feature = "full")]
            {
                *link.add_layer.borrow_mut() = Some(on_layer_file.clone());
            }
        }
        super::host_api::use_host_api(
            owns_page,
            origin_policy.clone(),
            props.handed_over.is_none() && !props.remounted,
            state,
            on_set,
        );
    }
    {
        // An element tells its page: `yearchange` (detail: year, date) when the year or day
        // changes, `select` (detail: id) when the open panel does, and `rj-atlas-state`
        // (detail: lang, layers) so that rj-atlas.js writes every live attribute back.
        let host = props.element.as_ref().map(|e| e.host.clone());
        let last = use_mut_ref(|| None::<(i32, Option<Date>, Option<String>)>);
        let now = (*year, *day, (*selected).clone(), lang, *layers);
        use_effect_with(now, move |(year, day, selected, lang, layers)| {
            let Some(host) = host else {
                return;
            };
            let set = |o: &js_sys::Object, k: &str, v: wasm_bindgen::JsValue| {
                let _ = js_sys::Reflect::set(o, &k.into(), &v);
            };
            let before = last.replace(Some((*year, *day, selected.clone())));
            if let Some((y, d, s)) = before {
                if (y, d) != (*year, *day) {
                    let detail = js_sys::Object::new();
                    set(&detail, "year", (*year).into());
                    set(
                        &detail,
                        "date",
                        day.map_or(wasm_bindgen::JsValue::NULL, |d| d.to_string().into()),
                    );
                    dispatch(&host, "yearchange", &detail);
                }
                if s != *selected {
                    let detail = js_sys::Object::new();
                    set(
                        &detail,
                        "id",
                        selected
                            .clone()
                            .map_or(wasm_bindgen::JsValue::NULL, Into::into),
                    );
                    dispatch(&host, "select", &detail);
                }
            }
            let detail = js_sys::Object::new();
            set(&detail, "lang", lang.code().into());
            set(&detail, "layers", layers.to_string().into());
            dispatch(&host, "rj-atlas-state", &detail);
        });
    }
    let date = day.unwrap_or(Date::end_of_year(*year));
    let subtitle = match *day {
        Some(d) => i18n::text(lang, Msg::SubtitleDate).replace("{date}", &i18n::date(lang, d)),
        None => i18n::with_year(lang, Msg::Subtitle, *year),
    };
    {
        // Back and Forward: the URL is the state, so the app reads it again.
        let (step, year_setter) = (step.clone(), year.setter());
        let (lang_setter, layers_setter, selected_setter, compare_setter, day_setter) = (
            lang_handle.setter(),
            layers.setter(),
            selected.setter(),
            compare.setter(),
            day.setter(),
        );
        use_effect_with((), move |_| {
            use wasm_bindgen::JsCast;
            let on_pop = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
                url::forget_pending_year();
                let state = url::start();
                if let Some(l) = state
                    .lang
                    .filter(|l| super::languages::shows_now(*l, Asked::History))
                {
                    lang_setter.set(l);
                }
                layers_setter.set(state.layers);
                selected_setter.set(state.select);
                compare_setter.set(state.compare);
                match (state.date, state.year) {
                    // A day: set directly (a year step would leave month mode).
                    (Some(d), _) => {
                        year_setter.set(d.year());
                        day_setter.set(Some(d));
                    }
                    (None, Some(y)) => {
                        day_setter.set(None);
                        step.show(y);
                    }
                    (None, None) => day_setter.set(None),
                }
            });
            let window = web_sys::window().filter(|_| owns_page);
            if let Some(w) = &window {
                let _ =
                    w.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = window {
                    let _ = w.remove_event_listener_with_callback(
                        "popstate",
                        on_pop.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    // An embed shows only the controls `controls` names (the app shows them all).
    let shown_controls = props.embed.then(|| controls(start.controls.as_deref()));
    let control_shown = |name: &str| {
        shown_controls
            .as_deref()
            .is_none_or(|list| list.split(' ').any(|c| c == name))
    };
    // Autoplay only where the reader can pause it (the timeline shows).
    // (Not again in a build that took over from the core: the reader may have paused it.)
    let autoplay = start.autoplay
        && control_shown("timeline")
        && props.handed_over.is_none()
        && !props.remounted;
    // The charts need both their layer switch and, in an embed, `controls=charts`.
    let charts_shown = layers.contains(Layer::Charts) && control_shown("charts");
    // The side panel's lists and charts come in the task after the map's first frame.
    let painted = use_after_paint();
    {
        // Focus stays where the reader was when the core handed over: on the button pressed, or
        // the file picker. Once the side panel (with the picker) is drawn, and after the
        // children's effects: an open details panel focuses itself when it mounts.
        let action = props.handed_over.as_ref().map(Action::id);
        let root = step.root.clone();
        use_effect_with(painted, move |painted| {
            let target = match action.filter(|_| *painted) {
                Some("add-layer") => Some("[data-user-layer-input]".to_string()),
                Some(id) => Some(format!("[data-action=\"{id}\"]")),
                // Mounted again in another language (`languages.rs`): back on the switcher.
                #[cfg(not(feature = "full"))]
                None if *painted && super::languages::take_focus() => {
                    Some(".language-select".to_string())
                }
                None => None,
            };
            if let (Some(target), Some(root)) = (target, root.cast::<web_sys::Element>()) {
                if let Ok(Some(element)) = root.query_selector(&target) {
                    focus(&element);
                }
            }
        });
    }
    // The tools only the full build has: in the core their buttons hand over (`upgrade.rs`).
    #[cfg(feature = "full")]
    let on_table = {
        let t = table_open.clone();
        Callback::from(move |_: MouseEvent| t.set(!*t))
    };
    #[cfg(not(feature = "full"))]
    let on_table = Callback::from(|_: MouseEvent| super::upgrade::request(Action::Table));
    #[cfg(feature = "full")]
    let export_buttons = {
        let auto = match props.handed_over {
            Some(Action::ExportSvg) if painted => Some(false),
            Some(Action::ExportPng) if painted => Some(true),
            _ => None,
        };
        html! { <super::export::ExportButtons {lang} year={*year} date={*day} root={step.root.clone()} {auto} /> }
    };
    #[cfg(not(feature = "full"))]
    let export_buttons = super::export_buttons::view(lang, "", None, |as_png| {
        Callback::from(move |_: MouseEvent| {
            super::upgrade::request(if as_png {
                Action::ExportPng
            } else {
                Action::ExportSvg
            })
        })
    });
    #[cfg(feature = "full")]
    let story_view = match story.as_ref() {
        Some(s) => html! {
            <StoryPanel story={s.clone()} atlas={atlas.clone()} step={*story_step} {lang} question={(*question).clone()}
                on_step={ let (show, s) = (show_story_step.clone(), s.clone()); Callback::from(move |n| show.emit((s.clone(), n))) }
                {on_answer} on_close={ let (st, q) = (story.clone(), question.clone()); Callback::from(move |()| { st.set(None); q.set(QuestionState::default()); }) } />
        },
        None => Html::default(),
    };
    #[cfg(not(feature = "full"))]
    let story_view = Html::default();
    #[cfg(feature = "full")]
    let table_view = if *table_open {
        html! { <TableView atlas={atlas.clone()} {date} {lang} /> }
    } else {
        Html::default()
    };
    #[cfg(not(feature = "full"))]
    let table_view = Html::default();
    let span = match lang {
        Lang::Th => format!("พ.ศ. {}–{}", FIRST_YEAR + 543, LAST_YEAR + 543),
        _ => format!("{FIRST_YEAR}–{LAST_YEAR}"),
    };
    html! {
        <div class={classes!("rj-atlas", props.embed.then_some("embed"), props.element.is_some().then_some("element"))} data-mode={props.embed.then_some("embed")}
            data-controls={shown_controls.clone()} ref={step.root.clone()} data-year={year.to_string()} data-date={day.map(|d| d.to_string())} data-lang={lang.code()} lang={lang.code()} data-layers={layers.iter().map(|l| l.id()).collect::<Vec<_>>().join(" ")} data-story-question={question_mode} data-panels={if painted { "ready" } else { "pending" }}>
            <header class="atlas-header">
                <div class="title-block">
                    <h1>{ format!("{} ", i18n::text(lang, Msg::AppTitle)) }<span class="years">{ span }</span></h1>
                    <p class="subtitle">{ subtitle }</p>
                </div>
                <div class="header-tools">
                    <button type="button" class="table-toggle" data-action="table" aria-pressed={table_open.to_string()}
                        onclick={on_table}>
                        { i18n::text(lang, if *table_open { Msg::ShowMap } else { Msg::ShowTable }) }
                    </button>
                    { language_switcher(lang, on_lang) }
                    <super::share_dialog::ShareButton {lang} year={*year} />
                    { export_buttons }
                </div>
            </header>
            if *notices_open {
                <div class="notice" role="status" data-notice="ignored-parameters">
                    <p>{ i18n::text(lang, Msg::Ignored).replace("{what}", &notices.join("; ")) }</p>
                    <button type="button" class="notice-dismiss" onclick={ let open = notices_open.clone(); move |_| open.set(false) }>{ i18n::text(lang, Msg::Dismiss) }</button>
                </div>
            }
            if !story_notice.is_empty() {
                <div class="notice" role="alert" data-notice="story">
                    <div>
                        <p>{ i18n::text(lang, Msg::StoryFailed).replace("{what}", "") }</p>
                        <ul>{ for story_notice.iter().take(LISTED_PROBLEMS).map(|p| html! { <li data-story-problem="">{ p.clone() }</li> }) }</ul>
                    </div>
                    <button type="button" class="notice-dismiss" onclick={ let n = story_notice.clone(); move |_| n.set(Vec::new()) }>{ i18n::text(lang, Msg::Dismiss) }</button>
                </div>
            }
            if let Some(notice) = layer_notice.as_ref() {
                { layer_notice_view(notice, lang, { let n = layer_notice.clone(); Callback::from(move |_| n.set(None)) }) }
            }
            <main class="atlas-body">
                <div class={classes!("map-frame", dropping.then_some("dropping"))} {ondragover} {ondragleave} {ondrop}>
                    <MapView goto={*goto} user_layer={(*user_layer).clone()} atlas={atlas.clone()} geometry={(*geometry).clone()} {date} {lang} step={step.clone()} layers={*layers} on_select={on_select.clone()} month_mode={day.is_some()} initial_view={initial_view.as_ref().clone().unwrap_or(ZoomView::home(WIDTH, HEIGHT))} />
                </div>
                <aside class="side-panel">
                    { story_view }
                    <YearSlider year={*year} step={step.clone()} {lang}>
                        if painted { <TimelineTicks atlas={atlas.clone()} bounds={step.bounds()} /> }
                    </YearSlider>
                    <p class="visually-hidden" aria-live="polite" data-announce="">{ if question_mode == Some("open") { i18n::year(lang, *year) } else { announcement(&atlas, *year, lang) } }</p>
                    if painted {
                    <Timeline atlas={atlas.clone()} step={step.clone()} year={*year} {lang} day={*day} {on_day} autoplay={autoplay} />
                    <Legend atlas={atlas.clone()} {date} {lang} layers={*layers} {on_layers} />
                    <UserLayerControl layer={(*user_layer).clone()} {lang} on_pick={on_pick.clone()} on_remove={ let (l, n) = (user_layer.clone(), layer_notice.clone()); Callback::from(move |()| { l.set(None); n.set(None); }) } />
                    <Compare root={step.root.clone()} atlas={atlas.clone()} year={*year} compare={*compare} {lang} {on_compare} />
                    <section class="what-changed">
                        <h2>{ i18n::with_year(lang, Msg::WhatChanged, *year) }</h2>
                        { changes_list(&atlas, *year, lang) }
                    </section>
                    if charts_shown {
                        <Charts atlas={atlas.clone()} year={*year} {lang} on_select={on_select.clone()} on_year={ let s = step.clone(); Callback::from(move |y| s.show(y)) } />
                    }
                }
                </aside>
                // Outside the map frame, whose containment would trap a fixed bottom sheet.
                if let Some(id) = selected.as_ref().filter(|id| subject(&atlas, id).is_some()) {
                    <DetailsPanel atlas={atlas.clone()} id={AttrValue::from(id.clone())} {date} {lang} {on_close} {on_select} reopened={props.remounted} />
                }
            </main>
            { table_view }
            <footer class="atlas-footer">{ i18n::text(lang, Msg::Footer) }</footer>
        </div>
    }
}
