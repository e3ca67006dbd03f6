//! Export for worksheets: the current view as one standalone SVG — title and year, the map at
//! its zoom, the legend, the scale bar, the charts when shown, the attribution — and as a PNG
//! the browser draws from that SVG at twice its size. Everything is read from the live DOM under
//! the app's root (never `document`: the app may live in a shadow root); the page's own style
//! rules are copied into the file, so the shapes look as they do on screen.

use crate::i18n::{self, Msg};
use crate::markup::escape as esc;
use crate::model::{Date, Lang};
use js_sys::{Array, Promise, Reflect};
use std::fmt::Write;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, Element, HtmlElement, Url};
use yew::prelude::*;

/// The exported image's width in CSS pixels; the PNG has [`PNG_SCALE`] times as many.
const WIDTH: f64 = 1200.0;
/// The map's width in the export (its height keeps the 1000 × 860 view box).
const MAP_W: f64 = 860.0;
/// The map's height in the export.
const MAP_H: f64 = MAP_W * 0.86;
/// Where the map starts, under the title and subtitle.
const TOP: f64 = 70.0;
/// The right-hand column (legend, charts): its left edge and width.
const COL_X: f64 = 884.0;
const COL_W: f64 = 296.0;
/// The PNG's pixels per CSS pixel.
const PNG_SCALE: f64 = 2.0;
const INK: &str = "#1d232b";
const MUTED: &str = "#4a5360";
/// The colour properties the page's rules use.
const COLOURS: [&str; 10] = [
    "--ink",
    "--muted",
    "--paper",
    "--panel",
    "--line",
    "--sea",
    "--land",
    "--graticule",
    "--accent",
    "--focus",
];

/// Props of [`ExportButtons`].
#[derive(Properties, PartialEq)]
pub struct ExportProps {
    /// The language of the export's texts.
    pub lang: Lang,
    /// The year shown.
    pub year: i32,
    /// The day shown in month-by-month mode.
    #[prop_or_default]
    pub date: Option<Date>,
    /// The app's root element (`.rj-atlas`), under which every node is looked up.
    pub root: NodeRef,
    /// An export to start at once (`Some(as_png)`), given when the map and panels are drawn:
    /// the reader asked for it in the first-load core.
    #[prop_or_default]
    pub auto: Option<bool>,
}

/// A line of text at `(x, y)` (baseline).
fn text(out: &mut String, x: f64, y: f64, size: f64, bold: bool, fill: &str, content: &str) {
    let weight = if bold { 700 } else { 400 };
    let _ = write!(
        out,
        r#"<text x="{x}" y="{y}" font-size="{size}" font-weight="{weight}" fill="{fill}">{}</text>"#,
        esc(content)
    );
}

/// A copy of the `<svg>` element `svg`, placed at `(x, y)` with size `w` × `h`, as XML. Its
/// class goes: the page's CSS sizes `.map`, `.swatch`, `.chart-plot` boxes, which would win
/// over the placement. `spill` lets the content draw outside the box (chart axis labels).
fn place(
    svg: &Element,
    (x, y): (f64, f64),
    w: f64,
    h: f64,
    spill: bool,
) -> Result<String, JsValue> {
    let copy: Element = svg.clone_node_with_deep(true)?.dyn_into()?;
    copy.remove_attribute("class")?;
    for (name, value) in [("x", x), ("y", y), ("width", w), ("height", h)] {
        copy.set_attribute(name, &value.to_string())?;
    }
    if spill {
        copy.set_attribute("overflow", "visible")?;
    }
    web_sys::XmlSerializer::new()?.serialize_to_string(&copy)
}

/// The style rules of the sheets the app's root node uses. Media rules stay out: the export is
/// always the light theme, and the layout rules do not apply to it.
fn page_css(root: &Element) -> String {
    let node: JsValue = root.get_root_node().into();
    let get = |from: &JsValue, key: &str| Reflect::get(from, &key.into()).ok();
    let list = |v: Option<JsValue>| v.filter(JsValue::is_object).map(|v| Array::from(&v));
    let mut css = String::new();
    for key in ["styleSheets", "adoptedStyleSheets"] {
        for sheet in list(get(&node, key)).unwrap_or_default().iter() {
            // A sheet from another origin cannot be read; it is left out.
            for rule in list(get(&sheet, "cssRules")).unwrap_or_default().iter() {
                if get(&rule, "selectorText").is_some_and(|s| s.is_string()) {
                    if let Some(t) = get(&rule, "cssText").and_then(|t| t.as_string()) {
                        css.push_str(&t);
                        css.push('\n');
                    }
                }
            }
        }
    }
    css
}

