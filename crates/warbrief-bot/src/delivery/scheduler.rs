//! The digest scheduler: queues each chat's digest when its time comes.

use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::sync::watch;
use warbrief_core::{ChatId, schedule};
use warbrief_storage::{Store, StoreError};

use super::{Clock, stopped};

/// How often the scheduler looks for digests that fell due.
const SCHEDULER_TICK: Duration = Duration::from_secs(15);
/// Scheduler batch size.
const SCHEDULE_BATCH: u32 = 1000;

/// One scheduler pass: for every chat whose digest time has come, queues the newest published report's
/// digest (if the chat has not had it) and moves the chat to its next time. A chat whose time passed while
/// the bot was down is sent to later the same local day; after that day it waits for its next time.
/// Returns how many digests were queued.
pub async fn schedule_due(store: &Store, now: DateTime<Utc>) -> Result<u64, StoreError> {
    let mut queued = 0;
    // Each pass moves every chat it sees past `now`, so this ends; the bound is a guard.
    for _ in 0..10_000 {
        let due = store.due_digests(now, SCHEDULE_BATCH).await?;
        if due.is_empty() {
            break;
        }
        let day = store.latest_published_day().await?;
        let send: Vec<ChatId> = due
            .iter()
            .filter(|chat| schedule::due_today(now, chat.digest_time, chat.time_zone).is_some())
            .map(|chat| chat.chat_id)
            .collect();
        let next: Vec<(ChatId, Option<DateTime<Utc>>)> =
            due.iter().map(|chat| (chat.chat_id, chat.next_digest_at(now))).collect();
        queued += store.schedule_digests(day, &send, &next, now).await?;
        if due.len() < SCHEDULE_BATCH as usize {
            break;
        }
    }
    Ok(queued)
}

/// Runs [`schedule_due`] every tick while this instance holds the scheduler lock (one instance per database
/// does; the others keep trying, and take over within a tick of the leader's death).
pub(super) async fn run(store: Store, clock: Clock, mut stop: watch::Receiver<bool>) {
    let mut lock = None;
    loop {
        if let Some(held) = &mut lock
            && !warbrief_storage::SchedulerLock::is_held(held).await
        {
            tracing::warn!("lost the scheduler lock (database connection broken)");
            lock = None;
        }
        if lock.is_none() {
            match store.try_lock_scheduler().await {
                Ok(Some(acquired)) => {
                    tracing::info!("this instance runs the digest scheduler");
                    lock = Some(acquired);
                }
                Ok(None) => tracing::debug!("another instance runs the digest scheduler"),
                Err(error) => tracing::error!(error = %crate::error_chain(&error), "taking the scheduler lock failed"),
            }
        }
        if lock.is_some() {
            match schedule_due(&store, clock.now()).await {
                Ok(0) => {}
                Ok(queued) => tracing::info!(queued, "digests fell due"),
                Err(error) => tracing::error!(error = %crate::error_chain(&error), "scheduling digests failed"),
            }
        }
        if tokio::time::timeout(SCHEDULER_TICK, stopped(&mut stop)).await.is_ok() {
            return;
        }
    }
}
