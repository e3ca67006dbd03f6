//! A guided story's panel: the step's title and text (a Markdown subset, drawn as text nodes
//! only), previous/next with the arrow keys, progress dots, and the step's question. A question
//! is "predict, then reveal": until it is answered the map hides who held what (the root carries
//! `data-story-question="open"`), then the answer is shown and explained.

use super::shared::Shared;
use crate::i18n::{self, Msg};
use crate::model::story::{Answer, Paragraph, Story};
use crate::model::{Atlas, Lang};
use yew::prelude::*;

/// Where the reader is with the step's question.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuestionState {
    /// The territories clicked so far (a territory question).
    pub picked: Vec<String>,
    /// The choice made (a choice question).
    pub chosen: Option<usize>,
    /// `Some(right)` once answered.
    pub answered: Option<bool>,
}

/// Props of [`StoryPanel`].
#[derive(Properties, PartialEq)]
pub struct StoryPanelProps {
    /// The story.
    pub story: Shared<Story>,
    /// The history (names of territories).
    pub atlas: Shared<Atlas>,
    /// The step shown, from 0.
    pub step: usize,
    /// The language.
    pub lang: Lang,
    /// The question's state.
    pub question: QuestionState,
    /// Go to a step.
    pub on_step: Callback<usize>,
    /// A choice was made, or (with `None`) a territory answer is to be checked.
    pub on_answer: Callback<Option<usize>>,
    /// Leave the story.
    pub on_close: Callback<()>,
}

/// Paragraphs as `<p>` of text, `<strong>` and `<em>`: never markup from the file.
pub fn paragraphs(paragraphs: &[Paragraph]) -> Html {
    html! {
        { for paragraphs.iter().map(|p| html! {
            <p>
                { for p.spans.iter().map(|s| match (s.strong, s.em) {
                    (true, true) => html! { <strong><em>{ s.text.clone() }</em></strong> },
                    (true, false) => html! { <strong>{ s.text.clone() }</strong> },
                    (false, true) => html! { <em>{ s.text.clone() }</em> },
                    (false, false) => html! { { s.text.clone() } },
                }) }
            </p>
        }) }
    }
}

