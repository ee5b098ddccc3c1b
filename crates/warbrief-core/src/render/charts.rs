//! `/chart` and `/map`: the captions that say a picture's figures in words, and the answers when there is
//! nothing to draw or the argument is not understood. Captions stay within [`CAPTION_LIMIT`].

use chrono::NaiveDate;

use super::{Document, Reply, short_date};
use crate::gazetteer;
use crate::html::{CAPTION_LIMIT, escape, truncate, utf16_len};
use crate::{CasualtyTotals, RegionCode};

/// The period a picture covers: `days` days from `from` to `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub days: u32,
}

impl Period {
    /// "the 30 days 4 Jan 2023 – 2 Feb 2023", or "on 2 Feb 2023" for one day.
    fn words(self) -> String {
        if self.days == 1 {
            format!("on {}", short_date(self.to))
        } else {
            format!("the {} days {}", self.days, plain_period(self.from, self.to))
        }
    }
}

/// "4 Jan 2023 – 2 Feb 2023"; plain text, also for the pictures' titles.
pub fn plain_period(from: NaiveDate, to: NaiveDate) -> String {
    format!("{} – {}", short_date(from), short_date(to))
}

/// `/chart NAME` for a name the gazetteer only half knows: `names` are what it may mean (plain text).
pub fn chart_did_you_mean(name: &str, names: &[String], days: u32) -> Reply {
    Reply::text(format!(
        "I don't know \"{}\". Did you mean {}? For example <code>/chart {} {days}</code>.",
        escape(&truncate(name, 40)),
        escape(&names.join(", ")),
        escape(names.first().map_or("Kharkiv", String::as_str)),
    ))
}

pub fn chart_place_not_found(name: &str) -> Reply {
    Reply::text(format!(
        "I don't know a region or town called \"{}\". Try <code>/chart Kharkiv</code>, or \
         <code>/chart</code> for the five hardest-hit regions.",
        escape(&truncate(name, 40))
    ))
}

pub fn nothing_to_chart() -> Reply {
    Reply::text("No incidents have been recorded yet, so there is nothing to chart.")
}

/// No casualties in the period, in `region` (or in any).
pub fn no_casualties_to_chart(region: Option<RegionCode>, period: Period) -> Reply {
    let place = region.map_or_else(|| "any region".to_owned(), gazetteer::region_label);
    Reply::text(format!(
        "No casualties are recorded in {} in {}, so there is no chart to draw.",
        escape(&place),
        period.words()
    ))
}

/// One region's chart: its totals, and its worst day.
pub fn region_chart(
    region: RegionCode,
    period: Period,
    totals: CasualtyTotals,
    worst: (NaiveDate, CasualtyTotals),
    picture: Document,
) -> Reply {
    let (worst_day, worst) = worst;
    let caption = format!(
        "<b>{}</b>, {}: {} killed and {} wounded in {}. Worst day: {} ({} killed, {} wounded).",
        escape(&gazetteer::region_label(region)),
        period.words(),
        totals.killed,
        totals.wounded,
        incidents(totals.incidents),
        short_date(worst_day),
        worst.killed,
        worst.wounded,
    );
    Reply::text(fit_caption(caption)).with_photo(picture)
}

/// The hardest-hit regions compared: `ranked` most casualties first.
pub fn top_regions_chart(period: Period, ranked: &[(RegionCode, CasualtyTotals)], picture: Document) -> Reply {
    let listed: Vec<String> = ranked
        .iter()
        .map(|(region, t)| {
            format!("{} {} killed, {} wounded", escape(&gazetteer::region_label(*region)), t.killed, t.wounded)
        })
        .collect();
    let caption = format!(
        "<b>Killed and wounded per day</b> in the {} hardest-hit regions, {}: {}.",
        ranked.len(),
        period.words(),
        listed.join("; ")
    );
    Reply::text(fit_caption(caption)).with_photo(picture)
}

pub fn nothing_to_map() -> Reply {
    Reply::text("No incidents have been recorded yet, so there is nothing to map.")
}

pub fn blank_map(period: Period) -> Reply {
    Reply::text(format!("No casualties are recorded in {}, so the map would be blank.", period.words()))
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

pub fn map(view: &MapView, picture: Document) -> Reply {
    let (worst, worst_value) = view.worst;
    let caption = format!(
        "<b>Killed and wounded by region</b>, {}: {} killed and {} wounded in {} across {} region{}. \
         Most: {} ({worst_value}).",
        view.period.words(),
        view.totals.killed,
        view.totals.wounded,
        incidents(view.totals.incidents),
        view.affected,
        if view.affected == 1 { "" } else { "s" },
        escape(&gazetteer::region_label(worst)),
    );
    Reply::text(fit_caption(caption)).with_photo(picture)
}

/// A number of days out of range for `/chart` or `/map` (`command`), `max` the most allowed.
pub fn days_usage(command: &str, input: &str, max: u32) -> Reply {
    Reply::text(format!(
        "\"{}\" is not a number of days I can draw: use 1 to {max}, e.g. <code>/{} 30</code>.",
        escape(&truncate(input, 12)),
        escape(command)
    ))
}

fn incidents(n: u64) -> String {
    if n == 1 { "1 incident".to_owned() } else { format!("{n} incidents") }
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
