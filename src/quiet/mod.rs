//! Quiet hours: whether a marketing message may reach a recipient now, by the recipient's
//! local time, and when it may if not.
//!
//! The TCPA forbids telephone solicitations, texts included, "before the hour of 8 a.m. or
//! after 9 p.m. (local time at the called party's location)" (47 CFR 64.1200(c)(1)), and
//! several states are stricter (the table in [`rules`]). The recipient's location is read
//! the way the industry reads it, from the number: a table of North American area codes
//! ([`locate`]: US, Canada and the Caribbean members of the NANP) gives the region (state,
//! province or country) and the time zone, or two zones where an area code's territory
//! spans two (850 in Florida's panhandle, 541 in Oregon, 915 and 432 in west Texas, ...).
//! A message may go only when it is inside the window in *every* zone the code spans: the
//! most restrictive reading. Daylight saving time is computed (US and Canadian rules since
//! 2007: second Sunday of March to first Sunday of November, 2:00 local; the EU's for the
//! countries below), so no time-zone database is needed; Arizona, Hawaii, Saskatchewan,
//! Puerto Rico, Jamaica and most of the Caribbean keep standard time all year.
//!
//! Numbers outside the NANP get a per-country default (the 8:00–21:00 window, at the
//! country's civil time) for the single-zone countries of [`COUNTRIES`] (most of western
//! Europe); any other number, and NANP codes that are not geographic (toll-free 8xx, 5xx,
//! 600, 700, 900), cannot be placed and are not held: a deployment that must hold them sets
//! its own rule. Holidays are not modelled.
//!
//! Everything takes the time from the caller (`now`, Unix seconds); nothing here reads a
//! clock. Only marketing is held: [`crate::screen`] applies this to marketing messages when
//! its `Policy::quiet_hours` is on (`QuietHours::default()`, the law; `Policy::default()` has
//! it off so that no caller's verdicts start to depend on the time of day unasked; the
//! binding's `quietHours: true`).
//!
//! ```
//! use stopgate::quiet::{check, QuietHours};
//! // 20:30 in Miami on 1 December 2026 (EST, UTC-5): Florida allows 8:00–20:00.
//! let now = 1_796_175_000; // 2026-12-02T01:30:00Z
//! let hold = check(14155550100, now, &QuietHours::default()); // California: 17:30 there
//! assert!(hold.is_none());
//! let hold = check(13055550100, now, &QuietHours::default()).unwrap();
//! assert_eq!(hold.region, "US-FL");
//! assert_eq!(hold.send_after_iso().unwrap(), "2026-12-02T08:00:00-05:00");
//! ```
use core::fmt;

mod nanp;
pub mod rules;

pub use rules::{DayWindow, Week};

/// A time zone as this module knows it: a standard offset and a daylight-saving rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Zone {
    /// Newfoundland, UTC−3:30, US/Canadian DST.
    Newfoundland,
    /// Atlantic, UTC−4, US/Canadian DST (Maritimes, Bermuda).
    Atlantic,
    /// Atlantic standard time all year, UTC−4 (Puerto Rico, USVI, most of the Caribbean).
    AtlanticStd,
    /// Eastern, UTC−5, US DST.
    Eastern,
    /// Eastern standard time all year, UTC−5 (Jamaica, Cayman Islands).
    EasternStd,
    /// Central, UTC−6, US DST.
    Central,
    /// Central standard time all year, UTC−6 (Saskatchewan).
    CentralStd,
    /// Mountain, UTC−7, US DST.
    Mountain,
    /// Mountain standard time all year, UTC−7 (Arizona).
    MountainStd,
    /// Pacific, UTC−8, US DST.
    Pacific,
    /// Alaska, UTC−9, US DST.
    Alaska,
    /// Hawaii–Aleutian standard time, UTC−10, no DST (Hawaii).
    Hawaii,
    /// Samoa, UTC−11, no DST (American Samoa).
    Samoa,
    /// Chamorro, UTC+10, no DST (Guam, Northern Mariana Islands).
    Chamorro,
    /// A fixed offset in minutes east of UTC with EU summer time (last Sunday of March to last
    /// Sunday of October, 01:00 UTC), or none.
    Fixed {
        /// Standard offset, minutes east of UTC.
        offset_minutes: i16,
        /// Whether EU summer time applies.
        eu_summer: bool,
    },
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Dst {
    None,
    NorthAmerica,
    Eu,
}

