//! The SVG map. Paths are projected and written once per view; a new year only changes the
//! attributes of the territory elements (colour, `data-controller`, `data-status`), never their
//! geometry.

use super::pan_zoom::PanZoom;
use super::shared::Shared;
use super::territory_layer::{restyle, TerritoryLayer};
use super::year_step::YearStep;
use crate::carto::{fixed, graticule, svg_path, svg_polyline, Viewport, ZoomView};
use crate::data::REGION;
use crate::i18n::{self, Msg};
use crate::layers::{Layer, Layers};
use crate::model::{Atlas, Date, Lang};
use yew::prelude::*;

/// Width of the SVG's user space.
pub const WIDTH: f64 = crate::carto::MAP_WIDTH;
/// Height of the SVG's user space.
pub const HEIGHT: f64 = crate::carto::MAP_HEIGHT;
/// From this zoom on the map draws the full 10 m shapes (fetched once).
const DETAIL_ZOOM: f64 = 3.0;
/// The SVG's `viewBox`, [`WIDTH`] by [`HEIGHT`].
const VIEW_BOX: &str = "0 0 1000 860";

/// A shape ready to draw: its id, its path and where its label goes.
#[derive(PartialEq)]
pub struct DrawnShape {
    /// Territory or land id.
    pub id: String,
    /// SVG path data.
    pub d: AttrValue,
    /// Label position in user units, if the shape has an interior point.
    pub label_at: Option<(f64, f64)>,
}

/// Everything that depends on the view but not on the year.
#[derive(PartialEq)]
pub struct MapGeometry {
    /// The projection and fit.
    pub viewport: Viewport,
    /// Territories, in atlas order.
    pub territories: Vec<DrawnShape>,
    /// Context land.
    pub context: Vec<DrawnShape>,
    /// Meridians and parallels.
    pub graticule: Vec<AttrValue>,
}

impl MapGeometry {
    /// The projection and fit of the whole-region view.
    pub fn viewport() -> Viewport {
        Viewport::whole_region()
    }

    /// The same view drawn from finer shapes (by id; shapes not given keep the atlas's).
    pub fn with_detail(atlas: &Atlas, detail: &[(String, geo::MultiPolygon<f64>)]) -> MapGeometry {
        let finer = |id: &str| detail.iter().find(|(d, _)| d == id).map(|(_, s)| s);
        let viewport = MapGeometry::viewport();
        let base = MapGeometry::new(atlas);
        let redraw = |shapes: Vec<DrawnShape>| {
            shapes
                .into_iter()
                .map(|s| match finer(&s.id) {
                    Some(shape) => DrawnShape {
                        d: AttrValue::from(svg_path(shape, &viewport)),
                        ..s
                    },
                    None => s,
                })
                .collect()
        };
        MapGeometry {
            territories: redraw(base.territories),
            context: redraw(base.context),
            ..base
        }
    }

    /// Projects every shape of the atlas for the whole-region view.
    pub fn new(atlas: &Atlas) -> MapGeometry {
        let viewport = MapGeometry::viewport();
        // Label points come with the data (`cargo xtask geodata` computes them).
        let draw =
            |id: &str, shape: &geo::MultiPolygon<f64>, label: Option<(f64, f64)>| DrawnShape {
                id: id.to_string(),
                d: AttrValue::from(svg_path(shape, &viewport)),
                label_at: label.map(|(lon, lat)| viewport.to_screen(lon, lat)),
            };
        MapGeometry {
            territories: atlas
                .territories
                .iter()
                .map(|t| draw(&t.id, &t.geometry, t.label))
                .collect(),
            context: atlas
                .context
                .iter()
                .map(|l| draw(&l.id, &l.geometry, None))
                .collect(),
            graticule: graticule(REGION.west, REGION.south, REGION.east, REGION.north, 5.0)
                .iter()
                .map(|line| AttrValue::from(svg_polyline(line, &viewport)))
                .collect(),
            viewport,
        }
    }
}

