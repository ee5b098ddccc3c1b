//! /region: a region's or town's casualties and recent incidents, and the questions asked when a name is
//! unknown or ambiguous.

use super::*;

/// What `/region` shows.
pub struct RegionView<'a> {
    pub region: RegionCode,
    /// Set when the user asked for a town: its incidents come first.
    pub focus: Option<Settlement>,
    /// The date the totals are counted back from (the latest report's), if there is any data at all.
    pub as_of: Option<NaiveDate>,
    pub last_7_days: CasualtyTotals,
    pub last_30_days: CasualtyTotals,
    /// The most recent incidents, newest first, with the post or article each was read from (none for a
    /// daily report's or a hand-entered one).
    pub recent: &'a [(Incident, Option<IncidentSource>)],
}

pub const REGION_RECENT_LIMIT: usize = 10;

pub fn region(lang: Lang, view: &RegionView<'_>) -> Reply {
    let region = view.region;
    // The region's name in the reader's language first, then in the other one.
    let other = match lang {
        Lang::En => gazetteer::region_name_uk(region).to_owned(),
        Lang::Uk => gazetteer::region_label(region),
    };
    let label = gazetteer::region_label_in(lang, region);
    let mut html = format!("<b>{}</b> · {}", escape(&label), escape(&other));
    if let Some(settlement) = view.focus {
        html.push('\n');
        html.push_str(&t_args(
            lang,
            "region-town-is-in",
            &[("town", Arg::text(gazetteer::settlement_name_in(lang, settlement))), ("region", Arg::text(&label))],
        ));
    }
    let Some(as_of) = view.as_of.filter(|_| !view.recent.is_empty()) else {
        html.push_str("\n\n");
        html.push_str(&t(lang, "region-no-incidents"));
        return Reply::text(html);
    };
    html.push_str("\n\n");
    html.push_str(&t_args(lang, "region-counted-back", &[("date", Arg::plain(long_date(lang, as_of)))]));
    for (days, totals) in [(7u64, view.last_7_days), (30, view.last_30_days)] {
        html.push('\n');
        html.push_str(&t_args(
            lang,
            "region-last-days",
            &[
                ("days", count(days)),
                ("killed", count(totals.killed)),
                ("wounded", count(totals.wounded)),
                ("incidents", count(totals.incidents)),
            ],
        ));
    }
    html.push_str("\n\n");
    html.push_str(&t(lang, "region-recent-incidents"));
    let mut recent: Vec<&(Incident, Option<IncidentSource>)> = view.recent.iter().collect();
    if let Some(settlement) = view.focus {
        // Stable sort keeps newest-first order within each group.
        recent.sort_by_key(|(incident, _)| incident.place.as_deref() != Some(settlement.name));
    }
    for (incident, source) in recent.into_iter().take(REGION_RECENT_LIMIT) {
        html.push('\n');
        html.push_str(&incident_line(lang, incident));
        if let Some(source) = source {
            html.push_str(&format!(" ({})", source_link(source)));
        }
    }
    Reply::text(html)
}

pub(super) fn incident_line(lang: Lang, incident: &Incident) -> String {
    let date = incident.date.map_or_else(|| t(lang, "region-date-unknown"), |date| short_date(lang, date));
    let mut line = format!("• {date}");
    if let Some(place) = &incident.place {
        line.push_str(&format!(", {}", escape(place)));
    }
    line.push_str(&format!(": {}", casualties(lang, incident.killed, incident.wounded)));
    if let Some(weapon) = &incident.weapon {
        line.push_str(&format!(" · {}", escape(weapon)));
    }
    if let Some(day) = incident.report_day {
        line.push_str(&format!(" ({})", t_args(lang, "region-incident-report-day", &[("day", count(day.get()))])));
    }
    line
}

/// A post's source as a link when it has one, its name alone otherwise; at most 60 characters shown.
pub fn source_link(source: &IncidentSource) -> String {
    let name = escape(&truncate(&source.name, 60));
    match &source.url {
        Some(url) => format!("<a href=\"{}\">{name}</a>", escape(url.as_str())),
        None => name,
    }
}

pub(super) fn casualties(lang: Lang, killed: Count, wounded: Count) -> String {
    let figure =
        |key: &str, n: Count| t_args(lang, key, &[("count", count(n.value)), ("shown", Arg::plain(n.to_string()))]);
    match (killed.value, wounded.value) {
        (0, 0) => t(lang, "region-no-casualties"),
        (_, 0) => figure("region-killed", killed),
        (0, _) => figure("region-wounded", wounded),
        _ => format!("{}, {}", figure("region-killed", killed), figure("region-wounded", wounded)),
    }
}

pub fn region_usage(lang: Lang) -> Reply {
    Reply::text(t(lang, "region-usage")).with_buttons(region_menu(lang))
}

/// All 27 regions as buttons, three a row, alphabetically in `lang`.
pub fn region_menu(lang: Lang) -> Vec<Vec<Button>> {
    let mut regions = RegionCode::ALL.to_vec();
    regions.sort_by_key(|region| alphabetical(gazetteer::region_name_in(lang, *region)));
    regions
        .chunks(3)
        .map(|row| {
            row.iter()
                .map(|region| Button::new(gazetteer::region_name_in(lang, *region), Action::Region(*region)))
                .collect()
        })
        .collect()
}

pub fn region_did_you_mean(lang: Lang, query: &str, candidates: &[Place]) -> Reply {
    let buttons = candidates
        .iter()
        .map(|place| {
            let label = match place {
                Place::Region(region) => gazetteer::region_label_in(lang, *region),
                Place::Settlement(settlement) => format!(
                    "{} ({})",
                    gazetteer::settlement_name_in(lang, *settlement),
                    gazetteer::region_name_in(lang, settlement.region)
                ),
            };
            let action = match place {
                Place::Region(region) => Action::Region(*region),
                Place::Settlement(settlement) => Action::Settlement(*settlement),
            };
            vec![Button::new(label, action)]
        })
        .collect();
    Reply::text(t_args(lang, "region-did-you-mean", &[("query", Arg::text(&truncate(query.trim(), ECHO_CHARS)))]))
        .with_buttons(buttons)
}

pub fn region_not_found(lang: Lang, query: &str) -> Reply {
    Reply::text(t_args(lang, "region-not-found", &[("query", Arg::text(&truncate(query.trim(), ECHO_CHARS)))]))
        .with_buttons(region_menu(lang))
}
