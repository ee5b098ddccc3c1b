//! What maintainers read: usage lines and `/adminhelp`, report previews and confirmations, incidents and
//! sanctions entered by hand, the admins list, the audit log, statistics and the export's caption.
//!
//! Everything a maintainer typed or a report contains is escaped here; long answers are cut at a line
//! boundary to stay within one message.

use super::{Action, Button, Document, Reply, long_date};
use crate::extract::ExtractedIncident;
use crate::gazetteer;
use crate::html::{MESSAGE_LIMIT, escape, fit_lines, truncate};
use crate::parse::ParsedReport;
use crate::{AuditEntry, DayNumber, Incident, Report, ReportStatus};

/// What everyone but maintainers hears when they try a maintainer's command (or forward a post).
pub const MAINTAINERS_ONLY: &str = "Sorry, that command is only for the bot's maintainers.";

/// Incident lines shown in a report preview before "… and N more".
const PREVIEW_INCIDENTS: usize = 25;
/// Drafts listed by `/drafts`, each with its buttons.
const DRAFTS_SHOWN: usize = 20;

pub fn maintainers_only() -> Reply {
    Reply::text(MAINTAINERS_ONLY)
}

pub fn button_refused() -> Reply {
    Reply::text("Sorry, that button is only for the bot's maintainers.")
}

/// A usage line with an example, for a command given the wrong arguments. `problem`, `description` and
/// `example` are plain text.
pub fn usage(command: &str, problem: &str, description: &str, example: &str) -> Reply {
    Reply::text(format!(
        "{}\nUsage: /{} — {}\nExample: <code>{}</code>",
        escape(problem),
        escape(command),
        escape(description),
        escape(example)
    ))
}

/// `/adminhelp`: `commands` are (name without the slash, description, example), from the command table.
pub fn help(commands: &[(&str, &str, &str)]) -> Reply {
    let mut html = String::from("<b>Maintainers' commands</b>");
    for (command, description, example) in commands {
        html.push_str(&format!("\n\n/{} — {}\n<code>{}</code>", escape(command), escape(description), escape(example)));
    }
    html.push_str(
        "\n\nIncident fields: date (YYYY-MM-DD or unknown), region, place, killed, wounded (a number; 3+ means at \
         least 3), weapon, text, day (the report it belongs to). Sanctions fields: date, authority, title, status \
         (proposed, adopted, in force, extended, lifted), summary, url.",
    );
    Reply::text(html)
}

// Reports.

pub fn add_report_usage() -> Reply {
    Reply::text(
        "Send the report after the command (<code>/addreport Day 345: …</code>), reply to a message that \
         holds it with /addreport, or upload it as a .txt or .md file with the caption /addreport.",
    )
}

/// The text could not be taken at all (empty, binary, too large); `error` is plain text.
pub fn report_unusable(error: &str) -> Reply {
    Reply::text(format!("I can't use that report: {}.", escape(error)))
}

/// The text did not parse as a report; `error` is plain text.
pub fn report_unreadable(error: &str) -> Reply {
    Reply::text(format!("I can't read that report: {}.", escape(error)))
}

/// A report sent for a day that already has one: what replacing it would change, the new report's preview,
/// and the buttons to replace it or keep the current one.
pub struct ReplacementView<'a> {
    /// The pending replacement's id, for the buttons.
    pub pending: i64,
    pub current: &'a Report,
    pub current_incidents: usize,
    pub parsed: &'a ParsedReport,
    pub incidents: &'a [ExtractedIncident],
}

pub fn replacement_preview(view: &ReplacementView<'_>) -> Reply {
    let current = view.current;
    let new = &view.parsed.report;
    let mut html =
        format!("<b>Day {} already has a report</b> ({}). Replacing it would change:\n", new.day, current.status);
    html.push_str(&change_line("title", &current.title, &new.title));
    html.push_str(&change_line("sections", &current.sections.len().to_string(), &new.sections.len().to_string()));
    html.push_str(&change_line("incidents", &view.current_incidents.to_string(), &view.incidents.len().to_string()));
    html.push('\n');
    html.push_str(&preview_body(view.parsed, view.incidents));
    Reply::text(fit(html)).with_buttons(vec![vec![
        Button::new("Replace", Action::ApplyPending(view.pending)),
        Button::new("Keep current", Action::DropPending(view.pending)),
    ]])
}

