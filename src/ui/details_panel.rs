//! The details panel: what a reader gets on clicking, tapping or pressing Enter on a territory,
//! an event or a sister-city pair. The names, dates and control history come with the first
//! load; the long texts (descriptions, places, the basis of each period, sources, notes) are
//! fetched from `details/*.json` the first time a panel of that kind opens.

use super::fetch::fetch_text;
use super::shared::Shared;
use crate::data::details::{
    read_details, DetailsById, DetailsEntry, EventDetails, SisterDetails, TerritoryDetails,
};
use crate::i18n::{self, Msg};
use crate::model::{Atlas, Date, Event, Lang, Localized, SisterPair, Source, Territory};
use web_sys::KeyboardEvent;
use yew::prelude::*;

/// What an id names.
pub enum Subject<'a> {
    /// A territory.
    Territory(&'a Territory),
    /// An event.
    Event(&'a Event),
    /// A sister-city pair.
    Sister(&'a SisterPair),
}

/// The territory, event or sister-city pair with this id, if any.
pub fn subject<'a>(atlas: &'a Atlas, id: &str) -> Option<Subject<'a>> {
    atlas
        .territory(id)
        .map(Subject::Territory)
        .or_else(|| atlas.event(id).map(Subject::Event))
        .or_else(|| {
            atlas
                .sister_pairs
                .iter()
                .find(|p| p.id == id)
                .map(Subject::Sister)
        })
}

/// A details file: being fetched, read, or failed (with why).
#[derive(PartialEq)]
pub enum Loaded<T> {
    /// Being fetched.
    Loading,
    /// Read.
    Ready(Shared<DetailsById<T>>),
    /// Could not be fetched or read.
    Failed(String),
}

impl<T> Clone for Loaded<T> {
    fn clone(&self) -> Self {
        match self {
            Loaded::Loading => Loaded::Loading,
            Loaded::Ready(map) => Loaded::Ready(map.clone()),
            Loaded::Failed(why) => Loaded::Failed(why.clone()),
        }
    }
}

/// Fetches `url` once `wanted` first becomes true, and keeps it.
#[hook]
fn use_details<T: DetailsEntry + 'static>(url: &'static str, wanted: bool) -> Option<Loaded<T>> {
    let state = use_state(|| None::<Loaded<T>>);
    {
        let state = state.clone();
        use_effect_with(wanted, move |&wanted| {
            if wanted && state.is_none() {
                state.set(Some(Loaded::Loading));
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = match fetch_text(url).await {
                        Ok(text) => match read_details::<T>(url, &text, super::js_json::parse) {
                            Ok(map) => Loaded::Ready(Shared::new(map)),
                            Err(e) => Loaded::Failed(e.to_string()),
                        },
                        Err(e) => Loaded::Failed(e),
                    };
                    state.set(Some(loaded));
                });
            }
        });
    }
    (*state).clone()
}

/// The entry for `id` once loaded, or what to show instead.
fn entry<'a, T>(
    loaded: &'a Option<Loaded<T>>,
    id: &str,
    lang: Lang,
) -> Result<Option<&'a T>, Html> {
    match loaded {
        Some(Loaded::Ready(map)) => Ok(map.get(id)),
        Some(Loaded::Failed(why)) => Err(html! {
            <p class="details-status" role="status">{ format!("{} ({why})", i18n::text(lang, Msg::DetailsFailed)) }</p>
        }),
        _ => Err(
            html! { <p class="details-status" role="status">{ i18n::text(lang, Msg::LoadingDetails) }</p> },
        ),
    }
}

fn sources(lang: Lang, sources: &[Source], note: Option<&String>) -> Html {
    if sources.is_empty() && note.is_none() {
        return html! {};
    }
    html! {
        <>
            if !sources.is_empty() {
                <h3>{ i18n::text(lang, Msg::Sources) }</h3>
                <ul class="details-sources">
                    { for sources.iter().map(|s| html! {
                        <li>
                            if let Some(url) = s.url.as_ref().filter(|u| u.starts_with("https://") || u.starts_with("http://")) {
                                <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ s.title.clone() }</a>
                            } else {
                                { s.title.clone() }
                            }
                            if let Some(p) = &s.publication { <span class="source-publication">{ format!(" — {p}") }</span> }
                        </li>
                    }) }
                </ul>
            }
            if let Some(note) = note { <p class="details-note" lang="en">{ note.clone() }</p> }
        </>
    }
}

fn localized(text: &Localized, lang: Lang) -> String {
    text.get(lang).to_string()
}

