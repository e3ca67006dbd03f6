//! The territories. Drawn once; a new year or language only rewrites the attributes that
//! changed (colour, `data-controller`, `data-status`, `data-claimed-by`, accessible name), straight
//! on the elements: a year change then costs a few attribute writes per territory that changed
//! hands, not a re-render of the map.

use super::map::{accessible_name, MapGeometry};
use super::shared::Shared;
use crate::model::{Atlas, Date, Lang};
use crate::paint;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

/// What a territory looks like on a day.
#[derive(Clone, PartialEq)]
pub struct TerritoryStyle {
    /// Fill colour.
    pub fill: String,
    /// `data-controller`.
    pub controllers: String,
    /// `data-status`.
    pub status: &'static str,
    /// `data-claimed-by`.
    pub claimed: String,
    /// CSS class list.
    pub class: &'static str,
    /// Accessible name and tooltip.
    pub label: String,
    /// The stripes over the fill: `url(#joint-ID)`, wide stripes in the second holder's colour
    /// where two states held the land together (joint rule, as Sakhalin 1855–75, or split
    /// occupation, as Manchuria 1904–07), else `url(#claim-ID)`, thin stripes in the (first)
    /// claimant's colour over land another holds, else `none`.
    pub hatch: String,
}

/// The style of territory `index` on `date`.
pub fn style_of(atlas: &Atlas, index: usize, date: Date, lang: Lang) -> TerritoryStyle {
    let t = &atlas.territories[index];
    let period = t.period_at(date);
    TerritoryStyle {
        fill: paint::fill(atlas, period),
        controllers: period.map(|p| p.controllers.join(" ")).unwrap_or_default(),
        status: period.map_or("", |p| p.status.id()),
        claimed: period.map(|p| p.claimed_by.join(" ")).unwrap_or_default(),
        class: paint::class(period),
        label: accessible_name(atlas, &t.id, date, lang),
        hatch: paint::hatch(period),
    }
}

/// What was last written to a territory element, and for which period and language: a step
/// that stays in the same period and language has nothing to write.
#[derive(Clone, PartialEq)]
pub struct AppliedStyle {
    /// The period index (in the territory's history) and language the style was made for.
    pub key: (Option<usize>, Lang),
    /// The style written.
    pub style: TerritoryStyle,
    /// Whether `style.label` is still to be written (see [`restyle`]).
    pub label_due: bool,
}

/// What was last written to each territory element.
pub type Applied = Rc<RefCell<Vec<AppliedStyle>>>;

/// The styles of every territory on `date`.
pub fn styles_at(atlas: &Atlas, date: Date, lang: Lang) -> Vec<AppliedStyle> {
    atlas
        .territories
        .iter()
        .enumerate()
        .map(|(i, t)| AppliedStyle {
            key: (t.period_index_at(date), lang),
            style: style_of(atlas, i, date, lang),
            label_due: false,
        })
        .collect()
}

/// Writes the attributes that differ from what `applied` says the elements show. Territories
/// still in the same period cost one binary search each. With `labels` false the accessible
/// names and tooltips wait (marked due) for a call with `labels` true: a slider step writes what
/// the reader sees at once, and the names follow with Yew's render at the next frame, so the
/// busiest years (1945: a dozen territories change hands) do not pay for them within the step.
pub fn restyle(
    group: &Element,
    atlas: &Atlas,
    date: Date,
    lang: Lang,
    applied: &Applied,
    labels: bool,
) {
    let children = group.children();
    // The claim hatches are the next group, in the same order.
    let hatches = group.next_element_sibling().map(|g| g.children());
    let mut applied = applied.borrow_mut();
    for (index, slot) in applied.iter_mut().enumerate() {
        let key = (atlas.territories[index].period_index_at(date), lang);
        // Fetched from the DOM only for a territory with something to write (most steps
        // change none or a few).
        let el = (key != slot.key || (labels && slot.label_due))
            .then(|| children.item(index as u32))
            .flatten();
        if key != slot.key {
            let new = style_of(atlas, index, date, lang);
            let old = &slot.style;
            if let Some(el) = &el {
                let set = |name: &str, value: &str| {
                    let _ = el.set_attribute(name, value);
                };
                if new.fill != old.fill {
                    set("fill", &new.fill);
                }
                if new.controllers != old.controllers {
                    set("data-controller", &new.controllers);
                }
                if new.status != old.status {
                    set("data-status", new.status);
                }
                if new.claimed != old.claimed {
                    set("data-claimed-by", &new.claimed);
                }
                if new.class != old.class {
                    set("class", new.class);
                }
            }
            if new.hatch != old.hatch {
                if let Some(h) = hatches.as_ref().and_then(|h| h.item(index as u32)) {
                    let _ = h.set_attribute("fill", &new.hatch);
                }
            }
            slot.label_due |= new.label != old.label;
            slot.key = key;
            slot.style = new;
        }
        if labels && slot.label_due {
            if let Some(el) = &el {
                write_label(el, &slot.style.label);
            }
            slot.label_due = false;
        }
    }
}

