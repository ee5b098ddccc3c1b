//! The grammar of the commands' arguments: each command's text becomes a typed value once, when the message
//! is parsed ([`crate::app::request::parse`]), so no handler reads raw text again.
//!
//! Only what is pure is decided here. Bad input is a value (`Unreadable`, `Err(text)`) that the handler
//! answers in its own words; what needs the clock or the store (is day 999 still ahead? which region did
//! "Kharkov" mean?) is left to the handler. Free text — a `/search` query, a report's body, a region's name —
//! stays a `String`: that is its type.

use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;
use warbrief_core::{Authority, DAY_ONE, DayNumber};

use crate::config::parse_clock;

/// `/day`'s argument: a day number ("344", "#344") or a date ("2023-02-02").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DayArgument {
    Day(DayNumber),
    /// "0" (or "000").
    Zero,
    /// A date before day one.
    BeforeDayOne,
    /// A date beyond the last day the bot counts.
    TooFarAhead,
    /// A number beyond the last day the bot counts, as typed: the handler says which day today is.
    NotYet(String),
    /// Neither a number nor a date, or nothing; as typed.
    Unreadable(String),
}

impl DayArgument {
    pub fn parse(argument: &str) -> DayArgument {
        let argument = argument.trim();
        if let Ok(date) = NaiveDate::parse_from_str(argument, "%Y-%m-%d") {
            return match DayNumber::from_date(date) {
                Ok(day) => DayArgument::Day(day),
                Err(_) if date < DAY_ONE => DayArgument::BeforeDayOne,
                Err(_) => DayArgument::TooFarAhead,
            };
        }
        let digits = argument.trim_start_matches(['#', '№']);
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            if digits.bytes().all(|b| b == b'0') {
                return DayArgument::Zero;
            }
            return match digits.parse::<u32>().ok().and_then(|n| DayNumber::new(n).ok()) {
                Some(day) => DayArgument::Day(day),
                None => DayArgument::NotYet(digits.to_owned()),
            };
        }
        DayArgument::Unreadable(argument.to_owned())
    }
}

/// `/sanctions`' argument: nothing (every authority), an authority ("EU"), or a word that is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SanctionsArgument {
    All,
    Authority(Authority),
    /// As typed.
    Unknown(String),
}

impl SanctionsArgument {
    pub fn parse(argument: &str) -> SanctionsArgument {
        let argument = argument.trim();
        if argument.is_empty() {
            return SanctionsArgument::All;
        }
        match argument.parse::<Authority>() {
            Ok(authority) => SanctionsArgument::Authority(authority),
            Err(_) => SanctionsArgument::Unknown(argument.to_owned()),
        }
    }
}

/// The period of `/chart` and `/map` when none is given, and the longest allowed.
pub const DEFAULT_DAYS: u32 = 30;
pub const MAX_DAYS: u32 = 365;

/// A period for `/chart` or `/map`: days within `1..=MAX_DAYS`, or the text given instead.
pub type DaysArgument = Result<u32, String>;

/// `/chart`'s argument: an optional place, then optional days ("Kyiv region 60", "60", "Kharkiv").
pub fn chart(argument: &str) -> (Option<String>, DaysArgument) {
    let argument = argument.trim();
    let (place, days) = match argument.rsplit_once(char::is_whitespace) {
        Some((place, last)) if last.bytes().all(|b| b.is_ascii_digit()) => (place.trim(), days(last)),
        _ if !argument.is_empty() && argument.bytes().all(|b| b.is_ascii_digit()) => ("", days(argument)),
        _ => (argument, Ok(DEFAULT_DAYS)),
    };
    ((!place.is_empty()).then(|| place.to_owned()), days)
}

/// `/map`'s argument: optional days.
pub fn map(argument: &str) -> DaysArgument {
    match argument.trim() {
        "" => Ok(DEFAULT_DAYS),
        text => days(text),
    }
}

fn days(text: &str) -> DaysArgument {
    text.parse::<u32>().ok().filter(|days| (1..=MAX_DAYS).contains(days)).ok_or_else(|| text.to_owned())
}

/// What `/subscribe` or `/unsubscribe` names: nothing or "digest" (the digest), a time, `region NAME`, or
/// `all`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The digest, optionally at a time.
    Digest(Option<NaiveTime>),
    /// A region or town by name, as typed; empty when `region` came alone.
    Region(String),
    All,
    /// Something with digits that is no clock time ("25:00"), as typed.
    NotATime(String),
    /// Anything else.
    Unreadable,
}

impl Target {
    pub fn parse(argument: &str) -> Target {
        let argument = argument.trim();
        if argument.is_empty() {
            return Target::Digest(None);
        }
        let mut words = argument.splitn(2, char::is_whitespace);
        let first = words.next().unwrap_or_default().to_lowercase();
        let rest = words.next().unwrap_or_default().trim();
        match first.as_str() {
            "region" | "regions" | "oblast" => return Target::Region(rest.to_owned()),
            "all" | "everything" if rest.is_empty() => return Target::All,
            "digest" | "daily" if rest.is_empty() => return Target::Digest(None),
            _ => {}
        }
        if let Some(time) = parse_clock(argument) {
            return Target::Digest(Some(time));
        }
        if argument.bytes().any(|b| b.is_ascii_digit()) {
            return Target::NotATime(argument.to_owned());
        }
        Target::Unreadable
    }
}

/// `/timezone`'s argument: nothing (show the chat's zone), a zone, or a name that is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimeZoneArgument {
    Show,
    Zone(Tz),
    /// As typed.
    Unknown(String),
}

impl TimeZoneArgument {
    pub fn parse(argument: &str) -> TimeZoneArgument {
        let argument = argument.trim();
        if argument.is_empty() {
            return TimeZoneArgument::Show;
        }
        match parse_time_zone(argument) {
            Some(zone) => TimeZoneArgument::Zone(zone),
            None => TimeZoneArgument::Unknown(argument.to_owned()),
        }
    }
}

/// An IANA time zone by its name in any case ("europe/berlin"), by its city alone ("Berlin", "new york"), or
/// by a common older name ("Kiev").
pub fn parse_time_zone(input: &str) -> Option<Tz> {
    let input = input.trim();
    if input.is_empty() || input.len() > 64 {
        return None;
    }
    if let Ok(zone) = input.parse::<Tz>() {
        return Some(zone);
    }
    let wanted = input.replace(' ', "_").to_lowercase();
    if let Some(zone) = chrono_tz::TZ_VARIANTS.iter().find(|zone| zone.name().to_lowercase() == wanted) {
        return Some(*zone);
    }
    let candidates: Vec<Tz> = chrono_tz::TZ_VARIANTS
        .iter()
        .copied()
        .filter(|zone| {
            let name = zone.name();
            !name.starts_with("Etc/") && name.rsplit('/').next().is_some_and(|city| city.to_lowercase() == wanted)
        })
        .collect();
    // Prefer the canonical area names over legacy aliases such as "US/…".
    const AREAS: [&str; 8] =
        ["Europe/", "America/", "Asia/", "Africa/", "Australia/", "Pacific/", "Atlantic/", "Indian/"];
    let canonical = candidates.iter().find(|zone| AREAS.iter().any(|area| zone.name().starts_with(area)));
    canonical.or(candidates.first()).copied()
}
