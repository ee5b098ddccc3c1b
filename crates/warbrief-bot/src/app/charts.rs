//! `/chart` and `/map`: casualty pictures from the incidents, with a caption that says the figures in words.
//!
//! Periods count back from the newest data (the latest report or incident), as `/region` does, so a bot
//! serving an archive still draws something. A period without casualties gets a sentence, not an empty
//! picture.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use warbrief_core::gazetteer::{self, Lookup, Place};
use warbrief_core::html::{CAPTION_LIMIT, escape, truncate, utf16_len};
use warbrief_core::render::{self, Document, Reply, short_date};
use warbrief_core::{CasualtyTotals, DayNumber, RegionCode};
use warbrief_storage::StoreError;

use crate::app::Answerer;
use crate::picture::{self, Series};

type Answer = Result<Vec<Reply>, StoreError>;

/// The period when none is given, and the longest allowed.
pub const DEFAULT_DAYS: u32 = 30;
pub const MAX_DAYS: u32 = 365;
/// Regions compared on a chart without a region.
const COMPARED: usize = 5;

impl Answerer {
    pub(crate) async fn chart(&self, argument: &str) -> Answer {
        let (name, days) = match split_days(argument) {
            Ok(parts) => parts,
            Err(reply) => return Ok(vec![reply]),
        };
        let region = if name.is_empty() {
            None
        } else {
            match gazetteer::lookup(name) {
                Lookup::Found(Place::Region(region)) => Some(region),
                Lookup::Found(Place::Settlement(settlement)) => Some(settlement.region),
                Lookup::DidYouMean(candidates) => {
                    let names: Vec<String> = candidates.iter().map(place_name).collect();
                    return Ok(vec![Reply::text(format!(
                        "I don't know \"{}\". Did you mean {}? For example <code>/chart {} {days}</code>.",
                        escape(&truncate(name, 40)),
                        escape(&names.join(", ")),
                        escape(names.first().map_or("Kharkiv", String::as_str)),
                    ))]);
                }
                Lookup::NotFound => {
                    return Ok(vec![Reply::text(format!(
                        "I don't know a region or town called \"{}\". Try <code>/chart Kharkiv</code>, or \
                         <code>/chart</code> for the five hardest-hit regions.",
                        escape(&truncate(name, 40))
                    ))]);
                }
            }
        };
        let Some((from, to)) = self.period(days).await? else {
            return Ok(vec![Reply::text("No incidents have been recorded yet, so there is nothing to chart.")]);
        };
        let rows = self.store.daily_casualties(region, from, to).await?;
        let period = period_words(from, to, days);
        let totals = sum(rows.iter().map(|(_, _, totals)| totals));
        if totals.killed + totals.wounded == 0 {
            let place = region.map_or_else(|| "any region".to_owned(), gazetteer::region_label);
            return Ok(vec![Reply::text(format!(
                "No casualties are recorded in {} in {period}, so there is no chart to draw.",
                escape(&place)
            ))]);
        }
        let (title, caption, series) = match region {
            Some(region) => {
                let label = gazetteer::region_label(region);
                let killed = rows.iter().map(|(date, _, t)| (*date, t.killed)).collect();
                let wounded = rows.iter().map(|(date, _, t)| (*date, t.wounded)).collect();
                let (worst_day, worst) = rows
                    .iter()
                    .max_by_key(|(date, _, t)| (t.killed + t.wounded, std::cmp::Reverse(*date)))
                    .map(|(date, _, t)| (*date, *t))
                    .expect("casualties were found");
                let caption = format!(
                    "<b>{}</b>, {period}: {} killed and {} wounded in {}. Worst day: {} ({} killed, {} wounded).",
                    escape(&label),
                    totals.killed,
                    totals.wounded,
                    incidents(totals.incidents),
                    short_date(worst_day),
                    worst.killed,
                    worst.wounded,
                );
                let series = vec![
                    Series { label: "killed".to_owned(), values: killed },
                    Series { label: "wounded".to_owned(), values: wounded },
                ];
                (format!("{label}: killed and wounded per day"), caption, series)
            }
            None => {
                let mut ranked: Vec<(RegionCode, CasualtyTotals)> = by_region(&rows).into_iter().collect();
                ranked.sort_by_key(|(region, t)| (std::cmp::Reverse(t.killed + t.wounded), region.index()));
                ranked.truncate(COMPARED);
                let series = ranked
                    .iter()
                    .map(|(region, _)| Series {
                        label: gazetteer::region_label(*region),
                        values: rows
                            .iter()
                            .filter(|(_, r, _)| r == region)
                            .map(|(date, _, t)| (*date, t.killed + t.wounded))
                            .collect(),
                    })
                    .collect();
                let listed: Vec<String> = ranked
                    .iter()
                    .map(|(region, t)| {
                        format!(
                            "{} {} killed, {} wounded",
                            escape(&gazetteer::region_label(*region)),
                            t.killed,
                            t.wounded
                        )
                    })
                    .collect();
                let caption = format!(
                    "<b>Killed and wounded per day</b> in the {} hardest-hit regions, {period}: {}.",
                    ranked.len(),
                    listed.join("; ")
                );
                ("Killed and wounded per day, hardest-hit regions".to_owned(), caption, series)
            }
        };
        let Some(png) = draw(move || picture::chart(&title, from, to, &series)).await else {
            return Ok(vec![render::internal_error()]);
        };
        let file_name = format!("chart-{}-{days}d.png", region.map_or("top5", RegionCode::iso_code));
        Ok(vec![Reply::text(fit_caption(caption)).with_photo(Document { file_name, bytes: png })])
    }

