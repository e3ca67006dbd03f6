//! A guided story: a sequence of steps, each moving the map to a year or day, a view and a set
//! of layers, highlighting territories, events or sister-city pairs, with a short text and an
//! optional question. Pure data; `crate::data::story` reads it from JSON and checks it.
//!
//! Step texts use a tiny Markdown subset, read here into plain [`Paragraph`]s of [`Span`]s so the
//! UI only ever creates text nodes: a `<script>` in a story stays the literal text `<script>`.

use super::{Date, Lang, Localized};
use crate::layers::Layers;

/// A guided story, as read from `www/stories/*.json`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Story {
    /// The story's title.
    pub title: Localized,
    /// The steps, in reading order (at least one).
    pub steps: Vec<Step>,
}

/// One step of a story: where the map goes and what the reader is told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// The step's heading.
    pub title: Localized,
    /// The step's text, in the Markdown subset (see [`Step::paragraphs`]).
    pub text: Localized,
    /// The year or day the map shows.
    pub when: When,
    /// Where the map looks, as `lon,lat[,zoom]` (the syntax of `?view=`); `None` leaves the
    /// reader's view alone.
    pub view: Option<String>,
    /// The layers shown; `None` leaves the reader's layers alone.
    pub layers: Option<Layers>,
    /// Ids of territories, events or sister-city pairs to point out (checked for syntax only;
    /// see `crate::data::story::unknown_ids`).
    pub highlight: Vec<String>,
    /// A question for the reader.
    pub question: Option<Question>,
}

impl Step {
    /// The text in `lang` (English where it is missing), as paragraphs of plain spans.
    pub fn paragraphs(&self, lang: Lang) -> Vec<Paragraph> {
        markdown(self.text.get(lang))
    }
}

/// The moment a step shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// A whole year: the map shows its 31 December, as with `?year=`.
    Year(i32),
    /// One day, as with `?date=` (month-by-month mode).
    Day(Date),
}

impl When {
    /// The day the map shows.
    pub fn date(self) -> Date {
        match self {
            When::Year(year) => Date::end_of_year(year),
            When::Day(date) => date,
        }
    }

    /// The year.
    pub fn year(self) -> i32 {
        match self {
            When::Year(year) => year,
            When::Day(date) => date.year(),
        }
    }
}

/// A question asked at the end of a step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// What is asked.
    pub prompt: Localized,
    /// What kind of answer is expected, and the right one.
    pub answer: Answer,
    /// Shown after the reader answers, in the Markdown subset (see [`Question::explanation`]).
    pub explain: Option<Localized>,
}

/// The expected answer of a [`Question`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Pick one of 2–6 choices.
    Choice {
        /// The choices, in the order shown.
        choices: Vec<Localized>,
        /// The index (from 0) of the right choice.
        correct: usize,
    },
    /// Pick territories on the map.
    Territory {
        /// The territory ids that make up the answer, all of them and only them.
        ids: Vec<String>,
    },
}

impl Question {
    /// `choice` or `territory`, as written in the file.
    pub fn kind(&self) -> &'static str {
        match self.answer {
            Answer::Choice { .. } => "choice",
            Answer::Territory { .. } => "territory",
        }
    }

    /// Whether choice `index` (from 0) is the right one; always false for a territory question.
    pub fn accepts_choice(&self, index: usize) -> bool {
        matches!(self.answer, Answer::Choice { correct, .. } if correct == index)
    }

    /// Whether the territories picked are exactly the answer (in any order); always false for a
    /// choice question.
    ///
    /// ```
    /// use rj_atlas::model::story::{Answer, Question};
    /// let q = Question {
    ///     prompt: Default::default(),
    ///     answer: Answer::Territory { ids: vec!["shikotan".into(), "habomai".into()] },
    ///     explain: None,
    /// };
    /// assert!(q.accepts_territories(&["habomai", "shikotan"]));
    /// assert!(!q.accepts_territories(&["habomai", "shikotan", "iturup"]));
    /// assert!(!q.accepts_territories(&["habomai"]));
    /// ```
    pub fn accepts_territories(&self, picked: &[&str]) -> bool {
        let Answer::Territory { ids } = &self.answer else {
            return false;
        };
        let mut picked: Vec<&str> = picked.to_vec();
        picked.sort_unstable();
        picked.dedup();
        let mut wanted: Vec<&str> = ids.iter().map(String::as_str).collect();
        wanted.sort_unstable();
        wanted.dedup();
        picked == wanted
    }

    /// The explanation in `lang` (English where it is missing) as paragraphs; empty if none.
    pub fn explanation(&self, lang: Lang) -> Vec<Paragraph> {
        self.explain
            .as_ref()
            .map(|e| markdown(e.get(lang)))
            .unwrap_or_default()
    }
}

/// A paragraph of the Markdown subset.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Paragraph {
    /// The runs of text, in order; neighbours differ in emphasis.
    pub spans: Vec<Span>,
}

/// A run of text with one emphasis.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Span {
    /// The literal text (never markup).
    pub text: String,
    /// Written `**like this**`.
    pub strong: bool,
    /// Written `*like this*`.
    pub em: bool,
}

/// Reads the Markdown subset of story texts: paragraphs separated by blank lines (lines inside
/// a paragraph are joined by a space), `**bold**`, `*italic*` and `\*` for a literal star.
/// Everything else, tags and links included, is literal text.
///
/// ```
/// use rj_atlas::model::story::markdown;
/// let p = markdown("The **Baltic Fleet** sailed *seven months*.\n\n<script>x</script>");
/// assert_eq!(p.len(), 2);
/// assert!(p[0].spans[1].strong && p[0].spans[1].text == "Baltic Fleet");
/// assert_eq!(p[1].spans[0].text, "<script>x</script>");
/// ```
pub fn markdown(text: &str) -> Vec<Paragraph> {
    let mut paragraphs = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    for line in text.lines().chain(std::iter::once("")) {
        if line.trim().is_empty() {
            if !lines.is_empty() {
                paragraphs.push(inline(&lines.join(" ")));
                lines.clear();
            }
        } else {
            lines.push(line.trim());
        }
    }
    paragraphs
}

