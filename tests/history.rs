//! The history itself, checked against named sources: each row is a territory on a day, who held
//! it and how. A wrong fact in `geodata/` fails here.
//!
//! Sources (abbreviated in the rows):
//! - EB: Encyclopaedia Britannica articles "Sakhalin", "Kuril Islands", "Treaty of Portsmouth",
//!   "Kwantung Leased Territory", "Korea", "Manchukuo", "Taiwan", "Primorsky", "Amur".
//! - MOFA: Ministry of Foreign Affairs of Japan, "Japan's Northern Territories" (2014 edition).
//! - Stephan: John J. Stephan, *Sakhalin: A History* (Oxford, 1971) and *The Kuril Islands*
//!   (Oxford, 1974).
//! - TXT: treaty texts — Shimoda (1855), Saint Petersburg (1875), Portsmouth (1905), Aigun
//!   (1858), Peking (1860), Shimonoseki (1895), San Francisco (1951), Joint Declaration (1956).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{atlas, day, held};
use rj_atlas::model::Status;

#[test]
fn sakhalin() {
    let a = atlas();
    held(
        a,
        "sakhalin-south",
        "1860-01-01",
        &["russian-empire", "japan"],
        Status::Joint,
        "TXT Shimoda art. 2: Sakhalin undivided",
    );
    held(
        a,
        "sakhalin-north",
        "1870-06-01",
        &["russian-empire", "japan"],
        Status::Joint,
        "TXT Shimoda; EB Sakhalin",
    );
    held(
        a,
        "sakhalin-south",
        "1876-01-01",
        &["russian-empire"],
        Status::Sovereign,
        "TXT Saint Petersburg 1875 art. 1",
    );
    held(
        a,
        "sakhalin-north",
        "1890-01-01",
        &["russian-empire"],
        Status::Sovereign,
        "EB Sakhalin",
    );
    held(
        a,
        "sakhalin-south",
        "1904-12-31",
        &["russian-empire"],
        Status::Sovereign,
        "EB Sakhalin",
    );
    held(
        a,
        "sakhalin-south",
        "1905-08-15",
        &["japan"],
        Status::Occupied,
        "Stephan 1971: Japanese invasion July 1905",
    );
    held(
        a,
        "sakhalin-south",
        "1905-12-31",
        &["japan"],
        Status::Sovereign,
        "TXT Portsmouth art. 9: south of 50°N to Japan",
    );
    held(
        a,
        "sakhalin-north",
        "1906-01-01",
        &["russian-empire"],
        Status::Sovereign,
        "TXT Portsmouth art. 9",
    );
    held(
        a,
        "sakhalin-north",
        "1923-01-01",
        &["japan"],
        Status::Occupied,
        "EB Sakhalin: Japanese occupation of the north 1920–25",
    );
    held(
        a,
        "sakhalin-north",
        "1926-01-01",
        &["ussr"],
        Status::Sovereign,
        "Soviet–Japanese Basic Convention 1925",
    );
    held(
        a,
        "sakhalin-south",
        "1930-01-01",
        &["japan"],
        Status::Sovereign,
        "EB Sakhalin: Karafuto prefecture",
    );
    held(
        a,
        "sakhalin-south",
        "1945-09-10",
        &["ussr"],
        Status::Occupied,
        "EB Sakhalin: Soviet invasion August 1945",
    );
    held(
        a,
        "sakhalin-south",
        "1960-01-01",
        &["ussr"],
        Status::Sovereign,
        "TXT San Francisco art. 2(c): Japan renounces",
    );
    held(
        a,
        "sakhalin-south",
        "2000-01-01",
        &["russia"],
        Status::Sovereign,
        "EB Sakhalin",
    );
    held(
        a,
        "sakhalin-north",
        "2014-12-31",
        &["russia"],
        Status::Sovereign,
        "EB Sakhalin",
    );
}

