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

pub fn region(view: &RegionView<'_>) -> Reply {
    let region = view.region;
    let mut html =
        format!("<b>{}</b> · {}", escape(&gazetteer::region_label(region)), escape(gazetteer::region_name_uk(region)));
    if let Some(settlement) = view.focus {
        html.push_str(&format!("\n{} is in {}.", escape(settlement.name), escape(&gazetteer::region_label(region))));
    }
    let Some(as_of) = view.as_of.filter(|_| !view.recent.is_empty()) else {
        html.push_str("\n\nNo incidents are recorded for this region yet.");
        return Reply::text(html);
    };
    html.push_str(&format!("\n\nCounted back from {} (latest report):", long_date(as_of)));
    for (label, totals) in [("7 days", view.last_7_days), ("30 days", view.last_30_days)] {
        html.push_str(&format!(
            "\n• last {label}: {} killed, {} wounded in {} incident{}",
            totals.killed,
            totals.wounded,
            totals.incidents,
            if totals.incidents == 1 { "" } else { "s" }
        ));
    }
    html.push_str("\n\n<b>Recent incidents</b>");
    let mut recent: Vec<&(Incident, Option<IncidentSource>)> = view.recent.iter().collect();
    if let Some(settlement) = view.focus {
        // Stable sort keeps newest-first order within each group.
        recent.sort_by_key(|(incident, _)| incident.place.as_deref() != Some(settlement.name));
    }
    for (incident, source) in recent.into_iter().take(REGION_RECENT_LIMIT) {
        html.push('\n');
        html.push_str(&incident_line(incident));
        if let Some(source) = source {
            html.push_str(&format!(" ({})", source_link(source)));
        }
    }
    Reply::text(html)
}

pub(super) fn incident_line(incident: &Incident) -> String {
    let date = incident.date.map_or_else(|| "date unknown".to_owned(), short_date);
    let mut line = format!("• {date}");
    if let Some(place) = &incident.place {
        line.push_str(&format!(", {}", escape(place)));
    }
    line.push_str(&format!(": {}", casualties(incident.killed, incident.wounded)));
    if let Some(weapon) = &incident.weapon {
        line.push_str(&format!(" · {}", escape(weapon)));
    }
    if let Some(day) = incident.report_day {
        line.push_str(&format!(" (day {day})"));
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

pub(super) fn casualties(killed: Count, wounded: Count) -> String {
    match (killed.value, wounded.value) {
        (0, 0) => "no casualties reported".to_owned(),
        (_, 0) => format!("{killed} killed"),
        (0, _) => format!("{wounded} wounded"),
        _ => format!("{killed} killed, {wounded} wounded"),
    }
}

pub fn region_usage() -> Reply {
    Reply::text("Which region? Pick one below, or send e.g. <code>/region Kharkiv</code>.").with_buttons(region_menu())
}

/// All 27 regions as buttons, three a row, alphabetically.
pub fn region_menu() -> Vec<Vec<Button>> {
    let mut regions = RegionCode::ALL.to_vec();
    regions.sort_by_key(|region| gazetteer::region_name(*region));
    regions
        .chunks(3)
        .map(|row| {
            row.iter().map(|region| Button::new(gazetteer::region_name(*region), Action::Region(*region))).collect()
        })
        .collect()
}

pub fn region_did_you_mean(query: &str, candidates: &[Place]) -> Reply {
    let buttons = candidates
        .iter()
        .map(|place| {
            let label = match place {
                Place::Region(region) => gazetteer::region_label(*region),
                Place::Settlement(settlement) => {
                    format!("{} ({})", settlement.name, gazetteer::region_name(settlement.region))
                }
            };
            let action = match place {
                Place::Region(region) => Action::Region(*region),
                Place::Settlement(settlement) => Action::Settlement(*settlement),
            };
            vec![Button::new(label, action)]
        })
        .collect();
    Reply::text(format!(
        "I don't know a place called \"{}\". Did you mean:",
        escape(&truncate(query.trim(), ECHO_CHARS))
    ))
    .with_buttons(buttons)
}

pub fn region_not_found(query: &str) -> Reply {
    Reply::text(format!(
        "I don't know a place called \"{}\". Try an oblast or a town, e.g. <code>/region Kharkiv</code> or \
         <code>/region Kramatorsk</code>.",
        escape(&truncate(query.trim(), ECHO_CHARS))
    ))
    .with_buttons(region_menu())
}
