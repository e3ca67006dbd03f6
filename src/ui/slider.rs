//! The year slider: a native range input (keyboard and screen readers for free) with the year
//! shown large beside it.

use super::shared::Shared;
use super::year_step::{ce_line, YearStep};
use crate::i18n::{self, Msg};
use crate::model::Lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`YearSlider`].
#[derive(Properties, PartialEq)]
pub struct SliderProps {
    /// The selected year.
    pub year: i32,
    /// Shows a new year at once (see [`YearStep`]).
    pub step: Shared<YearStep>,
    /// The language (and so the calendar) of the labels.
    pub lang: Lang,
    /// Drawn right under the track (the timeline's ticks).
    #[prop_or_default]
    pub children: Html,
}

/// `<input type="range" min="1855" max="2014">` (or a lesson's `min`/`max`) with its big year.
#[function_component(YearSlider)]
pub fn year_slider(props: &SliderProps) -> Html {
    let step = props.step.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        if let Ok(year) = input.value().parse::<i32>() {
            step.show(year);
        }
    });
    let (min, max) = props.step.bounds();
    html! {
        <div class="slider" data-min={min.to_string()} data-max={max.to_string()}>
            // The big year and the slider are each a block's child, never a flex or grid item:
            // only then can the browser lay out their `contain: strict` boxes alone on a step
            // (a grid item is laid out with its grid, and the grid with the page).
            <div class="slider-head">
                <label for="rj-year" class="slider-label">{ i18n::text(props.lang, Msg::Year) }</label>
                <div class="year-box">
                    <output class="year-display" for="rj-year" aria-hidden="true">
                        <span class="year-main" ref={props.step.year_main.clone()}>{ i18n::year_short(props.lang, props.year) }</span>
                        if props.lang == Lang::Th { <span class="year-ce" ref={props.step.year_ce.clone()}>{ ce_line(props.year) }</span> }
                    </output>
                </div>
            </div>
            <input id="rj-year" ref={props.step.slider.clone()} class="year-slider" type="range" min={min.to_string()} max={max.to_string()} step="1"
                value={props.year.to_string()} aria-valuetext={i18n::year(props.lang, props.year)} {oninput} />
            { props.children.clone() }
            <div class="slider-ends" aria-hidden="true"><span>{ i18n::year_short(props.lang, min) }</span><span>{ i18n::year_short(props.lang, max) }</span></div>
        </div>
    }
}
