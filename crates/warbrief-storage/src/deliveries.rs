//! The delivery queue (`deliveries`): queueing digests and alerts, claiming them for sending, recording the
//! outcome, and the queue's figures.

use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use warbrief_core::{ChatId, DayNumber, DeliveryKind, Lang, QuietHours};

use crate::rows;
use crate::{INSERT_CHUNK, Result, Store, StoreError, non_negative, placeholders};

/// What a delivery is of: a published report, or a post whose incidents were added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeliverySubject {
    Report(DayNumber),
    /// A post's id ([`StoredPost::id`](crate::StoredPost::id)).
    Post(i64),
}

impl From<DayNumber> for DeliverySubject {
    fn from(day: DayNumber) -> Self {
        DeliverySubject::Report(day)
    }
}

/// A claimed delivery as `claim_deliveries` reads it, with its chat's settings that shape the message.
#[derive(sqlx::FromRow)]
struct ClaimedRow {
    id: i64,
    chat_id: i64,
    report_day: Option<i64>,
    post_id: Option<i64>,
    kind: String,
    attempts: i64,
    language: Option<String>,
    time_zone: Option<String>,
    quiet_start: Option<NaiveTime>,
    quiet_end: Option<NaiveTime>,
    quiet_mode: Option<String>,
    topic: Option<i64>,
}

/// A delivery claimed by a worker: send it, then record the outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimedDelivery {
    pub id: i64,
    pub chat_id: ChatId,
    pub subject: DeliverySubject,
    pub kind: DeliveryKind,
    /// Including this one.
    pub attempts: u32,
    /// The language the chat chose, if it did (`None` also for the channel and for a language that no longer
    /// parses: those get the default, and a message is never held back over it).
    pub language: Option<Lang>,
    /// The chat's quiet hours in its time zone, if it set them (a setting that no longer parses counts as
    /// none, for the same reason).
    pub quiet: Option<(QuietHours, Tz)>,
    /// The forum topic the chat's pushed messages go into, if any.
    pub topic: Option<i32>,
}

/// Deliveries finished since some instant, and those still waiting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DeliveryCounts {
    pub sent: u64,
    pub failed: u64,
    pub pending: u64,
}

/// See [`Store::queue_stats`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QueueStats {
    pub depth: u64,
    pub oldest_due: Option<DateTime<Utc>>,
}

impl Store {
    /// Queues `day`'s digest for every active chat that takes it, due at once (`/digest now`). Chats that
    /// already have it queued or sent are left alone. Returns how many were new.
    pub async fn enqueue_digest_for_all(&self, day: DayNumber, now: DateTime<Utc>) -> Result<u64> {
        self.enqueue_selected("SELECT chat_id, $1, 'digest', $2, $2 FROM subscribers WHERE active AND digest", day, now)
            .await
    }

    /// Queues `day`'s region alert for every active chat that follows a region with an incident from that
    /// report. Once per (chat, report), however many regions match. Returns how many were new.
    pub async fn enqueue_alerts(&self, day: DayNumber, now: DateTime<Utc>) -> Result<u64> {
        self.enqueue_selected(
            "SELECT DISTINCT f.chat_id, $1, 'alert', $2, $2
             FROM region_follows f JOIN subscribers s ON s.chat_id = f.chat_id
             WHERE s.active AND EXISTS (SELECT 1 FROM incidents i WHERE i.report_day = $1 AND i.region = f.region)",
            day,
            now,
        )
        .await
    }

    /// Queues the rows `select` yields (chat, `$1` day, kind, `$2` due, `$2` created), skipping those queued
    /// before. Returns how many were new.
    async fn enqueue_selected(&self, select: &str, day: DayNumber, now: DateTime<Utc>) -> Result<u64> {
        let sql = enqueue(select);
        let added = on_pool!(self, |pool| sqlx::query(&sql)
            .bind(i64::from(day.get()))
            .bind(now)
            .execute(pool)
            .await?
            .rows_affected());
        self.after_bulk_enqueue(added).await;
        Ok(added)
    }

