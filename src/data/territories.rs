//! `geodata/territories.geojson`: each territory's shape and its history of control.

use super::feature::{features, require_langs, require_sources, require_unique, Parsed, Shape};
use super::{check_polygons, DataError};
use crate::model::{Date, Lang, Localized, Period, Polity, Status, Territory, FIRST_DAY, LAST_DAY};
use serde::Deserialize;

#[derive(Deserialize)]
struct TerritoryProperties {
    names: Localized,
    #[serde(default)]
    extent: String,
    periods: Vec<Period>,
    #[serde(default)]
    label: Option<(f64, f64)>,
    #[serde(default)]
    area: f64,
}

/// The territories of the file; problems go to `errors`.
pub fn parse(
    file: &str,
    text: &str,
    polities: &[Polity],
    events: &[&str],
    full: bool,
    errors: &mut Vec<DataError>,
) -> Vec<Territory> {
    let mut territories = Vec::new();
    for Parsed { id, props, shape } in features::<TerritoryProperties>(file, text, errors) {
        let Shape::Area(geometry) = shape else {
            errors.push(DataError::invalid(
                file,
                &id,
                "geometry must be a Polygon or MultiPolygon",
            ));
            continue;
        };
        errors.extend(check_polygons(file, &id, &geometry));
        require_langs(file, &id, "names", &props.names, &Lang::ALL, errors);
        check_periods(file, &id, &props.periods, polities, events, full, errors);
        territories.push(Territory {
            id,
            names: props.names,
            extent: props.extent,
            periods: props.periods,
            geometry,
            label: props.label,
            area: props.area,
        });
    }
    require_unique(file, territories.iter().map(|t| t.id.as_str()), errors);
    territories
}

/// The history must cover 1855-01-01 to 2014-12-31 with no gap and no overlap, name only known
/// polities and events, and cite its sources.
fn check_periods(
    file: &str,
    id: &str,
    periods: &[Period],
    polities: &[Polity],
    events: &[&str],
    full: bool,
    errors: &mut Vec<DataError>,
) {
    let known = |p: &str| polities.iter().any(|q| q.id == p);
    let Some(first) = periods.first() else {
        errors.push(DataError::invalid(file, id, "has no periods"));
        return;
    };
    if first.from != FIRST_DAY {
        errors.push(DataError::invalid(
            file,
            id,
            format!("history starts on {}, not {FIRST_DAY}", first.from),
        ));
    }
    for (i, p) in periods.iter().enumerate() {
        let at = format!("{id} period {} (from {})", i + 1, p.from);
        if let Some(to) = p.to {
            if to <= p.from {
                errors.push(DataError::invalid(
                    file,
                    &at,
                    format!("ends ({to}) before it starts"),
                ));
            }
        }
        match periods.get(i + 1) {
            Some(next) if p.to != Some(next.from) => {
                let end = p.to.map_or("never".to_string(), |d| d.to_string());
                let kind = if p.to.is_some_and(|to| to > next.from) {
                    "overlaps"
                } else {
                    "leaves a gap before"
                };
                errors.push(DataError::invalid(
                    file,
                    &at,
                    format!(
                        "ends {end} and {kind} the next period, which starts {}",
                        next.from
                    ),
                ));
            }
            None if p.to.is_some_and(|to: Date| to <= LAST_DAY) => {
                errors.push(DataError::invalid(
                    file,
                    &at,
                    format!("history stops before {LAST_DAY}"),
                ));
            }
            _ => {}
        }
        // Only land no state governed (north Sakhalin before Shimoda) may have no controller.
        if p.controllers.is_empty() && p.status != Status::Unsettled {
            errors.push(DataError::invalid(
                file,
                &at,
                "names no controller (only an unsettled period may)",
            ));
        }
        for polity in p
            .controllers
            .iter()
            .chain(&p.claimed_by)
            .chain(&p.sovereign)
        {
            if !known(polity) {
                errors.push(DataError::invalid(
                    file,
                    &at,
                    format!("unknown polity “{polity}”"),
                ));
            }
        }
        if let Some(event) = &p.event {
            if !events.contains(&event.as_str()) {
                errors.push(DataError::invalid(
                    file,
                    &at,
                    format!("refers to event “{event}”, which geodata/events.geojson lacks"),
                ));
            }
        } else if i > 0 {
            errors.push(DataError::invalid(
                file,
                &at,
                "names no event that opened it",
            ));
        }
        if full {
            require_langs(file, &at, "basis", &p.basis, &[Lang::En, Lang::Th], errors);
            require_sources(file, &at, &p.sources, errors);
        }
    }
}
