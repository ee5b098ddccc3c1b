//! Push delivery: the scheduler that queues digests when they fall due, and the worker that drains the
//! durable queue (`deliveries` in the database) to Telegram.
//!
//! - **Once**: a (chat, report, kind) is queued at most once (a unique key), and marked sent as soon as
//!   Telegram says so; a crash re-sends at most what was in flight.
//! - **Rate**: one global pacer spaces messages `1/WARBRIEF_SEND_RATE` apart with no bursts, and a chat gets
//!   at most one message a second. A 429 pauses the pacer for `retry_after` and re-queues the message.
//! - **Failures**: 5xx and network errors back off and retry up to `WARBRIEF_SEND_RETRIES`, then fail; a chat
//!   that blocked the bot or no longer exists is deactivated and not retried; a group that became a
//!   supergroup is moved and re-sent.
//!
//! Sending uses a small Bot API client of its own instead of teloxide's: teloxide sleeps 10 s inside every
//! request that gets a 5xx and folds the HTTP status into one error type, while the queue needs the status
//! (403 vs 400 vs 5xx) to decide between deactivating, failing and retrying, and its own backoff.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::sync::{Semaphore, mpsc, watch};
use tokio::time::Instant;
use warbrief_core::render::{self, Reply};
use warbrief_core::{CasualtyTotals, ChatId, DayNumber, DeliveryKind, RegionCode, Report, schedule};
use warbrief_storage::{ClaimedDelivery, DeliverySubject, ReportsVersion, Store, StoreError};

use crate::config::{BotToken, Channel, Config};

/// The chat id under which deliveries to the configured channel are queued: no Telegram chat has id 0, and
/// the channel's real recipient (`@name` or id) is read from the configuration when sending.
pub const CHANNEL_CHAT: ChatId = ChatId(0);

/// How long a claimed delivery is reserved for the worker that claimed it; if it dies, another worker (or
/// this one, restarted) takes it over after this.
/// Claims are sent within seconds (a batch is two seconds' worth, and a long 429 pause gives them back after
/// [`HOLD_AT_MOST`]), so a short lease lets a surviving instance take over a dead one's claims quickly.
const LEASE: chrono::Duration = chrono::Duration::seconds(20);
/// The least time between two messages to one chat (Telegram's advice for bots).
const PER_CHAT_GAP: Duration = Duration::from_secs(1);
/// How often the scheduler looks for digests that fell due.
const SCHEDULER_TICK: Duration = Duration::from_secs(15);
/// How often an idle worker looks at the queue.
const IDLE_POLL: Duration = Duration::from_millis(500);
/// Requests to Telegram at the same time; the pacer sets the rate, this only bounds the work in flight.
const CONCURRENCY: usize = 32;
/// Sent marks are written in batches of this many, or after [`FLUSH_EVERY`]: what a crash can re-send.
const FLUSH_SIZE: usize = 64;
const FLUSH_EVERY: Duration = Duration::from_millis(50);
/// A request to Telegram that takes longer is treated as a network error.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// When Telegram answers 429 without saying how long to wait.
const DEFAULT_RETRY_AFTER: Duration = Duration::from_secs(5);
/// The longest the worker waits for a send slot while holding claims; beyond it (a long 429 pause) the
/// claims go back to the queue, well before their lease could expire.
const HOLD_AT_MOST: Duration = Duration::from_secs(10);
/// Tokio's timer rounds every sleep up to a millisecond; waits shorter than this are not slept.
const TIMER_RESOLUTION: Duration = Duration::from_millis(1);
/// Scheduler batch size.
const SCHEDULE_BATCH: u32 = 1000;

/// What publishing a report queued.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Announced {
    pub alerts: u64,
    pub channel: bool,
}

/// Hands a just-published report to delivery: an alert to every chat following a region it has incidents
/// in, and the report to the channel if there is one. Idempotent: publishing again queues nothing new.
pub async fn announce(
    store: &Store,
    day: DayNumber,
    channel: bool,
    now: DateTime<Utc>,
) -> Result<Announced, StoreError> {
    let alerts = store.enqueue_alerts(day, now).await?;
    let channel =
        channel && store.enqueue_deliveries(&[(CHANNEL_CHAT, day, DeliveryKind::Channel)], now, now).await? > 0;
    Ok(Announced { alerts, channel })
}

