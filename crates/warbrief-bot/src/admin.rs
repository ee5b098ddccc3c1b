//! Maintainers' commands: reports in (preview, publish, discard, replace), incidents and sanctions by hand,
//! admins, the audit log, statistics and exports. Everyone else is refused and nothing changes.
//!
//! Every change is written with an audit entry (who, when, what, before → after).

use chrono::{DateTime, NaiveDate, Utc};
use warbrief_core::gazetteer::{self, Lookup};
use warbrief_core::html::{MESSAGE_LIMIT, escape, truncate};
use warbrief_core::render::{Action, Button, Document, Reply};
use warbrief_core::{
    AuditEntry, Authority, Count, DayNumber, Incident, RegionCode, ReportStatus, SanctionStatus, SanctionsEntry,
};
use warbrief_storage::StoreError;

use crate::answer::{Answerer, Caller, Role};
use crate::command::{ADMIN_COMMANDS, AdminCommand};
use crate::export;
use crate::fields::parse_fields;
use crate::ingest::{self, Ingested};
use crate::posts::{IncomingPost, PostOrigin, Selection};
use warbrief_core::parse::TextKind;

/// Incident lines shown in a report preview before "… and N more".
const PREVIEW_INCIDENTS: usize = 25;
const AUDIT_DEFAULT: u32 = 10;
const AUDIT_MAX: u32 = 50;

pub(crate) type Answer = Result<Vec<Reply>, StoreError>;

/// What everyone but maintainers hears when they try a maintainer's command (or forward a post).
pub(crate) const MAINTAINERS_ONLY: &str = "Sorry, that command is only for the bot's maintainers.";

pub(crate) fn reply(html: impl Into<String>) -> Answer {
    Ok(vec![Reply::text(html)])
}

/// A usage line with an example, for a command given the wrong arguments.
fn usage(command: &str, problem: &str) -> Answer {
    let (_, description, example) =
        ADMIN_COMMANDS.iter().find(|(name, _, _)| *name == command).expect("every admin command is listed");
    reply(format!(
        "{}\nUsage: /{command} — {}\nExample: <code>{}</code>",
        escape(problem),
        escape(description),
        escape(example)
    ))
}

impl Answerer {
    pub(crate) async fn admin_command(&self, caller: Caller, command: &AdminCommand, now: DateTime<Utc>) -> Answer {
        let role = self.role(caller).await?;
        if role < Role::Admin {
            tracing::warn!(?caller, ?command, "admin command refused");
            return reply(MAINTAINERS_ONLY);
        }
        let audit = AuditContext { actor: caller.user_id(), at: now };
        match command {
            AdminCommand::Help => Ok(vec![admin_help()]),
            AdminCommand::Admins(argument) => self.admins(role, argument, audit).await,
            AdminCommand::AddReport(text) => self.add_report(text, caller, audit).await,
            AdminCommand::Drafts => self.drafts().await,
            AdminCommand::Publish(argument) => match day_argument(argument) {
                Some(day) => self.set_status(day, ReportStatus::Published, audit).await,
                None => usage("publish", "Which day?"),
            },
            AdminCommand::Unpublish(argument) => match day_argument(argument) {
                Some(day) => self.set_status(day, ReportStatus::Draft, audit).await,
                None => usage("unpublish", "Which day?"),
            },
            AdminCommand::AddIncident(argument) => self.add_incident(argument, audit).await,
            AdminCommand::EditIncident(argument) => self.edit_incident(argument, audit).await,
            AdminCommand::DeleteIncident(argument) => self.delete_incident(argument, audit).await,
            AdminCommand::AddSanction(argument) => self.add_sanction(argument, audit).await,
            AdminCommand::EditSanction(argument) => self.edit_sanction(argument, audit).await,
            AdminCommand::DeleteSanction(argument) => self.delete_sanction(argument, audit).await,
            AdminCommand::Audit(argument) => self.audit_log(argument).await,
            AdminCommand::Stats => self.stats(now).await,
            AdminCommand::Export(argument) => self.export(argument, now).await,
            AdminCommand::Digest(argument) => self.digest_now(argument, audit).await,
        }
    }

