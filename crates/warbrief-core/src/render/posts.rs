//! What maintainers read about forwarded posts and articles: the preview with its incidents, flags and
//! likely duplicates, what became of a post, and the confirmations of Add and Discard.

use chrono::NaiveDate;

use super::{Action, Button, Reply, long_date, short_date, source_link};
use crate::Incident;
use crate::extract::ExtractedIncident;
use crate::gazetteer;
use crate::html::{MESSAGE_LIMIT, escape, fit_lines, truncate, utf16_len};
use crate::parse::DateSource;
use crate::post::{IncidentSource, PostStatus};

/// Incidents listed in a post preview before "… and N more".
const PREVIEW_INCIDENTS: usize = 15;
/// Characters of evidence the preview's lines share between them, and the most one line gets.
const EVIDENCE_BUDGET: usize = 2400;
const EVIDENCE_MAX: usize = 300;
const EVIDENCE_MIN: usize = 60;

/// One incident of a post with what the preview says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reviewed {
    pub extracted: ExtractedIncident,
    /// Stored incidents it likely repeats.
    pub duplicates: Vec<Duplicate>,
}

impl Reviewed {
    /// Neither flagged nor a likely duplicate: what Add adds.
    pub fn clean(&self) -> bool {
        self.extracted.flags.is_empty() && self.duplicates.is_empty()
    }
}

/// A stored incident a new one likely repeats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub id: i64,
    pub incident: Incident,
    /// The post or article it was read from; `None` for a daily report's incident or one entered by hand.
    pub source: Option<IncidentSource>,
}

/// Where a previewed post is from and how it is dated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PreviewOrigin {
    /// Forwarded from a channel or a person; `false` for an article sent with /addreport.
    pub forwarded: bool,
    pub date: NaiveDate,
    pub date_source: DateSource,
}

/// The preview of post `id`: source, date and where it came from, one line per incident with its evidence,
/// flags and likely duplicates, and the buttons. `note` (plain text) says why it is shown again.
pub fn preview(
    id: i64,
    source: &IncidentSource,
    origin: PreviewOrigin,
    reviewed: &[Reviewed],
    note: Option<&str>,
) -> Reply {
    let mut html = if origin.forwarded {
        format!("<b>Forwarded post</b> from {}", one_line_link(source))
    } else {
        format!("<b>Article</b>: {}", one_line_link(source))
    };
    html.push_str(&format!("\nDated {} {}.", long_date(crate::Lang::En, origin.date), date_words(&origin)));
    if let Some(note) = note {
        html.push_str(&format!("\n<i>{}</i>", escape(&note.replace('\n', " "))));
    }
    html.push_str(&format!("\n\n{} found:", plural(reviewed.len(), "incident")));
    let shown = reviewed.len().min(PREVIEW_INCIDENTS);
    let evidence_chars = (EVIDENCE_BUDGET / shown.max(1)).clamp(EVIDENCE_MIN, EVIDENCE_MAX);
    for (number, item) in reviewed.iter().take(PREVIEW_INCIDENTS).enumerate() {
        html.push_str(&format!("\n\n<b>{}.</b> {}", number + 1, escape(&incident_summary(&item.extracted.incident))));
        let evidence = item.extracted.evidence.split_whitespace().collect::<Vec<_>>().join(" ");
        html.push_str(&format!("\n<i>{}</i>", escape(&truncate(&evidence, evidence_chars))));
        for flag in &item.extracted.flags {
            html.push_str(&format!("\n⚠ {}", escape(flag.describe())));
        }
        for duplicate in item.duplicates.iter().take(2) {
            html.push_str(&format!("\n⚠ likely duplicate of #{} ({})", duplicate.id, duplicate_words(duplicate)));
        }
    }
    if reviewed.len() > PREVIEW_INCIDENTS {
        html.push_str(&format!("\n\n… and {} more", reviewed.len() - PREVIEW_INCIDENTS));
    }
    let clean = reviewed.iter().filter(|reviewed| reviewed.clean()).count();
    let doubtful = reviewed.len() - clean;
    let mut buttons = Vec::new();
    let mut footer = String::new();
    if doubtful == 0 {
        footer.push_str(&format!("<b>Add</b> adds {}.", if clean == 1 { "it" } else { "all of them" }));
        buttons.push(Button::new("Add", Action::AddPost(id)));
    } else {
        if clean > 0 {
            footer.push_str(&format!("<b>Add</b> adds {} (not the ⚠ ones); ", plural(clean, "incident")));
            buttons.push(Button::new("Add", Action::AddPost(id)));
        }
        footer.push_str(&format!("<b>Add all</b> adds all {}.", reviewed.len()));
        buttons.push(Button::new("Add all", Action::AddAllPost(id)));
    }
    buttons.push(Button::new("Discard", Action::DiscardPost(id)));
    // The footer says what the buttons do, so it is kept whole: the incident lines give way.
    let footer_room = utf16_len(&footer) + 2;
    let mut html = fit_lines(html, MESSAGE_LIMIT - footer_room);
    html.push_str("\n\n");
    html.push_str(&footer);
    Reply::text(html).with_buttons(vec![buttons])
}

