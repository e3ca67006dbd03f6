//! Every string the UI shows, in English, Thai, Russian and Japanese, and the calendars each
//! language writes years and dates in. One catalogue per language (`en.rs`, `th.rs`, `ru.rs`,
//! `ja.rs`), each an exhaustive `match` over [`Msg`]: a key missing in any language does not
//! compile, and the tests below check that none is empty and that placeholders survive.
//!
//! The first-load core (built without the `full` feature) compiles English only: the other
//! languages come as files, fetched with the page and [`install`]ed before the app mounts (see
//! [`table`]). Until its table is installed a language is not [`ready`] and English shows.

mod en;
#[cfg(feature = "full")]
mod ja;
#[cfg(feature = "full")]
mod ru;
pub mod table;
#[cfg(feature = "full")]
mod th;

use crate::model::{Date, Lang, Status};

/// Declares [`Msg`] and [`Msg::ALL`] from one list, so no message can be left out of `ALL`
/// (the language tables index texts by `msg as usize`, `src/i18n/table.rs`).
macro_rules! messages {
    ($(#[$meta:meta])* pub enum Msg { $($(#[$doc:meta])* $name:ident,)+ }) => {
        $(#[$meta])*
        pub enum Msg { $($(#[$doc])* $name,)+ }

        impl Msg {
            /// Every message, in declaration order (`ALL[m as usize] == m`).
            pub const ALL: [Msg; [$(Msg::$name),+].len()] = [$(Msg::$name),+];
        }
    };
}

messages! {
/// A UI string. `{year}` in a message is replaced by [`year`]'s text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    /// The atlas's name, before the years.
    AppTitle,
    /// "Who held each territory on 31 December {year}".
    Subtitle,
    /// The slider's label.
    Year,
    /// The legend's heading.
    WhoHeld,
    /// "What changed in {year}".
    WhatChanged,
    /// The list when nothing changed.
    NoChanges,
    /// The legend's accessible name.
    Legend,
    /// Legend: the war of 1904–05.
    War,
    /// Legend: other armed conflicts.
    Conflict,
    /// Legend: treaties and diplomacy.
    Diplomacy,
    /// Legend: sister cities.
    SisterCities,
    /// The map's accessible name.
    MapLabel,
    /// The point layers' accessible name.
    OverlayLabel,
    /// The footer's attribution.
    Footer,
    /// The heading of the card shown when the data cannot load.
    LoadError,
    /// The language switcher's label.
    Language,
    /// " since {year}" in an accessible name.
    Since,
    /// The word joining two controllers.
    And,
    /// "Ignored: {what}. The atlas started with its defaults."
    Ignored,
    /// The button that closes a notice.
    Dismiss,
    /// The timeline controls' group name.
    Timeline,
    /// Jump to the previous year in which a territory changed hands.
    PrevChange,
    /// One year back.
    PrevYear,
    /// Start playing the years.
    Play,
    /// Stop playing.
    Pause,
    /// One year on.
    NextYear,
    /// Jump to the next year in which a territory changed hands.
    NextChange,
    /// The play speed selector's label.
    Speed,
    /// A play speed: "{n} years per second".
    YearsPerSecond,
    /// Play again from the start at the end.
    Loop,
    /// The layer switches' heading.
    Layers,
    /// The territories layer.
    Territories,
    /// Closes the details panel.
    Close,
    /// The details panel's list of periods of control.
    History,
    /// Heading of the sources list.
    Sources,
    /// "since {date}" in the details panel.
    SinceDate,
    /// Before the polities that also claim a territory.
    ClaimedBy,
    /// Before the event that opened a period.
    Because,
    /// Before a date in the Julian calendar.
    JulianDate,
    /// Before an event's place.
    Place,
    /// A friendship-city tie (not a full sister-city one).
    FriendshipCities,
    /// While the details are fetched.
    LoadingDetails,
    /// When the details cannot be fetched.
    DetailsFailed,
    /// Switches to the table view.
    ShowTable,
    /// Switches back from the table view.
    ShowMap,
    /// Table column: the territory.
    TableTerritory,
    /// Table column: who held it.
    TableHeldBy,
    /// Table column: how it was held.
    TableStatus,
    /// Table column: since when.
    TableSince,
    /// The chronology table's caption.
    TableChronology,
    /// Table column: the date.
    TableDate,
    /// Table column: the event.
    TableEvent,
    /// Table column and filter group: the kind of event.
    TableKind,
    /// Table column and filter group: the map layer (war, conflict, diplomacy).
    TableCategory,
    /// The chronology filter's label.
    TableShow,
    /// The chronology filter: no filter.
    TableAllEvents,
    /// The zoom buttons' group name.
    Zoom,
    /// Zoom in.
    ZoomIn,
    /// Zoom out.
    ZoomOut,
    /// Back to the whole region.
    ResetView,
    /// Said by a screen reader for each change: "{territory} passes to {who}{event}" ({event} is " (Treaty of …)" or empty).
    Passes,
    /// The subtitle in month-by-month mode: "Who held each territory on {date}".
    SubtitleDate,
    /// Switches month-by-month stepping on and off.
    MonthByMonth,
    /// One month back.
    PrevMonth,
    /// One month on.
    NextMonth,
    /// The compare section's heading.
    Compare,
    /// The second year's label.
    CompareWith,
    /// Clears the second year.
    StopComparing,
    /// How many territories changed hands between the two years.
    CompareSummary,
    /// The charts section's heading.
    Charts,
    /// The charts' layer switch.
    ChartsLayer,
    /// The trade chart's title.
    TradeChart,
    /// One trade figure: "{year}: {value} million US dollars".
    TradeValue,
    /// After a figure for part of a year.
    TradeJanSep,
    /// The trade readout in a year without a figure.
    TradeNoData,
    /// The diplomacy strip's title.
    DiplomacyChart,
    /// The strip's readout in a year without a mark.
    DiplomacyNone,
    /// The sister-city chart's title.
    SisterChart,
    /// "{n} pairs at the end of {year}".
    SisterCount,
    /// Before the list of pairs formed in the year.
    SisterNew,
    /// When no pair was formed in the year.
    SisterNoneNew,
    /// Opens a chart's table equivalent.
    ChartTable,
    /// A table column: the year.
    TableYear,
    /// A table column: the value.
    TableValue,
    /// A table column: pairs in existence.
    TablePairs,
    /// A table column: pairs formed that year.
    TableNewPairs,
    /// How to read a chart's points.
    ChartHint,
    /// The file picker for a teacher's own layer.
    UserLayerAdd,
    /// Under the file picker.
    UserLayerDrop,
    /// "Your layer “{name}”: {n} features".
    UserLayerShown,
    /// Removes the teacher's layer.
    UserLayerRemove,
    /// A layer that could not be used at all.
    UserLayerFailed,
    /// Before the list of features left out or changed.
    UserLayerProblems,
    /// After a feature's problem: the feature is not drawn.
    LeftOut,
    /// The story panel's accessible name.
    StoryLabel,
    /// Previous step of a story.
    StoryPrev,
    /// Next step of a story.
    StoryNext,
    /// "Step {n} of {total}".
    StoryStep,
    /// Leaves the story.
    StoryClose,
    /// Checks a territory answer.
    StoryCheck,
    /// After a right answer.
    StoryCorrect,
    /// After a wrong answer.
    StoryWrong,
    /// How to answer a territory question.
    StoryPick,
    /// The territories picked so far: {what}.
    StoryPicked,
    /// While a question is open.
    StoryHidden,
    /// The right answer, after answering: {what}.
    StoryAnswer,
    /// A story file that could not be used.
    StoryFailed,
    /// Downloads the current view as an SVG file.
    ExportSvg,
    /// Downloads the current view as a PNG image.
    ExportPng,
    /// What the export buttons save (their tooltip).
    ExportHint,
    /// While the image is being made.
    Exporting,
    /// When the image could not be made.
    ExportFailed,
    /// Opens the share and embed dialog.
    Share,
    /// The share dialog's heading.
    ShareTitle,
    /// The link to the current view.
    ShareLink,
    /// The iframe code.
    ShareIframe,
    /// The custom element code.
    ShareElement,
    /// Copies a text to the clipboard.
    Copy,
    /// After copying.
    Copied,
    /// The live preview's label.
    Preview,
}
}

/// The message in `lang`.
pub fn text(lang: Lang, msg: Msg) -> &'static str {
    #[cfg(feature = "full")]
    return match lang {
        Lang::En => en::text(msg),
        Lang::Th => th::text(msg),
        Lang::Ru => ru::text(msg),
        Lang::Ja => ja::text(msg),
    };
    #[cfg(not(feature = "full"))]
    installed(lang).map_or_else(|| en::text(msg), |t| t.text(msg))
}

/// The message in `lang` with `{year}` filled in.
pub fn with_year(lang: Lang, msg: Msg, y: i32) -> String {
    text(lang, msg).replace("{year}", &year(lang, y))
}

/// The names of the polities `ids`, joined the language's way ("Japan and Soviet Union"); an
/// id the atlas does not know is shown as written.
pub fn polity_names(atlas: &crate::model::Atlas, ids: &[String], lang: Lang) -> String {
    ids.iter()
        .map(|id| atlas.polity(id).map_or(id.as_str(), |p| p.name(lang)))
        .collect::<Vec<_>>()
        .join(text(lang, Msg::And))
}

/// A status as a reader says it (the `data-status` ids stay English).
pub fn status(lang: Lang, s: Status) -> &'static str {
    #[cfg(feature = "full")]
    return match lang {
        Lang::En => en::status(s),
        Lang::Th => th::status(s),
        Lang::Ru => ru::status(s),
        Lang::Ja => ja::status(s),
    };
    #[cfg(not(feature = "full"))]
    installed(lang).map_or_else(|| en::status(s), |t| t.status(s))
}

/// Every event kind the data uses (`data-kind`); each catalogue's `KINDS` names them in this order.
pub const KINDS: [&str; 16] = [
    "agreement",
    "annexation",
    "attack",
    "battle",
    "declaration",
    "declaration-of-war",
    "incident",
    "landing",
    "naval-battle",
    "occupation",
    "proclamation",
    "siege",
    "summit",
    "surrender",
    "treaty",
    "withdrawal",
];

/// An event's kind (`battle`, `naval-battle` …) as a reader says it; an unknown kind as written.
pub fn kind(lang: Lang, k: &str) -> &str {
    let Some(i) = KINDS.iter().position(|&x| x == k) else {
        return k;
    };
    #[cfg(feature = "full")]
    return match lang {
        Lang::En => en::KINDS[i],
        Lang::Th => th::KINDS[i],
        Lang::Ru => ru::KINDS[i],
        Lang::Ja => ja::KINDS[i],
    };
    #[cfg(not(feature = "full"))]
    installed(lang).map_or(en::KINDS[i], |t| t.kinds()[i].as_str())
}

/// A year as the language writes it: in Thai the Buddhist Era with the Common Era beside it
/// (พ.ศ. 2448 (ค.ศ. 1905)); elsewhere the plain year.
///
/// ```
/// use rj_atlas::{i18n, model::Lang};
/// assert_eq!(i18n::year(Lang::Th, 1905), "พ.ศ. 2448 (ค.ศ. 1905)");
/// assert_eq!(i18n::year(Lang::En, 1905), "1905");
/// ```
pub fn year(lang: Lang, y: i32) -> String {
    match lang {
        Lang::Th => format!("พ.ศ. {} (ค.ศ. {y})", y + 543),
        _ => y.to_string(),
    }
}

/// A year on a chart axis: the bare number in the reader's era (2500 for 1957 in Thai; the axis
/// caption says which era).
pub fn year_tick(lang: Lang, y: i32) -> String {
    match lang {
        Lang::Th => (y + 543).to_string(),
        _ => y.to_string(),
    }
}

/// A whole number with the language's thousands separator: 34,800 (a narrow no-break space in
/// Russian: 34 800).
///
/// ```
/// use rj_atlas::{i18n, model::Lang};
/// assert_eq!(i18n::number(Lang::En, 34_800.0), "34,800");
/// assert_eq!(i18n::number(Lang::Ru, 5_581.0), "5\u{202f}581");
/// assert_eq!(i18n::number(Lang::Th, 147.0), "147");
/// ```
pub fn number(lang: Lang, value: f64) -> String {
    let separator = match lang {
        Lang::Ru => '\u{202f}',
        _ => ',',
    };
    let digits = (value.abs().round() as u64).to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(c);
    }
    if value < -0.5 {
        out.insert(0, '−');
    }
    out
}

/// The short form for tight places (slider ends, the big year): พ.ศ. 2448 in Thai.
pub fn year_short(lang: Lang, y: i32) -> String {
    match lang {
        Lang::Th => format!("พ.ศ. {}", y + 543),
        _ => y.to_string(),
    }
}

/// A day as the language writes it: 15 Oct 1905, 15 ต.ค. 2448, 15 окт. 1905 г., 1905年10月15日.
///
/// ```
/// use rj_atlas::{i18n, model::{Date, Lang}};
/// let d = Date::new(1905, 10, 15).unwrap();
/// assert_eq!(i18n::date(Lang::Th, d), "15 ต.ค. 2448");
/// assert_eq!(i18n::date(Lang::Ja, d), "1905年10月15日");
/// ```
pub fn date(lang: Lang, d: Date) -> String {
    let month = months(lang)[usize::from(d.month() - 1)];
    match lang {
        Lang::En => format!("{} {month} {}", d.day(), d.year()),
        Lang::Th => format!("{} {month} {}", d.day(), d.year() + 543),
        Lang::Ru => format!("{} {month} {} г.", d.day(), d.year()),
        Lang::Ja => format!("{}年{month}{}日", d.year(), d.day()),
    }
}

/// The months' short names (Japanese: 1月 … 12月).
pub fn months(lang: Lang) -> [&'static str; 12] {
    #[cfg(feature = "full")]
    return match lang {
        Lang::En => en::MONTHS,
        Lang::Th => th::MONTHS,
        Lang::Ru => ru::MONTHS,
        Lang::Ja => ja::MONTHS,
    };
    #[cfg(not(feature = "full"))]
    installed(lang).map_or(en::MONTHS, |t| {
        std::array::from_fn(|m| t.month(m).unwrap_or(en::MONTHS[m]))
    })
}

/// The name of the `kind` `id` in `lang`, from its installed table: how the core's atlas gets
/// names other than English. The full build has them in its data.
pub fn installed_name(lang: Lang, kind: table::NameKind, id: &str) -> Option<&'static str> {
    installed(lang)?.name(kind, id)
}

