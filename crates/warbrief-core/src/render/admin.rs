//! What maintainers read: usage lines and `/adminhelp`, report previews and confirmations, incidents and
//! sanctions entered by hand, the admins list, the audit log, statistics and the export's caption.
//!
//! Everything a maintainer typed or a report contains is escaped here; long answers are cut at a line
//! boundary to stay within one message.

use super::i18n::{Arg, t, t_args};
use super::posts::region_name;
use super::{Action, Button, Document, Reply, long_date};
use crate::extract::ExtractedIncident;
use crate::gazetteer;
use crate::html::{MESSAGE_LIMIT, escape, fit_lines, truncate};
use crate::parse::ParsedReport;
use crate::{AuditEntry, DayNumber, Incident, Lang, RegionCode, Report, ReportStatus, SanctionStatus, SanctionsEntry};

/// The refusal everyone but maintainers hears when they try a maintainer's command (or forward a post).
pub fn maintainers_only(lang: Lang) -> Reply {
    Reply::text(maintainers_only_text(lang))
}

/// [`maintainers_only`]'s text.
pub fn maintainers_only_text(lang: Lang) -> String {
    t(lang, "admin-maintainers-only")
}

/// Incident lines shown in a report preview before "… and N more".
const PREVIEW_INCIDENTS: usize = 25;
/// Drafts listed by `/drafts`, each with its buttons.
const DRAFTS_SHOWN: usize = 20;

pub fn button_refused(lang: Lang) -> Reply {
    Reply::text(t(lang, "admin-button-refused"))
}

