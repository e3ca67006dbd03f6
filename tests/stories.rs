//! The guided stories under `www/stories/` parse, name only ids the atlas has, agree with its
//! dates, and speak English and Thai throughout.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use rj_atlas::data::story::{parse_story, unknown_ids};
use rj_atlas::model::story::{Answer, Story};
use rj_atlas::model::{Atlas, Lang, Localized};
use std::path::Path;

/// Every story file, by file name, parsed.
fn stories() -> Vec<(String, Story)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/stories");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 3, "the three stories of the issue are there");
    files
        .into_iter()
        .map(|path| {
            let name = path
                .file_name()
                .expect("a file")
                .to_string_lossy()
                .into_owned();
            let text = std::fs::read_to_string(&path).expect("readable");
            let story = parse_story(&text).unwrap_or_else(|e| panic!("{name}:\n{e}"));
            (name, story)
        })
        .collect()
}

fn is_known(atlas: &Atlas, id: &str) -> bool {
    atlas.territory(id).is_some()
        || atlas.event(id).is_some()
        || atlas.sister_pairs.iter().any(|p| p.id == id)
}

#[test]
fn every_id_is_in_the_atlas_and_has_happened_by_the_step() {
    let atlas = common::atlas();
    for (name, story) in stories() {
        let unknown = unknown_ids(&story, |id| is_known(atlas, id));
        let messages: Vec<String> = unknown.iter().map(ToString::to_string).collect();
        assert!(messages.is_empty(), "{name}:\n{}", messages.join("\n"));
        for (i, step) in story.steps.iter().enumerate() {
            let day = step.when.date();
            for id in &step.highlight {
                let began = atlas.event(id).map(|e| e.date).or_else(|| {
                    atlas
                        .sister_pairs
                        .iter()
                        .find(|p| p.id == *id)
                        .map(|p| p.since)
                });
                if let Some(began) = began {
                    assert!(began <= day, "{name} step {}: {id} is after {day}", i + 1);
                }
            }
            if let Some(Answer::Territory { ids }) = step.question.as_ref().map(|q| &q.answer) {
                for id in ids {
                    assert!(
                        atlas.territory(id).is_some(),
                        "{name} step {}: {id} is not a territory",
                        i + 1
                    );
                }
            }
        }
    }
}

#[track_caller]
fn bilingual(text: &Localized, what: &str) {
    assert!(
        text.missing(&[Lang::En, Lang::Th]).is_empty(),
        "{what} lacks English or Thai: {text:?}"
    );
}

#[test]
fn every_text_is_in_english_and_thai() {
    for (name, story) in stories() {
        bilingual(&story.title, &format!("{name} title"));
        for (i, step) in story.steps.iter().enumerate() {
            let at = format!("{name} step {}", i + 1);
            bilingual(&step.title, &format!("{at} title"));
            bilingual(&step.text, &format!("{at} text"));
            assert!(!step.paragraphs(Lang::Th).is_empty(), "{at}");
            if let Some(q) = &step.question {
                bilingual(&q.prompt, &format!("{at} question.prompt"));
                if let Some(explain) = &q.explain {
                    bilingual(explain, &format!("{at} question.explain"));
                }
                if let Answer::Choice { choices, .. } = &q.answer {
                    for (j, c) in choices.iter().enumerate() {
                        bilingual(c, &format!("{at} question.choices[{j}]"));
                    }
                }
            }
        }
    }
}

#[test]
fn stories_have_the_shape_the_issue_asks_for() {
    let (mut choice, mut territory) = (0, 0);
    for (name, story) in stories() {
        assert!((5..=9).contains(&story.steps.len()), "{name}: 5–9 steps");
        let questions: Vec<_> = story
            .steps
            .iter()
            .filter_map(|s| s.question.as_ref())
            .collect();
        assert!(questions.len() >= 2, "{name}: at least two questions");
        choice += questions.iter().filter(|q| q.kind() == "choice").count();
        territory += questions.iter().filter(|q| q.kind() == "territory").count();
    }
    assert!(choice >= 1 && territory >= 1);
    let kurils = stories()
        .into_iter()
        .find(|(name, _)| name == "kurils.json")
        .expect("kurils.json")
        .1;
    let q = kurils
        .steps
        .iter()
        .filter_map(|s| s.question.as_ref())
        .find(|q| q.prompt.en == "Which islands did the 1956 Declaration promise to hand over?")
        .expect("the 1956 question");
    assert!(q.accepts_territories(&["shikotan", "habomai"]));
    assert!(!q.accepts_territories(&["shikotan", "habomai", "iturup", "kunashir"]));
}