/// The numbers of a `viewBox` attribute.
fn view_box(svg: &Element) -> Option<(f64, f64)> {
    let vb = svg.get_attribute("viewBox")?;
    let n: Vec<f64> = vb
        .split([' ', ','])
        .filter_map(|s| s.parse().ok())
        .collect();
    match n[..] {
        [_, _, w, h] if w > 0.0 && h > 0.0 => Some((w, h)),
        _ => None,
    }
}

/// The text of an element, trimmed.
fn text_of(el: &Element) -> String {
    el.text_content().unwrap_or_default().trim().to_string()
}

/// The scale bar: its text and its length in export pixels, from the one on screen.
fn scale_bar(root: &Element) -> Option<(String, f64)> {
    let stack = root
        .query_selector(".map-stack")
        .ok()??
        .get_bounding_client_rect();
    let line = root
        .query_selector(".scale-line")
        .ok()??
        .get_bounding_client_rect();
    let label = text_of(&root.query_selector(".scale-text").ok()??);
    // CSS pixels per view-box unit, as `preserveAspectRatio="meet"` lays the map out.
    let s = (stack.width() / 1000.0).min(stack.height() / 860.0);
    let length = line.width() / s * MAP_W / 1000.0;
    (length.is_finite() && length > 0.0 && !label.is_empty()).then_some((label, length))
}

