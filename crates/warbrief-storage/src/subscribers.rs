//! Subscribers (`subscribers`) and the regions they follow (`region_follows`): a chat's settings, and what
//! happens to them when the chat goes away or becomes a supergroup.

use chrono::{DateTime, Utc};
use warbrief_core::{ChatId, Lang, RegionCode, Subscriber};

use crate::changes::{Topic, announce};
use crate::rows::SubscriberRow;
use crate::{Result, Store, StoreError, non_negative};

/// What a write to a chat's settings changes (its next digest's time, kept by the scheduler, is not a
/// setting and changes nothing cached).
const CHAT_TOPICS: &[Topic] = &[Topic::Chats];

/// The columns a [`SubscriberRow`] reads.
pub(crate) const SUBSCRIBER_COLUMNS: &str =
    "chat_id, language, time_zone, digest_time, digest, active, quiet_start, quiet_end, quiet_mode, topic";

impl Store {
    /// Creates or updates a chat's settings and reschedules its digest from `now` (see
    /// [`Subscriber::next_digest_at`]): every change of time, zone or flags takes effect at once.
    pub async fn upsert_subscriber(&self, subscriber: &Subscriber, now: DateTime<Utc>) -> Result<()> {
        self.upsert_subscribers(std::slice::from_ref(subscriber), now).await
    }

