//! Sea and ocean labels: water has no GeoJSON feature to hang a name on.

use crate::model::{Lang, Localized};

/// A label placed at a longitude/latitude.
pub struct SeaLabel {
    /// Where.
    pub at: (f64, f64),
    /// What it says.
    pub names: Localized,
}

fn names(en: &str, th: &str, ru: &str, ja: &str) -> Localized {
    Localized {
        en: en.into(),
        th: Some(th.into()),
        ru: Some(ru.into()),
        ja: Some(ja.into()),
    }
}

/// The seas around the region.
pub fn seas() -> Vec<SeaLabel> {
    vec![
        SeaLabel {
            at: (134.5, 40.2),
            names: names("Sea of Japan", "ทะเลญี่ปุ่น", "Японское море", "日本海"),
        },
        SeaLabel {
            at: (149.0, 53.5),
            names: names(
                "Sea of Okhotsk",
                "ทะเลโอค็อตสค์",
                "Охотское море",
                "オホーツク海",
            ),
        },
        SeaLabel {
            at: (153.0, 36.0),
            names: names("Pacific Ocean", "มหาสมุทรแปซิฟิก", "Тихий океан", "太平洋"),
        },
        SeaLabel {
            at: (123.0, 35.5),
            names: names("Yellow Sea", "ทะเลเหลือง", "Жёлтое море", "黄海"),
        },
        SeaLabel {
            at: (125.5, 28.5),
            names: names(
                "East China Sea",
                "ทะเลจีนตะวันออก",
                "Восточно-Китайское море",
                "東シナ海",
            ),
        },
    ]
}

/// The label in `lang`.
pub fn label(sea: &SeaLabel, lang: Lang) -> &str {
    sea.names.get(lang)
}