/// A Julian date as written (`YYYY-MM-DD`) in the language's way of writing dates.
fn julian_text(lang: Lang, written: &str) -> String {
    let mut parts = written.split('-').map(|p| p.parse::<i32>().ok());
    match (
        parts.next().flatten(),
        parts.next().flatten(),
        parts.next().flatten(),
    ) {
        (Some(y), Some(m), Some(d)) => Date::new(y, m as u8, d as u8)
            .map_or_else(|| written.to_string(), |date| i18n::date(lang, date)),
        _ => written.to_string(),
    }
}

fn territory_body(
    atlas: &Atlas,
    t: &Territory,
    date: Date,
    lang: Lang,
    loaded: &Option<Loaded<TerritoryDetails>>,
    on_select: &Callback<String>,
) -> Html {
    let current = t.period_index_at(date);
    let period = current.map(|i| &t.periods[i]);
    let details = entry(loaded, &t.id, lang);
    let now = period.map(|p| {
        let since = t.held_since(date).map(|d| i18n::date(lang, d)).unwrap_or_default();
        html! {
            <>
                <p class="details-now" data-details-controller={p.controllers.join(" ")} data-details-status={p.status.id()}>
                    <strong>{ format!("{}: ", i18n::year(lang, date.year())) }</strong>
                    { format!("{} — {}", i18n::polity_names(atlas, &p.controllers, lang), i18n::status(lang, p.status)) }
                    <span class="details-since">{ format!(" ({})", i18n::text(lang, Msg::SinceDate).replace("{date}", &since)) }</span>
                </p>
                if !p.claimed_by.is_empty() {
                    <p class="details-claimed">{ format!("{}: {}", i18n::text(lang, Msg::ClaimedBy), i18n::polity_names(atlas, &p.claimed_by, lang)) }</p>
                }
                if let Some(event) = p.event.as_deref().and_then(|e| atlas.event(e)) {
                    <p class="details-cause">
                        { format!("{}: ", i18n::text(lang, Msg::Because)) }
                        <button type="button" class="link-button" data-details-link={event.id.clone()}
                            onclick={ let (on_select, id) = (on_select.clone(), event.id.clone()); move |_| on_select.emit(id.clone()) }>
                            { event.name(lang).to_string() }
                        </button>
                    </p>
                }
            </>
        }
    });
    let period_details = match &details {
        Ok(Some(d)) => current.and_then(|i| d.periods.get(i)),
        _ => None,
    };
    html! {
        <>
            { now.unwrap_or_default() }
            if let Some(basis) = period_details.and_then(|p| p.basis.as_ref()) {
                <p class="details-basis">{ localized(basis, lang) }</p>
            }
            <h3>{ i18n::text(lang, Msg::History) }</h3>
            <ol class="details-history">
                { for t.periods.iter().enumerate().map(|(i, p)| {
                    // Years, or the days when the period began and ended in the same year.
                    let years = match p.to.map(Date::pred) {
                        Some(last) if last.year() == p.from.year() => {
                            format!("{} – {}", i18n::date(lang, p.from), i18n::date(lang, last))
                        }
                        Some(last) => format!("{}–{}", i18n::year_short(lang, p.from.year()), i18n::year_short(lang, last.year())),
                        None => format!("{}–", i18n::year_short(lang, p.from.year())),
                    };
                    html! {
                        <li data-period-from={p.from.to_string()} aria-current={(Some(i) == current).then_some("true")}>
                            <span class="period-years">{ years }</span>
                            { format!(" {} ({})", i18n::polity_names(atlas, &p.controllers, lang), i18n::status(lang, p.status)) }
                        </li>
                    }
                }) }
            </ol>
            { match details {
                Ok(_) => sources(lang, period_details.map_or(&[][..], |p| &p.sources), period_details.and_then(|p| p.note.as_ref())),
                Err(status) => status,
            } }
        </>
    }
}

fn event_body(e: &Event, lang: Lang, loaded: &Option<Loaded<EventDetails>>) -> Html {
    let dates = match e.end {
        Some(end) => format!("{} – {}", i18n::date(lang, e.date), i18n::date(lang, end)),
        None => i18n::date(lang, e.date),
    };
    let details = entry(loaded, &e.id, lang);
    html! {
        <>
            <p class="details-dates"><time datetime={e.date.to_string()}>{ dates }</time></p>
            { match details {
                Ok(d) => html! {
                    <>
                        if let Some(j) = d.and_then(|d| d.julian.as_ref()) {
                            <p class="details-julian">{ format!("{}: {}{}", i18n::text(lang, Msg::JulianDate), julian_text(lang, &j.date),
                                j.end.as_deref().map(|end| format!(" – {}", julian_text(lang, end))).unwrap_or_default()) }</p>
                        }
                        if let Some(d) = d {
                            <p class="details-place">{ format!("{}: {}", i18n::text(lang, Msg::Place), localized(&d.place, lang)) }</p>
                            <p class="details-description">{ localized(&d.description, lang) }</p>
                            { sources(lang, &d.sources, d.note.as_ref()) }
                        }
                    </>
                },
                Err(status) => status,
            } }
        </>
    }
}

