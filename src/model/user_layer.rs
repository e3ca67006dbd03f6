//! A teacher's own GeoJSON file, drawn as an extra layer that follows the year slider: its
//! features (labels and descriptions are plain text, never markup) and what was wrong with the
//! ones left out. Read by [`crate::data::user_layer::parse_user_layer`].

use super::Date;
use geo::{MultiLineString, MultiPoint, MultiPolygon};
use std::fmt;

/// A teacher's layer: the features that can be drawn, and every problem found on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct UserLayer {
    /// The name the UI gave (the file name), trimmed to 80 characters. Text only.
    pub name: String,
    /// The features to draw, in file order.
    pub features: Vec<UserFeature>,
    /// Features left out, and notes on features drawn anyway (see [`UserLayerProblem::skipped`]).
    pub problems: Vec<UserLayerProblem>,
}

impl UserLayer {
    /// The features shown on `day`.
    pub fn visible_on(&self, day: Date) -> impl Iterator<Item = &UserFeature> {
        self.features.iter().filter(move |f| f.visible_on(day))
    }
}

/// One feature of a teacher's layer.
#[derive(Clone, Debug, PartialEq)]
pub struct UserFeature {
    /// `name`, `title` or `label` property, else the feature's `id`, else “feature N”. Plain text,
    /// at most 200 characters.
    pub label: String,
    /// The `description` property: plain text (line breaks kept), at most 2,000 characters.
    pub description: Option<String>,
    /// Where it is.
    pub geometry: UserGeometry,
    /// The first day it is shown (`start`: "1898" means 1898-01-01).
    pub start: Option<Date>,
    /// The last day it is shown (`end`: "1905" means 1905-12-31).
    pub end: Option<Date>,
    /// Its colour, `#rgb` or `#rrggbb` in lower case and nothing else: safe to put in a style.
    /// From `color`, else the simplestyle property geojson.io writes (`marker-color` on points,
    /// `stroke` on lines, `fill` on polygons).
    pub color: Option<String>,
}

impl UserFeature {
    /// Whether the feature is shown on `day`: from `start` to `end`, both included.
    ///
    /// ```
    /// use rj_atlas::data::user_layer::parse_user_layer;
    /// use rj_atlas::model::Date;
    /// let text = r#"{"type":"Feature","properties":{"start":"1898","end":"1905"},
    ///     "geometry":{"type":"Point","coordinates":[121.25,38.8]}}"#;
    /// let layer = parse_user_layer("a.geojson", text).expect("valid");
    /// let port_arthur = &layer.features[0];
    /// assert!(port_arthur.visible_on(Date::start_of_year(1898)));
    /// assert!(port_arthur.visible_on(Date::end_of_year(1905)));
    /// assert!(!port_arthur.visible_on(Date::start_of_year(1906)));
    /// ```
    pub fn visible_on(&self, day: Date) -> bool {
        self.start.is_none_or(|s| s <= day) && self.end.is_none_or(|e| day <= e)
    }
}

/// A feature's shape in longitude/latitude degrees (x = longitude, y = latitude), as geo types
/// so that `carto::svg_path` and `carto::svg_polyline` draw them directly. Polygons are wound the
/// RFC 7946 way (exterior counter-clockwise, holes clockwise) whatever the file did.
#[derive(Clone, Debug, PartialEq)]
pub enum UserGeometry {
    /// A Point or MultiPoint.
    Points(MultiPoint<f64>),
    /// A LineString or MultiLineString.
    Lines(MultiLineString<f64>),
    /// A Polygon or MultiPolygon.
    Polygons(MultiPolygon<f64>),
}

/// A problem with one feature, naming it.
///
/// ```
/// use rj_atlas::model::{FeatureProblem, UserLayerProblem};
/// let p = UserLayerProblem {
///     index: 2,
///     name: Some("Vladivostok".into()),
///     problem: FeatureProblem::Swapped,
/// };
/// assert_eq!(
///     p.to_string(),
///     "feature “Vladivostok”: coordinates look like [latitude, longitude]; GeoJSON wants [longitude, latitude]"
/// );
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct UserLayerProblem {
    /// The feature's place in the file, from 1.
    pub index: usize,
    /// Its name or id, if it has one (at most 60 characters).
    pub name: Option<String>,
    /// What is wrong.
    pub problem: FeatureProblem,
}

