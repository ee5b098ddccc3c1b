//! Delivery in-process, under paused tokio time: a fake [`Sender`] that records when each message went out
//! and answers as scripted, and a real SQLite store. Pacing, the per-chat gap, 429 pauses, 5xx backoff,
//! deactivation, migration and shutdown, with no real sleeps.
//!
//! SQLite answers from threads of its own, in real time. Two consequences shape these tests:
//! - While a query is on its way and every task waits, tokio moves its paused clock to the next timer. A
//!   ticker keeps a timer a millisecond away, so the clock creeps instead of jumping to sqlx's 30-second
//!   acquire timeout. Waiting on the database thus takes some (virtual) time, so timings are asserted as
//!   "no sooner than" — what the code promises — and completion by the queue draining, not by a deadline.
//! - A fan-out's first send reads the report from the database. Each scenario starts after a warm-up send,
//!   so the messages under test go out at the instants the worker chose.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{NaiveTime, Utc};
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;
use tokio::time::Instant;
use warbrief_core::render::Reply;
use warbrief_core::{ChatId, DayNumber, DeliveryKind, Lang, RegionCode, Subscriber};
use warbrief_storage::Store;

use super::{Clock, DeliverySettings, Outcome, Recipient, SendOptions, Sender, run_with_clock};

/// How long a test may take in real time before it is a failure rather than a slow machine.
const REAL_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);
/// The chat of the warm-up send.
const WARM_UP: i64 = 1;
const BLOCKED: &str = "403 Forbidden: bot was blocked by the user";

fn day344() -> DayNumber {
    DayNumber::new(344).unwrap()
}

/// One message the fake was asked to send.
#[derive(Debug, Clone)]
struct Call {
    at: Instant,
    to: Recipient,
    text: String,
    options: SendOptions,
    outcome: Outcome,
}

#[derive(Default)]
struct Script {
    calls: Vec<Call>,
    /// Answers for a recipient's next messages, then [`Script::always`], then `Sent`.
    next: HashMap<Recipient, VecDeque<Outcome>>,
    always: HashMap<Recipient, Outcome>,
    /// How long each send takes.
    delay: Duration,
    /// Sends that returned.
    finished: usize,
}

/// A [`Sender`] that records every call and answers as scripted.
#[derive(Clone, Default)]
struct FakeSender {
    script: Arc<Mutex<Script>>,
    called: Arc<Notify>,
}

impl Sender for FakeSender {
    async fn send(&self, to: &Recipient, reply: &Reply, options: SendOptions) -> Outcome {
        let (outcome, delay) = {
            let mut script = self.script.lock().unwrap();
            let outcome = match script.next.get_mut(to).and_then(VecDeque::pop_front) {
                Some(outcome) => outcome,
                None => script.always.get(to).cloned().unwrap_or(Outcome::Sent),
            };
            let call = Call {
                at: Instant::now(),
                to: to.clone(),
                text: reply.html.clone(),
                options,
                outcome: outcome.clone(),
            };
            script.calls.push(call);
            (outcome, script.delay)
        };
        self.called.notify_waiters();
        tokio::time::sleep(delay).await;
        self.script.lock().unwrap().finished += 1;
        outcome
    }
}

impl FakeSender {
    fn answer_next(&self, chat: i64, outcomes: Vec<Outcome>) {
        self.script.lock().unwrap().next.insert(Recipient::Chat(ChatId(chat)), outcomes.into());
    }

    fn answer_always(&self, chat: i64, outcome: Outcome) {
        self.script.lock().unwrap().always.insert(Recipient::Chat(ChatId(chat)), outcome);
    }

    fn calls(&self) -> Vec<Call> {
        self.script.lock().unwrap().calls.clone()
    }

    fn calls_to(&self, chat: i64) -> Vec<Call> {
        self.calls().into_iter().filter(|call| call.to == Recipient::Chat(ChatId(chat))).collect()
    }

    /// Waits until the calls so far satisfy `done`.
    async fn wait_for(&self, what: &str, done: impl Fn(&[Call]) -> bool) {
        let deadline = std::time::Instant::now() + REAL_TIMEOUT;
        loop {
            let called = self.called.notified();
            tokio::pin!(called);
            called.as_mut().enable();
            if done(&self.script.lock().unwrap().calls) {
                return;
            }
            assert!(std::time::Instant::now() < deadline, "timed out waiting for {what}");
            let _ = tokio::time::timeout(Duration::from_millis(100), called).await;
        }
    }
}

