//! `lod/detail.bin` for the dist: the territories and context land at the full Natural Earth
//! 10 m detail of `geodata/*.geojson` (about 100 KB), which the app fetches when the reader
//! zooms in (see `src/data/lod.rs` for the format). An intermediate level simplified to 500 m
//! was tried and dropped: it saved 13 % of the bytes.

use anyhow::{Context, Result};
use geo::{Coord, LineString, MultiPolygon, Polygon};
use serde_json::Value;
use std::path::Path;

fn varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn signed(out: &mut Vec<u8>, v: i64) {
    varint(out, ((v << 1) ^ (v >> 63)) as u64);
}

fn ring(points: &Value) -> LineString<f64> {
    LineString::new(
        points
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| {
                Some(Coord {
                    x: p[0].as_f64()?,
                    y: p[1].as_f64()?,
                })
            })
            .collect(),
    )
}

fn shape(geometry: &Value) -> MultiPolygon<f64> {
    let polygon = |rings: &Value| {
        let rings: Vec<LineString<f64>> =
            rings.as_array().into_iter().flatten().map(ring).collect();
        let (outer, holes) = rings.split_first()?;
        Some(Polygon::new(outer.clone(), holes.to_vec()))
    };
    match geometry["type"].as_str() {
        Some("Polygon") => MultiPolygon(polygon(&geometry["coordinates"]).into_iter().collect()),
        Some("MultiPolygon") => MultiPolygon(
            geometry["coordinates"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(polygon)
                .collect(),
        ),
        _ => MultiPolygon(vec![]),
    }
}

fn encode(shapes: &[(String, MultiPolygon<f64>)]) -> Vec<u8> {
    let mut out = b"RJL1".to_vec();
    varint(&mut out, shapes.len() as u64);
    for (id, shape) in shapes {
        varint(&mut out, id.len() as u64);
        out.extend_from_slice(id.as_bytes());
        varint(&mut out, shape.0.len() as u64);
        for polygon in &shape.0 {
            let rings: Vec<&LineString<f64>> = std::iter::once(polygon.exterior())
                .chain(polygon.interiors())
                .collect();
            varint(&mut out, rings.len() as u64);
            for ring in rings {
                varint(&mut out, ring.0.len() as u64);
                let (mut lx, mut ly) = (0i64, 0i64);
                for c in &ring.0 {
                    let (x, y) = (
                        (c.x * 10_000.0).round() as i64,
                        (c.y * 10_000.0).round() as i64,
                    );
                    signed(&mut out, x - lx);
                    signed(&mut out, y - ly);
                    (lx, ly) = (x, y);
                }
            }
        }
    }
    out
}

fn read(root: &Path, file: &str) -> Result<Vec<(String, MultiPolygon<f64>)>> {
    let text =
        std::fs::read_to_string(root.join(file)).with_context(|| format!("reading {file}"))?;
    let value: Value = serde_json::from_str(&text).with_context(|| format!("parsing {file}"))?;
    Ok(value["features"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| {
            let id = f["id"].as_str().or(f["properties"]["id"].as_str())?;
            Some((id.to_string(), shape(&f["geometry"])))
        })
        .collect())
}

/// Writes `lod/detail.bin` into `out`.
pub fn write(root: &Path, out: &Path) -> Result<()> {
    let mut shapes = read(root, "geodata/territories.geojson")?;
    shapes.extend(read(root, "geodata/context.geojson")?);
    let dir = out.join("lod");
    std::fs::create_dir_all(&dir).context("creating lod/")?;
    std::fs::write(dir.join("detail.bin"), encode(&shapes)).context("writing lod/detail.bin")
}
