//! Pan and zoom: drag, wheel, pinch and two-finger pan, double-click or double-tap, the + − and
//! reset buttons, and the keyboard (arrows pan, + and − zoom, 0 resets). A drag or a wheel moves
//! and scales the two `<svg>`s with a CSS transform the compositor applies ([`PanZoom::shift`]);
//! a pinch, a key or a button writes the two zoom layers' `transform`, one CSS variable (`--k`,
//! which keeps labels and markers at their size) and the scale bar. Yew hears of the new view
//! once the gesture rests, to put it in the URL and place the labels for the new zoom.

use crate::carto::{fixed, haversine_km, nice_length, Viewport, ZoomView};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// How long the view must rest before Yew hears of it.
const COMMIT_DELAY_MS: i32 = 250;

/// Sets `name` on `element` unless it already has that value. A pan changes only the zoom
/// layers' `transform`: writing the same `--k`, `data-zoom` or `patternTransform` again on every
/// pointer move still made the browser recompute the style of every label and repaint the claim
/// stripes, a frame's worth of work at 4× CPU (a trace of a drag on the 10× build).
fn set_if_changed(element: &Element, name: &str, value: &str) {
    if element.get_attribute(name).as_deref() != Some(value) {
        let _ = element.set_attribute(name, value);
    }
}

/// [`set_if_changed`] for a style property.
fn set_style_if_changed(style: &web_sys::CssStyleDeclaration, name: &str, value: &str) {
    if style.get_property_value(name).ok().as_deref() != Some(value) {
        let _ = style.set_property(name, value);
    }
}

/// What a view is written to — the two zoom layers, the map stack (which carries `--k` and
/// `data-zoom`), the scale bar — and the view the zoom layers show. Cloned into the timer that
/// settles a gesture, which writes the view the gesture rested at.
#[derive(Clone)]
pub struct Surface {
    viewport: Viewport,
    /// The `<g class="zoom-layer">` of the base map.
    pub base: NodeRef,
    /// The `<g class="zoom-layer">` of the point layers.
    pub overlay: NodeRef,
    /// The element that carries `--k` (the map stack).
    pub stack: NodeRef,
    /// The scale bar's line.
    pub scale_line: NodeRef,
    /// The scale bar's text.
    pub scale_text: NodeRef,
    /// The view the zoom layers' `transform` attributes show; during a drag or a wheel the
    /// `<svg>`s are moved and scaled from it by a CSS transform (see [`PanZoom::shift`]).
    drawn: Rc<Cell<ZoomView>>,
}

