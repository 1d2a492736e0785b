//! Quiet hours: the area-code table, daylight saving, the state rules, and screen() with a
//! fixed clock. Times are written as UTC wall clock and converted here.
use stopgate::quiet::{check, locate, region_name, DayWindow, QuietHours, Week, Zone};
use stopgate::screen::{screen, Decision, Policy, SendRequest};
use stopgate::snapshot::{Snapshot, SnapshotBuilder};
use stopgate::{Category, Scope};

/// Unix seconds of a UTC date and time.
fn utc(y: i64, m: i64, d: i64, h: i64, mi: i64) -> u64 {
    let (y, m) = if m <= 2 { (y - 1, m + 12) } else { (y, m) };
    let days = 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d - 719_469;
    (days * 86_400 + h * 3600 + mi * 60) as u64
}

#[test]
fn utc_helper() {
    assert_eq!(utc(1970, 1, 1, 0, 0), 0);
    assert_eq!(utc(2026, 12, 2, 1, 30), 1_796_175_000);
}

struct Loc {
    number: u64,
    region: &'static str,
    zone: Zone,
    other: Option<Zone>,
}

const fn loc(number: u64, region: &'static str, zone: Zone, other: Option<Zone>) -> Loc {
    Loc { number, region, zone, other }
}

const LOCATIONS: &[Loc] = &[
    loc(14155550100, "US-CA", Zone::Pacific, None),
    loc(13055550100, "US-FL", Zone::Eastern, None),
    loc(18505550100, "US-FL", Zone::Eastern, Some(Zone::Central)), // the panhandle
    loc(16025550100, "US-AZ", Zone::MountainStd, None),
    loc(19285550100, "US-AZ", Zone::MountainStd, Some(Zone::Mountain)), // the Navajo Nation
    loc(18085550100, "US-HI", Zone::Hawaii, None),
    loc(19075550100, "US-AK", Zone::Alaska, None),
    loc(15415550100, "US-OR", Zone::Pacific, Some(Zone::Mountain)),
    loc(19155550100, "US-TX", Zone::Mountain, None), // El Paso
    loc(12145550100, "US-TX", Zone::Central, None),
    loc(14055550100, "US-OK", Zone::Central, None),
    loc(14105550100, "US-MD", Zone::Eastern, None),
    loc(17875550100, "US-PR", Zone::AtlanticStd, None),
    loc(16715550100, "US-GU", Zone::Chamorro, None),
    loc(14165550100, "CA-ON", Zone::Eastern, None),
    loc(13065550100, "CA-SK", Zone::CentralStd, None),
    loc(17095550100, "CA-NL", Zone::Newfoundland, Some(Zone::Atlantic)),
    loc(18765550100, "JM", Zone::EasternStd, None),
    loc(14415550100, "BM", Zone::Atlantic, None),
    loc(18095550100, "DO", Zone::AtlanticStd, None),
    loc(447_911_123_456, "GB", Zone::Fixed { offset_minutes: 0, eu_summer: true }, None),
    loc(33_612_345_678, "FR", Zone::Fixed { offset_minutes: 60, eu_summer: true }, None),
    loc(353_851_234_567, "IE", Zone::Fixed { offset_minutes: 0, eu_summer: true }, None),
];

#[test]
fn area_codes_give_region_and_zones() {
    for l in LOCATIONS {
        let got = locate(l.number).unwrap_or_else(|| panic!("{} not located", l.number));
        assert_eq!((got.region, got.zone, got.other_zone), (l.region, l.zone, l.other), "{}", l.number);
    }
    // Not geographic, or not in the tables: cannot be placed.
    for n in [18005550100, 18885550100, 15005550100, 19005550100, 61_412_345_678, 0, 1, u64::MAX] {
        assert_eq!(locate(n), None, "{n}");
    }
    assert_eq!(region_name("US-FL"), Some("Florida"));
    assert_eq!(region_name("BS"), Some("the Bahamas"));
    assert_eq!(region_name("XX"), None);
}

