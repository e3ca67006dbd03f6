//! Sister cities over time: the running number of Russian–Japanese pairs as a step line, a dot
//! for each year that brought new pairs, the selected year marked and its new pairs listed.

use super::axis::{n, year_axis, year_marker, FRAME};
use crate::chart::cumulative_by_year;
use crate::i18n::{self, Msg};
use crate::model::{Atlas, Lang, SisterPair};
use crate::ui::shared::Shared;
use yew::prelude::*;

/// From the year before the first pair (1961) to the atlas's end.
const FROM: i32 = 1955;
const TO: i32 = 2014;

/// Props of [`SisterChart`].
#[derive(Properties, PartialEq)]
pub struct SisterChartProps {
    /// The history.
    pub atlas: Shared<Atlas>,
    /// The selected year.
    pub year: i32,
    /// The language.
    pub lang: Lang,
    /// Moves the slider (a click on a dot).
    pub on_year: Callback<i32>,
}

/// "Khabarovsk – Niigata".
fn pair_name(p: &SisterPair, lang: Lang) -> String {
    format!(
        "{} – {}",
        p.russian.names.get(lang),
        p.japanese.names.get(lang)
    )
}

/// The pairs formed in `year`.
fn formed_in(atlas: &Atlas, year: i32) -> Vec<&SisterPair> {
    atlas
        .sister_pairs
        .iter()
        .filter(|p| p.since.year() == year)
        .collect()
}

/// The sister-city chart.
#[function_component(SisterChart)]
pub fn sister_chart(props: &SisterChartProps) -> Html {
    let (atlas, lang, year) = (&props.atlas, props.lang, props.year);
    let counts = use_memo(props.atlas.clone(), |atlas| {
        cumulative_by_year(atlas.sister_pairs.iter().map(|p| p.since.year()), FROM, TO)
    });
    let frame = FRAME;
    let x = frame.years(FROM, TO);
    let max = counts.last().map_or(1, |c| c.1.max(1)) as f64;
    let y = frame.values(max * 1.1);
    // A step line: flat through each year, up at the start of a year with new pairs.
    let mut d = String::new();
    for (i, (yr, count)) in counts.iter().enumerate() {
        let (x0, x1, v) = (
            x.at(f64::from(*yr) - 0.5).max(frame.left),
            x.at(f64::from(*yr) + 0.5).min(frame.width - frame.right),
            y.at(*count as f64),
        );
        d.push_str(&format!(
            "{}{} {}H{}",
            if i == 0 { "M" } else { "L" },
            n(x0),
            n(v),
            n(x1)
        ));
    }
    let new_years: Vec<(i32, usize)> = counts
        .iter()
        .zip(std::iter::once(0).chain(counts.iter().map(|c| c.1)))
        .filter(|((_, now), before)| now > before)
        .map(|((yr, now), _)| (*yr, *now))
        .collect();
    let count_now = atlas
        .sister_pairs
        .iter()
        .filter(|p| p.since.year() <= year)
        .count();
    let new_now = formed_in(atlas, year);
    let listed = |pairs: &[&SisterPair]| {
        pairs
            .iter()
            .map(|p| pair_name(p, lang))
            .collect::<Vec<_>>()
            .join("; ")
    };
    html! {
        <figure class="chart" data-chart="sister-cities">
            <figcaption id="rj-chart-sisters">{ i18n::text(lang, Msg::SisterChart) }</figcaption>
            <svg class="chart-plot" viewBox={frame.view_box()} role="group" aria-labelledby="rj-chart-sisters">
                <g class="chart-grid" aria-hidden="true">
                    { for y.ticks(3).into_iter().map(|t| html! {
                        <>
                            <line x1={n(frame.left)} x2={n(frame.width - frame.right)} y1={n(y.at(t))} y2={n(y.at(t))} />
                            <text x={n(frame.left - 4.0)} y={n(y.at(t) + 3.0)} text-anchor="end">{ i18n::number(lang, t) }</text>
                        </>
                    }) }
                </g>
                { year_axis(&frame, &x, lang) }
                <path class="chart-line chart-step" {d} />
                { year_marker(&frame, &x, year) }
                { for new_years.iter().map(|&(yr, count)| {
                    let label = format!("{} — {}", i18n::text(lang, Msg::SisterCount).replace("{n}", &count.to_string()).replace("{year}", &i18n::year(lang, yr)), listed(&formed_in(atlas, yr)));
                    let (click, key) = (props.on_year.clone(), props.on_year.clone());
                    html! {
                        <circle class={classes!("chart-point", (yr == year).then_some("current"))} data-chart-point="" data-year={yr.to_string()} data-value={count.to_string()}
                            cx={n(x.at(f64::from(yr)))} cy={n(y.at(count as f64))} r="3" tabindex="0" role="button" aria-label={label.clone()}
                            onclick={ move |_| click.emit(yr) }
                            onkeydown={ move |e: KeyboardEvent| if e.key() == "Enter" || e.key() == " " { e.prevent_default(); key.emit(yr) } }>
                            <title>{ label }</title>
                        </circle>
                    }
                }) }
            </svg>
            <div class="chart-readout" data-chart-readout="sister-cities" data-year={year.to_string()} data-count={count_now.to_string()}>
                <strong>{ i18n::text(lang, Msg::SisterCount).replace("{n}", &count_now.to_string()).replace("{year}", &i18n::year(lang, year)) }</strong>
                { " " }
                if new_now.is_empty() {
                    { i18n::text(lang, Msg::SisterNoneNew).replace("{year}", &i18n::year(lang, year)) }
                } else {
                    { i18n::text(lang, Msg::SisterNew).replace("{year}", &i18n::year(lang, year)) }
                    <ul class="chart-pairs">
                        { for new_now.iter().map(|p| html! { <li data-sister-pair-new={p.id.clone()}>{ pair_name(p, lang) }</li> }) }
                    </ul>
                }
            </div>
            <details class="chart-table" data-chart-table="sister-cities">
                <summary>{ i18n::text(lang, Msg::ChartTable) }</summary>
                <table>
                    <caption class="visually-hidden">{ i18n::text(lang, Msg::SisterChart) }</caption>
                    <thead><tr>
                        <th scope="col">{ i18n::text(lang, Msg::TableYear) }</th>
                        <th scope="col">{ i18n::text(lang, Msg::TablePairs) }</th>
                        <th scope="col">{ i18n::text(lang, Msg::TableNewPairs) }</th>
                    </tr></thead>
                    <tbody>
                        { for new_years.iter().map(|&(yr, count)| html! {
                            <tr data-year={yr.to_string()} data-value={count.to_string()}>
                                <th scope="row">{ i18n::year(lang, yr) }</th>
                                <td>{ count }</td>
                                <td>{ listed(&formed_in(atlas, yr)) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
