//! The diplomacy strip: every summit, declaration, treaty and agreement of the atlas as a mark
//! on one time axis, 1855–2014. A mark opens its event panel and moves the slider to its year;
//! the selected year's marks are listed as links to their panels. The marks and the table
//! ([`DiplomacyMarks`], [`DiplomacyTable`]) do not change with the year.

use super::axis::{chart_table, n, target_attribute, year_axis, year_marker, Frame};
use crate::i18n::{self, Msg};
use crate::model::{Atlas, Event, EventLayer, Lang, FIRST_YEAR, LAST_YEAR};
use crate::ui::shared::Shared;
use yew::prelude::*;

/// The kinds the strip shows (the other diplomacy events — proclamations — are acts of one
/// state, not of relations between states).
const KINDS: [&str; 4] = ["summit", "declaration", "treaty", "agreement"];

/// Rows of marks, so that marks close in time do not hide each other.
const ROWS: usize = 3;
/// The distance between rows.
const ROW: f64 = 11.0;

/// A low frame: [`ROWS`] rows of marks.
const STRIP: Frame = Frame {
    width: 320.0,
    height: 26.0 + ROWS as f64 * ROW,
    left: 10.0,
    right: 10.0,
    top: 8.0,
    bottom: 18.0,
};

/// Props of [`DiplomacyStrip`].
#[derive(Properties, PartialEq)]
pub struct DiplomacyStripProps {
    /// The history.
    pub atlas: Shared<Atlas>,
    /// The selected year.
    pub year: i32,
    /// The language.
    pub lang: Lang,
    /// Opens an event's panel.
    pub on_select: Callback<String>,
    /// Moves the slider to the event's year.
    pub on_year: Callback<i32>,
}

/// The row of each mark, given the marks' x in time order: the first row where it clears the
/// mark before it by `gap`, else the row whose last mark is furthest left.
fn rows(xs: &[f64], gap: f64) -> Vec<usize> {
    let mut last = [f64::NEG_INFINITY; ROWS];
    xs.iter()
        .map(|&x| {
            let row = (0..ROWS).find(|&r| x - last[r] >= gap).unwrap_or_else(|| {
                (0..ROWS)
                    .min_by(|&a, &b| last[a].total_cmp(&last[b]))
                    .unwrap_or(0)
            });
            last[row] = x;
            row
        })
        .collect()
}

/// Whether the strip shows `e`.
fn shown(e: &Event) -> bool {
    e.layer == EventLayer::Diplomacy && KINDS.contains(&e.kind.as_str())
}

/// Props of [`DiplomacyMarks`] and [`DiplomacyTable`]: what does not change with the year.
#[derive(Properties, PartialEq)]
pub struct DiplomacyMarksProps {
    /// The history.
    pub atlas: Shared<Atlas>,
    /// The language.
    pub lang: Lang,
}

/// The axis and a mark per event, in rows.
#[function_component(DiplomacyMarks)]
pub fn diplomacy_marks(props: &DiplomacyMarksProps) -> Html {
    let (lang, frame) = (props.lang, STRIP);
    let x = frame.years(FIRST_YEAR, LAST_YEAR);
    let events: Vec<&Event> = props.atlas.events.iter().filter(|e| shown(e)).collect();
    let xs: Vec<f64> = events
        .iter()
        .map(|e| x.at(f64::from(e.date.year()) + f64::from(e.date.month() - 1) / 12.0))
        .collect();
    let rows = rows(&xs, 8.5);
    html! {
        <>
            { year_axis(&frame, &x, lang) }
            { for events.iter().zip(xs.iter().zip(rows)).map(|(e, (&cx, row))| {
                let label = format!("{}, {} ({})", e.name(lang), i18n::date(lang, e.date), i18n::kind(lang, &e.kind));
                let top = frame.top + row as f64 * ROW;
                html! {
                    <path class={classes!("chart-mark", e.kind.clone())}
                        data-chart-event={e.id.clone()} data-year={e.date.year().to_string()} data-kind={e.kind.clone()}
                        d={format!("M{} {}l4 5l-4 5l-4 -5z", n(cx), n(top))} tabindex="0" role="button" aria-label={label.clone()}>
                        <title>{ label }</title>
                    </path>
                }
            }) }
        </>
    }
}

/// The table equivalent.
#[function_component(DiplomacyTable)]
pub fn diplomacy_table(props: &DiplomacyMarksProps) -> Html {
    let lang = props.lang;
    let rows = html! {
        <>
        { for props.atlas.events.iter().filter(|e| shown(e)).map(|e| html! {
            <tr data-event-row={e.id.clone()} data-year={e.date.year().to_string()}>
                <td>{ i18n::date(lang, e.date) }</td>
                <th scope="row">{ e.name(lang).to_string() }</th>
                <td>{ i18n::kind(lang, &e.kind).to_string() }</td>
            </tr>
        }) }
        </>
    };
    chart_table(
        "diplomacy",
        Msg::DiplomacyChart,
        [Msg::TableDate, Msg::TableEvent, Msg::TableKind],
        lang,
        rows,
    )
}

/// The diplomacy strip.
#[function_component(DiplomacyStrip)]
pub fn diplomacy_strip(props: &DiplomacyStripProps) -> Html {
    let (lang, year) = (props.lang, props.year);
    let x = STRIP.years(FIRST_YEAR, LAST_YEAR);
    let this_year: Vec<&Event> = props
        .atlas
        .events
        .iter()
        .filter(|e| shown(e) && e.date.year() == year)
        .collect();
    // Opens the event `id`: its year on the slider, its panel on the map.
    let open = {
        let (atlas, select, move_to) = (
            props.atlas.clone(),
            props.on_select.clone(),
            props.on_year.clone(),
        );
        Callback::from(move |id: String| {
            if let Some(e) = atlas.event(&id) {
                move_to.emit(e.date.year());
                select.emit(id);
            }
        })
    };
    let onclick = {
        let open = open.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(id) = target_attribute(&e, "data-chart-event") {
                open.emit(id);
            }
        })
    };
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                if let Some(id) = target_attribute(&e, "data-chart-event") {
                    e.prevent_default();
                    open.emit(id);
                }
            }
        })
    };
    html! {
        <figure class="chart" data-chart="diplomacy">
            <figcaption id="rj-chart-diplomacy">{ i18n::text(lang, Msg::DiplomacyChart) }</figcaption>
            <svg class="chart-plot chart-strip" viewBox={STRIP.view_box()} role="group" aria-labelledby="rj-chart-diplomacy" {onclick} {onkeydown}>
                <DiplomacyMarks atlas={props.atlas.clone()} {lang} />
                { year_marker(&STRIP, &x, year) }
            </svg>
            <div class="chart-readout" data-chart-readout="diplomacy" data-year={year.to_string()}>
                if this_year.is_empty() {
                    { i18n::text(lang, Msg::DiplomacyNone).replace("{year}", &i18n::year(lang, year)) }
                } else {
                    <ul class="chart-events">
                        { for this_year.iter().map(|e| {
                            let (open, id) = (open.clone(), e.id.clone());
                            html! {
                                <li><button type="button" class="link-button" data-chart-open={e.id.clone()} onclick={ move |_| open.emit(id.clone()) }>
                                    { format!("{} — {}", i18n::date(lang, e.date), e.name(lang)) }
                                </button></li>
                            }
                        }) }
                    </ul>
                }
            </div>
            <DiplomacyTable atlas={props.atlas.clone()} {lang} />
        </figure>
    }
}
