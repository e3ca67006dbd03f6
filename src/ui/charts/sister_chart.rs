//! Sister cities over time: the running number of Russian–Japanese pairs as a step line, a dot
//! for each year that brought new pairs, the selected year marked and its new pairs listed. The
//! plot and the table ([`SisterPlot`], [`SisterTable`]) do not change with the year.

use super::axis::{chart_table, n, point_listeners, value_grid, year_axis, year_marker, FRAME};
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

/// Props of [`SisterPlot`] and [`SisterTable`]: what does not change with the year.
#[derive(Properties, PartialEq)]
pub struct SisterPlotProps {
    /// The history.
    pub atlas: Shared<Atlas>,
    /// The language.
    pub lang: Lang,
}

/// Every year from `FROM` with the number of pairs at its end.
fn counts(atlas: &Atlas) -> Vec<(i32, usize)> {
    cumulative_by_year(atlas.sister_pairs.iter().map(|p| p.since.year()), FROM, TO)
}

/// The years that brought new pairs, with the count at their end.
fn new_years(counts: &[(i32, usize)]) -> Vec<(i32, usize)> {
    counts
        .iter()
        .zip(std::iter::once(0).chain(counts.iter().map(|c| c.1)))
        .filter(|((_, now), before)| now > before)
        .map(|((yr, now), _)| (*yr, *now))
        .collect()
}

fn listed(pairs: &[&SisterPair], lang: Lang) -> String {
    pairs
        .iter()
        .map(|p| pair_name(p, lang))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The grid, the axis, the step line and the dots.
#[function_component(SisterPlot)]
pub fn sister_plot(props: &SisterPlotProps) -> Html {
    let (atlas, lang, frame) = (&props.atlas, props.lang, FRAME);
    let counts = counts(atlas);
    let x = frame.years(FROM, TO);
    let max = counts.last().map_or(1, |c| c.1.max(1)) as f64;
    let y = frame.values(max * 1.1);
    // A step line: flat through each year, up at the start of a year with new pairs.
    let mut d = String::new();
    for (i, (yr, count)) in counts.iter().enumerate() {
        let x0 = x.at(f64::from(*yr) - 0.5).max(frame.left);
        let x1 = x.at(f64::from(*yr) + 0.5).min(frame.width - frame.right);
        let command = if i == 0 { "M" } else { "L" };
        d.push_str(&format!(
            "{command}{} {}H{}",
            n(x0),
            n(y.at(*count as f64)),
            n(x1)
        ));
    }
    html! {
        <>
            { value_grid(&frame, &y, 3, lang) }
            { year_axis(&frame, &x, lang) }
            <path class="chart-line chart-step" {d} />
            { for new_years(&counts).into_iter().map(|(yr, count)| {
                let label = format!("{} — {}", i18n::text(lang, Msg::SisterCount).replace("{n}", &count.to_string()).replace("{year}", &i18n::year(lang, yr)), listed(&formed_in(atlas, yr), lang));
                html! {
                    <circle class="chart-point" data-chart-point="" data-year={yr.to_string()} data-value={count.to_string()}
                        cx={n(x.at(f64::from(yr)))} cy={n(y.at(count as f64))} r="3" tabindex="0" role="button" aria-label={label.clone()}>
                        <title>{ label }</title>
                    </circle>
                }
            }) }
        </>
    }
}

/// The table equivalent: each year that brought pairs, the count and the new pairs.
#[function_component(SisterTable)]
pub fn sister_table(props: &SisterPlotProps) -> Html {
    let (atlas, lang) = (&props.atlas, props.lang);
    let rows = html! {
        <>
        { for new_years(&counts(atlas)).into_iter().map(|(yr, count)| html! {
            <tr data-year={yr.to_string()} data-value={count.to_string()}>
                <th scope="row">{ i18n::year(lang, yr) }</th>
                <td>{ count }</td>
                <td>{ listed(&formed_in(atlas, yr), lang) }</td>
            </tr>
        }) }
        </>
    };
    chart_table(
        "sister-cities",
        Msg::SisterChart,
        [Msg::TableYear, Msg::TablePairs, Msg::TableNewPairs],
        lang,
        rows,
    )
}

/// The sister-city chart.
#[function_component(SisterChart)]
pub fn sister_chart(props: &SisterChartProps) -> Html {
    let (atlas, lang, year) = (&props.atlas, props.lang, props.year);
    let listen = point_listeners(&props.on_year, &Callback::noop());
    let x = FRAME.years(FROM, TO);
    let count_now = atlas
        .sister_pairs
        .iter()
        .filter(|p| p.since.year() <= year)
        .count();
    let new_now = formed_in(atlas, year);
    html! {
        <figure class="chart" data-chart="sister-cities">
            <figcaption id="rj-chart-sisters">{ i18n::text(lang, Msg::SisterChart) }</figcaption>
            <svg class="chart-plot" viewBox={FRAME.view_box()} role="group" aria-labelledby="rj-chart-sisters" onclick={listen.click} onkeydown={listen.key}>
                <SisterPlot atlas={atlas.clone()} {lang} />
                { year_marker(&FRAME, &x, year) }
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
            <SisterTable atlas={atlas.clone()} {lang} />
        </figure>
    }
}
