//! Every change of control in `geodata/history/territories/`, checked on a day safely inside each
//! period against a source read independently of our JSON (stored copies searched with the
//! `search` tool). Each row names its source as "short title (URL host)". Where a source
//! disagrees with the data, the row sits on a day where both agree; the disagreement is reported
//! to the lead, not encoded here.
//!
//! Sources used:
//! - Treaties of 1855 and 1875: en.wikipedia "Treaty of Shimoda" (en.wikipedia.org); de.zxc.wiki
//!   "Vertrag von Shimoda"; Dallin, *The Rise of Russia in Asia* (archive.org); Prezidentskaya
//!   biblioteka "Treaty of Shimoda" and "Treaty of 1875" (prlib.ru); en.wikipedia "Treaty of
//!   Saint Petersburg (1875)" (en.wikipedia.org); MOFA "Japan's Northern Territories" (mofa.go.jp).
//! - Sakhalin 1905–1925: en.wikipedia "Japanese invasion of Sakhalin"; Project MUSE chapter on the
//!   Sakhalin landings (muse.jhu.edu); Portsmouth treaty text, "Ratifié le 1/14 octobre 1905"
//!   (pdfslide.fr) and art. IX (karafuto.ie-t.net); "Sakura transplantation" (japan.news-pravda.com);
//!   Prezidentskaya biblioteka "Basic Convention" (prlib.ru); Vishnevsky, *Otasu* (ys-citylibrary.ru);
//!   "Северный Сахалин в 1917–1925 гг." (proza.ru).
//! - 1945–1956: en.wikipedia "Soviet invasion of South Sakhalin", "Battle of Shumshu", "Soviet–
//!   Japanese Joint Declaration of 1956"; RIA Novosti on the Kuril landing (ria.ru); "И на Тихом
//!   океане..." (polkrf.ru); USSR decree of 2 Feb 1946 (karafuto.ie-t.net); "Южно-Сахалинская
//!   область" (wiki-org.ru); Treaty of Peace with Japan (vcn.bc.ca); SPF "Four Northern Islands and
//!   the SF Peace Treaty" (spf.org); Japan Times on the occupation (japantimes.co.jp); fact-index
//!   "Occupied Japan" (fact-index.com).
//! - Russia 1917–1991: "Russian Republic" (thereaderwiki.com); archontology "Soviet Union: polity
//!   style" (archontology.org); en.wikipedia "Far Eastern Republic"; omniatlas "Japanese withdrawal"
//!   (omniatlas.com); fakti.bg on Vladivostok, 25 Oct 1922; blagoveshensk.ru on 18 Sep 1918;
//!   amurarhiv.ru on Soviet power in Blagoveshchensk; wwitoday "Vladivostock" (wwitoday.com);
//!   Jasper County Democrat, 17 Apr 1920 (newspapers.library.in.gov); kerchtt.ru on the Soviets in
//!   Primorye; "Амурская область" (xn--80aaxucapghcr.xn--p1ai).
//! - Amur and Ussuri: The Moscow Times "Today in History, May 28" (themoscowtimes.com); en.wikipedia
//!   "Treaty of Aigun" (the-uncensored-wiki.com); wikisum "Convention of Peking" (wikisum.wiki).
//! - Ryukyu, Amami, Bonin: en.wikipedia "Ryukyu Disposition"; samurai-archives "Ryukyu Shobun";
//!   Matsuda, "The Archipelago Divided" (scalar.chass.ncsu.edu);
//!   Tokyo Weekender on the Okinawa reversion (tokyoweekender.com); johnadams72.com on 15 May 1972;
//!   Eldridge, "The Return of the Amami Islands" (docsbay.net); JACAR Newsletter 40 (jacar.go.jp);
//!   Yomiuri on Amami (japannews.yomiuri.co.jp); "History of Bonin Islands" (asahi-net.or.jp); SPF
//!   "Ogasawara Reversion Agreement" (spf.org).
//! - Korea: en.wikipedia "Korean Empire"; dokdo-takeshima.com on the 1904 occupation; Korea Stamp
//!   Society on 1945 (koreastampsociety.org); OneKorea.ru and TASS on August 1945 (onekorea.ru,
//!   tass.ru); History.com "American troops arrive in Korea" (history.com); ed.newdu.com "South
//!   Korea Constitution Day"; wissen.de on the two states (red.wissen.de); lawdata.com.tw and
//!   chinaidiom.com on both constitutions' claims; CT Now and bfirst.news on the war and the
//!   armistice.
//! - Liaodong, Kwantung, Manchuria: Taylor & Francis chapter on the 1894 campaign
//!   (taylorfrancis.com); infoplease "Shimonoseki, Treaty of"; Liaotung Convention
//!   (taiwandocuments.org); aventure-japon.fr on the retrocession; liquisearch "Russian concessions"
//!   (liquisearch.com); *Encyclopedia of the Age of Imperialism* "Port Arthur, Siege of"
//!   (en-academic.com); Japan–China treaty of 22 Dec 1905 in FRUS (books.google.cz,
//!   history.state.gov); en.wikipedia "Imperial Edict of the Abdication of the Qing Emperor";
//!   academickids "Kwantung Leased Territory"; End of Empire (endofempire.asia); Enciclopedia
//!   Italiana "Port Arthur" (treccani, 156.54.191.165); gufo.me "Порт-Артур"; en.wikipedia "Russian
//!   invasion of Manchuria", "Battle of the Yalu River (1904)", "Soviet occupation of Manchuria";
//!   caihezi.com on 15 Apr 1907; wikisum "Manchurian Crisis"; worldhistoryproject.org on Manchukuo;
//!   history-maps.com "Liaoshen campaign"; National Geographic "Two Chinas" (nationalgeographic.org).
//! - Taiwan: askwikinow "Treaty of Shimonoseki"; en.wikipedia "Retrocession of Taiwan"; liquisearch
//!   "Exclusive mandate".
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{atlas, held, period};
use rj_atlas::model::{Atlas, Status};