/// A piece of a paragraph before emphasis markers are paired.
enum Token {
    Text(String),
    /// `*` (1) or `**` (2), with whether it may open and whether it may close emphasis.
    Stars {
        count: usize,
        open: bool,
        close: bool,
    },
}

fn tokens(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && matches!(chars.get(i + 1), Some('*' | '\\')) {
            buf.push(chars[i + 1]);
            i += 2;
        } else if c == '*' {
            let count = if chars.get(i + 1) == Some(&'*') { 2 } else { 1 };
            let before = i.checked_sub(1).and_then(|j| chars.get(j));
            let after = chars.get(i + count);
            if !buf.is_empty() {
                out.push(Token::Text(std::mem::take(&mut buf)));
            }
            out.push(Token::Stars {
                count,
                open: after.is_some_and(|c| !c.is_whitespace()),
                close: before.is_some_and(|c| !c.is_whitespace()),
            });
            i += count;
        } else {
            buf.push(c);
            i += 1;
        }
    }
    if !buf.is_empty() {
        out.push(Token::Text(buf));
    }
    out
}

/// One paragraph's emphasis: markers that pair up switch emphasis, the rest are literal.
fn inline(text: &str) -> Paragraph {
    let tokens = tokens(text);
    // Pair the markers: `active[i]` is true for a star token that opens or closes emphasis.
    let mut active = vec![false; tokens.len()];
    let mut open: [Option<usize>; 2] = [None, None];
    for (i, token) in tokens.iter().enumerate() {
        if let Token::Stars {
            count,
            open: can_open,
            close: can_close,
        } = *token
        {
            let slot = &mut open[count - 1];
            match *slot {
                Some(start) if can_close => {
                    active[start] = true;
                    active[i] = true;
                    *slot = None;
                }
                None if can_open => *slot = Some(i),
                _ => {}
            }
        }
    }
    let mut spans: Vec<Span> = Vec::new();
    let (mut strong, mut em) = (false, false);
    for (token, active) in tokens.iter().zip(active) {
        let literal = match token {
            Token::Stars { count, .. } if active => {
                if *count == 2 {
                    strong = !strong;
                } else {
                    em = !em;
                }
                continue;
            }
            Token::Stars { count, .. } => "*".repeat(*count),
            Token::Text(t) => t.clone(),
        };
        match spans.last_mut() {
            Some(last) if last.strong == strong && last.em == em => last.text.push_str(&literal),
            _ => spans.push(Span {
                text: literal,
                strong,
                em,
            }),
        }
    }
    Paragraph { spans }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(text: &str, strong: bool, em: bool) -> Span {
        Span {
            text: text.into(),
            strong,
            em,
        }
    }

    #[test]
    fn bold_italic_and_paragraphs() {
        let p = markdown("  First line\nsecond *line*.\n \n\n**Bold** and ***both***  ");
        assert_eq!(
            p,
            vec![
                Paragraph {
                    spans: vec![
                        span("First line second ", false, false),
                        span("line", false, true),
                        span(".", false, false)
                    ]
                },
                Paragraph {
                    spans: vec![
                        span("Bold", true, false),
                        span(" and ", false, false),
                        span("both", true, true)
                    ]
                },
            ]
        );
    }

    #[test]
    fn markup_stays_literal_text() {
        let p = markdown("<script>alert(1)</script> [link](http://x) <b>b</b> # not a heading");
        assert_eq!(
            p,
            vec![Paragraph {
                spans: vec![span(
                    "<script>alert(1)</script> [link](http://x) <b>b</b> # not a heading",
                    false,
                    false
                )]
            }]
        );
        let p = markdown("**<script>**");
        assert_eq!(p[0].spans, vec![span("<script>", true, false)]);
    }

    #[test]
    fn unpaired_and_spaced_stars_are_literal() {
        assert_eq!(
            markdown("2 * 3 = 6")[0].spans,
            vec![span("2 * 3 = 6", false, false)]
        );
        assert_eq!(
            markdown("**open")[0].spans,
            vec![span("**open", false, false)]
        );
        assert_eq!(
            markdown("a \\*b\\* c")[0].spans,
            vec![span("a *b* c", false, false)]
        );
        assert_eq!(markdown("*")[0].spans, vec![span("*", false, false)]);
        assert!(markdown("").is_empty() && markdown(" \n \n").is_empty());
    }

    #[test]
    fn when_gives_the_day_shown() {
        assert_eq!(When::Year(1905).date(), Date::end_of_year(1905));
        let tsushima = Date::new_unchecked(1905, 5, 27);
        assert_eq!(When::Day(tsushima).date(), tsushima);
        assert_eq!(When::Day(tsushima).year(), 1905);
    }

    #[test]
    fn choices_are_checked_by_index() {
        let q = Question {
            prompt: Localized::default(),
            answer: Answer::Choice {
                choices: vec![Localized::default(); 3],
                correct: 1,
            },
            explain: None,
        };
        assert!(q.accepts_choice(1) && !q.accepts_choice(0) && !q.accepts_territories(&[]));
        assert_eq!(q.kind(), "choice");
        assert!(q.explanation(Lang::Th).is_empty());
    }
}
