//! Compare two years: pick a second year, and the territories held differently in the two are
//! listed (and outlined on the map, see the app), each with the events that changed it.

use super::shared::Shared;
use crate::i18n::{self, Msg};
use crate::model::{Atlas, Date, Lang, Period, FIRST_YEAR, LAST_YEAR};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`Compare`].
#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// The history.
    pub atlas: Shared<Atlas>,
    /// The selected year.
    pub year: i32,
    /// The year compared with, if any.
    pub compare: Option<i32>,
    /// The language.
    pub lang: Lang,
    /// Sets or clears the second year.
    pub on_compare: Callback<Option<i32>>,
    /// The app's root, inside which the territories are marked.
    #[prop_or_default]
    pub root: NodeRef,
}

fn held(atlas: &Atlas, period: Option<&Period>, lang: Lang) -> String {
    period.map_or_else(String::new, |p| {
        format!(
            "{} ({})",
            i18n::polity_names(atlas, &p.controllers, lang),
            i18n::status(lang, p.status)
        )
    })
}

/// The second-year picker and the list of differences.
#[function_component(Compare)]
pub fn compare(props: &CompareProps) -> Html {
    let CompareProps {
        atlas,
        year,
        compare,
        lang,
        on_compare,
        ..
    } = props;
    let (year, lang) = (*year, *lang);
    let onchange = {
        let on_compare = on_compare.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let value = input.value();
            match value.trim().parse::<i32>() {
                Ok(y) if (FIRST_YEAR..=LAST_YEAR).contains(&y) => on_compare.emit(Some(y)),
                _ if value.trim().is_empty() => on_compare.emit(None),
                _ => {}
            }
        })
    };
    let clear = {
        let on_compare = on_compare.clone();
        Callback::from(move |_: MouseEvent| on_compare.emit(None))
    };
    let differences =
        compare.map(|other| atlas.differences(Date::end_of_year(year), Date::end_of_year(other)));
    {
        // The same differences are outlined on the map.
        let changed: Vec<String> = differences
            .iter()
            .flatten()
            .map(|d| d.territory.id.clone())
            .collect();
        let root = props.root.clone();
        use_effect_with(changed, move |changed| {
            if let Some(root) = root.cast::<web_sys::Element>() {
                super::marks::mark_all(&root, "data-compare", "changed", changed);
            }
        });
    }
    let (earlier, later) = match compare {
        Some(other) => (year.min(*other), year.max(*other)),
        None => (year, year),
    };
    html! {
        <section class="compare" data-compare-year={compare.map(|y| y.to_string())}>
            <h2>{ i18n::text(lang, Msg::Compare) }</h2>
            <div class="compare-controls">
                <label class="compare-label">
                    <span>{ i18n::text(lang, Msg::CompareWith) }</span>
                    <input type="number" class="compare-year" min={FIRST_YEAR.to_string()} max={LAST_YEAR.to_string()} step="1"
                        value={compare.map(|y| y.to_string()).unwrap_or_default()} {onchange} />
                </label>
                if compare.is_some() {
                    <button type="button" class="compare-clear" data-action="compare-clear" onclick={clear}>{ i18n::text(lang, Msg::StopComparing) }</button>
                }
            </div>
            if let Some(differences) = differences {
                <p class="compare-summary">{ format!("{} → {}: {}", i18n::year_short(lang, earlier), i18n::year_short(lang, later),
                    i18n::text(lang, Msg::CompareSummary).replace("{n}", &differences.len().to_string())) }</p>
                <ul class="compare-list">
                    { for differences.iter().map(|d| html! {
                        <li data-compare-territory={d.territory.id.clone()}>
                            <strong>{ d.territory.name(lang).to_string() }</strong>
                            { format!(": {} → {}", held(atlas, d.earlier, lang), held(atlas, d.later, lang)) }
                            if !d.events.is_empty() {
                                <span class="compare-events">{ format!(" — {}", d.events.iter().map(|e| e.name(lang)).collect::<Vec<_>>().join("; ")) }</span>
                            }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