/// Who else claimed the land on `date` (an empty list: nobody).
#[track_caller]
fn claimed(atlas: &Atlas, territory: &str, date: &str, claimed_by: &[&str], source: &str) {
    let p = period(atlas, territory, date);
    assert_eq!(
        p.claimed_by, claimed_by,
        "{territory} on {date}: claimed by (source: {source})"
    );
}

/// The de jure sovereign on `date` where it differs from the controllers (lessor, occupied state).
#[track_caller]
fn under(atlas: &Atlas, territory: &str, date: &str, sovereign: &[&str], source: &str) {
    let p = period(atlas, territory, date);
    assert_eq!(
        p.sovereign, sovereign,
        "{territory} on {date}: de jure sovereign (source: {source})"
    );
}

const SHIMODA: &str = "en.wikipedia: Treaty of Shimoda, art. 2 (en.wikipedia.org; de.zxc.wiki)";
const SHIMODA_SAKHALIN: &str =
    "Dallin: 'Sakhalin remains undivided' (archive.org); prlib.ru: Treaty of Shimoda";
const ST_PETERSBURG: &str =
    "en.wikipedia: Treaty of Saint Petersburg (1875), ratifications 22 Aug 1875 (en.wikipedia.org)";
const RUSSIAN_REPUBLIC: &str = "Russian Republic, 14 Sep–7 Nov 1917 (thereaderwiki.com)";
const FER_MERGER: &str =
    "en.wikipedia: Far Eastern Republic, merged with RSFSR 15 Nov 1922 (en.wikipedia.org)";
const USSR_FORMED: &str = "archontology: Soviet Union 30 Dec 1922 (archontology.org)";
const USSR_END: &str = "archontology: USSR ceased to exist 26 Dec 1991 (archontology.org)";
const DECREE_1946: &str = "USSR decree of 2 Feb 1946 on South Sakhalin Oblast (karafuto.ie-t.net)";
const SF_TREATY: &str =
    "Treaty of Peace with Japan, art. 2(c), in force 28 Apr 1952 (vcn.bc.ca; fact-index.com)";
const MOFA: &str = "MOFA: Japan's Northern Territories (mofa.go.jp)";
const SPF_NT: &str = "SPF: Four Northern Islands and the SF Peace Treaty (spf.org)";
const JOINT_DECL: &str =
    "en.wikipedia: Soviet–Japanese Joint Declaration, effective 12 Dec 1956 (en.wikipedia.org)";
const OCCUPATION: &str = "Japan Times: occupation began 2 Sep 1945 (japantimes.co.jp)";
const OCCUPATION_END: &str = "fact-index: Occupied Japan, ended 28 Apr 1952 (fact-index.com)";
const ELDRIDGE: &str =
    "Eldridge: Return of the Amami Islands, SF art. 3 residual sovereignty (docsbay.net)";
const KOREAN_EMPIRE: &str =
    "en.wikipedia: Korean Empire, 13 Oct 1897–29 Aug 1910 (en.wikipedia.org)";
const KOREA_1904: &str = "dokdo-takeshima.com: Korea occupied by Japanese forces from Feb 1904";
const ROK_1948: &str = "ed.newdu.com: ROK established 15 Aug 1948";
const TWO_CLAIMS: &str =
    "lawdata.com.tw; chinaidiom.com: both Korean constitutions claim the whole peninsula";
const DPRK_1948: &str = "wissen.de: DPRK proclaimed 9 Sep 1948 (red.wissen.de)";
const KOREAN_WAR: &str = "CT Now: Korean War 25 Jun 1950 – 27 Jul 1953 (ctnow.com)";
const ARMISTICE: &str = "bfirst.news: armistice signed 27 Jul 1953";
const QING_END: &str =
    "en.wikipedia: Abdication edict of 12 Feb 1912, ROC succeeds to Qing lands (en.wikipedia.org)";

#[test]
fn amami() {
    let a = atlas();
    held(
        a,
        "amami",
        "1946-06-01",
        &["usa"],
        Status::Occupied,
        "Yomiuri: Amami occupied by the US military from 1945 (japannews.yomiuri.co.jp)",
    );
    under(
        a,
        "amami",
        "1946-06-01",
        &["japan"],
        "Yomiuri: Amami occupied by the US military from 1945 (japannews.yomiuri.co.jp)",
    );
    held(
        a,
        "amami",
        "1953-01-01",
        &["usa"],
        Status::Occupied,
        ELDRIDGE,
    );
    under(a, "amami", "1953-01-01", &["japan"], ELDRIDGE);
    held(
        a,
        "amami",
        "1954-01-15",
        &["japan"],
        Status::Sovereign,
        "JACAR Newsletter 40: reversion 25 Dec 1953 (jacar.go.jp)",
    );
}

