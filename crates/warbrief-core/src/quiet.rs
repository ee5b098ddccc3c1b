//! Quiet hours: a window of a chat's local time in which pushed messages (digests, alerts) go without a
//! sound, or wait for the window to end. Pure: the current time is an argument.

use chrono::{DateTime, NaiveTime, Timelike, Utc};
use chrono_tz::Tz;

/// What a chat asked of messages pushed in its quiet hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::EnumString, strum::IntoStaticStr, strum::EnumIter)]
#[strum(serialize_all = "lowercase")]
pub enum QuietMode {
    /// Sent at once, without a notification sound.
    Silent,
    /// Held back until the window ends, then sent as usual.
    Wait,
}

impl QuietMode {
    /// How the mode is stored and put in callback data: "silent", "wait".
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A window of local time, `start` to `end`; one that ends before it starts runs over midnight
/// (23:00–07:00). Never empty: a start equal to its end is not a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct QuietHours {
    start: NaiveTime,
    end: NaiveTime,
    pub mode: QuietMode,
}

/// What to do with a message pushed now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quiet {
    /// Outside quiet hours (or none set): as usual.
    No,
    /// Inside quiet hours: without a sound.
    Silently,
    /// Inside quiet hours: not before this instant, when they end.
    WaitUntil(DateTime<Utc>),
}

impl QuietHours {
    /// The window from `start` to `end` (whole minutes), or `None` when they are the same minute.
    pub fn new(start: NaiveTime, end: NaiveTime, mode: QuietMode) -> Option<Self> {
        let (start, end) = (whole_minute(start), whole_minute(end));
        (start != end).then_some(QuietHours { start, end, mode })
    }

    /// The same window with messages in it doing `mode`.
    pub fn with_mode(self, mode: QuietMode) -> Self {
        QuietHours { mode, ..self }
    }

    pub fn start(&self) -> NaiveTime {
        self.start
    }

    pub fn end(&self) -> NaiveTime {
        self.end
    }

    /// Whether the local time `local` is inside the window (its start included, its end not).
    pub fn contains(&self, local: NaiveTime) -> bool {
        if self.start < self.end {
            self.start <= local && local < self.end
        } else {
            local >= self.start || local < self.end
        }
    }

    /// What a message pushed at `now` to a chat in `tz` should do.
    pub fn at(&self, now: DateTime<Utc>, tz: Tz) -> Quiet {
        if !self.contains(now.with_timezone(&tz).time()) {
            return Quiet::No;
        }
        match self.mode {
            QuietMode::Silent => Quiet::Silently,
            QuietMode::Wait => Quiet::WaitUntil(crate::schedule::next_due(now, self.end, tz)),
        }
    }
}

fn whole_minute(time: NaiveTime) -> NaiveTime {
    NaiveTime::from_hms_opt(time.hour(), time.minute(), 0).expect("an hour and minute of a valid time")
}

/// "23:00-07:00", "23:00–07:00" or "23:00 - 7:00": a window's two clock times; `None` for anything else.
pub fn parse_window(text: &str) -> Option<(NaiveTime, NaiveTime)> {
    let (start, end) = text.split_once(['-', '–', '—'])?;
    Some((crate::schedule::parse_clock(start)?, crate::schedule::parse_clock(end)?))
}

#[cfg(test)]
mod tests {
    use chrono_tz::Europe::Kyiv;
    use proptest::prelude::*;

    use super::*;

    fn time(s: &str) -> NaiveTime {
        NaiveTime::parse_from_str(s, "%H:%M").unwrap()
    }

    fn window(start: &str, end: &str, mode: QuietMode) -> QuietHours {
        QuietHours::new(time(start), time(end), mode).unwrap()
    }

    #[test]
    fn a_window_over_midnight_covers_the_night_and_not_the_day() {
        let night = window("23:00", "07:00", QuietMode::Silent);
        assert!(night.contains(time("23:00")) && night.contains(time("03:10")) && night.contains(time("06:59")));
        assert!(!night.contains(time("07:00")) && !night.contains(time("12:00")) && !night.contains(time("22:59")));
        let siesta = window("13:00", "15:00", QuietMode::Silent);
        assert!(siesta.contains(time("14:00")) && !siesta.contains(time("15:00")) && !siesta.contains(time("03:00")));
        assert_eq!(QuietHours::new(time("08:00"), time("08:00"), QuietMode::Wait), None, "not a window");
    }

    #[test]
    fn at_night_a_message_goes_silently_or_waits_for_the_morning_in_the_chats_zone() {
        // 23:30 UTC is 01:30 in Kyiv (winter, UTC+2).
        let now: DateTime<Utc> = "2023-02-01T23:30:00Z".parse().unwrap();
        assert_eq!(window("23:00", "07:00", QuietMode::Silent).at(now, Kyiv), Quiet::Silently);
        let morning: DateTime<Utc> = "2023-02-02T05:00:00Z".parse().unwrap();
        assert_eq!(window("23:00", "07:00", QuietMode::Wait).at(now, Kyiv), Quiet::WaitUntil(morning));
        assert_eq!(
            window("23:00", "07:00", QuietMode::Wait).at(now, chrono_tz::UTC),
            Quiet::WaitUntil("2023-02-02T07:00:00Z".parse().unwrap())
        );
        assert_eq!(window("02:00", "03:00", QuietMode::Wait).at(now, Kyiv), Quiet::No);
    }

    #[test]
    fn windows_are_read_with_any_dash_and_refused_otherwise() {
        assert_eq!(parse_window("23:00-07:00"), Some((time("23:00"), time("07:00"))));
        assert_eq!(parse_window("22:30 – 6:15"), Some((time("22:30"), time("06:15"))));
        for bad in ["", "23:00", "23-07", "25:00-07:00", "23:00-07:0", "ab:cd-07:00", "-", "23:00-07:00-08:00"] {
            assert_eq!(parse_window(bad), None, "{bad:?}");
        }
    }

    proptest! {
        /// A message that waits is due when the window ends: outside quiet hours, and within a day.
        #[test]
        fn a_waiting_message_is_due_outside_the_window_within_a_day(
            start in 0u32..1440, end in 0u32..1440, at in 0i64..(366 * 24 * 60),
        ) {
            let clock = |minutes: u32| NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0).unwrap();
            let Some(hours) = QuietHours::new(clock(start), clock(end), QuietMode::Wait) else { return Ok(()) };
            let now = "2023-01-01T00:00:00Z".parse::<DateTime<Utc>>().unwrap() + chrono::Duration::minutes(at);
            match hours.at(now, Kyiv) {
                Quiet::WaitUntil(due) => {
                    prop_assert!(due > now && due - now <= chrono::Duration::hours(25));
                    prop_assert_eq!(hours.at(due, Kyiv), Quiet::No);
                }
                Quiet::No => prop_assert!(!hours.contains(now.with_timezone(&Kyiv).time())),
                Quiet::Silently => prop_assert!(false, "a waiting window never says silently"),
            }
        }
    }
}