    pub(crate) async fn admin_action(&self, caller: Caller, action: Action, now: DateTime<Utc>) -> Answer {
        if self.role(caller).await? < Role::Admin {
            tracing::warn!(?caller, ?action, "admin button refused");
            return reply("Sorry, that button is only for the bot's maintainers.");
        }
        let audit = AuditContext { actor: caller.user_id(), at: now };
        match action {
            Action::Publish(day) => self.set_status(day, ReportStatus::Published, audit).await,
            Action::Discard(day) => self.discard(day, audit).await,
            Action::ApplyPending(id) => self.apply_pending(id, audit).await,
            Action::DropPending(id) => match self.store.take_pending_report(id).await? {
                Some((day, _)) => reply(format!("Kept the current report for day {day}; the new text was dropped.")),
                None => reply("That replacement was already applied or dropped."),
            },
            Action::AddPost(id) => self.add_post(id, Selection::Clean, audit).await,
            Action::AddAllPost(id) => self.add_post(id, Selection::All, audit).await,
            Action::DiscardPost(id) => self.discard_post(id, audit).await,
            _ => unreachable!("only admin actions are routed here"),
        }
    }

    pub(crate) async fn record(
        &self,
        audit: AuditContext,
        action: &str,
        subject: String,
        before: Option<String>,
        after: Option<String>,
    ) {
        let entry = AuditEntry { at: audit.at, actor: audit.actor, action: action.to_owned(), subject, before, after };
        // The change is made; a failure to log it must be seen by operators but not undo it.
        if let Err(error) = self.store.record_audit(&entry).await {
            tracing::error!(error = %crate::error_chain(&error), ?entry, "audit entry not written");
        }
    }

    async fn admins(&self, role: Role, argument: &str, audit: AuditContext) -> Answer {
        let words: Vec<&str> = argument.split_whitespace().collect();
        if words.first() == Some(&"list") || words.is_empty() {
            let admins = self.store.admins().await?;
            let owners: Vec<String> = self.owners.iter().map(i64::to_string).collect();
            let admins: Vec<String> = admins.iter().map(i64::to_string).collect();
            return reply(format!(
                "<b>Owners</b> (WARBRIEF_ADMINS): {}\n<b>Admins</b>: {}",
                if owners.is_empty() { "none".to_owned() } else { owners.join(", ") },
                if admins.is_empty() { "none".to_owned() } else { admins.join(", ") }
            ));
        }
        if role < Role::Owner {
            return reply("Only owners (WARBRIEF_ADMINS) can add or remove admins.");
        }
        let id = match words.as_slice() {
            [_, id] => id.parse::<i64>().ok().filter(|id| *id > 0),
            _ => None,
        };
        let Some(id) = id else {
            return usage("admin", "Give add or remove and a Telegram user id (a positive number).");
        };
        match words[0] {
            "add" => {
                if self.store.add_admin(id, audit.actor, audit.at).await? {
                    self.record(audit, "add_admin", format!("user {id}"), None, Some("admin".into())).await;
                    reply(format!(
                        "User {id} is now an admin. Their chat shows the admin commands once they have started the bot."
                    ))
                } else {
                    reply(format!("User {id} already is an admin."))
                }
            }
            "remove" => {
                if self.store.remove_admin(id).await? {
                    self.record(audit, "remove_admin", format!("user {id}"), Some("admin".into()), None).await;
                    reply(format!("User {id} is no longer an admin."))
                } else if self.owners.contains(&id) {
                    reply(format!("User {id} is an owner; owners are set in WARBRIEF_ADMINS."))
                } else {
                    reply(format!("User {id} was not an admin."))
                }
            }
            _ => usage("admin", "Give add, remove or list."),
        }
    }