#[test]
fn amur() {
    let a = atlas();
    held(
        a,
        "amur",
        "1860-01-01",
        &["russian-empire"],
        Status::Sovereign,
        "Moscow Times: Treaty of Aigun 28 May 1858 (themoscowtimes.com)",
    );
    held(
        a,
        "amur",
        "1917-10-01",
        &["russian-republic"],
        Status::Sovereign,
        RUSSIAN_REPUBLIC,
    );
    held(
        a,
        "amur",
        "1918-06-01",
        &["rsfsr"],
        Status::Sovereign,
        "amurarhiv.ru: Blagoveshchensk Soviet took power 1 Feb 1918",
    );
    held(
        a,
        "amur",
        "1919-06-01",
        &["white-russia", "japan"],
        Status::Contested,
        "blagoveshensk.ru: Whites and Japanese took Blagoveshchensk 18 Sep 1918",
    );
    claimed(
        a,
        "amur",
        "1919-06-01",
        &["rsfsr"],
        "blagoveshensk.ru: Reds retreated to the taiga, 18 Sep 1918",
    );
    held(
        a,
        "amur",
        "1921-06-01",
        &["far-eastern-republic"],
        Status::Sovereign,
        "Амурская область: part of the FER 1920–1922 (xn--80aaxucapghcr.xn--p1ai)",
    );
    held(
        a,
        "amur",
        "1922-12-01",
        &["rsfsr"],
        Status::Sovereign,
        FER_MERGER,
    );
    held(
        a,
        "amur",
        "1923-06-01",
        &["ussr"],
        Status::Sovereign,
        USSR_FORMED,
    );
    held(
        a,
        "amur",
        "1992-06-01",
        &["russia"],
        Status::Sovereign,
        USSR_END,
    );
}

#[test]
fn bonin() {
    let a = atlas();
    held(
        a,
        "bonin",
        "1877-06-01",
        &["japan"],
        Status::Sovereign,
        "History of Bonin Islands: possession declared 1876 (asahi-net.or.jp)",
    );
    held(
        a,
        "bonin",
        "1946-01-01",
        &["usa"],
        Status::Occupied,
        "History of Bonin Islands: ruled by the US from 1945 (asahi-net.or.jp)",
    );
    held(
        a,
        "bonin",
        "1960-01-01",
        &["usa"],
        Status::Occupied,
        "SPF: Ogasawara under US administration until 1968 (spf.org)",
    );
    under(
        a,
        "bonin",
        "1960-01-01",
        &["japan"],
        "SPF: administrative rights returned to Japan in 1968 (spf.org)",
    );
    held(
        a,
        "bonin",
        "1968-07-15",
        &["japan"],
        Status::Sovereign,
        "SPF: Ogasawara Reversion Agreement in force 26 Jun 1968 (spf.org)",
    );
}

#[test]
fn habomai() {
    let a = atlas();
    held(
        a,
        "habomai",
        "1900-01-01",
        &["japan"],
        Status::Sovereign,
        MOFA,
    );
    held(
        a,
        "habomai",
        "1945-09-15",
        &["ussr"],
        Status::Occupied,
        "MOFA: four islands occupied 28 Aug – 5 Sep 1945 (mofa.go.jp)",
    );
    under(a, "habomai", "1945-09-15", &["japan"], MOFA);
    claimed(a, "habomai", "1945-09-15", &["japan"], MOFA);
    held(
        a,
        "habomai",
        "1947-01-01",
        &["ussr"],
        Status::Contested,
        DECREE_1946,
    );
    claimed(a, "habomai", "1947-01-01", &["japan"], MOFA);
    held(
        a,
        "habomai",
        "1953-01-01",
        &["ussr"],
        Status::Contested,
        SPF_NT,
    );
    claimed(a, "habomai", "1953-01-01", &["japan"], SPF_NT);
    held(
        a,
        "habomai",
        "1960-01-01",
        &["ussr"],
        Status::Contested,
        JOINT_DECL,
    );
    claimed(a, "habomai", "1960-01-01", &["japan"], JOINT_DECL);
    held(
        a,
        "habomai",
        "2000-01-01",
        &["russia"],
        Status::Contested,
        MOFA,
    );
    claimed(a, "habomai", "2014-12-31", &["japan"], MOFA);
}

#[test]
fn hokkaido() {
    let a = atlas();
    held(
        a,
        "hokkaido",
        "1946-01-01",
        &["usa"],
        Status::Occupied,
        OCCUPATION,
    );
    under(a, "hokkaido", "1946-01-01", &["japan"], OCCUPATION);
    held(
        a,
        "hokkaido",
        "1952-06-01",
        &["japan"],
        Status::Sovereign,
        OCCUPATION_END,
    );
}

#[test]
fn iturup() {
    let a = atlas();
    held(
        a,
        "iturup",
        "1856-01-01",
        &["japan"],
        Status::Sovereign,
        SHIMODA,
    );
    claimed(a, "iturup", "1856-01-01", &[], SHIMODA);
    held(
        a,
        "iturup",
        "1945-09-10",
        &["ussr"],
        Status::Occupied,
        "polkrf.ru: landing on Iturup 28 Aug 1945; MOFA (mofa.go.jp)",
    );
    claimed(a, "iturup", "1945-09-10", &["japan"], MOFA);
    held(
        a,
        "iturup",
        "1947-01-01",
        &["ussr"],
        Status::Contested,
        DECREE_1946,
    );
    claimed(a, "iturup", "1947-01-01", &["japan"], MOFA);
    held(
        a,
        "iturup",
        "1970-01-01",
        &["ussr"],
        Status::Contested,
        SPF_NT,
    );
    claimed(a, "iturup", "1970-01-01", &["japan"], SPF_NT);
    held(
        a,
        "iturup",
        "2014-12-31",
        &["russia"],
        Status::Contested,
        MOFA,
    );
    claimed(a, "iturup", "2014-12-31", &["japan"], MOFA);
}

#[test]
fn japan() {
    let a = atlas();
    held(
        a,
        "japan",
        "1946-01-01",
        &["usa"],
        Status::Occupied,
        OCCUPATION,
    );
    under(a, "japan", "1946-01-01", &["japan"], OCCUPATION);
    held(
        a,
        "japan",
        "1952-06-01",
        &["japan"],
        Status::Sovereign,
        OCCUPATION_END,
    );
}

