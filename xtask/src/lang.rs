//! `lang/th.txt`, `lang/ru.txt`, `lang/ja.txt` for the dist: each language's UI texts and names,
//! which the first-load core fetches with the page instead of carrying all four languages (see
//! `src/i18n/table.rs`, which writes and reads them; this only puts them in place).

use anyhow::{anyhow, Context, Result};
use rj_atlas::model::Lang;
use std::path::Path;

/// Writes one table per language other than English into `out/lang/`.
pub fn write(out: &Path) -> Result<()> {
    let atlas = rj_atlas::data::load(&rj_atlas::data::BUNDLED)
        .map_err(|e| anyhow!("the bundled data: {e}"))?;
    let dir = out.join("lang");
    std::fs::create_dir_all(&dir)?;
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let table = rj_atlas::i18n::table::write(lang, &atlas)
            .map_err(|e| anyhow!("the {} table: {e}", lang.code()))?;
        let file = dir.join(format!("{}.txt", lang.code()));
        std::fs::write(&file, table).with_context(|| format!("writing {}", file.display()))?;
    }
    Ok(())
}
