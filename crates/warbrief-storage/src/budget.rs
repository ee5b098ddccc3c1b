//! The send budget shared by every instance on one database: one row holding the next free send slot by the
//! database's clock. Instances reserve blocks of evenly spaced slots from it, so `WARBRIEF_SEND_RATE` is the
//! total across them, and a 429 seen by any of them pushes the next slot past `retry_after` for all.
//!
//! Slots are handed out as offsets from the database's "now", never as timestamps, so instances on machines
//! whose clocks disagree still space their sends correctly: a caller adds the offset to its own monotonic
//! clock when the answer arrives. The time the answer took (a lock wait, the network) only moves a slot later,
//! never earlier: no second holds more than the rate, give or take a slot for those delays' differences.

use std::time::Duration;

use crate::{Result, Store};

/// Slots reserved by one call to [`Store::reserve_send_slots`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SendSlots {
    /// How long after the database's now the first slot is (zero when it is free at once).
    pub first_in: Duration,
    /// How many slots, `interval` apart from the first.
    pub count: u32,
}

impl Store {
    /// Whether instances on other machines may send from this database too, so the send budget must be the
    /// database's ([`Store::reserve_send_slots`]) rather than a process's own: true on PostgreSQL. A SQLite
    /// file has one `serve`, which paces itself in memory.
    pub fn shares_send_budget(&self) -> bool {
        !self.dialect().single_process()
    }

    /// Reserves `count` send slots, `interval` apart, the first no earlier than the database's now nor than the
    /// end of the slots already reserved by anyone. Atomic: concurrent callers get disjoint slots.
    pub async fn reserve_send_slots(&self, count: u32, interval: Duration) -> Result<SendSlots> {
        let count = count.max(1);
        let span = micros(interval).saturating_mul(i64::from(count));
        let dialect = self.dialect();
        let (now, greatest) = (dialect.now_micros(), dialect.greatest());
        let sql = format!(
            "UPDATE send_budget SET next_slot_us = {greatest}(next_slot_us, {now}) + $1 WHERE id = 1
             RETURNING next_slot_us - $1 - {now}"
        );
        let first_in: i64 = on_pool!(self, |pool| sqlx::query_scalar(&sql).bind(span).fetch_one(pool).await?);
        Ok(SendSlots { first_in: Duration::from_micros(u64::try_from(first_in).unwrap_or(0)), count })
    }

    /// Pushes the next free slot to at least `wait` after the database's now: every instance's next
    /// reservation starts after it (what Telegram asks with a 429's `retry_after`).
    pub async fn pause_sending(&self, wait: Duration) -> Result<()> {
        let dialect = self.dialect();
        let (now, greatest) = (dialect.now_micros(), dialect.greatest());
        let sql = format!("UPDATE send_budget SET next_slot_us = {greatest}(next_slot_us, {now} + $1) WHERE id = 1");
        on_pool!(self, |pool| sqlx::query(&sql).bind(micros(wait)).execute(pool).await?.rows_affected());
        Ok(())
    }
}

fn micros(duration: Duration) -> i64 {
    i64::try_from(duration.as_micros()).unwrap_or(i64::MAX / 4)
}