#[test]
fn korea_north() {
    let a = atlas();
    held(
        a,
        "korea-north",
        "1898-01-01",
        &["korean-empire"],
        Status::Sovereign,
        KOREAN_EMPIRE,
    );
    held(
        a,
        "korea-north",
        "1904-06-01",
        &["japan"],
        Status::Occupied,
        KOREA_1904,
    );
    under(
        a,
        "korea-north",
        "1904-06-01",
        &["korean-empire"],
        KOREA_1904,
    );
    held(
        a,
        "korea-north",
        "1906-01-01",
        &["japan"],
        Status::Protectorate,
        "en.wikipedia: Korean Empire, Eulsa Treaty 17 Nov 1905 (en.wikipedia.org)",
    );
    held(
        a,
        "korea-north",
        "1911-01-01",
        &["japan"],
        Status::Sovereign,
        KOREAN_EMPIRE,
    );
    held(
        a,
        "korea-north",
        "1945-08-18",
        &["japan", "ussr"],
        Status::Contested,
        "OneKorea.ru: 25th Army crossed into Korea 11 Aug 1945; TASS: Seishin landing 13–16 Aug (tass.ru)",
    );
    held(
        a,
        "korea-north",
        "1945-09-15",
        &["ussr"],
        Status::Occupied,
        "Korea Stamp Society: Red Army entered Pyongyang 24 Aug 1945 (koreastampsociety.org)",
    );
    held(
        a,
        "korea-north",
        "1948-08-25",
        &["ussr"],
        Status::Occupied,
        ROK_1948,
    );
    claimed(a, "korea-north", "1948-08-25", &["rok"], TWO_CLAIMS);
    held(
        a,
        "korea-north",
        "1949-06-01",
        &["dprk"],
        Status::Sovereign,
        DPRK_1948,
    );
    claimed(a, "korea-north", "1949-06-01", &["rok"], TWO_CLAIMS);
    held(
        a,
        "korea-north",
        "1950-11-01",
        &["dprk", "rok"],
        Status::Contested,
        KOREAN_WAR,
    );
    held(
        a,
        "korea-north",
        "1954-01-01",
        &["dprk"],
        Status::Sovereign,
        ARMISTICE,
    );
    claimed(a, "korea-north", "1954-01-01", &["rok"], TWO_CLAIMS);
}

#[test]
fn korea_south() {
    let a = atlas();
    held(
        a,
        "korea-south",
        "1898-01-01",
        &["korean-empire"],
        Status::Sovereign,
        KOREAN_EMPIRE,
    );
    held(
        a,
        "korea-south",
        "1904-06-01",
        &["japan"],
        Status::Occupied,
        KOREA_1904,
    );
    under(
        a,
        "korea-south",
        "1904-06-01",
        &["korean-empire"],
        KOREA_1904,
    );
    held(
        a,
        "korea-south",
        "1906-01-01",
        &["japan"],
        Status::Protectorate,
        "en.wikipedia: Korean Empire, Eulsa Treaty 17 Nov 1905 (en.wikipedia.org)",
    );
    held(
        a,
        "korea-south",
        "1911-01-01",
        &["japan"],
        Status::Sovereign,
        KOREAN_EMPIRE,
    );
    held(
        a,
        "korea-south",
        "1945-10-01",
        &["usa"],
        Status::Occupied,
        "History.com: US troops land in Korea 8 Sep 1945 (history.com)",
    );
    held(
        a,
        "korea-south",
        "1948-08-25",
        &["rok"],
        Status::Sovereign,
        ROK_1948,
    );
    claimed(a, "korea-south", "1948-08-25", &[], DPRK_1948);
    held(
        a,
        "korea-south",
        "1949-06-01",
        &["rok"],
        Status::Sovereign,
        DPRK_1948,
    );
    claimed(a, "korea-south", "1949-06-01", &["dprk"], TWO_CLAIMS);
    held(
        a,
        "korea-south",
        "1950-08-01",
        &["rok", "dprk"],
        Status::Contested,
        KOREAN_WAR,
    );
    held(
        a,
        "korea-south",
        "1960-01-01",
        &["rok"],
        Status::Sovereign,
        ARMISTICE,
    );
    claimed(a, "korea-south", "1960-01-01", &["dprk"], TWO_CLAIMS);
}

#[test]
fn kunashir() {
    let a = atlas();
    held(
        a,
        "kunashir",
        "1900-01-01",
        &["japan"],
        Status::Sovereign,
        MOFA,
    );
    held(
        a,
        "kunashir",
        "1945-09-10",
        &["ussr"],
        Status::Occupied,
        "polkrf.ru: Kunashir garrison capitulated 1 Sep 1945",
    );
    claimed(a, "kunashir", "1945-09-10", &["japan"], MOFA);
    held(
        a,
        "kunashir",
        "1947-01-01",
        &["ussr"],
        Status::Contested,
        DECREE_1946,
    );
    claimed(a, "kunashir", "1947-01-01", &["japan"], MOFA);
    held(
        a,
        "kunashir",
        "1970-01-01",
        &["ussr"],
        Status::Contested,
        SPF_NT,
    );
    claimed(a, "kunashir", "1970-01-01", &["japan"], SPF_NT);
    held(
        a,
        "kunashir",
        "2014-12-31",
        &["russia"],
        Status::Contested,
        MOFA,
    );
    claimed(a, "kunashir", "2014-12-31", &["japan"], MOFA);
}

