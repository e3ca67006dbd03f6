//! Русский — Russian.

use super::Msg;
use crate::model::Status;

pub const MONTHS: [&str; 12] = [
    "янв.",
    "февр.",
    "марта",
    "апр.",
    "мая",
    "июня",
    "июля",
    "авг.",
    "сент.",
    "окт.",
    "нояб.",
    "дек.",
];

pub fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppTitle => "Атлас российско-японских отношений",
        Msg::Subtitle => "Кому принадлежала каждая территория на 31 декабря {year} г.",
        Msg::Year => "Год",
        Msg::WhoHeld => "Кому принадлежала земля",
        Msg::WhatChanged => "Что изменилось в {year} г.",
        Msg::NoChanges => "В этом году ни одна территория не сменила владельца.",
        Msg::Legend => "Легенда",
        Msg::War => "Война 1904–1905 гг.",
        Msg::Conflict => "Другие конфликты",
        Msg::Diplomacy => "Договоры и дипломатия",
        Msg::SisterCities => "Города-побратимы",
        Msg::MapLabel => "Карта Северо-Восточной Азии",
        Msg::OverlayLabel => "События и города-побратимы",
        Msg::Footer => "Береговые линии: Natural Earth 10 м (общественное достояние). История: см. источники в каждой записи.",
        Msg::LoadError => "Атлас не смог загрузить данные",
        Msg::Language => "Язык",
        Msg::Since => " с {year} г.",
        Msg::And => " и ",
        Msg::Ignored => "Не учтено: {what}. Атлас открыт с настройками по умолчанию.",
        Msg::Dismiss => "Закрыть",
        Msg::Timeline => "Хронология",
        Msg::PrevChange => "Предыдущее изменение",
        Msg::PrevYear => "Предыдущий год",
        Msg::Play => "Воспроизвести",
        Msg::Pause => "Пауза",
        Msg::NextYear => "Следующий год",
        Msg::NextChange => "Следующее изменение",
        Msg::Speed => "Скорость",
        Msg::YearsPerSecond => "{n} г./с",
        Msg::Loop => "По кругу",
        Msg::Layers => "Слои",
        Msg::Territories => "Территории",
        Msg::Close => "Закрыть",
        Msg::History => "История",
        Msg::Sources => "Источники",
        Msg::SinceDate => "с {date}",
        Msg::ClaimedBy => "Также претендует",
        Msg::Because => "Причина",
        Msg::JulianDate => "По старому стилю (юлианский календарь)",
        Msg::Place => "Место",
        Msg::FriendshipCities => "Города дружбы",
        Msg::LoadingDetails => "Загрузка подробностей…",
        Msg::DetailsFailed => "Не удалось загрузить подробности",
        Msg::ShowTable => "Таблица",
        Msg::ShowMap => "Скрыть таблицу",
    }
}

pub fn status(s: Status) -> &'static str {
    match s {
        Status::Sovereign => "суверенитет",
        Status::Joint => "совместное владение",
        Status::Leased => "аренда",
        Status::Occupied => "оккупация",
        Status::Protectorate => "протекторат",
        Status::Puppet => "марионеточное государство",
        Status::Contested => "спорная территория",
        Status::Unsettled => "граница не установлена",
    }
}
