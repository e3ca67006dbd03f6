//! `index.html` as it loads: the still map of the opening year (`src/still_map.rs`) and the
//! header's texts in the app's other languages, written from the app's own catalogues. The page
//! shows the app's layout while the wasm loads; `www/loading.js` shows the still map and puts
//! in the reader's language, so the header takes the room the app's will take and the map does
//! not move when the app mounts.

use anyhow::{anyhow, ensure, Context, Result};
use rj_atlas::i18n::{self, Msg};
use rj_atlas::model::{Lang, FIRST_YEAR, LAST_YEAR, OPENING_YEAR};
use std::path::Path;

/// Where `www/index.html` takes the still map.
const STILL_MAP: &str = "<!-- still map -->";
/// Where `www/index.html` takes the header's texts.
const TEXTS: &str = "<!-- loading texts -->";

/// The header's texts in `lang`, named as `data-text` names them in `www/index.html`.
fn texts(lang: Lang) -> serde_json::Value {
    let years = match lang {
        Lang::Th => format!("พ.ศ. {}–{}", FIRST_YEAR + 543, LAST_YEAR + 543),
        _ => format!("{FIRST_YEAR}–{LAST_YEAR}"),
    };
    serde_json::json!({
        "title": i18n::text(lang, Msg::AppTitle),
        "years": years,
        "table": i18n::text(lang, Msg::ShowTable),
        "language": i18n::text(lang, Msg::Language),
        "endonym": i18n::endonym(lang),
        "share": i18n::text(lang, Msg::Share),
        "svg": i18n::text(lang, Msg::ExportSvg),
        "png": i18n::text(lang, Msg::ExportPng),
    })
}

/// Writes the still map and the texts into `out/index.html`.
pub fn write(out: &Path) -> Result<()> {
    let page = out.join("index.html");
    let html =
        std::fs::read_to_string(&page).with_context(|| format!("reading {}", page.display()))?;
    for marker in [STILL_MAP, TEXTS] {
        ensure!(html.contains(marker), "www/index.html has no {marker}");
    }
    let atlas = rj_atlas::data::bundled().map_err(|e| anyhow!("the atlas data: {e}"))?;
    let svg = rj_atlas::still_map::svg(&atlas, OPENING_YEAR);
    let mut all = serde_json::Map::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        all.insert(lang.code().to_string(), texts(lang));
    }
    // Data, not a script: a strict Content-Security-Policy allows it. `</` cannot end it early.
    let json = serde_json::Value::Object(all)
        .to_string()
        .replace("</", "<\\/");
    let texts = format!(r#"<script type="application/json" id="loading-texts">{json}</script>"#);
    let html = html.replacen(STILL_MAP, &svg, 1).replacen(TEXTS, &texts, 1);
    std::fs::write(&page, html).with_context(|| format!("writing {}", page.display()))
}
