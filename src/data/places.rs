//! `geodata/places.geojson`: cities labelled for orientation.

use super::feature::{features, require_langs, require_sources, require_unique, Parsed, Shape};
use super::geometry::in_region;
use super::DataError;
use crate::model::{Lang, Localized, Place, Source};
use serde::Deserialize;

#[derive(Deserialize)]
struct PlaceProperties {
    names: Localized,
    rank: u8,
    #[serde(default)]
    sources: Vec<Source>,
}

/// The places of the file, most important first; problems go to `errors`.
pub fn parse(file: &str, text: &str, full: bool, errors: &mut Vec<DataError>) -> Vec<Place> {
    let mut places = Vec::new();
    for Parsed {
        id,
        props: p,
        shape,
    } in features::<PlaceProperties>(file, text, errors)
    {
        let Shape::Point(lon, lat) = shape else {
            errors.push(DataError::invalid(file, &id, "geometry must be a Point"));
            continue;
        };
        let location = (lon, lat);
        if !in_region(location.0, location.1) {
            errors.push(DataError::invalid(
                file,
                &id,
                "lies outside 115°E–165°E, 20°N–62°N",
            ));
        }
        require_langs(file, &id, "names", &p.names, &Lang::ALL, errors);
        if full {
            require_sources(file, &id, &p.sources, errors);
        }
        places.push(Place {
            id,
            names: p.names,
            location,
            rank: p.rank,
        });
    }
    require_unique(file, places.iter().map(|p| p.id.as_str()), errors);
    in_order(&mut places);
    places
}

/// The order the atlas keeps places in (most important first), from the files or the statics
/// alike.
pub(super) fn in_order(places: &mut [Place]) {
    crate::small_sort::sort_by_key(places, |p| p.rank);
}
