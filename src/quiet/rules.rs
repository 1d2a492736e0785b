//! The windows: the federal one, and the regions with a stricter rule, each with its source.
//!
//! | region | allowed (local time) | source |
//! |---|---|---|
//! | everywhere (default) | 8:00–21:00 every day | TCPA, 47 CFR 64.1200(c)(1) |
//! | Florida | 8:00–20:00 | Florida Telephone Solicitation Act, Fla. Stat. § 501.616(6)(a) |
//! | Oklahoma | 8:00–20:00 | Oklahoma Telephone Solicitation Act, 15 O.S. § 775C.4 |
//! | Maryland | 8:00–20:00 | Stop the Spam Calls Act, Md. Code, Com. Law § 14-4503 |
//! | Washington | 8:00–20:00 | RCW 80.36.390 |
//! | Massachusetts | 8:00–20:00 | M.G.L. c. 159C § 3 |
//! | Connecticut | 9:00–20:00 | Conn. Gen. Stat. § 42-288a (as amended in 2023) |
//! | Texas | Mon–Sat 9:00–21:00, Sun 12:00–21:00 | Tex. Bus. & Com. Code § 301.051 |
//! | Rhode Island | Mon–Fri 9:00–18:00, Sat 10:00–17:00, no Sundays | R.I. Gen. Laws § 5-61-3.5 |
//! | Canada (every province) | Mon–Fri 9:00–21:30, Sat–Sun 10:00–18:00 | CRTC Unsolicited Telecommunications Rules, Part III (Telemarketing Rules) |
//!
//! Statutes change; a deployment that follows a newer one sets its window in
//! [`super::QuietHours::custom`]. Holidays (some states bar legal holidays) are not modelled.

/// One day's allowed span, minutes after local midnight: `start..end` (end excluded). Closed
/// when `start >= end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DayWindow {
    /// First allowed minute.
    pub start: u16,
    /// First minute no longer allowed.
    pub end: u16,
}

impl DayWindow {
    /// `start`–`end` in hours and minutes: `DayWindow::hm(8, 0, 21, 0)`.
    pub const fn hm(start_h: u16, start_m: u16, end_h: u16, end_m: u16) -> DayWindow {
        DayWindow { start: start_h * 60 + start_m, end: end_h * 60 + end_m }
    }

    /// No minute allowed.
    pub const CLOSED: DayWindow = DayWindow { start: 0, end: 0 };

    /// Whether no minute is allowed.
    pub fn is_closed(self) -> bool {
        self.start >= self.end
    }
}

/// A window for each day of the week, Sunday first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Week(pub [DayWindow; 7]);

impl Week {
    /// The same span every day.
    pub const fn daily(w: DayWindow) -> Week {
        Week([w; 7])
    }

    /// Monday to Saturday one span, Sunday another.
    pub const fn sunday_apart(sunday: DayWindow, other: DayWindow) -> Week {
        Week([sunday, other, other, other, other, other, other])
    }

    /// One daily window from `"HH:MM-HH:MM"` (local time, end excluded, the same day), the
    /// form a deployment configures its own window in.
    pub fn parse_daily(text: &str) -> Result<Week, String> {
        let bad = || format!("expected a window like \"08:00-21:00\", got {text:?}");
        let minute = |hm: &str| -> Option<u16> {
            let (h, m) = hm.trim().split_once(':')?;
            let (h, m) = (h.parse::<u16>().ok()?, m.parse::<u16>().ok()?);
            (h <= 24 && m < 60 && h * 60 + m <= 24 * 60).then_some(h * 60 + m)
        };
        let (a, b) = text.split_once('-').ok_or_else(bad)?;
        let (start, end) = (minute(a).ok_or_else(bad)?, minute(b).ok_or_else(bad)?);
        if start >= end {
            return Err(format!("the window {text:?} ends before it starts"));
        }
        Ok(Week::daily(DayWindow { start, end }))
    }