#[test]
fn kurils_north() {
    let a = atlas();
    held(
        a,
        "kurils-north",
        "1860-01-01",
        &["russian-empire"],
        Status::Sovereign,
        SHIMODA,
    );
    held(
        a,
        "kurils-north",
        "1876-01-01",
        &["japan"],
        Status::Sovereign,
        ST_PETERSBURG,
    );
    held(
        a,
        "kurils-north",
        "1945-08-21",
        &["japan", "ussr"],
        Status::Contested,
        "en.wikipedia: Battle of Shumshu, 18–23 Aug 1945 (en.wikipedia.org)",
    );
    held(
        a,
        "kurils-north",
        "1945-09-10",
        &["ussr"],
        Status::Occupied,
        "RIA Novosti: garrisons down to Urup surrendered 25–30 Aug 1945 (ria.ru)",
    );
    under(
        a,
        "kurils-north",
        "1945-09-10",
        &["japan"],
        "RIA Novosti: Kuril landing, Aug 1945 (ria.ru)",
    );
    held(
        a,
        "kurils-north",
        "1948-01-01",
        &["ussr"],
        Status::Unsettled,
        DECREE_1946,
    );
    claimed(a, "kurils-north", "1948-01-01", &[], DECREE_1946);
    held(
        a,
        "kurils-north",
        "1960-01-01",
        &["ussr"],
        Status::Sovereign,
        SF_TREATY,
    );
    claimed(a, "kurils-north", "1960-01-01", &[], SF_TREATY);
    held(
        a,
        "kurils-north",
        "2000-01-01",
        &["russia"],
        Status::Sovereign,
        USSR_END,
    );
}

#[test]
fn kwantung() {
    let a = atlas();
    held(
        a,
        "kwantung",
        "1895-01-15",
        &["japan"],
        Status::Occupied,
        "Taylor & Francis: Port Arthur occupied 21 Nov 1894 (taylorfrancis.com)",
    );
    under(
        a,
        "kwantung",
        "1895-01-15",
        &["qing"],
        "Taylor & Francis: Japanese invasion of Manchuria 1894 (taylorfrancis.com)",
    );
    held(
        a,
        "kwantung",
        "1895-07-01",
        &["japan"],
        Status::Sovereign,
        "infoplease: Treaty of Shimonoseki cedes Port Arthur and Liaodong (infoplease.com)",
    );
    held(
        a,
        "kwantung",
        "1895-11-25",
        &["japan"],
        Status::Occupied,
        "Liaotung Convention, 8 Nov 1895, art. 1 and 3 (taiwandocuments.org)",
    );
    under(
        a,
        "kwantung",
        "1895-11-25",
        &["qing"],
        "Liaotung Convention, 8 Nov 1895, art. 1 (taiwandocuments.org)",
    );
    held(
        a,
        "kwantung",
        "1896-06-01",
        &["qing"],
        Status::Sovereign,
        "aventure-japon.fr: Japanese troops left the peninsula before the end of 1895",
    );
    held(
        a,
        "kwantung",
        "1899-01-01",
        &["russian-empire"],
        Status::Leased,
        "liquisearch: Russian leased territory of Kwantung from 27 Mar 1898 (liquisearch.com)",
    );
    under(
        a,
        "kwantung",
        "1899-01-01",
        &["qing"],
        "gufo.me: Порт-Артур, 25-year lease from China, 1898",
    );
    held(
        a,
        "kwantung",
        "1904-09-01",
        &["russian-empire", "japan"],
        Status::Contested,
        "Age of Imperialism: Nanshan May 1904, siege of Port Arthur (en-academic.com)",
    );
    held(
        a,
        "kwantung",
        "1905-03-01",
        &["japan"],
        Status::Occupied,
        "Age of Imperialism: Stessel surrendered 2 Jan 1905 (en-academic.com)",
    );
    under(
        a,
        "kwantung",
        "1905-03-01",
        &["qing"],
        "Age of Imperialism: Port Arthur, Siege of (en-academic.com)",
    );
    held(
        a,
        "kwantung",
        "1905-10-15",
        &["japan"],
        Status::Occupied,
        "FRUS 1906: China consented to the transfer on 22 Dec 1905 (books.google.cz)",
    );
    held(
        a,
        "kwantung",
        "1906-06-01",
        &["japan"],
        Status::Leased,
        "FRUS 1906: Japan–China treaty of 22 Dec 1905, art. I (history.state.gov)",
    );
    under(
        a,
        "kwantung",
        "1906-06-01",
        &["qing"],
        "FRUS 1906: Japan–China treaty of 22 Dec 1905, art. II (history.state.gov)",
    );
    held(
        a,
        "kwantung",
        "1920-01-01",
        &["japan"],
        Status::Leased,
        QING_END,
    );
    under(a, "kwantung", "1920-01-01", &["roc"], QING_END);
    held(
        a,
        "kwantung",
        "1935-01-01",
        &["japan"],
        Status::Leased,
        "academickids: Kwantung, new lease from Manchukuo after 1932 (academickids.com)",
    );
    under(
        a,
        "kwantung",
        "1935-01-01",
        &["manchukuo"],
        "academickids: Japan held sovereignty passed to Manchukuo (academickids.com)",
    );
    claimed(
        a,
        "kwantung",
        "1935-01-01",
        &["roc"],
        "academickids: Kwantung Leased Territory (academickids.com)",
    );
    held(
        a,
        "kwantung",
        "1946-01-01",
        &["ussr"],
        Status::Occupied,
        "End of Empire: Soviets secured Dairen and Port Arthur, 23 Aug 1945 (endofempire.asia)",
    );
    under(
        a,
        "kwantung",
        "1946-01-01",
        &["roc"],
        "Enciclopedia Italiana: Sino-Soviet treaty of 14 Aug 1945 on Port Arthur (treccani)",
    );
    held(
        a,
        "kwantung",
        "1952-01-01",
        &["ussr", "prc"],
        Status::Joint,
        "End of Empire: joint Soviet and Chinese Communist control until 1955 (endofempire.asia)",
    );
    held(
        a,
        "kwantung",
        "1956-01-01",
        &["prc"],
        Status::Sovereign,
        "gufo.me: USSR withdrew from Port Arthur in May 1955",
    );
}