impl Surface {
    /// Each zoom layer (`<g>`) there is, with the `<svg>` it is drawn in.
    fn layers(&self) -> impl Iterator<Item = (Element, web_sys::SvgElement)> + '_ {
        [&self.base, &self.overlay].into_iter().filter_map(|node| {
            let g = node.cast::<Element>()?;
            let svg = g.parent_element()?.dyn_into::<web_sys::SvgElement>().ok()?;
            Some((g, svg))
        })
    }

    /// Gives both zoom layers `view`'s `transform` and takes any gesture's CSS transform off
    /// their `<svg>`s, in one task (so one repaint).
    fn draw(&self, view: ZoomView) {
        let transform = view.transform();
        for (g, svg) in self.layers() {
            set_if_changed(&g, "transform", &transform);
            let style = svg.style();
            if style.length() > 0 {
                let _ = style.remove_property("transform");
                let _ = style.remove_property("transform-origin");
                let _ = style.remove_property("overflow");
            }
        }
        self.drawn.set(view);
    }

    /// Writes the transform, `--k` and the scale bar for `view`; answers the screen scale it
    /// used: CSS pixels per frame unit where the map is drawn smaller than its frame (below 1),
    /// else 1, so labels never shrink below their size on a large screen. The frame is measured
    /// once, before anything is written: a measure after `--k` changes would lay the page out a
    /// second time in the same task.
    fn write(&self, view: ZoomView) -> f64 {
        let geometry = self.frame_geometry(view);
        let screen_scale = geometry.map_or(1.0, |g| g.0.min(1.0));
        self.draw(view);
        if let Some(stack) = self.stack.cast::<HtmlElement>() {
            // Labels and markers are sized in map units divided by `--k`: the zoom, times the
            // frame's scale on screen when the map is drawn smaller than its 1000 units (a phone,
            // a small embed), so they keep their size in CSS pixels.
            let k = view.k * screen_scale;
            // Through the CSSOM, which a strict Content-Security-Policy allows.
            set_style_if_changed(&stack.style(), "--k", &fixed(k, 3).to_string());
            set_if_changed(&stack, "data-zoom", &fixed(view.k, 2).to_string());
        }
        if let Some((s, _, _)) = geometry {
            self.write_scale_bar(view, s);
        }
        // Claim stripes keep their spacing on screen.
        if let Some(g) = self.base.cast::<Element>() {
            if let Ok(patterns) = g.query_selector_all(".claim-pattern") {
                let transform = format!("rotate(45) scale({})", fixed(1.0 / view.k, 4));
                for i in 0..patterns.length() {
                    if let Some(p) = patterns.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                        set_if_changed(&p, "patternTransform", &transform);
                    }
                }
            }
        }
        screen_scale
    }

    /// CSS pixels per frame unit, and where the frame's (0, 0) is inside the map stack: the
    /// `<svg>`s fill the stack and fit the frame into it, centred.
    fn frame_in_stack(&self, view: ZoomView) -> Option<(f64, f64, f64, web_sys::DomRect)> {
        let stack = self.stack.cast::<Element>()?;
        let rect = stack.get_bounding_client_rect();
        let s = (rect.width() / view.width).min(rect.height() / view.height);
        if !(s.is_finite() && s > 0.0) {
            return None;
        }
        let dx = (rect.width() - view.width * s) / 2.0;
        let dy = (rect.height() - view.height * s) / 2.0;
        Some((s, dx, dy, rect))
    }

    /// CSS pixels per frame unit, and the frame's top-left corner on screen.
    fn frame_geometry(&self, view: ZoomView) -> Option<(f64, f64, f64)> {
        let (s, dx, dy, rect) = self.frame_in_stack(view)?;
        Some((s, rect.left() + dx, rect.top() + dy))
    }

    /// The scale bar for `view` with the frame drawn at `s` CSS pixels per unit.
    fn write_scale_bar(&self, view: ZoomView, s: f64) {
        // Kilometres across 100 frame units at the view's centre, along the parallel.
        let half = 50.0 / view.k;
        let a = self.viewport.to_geo(view.cx - half, view.cy);
        let b = self.viewport.to_geo(view.cx + half, view.cy);
        let km_per_px = haversine_km(a, b) / (100.0 * s);
        if !(km_per_px.is_finite() && km_per_px > 0.0) {
            return;
        }
        let km = nice_length(km_per_px * 120.0);
        let px = km / km_per_px;
        if let Some(line) = self.scale_line.cast::<HtmlElement>() {
            set_style_if_changed(&line.style(), "width", &format!("{}px", fixed(px, 1)));
        }
        let label = format!("{} km", fixed(km, 0));
        if let Some(text) = self.scale_text.cast::<Element>() {
            if text.text_content().as_deref() != Some(label.as_str()) {
                text.set_text_content(Some(&label));
            }
        }
        if let Some(bar) = self
            .scale_text
            .cast::<Element>()
            .and_then(|t| t.parent_element())
        {
            set_if_changed(&bar, "data-scale-km", &fixed(km, 0).to_string());
        }
    }
}

/// The gesture state and the DOM nodes a view change writes.
pub struct PanZoom {
    /// What a view is written to.
    pub surface: Surface,
    view: Cell<ZoomView>,
    pointers: RefCell<Vec<(i32, f64, f64)>>,
    dragged: Cell<bool>,
    last_tap: Cell<(f64, f64, f64)>,
    pending: Rc<Cell<Option<i32>>>,
    commit: Callback<ZoomView>,
}

impl PanZoom {
    /// Starts at `view`; `commit` hears of each view once it rests.
    pub fn new(viewport: Viewport, view: ZoomView, commit: Callback<ZoomView>) -> PanZoom {
        PanZoom {
            surface: Surface {
                viewport,
                base: NodeRef::default(),
                overlay: NodeRef::default(),
                stack: NodeRef::default(),
                scale_line: NodeRef::default(),
                scale_text: NodeRef::default(),
                drawn: Rc::new(Cell::new(view)),
            },
            view: Cell::new(view),
            pointers: RefCell::new(Vec::new()),
            dragged: Cell::new(false),
            last_tap: Cell::new((f64::NEG_INFINITY, 0.0, 0.0)),
            pending: Rc::new(Cell::new(None)),
            commit,
        }
    }

    /// The view shown now.
    pub fn view(&self) -> ZoomView {
        self.view.get()
    }

    /// Shows `view` now; Yew hears of it once it rests.
    pub fn show(&self, view: ZoomView) {
        self.view.set(view);
        self.write(view);
        self.commit_soon(view);
    }