/// A territory's accessible name and its tooltip (the `<title>` inside), which always agree.
fn write_label(el: &Element, text: &str) {
    let _ = el.set_attribute("aria-label", text);
    if let Some(title) = el.first_element_child() {
        title.set_text_content(Some(text));
    }
}

/// Writes every territory's accessible name and tooltip at once: with `masked` the bare names
/// (while a story question is open, hearing "Kunashir — Soviet Union" would give the answer
/// away), else the full labels of the periods shown. Masked names stay due, so that
/// [`restyle`] or an unmasking call writes the full ones.
pub fn write_all_labels(
    group: &Element,
    atlas: &Atlas,
    lang: Lang,
    applied: &Applied,
    masked: bool,
) {
    let children = group.children();
    let mut applied = applied.borrow_mut();
    for (index, slot) in applied.iter_mut().enumerate() {
        let Some(el) = children.item(index as u32) else {
            continue;
        };
        let text = if masked {
            atlas.territories[index].name(lang)
        } else {
            slot.style.label.as_str()
        };
        write_label(&el, text);
        slot.label_due = masked;
    }
}

/// Props of [`TerritoryLayer`]: none of them change after mounting, so it renders once.
#[derive(Properties, PartialEq)]
pub struct TerritoryLayerProps {
    /// The history.
    pub atlas: Shared<Atlas>,
    /// The projected shapes.
    pub geometry: Shared<MapGeometry>,
    /// The styles to draw first; later changes go through [`restyle`].
    pub initial: Shared<Vec<AppliedStyle>>,
    /// The `<g>` holding the territory elements, for [`restyle`].
    pub node: NodeRef,
}

/// The territory paths.
#[function_component(TerritoryLayer)]
pub fn territory_layer(props: &TerritoryLayerProps) -> Html {
    let TerritoryLayerProps {
        atlas,
        geometry,
        initial,
        node,
    } = props;
    html! {
        <>
        <defs>
            { for atlas.polities.iter().map(|p| html! {
                <pattern id={format!("claim-{}", p.id)} class="claim-pattern" patternUnits="userSpaceOnUse" width="9" height="9" patternTransform="rotate(45)">
                    <rect x="0" y="0" width={paint::CLAIM_STRIPE_WIDTH} height="9" fill={p.colour.clone()} />
                </pattern>
            }) }
            { for atlas.polities.iter().map(|p| html! {
                <pattern id={format!("joint-{}", p.id)} class="joint-pattern" patternUnits="userSpaceOnUse" width="9" height="9" patternTransform="rotate(45)">
                    <rect x="0" y="0" width={paint::JOINT_STRIPE_WIDTH} height="9" fill={p.colour.clone()} />
                </pattern>
            }) }
        </defs>
        <g class="territories" ref={node.clone()}>
            { for atlas.territories.iter().zip(&geometry.territories).zip(initial.iter().map(|a| &a.style)).map(|((t, shape), s)| html! {
                <path key={t.id.clone()} class={s.class} d={shape.d.clone()} fill={s.fill.clone()}
                    data-territory={t.id.clone()} data-controller={s.controllers.clone()} data-status={s.status}
                    data-claimed-by={s.claimed.clone()} role="button" tabindex="0" aria-label={s.label.clone()}>
                    <title>{ s.label.clone() }</title>
                </path>
            }) }
        </g>
        // Stripes in the claimant's colour over land another state administers (the southern
        // Kurils after 1945): who holds it and who claims it, both visible; wide stripes in the
        // second ruler's colour over land two states ruled together.
        <g class="claims" aria-hidden="true">
            { for atlas.territories.iter().zip(&geometry.territories).zip(initial.iter().map(|a| &a.style)).map(|((t, shape), s)| html! {
                <path key={t.id.clone()} class="claim-hatch" d={shape.d.clone()} fill={s.hatch.clone()} data-claim-for={t.id.clone()} />
            }) }
        </g>
        </>
    }
}