impl Zone {
    fn rule(self) -> (i32, Dst) {
        use Dst::{NorthAmerica as Na, None as No};
        match self {
            Zone::Newfoundland => (-210, Na),
            Zone::Atlantic => (-240, Na),
            Zone::AtlanticStd => (-240, No),
            Zone::Eastern => (-300, Na),
            Zone::EasternStd => (-300, No),
            Zone::Central => (-360, Na),
            Zone::CentralStd => (-360, No),
            Zone::Mountain => (-420, Na),
            Zone::MountainStd => (-420, No),
            Zone::Pacific => (-480, Na),
            Zone::Alaska => (-540, Na),
            Zone::Hawaii => (-600, No),
            Zone::Samoa => (-660, No),
            Zone::Chamorro => (600, No),
            Zone::Fixed { offset_minutes, eu_summer } => (i32::from(offset_minutes), if eu_summer { Dst::Eu } else { No }),
        }
    }

    /// The zone's offset from UTC at `t` (Unix seconds), in minutes, daylight time included.
    pub fn offset_at(self, t: i64) -> i32 {
        let (std, dst) = self.rule();
        let summer = match dst {
            Dst::None => false,
            Dst::NorthAmerica => {
                // 2:00 local standard time on the second Sunday of March, to 2:00 local daylight
                // time (1:00 standard) on the first Sunday of November.
                let year = civil_from_days((t + i64::from(std) * 60).div_euclid(86_400)).0;
                let start = days_from_civil(year, 3, nth_sunday(year, 3, 2)) * 86_400 + 7_200 - i64::from(std) * 60;
                let end = days_from_civil(year, 11, nth_sunday(year, 11, 1)) * 86_400 + 3_600 - i64::from(std) * 60;
                (start..end).contains(&t)
            }
            Dst::Eu => {
                let year = civil_from_days(t.div_euclid(86_400)).0;
                let start = days_from_civil(year, 3, last_sunday(year, 3)) * 86_400 + 3_600;
                let end = days_from_civil(year, 10, last_sunday(year, 10)) * 86_400 + 3_600;
                (start..end).contains(&t)
            }
        };
        std + if summer { 60 } else { 0 }
    }
}

/// Where a number is, as far as its digits say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    /// Region code: ISO 3166-2 for US states and Canadian provinces (`US-FL`, `CA-ON`),
    /// ISO 3166-1 for countries (`JM`, `GB`).
    pub region: &'static str,
    /// The zone, or the first of two where the area code spans two.
    pub zone: Zone,
    /// The second zone of an area code that spans two (`None` otherwise).
    pub other_zone: Option<Zone>,
}

/// Single-zone countries outside the NANP and their civil time: (country calling code,
/// ISO 3166-1, standard offset in minutes, EU summer time).
pub const COUNTRIES: &[(u16, &str, i16, bool)] = &[
    (30, "GR", 120, true),
    (31, "NL", 60, true),
    (32, "BE", 60, true),
    (33, "FR", 60, true),
    (34, "ES", 60, true),
    (36, "HU", 60, true),
    (39, "IT", 60, true),
    (40, "RO", 120, true),
    (41, "CH", 60, true),
    (43, "AT", 60, true),
    (44, "GB", 0, true),
    (45, "DK", 60, true),
    (46, "SE", 60, true),
    (47, "NO", 60, true),
    (48, "PL", 60, true),
    (49, "DE", 60, true),
    (353, "IE", 0, true),
    (358, "FI", 120, true),
    (420, "CZ", 60, true),
    (421, "SK", 60, true),
];

/// The region and time zone(s) of an E.164 number held as a `u64` (see
/// [`crate::phone::PhoneNumber::as_u64`]), or `None` where the digits do not say.
pub fn locate(number: u64) -> Option<Location> {
    let digits = number.checked_ilog10()? + 1;
    if digits == 11 && number / 10_000_000_000 == 1 {
        let area = u16::try_from((number / 10_000_000) % 1000).ok()?;
        let i = nanp::AREA_CODES.binary_search_by_key(&area, |row| row.0).ok()?;
        let (_, region, zones) = nanp::AREA_CODES[i];
        let zone = *nanp::ZONES.get(usize::from(zones >> 4))?;
        let other = *nanp::ZONES.get(usize::from(zones & 0xF))?;
        return Some(Location {
            region: nanp::REGIONS.split(' ').nth(usize::from(region))?,
            zone,
            other_zone: (other != zone).then_some(other),
        });
    }
    // A country code is 1 to 3 digits; try the longest that the table knows.
    (1..=3).rev().find_map(|len| {
        let cc = u16::try_from(number / 10u64.checked_pow(digits.checked_sub(len)?)?).ok()?;
        let &(_, region, offset_minutes, eu_summer) = COUNTRIES.iter().find(|c| c.0 == cc)?;
        Some(Location { region, zone: Zone::Fixed { offset_minutes, eu_summer }, other_zone: None })
    })
}

