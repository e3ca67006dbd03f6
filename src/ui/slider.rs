//! The year slider: a native range input (keyboard and screen readers for free) with the year
//! shown large beside it.

use crate::model::{FIRST_YEAR, LAST_YEAR};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`YearSlider`].
#[derive(Properties, PartialEq)]
pub struct SliderProps {
    /// The selected year.
    pub year: i32,
    /// Called with the new year as the slider moves.
    pub on_change: Callback<i32>,
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
            <label for="rj-year" class="slider-label">{ "Year" }</label>
            <output class="year-display" for="rj-year" aria-hidden="true">{ props.year }</output>
            <input id="rj-year" class="year-slider" type="range" min={FIRST_YEAR.to_string()} max={LAST_YEAR.to_string()} step="1"
                value={props.year.to_string()} aria-valuetext={props.year.to_string()} {oninput} />
            <div class="slider-ends" aria-hidden="true"><span>{ FIRST_YEAR }</span><span>{ LAST_YEAR }</span></div>
        </div>
    }
}
