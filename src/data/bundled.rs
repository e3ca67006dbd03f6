//! The app's copy of the data as Rust statics, written by `build.rs` from the same stripped
//! files as the JSON copy ([`super::BUNDLED`]). The WebAssembly build reads this one: plain
//! slices and numbers need no JSON parser, which keeps about 45 KB gzip of parsing code out of
//! the first load and the parsing out of the time to first paint. The data were validated when
//! the files were (natively, by the tests), and a test checks that both copies give the same
//! atlas.

use crate::i18n::table::NameKind;
use crate::model::{
    Atlas, Date, Event, EventLayer, Land, Lang, Localized, Period, Place, Polity, SisterCity,
    SisterPair, Source, Status, Territory, TradeFigure, TradeSeries,
};
use geo::{Coord, LineString, MultiPolygon, Polygon};

/// Names as `[en, th, ru, ja]`, "" where a language is missing.
type Names = [&'static str; 4];
/// Polygons → rings → `x0 y0 dx dy …` in thousandths of a degree, each a zigzag varint.
type Shape = &'static [&'static [&'static [u8]]];

/// A polity.
pub struct RawPolity {
    id: &'static str,
    names: Names,
    colour: &'static str,
}

/// A period of control; dates as YYYYMMDD, 0 for none; "" for no event.
pub struct RawPeriod {
    from: u32,
    to: u32,
    controllers: &'static [&'static str],
    status: Status,
    sovereign: &'static [&'static str],
    claimed_by: &'static [&'static str],
    event: &'static str,
}

/// A territory.
pub struct RawTerritory {
    id: &'static str,
    names: Names,
    periods: &'static [RawPeriod],
    shape: Shape,
    label: Option<(f64, f64)>,
    area: f64,
}

/// Context land.
pub struct RawLand {
    id: &'static str,
    names: Names,
    shape: Shape,
}

/// A city label.
pub struct RawPlace {
    id: &'static str,
    names: Names,
    location: (f64, f64),
    rank: u8,
}

/// An event.
pub struct RawEvent {
    id: &'static str,
    kind: &'static str,
    layer: EventLayer,
    date: u32,
    end: u32,
    names: Names,
    location: (f64, f64),
    anchor: Option<(f64, f64)>,
}

/// One city of a pair.
pub struct RawCity {
    id: &'static str,
    names: Names,
    location: (f64, f64),
}

/// A sister-city pair.
pub struct RawSisterPair {
    id: &'static str,
    russian: RawCity,
    japanese: RawCity,
    since: u32,
    precision: &'static str,
    kind: &'static str,
}

/// A trade figure; sources as `(title, url, publication)`, "" where absent.
pub struct RawTrade {
    year: i32,
    value: f64,
    period: &'static str,
    sources: &'static [(&'static str, &'static str, &'static str)],
}

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

fn trade() -> TradeSeries {
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    TradeSeries {
        unit: TRADE_UNIT.into(),
        series: TRADE
            .iter()
            .map(|t| TradeFigure {
                year: t.year,
                value: t.value,
                period: t.period.into(),
                sources: t
                    .sources
                    .iter()
                    .map(|&(title, url, publication)| Source {
                        title: title.into(),
                        url: some(url),
                        publication: some(publication),
                    })
                    .collect(),
                note: None,
            })
            .collect(),
    }
}

/// The names of the `kind` `id`: the bundled ones, else (in the core, which bundles English
/// only) those of the languages whose table is installed.
fn names(kind: NameKind, id: &str, n: &Names) -> Localized {
    let get = |lang: Lang, s: &str| {
        let bundled = (!s.is_empty()).then_some(s);
        bundled
            .or_else(|| crate::i18n::installed_name(lang, kind, id))
            .map(String::from)
    };
    Localized {
        en: n[0].to_string(),
        th: get(Lang::Th, n[1]),
        ru: get(Lang::Ru, n[2]),
        ja: get(Lang::Ja, n[3]),
    }
}

fn date(n: u32) -> Option<Date> {
    (n != 0)
        .then(|| Date::new_unchecked((n / 10_000) as i32, (n / 100 % 100) as u8, (n % 100) as u8))
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// The numbers of a ring: zigzag LEB128 varints (`codegen/rust_statics.rs` writes them).
fn varints(bytes: &[u8]) -> impl Iterator<Item = i64> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let (mut z, mut shift) = (0u64, 0u32);
        loop {
            let byte = *bytes.get(at)?;
            at += 1;
            z |= u64::from(byte & 0x7f).checked_shl(shift)?;
            if byte & 0x80 == 0 {
                break;
            }
            shift += 7;
        }
        Some((z >> 1) as i64 ^ -((z & 1) as i64))
    })
}