#[test]
fn kurils() {
    let a = atlas();
    held(
        a,
        "urup",
        "1860-01-01",
        &["russian-empire"],
        Status::Sovereign,
        "TXT Shimoda art. 2: border between Iturup and Urup",
    );
    held(
        a,
        "kurils-north",
        "1860-01-01",
        &["russian-empire"],
        Status::Sovereign,
        "TXT Shimoda art. 2",
    );
    held(
        a,
        "iturup",
        "1860-01-01",
        &["japan"],
        Status::Sovereign,
        "TXT Shimoda art. 2; MOFA",
    );
    held(
        a,
        "kunashir",
        "1860-01-01",
        &["japan"],
        Status::Sovereign,
        "TXT Shimoda; MOFA",
    );
    held(
        a,
        "urup",
        "1876-01-01",
        &["japan"],
        Status::Sovereign,
        "TXT Saint Petersburg 1875 art. 2: all Kurils to Japan",
    );
    held(
        a,
        "kurils-north",
        "1880-01-01",
        &["japan"],
        Status::Sovereign,
        "TXT Saint Petersburg 1875 art. 2",
    );
    held(
        a,
        "shikotan",
        "1920-01-01",
        &["japan"],
        Status::Sovereign,
        "MOFA",
    );
    held(
        a,
        "habomai",
        "1944-01-01",
        &["japan"],
        Status::Sovereign,
        "MOFA",
    );
    held(
        a,
        "kurils-north",
        "1945-09-10",
        &["ussr"],
        Status::Occupied,
        "Stephan 1974: Shumshu landing 18 Aug 1945",
    );
    held(
        a,
        "habomai",
        "1945-09-10",
        &["ussr"],
        Status::Occupied,
        "MOFA: Habomai occupied 3–5 Sep 1945",
    );
    held(
        a,
        "urup",
        "1960-01-01",
        &["ussr"],
        Status::Sovereign,
        "TXT San Francisco art. 2(c)",
    );
    held(
        a,
        "kurils-north",
        "1995-01-01",
        &["russia"],
        Status::Sovereign,
        "EB Kuril Islands",
    );
    for island in ["iturup", "kunashir", "shikotan", "habomai"] {
        let p = a
            .control_at(island, day("2014-12-31"))
            .unwrap_or_else(|| panic!("{island}"));
        assert_eq!(
            p.controllers,
            ["russia"],
            "{island} administered by Russia in 2014 (EB; MOFA)"
        );
        assert_eq!(
            p.claimed_by,
            ["japan"],
            "{island} claimed by Japan in 2014 (MOFA)"
        );
        let p = a
            .control_at(island, day("1960-01-01"))
            .unwrap_or_else(|| panic!("{island}"));
        assert_eq!(p.controllers, ["ussr"], "{island} Soviet in 1960");
        assert_eq!(
            p.claimed_by,
            ["japan"],
            "{island} claimed by Japan in 1960 (MOFA)"
        );
    }
}

#[test]
fn japan_and_hokkaido() {
    let a = atlas();
    held(
        a,
        "hokkaido",
        "1870-01-01",
        &["japan"],
        Status::Sovereign,
        "EB Hokkaido: Kaitakushi 1869",
    );
    held(
        a,
        "hokkaido",
        "1950-01-01",
        &["usa"],
        Status::Occupied,
        "EB Allied occupation of Japan 1945–52",
    );
    held(
        a,
        "hokkaido",
        "1953-01-01",
        &["japan"],
        Status::Sovereign,
        "TXT San Francisco, in force 28 Apr 1952",
    );
    held(
        a,
        "japan",
        "1900-01-01",
        &["japan"],
        Status::Sovereign,
        "EB Japan",
    );
    held(
        a,
        "ryukyu",
        "1900-01-01",
        &["japan"],
        Status::Sovereign,
        "EB Ryukyu Islands: Okinawa prefecture 1879",
    );
    held(
        a,
        "ryukyu",
        "1960-01-01",
        &["usa"],
        Status::Occupied,
        "EB Ryukyu Islands: US administration to 1972",
    );
    held(
        a,
        "ryukyu",
        "1973-01-01",
        &["japan"],
        Status::Sovereign,
        "EB Okinawa reversion 15 May 1972",
    );
    held(
        a,
        "amami",
        "1954-01-01",
        &["japan"],
        Status::Sovereign,
        "EB Amami reversion 25 Dec 1953",
    );
    held(
        a,
        "bonin",
        "1967-01-01",
        &["usa"],
        Status::Occupied,
        "EB Bonin Islands: returned 1968",
    );
}