    /// Shows `view` by moving and scaling the two `<svg>`s from the drawn view with a CSS
    /// transform, which the compositor applies without painting the map again: a drag or a
    /// wheel notch that rewrote the zoom layers' `transform` repainted every path (and, for a
    /// zoom, restyled every label through `--k`) each time, so its cost grew with the vertices
    /// (BENCHMARKS.md, sessions 8 and 9). `overflow: visible` on the `<svg>`s (the map frame
    /// clips) lets the land beyond the old edge come along. While it lasts, labels and markers
    /// scale with the map; the layers get the view for real when the pointer lifts or the view
    /// rests ([`Surface::write`]), as Leaflet scales its layers during a zoom and redraws after.
    fn shift(&self, view: ZoomView) {
        let drawn = self.surface.drawn.get();
        let Some((s, dx, dy, _)) = self.surface.frame_in_stack(view) else {
            return self.show(view);
        };
        // A frame point p is drawn at d + s·(k·p + o) inside the stack; from the drawn view
        // (k0, o0) to `view` (k1, o1) that is a scale r = k1/k0 about the stack's corner and a
        // translation (1 − r)·d + s·(o1 − r·o0).
        let r = view.k / drawn.k;
        let (to, from) = (view.offset(), drawn.offset());
        let tx = (1.0 - r) * dx + s * (to.0 - r * from.0);
        let ty = (1.0 - r) * dy + s * (to.1 - r * from.1);
        let css = format!(
            "translate({}px, {}px) scale({})",
            fixed(tx, 2),
            fixed(ty, 2),
            fixed(r, 5)
        );
        for (_, svg) in self.surface.layers() {
            let style = svg.style();
            let _ = style.set_property("transform", &css);
            set_style_if_changed(&style, "transform-origin", "0 0");
            set_style_if_changed(&style, "overflow", "visible");
        }
        self.view.set(view);
        self.surface.write_scale_bar(view, s);
        self.commit_soon(view);
    }

    /// Writes `view` to the map (see [`Surface::write`]); answers the screen scale it used.
    pub fn write(&self, view: ZoomView) -> f64 {
        self.surface.write(view)
    }

    /// The view still waiting for its commit timer, which is cancelled: the map is going away
    /// (handing over to the full build), and the URL must have the view first.
    pub fn take_pending(&self) -> Option<ZoomView> {
        let handle = self.pending.take()?;
        if let Some(window) = web_sys::window() {
            window.clear_timeout_with_handle(handle);
        }
        Some(self.view.get())
    }

