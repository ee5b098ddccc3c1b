//! The grammar of the commands' arguments: each command's text becomes a typed value once, when the message
//! is parsed ([`crate::app::request::parse`]), so no handler reads raw text again.
//!
//! Only what is pure is decided here. Bad input is a value (`Unreadable`, `Err(text)`) that the handler
//! answers in its own words; what needs the clock or the store (is day 999 still ahead? which region did
//! "Kharkov" mean?) is left to the handler. Free text — a `/search` query, a report's body, a region's name —
//! stays a `String`: that is its type.

use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;
use warbrief_core::render::admin::Problem;
use warbrief_core::{Authority, DAY_ONE, DayNumber, Lang, QuietMode, RegionCode, quiet};

use crate::app::export::What;
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

/// What a deep link (`t.me/<bot>?start=PAYLOAD`, which Telegram turns into `/start PAYLOAD`) opens the bot
/// on: `region-UA-63`, `day-344`, `sub`. Anything else (or nothing) is the plain welcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartArgument {
    Welcome,
    Region(RegionCode),
    Day(DayNumber),
    Subscribe,
}

impl StartArgument {
    pub fn parse(argument: &str) -> StartArgument {
        let payload = argument.trim();
        if payload == "sub" {
            return StartArgument::Subscribe;
        }
        if let Some(code) = payload.strip_prefix("region-")
            && let Ok(region) = code.parse::<RegionCode>()
        {
            return StartArgument::Region(region);
        }
        if let Some(day) = payload.strip_prefix("day-")
            && let Some(day) = day.parse::<u32>().ok().and_then(|day| DayNumber::new(day).ok())
        {
            return StartArgument::Day(day);
        }
        StartArgument::Welcome
    }
}

/// `/quiet`'s argument: nothing (show how), `off`, a window with what messages in it do, or that alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuietArgument {
    Show,
    Off,
    /// From `start` to `end`, local time; messages in it go silently or wait, if said.
    Window {
        start: NaiveTime,
        end: NaiveTime,
        mode: Option<QuietMode>,
    },
    /// What messages in the chat's quiet hours do, the hours unchanged.
    Mode(QuietMode),
    /// Not a window, as typed.
    NotAWindow(String),
}

impl QuietArgument {
    /// "", "off", "23:00-07:00", "23:00-07:00 wait", "wait", and the same in Ukrainian ("вимкнути", "чекати",
    /// "без звуку").
    pub fn parse(argument: &str) -> QuietArgument {
        let argument = argument.trim();
        if argument.is_empty() {
            return QuietArgument::Show;
        }
        let lower = argument.to_lowercase();
        if ["off", "none", "no", "stop", "вимкнути", "вимк", "ні", "немає"].contains(&lower.as_str())
        {
            return QuietArgument::Off;
        }
        let modes = [
            ("silent", QuietMode::Silent),
            ("silently", QuietMode::Silent),
            ("mute", QuietMode::Silent),
            ("без звуку", QuietMode::Silent),
            ("тихо", QuietMode::Silent),
            ("wait", QuietMode::Wait),
            ("hold", QuietMode::Wait),
            ("чекати", QuietMode::Wait),
        ];
        let (window, mode) = modes
            .iter()
            .find_map(|(word, mode)| lower.strip_suffix(word).map(|rest| (rest.trim(), Some(*mode))))
            .unwrap_or((lower.as_str(), None));
        match (quiet::parse_window(window), mode) {
            (Some((start, end)), mode) => QuietArgument::Window { start, end, mode },
            (None, Some(mode)) if window.is_empty() => QuietArgument::Mode(mode),
            _ => QuietArgument::NotAWindow(argument.to_owned()),
        }
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

/// `/publish`'s and `/unpublish`'s argument: "344" or "day 344"; `None` for anything else.
pub fn report_day(argument: &str) -> Option<DayNumber> {
    let argument = argument.trim().trim_start_matches("day").trim();
    argument.parse::<u32>().ok().and_then(|n| DayNumber::new(n).ok())
}

/// The `key=value` fields of the maintainers' one-line commands (`killed=2 weapon="S-300 missile"`), or what
/// is wrong with them. What a value means depends on its key and, for places, on the gazetteer: the handler
/// reads the values.
pub type Fields = Result<Vec<(String, String)>, Problem>;

/// Splits `text` into `(key, value)` pairs. Values with spaces are quoted with `"…"` or `“…”`; keys are
/// lowercased. A word without `=`, an empty key, a repeated key or an unclosed quote is an error.
pub fn fields(text: &str) -> Fields {
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        let Some(equals) = rest.find('=') else {
            return Err(Problem::NotKeyValue(warbrief_core::html::truncate(rest, 30)));
        };
        let key = rest[..equals].trim();
        if key.is_empty() || key.contains(char::is_whitespace) {
            let word = rest.split_whitespace().next().unwrap_or(rest);
            return Err(Problem::NotKeyValue(warbrief_core::html::truncate(word, 30)));
        }
        let after = &rest[equals + 1..];
        let (value, remainder) = match after.chars().next() {
            Some(open @ ('"' | '“')) => {
                let close = if open == '"' { '"' } else { '”' };
                let body = &after[open.len_utf8()..];
                let end = body.find(close).ok_or_else(|| Problem::UnclosedQuote(key.to_owned()))?;
                (body[..end].to_owned(), &body[end + close.len_utf8()..])
            }
            _ => {
                let end = after.find(char::is_whitespace).unwrap_or(after.len());
                (after[..end].to_owned(), &after[end..])
            }
        };
        let key = key.to_lowercase();
        if fields.iter().any(|(existing, _)| *existing == key) {
            return Err(Problem::FieldTwice(key));
        }
        fields.push((key, value.trim().to_owned()));
        rest = remainder.trim_start();
    }
    Ok(fields)
}

/// `/editincident 17 wounded=7`: the stored id first (`None` unless a positive number, `#` allowed), then
/// the fields.
pub fn id_and_fields(argument: &str) -> (Option<i64>, Fields) {
    let (id, rest) = split_id(argument);
    (id, fields(rest))
}

/// `/deleteincident 17`: the stored id, and nothing else; `None` otherwise.
pub fn lone_id(argument: &str) -> Option<i64> {
    match split_id(argument) {
        (Some(id), "") => Some(id),
        _ => None,
    }
}

/// "17 wounded=7" → (Some(17), "wounded=7").
fn split_id(argument: &str) -> (Option<i64>, &str) {
    let argument = argument.trim();
    let (first, rest) = argument.split_once(char::is_whitespace).unwrap_or((argument, ""));
    (first.trim_start_matches('#').parse::<i64>().ok().filter(|id| *id > 0), rest.trim())
}

/// `/admin`'s argument: `list` (or nothing), `add ID`, `remove ID`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminsArgument {
    List,
    Add(i64),
    Remove(i64),
    /// Not two words, or the second no positive number.
    NoId,
    /// A good id after a verb that is neither `add` nor `remove`.
    UnknownVerb,
}

