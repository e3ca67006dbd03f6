//! One language's texts as a file (`lang/th.txt`, `lang/ru.txt`, `lang/ja.txt` in `dist/`): the
//! UI catalogue and the names of everything on the map. The first-load core carries English
//! only and fetches the reader's language with it (about 22 KB gzip less for everyone; a Thai
//! reader fetches 7 KB instead of the 17 KB of three languages). The full build keeps all four
//! catalogues compiled in and needs no file. `cargo xtask dist` writes the files from the same
//! catalogues and data ([`write`]); a file whose texts are laid out differently (another
//! build's, from a stale cache) is refused, not misread.
//!
//! The format is lines, chosen so that the core needs no parser to read it: a header
//! (`rj-atlas-lang`, format version, language code, count of texts, [`layout`] of the English
//! texts), one line per text in a fixed order (messages in [`Msg::ALL`] order, then statuses,
//! event kinds, months), then one line per name, `kind<TAB>id<TAB>name`, sorted by kind and id.
//! No text may contain a line break or a tab.

use super::{Msg, KINDS};
use crate::model::{Lang, Localized, Status};
use std::fmt;

/// The format's version, in the header.
const VERSION: &str = "1";
/// The first word of every table file.
const MAGIC: &str = "rj-atlas-lang";
/// Texts before the names: messages, statuses, event kinds, months.
pub const TEXTS: usize = Msg::ALL.len() + Status::ALL.len() + KINDS.len() + 12;

/// What a name in a table names: the kinds of things on the map. One list for the writer and
/// for the atlas that reads the names (`data::bundled`), so neither can misspell a kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    /// A polity.
    Polity,
    /// A territory.
    Territory,
    /// Context land.
    Land,
    /// A city label.
    Place,
    /// An event.
    Event,
    /// A city of a sister-city pair.
    City,
}

impl NameKind {
    /// The word in the file.
    pub fn id(self) -> &'static str {
        match self {
            NameKind::Polity => "polity",
            NameKind::Territory => "territory",
            NameKind::Land => "land",
            NameKind::Place => "place",
            NameKind::Event => "event",
            NameKind::City => "city",
        }
    }
}

/// The texts of `lang` in table order: messages, statuses, event kinds, months.
fn texts(lang: Lang) -> impl Iterator<Item = &'static str> {
    let messages = Msg::ALL.iter().map(move |m| super::text(lang, *m));
    let statuses = Status::ALL.iter().map(move |s| super::status(lang, *s));
    let kinds = KINDS.iter().map(move |k| super::kind(lang, k));
    messages
        .chain(statuses)
        .chain(kinds)
        .chain(super::months(lang))
}

/// A fingerprint of how the texts are laid out: FNV-1a of the English texts in table order. A
/// table written for another arrangement of messages (added, removed, reordered, reworded)
/// carries another one and is refused.
pub fn layout() -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for text in texts(Lang::En) {
        for byte in text.bytes().chain([b'\n']) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    let mut out = String::with_capacity(16);
    for shift in (0..16).rev() {
        let digit = (hash >> (shift * 4)) & 0xf;
        out.push(char::from(b"0123456789abcdef"[digit as usize]));
    }
    out
}

/// Why a table file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableError {
    /// The text does not start with the table header.
    NotATable,
    /// A header of another format version.
    Version(String),
    /// The file is for another language than the one asked for.
    OtherLanguage {
        /// The language asked for.
        expected: Lang,
        /// The code in the file's header.
        found: String,
    },
    /// The file's texts are laid out for another build (count or [`layout`] differ).
    Count {
        /// This build's count.
        expected: usize,
        /// The count in the file's header.
        found: String,
    },
    /// A name line that is not `kind<TAB>id<TAB>name`, or out of order (1-based line number).
    BadName(usize),
    /// An empty text, which would leave a button or a heading blank (1-based line number).
    EmptyText(usize),
    /// A text to write contains a line break or a tab (writing only).
    Unwritable(String),
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TableError::NotATable => write!(f, "not a language table of RJ Atlas"),
            TableError::Version(v) => write!(f, "a language table of format {v}, not {VERSION}"),
            TableError::OtherLanguage { expected, found } => {
                write!(f, "a table for language {found}, not {}", expected.code())
            }
            TableError::Count { expected, found } => write!(
                f,
                "a table from another version of the atlas ({found} texts; this one has {expected})"
            ),
            TableError::BadName(line) => {
                write!(f, "line {line} is not kind, id and name in order")
            }
            TableError::EmptyText(line) => write!(f, "line {line} is an empty text"),
            TableError::Unwritable(text) => write!(f, "“{text}” has a line break or a tab"),
        }
    }
}

/// One language's texts, read from its file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LangTable {
    /// Messages, statuses, kinds and months, in the file's order ([`TEXTS`] of them).
    texts: Vec<String>,
    /// `(kind, id, name)`, sorted for lookup.
    names: Vec<(String, String, String)>,
}

impl LangTable {
    /// The text of `msg`.
    pub fn text(&self, msg: Msg) -> &str {
        &self.texts[msg as usize]
    }

