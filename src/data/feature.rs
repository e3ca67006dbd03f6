//! Reading GeoJSON feature collections: the parts every layer shares.

use super::DataError;
use crate::model::{Lang, Localized, Source};
use geojson::{Feature, GeoJson};
use serde::de::DeserializeOwned;

/// The features of a FeatureCollection, or why the text is not one. RFC 7946 dropped the `crs`
/// member; a file that still has one was probably exported in another coordinate system.
pub fn features(file: &str, text: &str, errors: &mut Vec<DataError>) -> Vec<Feature> {
    let raw: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            errors.push(DataError::syntax(file, format!("not valid JSON: {e}")));
            return Vec::new();
        }
    };
    if raw.get("crs").is_some() {
        errors.push(DataError::syntax(file, "has a `crs` member, which RFC 7946 removed: coordinates must be WGS 84 longitude, latitude"));
    }
    match serde_json::from_value::<GeoJson>(raw) {
        Ok(GeoJson::FeatureCollection(fc)) => fc.features,
        Ok(_) => {
            errors.push(DataError::syntax(
                file,
                "is GeoJSON but not a FeatureCollection",
            ));
            Vec::new()
        }
        Err(e) => {
            errors.push(DataError::syntax(file, format!("not GeoJSON: {e}")));
            Vec::new()
        }
    }
}

/// The id of a feature: its `id` member, else its `id` property.
pub fn feature_id(feature: &Feature) -> Option<String> {
    match &feature.id {
        Some(geojson::feature::Id::String(s)) => Some(s.clone()),
        Some(geojson::feature::Id::Number(n)) => Some(n.to_string()),
        None => feature
            .property("id")
            .and_then(|v| v.as_str())
            .map(str::to_string),
    }
}

/// The properties of a feature read into `T`, or a message naming the feature.
pub fn properties<T: DeserializeOwned>(
    file: &str,
    id: &str,
    feature: &Feature,
) -> Result<T, DataError> {
    let object = feature.properties.clone().unwrap_or_default();
    serde_json::from_value(serde_json::Value::Object(object))
        .map_err(|e| DataError::invalid(file, id, format!("properties: {e}")))
}

/// Checks that a text has every language in `required`.
pub fn require_langs(
    file: &str,
    id: &str,
    what: &str,
    text: &Localized,
    required: &[Lang],
    errors: &mut Vec<DataError>,
) {
    let missing = text.missing(required);
    if !missing.is_empty() {
        let codes: Vec<&str> = missing.iter().map(|l| l.code()).collect();
        errors.push(DataError::invalid(
            file,
            id,
            format!("{what} lacks {}", codes.join(", ")),
        ));
    }
}

/// Checks that a record cites at least one complete source.
pub fn require_sources(file: &str, id: &str, sources: &[Source], errors: &mut Vec<DataError>) {
    if sources.is_empty() {
        errors.push(DataError::invalid(file, id, "has no source"));
    }
    for s in sources.iter().filter(|s| !s.is_complete()) {
        errors.push(DataError::invalid(
            file,
            id,
            format!(
                "source “{}” needs a title and a URL or publication",
                s.title
            ),
        ));
    }
}

/// Checks that ids are unique within a file.
pub fn require_unique<'a>(
    file: &str,
    ids: impl Iterator<Item = &'a str>,
    errors: &mut Vec<DataError>,
) {
    let mut seen = std::collections::BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            errors.push(DataError::invalid(file, id, "id is used twice"));
        }
    }
}