    fn commit_soon(&self, view: ZoomView) {
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Some(handle) = self.pending.take() {
            window.clear_timeout_with_handle(handle);
        }
        let (pending, commit, surface) = (
            self.pending.clone(),
            self.commit.clone(),
            self.surface.clone(),
        );
        let run = Closure::once_into_js(move || {
            pending.set(None);
            // A drag resting with the pointer still down, or a wheel at rest: the layers get the
            // view (and `--k` its zoom) before Yew renders them with it, so the CSS transform is
            // never applied twice.
            surface.write(view);
            commit.emit(view);
        });
        if let Ok(handle) = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            run.unchecked_ref(),
            COMMIT_DELAY_MS,
        ) {
            self.pending.set(Some(handle));
        }
    }

    /// CSS pixels per frame unit, and the frame's top-left corner on screen.
    fn frame_geometry(&self) -> Option<(f64, f64, f64)> {
        self.surface.frame_geometry(self.view.get())
    }

    /// The frame point under a pointer at `(client_x, client_y)`.
    fn frame_point(&self, client_x: f64, client_y: f64) -> Option<(f64, f64)> {
        let (s, left, top) = self.frame_geometry()?;
        Some(((client_x - left) / s, (client_y - top) / s))
    }

    /// Zooms by `factor` about the frame's centre (the + and − buttons).
    pub fn zoom_by(&self, factor: f64) {
        let v = self.view.get();
        self.show(v.zoom_at(v.width / 2.0, v.height / 2.0, factor));
    }

    /// Back to the whole region.
    pub fn reset(&self) {
        let v = self.view.get();
        self.show(ZoomView::home(v.width, v.height));
    }

    /// Whether the last pointer gesture moved the map (its click must not open a panel).
    pub fn take_dragged(&self) -> bool {
        self.dragged.replace(false)
    }

    /// Wheel: zoom about the cursor.
    pub fn wheel(&self, e: &web_sys::WheelEvent) {
        let Some((fx, fy)) = self.frame_point(f64::from(e.client_x()), f64::from(e.client_y()))
        else {
            return;
        };
        // Lines and pages count more than pixels.
        let unit = match e.delta_mode() {
            1 => 16.0,
            2 => 400.0,
            _ => 1.0,
        };
        let factor = crate::carto::math::exp(-e.delta_y() * unit * 0.002);
        self.shift(self.view.get().zoom_at(fx, fy, factor));
    }

    /// Double-click (or, with Shift, out): zoom by two about the point.
    pub fn double_click(&self, e: &MouseEvent) {
        if let Some((fx, fy)) = self.frame_point(f64::from(e.client_x()), f64::from(e.client_y())) {
            let factor = if e.shift_key() { 0.5 } else { 2.0 };
            self.show(self.view.get().zoom_at(fx, fy, factor));
        }
    }

    /// A pointer went down.
    pub fn pointer_down(&self, e: &web_sys::PointerEvent) {
        let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
        let mut pointers = self.pointers.borrow_mut();
        pointers.retain(|p| p.0 != e.pointer_id());
        pointers.push((e.pointer_id(), x, y));
        if pointers.len() == 1 {
            self.dragged.set(false);
        }
    }

    /// A pointer moved: one pointer pans, two pan and pinch.
    pub fn pointer_move(&self, e: &web_sys::PointerEvent) {
        let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
        let Some((s, left, top)) = self.frame_geometry() else {
            return;
        };
        let mut pointers = self.pointers.borrow_mut();
        let Some(index) = pointers.iter().position(|p| p.0 == e.pointer_id()) else {
            return;
        };
        let before = pointers.clone();
        pointers[index] = (e.pointer_id(), x, y);
        let view = self.view.get();
        let next = match (before.as_slice(), pointers.as_slice()) {
            ([a], [b]) => {
                let (dx, dy) = (b.1 - a.1, b.2 - a.2);
                if !self.dragged.get() && dx.hypot(dy) < 4.0 {
                    // A tap's jitter is not a drag.
                    pointers[index] = before[index];
                    return;
                }
                view.pan_by(dx / s, dy / s)
            }
            ([a1, a2, ..], [b1, b2, ..]) => {
                let mid = |p: &(i32, f64, f64), q: &(i32, f64, f64)| {
                    (
                        ((p.1 + q.1) / 2.0 - left) / s,
                        ((p.2 + q.2) / 2.0 - top) / s,
                    )
                };
                let (m0, m1) = (mid(a1, a2), mid(b1, b2));
                let d0 = (a1.1 - a2.1).hypot(a1.2 - a2.2);
                let d1 = (b1.1 - b2.1).hypot(b1.2 - b2.2);
                let factor = if d0 > 1.0 { d1 / d0 } else { 1.0 };
                view.pan_by(m1.0 - m0.0, m1.1 - m0.1)
                    .zoom_at(m1.0, m1.1, factor)
            }
            _ => return,
        };
        let panning = pointers.len() == 1;
        drop(pointers);
        if !self.dragged.replace(true) {
            // Captured only once a drag starts, so a plain click still reaches the shape
            // under it; from now on the map follows the pointer even off its edge.
            if let Some(stack) = self.surface.stack.cast::<Element>() {
                let _ = stack.set_pointer_capture(e.pointer_id());
            }
        }
        if panning && next.k == self.surface.drawn.get().k {
            self.shift(next);
        } else {
            self.show(next);
        }
    }

    /// A pointer went up (or was cancelled); a quick second tap zooms in.
    pub fn pointer_up(&self, e: &web_sys::PointerEvent) {
        self.pointers.borrow_mut().retain(|p| p.0 != e.pointer_id());
        if self.surface.drawn.get() != self.view.get() {
            // The drag ends: one repaint with the layers at the view.
            self.write(self.view.get());
        }
        if e.pointer_type() != "touch" || self.dragged.get() {
            return;
        }
        let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
        let now = js_sys::Date::now();
        let (t, px, py) = self.last_tap.get();
        if now - t < 350.0 && (x - px).hypot(y - py) < 30.0 {
            self.last_tap.set((f64::NEG_INFINITY, 0.0, 0.0));
            if let Some((fx, fy)) = self.frame_point(x, y) {
                self.show(self.view.get().zoom_at(fx, fy, 2.0));
            }
        } else {
            self.last_tap.set((now, x, y));
        }
    }

    /// Arrows pan, + and − zoom, 0 resets. Returns whether the key was used.
    pub fn key(&self, key: &str) -> bool {
        let step = 80.0;
        let view = self.view.get();
        let next = match key {
            "ArrowLeft" => view.pan_by(step, 0.0),
            "ArrowRight" => view.pan_by(-step, 0.0),
            "ArrowUp" => view.pan_by(0.0, step),
            "ArrowDown" => view.pan_by(0.0, -step),
            "+" | "=" => view.zoom_at(view.width / 2.0, view.height / 2.0, 2.0),
            "-" | "_" => view.zoom_at(view.width / 2.0, view.height / 2.0, 0.5),
            "0" => ZoomView::home(view.width, view.height),
            _ => return false,
        };
        self.show(next);
        true
    }
}