    pub(crate) async fn map(&self, argument: &str) -> Answer {
        let days = match argument.trim() {
            "" => DEFAULT_DAYS,
            text => match parse_days(text) {
                Some(days) => days,
                None => return Ok(vec![days_usage("map", text)]),
            },
        };
        let Some((from, to)) = self.period(days).await? else {
            return Ok(vec![Reply::text("No incidents have been recorded yet, so there is nothing to map.")]);
        };
        let rows = self.store.daily_casualties(None, from, to).await?;
        let period = period_words(from, to, days);
        let by_region = by_region(&rows);
        let totals = sum(by_region.values());
        if totals.killed + totals.wounded == 0 {
            return Ok(vec![Reply::text(format!(
                "No casualties are recorded in {period}, so the map would be blank."
            ))]);
        }
        let values: Vec<(RegionCode, u64)> =
            by_region.iter().map(|(region, t)| (*region, t.killed + t.wounded)).collect();
        let (worst, worst_value) = values
            .iter()
            .max_by_key(|(region, value)| (*value, std::cmp::Reverse(region.index())))
            .copied()
            .expect("casualties were found");
        let affected = values.iter().filter(|(_, value)| *value > 0).count();
        let caption = format!(
            "<b>Killed and wounded by region</b>, {period}: {} killed and {} wounded in {} across {} region{}. \
             Most: {} ({worst_value}).",
            totals.killed,
            totals.wounded,
            incidents(totals.incidents),
            affected,
            if affected == 1 { "" } else { "s" },
            escape(&gazetteer::region_label(worst)),
        );
        let title = format!("Killed and wounded by region, {}", plain_period(from, to));
        let Some(png) = draw(move || picture::map(&title, &values)).await else {
            return Ok(vec![render::internal_error()]);
        };
        Ok(vec![
            Reply::text(fit_caption(caption))
                .with_photo(Document { file_name: format!("map-{days}d.png"), bytes: png }),
        ])
    }

    /// The `days` days up to the newest data, or `None` when there is no data at all.
    async fn period(&self, days: u32) -> Result<Option<(NaiveDate, NaiveDate)>, StoreError> {
        let latest_report = self.store.latest_published_day().await?.map(DayNumber::date);
        let latest_incident = self.store.latest_incident_date().await?;
        let Some(to) = latest_report.max(latest_incident) else {
            return Ok(None);
        };
        let from = to.checked_sub_days(Days::new(u64::from(days) - 1)).unwrap_or(to);
        Ok(Some((from, to)))
    }
}

