//! `geodata/events.geojson`: battles, treaties and summits as points.

use super::feature::{features, require_langs, require_sources, require_unique, Parsed, Shape};
use super::geometry::{in_region, swapped_into_region};
use super::DataError;
use crate::carto::trimmed;
use crate::model::JulianDates;
use crate::model::{Date, Event, EventLayer, Lang, Localized, Source};
use serde::Deserialize;

#[derive(Deserialize)]
struct EventProperties {
    kind: String,
    layer: EventLayer,
    date: Date,
    #[serde(default)]
    end: Option<Date>,
    #[serde(default)]
    julian: Option<JulianDates>,
    names: Localized,
    // Only in the full file: the first view names events without their place.
    #[serde(default)]
    place: Localized,
    #[serde(default)]
    description: Localized,
    #[serde(default)]
    off_map: bool,
    #[serde(default)]
    anchor: Option<(f64, f64)>,
    #[serde(default)]
    sources: Vec<Source>,
    #[serde(default)]
    note: Option<String>,
}

/// The last day Russia used the Julian calendar: 31 January 1918 (Julian) = 13 February 1918.
const LAST_JULIAN_DAY: Date = Date::new_unchecked(1918, 2, 13);

fn julian_text(date: Date) -> String {
    let (y, m, d) = date.to_julian();
    format!("{y:04}-{m:02}-{d:02}")
}

/// The events of the file, sorted by date; problems go to `errors`.
pub fn parse(file: &str, text: &str, full: bool, errors: &mut Vec<DataError>) -> Vec<Event> {
    let mut events = Vec::new();
    for Parsed {
        id,
        props: p,
        shape,
    } in features::<EventProperties>(file, text, errors)
    {
        let Shape::Point(lon, lat) = shape else {
            errors.push(DataError::invalid(file, &id, "geometry must be a Point"));
            continue;
        };
        let location = (lon, lat);
        if p.end.is_some_and(|end| end < p.date) {
            errors.push(DataError::invalid(file, &id, "ends before it starts"));
        }
        if let Some(j) = &p.julian {
            if p.date > LAST_JULIAN_DAY {
                errors.push(DataError::invalid(file, &id, "has a Julian date, but Russia used the Gregorian calendar from 14 February 1918"));
            }
            if j.date != julian_text(p.date) {
                errors.push(DataError::invalid(
                    file,
                    &id,
                    format!(
                        "Julian date {} does not match {} (Gregorian), which is {} (Julian)",
                        j.date,
                        p.date,
                        julian_text(p.date)
                    ),
                ));
            }
            if let (Some(je), Some(end)) = (&j.end, p.end) {
                if *je != julian_text(end) {
                    errors.push(DataError::invalid(
                        file,
                        &id,
                        format!("Julian end {je} does not match {end} (Gregorian)"),
                    ));
                }
            }
        }
        let (lon, lat) = location;
        if p.off_map {
            match p.anchor {
                Some((x, y)) if in_region(x, y) => {}
                _ => errors.push(DataError::invalid(
                    file,
                    &id,
                    "is off the map but has no anchor inside 115°E–165°E, 20°N–62°N",
                )),
            }
        } else if swapped_into_region(lon, lat) {
            errors.push(DataError::invalid(
                file,
                &id,
                format!(
                    "coordinates look swapped: [{}, {}] should be longitude first",
                    trimmed(lon, 6),
                    trimmed(lat, 6)
                ),
            ));
        } else if !in_region(lon, lat) {
            errors.push(DataError::invalid(
                file,
                &id,
                format!(
                    "[{}, {}] is outside the map; set off_map and an anchor",
                    trimmed(lon, 6),
                    trimmed(lat, 6)
                ),
            ));
        }
        require_langs(file, &id, "names", &p.names, &Lang::ALL, errors);
        if full {
            require_langs(file, &id, "place", &p.place, &Lang::ALL, errors);
            let langs = [Lang::En, Lang::Th];
            require_langs(file, &id, "description", &p.description, &langs, errors);
            require_sources(file, &id, &p.sources, errors);
        }
        events.push(Event {
            id,
            kind: p.kind,
            layer: p.layer,
            date: p.date,
            end: p.end,
            julian: p.julian,
            names: p.names,
            place: p.place,
            description: p.description,
            location,
            anchor: p.anchor.filter(|_| p.off_map),
            sources: p.sources,
            note: p.note,
        });
    }
    require_unique(file, events.iter().map(|e| e.id.as_str()), errors);
    in_order(&mut events);
    events
}

/// The order the atlas keeps events in (by date, then id), from the files or the statics alike.
pub(super) fn in_order(events: &mut [Event]) {
    crate::small_sort::sort_by(events, |a, b| {
        a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id))
    });
}