/// Keeps a timer a millisecond away, so paused time creeps while the database works (see the module docs).
struct Ticker(JoinHandle<()>);

impl Ticker {
    fn start() -> Ticker {
        Ticker(tokio::spawn(async {
            loop {
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
        }))
    }
}

impl Drop for Ticker {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// A store with the sample reports (published, day 344 the newest), the fake, and delivery running against them.
struct Bench {
    store: Store,
    sender: FakeSender,
    clock: Clock,
    settings: DeliverySettings,
    stop: watch::Sender<bool>,
    delivery: Option<JoinHandle<()>>,
    _ticker: Ticker,
    _dir: tempfile::TempDir,
}

impl Bench {
    /// Delivery at `rate` messages a second with `retries` attempts, started and warmed up.
    async fn start(rate: f64, retries: u32) -> Bench {
        Bench::start_with(rate, retries, |_| {}).await
    }

    /// [`Bench::start`] with settings changed by `adjust`.
    async fn start_with(rate: f64, retries: u32, adjust: impl FnOnce(&mut DeliverySettings)) -> Bench {
        let ticker = Ticker::start();
        let clock = Clock::Tokio { utc: Utc::now(), at: Instant::now() };
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&format!("sqlite://{}", dir.path().join("t.db").display())).await.unwrap();
        crate::sample::load(&store, clock.now()).await.unwrap();
        let mut settings = DeliverySettings {
            rate,
            paid_broadcast: false,
            retries,
            channel: None,
            language: Lang::En,
            channel_language: Lang::En,
        };
        adjust(&mut settings);
        let mut bench = Bench {
            store,
            sender: FakeSender::default(),
            clock,
            settings,
            stop: watch::channel(false).0,
            delivery: None,
            _ticker: ticker,
            _dir: dir,
        };
        bench.run();
        bench.queue(&[(WARM_UP, DeliveryKind::Digest)]).await;
        bench.drain().await;
        assert_eq!(bench.sender.calls_to(WARM_UP).len(), 1);
        bench
    }

    /// Starts delivery (again).
    fn run(&mut self) {
        let (stop, stopped) = watch::channel(false);
        self.stop = stop;
        let run = run_with_clock(self.store.clone(), self.sender.clone(), self.settings.clone(), stopped, self.clock);
        self.delivery = Some(tokio::spawn(run));
    }

    /// Stops delivery and waits for it to finish.
    async fn stop(&mut self) {
        let _ = self.stop.send(true);
        let delivery = self.delivery.take().expect("delivery is running");
        tokio::time::timeout(Duration::from_secs(60), delivery).await.expect("delivery stops").unwrap();
    }

    /// Subscribers of these chats, taking no scheduled digest (so only what a test queues is sent).
    async fn subscribe(&self, chats: &[i64]) {
        let subscribers: Vec<Subscriber> = chats
            .iter()
            .map(|&chat| {
                let mut subscriber =
                    Subscriber::new(ChatId(chat), chrono_tz::Europe::Kyiv, NaiveTime::from_hms_opt(9, 0, 0).unwrap());
                subscriber.digest = false;
                subscriber
            })
            .collect();
        self.store.upsert_subscribers(&subscribers, self.clock.now()).await.unwrap();
    }

    /// Queues day 344's deliveries, due now, in this order.
    async fn queue(&self, items: &[(i64, DeliveryKind)]) {
        let items: Vec<_> = items.iter().map(|&(chat, kind)| (ChatId(chat), day344(), kind)).collect();
        let now = self.clock.now();
        assert_eq!(self.store.enqueue_deliveries(&items, now, now).await.unwrap(), items.len() as u64);
    }