    pub(crate) async fn add_report(&self, text: &str, caller: Caller, audit: AuditContext) -> Answer {
        if text.trim().is_empty() {
            return reply(
                "Send the report after the command (<code>/addreport Day 345: …</code>), reply to a message that \
                 holds it with /addreport, or upload it as a .txt or .md file with the caption /addreport.",
            );
        }
        let text = match ingest::report_text(text.as_bytes().to_vec()) {
            Ok(text) => text,
            Err(error) => return reply(format!("I can't use that report: {}.", escape(&error.to_string()))),
        };
        let ingested = match ingest::ingest(&text, Some(self.today_date(audit.at))) {
            Ok(ingested) => ingested,
            Err(error) => return reply(format!("I can't read that report: {}.", escape(&error.to_string()))),
        };
        // An article stored as a report would stand in for (and replace) the daily report of its date: its
        // incidents go through the post preview instead.
        if ingested.parsed.kind == TextKind::Article {
            let post = IncomingPost { origin: PostOrigin::Pasted, text, date: audit.at };
            return self.preview_post(post, &ingested.parsed.report.title, audit).await;
        }
        let day = ingested.parsed.report.day;
        if let Some(existing) = self.store.report(day).await? {
            let current_incidents = self.store.report_incidents(day).await?.len();
            let pending = self.store.add_pending_report(day, &text, caller.user_id(), audit.at).await?;
            let mut html =
                format!("<b>Day {day} already has a report</b> ({}). Replacing it would change:\n", existing.status);
            html.push_str(&change_line("title", &existing.title, &ingested.parsed.report.title));
            html.push_str(&change_line(
                "sections",
                &existing.sections.len().to_string(),
                &ingested.parsed.report.sections.len().to_string(),
            ));
            html.push_str(&change_line(
                "incidents",
                &current_incidents.to_string(),
                &ingested.incidents.len().to_string(),
            ));
            html.push('\n');
            html.push_str(&preview_body(&ingested));
            let buttons = vec![vec![
                Button::new("Replace", Action::ApplyPending(pending)),
                Button::new("Keep current", Action::DropPending(pending)),
            ]];
            return Ok(vec![Reply::text(fit(html)).with_buttons(buttons)]);
        }
        self.save_draft(ingested, audit, "add_report").await
    }

    async fn save_draft(&self, mut ingested: Ingested, audit: AuditContext, action: &str) -> Answer {
        ingested.parsed.report.status = ReportStatus::Draft;
        let report = &ingested.parsed.report;
        let incidents: Vec<Incident> = ingested.incidents.iter().map(|e| e.incident.clone()).collect();
        self.store.save_report_with_incidents(report, &incidents, audit.at).await?;
        self.record(
            audit,
            action,
            format!("day {}", report.day),
            None,
            Some(format!("draft: {} ({})", report.headline(), plural(incidents.len(), "incident"))),
        )
        .await;
        Ok(vec![draft_preview(&ingested)])
    }

    async fn apply_pending(&self, id: i64, audit: AuditContext) -> Answer {
        let Some((day, text)) = self.store.take_pending_report(id).await? else {
            return reply("That replacement was already applied or dropped.");
        };
        let mut ingested = match ingest::ingest(&text, Some(self.today_date(audit.at))) {
            Ok(ingested) if ingested.parsed.report.day == day => ingested,
            _ => return reply("The pending text no longer reads as that day's report; nothing changed."),
        };
        let before = self.store.report(day).await?;
        // A correction to a published report stays published.
        let status = before.as_ref().map_or(ReportStatus::Draft, |report| report.status);
        ingested.parsed.report.status = status;
        let incidents: Vec<Incident> = ingested.incidents.iter().map(|e| e.incident.clone()).collect();
        self.store.save_report_with_incidents(&ingested.parsed.report, &incidents, audit.at).await?;
        self.record(
            audit,
            "replace_report",
            format!("day {day}"),
            before.map(|report| report.headline()),
            Some(format!("{} ({})", ingested.parsed.report.headline(), plural(incidents.len(), "incident"))),
        )
        .await;
        if status == ReportStatus::Published {
            let announced = self.announce(day, audit.at).await?;
            reply(format!("Replaced the published report for day {day}; subscribers see the new text.{announced}"))
        } else {
            Ok(vec![draft_preview(&ingested)])
        }
    }

    async fn discard(&self, day: DayNumber, audit: AuditContext) -> Answer {
        match self.store.report(day).await? {
            Some(report) if report.status == ReportStatus::Draft => {
                self.store.delete_report(day).await?;
                self.record(audit, "discard_report", format!("day {day}"), Some(report.headline()), None).await;
                reply(format!("Discarded the draft for day {day}."))
            }
            Some(_) => reply(format!("Day {day} is published; use /unpublish {day} first if you mean to remove it.")),
            None => reply(format!("There is no draft for day {day}.")),
        }
    }