/// A report saved as a draft: its preview, with Publish and Discard.
pub fn draft_preview(parsed: &ParsedReport, incidents: &[ExtractedIncident]) -> Reply {
    let day = parsed.report.day;
    let html = format!("<b>Draft saved</b>\n{}", preview_body(parsed, incidents));
    Reply::text(fit(html)).with_buttons(vec![vec![
        Button::new("Publish", Action::Publish(day)),
        Button::new("Discard", Action::Discard(day)),
    ]])
}

/// Title, day and date, sections, incidents one a line, warnings.
fn preview_body(parsed: &ParsedReport, incidents: &[ExtractedIncident]) -> String {
    let report = &parsed.report;
    let mut html = format!(
        "<b>{}</b>\n{} · {} section{} · {} incident{}",
        // One line, as a parsed title always is: `fit` cuts between lines, never inside the bold.
        escape(&report.headline().replace('\n', " ")),
        long_date(crate::Lang::En, report.date()),
        report.sections.len(),
        if report.sections.len() == 1 { "" } else { "s" },
        incidents.len(),
        if incidents.len() == 1 { "" } else { "s" },
    );
    for extracted in incidents.iter().take(PREVIEW_INCIDENTS) {
        html.push_str(&format!("\n• {}", escape(&incident_text(&extracted.incident))));
    }
    if incidents.len() > PREVIEW_INCIDENTS {
        html.push_str(&format!("\n… and {} more", incidents.len() - PREVIEW_INCIDENTS));
    }
    if parsed.warnings.is_empty() {
        html.push_str("\nNo warnings.");
    } else {
        for warning in &parsed.warnings {
            html.push_str(&format!("\n⚠️ {}", escape(warning)));
        }
    }
    html
}

/// "• title: old → new", or "• title: unchanged"; values are plain text.
fn change_line(what: &str, before: &str, after: &str) -> String {
    if before == after {
        format!("• {what}: unchanged\n")
    } else {
        format!("• {what}: {} → {}\n", escape(&truncate(before, 80)), escape(&truncate(after, 80)))
    }
}

/// "2023-02-01 · Kramatorsk, Donetsk · 3+ killed, 20 wounded · Iskander-K missile". Plain text: for previews
/// (escaped there), the audit log and the console.
pub fn incident_text(incident: &Incident) -> String {
    let date = incident.date.map_or_else(|| "date unknown".to_owned(), |d| d.to_string());
    let region = gazetteer::region_name(incident.region);
    let place = match &incident.place {
        Some(place) => format!("{place}, {region}"),
        None => region.to_owned(),
    };
    let mut line = format!("{date} · {place} · {} killed, {} wounded", incident.killed, incident.wounded);
    if let Some(weapon) = &incident.weapon {
        line.push_str(&format!(" · {weapon}"));
    }
    line
}

/// The "Keep current" button: the pending text of `day` was dropped.
pub fn replacement_dropped(day: DayNumber) -> Reply {
    Reply::text(format!("Kept the current report for day {day}; the new text was dropped."))
}

pub fn replacement_gone() -> Reply {
    Reply::text("That replacement was already applied or dropped.")
}

pub fn replacement_unreadable() -> Reply {
    Reply::text("The pending text no longer reads as that day's report; nothing changed.")
}

/// What publishing a report queued for delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Queued {
    /// Region alerts, one per chat.
    pub alerts: u64,
    /// Whether the report goes to the channel.
    pub channel: bool,
}

/// " Region alerts queued for 3 chats. Queued for the channel." (empty when nothing was queued).
fn queued_words(queued: Queued) -> String {
    let mut said = String::new();
    if queued.alerts > 0 {
        said.push_str(&format!(" Region alerts queued for {}.", plural(queued.alerts, "chat")));
    }
    if queued.channel {
        said.push_str(" Queued for the channel.");
    }
    said
}

pub fn replaced_published(day: DayNumber, queued: Queued) -> Reply {
    Reply::text(format!(
        "Replaced the published report for day {day}; subscribers see the new text.{}",
        queued_words(queued)
    ))
}