impl UserLayerProblem {
    /// Whether the feature was left out (else it is drawn, and this is a note).
    pub fn skipped(&self) -> bool {
        self.problem.skips_feature()
    }
}

impl fmt::Display for UserLayerProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.name {
            Some(name) => write!(f, "feature “{name}”: {}", self.problem),
            None => write!(f, "feature {}: {}", self.index, self.problem),
        }
    }
}

/// What can be wrong with one feature of a teacher's layer. The messages of the problems that
/// leave a feature out say what is wrong only; [`FeatureProblem::skips_feature`] tells them apart
/// from notes on features drawn anyway, whose messages say what the atlas did instead.
#[derive(Clone, Debug, PartialEq)]
pub enum FeatureProblem {
    /// An entry of `features` that is not a Feature object (what was found). Left out.
    NotAFeature(String),
    /// `geometry` is null or missing. Left out.
    NoGeometry,
    /// A geometry type the atlas does not draw (GeometryCollection, or an unknown one). Left out.
    Unsupported(String),
    /// Coordinates that are not valid GeoJSON (the sentence says which). Left out.
    InvalidGeometry(String),
    /// Coordinates written [latitude, longitude]. Left out: the atlas does not guess.
    Swapped,
    /// Every position lies outside the map's region. Drawn, though not visible.
    OutsideMap,
    /// A `start` or `end` that is not a date (the field and what it held). Drawn in every year.
    BadDate {
        /// `start` or `end`.
        field: &'static str,
        /// What it held, at most 40 characters.
        value: String,
    },
    /// `start` is after `end`. Drawn in every year.
    StartAfterEnd {
        /// The start, as read.
        start: Date,
        /// The end, as read.
        end: Date,
    },
    /// A colour that is not `#rgb` or `#rrggbb`. Drawn in the layer's colour.
    BadColor {
        /// `color`, or the simplestyle `marker-color`, `stroke` or `fill` it came from.
        field: &'static str,
        /// What it held, at most 40 characters.
        value: String,
    },
}

impl FeatureProblem {
    /// Whether this problem leaves the feature out.
    pub fn skips_feature(&self) -> bool {
        matches!(
            self,
            FeatureProblem::NotAFeature(_)
                | FeatureProblem::NoGeometry
                | FeatureProblem::Unsupported(_)
                | FeatureProblem::InvalidGeometry(_)
                | FeatureProblem::Swapped
        )
    }
}

impl fmt::Display for FeatureProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FeatureProblem::NotAFeature(found) => {
                write!(f, "is not a GeoJSON Feature (found {found})")
            }
            FeatureProblem::NoGeometry => f.write_str("has no geometry (null or missing)"),
            FeatureProblem::Unsupported(kind) => write!(
                f,
                "geometry type “{kind}” is not supported (use Point, MultiPoint, LineString, \
                 MultiLineString, Polygon or MultiPolygon)"
            ),
            FeatureProblem::InvalidGeometry(why) => write!(f, "invalid geometry: {why}"),
            FeatureProblem::Swapped => f.write_str(
                "coordinates look like [latitude, longitude]; GeoJSON wants [longitude, latitude]",
            ),
            FeatureProblem::OutsideMap => {
                f.write_str("lies outside the map (115°E–165°E, 20°N–62°N), so it cannot be seen")
            }
            FeatureProblem::BadDate { field, value } => write!(
                f,
                "{field} “{value}” is not a date (YYYY, YYYY-MM or YYYY-MM-DD); shown in every year"
            ),
            FeatureProblem::StartAfterEnd { start, end } => {
                write!(f, "start {start} is after end {end}; shown in every year")
            }
            FeatureProblem::BadColor { field, value } => write!(
                f,
                "{field} “{value}” is not a colour of the form #rgb or #rrggbb; drawn in the \
                 layer’s colour"
            ),
        }
    }
}
