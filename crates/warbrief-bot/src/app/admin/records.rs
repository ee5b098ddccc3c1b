//! What maintainers read back: `/audit`, `/stats`, `/export`.

use super::*;

const AUDIT_DEFAULT: u32 = 10;
const AUDIT_MAX: u32 = 50;

impl Answerer {
    pub(super) async fn audit_log(&self, argument: &str) -> Answer {
        let count = if argument.trim().is_empty() {
            AUDIT_DEFAULT
        } else {
            match argument.trim().parse::<u32>() {
                Ok(n) if (1..=AUDIT_MAX).contains(&n) => n,
                _ => return usage("audit", &format!("Give a number from 1 to {AUDIT_MAX}.")),
            }
        };
        reply(render::admin::audit_log(&self.store.latest_audit(count).await?))
    }

    pub(super) async fn stats(&self, now: DateTime<Utc>) -> Answer {
        let (active, inactive) = self.store.count_subscribers().await?;
        let (published, drafts) = self.store.count_reports().await?;
        let incidents = self.store.count_visible_incidents().await?;
        let sanctions = self.store.count_sanctions().await?;
        let deliveries = self.store.delivery_counts_since(now - chrono::Duration::hours(24)).await?;
        reply(render::admin::stats(&render::admin::StatsView {
            active_subscribers: active,
            inactive_subscribers: inactive,
            published,
            drafts,
            incidents,
            sanctions,
            sent: deliveries.sent,
            failed: deliveries.failed,
            waiting: deliveries.pending,
        }))
    }

    pub(super) async fn export(&self, argument: &str, now: DateTime<Utc>) -> Answer {
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
        let document = Document { file_name, bytes: file.bytes };
        reply(render::admin::export(file.rows, what.name(), format.extension(), document))
    }
}
