//! A teacher's own GeoJSON layer, drawn over the atlas: the features whose `start`/`end` include
//! the day shown, in the file's colours (checked by the parser to be `#rgb`/`#rrggbb`, written
//! as SVG presentation attributes, never as CSS). Labels are text nodes only.

use super::map::MapGeometry;
use super::shared::Shared;
use crate::carto::{fixed, svg_path, svg_polyline};
use crate::model::{Date, UserGeometry, UserLayer};
use yew::prelude::*;

/// Props of [`UserLayerView`].
#[derive(Properties, PartialEq)]
pub struct UserLayerViewProps {
    /// The parsed layer.
    pub layer: Shared<UserLayer>,
    /// The projected view.
    pub geometry: Shared<MapGeometry>,
    /// The day shown.
    pub date: Date,
}

/// The features visible on the day shown.
#[function_component(UserLayerView)]
pub fn user_layer_view(props: &UserLayerViewProps) -> Html {
    let view = &props.geometry.viewport;
    // Each feature is a keyboard stop only in a small layer; a big one would trap the keyboard
    // in the map (its names stay in the tooltips).
    let focusable = props.layer.features.len() <= 100;
    html! {
        <g class="user-layer" data-user-layer={props.layer.name.clone()}>
            { for props.layer.features.iter().enumerate().filter(|(_, f)| f.visible_on(props.date)).map(|(i, f)| {
                let colour = f.color.clone().unwrap_or_else(|| "#c2185b".to_string());
                let name = match &f.description {
                    Some(d) => format!("{} — {d}", f.label),
                    None => f.label.clone(),
                };
                let shape = match &f.geometry {
                    UserGeometry::Polygons(p) => html! { <path class="user-polygon" d={svg_path(p, view)} fill={colour.clone()} stroke={colour} /> },
                    UserGeometry::Lines(lines) => html! {
                        <path class="user-line" d={lines.0.iter().map(|l| svg_polyline(l, view)).collect::<String>()} stroke={colour} />
                    },
                    UserGeometry::Points(points) => html! {
                        { for points.0.iter().map(|p| {
                            let (x, y) = view.to_screen(p.x(), p.y());
                            html! { <circle class="user-point" cx={fixed(x, 1).to_string()} cy={fixed(y, 1).to_string()} fill={colour.clone()} /> }
                        }) }
                    },
                };
                html! {
                    <g class="user-feature" data-user-feature={i.to_string()} role="img" tabindex={focusable.then_some("0")} aria-label={name.clone()}>
                        <title>{ name }</title>
                        { shape }
                    </g>
                }
            }) }
        </g>
    }
}
