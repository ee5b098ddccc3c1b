//! The queue worker: claims due deliveries, keeps the per-chat gap, waits for the pacer's slots and sends,
//! each send in a task of its own; the recorder writes what came of them.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::sync::{Semaphore, mpsc, watch};
use tokio::time::Instant;
use warbrief_core::{ChatId, DeliveryKind, Lang, Quiet};
use warbrief_storage::{ClaimedDelivery, Store};

use super::content::{self, Content};
use super::pacer::Pacer;
use super::recorder::{self, Finished};
use super::{Clock, DeliverySettings, Outcome, SendOptions, Sender, stopped};

/// How long a claimed delivery is reserved for the worker that claimed it; if it dies, another worker (or
/// this one, restarted) takes it over after this.
/// Claims are sent within seconds (a batch is two seconds' worth, and a long 429 pause gives them back after
/// [`HOLD_AT_MOST`]), so a short lease lets a surviving instance take over a dead one's claims quickly.
const LEASE: chrono::Duration = chrono::Duration::seconds(20);
/// The least time between two messages to one chat (Telegram's advice for bots).
pub(super) const PER_CHAT_GAP: Duration = Duration::from_secs(1);
/// How often an idle worker looks at the queue.
const IDLE_POLL: Duration = Duration::from_millis(500);
/// Requests to Telegram at the same time; the pacer sets the rate, this only bounds the work in flight.
const CONCURRENCY: usize = 32;
/// The longest the worker holds a batch of claims waiting for send slots; beyond it (a long 429 pause, or
/// a rate shared by many instances) the rest go back to the queue, well before their lease could expire.
const HOLD_AT_MOST: Duration = Duration::from_secs(10);
/// [`PER_CHAT_GAP`] as the store takes it.
fn chat_gap() -> chrono::Duration {
    chrono::Duration::from_std(PER_CHAT_GAP).expect("a second fits")
}

/// Tokio's timer rounds every sleep up to a millisecond; waits shorter than this are not slept.
const TIMER_RESOLUTION: Duration = Duration::from_millis(1);

pub(super) struct Worker<S> {
    store: Store,
    sender: Arc<S>,
    settings: DeliverySettings,
    clock: Clock,
    pacer: Arc<Pacer>,
    content: Arc<tokio::sync::Mutex<Content>>,
    /// When each chat was last sent to (planned), for the per-chat gap; pruned as it grows.
    last_sent: HashMap<ChatId, Instant>,
}

impl<S: Sender> Worker<S> {
    pub(super) fn new(store: Store, sender: S, settings: DeliverySettings, clock: Clock) -> Self {
        let content = Content::new(store.clone());
        let pacer = Arc::new(Pacer::for_store(settings.rate, &store));
        Worker {
            store,
            sender: Arc::new(sender),
            pacer,
            settings,
            clock,
            content: Arc::new(tokio::sync::Mutex::new(content)),
            last_sent: HashMap::new(),
        }
    }

    /// Claim size: about two seconds of sending, so claimed rows do not wait long.
    fn batch_size(&self) -> u32 {
        (self.settings.rate * 2.0).clamp(10.0, 500.0) as u32
    }

