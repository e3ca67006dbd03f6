//! Whether the page has painted since a component mounted. The map is what a reader waits for;
//! the panels beside it (legend, timeline, what changed, charts) are drawn in the task after the
//! map's first frame, so building them does not delay it (measured: about a fifth of the time to
//! the first painted map at 4× CPU throttling went to the side panel).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// False on the first render; true from the task after the next painted frame (an animation
/// frame, then a timer: a timer set in the frame callback runs after that frame is painted).
#[hook]
pub fn use_after_paint() -> bool {
    let painted = use_state(|| false);
    {
        let painted = painted.clone();
        use_effect_with((), move |_| {
            let Some(window) = web_sys::window() else {
                painted.set(true);
                return;
            };
            let fallback = painted.clone();
            let after_frame = Closure::once_into_js(move || {
                let later = Closure::once_into_js(move || painted.set(true));
                if let Some(w) = web_sys::window() {
                    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                        later.unchecked_ref(),
                        0,
                    );
                }
            });
            if window
                .request_animation_frame(after_frame.unchecked_ref())
                .is_err()
            {
                fallback.set(true);
            }
        });
    }
    *painted
}