/// The whole export as one SVG document, and its height.
pub fn compose(
    root: &Element,
    lang: Lang,
    year: i32,
    date: Option<Date>,
) -> Result<(String, f64), JsValue> {
    let find = |selector: &str| -> Result<Element, JsValue> {
        root.query_selector(selector)?
            .ok_or_else(|| JsValue::from_str(&format!("{selector} not found")))
    };
    let all = |selector: &str| -> Vec<Element> {
        let Ok(list) = root.query_selector_all(selector) else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into().ok())
            .collect()
    };
    let (when, subtitle) = match date {
        Some(d) => (
            i18n::date(lang, d),
            i18n::text(lang, Msg::SubtitleDate).replace("{date}", &i18n::date(lang, d)),
        ),
        None => (
            i18n::year(lang, year),
            i18n::with_year(lang, Msg::Subtitle, year),
        ),
    };
    let mut body = String::new();
    text(
        &mut body,
        20.0,
        36.0,
        24.0,
        true,
        INK,
        &format!("{} — {when}", i18n::text(lang, Msg::AppTitle)),
    );
    text(&mut body, 20.0, 58.0, 14.0, false, MUTED, &subtitle);
    // The map: both layers at the same place, with the zoom transform they carry.
    let layers = root.get_attribute("data-layers").unwrap_or_default();
    let _ = write!(
        body,
        r#"<g class="rj-atlas" data-layers="{}">"#,
        esc(&layers)
    );
    for selector in ["svg.map", "svg.map-overlay"] {
        body.push_str(&place(&find(selector)?, (0.0, TOP), MAP_W, MAP_H, false)?);
    }
    body.push_str("</g>");
    let _ = write!(
        body,
        r##"<rect x="0.5" y="{}" width="{}" height="{MAP_H}" fill="none" stroke="#d5d0c4"/>"##,
        TOP - 0.5,
        MAP_W - 1.0
    );
    if let Some((label, length)) = scale_bar(root) {
        let (x, y) = (14.0, TOP + MAP_H - 14.0);
        let w = length + 14.0 + label.chars().count() as f64 * 7.0;
        let _ = write!(
            body,
            r##"<rect x="{}" y="{}" width="{w}" height="22" rx="3" fill="#ffffff" fill-opacity="0.92"/><path d="M{x} {}V{y}H{}V{}" fill="none" stroke="{INK}" stroke-width="2"/>"##,
            x - 6.0,
            y - 15.0,
            y - 7.0,
            x + length,
            y - 7.0
        );
        text(
            &mut body,
            x + length + 6.0,
            y + 1.0,
            12.0,
            false,
            INK,
            &label,
        );
    }
    // The legend: each polity present (its swatch and name), then the statuses and claims.
    let mut y = TOP + 14.0;
    text(
        &mut body,
        COL_X,
        y,
        13.0,
        true,
        MUTED,
        i18n::text(lang, Msg::WhoHeld),
    );
    y += 22.0;
    for item in all(".legend-polities li, .legend-statuses li") {
        if let Some(swatch) = item.query_selector("svg").ok().flatten() {
            body.push_str(&place(&swatch, (COL_X, y - 12.0), 15.0, 15.0, false)?);
        }
        text(
            &mut body,
            COL_X + 22.0,
            y,
            13.0,
            false,
            INK,
            &text_of(&item),
        );
        y += 21.0;
    }
    // The charts, when shown: each caption and plot.
    for figure in all("figure[data-chart]") {
        let (Some(caption), Some(plot)) = (
            figure.query_selector("figcaption").ok().flatten(),
            figure.query_selector("svg").ok().flatten(),
        ) else {
            continue;
        };
        let Some((w, h)) = view_box(&plot) else {
            continue;
        };
        y += 18.0;
        text(&mut body, COL_X, y, 12.0, true, INK, &text_of(&caption));
        let height = COL_W * h / w;
        // `.chart-plot text` styles the axis labels.
        let _ = write!(
            body,
            r#"<g class="chart-plot">{}</g>"#,
            place(&plot, (COL_X, y + 6.0), COL_W, height, true)?
        );
        y += height + 10.0;
    }
    let height = (TOP + MAP_H).max(y) + 34.0;
    text(
        &mut body,
        20.0,
        height - 14.0,
        11.5,
        false,
        MUTED,
        i18n::text(lang, Msg::Footer),
    );
    // `--k` (the zoom) sizes labels and markers; the page sets it on the map stack.
    let k = root
        .query_selector(".map-stack")
        .ok()
        .flatten()
        .and_then(|s| s.dyn_into::<HtmlElement>().ok())
        .and_then(|s| s.style().get_property_value("--k").ok())
        .and_then(|k| k.trim().parse::<f64>().ok())
        .filter(|k| k.is_finite() && *k > 0.0)
        .unwrap_or(1.0);
    // The font and colours the root has now, first: where the sheets set them on `:root` (the
    // page, in the light theme) their rule comes later and wins; in a shadow root (`:host`,
    // which matches nothing in the file) these stand.
    let computed = web_sys::window().and_then(|w| w.get_computed_style(root).ok().flatten());
    let value = |name: &str| {
        computed
            .as_ref()
            .and_then(|s| s.get_property_value(name).ok())
            .unwrap_or_default()
    };
    let mut vars = String::from(":root{");
    for name in COLOURS {
        let v = value(name);
        if !v.trim().is_empty() {
            let _ = write!(vars, "{name}:{};", v.trim());
        }
    }
    vars.push('}');
    let font = value("font-family");
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" xml:lang="{}" font-family="{}"><style>{}{}.rj-atlas{{--k:{k}}}</style><rect width="{WIDTH}" height="{height}" fill="#ffffff"/>{body}</svg>"##,
        lang.code(),
        esc(&font),
        esc(&vars),
        esc(&page_css(root)),
    );
    Ok((svg, height))
}

/// The SVG text as a blob.
fn svg_blob(svg: &str) -> Result<Blob, JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type("image/svg+xml;charset=utf-8");
    Blob::new_with_str_sequence_and_options(&Array::of1(&svg.into()), &options)
}

/// Saves `blob` as `name` through a temporary link; the URL is released a moment later.
fn download(root: &Element, blob: &Blob, name: &str) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(blob)?;
    let document = root.owner_document().ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    web_sys::window()
        .ok_or("no window")?
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000)?;
    Ok(())
}