#[test]
fn manchuria() {
    let a = atlas();
    held(
        a,
        "manchuria",
        "1901-06-01",
        &["russian-empire"],
        Status::Occupied,
        "en.wikipedia: Russian invasion of Manchuria, Jun–Nov 1900 (en.wikipedia.org)",
    );
    under(
        a,
        "manchuria",
        "1901-06-01",
        &["qing"],
        "en.wikipedia: Russian invasion of Manchuria (en.wikipedia.org)",
    );
    held(
        a,
        "manchuria",
        "1904-09-01",
        &["russian-empire", "japan"],
        Status::Contested,
        "en.wikipedia: Battle of the Yalu River, 30 Apr–1 May 1904 (en.wikipedia.org)",
    );
    held(
        a,
        "manchuria",
        "1906-06-01",
        &["japan", "russian-empire"],
        Status::Occupied,
        "Portsmouth additional art.: evacuation within 18 months (bitlit.ru)",
    );
    under(
        a,
        "manchuria",
        "1906-06-01",
        &["qing"],
        "Portsmouth art. 3: Manchuria restored to China (archive.org)",
    );
    held(
        a,
        "manchuria",
        "1908-01-01",
        &["qing"],
        Status::Sovereign,
        "caihezi.com: evacuation of Manchuria completed 15 Apr 1907",
    );
    held(
        a,
        "manchuria",
        "1920-01-01",
        &["roc"],
        Status::Sovereign,
        QING_END,
    );
    held(
        a,
        "manchuria",
        "1931-12-01",
        &["japan"],
        Status::Occupied,
        "wikisum: Manchurian Crisis, invasion from 18 Sep 1931 (wikisum.wiki)",
    );
    under(
        a,
        "manchuria",
        "1931-12-01",
        &["roc"],
        "wikisum: Manchurian Crisis (wikisum.wiki)",
    );
    held(
        a,
        "manchuria",
        "1935-01-01",
        &["manchukuo"],
        Status::Puppet,
        "worldhistoryproject: proclamation of the Manchu State, 1932 (worldhistoryproject.org)",
    );
    claimed(
        a,
        "manchuria",
        "1935-01-01",
        &["roc"],
        "wikisum: Manchurian Crisis, Lytton Commission (wikisum.wiki)",
    );
    held(
        a,
        "manchuria",
        "1945-10-01",
        &["ussr"],
        Status::Occupied,
        "en.wikipedia: Soviet occupation of Manchuria, 9 Aug 1945 – 3 May 1946 (en.wikipedia.org)",
    );
    under(
        a,
        "manchuria",
        "1945-10-01",
        &["roc"],
        "en.wikipedia: Soviet occupation of Manchuria (en.wikipedia.org)",
    );
    held(
        a,
        "manchuria",
        "1947-06-01",
        &["roc", "ccp"],
        Status::Contested,
        "wikisum: Soviet occupation of Manchuria, civil war resumed 1946 (wikisum.wiki)",
    );
    held(
        a,
        "manchuria",
        "1949-03-01",
        &["ccp"],
        Status::Contested,
        "history-maps: Liaoshen campaign, 12 Sep – 2 Nov 1948 (history-maps.com)",
    );
    under(
        a,
        "manchuria",
        "1949-03-01",
        &["roc"],
        "history-maps: Liaoshen campaign (history-maps.com)",
    );
    held(
        a,
        "manchuria",
        "1950-06-01",
        &["prc"],
        Status::Sovereign,
        "National Geographic: PRC established 1 Oct 1949 (nationalgeographic.org)",
    );
}

#[test]
fn primorye() {
    let a = atlas();
    held(
        a,
        "primorye",
        "1859-06-01",
        &["qing", "russian-empire"],
        Status::Joint,
        "Treaty of Aigun: Ussuri land jointly administered (the-uncensored-wiki.com)",
    );
    held(
        a,
        "primorye",
        "1861-06-01",
        &["russian-empire"],
        Status::Sovereign,
        "wikisum: Convention of Peking, Ussuri krai to Russia (wikisum.wiki)",
    );
    held(
        a,
        "primorye",
        "1917-10-01",
        &["russian-republic"],
        Status::Sovereign,
        RUSSIAN_REPUBLIC,
    );
    held(
        a,
        "primorye",
        "1918-03-01",
        &["rsfsr"],
        Status::Sovereign,
        "kerchtt.ru: Soviets took power in Vladivostok and Khabarovsk",
    );
    held(
        a,
        "primorye",
        "1919-06-01",
        &["white-russia", "japan"],
        Status::Contested,
        "wwitoday: Czechs took Vladivostok 29 Jun 1918 (wwitoday.com)",
    );
    claimed(
        a,
        "primorye",
        "1919-06-01",
        &["rsfsr"],
        "wwitoday: Vladivostock (wwitoday.com)",
    );
    held(
        a,
        "primorye",
        "1921-01-01",
        &["japan"],
        Status::Occupied,
        "Jasper Co. Democrat: Japanese attack, 4–5 Apr 1920 (newspapers.library.in.gov)",
    );
    held(
        a,
        "primorye",
        "1922-11-05",
        &["far-eastern-republic"],
        Status::Sovereign,
        "fakti.bg: Red Army entered Vladivostok 25 Oct 1922; omniatlas.com",
    );
    held(
        a,
        "primorye",
        "1922-12-01",
        &["rsfsr"],
        Status::Sovereign,
        FER_MERGER,
    );
    held(
        a,
        "primorye",
        "1923-06-01",
        &["ussr"],
        Status::Sovereign,
        USSR_FORMED,
    );
    held(
        a,
        "primorye",
        "1992-06-01",
        &["russia"],
        Status::Sovereign,
        USSR_END,
    );
}