fn ring(bytes: &[u8]) -> LineString<f64> {
    let mut numbers = varints(bytes);
    let (mut x, mut y) = (0i64, 0i64);
    LineString::new(
        std::iter::from_fn(|| {
            x += numbers.next()?;
            y += numbers.next()?;
            Some(Coord {
                x: x as f64 / 1000.0,
                y: y as f64 / 1000.0,
            })
        })
        .collect(),
    )
}

fn shape(s: Shape) -> MultiPolygon<f64> {
    MultiPolygon(
        s.iter()
            .filter_map(|rings| {
                let (outer, holes) = rings.split_first()?;
                Some(Polygon::new(
                    ring(outer),
                    holes.iter().map(|h| ring(h)).collect(),
                ))
            })
            .collect(),
    )
}

/// The atlas of the statics, in the order and form the JSON loader gives.
pub fn atlas() -> Atlas {
    let polities = POLITIES
        .iter()
        .map(|p| Polity {
            id: p.id.into(),
            names: names(NameKind::Polity, p.id, &p.names),
            colour: p.colour.into(),
            from: None,
            to: None,
            sources: Vec::new(),
        })
        .collect();
    let territories = TERRITORIES
        .iter()
        .map(|t| Territory {
            id: t.id.into(),
            names: names(NameKind::Territory, t.id, &t.names),
            extent: String::new(),
            periods: t
                .periods
                .iter()
                .map(|p| Period {
                    from: date(p.from).unwrap_or(Date::start_of_year(1855)),
                    to: date(p.to),
                    controllers: strings(p.controllers),
                    status: p.status,
                    sovereign: strings(p.sovereign),
                    claimed_by: strings(p.claimed_by),
                    event: (!p.event.is_empty()).then(|| p.event.to_string()),
                    basis: Localized::default(),
                    sources: Vec::new(),
                    note: None,
                })
                .collect(),
            geometry: shape(t.shape),
            label: t.label,
            area: t.area,
        })
        .collect();
    let context = CONTEXT
        .iter()
        .map(|l| Land {
            id: l.id.into(),
            names: names(NameKind::Land, l.id, &l.names),
            geometry: shape(l.shape),
        })
        .collect();
    let mut places: Vec<Place> = PLACES
        .iter()
        .map(|p| Place {
            id: p.id.into(),
            names: names(NameKind::Place, p.id, &p.names),
            location: p.location,
            rank: p.rank,
        })
        .collect();
    super::places::in_order(&mut places);
    let mut events: Vec<Event> = EVENTS
        .iter()
        .map(|e| Event {
            id: e.id.into(),
            kind: e.kind.into(),
            layer: e.layer,
            date: date(e.date).unwrap_or(Date::start_of_year(1855)),
            end: date(e.end),
            julian: None,
            names: names(NameKind::Event, e.id, &e.names),
            place: Localized::default(),
            description: Localized::default(),
            location: e.location,
            anchor: e.anchor,
            sources: Vec::new(),
            note: None,
        })
        .collect();
    super::events::in_order(&mut events);
    let city = |c: &RawCity| SisterCity {
        id: c.id.into(),
        names: names(NameKind::City, c.id, &c.names),
        location: c.location,
    };
    let mut sister_pairs: Vec<SisterPair> = SISTER_PAIRS
        .iter()
        .map(|p| SisterPair {
            id: p.id.into(),
            russian: city(&p.russian),
            japanese: city(&p.japanese),
            since: date(p.since).unwrap_or(Date::start_of_year(1855)),
            precision: p.precision.into(),
            kind: p.kind.into(),
            sources: Vec::new(),
            note: None,
        })
        .collect();
    super::sisters::in_order(&mut sister_pairs);
    Atlas {
        polities,
        territories,
        context,
        places,
        events,
        sister_pairs,
        trade: Some(trade()),
    }
}

#[cfg(test)]
mod tests {
    use super::varints;

    #[test]
    fn reads_zigzag_varints() {
        let read = |bytes: &[u8]| varints(bytes).collect::<Vec<_>>();
        assert_eq!(read(b"\x00\x01\x02\x03\xfe\x01"), [0, -1, 1, -2, 127]);
        // 163610 thousandths (a first longitude) in three bytes.
        assert_eq!(read(b"\xb4\xfc\x13"), [163_610]);
        // A last byte that says more follows: the ring ends there.
        assert_eq!(read(b"\x04\x80"), [2]);
    }
}
