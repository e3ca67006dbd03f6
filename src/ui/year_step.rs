//! Showing a new year at once. A slider step has to be painted within a frame on a slow school
//! laptop (budget: p95 ≤ 4 ms at 4× CPU throttling), and a re-render of the whole app cannot do
//! that. So a step first writes the few things that say "this is year Y" straight into the DOM —
//! the root's `data-year`, the big year, the slider's value and `aria-valuetext`, the territories
//! that changed hands — and hands the year to Yew at the next animation frame, where the panels,
//! the legend and the event markers follow before that frame is painted: the reader never sees
//! the two halves apart. Steps that come faster than frames (a dragged slider, play at speed) are
//! coalesced, so Yew renders only the last one.
//!
//! Every imperative write here sets a value Yew will itself render a moment later, on nodes Yew
//! created, so the virtual DOM and the page never disagree for longer than a frame.

use super::shared::Shared;
use super::territory_layer::{restyle, styles_at, write_all_labels, Applied, AppliedStyle};
use super::url;
use crate::i18n;
use crate::model::{Atlas, Date, Lang};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

/// The DOM nodes a step writes, and the year handed on to Yew.
pub struct YearStep {
    atlas: Shared<Atlas>,
    /// The widget root, which carries `data-year`.
    pub root: NodeRef,
    /// The element whose text is the big year.
    pub year_main: NodeRef,
    /// The element whose text is the Common Era year under a Buddhist Era one (Thai only).
    pub year_ce: NodeRef,
    /// The `<input type="range">`.
    pub slider: NodeRef,
    /// The `<g>` holding the territory paths, in atlas order.
    pub territories: NodeRef,
    /// What each territory element shows now.
    pub applied: Applied,
    /// The styles the territories are first drawn with.
    pub initial: Shared<Vec<AppliedStyle>>,
    lang: Cell<Lang>,
    /// Whether the territories show bare names (an open story question).
    labels_masked: Cell<bool>,
    /// The years the slider may reach (`min`/`max`; else 1855–2014).
    bounds: Cell<(i32, i32)>,
    shown: Cell<i32>,
    pending: Rc<Cell<Option<i32>>>,
    frame_scheduled: Rc<Cell<bool>>,
    commit: RefCell<Callback<i32>>,
}

/// The Common Era line shown under a Thai Buddhist Era year.
pub fn ce_line(year: i32) -> String {
    format!("ค.ศ. {year}")
}

fn set_text(node: &NodeRef, text: &str) {
    // The element's first child is the text node Yew made; changing its value (rather than
    // replacing it) keeps Yew's reference to it valid.
    if let Some(child) = node.get().and_then(|n| n.first_child()) {
        if child.node_value().as_deref() != Some(text) {
            child.set_node_value(Some(text));
        }
    }
}

impl YearStep {
    /// A step for `atlas`, first showing `year` in `lang`; `commit` receives the year at the
    /// frame after a step (Yew's state setter).
    pub fn new(atlas: Shared<Atlas>, year: i32, lang: Lang, commit: Callback<i32>) -> YearStep {
        let initial = styles_at(&atlas, Date::end_of_year(year), lang);
        YearStep {
            applied: Rc::new(RefCell::new(initial.clone())),
            initial: Shared::new(initial),
            atlas,
            root: NodeRef::default(),
            year_main: NodeRef::default(),
            year_ce: NodeRef::default(),
            slider: NodeRef::default(),
            territories: NodeRef::default(),
            lang: Cell::new(lang),
            labels_masked: Cell::new(false),
            bounds: Cell::new((crate::model::FIRST_YEAR, crate::model::LAST_YEAR)),
            shown: Cell::new(year),
            pending: Rc::new(Cell::new(None)),
            frame_scheduled: Rc::new(Cell::new(false)),
            commit: RefCell::new(commit),
        }
    }

    /// The language the next step writes in (the app sets it on every render).
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
    }

    /// Whether territory labels are bare names now (see [`YearStep::mask_labels`]).
    pub fn labels_masked(&self) -> bool {
        self.labels_masked.get()
    }

    /// Gives the territories their bare names as accessible names and tooltips (`masked`, while
    /// a story question is open), or their full labels again.
    pub fn mask_labels(&self, masked: bool) {
        self.labels_masked.set(masked);
        if let Some(group) = self.territories.cast::<Element>() {
            write_all_labels(&group, &self.atlas, self.lang.get(), &self.applied, masked);
        }
    }

    /// The year the page shows (Yew's state may still be a frame behind).
    pub fn shown(&self) -> i32 {
        self.shown.get()
    }

    /// Limits the years to `min..=max` (a lesson's span).
    pub fn set_bounds(&self, min: i32, max: i32) {
        self.bounds.set((min, max));
    }

    /// The years the slider may reach.
    pub fn bounds(&self) -> (i32, i32) {
        self.bounds.get()
    }

    /// Shows `year` (kept inside the bounds) now; Yew follows at the next frame.
    pub fn show(&self, year: i32) {
        let (min, max) = self.bounds.get();
        let year = year.clamp(min, max);
        let lang = self.lang.get();
        self.shown.set(year);
        let text = year.to_string();
        if let Some(root) = self.root.cast::<Element>() {
            let _ = root.set_attribute("data-year", &text);
        }
        set_text(&self.year_main, &i18n::year_short(lang, year));
        set_text(&self.year_ce, &ce_line(year));
        if let Some(input) = self.slider.cast::<HtmlInputElement>() {
            if input.value() != text {
                input.set_value(&text);
            }
            let _ = input.set_attribute("aria-valuetext", &i18n::year(lang, year));
        }
        if let Some(group) = self.territories.cast::<Element>() {
            restyle(
                &group,
                &self.atlas,
                Date::end_of_year(year),
                lang,
                &self.applied,
                false,
            );
        }
        url::replace_year_soon(year);
        self.pending.set(Some(year));
        if !self.frame_scheduled.replace(true) {
            self.schedule_commit();
        }
    }

    fn schedule_commit(&self) {
        let (pending, scheduled) = (self.pending.clone(), self.frame_scheduled.clone());
        let commit = self.commit.borrow().clone();
        let run = Closure::once_into_js(move || {
            scheduled.set(false);
            if let Some(year) = pending.take() {
                commit.emit(year);
            }
        });
        let requested =
            web_sys::window().map(|w| w.request_animation_frame(run.unchecked_ref()).is_ok());
        if requested != Some(true) {
            // No frames (a hidden page in some browsers): hand the year on at once.
            self.frame_scheduled.set(false);
            if let Some(year) = self.pending.take() {
                self.commit.borrow().emit(year);
            }
        }
    }
}
