//! A teacher's GeoJSON file to a [`UserLayer`]. A file the atlas cannot use at all is a
//! [`UserLayerError`]; a feature it cannot draw is left out and named in
//! [`UserLayer::problems`], and the others are drawn. Walked by hand through `serde_json::Value`
//! (no derive types: a smaller wasm), with the sizes capped before anything is parsed.

use super::geometry::in_region;
use crate::carto::trimmed;
use crate::model::{Date, FeatureProblem, UserFeature, UserGeometry, UserLayer, UserLayerProblem};
use geo::orient::{Direction, Orient};
use geo::{Coord, LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon};
use serde_json::{Map, Value};
use std::fmt;

/// The largest file read, in bytes of text: 5 MB.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// The most features a file may have.
pub const MAX_FEATURES: usize = 10_000;

const LABEL_CHARS: usize = 200;
const DESCRIPTION_CHARS: usize = 2_000;
const NAME_IN_MESSAGE_CHARS: usize = 60;
const LAYER_NAME_CHARS: usize = 80;
const SHOWN_CHARS: usize = 40;

/// Why a file cannot be drawn at all. The sentences do not name the file: the UI puts its name
/// in front (`"lesson.geojson: the file is empty"`).
#[derive(Clone, Debug, PartialEq)]
pub enum UserLayerError {
    /// More than [`MAX_BYTES`] of text (how many bytes).
    TooLarge(usize),
    /// Nothing but white space.
    Empty,
    /// Not JSON: what the parser said, and where.
    NotJson {
        /// What is wrong, as serde_json says it.
        message: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// JSON, but not GeoJSON: what was found (“an array”, “type “Topology” (…)”).
    NotGeoJson(String),
    /// A `crs` other than longitude/latitude in degrees (its name).
    ProjectedCrs(String),
    /// More than [`MAX_FEATURES`] features (how many).
    TooManyFeatures(usize),
    /// A collection with no features.
    NoFeatures,
    /// Not one feature could be drawn: why, feature by feature.
    NothingDrawable(Vec<UserLayerProblem>),
}

impl fmt::Display for UserLayerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UserLayerError::TooLarge(bytes) => write!(
                f,
                "the file is larger than 5 MB ({} bytes)",
                grouped(*bytes)
            ),
            UserLayerError::Empty => f.write_str("the file is empty"),
            UserLayerError::NotJson {
                message,
                line,
                column,
            } => write!(
                f,
                "the file is not valid JSON: {message} at line {line}, column {column}"
            ),
            UserLayerError::NotGeoJson(found) => write!(
                f,
                "the file is JSON but not GeoJSON: it holds {found} where GeoJSON has a \
                 FeatureCollection, a Feature or a geometry"
            ),
            UserLayerError::ProjectedCrs(name) => write!(
                f,
                "the file’s coordinates are in “{name}”; GeoJSON wants longitude and latitude in \
                 degrees (export it again as EPSG:4326 / WGS 84)"
            ),
            UserLayerError::TooManyFeatures(count) => write!(
                f,
                "the file has {} features; the limit is {}",
                grouped(*count),
                grouped(MAX_FEATURES)
            ),
            UserLayerError::NoFeatures => f.write_str("the file has no features"),
            UserLayerError::NothingDrawable(problems) => {
                f.write_str("no feature could be drawn")?;
                for (i, p) in problems.iter().take(3).enumerate() {
                    write!(f, "{} {p}", if i == 0 { ":" } else { ";" })?;
                }
                if problems.len() > 3 {
                    write!(f, "; and {} more", grouped(problems.len() - 3))?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for UserLayerError {}

/// Reads a teacher's GeoJSON: a FeatureCollection, a single Feature or a bare geometry (labelled
/// with the layer's `name`). `name` is the file name, kept (on one line, at most 80 characters)
/// as the layer's name. Texts come back as plain text: the UI must show them as text nodes.
///
/// ```
/// use rj_atlas::data::user_layer::parse_user_layer;
/// let text = r#"{"type":"FeatureCollection","features":[
///   {"type":"Feature","properties":{"name":"Vladivostok"},
///    "geometry":{"type":"Point","coordinates":[43.1,131.9]}},
///   {"type":"Feature","properties":{"name":"Port Arthur","start":1898,"end":1905},
///    "geometry":{"type":"Point","coordinates":[121.25,38.8]}}]}"#;
/// let layer = parse_user_layer("lesson.geojson", text).expect("one feature is good");
/// assert_eq!(layer.features.len(), 1);
/// assert_eq!(
///     layer.problems[0].to_string(),
///     "feature “Vladivostok”: coordinates look like [latitude, longitude]; GeoJSON wants [longitude, latitude]"
/// );
/// ```
pub fn parse_user_layer(name: &str, text: &str) -> Result<UserLayer, UserLayerError> {
    if text.len() > MAX_BYTES {
        return Err(UserLayerError::TooLarge(text.len()));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(UserLayerError::Empty);
    }
    let root: Value = serde_json::from_str(text).map_err(not_json)?;
    let layer_name = shorten(&one_line(name), LAYER_NAME_CHARS);
    let Some(object) = root.as_object() else {
        return Err(UserLayerError::NotGeoJson(found(&root)));
    };
    if let Some(crs) = projected_crs(object) {
        return Err(UserLayerError::ProjectedCrs(crs));
    }
    let mut features = Vec::new();
    let mut problems = Vec::new();
    match object.get("type").and_then(Value::as_str) {
        Some("FeatureCollection") => {
            let Some(entries) = object.get("features").and_then(Value::as_array) else {
                return Err(UserLayerError::NotGeoJson(
                    "a FeatureCollection without a “features” list".to_string(),
                ));
            };
            if entries.len() > MAX_FEATURES {
                return Err(UserLayerError::TooManyFeatures(entries.len()));
            }
            if entries.is_empty() {
                return Err(UserLayerError::NoFeatures);
            }
            for (i, entry) in entries.iter().enumerate() {
                features.extend(feature(i + 1, entry, &mut problems));
            }
        }
        Some("Feature") => features.extend(feature(1, &root, &mut problems)),
        Some(kind) if is_geometry_type(kind) => {
            match geometry(&root) {
                Ok((geometry, notes)) => {
                    let label = if layer_name.is_empty() {
                        "feature 1".to_string()
                    } else {
                        layer_name.clone()
                    };
                    features.push(UserFeature {
                        label,
                        description: None,
                        geometry,
                        start: None,
                        end: None,
                        color: None,
                    });
                    problems.extend(notes.into_iter().map(|p| named(1, None, p)));
                }
                Err(p) => problems.push(named(1, None, p)),
            };
        }
        _ => return Err(UserLayerError::NotGeoJson(found(&root))),
    }
    if features.is_empty() {
        return Err(UserLayerError::NothingDrawable(problems));
    }
    Ok(UserLayer {
        name: layer_name,
        features,
        problems,
    })
}

fn not_json(e: serde_json::Error) -> UserLayerError {
    let (line, column) = (e.line(), e.column());
    let full = e.to_string();
    let message = full
        .strip_suffix(&format!(" at line {line} column {column}"))
        .unwrap_or(&full)
        .to_string();
    UserLayerError::NotJson {
        message,
        line,
        column,
    }
}

/// The name of a `crs` member that is not longitude/latitude (the 2008 GeoJSON form), if any.
fn projected_crs(object: &Map<String, Value>) -> Option<String> {
    let name = object
        .get("crs")?
        .get("properties")?
        .get("name")?
        .as_str()?;
    let degrees = ["CRS84", "4326"].iter().any(|d| name.contains(d));
    (!degrees).then(|| shorten(&one_line(name), SHOWN_CHARS))
}

/// Whether `kind` names a GeoJSON geometry (drawable or not).
fn is_geometry_type(kind: &str) -> bool {
    matches!(
        kind,
        "Point"
            | "MultiPoint"
            | "LineString"
            | "MultiLineString"
            | "Polygon"
            | "MultiPolygon"
            | "GeometryCollection"
    )
}

/// What a value is, for a message: “an array”, “type “Topology” (…)”.
fn found(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(_) => "true or false".to_string(),
        Value::Number(_) => "a number".to_string(),
        Value::String(_) => "a text".to_string(),
        Value::Array(_) => "an array".to_string(),
        Value::Object(o) => match o.get("type") {
            None => "an object without “type”".to_string(),
            Some(Value::String(t)) if t == "Topology" => {
                "type “Topology” (TopoJSON is not supported; convert to GeoJSON)".to_string()
            }
            Some(Value::String(t)) => format!("type “{}”", shorten(&one_line(t), SHOWN_CHARS)),
            Some(_) => "an object whose “type” is not a text".to_string(),
        },
    }
}

fn named(index: usize, name: Option<&str>, problem: FeatureProblem) -> UserLayerProblem {
    UserLayerProblem {
        index,
        name: name.map(|n| shorten(n, NAME_IN_MESSAGE_CHARS)),
        problem,
    }
}

/// One entry of `features`: the feature to draw, or `None` with the reason in `problems`.
fn feature(
    index: usize,
    value: &Value,
    problems: &mut Vec<UserLayerProblem>,
) -> Option<UserFeature> {
    let object = value
        .as_object()
        .filter(|o| o.get("type").and_then(Value::as_str) == Some("Feature"));
    let Some(object) = object else {
        problems.push(named(
            index,
            None,
            FeatureProblem::NotAFeature(found(value)),
        ));
        return None;
    };
    let props = object.get("properties").and_then(Value::as_object);
    let name = ["name", "title", "label"]
        .iter()
        .find_map(|key| text_property(props, key))
        .or_else(|| id_text(object.get("id")));
    let mut report = |p| problems.push(named(index, name.as_deref(), p));
    let (geometry, notes) = match object.get("geometry") {
        None | Some(Value::Null) => Err(FeatureProblem::NoGeometry),
        Some(g) => geometry(g),
    }
    .map_err(&mut report)
    .ok()?;
    notes.into_iter().for_each(&mut report);
    let (start, end) = match (bound(props, "start", false), bound(props, "end", true)) {
        (Ok(Some(start)), Ok(Some(end))) if start > end => {
            report(FeatureProblem::StartAfterEnd { start, end });
            (None, None)
        }
        (Ok(start), Ok(end)) => (start, end),
        (Err(p), _) | (_, Err(p)) => {
            report(p);
            (None, None)
        }
    };
    let style_key = match geometry {
        UserGeometry::Points(_) => "marker-color",
        UserGeometry::Lines(_) => "stroke",
        UserGeometry::Polygons(_) => "fill",
    };
    let color = ["color", style_key]
        .iter()
        .find_map(|key| color(props, key).map_err(&mut report).ok().flatten());
    Some(UserFeature {
        label: name
            .map(|n| shorten(&n, LABEL_CHARS))
            .unwrap_or_else(|| format!("feature {index}")),
        description: text_block(props.and_then(|p| p.get("description"))),
        geometry,
        start,
        end,
        color,
    })
}

/// A property that is a non-blank text, on one line.
fn text_property(props: Option<&Map<String, Value>>, key: &str) -> Option<String> {
    let text = one_line(props?.get(key)?.as_str()?);
    (!text.is_empty()).then_some(text)
}

/// The feature's `id` (a text or a number), as a name.
fn id_text(id: Option<&Value>) -> Option<String> {
    match id? {
        Value::String(s) => Some(one_line(s)).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Text on one line: control characters dropped, runs of white space made one space, trimmed.
fn one_line(text: &str) -> String {
    let clean: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    clean.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A description: line breaks kept, other control characters dropped, at most 2,000 characters.
fn text_block(value: Option<&Value>) -> Option<String> {
    let text: String = value?
        .as_str()?
        .replace("\r\n", "\n")
        .chars()
        .filter(|&c| c == '\n' || !c.is_control())
        .collect();
    let text = text.trim();
    (!text.is_empty()).then(|| shorten(text, DESCRIPTION_CHARS))
}

/// At most `max` characters, the last an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
    s.push('…');
    s
}

/// 5242881 → “5,242,881”.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `start` (its first day) or `end` (its last day): a text `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or
/// a whole number of a year. Missing, `null` or blank is no bound.
fn bound(
    props: Option<&Map<String, Value>>,
    field: &'static str,
    last_day: bool,
) -> Result<Option<Date>, FeatureProblem> {
    let bad = |value: String| FeatureProblem::BadDate {
        field,
        value: shorten(&one_line(&value), SHOWN_CHARS),
    };
    let period = match props.and_then(|p| p.get(field)) {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => return Ok(None),
        Some(Value::String(s)) => period(s.trim()).ok_or_else(|| bad(s.clone()))?,
        Some(Value::Number(n)) => n
            .as_f64()
            .filter(|y| y.fract() == 0.0 && (1.0..=9999.0).contains(y))
            .and_then(|y| period(&format!("{y:04}")))
            .ok_or_else(|| bad(n.to_string()))?,
        Some(other) => return Err(bad(found(other))),
    };
    Ok(Some(if last_day { period.1 } else { period.0 }))
}

/// The first and last day of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn period(text: &str) -> Option<(Date, Date)> {
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let mut parts = text.split('-');
    let (year, month, day) = (parts.next()?, parts.next(), parts.next());
    if !digits(year, 4) || parts.next().is_some() {
        return None;
    }
    let year: i32 = year.parse().ok()?;
    match (month, day) {
        (None, _) => Some((Date::start_of_year(year), Date::end_of_year(year))),
        (Some(m), None) if digits(m, 2) => {
            let first = Date::new(year, m.parse().ok()?, 1)?;
            Some((first, first.end_of_month_after(0)))
        }
        (Some(_), Some(_)) => text.parse::<Date>().ok().map(|d| (d, d)),
        _ => None,
    }
}

/// A colour property: `#rgb` or `#rrggbb`, lower-cased. Missing or blank is none.
fn color(
    props: Option<&Map<String, Value>>,
    field: &'static str,
) -> Result<Option<String>, FeatureProblem> {
    let bad = |value: String| FeatureProblem::BadColor {
        field,
        value: shorten(&one_line(&value), SHOWN_CHARS),
    };
    match props.and_then(|p| p.get(field)) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => {
            let t = s.trim();
            let hex = t.strip_prefix('#').unwrap_or("");
            let ok = matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit());
            if ok {
                Ok(Some(t.to_ascii_lowercase()))
            } else {
                Err(bad(s.clone()))
            }
        }
        Some(other) => Err(bad(found(other))),
    }
}

/// A geometry: its shape and any notes, or why it cannot be drawn.
fn geometry(value: &Value) -> Result<(UserGeometry, Vec<FeatureProblem>), FeatureProblem> {
    let invalid = FeatureProblem::InvalidGeometry;
    let Some(object) = value.as_object() else {
        return Err(invalid(format!(
            "“geometry” is {}, not a geometry object",
            found(value)
        )));
    };
    let Some(kind) = object.get("type").and_then(Value::as_str) else {
        return Err(invalid("the geometry has no “type”".to_string()));
    };
    if !is_geometry_type(kind) || kind == "GeometryCollection" {
        return Err(FeatureProblem::Unsupported(shorten(
            &one_line(kind),
            SHOWN_CHARS,
        )));
    }
    let Some(coordinates) = object.get("coordinates") else {
        return Err(invalid(format!("the {kind} has no “coordinates”")));
    };
    let shape = match kind {
        "Point" => position(coordinates).map(|c| UserGeometry::Points(MultiPoint(vec![c.into()]))),
        "MultiPoint" => list(coordinates, "position", position)
            .map(|ps| UserGeometry::Points(ps.into_iter().map(Point::from).collect())),
        "LineString" => line(coordinates).map(|l| UserGeometry::Lines(MultiLineString(vec![l]))),
        "MultiLineString" => {
            list(coordinates, "line", line).map(|ls| UserGeometry::Lines(MultiLineString(ls)))
        }
        "Polygon" => polygon(coordinates)
            .map(|p| UserGeometry::Polygons(MultiPolygon(vec![p]).orient(Direction::Default))),
        _ => list(coordinates, "polygon", polygon)
            .map(|ps| UserGeometry::Polygons(MultiPolygon(ps).orient(Direction::Default))),
    }
    .map_err(invalid)?;
    let coords = all_coords(&shape);
    if looks_swapped(&coords) {
        return Err(FeatureProblem::Swapped);
    }
    if let Some(why) = out_of_range(&coords) {
        return Err(invalid(why));
    }
    let notes = if coords.iter().any(|c| in_region(c.x, c.y)) {
        vec![]
    } else {
        vec![FeatureProblem::OutsideMap]
    };
    Ok((shape, notes))
}

fn all_coords(shape: &UserGeometry) -> Vec<Coord<f64>> {
    use geo::CoordsIter;
    match shape {
        UserGeometry::Points(p) => p.coords_iter().collect(),
        UserGeometry::Lines(l) => l.coords_iter().collect(),
        UserGeometry::Polygons(p) => p.coords_iter().collect(),
    }
}

/// Whether the positions read as [latitude, longitude]: swapped, every one is valid, and either
/// some latitude is beyond ±90 and at least half of them fall in the map's region, or none is
/// in the region and all of them would be.
fn looks_swapped(coords: &[Coord<f64>]) -> bool {
    let valid_swapped = coords
        .iter()
        .all(|c| c.x.abs() <= 90.0 && c.y.abs() <= 180.0);
    if coords.is_empty() || !valid_swapped {
        return false;
    }
    let inside_swapped = coords.iter().filter(|c| in_region(c.y, c.x)).count();
    let bad_latitude = coords.iter().any(|c| c.y.abs() > 90.0);
    let none_inside = !coords.iter().any(|c| in_region(c.x, c.y));
    (bad_latitude && 2 * inside_swapped >= coords.len())
        || (none_inside && inside_swapped == coords.len())
}

/// The first longitude beyond ±180 or latitude beyond ±90, in a sentence.
fn out_of_range(coords: &[Coord<f64>]) -> Option<String> {
    let c = coords
        .iter()
        .find(|c| c.x.abs() > 180.0 || c.y.abs() > 90.0)?;
    let at = format!("[{}, {}]", trimmed(c.x, 6), trimmed(c.y, 6));
    Some(if c.y.abs() > 90.0 {
        format!("latitude {} is outside −90…90 (at {at})", trimmed(c.y, 6))
    } else {
        format!(
            "longitude {} is outside −180…180 (at {at})",
            trimmed(c.x, 6)
        )
    })
}

/// A JSON array of `what`s, each read by `read`; at least one.
fn list<T>(
    value: &Value,
    what: &str,
    read: fn(&Value) -> Result<T, String>,
) -> Result<Vec<T>, String> {
    let items = value
        .as_array()
        .ok_or_else(|| format!("expected a list of {what}s, found {}", found(value)))?;
    if items.is_empty() {
        return Err(format!("the list of {what}s is empty"));
    }
    items
        .iter()
        .enumerate()
        .map(|(i, item)| read(item).map_err(|e| format!("{what} {}: {e}", i + 1)))
        .collect()
}

/// `[longitude, latitude]` (anything after, such as an altitude, is ignored).
fn position(value: &Value) -> Result<Coord<f64>, String> {
    let number = |v: &Value| v.as_f64().filter(|f| f.is_finite());
    match value.as_array().map(Vec::as_slice) {
        Some([x, y, ..]) => match (number(x), number(y)) {
            (Some(x), Some(y)) => Ok(Coord { x, y }),
            _ => Err(format!(
                "[{}, {}] is not two numbers [longitude, latitude]",
                found(x),
                found(y)
            )),
        },
        Some(short) => Err(format!(
            "a position needs two numbers [longitude, latitude]; found {}",
            short.len()
        )),
        None => Err(format!(
            "expected a position [longitude, latitude], found {}",
            found(value)
        )),
    }
}

/// The positions of a line or ring.
fn positions(value: &Value) -> Result<Vec<Coord<f64>>, String> {
    let items = value
        .as_array()
        .ok_or_else(|| format!("expected a list of positions, found {}", found(value)))?;
    items
        .iter()
        .enumerate()
        .map(|(i, p)| position(p).map_err(|e| format!("position {}: {e}", i + 1)))
        .collect()
}

/// A LineString's coordinates: at least two positions.
fn line(value: &Value) -> Result<LineString<f64>, String> {
    let coords = positions(value)?;
    if coords.len() < 2 {
        return Err(format!(
            "a line needs at least 2 positions; this one has {}",
            coords.len()
        ));
    }
    Ok(LineString::new(coords))
}

/// A linear ring: at least four positions, the last the same as the first.
fn ring(value: &Value) -> Result<LineString<f64>, String> {
    let coords = positions(value)?;
    if coords.len() < 4 {
        return Err(format!(
            "a ring needs at least 4 positions; this one has {}",
            coords.len()
        ));
    }
    let (first, last) = (coords[0], coords[coords.len() - 1]);
    if first != last {
        return Err(format!(
            "the ring is not closed: its last position [{}, {}] must repeat its first [{}, {}]",
            trimmed(last.x, 6),
            trimmed(last.y, 6),
            trimmed(first.x, 6),
            trimmed(first.y, 6)
        ));
    }
    Ok(LineString::new(coords))
}

/// A Polygon's coordinates: an outer ring, then its holes.
fn polygon(value: &Value) -> Result<Polygon<f64>, String> {
    let rings = value
        .as_array()
        .ok_or_else(|| format!("expected a list of rings, found {}", found(value)))?;
    let Some((outer, holes)) = rings.split_first() else {
        return Err("a polygon needs at least one ring".to_string());
    };
    let outer = ring(outer).map_err(|e| format!("outer ring: {e}"))?;
    let holes = holes
        .iter()
        .enumerate()
        .map(|(i, h)| ring(h).map_err(|e| format!("hole {}: {e}", i + 1)))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Polygon::new(outer, holes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collection(features: &[&str]) -> String {
        format!(
            r#"{{"type":"FeatureCollection","features":[{}]}}"#,
            features.join(",")
        )
    }

    fn point(name: &str, lon: f64, lat: f64, props: &str) -> String {
        let sep = if props.is_empty() { "" } else { "," };
        format!(
            r#"{{"type":"Feature","properties":{{"name":"{name}"{sep}{props}}},
                "geometry":{{"type":"Point","coordinates":[{lon},{lat}]}}}}"#
        )
    }