    async fn set_status(&self, day: DayNumber, status: ReportStatus, audit: AuditContext) -> Answer {
        let Some(report) = self.store.report(day).await? else {
            return reply(format!("There is no report for day {day}."));
        };
        if report.status == status {
            return reply(format!("Day {day} already is {status}."));
        }
        self.store.set_report_status(day, status, audit.at).await?;
        let action = if status == ReportStatus::Published { "publish_report" } else { "unpublish_report" };
        self.record(audit, action, format!("day {day}"), Some(report.status.to_string()), Some(status.to_string()))
            .await;
        reply(match status {
            ReportStatus::Published => {
                let announced = self.announce(day, audit.at).await?;
                format!("Published day {day}. It is visible in /today, /day {day} and /region from now on.{announced}")
            }
            ReportStatus::Draft => format!("Day {day} is a draft again; subscribers no longer see it."),
        })
    }

    /// Hands a just-published report to delivery: region alerts, and the channel. Returns a sentence for the
    /// maintainer's confirmation (empty when nothing was queued).
    async fn announce(&self, day: DayNumber, now: DateTime<Utc>) -> Result<String, StoreError> {
        let queued = crate::publishing::announce(&self.store, day, self.channel, now).await?;
        let mut said = String::new();
        if queued.alerts > 0 {
            said.push_str(&format!(" Region alerts queued for {}.", plural(queued.alerts as usize, "chat")));
        }
        if queued.channel {
            said.push_str(" Queued for the channel.");
        }
        Ok(said)
    }

    async fn digest_now(&self, argument: &str, audit: AuditContext) -> Answer {
        if !argument.trim().eq_ignore_ascii_case("now") {
            return usage(
                "digest",
                "Digests go out by themselves at each subscriber's time; 'now' sends them at once.",
            );
        }
        match crate::publishing::digest_now(&self.store, audit.at).await? {
            None => reply("No report is published yet, so there is no digest to send."),
            Some((day, queued)) => {
                self.record(audit, "digest_now", format!("day {day}"), None, Some(plural(queued as usize, "chat")))
                    .await;
                reply(format!(
                    "Queued the day {day} digest for {}; chats that already had it are skipped. Sending starts at \
                     once, at the configured rate.",
                    plural(queued as usize, "chat")
                ))
            }
        }
    }

    async fn drafts(&self) -> Answer {
        let drafts = self.store.drafts().await?;
        if drafts.is_empty() {
            return reply("There are no drafts.");
        }
        let mut html = format!("<b>{} draft{}</b>", drafts.len(), if drafts.len() == 1 { "" } else { "s" });
        let mut buttons = Vec::new();
        for (day, title) in drafts.iter().take(20) {
            html.push_str(&format!("\n• Day {day}: {}", escape(&truncate(title, 80))));
            buttons.push(vec![
                Button::new(format!("Publish day {day}"), Action::Publish(*day)),
                Button::new(format!("Discard day {day}"), Action::Discard(*day)),
            ]);
        }
        if drafts.len() > 20 {
            html.push_str(&format!("\n… and {} more", drafts.len() - 20));
        }
        Ok(vec![Reply::text(html).with_buttons(buttons)])
    }

    async fn add_incident(&self, argument: &str, audit: AuditContext) -> Answer {
        let fields = match parse_fields(argument) {
            Ok(fields) if !fields.is_empty() => fields,
            Ok(_) => return usage("addincident", "Give the incident's fields."),
            Err(problem) => return usage("addincident", &problem),
        };
        let blank = Incident {
            date: None,
            region: RegionCode::KyivCity,
            place: None,
            killed: Count::ZERO,
            wounded: Count::ZERO,
            weapon: None,
            description: String::new(),
            report_day: None,
        };
        let has_region = fields.iter().any(|(key, _)| key == "region" || key == "place");
        if !has_region {
            return usage("addincident", "Give region= or a place= that I know.");
        }
        let incident = match apply_incident_fields(blank, &fields) {
            Ok(incident) => incident,
            Err(problem) => return usage("addincident", &problem),
        };
        let incident = Incident {
            description: if incident.description.is_empty() {
                "Added by hand.".to_owned()
            } else {
                incident.description
            },
            ..incident
        };
        if let Some(problem) = self.check_report_day(&incident).await? {
            return usage("addincident", &problem);
        }
        let id = self.store.add_incident(&incident, audit.at).await?;
        let line = ingest::incident_line(&incident);
        self.record(audit, "add_incident", format!("incident {id}"), None, Some(line.clone())).await;
        let undated = if incident.date.is_none() && incident.report_day.is_none() {
            "\nIt has no date and no report day, so /region's recent incidents and totals leave it out; add \
             date= or day= with /editincident to place it in time."
        } else {
            ""
        };
        reply(format!("Added incident {id}: {}{undated}", escape(&line)))
    }

