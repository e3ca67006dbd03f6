//! Writes the stripped data (see `build.rs`) as Rust statics of the plain types in
//! `src/data/bundled.rs`: string slices, numbers, and delta-encoded rings as byte strings of
//! zigzag varints. Every
//! problem is a message; `build.rs` turns it into a `compile_error!`.

use serde_json::Value;
use std::fmt::Write;

type Result<T> = std::result::Result<T, String>;

fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn text<'a>(v: &'a Value, key: &str, what: &str) -> Result<&'a str> {
    v.get(key)
        .and_then(Value::as_str)
        .ok_or_else(|| format!("{what}: no “{key}”"))
}

fn id_of<'a>(feature: &'a Value, what: &str) -> Result<&'a str> {
    feature
        .get("id")
        .and_then(Value::as_str)
        .or_else(|| feature["properties"]["id"].as_str())
        .ok_or_else(|| format!("{what}: a feature without an id"))
}

/// `[en, th, ru, ja]`, "" where a language is missing. The first-load core (built without the
/// `full` feature) carries English only: it reads the other languages from `lang/*.txt` (see
/// `src/i18n/table.rs`).
fn names(v: &Value) -> String {
    let get = |k: &str| lit(v.get(k).and_then(Value::as_str).unwrap_or(""));
    if std::env::var_os("CARGO_FEATURE_FULL").is_none() {
        return format!("[{},\"\",\"\",\"\"]", get("en"));
    }
    format!("[{},{},{},{}]", get("en"), get("th"), get("ru"), get("ja"))
}

fn strs(v: &Value) -> String {
    let items: Vec<String> = v
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(lit)
        .collect();
    format!("&[{}]", items.join(","))
}

/// `YYYY-MM-DD` as the number YYYYMMDD; 0 for none.
fn date(v: &Value, what: &str) -> Result<u32> {
    let Some(s) = v.as_str() else {
        return Ok(0);
    };
    let parts: Vec<u32> = s.split('-').filter_map(|p| p.parse().ok()).collect();
    match parts[..] {
        [y, m, d] => Ok(y * 10_000 + m * 100 + d),
        _ => Err(format!("{what}: “{s}” is not a date")),
    }
}

fn point(v: &Value, what: &str) -> Result<String> {
    match (
        v.get(0).and_then(Value::as_f64),
        v.get(1).and_then(Value::as_f64),
    ) {
        (Some(x), Some(y)) => Ok(format!("({x:?},{y:?})")),
        _ => Err(format!("{what}: not a point")),
    }
}

fn option_point(v: Option<&Value>, what: &str) -> Result<String> {
    match v.filter(|v| !v.is_null()) {
        Some(v) => Ok(format!("Some({})", point(v, what)?)),
        None => Ok("None".into()),
    }
}

fn variant(name: &str, what: &str) -> Result<String> {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) if name.chars().all(|c| c.is_ascii_lowercase()) => {
            Ok(format!("{}{}", first.to_ascii_uppercase(), chars.as_str()))
        }
        _ => Err(format!("{what}: “{name}” is not a known value")),
    }
}

/// `n` as a zigzag LEB128 varint: seven bits a byte, the sign in the lowest bit, so the small
/// deltas of a ring (a few thousandths of a degree) take one byte each instead of an `i32`'s
/// four — about 3 KB less of the first load's gzip.
fn varint(n: i64, out: &mut String) {
    let mut z = ((n << 1) ^ (n >> 63)) as u64;
    loop {
        let byte = (z & 0x7f) as u8;
        z >>= 7;
        let byte = if z == 0 { byte } else { byte | 0x80 };
        let _ = write!(out, "\\x{byte:02x}");
        if z == 0 {
            return;
        }
    }
}