    /// Waits until nothing is left in the queue: every delivery sent or failed, and recorded.
    async fn drain(&self) {
        let deadline = std::time::Instant::now() + REAL_TIMEOUT;
        let epoch = chrono::DateTime::<Utc>::UNIX_EPOCH;
        while self.store.delivery_counts_since(epoch).await.unwrap().pending > 0 {
            assert!(std::time::Instant::now() < deadline, "the queue did not drain");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// A delivery's state and last error.
    async fn status(&self, chat: i64, kind: DeliveryKind) -> (String, Option<String>) {
        self.store.delivery_status(ChatId(chat), day344(), kind).await.unwrap().expect("queued")
    }

    async fn active(&self, chat: i64) -> bool {
        self.store.subscriber(ChatId(chat)).await.unwrap().expect("subscribed").active
    }
}

fn is_digest(call: &Call) -> bool {
    call.text.starts_with("📰 <b>Day 344")
}

fn digests(chats: impl IntoIterator<Item = i64>) -> Vec<(i64, DeliveryKind)> {
    chats.into_iter().map(|chat| (chat, DeliveryKind::Digest)).collect()
}

#[tokio::test(start_paused = true)]
async fn messages_go_out_evenly_at_the_default_rate_under_telegrams_limit() {
    let rate = crate::config::DEFAULT_SEND_RATE;
    let bench = Bench::start(rate, 5).await;
    let chats: Vec<i64> = (100..190).collect();
    bench.queue(&digests(chats.iter().copied())).await;
    bench.drain().await;

    let calls: Vec<Call> =
        bench.sender.calls().into_iter().filter(|call| call.to != Recipient::Chat(ChatId(WARM_UP))).collect();
    for &chat in &chats {
        let to_chat: Vec<_> = calls.iter().filter(|call| call.to == Recipient::Chat(ChatId(chat))).collect();
        assert!(to_chat.len() == 1 && is_digest(to_chat[0]), "chat {chat} got {to_chat:?}");
    }
    // Evenly spaced, no bursts: tokio's timers fire on millisecond ticks, so a gap may lose one.
    let interval = Duration::from_secs_f64(1.0 / rate);
    for pair in calls.windows(2) {
        let gap = pair[1].at - pair[0].at;
        assert!(gap + Duration::from_millis(1) >= interval, "{gap:?} between two messages at {rate}/s");
    }
    // Telegram refuses more than 30 messages a second from a bot.
    for (i, call) in calls.iter().enumerate() {
        let within_a_second = calls[i..].iter().take_while(|later| later.at - call.at < Duration::from_secs(1)).count();
        assert!(within_a_second <= 30, "{within_a_second} messages in a second");
    }
    let took = calls.last().unwrap().at - calls[0].at;
    assert!(took < Duration::from_secs(10), "90 messages at {rate}/s took {took:?}");
}

#[tokio::test(start_paused = true)]
async fn a_second_message_to_a_chat_waits_a_second_without_holding_up_the_others() {
    let bench = Bench::start(10.0, 5).await;
    let (a, b, c) = (201, 202, 203);
    bench.subscribe(&[a, b, c]).await;
    bench.store.follow_region(ChatId(a), RegionCode::Donetsk, bench.clock.now()).await.unwrap();
    bench.queue(&[(a, DeliveryKind::Digest), (b, DeliveryKind::Digest), (c, DeliveryKind::Digest)]).await;
    bench.queue(&[(a, DeliveryKind::Alert)]).await;
    bench.drain().await;

    let to_a = bench.sender.calls_to(a);
    assert_eq!(to_a.len(), 2, "{to_a:?}");
    assert!(is_digest(&to_a[0]) && to_a[1].text.starts_with("⚠️ <b>Donetsk Oblast</b>"), "{to_a:?}");
    assert!(
        to_a[1].at - to_a[0].at >= Duration::from_secs(1),
        "{:?} between two messages to one chat",
        to_a[1].at - to_a[0].at
    );
    for other in [b, c] {
        let to_other = bench.sender.calls_to(other);
        assert_eq!(to_other.len(), 1);
        assert!(to_other[0].at < to_a[1].at, "chat {other} waited for chat {a}'s gap");
    }
    assert_eq!(bench.status(a, DeliveryKind::Alert).await.0, "sent");
}

#[tokio::test(start_paused = true)]
async fn a_429_pauses_all_sending_and_the_same_message_goes_again_no_sooner_than_asked() {
    let bench = Bench::start(10.0, 5).await;
    let limited = 301;
    let others: Vec<i64> = (302..=306).collect();
    let retry_after = Duration::from_secs(2);
    bench.sender.answer_next(limited, vec![Outcome::RetryAfter(retry_after)]);
    bench.queue(&digests(std::iter::once(limited).chain(others.iter().copied()))).await;
    bench.drain().await;

    let tries = bench.sender.calls_to(limited);
    assert_eq!(
        tries.iter().map(|call| call.outcome.clone()).collect::<Vec<_>>(),
        [Outcome::RetryAfter(retry_after), Outcome::Sent]
    );
    assert_eq!(tries[0].text, tries[1].text, "the same message again");
    let refused_at = tries[0].at;
    assert!(tries[1].at - refused_at >= retry_after, "sent again after {:?}", tries[1].at - refused_at);
    // Nobody else is sent to while Telegram asked to wait, except the one message already on its way.
    let during_pause =
        bench.sender.calls().iter().filter(|call| call.at > refused_at && call.at < refused_at + retry_after).count();
    assert!(during_pause <= 1, "{during_pause} messages sent during the pause");
    for &chat in &others {
        assert_eq!(bench.sender.calls_to(chat).len(), 1, "chat {chat}");
    }
    assert_eq!(bench.status(limited, DeliveryKind::Digest).await.0, "sent");
}

#[tokio::test(start_paused = true)]
async fn server_errors_are_retried_with_growing_waits_then_given_up() {
    let bench = Bench::start(10.0, 3).await;
    let (recovers, down) = (401, 402);
    bench.subscribe(&[recovers, down]).await;
    let error = || Outcome::Transient("HTTP 500".to_owned());
    bench.sender.answer_next(recovers, vec![error(), error()]);
    bench.sender.answer_always(down, error());
    bench.queue(&digests([recovers, down])).await;
    bench.drain().await;

    // Backed off 1 s, then 3 s, and delivered on the third try.
    let tries = bench.sender.calls_to(recovers);
    assert_eq!(tries.iter().map(|call| call.outcome.clone()).collect::<Vec<_>>(), [error(), error(), Outcome::Sent]);
    assert!(tries[1].at - tries[0].at >= Duration::from_secs(1));
    assert!(tries[2].at - tries[1].at >= Duration::from_secs(3));
    assert_eq!(bench.status(recovers, DeliveryKind::Digest).await.0, "sent");
    // Always 5xx: three attempts (the limit), then failed; the chat stays subscribed.
    let tries = bench.sender.calls_to(down);
    assert_eq!(tries.len(), 3);
    assert!(tries[1].at - tries[0].at >= Duration::from_secs(1));
    assert!(tries[2].at - tries[1].at >= Duration::from_secs(3));
    assert_eq!(bench.status(down, DeliveryKind::Digest).await, ("failed".to_owned(), Some("HTTP 500".to_owned())));
    assert!(bench.active(down).await);
}

#[tokio::test(start_paused = true)]
async fn blocked_and_vanished_chats_are_deactivated_once_and_the_rest_get_the_digest() {
    let bench = Bench::start(10.0, 5).await;
    let chats: Vec<i64> = (501..=505).collect();
    bench.subscribe(&chats).await;
    bench.sender.answer_always(502, Outcome::Unreachable(BLOCKED.to_owned()));
    bench.sender.answer_always(504, Outcome::Unreachable("400 Bad Request: chat not found".to_owned()));
    bench.queue(&digests(chats.iter().copied())).await;
    bench.drain().await;

    for chat in [502, 504] {
        assert_eq!(bench.sender.calls_to(chat).len(), 1, "no retry for chat {chat}");
        assert!(!bench.active(chat).await, "chat {chat} deactivated");
    }
    assert_eq!(bench.status(502, DeliveryKind::Digest).await, ("failed".to_owned(), Some(BLOCKED.to_owned())));
    for chat in [501, 503, 505] {
        let calls = bench.sender.calls_to(chat);
        assert!(calls.len() == 1 && is_digest(&calls[0]), "chat {chat}: {calls:?}");
        assert!(bench.active(chat).await);
    }
}

#[tokio::test(start_paused = true)]
async fn a_group_that_became_a_supergroup_is_moved_and_sent_to_at_its_new_id() {
    let bench = Bench::start(10.0, 5).await;
    let (group, supergroup) = (-9004, -1_000_000_009_004);
    bench.subscribe(&[group]).await;
    bench.sender.answer_next(group, vec![Outcome::Migrated(supergroup)]);
    bench.queue(&digests([group])).await;
    bench.drain().await;

    assert_eq!(bench.sender.calls_to(group).len(), 1);
    let moved = bench.sender.calls_to(supergroup);
    assert!(moved.len() == 1 && is_digest(&moved[0]), "{moved:?}");
    assert!(bench.store.subscriber(ChatId(group)).await.unwrap().is_none());
    assert!(bench.active(supergroup).await);
    assert_eq!(bench.status(supergroup, DeliveryKind::Digest).await.0, "sent");
}

#[tokio::test(start_paused = true)]
async fn stopping_finishes_the_sends_in_flight_and_a_restart_sends_the_rest_once() {
    let mut bench = Bench::start(20.0, 5).await;
    bench.sender.script.lock().unwrap().delay = Duration::from_millis(500);
    let chats: Vec<i64> = (600..640).collect();
    bench.queue(&digests(chats.iter().copied())).await;
    bench.sender.wait_for("ten messages", |calls| calls.len() > 10).await;
    bench.stop().await;

    // Every message handed to Telegram before the stop finished and is recorded as sent; the rest wait in the
    // queue, none held by a claim.
    let started: Vec<i64> = chats.iter().copied().filter(|&chat| !bench.sender.calls_to(chat).is_empty()).collect();
    assert!(started.len() >= 10 && started.len() < chats.len(), "{} sent before the stop", started.len());
    let finished = bench.sender.script.lock().unwrap().finished;
    assert_eq!(finished, bench.sender.calls().len(), "a send cut short");
    for &chat in &chats {
        let expected = if started.contains(&chat) { "sent" } else { "pending" };
        assert_eq!(bench.status(chat, DeliveryKind::Digest).await.0, expected, "chat {chat}");
    }

    bench.run();
    bench.drain().await;
    for &chat in &chats {
        assert_eq!(bench.sender.calls_to(chat).len(), 1, "chat {chat} got one digest");
    }
    bench.stop().await;
}

#[tokio::test(start_paused = true)]
async fn each_chat_gets_the_digest_in_its_language_and_the_rest_in_the_default() {
    let bench = Bench::start(10.0, 5).await;
    bench.subscribe(&[601, 602]).await;
    let mut ukrainian = bench.store.subscriber(ChatId(601)).await.unwrap().unwrap();
    ukrainian.language = Some(Lang::Uk);
    bench.store.upsert_subscriber(&ukrainian, bench.clock.now()).await.unwrap();
    bench.queue(&digests([601, 602])).await;
    bench.drain().await;

    let [ukrainian] = bench.sender.calls_to(601).try_into().expect("one message");
    let [english] = bench.sender.calls_to(602).try_into().expect("one message");
    assert!(is_digest(&english) && ukrainian.text.starts_with("📰 <b>День 344"), "{}", ukrainian.text);
    assert!(ukrainian.text.contains("Втрати в цьому звіті"), "{}", ukrainian.text);
    assert!(english.text.contains("Casualties in this report"), "{}", english.text);
}

#[tokio::test(start_paused = true)]
async fn with_paid_broadcast_messages_to_chats_are_paid_and_the_channel_post_is_not() {
    let bench = Bench::start_with(100.0, 5, |settings| {
        settings.paid_broadcast = true;
        settings.channel = Some(crate::config::Channel::Username("warbrief_daily".into()));
    })
    .await;
    bench.subscribe(&[701, 702]).await;
    bench.queue(&[(701, DeliveryKind::Digest), (702, DeliveryKind::Digest), (0, DeliveryKind::Channel)]).await;
    bench.drain().await;
    for chat in [701, 702] {
        let [call] = bench.sender.calls_to(chat).try_into().expect("one message");
        assert!(call.options.paid_broadcast, "chat {chat}");
    }
    let channel: Vec<Call> = bench
        .sender
        .calls()
        .into_iter()
        .filter(|call| call.to == Recipient::Username("warbrief_daily".into()))
        .collect();
    assert_eq!(channel.len(), 1);
    assert!(!channel[0].options.paid_broadcast, "one channel post reaches every member for free");
    assert!(bench.sender.calls_to(WARM_UP)[0].options.paid_broadcast);
}
