//! Event markers: battles, treaties and summits of the selected year, at their places (or, for
//! places off the map such as Portsmouth, at an anchor on the map's edge).

use super::map::MapGeometry;
use crate::carto::{fixed, trimmed};
use crate::layers::{Layer, Layers};
use crate::model::{Atlas, Date, EventLayer, Lang};
use yew::prelude::*;

/// Props of [`EventLayerView`].
#[derive(Properties, PartialEq)]
pub struct EventLayerProps {
    /// The history.
    pub atlas: super::shared::Shared<Atlas>,
    /// The projected view.
    pub geometry: super::shared::Shared<MapGeometry>,
    /// The first day whose events show (1 January, or the 1st of the month in month mode).
    pub from: Date,
    /// The last day whose events show.
    pub to: Date,
    /// The language of names.
    pub lang: Lang,
    /// The layers shown.
    pub layers: Layers,
}

/// The switch that shows an event layer.
pub fn switch_of(layer: EventLayer) -> Layer {
    match layer {
        EventLayer::War => Layer::War,
        EventLayer::Conflict => Layer::Conflict,
        EventLayer::Diplomacy => Layer::Diplomacy,
    }
}

/// The marker shape of a layer, as SVG path data around (0, 0): a diamond for the war of
/// 1904–05, a triangle for other conflicts, a square for diplomacy. Shape as well as colour, so
/// the layers are told apart without colour vision.
pub fn marker_path(layer: EventLayer) -> &'static str {
    match layer {
        EventLayer::War => "M0 -6L6 0L0 6L-6 0Z",
        EventLayer::Conflict => "M0 -6L5.5 4L-5.5 4Z",
        EventLayer::Diplomacy => "M-4.5 -4.5H4.5V4.5H-4.5Z",
    }
}

/// Every event of the selected year.
#[function_component(EventLayerView)]
pub fn event_layer(props: &EventLayerProps) -> Html {
    let EventLayerProps {
        atlas,
        geometry,
        from,
        to,
        lang,
        layers,
    } = props;
    let events = atlas.events_between(*from, *to);
    let events = events
        .into_iter()
        .filter(|e| layers.contains(switch_of(e.layer)));
    html! {
        <g class="events">
            { for events.map(|e| {
                let (x, y) = geometry.viewport.to_screen(e.marker().0, e.marker().1);
                let dates = match e.end { Some(end) => format!("{} – {}", e.date, end), None => e.date.to_string() };
                let name = format!("{} ({dates})", e.name(*lang));
                html! {
                    <g key={e.id.clone()} class={classes!("event", e.layer.id())} transform={format!("translate({} {})", fixed(x, 1), fixed(y, 1))}
                        data-event={e.id.clone()} data-date={e.date.to_string()} data-end={e.end.map(|d| d.to_string()).unwrap_or_default()}
                        data-kind={e.kind.clone()} data-layer={e.layer.id()} data-lat={trimmed(e.location.1, 5).to_string()} data-lon={trimmed(e.location.0, 5).to_string()}
                        data-off-map={e.anchor.is_some().then_some("true")} role="button" tabindex="0" aria-label={name.clone()}>
                        <title>{ name }</title>
                        <path class="event-marker" d={marker_path(e.layer)} />
                    </g>
                }
            }) }
        </g>
    }
}
