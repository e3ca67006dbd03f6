//! From a story file (`www/stories/*.json`, described by `www/story.schema.json` and
//! `STORIES.md`) to a [`Story`], or every problem found, each naming the step and the field.
//!
//! The JSON is read into a `serde_json::Value` and walked by hand rather than through serde
//! derives: the WebAssembly stays small and every message can say where the teacher should look.

use crate::carto::{parse_decimal, MAX_ZOOM, MIN_ZOOM};
use crate::data::{in_region, REGION};
use crate::layers::{parse_layers, Layer, Layers};
use crate::model::story::{Answer, Question, Step, Story, When};
use crate::model::{Date, Localized, FIRST_YEAR, LAST_YEAR};
use crate::params::parse_date;
use serde_json::{Map, Value};
use std::fmt;

/// The largest story file read, in bytes (256 KiB).
pub const MAX_BYTES: usize = 256 * 1024;
/// The most steps a story may have.
pub const MAX_STEPS: usize = 60;
/// The longest single text (a title, a step's text in one language, a choice …), in characters.
pub const MAX_CHARS: usize = 4000;
/// The longest id of a territory, event or sister-city pair, in characters.
pub const MAX_ID_CHARS: usize = 80;

/// The fields a step may have; any other is a mistake (a typo like `yaer`).
const STEP_FIELDS: [&str; 8] = [
    "title",
    "text",
    "year",
    "date",
    "view",
    "layers",
    "highlight",
    "question",
];
/// The fields a question may have.
const QUESTION_FIELDS: [&str; 5] = ["kind", "prompt", "choices", "answer", "explain"];
/// The languages a text may be given in.
const LANGS: [&str; 4] = ["en", "th", "ru", "ja"];

/// One problem found in a story file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoryError {
    /// The text is not JSON.
    Syntax {
        /// Line of the problem, from 1.
        line: usize,
        /// Column of the problem, from 1.
        column: usize,
        /// What the JSON reader said.
        message: String,
    },
    /// A field breaks a rule.
    Invalid {
        /// The step, counted from 1 as a teacher counts; `None` for the story itself.
        step: Option<usize>,
        /// The field, as a path such as `question.answer` or `text.th`; empty for the whole
        /// step or story.
        field: String,
        /// What is wrong, in a sentence.
        problem: String,
    },
    /// The file is larger than [`MAX_BYTES`]; nothing else was checked.
    TooLarge {
        /// The size of the file, bytes.
        bytes: usize,
    },
}

impl fmt::Display for StoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoryError::Syntax {
                line,
                column,
                message,
            } => write!(f, "line {line}, column {column}: not JSON: {message}"),
            StoryError::Invalid {
                step,
                field,
                problem,
            } => match (step, field.is_empty()) {
                (Some(n), false) => write!(f, "step {n}, {field}: {problem}"),
                (Some(n), true) => write!(f, "step {n}: {problem}"),
                (None, false) => write!(f, "{field}: {problem}"),
                (None, true) => f.write_str(problem),
            },
            StoryError::TooLarge { bytes } => write!(
                f,
                "the story is {} KiB; a story may be at most {} KiB",
                bytes.div_ceil(1024),
                MAX_BYTES / 1024
            ),
        }
    }
}

impl std::error::Error for StoryError {}

/// Every problem found in a story file, shown one per line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoryErrors(pub Vec<StoryError>);

impl fmt::Display for StoryErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        super::error::write_lines(f, &self.0)
    }
}

impl std::error::Error for StoryErrors {}

