//! What maintainers read back: `/audit`, `/stats`, `/export`.

use super::*;
use crate::app::arguments::{AUDIT_MAX, ExportArgument};

impl Answerer {
    pub(super) async fn audit_log(&self, count: Option<u32>, lang: Lang) -> Answer {
        let Some(count) = count else {
            return usage(lang, "audit", Problem::AuditCount { max: AUDIT_MAX });
        };
        reply(render::admin::audit_log(lang, &self.store.latest_audit(count).await?))
    }

    pub(super) async fn stats(&self, now: DateTime<Utc>, lang: Lang) -> Answer {
        let (active, inactive) = self.store.count_subscribers().await?;
        let (published, drafts) = self.store.count_reports().await?;
        let incidents = self.store.count_visible_incidents().await?;
        let sanctions = self.store.count_sanctions().await?;
        let deliveries = self.store.delivery_counts_since(now - chrono::Duration::hours(24)).await?;
        reply(render::admin::stats(
            lang,
            &render::admin::StatsView {
                active_subscribers: active,
                inactive_subscribers: inactive,
                published,
                drafts,
                incidents,
                sanctions,
                sent: deliveries.sent,
                failed: deliveries.failed,
                waiting: deliveries.pending,
            },
        ))
    }

    pub(super) async fn export(&self, argument: ExportArgument, now: DateTime<Utc>, lang: Lang) -> Answer {
        let (what, from, to) = match argument {
            ExportArgument::Export { what, from, to } => (what, from, to),
            ExportArgument::UnknownWhat => return usage(lang, "export", Problem::ExportWhat),
            ExportArgument::BadDates => return usage(lang, "export", Problem::ExportDates),
        };
        let format = what.default_format();
        let file = export::export(&self.store, what, format, from, to).await?;
        let file_name = format!("warbrief-{}-{}.{}", what.name(), now.format("%Y%m%d"), format.extension());
        let document = Document { file_name, bytes: file.bytes };
        reply(render::admin::export(lang, file.rows, what.name(), format.extension(), document))
    }
}
