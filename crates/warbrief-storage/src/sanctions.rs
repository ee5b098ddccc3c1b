//! The sanctions timeline (`sanctions`).

use chrono::{DateTime, NaiveDate, Utc};
use warbrief_core::{Authority, SanctionsEntry};

use crate::rows::SanctionsRow;
use crate::{Result, Store, non_negative};

/// One page of a listing, and whether more follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub has_more: bool,
}

const SANCTIONS_COLUMNS: &str = "id, date, authority, title, status, summary, source_url";

/// Binds a [`SanctionsEntry`]'s fields in the order both its `INSERT` and its `UPDATE` take them: date,
/// authority, title, status, summary, source URL.
macro_rules! bind_entry {
    ($query:expr, $entry:expr) => {{
        let entry: &SanctionsEntry = $entry;
        $query
            .bind(entry.date)
            .bind(entry.authority.as_str())
            .bind(&entry.title)
            .bind(entry.status.as_str())
            .bind(&entry.summary)
            .bind(entry.source_url.as_ref().map(|url| url.as_str()))
    }};
}

impl Store {
    pub async fn sanctions_entry(&self, id: i64) -> Result<Option<SanctionsEntry>> {
        let row: Option<SanctionsRow> =
            on_pool!(self, |pool| sqlx::query_as(&format!("SELECT {SANCTIONS_COLUMNS} FROM sanctions WHERE id = $1"))
                .bind(id)
                .fetch_optional(pool)
                .await?);
        row.map(|row| row.into_entry().map(|(_, entry)| entry)).transpose()
    }

    /// Replaces every field of sanctions entry `id`. Returns false if there is none.
    pub async fn update_sanctions_entry(&self, id: i64, entry: &SanctionsEntry) -> Result<bool> {
        let affected = on_pool!(self, |pool| {
            let query = sqlx::query(
                "UPDATE sanctions SET date = $2, authority = $3, title = $4, status = $5, summary = $6, source_url = $7
                 WHERE id = $1",
            )
            .bind(id);
            bind_entry!(query, entry).execute(pool).await?.rows_affected()
        });
        Ok(affected == 1)
    }

    pub async fn delete_sanctions_entry(&self, id: i64) -> Result<bool> {
        self.delete_row("sanctions", "id", id).await
    }

    /// Every sanctions entry with its id, oldest first, within `from..=to`, for export.
    pub async fn export_sanctions(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Vec<(i64, SanctionsEntry)>> {
        let rows: Vec<SanctionsRow> = on_pool!(self, |pool| sqlx::query_as(&format!(
            "SELECT {SANCTIONS_COLUMNS} FROM sanctions
             WHERE ($1 IS NULL OR date >= $1) AND ($2 IS NULL OR date <= $2) ORDER BY date, id"
        ))
        .bind(from)
        .bind(to)
        .fetch_all(pool)
        .await?);
        rows.into_iter().map(SanctionsRow::into_entry).collect()
    }

    pub async fn add_sanctions_entry(&self, entry: &SanctionsEntry, now: DateTime<Utc>) -> Result<i64> {
        let id: i64 = on_pool!(self, |pool| {
            let query = sqlx::query_scalar(
                "INSERT INTO sanctions (date, authority, title, status, summary, source_url, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            );
            bind_entry!(query, entry).bind(now).fetch_one(pool).await?
        });
        Ok(id)
    }

    /// The sanctions timeline newest first, optionally for one authority; page 0 is the newest.
    pub async fn sanctions(
        &self,
        authority: Option<Authority>,
        page: u32,
        page_size: u32,
    ) -> Result<Page<(i64, SanctionsEntry)>> {
        let page_size = i64::from(page_size.max(1));
        let offset = i64::from(page).saturating_mul(page_size);
        let authority = authority.map(Authority::as_str);
        // One extra row tells whether another page follows.
        let rows: Vec<SanctionsRow> = on_pool!(self, |pool| sqlx::query_as(&format!(
            "SELECT {SANCTIONS_COLUMNS} FROM sanctions
             WHERE ($1 IS NULL OR authority = $1)
             ORDER BY date DESC, id DESC LIMIT $2 OFFSET $3"
        ))
        .bind(authority)
        .bind(page_size + 1)
        .bind(offset)
        .fetch_all(pool)
        .await?);
        let has_more = rows.len() as i64 > page_size;
        let items = rows.into_iter().take(page_size as usize).map(SanctionsRow::into_entry).collect::<Result<_>>()?;
        Ok(Page { items, has_more })
    }

    pub async fn count_sanctions(&self) -> Result<u64> {
        let count: i64 = on_pool!(self, |pool| sqlx::query_scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM sanctions")
            .fetch_one(pool)
            .await?);
        Ok(non_negative(count))
    }
}
