//! The still map: the whole-region map of one year as SVG markup, which `cargo xtask dist`
//! writes into `index.html`. A reader then sees the map as soon as the page is parsed, while the
//! wasm app loads and starts (about a second at 4× CPU throttling, the school-laptop profile of
//! issue 8), as Datawrapper ships a static render of each chart before its script runs. The app
//! replaces it when it mounts; `www/loading.js` shows it only when the URL asks for nothing
//! the still map does not show (another year, a view, a selection), so it never shows a wrong
//! year.
//!
//! It is drawn from the same data, projection and paint as the live map ([`Viewport::whole_region`],
//! [`crate::paint`]) and carries the same DOM contract (`data-territory`, `data-controller`,
//! `data-status`, `data-claimed-by`), so a lesson's CSS styles it too. To stay small (a few KB
//! of the 300 KB gzip first-load budget) the shapes are simplified for the screen — the map is
//! 1000 units wide and shown at most about that many pixels wide — and written in whole units,
//! relative (`l3 -2`); the live map then draws them with a tenth of a unit.

use crate::carto::{graticule, Viewport, MAP_HEIGHT, MAP_WIDTH};
use crate::data::REGION;
use crate::markup::escape;
use crate::model::{Atlas, Date};
use crate::paint::{self, Stripes};
use geo::{Coord, LineString, MultiPolygon, Simplify};
use std::fmt::Write;

/// How far (user units) a simplified edge may stray from the projected one: under half a
/// pixel wherever the map is shown at most 2000 px wide.
const TOLERANCE: f64 = 0.5;

/// Writes `ring` (projected) as one subpath in whole units, relative after the first point;
/// nothing when it rounds to fewer than three points (a rock smaller than a unit, about 4 km).
fn push_ring(out: &mut String, ring: &LineString<f64>, view: &Viewport, close: bool) {
    let projected: LineString<f64> = ring
        .coords()
        .map(|c| {
            let (x, y) = view.to_screen(c.x, c.y);
            Coord { x, y }
        })
        .collect();
    let simple = projected.simplify(TOLERANCE);
    let mut points: Vec<(i64, i64)> = Vec::with_capacity(simple.0.len());
    for c in simple.coords() {
        let p = (c.x.round() as i64, c.y.round() as i64);
        if points.last() != Some(&p) {
            points.push(p);
        }
    }
    if close && points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    if points.len() < if close { 3 } else { 2 } {
        return;
    }
    let (mut x, mut y) = points[0];
    let _ = write!(out, "M{x} {y}l");
    for (i, &(px, py)) in points[1..].iter().enumerate() {
        let (dx, dy) = (px - x, py - y);
        if i > 0 && dx >= 0 {
            out.push(' ');
        }
        let _ = write!(out, "{dx}");
        if dy >= 0 {
            out.push(' ');
        }
        let _ = write!(out, "{dy}");
        (x, y) = (px, py);
    }
    if close {
        out.push('z');
    }
}

fn shape_path(shape: &MultiPolygon<f64>, view: &Viewport) -> String {
    let mut d = String::new();
    for polygon in &shape.0 {
        push_ring(&mut d, polygon.exterior(), view, true);
        for hole in polygon.interiors() {
            push_ring(&mut d, hole, view, true);
        }
    }
    d
}

