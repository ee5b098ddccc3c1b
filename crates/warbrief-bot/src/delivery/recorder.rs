//! Writes what came of each send into the queue: sent marks in batches, retries with their due times,
//! failures, deactivated and migrated chats.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::time::Instant;
use warbrief_core::ChatId;
use warbrief_storage::{ClaimedDelivery, Store};

use super::pacer::Pacer;
use super::{CHANNEL_CHAT, Clock, Outcome};

/// Sent marks are written in batches of this many, or after [`FLUSH_EVERY`]: what a crash can re-send.
const FLUSH_SIZE: usize = 64;
const FLUSH_EVERY: Duration = Duration::from_millis(50);

/// The result of a send, for the recorder.
pub(super) struct Finished {
    pub(super) delivery: ClaimedDelivery,
    pub(super) outcome: Outcome,
}

/// Writes outcomes until every sender of `finished` is gone: sent marks in batches, everything else at once.
/// A 429 also pauses `pacer`.
pub(super) async fn record(
    store: Store,
    retries: u32,
    clock: Clock,
    pacer: Arc<Pacer>,
    mut finished: mpsc::Receiver<Finished>,
) {
    let mut sent: Vec<i64> = Vec::with_capacity(FLUSH_SIZE);
    let mut flush_at = Instant::now() + FLUSH_EVERY;
    loop {
        let next = tokio::select! {
            next = finished.recv() => next,
            _ = tokio::time::sleep_until(flush_at), if !sent.is_empty() => {
                flush(&store, clock, &mut sent).await;
                continue;
            }
        };
        let Some(Finished { delivery, outcome }) = next else {
            flush(&store, clock, &mut sent).await;
            return;
        };
        let now = clock.now();
        let label = match &outcome {
            Outcome::Sent => "sent",
            Outcome::RetryAfter(_) => "rate_limited",
            Outcome::Migrated(_) => "migrated",
            Outcome::Unreachable(_) => "unreachable",
            Outcome::TopicGone => "topic_gone",
            Outcome::Transient(_) if delivery.attempts >= retries => "failed",
            Outcome::Transient(_) => "retried",
            Outcome::Failed(_) => "failed",
        };
        metrics::counter!(crate::observe::DELIVERIES, "outcome" => label).increment(1);
        let result = match outcome {
            Outcome::Sent => {
                if sent.is_empty() {
                    flush_at = Instant::now() + FLUSH_EVERY;
                }
                sent.push(delivery.id);
                if sent.len() >= FLUSH_SIZE {
                    flush(&store, clock, &mut sent).await;
                }
                Ok(())
            }
            Outcome::RetryAfter(wait) => {
                tracing::warn!(chat = %delivery.chat_id, ?wait, "Telegram asked to slow down");
                pacer.pause(wait).await;
                let not_before = now + chrono::Duration::from_std(wait).unwrap_or_default();
                store.delivery_retry(delivery.id, not_before, "429 Too Many Requests", false).await
            }
            Outcome::Migrated(to) => {
                tracing::info!(from = %delivery.chat_id, to, "group became a supergroup; moving it");
                match store.migrate_chat(delivery.chat_id, ChatId(to), now).await {
                    Ok(()) => store.delivery_retry(delivery.id, now, "chat migrated", false).await,
                    Err(error) => Err(error),
                }
            }
            Outcome::TopicGone => {
                tracing::info!(chat = %delivery.chat_id, "the chat's forum topic is gone; sending to the chat itself");
                match store.forget_topic(delivery.chat_id).await {
                    Ok(()) => store.delivery_retry(delivery.id, now, "forum topic gone", false).await,
                    Err(error) => Err(error),
                }
            }
            Outcome::Unreachable(reason) => {
                tracing::info!(chat = %delivery.chat_id, %reason, "chat unreachable; deactivating it");
                match store.delivery_failed(delivery.id, &reason, now).await {
                    Ok(()) if delivery.chat_id != CHANNEL_CHAT => {
                        store.deactivate_chat(delivery.chat_id, &reason, now).await.map(|_| ())
                    }
                    other => other,
                }
            }
            Outcome::Transient(reason) if delivery.attempts >= retries => {
                tracing::error!(chat = %delivery.chat_id, attempts = delivery.attempts, %reason, "delivery failed");
                store.delivery_failed(delivery.id, &reason, now).await
            }
            Outcome::Transient(reason) => {
                let backoff = backoff(delivery.attempts);
                tracing::warn!(chat = %delivery.chat_id, attempts = delivery.attempts, ?backoff, %reason, "will retry");
                let not_before = now + chrono::Duration::from_std(backoff).unwrap_or_default();
                store.delivery_retry(delivery.id, not_before, &reason, true).await
            }
            Outcome::Failed(reason) => {
                tracing::warn!(chat = %delivery.chat_id, %reason, "delivery refused");
                store.delivery_failed(delivery.id, &reason, now).await
            }
        };
        if let Err(error) = result {
            tracing::error!(error = %crate::error_chain(&error), id = delivery.id, "recording a delivery failed");
        }
    }
}

async fn flush(store: &Store, clock: Clock, sent: &mut Vec<i64>) {
    if sent.is_empty() {
        return;
    }
    if let Err(error) = store.deliveries_sent(sent, clock.now()).await {
        // The lease runs out and they are sent again: a duplicate, not a loss.
        tracing::error!(error = %crate::error_chain(&error), count = sent.len(), "recording sent deliveries failed");
    }
    sent.clear();
}

/// 1 s, 3 s, 9 s, … (at most 5 minutes) after the first, second, third failure.
fn backoff(attempts: u32) -> Duration {
    Duration::from_secs(3u64.saturating_pow(attempts.saturating_sub(1)).min(300))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_bounded() {
        let waits: Vec<u64> = (1..=7).map(|attempt| backoff(attempt).as_secs()).collect();
        assert_eq!(waits, [1, 3, 9, 27, 81, 243, 300]);
        assert_eq!(backoff(u32::MAX), Duration::from_secs(300));
    }
}
