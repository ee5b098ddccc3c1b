//! The change feed: which kinds of data have changed, so that answers kept in memory (/today, a chat's
//! language) are used while — and only while — what they were made from is unchanged, on this instance or any
//! other, without asking the database each time.
//!
//! The feed is a generation per [`Topic`]. Every write through the [`Store`] bumps the generations of what it
//! changed once it has committed, so this instance's caches see its own changes at once. Changes made by other
//! processes are heard differently on each backend:
//!
//! - **PostgreSQL**: writers call `pg_notify('warbrief_changes', topic)` inside their transaction (PostgreSQL
//!   delivers it at commit, and drops it on rollback), and a task listens on a connection of its own. While
//!   that connection is down, notifications are lost, so the feed is *not live*: [`Changes::current`] is `None`
//!   and callers must not trust what they cached. When it is back, every topic is bumped. A connection that
//!   dies silently (no reset from the server) is found by a heartbeat: the task notifies itself every
//!   [`HEARTBEAT`] and counts the connection lost when the last one never came back, so a missed change is
//!   served for at most about two heartbeats.
//! - **SQLite**: one serving process per file, but `warbrief import` may write from another. A task reads
//!   `PRAGMA data_version` on a connection of its own every [`SQLITE_POLL`]; it changes when any other
//!   connection has committed, and then every topic is bumped.
//!
//! The task starts at the first [`Store::changes`], so commands that never cache (import, export) open no extra
//! connection, and stops when the store is closed.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use sqlx::postgres::{PgListener, PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnection, SqlitePool};
use tokio::sync::watch;

use crate::{Backend, Store};

/// The PostgreSQL channel writers notify.
const CHANNEL: &str = "warbrief_changes";

/// How often the PostgreSQL listener checks its connection by notifying itself.
pub const HEARTBEAT: Duration = Duration::from_secs(5);

/// How often the SQLite feed looks for commits by other processes.
pub const SQLITE_POLL: Duration = Duration::from_secs(1);

/// The longest wait between attempts to reconnect the listener.
const MAX_BACKOFF: Duration = Duration::from_secs(5);

/// What a write changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// Reports: their text, status, sections, existence (what /today and /day show).
    Reports,
    /// Incidents, or whether they are visible (what /region and the charts show).
    Incidents,
    /// Chats' settings: language, digest, whether active, their id (a group that became a supergroup).
    Chats,
}

impl Topic {
    const ALL: [Topic; 3] = [Topic::Reports, Topic::Incidents, Topic::Chats];

    /// The notification's payload; never anything but these literals.
    fn payload(self) -> &'static str {
        match self {
            Topic::Reports => "reports",
            Topic::Incidents => "incidents",
            Topic::Chats => "chats",
        }
    }

    fn from_payload(payload: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|topic| topic.payload() == payload)
    }
}

/// One generation per topic: a value cached with a topic's generation is current while the generation is the
/// same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Generations {
    pub reports: u64,
    pub incidents: u64,
    pub chats: u64,
}

impl Generations {
    pub fn of(&self, topic: Topic) -> u64 {
        match topic {
            Topic::Reports => self.reports,
            Topic::Incidents => self.incidents,
            Topic::Chats => self.chats,
        }
    }

