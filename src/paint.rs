//! How a territory is painted in a period: the fill in its (first) holder's colour, the stripes
//! that show a second holder or a claimant, and the class that marks rule short of sovereignty.
//! The live map (`ui::territory_layer`) and the still map baked into `index.html`
//! ([`crate::still_map`]) both paint with these, so the picture a reader sees before the app
//! starts is the one it then draws.

use crate::model::{Atlas, Period, Status};

/// The fill of land nobody in the atlas holds in that period.
pub const UNHELD_FILL: &str = "#d9d4c7";

/// The fill of a territory in a period: the (first) controller's colour.
pub fn fill(atlas: &Atlas, period: Option<&Period>) -> String {
    period
        .and_then(|p| p.controllers.first())
        .and_then(|id| atlas.polity(id))
        .map_or_else(|| UNHELD_FILL.to_string(), |p| p.colour.clone())
}

/// Stripes over a territory's fill: the fill alone would show land two states held as the
/// first one's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Stripes<'a> {
    /// Wide stripes in the second holder's colour, where two states held the land together
    /// (joint rule, as Sakhalin 1855–75, or split occupation, as Manchuria 1904–07).
    Joint(&'a str),
    /// Thin stripes in the (first) claimant's colour over land another holds.
    Claim(&'a str),
}

impl Stripes<'_> {
    /// The id of the `<pattern>` that draws them (`joint-ID`, `claim-ID`).
    pub fn pattern_id(&self) -> String {
        match self {
            Stripes::Joint(id) => format!("joint-{id}"),
            Stripes::Claim(id) => format!("claim-{id}"),
        }
    }
}

/// Width of a joint-rule stripe in its 9-unit pattern tile.
pub const JOINT_STRIPE_WIDTH: &str = "4.5";
/// Width of a claim stripe in its 9-unit pattern tile.
pub const CLAIM_STRIPE_WIDTH: &str = "2.6";

/// The stripes of a period, if any.
pub fn stripes(period: Option<&Period>) -> Option<Stripes<'_>> {
    let p = period?;
    match p.controllers.get(1) {
        Some(second) => Some(Stripes::Joint(second)),
        None => p.claimed_by.first().map(|c| Stripes::Claim(c)),
    }
}

/// The stripes' paint for the hatch path's `fill`: `url(#joint-ID)`, `url(#claim-ID)` or
/// `none`.
pub fn hatch(period: Option<&Period>) -> String {
    stripes(period).map_or_else(
        || "none".to_string(),
        |s| format!("url(#{})", s.pattern_id()),
    )
}

/// The CSS classes of a territory element: `non-sovereign` draws a dashed outline for rule
/// short of sovereignty (joint, leased, occupied, …).
pub fn class(period: Option<&Period>) -> &'static str {
    if period.is_some_and(|p| p.status != Status::Sovereign) {
        "territory non-sovereign"
    } else {
        "territory"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;

    #[test]
    fn southern_sakhalin_in_1905_is_japanese_and_unstriped() {
        let atlas = crate::data::bundled().expect("bundled data");
        let t = atlas.territory("sakhalin-south").expect("sakhalin-south");
        let p = t.period_at(Date::end_of_year(1905));
        let japan = atlas.polity("japan").expect("japan");
        assert_eq!(fill(&atlas, p), japan.colour);
        assert_eq!(hatch(p), "none");
        assert_eq!(class(p), "territory");
    }

    #[test]
    fn sakhalin_under_joint_rule_is_striped_in_the_second_holders_colour() {
        let atlas = crate::data::bundled().expect("bundled data");
        let t = atlas.territory("sakhalin-south").expect("sakhalin-south");
        let p = t.period_at(Date::end_of_year(1870));
        assert_eq!(p.map(|p| p.controllers.len()), Some(2));
        assert!(hatch(p).starts_with("url(#joint-"), "{}", hatch(p));
        assert_eq!(class(p), "territory non-sovereign");
    }

    #[test]
    fn the_southern_kurils_after_1945_carry_japans_claim() {
        let atlas = crate::data::bundled().expect("bundled data");
        let t = atlas.territory("iturup").expect("iturup");
        assert_eq!(
            hatch(t.period_at(Date::end_of_year(2000))),
            "url(#claim-japan)"
        );
    }
}