/// Reads and checks a story file: the story, or every problem found.
///
/// ```
/// use rj_atlas::data::story::parse_story;
/// let story = parse_story(r#"{"title": "Tsushima", "steps": [
///     {"title": "The battle", "text": "The **Baltic Fleet** is destroyed.", "date": "1905-05-27",
///      "highlight": ["tsushima-1905"]}]}"#).expect("valid");
/// assert_eq!(story.steps[0].when.year(), 1905);
///
/// let errors = parse_story(r#"{"title": "x", "steps": [{"title": "a", "text": "b", "yaer": 1905}]}"#)
///     .expect_err("invalid");
/// assert_eq!(errors.to_string(),
///     "step 1, yaer: is not a field of a step (did you mean “year”?)\n\
///      step 1, year: a step needs a year (such as 1905) or a date (such as \"1905-05-27\")");
/// ```
pub fn parse_story(text: &str) -> Result<Story, StoryErrors> {
    if text.len() > MAX_BYTES {
        return Err(StoryErrors(vec![StoryError::TooLarge {
            bytes: text.len(),
        }]));
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        let full = e.to_string();
        let position = format!(" at line {} column {}", e.line(), e.column());
        let message = full.strip_suffix(&position).unwrap_or(&full).to_string();
        StoryErrors(vec![StoryError::Syntax {
            line: e.line(),
            column: e.column(),
            message,
        }])
    })?;
    let mut reader = Reader::default();
    let story = reader.story(&value);
    match story {
        Some(story) if reader.errors.is_empty() => Ok(story),
        _ => Err(StoryErrors(reader.errors)),
    }
}

/// The ids of a story that `known` does not know, each naming its step and field: highlights
/// should be territories, events or sister-city pairs, territory answers territories. The UI
/// passes a lookup into its atlas; the native tests check the files under `www/stories/`.
pub fn unknown_ids(story: &Story, known: impl Fn(&str) -> bool) -> Vec<StoryError> {
    let mut errors = Vec::new();
    for (i, step) in story.steps.iter().enumerate() {
        let mut report = |field: String, what: &str, id: &str| {
            errors.push(StoryError::Invalid {
                step: Some(i + 1),
                field,
                problem: format!("the atlas has no {what} “{}”", shown(id)),
            });
        };
        for (j, id) in step.highlight.iter().enumerate() {
            if !known(id) {
                report(
                    format!("highlight[{j}]"),
                    "territory, event or sister-city pair",
                    id,
                );
            }
        }
        if let Some(Question {
            answer: Answer::Territory { ids },
            ..
        }) = &step.question
        {
            for (j, id) in ids.iter().enumerate() {
                if !known(id) {
                    report(format!("question.answer[{j}]"), "territory", id);
                }
            }
        }
    }
    errors
}

/// At most 40 characters of what was written, for a message that stays short.
fn shown(value: &str) -> String {
    let mut s: String = value.chars().take(40).collect();
    if value.chars().count() > 40 {
        s.push('…');
    }
    s
}

/// What a JSON value is, in words.
fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// ` (did you mean “year”?)` when `key` is a small slip from one of `fields`.
fn did_you_mean(key: &str, fields: &[&str]) -> String {
    if key.chars().count() > 20 {
        return String::new();
    }
    let key = key.to_lowercase();
    fields
        .iter()
        .map(|f| (edit_distance(&key, f), f))
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, f)| format!(" (did you mean “{f}”?)"))
        .unwrap_or_default()
}

/// Levenshtein distance, with a swap of two neighbours counted as one edit.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d: Vec<Vec<usize>> = (0..=a.len())
        .map(|i| (0..=b.len()).map(|j| if i == 0 { j } else { i }).collect())
        .collect();
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// Walks the JSON, collecting problems; `step` is the step being read (from 1).
#[derive(Default)]
struct Reader {
    errors: Vec<StoryError>,
    step: Option<usize>,
}

impl Reader {
    fn bad(&mut self, field: &str, problem: impl Into<String>) {
        self.errors.push(StoryError::Invalid {
            step: self.step,
            field: field.to_string(),
            problem: problem.into(),
        });
    }