/// Props of [`MapView`].
#[derive(Properties, PartialEq)]
pub struct MapProps {
    /// A view to move to (a story step); the number changes with every request.
    #[prop_or_default]
    pub goto: Option<(u32, ZoomView)>,
    /// A teacher's own layer, drawn over the events.
    #[prop_or_default]
    pub user_layer: Option<Shared<crate::model::UserLayer>>,
    /// The history.
    pub atlas: Shared<Atlas>,
    /// The projected shapes.
    pub geometry: Shared<MapGeometry>,
    /// The day shown.
    pub date: Date,
    /// The language of labels.
    pub lang: Lang,
    /// The year step, which owns the territory elements' styles.
    pub step: Shared<YearStep>,
    /// The layers shown.
    pub layers: Layers,
    /// Called with the id of a territory, event or sister-city pair the reader opens.
    pub on_select: Callback<String>,
    /// The view to open at (from the URL).
    pub initial_view: ZoomView,
    /// In month-by-month mode, the events shown are the month's; otherwise the year's.
    #[prop_or_default]
    pub month_mode: bool,
}

/// The id of the territory, event or sister-city pair at or above `target`.
fn selectable_id(target: Option<web_sys::EventTarget>) -> Option<String> {
    use wasm_bindgen::JsCast;
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    let hit = element
        .closest("[data-territory],[data-event],[data-sister-pair]")
        .ok()??;
    ["data-territory", "data-event", "data-sister-pair"]
        .into_iter()
        .find_map(|name| hit.get_attribute(name))
}

/// An accessible name such as "South Sakhalin — Japan since 1905, sovereign".
pub fn accessible_name(atlas: &Atlas, id: &str, date: Date, lang: Lang) -> String {
    let Some(t) = atlas.territory(id) else {
        return id.to_string();
    };
    let Some(p) = t.period_at(date) else {
        return t.name(lang).to_string();
    };
    let since = t.held_since(date).map_or(String::new(), |d| {
        i18n::with_year(lang, Msg::Since, d.year())
    });
    format!(
        "{} — {}{}, {}",
        t.name(lang),
        i18n::polity_names(atlas, &p.controllers, lang),
        since,
        i18n::status(lang, p.status)
    )
}

/// The short form of a name: "Kwantung (Port Arthur and Dalny)" is labelled "Kwantung".
fn short_name(name: &str) -> &str {
    name.split(['(', '（']).next().unwrap_or(name).trim()
}

/// A label the map shows.
#[derive(PartialEq)]
pub struct PlacedLabel {
    /// Territory or place id.
    pub id: String,
    /// The text.
    pub text: String,
    /// Anchor in user units.
    pub at: (f64, f64),
    /// A city (dot and text to its right) rather than a territory (text centred).
    pub city: bool,
}

/// City and territory labels that do not overlap: cities by rank, then territories from the
/// largest; the others are hidden (their names stay available as accessible names and
/// tooltips).
fn place_labels(
    atlas: &Atlas,
    geometry: &MapGeometry,
    lang: Lang,
    view: ZoomView,
    unit: f64,
) -> Vec<PlacedLabel> {
    // Estimated box at 11 px: CJK and Thai glyphs are wider than Latin ones. On a map drawn
    // smaller than its frame, labels keep their pixel size, so they take more of the frame.
    let grow = 1.0 / unit.clamp(0.05, 1.0);
    let half_width = |text: &str| {
        let em = if text.is_ascii() { 6.0 } else { 9.5 };
        (text.chars().count() as f64 * em / 2.0 + 2.0) * grow
    };
    let half_h = 8.0 * grow;
    let mut placed: Vec<(f64, f64, f64)> = Vec::new();
    let mut labels = Vec::new();
    let mut try_place =
        |labels: &mut Vec<PlacedLabel>, id: &str, text: String, at: (f64, f64), city: bool| {
            // Collisions are judged where the label shows, in frame units: labels keep their
            // size at any zoom, so zooming in makes room for more of them.
            let (fx, fy) = view.to_frame(at.0, at.1);
            let hw = half_width(&text);
            let cx = if city { fx + 4.0 * grow + hw } else { fx };
            let free = placed
                .iter()
                .all(|&(px, py, pw)| (cx - px).abs() >= hw + pw || (fy - py).abs() >= 2.0 * half_h);
            let inside =
                cx - hw >= 0.0 && cx + hw <= WIDTH && fy >= half_h && fy <= HEIGHT - half_h;
            if free && inside {
                placed.push((cx, fy, hw));
                labels.push(PlacedLabel {
                    id: id.to_string(),
                    text,
                    at,
                    city,
                });
            }
        };
    for place in &atlas.places {
        let at = geometry
            .viewport
            .to_screen(place.location.0, place.location.1);
        try_place(
            &mut labels,
            &place.id,
            place.name(lang).to_string(),
            at,
            true,
        );
    }
    let mut order: Vec<usize> = (0..atlas.territories.len()).collect();
    let areas: Vec<f64> = atlas.territories.iter().map(|t| t.area).collect();
    crate::small_sort::sort_by(&mut order, |&a, &b| areas[b].total_cmp(&areas[a]));
    for i in order {
        let t = &atlas.territories[i];
        if let Some(at) = geometry.territories[i].label_at {
            try_place(
                &mut labels,
                &t.id,
                short_name(t.name(lang)).to_string(),
                at,
                false,
            );
        }
    }
    labels
}