    async fn check_report_day(&self, incident: &Incident) -> Result<Option<String>, StoreError> {
        Ok(match incident.report_day {
            Some(day) if self.store.report(day).await?.is_none() => Some(format!("There is no report for day {day}.")),
            _ => None,
        })
    }

    async fn edit_incident(&self, argument: &str, audit: AuditContext) -> Answer {
        let (id, rest) = split_id(argument);
        let Some(id) = id else { return usage("editincident", "Which incident? Give its number first.") };
        let fields = match parse_fields(rest) {
            Ok(fields) if !fields.is_empty() => fields,
            Ok(_) => return usage("editincident", "Which fields should change?"),
            Err(problem) => return usage("editincident", &problem),
        };
        let Some(stored) = self.store.incident(id).await? else {
            return reply(format!("There is no incident {id}."));
        };
        let changed = match apply_incident_fields(stored.incident.clone(), &fields) {
            Ok(changed) => changed,
            Err(problem) => return usage("editincident", &problem),
        };
        if let Some(problem) = self.check_report_day(&changed).await? {
            return usage("editincident", &problem);
        }
        self.store.update_incident(id, &changed).await?;
        let (before, after) = (ingest::incident_line(&stored.incident), ingest::incident_line(&changed));
        // The source stays with the incident; naming it tells the maintainer which post they corrected.
        let (before, after) = (with_source(before, &stored.source), with_source(after, &stored.source));
        self.record(audit, "edit_incident", format!("incident {id}"), Some(before.clone()), Some(after.clone())).await;
        reply(format!("Changed incident {id}:\n{} →\n{}", escape(&before), escape(&after)))
    }

    async fn delete_incident(&self, argument: &str, audit: AuditContext) -> Answer {
        let (Some(id), "") = split_id(argument) else {
            return usage("deleteincident", "Give the incident's number, and nothing else.");
        };
        let Some(stored) = self.store.incident(id).await? else {
            return reply(format!("There is no incident {id}."));
        };
        self.store.delete_incident(id).await?;
        let line = with_source(ingest::incident_line(&stored.incident), &stored.source);
        self.record(audit, "delete_incident", format!("incident {id}"), Some(line.clone()), None).await;
        reply(format!("Deleted incident {id}: {}", escape(&line)))
    }

    async fn add_sanction(&self, argument: &str, audit: AuditContext) -> Answer {
        let fields = match parse_fields(argument) {
            Ok(fields) => fields,
            Err(problem) => return usage("addsanction", &problem),
        };
        for required in ["date", "authority", "title", "status", "summary"] {
            if !fields.iter().any(|(key, _)| key == required) {
                return usage("addsanction", &format!("{required}= is missing."));
            }
        }
        let blank = SanctionsEntry {
            date: NaiveDate::MIN,
            authority: Authority::Other,
            title: String::new(),
            status: SanctionStatus::Proposed,
            summary: String::new(),
            source_url: None,
        };
        let entry = match apply_sanction_fields(blank, &fields) {
            Ok(entry) => entry,
            Err(problem) => return usage("addsanction", &problem),
        };
        let id = self.store.add_sanctions_entry(&entry, audit.at).await?;
        let line = sanction_line(&entry);
        self.record(audit, "add_sanction", format!("sanction {id}"), None, Some(line.clone())).await;
        reply(format!("Added sanctions entry {id}: {}", escape(&line)))
    }

    async fn edit_sanction(&self, argument: &str, audit: AuditContext) -> Answer {
        let (id, rest) = split_id(argument);
        let Some(id) = id else { return usage("editsanction", "Which entry? Give its number first.") };
        let fields = match parse_fields(rest) {
            Ok(fields) if !fields.is_empty() => fields,
            Ok(_) => return usage("editsanction", "Which fields should change?"),
            Err(problem) => return usage("editsanction", &problem),
        };
        let Some(entry) = self.store.sanctions_entry(id).await? else {
            return reply(format!("There is no sanctions entry {id}."));
        };
        let changed = match apply_sanction_fields(entry.clone(), &fields) {
            Ok(changed) => changed,
            Err(problem) => return usage("editsanction", &problem),
        };
        self.store.update_sanctions_entry(id, &changed).await?;
        let (before, after) = (sanction_line(&entry), sanction_line(&changed));
        self.record(audit, "edit_sanction", format!("sanction {id}"), Some(before.clone()), Some(after.clone())).await;
        reply(format!("Changed sanctions entry {id}:\n{} →\n{}", escape(&before), escape(&after)))
    }