    /// After many rows were queued at once (a fan-out), lets the query planner know, where it plans from
    /// statistics: PostgreSQL, not yet having counted a fan-out's 100,000 new due rows, would sort them all on
    /// every claim instead of walking `deliveries_due` to the claim's limit (90 ms a claim against 0.5 ms).
    /// Best effort: autovacuum would get there within a minute or so.
    async fn after_bulk_enqueue(&self, added: u64) {
        if added >= 1_000
            && let Some(sql) = self.dialect().analyze_deliveries()
        {
            let _ = on_pool!(self, |pool| sqlx::query(sql).execute(pool).await.map(|done| done.rows_affected()));
        }
    }

    /// Queues deliveries, each due from `not_before`; a (chat, report, kind) already queued is left as it is.
    /// Returns how many were new. One transaction.
    pub async fn enqueue_deliveries(
        &self,
        items: &[(ChatId, DayNumber, DeliveryKind)],
        not_before: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<u64> {
        let added: u64 = on_pool!(self, |pool| {
            let mut tx = pool.begin().await?;
            let mut added = 0;
            for chunk in items.chunks(INSERT_CHUNK) {
                // Each row: its chat, report and kind, then the shared due time `$1` and creation time `$2`.
                let rows: Vec<String> =
                    (0..chunk.len()).map(|i| format!("({}, $1, $2)", placeholders(3 + 3 * i, 3))).collect();
                let sql = enqueue(&format!("VALUES {}", rows.join(", ")));
                let mut query = sqlx::query(&sql).bind(not_before).bind(now);
                for (chat_id, day, kind) in chunk {
                    query = query.bind(chat_id.0).bind(i64::from(day.get())).bind(kind.as_str());
                }
                added += query.execute(&mut *tx).await?.rows_affected();
            }
            tx.commit().await?;
            added
        });
        self.after_bulk_enqueue(added).await;
        Ok(added)
    }

    /// Claims up to `limit` due deliveries for `lease`: pending ones whose time has come, and those whose
    /// earlier claim expired (its worker died). Concurrent claimers never get the same row (PostgreSQL skips
    /// locked rows; SQLite has one writer).
    ///
    /// A chat is left out while another of its deliveries is claimed by anyone, or was sent less than
    /// `chat_gap` ago: the gap between two messages to one chat holds across every instance, not only within
    /// one worker's memory. (Two deliveries of one chat may still come in one claim; the worker spaces those.)
    pub async fn claim_deliveries(
        &self,
        limit: u32,
        now: DateTime<Utc>,
        lease: chrono::Duration,
        chat_gap: chrono::Duration,
    ) -> Result<Vec<ClaimedDelivery>> {
        // Expired claims first (a dead worker's, few), then due rows. Two statements, not one `OR`: each
        // walks `deliveries_due` (status, not_before) in order and stops at the limit, where an `OR` would read
        // and check every due row of a large fan-out before sorting them, on every claim.
        let mut rows = self.claim_where("status = 'sending' AND lease_until < $1", limit, now, lease, chat_gap).await?;
        let left = limit.saturating_sub(u32::try_from(rows.len()).unwrap_or(u32::MAX));
        if left > 0 {
            rows.extend(self.claim_where("status = 'pending' AND not_before <= $1", left, now, lease, chat_gap).await?);
        }
        let mut claimed = rows
            .into_iter()
            .map(|row| {
                let ClaimedRow { id, chat_id, report_day: day, post_id, kind, attempts, language, .. } = row;
                let quiet = rows::quiet_hours(row.quiet_start, row.quiet_end, row.quiet_mode.as_deref())
                    .ok()
                    .flatten()
                    .zip(row.time_zone.and_then(|zone| zone.parse::<Tz>().ok()));
                let invalid = || StoreError::InvalidRow { table: "deliveries", detail: format!("{id}: {kind}") };
                let subject = match (day, post_id) {
                    (Some(day), None) => DeliverySubject::Report(rows::day(day, "deliveries")?),
                    (None, Some(post_id)) => DeliverySubject::Post(post_id),
                    _ => return Err(invalid()),
                };
                let kind = DeliveryKind::parse(&kind).ok_or_else(invalid)?;
                if (kind == DeliveryKind::PostAlert) != matches!(subject, DeliverySubject::Post(_)) {
                    return Err(invalid());
                }
                Ok(ClaimedDelivery {
                    id,
                    chat_id: ChatId(chat_id),
                    subject,
                    kind,
                    attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
                    language: language.and_then(|code| code.parse().ok()),
                    quiet,
                    topic: row.topic.and_then(|topic| i32::try_from(topic).ok()),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        claimed.sort_by_key(|delivery| delivery.id);
        Ok(claimed)
    }

    /// One claiming statement: up to `limit` rows matching `which` (over `$1`, now), oldest due first.
    async fn claim_where(
        &self,
        which: &str,
        limit: u32,
        now: DateTime<Utc>,
        lease: chrono::Duration,
        chat_gap: chrono::Duration,
    ) -> Result<Vec<ClaimedRow>> {
        let lock = self.dialect().skip_locked();
        let sql = format!(
            "UPDATE deliveries SET status = 'sending', lease_until = $2, attempts = attempts + 1
             WHERE id IN (SELECT id FROM deliveries d
                          WHERE {which}
                            AND NOT EXISTS (SELECT 1 FROM deliveries other
                                            WHERE other.chat_id = d.chat_id AND other.id <> d.id
                                              AND ((other.status = 'sending' AND other.lease_until >= $1)
                                                   OR (other.status = 'sent' AND other.finished_at > $4)))
                          ORDER BY not_before, id LIMIT $3 {lock})
             RETURNING id, chat_id, report_day, post_id, kind, attempts,
                       (SELECT language FROM subscribers s WHERE s.chat_id = deliveries.chat_id) AS language,
                       (SELECT time_zone FROM subscribers s WHERE s.chat_id = deliveries.chat_id) AS time_zone,
                       (SELECT quiet_start FROM subscribers s WHERE s.chat_id = deliveries.chat_id) AS quiet_start,
                       (SELECT quiet_end FROM subscribers s WHERE s.chat_id = deliveries.chat_id) AS quiet_end,
                       (SELECT quiet_mode FROM subscribers s WHERE s.chat_id = deliveries.chat_id) AS quiet_mode,
                       (SELECT topic FROM subscribers s WHERE s.chat_id = deliveries.chat_id) AS topic"
        );
        Ok(on_pool!(self, |pool| sqlx::query_as(&sql)
            .bind(now)
            .bind(now + lease)
            .bind(i64::from(limit))
            .bind(now - chat_gap)
            .fetch_all(pool)
            .await?))
    }

    /// Puts every claimed delivery back in the queue at once, instead of waiting for leases to expire. Only
    /// for a process that knows it is the sole sender: a SQLite database's one `serve`, starting up.
    pub async fn release_claims(&self) -> Result<u64> {
        Ok(on_pool!(self, |pool| sqlx::query(
            "UPDATE deliveries SET status = 'pending', lease_until = NULL WHERE status = 'sending'"
        )
        .execute(pool)
        .await?
        .rows_affected()))
    }

    /// At start-up, puts back the deliveries a previous run claimed and never finished, where that is safe;
    /// returns how many. On SQLite (one `serve` per file) no one else can be sending them, so they need not
    /// wait for their leases: [`Store::release_claims`]. On PostgreSQL other instances may be sending them
    /// now: nothing is released, and leases of dead workers expire on their own.
    pub async fn release_claims_after_restart(&self) -> Result<u64> {
        if self.dialect().single_process() { self.release_claims().await } else { Ok(0) }
    }

    /// Records that a claimed delivery was sent.
    pub async fn delivery_sent(&self, id: i64, now: DateTime<Utc>) -> Result<()> {
        self.deliveries_sent(&[id], now).await
    }

    /// Records that claimed deliveries were sent, in one statement per few hundred.
    pub async fn deliveries_sent(&self, ids: &[i64], now: DateTime<Utc>) -> Result<()> {
        for chunk in ids.chunks(INSERT_CHUNK) {
            let sql = format!(
                "UPDATE deliveries SET status = 'sent', finished_at = $1, lease_until = NULL WHERE id IN ({})",
                placeholders(2, chunk.len())
            );
            on_pool!(self, |pool| {
                let mut query = sqlx::query(&sql).bind(now);
                for id in chunk {
                    query = query.bind(*id);
                }
                query.execute(pool).await?;
            });
        }
        Ok(())
    }

    /// Records that a claimed delivery failed for good (e.g. the chat blocked the bot).
    pub async fn delivery_failed(&self, id: i64, error: &str, now: DateTime<Utc>) -> Result<()> {
        on_pool!(self, |pool| sqlx::query(
            "UPDATE deliveries SET status = 'failed', last_error = $2, finished_at = $3, lease_until = NULL
             WHERE id = $1"
        )
        .bind(id)
        .bind(error)
        .bind(now)
        .execute(pool)
        .await?
        .rows_affected());
        Ok(())
    }

    /// Puts a claimed delivery back in the queue, due again at `not_before`. After a 5xx it counts as an
    /// attempt (`counts_as_attempt`); after a 429 it does not, since Telegram asked us to wait, not to give up.
    pub async fn delivery_retry(
        &self,
        id: i64,
        not_before: DateTime<Utc>,
        error: &str,
        counts_as_attempt: bool,
    ) -> Result<()> {
        on_pool!(self, |pool| sqlx::query(
            "UPDATE deliveries SET status = 'pending', not_before = $2, last_error = $3, lease_until = NULL,
                 attempts = CASE WHEN $4 THEN attempts ELSE attempts - 1 END
             WHERE id = $1"
        )
        .bind(id)
        .bind(not_before)
        .bind(error)
        .bind(counts_as_attempt)
        .execute(pool)
        .await?
        .rows_affected());
        Ok(())
    }

    /// Deliveries sent and failed since `since`, and all still waiting (pending or being sent).
    pub async fn delivery_counts_since(&self, since: DateTime<Utc>) -> Result<DeliveryCounts> {
        let (sent, failed, pending): (i64, i64, i64) = on_pool!(self, |pool| sqlx::query_as(
            "SELECT
                 CAST(COALESCE(SUM(CASE WHEN status = 'sent' AND finished_at >= $1 THEN 1 ELSE 0 END), 0) AS BIGINT),
                 CAST(COALESCE(SUM(CASE WHEN status = 'failed' AND finished_at >= $1 THEN 1 ELSE 0 END), 0) AS BIGINT),
                 CAST(COALESCE(SUM(CASE WHEN status IN ('pending', 'sending') THEN 1 ELSE 0 END), 0) AS BIGINT)
             FROM deliveries"
        )
        .bind(since)
        .fetch_one(pool)
        .await?);
        Ok(DeliveryCounts { sent: non_negative(sent), failed: non_negative(failed), pending: non_negative(pending) })
    }

    /// Deliveries waiting (pending or being sent), and when the oldest of those due became due: how far
    /// behind the queue is.
    pub async fn queue_stats(&self, now: DateTime<Utc>) -> Result<QueueStats> {
        let depth: i64 = on_pool!(self, |pool| sqlx::query_scalar(
            "SELECT COUNT(*) FROM deliveries WHERE status IN ('pending', 'sending')"
        )
        .fetch_one(pool)
        .await?);
        let oldest_due: Option<DateTime<Utc>> = on_pool!(self, |pool| sqlx::query_scalar(
            "SELECT not_before FROM deliveries WHERE status = 'pending' AND not_before <= $1
             ORDER BY not_before LIMIT 1"
        )
        .bind(now)
        .fetch_optional(pool)
        .await?);
        Ok(QueueStats { depth: non_negative(depth), oldest_due })
    }

    /// The state of one delivery ("pending", "sending", "sent", "failed") and its last error, if queued.
    pub async fn delivery_status(
        &self,
        chat_id: ChatId,
        subject: impl Into<DeliverySubject>,
        kind: DeliveryKind,
    ) -> Result<Option<(String, Option<String>)>> {
        let (day, post_id) = match subject.into() {
            DeliverySubject::Report(day) => (Some(i64::from(day.get())), None),
            DeliverySubject::Post(post_id) => (None, Some(post_id)),
        };
        Ok(on_pool!(self, |pool| sqlx::query_as(
            "SELECT status, last_error FROM deliveries
             WHERE chat_id = $1 AND (report_day = $2 OR post_id = $3) AND kind = $4"
        )
        .bind(chat_id.0)
        .bind(day)
        .bind(post_id)
        .bind(kind.as_str())
        .fetch_optional(pool)
        .await?))
    }
}

/// Queues the delivery rows `rows` gives (a `SELECT` or `VALUES` of chat, report day, kind, due and created
/// times); a (chat, report, kind) already queued is left as it is.
pub(crate) fn enqueue(rows: &str) -> String {
    format!(
        "INSERT INTO deliveries (chat_id, report_day, kind, not_before, created_at) {rows}
         ON CONFLICT (chat_id, report_day, kind) DO NOTHING"
    )
}
