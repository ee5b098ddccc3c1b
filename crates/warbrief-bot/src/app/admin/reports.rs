//! Reports: `/addreport` (a preview, then a draft), drafts, publishing, `/digest now`.

use super::*;

/// Incident lines shown in a report preview before "… and N more".
const PREVIEW_INCIDENTS: usize = 25;

impl Answerer {
    /// The "keep the current report" button of a replacement preview.
    pub(in crate::app) async fn drop_pending(&self, id: i64) -> Answer {
        match self.store.take_pending_report(id).await? {
            Some((day, _)) => reply(format!("Kept the current report for day {day}; the new text was dropped.")),
            None => reply("That replacement was already applied or dropped."),
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

    pub(super) async fn save_draft(&self, mut ingested: Ingested, audit: AuditContext, action: &str) -> Answer {
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

    pub(in crate::app) async fn apply_pending(&self, id: i64, audit: AuditContext) -> Answer {
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

    pub(in crate::app) async fn discard(&self, day: DayNumber, audit: AuditContext) -> Answer {
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

    pub(in crate::app) async fn set_status(&self, day: DayNumber, status: ReportStatus, audit: AuditContext) -> Answer {
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
    pub(super) async fn announce(&self, day: DayNumber, now: DateTime<Utc>) -> Result<String, StoreError> {
        let queued = crate::delivery::announce(&self.store, day, self.channel, now).await?;
        let mut said = String::new();
        if queued.alerts > 0 {
            said.push_str(&format!(" Region alerts queued for {}.", plural(queued.alerts as usize, "chat")));
        }
        if queued.channel {
            said.push_str(" Queued for the channel.");
        }
        Ok(said)
    }

    pub(super) async fn digest_now(&self, argument: &str, audit: AuditContext) -> Answer {
        if !argument.trim().eq_ignore_ascii_case("now") {
            return usage(
                "digest",
                "Digests go out by themselves at each subscriber's time; 'now' sends them at once.",
            );
        }
        match crate::delivery::digest_now(&self.store, audit.at).await? {
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

    pub(super) async fn drafts(&self) -> Answer {
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