    /// The window of `weekday` (0 = Sunday).
    pub fn day(&self, weekday: u8) -> DayWindow {
        self.0[usize::from(weekday % 7)]
    }

    /// Whether (weekday, minutes after midnight) is inside.
    pub fn is_open(&self, (weekday, minute): (u8, u16)) -> bool {
        let w = self.day(weekday);
        (w.start..w.end).contains(&minute)
    }
}

/// A region whose rule is stricter than the federal window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// Region code (`US-FL`), or a country's every region (`CA-*`).
    pub region: &'static str,
    /// Allowed local times.
    pub window: Week,
}

/// 8:00–21:00 every day: 47 CFR 64.1200(c)(1).
pub const FEDERAL: Week = Week::daily(DayWindow::hm(8, 0, 21, 0));

const EIGHT_TO_EIGHT: Week = Week::daily(DayWindow::hm(8, 0, 20, 0));
// Texas: Tex. Bus. & Com. Code § 301.051: 9 a.m.–9 p.m. weekdays and Saturday, noon–9 p.m. Sunday.
const TEXAS: Week = Week::sunday_apart(DayWindow::hm(12, 0, 21, 0), DayWindow::hm(9, 0, 21, 0));
// Rhode Island: R.I. Gen. Laws § 5-61-3.5: 9–6 weekdays, 10–5 Saturday, never on Sunday.
const RHODE_ISLAND: Week = Week([
    DayWindow::CLOSED,
    DayWindow::hm(9, 0, 18, 0),
    DayWindow::hm(9, 0, 18, 0),
    DayWindow::hm(9, 0, 18, 0),
    DayWindow::hm(9, 0, 18, 0),
    DayWindow::hm(9, 0, 18, 0),
    DayWindow::hm(10, 0, 17, 0),
]);
// CRTC Unsolicited Telecommunications Rules, Part III: 9:00–21:30 weekdays, 10:00–18:00 weekends.
const CANADA: Week = Week([
    DayWindow::hm(10, 0, 18, 0),
    DayWindow::hm(9, 0, 21, 30),
    DayWindow::hm(9, 0, 21, 30),
    DayWindow::hm(9, 0, 21, 30),
    DayWindow::hm(9, 0, 21, 30),
    DayWindow::hm(9, 0, 21, 30),
    DayWindow::hm(10, 0, 18, 0),
]);

const fn rule(region: &'static str, window: Week) -> Rule {
    Rule { region, window }
}

/// The regions with their own rule (sources in the module doc).
///
/// ```
/// # use stopgate::quiet::rules::rule_for;
/// assert_eq!(rule_for("US-FL").map(|r| r.region), Some("US-FL"));
/// assert_eq!(rule_for("CA-QC").map(|r| r.region), Some("CA-*"));
/// assert_eq!(rule_for("US-CA"), None); // the federal window
/// ```
pub const RULES: &[Rule] = &[
    rule("US-FL", EIGHT_TO_EIGHT),     // Fla. Stat. § 501.616(6)(a) (FTSA)
    rule("US-OK", EIGHT_TO_EIGHT),    // 15 O.S. § 775C.4
    rule("US-MD", EIGHT_TO_EIGHT),    // Md. Code, Com. Law § 14-4503
    rule("US-WA", EIGHT_TO_EIGHT),  // RCW 80.36.390
    rule("US-MA", EIGHT_TO_EIGHT), // M.G.L. c. 159C § 3
    rule("US-CT", Week::daily(DayWindow::hm(9, 0, 20, 0))), // Conn. Gen. Stat. § 42-288a
    rule("US-TX", TEXAS),                // Tex. Bus. & Com. Code § 301.051
    rule("US-RI", RHODE_ISLAND),  // R.I. Gen. Laws § 5-61-3.5
    // Canada: the CRTC's rule, the same in every province and territory.
    rule("CA-*", CANADA),
];

/// The rule for `region`, if it has one stricter than the federal window.
pub fn rule_for(region: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| match r.region.strip_suffix('*') {
        Some(country) => region.starts_with(country),
        None => r.region == region,
    })
}