    pub(super) async fn run(mut self, mut stop: watch::Receiver<bool>) {
        let in_flight = Arc::new(Semaphore::new(CONCURRENCY));
        let (finished_tx, finished_rx) = mpsc::channel::<Finished>(1024);
        let recorder = tokio::spawn(recorder::record(
            self.store.clone(),
            self.settings.retries,
            self.clock,
            self.pacer.clone(),
            finished_rx,
        ));
        'claiming: while !*stop.borrow() {
            // While Telegram has asked us to wait (429), claim nothing: claims would only sit on their leases.
            let resume = self.pacer.resume_at();
            if resume > Instant::now() + TIMER_RESOLUTION {
                let _ = tokio::time::timeout_at(resume, stopped(&mut stop)).await;
                continue;
            }
            let claim = self.store.claim_deliveries(self.batch_size(), self.clock.now(), LEASE, chat_gap());
            let batch = match claim.await {
                Ok(batch) => batch,
                Err(error) => {
                    tracing::error!(error = %crate::error_chain(&error), "claiming deliveries failed");
                    let _ = tokio::time::timeout(Duration::from_secs(5), stopped(&mut stop)).await;
                    continue;
                }
            };
            if batch.is_empty() {
                let _ = tokio::time::timeout(IDLE_POLL, stopped(&mut stop)).await;
                continue;
            }
            if let Err(error) = self.content.lock().await.refresh().await {
                tracing::error!(error = %crate::error_chain(&error), "reading reports for delivery failed");
            }
            // Claims are held at most this long, well inside their lease, however slowly slots come.
            let hold_until = Instant::now() + HOLD_AT_MOST;
            let mut batch = batch.into_iter();
            while let Some(delivery) = batch.next() {
                // In the chat's quiet hours a message goes without a sound, or back to the queue until they end.
                let quiet = match (delivery.kind, delivery.quiet) {
                    (DeliveryKind::Channel, _) | (_, None) => Quiet::No,
                    (_, Some((hours, zone))) => hours.at(self.clock.now(), zone),
                };
                if let Quiet::WaitUntil(end) = quiet {
                    if let Err(error) = self.store.delivery_retry(delivery.id, end, "quiet hours", false).await {
                        tracing::error!(error = %crate::error_chain(&error), "holding a delivery back failed");
                    }
                    continue;
                }
                let now = Instant::now();
                // A second message to a chat within the gap goes back to the queue for a little later.
                if let Some(last) = self.last_sent.get(&delivery.chat_id)
                    && now < *last + PER_CHAT_GAP
                {
                    let not_before =
                        self.clock.now() + chrono::Duration::from_std(*last + PER_CHAT_GAP - now).unwrap_or_default();
                    if let Err(error) = self.store.delivery_retry(delivery.id, not_before, "per-chat gap", false).await
                    {
                        tracing::error!(error = %crate::error_chain(&error), "re-queueing a delivery failed");
                    }
                    continue;
                }
                let permit = tokio::select! {
                    permit = in_flight.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
                    _ = stopped(&mut stop) => {
                        self.release(batch.as_slice(), Some(&delivery), self.clock.now()).await;
                        break 'claiming;
                    }
                };
                let slot = match self.pacer.reserve(batch.len() + 1).await {
                    Ok(slot) => slot,
                    Err(error) => {
                        tracing::error!(error = %crate::error_chain(&error), "reserving send slots failed");
                        self.release(batch.as_slice(), Some(&delivery), self.clock.now()).await;
                        let _ = tokio::time::timeout(Duration::from_secs(5), stopped(&mut stop)).await;
                        continue 'claiming;
                    }
                };
                if slot > hold_until {
                    // Paused by a 429 (here or, with a shared budget, anywhere), or the slots come too slowly for
                    // the claims' lease: give the rest back, due when the slot comes, and wait for it.
                    self.pacer.unreserve(slot);
                    let resume =
                        self.clock.now() + chrono::Duration::from_std(slot - Instant::now()).unwrap_or_default();
                    self.release(batch.as_slice(), Some(&delivery), resume).await;
                    continue 'claiming;
                }
                // Sleeping for less than the timer's resolution would cost a whole millisecond per message at
                // high rates. Slots still advance, so no second holds more than the rate.
                if slot > Instant::now() + TIMER_RESOLUTION {
                    tokio::select! {
                        _ = tokio::time::sleep_until(slot) => {}
                        _ = stopped(&mut stop) => {
                            self.release(batch.as_slice(), Some(&delivery), self.clock.now()).await;
                            break 'claiming;
                        }
                    }
                }
                self.last_sent.insert(delivery.chat_id, slot);
                if self.last_sent.len() > 10_000 {
                    let horizon = Instant::now() - PER_CHAT_GAP;
                    self.last_sent.retain(|_, at| *at > horizon);
                }
                let sender = self.sender.clone();
                let store = self.store.clone();
                let content = self.content.clone();
                let channel = self.settings.channel.clone();
                let lang = match delivery.kind {
                    DeliveryKind::Channel => self.settings.channel_language,
                    _ => delivery.language.unwrap_or(self.settings.language),
                };
                let options = SendOptions {
                    paid_broadcast: self.settings.paid_broadcast && delivery.kind != DeliveryKind::Channel,
                    silent: quiet == Quiet::Silently,
                    topic: delivery.topic,
                };
                let finished = finished_tx.clone();
                tokio::spawn(async move {
                    let outcome =
                        deliver(sender.as_ref(), &store, &content, channel.as_ref(), lang, options, &delivery).await;
                    let _ = finished.send(Finished { delivery, outcome }).await;
                    drop(permit);
                });
            }
        }
        // Stopping: wait for the sends in flight, then let the recorder write the last outcomes.
        let _ = in_flight.acquire_many(CONCURRENCY as u32).await;
        drop(finished_tx);
        let _ = recorder.await;
        tracing::info!("delivery stopped");
    }

    /// Gives back claimed deliveries that were not sent, due again at `not_before`.
    async fn release(&self, rest: &[ClaimedDelivery], current: Option<&ClaimedDelivery>, not_before: DateTime<Utc>) {
        for delivery in current.into_iter().chain(rest) {
            if let Err(error) = self.store.delivery_retry(delivery.id, not_before, "released unsent", false).await {
                tracing::error!(error = %crate::error_chain(&error), "releasing a delivery failed");
            }
        }
    }
}

/// Renders and sends one delivery: every message it is made of, stopping at the first that is not sent.
async fn deliver<S: Sender>(
    sender: &S,
    store: &Store,
    content: &tokio::sync::Mutex<Content>,
    channel: Option<&crate::config::Channel>,
    lang: Lang,
    options: SendOptions,
    delivery: &ClaimedDelivery,
) -> Outcome {
    let (recipient, replies) = match content::compose(store, content, channel, lang, delivery).await {
        Ok(composed) => composed,
        Err(outcome) => return outcome,
    };
    for reply in &replies {
        match sender.send(&recipient, reply, options).await {
            Outcome::Sent => {}
            other => return other,
        }
    }
    Outcome::Sent
}