#[test]
fn ryukyu() {
    let a = atlas();
    held(
        a,
        "ryukyu",
        "1880-06-01",
        &["japan"],
        Status::Sovereign,
        "en.wikipedia: Ryukyu Disposition, Okinawa Prefecture 1879 (en.wikipedia.org)",
    );
    claimed(
        a,
        "ryukyu",
        "1880-06-01",
        &["qing"],
        "en.wikipedia: Ryukyu Disposition, talks with Qing into late 1880 (en.wikipedia.org)",
    );
    held(
        a,
        "ryukyu",
        "1900-01-01",
        &["japan"],
        Status::Sovereign,
        "en.wikipedia: Ryukyu Disposition (en.wikipedia.org)",
    );
    claimed(
        a,
        "ryukyu",
        "1890-01-01",
        &["qing"],
        "Matsuda: Ryukyu sovereignty set aside until the end of the Sino-Japanese War (scalar.chass.ncsu.edu)",
    );
    claimed(
        a,
        "ryukyu",
        "1900-01-01",
        &[],
        "en.wikipedia: Ryukyu Disposition, dispute over by late 1880 (en.wikipedia.org)",
    );
    held(
        a,
        "ryukyu",
        "1945-05-01",
        &["usa", "japan"],
        Status::Contested,
        "Tokyo Weekender: US landing on Okinawa 1 Apr 1945 (tokyoweekender.com)",
    );
    held(
        a,
        "ryukyu",
        "1946-06-01",
        &["usa"],
        Status::Occupied,
        "Tokyo Weekender: US Military Government of the Ryukyu Islands (tokyoweekender.com)",
    );
    held(
        a,
        "ryukyu",
        "1960-01-01",
        &["usa"],
        Status::Occupied,
        ELDRIDGE,
    );
    under(a, "ryukyu", "1960-01-01", &["japan"], ELDRIDGE);
    held(
        a,
        "ryukyu",
        "1972-06-01",
        &["japan"],
        Status::Sovereign,
        "johnadams72.com: Okinawa returned to Japan 15 May 1972",
    );
}

#[test]
fn sakhalin_north() {
    let a = atlas();
    held(
        a,
        "sakhalin-north",
        "1860-01-01",
        &["russian-empire", "japan"],
        Status::Joint,
        SHIMODA_SAKHALIN,
    );
    held(
        a,
        "sakhalin-north",
        "1876-01-01",
        &["russian-empire"],
        Status::Sovereign,
        ST_PETERSBURG,
    );
    held(
        a,
        "sakhalin-north",
        "1905-08-15",
        &["japan"],
        Status::Occupied,
        "Project MUSE: landings at Aleksandrovsk 24 Jul 1905, surrender 31 Jul (muse.jhu.edu)",
    );
    under(
        a,
        "sakhalin-north",
        "1905-08-15",
        &["russian-empire"],
        "Project MUSE: Sakhalin campaign 1905 (muse.jhu.edu)",
    );
    held(
        a,
        "sakhalin-north",
        "1905-12-01",
        &["russian-empire"],
        Status::Sovereign,
        "Portsmouth art. IX, ratified 1/14 Oct 1905 (karafuto.ie-t.net; pdfslide.fr)",
    );
    held(
        a,
        "sakhalin-north",
        "1917-10-01",
        &["russian-republic"],
        Status::Sovereign,
        RUSSIAN_REPUBLIC,
    );
    held(
        a,
        "sakhalin-north",
        "1919-10-15",
        &["rsfsr", "white-russia"],
        Status::Contested,
        "Otasu: Kolchak commissioner on Sakhalin, Oct 1919 (ys-citylibrary.ru); proza.ru",
    );
    held(
        a,
        "sakhalin-north",
        "1921-01-01",
        &["japan"],
        Status::Occupied,
        "Sakura transplantation: occupation from 21 Apr 1920 (japan.news-pravda.com)",
    );
    under(
        a,
        "sakhalin-north",
        "1921-01-01",
        &["far-eastern-republic"],
        "en.wikipedia: Far Eastern Republic 1920–1922 (en.wikipedia.org)",
    );
    held(
        a,
        "sakhalin-north",
        "1922-12-10",
        &["japan"],
        Status::Occupied,
        "omniatlas: Japan still held North Sakhalin after Nov 1922 (omniatlas.com)",
    );
    under(a, "sakhalin-north", "1922-12-10", &["rsfsr"], FER_MERGER);
    held(
        a,
        "sakhalin-north",
        "1924-01-01",
        &["japan"],
        Status::Occupied,
        "prlib.ru: Basic Convention, Japanese troops to leave by 15 May 1925",
    );
    under(a, "sakhalin-north", "1924-01-01", &["ussr"], USSR_FORMED);
    held(
        a,
        "sakhalin-north",
        "1925-06-01",
        &["ussr"],
        Status::Sovereign,
        "prlib.ru: evacuation of North Sakhalin completed in May 1925",
    );
    held(
        a,
        "sakhalin-north",
        "2000-01-01",
        &["russia"],
        Status::Sovereign,
        USSR_END,
    );
}