fn sister_body(p: &SisterPair, lang: Lang, loaded: &Option<Loaded<SisterDetails>>) -> Html {
    let kind = if p.kind == "friendship" {
        Msg::FriendshipCities
    } else {
        Msg::SisterCities
    };
    let details = entry(loaded, &p.id, lang);
    let precise = matches!(&details, Ok(Some(d)) if d.precision.as_deref() == Some("day"));
    let since = if precise {
        i18n::date(lang, p.since)
    } else {
        i18n::year(lang, p.since.year())
    };
    html! {
        <>
            <p class="details-kind" data-details-kind={p.kind.clone()}>{ format!("{} — {}", i18n::text(lang, kind), i18n::text(lang, Msg::SinceDate).replace("{date}", &since)) }</p>
            { match details {
                Ok(d) => html! {
                    <>
                        if let Some(d) = d {
                            <ul class="details-cities">
                                { for [&p.russian, &p.japanese].into_iter().zip(d.regions.iter().chain(std::iter::repeat(&None))).map(|(city, region)| html! {
                                    <li>{ city.names.get(lang).to_string() }
                                        if let Some(r) = region { <span class="details-region">{ format!(", {}", r.get(lang)) }</span> }
                                    </li>
                                }) }
                            </ul>
                            { sources(lang, &d.sources, d.note.as_ref()) }
                        }
                    </>
                },
                Err(status) => status,
            } }
        </>
    }
}

/// Props of [`DetailsPanel`].
#[derive(Properties, PartialEq)]
pub struct DetailsProps {
    /// The history.
    pub atlas: Shared<Atlas>,
    /// The id of the territory, event or pair shown.
    pub id: AttrValue,
    /// The day the map shows.
    pub date: Date,
    /// The language.
    pub lang: Lang,
    /// Closes the panel.
    pub on_close: Callback<()>,
    /// Opens another subject (an event named in a territory's history).
    pub on_select: Callback<String>,
    /// Open already before the app was mounted again in another language (`languages.rs`):
    /// focus stays where it is instead of moving into the panel.
    #[prop_or_default]
    pub reopened: bool,
}

/// The panel.
#[function_component(DetailsPanel)]
pub fn details_panel(props: &DetailsProps) -> Html {
    let DetailsProps {
        atlas,
        id,
        date,
        lang,
        on_close,
        on_select,
        reopened,
    } = props;
    let (date, lang) = (*date, *lang);
    let found = subject(atlas, id);
    let territories = use_details::<TerritoryDetails>(
        "details/territories.json",
        matches!(found, Some(Subject::Territory(_))),
    );
    let events = use_details::<EventDetails>(
        "details/events.json",
        matches!(found, Some(Subject::Event(_))),
    );
    let sisters = use_details::<SisterDetails>(
        "details/sisters.json",
        matches!(found, Some(Subject::Sister(_))),
    );
    // Focus moves into the panel when it opens or shows another subject, so Escape and Tab
    // work from there; closing returns focus to where the reader was (see the app).
    let heading = use_node_ref();
    {
        let (heading, reopened) = (heading.clone(), *reopened);
        let first = use_mut_ref(|| true);
        use_effect_with(id.clone(), move |_| {
            let reopening = reopened && std::mem::replace(&mut *first.borrow_mut(), false);
            if let Some(h) = heading
                .cast::<web_sys::HtmlElement>()
                .filter(|_| !reopening)
            {
                let _ = h.focus();
            }
        });
    }
    let Some(found) = found else {
        return html! {};
    };
    let (title, kind, body) = match found {
        Subject::Territory(t) => (
            t.name(lang).to_string(),
            "territory",
            territory_body(atlas, t, date, lang, &territories, on_select),
        ),
        Subject::Event(e) => (
            e.name(lang).to_string(),
            "event",
            event_body(e, lang, &events),
        ),
        Subject::Sister(p) => (
            format!(
                "{} – {}",
                p.russian.names.get(lang),
                p.japanese.names.get(lang)
            ),
            "sister-pair",
            sister_body(p, lang, &sisters),
        ),
    };
    let onkeydown = {
        let on_close = on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                on_close.emit(());
            }
        })
    };
    let close = {
        let on_close = on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    html! {
        <section class="details-panel" role="dialog" aria-labelledby="rj-details-title" data-details={id.clone()} data-details-kind={kind} {onkeydown}>
            <header class="details-head">
                <h2 id="rj-details-title" tabindex="-1" ref={heading}>{ title }</h2>
                <button type="button" class="details-close" aria-label={i18n::text(lang, Msg::Close)} title={i18n::text(lang, Msg::Close)} onclick={close}>
                    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" /></svg>
                </button>
            </header>
            { body }
        </section>
    }
}