pub fn draft_discarded(day: DayNumber) -> Reply {
    Reply::text(format!("Discarded the draft for day {day}."))
}

pub fn discard_published(day: DayNumber) -> Reply {
    Reply::text(format!("Day {day} is published; use /unpublish {day} first if you mean to remove it."))
}

pub fn no_draft(day: DayNumber) -> Reply {
    Reply::text(format!("There is no draft for day {day}."))
}

pub fn no_report(day: DayNumber) -> Reply {
    Reply::text(format!("There is no report for day {day}."))
}

pub fn status_unchanged(day: DayNumber, status: ReportStatus) -> Reply {
    Reply::text(format!("Day {day} already is {status}."))
}

pub fn published(day: DayNumber, queued: Queued) -> Reply {
    Reply::text(format!(
        "Published day {day}. It is visible in /today, /day {day} and /region from now on.{}",
        queued_words(queued)
    ))
}

pub fn unpublished(day: DayNumber) -> Reply {
    Reply::text(format!("Day {day} is a draft again; subscribers no longer see it."))
}

pub fn no_digest() -> Reply {
    Reply::text("No report is published yet, so there is no digest to send.")
}

pub fn digest_queued(day: DayNumber, chats: u64) -> Reply {
    Reply::text(format!(
        "Queued the day {day} digest for {}; chats that already had it are skipped. Sending starts at \
         once, at the configured rate.",
        plural(chats, "chat")
    ))
}

/// `/drafts`: (day, title), each with Publish and Discard buttons.
pub fn drafts(drafts: &[(DayNumber, String)]) -> Reply {
    if drafts.is_empty() {
        return Reply::text("There are no drafts.");
    }
    let mut html = format!("<b>{} draft{}</b>", drafts.len(), if drafts.len() == 1 { "" } else { "s" });
    let mut buttons = Vec::new();
    for (day, title) in drafts.iter().take(DRAFTS_SHOWN) {
        html.push_str(&format!("\n• Day {day}: {}", escape(&truncate(title, 80))));
        buttons.push(vec![
            Button::new(format!("Publish day {day}"), Action::Publish(*day)),
            Button::new(format!("Discard day {day}"), Action::Discard(*day)),
        ]);
    }
    if drafts.len() > DRAFTS_SHOWN {
        html.push_str(&format!("\n… and {} more", drafts.len() - DRAFTS_SHOWN));
    }
    Reply::text(fit(html)).with_buttons(buttons)
}

// Incidents and sanctions by hand; `line` and the like are plain text.

/// `undated`: the incident has neither a date nor a report day, so `/region` leaves it out.
pub fn incident_added(id: i64, line: &str, undated: bool) -> Reply {
    let undated = if undated {
        "\nIt has no date and no report day, so /region's recent incidents and totals leave it out; add \
         date= or day= with /editincident to place it in time."
    } else {
        ""
    };
    Reply::text(format!("Added incident {id}: {}{undated}", escape(line)))
}

pub fn no_incident(id: i64) -> Reply {
    Reply::text(format!("There is no incident {id}."))
}

pub fn incident_changed(id: i64, before: &str, after: &str) -> Reply {
    Reply::text(format!("Changed incident {id}:\n{} →\n{}", escape(before), escape(after)))
}

pub fn incident_deleted(id: i64, line: &str) -> Reply {
    Reply::text(format!("Deleted incident {id}: {}", escape(line)))
}

pub fn sanction_added(id: i64, line: &str) -> Reply {
    Reply::text(format!("Added sanctions entry {id}: {}", escape(line)))
}

pub fn no_sanction(id: i64) -> Reply {
    Reply::text(format!("There is no sanctions entry {id}."))
}

pub fn sanction_changed(id: i64, before: &str, after: &str) -> Reply {
    Reply::text(format!("Changed sanctions entry {id}:\n{} →\n{}", escape(before), escape(after)))
}

pub fn sanction_deleted(id: i64, line: &str) -> Reply {
    Reply::text(format!("Deleted sanctions entry {id}: {}", escape(line)))
}

// The team.