/// What a deployment allows. The default is the law as [`rules`] has it: the federal
/// 8:00–21:00 window, and each state's stricter rule where it has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuietHours {
    /// Whether marketing is held outside the window at all.
    pub enabled: bool,
    /// The window where no stricter rule applies (the federal one by default).
    pub default_window: Week,
    /// Whether the state and provincial rules of [`rules::RULES`] apply on top.
    pub regional_rules: bool,
    /// A deployment's own windows for regions (region code, window): they replace the
    /// built-in rule for that region.
    pub custom: Vec<(String, Week)>,
}

impl Default for QuietHours {
    fn default() -> QuietHours {
        QuietHours { enabled: true, default_window: rules::FEDERAL, regional_rules: true, custom: Vec::new() }
    }
}

impl QuietHours {
    /// No quiet hours at all.
    pub fn off() -> QuietHours {
        QuietHours { enabled: false, ..QuietHours::default() }
    }

    /// The window for `region` and the rule it comes from (`federal`, `custom`, a region's
    /// rule id such as `US-FL`).
    pub fn window_for(&self, region: &str) -> (Week, &'static str) {
        if let Some((_, w)) = self.custom.iter().find(|(r, _)| r.eq_ignore_ascii_case(region)) {
            return (*w, "custom");
        }
        if self.regional_rules {
            if let Some(rule) = rules::rule_for(region) {
                return (rule.window, rule.region);
            }
        }
        (self.default_window, "federal")
    }
}

/// A region's name for people ("Florida", "the Bahamas"), for the regions of the NANP table.
pub fn region_name(region: &str) -> Option<&'static str> {
    let i = nanp::REGIONS.split(' ').position(|r| r == region)?;
    nanp::REGION_NAMES.split('|').nth(i)
}

/// A held message: where the recipient is and the next moment it may go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hold {
    /// The recipient's region (`US-FL`).
    pub region: &'static str,
    /// The rule that holds it: `federal`, `custom`, or the region whose rule is stricter.
    pub rule: &'static str,
    /// The next allowed moment, Unix seconds; `None` when the window opens on no day of
    /// the coming week (a deployment closed every day).
    pub send_after: Option<u64>,
    /// The recipient's offset from UTC at that moment (or now), minutes.
    pub offset_minutes: i32,
    /// The recipient's local time now, minutes after midnight.
    pub local_minutes_now: u16,
}

impl Hold {
    /// `send_after` in ISO 8601 at the recipient's offset: `2026-12-02T08:00:00-05:00`.
    pub fn send_after_iso(&self) -> Option<String> {
        self.send_after.map(|t| iso8601(t as i64, self.offset_minutes))
    }
}

impl fmt::Display for Hold {
    /// `held until 08:00 their time (2026-12-02T08:00:00-05:00)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.send_after_iso() {
            Some(iso) => write!(f, "held until {} their time ({iso})", iso.get(11..16).unwrap_or("")),
            None => f.write_str("held: no time of the coming week is allowed"),
        }
    }
}