    /// The name of `status`.
    pub fn status(&self, status: Status) -> &str {
        &self.texts[Msg::ALL.len() + status as usize]
    }

    /// The names of the event kinds, in [`KINDS`] order.
    pub fn kinds(&self) -> &[String] {
        let at = Msg::ALL.len() + Status::ALL.len();
        &self.texts[at..at + KINDS.len()]
    }

    /// The short name of month `m` (0 = January).
    pub fn month(&self, m: usize) -> Option<&str> {
        self.texts[TEXTS - 12..].get(m).map(String::as_str)
    }

    /// The name of the `kind` `id`.
    pub fn name(&self, kind: NameKind, id: &str) -> Option<&str> {
        let kind = kind.id();
        self.names
            .binary_search_by(|(k, i, _)| (k.as_str(), i.as_str()).cmp(&(kind, id)))
            .ok()
            .map(|at| self.names[at].2.as_str())
    }
}

/// Reads the table file of `lang`.
pub fn parse(lang: Lang, text: &str) -> Result<LangTable, TableError> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    if header.first() != Some(&MAGIC) || header.len() != 5 {
        return Err(TableError::NotATable);
    }
    if header[1] != VERSION {
        return Err(TableError::Version(header[1].into()));
    }
    if header[2] != lang.code() {
        return Err(TableError::OtherLanguage {
            expected: lang,
            found: header[2].into(),
        });
    }
    let count_error = || TableError::Count {
        expected: TEXTS,
        found: header[3].into(),
    };
    if header[3] != TEXTS.to_string() || header[4] != layout() {
        return Err(count_error());
    }
    let texts: Vec<String> = lines.by_ref().take(TEXTS).map(String::from).collect();
    if texts.len() != TEXTS {
        return Err(count_error());
    }
    if let Some(at) = texts.iter().position(String::is_empty) {
        return Err(TableError::EmptyText(at + 2));
    }
    // Written sorted ([`write`]), so lookups can search; checked rather than sorted here, which
    // keeps a sort for this type out of the core.
    let mut names: Vec<(String, String, String)> = Vec::new();
    for (at, line) in lines.enumerate() {
        if line.is_empty() {
            continue;
        }
        let mut parts = line.split('\t');
        let entry: (String, String, String) =
            match (parts.next(), parts.next(), parts.next(), parts.next()) {
                (Some(kind), Some(id), Some(name), None) if !name.is_empty() => {
                    (kind.into(), id.into(), name.into())
                }
                _ => return Err(TableError::BadName(TEXTS + 2 + at)),
            };
        let in_order = names
            .last()
            .is_none_or(|(kind, id, _): &(String, String, String)| {
                (kind.as_str(), id.as_str()) < (entry.0.as_str(), entry.1.as_str())
            });
        if !in_order {
            return Err(TableError::BadName(TEXTS + 2 + at));
        }
        names.push(entry);
    }
    Ok(LangTable { texts, names })
}

/// The table file of `lang` from the compiled catalogues and the names in `atlas` (`cargo xtask
/// dist` writes one per language other than English).
#[cfg(feature = "full")]
pub fn write(lang: Lang, atlas: &crate::model::Atlas) -> Result<String, TableError> {
    let texts: Vec<&str> = texts(lang).collect();
    let mut out = format!(
        "{MAGIC}\t{VERSION}\t{}\t{}\t{}\n",
        lang.code(),
        texts.len(),
        layout()
    );
    let checked = |t: &str| {
        if t.contains(['\n', '\r', '\t']) {
            Err(TableError::Unwritable(t.into()))
        } else {
            Ok(())
        }
    };
    for t in texts {
        checked(t)?;
        out.push_str(t);
        out.push('\n');
    }
    // Sorted for lookup; a city twinned more than once appears in several pairs, with one name.
    let mut lines = std::collections::BTreeSet::new();
    for (kind, id, names) in named(atlas) {
        if let Some(name) = names.exact(lang) {
            checked(id)?;
            checked(name)?;
            lines.insert((kind.id(), id, name));
        }
    }
    for (kind, id, name) in lines {
        out.push_str(&format!("{kind}\t{id}\t{name}\n"));
    }
    Ok(out)
}

/// Everything in `atlas` that has names, with its kind and id.
pub fn named(atlas: &crate::model::Atlas) -> impl Iterator<Item = (NameKind, &str, &Localized)> {
    let polities = atlas
        .polities
        .iter()
        .map(|p| (NameKind::Polity, &p.id, &p.names));
    let territories = (atlas.territories.iter()).map(|t| (NameKind::Territory, &t.id, &t.names));
    let lands = atlas
        .context
        .iter()
        .map(|l| (NameKind::Land, &l.id, &l.names));
    let places = atlas
        .places
        .iter()
        .map(|p| (NameKind::Place, &p.id, &p.names));
    let events = atlas
        .events
        .iter()
        .map(|e| (NameKind::Event, &e.id, &e.names));
    let cities = (atlas.sister_pairs.iter())
        .flat_map(|p| [&p.russian, &p.japanese])
        .map(|c| (NameKind::City, &c.id, &c.names));
    polities
        .chain(territories)
        .chain(lands)
        .chain(places)
        .chain(events)
        .chain(cities)
        .map(|(kind, id, names)| (kind, id.as_str(), names))
}