    fn bump(&mut self, topic: Topic) {
        let generation = match topic {
            Topic::Reports => &mut self.reports,
            Topic::Incidents => &mut self.incidents,
            Topic::Chats => &mut self.chats,
        };
        *generation += 1;
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct FeedState {
    /// Whether every change, made anywhere, is being heard.
    live: bool,
    generations: Generations,
}

impl FeedState {
    /// Heard again after an interval where changes may have been missed: everything counts as changed.
    fn resume(&mut self) {
        self.live = true;
        Topic::ALL.into_iter().for_each(|topic| self.generations.bump(topic));
    }
}

/// The feed's state, shared by every clone of a [`Store`].
#[derive(Debug)]
pub(crate) struct Feed {
    state: watch::Sender<FeedState>,
    started: OnceLock<()>,
}

impl Default for Feed {
    fn default() -> Self {
        Feed { state: watch::Sender::new(FeedState::default()), started: OnceLock::new() }
    }
}

impl Feed {
    /// Records committed changes of `topics` (called after the commit, so that a reader who sees the new
    /// generation also sees the data).
    pub(crate) fn bump(&self, topics: &[Topic]) {
        self.state.send_modify(|state| topics.iter().for_each(|topic| state.generations.bump(*topic)));
    }

    fn set_live(&self, live: bool) {
        self.state.send_if_modified(|state| {
            let modified = state.live != live;
            if live && !state.live {
                state.resume();
            } else {
                state.live = live;
            }
            modified
        });
    }

    fn bump_all(&self) {
        self.state.send_modify(|state| Topic::ALL.into_iter().for_each(|topic| state.generations.bump(topic)));
    }
}

/// A view of the change feed; cheap to clone and to read.
#[derive(Debug, Clone)]
pub struct Changes {
    receiver: watch::Receiver<FeedState>,
}

impl Changes {
    /// The generations now; `None` while changes made elsewhere could go unheard (the feed is starting, or its
    /// connection is down): nothing cached may be trusted then.
    pub fn current(&self) -> Option<Generations> {
        let state = self.receiver.borrow();
        state.live.then_some(state.generations)
    }

    /// Waits until the feed changes (a change heard, the feed going live or stale); false once the store is
    /// gone.
    pub async fn changed(&mut self) -> bool {
        self.receiver.changed().await.is_ok()
    }
}

impl Store {
    /// The change feed, started at the first call (inside a Tokio runtime; outside one it never goes live and
    /// callers keep asking the database).
    pub fn changes(&self) -> Changes {
        let changes = Changes { receiver: self.feed.state.subscribe() };
        if tokio::runtime::Handle::try_current().is_ok() {
            self.feed.started.get_or_init(|| match &self.backend {
                Backend::Sqlite(pool) => {
                    tokio::spawn(poll_sqlite(pool.clone(), self.clone()));
                }
                Backend::Postgres(pool) => {
                    tokio::spawn(listen_postgres(pool.clone(), self.clone()));
                }
            });
        }
        changes
    }

    /// Records that a committed write changed `topics` (this instance's side; other instances hear the
    /// notification sent in the transaction).
    pub(crate) fn changed(&self, topics: &[Topic]) {
        self.feed.bump(topics);
    }
}

/// The statement that announces `topics` to other instances, run inside the writing transaction; `None` on
/// SQLite, which has no other instances to tell.
pub(crate) fn notify_sql(store: &Store, topics: &[Topic]) -> Option<String> {
    match store.backend {
        Backend::Sqlite(_) => None,
        Backend::Postgres(_) => {
            let calls: Vec<String> =
                topics.iter().map(|topic| format!("pg_notify('{CHANNEL}', '{}')", topic.payload())).collect();
            Some(format!("SELECT {}", calls.join(", ")))
        }
    }
}

/// Announces `$topics` inside transaction `$tx` of `$store` (PostgreSQL); after the commit the caller calls
/// [`Store::changed`].
macro_rules! announce {
    ($tx:expr, $store:expr, $topics:expr) => {
        if let Some(sql) = $crate::changes::notify_sql($store, $topics) {
            sqlx::query(&sql).execute(&mut *$tx).await?;
        }
    };
}
pub(crate) use announce;

/// SQLite: reads `PRAGMA data_version` on a connection of its own until the pool is closed.
async fn poll_sqlite(pool: SqlitePool, store: Store) {
    use sqlx::Connection;
    let mut closed = std::pin::pin!(pool.close_event());
    let options = pool.connect_options();
    loop {
        let mut connection = match SqliteConnection::connect_with(&options).await {
            Ok(connection) => connection,
            Err(error) => {
                tracing::warn!(%error, "the change feed cannot open the database; caches are not used");
                tokio::select! {
                    () = tokio::time::sleep(MAX_BACKOFF) => continue,
                    _ = &mut closed => return,
                }
            }
        };
        let mut seen: Option<i64> = None;
        loop {
            match sqlx::query_scalar::<_, i64>("PRAGMA data_version").fetch_one(&mut connection).await {
                Ok(version) => {
                    match seen {
                        None => store.feed.set_live(true),
                        Some(before) if before != version => store.feed.bump_all(),
                        Some(_) => {}
                    }
                    seen = Some(version);
                }
                Err(error) => {
                    tracing::warn!(%error, "the change feed lost the database; caches are not used until it is back");
                    store.feed.set_live(false);
                    break;
                }
            }
            tokio::select! {
                () = tokio::time::sleep(SQLITE_POLL) => {}
                _ = &mut closed => {
                    store.feed.set_live(false);
                    return;
                }
            }
        }
    }
}

/// PostgreSQL: listens on a connection of its own (not one of the pool's, which `close` waits for), with a
/// heartbeat, until the pool is closed; reconnects with backoff.
async fn listen_postgres(pool: PgPool, store: Store) {
    static PINGS: AtomicU64 = AtomicU64::new(0);
    let ping = format!("ping {} {}", std::process::id(), PINGS.fetch_add(1, Ordering::Relaxed));
    let listener_pool = PgPoolOptions::new()
        .max_connections(1)
        .max_lifetime(None)
        .idle_timeout(None)
        .connect_lazy_with((*pool.connect_options()).clone());
    let mut closed = std::pin::pin!(pool.close_event());
    let mut backoff = Duration::from_millis(100);
    loop {
        let connected = async {
            let mut listener = PgListener::connect_with(&listener_pool).await?;
            listener.listen(CHANNEL).await?;
            Ok::<_, sqlx::Error>(listener)
        };
        let listener = tokio::select! {
            connected = connected => connected,
            _ = &mut closed => return,
        };
        let mut listener = match listener {
            Ok(listener) => listener,
            Err(error) => {
                tracing::warn!(%error, "the change feed cannot listen; caches are not used until it can");
                tokio::select! {
                    () = tokio::time::sleep(backoff) => {}
                    _ = &mut closed => return,
                }
                backoff = (backoff * 2).min(MAX_BACKOFF);
                continue;
            }
        };
        backoff = Duration::from_millis(100);
        // Listening from here on: whatever changed before is covered by bumping everything.
        store.feed.set_live(true);
        let heard = AtomicU64::new(0);
        // Either loop ends when the connection is found lost; the listener is dropped with it.
        tokio::select! {
            () = receive(&mut listener, &store, &ping, &heard) => {}
            () = heartbeat(&pool, &ping, &heard) => {}
            _ = &mut closed => {
                store.feed.set_live(false);
                return;
            }
        }
        store.feed.set_live(false);
        tracing::warn!("the change feed lost its connection; answering from the database until it is back");
        drop(listener);
    }
}

/// Bumps each topic notified until the connection is lost.
async fn receive(listener: &mut PgListener, store: &Store, ping: &str, heard: &AtomicU64) {
    loop {
        match listener.try_recv().await {
            Ok(Some(notification)) => {
                let payload = notification.payload();
                if payload == ping {
                    heard.fetch_add(1, Ordering::Relaxed);
                } else if let Some(topic) = Topic::from_payload(payload) {
                    store.feed.bump(&[topic]);
                }
                // Other instances' pings and unknown payloads (a newer version's topics) change nothing here.
            }
            Ok(None) => return,
            Err(error) => {
                tracing::warn!(%error, "the change feed's connection failed");
                return;
            }
        }
    }
}

/// Notifies `ping` every [`HEARTBEAT`]; returns when the previous one was never heard (or could not be sent).
async fn heartbeat(pool: &PgPool, ping: &str, heard: &AtomicU64) {
    let mut sent = 0;
    loop {
        tokio::time::sleep(HEARTBEAT).await;
        if heard.load(Ordering::Relaxed) < sent {
            tracing::warn!("the change feed's heartbeat went unanswered");
            return;
        }
        let notified = sqlx::query("SELECT pg_notify($1, $2)").bind(CHANNEL).bind(ping).execute(pool).await;
        if let Err(error) = notified {
            tracing::warn!(%error, "the change feed's heartbeat could not be sent");
            return;
        }
        sent += 1;
    }
}
