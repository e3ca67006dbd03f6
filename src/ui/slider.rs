//! The year slider: a native range input (keyboard and screen readers for free) with the year
//! shown large beside it.

use crate::i18n::{self, Msg};
use crate::model::{Lang, FIRST_YEAR, LAST_YEAR};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`YearSlider`].
#[derive(Properties, PartialEq)]
pub struct SliderProps {
    /// The selected year.
    pub year: i32,
    /// Called with the new year as the slider moves.
    pub on_change: Callback<i32>,
    /// The language (and so the calendar) of the labels.
    pub lang: Lang,
}

/// `<input type="range" min="1855" max="2014">` with its big year.
#[function_component(YearSlider)]
pub fn year_slider(props: &SliderProps) -> Html {
    let on_change = props.on_change.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        if let Ok(year) = input.value().parse::<i32>() {
            on_change.emit(year.clamp(FIRST_YEAR, LAST_YEAR));
        }
    });
    html! {
        <div class="slider">
            <label for="rj-year" class="slider-label">{ i18n::text(props.lang, Msg::Year) }</label>
            <output class="year-display" for="rj-year" aria-hidden="true">
                { i18n::year_short(props.lang, props.year) }
                if props.lang == Lang::Th { <span class="year-ce">{ format!("ค.ศ. {}", props.year) }</span> }
            </output>
            <input id="rj-year" class="year-slider" type="range" min={FIRST_YEAR.to_string()} max={LAST_YEAR.to_string()} step="1"
                value={props.year.to_string()} aria-valuetext={i18n::year(props.lang, props.year)} {oninput} />
            <div class="slider-ends" aria-hidden="true"><span>{ i18n::year_short(props.lang, FIRST_YEAR) }</span><span>{ i18n::year_short(props.lang, LAST_YEAR) }</span></div>
        </div>
    }
}