    fn story(&mut self, value: &Value) -> Option<Story> {
        let Value::Object(top) = value else {
            self.bad(
                "",
                format!(
                    "a story is a JSON object with a title and steps, not {}",
                    describe(value)
                ),
            );
            return None;
        };
        // Other top-level fields ("$schema", notes for other tools) are ignored.
        let title = self.localized(top.get("title"), "title");
        let steps = match top.get("steps") {
            None => {
                self.bad("steps", "is missing: a story needs at least one step");
                None
            }
            Some(Value::Array(items)) => {
                if items.is_empty() {
                    self.bad("steps", "is empty: a story needs at least one step");
                } else if items.len() > MAX_STEPS {
                    self.bad(
                        "steps",
                        format!(
                            "has {} steps; a story may have at most {MAX_STEPS}",
                            items.len()
                        ),
                    );
                }
                let steps: Vec<Option<Step>> = items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| self.step(i + 1, item))
                    .collect();
                self.step = None;
                steps.into_iter().collect::<Option<Vec<Step>>>()
            }
            Some(other) => {
                self.bad(
                    "steps",
                    format!("must be a list of steps, not {}", describe(other)),
                );
                None
            }
        };
        Some(Story {
            title: title?,
            steps: steps?,
        })
    }

    fn step(&mut self, n: usize, value: &Value) -> Option<Step> {
        self.step = Some(n);
        let Value::Object(m) = value else {
            self.bad(
                "",
                format!(
                    "a step is an object with a title, a text and a year or date, not {}",
                    describe(value)
                ),
            );
            return None;
        };
        self.unknown_fields(m, "", &STEP_FIELDS, "a step");
        let title = self.localized(m.get("title"), "title");
        let text = self.localized(m.get("text"), "text");
        let when = self.when(m.get("year"), m.get("date"));
        let view = m.get("view").and_then(|v| self.view(v));
        let layers = m.get("layers").and_then(|v| self.layers(v));
        let highlight = match m.get("highlight") {
            Some(v) => self.ids(v, "highlight", false),
            None => Some(Vec::new()),
        };
        let question = m.get("question").map(|v| self.question(v));
        Some(Step {
            title: title?,
            text: text?,
            when: when?,
            view,
            layers,
            highlight: highlight?,
            question: question.map_or(Some(None), |q| q.map(Some))?,
        })
    }

    fn unknown_fields(&mut self, m: &Map<String, Value>, prefix: &str, known: &[&str], of: &str) {
        for key in m.keys().filter(|k| !known.contains(&k.as_str())) {
            let hint = did_you_mean(key, known);
            self.bad(
                &format!("{prefix}{}", shown(key)),
                format!("is not a field of {of}{hint}"),
            );
        }
    }

    /// One non-blank text of at most [`MAX_CHARS`] characters.
    fn string(&mut self, value: &Value, field: &str) -> Option<String> {
        let Value::String(s) = value else {
            self.bad(field, format!("must be text, not {}", describe(value)));
            return None;
        };
        if s.trim().is_empty() {
            self.bad(field, "is empty");
            return None;
        }
        let chars = s.chars().count();
        if chars > MAX_CHARS {
            self.bad(
                field,
                format!("is {chars} characters long; a text may have at most {MAX_CHARS}"),
            );
            return None;
        }
        Some(s.clone())
    }

    /// A text for every language (a string) or per language (`{"en": …, "th": …}`).
    fn localized(&mut self, value: Option<&Value>, field: &str) -> Option<Localized> {
        let Some(value) = value else {
            self.bad(field, "is missing");
            return None;
        };
        let Value::Object(m) = value else {
            if let Value::String(_) = value {
                return self.string(value, field).map(|en| Localized {
                    en,
                    ..Localized::default()
                });
            }
            self.bad(
                field,
                format!(
                    "must be text, or an object of texts by language such as {{\"en\": …, \"th\": …}}, not {}",
                    describe(value)
                ),
            );
            return None;
        };
        let mut texts: [Option<String>; 4] = Default::default();
        let mut ok = true;
        for (key, v) in m {
            match LANGS.iter().position(|l| l == key) {
                Some(i) => {
                    texts[i] = self.string(v, &format!("{field}.{key}"));
                    ok &= texts[i].is_some();
                }
                None => {
                    self.bad(
                        &format!("{field}.{}", shown(key)),
                        "is not a language of the atlas (en, th, ru, ja)",
                    );
                    ok = false;
                }
            }
        }
        let [en, th, ru, ja] = texts;
        if !m.contains_key("en") {
            self.bad(&format!("{field}.en"), "is missing: English is required");
        }
        Some(Localized {
            en: en?,
            th,
            ru,
            ja,
        })
        .filter(|_| ok)
    }

    fn when(&mut self, year: Option<&Value>, date: Option<&Value>) -> Option<When> {
        if year.is_none() && date.is_none() {
            self.bad(
                "year",
                "a step needs a year (such as 1905) or a date (such as \"1905-05-27\")",
            );
            return None;
        }
        let year = year.map(|v| self.year(v));
        let date = date.map(|v| self.date(v));
        match (year, date) {
            (Some(Some(y)), Some(Some(d))) if d.year() != y => {
                self.bad(
                    "date",
                    format!("{d} is not in the step's year {y}; give one of them, or both alike"),
                );
                None
            }
            (_, Some(d)) => d.map(When::Day),
            (Some(y), None) => y.map(When::Year),
            (None, None) => None,
        }
    }

    fn year(&mut self, value: &Value) -> Option<i32> {
        let Value::Number(n) = value else {
            self.bad(
                "year",
                format!(
                    "must be a whole number such as 1905, not {}",
                    describe(value)
                ),
            );
            return None;
        };
        match n.as_i64() {
            Some(y) if (i64::from(FIRST_YEAR)..=i64::from(LAST_YEAR)).contains(&y) => {
                i32::try_from(y).ok()
            }
            Some(y) => {
                self.bad(
                    "year",
                    format!("{y} is outside the atlas's years, {FIRST_YEAR}–{LAST_YEAR}"),
                );
                None
            }
            None => {
                self.bad(
                    "year",
                    format!("{} is not a whole year", shown(&n.to_string())),
                );
                None
            }
        }
    }

    fn date(&mut self, value: &Value) -> Option<Date> {
        let Value::String(s) = value else {
            self.bad(
                "date",
                format!(
                    "must be text such as \"1905-05-27\", not {}",
                    describe(value)
                ),
            );
            return None;
        };
        let date = parse_date(s).ok();
        if date.is_none() {
            self.bad(
                "date",
                format!(
                    "“{}” is not a day between {FIRST_YEAR}-01-01 and {LAST_YEAR}-12-31 written YYYY-MM-DD",
                    shown(s)
                ),
            );
        }
        date
    }

    /// `lon,lat[,zoom]` as `?view=` takes it (see `ZoomView::from_param`): inside the map's
    /// region, zoom 1–64. Kept as written (trimmed), for the UI to read with its viewport.
    fn view(&mut self, value: &Value) -> Option<String> {
        let Value::String(s) = value else {
            self.bad(
                "view",
                format!(
                    "must be text such as \"146.0,43.5,6\", not {}",
                    describe(value)
                ),
            );
            return None;
        };
        let parts: Option<Vec<f64>> = s.split(',').map(|p| parse_decimal(p.trim())).collect();
        let fits = match parts.as_deref() {
            Some(&[lon, lat]) => in_region(lon, lat),
            Some(&[lon, lat, zoom]) => in_region(lon, lat) && (MIN_ZOOM..=MAX_ZOOM).contains(&zoom),
            _ => false,
        };
        if !fits {
            self.bad(
                "view",
                format!(
                    "“{}” is not longitude,latitude,zoom inside the map (longitude {}–{}, latitude {}–{}, zoom {MIN_ZOOM}–{MAX_ZOOM})",
                    shown(s),
                    REGION.west,
                    REGION.east,
                    REGION.south,
                    REGION.north
                ),
            );
            return None;
        }
        Some(s.trim().to_string())
    }

    /// A comma list of layers as `?layers=` takes it; a name it does not know is an error.
    fn layers(&mut self, value: &Value) -> Option<Layers> {
        let Value::String(s) = value else {
            self.bad(
                "layers",
                format!(
                    "must be text such as \"war,territories\", not {}",
                    describe(value)
                ),
            );
            return None;
        };
        if s.split(',').all(|p| p.trim().is_empty()) {
            self.bad(
                "layers",
                "is empty; leave it out to keep the layers the reader has on",
            );
            return None;
        }
        let (layers, ignored) = parse_layers(s);
        if !ignored.is_empty() {
            let names: Vec<String> = ignored.iter().map(|n| format!("“{}”", shown(n))).collect();
            let all: Vec<&str> = Layer::ALL.iter().map(|l| l.id()).collect();
            self.bad(
                "layers",
                format!(
                    "{} {} not a layer (the layers are {})",
                    names.join(", "),
                    if names.len() == 1 { "is" } else { "are" },
                    all.join(", ")
                ),
            );
            return None;
        }
        Some(layers)
    }

    /// A list of ids: lowercase letters, digits and hyphens, 1–80 characters, no repeats.
    /// `required` asks for at least one.
    fn ids(&mut self, value: &Value, field: &str, required: bool) -> Option<Vec<String>> {
        let Value::Array(items) = value else {
            self.bad(
                field,
                format!(
                    "must be a list of ids such as [\"iturup\", \"tsushima-1905\"], not {}",
                    describe(value)
                ),
            );
            return None;
        };
        if required && items.is_empty() {
            self.bad(field, "is empty: name at least one territory");
            return None;
        }
        let mut ids: Vec<String> = Vec::new();
        let mut ok = true;
        for (j, item) in items.iter().enumerate() {
            let here = format!("{field}[{j}]");
            let Value::String(id) = item else {
                self.bad(
                    &here,
                    format!("must be an id (text), not {}", describe(item)),
                );
                ok = false;
                continue;
            };
            let well_formed = !id.is_empty()
                && id.chars().count() <= MAX_ID_CHARS
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !well_formed {
                self.bad(
                    &here,
                    format!(
                        "“{}” is not an id (1–{MAX_ID_CHARS} of a–z, 0–9 and -)",
                        shown(id)
                    ),
                );
                ok = false;
            } else if ids.contains(id) {
                self.bad(&here, format!("“{id}” is listed twice"));
                ok = false;
            } else {
                ids.push(id.clone());
            }
        }
        Some(ids).filter(|_| ok)
    }

    fn question(&mut self, value: &Value) -> Option<Question> {
        let Value::Object(m) = value else {
            self.bad(
                "question",
                format!(
                    "must be an object with a kind, a prompt and an answer, not {}",
                    describe(value)
                ),
            );
            return None;
        };
        self.unknown_fields(m, "question.", &QUESTION_FIELDS, "a question");
        let prompt = self.localized(m.get("prompt"), "question.prompt");
        let explain = m
            .get("explain")
            .map(|v| self.localized(Some(v), "question.explain"));
        let answer = match m.get("kind") {
            Some(Value::String(kind)) if kind == "choice" => self.choice(m),
            Some(Value::String(kind)) if kind == "territory" => {
                if m.contains_key("choices") {
                    self.bad(
                        "question.choices",
                        "only a choice question has choices; a territory question is answered on the map",
                    );
                }
                match m.get("answer") {
                    Some(v) => self
                        .ids(v, "question.answer", true)
                        .map(|ids| Answer::Territory { ids }),
                    None => {
                        self.bad(
                            "question.answer",
                            "is missing: the list of territory ids that answer the question",
                        );
                        None
                    }
                }
            }
            Some(Value::String(kind)) => {
                self.bad(
                    "question.kind",
                    format!(
                        "“{}” is not a kind of question (choice or territory)",
                        shown(kind)
                    ),
                );
                None
            }
            Some(other) => {
                self.bad(
                    "question.kind",
                    format!(
                        "must be \"choice\" or \"territory\", not {}",
                        describe(other)
                    ),
                );
                None
            }
            None => {
                self.bad("question.kind", "is missing: choice or territory");
                None
            }
        };
        Some(Question {
            prompt: prompt?,
            answer: answer?,
            explain: explain.map_or(Some(None), |e| e.map(Some))?,
        })
    }

    fn choice(&mut self, m: &Map<String, Value>) -> Option<Answer> {
        let choices = match m.get("choices") {
            Some(Value::Array(items)) => {
                if !(2..=6).contains(&items.len()) {
                    self.bad(
                        "question.choices",
                        format!(
                            "has {} choice{}; give 2 to 6",
                            items.len(),
                            if items.len() == 1 { "" } else { "s" }
                        ),
                    );
                }
                let choices: Vec<Option<Localized>> = items
                    .iter()
                    .enumerate()
                    .map(|(i, c)| self.localized(Some(c), &format!("question.choices[{i}]")))
                    .collect();
                Some(choices)
            }
            Some(other) => {
                self.bad(
                    "question.choices",
                    format!("must be a list of 2 to 6 texts, not {}", describe(other)),
                );
                None
            }
            None => {
                self.bad(
                    "question.choices",
                    "is missing: a choice question needs 2 to 6 choices",
                );
                None
            }
        };
        let count = choices.as_ref().map(Vec::len);
        let correct = match (m.get("answer"), count) {
            (None, _) => {
                self.bad(
                    "question.answer",
                    "is missing: the number of the right choice, counted from 0",
                );
                None
            }
            (Some(Value::Number(n)), count) => match (n.as_u64(), count) {
                (Some(i), Some(count)) if i >= count as u64 => {
                    self.bad(
                        "question.answer",
                        format!(
                            "{i} is not the number of a choice (there are {count}, counted from 0)"
                        ),
                    );
                    None
                }
                (Some(i), _) => usize::try_from(i).ok(),
                (None, _) => {
                    self.bad(
                        "question.answer",
                        format!(
                            "{} is not the number of a choice (a whole number counted from 0)",
                            shown(&n.to_string())
                        ),
                    );
                    None
                }
            },
            (Some(other), _) => {
                self.bad(
                    "question.answer",
                    format!(
                        "must be the number of the right choice, counted from 0, not {}",
                        describe(other)
                    ),
                );
                None
            }
        };
        let choices = choices?.into_iter().collect::<Option<Vec<Localized>>>()?;
        if !(2..=6).contains(&choices.len()) {
            return None;
        }
        Some(Answer::Choice {
            choices,
            correct: correct?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;
    use serde_json::json;

    fn good() -> Value {
        json!({
            "$schema": "../story.schema.json",
            "title": {"en": "Tsushima", "th": "สึชิมะ"},
            "notes": "ignored",
            "steps": [
                {
                    "title": "The fleet sails",
                    "text": {"en": "The **Baltic Fleet** sails.\n\nIt takes *seven months*.", "th": "กองเรือ**บอลติก**ออกเดินทาง"},
                    "year": 1904,
                    "layers": "war, territories",
                },
                {
                    "title": {"en": "The battle"},
                    "text": "Tōgō wins.",
                    "date": "1905-05-27",
                    "view": " 130.15,34.57,8 ",
                    "highlight": ["tsushima-1905"],
                    "question": {
                        "kind": "choice",
                        "prompt": "Who won?",
                        "choices": ["Russia", {"en": "Japan", "th": "ญี่ปุ่น"}],
                        "answer": 1,
                        "explain": "**Japan** did."
                    }
                },
                {
                    "title": "1956",
                    "text": "Article 9.",
                    "year": 1956,
                    "date": "1956-10-19",
                    "view": "146,43.5",
                    "question": {
                        "kind": "territory",
                        "prompt": "Which islands?",
                        "answer": ["shikotan", "habomai"]
                    }
                }
            ]
        })
    }

    fn parse(value: &Value) -> Result<Story, StoryErrors> {
        parse_story(&value.to_string())
    }

    /// The messages for `value`, one string each.
    fn problems(value: &Value) -> Vec<String> {
        parse(value)
            .expect_err("invalid")
            .0
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn reads_a_good_story() {
        let story = parse(&good()).expect("valid");
        assert_eq!(story.title.get(Lang::Th), "สึชิมะ");
        assert_eq!(story.steps.len(), 3);
        let [first, second, third] = &story.steps[..] else {
            panic!("three steps");
        };
        assert_eq!(first.when, When::Year(1904));
        assert_eq!(
            first.layers.map(|l| l.to_string()),
            Some("territories,war".into())
        );
        assert_eq!(first.paragraphs(Lang::En).len(), 2);
        assert!(first.paragraphs(Lang::Th)[0].spans[1].strong);
        assert_eq!(first.paragraphs(Lang::Ja), first.paragraphs(Lang::En));
        assert_eq!(second.when, When::Day(Date::new_unchecked(1905, 5, 27)));
        assert_eq!(second.view.as_deref(), Some("130.15,34.57,8"));
        assert_eq!(second.title.get(Lang::Th), "The battle");
        let q = second.question.as_ref().expect("question");
        assert!(q.accepts_choice(1) && !q.accepts_choice(0));
        assert_eq!(q.explanation(Lang::Th)[0].spans[0].text, "Japan");
        assert_eq!(third.when, When::Day(Date::new_unchecked(1956, 10, 19)));
        let q = third.question.as_ref().expect("question");
        assert!(q.accepts_territories(&["habomai", "shikotan"]));
        assert!(third.highlight.is_empty() && third.layers.is_none());
    }

    #[test]
    fn syntax_errors_give_line_and_column() {
        let errors = parse_story("{\n  \"title\": \"x\",\n  \"steps\": [}\n").expect_err("bad");
        let [StoryError::Syntax {
            line,
            column,
            message,
        }] = &errors.0[..]
        else {
            panic!("{errors}");
        };
        assert_eq!((*line, *column), (3, 13));
        assert!(!message.contains("line"), "{message}");
        assert!(errors
            .to_string()
            .starts_with("line 3, column 13: not JSON: "));
        assert!(parse_story("").is_err());
        assert_eq!(
            problems(&json!([1, 2])),
            vec!["a story is a JSON object with a title and steps, not a list"]
        );
    }

    #[test]
    fn every_problem_names_step_and_field() {
        let layers = Layer::ALL.map(Layer::id).join(", ");
        let mut story = good();
        story["steps"][0]["yaer"] = json!(1904);
        story["steps"][0]["title"] = json!({"en": "", "fr": "x"});
        story["steps"][0]["layers"] = json!("war,rivers,<script>");
        story["steps"][1]["date"] = json!("1905-13-45");
        story["steps"][1]["view"] = json!("NaN,NaN");
        story["steps"][1]["highlight"] = json!(["Tsushima 1905", "ok", "ok", 5]);
        story["steps"][1]["question"]["answer"] = json!(4);
        story["steps"][1]["question"]["choices"] = json!(["a", "b", "c"]);
        story["steps"][1]["question"]["promt"] = json!("x");
        story["steps"][2]["question"]["choices"] = json!(["a", "b"]);
        story["steps"][2]["question"]["answer"] = json!([]);
        story["steps"][2]["year"] = json!(1955);
        assert_eq!(
            problems(&story),
            vec![
                "step 1, yaer: is not a field of a step (did you mean “year”?)",
                "step 1, title.en: is empty",
                "step 1, title.fr: is not a language of the atlas (en, th, ru, ja)",
                &format!("step 1, layers: “rivers”, “<script>” are not a layer (the layers are {layers})"),
                "step 2, date: “1905-13-45” is not a day between 1855-01-01 and 2014-12-31 written YYYY-MM-DD",
                "step 2, view: “NaN,NaN” is not longitude,latitude,zoom inside the map (longitude 115–165, latitude 20–62, zoom 1–64)",
                "step 2, highlight[0]: “Tsushima 1905” is not an id (1–80 of a–z, 0–9 and -)",
                "step 2, highlight[2]: “ok” is listed twice",
                "step 2, highlight[3]: must be an id (text), not a number",
                "step 2, question.promt: is not a field of a question (did you mean “prompt”?)",
                "step 2, question.answer: 4 is not the number of a choice (there are 3, counted from 0)",
                "step 3, date: 1956-10-19 is not in the step's year 1955; give one of them, or both alike",
                "step 3, question.choices: only a choice question has choices; a territory question is answered on the map",
                "step 3, question.answer: is empty: name at least one territory",
            ]
        );
    }

    #[test]
    fn years_and_questions_are_checked() {
        let mut story = good();
        story["steps"][0]["year"] = json!(1905.0);
        story["steps"][1]["date"] = json!("1854-12-31");
        story["steps"][1]["question"]["kind"] = json!("essay");
        story["steps"][2] = json!({"title": "t", "text": "x", "year": 2015, "question": {"kind": "choice", "prompt": "?", "choices": ["only"], "answer": -1}});
        story["title"] = json!(7);
        assert_eq!(
            problems(&story),
            vec![
                "title: must be text, or an object of texts by language such as {\"en\": …, \"th\": …}, not a number",
                "step 1, year: 1905.0 is not a whole year",
                "step 2, date: “1854-12-31” is not a day between 1855-01-01 and 2014-12-31 written YYYY-MM-DD",
                "step 2, question.kind: “essay” is not a kind of question (choice or territory)",
                "step 3, year: 2015 is outside the atlas's years, 1855–2014",
                "step 3, question.choices: has 1 choice; give 2 to 6",
                "step 3, question.answer: -1 is not the number of a choice (a whole number counted from 0)",
            ]
        );
        let missing = json!({"title": {"th": "ไทย"}, "steps": [{"text": "x"}, "step"]});
        assert_eq!(
            problems(&missing),
            vec![
                "title.en: is missing: English is required",
                "step 1, title: is missing",
                "step 1, year: a step needs a year (such as 1905) or a date (such as \"1905-05-27\")",
                "step 2: a step is an object with a title, a text and a year or date, not text",
            ]
        );
        assert_eq!(
            problems(&json!({"title": "x", "steps": []})),
            vec!["steps: is empty: a story needs at least one step"]
        );
    }

    #[test]
    fn limits() {
        let huge = format!("{{\"title\": \"{}\"}}", "x".repeat(MAX_BYTES));
        assert_eq!(
            parse_story(&huge).expect_err("too large").to_string(),
            "the story is 257 KiB; a story may be at most 256 KiB"
        );
        let step = json!({"title": "t", "text": "x", "year": 1905});
        let many = json!({"title": "x", "steps": vec![step.clone(); MAX_STEPS + 1]});
        assert_eq!(
            problems(&many),
            vec!["steps: has 61 steps; a story may have at most 60"]
        );
        assert!(parse(&json!({"title": "x", "steps": vec![step; MAX_STEPS]})).is_ok());
        let mut long = good();
        long["steps"][0]["text"]["th"] = json!("ก".repeat(MAX_CHARS + 1));
        assert_eq!(
            problems(&long),
            vec!["step 1, text.th: is 4001 characters long; a text may have at most 4000"]
        );
        long["steps"][0]["text"]["th"] = json!("ก".repeat(MAX_CHARS));
        assert!(parse(&long).is_ok());
        let mut id = good();
        id["steps"][1]["highlight"] = json!(["a".repeat(81)]);
        assert_eq!(problems(&id).len(), 1);
        id["steps"][1]["highlight"] = json!(["a".repeat(80)]);
        assert!(parse(&id).is_ok());
    }

    #[test]
    fn script_stays_literal_text() {
        let mut story = good();
        story["steps"][0]["text"] =
            json!("<script>alert(1)</script> **<img src=x onerror=alert(1)>**");
        let parsed = parse(&story).expect("valid: markup is only text");
        let spans = &parsed.steps[0].paragraphs(Lang::En)[0].spans;
        assert_eq!(spans[0].text, "<script>alert(1)</script> ");
        assert_eq!(spans[1].text, "<img src=x onerror=alert(1)>");
        assert!(spans[1].strong);
    }

    #[test]
    fn unknown_ids_name_step_and_field() {
        let story = parse(&good()).expect("valid");
        let known = |id: &str| ["tsushima-1905", "shikotan"].contains(&id);
        let errors: Vec<String> = unknown_ids(&story, known)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            errors,
            vec!["step 3, question.answer[1]: the atlas has no territory “habomai”"]
        );
        assert!(unknown_ids(&story, |_| true).is_empty());
        assert_eq!(unknown_ids(&story, |_| false).len(), 3);
    }

    #[test]
    fn the_example_in_stories_md_is_valid() {
        let doc = include_str!("../../STORIES.md");
        let example = doc
            .split("```json\n")
            .nth(1)
            .and_then(|rest| rest.split("\n```").next())
            .expect("STORIES.md has a JSON example");
        let story = parse_story(example).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(story.steps[0].paragraphs(Lang::Th).len(), 2);
    }

    #[test]
    fn slips_are_recognised() {
        assert_eq!(
            did_you_mean("yaer", &STEP_FIELDS),
            " (did you mean “year”?)"
        );
        assert_eq!(
            did_you_mean("Highlights", &STEP_FIELDS),
            " (did you mean “highlight”?)"
        );
        assert_eq!(did_you_mean("colour", &STEP_FIELDS), "");
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
