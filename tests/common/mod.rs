//! Helpers shared by the history tests (`history.rs`, `transfers.rs`).

// Each test binary compiles its own copy and uses only some of the helpers.
#![allow(dead_code)]

use rj_atlas::model::{Atlas, Date, Period, Status};

/// The full history, loaded once per test binary. The whole-region shapes are enough here (the
/// full-resolution ones are validated in `data_files.rs`), and they load in a fraction of the time.
pub fn atlas() -> &'static Atlas {
    static ATLAS: std::sync::OnceLock<Atlas> = std::sync::OnceLock::new();
    ATLAS.get_or_init(|| {
        let files = rj_atlas::data::DataFiles {
            territories: include_str!("../../geodata/lod/territories-z0.geojson"),
            context: include_str!("../../geodata/lod/context-z0.geojson"),
            ..rj_atlas::data::FULL
        };
        rj_atlas::data::load(&files).unwrap_or_else(|e| panic!("data invalid:\n{e}"))
    })
}

pub fn day(s: &str) -> Date {
    s.parse().unwrap_or_else(|e| panic!("{e}"))
}

/// The period of `territory` in force on `date`; fails the test when there is none.
#[track_caller]
pub fn period<'a>(atlas: &'a Atlas, territory: &str, date: &str) -> &'a Period {
    atlas
        .control_at(territory, day(date))
        .unwrap_or_else(|| panic!("{territory} has no period on {date}"))
}

#[track_caller]
pub fn held(
    atlas: &Atlas,
    territory: &str,
    date: &str,
    controllers: &[&str],
    status: Status,
    source: &str,
) {
    let p = period(atlas, territory, date);
    assert_eq!(
        p.controllers, controllers,
        "{territory} on {date} (source: {source})"
    );
    assert_eq!(
        p.status, status,
        "{territory} on {date}: status (source: {source})"
    );
}
