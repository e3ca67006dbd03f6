//! The timeline under the slider: ticks for every change of control and every event, buttons
//! for the previous and next year and the previous and next *change*, and play with speed and
//! loop. Every move goes through the [`YearStep`], as the slider's do, so playing costs what
//! dragging costs.

use super::shared::Shared;
use super::year_step::YearStep;
use crate::carto::fixed;
use crate::i18n::{self, Msg};
use crate::model::{Atlas, Date, Lang, FIRST_YEAR, LAST_YEAR};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Play speeds, in years per second.
pub const SPEEDS: [u32; 3] = [1, 2, 5];

/// Props of [`Timeline`].
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The history.
    pub atlas: Shared<Atlas>,
    /// Shows a year at once.
    pub step: Shared<YearStep>,
    /// The selected year.
    pub year: i32,
    /// The language of the labels.
    pub lang: Lang,
    /// The day shown in month-by-month mode, if on.
    pub day: Option<Date>,
    /// Sets the day (month-by-month mode) or leaves the mode (`None`).
    pub on_day: Callback<Option<Date>>,
    /// Start playing at once (`autoplay`).
    #[prop_or_default]
    pub autoplay: bool,
}

/// An icon button with an accessible name: symbols such as ⏮ are missing from many system fonts,
/// so the icons are drawn.
fn icon_button(
    action: &'static str,
    label: &str,
    icon: &'static str,
    onclick: Callback<MouseEvent>,
    disabled: bool,
) -> Html {
    html! {
        <button type="button" class="timeline-button" data-action={action} aria-label={label.to_string()} title={label.to_string()} {onclick} {disabled}>
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d={icon} /></svg>
        </button>
    }
}

const ICON_PREV_CHANGE: &str = "M6 5h2v14H6zM19 5v14l-9-7z";
const ICON_PREV_YEAR: &str = "M16 5v14l-9-7z";
const ICON_PLAY: &str = "M8 5v14l11-7z";
const ICON_PAUSE: &str = "M7 5h4v14H7zM13 5h4v14h-4z";
const ICON_NEXT_YEAR: &str = "M8 5v14l9-7z";
const ICON_NEXT_CHANGE: &str = "M16 5h2v14h-2zM5 5v14l9-7z";

