//! Reports: `/addreport` (a preview, then a draft), drafts, publishing, `/digest now`.

use super::*;
use warbrief_core::render::admin::Queued;

impl Answerer {
    /// The "keep the current report" button of a replacement preview.
    pub(in crate::app) async fn drop_pending(&self, id: i64, lang: Lang) -> Answer {
        match self.store.take_pending_report(id).await? {
            Some((day, _)) => reply(render::admin::replacement_dropped(lang, day)),
            None => reply(render::admin::replacement_gone(lang)),
        }
    }

    pub(crate) async fn add_report(&self, text: &str, caller: Caller, audit: AuditContext) -> Answer {
        let lang = audit.lang;
        if text.trim().is_empty() {
            return reply(render::admin::add_report_usage(lang));
        }
        let text = match ingest::report_text(text.as_bytes().to_vec()) {
            Ok(text) => text,
            Err(error) => return reply(render::admin::report_unusable(lang, &error.to_string())),
        };
        let ingested = match ingest::ingest(&text, Some(self.today_date(audit.at))) {
            Ok(ingested) => ingested,
            Err(error) => return reply(render::admin::report_unreadable(lang, &error.to_string())),
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
            return reply(render::admin::replacement_preview(
                lang,
                &render::admin::ReplacementView {
                    pending,
                    current: &existing,
                    current_incidents,
                    parsed: &ingested.parsed,
                    incidents: &ingested.incidents,
                },
            ));
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
        reply(draft_preview(audit.lang, &ingested))
    }

    pub(in crate::app) async fn apply_pending(&self, id: i64, audit: AuditContext) -> Answer {
        let Some((day, text)) = self.store.take_pending_report(id).await? else {
            return reply(render::admin::replacement_gone(audit.lang));
        };
        let mut ingested = match ingest::ingest(&text, Some(self.today_date(audit.at))) {
            Ok(ingested) if ingested.parsed.report.day == day => ingested,
            _ => return reply(render::admin::replacement_unreadable(audit.lang)),
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
            let queued = self.announce(day, audit.at).await?;
            reply(render::admin::replaced_published(audit.lang, day, queued))
        } else {
            reply(draft_preview(audit.lang, &ingested))
        }
    }

    pub(in crate::app) async fn discard(&self, day: DayNumber, audit: AuditContext) -> Answer {
        match self.store.report(day).await? {
            Some(report) if report.status == ReportStatus::Draft => {
                self.store.delete_report(day).await?;
                self.record(audit, "discard_report", format!("day {day}"), Some(report.headline()), None).await;
                reply(render::admin::draft_discarded(audit.lang, day))
            }
            Some(_) => reply(render::admin::discard_published(audit.lang, day)),
            None => reply(render::admin::no_draft(audit.lang, day)),
        }
    }

    pub(in crate::app) async fn set_status(&self, day: DayNumber, status: ReportStatus, audit: AuditContext) -> Answer {
        let Some(report) = self.store.report(day).await? else {
            return reply(render::admin::no_report(audit.lang, day));
        };
        if report.status == status {
            return reply(render::admin::status_unchanged(audit.lang, day, status));
        }
        self.store.set_report_status(day, status, audit.at).await?;
        let action = if status == ReportStatus::Published { "publish_report" } else { "unpublish_report" };
        self.record(audit, action, format!("day {day}"), Some(report.status.to_string()), Some(status.to_string()))
            .await;
        reply(match status {
            ReportStatus::Published => render::admin::published(audit.lang, day, self.announce(day, audit.at).await?),
            ReportStatus::Draft => render::admin::unpublished(audit.lang, day),
        })
    }

    /// Hands a just-published report to delivery: region alerts, and the channel. Returns what was queued,
    /// for the maintainer's confirmation.
    pub(super) async fn announce(&self, day: DayNumber, now: DateTime<Utc>) -> Result<Queued, StoreError> {
        let queued = crate::app::publishing::announce(&self.store, day, self.channel, now).await?;
        Ok(Queued { alerts: queued.alerts, channel: queued.channel })
    }

    pub(super) async fn digest_now(&self, audit: AuditContext) -> Answer {
        match crate::app::publishing::digest_now(&self.store, audit.at).await? {
            None => reply(render::admin::no_digest(audit.lang)),
            Some((day, queued)) => {
                self.record(audit, "digest_now", format!("day {day}"), None, Some(plural(queued as usize, "chat")))
                    .await;
                reply(render::admin::digest_queued(audit.lang, day, queued))
            }
        }
    }

    pub(super) async fn drafts(&self, lang: Lang) -> Answer {
        reply(render::admin::drafts(lang, &self.store.drafts().await?))
    }
}

fn draft_preview(lang: Lang, ingested: &Ingested) -> Reply {
    render::admin::draft_preview(lang, &ingested.parsed, &ingested.incidents)
}
