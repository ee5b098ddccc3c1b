//! Push delivery: the scheduler that queues digests when they fall due, and the worker that drains the
//! durable queue (`deliveries` in the database) through a [`Sender`].
//!
//! - **Once**: a (chat, report, kind) is queued at most once (a unique key), and marked sent as soon as
//!   Telegram says so; a crash re-sends at most what was in flight.
//! - **Rate**: one pacer spaces messages `1/WARBRIEF_SEND_RATE` apart with no bursts, and a chat gets at most
//!   one message a second. On PostgreSQL both hold across every instance on the database: the pacer reserves
//!   slots from a budget the database keeps, and a chat is not claimed while another instance is sending to
//!   it or within a second of its last message. A 429 pauses the pacer (every instance's, on PostgreSQL) for
//!   `retry_after` and re-queues the message.
//! - **Failures**: 5xx and network errors back off and retry up to `WARBRIEF_SEND_RETRIES`, then fail; a chat
//!   that blocked the bot or no longer exists is deactivated and not retried; a group that became a
//!   supergroup is moved and re-sent.
//!
//! The parts: [`scheduler`] (digests falling due), `worker` (claims, per-chat gap, sends), `pacer` (the
//! rate), `recorder` (outcomes into the queue), `content` (what each delivery says) and [`sender`] (the one
//! thing asked of Telegram). Queueing on publishing is `publishing`'s; the Telegram client that
//! implements [`Sender`] is `telegram::client`'s, and keeps the HTTP status of failures because the queue needs
//! it (403 vs 400 vs 5xx) to decide between deactivating, failing and retrying.

mod content;
mod pacer;
mod recorder;
pub mod scheduler;
pub mod sender;
mod worker;

#[cfg(test)]
mod tests;

use chrono::{DateTime, Utc};
use tokio::sync::watch;
use warbrief_core::Lang;
use warbrief_storage::Store;

use crate::config::{Channel, Config};

pub use scheduler::schedule_due;
pub use sender::{Outcome, Recipient, SendOptions, Sender};

pub use warbrief_core::CHANNEL_CHAT;

/// Delivery settings, from [`Config`].
#[derive(Debug, Clone)]
pub struct DeliverySettings {
    pub rate: f64,
    /// Messages to chats go with `allow_paid_broadcast`; the channel's post never does (one message reaches
    /// every member for free).
    pub paid_broadcast: bool,
    pub retries: u32,
    pub channel: Option<Channel>,
    /// What a chat that chose no language is sent in (`WARBRIEF_LANGUAGE`).
    pub language: Lang,
    /// What the channel is sent in (`WARBRIEF_CHANNEL_LANGUAGE`).
    pub channel_language: Lang,
}

impl DeliverySettings {
    pub fn from_config(config: &Config) -> Self {
        DeliverySettings {
            rate: config.send_rate,
            paid_broadcast: config.paid_broadcast,
            retries: config.send_retries,
            channel: config.channel.clone(),
            language: config.language,
            channel_language: config.channel_language,
        }
    }
}

/// Runs the scheduler and the queue worker until `stop` turns true; then finishes the sends in flight and
/// records them before returning.
pub async fn run<S: Sender>(store: Store, sender: S, settings: DeliverySettings, stop: watch::Receiver<bool>) {
    run_with_clock(store, sender, settings, stop, Clock::System).await;
}

/// [`run`], reading the time of day from `clock`.
async fn run_with_clock<S: Sender>(
    store: Store,
    sender: S,
    settings: DeliverySettings,
    stop: watch::Receiver<bool>,
    clock: Clock,
) {
    // Deliveries claimed by a previous run that died need not wait for their leases where no other instance
    // can be sending them; the store knows when that is.
    match store.release_claims_after_restart().await {
        Ok(0) => {}
        Ok(released) => tracing::info!(released, "resuming deliveries claimed before a restart"),
        Err(error) => tracing::error!(error = %crate::error_chain(&error), "could not release old claims"),
    }
    let scheduler = tokio::spawn(scheduler::run(store.clone(), clock, stop.clone()));
    worker::Worker::new(store, sender, settings, clock).run(stop).await;
    let _ = scheduler.await;
}

/// Where delivery reads the time of day it writes to the queue (due times, leases, sent marks).
#[derive(Debug, Clone, Copy)]
enum Clock {
    /// The system clock.
    System,
    /// For tests under paused tokio time: `at` was `utc`, and the time of day moves with tokio's clock.
    #[cfg(test)]
    Tokio { utc: DateTime<Utc>, at: tokio::time::Instant },
}

impl Clock {
    fn now(&self) -> DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            #[cfg(test)]
            Clock::Tokio { utc, at } => *utc + chrono::Duration::from_std(at.elapsed()).unwrap_or_default(),
        }
    }
}

/// Resolves once `stop` turns true (or its sender is gone).
async fn stopped(stop: &mut watch::Receiver<bool>) {
    let _ = stop.wait_for(|stop| *stop).await;
}
