//! ไทย — Thai. Years are written in the Buddhist Era (พ.ศ. = ค.ศ. + 543).

use super::Msg;
use crate::model::Status;

pub const MONTHS: [&str; 12] = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
];

pub fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppTitle => "แผนที่ประวัติศาสตร์รัสเซีย–ญี่ปุ่น",
        Msg::Subtitle => "ใครครองดินแดนแต่ละแห่ง ณ วันที่ 31 ธันวาคม {year}",
        Msg::Year => "ปี",
        Msg::WhoHeld => "ผู้ครองดินแดน",
        Msg::WhatChanged => "การเปลี่ยนแปลงในปี {year}",
        Msg::NoChanges => "ปีนี้ไม่มีดินแดนใดเปลี่ยนมือ",
        Msg::Legend => "คำอธิบายสัญลักษณ์",
        Msg::War => "สงครามรัสเซีย–ญี่ปุ่น พ.ศ. 2447–2448",
        Msg::Conflict => "ความขัดแย้งอื่น ๆ",
        Msg::Diplomacy => "สนธิสัญญาและการทูต",
        Msg::SisterCities => "เมืองพี่เมืองน้อง",
        Msg::MapLabel => "แผนที่เอเชียตะวันออกเฉียงเหนือ",
        Msg::OverlayLabel => "เหตุการณ์และเมืองพี่เมืองน้อง",
        Msg::Footer => {
            "แนวชายฝั่ง: Natural Earth 10 ม. (สาธารณสมบัติ) ประวัติศาสตร์: ดูแหล่งอ้างอิงในแต่ละรายการ"
        }
        Msg::LoadError => "แผนที่ประวัติศาสตร์รัสเซีย–ญี่ปุ่นโหลดข้อมูลไม่สำเร็จ",
        Msg::Language => "ภาษา",
        Msg::Since => " ตั้งแต่ {year}",
        Msg::And => " และ ",
        Msg::Ignored => "ไม่ได้ใช้ค่า: {what} แผนที่จึงเริ่มด้วยค่าเริ่มต้น",
        Msg::Dismiss => "ปิด",
        Msg::Timeline => "เส้นเวลา",
        Msg::PrevChange => "การเปลี่ยนแปลงก่อนหน้า",
        Msg::PrevYear => "ปีก่อนหน้า",
        Msg::Play => "เล่น",
        Msg::Pause => "หยุดชั่วคราว",
        Msg::NextYear => "ปีถัดไป",
        Msg::NextChange => "การเปลี่ยนแปลงถัดไป",
        Msg::Speed => "ความเร็ว",
        Msg::YearsPerSecond => "{n} ปี/วินาที",
        Msg::Loop => "เล่นวนซ้ำ",
        Msg::Layers => "ชั้นข้อมูล",
        Msg::Territories => "ดินแดน",
        Msg::Close => "ปิด",
        Msg::History => "ประวัติการครอบครอง",
        Msg::Sources => "แหล่งอ้างอิง",
        Msg::SinceDate => "ตั้งแต่ {date}",
        Msg::ClaimedBy => "ฝ่ายที่อ้างสิทธิ์ด้วย",
        Msg::Because => "เหตุการณ์ที่ทำให้เปลี่ยน",
        Msg::JulianDate => "ปฏิทินจูเลียน (ตามเอกสารรัสเซีย)",
        Msg::Place => "สถานที่",
        Msg::FriendshipCities => "เมืองมิตรภาพ",
        Msg::LoadingDetails => "กำลังโหลดรายละเอียด…",
        Msg::DetailsFailed => "โหลดรายละเอียดไม่สำเร็จ",
        Msg::ShowTable => "ดูเป็นตาราง",
        Msg::ShowMap => "ซ่อนตาราง",
        Msg::TableTerritory => "ดินแดน",
        Msg::TableHeldBy => "ผู้ครอง",
        Msg::TableStatus => "สถานะ",
        Msg::TableSince => "ตั้งแต่วันที่",
        Msg::TableChronology => "ลำดับเหตุการณ์",
        Msg::TableDate => "วันที่",
        Msg::TableEvent => "เหตุการณ์",
        Msg::TableKind => "ประเภท",
        Msg::TableCategory => "หมวด",
        Msg::TableShow => "แสดง",
        Msg::TableAllEvents => "เหตุการณ์ทั้งหมด",
        Msg::Zoom => "ซูม",
        Msg::ZoomIn => "ขยาย",
        Msg::ZoomOut => "ย่อ",
        Msg::ResetView => "แสดงทั้งภูมิภาค",
        Msg::Passes => "{territory} ตกเป็นของ {who}{event}",
        Msg::SubtitleDate => "ใครครองดินแดนแต่ละแห่ง ณ วันที่ {date}",
        Msg::MonthByMonth => "ทีละเดือน",
        Msg::PrevMonth => "เดือนก่อนหน้า",
        Msg::NextMonth => "เดือนถัดไป",
    }
}

pub fn status(s: Status) -> &'static str {
    match s {
        Status::Sovereign => "มีอธิปไตย",
        Status::Joint => "ปกครองร่วมกัน",
        Status::Leased => "ดินแดนเช่า",
        Status::Occupied => "ยึดครอง",
        Status::Protectorate => "รัฐในอารักขา",
        Status::Puppet => "รัฐหุ่นเชิด",
        Status::Contested => "มีการแย่งชิง",
        Status::Unsettled => "ยังไม่กำหนดเขตแดน",
    }
}

/// Event kinds, in the order of [`super::KINDS`].
pub const KINDS: [&str; 16] = [
    "ความตกลง",
    "การผนวกดินแดน",
    "การโจมตี",
    "การรบ",
    "ปฏิญญา",
    "การประกาศสงคราม",
    "กรณีพิพาท",
    "การยกพลขึ้นบก",
    "ยุทธนาวี",
    "การยึดครอง",
    "การประกาศ",
    "การล้อมเมือง",
    "การประชุมสุดยอด",
    "การยอมจำนน",
    "สนธิสัญญา",
    "การถอนกำลัง",
];