/// A delta-encoded Polygon or MultiPolygon as `&[polygon: &[ring: b"x0 y0 dx dy …"]]`, each
/// number a varint ([`varint`]).
fn shape(geometry: &Value, what: &str) -> Result<String> {
    let polygon = |rings: &Value| -> Result<String> {
        let mut out = Vec::new();
        for ring in rings.as_array().ok_or(format!("{what}: bad rings"))? {
            let mut bytes = String::new();
            for p in ring.as_array().ok_or(format!("{what}: bad ring"))? {
                for c in [&p[0], &p[1]] {
                    let n = c
                        .as_i64()
                        .ok_or(format!("{what}: rings are not delta-encoded"))?;
                    varint(n, &mut bytes);
                }
            }
            out.push(format!("b\"{bytes}\""));
        }
        Ok(format!("&[{}]", out.join(",")))
    };
    let coordinates = &geometry["coordinates"];
    let polygons = match geometry["type"].as_str() {
        Some("Polygon") => vec![polygon(coordinates)?],
        Some("MultiPolygon") => coordinates
            .as_array()
            .into_iter()
            .flatten()
            .map(polygon)
            .collect::<Result<_>>()?,
        other => return Err(format!("{what}: {other:?} is not an area")),
    };
    Ok(format!("&[{}]", polygons.join(",")))
}

fn features(value: &Value) -> &[Value] {
    value["features"].as_array().map_or(&[], Vec::as_slice)
}

fn polities(v: &Value, out: &mut String) -> Result<()> {
    out.push_str("pub static POLITIES: &[RawPolity] = &[\n");
    for p in v["polities"].as_array().into_iter().flatten() {
        let id = text(p, "id", "polity")?;
        writeln!(
            out,
            "RawPolity{{id:{},names:{},colour:{}}},",
            lit(id),
            names(&p["names"]),
            lit(text(p, "colour", id)?)
        )
        .map_err(|e| e.to_string())?;
    }
    out.push_str("];\n");
    Ok(())
}

fn territories(v: &Value, out: &mut String) -> Result<()> {
    out.push_str("pub static TERRITORIES: &[RawTerritory] = &[\n");
    for f in features(v) {
        let id = id_of(f, "territory")?;
        let props = &f["properties"];
        let mut periods = String::new();
        for p in props["periods"].as_array().into_iter().flatten() {
            write!(
                periods,
                "RawPeriod{{from:{},to:{},controllers:{},status:Status::{},sovereign:{},claimed_by:{},event:{}}},",
                date(&p["from"], id)?,
                date(&p["to"], id)?,
                strs(&p["controllers"]),
                variant(text(p, "status", id)?, id)?,
                strs(&p["sovereign"]),
                strs(&p["claimed_by"]),
                lit(p["event"].as_str().unwrap_or("")),
            )
            .map_err(|e| e.to_string())?;
        }
        writeln!(
            out,
            "RawTerritory{{id:{},names:{},periods:&[{periods}],shape:{},label:{},area:{:?}}},",
            lit(id),
            names(&props["names"]),
            shape(&f["geometry"], id)?,
            option_point(props.get("label"), id)?,
            props["area"].as_f64().unwrap_or(0.0),
        )
        .map_err(|e| e.to_string())?;
    }
    out.push_str("];\n");
    Ok(())
}

fn context(v: &Value, out: &mut String) -> Result<()> {
    out.push_str("pub static CONTEXT: &[RawLand] = &[\n");
    for f in features(v) {
        let id = id_of(f, "context land")?;
        writeln!(
            out,
            "RawLand{{id:{},names:{},shape:{}}},",
            lit(id),
            names(&f["properties"]["names"]),
            shape(&f["geometry"], id)?
        )
        .map_err(|e| e.to_string())?;
    }
    out.push_str("];\n");
    Ok(())
}

fn places(v: &Value, out: &mut String) -> Result<()> {
    out.push_str("pub static PLACES: &[RawPlace] = &[\n");
    for f in features(v) {
        let id = id_of(f, "place")?;
        let props = &f["properties"];
        writeln!(
            out,
            "RawPlace{{id:{},names:{},location:{},rank:{}}},",
            lit(id),
            names(&props["names"]),
            point(&f["geometry"]["coordinates"], id)?,
            props["rank"].as_u64().unwrap_or(9)
        )
        .map_err(|e| e.to_string())?;
    }
    out.push_str("];\n");
    Ok(())
}

