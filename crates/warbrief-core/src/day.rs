use std::fmt;

use chrono::{Days, NaiveDate};

/// The first day of Russia's full-scale invasion: day 1.
pub const DAY_ONE: NaiveDate = NaiveDate::from_ymd_opt(2022, 2, 24).expect("valid date");

/// The largest day number warbrief accepts (about a century); keeps date arithmetic far from overflow.
pub const MAX_DAY: u32 = 36_500;

/// A day of the full-scale invasion, counted from [`DAY_ONE`] = day 1. Always within `1..=MAX_DAY`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DayNumber(u32);

/// A day number outside `1..=MAX_DAY`, or a date before day 1.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("day must be between 1 and {MAX_DAY}")]
pub struct DayOutOfRange;

impl DayNumber {
    pub fn new(day: u32) -> Result<Self, DayOutOfRange> {
        if (1..=MAX_DAY).contains(&day) { Ok(Self(day)) } else { Err(DayOutOfRange) }
    }

    /// The day number of `date`; an error for dates before 2022-02-24 or too far ahead.
    pub fn from_date(date: NaiveDate) -> Result<Self, DayOutOfRange> {
        let offset = date.signed_duration_since(DAY_ONE).num_days();
        let day = offset.checked_add(1).ok_or(DayOutOfRange)?;
        u32::try_from(day).map_err(|_| DayOutOfRange).and_then(Self::new)
    }

    pub fn get(self) -> u32 {
        self.0
    }

    pub fn date(self) -> NaiveDate {
        DAY_ONE.checked_add_days(Days::new(u64::from(self.0 - 1))).expect("MAX_DAY keeps the date in range")
    }

    pub fn previous(self) -> Option<Self> {
        Self::new(self.0 - 1).ok()
    }

    pub fn next(self) -> Option<Self> {
        Self::new(self.0 + 1).ok()
    }
}

impl fmt::Display for DayNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn day_344_is_the_second_of_february_2023() {
        let day = DayNumber::new(344).unwrap();
        assert_eq!(day.date(), date("2023-02-02"));
        assert_eq!(DayNumber::from_date(date("2023-02-02")).unwrap(), day);
    }

    #[test]
    fn day_one_is_the_invasion_and_earlier_dates_have_no_day() {
        assert_eq!(DayNumber::from_date(DAY_ONE).unwrap().get(), 1);
        assert_eq!(DayNumber::from_date(date("2022-02-23")), Err(DayOutOfRange));
        assert_eq!(DayNumber::new(0), Err(DayOutOfRange));
        assert_eq!(DayNumber::new(MAX_DAY + 1), Err(DayOutOfRange));
    }

    #[test]
    fn conversion_round_trips_across_leap_years() {
        for n in [1, 59, 60, 366, 367, 731, 1096, 1462, MAX_DAY] {
            let day = DayNumber::new(n).unwrap();
            assert_eq!(DayNumber::from_date(day.date()).unwrap(), day, "day {n}");
        }
        // 2024 is a leap year: day 1,000 falls on 2024-11-19.
        assert_eq!(DayNumber::new(1000).unwrap().date(), date("2024-11-19"));
    }
}