/// The SVG drawn on a canvas at [`PNG_SCALE`], as a PNG blob.
async fn png(root: &Element, svg: &Blob, height: f64) -> Result<Blob, JsValue> {
    let url = Url::create_object_url_with_blob(svg)?;
    let image = web_sys::HtmlImageElement::new()?;
    let loaded = Promise::new(&mut |resolve, reject| {
        image.set_onload(Some(&resolve));
        image.set_onerror(Some(&reject));
    });
    image.set_src(&url);
    let result = JsFuture::from(loaded).await;
    let _ = Url::revoke_object_url(&url);
    result.map_err(|_| "the SVG could not be loaded as an image")?;
    let document = root.owner_document().ok_or("no document")?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width((WIDTH * PNG_SCALE) as u32);
    canvas.set_height((height * PNG_SCALE).ceil() as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2d context")?
        .dyn_into()?;
    context.draw_image_with_html_image_element_and_dw_and_dh(
        &image,
        0.0,
        0.0,
        WIDTH * PNG_SCALE,
        height * PNG_SCALE,
    )?;
    let mut failed = None;
    let blob = Promise::new(&mut |resolve, _| {
        // A tainted canvas throws here rather than calling back.
        failed = canvas.to_blob(&resolve).err();
    });
    if let Some(e) = failed {
        return Err(e);
    }
    JsFuture::from(blob)
        .await?
        .dyn_into()
        .map_err(|_| "the canvas made no PNG".into())
}

/// Resolves once the charts (drawn a frame after their panel) are in `root`, or after about a
/// second: an export started with the app must not leave them out.
async fn charts_drawn(root: &Element) {
    for _ in 0..60 {
        let waiting = root
            .query_selector(".charts[data-charts=open]:not(:has(.charts-body))")
            .ok()
            .flatten()
            .is_some();
        if !waiting {
            return;
        }
        let frame = Promise::new(&mut |resolve, _| {
            if let Some(w) = web_sys::window() {
                let _ = w.request_animation_frame(&resolve);
            }
        });
        let _ = JsFuture::from(frame).await;
    }
}

/// Composes the export and downloads it as SVG or (`as_png`) PNG.
async fn export(
    root: Element,
    lang: Lang,
    year: i32,
    date: Option<Date>,
    as_png: bool,
) -> Result<(), JsValue> {
    let (svg, height) = compose(&root, lang, year, date)?;
    let blob = svg_blob(&svg)?;
    let name = format!(
        "rj-atlas-{}",
        date.map_or(year.to_string(), |d| d.to_string())
    );
    if as_png {
        let png = png(&root, &blob, height).await?;
        download(&root, &png, &format!("{name}.png"))
    } else {
        download(&root, &blob, &format!("{name}.svg"))
    }
}

/// The two export buttons and a status line (`[data-export-status]`); with `auto`, the export
/// the reader asked for in the core starts at once.
#[function_component(ExportButtons)]
pub fn export_buttons(props: &ExportProps) -> Html {
    let status = use_state(|| None::<Msg>);
    let lang = props.lang;
    let start = {
        let (root, status) = (props.root.clone(), status.clone());
        let (year, date) = (props.year, props.date);
        Callback::from(move |(as_png, wait): (bool, bool)| {
            let Some(root) = root.cast::<Element>() else {
                return;
            };
            status.set(Some(Msg::Exporting));
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if wait {
                    charts_drawn(&root).await;
                }
                match export(root, lang, year, date, as_png).await {
                    Ok(()) => status.set(None),
                    Err(e) => {
                        web_sys::console::warn_2(&"rj-atlas export:".into(), &e);
                        status.set(Some(Msg::ExportFailed));
                    }
                }
            });
        })
    };
    {
        // Once: `auto` is given only after the panels are drawn, and never changes after.
        let (start, auto) = (start.clone(), props.auto);
        use_effect_with(auto, move |auto| {
            if let Some(as_png) = *auto {
                start.emit((as_png, true));
            }
        });
    }
    let state = match *status {
        Some(Msg::ExportFailed) => "failed",
        Some(_) => "working",
        None => "",
    };
    super::export_buttons::view(lang, state, *status, |as_png| {
        let start = start.clone();
        Callback::from(move |_: MouseEvent| start.emit((as_png, false)))
    })
}
