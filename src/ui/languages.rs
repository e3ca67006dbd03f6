//! The core's languages other than English. The first-load core compiles English only (see
//! `src/i18n/table.rs`); a Thai, Russian or Japanese reader's table comes as `lang/XX.txt`,
//! fetched by `main.js` alongside the wasm and installed before the app mounts, so the first
//! paint is already in the reader's language. Switching later fetches the new table and mounts
//! the app again: the names are the atlas's, built at mount, and the URL carries the rest of
//! the state, as in the hand-over to the full build. A table that cannot be had (offline, a
//! broken file) becomes a notice, and the atlas goes on in English, or in the language it was
//! showing when a switch failed.

use crate::i18n;
use crate::model::Lang;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// Sentences for the app's notice ("Ignored: …"), taken when it mounts.
    static NOTICES: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

thread_local! {
    /// Whether the app, mounted again by a switch, puts keyboard focus back on the switcher.
    static FOCUS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Asks the next mount to focus the language switcher once its panel is drawn.
pub fn focus_after_mount() {
    FOCUS.with(|f| f.set(true));
}

/// Whether to focus the language switcher now (once).
pub fn take_focus() -> bool {
    FOCUS.with(|f| f.replace(false))
}

/// The notices of failed tables since the last mount (the app shows them with the URL's).
pub fn take_notices() -> Vec<String> {
    NOTICES.with(|n| std::mem::take(&mut *n.borrow_mut()))
}

/// Installs `lang`'s table from the fetched `text`; what went wrong becomes a notice, which
/// names the language and the file ("ไทย (th): lang/th.txt: HTTP 404").
fn install(lang: Lang, text: Result<String, String>) -> bool {
    let file = format!("lang/{}.txt", lang.code());
    let installed = text.and_then(|t| i18n::install(lang, &t).map_err(|e| format!("{file}: {e}")));
    if let Err(why) = &installed {
        let said = format!("{} ({}): {why}", i18n::endonym(lang), lang.code());
        NOTICES.with(|n| n.borrow_mut().push(said));
    }
    installed.is_ok()
}

/// Makes `lang` ready, fetching its table if need be; false if it could not be.
async fn load(lang: Lang) -> bool {
    if i18n::ready(lang) {
        return true;
    }
    let url = format!("lang/{}.txt", lang.code());
    install(lang, super::fetch::fetch_text(&url).await)
}

/// Before the core mounts: installs the table `main.js` fetched for `prefetched_lang` (a promise
/// of its text), then makes sure `wanted`, the language the app will open in, is ready
/// (`main.js` guesses it from the same URL, host and browser; if it guessed wrong, the table is
/// fetched here).
pub async fn prepare(
    prefetched_lang: Option<String>,
    prefetched: Option<js_sys::Promise>,
    wanted: Option<Lang>,
) {
    let mut tried = None;
    if let (Some(lang), Some(promise)) = (
        prefetched_lang.as_deref().and_then(Lang::from_tag),
        prefetched,
    ) {
        if !i18n::ready(lang) {
            let text = JsFuture::from(promise).await.map_err(|e| {
                e.as_string().unwrap_or_else(|| {
                    format!("lang/{}.txt could not be fetched (offline?)", lang.code())
                })
            });
            let text = text.and_then(|v| {
                v.as_string()
                    .ok_or_else(|| format!("lang/{}.txt: not text", lang.code()))
            });
            install(lang, text);
        }
        tried = Some(lang);
    }
    if let Some(wanted) = wanted.filter(|l| tried != Some(*l)) {
        load(wanted).await;
    }
}

/// Who asked for a language the core must fetch first.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    /// The reader, with the switcher: a new history entry, and focus back on the switcher.
    Reader,
    /// The host page (`rj-atlas:set`): the URL entry is replaced, and focus stays in the host.
    Host,
    /// Back or Forward: the URL says it already.
    History,
}

thread_local! {
    /// The language a switch is fetching, if any: the last one asked for wins.
    static SWITCHING: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// Whether the app may show `lang` at once: always in the full build, which has every language
/// compiled in. In the core a language without its table may not: its switch starts instead
/// ([`switch_later`]), and the caller does nothing more; a switch still under way is forgotten
/// when the reader meanwhile picks a language that is ready.
pub fn shows_now(lang: Lang, asked: Asked) -> bool {
    if cfg!(feature = "full") {
        return true;
    }
    if !i18n::ready(lang) {
        switch_later(lang, asked);
        return false;
    }
    cancel();
    true
}

/// Forgets a pending switch (the reader chose a language that needed no fetch meanwhile).
pub fn cancel() {
    SWITCHING.with(|s| s.set(None));
}

/// Switches the core to `lang`, whose table is not installed yet: fetches it, writes `lang` into
/// the URL and mounts the app again in it. If the table cannot be had, the app is mounted again
/// in its language with a notice saying why. Only the last choice counts: a switch that a newer
/// one overtook, or that finds the app taken down (the full build took over), does nothing.
pub fn switch_later(lang: Lang, asked: Asked) {
    if SWITCHING.with(|s| s.replace(Some(lang))) == Some(lang) {
        return; // already on its way
    }
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = load(lang).await;
        if SWITCHING.with(|s| s.get()) != Some(lang) {
            return;
        }
        cancel();
        if loaded {
            match asked {
                Asked::Reader => {
                    super::url::new_entry();
                    super::url::replace_lang(lang);
                }
                Asked::Host => super::url::replace_lang(lang),
                Asked::History => {}
            }
        }
        if asked == Asked::Reader {
            focus_after_mount();
        }
        super::remount();
    });
}
