//! Sister-city pairs as arcs from the Russian to the Japanese city, drawn from the year each tie
//! was made.

use super::map::MapGeometry;
use crate::carto::fixed;
use crate::model::{Atlas, Lang};
use yew::prelude::*;

/// Props of [`SisterLayerView`].
#[derive(Properties, PartialEq)]
pub struct SisterLayerProps {
    /// The history.
    pub atlas: super::shared::Shared<Atlas>,
    /// The projected view.
    pub geometry: super::shared::Shared<MapGeometry>,
    /// How many pairs (in date order) exist on the day shown: the layer changes only when this
    /// does.
    pub count: usize,
    /// The language of names.
    pub lang: Lang,
}

/// A quadratic Bézier from `a` to `b`, bowed to the left of the chord by a fifth of its length.
pub fn arc(a: (f64, f64), b: (f64, f64)) -> String {
    let (mx, my) = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (cx, cy) = (mx - dy * 0.2, my + dx * 0.2);
    format!(
        "M{} {}Q{} {} {} {}",
        fixed(a.0, 1),
        fixed(a.1, 1),
        fixed(cx, 1),
        fixed(cy, 1),
        fixed(b.0, 1),
        fixed(b.1, 1)
    )
}

/// The first `count` pairs, in the order they were established.
#[function_component(SisterLayerView)]
pub fn sister_layer(props: &SisterLayerProps) -> Html {
    let SisterLayerProps {
        atlas,
        geometry,
        count,
        lang,
    } = props;
    let view = &geometry.viewport;
    html! {
        <g class="sister-cities">
            { for atlas.sister_pairs.iter().take(*count).map(|p| {
                let a = view.to_screen(p.russian.location.0, p.russian.location.1);
                let b = view.to_screen(p.japanese.location.0, p.japanese.location.1);
                let name = format!("{} – {} ({}, {})", p.russian.names.get(*lang), p.japanese.names.get(*lang), p.since.year(), p.kind);
                html! {
                    <g key={p.id.clone()} class={classes!("sister-pair", p.kind.clone())} data-sister-pair={p.id.clone()}
                        data-since={p.since.to_string()} data-kind={p.kind.clone()} role="button" tabindex="0" aria-label={name.clone()}>
                        <title>{ name }</title>
                        <path class="sister-arc" d={arc(a, b)} />
                        <circle class="sister-city" cx={fixed(a.0, 1).to_string()} cy={fixed(a.1, 1).to_string()} r="2.2" />
                        <circle class="sister-city" cx={fixed(b.0, 1).to_string()} cy={fixed(b.1, 1).to_string()} r="2.2" />
                    </g>
                }
            }) }
        </g>
    }
}