/// Draws off the async threads: rendering is a few milliseconds of CPU. A failure (a bug: inputs are checked
/// before) is logged and answered with the usual apology.
async fn draw(render: impl FnOnce() -> Result<Vec<u8>, picture::PictureError> + Send + 'static) -> Option<Vec<u8>> {
    let result = tokio::task::spawn_blocking(render).await;
    match result {
        Ok(Ok(png)) => Some(png),
        Ok(Err(error)) => {
            tracing::error!(%error, "drawing a picture failed");
            None
        }
        Err(error) => {
            tracing::error!(%error, "the drawing task failed");
            None
        }
    }
}

/// `/chart`'s argument: an optional place, then optional days ("Kyiv region 60", "60", "Kharkiv").
fn split_days(argument: &str) -> Result<(&str, u32), Reply> {
    let argument = argument.trim();
    match argument.rsplit_once(char::is_whitespace) {
        Some((name, last)) if last.bytes().all(|b| b.is_ascii_digit()) => {
            parse_days(last).map(|days| (name.trim(), days)).ok_or_else(|| days_usage("chart", last))
        }
        _ if !argument.is_empty() && argument.bytes().all(|b| b.is_ascii_digit()) => {
            parse_days(argument).map(|days| ("", days)).ok_or_else(|| days_usage("chart", argument))
        }
        _ => Ok((argument, DEFAULT_DAYS)),
    }
}

fn parse_days(text: &str) -> Option<u32> {
    text.parse::<u32>().ok().filter(|days| (1..=MAX_DAYS).contains(days))
}

fn days_usage(command: &str, input: &str) -> Reply {
    Reply::text(format!(
        "\"{}\" is not a number of days I can draw: use 1 to {MAX_DAYS}, e.g. <code>/{command} 30</code>.",
        escape(&truncate(input, 12))
    ))
}

fn place_name(place: &Place) -> String {
    match place {
        Place::Region(region) => gazetteer::region_label(*region),
        Place::Settlement(settlement) => settlement.name.to_owned(),
    }
}

/// Daily rows summed per region.
fn by_region(rows: &[(NaiveDate, RegionCode, CasualtyTotals)]) -> BTreeMap<RegionCode, CasualtyTotals> {
    let mut by_region: BTreeMap<RegionCode, CasualtyTotals> = BTreeMap::new();
    for (_, region, totals) in rows {
        let entry = by_region.entry(*region).or_default();
        *entry = sum([*entry, *totals].iter());
    }
    by_region
}

fn sum<'a>(totals: impl Iterator<Item = &'a CasualtyTotals>) -> CasualtyTotals {
    totals.fold(CasualtyTotals::default(), |sum, t| CasualtyTotals {
        incidents: sum.incidents + t.incidents,
        killed: sum.killed + t.killed,
        wounded: sum.wounded + t.wounded,
    })
}

fn incidents(n: u64) -> String {
    if n == 1 { "1 incident".to_owned() } else { format!("{n} incidents") }
}

/// "the 30 days to 2 Feb 2023 (4 Jan – 2 Feb 2023)"
fn period_words(from: NaiveDate, to: NaiveDate, days: u32) -> String {
    if days == 1 { format!("on {}", short_date(to)) } else { format!("the {days} days {}", plain_period(from, to)) }
}

fn plain_period(from: NaiveDate, to: NaiveDate) -> String {
    format!("{} – {}", short_date(from), short_date(to))
}

/// Captions are cut to Telegram's 1,024 characters (they are short, but region lists could grow).
fn fit_caption(caption: String) -> String {
    if utf16_len(&caption) <= CAPTION_LIMIT {
        return caption;
    }
    // Cut at a "; " boundary so no tag or entity is split.
    let mut cut = caption.clone();
    while utf16_len(&cut) > CAPTION_LIMIT - 1 {
        match cut.rfind("; ") {
            Some(at) => cut.truncate(at),
            None => return "Casualties by region (figures in the picture).".to_owned(),
        }
    }
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_arguments() {
        assert_eq!(split_days("").ok(), Some(("", 30)));
        assert_eq!(split_days("60").ok(), Some(("", 60)));
        assert_eq!(split_days("Kharkiv").ok(), Some(("Kharkiv", 30)));
        assert_eq!(split_days("Kyiv region 90").ok(), Some(("Kyiv region", 90)));
        assert!(split_days("Kharkiv 0").is_err());
        assert!(split_days("Kharkiv 99999999999999").is_err());
        assert!(split_days("400").is_err());
    }
}
