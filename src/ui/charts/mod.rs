//! The charts beside the map: trade turnover, the diplomacy strip and sister cities over time,
//! each marking the selected year, each with a table equivalent. A collapsible section; the
//! `charts` layer (or `controls=charts` in an embed) shows it. Scales and series are in
//! `crate::chart`; this module only draws.

mod axis;
mod diplomacy_strip;
mod sister_chart;
mod trade_chart;

use super::shared::Shared;
use crate::i18n::{self, Msg};
use crate::model::{Atlas, Lang};
use diplomacy_strip::DiplomacyStrip;
use sister_chart::SisterChart;
use trade_chart::TradeChart;
use yew::prelude::*;

/// Props of [`Charts`].
#[derive(Properties, PartialEq)]
pub struct ChartsProps {
    /// The history (with the trade series).
    pub atlas: Shared<Atlas>,
    /// The selected year, marked on every chart.
    pub year: i32,
    /// The language.
    pub lang: Lang,
    /// Opens an event's panel (from a mark on the diplomacy strip).
    pub on_select: Callback<String>,
    /// Moves the slider to a year (from a mark or a point).
    pub on_year: Callback<i32>,
}

/// The charts section, open or folded (folding is remembered while the page lives).
#[function_component(Charts)]
pub fn charts(props: &ChartsProps) -> Html {
    let open = use_state(|| true);
    // Drawn just after the first paint of the panel they sit in, which they would otherwise
    // delay.
    let ready = super::after_paint::use_after_paint();
    let lang = props.lang;
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    // `aria-controls` names the body only while it is in the page: folded, or not yet drawn
    // after the first paint, there is nothing to control (axe: aria-valid-attr-value).
    let drawn = *open && ready;
    html! {
        <section class="charts" data-charts={if *open { "open" } else { "closed" }}>
            <h2 class="charts-heading">
                <button type="button" class="charts-toggle" data-action="charts" aria-expanded={open.to_string()} aria-controls={drawn.then_some("rj-charts-body")} onclick={toggle}>
                    { i18n::text(lang, Msg::Charts) }
                </button>
            </h2>
            if drawn {
                <div class="charts-body" id="rj-charts-body">
                    <TradeChart atlas={props.atlas.clone()} year={props.year} {lang} on_year={props.on_year.clone()} />
                    <DiplomacyStrip atlas={props.atlas.clone()} year={props.year} {lang} on_select={props.on_select.clone()} on_year={props.on_year.clone()} />
                    <SisterChart atlas={props.atlas.clone()} year={props.year} {lang} on_year={props.on_year.clone()} />
                </div>
            }
        </section>
    }
}