    async fn delete_sanction(&self, argument: &str, audit: AuditContext) -> Answer {
        let (Some(id), "") = split_id(argument) else {
            return usage("deletesanction", "Give the entry's number, and nothing else.");
        };
        let Some(entry) = self.store.sanctions_entry(id).await? else {
            return reply(format!("There is no sanctions entry {id}."));
        };
        self.store.delete_sanctions_entry(id).await?;
        let line = sanction_line(&entry);
        self.record(audit, "delete_sanction", format!("sanction {id}"), Some(line.clone()), None).await;
        reply(format!("Deleted sanctions entry {id}: {}", escape(&line)))
    }

    async fn audit_log(&self, argument: &str) -> Answer {
        let count = if argument.trim().is_empty() {
            AUDIT_DEFAULT
        } else {
            match argument.trim().parse::<u32>() {
                Ok(n) if (1..=AUDIT_MAX).contains(&n) => n,
                _ => return usage("audit", &format!("Give a number from 1 to {AUDIT_MAX}.")),
            }
        };
        let entries = self.store.latest_audit(count).await?;
        if entries.is_empty() {
            return reply("No changes have been recorded yet.");
        }
        let mut html =
            format!("<b>The latest {} change{}</b>", entries.len(), if entries.len() == 1 { "" } else { "s" });
        for entry in &entries {
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
        Ok(vec![Reply::text(fit(html))])
    }

    async fn stats(&self, now: DateTime<Utc>) -> Answer {
        let (active, inactive) = self.store.count_subscribers().await?;
        let (published, drafts) = self.store.count_reports().await?;
        let incidents = self.store.count_visible_incidents().await?;
        let sanctions = self.store.count_sanctions().await?;
        let deliveries = self.store.delivery_counts_since(now - chrono::Duration::hours(24)).await?;
        reply(format!(
            "<b>warbrief statistics</b>\n\
             Subscribers: {active} active, {inactive} inactive (blocked or unsubscribed)\n\
             Reports: {published} published, {drafts} draft{}\n\
             Incidents visible: {incidents}\n\
             Sanctions entries: {sanctions}\n\
             Deliveries in the last 24 h: {} sent, {} failed; {} waiting",
            if drafts == 1 { "" } else { "s" },
            deliveries.sent,
            deliveries.failed,
            deliveries.pending,
        ))
    }

    async fn export(&self, argument: &str, now: DateTime<Utc>) -> Answer {
        let words: Vec<&str> = argument.split_whitespace().collect();
        let Some(what) = words.first().and_then(|w| export::What::parse(w)) else {
            return usage("export", "Export incidents, reports or sanctions.");
        };
        let dates: Result<Vec<NaiveDate>, _> =
            words[1..].iter().map(|w| NaiveDate::parse_from_str(w, "%Y-%m-%d")).collect();
        let (from, to) = match dates.as_deref() {
            Ok([]) => (None, None),
            Ok([from]) => (Some(*from), None),
            Ok([from, to]) if from <= to => (Some(*from), Some(*to)),
            _ => return usage("export", "Dates are YYYY-MM-DD: from, then optionally to (not before from)."),
        };
        let format = what.default_format();
        let file = export::export(&self.store, what, format, from, to).await?;
        let file_name = format!("warbrief-{}-{}.{}", what.name(), now.format("%Y%m%d"), format.extension());
        let caption = format!("{} {}, as {}.", file.rows, what.name(), format.extension().to_uppercase());
        Ok(vec![Reply::text(caption).with_document(Document { file_name, bytes: file.bytes })])
    }
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct AuditContext {
    pub(crate) actor: Option<i64>,
    pub(crate) at: DateTime<Utc>,
}

fn admin_help() -> Reply {
    let mut html = String::from("<b>Maintainers' commands</b>");
    for (command, description, example) in ADMIN_COMMANDS {
        html.push_str(&format!("\n\n/{command} — {}\n<code>{}</code>", escape(description), escape(example)));
    }
    html.push_str(
        "\n\nIncident fields: date (YYYY-MM-DD or unknown), region, place, killed, wounded (a number; 3+ means at \
         least 3), weapon, text, day (the report it belongs to). Sanctions fields: date, authority, title, status \
         (proposed, adopted, in force, extended, lifted), summary, url.",
    );
    Reply::text(html)
}

/// "344", "day 344" → the day.
fn day_argument(argument: &str) -> Option<DayNumber> {
    let argument = argument.trim().trim_start_matches("day").trim();
    argument.parse::<u32>().ok().and_then(|n| DayNumber::new(n).ok())
}

/// "17 wounded=7" → (Some(17), "wounded=7").
fn split_id(argument: &str) -> (Option<i64>, &str) {
    let argument = argument.trim();
    let (first, rest) = argument.split_once(char::is_whitespace).unwrap_or((argument, ""));
    (first.trim_start_matches('#').parse::<i64>().ok().filter(|id| *id > 0), rest.trim())
}

fn parse_count(value: &str) -> Result<Count, String> {
    let (digits, at_least) = match value.strip_suffix('+') {
        Some(digits) => (digits, true),
        None => (value, false),
    };
    match digits.parse::<u32>() {
        Ok(n) if n <= 1_000_000 => Ok(Count { value: n, at_least }),
        _ => Err(format!("\"{}\" is not a count (a number such as 3, or 3+ for at least 3)", truncate(value, 20))),
    }
}

fn optional_text(value: &str, max: usize, field: &str) -> Result<Option<String>, String> {
    if value.chars().count() > max {
        return Err(format!("{field} is longer than {max} characters"));
    }
    Ok((!value.is_empty() && value != "-").then(|| value.to_owned()))
}

fn apply_incident_fields(mut incident: Incident, fields: &[(String, String)]) -> Result<Incident, String> {
    let mut region_given = false;
    for (key, value) in fields {
        match key.as_str() {
            "date" => {
                incident.date = match value.as_str() {
                    "unknown" | "-" => None,
                    date => Some(
                        NaiveDate::parse_from_str(date, "%Y-%m-%d")
                            .map_err(|_| format!("date \"{}\" is not YYYY-MM-DD", truncate(date, 20)))?,
                    ),
                }
            }
            "region" => {
                incident.region = resolve_region(value)?;
                region_given = true;
            }
            "place" => match optional_text(value, 80, "place")? {
                None => incident.place = None,
                Some(place) => match gazetteer::lookup(&place) {
                    Lookup::Found(found) => {
                        incident.place = Some(found.name().to_owned());
                        if !region_given {
                            incident.region = found.region();
                        }
                    }
                    // A village the gazetteer lacks is fine, as long as region= says where it is.
                    _ if fields.iter().any(|(key, _)| key == "region") => incident.place = Some(place),
                    _ => return Err(format!("I don't know the place \"{}\"; add region= too", truncate(&place, 40))),
                },
            },
            "killed" => incident.killed = parse_count(value)?,
            "wounded" => incident.wounded = parse_count(value)?,
            "weapon" => incident.weapon = optional_text(value, 80, "weapon")?,
            "text" | "description" => {
                incident.description = optional_text(value, 1000, "text")?.unwrap_or_default();
            }
            "day" => {
                incident.report_day = match value.as_str() {
                    "-" | "none" => None,
                    day => Some(
                        day.parse::<u32>()
                            .ok()
                            .and_then(|n| DayNumber::new(n).ok())
                            .ok_or_else(|| format!("day \"{}\" is not a day number", truncate(day, 20)))?,
                    ),
                }
            }
            other => {
                return Err(format!(
                    "unknown field {other}= (known: date, region, place, killed, wounded, weapon, text, day)"
                ));
            }
        }
    }
    Ok(incident)
}

fn resolve_region(value: &str) -> Result<RegionCode, String> {
    if let Ok(code) = value.parse::<RegionCode>() {
        return Ok(code);
    }
    match gazetteer::lookup(value) {
        Lookup::Found(place) => Ok(place.region()),
        Lookup::DidYouMean(places) => Err(format!(
            "I don't know the region \"{}\"; did you mean {}?",
            truncate(value, 40),
            places.iter().map(|p| gazetteer::region_label(p.region())).collect::<Vec<_>>().join(" or ")
        )),
        Lookup::NotFound => Err(format!("I don't know the region \"{}\"", truncate(value, 40))),
    }
}

fn apply_sanction_fields(mut entry: SanctionsEntry, fields: &[(String, String)]) -> Result<SanctionsEntry, String> {
    for (key, value) in fields {
        match key.as_str() {
            "date" => {
                entry.date = NaiveDate::parse_from_str(value, "%Y-%m-%d")
                    .map_err(|_| format!("date \"{}\" is not YYYY-MM-DD", truncate(value, 20)))?
            }
            "authority" => {
                entry.authority = value.parse().map_err(|e: warbrief_core::UnknownAuthority| e.to_string())?
            }
            "status" => {
                entry.status = value.parse().map_err(|e: warbrief_core::UnknownSanctionStatus| e.to_string())?
            }
            "title" => {
                entry.title = optional_text(value, 120, "title")?.ok_or("title can't be empty")?;
            }
            "summary" => {
                entry.summary = optional_text(value, 600, "summary")?.ok_or("summary can't be empty")?;
            }
            "url" => {
                entry.source_url = match optional_text(value, 500, "url")? {
                    None => None,
                    Some(url) => Some(
                        url::Url::parse(&url)
                            .ok()
                            .filter(|url| matches!(url.scheme(), "http" | "https"))
                            .ok_or_else(|| format!("\"{}\" is not an http(s) URL", truncate(&url, 40)))?,
                    ),
                };
            }
            other => {
                return Err(format!("unknown field {other}= (known: date, authority, title, status, summary, url)"));
            }
        }
    }
    Ok(entry)
}

/// "1 incident", "3 incidents"
pub(crate) fn plural(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

/// An incident line with the post it came from, if any: "… · from Kharkiv Regional Administration".
fn with_source(line: String, source: &Option<warbrief_core::post::IncidentSource>) -> String {
    match source {
        Some(source) => format!("{line} · from {}", source.name),
        None => line,
    }
}

fn sanction_line(entry: &SanctionsEntry) -> String {
    format!("{} · {} · {} ({})", entry.date, entry.authority, entry.title, entry.status)
}

fn change_line(what: &str, before: &str, after: &str) -> String {
    if before == after {
        format!("• {what}: unchanged\n")
    } else {
        format!("• {what}: {} → {}\n", escape(&truncate(before, 80)), escape(&truncate(after, 80)))
    }
}

fn draft_preview(ingested: &Ingested) -> Reply {
    let day = ingested.parsed.report.day;
    let html = format!("<b>Draft saved</b>\n{}", preview_body(ingested));
    Reply::text(fit(html)).with_buttons(vec![vec![
        Button::new("Publish", Action::Publish(day)),
        Button::new("Discard", Action::Discard(day)),
    ]])
}

/// Title, day and date, sections, incidents one a line, warnings.
fn preview_body(ingested: &Ingested) -> String {
    let report = &ingested.parsed.report;
    let mut html = format!(
        "<b>{}</b>\n{} · {} section{} · {} incident{}",
        escape(&report.headline()),
        warbrief_core::render::long_date(report.date()),
        report.sections.len(),
        if report.sections.len() == 1 { "" } else { "s" },
        ingested.incidents.len(),
        if ingested.incidents.len() == 1 { "" } else { "s" },
    );
    for extracted in ingested.incidents.iter().take(PREVIEW_INCIDENTS) {
        html.push_str(&format!("\n• {}", escape(&ingest::incident_line(&extracted.incident))));
    }
    if ingested.incidents.len() > PREVIEW_INCIDENTS {
        html.push_str(&format!("\n… and {} more", ingested.incidents.len() - PREVIEW_INCIDENTS));
    }
    if ingested.parsed.warnings.is_empty() {
        html.push_str("\nNo warnings.");
    } else {
        for warning in &ingested.parsed.warnings {
            html.push_str(&format!("\n⚠️ {}", escape(warning)));
        }
    }
    html
}

/// Cuts a long admin message at a line boundary so it stays within one Telegram message (with room to spare
/// for a line the caller may add).
fn fit(html: String) -> String {
    warbrief_core::html::fit_lines(html, MESSAGE_LIMIT - 17)
}