/// `/digest now` and `warbrief digest --now`: the newest published report's digest for every subscriber, due
/// at once. `None` when nothing is published.
pub async fn digest_now(store: &Store, now: DateTime<Utc>) -> Result<Option<(DayNumber, u64)>, StoreError> {
    let Some(day) = store.latest_published_day().await? else {
        return Ok(None);
    };
    Ok(Some((day, store.enqueue_digest_for_all(day, now).await?)))
}

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

/// Delivery settings, from [`Config`].
#[derive(Debug, Clone)]
pub struct DeliverySettings {
    pub rate: f64,
    pub retries: u32,
    pub channel: Option<Channel>,
}

impl DeliverySettings {
    pub fn from_config(config: &Config) -> Self {
        DeliverySettings { rate: config.send_rate, retries: config.send_retries, channel: config.channel.clone() }
    }
}

/// Runs the scheduler and the queue worker until `stop` turns true; then finishes the sends in flight and
/// records them before returning.
pub async fn run(store: Store, api: BotApi, settings: DeliverySettings, stop: watch::Receiver<bool>) {
    // Deliveries claimed by a previous run that died need not wait for their leases where no other instance
    // can be sending them; the store knows when that is.
    match store.release_claims_after_restart().await {
        Ok(0) => {}
        Ok(released) => tracing::info!(released, "resuming deliveries claimed before a restart"),
        Err(error) => tracing::error!(error = %crate::error_chain(&error), "could not release old claims"),
    }
    let scheduler = tokio::spawn(scheduler(store.clone(), stop.clone()));
    Worker::new(store, api, settings).run(stop).await;
    let _ = scheduler.await;
}

