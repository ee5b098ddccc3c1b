//! `/chart` and `/map`: casualty pictures from the incidents, with a caption that says the figures in words.
//!
//! Periods count back from the newest data (the latest report or incident), as `/region` does, so a bot
//! serving an archive still draws something. A period without casualties gets a sentence, not an empty
//! picture.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use warbrief_core::gazetteer::{self, Lookup, Place};
use warbrief_core::render::charts::{self as captions, MapView, Period, plain_period};
use warbrief_core::render::i18n::{Arg, t, t_args};
use warbrief_core::render::{self, Document, Reply};
use warbrief_core::{CasualtyTotals, DayNumber, Lang, RegionCode};
use warbrief_storage::StoreError;

use crate::app::Answerer;
use crate::app::arguments::{DaysArgument, MAX_DAYS};
use crate::picture::{self, Series};

type Answer = Result<Vec<Reply>, StoreError>;

/// Regions compared on a chart without a region.
const COMPARED: usize = 5;

impl Answerer {
    pub(crate) async fn chart(&self, lang: Lang, place: Option<&str>, days: &DaysArgument) -> Answer {
        let days = match days {
            Ok(days) => *days,
            Err(text) => return Ok(vec![days_usage(lang, "chart", text)]),
        };
        let region = match place {
            None => None,
            Some(name) => match gazetteer::lookup(name) {
                Lookup::Found(Place::Region(region)) => Some(region),
                Lookup::Found(Place::Settlement(settlement)) => Some(settlement.region),
                Lookup::DidYouMean(candidates) => {
                    let names: Vec<String> = candidates.iter().map(|place| place_name(lang, place)).collect();
                    return Ok(vec![captions::chart_did_you_mean(lang, name, &names, days)]);
                }
                Lookup::NotFound => return Ok(vec![captions::chart_place_not_found(lang, name)]),
            },
        };
        let Some((from, to)) = self.period(days).await? else {
            return Ok(vec![captions::nothing_to_chart(lang)]);
        };
        let rows = self.store.daily_casualties(region, from, to).await?;
        let period = Period { from, to, days };
        let totals = sum(rows.iter().map(|(_, _, totals)| totals));
        if totals.killed + totals.wounded == 0 {
            return Ok(vec![captions::no_casualties_to_chart(lang, region, period)]);
        }
        let (title, caption, series) = match region {
            Some(region) => {
                let label = gazetteer::region_label_in(lang, region);
                let killed = rows.iter().map(|(date, _, t)| (*date, t.killed)).collect();
                let wounded = rows.iter().map(|(date, _, t)| (*date, t.wounded)).collect();
                let worst = rows
                    .iter()
                    .max_by_key(|(date, _, t)| (t.killed + t.wounded, std::cmp::Reverse(*date)))
                    .map(|(date, _, t)| (*date, *t))
                    .expect("casualties were found");
                let caption = Caption::Region(region, worst);
                let series = vec![
                    Series { label: t(lang, "picture-killed"), values: killed },
                    Series { label: t(lang, "picture-wounded"), values: wounded },
                ];
                (t_args(lang, "picture-region-chart-title", &[("region", Arg::plain(label))]), caption, series)
            }
            None => {
                let mut ranked: Vec<(RegionCode, CasualtyTotals)> = by_region(&rows).into_iter().collect();
                ranked.sort_by_key(|(region, t)| (std::cmp::Reverse(t.killed + t.wounded), region.index()));
                ranked.truncate(COMPARED);
                let series = ranked
                    .iter()
                    .map(|(region, _)| Series {
                        label: gazetteer::region_label_in(lang, *region),
                        values: rows
                            .iter()
                            .filter(|(_, r, _)| r == region)
                            .map(|(date, _, t)| (*date, t.killed + t.wounded))
                            .collect(),
                    })
                    .collect();
                let caption = Caption::Top(ranked);
                (t(lang, "picture-top-chart-title"), caption, series)
            }
        };
        let Some(png) = draw(move || picture::chart(lang, &title, from, to, &series)).await else {
            return Ok(vec![render::internal_error(lang)]);
        };
        let file_name = format!("chart-{}-{days}d.png", region.map_or("top5", RegionCode::iso_code));
        let picture = Document { file_name, bytes: png };
        Ok(vec![match caption {
            Caption::Region(region, worst) => captions::region_chart(lang, region, period, totals, worst, picture),
            Caption::Top(ranked) => captions::top_regions_chart(lang, period, &ranked, picture),
        }])
    }

    pub(crate) async fn map(&self, lang: Lang, days: &DaysArgument) -> Answer {
        let days = match days {
            Ok(days) => *days,
            Err(text) => return Ok(vec![days_usage(lang, "map", text)]),
        };
        let Some((from, to)) = self.period(days).await? else {
            return Ok(vec![captions::nothing_to_map(lang)]);
        };
        let rows = self.store.daily_casualties(None, from, to).await?;
        let period = Period { from, to, days };
        let by_region = by_region(&rows);
        let totals = sum(by_region.values());
        if totals.killed + totals.wounded == 0 {
            return Ok(vec![captions::blank_map(lang, period)]);
        }
        let values: Vec<(RegionCode, u64)> =
            by_region.iter().map(|(region, t)| (*region, t.killed + t.wounded)).collect();
        let (worst, worst_value) = values
            .iter()
            .max_by_key(|(region, value)| (*value, std::cmp::Reverse(region.index())))
            .copied()
            .expect("casualties were found");
        let affected = values.iter().filter(|(_, value)| *value > 0).count();
        let view = MapView { period, totals, affected, worst: (worst, worst_value) };
        let title = t_args(lang, "picture-map-title", &[("period", Arg::plain(plain_period(lang, from, to)))]);
        let Some(png) = draw(move || picture::map(lang, &title, &values)).await else {
            return Ok(vec![render::internal_error(lang)]);
        };
        Ok(vec![captions::map(lang, &view, Document { file_name: format!("map-{days}d.png"), bytes: png })])
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

fn days_usage(lang: Lang, command: &str, input: &str) -> Reply {
    captions::days_usage(lang, command, input, MAX_DAYS)
}

/// What a chart's caption is about: one region and its worst day, or the hardest-hit regions.
enum Caption {
    Region(RegionCode, (NaiveDate, CasualtyTotals)),
    Top(Vec<(RegionCode, CasualtyTotals)>),
}

fn place_name(lang: Lang, place: &Place) -> String {
    match place {
        Place::Region(region) => gazetteer::region_label_in(lang, *region),
        Place::Settlement(settlement) => gazetteer::settlement_name_in(lang, *settlement).to_owned(),
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