fn events(v: &Value, out: &mut String) -> Result<()> {
    out.push_str("pub static EVENTS: &[RawEvent] = &[\n");
    for f in features(v) {
        let id = id_of(f, "event")?;
        let p = &f["properties"];
        let off_map = p["off_map"].as_bool().unwrap_or(false);
        writeln!(
            out,
            "RawEvent{{id:{},kind:{},layer:EventLayer::{},date:{},end:{},names:{},location:{},anchor:{}}},",
            lit(id),
            lit(text(p, "kind", id)?),
            variant(text(p, "layer", id)?, id)?,
            date(&p["date"], id)?,
            date(&p["end"], id)?,
            names(&p["names"]),
            point(&f["geometry"]["coordinates"], id)?,
            if off_map { option_point(p.get("anchor"), id)? } else { "None".into() },
        )
        .map_err(|e| e.to_string())?;
    }
    out.push_str("];\n");
    Ok(())
}

fn sisters(v: &Value, out: &mut String) -> Result<()> {
    out.push_str("pub static SISTER_PAIRS: &[RawSisterPair] = &[\n");
    for f in features(v) {
        let id = id_of(f, "sister-city pair")?;
        let p = &f["properties"];
        let ends = &f["geometry"]["coordinates"];
        let city = |c: &Value, at: &Value| -> Result<String> {
            Ok(format!(
                "RawCity{{id:{},names:{},location:{}}}",
                lit(text(c, "id", id)?),
                names(&c["names"]),
                point(at, id)?
            ))
        };
        writeln!(
            out,
            "RawSisterPair{{id:{},russian:{},japanese:{},since:{},precision:{},kind:{}}},",
            lit(id),
            city(&p["russian"], &ends[0])?,
            city(&p["japanese"], &ends[1])?,
            date(&p["since"], id)?,
            lit(p["precision"].as_str().unwrap_or("day")),
            lit(text(p, "kind", id)?),
        )
        .map_err(|e| e.to_string())?;
    }
    out.push_str("];\n");
    Ok(())
}

fn trade(v: &Value, out: &mut String) -> Result<()> {
    writeln!(
        out,
        "pub static TRADE_UNIT: &str = {};",
        lit(text(v, "unit", "trade.json")?)
    )
    .map_err(|e| e.to_string())?;
    out.push_str("pub static TRADE: &[RawTrade] = &[\n");
    for f in v["series"].as_array().into_iter().flatten() {
        let (Some(year), Some(value)) = (f["year"].as_i64(), f["value"].as_f64()) else {
            return Err("trade.json: a figure without a year or value".into());
        };
        let sources: Vec<String> = f["sources"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|s| {
                let get = |k: &str| lit(s.get(k).and_then(Value::as_str).unwrap_or(""));
                format!("({},{},{})", get("title"), get("url"), get("publication"))
            })
            .collect();
        writeln!(
            out,
            "RawTrade{{year:{year},value:{value:?},period:{},sources:&[{}]}},",
            lit(f["period"].as_str().unwrap_or("year")),
            sources.join(",")
        )
        .map_err(|e| e.to_string())?;
    }
    out.push_str("];\n");
    Ok(())
}

/// The Rust source of every static, from the stripped files by bundled name.
pub fn write(values: &[(&str, Value)]) -> Result<String> {
    let get = |name: &str| {
        values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v)
            .ok_or_else(|| format!("{name} is missing"))
    };
    let mut out = String::from("// Written by build.rs from geodata/: do not edit.\n");
    polities(get("polities.json")?, &mut out)?;
    territories(get("territories.geojson")?, &mut out)?;
    context(get("context.geojson")?, &mut out)?;
    places(get("places.geojson")?, &mut out)?;
    events(get("events.geojson")?, &mut out)?;
    sisters(get("sister-cities.geojson")?, &mut out)?;
    trade(get("trade.json")?, &mut out)?;
    Ok(out)
}