/// Runs [`schedule_due`] every tick while this instance holds the scheduler lock (one instance per database
/// does; the others keep trying, and take over within a tick of the leader's death).
async fn scheduler(store: Store, mut stop: watch::Receiver<bool>) {
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
            match schedule_due(&store, Utc::now()).await {
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

/// Resolves once `stop` turns true (or its sender is gone).
async fn stopped(stop: &mut watch::Receiver<bool>) {
    let _ = stop.wait_for(|stop| *stop).await;
}

/// Spaces messages evenly at the configured rate, with no bursts; a 429 pauses it.
struct Pacer {
    interval: Duration,
    next: Instant,
}

impl Pacer {
    /// The instant of the next free slot, reserving it.
    fn reserve(&mut self) -> Instant {
        let at = self.next.max(Instant::now());
        self.next = at + self.interval;
        at
    }

    fn pause_until(&mut self, until: Instant) {
        self.next = self.next.max(until);
    }
}

/// What Telegram made of one delivery.
#[derive(Debug)]
enum Outcome {
    Sent,
    /// 429: wait this long, then send the same message again.
    RetryAfter(Duration),
    /// The group became a supergroup with this id.
    Migrated(i64),
    /// The chat cannot be reached (blocked, deactivated, kicked, not found): deactivate it.
    Unreachable(String),
    /// 5xx, network error, bad response: try again later.
    Transient(String),
    /// Refused for good (a bad request) or nothing to send: mark failed, do not retry.
    Failed(String),
}

/// The result of a send, for the recorder.
struct Finished {
    delivery: ClaimedDelivery,
    outcome: Outcome,
}

struct Worker {
    store: Store,
    api: BotApi,
    settings: DeliverySettings,
    pacer: Arc<Mutex<Pacer>>,
    content: Arc<tokio::sync::Mutex<Content>>,
    /// When each chat was last sent to (planned), for the per-chat gap; pruned as it grows.
    last_sent: HashMap<ChatId, Instant>,
}

impl Worker {
    fn new(store: Store, api: BotApi, settings: DeliverySettings) -> Self {
        let interval = Duration::from_secs_f64(1.0 / settings.rate);
        let content = Content { store: store.clone(), version: None, reports: HashMap::new() };
        Worker {
            store,
            api,
            settings,
            pacer: Arc::new(Mutex::new(Pacer { interval, next: Instant::now() })),
            content: Arc::new(tokio::sync::Mutex::new(content)),
            last_sent: HashMap::new(),
        }
    }

    /// Claim size: about two seconds of sending, so claimed rows do not wait long.
    fn batch_size(&self) -> u32 {
        (self.settings.rate * 2.0).clamp(10.0, 500.0) as u32
    }

    async fn run(mut self, mut stop: watch::Receiver<bool>) {
        let in_flight = Arc::new(Semaphore::new(CONCURRENCY));
        let (finished_tx, finished_rx) = mpsc::channel::<Finished>(1024);
        let recorder = tokio::spawn(record(self.store.clone(), self.settings.retries, self.pacer.clone(), finished_rx));
        'claiming: while !*stop.borrow() {
            // While Telegram has asked us to wait (429), claim nothing: claims would only sit on their leases.
            let resume = self.pacer.lock().expect("pacer lock").next;
            if resume > Instant::now() + TIMER_RESOLUTION {
                let _ = tokio::time::timeout_at(resume, stopped(&mut stop)).await;
                continue;
            }
            let batch = match self.store.claim_deliveries(self.batch_size(), Utc::now(), LEASE).await {
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
            let mut batch = batch.into_iter();
            while let Some(delivery) = batch.next() {
                let now = Instant::now();
                // A second message to a chat within the gap goes back to the queue for a little later.
                if let Some(last) = self.last_sent.get(&delivery.chat_id)
                    && now < *last + PER_CHAT_GAP
                {
                    let not_before =
                        Utc::now() + chrono::Duration::from_std(*last + PER_CHAT_GAP - now).unwrap_or_default();
                    if let Err(error) = self.store.delivery_retry(delivery.id, not_before, "per-chat gap", false).await
                    {
                        tracing::error!(error = %crate::error_chain(&error), "re-queueing a delivery failed");
                    }
                    continue;
                }
                let permit = tokio::select! {
                    permit = in_flight.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
                    _ = stopped(&mut stop) => {
                        self.release(batch.as_slice(), Some(&delivery), Utc::now()).await;
                        break 'claiming;
                    }
                };
                let slot = self.pacer.lock().expect("pacer lock").reserve();
                if slot > Instant::now() + HOLD_AT_MOST {
                    // Paused by a 429 meanwhile: give this batch back, due when the pause ends.
                    let resume = Utc::now() + chrono::Duration::from_std(slot - Instant::now()).unwrap_or_default();
                    self.release(batch.as_slice(), Some(&delivery), resume).await;
                    continue 'claiming;
                }
                // Sleeping for less than the timer's resolution would cost a whole millisecond per message at
                // high rates. Slots still advance, so no second holds more than the rate.
                if slot > Instant::now() + TIMER_RESOLUTION {
                    tokio::select! {
                        _ = tokio::time::sleep_until(slot) => {}
                        _ = stopped(&mut stop) => {
                            self.release(batch.as_slice(), Some(&delivery), Utc::now()).await;
                            break 'claiming;
                        }
                    }
                }
                self.last_sent.insert(delivery.chat_id, slot);
                if self.last_sent.len() > 10_000 {
                    let horizon = Instant::now() - PER_CHAT_GAP;
                    self.last_sent.retain(|_, at| *at > horizon);
                }
                let api = self.api.clone();
                let store = self.store.clone();
                let content = self.content.clone();
                let channel = self.settings.channel.clone();
                let finished = finished_tx.clone();
                tokio::spawn(async move {
                    let outcome = deliver(&api, &store, &content, channel.as_ref(), &delivery).await;
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

/// Writes outcomes: sent marks in batches, everything else at once.
async fn record(store: Store, retries: u32, pacer: Arc<Mutex<Pacer>>, mut finished: mpsc::Receiver<Finished>) {
    let mut sent: Vec<i64> = Vec::with_capacity(FLUSH_SIZE);
    let mut flush_at = Instant::now() + FLUSH_EVERY;
    loop {
        let next = tokio::select! {
            next = finished.recv() => next,
            _ = tokio::time::sleep_until(flush_at), if !sent.is_empty() => {
                flush(&store, &mut sent).await;
                continue;
            }
        };
        let Some(Finished { delivery, outcome }) = next else {
            flush(&store, &mut sent).await;
            return;
        };
        let now = Utc::now();
        let label = match &outcome {
            Outcome::Sent => "sent",
            Outcome::RetryAfter(_) => "rate_limited",
            Outcome::Migrated(_) => "migrated",
            Outcome::Unreachable(_) => "unreachable",
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
                    flush(&store, &mut sent).await;
                }
                Ok(())
            }
            Outcome::RetryAfter(wait) => {
                tracing::warn!(chat = %delivery.chat_id, ?wait, "Telegram asked to slow down");
                pacer.lock().expect("pacer lock").pause_until(Instant::now() + wait);
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

async fn flush(store: &Store, sent: &mut Vec<i64>) {
    if sent.is_empty() {
        return;
    }
    if let Err(error) = store.deliveries_sent(sent, Utc::now()).await {
        // The lease runs out and they are sent again: a duplicate, not a loss.
        tracing::error!(error = %crate::error_chain(&error), count = sent.len(), "recording sent deliveries failed");
    }
    sent.clear();
}

/// 1 s, 3 s, 9 s, … (at most 5 minutes) after the first, second, third failure.
fn backoff(attempts: u32) -> Duration {
    Duration::from_secs(3u64.saturating_pow(attempts.saturating_sub(1)).min(300))
}

/// Reports and their incidents, read once per report version and shared by all deliveries of a fan-out.
struct Content {
    store: Store,
    version: Option<ReportsVersion>,
    reports: HashMap<DayNumber, Option<Arc<ReportContent>>>,
}

struct ReportContent {
    report: Report,
    incidents: Vec<warbrief_core::Incident>,
    digest: Reply,
}

impl Content {
    async fn refresh(&mut self) -> Result<(), StoreError> {
        let version = self.store.reports_version().await?;
        if self.version != Some(version) {
            self.version = Some(version);
            self.reports.clear();
        }
        Ok(())
    }

    async fn report(&mut self, day: DayNumber) -> Result<Option<Arc<ReportContent>>, StoreError> {
        if let Some(cached) = self.reports.get(&day) {
            return Ok(cached.clone());
        }
        let content = match self.store.published_report(day).await? {
            None => None,
            Some(report) => {
                let incidents: Vec<_> =
                    self.store.report_incidents(day).await?.into_iter().map(|stored| stored.incident).collect();
                let mut totals: HashMap<RegionCode, CasualtyTotals> = HashMap::new();
                for incident in &incidents {
                    let entry = totals.entry(incident.region).or_default();
                    entry.incidents += 1;
                    entry.killed += u64::from(incident.killed.value);
                    entry.wounded += u64::from(incident.wounded.value);
                }
                let totals: Vec<_> = totals.into_iter().collect();
                let digest = render::digest(&render::DigestView { report: &report, totals: &totals });
                Some(Arc::new(ReportContent { report, incidents, digest }))
            }
        };
        self.reports.insert(day, content.clone());
        Ok(content)
    }
}

/// Renders and sends one delivery.
async fn deliver(
    api: &BotApi,
    store: &Store,
    content: &tokio::sync::Mutex<Content>,
    channel: Option<&Channel>,
    delivery: &ClaimedDelivery,
) -> Outcome {
    let day = match delivery.subject {
        DeliverySubject::Report(day) => day,
        DeliverySubject::Post(post_id) => {
            return match post_alert(store, delivery.chat_id, post_id).await {
                Ok(reply) => api.send_message(&json!(delivery.chat_id.0), &reply).await,
                Err(outcome) => outcome,
            };
        }
    };
    let report = match content.lock().await.report(day).await {
        Ok(Some(report)) => report,
        Ok(None) => return Outcome::Failed("the report is no longer published".to_owned()),
        Err(error) => return Outcome::Transient(crate::error_chain(&error)),
    };
    let (recipient, replies) = match delivery.kind {
        DeliveryKind::Digest => (json!(delivery.chat_id.0), vec![report.digest.clone()]),
        DeliveryKind::Alert => {
            let followed = match store.followed_regions(delivery.chat_id).await {
                Ok(followed) => followed,
                Err(error) => return Outcome::Transient(crate::error_chain(&error)),
            };
            let incidents: Vec<_> =
                report.incidents.iter().filter(|incident| followed.contains(&incident.region)).cloned().collect();
            if incidents.is_empty() {
                return Outcome::Failed("the chat no longer follows a region of this report".to_owned());
            }
            (json!(delivery.chat_id.0), vec![render::region_alert(&report.report, &incidents)])
        }
        DeliveryKind::Channel => match channel {
            Some(Channel::Username(name)) => (json!(format!("@{name}")), render::channel_post(&report.report)),
            Some(Channel::Id(id)) => (json!(id), render::channel_post(&report.report)),
            None => return Outcome::Failed("no channel is configured (WARBRIEF_CHANNEL)".to_owned()),
        },
        DeliveryKind::PostAlert => return Outcome::Failed("a post alert queued for a report".to_owned()),
    };
    for reply in &replies {
        match api.send_message(&recipient, reply).await {
            Outcome::Sent => {}
            other => return other,
        }
    }
    Outcome::Sent
}

/// The alert of post `post_id`'s added incidents in the regions `chat` follows, read when it is sent: an
/// incident edited or hidden since it was added shows as it is now.
async fn post_alert(store: &Store, chat: ChatId, post_id: i64) -> Result<Reply, Outcome> {
    let transient = |error: StoreError| Outcome::Transient(crate::error_chain(&error));
    let Some(post) = store.post(post_id).await.map_err(transient)? else {
        return Err(Outcome::Failed("the post is no longer stored".to_owned()));
    };
    let followed = store.followed_regions(chat).await.map_err(transient)?;
    let incidents: Vec<_> = store
        .post_incidents(post_id)
        .await
        .map_err(transient)?
        .into_iter()
        .map(|stored| stored.incident)
        .filter(|incident| followed.contains(&incident.region))
        .collect();
    if incidents.is_empty() {
        return Err(Outcome::Failed("the chat no longer follows a region of this post".to_owned()));
    }
    Ok(render::post_alert(&post.source, &incidents))
}

/// A minimal Bot API client for `sendMessage`, which keeps the HTTP status of failures.
#[derive(Clone)]
pub struct BotApi {
    client: reqwest::Client,
    /// `{api}/bot{token}/`
    base: Arc<str>,
    token: BotToken,
}

#[derive(Deserialize)]
struct ApiResponse {
    ok: bool,
    error_code: Option<u16>,
    description: Option<String>,
    parameters: Option<ResponseParameters>,
}

#[derive(Deserialize)]
struct ResponseParameters {
    retry_after: Option<u64>,
    migrate_to_chat_id: Option<i64>,
}

impl BotApi {
    pub fn new(api_url: Option<&url::Url>, token: &BotToken) -> anyhow::Result<Self> {
        let api = api_url.map_or("https://api.telegram.org/", url::Url::as_str);
        let separator = if api.ends_with('/') { "" } else { "/" };
        let client = reqwest::Client::builder().timeout(REQUEST_TIMEOUT).build()?;
        Ok(BotApi { client, base: format!("{api}{separator}bot{}/", token.expose()).into(), token: token.clone() })
    }

    async fn send_message(&self, chat: &Value, reply: &Reply) -> Outcome {
        let mut body = json!({
            "chat_id": chat,
            "text": reply.html,
            "parse_mode": "HTML",
            "link_preview_options": { "is_disabled": true },
        });
        if !reply.buttons.is_empty() {
            body["reply_markup"] = json!(crate::telegram::keyboard(&reply.buttons));
        }
        let response = match self.client.post(format!("{}sendMessage", self.base)).json(&body).send().await {
            Ok(response) => response,
            Err(error) => {
                // reqwest's errors name the URL, and the URL holds the token.
                let error = crate::telegram::redact(&crate::error_chain(&error.without_url()), self.token.expose());
                return Outcome::Transient(format!("network: {error}"));
            }
        };
        let status = response.status();
        let parsed: Option<ApiResponse> = response.json().await.ok();
        classify(status.as_u16(), parsed)
    }
}

fn classify(status: u16, response: Option<ApiResponse>) -> Outcome {
    if status >= 500 {
        return Outcome::Transient(format!("HTTP {status}"));
    }
    let Some(response) = response else {
        return Outcome::Transient(format!("HTTP {status} with an unreadable body"));
    };
    if response.ok {
        return Outcome::Sent;
    }
    let description = response.description.unwrap_or_default();
    let parameters = response.parameters;
    if let Some(to) = parameters.as_ref().and_then(|p| p.migrate_to_chat_id) {
        return Outcome::Migrated(to);
    }
    let code = response.error_code.unwrap_or(status);
    let lower = description.to_lowercase();
    match code {
        429 => {
            Outcome::RetryAfter(parameters.and_then(|p| p.retry_after).map_or(DEFAULT_RETRY_AFTER, Duration::from_secs))
        }
        403 => Outcome::Unreachable(format!("403 {description}")),
        400 if lower.contains("chat not found")
            || lower.contains("user is deactivated")
            || lower.contains("peer_id_invalid")
            || lower.contains("group chat was deactivated") =>
        {
            Outcome::Unreachable(format!("400 {description}"))
        }
        // A wrong token or a Bot API outage: nothing about this chat, so try again later.
        401 | 404 => Outcome::Transient(format!("{code} {description}")),
        _ => Outcome::Failed(format!("{code} {description}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(ok: bool, code: u16, description: &str, parameters: Option<Value>) -> Option<ApiResponse> {
        let mut body = json!({ "ok": ok, "error_code": code, "description": description });
        if let Some(parameters) = parameters {
            body["parameters"] = parameters;
        }
        serde_json::from_value(body).ok()
    }

    #[test]
    fn telegram_answers_are_classified_by_what_to_do_next() {
        assert!(matches!(classify(200, response(true, 0, "", None)), Outcome::Sent));
        assert!(matches!(
            classify(429, response(false, 429, "Too Many Requests: retry after 7", Some(json!({"retry_after": 7})))),
            Outcome::RetryAfter(wait) if wait == Duration::from_secs(7)
        ));
        assert!(matches!(
            classify(403, response(false, 403, "Forbidden: bot was blocked by the user", None)),
            Outcome::Unreachable(_)
        ));
        assert!(matches!(
            classify(400, response(false, 400, "Bad Request: chat not found", None)),
            Outcome::Unreachable(_)
        ));
        assert!(matches!(
            classify(
                400,
                response(
                    false,
                    400,
                    "Bad Request: group chat was upgraded to a supergroup chat",
                    Some(json!({"migrate_to_chat_id": -1001234}))
                )
            ),
            Outcome::Migrated(-1001234)
        ));
        assert!(matches!(classify(502, None), Outcome::Transient(_)));
        assert!(matches!(classify(500, response(false, 500, "Internal Server Error", None)), Outcome::Transient(_)));
        assert!(matches!(classify(200, None), Outcome::Transient(_)));
        assert!(matches!(
            classify(400, response(false, 400, "Bad Request: can't parse entities", None)),
            Outcome::Failed(_)
        ));
    }

    #[test]
    fn backoff_grows_and_is_bounded() {
        let waits: Vec<u64> = (1..=7).map(|attempt| backoff(attempt).as_secs()).collect();
        assert_eq!(waits, [1, 3, 9, 27, 81, 243, 300]);
        assert_eq!(backoff(u32::MAX), Duration::from_secs(300));
    }
}
