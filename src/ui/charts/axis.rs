//! What the three charts share: the drawing frame, the year axis with ticks in the reader's era,
//! the value grid, the marker of the selected year and the shell of the table equivalents.

use crate::chart::LinearScale;
use crate::i18n::{self, Msg};
use crate::model::Lang;
use yew::prelude::*;

/// A chart's drawing area inside its view box.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// View box width.
    pub width: f64,
    /// View box height.
    pub height: f64,
    /// Left margin (room for the value axis).
    pub left: f64,
    /// Right margin.
    pub right: f64,
    /// Top margin.
    pub top: f64,
    /// Bottom margin (room for the year axis).
    pub bottom: f64,
}

/// The frame of the trade and sister-city charts.
pub const FRAME: Frame = Frame {
    width: 320.0,
    height: 120.0,
    left: 42.0,
    right: 10.0,
    top: 8.0,
    bottom: 18.0,
};

impl Frame {
    /// The scale from years `from..=to` to x.
    pub fn years(&self, from: i32, to: i32) -> LinearScale {
        LinearScale::new(
            (f64::from(from), f64::from(to)),
            (self.left, self.width - self.right),
        )
    }

    /// The scale from `0..=max` to y (upwards).
    pub fn values(&self, max: f64) -> LinearScale {
        LinearScale::new((0.0, max), (self.height - self.bottom, self.top))
    }

    /// The `viewBox` attribute.
    pub fn view_box(&self) -> String {
        // Through `n`, not `{}` of an f64: Rust's float formatter would come with it.
        format!("0 0 {} {}", n(self.width), n(self.height))
    }
}

/// A number for an SVG attribute, one decimal.
pub fn n(v: f64) -> String {
    crate::carto::trimmed(v, 1).to_string()
}

/// The year axis along the bottom: ticks about every `every` years, labelled in the reader's
/// era.
pub fn year_axis(frame: &Frame, x: &LinearScale, lang: Lang) -> Html {
    let y = frame.height - frame.bottom;
    html! {
        <g class="chart-axis" aria-hidden="true">
            <line x1={n(frame.left)} x2={n(frame.width - frame.right)} y1={n(y)} y2={n(y)} />
            { for x.ticks(5).into_iter().map(|t| html! {
                <text x={n(x.at(t))} y={n(y + 12.0)} text-anchor="middle">{ i18n::year_tick(lang, t as i32) }</text>
            }) }
        </g>
    }
}

/// The value grid: about `count` horizontal lines of `y`, labelled at the left in the reader's
/// digits.
pub fn value_grid(frame: &Frame, y: &LinearScale, count: usize, lang: Lang) -> Html {
    html! {
        <g class="chart-grid" aria-hidden="true">
            { for y.ticks(count).into_iter().map(|t| html! {
                <>
                    <line x1={n(frame.left)} x2={n(frame.width - frame.right)} y1={n(y.at(t))} y2={n(y.at(t))} />
                    <text x={n(frame.left - 4.0)} y={n(y.at(t) + 3.0)} text-anchor="end">{ i18n::number(lang, t) }</text>
                </>
            }) }
        </g>
    }
}

/// A chart's table equivalent (`data-chart-table="id"`): folded under "Show as a table", captioned
/// with the chart's name, three column headings, then `rows`.
pub fn chart_table(
    id: &'static str,
    caption: Msg,
    headings: [Msg; 3],
    lang: Lang,
    rows: Html,
) -> Html {
    html! {
        <details class="chart-table" data-chart-table={id}>
            <summary>{ i18n::text(lang, Msg::ChartTable) }</summary>
            <table>
                <caption class="visually-hidden">{ i18n::text(lang, caption) }</caption>
                <thead><tr>
                    { for headings.into_iter().map(|h| html! { <th scope="col">{ i18n::text(lang, h) }</th> }) }
                </tr></thead>
                <tbody>{ rows }</tbody>
            </table>
        </details>
    }
}

/// The selected year's marker (`data-chart-marker`, `data-year`); nothing when the year is
/// outside the chart's span.
pub fn year_marker(frame: &Frame, x: &LinearScale, year: i32) -> Html {
    let (lo, hi) = x.domain;
    if !(lo..=hi).contains(&f64::from(year)) {
        return Html::default();
    }
    let at = n(x.at(f64::from(year)));
    html! {
        <line class="chart-marker" data-chart-marker="" data-year={year.to_string()}
            x1={at.clone()} x2={at} y1={n(frame.top - 4.0)} y2={n(frame.height - frame.bottom)} />
    }
}

/// The `attribute` of the chart element under an event (a point or a mark), found from the
/// event's target: the charts listen once on their `<svg>` rather than on every point, so their
/// plots need not render again when the year moves.
pub fn target_attribute(e: &web_sys::Event, attribute: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    e.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(&format!("[{attribute}]"))
        .ok()??
        .get_attribute(attribute)
}

/// The listeners of a chart's `<svg>`.
pub struct PointListeners {
    /// A click on a point.
    pub click: Callback<MouseEvent>,
    /// Enter or Space on a focused point.
    pub key: Callback<KeyboardEvent>,
    /// The pointer over a point.
    pub over: Callback<MouseEvent>,
    /// Focus on a point.
    pub focus: Callback<FocusEvent>,
    /// The pointer leaving the chart.
    pub leave: Callback<MouseEvent>,
}

/// Listeners for an `<svg>` whose points carry `data-year`: click, Enter or Space report the
/// year; hover and focus report it to `on_hover` (with `None` on leaving).
pub fn point_listeners(
    on_year: &Callback<i32>,
    on_hover: &Callback<Option<i32>>,
) -> PointListeners {
    let year = |e: &web_sys::Event| {
        target_attribute(e, "data-chart-point")
            .and(target_attribute(e, "data-year"))
            .and_then(|y| y.parse::<i32>().ok())
    };
    let click = {
        let on_year = on_year.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(y) = year(&e) {
                on_year.emit(y);
            }
        })
    };
    let key = {
        let on_year = on_year.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                if let Some(y) = year(&e) {
                    e.prevent_default();
                    on_year.emit(y);
                }
            }
        })
    };
    let over = {
        let on_hover = on_hover.clone();
        Callback::from(move |e: MouseEvent| on_hover.emit(year(&e)))
    };
    let focus = {
        let on_hover = on_hover.clone();
        Callback::from(move |e: FocusEvent| on_hover.emit(year(&e)))
    };
    let leave = {
        let on_hover = on_hover.clone();
        Callback::from(move |_: MouseEvent| on_hover.emit(None))
    };
    PointListeners {
        click,
        key,
        over,
        focus,
        leave,
    }
}