#[cfg(not(feature = "full"))]
thread_local! {
    /// The tables installed, by [`Lang`] order; each is read once and kept for the page's life
    /// (its texts are handed out as `&'static str`, like the compiled catalogue's).
    static INSTALLED: std::cell::Cell<[Option<&'static table::LangTable>; 4]> =
        const { std::cell::Cell::new([None; 4]) };
}

fn installed(lang: Lang) -> Option<&'static table::LangTable> {
    #[cfg(feature = "full")]
    return {
        let _ = lang;
        None
    };
    #[cfg(not(feature = "full"))]
    INSTALLED.with(|i| i.get()[lang as usize])
}

/// Reads and keeps `lang`'s table file (`lang/th.txt`); afterwards the language is [`ready`].
/// The full build has every language compiled in and ignores it.
pub fn install(lang: Lang, text: &str) -> Result<(), table::TableError> {
    #[cfg(feature = "full")]
    return {
        let _ = (lang, text);
        Ok(())
    };
    #[cfg(not(feature = "full"))]
    {
        let read: &'static table::LangTable = Box::leak(Box::new(table::parse(lang, text)?));
        INSTALLED.with(|i| {
            let mut all = i.get();
            all[lang as usize] = Some(read);
            i.set(all);
        });
        Ok(())
    }
}

