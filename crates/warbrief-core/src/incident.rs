use std::fmt;

use chrono::NaiveDate;

use crate::{DayNumber, RegionCode};

/// A casualty figure. Reports often say "at least three": the number is then a lower bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Count {
    pub value: u32,
    pub at_least: bool,
}

impl Count {
    pub const ZERO: Count = Count { value: 0, at_least: false };

    pub fn exactly(value: u32) -> Self {
        Self { value, at_least: false }
    }

    pub fn at_least(value: u32) -> Self {
        Self { value, at_least: true }
    }
}

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.at_least && self.value > 0 { write!(f, "{}+", self.value) } else { write!(f, "{}", self.value) }
    }
}

/// One attack or event with casualties or damage, in one region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incident {
    /// When it happened, if the source says.
    pub date: Option<NaiveDate>,
    pub region: RegionCode,
    /// The settlement, if the source names one.
    pub place: Option<String>,
    pub killed: Count,
    pub wounded: Count,
    /// The weapon, if named: "Iskander-K missile", "Shahed drones", "artillery".
    pub weapon: Option<String>,
    pub description: String,
    /// The daily report the incident was taken from.
    pub report_day: Option<DayNumber>,
}

/// Sums of casualty figures over a set of incidents. Lower bounds add up to a lower bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CasualtyTotals {
    pub incidents: u64,
    pub killed: u64,
    pub wounded: u64,
}
