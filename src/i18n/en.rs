//! English.

use super::Msg;
use crate::model::Status;

pub const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppTitle => "Russia–Japan Atlas",
        Msg::Subtitle => "Who held each territory on 31 December {year}",
        Msg::Year => "Year",
        Msg::WhoHeld => "Who held the land",
        Msg::WhatChanged => "What changed in {year}",
        Msg::NoChanges => "No territory changed hands this year.",
        Msg::Legend => "Legend",
        Msg::War => "War of 1904–05",
        Msg::Conflict => "Other conflicts",
        Msg::Diplomacy => "Treaties and diplomacy",
        Msg::SisterCities => "Sister cities",
        Msg::MapLabel => "Map of north-east Asia",
        Msg::OverlayLabel => "Events and sister cities",
        Msg::Footer => "Coastlines: Natural Earth 10 m (public domain). History: see the sources in each record.",
        Msg::LoadError => "Russia–Japan Atlas could not load its data",
        Msg::Language => "Language",
        Msg::Since => " since {year}",
        Msg::And => " and ",
        Msg::Ignored => "Ignored: {what}. The atlas started with its defaults.",
        Msg::Dismiss => "Dismiss",
        Msg::Timeline => "Timeline",
        Msg::PrevChange => "Previous change",
        Msg::PrevYear => "Previous year",
        Msg::Play => "Play",
        Msg::Pause => "Pause",
        Msg::NextYear => "Next year",
        Msg::NextChange => "Next change",
        Msg::Speed => "Speed",
        Msg::YearsPerSecond => "{n} yr/s",
        Msg::Loop => "Loop",
        Msg::Layers => "Layers",
        Msg::Territories => "Territories",
        Msg::Close => "Close",
        Msg::History => "History",
        Msg::Sources => "Sources",
        Msg::SinceDate => "since {date}",
        Msg::ClaimedBy => "Also claimed by",
        Msg::Because => "Because of",
        Msg::JulianDate => "Julian calendar (Russian sources)",
        Msg::Place => "Place",
        Msg::FriendshipCities => "Friendship cities",
        Msg::LoadingDetails => "Loading details…",
        Msg::DetailsFailed => "The details could not be loaded",
        Msg::ShowTable => "Table view",
        Msg::ShowMap => "Hide table",
        Msg::TableTerritory => "Territory",
        Msg::TableHeldBy => "Held by",
        Msg::TableStatus => "Status",
        Msg::TableSince => "Since",
        Msg::TableChronology => "Chronology of events",
        Msg::TableDate => "Date",
        Msg::TableEvent => "Event",
        Msg::TableKind => "Kind",
        Msg::TableCategory => "Category",
        Msg::TableShow => "Show",
        Msg::TableAllEvents => "All events",
        Msg::Zoom => "Zoom",
        Msg::ZoomIn => "Zoom in",
        Msg::ZoomOut => "Zoom out",
        Msg::ResetView => "Show the whole region",
        Msg::Passes => "{territory} passes to {who}{event}",
    }
}

pub fn status(s: Status) -> &'static str {
    match s {
        Status::Sovereign => "sovereign",
        Status::Joint => "joint rule",
        Status::Leased => "leased",
        Status::Occupied => "occupied",
        Status::Protectorate => "protectorate",
        Status::Puppet => "puppet state",
        Status::Contested => "contested",
        Status::Unsettled => "unsettled",
    }
}

pub fn kind(k: &str) -> Option<&'static str> {
    Some(match k {
        "agreement" => "agreement",
        "annexation" => "annexation",
        "attack" => "attack",
        "battle" => "battle",
        "declaration" => "declaration",
        "declaration-of-war" => "declaration of war",
        "incident" => "incident",
        "landing" => "landing",
        "naval-battle" => "naval battle",
        "occupation" => "occupation",
        "proclamation" => "proclamation",
        "siege" => "siege",
        "summit" => "summit",
        "surrender" => "surrender",
        "treaty" => "treaty",
        "withdrawal" => "withdrawal",
        _ => return None,
    })
}