#[test]
fn sakhalin_south() {
    let a = atlas();
    held(
        a,
        "sakhalin-south",
        "1860-01-01",
        &["russian-empire", "japan"],
        Status::Joint,
        SHIMODA_SAKHALIN,
    );
    held(
        a,
        "sakhalin-south",
        "1876-01-01",
        &["russian-empire"],
        Status::Sovereign,
        ST_PETERSBURG,
    );
    held(
        a,
        "sakhalin-south",
        "1905-07-20",
        &["japan"],
        Status::Occupied,
        "en.wikipedia: Japanese invasion of Sakhalin, from 7 Jul 1905 (en.wikipedia.org)",
    );
    under(
        a,
        "sakhalin-south",
        "1905-07-20",
        &["russian-empire"],
        "en.wikipedia: Japanese invasion of Sakhalin (en.wikipedia.org)",
    );
    held(
        a,
        "sakhalin-south",
        "1906-01-01",
        &["japan"],
        Status::Sovereign,
        "Portsmouth art. IX: south of 50°N ceded (karafuto.ie-t.net)",
    );
    held(
        a,
        "sakhalin-south",
        "1945-08-16",
        &["japan", "ussr"],
        Status::Contested,
        "en.wikipedia: Soviet invasion of South Sakhalin, 11–25 Aug 1945 (en.wikipedia.org)",
    );
    held(
        a,
        "sakhalin-south",
        "1945-10-01",
        &["ussr"],
        Status::Occupied,
        "en.wikipedia: Soviet invasion of South Sakhalin (en.wikipedia.org)",
    );
    under(
        a,
        "sakhalin-south",
        "1945-10-01",
        &["japan"],
        "wiki-org.ru: South Sakhalin Oblast only from 2 Feb 1946",
    );
    held(
        a,
        "sakhalin-south",
        "1947-06-01",
        &["ussr"],
        Status::Unsettled,
        DECREE_1946,
    );
    held(
        a,
        "sakhalin-south",
        "1960-01-01",
        &["ussr"],
        Status::Sovereign,
        SF_TREATY,
    );
    held(
        a,
        "sakhalin-south",
        "2000-01-01",
        &["russia"],
        Status::Sovereign,
        USSR_END,
    );
}

#[test]
fn shikotan() {
    let a = atlas();
    held(
        a,
        "shikotan",
        "1900-01-01",
        &["japan"],
        Status::Sovereign,
        MOFA,
    );
    held(
        a,
        "shikotan",
        "1945-09-10",
        &["ussr"],
        Status::Occupied,
        "polkrf.ru: Shikotan garrison capitulated 1 Sep 1945",
    );
    under(a, "shikotan", "1945-09-10", &["japan"], MOFA);
    claimed(a, "shikotan", "1945-09-10", &["japan"], MOFA);
    held(
        a,
        "shikotan",
        "1947-01-01",
        &["ussr"],
        Status::Contested,
        DECREE_1946,
    );
    claimed(a, "shikotan", "1947-01-01", &["japan"], MOFA);
    held(
        a,
        "shikotan",
        "1953-01-01",
        &["ussr"],
        Status::Contested,
        SPF_NT,
    );
    claimed(a, "shikotan", "1953-01-01", &["japan"], SPF_NT);
    held(
        a,
        "shikotan",
        "1960-01-01",
        &["ussr"],
        Status::Contested,
        JOINT_DECL,
    );
    claimed(a, "shikotan", "1960-01-01", &["japan"], JOINT_DECL);
    held(
        a,
        "shikotan",
        "2000-01-01",
        &["russia"],
        Status::Contested,
        MOFA,
    );
    claimed(a, "shikotan", "2014-12-31", &["japan"], MOFA);
}

#[test]
fn taiwan() {
    let a = atlas();
    held(
        a,
        "taiwan",
        "1896-01-01",
        &["japan"],
        Status::Sovereign,
        "askwikinow: Treaty of Shimonoseki, Taiwan taken over by Oct 1895",
    );
    held(
        a,
        "taiwan",
        "1946-01-01",
        &["roc"],
        Status::Sovereign,
        "en.wikipedia: Retrocession of Taiwan, 25 Oct 1945 (en.wikipedia.org)",
    );
    claimed(
        a,
        "taiwan",
        "1946-01-01",
        &[],
        "en.wikipedia: Retrocession of Taiwan (en.wikipedia.org)",
    );
    held(
        a,
        "taiwan",
        "1950-01-01",
        &["roc"],
        Status::Sovereign,
        "National Geographic: ROC capital moved to Taipei Dec 1949 (nationalgeographic.org)",
    );
    claimed(
        a,
        "taiwan",
        "1950-01-01",
        &["prc"],
        "liquisearch: Exclusive mandate, both claim all China since 1949 (liquisearch.com)",
    );
}

#[test]
fn urup() {
    let a = atlas();
    held(
        a,
        "urup",
        "1860-01-01",
        &["russian-empire"],
        Status::Sovereign,
        SHIMODA,
    );
    held(
        a,
        "urup",
        "1876-01-01",
        &["japan"],
        Status::Sovereign,
        "prlib.ru: Treaty of 1875, Urup among the 18 islands ceded",
    );
    held(
        a,
        "urup",
        "1945-09-15",
        &["ussr"],
        Status::Occupied,
        "RIA Novosti: white flag on Urup five days after 25 Aug 1945 (ria.ru)",
    );
    under(
        a,
        "urup",
        "1945-09-15",
        &["japan"],
        "RIA Novosti: Kuril landing, Aug 1945 (ria.ru)",
    );
    held(
        a,
        "urup",
        "1948-01-01",
        &["ussr"],
        Status::Unsettled,
        DECREE_1946,
    );
    held(
        a,
        "urup",
        "1960-01-01",
        &["ussr"],
        Status::Sovereign,
        SF_TREATY,
    );
    claimed(a, "urup", "1960-01-01", &[], SF_TREATY);
    held(
        a,
        "urup",
        "2000-01-01",
        &["russia"],
        Status::Sovereign,
        USSR_END,
    );
}