#[test]
fn offsets_follow_daylight_saving() {
    let cases: &[(Zone, u64, i32)] = &[
        // US 2026: DST from 8 March 2:00 local to 1 November 2:00 local.
        (Zone::Eastern, utc(2026, 3, 8, 6, 59), -300), // 1:59 EST
        (Zone::Eastern, utc(2026, 3, 8, 7, 0), -240),  // 2:00 EST is 3:00 EDT
        (Zone::Eastern, utc(2026, 11, 1, 5, 59), -240), // 1:59 EDT
        (Zone::Eastern, utc(2026, 11, 1, 6, 0), -300),  // 2:00 EDT is 1:00 EST
        (Zone::Pacific, utc(2026, 3, 8, 9, 59), -480),
        (Zone::Pacific, utc(2026, 3, 8, 10, 0), -420),
        (Zone::Pacific, utc(2026, 7, 4, 12, 0), -420),
        (Zone::Pacific, utc(2026, 12, 25, 12, 0), -480),
        (Zone::Newfoundland, utc(2026, 7, 1, 12, 0), -150),
        (Zone::Newfoundland, utc(2026, 1, 1, 12, 0), -210),
        // No DST: Arizona, Hawaii, Puerto Rico, Saskatchewan, Guam.
        (Zone::MountainStd, utc(2026, 7, 1, 12, 0), -420),
        (Zone::MountainStd, utc(2026, 1, 1, 12, 0), -420),
        (Zone::Hawaii, utc(2026, 7, 1, 12, 0), -600),
        (Zone::AtlanticStd, utc(2026, 7, 1, 12, 0), -240),
        (Zone::CentralStd, utc(2026, 7, 1, 12, 0), -360),
        (Zone::Chamorro, utc(2026, 7, 1, 12, 0), 600),
        // EU: last Sunday of March to last Sunday of October, 1:00 UTC.
        (Zone::Fixed { offset_minutes: 0, eu_summer: true }, utc(2026, 3, 29, 0, 59), 0),
        (Zone::Fixed { offset_minutes: 0, eu_summer: true }, utc(2026, 3, 29, 1, 0), 60),
        (Zone::Fixed { offset_minutes: 60, eu_summer: true }, utc(2026, 10, 25, 0, 59), 120),
        (Zone::Fixed { offset_minutes: 60, eu_summer: true }, utc(2026, 10, 25, 1, 0), 60),
        // Another year: 2027 starts 14 March, ends 7 November.
        (Zone::Central, utc(2027, 3, 14, 7, 59), -360),
        (Zone::Central, utc(2027, 3, 14, 8, 0), -300),
        (Zone::Central, utc(2027, 11, 7, 6, 59), -300),
        (Zone::Central, utc(2027, 11, 7, 7, 0), -360),
    ];
    for &(zone, t, want) in cases {
        assert_eq!(zone.offset_at(t as i64), want, "{zone:?} at {t}");
    }
}

struct Case {
    number: u64,
    now: u64,
    /// `None`: may go; `Some(iso)`: held until then.
    held_until: Option<&'static str>,
    rule: &'static str,
}

const fn c(number: u64, now: u64, held_until: Option<&'static str>, rule: &'static str) -> Case {
    Case { number, now, held_until, rule }
}

