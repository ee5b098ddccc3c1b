//! When daily digests are due: a subscriber's local time of day, turned into instants across time-zone
//! changes. Pure: the current time is an argument.

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

/// "9:30", "09:30" or "21:00" (24-hour clock); `None` for anything else.
pub fn parse_clock(text: &str) -> Option<NaiveTime> {
    let (hour, minute) = text.trim().split_once(':')?;
    if hour.is_empty() || hour.len() > 2 || minute.len() != 2 {
        return None;
    }
    if !hour.bytes().chain(minute.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    NaiveTime::from_hms_opt(hour.parse().ok()?, minute.parse().ok()?, 0)
}

/// The time of day `minutes` after midnight (how buttons carry one); `None` from 24:00 on.
pub fn time_of_day(minutes: u16) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(u32::from(minutes / 60), u32::from(minutes % 60), 0)
}

/// The instant `local` happens on `date` in `tz`.
///
/// When clocks go back and `local` happens twice, the first; when they go forward and `local` does not exist,
/// the first instant after the gap (09:30 in a 09:00–10:00 gap is due at 10:00, not skipped).
pub fn due_at(date: NaiveDate, local: NaiveTime, tz: Tz) -> DateTime<Utc> {
    let naive = date.and_time(local);
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(at) => at.with_timezone(&Utc),
        LocalResult::Ambiguous(earliest, _) => earliest.with_timezone(&Utc),
        LocalResult::None => {
            // Walk forward minute by minute to the end of the gap (gaps are at most a few hours).
            let mut probe = naive;
            loop {
                probe += Duration::minutes(1);
                match tz.from_local_datetime(&probe) {
                    LocalResult::Single(at) => return at.with_timezone(&Utc),
                    LocalResult::Ambiguous(earliest, _) => return earliest.with_timezone(&Utc),
                    LocalResult::None if probe - naive < Duration::days(1) => continue,
                    LocalResult::None => return tz.from_utc_datetime(&naive).with_timezone(&Utc),
                }
            }
        }
    }
}

/// Today's digest time for a subscriber if it has already come, so a bot that was down at the due time still
/// sends later the same (local) day; `None` before it.
pub fn due_today(now: DateTime<Utc>, local: NaiveTime, tz: Tz) -> Option<DateTime<Utc>> {
    let today = now.with_timezone(&tz).date_naive();
    let due = due_at(today, local, tz);
    (due <= now).then_some(due)
}

/// The next instant, after `now`, at which the digest is due.
pub fn next_due(now: DateTime<Utc>, local: NaiveTime, tz: Tz) -> DateTime<Utc> {
    let today = now.with_timezone(&tz).date_naive();
    let due = due_at(today, local, tz);
    if due > now { due } else { due_at(today.succ_opt().expect("far from the end of time"), local, tz) }
}

#[cfg(test)]
mod tests {
    use chrono_tz::Europe::Kyiv;

    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn time(s: &str) -> NaiveTime {
        NaiveTime::parse_from_str(s, "%H:%M").unwrap()
    }

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn nine_in_kyiv_is_seven_utc_in_winter_and_six_in_summer() {
        assert_eq!(due_at(date("2025-01-15"), time("09:00"), Kyiv), utc("2025-01-15T07:00:00Z"));
        assert_eq!(due_at(date("2025-07-15"), time("09:00"), Kyiv), utc("2025-07-15T06:00:00Z"));
    }

    #[test]
    fn dst_changes_neither_skip_nor_repeat_a_digest() {
        // 2025-03-30: Kyiv clocks jump from 03:00 to 04:00; 03:30 does not exist and is due at 04:00 local.
        assert_eq!(due_at(date("2025-03-30"), time("03:30"), Kyiv), utc("2025-03-30T01:00:00Z"));
        // 2025-10-26: clocks go back from 04:00 to 03:00; 03:30 happens twice and is due the first time.
        assert_eq!(due_at(date("2025-10-26"), time("03:30"), Kyiv), utc("2025-10-26T00:30:00Z"));
        // The day before and after each change, 09:00 local keeps its meaning.
        assert_eq!(due_at(date("2025-03-29"), time("09:00"), Kyiv), utc("2025-03-29T07:00:00Z"));
        assert_eq!(due_at(date("2025-03-30"), time("09:00"), Kyiv), utc("2025-03-30T06:00:00Z"));
        assert_eq!(due_at(date("2025-10-26"), time("09:00"), Kyiv), utc("2025-10-26T07:00:00Z"));
    }

    #[test]
    fn a_bot_back_later_the_same_day_still_finds_the_digest_due() {
        let due = utc("2025-07-15T06:00:00Z");
        assert_eq!(due_today(utc("2025-07-15T05:59:00Z"), time("09:00"), Kyiv), None);
        assert_eq!(due_today(utc("2025-07-15T06:00:00Z"), time("09:00"), Kyiv), Some(due));
        assert_eq!(due_today(utc("2025-07-15T20:00:00Z"), time("09:00"), Kyiv), Some(due));
        // After local midnight it is the next day's digest that matters.
        assert_eq!(due_today(utc("2025-07-15T21:30:00Z"), time("09:00"), Kyiv), None);
        assert_eq!(next_due(utc("2025-07-15T21:30:00Z"), time("09:00"), Kyiv), utc("2025-07-16T06:00:00Z"));
        assert_eq!(next_due(utc("2025-07-15T05:00:00Z"), time("09:00"), Kyiv), due);
    }

    #[test]
    fn other_zones_and_the_date_line() {
        let tokyo: Tz = "Asia/Tokyo".parse().unwrap();
        assert_eq!(due_at(date("2025-07-15"), time("07:30"), tokyo), utc("2025-07-14T22:30:00Z"));
        let new_york: Tz = "America/New_York".parse().unwrap();
        assert_eq!(due_at(date("2025-03-09"), time("02:30"), new_york), utc("2025-03-09T07:00:00Z"));
    }
}