/// Whether a marketing message to `number` must wait at `now` (Unix seconds): `None` when it
/// may go (or the number cannot be placed), else the hold.
pub fn check(number: u64, now: u64, policy: &QuietHours) -> Option<Hold> {
    if !policy.enabled {
        return None;
    }
    let location = locate(number)?;
    let (window, rule) = policy.window_for(location.region);
    let zones = [Some(location.zone), location.other_zone];
    let zones = zones.iter().flatten().copied();
    let now = i64::try_from(now).ok()?;
    let open_at = |t: i64| zones.clone().all(|z| window.is_open(local_time(t, z)));
    if open_at(now) {
        return None;
    }
    // The next opening is the start of a window in one of the zones: try each zone's next
    // starts in time order, and take the first at which every zone is open.
    let mut candidates: Vec<(i64, Zone)> = Vec::new();
    for zone in zones.clone() {
        let today = (now + i64::from(zone.offset_at(now)) * 60).div_euclid(86_400);
        for day in today..=today + 8 {
            let w = window.day(weekday(day));
            if w.is_closed() {
                continue;
            }
            let t = local_to_utc(day, w.start, zone);
            if t > now {
                candidates.push((t, zone));
            }
        }
    }
    // At most 18 candidates: the earliest that works, without a sort routine in the wasm.
    let next = candidates.iter().filter(|c| open_at(c.0)).min_by_key(|c| c.0);
    let local_now = local_time(now, location.zone);
    Some(Hold {
        region: location.region,
        rule,
        send_after: next.map(|c| c.0 as u64),
        offset_minutes: next.map_or(location.zone.offset_at(now), |&(at, zone)| zone.offset_at(at)),
        local_minutes_now: local_now.1,
    })
}

/// (weekday 0 = Sunday, minutes after midnight) at `t` in `zone`.
fn local_time(t: i64, zone: Zone) -> (u8, u16) {
    let local = t + i64::from(zone.offset_at(t)) * 60;
    (weekday(local.div_euclid(86_400)), (local.rem_euclid(86_400) / 60) as u16)
}

/// The Unix time of `minutes` after local midnight of day `day` (days since the epoch).
fn local_to_utc(day: i64, minutes: u16, zone: Zone) -> i64 {
    let local = day * 86_400 + i64::from(minutes) * 60;
    let (std, _) = zone.rule();
    let guess = local - i64::from(std) * 60;
    local - i64::from(zone.offset_at(guess)) * 60
}

/// 0 = Sunday, for a count of days since 1970-01-01 (a Thursday).
fn weekday(day: i64) -> u8 {
    (day + 4).rem_euclid(7) as u8
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month, day) of a count of days since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Day of the month of the `n`th Sunday of `month`.
fn nth_sunday(year: i64, month: u32, n: u32) -> u32 {
    let first = weekday(days_from_civil(year, month, 1));
    1 + (7 - u32::from(first)) % 7 + 7 * (n - 1)
}

/// Day of the month of the last Sunday of `month` (March or October: 31 days).
fn last_sunday(year: i64, month: u32) -> u32 {
    let last = weekday(days_from_civil(year, month, 31));
    31 - u32::from(last)
}

/// ISO 8601 with a numeric offset.
fn iso8601(t: i64, offset_minutes: i32) -> String {
    let local = t + i64::from(offset_minutes) * 60;
    let (y, mo, d) = civil_from_days(local.div_euclid(86_400));
    let s = local.rem_euclid(86_400);
    let sign = if offset_minutes < 0 { '-' } else { '+' };
    let off = offset_minutes.unsigned_abs();
    format!(
        "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
        s / 3600,
        s % 3600 / 60,
        s % 60,
        off / 60,
        off % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_round_trips_and_sundays() {
        for z in [-1_000_000, -1, 0, 1, 19_000, 20_819, 2_000_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(weekday(0), 4);
        // 2026: DST from 8 March to 1 November (US), 29 March to 25 October (EU).
        assert_eq!((nth_sunday(2026, 3, 2), nth_sunday(2026, 11, 1)), (8, 1));
        assert_eq!((last_sunday(2026, 3), last_sunday(2026, 10)), (29, 25));
        assert_eq!(iso8601(0, -300), "1969-12-31T19:00:00-05:00");
        assert_eq!(iso8601(0, 330), "1970-01-01T05:30:00+05:30");
    }

    #[test]
    fn the_table_is_sorted_and_names_known_regions() {
        assert!(nanp::AREA_CODES.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(nanp::REGIONS.split(' ').count(), nanp::REGION_COUNT);
        assert!(nanp::AREA_CODES.iter().all(|r| usize::from(r.1) < nanp::REGION_COUNT));
        assert!(nanp::AREA_CODES.iter().all(|r| usize::from(r.2 >> 4) < nanp::ZONES.len() && usize::from(r.2 & 0xF) < nanp::ZONES.len()));
        assert_eq!(nanp::REGION_NAMES.split('|').count(), nanp::REGION_COUNT);
    }
}
