//! The digest schedule (`subscribers.next_digest_at`): which chats' digests are due, moving them on, and the
//! lock that lets one instance run the scheduler.

use chrono::{DateTime, Utc};
use warbrief_core::{ChatId, DayNumber, Subscriber};

use crate::deliveries::enqueue;
use crate::dialect::AdvisoryLock;
use crate::rows::SubscriberRow;
use crate::subscribers::SUBSCRIBER_COLUMNS;
use crate::{INSERT_CHUNK, Result, Store, placeholders};

/// The advisory lock key of the digest scheduler ("warbrief" in ASCII, as a number).
const SCHEDULER_LOCK_KEY: i64 = 0x7761_7262_7269_6566;

/// Held by the instance that runs the digest scheduler; see [`Store::try_lock_scheduler`].
#[derive(Debug)]
pub struct SchedulerLock {
    lock: AdvisoryLock,
}

impl SchedulerLock {
    /// Whether the lock is still held: false once its connection has broken (the server then released it).
    pub async fn is_held(&mut self) -> bool {
        self.lock.is_held().await
    }
}

impl Store {
    /// Up to `limit` chats whose scheduled digest time has come (`next_digest_at <= now`), earliest first.
    pub async fn due_digests(&self, now: DateTime<Utc>, limit: u32) -> Result<Vec<Subscriber>> {
        let rows: Vec<SubscriberRow> = on_pool!(self, |pool| sqlx::query_as(&format!(
            "SELECT {SUBSCRIBER_COLUMNS} FROM subscribers
             WHERE next_digest_at IS NOT NULL AND next_digest_at <= $1
             ORDER BY next_digest_at, chat_id LIMIT $2"
        ))
        .bind(now)
        .bind(i64::from(limit))
        .fetch_all(pool)
        .await?);
        rows.into_iter().map(SubscriberRow::into_subscriber).collect()
    }

    /// The scheduler's step for chats [`Store::due_digests`] returned: queues `day`'s digest for the chats in
    /// `send` and moves each chat in `next` to its next time, in one transaction, so a crash does both or
    /// neither. A chat whose settings changed meanwhile (its time is no longer due) is left as it is.
    /// Returns how many digests were newly queued.
    pub async fn schedule_digests(
        &self,
        day: Option<DayNumber>,
        send: &[ChatId],
        next: &[(ChatId, Option<DateTime<Utc>>)],
        now: DateTime<Utc>,
    ) -> Result<u64> {
        // Chats sharing a next time (same zone and hour) are moved by one statement.
        let mut by_time: std::collections::BTreeMap<Option<DateTime<Utc>>, Vec<i64>> = Default::default();
        for (chat, at) in next {
            by_time.entry(*at).or_default().push(chat.0);
        }
        on_pool!(self, |pool| {
            let mut tx = pool.begin().await?;
            let mut added = 0;
            if let Some(day) = day {
                for chunk in send.chunks(INSERT_CHUNK) {
                    let sql = enqueue(&format!(
                        "SELECT chat_id, $1, 'digest', $2, $2 FROM subscribers
                         WHERE active AND digest AND chat_id IN ({}) AND next_digest_at <= $2",
                        placeholders(3, chunk.len())
                    ));
                    let mut query = sqlx::query(&sql).bind(i64::from(day.get())).bind(now);
                    for chat in chunk {
                        query = query.bind(chat.0);
                    }
                    added += query.execute(&mut *tx).await?.rows_affected();
                }
            }
            for (at, chats) in &by_time {
                for chunk in chats.chunks(INSERT_CHUNK) {
                    let sql = format!(
                        "UPDATE subscribers SET next_digest_at = $1 WHERE chat_id IN ({}) AND next_digest_at <= $2",
                        placeholders(3, chunk.len())
                    );
                    let mut query = sqlx::query(&sql).bind(*at).bind(now);
                    for chat in chunk {
                        query = query.bind(*chat);
                    }
                    query.execute(&mut *tx).await?;
                }
            }
            tx.commit().await?;
            Ok(added)
        })
    }

    /// Tries to become the one instance that runs the digest scheduler. PostgreSQL: a session advisory lock
    /// on a connection of its own, held while the returned [`SchedulerLock`] lives and released by the
    /// server if the process dies. SQLite (one process per file): always granted.
    pub async fn try_lock_scheduler(&self) -> Result<Option<SchedulerLock>> {
        let lock = AdvisoryLock::try_acquire(&self.backend, SCHEDULER_LOCK_KEY).await?;
        Ok(lock.map(|lock| SchedulerLock { lock }))
    }
}
