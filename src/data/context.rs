//! `geodata/context.geojson`: neighbouring land drawn without a controller.

use super::feature::{feature_id, features, properties, require_langs, require_unique};
use super::geometry::to_multipolygon;
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
    for (index, feature) in features(file, text, errors).into_iter().enumerate() {
        let Some(id) = feature_id(&feature) else {
            errors.push(DataError::invalid(
                file,
                &format!("feature {index}"),
                "has no id",
            ));
            continue;
        };
        let props: LandProperties = match properties(file, &id, &feature) {
            Ok(p) => p,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let Some(Some(geometry)) = feature.geometry.as_ref().map(|g| to_multipolygon(&g.value))
        else {
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