impl AdminsArgument {
    pub fn parse(argument: &str) -> AdminsArgument {
        let words: Vec<&str> = argument.split_whitespace().collect();
        if words.first() == Some(&"list") || words.is_empty() {
            return AdminsArgument::List;
        }
        let id = match words.as_slice() {
            [_, id] => id.parse::<i64>().ok().filter(|id| *id > 0),
            _ => None,
        };
        match (words[0], id) {
            (_, None) => AdminsArgument::NoId,
            ("add", Some(id)) => AdminsArgument::Add(id),
            ("remove", Some(id)) => AdminsArgument::Remove(id),
            _ => AdminsArgument::UnknownVerb,
        }
    }
}

/// How many audit entries `/audit` shows when not told, and at most.
pub const AUDIT_DEFAULT: u32 = 10;
pub const AUDIT_MAX: u32 = 50;

/// `/audit`'s argument: how many entries, `AUDIT_DEFAULT` when none is given; `None` for anything but a
/// number in `1..=AUDIT_MAX`.
pub fn audit_count(argument: &str) -> Option<u32> {
    match argument.trim() {
        "" => Some(AUDIT_DEFAULT),
        text => text.parse::<u32>().ok().filter(|n| (1..=AUDIT_MAX).contains(n)),
    }
}

/// `/export`'s argument: what, then optional dates from and to ("incidents 2023-01-01 2023-03-31").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportArgument {
    Export {
        what: What,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    },
    /// The first word is not incidents, reports or sanctions (or there is none).
    UnknownWhat,
    /// Dates that are not YYYY-MM-DD, more than two, or `to` before `from`.
    BadDates,
}

impl ExportArgument {
    pub fn parse(argument: &str) -> ExportArgument {
        let words: Vec<&str> = argument.split_whitespace().collect();
        let Some(what) = words.first().and_then(|w| What::parse(w)) else {
            return ExportArgument::UnknownWhat;
        };
        let dates: Result<Vec<NaiveDate>, _> =
            words[1..].iter().map(|w| NaiveDate::parse_from_str(w, "%Y-%m-%d")).collect();
        let (from, to) = match dates.as_deref() {
            Ok([]) => (None, None),
            Ok([from]) => (Some(*from), None),
            Ok([from, to]) if from <= to => (Some(*from), Some(*to)),
            _ => return ExportArgument::BadDates,
        };
        ExportArgument::Export { what, from, to }
    }
}

/// `/digest`'s argument: whether it is "now" (in any case).
pub fn digest_now(argument: &str) -> bool {
    argument.trim().eq_ignore_ascii_case("now")
}

/// `/language`, `/language uk`, `/language English`, `/language українська`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LanguageArgument {
    /// No argument: show the choice.
    Menu,
    Set(Lang),
    /// As typed.
    Unknown(String),
}

impl LanguageArgument {
    pub fn parse(argument: &str) -> LanguageArgument {
        let argument = argument.trim();
        if argument.is_empty() {
            return LanguageArgument::Menu;
        }
        let word = argument.to_lowercase();
        match word.as_str() {
            "en" | "eng" | "english" | "англійська" | "англ" => LanguageArgument::Set(Lang::En),
            "uk" | "ua" | "ukr" | "ukrainian" | "українська" | "укр" | "українською" => {
                LanguageArgument::Set(Lang::Uk)
            }
            _ => LanguageArgument::Unknown(argument.to_owned()),
        }
    }
}
