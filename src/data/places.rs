//! `geodata/places.geojson`: cities labelled for orientation.

use super::feature::{
    feature_id, features, properties, require_langs, require_sources, require_unique,
};
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
    for (index, feature) in features(file, text, errors).into_iter().enumerate() {
        let Some(id) = feature_id(&feature) else {
            errors.push(DataError::invalid(
                file,
                &format!("feature {index}"),
                "has no id",
            ));
            continue;
        };
        let p: PlaceProperties = match properties(file, &id, &feature) {
            Ok(p) => p,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let location = match feature.geometry.as_ref().map(|g| &g.value) {
            Some(geojson::GeometryValue::Point { coordinates: c }) if c.len() >= 2 => (c[0], c[1]),
            _ => {
                errors.push(DataError::invalid(file, &id, "geometry must be a Point"));
                continue;
            }
        };
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
    places.sort_by_key(|p| p.rank);
    places
}