#[test]
fn windows_by_local_time() {
    let cases = [
        // 20:30 local on Tuesday 1 December 2026: Florida holds (8–20), California does not (8–21).
        c(13055550100, utc(2026, 12, 2, 1, 30), Some("2026-12-02T08:00:00-05:00"), "US-FL"),
        c(14155550100, utc(2026, 12, 2, 4, 30), None, ""),
        // California at 21:00 and at 7:59: federal window.
        c(14155550100, utc(2026, 12, 2, 5, 0), Some("2026-12-02T08:00:00-08:00"), "federal"),
        c(14155550100, utc(2026, 12, 2, 15, 59), Some("2026-12-02T08:00:00-08:00"), "federal"),
        c(14155550100, utc(2026, 12, 2, 16, 0), None, ""),
        // Summer: California is UTC-7.
        c(14155550100, utc(2026, 7, 1, 14, 59), Some("2026-07-01T08:00:00-07:00"), "federal"),
        c(14155550100, utc(2026, 7, 1, 15, 0), None, ""),
        // Arizona keeps UTC-7 all year: 20:30 in July and in December alike is allowed.
        c(16025550100, utc(2026, 7, 2, 3, 30), None, ""),
        c(16025550100, utc(2026, 12, 2, 3, 30), None, ""),
        c(16025550100, utc(2026, 12, 2, 4, 0), Some("2026-12-02T08:00:00-07:00"), "federal"),
        // Hawaii (UTC-10): 7:00 there is held until 8:00.
        c(18085550100, utc(2026, 7, 1, 17, 0), Some("2026-07-01T08:00:00-10:00"), "federal"),
        c(18085550100, utc(2026, 7, 1, 18, 0), None, ""),
        // 850 spans Eastern and Central: 8:30 Eastern is 7:30 Central, so it waits for 8:00 Central;
        // 19:30 Central is 20:30 Eastern, past Florida's 20:00.
        c(18505550100, utc(2026, 12, 1, 13, 30), Some("2026-12-01T08:00:00-06:00"), "US-FL"),
        c(18505550100, utc(2026, 12, 1, 14, 0), None, ""),
        c(18505550100, utc(2026, 12, 2, 1, 30), Some("2026-12-02T08:00:00-06:00"), "US-FL"),
        // 928 spans Arizona time and the Navajo Nation's daylight time: in July 8:00 MST is 9:00 MDT.
        c(19285550100, utc(2026, 7, 1, 14, 30), Some("2026-07-01T08:00:00-07:00"), "federal"),
        c(19285550100, utc(2026, 7, 2, 3, 30), Some("2026-07-02T08:00:00-07:00"), "federal"), // 21:30 MDT
        // Texas: Sunday opens at noon. Sunday 6 December 2026 10:00 CST.
        c(12145550100, utc(2026, 12, 6, 16, 0), Some("2026-12-06T12:00:00-06:00"), "US-TX"),
        c(12145550100, utc(2026, 12, 7, 14, 59), Some("2026-12-07T09:00:00-06:00"), "US-TX"), // Monday 8:59
        // Rhode Island: never on Sunday; Saturday 17:30 waits until Monday 9:00.
        c(14015550100, utc(2026, 12, 5, 22, 30), Some("2026-12-07T09:00:00-05:00"), "US-RI"),
        // Oklahoma and Maryland: 8–20.
        c(14055550100, utc(2026, 12, 2, 2, 30), Some("2026-12-02T08:00:00-06:00"), "US-OK"),
        c(14105550100, utc(2026, 12, 2, 1, 30), Some("2026-12-02T08:00:00-05:00"), "US-MD"),
        // Canada (CRTC): weekdays until 21:30, weekends 10–18. Ontario Saturday 9:30 EST.
        c(14165550100, utc(2026, 12, 5, 14, 30), Some("2026-12-05T10:00:00-05:00"), "CA-*"),
        c(14165550100, utc(2026, 12, 2, 2, 15), None, ""), // Tuesday 21:15
        // DST boundary: the night clocks go forward in New York, 7:30 EST (12:30 UTC) waits for 8:00 EDT.
        c(12125550100, utc(2026, 3, 8, 11, 30), Some("2026-03-08T08:00:00-04:00"), "federal"),
        // ...and back: at 7:30 EST on 1 November the window opens at 8:00 EST.
        c(12125550100, utc(2026, 11, 1, 12, 30), Some("2026-11-01T08:00:00-05:00"), "federal"),
        // Outside the NANP: Great Britain at 22:00 BST waits for 8:00.
        c(447_911_123_456, utc(2026, 7, 1, 21, 0), Some("2026-07-02T08:00:00+01:00"), "federal"),
        c(447_911_123_456, utc(2026, 7, 1, 12, 0), None, ""),
        // Not placeable: never held.
        c(18005550100, utc(2026, 12, 2, 8, 0), None, ""),
        c(61_412_345_678, utc(2026, 12, 2, 8, 0), None, ""),
    ];
    let policy = QuietHours::default();
    for case in &cases {
        let got = check(case.number, case.now, &policy);
        match (got, case.held_until) {
            (None, None) => {}
            (Some(h), Some(want)) => {
                assert_eq!(h.send_after_iso().as_deref(), Some(want), "{} at {}", case.number, case.now);
                assert_eq!(h.rule, case.rule, "{} at {}", case.number, case.now);
                let at = h.send_after.unwrap();
                assert!(at > case.now);
                // At send_after it may go; a minute before, not.
                assert_eq!(check(case.number, at, &policy), None, "{} at its send_after", case.number);
                assert!(check(case.number, at - 60, &policy).is_some(), "{} a minute before", case.number);
            }
            (got, want) => panic!("{} at {}: got {got:?}, want {want:?}", case.number, case.now),
        }
    }
}

