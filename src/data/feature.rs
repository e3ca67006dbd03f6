//! Reading GeoJSON feature collections: the parts every layer shares.

use super::DataError;
use crate::model::{Lang, Localized, Source};
use geo::{Coord, LineString, MultiPolygon, Polygon};
use serde::de::{DeserializeOwned, IgnoredAny};
use serde::Deserialize;
use serde_json::value::RawValue;

// Each feature is kept as raw text and read on its own, straight into the typed properties of
// its layer: one bad feature is reported by its id while the others still load, and no
// intermediate `serde_json::Value` tree is built (smaller wasm, faster start).

#[derive(Deserialize)]
struct CollectionText<'a> {
    #[serde(rename = "type")]
    kind: String,
    #[serde(borrow, default)]
    features: Vec<&'a RawValue>,
    #[serde(default)]
    crs: Option<IgnoredAny>,
}

#[derive(Deserialize)]
struct FeatureText<'a> {
    #[serde(rename = "type", default)]
    kind: String,
    #[serde(borrow, default)]
    id: Option<&'a RawValue>,
    #[serde(borrow, default)]
    properties: Option<&'a RawValue>,
    #[serde(borrow, default)]
    geometry: Option<GeometryText<'a>>,
}

#[derive(Deserialize)]
struct GeometryText<'a> {
    #[serde(rename = "type")]
    kind: String,
    #[serde(borrow, default)]
    coordinates: Option<&'a RawValue>,
    /// Set by `build.rs` on the app's bundled copy: rings are integer deltas at this scale.
    #[serde(default)]
    delta: Option<f64>,
}

#[derive(Deserialize)]
struct IdProperty {
    #[serde(default)]
    id: Option<String>,
}

/// A feature's geometry, as the layers use it.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A Point: longitude, latitude.
    Point(f64, f64),
    /// A LineString.
    Line(Vec<(f64, f64)>),
    /// A Polygon or MultiPolygon.
    Area(MultiPolygon<f64>),
    /// `null` or no geometry.
    Missing,
    /// Another type, or coordinates that do not fit the type (named in the message).
    Unsupported(String),
}

/// A feature read into the properties type of its layer.
pub struct Parsed<P> {
    /// Its `id` member, else its `id` property.
    pub id: String,
    /// Its properties.
    pub props: P,
    /// Its geometry.
    pub shape: Shape,
}

fn position(p: &[f64]) -> Option<Coord<f64>> {
    (p.len() >= 2 && p[0].is_finite() && p[1].is_finite()).then(|| Coord { x: p[0], y: p[1] })
}

fn ring(points: &[Vec<f64>]) -> Option<LineString<f64>> {
    points
        .iter()
        .map(|p| position(p))
        .collect::<Option<Vec<_>>>()
        .map(LineString::new)
}

/// A ring written as integer deltas at `scale` (see `build.rs`).
fn delta_ring(points: &[Vec<f64>], scale: f64) -> Option<LineString<f64>> {
    let (mut x, mut y) = (0.0, 0.0);
    let coords = points.iter().map(|p| {
        let d = position(p)?;
        x += d.x;
        y += d.y;
        Some(Coord {
            x: x / scale,
            y: y / scale,
        })
    });
    coords.collect::<Option<Vec<_>>>().map(LineString::new)
}

fn polygon(rings: &[Vec<Vec<f64>>], delta: Option<f64>) -> Option<Polygon<f64>> {
    let read = |r: &Vec<Vec<f64>>| match delta {
        Some(scale) if scale > 0.0 => delta_ring(r, scale),
        _ => ring(r),
    };
    let (outer, holes) = rings.split_first()?;
    let holes = holes.iter().map(read).collect::<Option<Vec<_>>>()?;
    Some(Polygon::new(read(outer)?, holes))
}

