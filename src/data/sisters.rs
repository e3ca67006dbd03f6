//! `geodata/sister-cities.geojson`: each pair as a line from the Russian to the Japanese city.

use super::feature::{features, require_langs, require_sources, require_unique, Parsed, Shape};
use super::DataError;
use crate::carto::trimmed;
use crate::model::{Date, Lang, Localized, SisterCity, SisterPair, Source};
use serde::Deserialize;

#[derive(Deserialize)]
struct CityProperties {
    id: String,
    names: Localized,
    /// The oblast, krai or prefecture: only in the details panel (`details/*.json`), but named
    /// in the reader's language like everything else.
    #[serde(default)]
    region: Option<Localized>,
}

#[derive(Deserialize)]
struct PairProperties {
    russian: CityProperties,
    japanese: CityProperties,
    since: Date,
    #[serde(default = "day")]
    precision: String,
    kind: String,
    #[serde(default)]
    sources: Vec<Source>,
    #[serde(default)]
    note: Option<String>,
}

fn day() -> String {
    "day".to_string()
}

/// The pairs of the file, sorted by date; problems go to `errors`.
pub fn parse(file: &str, text: &str, full: bool, errors: &mut Vec<DataError>) -> Vec<SisterPair> {
    let mut pairs = Vec::new();
    for Parsed {
        id,
        props: p,
        shape,
    } in features::<PairProperties>(file, text, errors)
    {
        let ends = match shape {
            Shape::Line(points) if points.len() == 2 => (points[0], points[1]),
            _ => {
                errors.push(DataError::invalid(
                    file,
                    &id,
                    "geometry must be a LineString from the Russian city to the Japanese city",
                ));
                continue;
            }
        };
        let expected = format!("{}--{}", p.russian.id, p.japanese.id);
        if id != expected {
            errors.push(DataError::invalid(
                file,
                &id,
                format!("id should be “{expected}” (russian--japanese)"),
            ));
        }
        if !["sister", "friendship"].contains(&p.kind.as_str()) {
            errors.push(DataError::invalid(
                file,
                &id,
                format!("kind “{}” is neither sister nor friendship", p.kind),
            ));
        }
        if !["day", "month", "year"].contains(&p.precision.as_str()) {
            errors.push(DataError::invalid(
                file,
                &id,
                format!("precision “{}” is not day, month or year", p.precision),
            ));
        }
        for (what, (lon, lat)) in [("Russian city", ends.0), ("Japanese city", ends.1)] {
            if !(-180.0..=180.0).contains(&lon) || !(-90.0..=90.0).contains(&lat) {
                errors.push(DataError::invalid(
                    file,
                    &id,
                    format!(
                        "{what} at [{}, {}] is not a longitude, latitude",
                        trimmed(lon, 6),
                        trimmed(lat, 6)
                    ),
                ));
            }
        }
        require_langs(
            file,
            &id,
            "Russian city names",
            &p.russian.names,
            &Lang::ALL,
            errors,
        );
        require_langs(
            file,
            &id,
            "Japanese city names",
            &p.japanese.names,
            &Lang::ALL,
            errors,
        );
        for (what, region) in [
            ("Russian city region", &p.russian.region),
            ("Japanese city region", &p.japanese.region),
        ] {
            if let Some(region) = region {
                require_langs(file, &id, what, region, &Lang::ALL, errors);
            }
        }
        if full {
            require_sources(file, &id, &p.sources, errors);
        }
        pairs.push(SisterPair {
            id,
            russian: SisterCity {
                id: p.russian.id,
                names: p.russian.names,
                location: ends.0,
            },
            japanese: SisterCity {
                id: p.japanese.id,
                names: p.japanese.names,
                location: ends.1,
            },
            since: p.since,
            precision: p.precision,
            kind: p.kind,
            sources: p.sources,
            note: p.note,
        });
    }
    require_unique(file, pairs.iter().map(|p| p.id.as_str()), errors);
    in_order(&mut pairs);
    pairs
}

/// The order the atlas keeps pairs in (by date, then id), from the files or the statics alike.
pub(super) fn in_order(pairs: &mut [SisterPair]) {
    crate::small_sort::sort_by(pairs, |a, b| {
        a.since.cmp(&b.since).then_with(|| a.id.cmp(&b.id))
    });
}
