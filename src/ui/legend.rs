//! The legend: the polities that hold land in the selected year, and what the patterns mean.

use super::event_layer::marker_path;
use super::shared::Shared;
use crate::i18n::{self, Msg};
use crate::layers::{Layer, Layers};
use crate::model::{Atlas, Date, EventLayer, Lang, Status};
use yew::prelude::*;

/// Props of [`Legend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// The history.
    pub atlas: Shared<Atlas>,
    /// The day shown.
    pub date: Date,
    /// The language.
    pub lang: Lang,
    /// The layers shown.
    pub layers: Layers,
    /// Called with the new set when a layer is switched.
    pub on_layers: Callback<Layers>,
}

/// The swatch of a layer: its marker, its arc, or a plain territory square.
fn layer_swatch(layer: Layer) -> Html {
    let event = |l: EventLayer| {
        html! {
            <svg class="swatch" viewBox="-8 -8 16 16" aria-hidden="true"><g class={classes!("event", l.id())}><path class="event-marker" d={marker_path(l)} /></g></svg>
        }
    };
    match layer {
        Layer::Territories => html! {
            <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true"><rect class="territory-swatch" x="0.5" y="0.5" width="15" height="15" rx="2" /></svg>
        },
        Layer::War => event(EventLayer::War),
        Layer::Conflict => event(EventLayer::Conflict),
        Layer::Diplomacy => event(EventLayer::Diplomacy),
        Layer::SisterCities => html! {
            <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true"><path class="sister-arc" d="M1 13Q8 1 15 13" /></svg>
        },
        Layer::Charts => html! {
            <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true"><path class="chart-swatch" d="M1 14L5 9L9 11L15 3" /></svg>
        },
    }
}

/// The name of a layer's switch.
fn layer_name(layer: Layer) -> Msg {
    match layer {
        Layer::Territories => Msg::Territories,
        Layer::War => Msg::War,
        Layer::Conflict => Msg::Conflict,
        Layer::Diplomacy => Msg::Diplomacy,
        Layer::SisterCities => Msg::SisterCities,
        Layer::Charts => Msg::ChartsLayer,
    }
}

/// Polities present on `date`, in the order of `polities.json`.
pub fn polities_present(atlas: &Atlas, date: Date) -> Vec<String> {
    let mut present: Vec<&str> = atlas
        .territories
        .iter()
        .filter_map(|t| t.period_at(date))
        .flat_map(|p| p.controllers.iter().map(String::as_str))
        .collect();
    crate::small_sort::sort(&mut present);
    present.dedup();
    atlas
        .polities
        .iter()
        .filter(|p| present.contains(&p.id.as_str()))
        .map(|p| p.id.clone())
        .collect()
}

/// Polities that claim land another holds on `date` (drawn as stripes in their colour; land two
/// hold together shows the second holder's stripes instead, see `territory_layer::hatch`).
fn claimants(atlas: &Atlas, date: Date) -> Vec<String> {
    let mut ids: Vec<String> = atlas
        .territories
        .iter()
        .filter_map(|t| t.period_at(date))
        .filter(|p| p.controllers.len() < 2)
        .filter_map(|p| p.claimed_by.first().cloned())
        .collect();
    crate::small_sort::sort(&mut ids);
    ids.dedup();
    ids
}

/// The legend box.
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let LegendProps {
        atlas, date, lang, ..
    } = props;
    let sister_count = atlas.sister_pairs_at(*date).len();
    let statuses: Vec<Status> = {
        let mut s: Vec<Status> = atlas
            .territories
            .iter()
            .filter_map(|t| t.period_at(*date))
            .map(|p| p.status)
            .collect();
        crate::small_sort::sort_by_key(&mut s, |x| Status::ALL.iter().position(|y| y == x));
        s.dedup();
        s
    };
    html! {
        <section class="legend" aria-label={i18n::text(*lang, Msg::Legend)}>
            <h2>{ i18n::text(*lang, Msg::WhoHeld) }</h2>
            <ul class="legend-polities">
                { for polities_present(atlas, *date).into_iter().filter_map(|id| atlas.polity(&id).cloned()).map(|p| html! {
                    <li data-legend-polity={p.id.clone()}>
                        <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true"><rect x="0.5" y="0.5" width="15" height="15" rx="2" fill={p.colour.clone()} /></svg>
                        { p.name(*lang).to_string() }
                    </li>
                }) }
            </ul>
            <ul class="legend-statuses">
                { for statuses.into_iter().map(|s| html! {
                    <li data-legend-status={s.id()}>
                        <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true">
                            <rect class={classes!("status-swatch", (s != Status::Sovereign).then_some("non-sovereign"))} data-status={s.id()} x="0.5" y="0.5" width="15" height="15" rx="2" />
                            // Joint rule is drawn as wide stripes of the second ruler over the first.
                            if s == Status::Joint { <path class="joint-swatch" d="M1 9L9 1M1 17L17 1M9 17L17 9" stroke-width="3.2" /> }
                        </svg>
                        { i18n::status(*lang, s) }
                    </li>
                }) }
                { for claimants(atlas, *date).into_iter().filter_map(|id| atlas.polity(&id).cloned()).map(|p| html! {
                    <li data-legend-claim={p.id.clone()}>
                        <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true">
                            <rect class="status-swatch non-sovereign" x="0.5" y="0.5" width="15" height="15" rx="2" />
                            <path d="M1 11L11 1M1 19L19 1M7 19L19 7" stroke={p.colour.clone()} stroke-width="2.4" />
                        </svg>
                        { format!("{}: {}", i18n::text(*lang, Msg::ClaimedBy), p.name(*lang)) }
                    </li>
                }) }
            </ul>
            <h2 class="layers-heading">{ i18n::text(*lang, Msg::Layers) }</h2>
            <ul class="legend-layers">
                { for Layer::ALL.into_iter().map(|layer| {
                    let on = props.layers.contains(layer);
                    let onchange = {
                        let (layers, on_layers) = (props.layers, props.on_layers.clone());
                        Callback::from(move |_: Event| on_layers.emit(layers.with(layer, !on)))
                    };
                    html! {
                        <li data-legend-layer={layer.id()}>
                            <label class="layer-toggle">
                                <input type="checkbox" data-layer-toggle={layer.id()} checked={on} {onchange} />
                                { layer_swatch(layer) }
                                { i18n::text(*lang, layer_name(layer)) }
                                if layer == Layer::SisterCities {
                                    // The running count of pairs established by the day shown.
                                    <span class="sister-count" data-sister-count={sister_count.to_string()}>{ format!(" ({sister_count})") }</span>
                                }
                            </label>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