#[test]
fn korea_manchuria_kwantung_taiwan() {
    let a = atlas();
    held(
        a,
        "korea-north",
        "1880-01-01",
        &["joseon"],
        Status::Sovereign,
        "EB Korea: Joseon dynasty",
    );
    held(
        a,
        "korea-south",
        "1900-01-01",
        &["korean-empire"],
        Status::Sovereign,
        "EB Korea: Korean Empire 1897",
    );
    held(
        a,
        "korea-south",
        "1907-01-01",
        &["japan"],
        Status::Protectorate,
        "EB Korea: protectorate treaty 17 Nov 1905",
    );
    held(
        a,
        "korea-north",
        "1920-01-01",
        &["japan"],
        Status::Sovereign,
        "EB Korea: annexation 29 Aug 1910",
    );
    held(
        a,
        "korea-north",
        "1960-01-01",
        &["dprk"],
        Status::Sovereign,
        "EB North Korea",
    );
    held(
        a,
        "korea-south",
        "1960-01-01",
        &["rok"],
        Status::Sovereign,
        "EB South Korea",
    );
    held(
        a,
        "kwantung",
        "1880-01-01",
        &["qing"],
        Status::Sovereign,
        "EB Kwantung Leased Territory",
    );
    held(
        a,
        "kwantung",
        "1899-01-01",
        &["russian-empire"],
        Status::Leased,
        "EB Kwantung: Russian lease 1898",
    );
    held(
        a,
        "kwantung",
        "1910-01-01",
        &["japan"],
        Status::Leased,
        "TXT Portsmouth art. 5: lease transferred to Japan",
    );
    held(
        a,
        "kwantung",
        "1960-01-01",
        &["prc"],
        Status::Sovereign,
        "EB Lüshun: Soviet forces left 1955",
    );
    held(
        a,
        "manchuria",
        "1880-01-01",
        &["qing"],
        Status::Sovereign,
        "EB Manchuria",
    );
    held(
        a,
        "manchuria",
        "1920-01-01",
        &["roc"],
        Status::Sovereign,
        "EB Manchuria: Republic of China 1912",
    );
    held(
        a,
        "manchuria",
        "1935-01-01",
        &["manchukuo"],
        Status::Puppet,
        "EB Manchukuo 1932–45",
    );
    held(
        a,
        "manchuria",
        "1960-01-01",
        &["prc"],
        Status::Sovereign,
        "EB Manchuria",
    );
    held(
        a,
        "taiwan",
        "1880-01-01",
        &["qing"],
        Status::Sovereign,
        "EB Taiwan",
    );
    held(
        a,
        "taiwan",
        "1900-01-01",
        &["japan"],
        Status::Sovereign,
        "TXT Shimonoseki art. 2(b)",
    );
    held(
        a,
        "taiwan",
        "1960-01-01",
        &["roc"],
        Status::Sovereign,
        "EB Taiwan: ROC from 1945",
    );
}

#[test]
fn primorye_and_amur() {
    let a = atlas();
    held(
        a,
        "amur",
        "1870-01-01",
        &["russian-empire"],
        Status::Sovereign,
        "TXT Aigun 1858: left bank of the Amur to Russia",
    );
    held(
        a,
        "primorye",
        "1855-06-01",
        &["qing"],
        Status::Sovereign,
        "EB Primorsky: Chinese until 1860",
    );
    held(
        a,
        "primorye",
        "1870-01-01",
        &["russian-empire"],
        Status::Sovereign,
        "TXT Peking 1860 art. 1",
    );
    held(
        a,
        "primorye",
        "1930-01-01",
        &["ussr"],
        Status::Sovereign,
        "EB Primorsky",
    );
    held(
        a,
        "amur",
        "2010-01-01",
        &["russia"],
        Status::Sovereign,
        "EB Amur",
    );
}

#[test]
fn changes_are_found_by_year() {
    let a = atlas();
    let in_1875: Vec<&str> = a
        .changes_in(1875)
        .iter()
        .map(|c| c.territory.id.as_str())
        .collect();
    for id in ["sakhalin-north", "sakhalin-south", "urup", "kurils-north"] {
        assert!(in_1875.contains(&id), "{id} changed in 1875: {in_1875:?}");
    }
    assert!(a
        .changes_in(1905)
        .iter()
        .any(|c| c.territory.id == "sakhalin-south"));
    assert!(
        a.changes_in(1890).is_empty(),
        "nothing changed hands in 1890"
    );
    let years = a.change_years();
    for y in [
        1875, 1895, 1898, 1905, 1910, 1932, 1945, 1949, 1955, 1972, 1991,
    ] {
        assert!(years.contains(&y), "{y} is a year of change");
    }
}