/// How the preview says where the date came from.
fn date_words(origin: &PreviewOrigin) -> &'static str {
    match origin.date_source {
        DateSource::Title => "from its title",
        DateSource::Dateline => "from its dateline",
        DateSource::DayNumber => "from its day number",
        DateSource::Given if origin.forwarded => "from the forwarded post's date",
        DateSource::Given => "from the day it was sent (the text gives no date)",
    }
}

/// "Kupiansk, Kharkiv · 2 Mar 2023 · 2 killed, 5 wounded · artillery"; plain text.
fn incident_summary(incident: &Incident) -> String {
    let region = gazetteer::region_name(incident.region);
    let mut line = match &incident.place {
        Some(place) => format!("{place}, {region}"),
        None => region.to_owned(),
    };
    line.push_str(&format!(
        " · {} · {} killed, {} wounded",
        incident.date.map_or_else(|| "date unknown".to_owned(), |date| short_date(crate::Lang::En, date)),
        incident.killed,
        incident.wounded
    ));
    if let Some(weapon) = &incident.weapon {
        line.push_str(&format!(" · {weapon}"));
    }
    line
}

/// Where a stored incident came from, for "likely duplicate of #12 (…)"; HTML.
fn duplicate_words(stored: &Duplicate) -> String {
    let figures = format!("{} killed, {} wounded", stored.incident.killed, stored.incident.wounded);
    let from = match (&stored.source, stored.incident.report_day) {
        (Some(source), _) => one_line_link(source),
        (None, Some(day)) => format!("day {day}'s report"),
        (None, None) => "entered by hand".to_owned(),
    };
    let place = stored.incident.place.as_deref().map(|place| format!("{}, ", escape(place))).unwrap_or_default();
    format!("{place}{figures}, {from}")
}

/// [`source_link`] on one line, as a source's name always is: the preview is cut between lines, and a line
/// break inside the link would leave it open.
fn one_line_link(source: &IncidentSource) -> String {
    source_link(&IncidentSource { name: source.name.replace('\n', " "), url: source.url.clone() })
}

/// What became of a post that is not pending: added on `updated` with `incidents_added`, or discarded.
pub fn status(status: PostStatus, updated: NaiveDate, incidents_added: u32) -> Reply {
    Reply::text(match status {
        PostStatus::Added => format!(
            "This post was already added on {} ({}); nothing was added again.",
            short_date(crate::Lang::En, updated),
            plural(incidents_added as usize, "incident")
        ),
        PostStatus::Discarded => {
            "This post was discarded; nothing was added. Forward it again to see its preview anew.".to_owned()
        }
        PostStatus::Pending => "This post is waiting in its preview: use its buttons.".to_owned(),
    })
}

/// The text could not be taken at all (empty, binary, too large); `error` is plain text.
pub fn unusable(error: &str) -> Reply {
    Reply::text(format!("I can't use that post: {}.", escape(error)))
}

/// The text did not parse; `error` is plain text.
pub fn unreadable(error: &str) -> Reply {
    Reply::text(format!("I can't read that post: {}.", escape(error)))
}

/// A post (`forwarded`) or an article without incidents: nothing was stored.
pub fn no_incidents(forwarded: bool) -> Reply {
    Reply::text(format!(
        "I found no incidents (places with killed or wounded) in {}, so nothing was stored.",
        if forwarded { "that post" } else { "that article" }
    ))
}

pub fn gone() -> Reply {
    Reply::text("That post is no longer stored.")
}

pub fn no_longer_reads() -> Reply {
    Reply::text("The post's text no longer reads; nothing was added.")
}

/// Add or Add all pressed: the new incidents' `ids`, of `total` in the post, and the region alerts queued.
pub fn added(source: &IncidentSource, ids: &[i64], total: usize, alerts: u64) -> Reply {
    let mut html = format!(
        "Added {} from {}{}.",
        plural(ids.len(), "incident"),
        source_link(source),
        if ids.is_empty() {
            String::new()
        } else {
            format!(" (#{})", ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", #"))
        }
    );
    if ids.len() < total {
        html.push_str(&format!(" Left out {}: flagged or likely duplicates.", plural(total - ids.len(), "incident")));
    }
    match ids.len() {
        0 => {}
        1 => html.push_str(" It shows in /region from now on."),
        _ => html.push_str(" They show in /region from now on."),
    }
    if alerts > 0 {
        html.push_str(&format!(" Region alerts queued for {}.", plural(alerts as usize, "chat")));
    }
    Reply::text(html)
}

/// Discard pressed; `source` when the post is still stored.
pub fn discarded(source: Option<&IncidentSource>) -> Reply {
    Reply::text(format!(
        "Discarded the post{}; nothing was added. Forward it again to see its preview anew.",
        source.map_or(String::new(), |source| format!(" from {}", source_link(source)))
    ))
}

/// "1 incident", "3 incidents"
fn plural(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}
