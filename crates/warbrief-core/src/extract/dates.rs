//! Dates: the day a sentence's figures are about ("on Monday", "on 12 March", "yesterday").

use chrono::{Datelike, Days, NaiveDate};

use super::counts::month_number;
use super::tokens::{Kind, Token};
use super::words::WEEKDAYS;

pub(super) fn is_weekday(token: &Token<'_>) -> bool {
    WEEKDAYS.iter().any(|(name, _)| token.is(name))
}

pub(super) fn sentence_date(
    tokens: &[Token<'_>],
    report_date: NaiveDate,
    context: Option<NaiveDate>,
) -> Option<NaiveDate> {
    for (i, token) in tokens.iter().enumerate() {
        if !token.capitalized() {
            continue;
        }
        if let Some(month) = month_number(&token.lower) {
            let day = match (tokens.get(i + 1).map(|t| t.kind), i.checked_sub(1).map(|p| tokens[p].kind)) {
                (Some(Kind::Number(d)), _) if (1..=31).contains(&d) => Some(d),
                (_, Some(Kind::Number(d))) if (1..=31).contains(&d) => Some(d),
                _ => None,
            };
            if let Some(day) = day {
                let mut year = report_date.year();
                if NaiveDate::from_ymd_opt(year, month, day).is_some_and(|d| d > report_date) {
                    year -= 1;
                }
                if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
                    return Some(date);
                }
            }
        }
    }
    const TRIGGERS: &[&str] = &["overnight", "yesterday", "past", "last", "previous", "today", "this", "next"];
    if !tokens.iter().any(|t| t.is_any(TRIGGERS) || is_weekday(t)) {
        return context;
    }
    let has = |phrase: &[&str]| tokens.windows(phrase.len()).any(|w| w.iter().zip(phrase).all(|(t, p)| t.is(p)));
    let yesterday = report_date.checked_sub_days(Days::new(1));
    if has(&["overnight"])
        || has(&["yesterday"])
        || has(&["past", "day"])
        || has(&["last", "night"])
        || has(&["previous", "day"])
        || has(&["past", "24", "hours"])
        || has(&["previous", "24", "hours"])
        || has(&["last", "24", "hours"])
    {
        return yesterday;
    }
    if has(&["today"]) || has(&["this", "morning"]) {
        return Some(report_date);
    }
    if has(&["the", "next", "day"]) {
        return context.and_then(|d| d.checked_add_days(Days::new(1)));
    }
    for (name, weekday) in WEEKDAYS {
        // "from Monday", "until Friday", "next Sunday": days to come, not when anything happened.
        let ahead = tokens
            .windows(2)
            .any(|w| w[1].is(name) && w[0].is_any(&["from", "until", "till", "next", "by", "starting", "effective"]));
        if has(&[name]) && !ahead {
            let back = (7 + report_date.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
            return report_date.checked_sub_days(Days::new(u64::from(back)));
        }
    }
    context
}
