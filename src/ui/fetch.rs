//! Fetching a file next to the page (relative URL, so the atlas works under any path).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How long a file may take, headers and body together, before the atlas says so instead of
/// waiting on: a stalled school proxy must not leave a panel saying "Loading…" for ever.
/// (`main.js` gives a language table 10 s before the first paint; this is for later fetches.)
const TIME_LIMIT_MS: i32 = 20_000;

/// What a fetch that ran out of time rejects with.
const TIMED_OUT: &str = "rj-atlas:timed-out";

/// A promise that rejects with [`TIMED_OUT`] after `ms`.
fn deadline(ms: i32) -> js_sys::Promise {
    js_sys::Promise::new(&mut |_resolve, reject| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_1(
                &reject,
                ms,
                &JsValue::from_str(TIMED_OUT),
            );
        }
    })
}

/// `promise`'s value unless `deadline` rejects first; `what` names the failure otherwise.
async fn before(
    promise: js_sys::Promise,
    deadline: &js_sys::Promise,
    url: &str,
    what: &str,
) -> Result<JsValue, String> {
    let race = js_sys::Promise::race(&js_sys::Array::of2(&promise, deadline));
    JsFuture::from(race).await.map_err(|e| {
        if e.as_string().as_deref() == Some(TIMED_OUT) {
            format!("{url} took longer than {} s", TIME_LIMIT_MS / 1000)
        } else {
            format!("{url}{what}")
        }
    })
}

/// The successful response for `url` and the deadline its body must also meet, or a sentence
/// saying why not.
async fn fetch_ok(url: &str) -> Result<(web_sys::Response, js_sys::Promise), String> {
    let window = web_sys::window().ok_or("no window")?;
    let deadline = deadline(TIME_LIMIT_MS);
    let response = before(
        window.fetch_with_str(url),
        &deadline,
        url,
        " could not be fetched (offline?)",
    )
    .await?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| format!("{url}: not a response"))?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    // A redirect to another site is refused: the atlas reads only its own site's files.
    let origin = window.location().origin().ok();
    let landed = web_sys::Url::new(&response.url()).ok().map(|u| u.origin());
    if response.redirected() && landed != origin {
        return Err(format!("{url} redirects to another site"));
    }
    Ok((response, deadline))
}

/// The text of `url`, or a sentence saying why not.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let (response, deadline) = fetch_ok(url).await?;
    let text = response
        .text()
        .map_err(|_| format!("{url}: unreadable body"))?;
    before(text, &deadline, url, ": unreadable body")
        .await?
        .as_string()
        .ok_or_else(|| format!("{url}: unreadable body"))
}

/// The bytes of `url`, or a sentence saying why not.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let (response, deadline) = fetch_ok(url).await?;
    let buffer = response
        .array_buffer()
        .map_err(|_| format!("{url}: unreadable body"))?;
    let buffer = before(buffer, &deadline, url, ": unreadable body").await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    async fn a_promise_that_never_settles_runs_out_of_time() {
        let never = js_sys::Promise::new(&mut |_, _| {});
        let result = before(never, &deadline(30), "lang/th.txt", " could not be fetched").await;
        assert_eq!(
            result,
            Err(format!(
                "lang/th.txt took longer than {} s",
                TIME_LIMIT_MS / 1000
            ))
        );
    }

    #[wasm_bindgen_test]
    async fn a_settled_promise_wins_and_a_failure_is_named() {
        let ok = js_sys::Promise::resolve(&JsValue::from_str("text"));
        let result = before(ok, &deadline(10_000), "a.txt", ": unreadable body").await;
        assert_eq!(
            result.ok().and_then(|v| v.as_string()).as_deref(),
            Some("text")
        );
        let failed = js_sys::Promise::reject(&JsValue::from_str("network"));
        let result = before(failed, &deadline(10_000), "a.txt", ": unreadable body").await;
        assert_eq!(result, Err("a.txt: unreadable body".to_string()));
    }

    #[wasm_bindgen_test]
    async fn a_missing_file_says_its_status() {
        let result = fetch_ok("no-such-file.txt").await.map(|_| ());
        assert_eq!(result, Err("no-such-file.txt: HTTP 404".to_string()));
    }
}
