//! `geodata/context.geojson`: neighbouring land drawn without a controller.

use super::feature::{features, require_langs, require_unique, Parsed, Shape};
use super::{check_polygons, DataError};
use crate::model::{Land, Lang, Localized};
use serde::Deserialize;

#[derive(Deserialize)]
struct LandProperties {
    names: Localized,
}

/// The context land of the file; problems go to `errors`.
pub fn parse(file: &str, text: &str, errors: &mut Vec<DataError>) -> Vec<Land> {
    let mut lands = Vec::new();
    for Parsed { id, props, shape } in features::<LandProperties>(file, text, errors) {
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
        lands.push(Land {
            id,
            names: props.names,
            geometry,
        });
    }
    require_unique(file, lands.iter().map(|l| l.id.as_str()), errors);
    lands
}
