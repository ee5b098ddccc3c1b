//! warbrief's storage: one [`Store`] API over two SQL backends.
//!
//! - **SQLite** (`sqlite://warbrief.db`) is the embedded default: a file, created if missing, in WAL mode.
//! - **PostgreSQL** (`postgres://…`) is for scale-out: several bot instances on one database.
//!
//! Every query is written once where the dialects agree (`$1` placeholders work in both) and run through
//! [`on_pool!`], which expands the same code for each pool type; where they differ (full-text search, row
//! locking, advisory locks) each backend has its own SQL, all of it in `dialect.rs`. Queries are runtime
//! `query_as`, not compile-time checked macros, because one crate cannot check against two databases: the
//! contract test suite in `tests/it` runs against both instead.
//!
//! Each aggregate has its own file with its own `impl Store` block: `reports`, `incidents`, `posts`,
//! `sanctions`, `search`, `subscribers` (with the regions they follow), `schedule`, `deliveries`, `budget` (the
//! send rate shared by instances), `admins`, `audit` and `updates` (incoming updates already seen). `changes`
//! is the change feed: which kinds of data changed, on this instance or another, for the bot's caches.
//!
//! Domain types from `warbrief-core` never derive sqlx traits: rows are read into private `*Row` structs
//! and parsed, so a bad row becomes [`StoreError::InvalidRow`], not a bad value.

use std::str::FromStr;
use std::time::Duration;

use dialect::Dialect;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};

/// The database URL used when `DATABASE_URL` is unset.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://warbrief.db";

