//! Fuzzes `rj_atlas::data::load` with arbitrary text as one data file: the first byte picks the
//! file (polities, territories, context, places, events, sister cities, trade) and whether the
//! full or the app's core rules apply; the real files fill the others. Any input must give an
//! atlas or a list of errors, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rj_atlas::data::{load, DataFiles, Detail, FULL};

fuzz_target!(|input: &[u8]| {
    let Some((&selector, rest)) = input.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let mut files: DataFiles<'_> = FULL;
    files.detail = if selector & 0x80 == 0 {
        Detail::Full
    } else {
        Detail::Core
    };
    match selector % 7 {
        0 => files.polities = text,
        1 => files.territories = text,
        2 => files.context = text,
        3 => files.places = text,
        4 => files.events = text,
        5 => files.sister_cities = text,
        _ => files.trade = Some(text),
    }
    if let Err(errors) = load(&files) {
        assert!(!errors.0.is_empty(), "an error with no problem in it");
        for e in &errors.0 {
            assert!(!e.to_string().is_empty());
        }
    }
});