fn shape(geometry: Option<GeometryText<'_>>) -> Shape {
    let Some(g) = geometry else {
        return Shape::Missing;
    };
    let text = g.coordinates.map_or("null", |c| c.get());
    let bad = || Shape::Unsupported(format!("{} coordinates are not of the right form", g.kind));
    match g.kind.as_str() {
        "Point" => match serde_json::from_str::<Vec<f64>>(text)
            .ok()
            .as_deref()
            .and_then(position)
        {
            Some(c) => Shape::Point(c.x, c.y),
            None => bad(),
        },
        "LineString" => match serde_json::from_str::<Vec<Vec<f64>>>(text)
            .ok()
            .as_deref()
            .and_then(ring)
        {
            Some(line) => Shape::Line(line.coords().map(|c| (c.x, c.y)).collect()),
            None => bad(),
        },
        "Polygon" => match serde_json::from_str::<Vec<Vec<Vec<f64>>>>(text)
            .ok()
            .and_then(|rings| polygon(&rings, g.delta))
        {
            Some(p) => Shape::Area(MultiPolygon(vec![p])),
            None => bad(),
        },
        "MultiPolygon" => {
            let parts = serde_json::from_str::<Vec<Vec<Vec<Vec<f64>>>>>(text).ok();
            match parts.and_then(|ps| {
                ps.iter()
                    .map(|p| polygon(p, g.delta))
                    .collect::<Option<Vec<_>>>()
            }) {
                Some(ps) => Shape::Area(MultiPolygon(ps)),
                None => bad(),
            }
        }
        other => Shape::Unsupported(format!(
            "geometry type “{}” is not supported here",
            other.chars().take(40).collect::<String>()
        )),
    }
}

/// The features of a FeatureCollection read into `P`, or why the text is not one. RFC 7946
/// dropped the `crs` member; a file that still has one was probably exported in another
/// coordinate system. Features without an id or with unreadable properties are reported and
/// skipped.
pub fn features<P: DeserializeOwned>(
    file: &str,
    text: &str,
    errors: &mut Vec<DataError>,
) -> Vec<Parsed<P>> {
    let collection: CollectionText<'_> = match serde_json::from_str(text) {
        Ok(c) => c,
        Err(e) => {
            errors.push(DataError::syntax(file, format!("not valid JSON: {e}")));
            return Vec::new();
        }
    };
    if collection.kind != "FeatureCollection" {
        errors.push(DataError::syntax(
            file,
            "is not a GeoJSON FeatureCollection",
        ));
        return Vec::new();
    }
    if collection.crs.is_some() {
        errors.push(DataError::syntax(file, "has a `crs` member, which RFC 7946 removed: coordinates must be WGS 84 longitude, latitude"));
    }
    let mut parsed = Vec::new();
    for (index, raw) in collection.features.into_iter().enumerate() {
        let label = format!("feature {index}");
        let feature: FeatureText<'_> = match serde_json::from_str(raw.get()) {
            Ok(f) => f,
            Err(e) => {
                errors.push(DataError::invalid(
                    file,
                    &label,
                    format!("not a GeoJSON feature: {e}"),
                ));
                continue;
            }
        };
        if feature.kind != "Feature" {
            errors.push(DataError::invalid(file, &label, "is not of type Feature"));
            continue;
        }
        let props_text = feature.properties.map_or("{}", |p| p.get());
        let id = match feature.id.map(|i| i.get()) {
            Some(i) if i.starts_with('"') => serde_json::from_str::<String>(i).ok(),
            Some(i) if i != "null" => Some(i.to_string()),
            _ => serde_json::from_str::<IdProperty>(props_text)
                .ok()
                .and_then(|p| p.id),
        };
        let Some(id) = id else {
            errors.push(DataError::invalid(file, &label, "has no id"));
            continue;
        };
        match serde_json::from_str::<P>(props_text) {
            Ok(props) => parsed.push(Parsed {
                shape: shape(feature.geometry),
                id,
                props,
            }),
            Err(e) => errors.push(DataError::invalid(file, &id, format!("properties: {e}"))),
        }
    }
    parsed
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