/// The map itself.
#[function_component(MapView)]
pub fn map_view(props: &MapProps) -> Html {
    let MapProps {
        atlas,
        geometry,
        date,
        lang,
        step,
        layers,
        on_select,
        initial_view,
        month_mode,
        user_layer,
        goto,
    } = props;
    let events_from = if *month_mode {
        date.start_of_month()
    } else {
        Date::start_of_year(date.year())
    };
    let view = use_state(|| *initial_view);
    // CSS pixels per map unit when the map is drawn smaller than its frame (see `PanZoom::write`).
    // `_eq`: on a screen where the map is drawn at full size the first measure gives 1 again,
    // and setting it must not render the whole map a second time before the first paint.
    let unit = use_state_eq(|| 1.0f64);
    // Zoomed in past DETAIL_ZOOM, the full 10 m shapes are fetched once and drawn instead.
    let detailed = use_state(|| None::<Shared<MapGeometry>>);
    {
        let (detailed, atlas) = (detailed.clone(), atlas.clone());
        let wanted = view.k >= DETAIL_ZOOM;
        let requested = use_mut_ref(|| false);
        use_effect_with(wanted, move |&wanted| {
            if wanted && !*requested.borrow() {
                *requested.borrow_mut() = true;
                wasm_bindgen_futures::spawn_local(async move {
                    match super::fetch::fetch_bytes("lod/detail.bin").await {
                        Ok(bytes) => match crate::data::lod::decode(&bytes) {
                            Ok(shapes) => detailed
                                .set(Some(Shared::new(MapGeometry::with_detail(&atlas, &shapes)))),
                            Err(e) => web_sys::console::warn_1(&e.to_string().into()),
                        },
                        // Offline before the detail was ever fetched: the coarser shapes stay.
                        Err(e) => web_sys::console::warn_1(&e.into()),
                    }
                });
            }
        });
    }
    let fine = view.k >= DETAIL_ZOOM && detailed.is_some();
    let geometry = match (&*detailed, fine) {
        (Some(d), true) => d,
        _ => geometry,
    };
    let pan_zoom = {
        let (viewport, view) = (geometry.viewport, view.clone());
        let first = *initial_view;
        use_memo((), move |_| {
            Shared::new(PanZoom::new(
                viewport,
                first,
                Callback::from(move |v: ZoomView| {
                    super::url::replace_view(&v, &viewport);
                    view.set(v);
                }),
            ))
        })
    };
    let pan_zoom = (*pan_zoom).clone();
    {
        // `--k` and the scale bar need the laid-out frame: written after the first render.
        let pan_zoom = pan_zoom.clone();
        let unit = unit.clone();
        use_effect_with((), move |_| {
            use wasm_bindgen::JsCast;
            let first = pan_zoom.write(pan_zoom.view());
            unit.set(first);
            // A map resized by anything (the window, a frame, a lesson page's own layout around
            // an `<rj-atlas>`) rescales the labels, against the last scale set, not the first
            // render's.
            let last = std::rc::Rc::new(std::cell::Cell::new(first));
            let stack = pan_zoom.surface.stack.cast::<web_sys::Element>();
            let on_resize = {
                let pan_zoom = pan_zoom.clone();
                wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
                    let s = pan_zoom.write(pan_zoom.view());
                    if (s - last.get()).abs() > 0.02 {
                        last.set(s);
                        unit.set(s);
                    }
                })
            };
            let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
            if let (Some(o), Some(stack)) = (&observer, &stack) {
                o.observe(stack);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(on_resize);
                // A view the reader has just moved to is in the URL before the map goes.
                if let Some(view) = pan_zoom.take_pending() {
                    super::url::replace_view(&view, &MapGeometry::viewport());
                }
            }
        });
    }
    {
        let pan_zoom = pan_zoom.clone();
        use_effect_with(*goto, move |goto| {
            if let Some((_, view)) = goto {
                pan_zoom.show(*view);
            }
        });
    }
    // One listener for every shape: a click, a tap, or Enter or Space on a focused shape.
    let onclick = {
        let on_select = on_select.clone();
        let pan_zoom = pan_zoom.clone();
        Callback::from(move |e: MouseEvent| {
            if pan_zoom.take_dragged() {
                return;
            }
            if let Some(id) = selectable_id(e.target()) {
                on_select.emit(id);
            }
        })
    };
    let onkeydown = {
        let (on_select, pan_zoom) = (on_select.clone(), pan_zoom.clone());
        Callback::from(move |e: web_sys::KeyboardEvent| {
            let key = e.key();
            if key == "Enter" || key == " " {
                if let Some(id) = selectable_id(e.target()) {
                    e.prevent_default();
                    on_select.emit(id);
                }
            } else if !(e.ctrl_key() || e.meta_key() || e.alt_key()) && pan_zoom.key(&key) {
                e.prevent_default();
            }
        })
    };
    let pz = |f: fn(&PanZoom, &web_sys::PointerEvent)| {
        let pan_zoom = pan_zoom.clone();
        Callback::from(move |e: web_sys::PointerEvent| f(&pan_zoom, &e))
    };
    let onpointerdown = pz(PanZoom::pointer_down);
    let onpointermove = pz(PanZoom::pointer_move);
    let onpointerup = pz(PanZoom::pointer_up);
    let onpointercancel = pz(PanZoom::pointer_up);
    let onwheel = {
        let pan_zoom = pan_zoom.clone();
        Callback::from(move |e: web_sys::WheelEvent| pan_zoom.wheel(&e))
    };
    let ondblclick = {
        let pan_zoom = pan_zoom.clone();
        Callback::from(move |e: MouseEvent| pan_zoom.double_click(&e))
    };
    let button = |action: &'static str, label: Msg, icon: &'static str, run: fn(&PanZoom)| {
        let pan_zoom = pan_zoom.clone();
        let text = i18n::text(*lang, label);
        html! {
            <button type="button" class="zoom-button" data-action={action} aria-label={text} title={text}
                onclick={move |e: MouseEvent| { e.stop_propagation(); run(&pan_zoom) }}>
                <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d={icon} /></svg>
            </button>
        }
    };
    let sister_count = if layers.contains(Layer::SisterCities) {
        atlas.sister_pairs_at(*date).len()
    } else {
        0
    };
    // Territories: drawn once with the first day's styles, then restyled in place (usually
    // already by the year step, before this render; then only their names are left to write).
    {
        let (atlas, step) = (atlas.clone(), step.clone());
        use_effect_with((*date, *lang), move |(date, lang)| {
            if let Some(group) = step.territories.cast::<web_sys::Element>() {
                restyle(
                    &group,
                    &atlas,
                    *date,
                    *lang,
                    &step.applied,
                    !step.labels_masked(),
                );
            }
        });
    }
    let transform = view.transform();
    html! {
        <div class="map-stack" data-detail={if fine { "fine" } else { "whole-region" }} ref={pan_zoom.surface.stack.clone()} {onclick} {onkeydown} {onpointerdown} {onpointermove} {onpointerup} {onpointercancel} {onwheel} {ondblclick}>
        <svg class="map" viewBox={VIEW_BOX} preserveAspectRatio="xMidYMid meet" role="group" aria-label={i18n::text(*lang, Msg::MapLabel)}>
            <rect class="sea" x="0" y="0" width="1000" height="860" />
            <g class="zoom-layer" ref={pan_zoom.surface.base.clone()} transform={transform.clone()}>
                <BaseLayers geometry={geometry.clone()} />
                <TerritoryLayer atlas={atlas.clone()} geometry={geometry.clone()} initial={step.initial.clone()} node={step.territories.clone()} />
                <Labels atlas={atlas.clone()} geometry={geometry.clone()} lang={*lang} view={*view} unit={*unit} />
            </g>
        </svg>
        // Point layers change every year; in their own SVG their changes do not make the
        // browser lay out the territory shapes again.
        <svg class="map-overlay" viewBox={VIEW_BOX} preserveAspectRatio="xMidYMid meet" role="group" aria-label={i18n::text(*lang, Msg::OverlayLabel)}>
            <g class="zoom-layer" ref={pan_zoom.surface.overlay.clone()} transform={transform}>
                <super::sister_layer::SisterLayerView atlas={atlas.clone()} geometry={geometry.clone()} count={sister_count} lang={*lang} />
                <super::event_layer::EventLayerView atlas={atlas.clone()} geometry={geometry.clone()} from={events_from} to={*date} lang={*lang} layers={*layers} />
                if let Some(layer) = user_layer {
                    <super::user_layer_view::UserLayerView layer={layer.clone()} geometry={geometry.clone()} date={*date} />
                }
            </g>
        </svg>
        <div class="zoom-controls" role="group" aria-label={i18n::text(*lang, Msg::Zoom)}>
            { button("zoom-in", Msg::ZoomIn, "M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z", |p| p.zoom_by(2.0)) }
            { button("zoom-out", Msg::ZoomOut, "M5 11h14v2H5z", |p| p.zoom_by(0.5)) }
            { button("reset-view", Msg::ResetView, "M12 4l8 7h-3v8h-4v-5h-2v5H7v-8H4z", PanZoom::reset) }
        </div>
        <div class="scale-bar" aria-hidden="true">
            <span class="scale-line" ref={pan_zoom.surface.scale_line.clone()}></span>
            <span class="scale-text" ref={pan_zoom.surface.scale_text.clone()}></span>
        </div>
        </div>
    }
}