/// Whether the reader asked the system for reduced motion.
fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// The buttons, the speed and loop switches, and the ticks.
#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let TimelineProps {
        atlas,
        step,
        year,
        lang,
        day,
        on_day,
        autoplay,
    } = props;
    let (year, lang, day) = (*year, *lang, *day);
    let (first, last) = step.bounds();
    // `autoplay` starts playing, unless the reader asked the system for reduced motion.
    let playing = use_state(|| *autoplay && !prefers_reduced_motion());
    let speed = use_state(|| SPEEDS[0]);
    let looping = use_state(|| false);

    // While playing, an interval moves the year on; the effect's cleanup stops it, so pausing,
    // a new speed or leaving the page never leaves a timer behind.
    {
        let (step, playing_setter) = (step.clone(), playing.setter());
        use_effect_with(
            (*playing, *speed, *looping),
            move |&(playing, speed, looping)| {
                let mut handle = None;
                let window = web_sys::window();
                if let (true, Some(window)) = (playing, window.as_ref()) {
                    let tick = Closure::<dyn FnMut()>::new(move || {
                        let (first, last) = step.bounds();
                        let next = step.shown() + 1;
                        if next <= last {
                            step.show(next);
                        } else if looping {
                            step.show(first);
                        } else {
                            playing_setter.set(false);
                        }
                    });
                    let ms = (1000 / speed.max(1)) as i32;
                    if let Ok(id) = window.set_interval_with_callback_and_timeout_and_arguments_0(
                        tick.as_ref().unchecked_ref(),
                        ms,
                    ) {
                        handle = Some((id, tick));
                    }
                }
                move || {
                    if let (Some((id, _tick)), Some(window)) = (handle, window) {
                        window.clear_interval_with_handle(id);
                    }
                }
            },
        );
    }

    let go = |target: Option<i32>| {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(y) = target {
                step.show(y);
            }
        })
    };
    let previous_change = atlas.previous_change_year(year).filter(|y| *y >= first);
    let next_change = atlas.next_change_year(year).filter(|y| *y <= last);
    let on_play = {
        let (playing, step) = (playing.clone(), step.clone());
        Callback::from(move |_: MouseEvent| {
            let (first, last) = step.bounds();
            if !*playing && step.shown() >= last {
                step.show(first);
            }
            playing.set(!*playing);
        })
    };
    let on_speed = {
        let speed = speed.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Ok(n) = select.value().parse::<u32>() {
                if SPEEDS.contains(&n) {
                    speed.set(n);
                }
            }
        })
    };
    let on_loop = {
        let looping = looping.clone();
        Callback::from(move |_: Event| looping.set(!*looping))
    };
    let (play_label, play_icon) = if *playing {
        (i18n::text(lang, Msg::Pause), ICON_PAUSE)
    } else {
        (i18n::text(lang, Msg::Play), ICON_PLAY)
    };
    html! {
        <div class="timeline" role="group" aria-label={i18n::text(lang, Msg::Timeline)} data-playing={playing.to_string()}>
            <div class="timeline-buttons">
                { icon_button("previous-change", i18n::text(lang, Msg::PrevChange), ICON_PREV_CHANGE, go(previous_change), previous_change.is_none()) }
                { icon_button("previous-year", i18n::text(lang, Msg::PrevYear), ICON_PREV_YEAR, go((year > first).then_some(year - 1)), year <= first) }
                <button type="button" class="timeline-button play" data-action="play" aria-pressed={playing.to_string()}
                    aria-label={play_label} title={play_label} onclick={on_play}>
                    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d={play_icon} /></svg>
                </button>
                { icon_button("next-year", i18n::text(lang, Msg::NextYear), ICON_NEXT_YEAR, go((year < last).then_some(year + 1)), year >= last) }
                { icon_button("next-change", i18n::text(lang, Msg::NextChange), ICON_NEXT_CHANGE, go(next_change), next_change.is_none()) }
            </div>
            // Month by month: the war years step a month at a time (`?date=`).
            <div class="month-steps">
                <button type="button" class="month-toggle" data-action="month-mode" aria-pressed={day.is_some().to_string()}
                    onclick={ let on_day = on_day.clone(); move |_| on_day.emit(match day {
                        Some(_) => None,
                        None => Some(Date::start_of_year(year).end_of_month_after(0)),
                    }) }>
                    { i18n::text(lang, Msg::MonthByMonth) }
                </button>
                if let Some(d) = day {
                    { icon_button("previous-month", i18n::text(lang, Msg::PrevMonth), ICON_PREV_YEAR,
                        { let on_day = on_day.clone(); Callback::from(move |_| on_day.emit(Some(d.end_of_month_after(-1)))) },
                        d.end_of_month_after(-1).year() < FIRST_YEAR) }
                    <span class="month-display" data-month={d.to_string()}>{ i18n::date(lang, d) }</span>
                    { icon_button("next-month", i18n::text(lang, Msg::NextMonth), ICON_NEXT_YEAR,
                        { let on_day = on_day.clone(); Callback::from(move |_| on_day.emit(Some(d.end_of_month_after(1)))) },
                        d.end_of_month_after(1).year() > LAST_YEAR) }
                }
            </div>
            <div class="timeline-options">
                <label class="speed">
                    <span>{ i18n::text(lang, Msg::Speed) }</span>
                    <select class="speed-select" onchange={on_speed}>
                        { for SPEEDS.iter().map(|n| html! {
                            <option value={n.to_string()} selected={*n == *speed}>{ i18n::text(lang, Msg::YearsPerSecond).replace("{n}", &n.to_string()) }</option>
                        }) }
                    </select>
                </label>
                <label class="loop">
                    <input type="checkbox" class="loop-toggle" checked={*looping} onchange={on_loop} />
                    <span>{ i18n::text(lang, Msg::Loop) }</span>
                </label>
            </div>
        </div>
    }
}

/// Props of [`TimelineTicks`].
#[derive(Properties, PartialEq)]
pub struct TicksProps {
    /// The history.
    pub atlas: Shared<Atlas>,
    /// The years the slider spans (`min`/`max`, else 1855–2014).
    #[prop_or((FIRST_YEAR, LAST_YEAR))]
    pub bounds: (i32, i32),
}

/// Tick marks under the slider's track: tall ones for years in which land changed hands, short
/// ones for years with events. They never change, so they render once.
#[function_component(TimelineTicks)]
pub fn timeline_ticks(props: &TicksProps) -> Html {
    let (first, last) = props.bounds;
    let span = f64::from((last - first).max(1));
    let inside = |y: &i32| (first..=last).contains(y);
    let changes: Vec<i32> = props
        .atlas
        .change_years()
        .into_iter()
        .filter(inside)
        .collect();
    let events: Vec<i32> = props
        .atlas
        .event_years()
        .into_iter()
        .filter(|y| inside(y) && !changes.contains(y))
        .collect();
    let x = |y: i32| fixed(f64::from(y - first) / span * 100.0, 2).to_string();
    html! {
        <svg class="timeline-ticks" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            { for events.iter().map(|&y| html! { <line class="tick event-tick" data-tick-year={y.to_string()} data-tick-kind="event" x1={x(y)} x2={x(y)} y1="5" y2="10" /> }) }
            { for changes.iter().map(|&y| html! { <line class="tick change-tick" data-tick-year={y.to_string()} data-tick-kind="change" x1={x(y)} x2={x(y)} y1="0" y2="10" /> }) }
        </svg>
    }
}
