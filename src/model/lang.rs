//! The four languages of the atlas and text given in several of them.

use serde::{Deserialize, Serialize};

/// A language the atlas speaks. Thai is first-class: the source text is Thai.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English, the fallback.
    #[default]
    En,
    /// Thai.
    Th,
    /// Russian.
    Ru,
    /// Japanese.
    Ja,
}

impl Lang {
    /// Every language, in the order the switcher shows them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Th, Lang::Ru, Lang::Ja];

    /// The BCP 47 code (`en`, `th`, `ru`, `ja`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Th => "th",
            Lang::Ru => "ru",
            Lang::Ja => "ja",
        }
    }

    /// The language of a BCP 47 tag such as `th-TH` or `ja`, if the atlas speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }
}

/// A text in up to four languages; English is always there and is the fallback.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Localized {
    /// English.
    pub en: String,
    /// Thai.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub th: Option<String>,
    /// Russian.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ru: Option<String>,
    /// Japanese.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ja: Option<String>,
}

impl Localized {
    /// The text in `lang`, or in English where that language is missing.
    pub fn get(&self, lang: Lang) -> &str {
        self.exact(lang).unwrap_or(&self.en)
    }

    /// The text in `lang` only, if given and not blank.
    pub fn exact(&self, lang: Lang) -> Option<&str> {
        let text = match lang {
            Lang::En => Some(&self.en),
            Lang::Th => self.th.as_ref(),
            Lang::Ru => self.ru.as_ref(),
            Lang::Ja => self.ja.as_ref(),
        };
        text.map(String::as_str).filter(|t| !t.trim().is_empty())
    }

    /// The languages of `required` that this text lacks.
    pub fn missing(&self, required: &[Lang]) -> Vec<Lang> {
        required
            .iter()
            .copied()
            .filter(|l| self.exact(*l).is_none())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_english() {
        let t = Localized {
            en: "Sakhalin".into(),
            th: Some("ซาคาลิน".into()),
            ..Default::default()
        };
        assert_eq!(t.get(Lang::Th), "ซาคาลิน");
        assert_eq!(t.get(Lang::Ja), "Sakhalin");
        assert_eq!(t.missing(&Lang::ALL), vec![Lang::Ru, Lang::Ja]);
    }

    #[test]
    fn reads_language_tags() {
        assert_eq!(Lang::from_tag("th-TH"), Some(Lang::Th));
        assert_eq!(Lang::from_tag("JA"), Some(Lang::Ja));
        assert_eq!(Lang::from_tag("xx"), None);
        assert_eq!(Lang::from_tag(""), None);
    }
}