    fn with_geometry(name: &str, geometry: &str) -> String {
        format!(r#"{{"type":"Feature","properties":{{"name":"{name}"}},"geometry":{geometry}}}"#)
    }

    fn problems(text: &str) -> Vec<String> {
        match parse_user_layer("t.geojson", text) {
            Ok(layer) => layer.problems.iter().map(ToString::to_string).collect(),
            Err(UserLayerError::NothingDrawable(ps)) => {
                ps.iter().map(ToString::to_string).collect()
            }
            Err(e) => vec![e.to_string()],
        }
    }

    fn date(text: &str) -> Date {
        text.parse().expect("a date")
    }

    const TOKYO: &str = r#"{"type":"Feature","properties":{"name":"Tokyo"},
        "geometry":{"type":"Point","coordinates":[139.69,35.69]}}"#;

    /// The example files the browser tests load, and the copy the app serves.
    mod fixtures {
        pub const GOOD: &str = include_str!("../../tests/fixtures/user-layers/good.geojson");
        pub const EXAMPLE: &str = include_str!("../../www/layers/example.geojson");
        pub const SWAPPED: &str = include_str!("../../tests/fixtures/user-layers/swapped.geojson");
        pub const NOT_GEOJSON: &str =
            include_str!("../../tests/fixtures/user-layers/not-geojson.json");
        pub const INVALID: &str = include_str!("../../tests/fixtures/user-layers/invalid.json");
        pub const MIXED: &str = include_str!("../../tests/fixtures/user-layers/mixed.geojson");
    }