/// `/admin list`: the owners (from `WARBRIEF_ADMINS`) and the admins they added.
pub fn admins(owners: &[i64], admins: &[i64]) -> Reply {
    let list = |ids: &[i64]| {
        if ids.is_empty() { "none".to_owned() } else { ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ") }
    };
    Reply::text(fit(format!("<b>Owners</b> (WARBRIEF_ADMINS): {}\n<b>Admins</b>: {}", list(owners), list(admins))))
}

pub fn owners_only() -> Reply {
    Reply::text("Only owners (WARBRIEF_ADMINS) can add or remove admins.")
}

pub fn admin_added(id: i64) -> Reply {
    Reply::text(format!(
        "User {id} is now an admin. Their chat shows the admin commands once they have started the bot."
    ))
}

pub fn already_admin(id: i64) -> Reply {
    Reply::text(format!("User {id} already is an admin."))
}

pub fn admin_removed(id: i64) -> Reply {
    Reply::text(format!("User {id} is no longer an admin."))
}

pub fn owner_not_removed(id: i64) -> Reply {
    Reply::text(format!("User {id} is an owner; owners are set in WARBRIEF_ADMINS."))
}

pub fn not_an_admin(id: i64) -> Reply {
    Reply::text(format!("User {id} was not an admin."))
}

// What maintainers read back.

/// `/audit`: the latest changes, newest first.
pub fn audit_log(entries: &[AuditEntry]) -> Reply {
    if entries.is_empty() {
        return Reply::text("No changes have been recorded yet.");
    }
    let mut html = format!("<b>The latest {} change{}</b>", entries.len(), if entries.len() == 1 { "" } else { "s" });
    for entry in entries {
        let who = entry.actor.map_or_else(|| "console".to_owned(), |id| format!("user {id}"));
        let mut line = format!(
            "\n• {} · {who} · {} · {}",
            entry.at.format("%Y-%m-%d %H:%M UTC"),
            escape(&entry.action),
            escape(&entry.subject)
        );
        match (&entry.before, &entry.after) {
            (Some(before), Some(after)) => {
                line.push_str(&format!(": {} → {}", escape(&truncate(before, 120)), escape(&truncate(after, 120))))
            }
            (None, Some(after)) => line.push_str(&format!(": {}", escape(&truncate(after, 160)))),
            (Some(before), None) => line.push_str(&format!(": was {}", escape(&truncate(before, 160)))),
            (None, None) => {}
        }
        html.push_str(&line);
    }
    Reply::text(fit(html))
}

/// What `/stats` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StatsView {
    pub active_subscribers: u64,
    /// Blocked the bot or unsubscribed.
    pub inactive_subscribers: u64,
    pub published: u64,
    pub drafts: u64,
    pub incidents: u64,
    pub sanctions: u64,
    /// Deliveries in the last 24 hours.
    pub sent: u64,
    pub failed: u64,
    pub waiting: u64,
}

pub fn stats(view: &StatsView) -> Reply {
    Reply::text(format!(
        "<b>warbrief statistics</b>\n\
         Subscribers: {} active, {} inactive (blocked or unsubscribed)\n\
         Reports: {} published, {} draft{}\n\
         Incidents visible: {}\n\
         Sanctions entries: {}\n\
         Deliveries in the last 24 h: {} sent, {} failed; {} waiting",
        view.active_subscribers,
        view.inactive_subscribers,
        view.published,
        view.drafts,
        if view.drafts == 1 { "" } else { "s" },
        view.incidents,
        view.sanctions,
        view.sent,
        view.failed,
        view.waiting,
    ))
}

/// `/export`: the file, captioned "12 incidents, as CSV." (`what` is "incidents", "reports" or "sanctions").
pub fn export(rows: usize, what: &str, extension: &str, file: Document) -> Reply {
    let caption = format!("{rows} {}, as {}.", escape(what), escape(&extension.to_uppercase()));
    Reply::text(fit_lines(caption, crate::html::CAPTION_LIMIT)).with_document(file)
}

/// "1 chat", "3 chats"
fn plural(n: impl Into<u64>, noun: &str) -> String {
    let n = n.into();
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

/// Cuts a long admin message at a line boundary so it stays within one Telegram message (with room to spare
/// for a line the caller may add).
fn fit(html: String) -> String {
    fit_lines(html, MESSAGE_LIMIT - 17)
}
