//! Fetching a file next to the page (relative URL, so the atlas works under any path).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The successful response for `url`, or a sentence saying why not.
async fn fetch_ok(url: &str) -> Result<web_sys::Response, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| format!("{url} could not be fetched (offline?)"))?;
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
    Ok(response)
}

/// The text of `url`, or a sentence saying why not.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let text = fetch_ok(url)
        .await?
        .text()
        .map_err(|_| format!("{url}: unreadable body"))?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or_else(|| format!("{url}: unreadable body"))
}

/// The bytes of `url`, or a sentence saying why not.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let buffer = fetch_ok(url)
        .await?
        .array_buffer()
        .map_err(|_| format!("{url}: unreadable body"))?;
    let buffer = JsFuture::from(buffer)
        .await
        .map_err(|_| format!("{url}: unreadable body"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