/// Whether `lang` can be shown: always in the full build; in the core, English and the
/// languages whose table is installed.
pub fn ready(lang: Lang) -> bool {
    cfg!(feature = "full") || lang == Lang::En || installed(lang).is_some()
}

/// The language's own name, for the switcher.
pub fn endonym(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Th => "ไทย",
        Lang::Ru => "Русский",
        Lang::Ja => "日本語",
    }
}

/// The core's side (built without `full`), run natively by `cargo xtask test` as
/// `cargo test --lib --no-default-features core_only`.
#[cfg(all(test, not(feature = "full")))]
mod core_only_tests {
    use super::table::{layout, named, TEXTS};
    use super::*;

    #[test]
    fn core_only_an_installed_table_gives_the_ui_and_every_name_its_language() {
        let before = crate::data::bundled().expect("valid");
        assert!(!ready(Lang::Th));
        assert_eq!(text(Lang::Th, Msg::Year), text(Lang::En, Msg::Year));
        assert!(named(&before).all(|(_, _, names)| names.exact(Lang::Th).is_none()));

        let mut file = format!("rj-atlas-lang\t1\tth\t{TEXTS}\t{}\n", layout());
        for i in 0..TEXTS {
            file.push_str(&format!("text {i}\n"));
        }
        let mut names: Vec<String> = named(&before)
            .map(|(kind, id, _)| format!("{}\t{id}\tth {}:{id}\n", kind.id(), kind.id()))
            .collect();
        names.sort();
        names.dedup();
        file.extend(names);
        install(Lang::Th, &file).expect("a valid table");

        assert!(ready(Lang::Th) && !ready(Lang::Ru));
        let at = |i: usize| format!("text {i}");
        assert_eq!(text(Lang::Th, Msg::Year), at(Msg::Year as usize));
        assert_eq!(text(Lang::Th, Msg::Preview), at(Msg::ALL.len() - 1));
        let s = Msg::ALL.len();
        assert_eq!(status(Lang::Th, Status::ALL[1]), at(s + 1));
        assert_eq!(kind(Lang::Th, KINDS[2]), at(s + Status::ALL.len() + 2));
        let d = Date::new(1905, 10, 15).expect("a date");
        assert_eq!(date(Lang::Th, d), format!("15 {} 2448", at(TEXTS - 12 + 9)));
        assert_eq!(text(Lang::Ru, Msg::Year), text(Lang::En, Msg::Year));

        // Every name of every kind reaches the atlas built after the install.
        let after = crate::data::bundled().expect("valid");
        let mut count = 0;
        for (kind, id, names) in named(&after) {
            let expected = format!("th {}:{id}", kind.id());
            assert_eq!(names.exact(Lang::Th), Some(expected.as_str()));
            assert_eq!(names.exact(Lang::Ru), None);
            count += 1;
        }
        assert!(count > 200, "{count} names");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists_in_every_language_with_its_placeholders() {
        for msg in Msg::ALL {
            let english = text(Lang::En, msg);
            for lang in Lang::ALL {
                let t = text(lang, msg);
                assert!(!t.trim().is_empty(), "{msg:?} is empty in {}", lang.code());
                for placeholder in [
                    "{year}",
                    "{what}",
                    "{n}",
                    "{date}",
                    "{territory}",
                    "{who}",
                    "{event}",
                ] {
                    assert_eq!(
                        t.contains(placeholder),
                        english.contains(placeholder),
                        "{msg:?}: {placeholder} in {}",
                        lang.code()
                    );
                }
                if lang != Lang::En && !matches!(msg, Msg::And) {
                    assert_ne!(t, english, "{msg:?} is untranslated in {}", lang.code());
                }
            }
        }
        for s in Status::ALL {
            for lang in Lang::ALL {
                assert!(!status(lang, s).is_empty(), "{s} in {}", lang.code());
            }
        }
    }

    #[test]
    fn every_event_kind_is_translated() {
        let atlas = crate::data::bundled().expect("the bundled data is valid");
        for e in &atlas.events {
            assert!(
                KINDS.contains(&e.kind.as_str()),
                "kind {} has no names",
                e.kind
            );
        }
        for (i, k) in KINDS.into_iter().enumerate() {
            assert!(
                atlas.events.iter().any(|e| e.kind == k),
                "no event of kind {k}"
            );
            for lang in Lang::ALL {
                let t = kind(lang, k);
                assert!(!t.trim().is_empty(), "kind {k} in {}", lang.code());
                if lang != Lang::En {
                    assert_ne!(
                        t,
                        en::KINDS[i],
                        "kind {k} is untranslated in {}",
                        lang.code()
                    );
                }
            }
        }
    }

    #[test]
    fn thai_uses_the_buddhist_era() {
        assert_eq!(
            with_year(Lang::Th, Msg::WhatChanged, 1905),
            "การเปลี่ยนแปลงในปี พ.ศ. 2448 (ค.ศ. 1905)"
        );
        assert_eq!(year_short(Lang::Th, 1855), "พ.ศ. 2398");
        assert_eq!(
            with_year(Lang::En, Msg::WhatChanged, 1905),
            "What changed in 1905"
        );
    }
}