/// The still map of the atlas on 31 December of `year`: one `<svg class="map">`, hidden from
/// assistive technology (the page's loading status speaks for it).
pub fn svg(atlas: &Atlas, year: i32) -> String {
    let view = Viewport::whole_region();
    let date = Date::end_of_year(year);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="map" viewBox="0 0 {MAP_WIDTH} {MAP_HEIGHT}" preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false" data-still-year="{year}"><rect class="sea" x="0" y="0" width="{MAP_WIDTH}" height="{MAP_HEIGHT}"/>"#
    );
    let periods: Vec<_> = atlas
        .territories
        .iter()
        .map(|t| t.period_at(date))
        .collect();
    // Only the stripe patterns this year uses.
    let mut used: Vec<Stripes> = periods.iter().filter_map(|p| paint::stripes(*p)).collect();
    used.sort_by_key(Stripes::pattern_id);
    used.dedup();
    out.push_str("<defs>");
    for stripes in &used {
        let (kind, polity, width) = match stripes {
            Stripes::Joint(id) => ("joint", id, paint::JOINT_STRIPE_WIDTH),
            Stripes::Claim(id) => ("claim", id, paint::CLAIM_STRIPE_WIDTH),
        };
        let colour = atlas
            .polity(polity)
            .map_or(paint::UNHELD_FILL, |p| &p.colour);
        let _ = write!(
            out,
            r#"<pattern id="{}" class="{kind}-pattern" patternUnits="userSpaceOnUse" width="9" height="9" patternTransform="rotate(45)"><rect x="0" y="0" width="{width}" height="9" fill="{}"/></pattern>"#,
            escape(&stripes.pattern_id()),
            escape(colour)
        );
    }
    out.push_str(r#"</defs><g class="zoom-layer"><g class="graticule">"#);
    for line in graticule(REGION.west, REGION.south, REGION.east, REGION.north, 5.0) {
        let mut d = String::new();
        push_ring(&mut d, &line, &view, false);
        if !d.is_empty() {
            let _ = write!(out, r#"<path d="{d}"/>"#);
        }
    }
    out.push_str(r#"</g><g class="context">"#);
    for land in &atlas.context {
        let _ = write!(
            out,
            r#"<path class="land" data-land="{}" d="{}"/>"#,
            escape(&land.id),
            shape_path(&land.geometry, &view)
        );
    }
    out.push_str(r#"</g><g class="territories">"#);
    let mut hatches = String::new();
    for (t, period) in atlas.territories.iter().zip(&periods) {
        let d = shape_path(&t.geometry, &view);
        let join = |ids: Option<&Vec<String>>| ids.map(|v| v.join(" ")).unwrap_or_default();
        let _ = write!(
            out,
            r#"<path class="{}" d="{d}" fill="{}" data-territory="{}" data-controller="{}" data-status="{}" data-claimed-by="{}"/>"#,
            paint::class(*period),
            escape(&paint::fill(atlas, *period)),
            escape(&t.id),
            escape(&join(period.map(|p| &p.controllers))),
            period.map_or("", |p| p.status.id()),
            escape(&join(period.map(|p| &p.claimed_by))),
        );
        if let Some(stripes) = paint::stripes(*period) {
            let _ = write!(
                hatches,
                r#"<path class="claim-hatch" d="{d}" fill="url(#{})"/>"#,
                escape(&stripes.pattern_id())
            );
        }
    }
    let _ = write!(out, r#"</g><g class="claims">{hatches}</g></g></svg>"#);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn atlas() -> Atlas {
        crate::data::bundled().expect("bundled data")
    }

    /// The `data-*` attribute `name` of the territory `id` in `svg`.
    fn attribute(svg: &str, id: &str, name: &str) -> Option<String> {
        let at = svg.find(&format!(r#"data-territory="{id}""#))?;
        let start = svg[..at].rfind("<path")?;
        let end = at + svg[at..].find("/>")?;
        let element = &svg[start..end];
        let value = element.split(&format!(r#"{name}=""#)).nth(1)?;
        Some(value[..value.find('"')?].to_string())
    }

    #[test]
    fn every_territory_is_drawn_once_with_the_years_controller() {
        let atlas = atlas();
        let svg = svg(&atlas, 1905);
        for t in &atlas.territories {
            assert_eq!(
                svg.matches(&format!(r#"data-territory="{}""#, t.id))
                    .count(),
                1,
                "{}",
                t.id
            );
            let d = attribute(&svg, &t.id, "d").unwrap_or_default();
            assert!(d.starts_with('M') && d.len() > 8, "{}: {d}", t.id);
        }
        assert_eq!(
            attribute(&svg, "sakhalin-south", "data-controller").as_deref(),
            Some("japan")
        );
        assert_eq!(
            attribute(&svg, "sakhalin-north", "data-controller").as_deref(),
            Some("russian-empire")
        );
        let in_1904 = super::svg(&atlas, 1904);
        assert_eq!(
            attribute(&in_1904, "sakhalin-south", "data-controller").as_deref(),
            Some("russian-empire")
        );
    }

    #[test]
    fn claims_and_joint_rule_are_striped_with_their_patterns() {
        let atlas = atlas();
        let svg = svg(&atlas, 2014);
        assert!(svg.contains(r#"<pattern id="claim-japan""#));
        assert!(svg.contains(r#"fill="url(#claim-japan)""#));
        assert_eq!(
            attribute(&svg, "iturup", "data-claimed-by").as_deref(),
            Some("japan")
        );
        let joint = super::svg(&atlas, 1870);
        assert!(joint.contains(r#"fill="url(#joint-"#));
    }

    #[test]
    fn the_still_map_lies_where_the_live_map_draws() {
        // The same projection: Hokkaido's main island starts where the live map puts it.
        let atlas = atlas();
        let t = atlas.territory("hokkaido").expect("hokkaido");
        let main = t
            .geometry
            .0
            .iter()
            .max_by_key(|p| p.exterior().0.len())
            .expect("a polygon");
        let first = main.exterior().0[0];
        let (x, y) = Viewport::whole_region().to_screen(first.x, first.y);
        let d = attribute(&svg(&atlas, 1905), "hokkaido", "d").expect("hokkaido's path");
        let start = format!("M{} {}l", x.round(), y.round());
        assert!(d.contains(&start), "{start} in {d}");
    }

    #[test]
    fn the_still_map_is_small() {
        // Raw bytes; gzip takes this to about a third. The first-load budget is 300 KB gzip.
        let svg = svg(&atlas(), 1905);
        assert!(svg.len() < 60_000, "{} bytes", svg.len());
    }

    #[test]
    fn relative_steps_add_up_to_the_rounded_points() {
        let view = Viewport::whole_region();
        let ring = LineString::from(vec![
            (140.0, 40.0),
            (142.0, 40.0),
            (142.0, 42.0),
            (140.0, 40.0),
        ]);
        let mut d = String::new();
        push_ring(&mut d, &ring, &view, true);
        let (mut x, mut y) = view.to_screen(140.0, 40.0);
        (x, y) = (x.round(), y.round());
        let steps: Vec<f64> = d[d.find('l').expect("l") + 1..d.len() - 1]
            .replace('-', " -")
            .split_whitespace()
            .map(|n| n.parse().expect("a number"))
            .collect();
        assert_eq!(steps.len(), 4, "{d}");
        let (x2, y2) = view.to_screen(142.0, 42.0);
        assert_eq!(
            (x + steps[0] + steps[2], y + steps[1] + steps[3]),
            (x2.round(), y2.round())
        );
        assert!(d.ends_with('z'));
    }
}
