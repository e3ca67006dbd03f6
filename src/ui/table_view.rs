//! The table view (issue 5, must 6): the same information as the map, as tables — who controlled
//! every territory in the selected year, and the chronology of events, sortable by date and
//! filterable by layer or kind. Printable (`www/table.css`).

use super::shared::Shared;
use crate::i18n::{self, Msg};
use crate::model::{Atlas, Date, EventLayer, Lang};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`TableView`].
#[derive(Properties, PartialEq)]
pub struct TableProps {
    /// The history.
    pub atlas: Shared<Atlas>,
    /// The day the map shows.
    pub date: Date,
    /// The language.
    pub lang: Lang,
}

/// Polity names joined the language's way; a dash when there are none.
fn names(atlas: &Atlas, ids: &[String], lang: Lang) -> String {
    if ids.is_empty() {
        return "—".into();
    }
    ids.iter()
        .map(|id| atlas.polity(id).map_or(id.as_str(), |p| p.name(lang)))
        .collect::<Vec<_>>()
        .join(i18n::text(lang, Msg::And))
}

/// Column headers.
fn heads(lang: Lang, msgs: &[Msg]) -> Html {
    msgs.iter()
        .map(|&m| html! { <th scope="col">{ i18n::text(lang, m) }</th> })
        .collect()
}

/// A table in a scrollable region named by its caption's heading.
fn framed(id: &'static str, caption: Html, table: Html) -> Html {
    html! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby={id}>
            <table class="atlas-table" aria-labelledby={id}>
                <caption>{ caption }</caption>
                { table }
            </table>
        </div>
    }
}

/// Who held every territory on `date`.
fn controllers(atlas: &Atlas, date: Date, lang: Lang) -> Html {
    let rows = atlas.territories.iter().filter_map(|t| {
        let p = t.period_at(date)?;
        let since = t.held_since(date).unwrap_or(p.from);
        // The event that opened the control held since then.
        let event = t
            .period_at(since)
            .and_then(|s| s.event.as_deref())
            .or(p.event.as_deref())
            .and_then(|e| atlas.event(e))
            .map_or("—", |e| e.name(lang));
        Some(html! {
            <tr data-table-territory={t.id.clone()} data-controller={p.controllers.join(" ")} data-status={p.status.id()}>
                <th scope="row">{ t.name(lang).to_string() }</th>
                <td>{ names(atlas, &p.controllers, lang) }</td>
                <td>{ i18n::status(lang, p.status) }</td>
                <td>{ names(atlas, &p.claimed_by, lang) }</td>
                <td class="table-date">{ i18n::date(lang, since) }</td>
                <td>{ event.to_string() }</td>
            </tr>
        })
    });
    let caption = html! { <h2 id="rj-table-controllers">{ i18n::with_year(lang, Msg::Subtitle, date.year()) }</h2> };
    let body = html! {
        <>
            <thead><tr>{ heads(lang, &[Msg::TableTerritory, Msg::TableHeldBy, Msg::TableStatus, Msg::ClaimedBy, Msg::TableSince, Msg::Because]) }</tr></thead>
            <tbody>{ for rows }</tbody>
        </>
    };
    framed("rj-table-controllers", caption, body)
}

/// Props of [`Chronology`]: not the date, so a year step does not redraw it.
#[derive(Properties, PartialEq)]
struct ChronologyProps {
    atlas: Shared<Atlas>,
    lang: Lang,
}

const LAYERS: [(EventLayer, Msg); 3] = [
    (EventLayer::War, Msg::War),
    (EventLayer::Conflict, Msg::Conflict),
    (EventLayer::Diplomacy, Msg::Diplomacy),
];

/// Every event, by date (either way), filtered by layer or kind.
#[function_component(Chronology)]
fn chronology(props: &ChronologyProps) -> Html {
    let (atlas, lang) = (&props.atlas, props.lang);
    // Newest first?, and the filter: "" for all events, a layer id, or `kind:` and a kind.
    let state = use_state(|| (false, String::new()));
    let onchange = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            state.set((state.0, value));
        })
    };
    let (descending, f) = (state.0, state.1.as_str());
    let mut shown: Vec<_> = atlas
        .events
        .iter()
        .filter(|e| {
            f.is_empty() || f == e.layer.id() || f.strip_prefix("kind:") == Some(e.kind.as_str())
        })
        .collect();
    if descending {
        shown.reverse();
    }
    let rows = shown.into_iter().map(|e| {
        let label = LAYERS.iter().find(|l| l.0 == e.layer).map_or(Msg::Diplomacy, |l| l.1);
        let mut dates = i18n::date(lang, e.date);
        if let Some(end) = e.end {
            dates = format!("{dates} – {}", i18n::date(lang, end));
        }
        html! {
            <tr key={e.id.clone()} data-table-event={e.id.clone()} data-date={e.date.to_string()} data-kind={e.kind.clone()} data-layer={e.layer.id()}>
                <td class="table-date">{ dates }</td>
                <th scope="row">{ e.name(lang).to_string() }</th>
                <td>{ i18n::kind(lang, &e.kind).to_string() }</td>
                <td>{ i18n::text(lang, label) }</td>
            </tr>
        }
    });
    let caption = html! {
        <>
            <h2 id="rj-table-chronology">{ i18n::text(lang, Msg::TableChronology) }</h2>
            <label class="table-filter-label">
                { i18n::text(lang, Msg::TableShow) }
                <select class="table-filter" {onchange}>
                    <option value="" selected={f.is_empty()}>{ i18n::text(lang, Msg::TableAllEvents) }</option>
                    <optgroup label={i18n::text(lang, Msg::TableCategory)}>
                        { for LAYERS.iter().map(|&(l, m)| html! { <option value={l.id()} selected={f == l.id()}>{ i18n::text(lang, m) }</option> }) }
                    </optgroup>
                    <optgroup label={i18n::text(lang, Msg::TableKind)}>
                        { for i18n::KINDS.iter().map(|&k| {
                            let value = format!("kind:{k}");
                            let selected = f == value;
                            html! { <option {selected} {value}>{ i18n::kind(lang, k).to_string() }</option> }
                        }) }
                    </optgroup>
                </select>
            </label>
        </>
    };
    let sort = if descending {
        "descending"
    } else {
        "ascending"
    };
    let body = html! {
        <>
            <thead><tr>
                <th scope="col" aria-sort={sort}>
                    <button type="button" class="table-sort" data-action="sort-date" onclick={ let s = state.clone(); move |_| s.set((!s.0, s.1.clone())) }>
                        { i18n::text(lang, Msg::TableDate) }
                        <span aria-hidden="true">{ if descending { " ▼" } else { " ▲" } }</span>
                    </button>
                </th>
                { heads(lang, &[Msg::TableEvent, Msg::TableKind, Msg::TableCategory]) }
            </tr></thead>
            <tbody>{ for rows }</tbody>
        </>
    };
    framed("rj-table-chronology", caption, body)
}

/// The tables.
#[function_component(TableView)]
pub fn table_view(props: &TableProps) -> Html {
    html! {
        <section class="table-view" data-table-view="true">
            { controllers(&props.atlas, props.date, props.lang) }
            <Chronology atlas={props.atlas.clone()} lang={props.lang} />
        </section>
    }
}
