//! 日本語 — Japanese.

use super::Msg;
use crate::model::Status;

pub fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppTitle => "日露関係歴史地図",
        Msg::Subtitle => "{year}年12月31日時点の各地域の支配",
        Msg::Year => "年",
        Msg::WhoHeld => "支配した国",
        Msg::WhatChanged => "{year}年の変化",
        Msg::NoChanges => "この年に支配が変わった地域はありません。",
        Msg::Legend => "凡例",
        Msg::War => "日露戦争（1904–05年）",
        Msg::Conflict => "その他の武力紛争",
        Msg::Diplomacy => "条約と外交",
        Msg::SisterCities => "姉妹都市",
        Msg::MapLabel => "北東アジアの地図",
        Msg::OverlayLabel => "出来事と姉妹都市",
        Msg::Footer => {
            "海岸線：Natural Earth 10 m（パブリックドメイン）。歴史：各記録の出典を参照。"
        }
        Msg::LoadError => "日露関係歴史地図のデータを読み込めませんでした",
        Msg::Language => "言語",
        Msg::Since => "（{year}年から）",
        Msg::And => "・",
        Msg::Ignored => "無視した設定：{what}。既定の設定で表示しています。",
        Msg::Dismiss => "閉じる",
        Msg::Timeline => "年表",
        Msg::PrevChange => "前の変化",
        Msg::PrevYear => "前年",
        Msg::Play => "再生",
        Msg::Pause => "一時停止",
        Msg::NextYear => "翌年",
        Msg::NextChange => "次の変化",
        Msg::Speed => "速度",
        Msg::YearsPerSecond => "毎秒{n}年",
        Msg::Loop => "繰り返し",
        Msg::Layers => "レイヤー",
        Msg::Territories => "領域",
        Msg::Close => "閉じる",
        Msg::History => "変遷",
        Msg::Sources => "出典",
        Msg::SinceDate => "{date}から",
        Msg::ClaimedBy => "領有権を主張",
        Msg::Because => "契機",
        Msg::JulianDate => "ユリウス暦（ロシア側の日付）",
        Msg::Place => "場所",
        Msg::FriendshipCities => "友好都市",
        Msg::LoadingDetails => "詳細を読み込み中…",
        Msg::DetailsFailed => "詳細を読み込めませんでした",
        Msg::ShowTable => "表で見る",
        Msg::ShowMap => "表を閉じる",
        Msg::TableTerritory => "地域",
        Msg::TableHeldBy => "支配国",
        Msg::TableStatus => "統治形態",
        Msg::TableSince => "開始日",
        Msg::TableChronology => "出来事の年表",
        Msg::TableDate => "日付",
        Msg::TableEvent => "出来事",
        Msg::TableKind => "種類",
        Msg::TableCategory => "分類",
        Msg::TableShow => "表示",
        Msg::TableAllEvents => "すべての出来事",
        Msg::Zoom => "ズーム",
        Msg::ZoomIn => "拡大",
        Msg::ZoomOut => "縮小",
        Msg::ResetView => "全域を表示",
        Msg::Passes => "{territory}は{who}の支配下に{event}",
        Msg::SubtitleDate => "{date}時点の各地域の支配",
        Msg::MonthByMonth => "月ごと",
        Msg::PrevMonth => "前月",
        Msg::NextMonth => "翌月",
    }
}

pub fn status(s: Status) -> &'static str {
    match s {
        Status::Sovereign => "主権",
        Status::Joint => "共同統治",
        Status::Leased => "租借",
        Status::Occupied => "占領",
        Status::Protectorate => "保護国",
        Status::Puppet => "傀儡国家",
        Status::Contested => "係争",
        Status::Unsettled => "未画定",
    }
}

/// Event kinds, in the order of [`super::KINDS`].
pub const KINDS: [&str; 16] = [
    "協定",
    "併合",
    "攻撃",
    "戦闘",
    "宣言",
    "宣戦布告",
    "事件",
    "上陸",
    "海戦",
    "占領",
    "布告",
    "包囲戦",
    "首脳会談",
    "降伏",
    "条約",
    "撤退",
];