/// Props of [`BaseLayers`].
#[derive(Properties, PartialEq)]
pub struct BaseProps {
    /// The projected shapes.
    pub geometry: Shared<MapGeometry>,
}

/// Sea, graticule and context land: they never change with the year, so they render once.
#[function_component(BaseLayers)]
pub fn base_layers(props: &BaseProps) -> Html {
    let geometry = &props.geometry;
    html! {
        <>
            <g class="graticule" aria-hidden="true">
                { for geometry.graticule.iter().map(|d| html! { <path d={d.clone()} /> }) }
            </g>
            <g class="context" aria-hidden="true">
                { for geometry.context.iter().map(|shape| html! { <path class="land" data-land={shape.id.clone()} d={shape.d.clone()} /> }) }
            </g>
        </>
    }
}

/// Props of [`Labels`].
#[derive(Properties, PartialEq)]
pub struct LabelProps {
    /// The history.
    pub atlas: Shared<Atlas>,
    /// The projected shapes.
    pub geometry: Shared<MapGeometry>,
    /// The language of the labels.
    pub lang: Lang,
    /// The view the labels are placed for.
    pub view: ZoomView,
    /// CSS pixels per map unit, at most 1 (labels keep their pixel size on a small map).
    pub unit: f64,
}

/// Territory and sea labels; they depend on the language, never on the year.
#[function_component(Labels)]
pub fn labels(props: &LabelProps) -> Html {
    let LabelProps {
        atlas,
        geometry,
        lang,
        view,
        unit,
    } = props;
    let placed = {
        let (atlas, geometry) = (atlas.clone(), geometry.clone());
        use_memo((*lang, *view, *unit), move |(lang, view, unit)| {
            place_labels(&atlas, &geometry, *lang, *view, *unit)
        })
    };
    html! {
        <g class="labels" aria-hidden="true">
            // Sea names are left off a small map (a phone, a small embed) until it is zoomed in:
            // at their pixel size they would cover the land.
            { for super::seas::seas().into_iter().filter(|_| *unit * view.k >= 0.6).map(|sea| {
                let (x, y) = geometry.viewport.to_screen(sea.at.0, sea.at.1);
                html! { <text class="label sea-label" x={fixed(x, 1).to_string()} y={fixed(y, 1).to_string()}>{ super::seas::label(&sea, *lang).to_string() }</text> }
            }) }
            { for placed.iter().map(|l| {
                let (x, y) = l.at;
                if l.city {
                    html! {
                        <g class="place" data-place={l.id.clone()}>
                            <circle class="place-dot" cx={fixed(x, 1).to_string()} cy={fixed(y, 1).to_string()} r="2.4" />
                            <text class="label place-label" x={fixed(x + 4.0, 1).to_string()} y={fixed(y, 1).to_string()}>{ l.text.clone() }</text>
                        </g>
                    }
                } else {
                    html! { <text class="label territory-label" x={fixed(x, 1).to_string()} y={fixed(y, 1).to_string()} data-label-for={l.id.clone()}>{ l.text.clone() }</text> }
                }
            }) }
        </g>
    }
}