    /// [`Store::upsert_subscriber`] for many chats, in one transaction.
    pub async fn upsert_subscribers(&self, subscribers: &[Subscriber], now: DateTime<Utc>) -> Result<()> {
        on_pool!(self, |pool| {
            let mut tx = pool.begin().await?;
            for subscriber in subscribers {
                sqlx::query(
                    "INSERT INTO subscribers (chat_id, language, time_zone, digest_time, digest, active,
                         next_digest_at, created_at, updated_at, quiet_start, quiet_end, quiet_mode, topic)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10, $11, $12)
                     ON CONFLICT (chat_id) DO UPDATE SET
                         language = excluded.language, time_zone = excluded.time_zone,
                         digest_time = excluded.digest_time, digest = excluded.digest, active = excluded.active,
                         next_digest_at = excluded.next_digest_at, updated_at = excluded.updated_at,
                         quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end,
                         quiet_mode = excluded.quiet_mode, topic = excluded.topic",
                )
                .bind(subscriber.chat_id.0)
                .bind(subscriber.language.map_or("", |lang| lang.code()))
                .bind(subscriber.time_zone.name())
                .bind(subscriber.digest_time)
                .bind(subscriber.digest)
                .bind(subscriber.active)
                .bind(subscriber.next_digest_at(now))
                .bind(now)
                .bind(subscriber.quiet.map(|quiet| quiet.start()))
                .bind(subscriber.quiet.map(|quiet| quiet.end()))
                .bind(subscriber.quiet.map(|quiet| quiet.mode.as_str()))
                .bind(subscriber.topic.map(i64::from))
                .execute(&mut *tx)
                .await?;
            }
            announce!(tx, self, CHAT_TOPICS);
            tx.commit().await?;
        });
        self.changed(CHAT_TOPICS);
        Ok(())
    }

    pub async fn subscriber(&self, chat_id: ChatId) -> Result<Option<Subscriber>> {
        let row: Option<SubscriberRow> = on_pool!(self, |pool| {
            sqlx::query_as(&format!("SELECT {SUBSCRIBER_COLUMNS} FROM subscribers WHERE chat_id = $1"))
                .bind(chat_id.0)
                .fetch_optional(pool)
                .await?
        });
        row.map(SubscriberRow::into_subscriber).transpose()
    }

    /// Records `language` as a stored chat's language if it has none yet; a chat's own choice is never
    /// replaced. Returns whether it was recorded.
    pub async fn settle_language(&self, chat_id: ChatId, language: Lang) -> Result<bool> {
        let done = on_pool!(self, |pool| {
            let mut tx = pool.begin().await?;
            let done = sqlx::query("UPDATE subscribers SET language = $2 WHERE chat_id = $1 AND language = ''")
                .bind(chat_id.0)
                .bind(language.code())
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if done == 1 {
                announce!(tx, self, CHAT_TOPICS);
            }
            tx.commit().await?;
            done
        });
        if done == 1 {
            self.changed(CHAT_TOPICS);
        }
        Ok(done == 1)
    }

    /// Sends the chat's pushed messages to the chat itself, no longer to a forum topic (which Telegram says is
    /// gone).
    pub async fn forget_topic(&self, chat_id: ChatId) -> Result<()> {
        on_pool!(self, |pool| sqlx::query("UPDATE subscribers SET topic = NULL WHERE chat_id = $1")
            .bind(chat_id.0)
            .execute(pool)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Marks a chat active or inactive, rescheduling its digest. Returns false for an unknown chat.
    pub async fn set_subscriber_active(&self, chat_id: ChatId, active: bool, now: DateTime<Utc>) -> Result<bool> {
        if !active {
            return self.deactivate_chat(chat_id, "the chat was deactivated", now).await;
        }
        let Some(mut subscriber) = self.subscriber(chat_id).await? else {
            return Ok(false);
        };
        subscriber.active = true;
        self.upsert_subscriber(&subscriber, now).await?;
        Ok(true)
    }

    /// Stops everything for a chat that can no longer be reached (it blocked the bot, was deleted, or the bot
    /// was removed from it): inactive, no digest scheduled, and its waiting deliveries failed with `reason`.
    /// One transaction. Returns false for an unknown chat.
    pub async fn deactivate_chat(&self, chat_id: ChatId, reason: &str, now: DateTime<Utc>) -> Result<bool> {
        on_pool!(self, |pool| {
            let mut tx = pool.begin().await?;
            let affected = sqlx::query(
                "UPDATE subscribers SET active = FALSE, next_digest_at = NULL, updated_at = $2 WHERE chat_id = $1",
            )
            .bind(chat_id.0)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            sqlx::query(
                "UPDATE deliveries SET status = 'failed', last_error = $2, finished_at = $3, lease_until = NULL
                 WHERE chat_id = $1 AND status = 'pending'",
            )
            .bind(chat_id.0)
            .bind(reason)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            announce!(tx, self, CHAT_TOPICS);
            tx.commit().await?;
            self.changed(CHAT_TOPICS);
            Ok(affected == 1)
        })
    }

    /// Subscribers: (active, inactive).
    pub async fn count_subscribers(&self) -> Result<(u64, u64)> {
        let (active, inactive): (i64, i64) = on_pool!(self, |pool| sqlx::query_as(
            "SELECT CAST(COALESCE(SUM(CASE WHEN active THEN 1 ELSE 0 END), 0) AS BIGINT),
                    CAST(COALESCE(SUM(CASE WHEN active THEN 0 ELSE 1 END), 0) AS BIGINT)
             FROM subscribers"
        )
        .fetch_one(pool)
        .await?);
        Ok((non_negative(active), non_negative(inactive)))
    }

    /// Starts following `region` for alerts; false if the chat already did.
    pub async fn follow_region(&self, chat_id: ChatId, region: RegionCode, now: DateTime<Utc>) -> Result<bool> {
        let affected = on_pool!(self, |pool| sqlx::query(
            "INSERT INTO region_follows (chat_id, region, created_at) VALUES ($1, $2, $3)
             ON CONFLICT (chat_id, region) DO NOTHING"
        )
        .bind(chat_id.0)
        .bind(region.iso_code())
        .bind(now)
        .execute(pool)
        .await?
        .rows_affected());
        Ok(affected == 1)
    }

    /// Stops following `region`; false if the chat did not.
    pub async fn unfollow_region(&self, chat_id: ChatId, region: RegionCode) -> Result<bool> {
        let affected =
            on_pool!(self, |pool| sqlx::query("DELETE FROM region_follows WHERE chat_id = $1 AND region = $2")
                .bind(chat_id.0)
                .bind(region.iso_code())
                .execute(pool)
                .await?
                .rows_affected());
        Ok(affected == 1)
    }

    /// Stops following every region; returns how many were followed.
    pub async fn unfollow_all_regions(&self, chat_id: ChatId) -> Result<u64> {
        Ok(on_pool!(self, |pool| sqlx::query("DELETE FROM region_follows WHERE chat_id = $1")
            .bind(chat_id.0)
            .execute(pool)
            .await?
            .rows_affected()))
    }

    /// The regions a chat follows, in code order.
    pub async fn followed_regions(&self, chat_id: ChatId) -> Result<Vec<RegionCode>> {
        let codes: Vec<String> = on_pool!(self, |pool| sqlx::query_scalar(
            "SELECT region FROM region_follows WHERE chat_id = $1 ORDER BY region"
        )
        .bind(chat_id.0)
        .fetch_all(pool)
        .await?);
        codes
            .into_iter()
            .map(|code| code.parse().map_err(|_| StoreError::InvalidRow { table: "region_follows", detail: code }))
            .collect()
    }

    /// A group that became a supergroup has a new id: moves its settings, follows and waiting deliveries
    /// there (where the new chat already has one, the old one is dropped). One transaction.
    pub async fn migrate_chat(&self, from: ChatId, to: ChatId, now: DateTime<Utc>) -> Result<()> {
        on_pool!(self, |pool| {
            let mut tx = pool.begin().await?;
            let statements = [
                "DELETE FROM subscribers WHERE chat_id = $1 AND EXISTS (SELECT 1 FROM subscribers WHERE chat_id = $2)",
                "UPDATE subscribers SET chat_id = $2, updated_at = $3 WHERE chat_id = $1",
                "DELETE FROM region_follows WHERE chat_id = $1
                     AND region IN (SELECT region FROM region_follows WHERE chat_id = $2)",
                "UPDATE region_follows SET chat_id = $2 WHERE chat_id = $1",
                "DELETE FROM deliveries WHERE chat_id = $1 AND EXISTS (SELECT 1 FROM deliveries d
                     WHERE d.chat_id = $2 AND d.kind = deliveries.kind
                         AND (d.report_day = deliveries.report_day OR d.post_id = deliveries.post_id))",
                "UPDATE deliveries SET chat_id = $2 WHERE chat_id = $1",
            ];
            for sql in statements {
                sqlx::query(sql).bind(from.0).bind(to.0).bind(now).execute(&mut *tx).await?;
            }
            announce!(tx, self, CHAT_TOPICS);
            tx.commit().await?;
        });
        self.changed(CHAT_TOPICS);
        Ok(())
    }
}