/// What was wrong with a maintainer's command: the first line of its usage answer. Values are plain text as
/// the maintainer typed them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    WhichDay,
    /// `/digest` without `now`.
    DigestNow,
    GiveIncidentFields,
    GiveRegionOrKnownPlace,
    NoReportForDay(DayNumber),
    WhichIncident,
    WhichFields,
    IncidentNumberOnly,
    NotACount(String),
    NotADate(String),
    UnknownPlace(String),
    NotADayNumber(String),
    UnknownIncidentField(String),
    /// A region name the gazetteer doesn't know, and the regions it may mean.
    RegionDidYouMean(String, Vec<RegionCode>),
    UnknownRegion(String),
    /// A field's value is longer than `max` characters.
    TooLong {
        field: &'static str,
        max: usize,
    },
    /// `/audit`'s count is not from 1 to `max`.
    AuditCount {
        max: u32,
    },
    ExportWhat,
    ExportDates,
    FieldMissing(&'static str),
    WhichEntry,
    EntryNumberOnly,
    UnknownAuthority,
    UnknownSanctionStatus,
    Empty(&'static str),
    NotAUrl(String),
    UnknownSanctionField(String),
    AdminAddOrRemove,
    AdminVerb,
    /// A word of a `key=value` command that is not `key=value` (as typed, cut short).
    NotKeyValue(String),
    /// A quoted value whose quote is not closed: the key.
    UnclosedQuote(String),
    /// A key given twice.
    FieldTwice(String),
}

impl Problem {
    /// The problem in `lang`; HTML.
    fn words(&self, lang: Lang) -> String {
        let value = |key: &str, value: &str| t_args(lang, key, &[("value", Arg::text(value))]);
        let field = |key: &str, field: &str| t_args(lang, key, &[("field", Arg::text(field))]);
        match self {
            Problem::WhichDay => t(lang, "admin-problem-which-day"),
            Problem::DigestNow => t(lang, "admin-problem-digest-now"),
            Problem::GiveIncidentFields => t(lang, "admin-problem-give-incident-fields"),
            Problem::GiveRegionOrKnownPlace => t(lang, "admin-problem-give-region-or-known-place"),
            Problem::NoReportForDay(day) => t_args(lang, "admin-problem-no-report-for-day", &[("day", day_arg(*day))]),
            Problem::WhichIncident => t(lang, "admin-problem-which-incident"),
            Problem::WhichFields => t(lang, "admin-problem-which-fields"),
            Problem::IncidentNumberOnly => t(lang, "admin-problem-incident-number-only"),
            Problem::NotACount(count) => value("admin-problem-not-a-count", &truncate(count, 20)),
            Problem::NotADate(date) => value("admin-problem-not-a-date", &truncate(date, 20)),
            Problem::UnknownPlace(place) => value("admin-problem-unknown-place", &truncate(place, 40)),
            Problem::NotADayNumber(day) => value("admin-problem-not-a-day-number", &truncate(day, 20)),
            Problem::UnknownIncidentField(name) => field("admin-problem-unknown-incident-field", name),
            Problem::RegionDidYouMean(region, choices) => {
                let or = format!(" {} ", t(lang, "admin-problem-or"));
                let choices = choices
                    .iter()
                    .map(|region| match lang {
                        Lang::En => gazetteer::region_label(*region),
                        Lang::Uk => gazetteer::region_name_uk(*region).to_owned(),
                    })
                    .map(|label| escape(&label))
                    .collect::<Vec<_>>()
                    .join(&or);
                t_args(
                    lang,
                    "admin-problem-region-did-you-mean",
                    &[("value", Arg::text(&truncate(region, 40))), ("choices", Arg::html(choices))],
                )
            }
            Problem::UnknownRegion(region) => value("admin-problem-unknown-region", &truncate(region, 40)),
            Problem::TooLong { field, max } => t_args(
                lang,
                "admin-problem-too-long",
                &[("field", Arg::text(field)), ("max", Arg::number(*max as f64))],
            ),
            Problem::AuditCount { max } => t_args(lang, "admin-problem-audit-count", &[("max", Arg::number(*max))]),
            Problem::ExportWhat => t(lang, "admin-problem-export-what"),
            Problem::ExportDates => t(lang, "admin-problem-export-dates"),
            Problem::FieldMissing(name) => field("admin-problem-field-missing", name),
            Problem::WhichEntry => t(lang, "admin-problem-which-entry"),
            Problem::EntryNumberOnly => t(lang, "admin-problem-entry-number-only"),
            Problem::UnknownAuthority => t(lang, "admin-problem-unknown-authority"),
            Problem::UnknownSanctionStatus => t(lang, "admin-problem-unknown-sanction-status"),
            Problem::Empty(name) => field("admin-problem-empty", name),
            Problem::NotAUrl(url) => value("admin-problem-not-a-url", &truncate(url, 40)),
            Problem::UnknownSanctionField(name) => field("admin-problem-unknown-sanction-field", name),
            Problem::AdminAddOrRemove => t(lang, "admin-problem-admin-add-or-remove"),
            Problem::AdminVerb => t(lang, "admin-problem-admin-verb"),
            Problem::NotKeyValue(word) => t_args(lang, "admin-problem-not-key-value", &[("word", Arg::text(word))]),
            Problem::UnclosedQuote(key) => t_args(lang, "admin-problem-unclosed-quote", &[("key", Arg::text(key))]),
            Problem::FieldTwice(key) => t_args(lang, "admin-problem-field-twice", &[("key", Arg::text(key))]),
        }
    }
}

/// A usage line with an example, for a command given the wrong arguments. `description` (the command's, in
/// `lang`: [`command_description`]) and `example` are plain text.
pub fn usage(lang: Lang, command: &str, problem: &Problem, description: &str, example: &str) -> Reply {
    Reply::text(t_args(
        lang,
        "admin-usage",
        &[
            ("problem", Arg::html(problem.words(lang))),
            ("command", Arg::text(command)),
            ("description", Arg::text(description)),
            ("example", Arg::text(example)),
        ],
    ))
}

/// What a command does, in `lang`, as /adminhelp and usage answers say it: the message `command-<name>`
/// (`locales/*/commands.ftl`), plain text. Only for the commands that have one.
pub fn command_description(lang: Lang, name: &str) -> String {
    t(lang, &format!("command-{name}"))
}

/// `/adminhelp`: `commands` are (name without the slash, description in `lang`, example), from the command
/// table; descriptions and examples are plain text.
pub fn help(lang: Lang, commands: &[(&str, &str, &str)]) -> Reply {
    let mut html = t(lang, "admin-help-title");
    for (command, description, example) in commands {
        html.push_str(&format!("\n\n/{} — {}\n<code>{}</code>", escape(command), escape(description), escape(example)));
    }
    html.push_str("\n\n");
    html.push_str(&t(lang, "admin-help-fields"));
    Reply::text(fit(html))
}

// Reports.

pub fn add_report_usage(lang: Lang) -> Reply {
    Reply::text(t(lang, "admin-add-report-usage"))
}

/// The text could not be taken at all (empty, binary, too large); `error` is plain text.
pub fn report_unusable(lang: Lang, error: &str) -> Reply {
    Reply::text(t_args(lang, "admin-report-unusable", &[("error", Arg::text(error))]))
}

/// The text did not parse as a report; `error` is plain text.
pub fn report_unreadable(lang: Lang, error: &str) -> Reply {
    Reply::text(t_args(lang, "admin-report-unreadable", &[("error", Arg::text(error))]))
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

pub fn replacement_preview(lang: Lang, view: &ReplacementView<'_>) -> Reply {
    let current = view.current;
    let new = &view.parsed.report;
    let mut html = t_args(
        lang,
        "admin-day-already-has-report",
        &[("day", day_arg(new.day)), ("status", Arg::text(&current.status.to_string()))],
    );
    html.push('\n');
    html.push_str(&change_line(lang, "admin-change-title", &current.title, &new.title));
    let sections = (current.sections.len().to_string(), new.sections.len().to_string());
    html.push_str(&change_line(lang, "admin-change-sections", &sections.0, &sections.1));
    let incidents = (view.current_incidents.to_string(), view.incidents.len().to_string());
    html.push_str(&change_line(lang, "admin-change-incidents", &incidents.0, &incidents.1));
    html.push('\n');
    html.push_str(&preview_body(lang, view.parsed, view.incidents));
    Reply::text(fit(html)).with_buttons(vec![vec![
        Button::new(t(lang, "admin-button-replace"), Action::ApplyPending(view.pending)),
        Button::new(t(lang, "admin-button-keep-current"), Action::DropPending(view.pending)),
    ]])
}

/// A report saved as a draft: its preview, with Publish and Discard.
pub fn draft_preview(lang: Lang, parsed: &ParsedReport, incidents: &[ExtractedIncident]) -> Reply {
    let day = parsed.report.day;
    let html = format!("{}\n{}", t(lang, "admin-draft-saved"), preview_body(lang, parsed, incidents));
    Reply::text(fit(html)).with_buttons(vec![vec![
        Button::new(t(lang, "admin-button-publish"), Action::Publish(day)),
        Button::new(t(lang, "admin-button-discard"), Action::Discard(day)),
    ]])
}

/// Title, day and date, sections, incidents one a line, warnings.
fn preview_body(lang: Lang, parsed: &ParsedReport, incidents: &[ExtractedIncident]) -> String {
    let report = &parsed.report;
    // One line, as a parsed title always is: `fit` cuts between lines, never inside the bold.
    let mut html = format!("<b>{}</b>\n", escape(&super::headline(lang, report).replace('\n', " ")));
    html.push_str(&t_args(
        lang,
        "admin-preview-counts",
        &[
            ("date", Arg::html(long_date(lang, report.date()))),
            ("sections", count(report.sections.len())),
            ("incidents", count(incidents.len())),
        ],
    ));
    for extracted in incidents.iter().take(PREVIEW_INCIDENTS) {
        html.push_str(&format!("\n• {}", incident_line(lang, &extracted.incident, None)));
    }
    if incidents.len() > PREVIEW_INCIDENTS {
        html.push('\n');
        html.push_str(&t_args(lang, "admin-and-more", &[("count", count(incidents.len() - PREVIEW_INCIDENTS))]));
    }
    if parsed.warnings.is_empty() {
        html.push('\n');
        html.push_str(&t(lang, "admin-no-warnings"));
    } else {
        for warning in &parsed.warnings {
            html.push_str(&format!("\n⚠️ {}", escape(warning)));
        }
    }
    html
}

/// "• title: old → new", or "• title: unchanged"; `what` is the key of what changed, values are plain text.
fn change_line(lang: Lang, what: &str, before: &str, after: &str) -> String {
    let what = Arg::html(t(lang, what));
    let mut line = if before == after {
        t_args(lang, "admin-change-unchanged", &[("what", what)])
    } else {
        t_args(
            lang,
            "admin-change",
            &[("what", what), ("before", Arg::text(&truncate(before, 80))), ("after", Arg::text(&truncate(after, 80)))],
        )
    };
    line.push('\n');
    line
}

/// "2023-02-01 · Kramatorsk, Donetsk · 3+ killed, 20 wounded · Iskander-K missile". Plain English text: for
/// the audit log and the console; maintainers' replies show [`incident_line`].
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

/// [`incident_text`] in `lang`, with the name of the post it came from if any ("… · from Kharkiv Regional
/// Administration"); HTML.
pub fn incident_line(lang: Lang, incident: &Incident, source: Option<&str>) -> String {
    let date = incident.date.map_or_else(|| t(lang, "admin-incident-date-unknown"), |date| date.to_string());
    let region = region_name(lang, incident.region);
    let place = match &incident.place {
        Some(place) => format!("{place}, {region}"),
        None => region.to_owned(),
    };
    let mut line = t_args(
        lang,
        "admin-incident-line",
        &[
            ("date", Arg::text(&date)),
            ("place", Arg::text(&place)),
            ("killed", Arg::text(&incident.killed.to_string())),
            ("wounded", Arg::text(&incident.wounded.to_string())),
        ],
    );
    if let Some(weapon) = &incident.weapon {
        line.push_str(&format!(" · {}", escape(weapon)));
    }
    if let Some(source) = source {
        line.push_str(" · ");
        line.push_str(&t_args(lang, "admin-incident-from", &[("source", Arg::text(source))]));
    }
    line
}

/// The "Keep current" button: the pending text of `day` was dropped.
pub fn replacement_dropped(lang: Lang, day: DayNumber) -> Reply {
    Reply::text(t_args(lang, "admin-replacement-dropped", &[("day", day_arg(day))]))
}

pub fn replacement_gone(lang: Lang) -> Reply {
    Reply::text(t(lang, "admin-replacement-gone"))
}

pub fn replacement_unreadable(lang: Lang) -> Reply {
    Reply::text(t(lang, "admin-replacement-unreadable"))
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
fn queued_words(lang: Lang, queued: Queued) -> String {
    let mut said = String::new();
    if queued.alerts > 0 {
        said.push(' ');
        said.push_str(&t_args(lang, "admin-alerts-queued", &[("count", Arg::number(queued.alerts as f64))]));
    }
    if queued.channel {
        said.push(' ');
        said.push_str(&t(lang, "admin-queued-for-channel"));
    }
    said
}

pub fn replaced_published(lang: Lang, day: DayNumber, queued: Queued) -> Reply {
    let said = t_args(lang, "admin-replaced-published", &[("day", day_arg(day))]);
    Reply::text(said + &queued_words(lang, queued))
}

pub fn draft_discarded(lang: Lang, day: DayNumber) -> Reply {
    Reply::text(t_args(lang, "admin-draft-discarded", &[("day", day_arg(day))]))
}

pub fn discard_published(lang: Lang, day: DayNumber) -> Reply {
    Reply::text(t_args(lang, "admin-discard-published", &[("day", day_arg(day))]))
}

pub fn no_draft(lang: Lang, day: DayNumber) -> Reply {
    Reply::text(t_args(lang, "admin-no-draft", &[("day", day_arg(day))]))
}

pub fn no_report(lang: Lang, day: DayNumber) -> Reply {
    Reply::text(t_args(lang, "admin-no-report", &[("day", day_arg(day))]))
}

pub fn status_unchanged(lang: Lang, day: DayNumber, status: ReportStatus) -> Reply {
    Reply::text(t_args(
        lang,
        "admin-status-unchanged",
        &[("day", day_arg(day)), ("status", Arg::text(&status.to_string()))],
    ))
}

pub fn published(lang: Lang, day: DayNumber, queued: Queued) -> Reply {
    let said = t_args(lang, "admin-published", &[("day", day_arg(day))]);
    Reply::text(said + &queued_words(lang, queued))
}

pub fn unpublished(lang: Lang, day: DayNumber) -> Reply {
    Reply::text(t_args(lang, "admin-unpublished", &[("day", day_arg(day))]))
}

pub fn no_digest(lang: Lang) -> Reply {
    Reply::text(t(lang, "admin-no-digest"))
}

pub fn digest_queued(lang: Lang, day: DayNumber, chats: u64) -> Reply {
    Reply::text(t_args(lang, "admin-digest-queued", &[("day", day_arg(day)), ("count", Arg::number(chats as f64))]))
}

/// `/drafts`: (day, title), each with Publish and Discard buttons.
pub fn drafts(lang: Lang, drafts: &[(DayNumber, String)]) -> Reply {
    if drafts.is_empty() {
        return Reply::text(t(lang, "admin-no-drafts"));
    }
    let mut html = t_args(lang, "admin-drafts-title", &[("count", count(drafts.len()))]);
    let mut buttons = Vec::new();
    for (day, title) in drafts.iter().take(DRAFTS_SHOWN) {
        html.push('\n');
        html.push_str(&t_args(
            lang,
            "admin-draft-line",
            &[("day", day_arg(*day)), ("title", Arg::text(&truncate(title, 80)))],
        ));
        buttons.push(vec![
            Button::new(t_args(lang, "admin-button-publish-day", &[("day", day_arg(*day))]), Action::Publish(*day)),
            Button::new(t_args(lang, "admin-button-discard-day", &[("day", day_arg(*day))]), Action::Discard(*day)),
        ]);
    }
    if drafts.len() > DRAFTS_SHOWN {
        html.push('\n');
        html.push_str(&t_args(lang, "admin-and-more", &[("count", count(drafts.len() - DRAFTS_SHOWN))]));
    }
    Reply::text(fit(html)).with_buttons(buttons)
}

// Incidents and sanctions by hand; an incident's `source` is the name of the post it came from.

/// `undated`: the incident has neither a date nor a report day, so `/region` leaves it out.
pub fn incident_added(lang: Lang, id: i64, incident: &Incident) -> Reply {
    let mut html = t_args(
        lang,
        "admin-incident-added",
        &[("id", id_arg(id)), ("line", Arg::html(incident_line(lang, incident, None)))],
    );
    if incident.date.is_none() && incident.report_day.is_none() {
        html.push('\n');
        html.push_str(&t(lang, "admin-incident-undated"));
    }
    Reply::text(html)
}

pub fn no_incident(lang: Lang, id: i64) -> Reply {
    Reply::text(t_args(lang, "admin-no-incident", &[("id", id_arg(id))]))
}

pub fn incident_changed(lang: Lang, id: i64, before: &Incident, after: &Incident, source: Option<&str>) -> Reply {
    Reply::text(t_args(
        lang,
        "admin-incident-changed",
        &[
            ("id", id_arg(id)),
            ("before", Arg::html(incident_line(lang, before, source))),
            ("after", Arg::html(incident_line(lang, after, source))),
        ],
    ))
}

pub fn incident_deleted(lang: Lang, id: i64, incident: &Incident, source: Option<&str>) -> Reply {
    Reply::text(t_args(
        lang,
        "admin-incident-deleted",
        &[("id", id_arg(id)), ("line", Arg::html(incident_line(lang, incident, source)))],
    ))
}

/// "2023-02-25 · EU · 10th package (adopted)"; HTML.
pub fn sanction_line(lang: Lang, entry: &SanctionsEntry) -> String {
    let status = match entry.status {
        SanctionStatus::Proposed => "admin-sanction-proposed",
        SanctionStatus::Adopted => "admin-sanction-adopted",
        SanctionStatus::InForce => "admin-sanction-in-force",
        SanctionStatus::Extended => "admin-sanction-extended",
        SanctionStatus::Lifted => "admin-sanction-lifted",
    };
    t_args(
        lang,
        "admin-sanction-line",
        &[
            ("date", Arg::text(&entry.date.to_string())),
            ("authority", Arg::text(&entry.authority.to_string())),
            ("title", Arg::text(&entry.title)),
            ("status", Arg::html(t(lang, status))),
        ],
    )
}

pub fn sanction_added(lang: Lang, id: i64, entry: &SanctionsEntry) -> Reply {
    let line = Arg::html(sanction_line(lang, entry));
    Reply::text(t_args(lang, "admin-sanction-added", &[("id", id_arg(id)), ("line", line)]))
}

pub fn no_sanction(lang: Lang, id: i64) -> Reply {
    Reply::text(t_args(lang, "admin-no-sanction", &[("id", id_arg(id))]))
}

pub fn sanction_changed(lang: Lang, id: i64, before: &SanctionsEntry, after: &SanctionsEntry) -> Reply {
    Reply::text(t_args(
        lang,
        "admin-sanction-changed",
        &[
            ("id", id_arg(id)),
            ("before", Arg::html(sanction_line(lang, before))),
            ("after", Arg::html(sanction_line(lang, after))),
        ],
    ))
}

pub fn sanction_deleted(lang: Lang, id: i64, entry: &SanctionsEntry) -> Reply {
    let line = Arg::html(sanction_line(lang, entry));
    Reply::text(t_args(lang, "admin-sanction-deleted", &[("id", id_arg(id)), ("line", line)]))
}

// The team.

/// `/admin list`: the owners (from `WARBRIEF_ADMINS`) and the admins they added.
pub fn admins(lang: Lang, owners: &[i64], admins: &[i64]) -> Reply {
    let list = |ids: &[i64]| {
        Arg::html(if ids.is_empty() {
            t(lang, "admin-team-none")
        } else {
            ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ")
        })
    };
    Reply::text(fit(t_args(lang, "admin-team", &[("owners", list(owners)), ("admins", list(admins))])))
}

pub fn owners_only(lang: Lang) -> Reply {
    Reply::text(t(lang, "admin-owners-only"))
}

pub fn admin_added(lang: Lang, id: i64) -> Reply {
    Reply::text(t_args(lang, "admin-admin-added", &[("id", id_arg(id))]))
}

pub fn already_admin(lang: Lang, id: i64) -> Reply {
    Reply::text(t_args(lang, "admin-already-admin", &[("id", id_arg(id))]))
}

pub fn admin_removed(lang: Lang, id: i64) -> Reply {
    Reply::text(t_args(lang, "admin-admin-removed", &[("id", id_arg(id))]))
}

pub fn owner_not_removed(lang: Lang, id: i64) -> Reply {
    Reply::text(t_args(lang, "admin-owner-not-removed", &[("id", id_arg(id))]))
}

pub fn not_an_admin(lang: Lang, id: i64) -> Reply {
    Reply::text(t_args(lang, "admin-not-an-admin", &[("id", id_arg(id))]))
}

// What maintainers read back.

/// `/audit`: the latest changes, newest first. Actions, subjects and values are as recorded.
pub fn audit_log(lang: Lang, entries: &[AuditEntry]) -> Reply {
    if entries.is_empty() {
        return Reply::text(t(lang, "admin-no-changes"));
    }
    let mut html = t_args(lang, "admin-audit-title", &[("count", count(entries.len()))]);
    for entry in entries {
        let who = entry.actor.map_or_else(
            || t(lang, "admin-audit-console"),
            |id| t_args(lang, "admin-audit-user", &[("id", id_arg(id))]),
        );
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
            (Some(before), None) => {
                let was = t_args(lang, "admin-audit-was", &[("before", Arg::text(&truncate(before, 160)))]);
                line.push_str(&format!(": {was}"));
            }
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

pub fn stats(lang: Lang, view: &StatsView) -> Reply {
    let n = |n: u64| Arg::number(n as f64);
    Reply::text(t_args(
        lang,
        "admin-stats",
        &[
            ("active", n(view.active_subscribers)),
            ("inactive", n(view.inactive_subscribers)),
            ("published", n(view.published)),
            ("drafts", n(view.drafts)),
            ("incidents", n(view.incidents)),
            ("sanctions", n(view.sanctions)),
            ("sent", n(view.sent)),
            ("failed", n(view.failed)),
            ("waiting", n(view.waiting)),
        ],
    ))
}

/// `/export`: the file, captioned "12 incidents, as CSV." (`what` is "incidents", "reports" or "sanctions").
pub fn export(lang: Lang, rows: usize, what: &str, extension: &str, file: Document) -> Reply {
    let caption = t_args(
        lang,
        "admin-export-caption",
        &[("rows", count(rows)), ("what", Arg::text(what)), ("format", Arg::text(&extension.to_uppercase()))],
    );
    Reply::text(fit_lines(caption, crate::html::CAPTION_LIMIT)).with_document(file)
}

/// A number argument: a count, which also chooses the plural form.
fn count(n: usize) -> Arg {
    Arg::number(n as f64)
}

/// A day's number, shown as it is.
fn day_arg(day: DayNumber) -> Arg {
    Arg::text(&day.to_string())
}

/// A stored id, shown as it is (not as a number Fluent would format).
fn id_arg(id: i64) -> Arg {
    Arg::text(&id.to_string())
}

/// Cuts a long admin message at a line boundary so it stays within one Telegram message (with room to spare
/// for a line the caller may add).
fn fit(html: String) -> String {
    fit_lines(html, MESSAGE_LIMIT - 17)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::{Authority, Count};

    fn kramatorsk() -> Incident {
        Incident {
            date: NaiveDate::from_ymd_opt(2023, 2, 1),
            region: RegionCode::Donetsk,
            place: Some("Kramatorsk".into()),
            killed: Count::at_least(3),
            wounded: Count::exactly(20),
            weapon: Some("Iskander-K <missile>".into()),
            description: String::new(),
            report_day: None,
        }
    }

    #[test]
    fn incident_and_sanctions_lines_in_each_language() {
        let incident = kramatorsk();
        assert_eq!(incident_line(Lang::En, &incident, None), escape(&incident_text(&incident)));
        assert_eq!(
            incident_line(Lang::Uk, &incident, Some("Донецька ОВА")),
            "2023-02-01 · Kramatorsk, Донецька область · загиблі: 3+, поранені: 20 · Iskander-K &lt;missile&gt; · \
             джерело: Донецька ОВА"
        );
        let undated = Incident { date: None, ..incident };
        assert!(incident_line(Lang::Uk, &undated, None).starts_with("дата невідома · "));

        let entry = SanctionsEntry {
            date: NaiveDate::from_ymd_opt(2023, 2, 25).unwrap(),
            authority: Authority::Eu,
            title: "10th package".into(),
            status: SanctionStatus::InForce,
            summary: String::new(),
            source_url: None,
        };
        assert_eq!(sanction_line(Lang::En, &entry), "2023-02-25 · EU · 10th package (in force)");
        assert_eq!(sanction_line(Lang::Uk, &entry), "2023-02-25 · ЄС · 10th package (чинні)");
    }

    #[test]
    fn ukrainian_counts_take_their_plural_forms() {
        let said = |n: u64| stats(Lang::Uk, &StatsView { drafts: n, ..Default::default() }).html;
        for (n, words) in
            [(1, "1 чернетка"), (2, "2 чернетки"), (5, "5 чернеток"), (11, "11 чернеток"), (21, "21 чернетка")]
        {
            assert!(said(n).contains(&format!("опубліковані — 0, {words}\n")), "{}", said(n));
        }
        let caption = |rows: usize| {
            export(Lang::Uk, rows, "incidents", "csv", Document { file_name: "x.csv".into(), bytes: vec![] }).html
        };
        assert_eq!(caption(1), "1 інцидент, у форматі CSV.");
        assert_eq!(caption(3), "3 інциденти, у форматі CSV.");
        assert_eq!(caption(12), "12 інцидентів, у форматі CSV.");
        assert!(digest_queued(Lang::Uk, DayNumber::new(345).unwrap(), 21).html.contains("для 21 чату;"));
        assert_eq!(
            stats(Lang::En, &StatsView { active_subscribers: 3, drafts: 1, ..Default::default() }).html,
            "<b>warbrief statistics</b>\nSubscribers: 3 active, 0 inactive (blocked or unsubscribed)\nReports: 0 \
             published, 1 draft\nIncidents visible: 0\nSanctions entries: 0\nDeliveries in the last 24 h: 0 sent, 0 \
             failed; 0 waiting"
        );
    }
}
