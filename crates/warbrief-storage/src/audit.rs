//! The audit log (`audit_log`): who changed what, before and after.

use warbrief_core::AuditEntry;

use crate::rows::AuditRow;
use crate::{Result, Store};

impl Store {
    pub async fn record_audit(&self, entry: &AuditEntry) -> Result<()> {
        on_pool!(self, |pool| {
            sqlx::query(
                "INSERT INTO audit_log (at, actor, action, subject, before, after) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(entry.at)
            .bind(entry.actor)
            .bind(&entry.action)
            .bind(&entry.subject)
            .bind(&entry.before)
            .bind(&entry.after)
            .execute(pool)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    /// The latest `limit` audit entries, newest first.
    pub async fn latest_audit(&self, limit: u32) -> Result<Vec<AuditEntry>> {
        let rows: Vec<AuditRow> = on_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT at, actor, action, subject, before, after FROM audit_log ORDER BY at DESC, id DESC LIMIT $1",
            )
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await?
        });
        Ok(rows.into_iter().map(AuditRow::into_entry).collect())
    }
}
