//! Trade turnover: a dot per sourced year, a line only through consecutive years (gaps are
//! gaps), the selected year marked; hovering or focusing a dot reads its value and source. The
//! plot and the table depend on the data and the language only ([`TradePlot`]), so a year step
//! redraws just the marker and the readout.

use super::axis::{chart_table, n, point_listeners, value_grid, year_axis, year_marker, FRAME};
use crate::chart::year_runs;
use crate::i18n::{self, Msg};
use crate::model::{Atlas, Lang, TradeFigure};
use crate::ui::shared::Shared;
use yew::prelude::*;

/// The span of the series the issue asks for.
const FROM: i32 = 1958;
const TO: i32 = 2014;

/// Props of [`TradeChart`].
#[derive(Properties, PartialEq)]
pub struct TradeChartProps {
    /// The history.
    pub atlas: Shared<Atlas>,
    /// The selected year.
    pub year: i32,
    /// The language.
    pub lang: Lang,
    /// Moves the slider (a click on a dot).
    pub on_year: Callback<i32>,
}

/// Props of [`TradePlot`] and [`TradeTable`]: what does not change with the year.
#[derive(Properties, PartialEq)]
pub struct TradePlotProps {
    /// The history.
    pub atlas: Shared<Atlas>,
    /// The language.
    pub lang: Lang,
}

fn figures(atlas: &Atlas) -> &[TradeFigure] {
    atlas.trade.as_ref().map_or(&[], |t| &t.series)
}

/// "2008: 30,000 million US dollars" (with "January–September only" for a part year).
fn value_text(lang: Lang, f: &TradeFigure) -> String {
    let mut text = i18n::text(lang, Msg::TradeValue)
        .replace("{year}", &i18n::year(lang, f.year))
        .replace("{value}", &i18n::number(lang, f.value));
    if f.period != "year" {
        text.push_str(&format!(" ({})", i18n::text(lang, Msg::TradeJanSep)));
    }
    text
}

/// The figure's value and its first source (a link when it has one).
fn readout(lang: Lang, f: &TradeFigure) -> Html {
    let source = f.sources.first().map(|s| match &s.url {
        Some(url) => html! { <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ s.title.clone() }</a> },
        None => html! { { s.title.clone() } },
    });
    html! {
        <>
            <strong data-chart-value={crate::carto::trimmed(f.value, 3).to_string()}>{ value_text(lang, f) }</strong>
            if let Some(source) = source {
                <span class="chart-source">{ format!(" — {}: ", i18n::text(lang, Msg::Sources)) }{ source }</span>
            }
        </>
    }
}

/// The scales of the plot.
fn scales(atlas: &Atlas) -> (crate::chart::LinearScale, crate::chart::LinearScale) {
    let max = figures(atlas).iter().map(|f| f.value).fold(0.0, f64::max);
    (
        FRAME.years(FROM, TO),
        FRAME.values(if max > 0.0 { max * 1.05 } else { 1.0 }),
    )
}

/// The grid, axes, lines and dots.
#[function_component(TradePlot)]
pub fn trade_plot(props: &TradePlotProps) -> Html {
    let (lang, frame) = (props.lang, FRAME);
    let figures = figures(&props.atlas);
    let (x, y) = scales(&props.atlas);
    // Only whole years are joined; a part year stands alone (it is not comparable).
    let whole: Vec<(i32, f64)> = figures
        .iter()
        .filter(|f| f.period == "year")
        .map(|f| (f.year, f.value))
        .collect();
    let lines: Vec<String> = year_runs(&whole)
        .into_iter()
        .filter(|run| run.len() > 1)
        .map(|run| {
            run.iter()
                .enumerate()
                .map(|(i, (yr, v))| {
                    let command = if i == 0 { "M" } else { "L" };
                    format!("{command}{} {}", n(x.at(f64::from(*yr))), n(y.at(*v)))
                })
                .collect::<String>()
        })
        .collect();
    html! {
        <>
            { value_grid(&frame, &y, 4, lang) }
            { year_axis(&frame, &x, lang) }
            { for lines.into_iter().map(|d| html! { <path class="chart-line" {d} /> }) }
            { for figures.iter().map(|f| {
                let label = value_text(lang, f);
                html! {
                    <circle class={classes!("chart-point", (f.period != "year").then_some("partial"))}
                        data-chart-point="" data-year={f.year.to_string()} data-value={crate::carto::trimmed(f.value, 3).to_string()}
                        cx={n(x.at(f64::from(f.year)))} cy={n(y.at(f.value))} r="3.5" tabindex="0" role="button" aria-label={label.clone()}>
                        <title>{ label }</title>
                    </circle>
                }
            }) }
        </>
    }
}

/// The table equivalent.
#[function_component(TradeTable)]
pub fn trade_table(props: &TradePlotProps) -> Html {
    let lang = props.lang;
    let rows = html! {
        <>
        { for figures(&props.atlas).iter().map(|f| html! {
            <tr data-year={f.year.to_string()} data-value={crate::carto::trimmed(f.value, 3).to_string()}>
                <th scope="row">{ i18n::year(lang, f.year) }</th>
                <td>{ i18n::number(lang, f.value) }{ if f.period != "year" { format!(" ({})", i18n::text(lang, Msg::TradeJanSep)) } else { String::new() } }</td>
                <td>{ f.sources.iter().map(|s| s.title.as_str()).collect::<Vec<_>>().join("; ") }</td>
            </tr>
        }) }
        </>
    };
    chart_table(
        "trade",
        Msg::TradeChart,
        [Msg::TableYear, Msg::TableValue, Msg::Sources],
        lang,
        rows,
    )
}

/// The trade chart.
#[function_component(TradeChart)]
pub fn trade_chart(props: &TradeChartProps) -> Html {
    let lang = props.lang;
    // The dot under the pointer or focus, if any; else the selected year is read out.
    let hovered = use_state(|| None::<i32>);
    let on_hover = {
        let hovered = hovered.clone();
        Callback::from(move |y: Option<i32>| {
            if *hovered != y {
                hovered.set(y);
            }
        })
    };
    let listen = point_listeners(&props.on_year, &on_hover);
    let onfocusout = {
        let on_hover = on_hover.clone();
        Callback::from(move |_: FocusEvent| on_hover.emit(None))
    };
    let (x, _) = scales(&props.atlas);
    let shown_year = hovered.unwrap_or(props.year);
    let shown = figures(&props.atlas).iter().find(|f| f.year == shown_year);
    html! {
        <figure class="chart" data-chart="trade">
            <figcaption id="rj-chart-trade">{ i18n::text(lang, Msg::TradeChart) }</figcaption>
            <svg class="chart-plot" viewBox={FRAME.view_box()} role="group" aria-labelledby="rj-chart-trade"
                onclick={listen.click} onkeydown={listen.key} onmouseover={listen.over} onfocusin={listen.focus}
                onmouseleave={listen.leave} {onfocusout}>
                <TradePlot atlas={props.atlas.clone()} {lang} />
                { year_marker(&FRAME, &x, props.year) }
            </svg>
            <p class="chart-readout" data-chart-readout="trade" data-year={shown_year.to_string()}>
                { match shown {
                    Some(f) => readout(lang, f),
                    None => html! { { i18n::text(lang, Msg::TradeNoData).replace("{year}", &i18n::year(lang, shown_year)) } },
                } }
            </p>
            <p class="chart-hint">{ i18n::text(lang, Msg::ChartHint) }</p>
            <TradeTable atlas={props.atlas.clone()} {lang} />
        </figure>
    }
}
