//! `/chart` and `/map`: the captions that say a picture's figures in words, and the answers when there is
//! nothing to draw or the argument is not understood. Captions stay within [`CAPTION_LIMIT`].

use chrono::NaiveDate;

use super::i18n::{Arg, count, t, t_args};
use super::{Document, Reply, short_date};
use crate::gazetteer;
use crate::html::{CAPTION_LIMIT, truncate, utf16_len};
use crate::{CasualtyTotals, Lang, RegionCode};

/// The period a picture covers: `days` days from `from` to `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub days: u32,
}

impl Period {
    /// "the 30 days 4 Jan 2023 – 2 Feb 2023", or "on 2 Feb 2023" for one day.
    fn words(self, lang: Lang) -> String {
        if self.days == 1 {
            t_args(lang, "chart-period-one-day", &[("date", Arg::plain(short_date(lang, self.to)))])
        } else {
            t_args(
                lang,
                "chart-period-days",
                &[("days", count(self.days)), ("period", Arg::plain(plain_period(lang, self.from, self.to)))],
            )
        }
    }
}

/// "4 Jan 2023 – 2 Feb 2023"; plain text, also for the pictures' titles.
pub fn plain_period(lang: Lang, from: NaiveDate, to: NaiveDate) -> String {
    t_args(
        lang,
        "chart-period",
        &[("from", Arg::plain(short_date(lang, from))), ("to", Arg::plain(short_date(lang, to)))],
    )
}

/// `/chart NAME` for a name the gazetteer only half knows: `names` are what it may mean (plain text).
pub fn chart_did_you_mean(lang: Lang, name: &str, names: &[String], days: u32) -> Reply {
    let example = names.first().cloned().unwrap_or_else(|| t(lang, "chart-example-place"));
    Reply::text(t_args(
        lang,
        "chart-did-you-mean",
        &[
            ("name", Arg::text(&truncate(name, 40))),
            ("names", Arg::text(&names.join(", "))),
            ("example", Arg::text(&example)),
            ("days", Arg::plain(days.to_string())),
        ],
    ))
}

pub fn chart_place_not_found(lang: Lang, name: &str) -> Reply {
    Reply::text(t_args(lang, "chart-place-not-found", &[("name", Arg::text(&truncate(name, 40)))]))
}

pub fn nothing_to_chart(lang: Lang) -> Reply {
    Reply::text(t(lang, "chart-nothing-to-chart"))
}

/// No casualties in the period, in `region` (or in any).
pub fn no_casualties_to_chart(lang: Lang, region: Option<RegionCode>, period: Period) -> Reply {
    let place = region.map_or_else(|| t(lang, "chart-any-region"), |region| gazetteer::region_label_in(lang, region));
    Reply::text(t_args(
        lang,
        "chart-no-casualties",
        &[("place", Arg::text(&place)), ("period", Arg::plain(period.words(lang)))],
    ))
}

/// One region's chart: its totals, and its worst day.
pub fn region_chart(
    lang: Lang,
    region: RegionCode,
    period: Period,
    totals: CasualtyTotals,
    worst: (NaiveDate, CasualtyTotals),
    picture: Document,
) -> Reply {
    let (worst_day, worst) = worst;
    let caption = t_args(
        lang,
        "chart-region-caption",
        &[
            ("region", Arg::text(&gazetteer::region_label_in(lang, region))),
            ("period", Arg::plain(period.words(lang))),
            ("killed", count(totals.killed)),
            ("wounded", count(totals.wounded)),
            ("incidents", count(totals.incidents)),
            ("worst-date", Arg::plain(short_date(lang, worst_day))),
            ("worst-killed", count(worst.killed)),
            ("worst-wounded", count(worst.wounded)),
        ],
    );
    Reply::text(fit_caption(lang, caption)).with_photo(picture)
}

/// The hardest-hit regions compared: `ranked` most casualties first.
pub fn top_regions_chart(
    lang: Lang,
    period: Period,
    ranked: &[(RegionCode, CasualtyTotals)],
    picture: Document,
) -> Reply {
    let listed: Vec<String> = ranked
        .iter()
        .map(|(region, totals)| {
            t_args(
                lang,
                "chart-top-regions-item",
                &[
                    ("region", Arg::text(&gazetteer::region_label_in(lang, *region))),
                    ("killed", count(totals.killed)),
                    ("wounded", count(totals.wounded)),
                ],
            )
        })
        .collect();
    let caption = t_args(
        lang,
        "chart-top-regions-caption",
        &[
            ("count", count(ranked.len() as u64)),
            ("period", Arg::plain(period.words(lang))),
            ("list", Arg::html(listed.join("; "))),
        ],
    );
    Reply::text(fit_caption(lang, caption)).with_photo(picture)
}

pub fn nothing_to_map(lang: Lang) -> Reply {
    Reply::text(t(lang, "chart-nothing-to-map"))
}

pub fn blank_map(lang: Lang, period: Period) -> Reply {
    Reply::text(t_args(lang, "chart-blank-map", &[("period", Arg::plain(period.words(lang)))]))
}

/// What `/map`'s caption says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MapView {
    pub period: Period,
    pub totals: CasualtyTotals,
    /// Regions with any casualties.
    pub affected: usize,
    /// The region with the most casualties, and their number.
    pub worst: (RegionCode, u64),
}

pub fn map(lang: Lang, view: &MapView, picture: Document) -> Reply {
    let (worst, worst_value) = view.worst;
    let caption = t_args(
        lang,
        "chart-map-caption",
        &[
            ("period", Arg::plain(view.period.words(lang))),
            ("killed", count(view.totals.killed)),
            ("wounded", count(view.totals.wounded)),
            ("incidents", count(view.totals.incidents)),
            ("regions", count(view.affected as u64)),
            ("worst", Arg::text(&gazetteer::region_label_in(lang, worst))),
            ("worst-value", Arg::plain(worst_value.to_string())),
        ],
    );
    Reply::text(fit_caption(lang, caption)).with_photo(picture)
}

/// A number of days out of range for `/chart` or `/map` (`command`), `max` the most allowed.
pub fn days_usage(lang: Lang, command: &str, input: &str, max: u32) -> Reply {
    Reply::text(t_args(
        lang,
        "chart-days-usage",
        &[
            ("input", Arg::text(&truncate(input, 12))),
            ("max", Arg::plain(max.to_string())),
            ("command", Arg::text(command)),
        ],
    ))
}

/// Captions are cut to Telegram's 1,024 characters (they are short, but region lists could grow).
fn fit_caption(lang: Lang, caption: String) -> String {
    if utf16_len(&caption) <= CAPTION_LIMIT {
        return caption;
    }
    // Cut at a "; " boundary so no tag or entity is split.
    let mut cut = caption.clone();
    while utf16_len(&cut) > CAPTION_LIMIT - 1 {
        match cut.rfind("; ") {
            Some(at) => cut.truncate(at),
            None => return t(lang, "chart-caption-too-long"),
        }
    }
    format!("{cut}…")
}