#[cfg(all(test, feature = "full"))]
mod tests {
    use super::*;

    #[test]
    fn enums_index_their_all_arrays() {
        for (i, m) in Msg::ALL.iter().enumerate() {
            assert_eq!(*m as usize, i, "{m:?}");
        }
        for (i, s) in Status::ALL.iter().enumerate() {
            assert_eq!(*s as usize, i, "{s:?}");
        }
    }

    #[test]
    fn a_written_table_reads_back_as_the_catalogue_and_the_names() {
        let atlas = crate::data::load(&crate::data::BUNDLED).expect("valid");
        for lang in [Lang::Th, Lang::Ru, Lang::Ja] {
            let file = write(lang, &atlas).expect("writable");
            let table = parse(lang, &file).expect("readable");
            for m in Msg::ALL {
                assert_eq!(table.text(m), super::super::text(lang, m), "{m:?}");
            }
            for s in Status::ALL {
                assert_eq!(table.status(s), super::super::status(lang, s));
            }
            for (i, k) in KINDS.iter().enumerate() {
                assert_eq!(table.kinds()[i], super::super::kind(lang, k));
            }
            for (m, name) in super::super::months(lang).iter().enumerate() {
                assert_eq!(table.month(m), Some(*name));
            }
            let t = atlas.territory("sakhalin-south").expect("exists");
            assert_eq!(
                table.name(NameKind::Territory, "sakhalin-south"),
                t.names.exact(lang)
            );
            for p in &atlas.sister_pairs {
                assert_eq!(
                    table.name(NameKind::City, &p.japanese.id),
                    p.japanese.names.exact(lang)
                );
            }
            for e in &atlas.events {
                assert_eq!(
                    table.name(NameKind::Event, &e.id),
                    e.names.exact(lang),
                    "{}",
                    e.id
                );
            }
        }
    }

    #[test]
    fn thai_names_are_there() {
        let atlas = crate::data::load(&crate::data::BUNDLED).expect("valid");
        let table = parse(Lang::Th, &write(Lang::Th, &atlas).expect("ok")).expect("ok");
        assert_eq!(table.text(Msg::Year), "ปี");
        assert_eq!(table.month(9), Some("ต.ค."));
        assert_eq!(table.month(12), None);
        assert!(table.name(NameKind::Polity, "japan").is_some());
        assert_eq!(table.name(NameKind::Polity, "no-such-polity"), None);
    }

    #[test]
    fn bad_files_say_why() {
        assert_eq!(parse(Lang::Th, ""), Err(TableError::NotATable));
        assert_eq!(
            parse(Lang::Th, "<!doctype html><p>Not found"),
            Err(TableError::NotATable)
        );
        assert_eq!(
            parse(Lang::Th, "rj-atlas-lang\t2\tth\t5\tx\n"),
            Err(TableError::Version("2".into()))
        );
        let ru = format!("rj-atlas-lang\t1\tru\t{TEXTS}\t{}\n", layout());
        assert!(matches!(
            parse(Lang::Th, &ru),
            Err(TableError::OtherLanguage { .. })
        ));
        let head = format!("rj-atlas-lang\t1\tth\t{TEXTS}\t{}\n", layout());
        let short = format!("{head}only one\n");
        assert!(matches!(
            parse(Lang::Th, &short),
            Err(TableError::Count { .. })
        ));
        let old = "rj-atlas-lang\t1\tth\t3\t0123456789abcdef\na\nb\nc\n";
        let e = parse(Lang::Th, old).expect_err("another build's");
        assert!(e.to_string().contains("another version"), "{e}");
        // The same count of texts, laid out for another build.
        let texts = "x\n".repeat(TEXTS);
        let stale = format!("rj-atlas-lang\t1\tth\t{TEXTS}\t0123456789abcdef\n{texts}");
        assert!(matches!(
            parse(Lang::Th, &stale),
            Err(TableError::Count { .. })
        ));
        let blank = format!("{head}x\n\n{}", "x\n".repeat(TEXTS - 2));
        assert_eq!(parse(Lang::Th, &blank), Err(TableError::EmptyText(3)));
        let bad = format!("{head}{texts}polity\tjapan\n");
        assert_eq!(parse(Lang::Th, &bad), Err(TableError::BadName(TEXTS + 2)));
        let unsorted = format!("{head}{texts}polity\tjapan\tก\nland\tkorea\tข\n");
        assert_eq!(
            parse(Lang::Th, &unsorted),
            Err(TableError::BadName(TEXTS + 3))
        );
        let twice = format!("{head}{texts}polity\tjapan\tก\npolity\tjapan\tข\n");
        assert_eq!(parse(Lang::Th, &twice), Err(TableError::BadName(TEXTS + 3)));
        let good = format!("{head}{texts}polity\tjapan\tญี่ปุ่น\n");
        assert_eq!(
            parse(Lang::Th, &good)
                .expect("ok")
                .name(NameKind::Polity, "japan"),
            Some("ญี่ปุ่น")
        );
    }
}
