//! The top-level component: loads the atlas once, holds the selected year, lays out the page.

use super::legend::Legend;
use super::map::{MapGeometry, MapView};
use super::shared::Shared;
use super::slider::YearSlider;
use super::url;
use crate::data;
use crate::model::{Atlas, Date, Lang, LAST_YEAR};
use yew::prelude::*;

fn changes_list(atlas: &Atlas, year: i32, lang: Lang) -> Html {
    let changes = atlas.changes_in(year);
    if changes.is_empty() {
        return html! { <p class="no-changes">{ "No territory changed hands this year." }</p> };
    }
    html! {
        <ul class="changes">
            { for changes.iter().map(|c| {
                let who: Vec<&str> = c.after.controllers.iter().filter_map(|id| atlas.polity(id)).map(|p| p.name(lang)).collect();
                let event = c.after.event.as_deref().and_then(|e| atlas.event(e)).map(|e| e.name(lang).to_string());
                html! {
                    <li data-change-territory={c.territory.id.clone()} data-change-date={c.after.from.to_string()}>
                        <strong>{ c.territory.name(lang).to_string() }</strong>
                        { format!(" → {} ({})", who.join(" + "), c.after.status) }
                        if let Some(e) = event { <span class="change-event">{ format!(" — {e}") }</span> }
                        <span class="change-date">{ format!(", {}", c.after.from) }</span>
                    </li>
                }
            }) }
        </ul>
    }
}

/// The atlas app.
#[function_component(App)]
pub fn app() -> Html {
    let loaded = use_memo((), |_| data::bundled().map(Shared::new));
    let year = use_state(|| url::initial_year().unwrap_or(1905));
    let on_change = {
        let year = year.clone();
        Callback::from(move |y: i32| {
            url::replace_year_soon(y);
            year.set(y);
        })
    };
    let atlas = match loaded.as_ref() {
        Ok(atlas) => atlas.clone(),
        Err(errors) => {
            return html! {
                <div class="rj-atlas error-card" role="alert">
                    <h1>{ "Russia–Japan Atlas could not load its data" }</h1>
                    <pre>{ errors.to_string() }</pre>
                </div>
            };
        }
    };
    let geometry = {
        let atlas = atlas.clone();
        use_memo((), move |_| Shared::new(MapGeometry::new(&atlas)))
    };
    let lang = Lang::En;
    let date = Date::end_of_year(*year);
    html! {
        <div class="rj-atlas" data-year={year.to_string()} lang={lang.code()}>
            <header class="atlas-header">
                <h1>{ "Russia–Japan Atlas " }<span class="years">{ "1855–2014" }</span></h1>
                <p class="subtitle">{ format!("Who held each territory on 31 December {}", *year) }</p>
            </header>
            <main class="atlas-body">
                <div class="map-frame">
                    <MapView atlas={atlas.clone()} geometry={(*geometry).clone()} {date} {lang} />
                </div>
                <aside class="side-panel">
                    <YearSlider year={*year} {on_change} />
                    <Legend atlas={atlas.clone()} {date} {lang} />
                    <section class="what-changed" aria-live="polite">
                        <h2>{ format!("What changed in {}", *year) }</h2>
                        { changes_list(&atlas, *year, lang) }
                    </section>
                </aside>
            </main>
            <footer class="atlas-footer">
                { format!("Coastlines: Natural Earth 10 m (public domain). History: see the sources in each record. Years 1855–{LAST_YEAR}.") }
            </footer>
        </div>
    }
}