/// What went wrong in storage.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The URL is neither `sqlite:` nor `postgres:`/`postgresql:`, or is malformed.
    #[error("unsupported database URL (expected sqlite://FILE or postgres://USER@HOST/DB): {0}")]
    UnsupportedUrl(String),
    /// Could not open or reach the database.
    #[error("cannot connect to the {backend} database")]
    Connect {
        backend: &'static str,
        #[source]
        source: sqlx::Error,
    },
    /// Applying migrations failed.
    #[error("database migration failed")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// A query failed.
    #[error("database query failed")]
    Query(#[from] sqlx::Error),
    /// A row read back does not make a valid domain value (edited by hand, or written by a newer version).
    #[error("invalid row in {table}: {detail}")]
    InvalidRow { table: &'static str, detail: String },
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

#[derive(Debug, Clone)]
enum Backend {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Runs the same code against whichever pool the store holds. `$pool` is a `&SqlitePool` in one expansion
/// and a `&PgPool` in the other, so the body must compile for both.
macro_rules! on_pool {
    ($store:expr, |$pool:ident| $body:expr) => {
        match &$store.backend {
            $crate::Backend::Sqlite($pool) => $body,
            $crate::Backend::Postgres($pool) => $body,
        }
    };
}

mod admins;
mod audit;
mod budget;
mod changes;
mod deliveries;
mod dialect;
mod incidents;
mod posts;
mod reports;
mod rows;
mod sanctions;
mod schedule;
mod search;
mod subscribers;
mod updates;

pub use budget::SendSlots;
pub use changes::{Changes, Generations, HEARTBEAT, SQLITE_POLL, Topic};
pub use deliveries::{ClaimedDelivery, DeliveryCounts, DeliverySubject, QueueStats};
pub use incidents::StoredIncident;
pub use posts::{AddedPost, NewPost, PostUpdate, SavedPost, StoredPost};
pub use reports::{ReportsVersion, SaveOutcome};
pub use sanctions::Page;
pub use schedule::SchedulerLock;
pub use search::{SNIPPET_MATCH_END, SNIPPET_MATCH_START, SearchHit};

/// Rows per multi-row statement: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters.
const INSERT_CHUNK: usize = 500;

/// `$first, $first+1, …`: `count` placeholders for an `IN (…)` list.
fn placeholders(first: usize, count: usize) -> String {
    (first..first + count).map(|n| format!("${n}")).collect::<Vec<_>>().join(", ")
}

/// A count read as `BIGINT`, which is never negative, as `u64`.
fn non_negative(count: i64) -> u64 {
    count.max(0) as u64
}

/// The one storage API. Cheap to clone (pools are shared).
#[derive(Debug, Clone)]
pub struct Store {
    backend: Backend,
    /// What has changed, shared by every clone (see `changes.rs`).
    feed: std::sync::Arc<changes::Feed>,
}

impl Store {
    /// Opens the database at `url` (SQLite files are created if missing). Does not migrate.
    pub async fn connect(url: &str) -> Result<Store> {
        let scheme = url.split_once(':').map(|(scheme, _)| scheme).unwrap_or("");
        match scheme {
            "sqlite" => {
                let options = SqliteConnectOptions::from_str(url)
                    .map_err(|_| StoreError::UnsupportedUrl(redact(url)))?
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10));
                let pool = SqlitePoolOptions::new()
                    .max_connections(4)
                    .connect_with(options)
                    .await
                    .map_err(|source| StoreError::Connect { backend: "SQLite", source })?;
                Ok(Store { backend: Backend::Sqlite(pool), feed: Default::default() })
            }
            "postgres" | "postgresql" => {
                let options = PgConnectOptions::from_str(url).map_err(|_| StoreError::UnsupportedUrl(redact(url)))?;
                let pool = PgPoolOptions::new()
                    .max_connections(8)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect_with(options)
                    .await
                    .map_err(|source| StoreError::Connect { backend: "PostgreSQL", source })?;
                Ok(Store { backend: Backend::Postgres(pool), feed: Default::default() })
            }
            _ => Err(StoreError::UnsupportedUrl(redact(url))),
        }
    }

    /// [`Store::connect`] then [`Store::migrate`].
    pub async fn open(url: &str) -> Result<Store> {
        let store = Self::connect(url).await?;
        store.migrate().await?;
        Ok(store)
    }

    /// Applies the migrations embedded from `migrations/<backend>`.
    pub async fn migrate(&self) -> Result<()> {
        match &self.backend {
            Backend::Sqlite(pool) => sqlx::migrate!("../../migrations/sqlite").run(pool).await?,
            Backend::Postgres(pool) => sqlx::migrate!("../../migrations/postgres").run(pool).await?,
        }
        Ok(())
    }

    /// "SQLite" or "PostgreSQL".
    pub fn backend_name(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite(_) => "SQLite",
            Backend::Postgres(_) => "PostgreSQL",
        }
    }

    /// The SQL dialect of the backend: what differs between SQLite and PostgreSQL.
    fn dialect(&self) -> Dialect {
        match self.backend {
            Backend::Sqlite(_) => Dialect::Sqlite,
            Backend::Postgres(_) => Dialect::Postgres,
        }
    }

    pub async fn close(&self) {
        on_pool!(self, |pool| pool.close().await)
    }

    /// Checks that the database answers.
    pub async fn ping(&self) -> Result<()> {
        let _: i64 = on_pool!(self, |pool| sqlx::query_scalar("SELECT CAST(1 AS BIGINT)").fetch_one(pool).await?);
        Ok(())
    }

    /// True when there are no reports and no sanctions entries: a new database.
    pub async fn is_empty(&self) -> Result<bool> {
        let (published, drafts) = self.count_reports().await?;
        Ok(published + drafts == 0 && self.count_sanctions().await? == 0)
    }

    /// Deletes the row of `table` whose `key` column is `id`; false if there was none. Table and column
    /// names are always literals from this file, never input.
    async fn delete_row(&self, table: &'static str, key: &'static str, id: i64) -> Result<bool> {
        let sql = format!("DELETE FROM {table} WHERE {key} = $1");
        let affected = on_pool!(self, |pool| sqlx::query(&sql).bind(id).execute(pool).await?.rows_affected());
        Ok(affected == 1)
    }
}

/// `url` with any password replaced, for error messages and logs.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        Ok(parsed) => parsed.to_string(),
        Err(_) => {
            // Not parseable: hide everything between "://" and "@", where credentials would be.
            match (url.find("://"), url.rfind('@')) {
                (Some(start), Some(at)) if at > start => {
                    format!("{}***{}", &url[..start + 3], &url[at..])
                }
                _ => url.to_owned(),
            }
        }
    }
}