#[test]
fn configurable_windows() {
    let late = utc(2026, 12, 2, 1, 30); // 20:30 in Miami, 17:30 in San Francisco
    assert_eq!(check(13055550100, late, &QuietHours::off()), None);
    // Without the state rules Florida gets the federal window.
    let federal_only = QuietHours { regional_rules: false, ..QuietHours::default() };
    assert_eq!(check(13055550100, late, &federal_only), None);
    // A deployment's own window for a region, and its own default.
    let custom = QuietHours {
        custom: vec![("US-CA".into(), Week::daily(DayWindow::hm(9, 0, 17, 0)))],
        ..QuietHours::default()
    };
    let h = check(14155550100, late, &custom).expect("held");
    assert_eq!((h.rule, h.send_after_iso().as_deref()), ("custom", Some("2026-12-02T09:00:00-08:00")));
    let strict = QuietHours { default_window: Week::daily(DayWindow::hm(10, 0, 17, 0)), ..QuietHours::default() };
    assert!(check(14155550100, late, &strict).is_some());
    // A week with no open day still holds (it fails closed), with no moment to give.
    let never = QuietHours { default_window: Week::daily(DayWindow::CLOSED), regional_rules: false, ..QuietHours::default() };
    let h = check(14155550100, late, &never).expect("held");
    assert_eq!((h.send_after, h.send_after_iso()), (None, None));
    assert_eq!(h.to_string(), "held: no time of the coming week is allowed");
}

fn snapshot(created_at: u64) -> Snapshot<Vec<u8>> {
    let mut b = SnapshotBuilder::new();
    b.region("US").sequence(3).created_at(created_at);
    b.insert(13055550199, Scope::All);
    Snapshot::from_bytes(b.build(None).unwrap()).unwrap()
}

#[test]
fn screen_holds_marketing_only() {
    let now = utc(2026, 12, 2, 1, 30); // 20:30 in Florida, 17:30 in California
    let snap = snapshot(now - 60);
    let policy = Policy { now, quiet_hours: QuietHours::default(), ..Policy::default() };
    let body = "Sale! Reply STOP to opt out";
    let go = |to: &str, category| screen(&SendRequest { to, body, category, program: None }, Some(&snap), &policy);

    let fl = go("+1 305 555 0100", Category::Marketing);
    assert_eq!((fl.decision, fl.reason), (Decision::Block, "quiet-hours"), "{}", fl.message);
    let hold = fl.hold.expect("hold");
    assert_eq!(hold.send_after_iso().as_deref(), Some("2026-12-02T08:00:00-05:00"));
    assert_eq!(hold.region, "US-FL");
    assert!(fl.message.contains("Florida") && fl.message.contains("20:30") && fl.message.contains("held until 08:00 their time"), "{}", fl.message);

    let ca = go("+1 415 555 0100", Category::Marketing);
    assert_eq!((ca.decision, ca.reason, ca.hold), (Decision::Allow, "ok", None));
    // Transactional and confirmation messages are not held.
    assert_eq!(go("+1 305 555 0100", Category::Transactional).reason, "ok");
    assert_eq!(go("+1 305 555 0100", Category::Confirmation).reason, "confirmation");
    // An opt-out says opted-out, not quiet-hours: it will not go in the morning either.
    assert_eq!(go("+1 305 555 0199", Category::Marketing).reason, "opted-out");
    // Compliant by default: Policy::default() keeps the law's quiet hours; a deployment that
    // must not depend on the time of day turns them off on purpose.
    assert!(Policy::default().quiet_hours.enabled, "Policy::default() holds marketing in quiet hours");
    assert!(QuietHours::default().enabled, "QuietHours::default() is the law");
    assert_eq!(go("+1 305 555 0100", Category::Marketing).reason, "quiet-hours");
    let off = Policy { now, quiet_hours: QuietHours::off(), ..Policy::default() };
    let r = screen(&SendRequest { to: "+1 305 555 0100", body, category: Category::Marketing, program: None }, Some(&snap), &off);
    assert_eq!(r.reason, "ok");
}

#[test]
fn a_deployment_window_parses_and_bad_ones_are_refused() {
    use stopgate::quiet::{DayWindow, Week};
    assert_eq!(Week::parse_daily("08:00-21:00").unwrap(), Week::daily(DayWindow::hm(8, 0, 21, 0)));
    assert_eq!(Week::parse_daily(" 9:30 - 17:45 ").unwrap(), Week::daily(DayWindow::hm(9, 30, 17, 45)));
    for bad in ["", "8-21", "08:00", "21:00-08:00", "08:00-08:00", "25:00-26:00", "08:60-09:00", "a:b-c:d"] {
        assert!(Week::parse_daily(bad).is_err(), "{bad:?} should be refused");
    }
}