    #[test]
    fn fixtures_read_as_the_browser_tests_expect() {
        assert_eq!(
            fixtures::GOOD,
            fixtures::EXAMPLE,
            "www/layers/example.geojson is a copy"
        );
        let good = parse_user_layer("good.geojson", fixtures::GOOD).expect("good");
        assert!(good.problems.is_empty(), "{:?}", good.problems);
        assert_eq!(good.features.len(), 4);
        let shown = |day: &str| -> Vec<&str> {
            good.visible_on(date(day))
                .map(|f| f.label.as_str())
                .collect()
        };
        assert_eq!(
            shown("1855-12-31"),
            ["Border of the Treaty of Shimoda (between Iturup and Urup)"]
        );
        assert_eq!(shown("1904-12-31"), ["Port Arthur (Russian lease)"]);
        assert_eq!(shown("1905-12-31"), ["Karafuto (Japanese South Sakhalin)"]);
        assert_eq!(
            shown("1916-12-31"),
            [
                "Trans-Siberian Railway: Amur and Ussuri lines to Vladivostok",
                "Karafuto (Japanese South Sakhalin)"
            ]
        );
        assert_eq!(
            shown("1945-12-31"),
            ["Trans-Siberian Railway: Amur and Ussuri lines to Vladivostok"]
        );

        let swapped = parse_user_layer("swapped.geojson", fixtures::SWAPPED).expect_err("swapped");
        let UserLayerError::NothingDrawable(problems) = &swapped else {
            panic!("{swapped:?}");
        };
        assert!(problems
            .iter()
            .all(|p| p.problem == FeatureProblem::Swapped));
        assert!(swapped
            .to_string()
            .contains("feature “Vladivostok”: coordinates look like [latitude, longitude]"));

        let topo = parse_user_layer("not-geojson.json", fixtures::NOT_GEOJSON).expect_err("topo");
        assert!(
            topo.to_string()
                .contains("type “Topology” (TopoJSON is not supported; convert to GeoJSON)"),
            "{topo}"
        );
        let broken = parse_user_layer("invalid.json", fixtures::INVALID).expect_err("broken");
        assert!(
            matches!(broken, UserLayerError::NotJson { line: 5, .. }),
            "{broken:?}"
        );

        let mixed = parse_user_layer("mixed.geojson", fixtures::MIXED).expect("one good");
        assert_eq!(mixed.features.len(), 1);
        let messages: Vec<String> = mixed.problems.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0].starts_with(
            "feature “Tsushima Strait”: geometry type “GeometryCollection” is not supported"
        ));
        assert!(messages[1].starts_with(
            "feature “Shikotan”: invalid geometry: outer ring: the ring is not closed"
        ));
    }

    #[test]
    fn reads_every_geometry_type() {
        let text = collection(&[
            TOKYO,
            &with_geometry(
                "pts",
                r#"{"type":"MultiPoint","coordinates":[[131.9,43.1],[141.35,43.06]]}"#,
            ),
            &with_geometry(
                "line",
                r#"{"type":"LineString","coordinates":[[131.9,43.1,12.5],[135.07,48.48]]}"#,
            ),
            &with_geometry(
                "lines",
                r#"{"type":"MultiLineString","coordinates":[[[131.9,43.1],[135.07,48.48]],[[140,40],[141,41]]]}"#,
            ),
            &with_geometry(
                "poly",
                r#"{"type":"Polygon","coordinates":[[[140,40],[140,41],[141,41],[141,40],[140,40]]]}"#,
            ),
            &with_geometry(
                "polys",
                r#"{"type":"MultiPolygon","coordinates":[[[[140,40],[141,40],[141,41],[140,40]]],[[[145,44],[146,44],[146,45],[145,44]]]]}"#,
            ),
        ]);
        let layer = parse_user_layer("lesson.geojson", &text).expect("valid");
        assert!(layer.problems.is_empty(), "{:?}", layer.problems);
        assert_eq!(layer.name, "lesson.geojson");
        let labels: Vec<_> = layer.features.iter().map(|f| f.label.as_str()).collect();
        assert_eq!(labels, ["Tokyo", "pts", "line", "lines", "poly", "polys"]);
        assert!(matches!(&layer.features[1].geometry, UserGeometry::Points(p) if p.0.len() == 2));
        assert!(matches!(&layer.features[3].geometry, UserGeometry::Lines(l) if l.0.len() == 2));
        // The clockwise square is rewound counter-clockwise (RFC 7946), for the SVG fill rule.
        let UserGeometry::Polygons(poly) = &layer.features[4].geometry else {
            panic!("a polygon");
        };
        use geo::Winding;
        assert!(poly.0[0].exterior().is_ccw());
    }

    #[test]
    fn a_single_feature_or_a_bare_geometry_is_a_layer() {
        let layer = parse_user_layer("one", TOKYO).expect("a Feature");
        assert_eq!(layer.features[0].label, "Tokyo");
        let bare = r#"{"type":"LineString","coordinates":[[131.9,43.1],[135.07,48.48]]}"#;
        let layer = parse_user_layer(" my line.geojson ", bare).expect("a geometry");
        assert_eq!(layer.features[0].label, "my line.geojson");
        assert_eq!(layer.name, "my line.geojson");
    }

    #[test]
    fn swapped_coordinates_are_named_and_left_out() {
        let text = collection(&[&point("Vladivostok", 43.1, 131.9, ""), TOKYO]);
        let layer = parse_user_layer("t", &text).expect("Tokyo is good");
        assert_eq!(layer.features.len(), 1);
        assert_eq!(layer.features[0].label, "Tokyo");
        assert_eq!(
            layer.problems[0].to_string(),
            "feature “Vladivostok”: coordinates look like [latitude, longitude]; GeoJSON wants [longitude, latitude]"
        );
        assert!(layer.problems[0].skipped());
        // A swapped line, Vladivostok to Khabarovsk.
        let line = with_geometry(
            "railway",
            r#"{"type":"LineString","coordinates":[[43.1,131.9],[48.48,135.07]]}"#,
        );
        assert_eq!(
            parse_user_layer("t", &line),
            Err(UserLayerError::NothingDrawable(vec![UserLayerProblem {
                index: 1,
                name: Some("railway".into()),
                problem: FeatureProblem::Swapped
            }]))
        );
        // Latitude beyond 90 that does not swap into the map is invalid, not swapped.
        let far = problems(&collection(&[&point("Nowhere", 10.0, 100.0, ""), TOKYO]));
        assert_eq!(far, ["feature “Nowhere”: invalid geometry: latitude 100 is outside −90…90 (at [10, 100])"]);
    }

    #[test]
    fn outside_the_map_is_drawn_with_a_note() {
        let layer = parse_user_layer("t", &collection(&[&point("Moscow", 37.62, 55.75, "")]))
            .expect("valid");
        assert_eq!(layer.features.len(), 1);
        assert_eq!(layer.problems[0].problem, FeatureProblem::OutsideMap);
        assert!(!layer.problems[0].skipped());
    }

    #[test]
    fn file_level_failures() {
        let big = " ".repeat(MAX_BYTES + 1);
        let e = parse_user_layer("t", &big).expect_err("too large");
        assert_eq!(e, UserLayerError::TooLarge(MAX_BYTES + 1));
        assert_eq!(
            e.to_string(),
            "the file is larger than 5 MB (5,242,881 bytes)"
        );
        assert_eq!(parse_user_layer("t", " \n"), Err(UserLayerError::Empty));

        let e = parse_user_layer(
            "t",
            "{\n  \"type\": \"FeatureCollection\",\n  \"features\": [,]\n}",
        )
        .expect_err("broken");
        assert!(
            matches!(
                e,
                UserLayerError::NotJson {
                    line: 3,
                    column: 16,
                    ..
                }
            ),
            "{e:?}"
        );
        assert_eq!(
            e.to_string(),
            "the file is not valid JSON: expected value at line 3, column 16"
        );

        let e = parse_user_layer("t", "[1, 2]").expect_err("array");
        assert_eq!(e, UserLayerError::NotGeoJson("an array".into()));
        assert_eq!(
            e.to_string(),
            "the file is JSON but not GeoJSON: it holds an array where GeoJSON has a FeatureCollection, a Feature or a geometry"
        );
        let e = parse_user_layer("t", r#"{"name":"x"}"#).expect_err("no type");
        assert_eq!(
            e,
            UserLayerError::NotGeoJson("an object without “type”".into())
        );
        let e = parse_user_layer("t", r#"{"type":"Topology","objects":{}}"#).expect_err("topo");
        assert!(
            e.to_string()
                .contains("TopoJSON is not supported; convert to GeoJSON"),
            "{e}"
        );
        let e = parse_user_layer("t", r#"{"type":"FeatureCollection"}"#).expect_err("no list");
        assert!(e.to_string().contains("without a “features” list"), "{e}");
        assert_eq!(
            parse_user_layer("t", r#"{"type":"FeatureCollection","features":[]}"#),
            Err(UserLayerError::NoFeatures)
        );
        let mercator = r#"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}},"features":[]}"#;
        assert_eq!(
            parse_user_layer("t", mercator),
            Err(UserLayerError::ProjectedCrs(
                "urn:ogc:def:crs:EPSG::3857".into()
            ))
        );
        let wgs84 = r#"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},"features":[]}"#;
        assert_eq!(
            parse_user_layer("t", wgs84),
            Err(UserLayerError::NoFeatures)
        );
        // A byte-order mark, as Windows editors write, is not an error.
        assert!(parse_user_layer("t", &format!("\u{feff}{TOKYO}")).is_ok());
    }

    #[test]
    fn too_many_features() {
        let features = vec![TOKYO; MAX_FEATURES + 1];
        let text = collection(&features);
        let e = parse_user_layer("t", &text).expect_err("10,001");
        assert_eq!(e, UserLayerError::TooManyFeatures(10_001));
        assert_eq!(
            e.to_string(),
            "the file has 10,001 features; the limit is 10,000"
        );
        let ok = collection(&features[1..]);
        assert_eq!(
            parse_user_layer("t", &ok).map(|l| l.features.len()),
            Ok(10_000)
        );
    }

    #[test]
    fn mixed_file_draws_the_good_feature() {
        let text = collection(&[
            TOKYO,
            &with_geometry(
                "collection",
                r#"{"type":"GeometryCollection","geometries":[]}"#,
            ),
            &with_geometry(
                "open",
                r#"{"type":"Polygon","coordinates":[[[140,40],[141,40],[141,41],[140,41]]]}"#,
            ),
            r#"{"type":"Feature","id":"karafuto","geometry":null}"#,
            r#"{"type":"Point","coordinates":[140,40]}"#,
            &with_geometry("short", r#"{"type":"LineString","coordinates":[[140,40]]}"#),
            &with_geometry(
                "tiny",
                r#"{"type":"Polygon","coordinates":[[[140,40],[141,40],[140,40]]]}"#,
            ),
            &with_geometry("text", r#"{"type":"Point","coordinates":["140","40"]}"#),
            &with_geometry("far", r#"{"type":"Point","coordinates":[200,40]}"#),
            &with_geometry(
                "hole",
                r#"{"type":"Polygon","coordinates":[[[140,40],[141,40],[141,41],[140,40]],[[140.2,40.1],[140.3,40.1]]]}"#,
            ),
        ]);
        let layer = parse_user_layer("mixed", &text).expect("Tokyo is good");
        assert_eq!(layer.features.len(), 1);
        let messages: Vec<String> = layer.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "feature “collection”: geometry type “GeometryCollection” is not supported (use Point, MultiPoint, LineString, MultiLineString, Polygon or MultiPolygon)",
                "feature “open”: invalid geometry: outer ring: the ring is not closed: its last position [140, 41] must repeat its first [140, 40]",
                "feature “karafuto”: has no geometry (null or missing)",
                "feature 5: is not a GeoJSON Feature (found type “Point”)",
                "feature “short”: invalid geometry: a line needs at least 2 positions; this one has 1",
                "feature “tiny”: invalid geometry: outer ring: a ring needs at least 4 positions; this one has 3",
                "feature “text”: invalid geometry: [a text, a text] is not two numbers [longitude, latitude]",
                "feature “far”: invalid geometry: longitude 200 is outside −180…180 (at [200, 40])",
                "feature “hole”: invalid geometry: hole 1: a ring needs at least 4 positions; this one has 2",
            ]
        );
        assert!(layer.problems.iter().all(UserLayerProblem::skipped));
    }

    #[test]
    fn nothing_drawable_lists_the_first_problems() {
        let gc = with_geometry("gc", r#"{"type":"GeometryCollection","geometries":[]}"#);
        let e = parse_user_layer("t", &collection(&[&gc, &gc, &gc, &gc, &gc])).expect_err("none");
        let text = e.to_string();
        assert!(
            text.starts_with("no feature could be drawn: feature “gc”: geometry type"),
            "{text}"
        );
        assert!(text.ends_with("; and 2 more"), "{text}");
        let e = parse_user_layer("t", r#"{"type":"GeometryCollection","geometries":[]}"#);
        assert!(matches!(e, Err(UserLayerError::NothingDrawable(p)) if p.len() == 1));
    }

    #[test]
    fn start_and_end_follow_the_slider() {
        let text = collection(&[
            &point(
                "Port Arthur",
                121.25,
                38.8,
                r#""start":"1898","end":"1905-01""#,
            ),
            &point(
                "Toyohara",
                142.74,
                46.96,
                r#""start":1905,"end":"1945-08-25""#,
            ),
            &point("Always", 140.0, 40.0, r#""start":"","end":null"#),
        ]);
        let layer = parse_user_layer("t", &text).expect("valid");
        assert!(layer.problems.is_empty(), "{:?}", layer.problems);
        let [arthur, toyohara, always] = &layer.features[..] else {
            panic!("three features");
        };
        assert_eq!(
            (arthur.start, arthur.end),
            (Some(date("1898-01-01")), Some(date("1905-01-31")))
        );
        assert!(!arthur.visible_on(date("1897-12-31")));
        assert!(arthur.visible_on(date("1898-01-01")));
        assert!(arthur.visible_on(date("1905-01-31")));
        assert!(!arthur.visible_on(date("1905-02-01")));
        assert_eq!(toyohara.start, Some(date("1905-01-01")));
        assert!(toyohara.visible_on(date("1945-08-25")));
        assert!(!toyohara.visible_on(date("1945-08-26")));
        assert!(always.visible_on(date("1855-01-01")) && always.visible_on(date("2014-12-31")));
        let on_1900: Vec<_> = layer
            .visible_on(date("1900-12-31"))
            .map(|f| f.label.as_str())
            .collect();
        assert_eq!(on_1900, ["Port Arthur", "Always"]);
        // End of February in a leap year.
        assert_eq!(period("1904-02").map(|p| p.1), Some(date("1904-02-29")));
    }

    #[test]
    fn bad_dates_are_named_and_the_feature_shows_in_every_year() {
        let text = collection(&[
            &point("a", 140.0, 40.0, r#""start":"1905-13""#),
            &point("b", 140.0, 40.0, r#""start":"1945","end":"1905""#),
            &point("c", 140.0, 40.0, r#""start":"1898","end":"5 Sept 1905""#),
            &point("d", 140.0, 40.0, r#""end":1905.5"#),
            &point("e", 140.0, 40.0, r#""start":true"#),
        ]);
        let layer = parse_user_layer("t", &text).expect("valid");
        assert_eq!(layer.features.len(), 5);
        assert!(layer
            .features
            .iter()
            .all(|f| f.start.is_none() && f.end.is_none()));
        let messages: Vec<String> = layer.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "feature “a”: start “1905-13” is not a date (YYYY, YYYY-MM or YYYY-MM-DD); shown in every year",
                "feature “b”: start 1945-01-01 is after end 1905-12-31; shown in every year",
                "feature “c”: end “5 Sept 1905” is not a date (YYYY, YYYY-MM or YYYY-MM-DD); shown in every year",
                "feature “d”: end “1905.5” is not a date (YYYY, YYYY-MM or YYYY-MM-DD); shown in every year",
                "feature “e”: start “true or false” is not a date (YYYY, YYYY-MM or YYYY-MM-DD); shown in every year",
            ]
        );
        assert!(!layer.problems.iter().any(UserLayerProblem::skipped));
        for bad in [
            "905",
            "1905-1",
            "1905-01-1",
            "1905-02-30",
            "+905",
            "1905-01-01-01",
            "๑๙๐๕",
        ] {
            assert_eq!(period(bad), None, "{bad}");
        }
    }

    #[test]
    fn only_hex_colours_reach_a_style() {
        let text = collection(&[
            &point("a", 140.0, 40.0, r##""color":"#C00""##),
            &point("b", 140.0, 40.0, r#""color":"red; background:url(x)""#),
            &point("c", 140.0, 40.0, r##""marker-color":"#1a2B3c""##),
            &point("d", 140.0, 40.0, r##""color":"#12345""##),
        ]);
        let layer = parse_user_layer("t", &text).expect("valid");
        let colors: Vec<_> = layer.features.iter().map(|f| f.color.as_deref()).collect();
        assert_eq!(colors, [Some("#c00"), None, Some("#1a2b3c"), None]);
        assert_eq!(
            layer.problems[0].to_string(),
            "feature “b”: color “red; background:url(x)” is not a colour of the form #rgb or #rrggbb; drawn in the layer’s colour"
        );
        assert_eq!(layer.problems.len(), 2);
    }

    #[test]
    fn names_and_texts_are_plain_and_short() {
        let long = "x".repeat(500);
        let text = collection(&[
            &format!(
                r#"{{"type":"Feature","id":7,"properties":{{"title":"  <b>Kuril</b>\n\tIslands ","description":"line 1\r\nline 2\u0007 {}"}},
                   "geometry":{{"type":"Point","coordinates":[147.0,45.0]}}}}"#,
                "y".repeat(3000)
            ),
            &format!(
                r#"{{"type":"Feature","id":"habomai","properties":{{"name":"{long}"}},"geometry":{{"type":"Point","coordinates":[146,43.5]}}}}"#
            ),
            r#"{"type":"Feature","id":7,"properties":{"name":42},"geometry":{"type":"Point","coordinates":[146,43.5]}}"#,
            r#"{"type":"Feature","properties":null,"geometry":{"type":"Point","coordinates":[146,43.5]}}"#,
        ]);
        let layer = parse_user_layer("t", &text).expect("valid");
        let [kuril, habomai, seven, fourth] = &layer.features[..] else {
            panic!("four features");
        };
        assert_eq!(
            kuril.label, "<b>Kuril</b> Islands",
            "kept as text, escaped by the UI"
        );
        let description = kuril.description.as_deref().unwrap_or_default();
        assert!(
            description.starts_with("line 1\nline 2 y"),
            "{description:?}"
        );
        assert_eq!(description.chars().count(), 2000);
        assert_eq!(habomai.label.chars().count(), 200);
        assert!(habomai.label.ends_with('…'));
        assert_eq!(seven.label, "7");
        assert_eq!(fourth.label, "feature 4");
        // A name in a message is cut shorter.
        let swapped = format!(
            r#"{{"type":"Feature","properties":{{"name":"{long}"}},"geometry":{{"type":"Point","coordinates":[43.1,131.9]}}}}"#
        );
        let message = problems(&collection(&[&swapped, TOKYO])).join("");
        assert!(
            message.starts_with(&format!("feature “{}…”", "x".repeat(59))),
            "{message}"
        );
    }
}
