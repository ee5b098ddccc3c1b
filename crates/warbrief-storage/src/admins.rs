//! Bot admins (`admins`).

use chrono::{DateTime, Utc};

use crate::{Result, Store};

impl Store {
    /// Adds an admin; returns false if they already were one.
    pub async fn add_admin(&self, user_id: i64, added_by: Option<i64>, now: DateTime<Utc>) -> Result<bool> {
        let affected = on_pool!(self, |pool| {
            sqlx::query(
                "INSERT INTO admins (user_id, added_by, added_at) VALUES ($1, $2, $3) ON CONFLICT (user_id) DO NOTHING",
            )
            .bind(user_id)
            .bind(added_by)
            .bind(now)
            .execute(pool)
            .await?
            .rows_affected()
        });
        Ok(affected == 1)
    }

    /// Removes an admin; returns false if they were not one.
    pub async fn remove_admin(&self, user_id: i64) -> Result<bool> {
        self.delete_row("admins", "user_id", user_id).await
    }

    pub async fn is_admin(&self, user_id: i64) -> Result<bool> {
        let found: Option<i64> =
            on_pool!(self, |pool| sqlx::query_scalar("SELECT user_id FROM admins WHERE user_id = $1")
                .bind(user_id)
                .fetch_optional(pool)
                .await?);
        Ok(found.is_some())
    }

    pub async fn admins(&self) -> Result<Vec<i64>> {
        let ids: Vec<i64> = on_pool!(self, |pool| sqlx::query_scalar("SELECT user_id FROM admins ORDER BY user_id")
            .fetch_all(pool)
            .await?);
        Ok(ids)
    }
}
