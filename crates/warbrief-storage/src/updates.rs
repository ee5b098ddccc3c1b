//! Incoming updates already seen (`seen_updates`): the transport asks before handling one, so an update
//! delivered twice is handled once, by whichever caller (task or instance) recorded it first.

use chrono::{DateTime, Utc};

use crate::{Result, Store};

impl Store {
    /// Records that update `update_id` arrived at `now`; true the first time, false for every later call with
    /// the same id (until [`Store::forget_updates_seen_before`] prunes it). One statement, atomic on both
    /// backends: of concurrent callers for one id, exactly one gets true.
    pub async fn first_sight_of_update(&self, update_id: i64, now: DateTime<Utc>) -> Result<bool> {
        let affected = on_pool!(self, |pool| {
            sqlx::query(
                "INSERT INTO seen_updates (update_id, seen_at) VALUES ($1, $2) ON CONFLICT (update_id) DO NOTHING",
            )
            .bind(update_id)
            .bind(now)
            .execute(pool)
            .await?
            .rows_affected()
        });
        Ok(affected == 1)
    }

    /// Forgets the updates first seen before `cutoff`; returns how many. Their ids count as unseen again.
    pub async fn forget_updates_seen_before(&self, cutoff: DateTime<Utc>) -> Result<u64> {
        let affected = on_pool!(self, |pool| {
            sqlx::query("DELETE FROM seen_updates WHERE seen_at < $1").bind(cutoff).execute(pool).await?.rows_affected()
        });
        Ok(affected)
    }
}