/// The story panel.
#[function_component(StoryPanel)]
pub fn story_panel(props: &StoryPanelProps) -> Html {
    let (lang, story, i) = (props.lang, &props.story, props.step);
    let Some(step) = story.steps.get(i) else {
        return Html::default();
    };
    let total = story.steps.len();
    let go = |to: usize| {
        let on_step = props.on_step.clone();
        Callback::from(move |_: MouseEvent| {
            if to != i {
                on_step.emit(to);
            }
        })
    };
    // Focus follows the reader: to the answer once given, to the step's title on a new step
    // (a button that becomes unusable must not drop focus to the page).
    let reveal = use_node_ref();
    let heading = use_node_ref();
    {
        let reveal = reveal.clone();
        use_effect_with(props.question.answered.is_some(), move |answered| {
            if let (true, Some(r)) = (*answered, reveal.cast::<web_sys::HtmlElement>()) {
                let _ = r.focus();
            }
        });
    }
    {
        let (heading, first) = (heading.clone(), use_mut_ref(|| true));
        use_effect_with(i, move |_| {
            if !first.replace(false) {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    }
    let onkeydown = {
        let on_step = props.on_step.clone();
        Callback::from(move |e: KeyboardEvent| {
            // Arrow keys step the story unless a control wants them.
            let in_control = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .is_some_and(|t| matches!(t.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
            match e.key().as_str() {
                "ArrowRight" if !in_control && i + 1 < total => on_step.emit(i + 1),
                "ArrowLeft" if !in_control && i > 0 => on_step.emit(i - 1),
                _ => {}
            }
        })
    };
    let q = &props.question;
    let names = |ids: &[String]| {
        ids.iter()
            .map(|id| {
                props
                    .atlas
                    .territory(id)
                    .map_or(id.as_str(), |t| t.name(lang))
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    html! {
        <section class="story-panel" data-story="" data-story-step={i.to_string()} data-story-steps={total.to_string()}
            aria-label={i18n::text(lang, Msg::StoryLabel)} {onkeydown}>
            <p class="story-title">{ story.title.get(lang).to_string() }</p>
            <h2 class="story-step-title" tabindex="-1" ref={heading}>{ step.title.get(lang).to_string() }</h2>
            <div class="story-text">{ paragraphs(&step.paragraphs(lang)) }</div>
            if let Some(question) = &step.question {
                <div class="story-question" data-question={question.kind()} data-answered={q.answered.map(|r| if r { "right" } else { "wrong" })}>
                    <p class="story-prompt"><strong>{ question.prompt.get(lang).to_string() }</strong></p>
                    { match &question.answer {
                        Answer::Choice { choices, correct } => html! {
                            <div class="story-choices" role="group">
                                { for choices.iter().enumerate().map(|(n, c)| {
                                    let on_answer = props.on_answer.clone();
                                    let mark = match (q.answered, q.chosen == Some(n), n == *correct) {
                                        (Some(_), _, true) => Some("right"),
                                        (Some(_), true, false) => Some("wrong"),
                                        _ => None,
                                    };
                                    html! {
                                        <button type="button" class={classes!("story-choice", mark)} data-answer-choice={n.to_string()}
                                            aria-pressed={(q.chosen == Some(n)).to_string()} disabled={q.answered.is_some()}
                                            onclick={ move |_| on_answer.emit(Some(n)) }>{ c.get(lang).to_string() }</button>
                                    }
                                }) }
                            </div>
                        },
                        Answer::Territory { ids } => html! {
                            <div class="story-pick">
                                <p>{ i18n::text(lang, Msg::StoryPick) }</p>
                                <p data-story-picked={q.picked.join(" ")}>{ i18n::text(lang, Msg::StoryPicked).replace("{what}", &names(&q.picked)) }</p>
                                if q.answered.is_none() {
                                    <button type="button" data-action="story-check" disabled={q.picked.is_empty()}
                                        onclick={ let a = props.on_answer.clone(); move |_| a.emit(None) }>{ i18n::text(lang, Msg::StoryCheck) }</button>
                                } else {
                                    <p>{ i18n::text(lang, Msg::StoryAnswer).replace("{what}", &names(ids)) }</p>
                                }
                            </div>
                        },
                    } }
                    if let Some(right) = q.answered {
                        <div class="story-reveal" role="status" tabindex="-1" ref={reveal.clone()} data-story-reveal={if right { "right" } else { "wrong" }}>
                            <p><strong>{ i18n::text(lang, if right { Msg::StoryCorrect } else { Msg::StoryWrong }) }</strong></p>
                            { paragraphs(&question.explanation(lang)) }
                        </div>
                    } else {
                        <p class="story-hidden-note">{ i18n::text(lang, Msg::StoryHidden) }</p>
                    }
                </div>
            }
            <nav class="story-nav">
                <button type="button" data-action="story-prev" aria-disabled={(i == 0).to_string()} onclick={go(i.saturating_sub(1))}>{ i18n::text(lang, Msg::StoryPrev) }</button>
                <span class="story-dots">
                    { for (0..total).map(|n| html! {
                        <button type="button" class="story-dot" data-story-dot={n.to_string()} aria-current={(n == i).then_some("step")}
                            aria-label={i18n::text(lang, Msg::StoryStep).replace("{n}", &(n + 1).to_string()).replace("{total}", &total.to_string())}
                            onclick={go(n)}></button>
                    }) }
                </span>
                <button type="button" data-action="story-next" aria-disabled={(i + 1 >= total).to_string()} onclick={go((i + 1).min(total - 1))}>{ i18n::text(lang, Msg::StoryNext) }</button>
            </nav>
            <p class="story-progress">{ i18n::text(lang, Msg::StoryStep).replace("{n}", &(i + 1).to_string()).replace("{total}", &total.to_string()) }</p>
            <button type="button" class="link-button story-close" data-action="story-close" onclick={ let c = props.on_close.clone(); move |_| c.emit(()) }>{ i18n::text(lang, Msg::StoryClose) }</button>
        </section>
    }
}
