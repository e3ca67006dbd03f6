//! Fuzzes `rj_atlas::data::story::parse_story`, which reads a teacher's story file: any text
//! gives a story or a list of problems, each naming what is wrong; never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rj_atlas::data::story::parse_story;

fuzz_target!(|input: &[u8]| {
    let Ok(text) = std::str::from_utf8(input) else {
        return;
    };
    match parse_story(text) {
        Ok(story) => assert!(!story.steps.is_empty()),
        Err(errors) => assert!(!errors.0.is_empty() && !errors.to_string().is_empty()),
    }
});
