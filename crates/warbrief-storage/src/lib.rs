//! warbrief's storage: one [`Store`] API over two SQL backends.
//!
//! - **SQLite** (`sqlite://warbrief.db`) is the embedded default: a file, created if missing, in WAL mode.
//! - **PostgreSQL** (`postgres://…`) is for scale-out: several bot instances on one database.
//!
//! Every query is written once where the dialects agree (`$1` placeholders work in both) and run through
//! [`on_pool!`], which expands the same code for each pool type; where they differ (full-text search) each
//! backend has its own SQL. Queries are runtime `query_as`, not compile-time checked macros, because one
//! crate cannot check against two databases: the contract test suite in `tests/it` runs against both instead.
//!
//! Domain types from `warbrief-core` never derive sqlx traits: rows are read into private `*Row` structs
//! and parsed, so a bad row becomes [`StoreError::InvalidRow`], not a bad value.

mod rows;

use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use warbrief_core::post::IncidentSource;
use warbrief_core::{
    AuditEntry, Authority, CasualtyTotals, ChatId, DayNumber, DeliveryKind, Incident, RegionCode, Report, ReportStatus,
    SanctionsEntry, Subscriber,
};

use rows::{AuditRow, IncidentRow, ReportRow, SanctionsRow, SearchRow, SectionRow, SubscriberRow, TotalsRow};

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

/// Whether [`Store::save_report`] created a report or replaced one for the same day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveOutcome {
    Created,
    Updated,
}

/// See [`Store::reports_version`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportsVersion {
    pub latest_published: Option<DayNumber>,
    /// `reports_revision.value`, bumped by every write to reports.
    revision: i64,
}

/// What a delivery is of: a published report, or a post whose incidents were added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeliverySubject {
    Report(DayNumber),
    /// A post's id ([`StoredPost::id`]).
    Post(i64),
}

impl From<DayNumber> for DeliverySubject {
    fn from(day: DayNumber) -> Self {
        DeliverySubject::Report(day)
    }
}

/// A claimed delivery as `claim_deliveries` reads it: id, chat, report day, post id, kind, attempts.
type ClaimedRow = (i64, i64, Option<i64>, Option<i64>, String, i64);

/// A delivery claimed by a worker: send it, then record the outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimedDelivery {
    pub id: i64,
    pub chat_id: ChatId,
    pub subject: DeliverySubject,
    pub kind: DeliveryKind,
    /// Including this one.
    pub attempts: u32,
}

/// Deliveries finished since some instant, and those still waiting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DeliveryCounts {
    pub sent: u64,
    pub failed: u64,
    pub pending: u64,
}

/// See [`Store::queue_stats`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QueueStats {
    pub depth: u64,
    pub oldest_due: Option<DateTime<Utc>>,
}

/// The advisory lock key of the digest scheduler ("warbrief" in ASCII, as a number).
const SCHEDULER_LOCK_KEY: i64 = 0x7761_7262_7269_6566;

/// Held by the instance that runs the digest scheduler; see [`Store::try_lock_scheduler`].
#[derive(Debug)]
pub struct SchedulerLock {
    connection: Option<sqlx::PgConnection>,
}

impl SchedulerLock {
    /// Whether the lock is still held: false once its connection has broken (the server then released it).
    pub async fn is_held(&mut self) -> bool {
        match &mut self.connection {
            None => true,
            Some(connection) => sqlx::Connection::ping(connection).await.is_ok(),
        }
    }
}

/// A stored incident with its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredIncident {
    pub id: i64,
    pub incident: Incident,
    /// The post or article it was read from; `None` for a daily report's incident or one entered by hand.
    pub source: Option<IncidentSource>,
}

/// One page of a listing, and whether more follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub has_more: bool,
}

/// A published report matching a search, with a snippet of plain text around the match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    pub day: DayNumber,
    pub title: String,
    /// Plain text; the matched words are wrapped in [`SNIPPET_MATCH_START`] and [`SNIPPET_MATCH_END`].
    pub snippet: String,
}

/// Marks the start of a matched word in [`SearchHit::snippet`]: the renderer's marker, a control character.
pub const SNIPPET_MATCH_START: char = warbrief_core::render::MATCH_START;
/// Marks the end of a matched word in [`SearchHit::snippet`].
pub const SNIPPET_MATCH_END: char = warbrief_core::render::MATCH_END;

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
            Backend::Sqlite($pool) => $body,
            Backend::Postgres($pool) => $body,
        }
    };
}

/// Binds an [`Incident`]'s own fields, date to report day, in column order (ten placeholders).
macro_rules! bind_incident_fields {
    ($query:expr, $incident:expr) => {{
        let incident: &Incident = $incident;
        $query
            .bind(incident.date)
            .bind(incident.region.iso_code())
            .bind(incident.place.as_deref())
            .bind(i64::from(incident.killed.value))
            .bind(incident.killed.at_least)
            .bind(i64::from(incident.wounded.value))
            .bind(incident.wounded.at_least)
            .bind(incident.weapon.as_deref())
            .bind(&incident.description)
            .bind(incident.report_day.map(|day| i64::from(day.get())))
    }};
}

/// Binds an [`Incident`] in the column order of `INSERT_INCIDENT`.
macro_rules! bind_incident {
    ($query:expr, $incident:expr, $now:expr, $visible:expr) => {{
        let incident: &Incident = $incident;
        bind_incident_fields!($query, incident).bind($now).bind(effective_date(incident)).bind($visible)
    }};
}

mod posts;

pub use posts::{AddedPost, NewPost, PostUpdate, SavedPost, StoredPost};

/// Rows per multi-row statement: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters.
const INSERT_CHUNK: usize = 500;

/// `$first, $first+1, …`: `count` placeholders for an `IN (…)` list.
fn placeholders(first: usize, count: usize) -> String {
    (first..first + count).map(|n| format!("${n}")).collect::<Vec<_>>().join(", ")
}

/// The one storage API. Cheap to clone (pools are shared).
#[derive(Debug, Clone)]
pub struct Store {
    backend: Backend,
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
                Ok(Store { backend: Backend::Sqlite(pool) })
            }
            "postgres" | "postgresql" => {
                let options = PgConnectOptions::from_str(url).map_err(|_| StoreError::UnsupportedUrl(redact(url)))?;
                let pool = PgPoolOptions::new()
                    .max_connections(8)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect_with(options)
                    .await
                    .map_err(|source| StoreError::Connect { backend: "PostgreSQL", source })?;
                Ok(Store { backend: Backend::Postgres(pool) })
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

    pub async fn close(&self) {
        on_pool!(self, |pool| pool.close().await)
    }

    // ----- reports -----

    /// Inserts or replaces the report for `report.day`, its sections and its search index entry, in one
    /// transaction. Incidents linked to the day are kept.
    pub async fn save_report(&self, report: &Report, now: DateTime<Utc>) -> Result<SaveOutcome> {
        self.save_report_inner(report, None, now).await
    }

    /// [`Store::save_report`] and [`Store::replace_report_incidents`] in one transaction: either both
    /// happen or neither.
    pub async fn save_report_with_incidents(
        &self,
        report: &Report,
        incidents: &[Incident],
        now: DateTime<Utc>,
    ) -> Result<SaveOutcome> {
        self.save_report_inner(report, Some(incidents), now).await
    }

    #[tracing::instrument(skip_all, fields(day = report.day.get()))]
    async fn save_report_inner(
        &self,
        report: &Report,
        incidents: Option<&[Incident]>,
        now: DateTime<Utc>,
    ) -> Result<SaveOutcome> {
        let day = i64::from(report.day.get());
        let sources: Vec<&str> = report.sources.iter().map(|url| url.as_str()).collect();
        let sources = sources.join("\n");
        let published_at = (report.status == ReportStatus::Published).then_some(now);
        let body: Vec<String> =
            report.sections.iter().map(|section| format!("{}\n{}", section.heading, section.text())).collect();
        let body = body.join("\n\n");
        on_pool!(self, |pool| {
            let mut tx = pool.begin().await?;
            let existed: Option<i64> =
                sqlx::query_scalar("SELECT day FROM reports WHERE day = $1").bind(day).fetch_optional(&mut *tx).await?;
            sqlx::query(
                "INSERT INTO reports (day, date, title, status, sources, created_at, updated_at, published_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $6, $7)
                 ON CONFLICT (day) DO UPDATE SET
                     date = excluded.date, title = excluded.title, status = excluded.status,
                     sources = excluded.sources, updated_at = excluded.updated_at,
                     published_at = COALESCE(reports.published_at, excluded.published_at)",
            )
            .bind(day)
            .bind(report.date())
            .bind(&report.title)
            .bind(report.status.as_str())
            .bind(&sources)
            .bind(now)
            .bind(published_at)
            .execute(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM report_sections WHERE day = $1").bind(day).execute(&mut *tx).await?;
            for (position, section) in report.sections.iter().enumerate() {
                sqlx::query("INSERT INTO report_sections (day, position, heading, body) VALUES ($1, $2, $3, $4)")
                    .bind(day)
                    .bind(position as i64)
                    .bind(&section.heading)
                    .bind(section.text())
                    .execute(&mut *tx)
                    .await?;
            }
            match self.backend {
                Backend::Sqlite(_) => {
                    sqlx::query("DELETE FROM reports_fts WHERE rowid = $1").bind(day).execute(&mut *tx).await?;
                    sqlx::query("INSERT INTO reports_fts (rowid, title, body) VALUES ($1, $2, $3)")
                        .bind(day)
                        .bind(&report.title)
                        .bind(&body)
                        .execute(&mut *tx)
                        .await?;
                }
                Backend::Postgres(_) => {
                    sqlx::query("UPDATE reports SET search_text = $2 WHERE day = $1")
                        .bind(day)
                        .bind(format!("{}\n\n{}", report.title, body))
                        .execute(&mut *tx)
                        .await?;
                }
            }
            let published = report.status == ReportStatus::Published;
            match incidents {
                Some(incidents) => {
                    sqlx::query("DELETE FROM incidents WHERE report_day = $1").bind(day).execute(&mut *tx).await?;
                    for incident in incidents {
                        let with_day = Incident { report_day: Some(report.day), ..incident.clone() };
                        let _id: i64 = bind_incident!(sqlx::query_scalar(INSERT_INCIDENT), &with_day, now, published)
                            .fetch_one(&mut *tx)
                            .await?;
                    }
                }
                None => {
                    sqlx::query("UPDATE incidents SET visible = $2 WHERE report_day = $1")
                        .bind(day)
                        .bind(published)
                        .execute(&mut *tx)
                        .await?;
                }
            }
            sqlx::query(BUMP_REPORTS_REVISION).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(if existed.is_some() { SaveOutcome::Updated } else { SaveOutcome::Created })
        })
    }

    /// Publishes or unpublishes a stored report. Returns false if there is no report for that day.
    pub async fn set_report_status(&self, day: DayNumber, status: ReportStatus, now: DateTime<Utc>) -> Result<bool> {
        let published_at = (status == ReportStatus::Published).then_some(now);
        on_pool!(self, |pool| {
            let mut tx = pool.begin().await?;
            let updated = sqlx::query(
                "UPDATE reports SET status = $2, updated_at = $3, published_at = COALESCE(published_at, $4)
                 WHERE day = $1",
            )
            .bind(i64::from(day.get()))
            .bind(status.as_str())
            .bind(now)
            .bind(published_at)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            sqlx::query("UPDATE incidents SET visible = $2 WHERE report_day = $1")
                .bind(i64::from(day.get()))
                .bind(status == ReportStatus::Published)
                .execute(&mut *tx)
                .await?;
            sqlx::query(BUMP_REPORTS_REVISION).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(updated == 1)
        })
    }

    /// The report for `day`, whatever its status.
    pub async fn report(&self, day: DayNumber) -> Result<Option<Report>> {
        let row: Option<ReportRow> =
            on_pool!(self, |pool| sqlx::query_as("SELECT day, title, status, sources FROM reports WHERE day = $1")
                .bind(i64::from(day.get()))
                .fetch_optional(pool)
                .await?);
        self.with_sections(row).await
    }

    /// The published report for `day`.
    pub async fn published_report(&self, day: DayNumber) -> Result<Option<Report>> {
        Ok(self.report(day).await?.filter(|report| report.status == ReportStatus::Published))
    }

    /// The published report with the highest day number.
    pub async fn latest_published_report(&self) -> Result<Option<Report>> {
        let row: Option<ReportRow> = on_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT day, title, status, sources FROM reports WHERE status = 'published' ORDER BY day DESC LIMIT 1",
            )
            .fetch_optional(pool)
            .await?
        });
        self.with_sections(row).await
    }

    /// The published days just before and just after `day` (which need not itself have a report).
    pub async fn published_neighbours(&self, day: DayNumber) -> Result<(Option<DayNumber>, Option<DayNumber>)> {
        let day = i64::from(day.get());
        let (previous, next): (Option<i64>, Option<i64>) = on_pool!(self, |pool| {
            let previous = sqlx::query_scalar("SELECT MAX(day) FROM reports WHERE status = 'published' AND day < $1")
                .bind(day)
                .fetch_one(pool)
                .await?;
            let next = sqlx::query_scalar("SELECT MIN(day) FROM reports WHERE status = 'published' AND day > $1")
                .bind(day)
                .fetch_one(pool)
                .await?;
            (previous, next)
        });
        Ok((rows::day_opt(previous, "reports")?, rows::day_opt(next, "reports")?))
    }

    /// A value that changes whenever any report is added, changed, published, unpublished or deleted: for
    /// caching what is rendered from reports. Cheap: two index lookups.
    pub async fn reports_version(&self) -> Result<ReportsVersion> {
        let (latest, revision): (Option<i64>, i64) = on_pool!(self, |pool| sqlx::query_as(
            "SELECT (SELECT day FROM reports WHERE status = 'published' ORDER BY day DESC LIMIT 1),
                    (SELECT value FROM reports_revision WHERE id = 1)"
        )
        .fetch_one(pool)
        .await?);
        Ok(ReportsVersion { latest_published: rows::day_opt(latest, "reports")?, revision })
    }

    /// The newest `limit` published reports, newest first: (day, title).
    pub async fn latest_published_days(&self, limit: u32) -> Result<Vec<(DayNumber, String)>> {
        let rows: Vec<(i64, String)> = on_pool!(self, |pool| sqlx::query_as(
            "SELECT day, title FROM reports WHERE status = 'published' ORDER BY day DESC LIMIT $1"
        )
        .bind(i64::from(limit))
        .fetch_all(pool)
        .await?);
        rows.into_iter().map(|(day, title)| Ok((rows::day(day, "reports")?, title))).collect()
    }

    /// Number of incidents visible to subscribers (entered by hand or from published reports).
    pub async fn count_visible_incidents(&self) -> Result<u64> {
        let count: i64 = on_pool!(self, |pool| sqlx::query_scalar(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM incidents WHERE {VISIBLE_INCIDENT}"
        ))
        .fetch_one(pool)
        .await?);
        Ok(count.max(0) as u64)
    }

    /// Number of reports: (published, drafts).
    pub async fn count_reports(&self) -> Result<(u64, u64)> {
        let (published, drafts): (i64, i64) = on_pool!(self, |pool| sqlx::query_as(
            "SELECT
                 CAST(COALESCE(SUM(CASE WHEN status = 'published' THEN 1 ELSE 0 END), 0) AS BIGINT),
                 CAST(COALESCE(SUM(CASE WHEN status = 'draft' THEN 1 ELSE 0 END), 0) AS BIGINT)
             FROM reports"
        )
        .fetch_one(pool)
        .await?);
        Ok((published.max(0) as u64, drafts.max(0) as u64))
    }

    /// Deletes a report with its sections and incidents. Returns false if there was none.
    pub async fn delete_report(&self, day: DayNumber) -> Result<bool> {
        let day = i64::from(day.get());
        on_pool!(self, |pool| {
            let mut tx = pool.begin().await?;
            if let Backend::Sqlite(_) = self.backend {
                sqlx::query("DELETE FROM reports_fts WHERE rowid = $1").bind(day).execute(&mut *tx).await?;
            }
            let deleted = sqlx::query("DELETE FROM reports WHERE day = $1").bind(day).execute(&mut *tx).await?;
            sqlx::query(BUMP_REPORTS_REVISION).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(deleted.rows_affected() == 1)
        })
    }

    async fn with_sections(&self, row: Option<ReportRow>) -> Result<Option<Report>> {
        let Some(row) = row else { return Ok(None) };
        let sections: Vec<SectionRow> = on_pool!(self, |pool| sqlx::query_as(
            "SELECT heading, body FROM report_sections WHERE day = $1 ORDER BY position"
        )
        .bind(row.day)
        .fetch_all(pool)
        .await?);
        row.into_report(sections).map(Some)
    }

    // ----- incidents -----

    /// Stores a new incident and returns its id.
    pub async fn add_incident(&self, incident: &Incident, now: DateTime<Utc>) -> Result<i64> {
        on_pool!(self, |pool| {
            let mut tx = pool.begin().await?;
            let visible = match incident.report_day {
                None => true,
                Some(day) => sqlx::query_scalar::<_, bool>(REPORT_PUBLISHED)
                    .bind(i64::from(day.get()))
                    .fetch_optional(&mut *tx)
                    .await?
                    .unwrap_or(false),
            };
            let id: i64 =
                bind_incident!(sqlx::query_scalar(INSERT_INCIDENT), incident, now, visible).fetch_one(&mut *tx).await?;
            tx.commit().await?;
            Ok(id)
        })
    }

    /// Replaces the incidents taken from the report of `day` with `incidents`, in one transaction.
    pub async fn replace_report_incidents(
        &self,
        day: DayNumber,
        incidents: &[Incident],
        now: DateTime<Utc>,
    ) -> Result<()> {
        on_pool!(self, |pool| {
            let mut tx = pool.begin().await?;
            let published: bool = sqlx::query_scalar(REPORT_PUBLISHED)
                .bind(i64::from(day.get()))
                .fetch_optional(&mut *tx)
                .await?
                .unwrap_or(false);
            sqlx::query("DELETE FROM incidents WHERE report_day = $1")
                .bind(i64::from(day.get()))
                .execute(&mut *tx)
                .await?;
            for incident in incidents {
                let with_day = Incident { report_day: Some(day), ..incident.clone() };
                let _id: i64 = bind_incident!(sqlx::query_scalar(INSERT_INCIDENT), &with_day, now, published)
                    .fetch_one(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok(())
        })
    }

    /// Incidents taken from the report of `day` (published or not), in the order they were stored.
    pub async fn report_incidents(&self, day: DayNumber) -> Result<Vec<StoredIncident>> {
        let rows: Vec<IncidentRow> = on_pool!(self, |pool| sqlx::query_as(&format!(
            "SELECT {INCIDENT_COLUMNS} FROM incidents WHERE report_day = $1 ORDER BY id"
        ))
        .bind(i64::from(day.get()))
        .fetch_all(pool)
        .await?);
        rows.into_iter().map(IncidentRow::into_stored).collect()
    }

    /// Visible incidents in `region` dated within `from..=to`, newest first, at most `limit`.
    /// Visible: entered by hand, or taken from a published report. Undated incidents are left out.
    pub async fn incidents_in_region(
        &self,
        region: RegionCode,
        from: NaiveDate,
        to: NaiveDate,
        limit: u32,
    ) -> Result<Vec<StoredIncident>> {
        let rows: Vec<IncidentRow> = on_pool!(self, |pool| sqlx::query_as(&format!(
            "SELECT {INCIDENT_COLUMNS} FROM incidents
             WHERE region = $1 AND effective_date >= $2 AND effective_date <= $3 AND {VISIBLE_INCIDENT}
             ORDER BY effective_date DESC, id DESC LIMIT $4"
        ))
        .bind(region.iso_code())
        .bind(from)
        .bind(to)
        .bind(i64::from(limit))
        .fetch_all(pool)
        .await?);
        rows.into_iter().map(IncidentRow::into_stored).collect()
    }

    /// Killed and wounded summed over visible incidents in `region` dated within `from..=to`.
    pub async fn region_totals(&self, region: RegionCode, from: NaiveDate, to: NaiveDate) -> Result<CasualtyTotals> {
        let row: TotalsRow = on_pool!(self, |pool| sqlx::query_as(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) AS incidents,
                    CAST(COALESCE(SUM(killed), 0) AS BIGINT) AS killed,
                    CAST(COALESCE(SUM(wounded), 0) AS BIGINT) AS wounded
             FROM incidents
             WHERE region = $1 AND effective_date >= $2 AND effective_date <= $3 AND {VISIBLE_INCIDENT}"
        ))
        .bind(region.iso_code())
        .bind(from)
        .bind(to)
        .fetch_one(pool)
        .await?);
        Ok(row.into_totals())
    }

    /// Casualties per day and region from visible incidents dated `from..=to`, optionally in one region:
    /// `(date, region, totals)`, by date then region code.
    pub async fn daily_casualties(
        &self,
        region: Option<RegionCode>,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<(NaiveDate, RegionCode, CasualtyTotals)>> {
        let rows: Vec<(NaiveDate, String, i64, i64, i64)> = on_pool!(self, |pool| sqlx::query_as(&format!(
            "SELECT effective_date, region, CAST(COUNT(*) AS BIGINT),
                    CAST(COALESCE(SUM(killed), 0) AS BIGINT), CAST(COALESCE(SUM(wounded), 0) AS BIGINT)
             FROM incidents
             WHERE effective_date >= $1 AND effective_date <= $2 AND ($3 IS NULL OR region = $3)
                   AND {VISIBLE_INCIDENT}
             GROUP BY effective_date, region ORDER BY effective_date, region"
        ))
        .bind(from)
        .bind(to)
        .bind(region.map(RegionCode::iso_code))
        .fetch_all(pool)
        .await?);
        rows.into_iter()
            .map(|(date, code, incidents, killed, wounded)| {
                let region = code.parse().map_err(|_| StoreError::InvalidRow { table: "incidents", detail: code })?;
                let count = |n: i64| n.max(0) as u64;
                Ok((
                    date,
                    region,
                    CasualtyTotals { incidents: count(incidents), killed: count(killed), wounded: count(wounded) },
                ))
            })
            .collect()
    }

    /// The date of the newest visible dated incident anywhere, if any.
    pub async fn latest_incident_date(&self) -> Result<Option<NaiveDate>> {
        // Walks the date index from the newest end until a visible row; MAX() would check every row.
        let date: Option<NaiveDate> = on_pool!(self, |pool| sqlx::query_scalar(&format!(
            "SELECT effective_date FROM incidents WHERE effective_date IS NOT NULL AND {VISIBLE_INCIDENT}
             ORDER BY effective_date DESC LIMIT 1"
        ))
        .fetch_optional(pool)
        .await?);
        Ok(date)
    }

    /// The day of the newest published report, without loading it.
    pub async fn latest_published_day(&self) -> Result<Option<DayNumber>> {
        let day: Option<i64> = on_pool!(self, |pool| sqlx::query_scalar(
            "SELECT day FROM reports WHERE status = 'published' ORDER BY day DESC LIMIT 1"
        )
        .fetch_optional(pool)
        .await?);
        rows::day_opt(day, "reports")
    }

    /// One incident by id.
    pub async fn incident(&self, id: i64) -> Result<Option<StoredIncident>> {
        let row: Option<IncidentRow> =
            on_pool!(self, |pool| sqlx::query_as(&format!("SELECT {INCIDENT_COLUMNS} FROM incidents WHERE id = $1"))
                .bind(id)
                .fetch_optional(pool)
                .await?);
        row.map(IncidentRow::into_stored).transpose()
    }

    /// Replaces every field of incident `id`. Returns false if there is none.
    pub async fn update_incident(&self, id: i64, incident: &Incident) -> Result<bool> {
        let affected = on_pool!(self, |pool| {
            let query = sqlx::query(
                "UPDATE incidents SET date = $2, region = $3, place = $4, killed = $5, killed_at_least = $6,
                     wounded = $7, wounded_at_least = $8, weapon = $9, description = $10, report_day = $11,
                     effective_date = $12,
                     visible = ($11 IS NULL
                                OR EXISTS (SELECT 1 FROM reports r WHERE r.day = $11 AND r.status = 'published'))
                 WHERE id = $1",
            )
            .bind(id);
            bind_incident_fields!(query, incident).bind(effective_date(incident)).execute(pool).await?.rows_affected()
        });
        Ok(affected == 1)
    }

    /// Deletes incident `id`. Returns false if there was none.
    pub async fn delete_incident(&self, id: i64) -> Result<bool> {
        self.delete_row("incidents", "id", id).await
    }

    /// Visible incidents dated within `from..=to` (either bound optional), oldest first, for export.
    pub async fn export_incidents(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Vec<StoredIncident>> {
        let rows: Vec<IncidentRow> = on_pool!(self, |pool| sqlx::query_as(&format!(
            "SELECT {INCIDENT_COLUMNS} FROM incidents
             WHERE ($1 IS NULL OR effective_date >= $1) AND ($2 IS NULL OR effective_date <= $2)
                 AND {VISIBLE_INCIDENT}
             ORDER BY effective_date, id"
        ))
        .bind(from)
        .bind(to)
        .fetch_all(pool)
        .await?);
        rows.into_iter().map(IncidentRow::into_stored).collect()
    }

    /// Every report (published and draft) whose date is within `from..=to`, oldest first, for export.
    pub async fn export_reports(&self, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Vec<Report>> {
        let days: Vec<i64> = on_pool!(self, |pool| sqlx::query_scalar(
            "SELECT day FROM reports WHERE ($1 IS NULL OR date >= $1) AND ($2 IS NULL OR date <= $2) ORDER BY day"
        )
        .bind(from)
        .bind(to)
        .fetch_all(pool)
        .await?);
        let mut reports = Vec::with_capacity(days.len());
        for day in days {
            if let Some(report) = self.report(rows::day(day, "reports")?).await? {
                reports.push(report);
            }
        }
        Ok(reports)
    }

    /// Draft reports, newest first: (day, title).
    pub async fn drafts(&self) -> Result<Vec<(DayNumber, String)>> {
        let rows: Vec<(i64, String)> = on_pool!(self, |pool| sqlx::query_as(
            "SELECT day, title FROM reports WHERE status = 'draft' ORDER BY day DESC"
        )
        .fetch_all(pool)
        .await?);
        rows.into_iter().map(|(day, title)| Ok((rows::day(day, "reports")?, title))).collect()
    }

    /// Keeps a replacement for an existing day's report until an admin confirms it; returns its id.
    pub async fn add_pending_report(
        &self,
        day: DayNumber,
        text: &str,
        by: Option<i64>,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        let id: i64 = on_pool!(self, |pool| sqlx::query_scalar(
            "INSERT INTO pending_reports (day, text, submitted_by, created_at) VALUES ($1, $2, $3, $4) RETURNING id"
        )
        .bind(i64::from(day.get()))
        .bind(text)
        .bind(by)
        .bind(now)
        .fetch_one(pool)
        .await?);
        Ok(id)
    }

    /// Removes a pending replacement and returns its day and text; `None` if it was already taken.
    pub async fn take_pending_report(&self, id: i64) -> Result<Option<(DayNumber, String)>> {
        let row: Option<(i64, String)> =
            on_pool!(self, |pool| sqlx::query_as("DELETE FROM pending_reports WHERE id = $1 RETURNING day, text")
                .bind(id)
                .fetch_optional(pool)
                .await?);
        row.map(|(day, text)| Ok((rows::day(day, "pending_reports")?, text))).transpose()
    }

    // ----- sanctions -----

    pub async fn sanctions_entry(&self, id: i64) -> Result<Option<SanctionsEntry>> {
        let row: Option<SanctionsRow> = on_pool!(self, |pool| sqlx::query_as(
            "SELECT id, date, authority, title, status, summary, source_url FROM sanctions WHERE id = $1"
        )
        .bind(id)
        .fetch_optional(pool)
        .await?);
        row.map(|row| row.into_entry().map(|(_, entry)| entry)).transpose()
    }

    /// Replaces every field of sanctions entry `id`. Returns false if there is none.
    pub async fn update_sanctions_entry(&self, id: i64, entry: &SanctionsEntry) -> Result<bool> {
        let affected = on_pool!(self, |pool| sqlx::query(
            "UPDATE sanctions SET date = $2, authority = $3, title = $4, status = $5, summary = $6, source_url = $7
             WHERE id = $1"
        )
        .bind(id)
        .bind(entry.date)
        .bind(entry.authority.as_str())
        .bind(&entry.title)
        .bind(entry.status.as_str())
        .bind(&entry.summary)
        .bind(entry.source_url.as_ref().map(|url| url.as_str()))
        .execute(pool)
        .await?
        .rows_affected());
        Ok(affected == 1)
    }

    pub async fn delete_sanctions_entry(&self, id: i64) -> Result<bool> {
        self.delete_row("sanctions", "id", id).await
    }

    /// Deletes the row of `table` whose `key` column is `id`; false if there was none. Table and column
    /// names are always literals from this file, never input.
    async fn delete_row(&self, table: &'static str, key: &'static str, id: i64) -> Result<bool> {
        let sql = format!("DELETE FROM {table} WHERE {key} = $1");
        let affected = on_pool!(self, |pool| sqlx::query(&sql).bind(id).execute(pool).await?.rows_affected());
        Ok(affected == 1)
    }

    /// Every sanctions entry with its id, oldest first, within `from..=to`, for export.
    pub async fn export_sanctions(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Vec<(i64, SanctionsEntry)>> {
        let rows: Vec<SanctionsRow> = on_pool!(self, |pool| sqlx::query_as(
            "SELECT id, date, authority, title, status, summary, source_url FROM sanctions
             WHERE ($1 IS NULL OR date >= $1) AND ($2 IS NULL OR date <= $2) ORDER BY date, id"
        )
        .bind(from)
        .bind(to)
        .fetch_all(pool)
        .await?);
        rows.into_iter().map(SanctionsRow::into_entry).collect()
    }

    pub async fn add_sanctions_entry(&self, entry: &SanctionsEntry, now: DateTime<Utc>) -> Result<i64> {
        let id: i64 = on_pool!(self, |pool| {
            sqlx::query_scalar(
                "INSERT INTO sanctions (date, authority, title, status, summary, source_url, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(entry.date)
            .bind(entry.authority.as_str())
            .bind(&entry.title)
            .bind(entry.status.as_str())
            .bind(&entry.summary)
            .bind(entry.source_url.as_ref().map(|url| url.as_str()))
            .bind(now)
            .fetch_one(pool)
            .await?
        });
        Ok(id)
    }

    /// The sanctions timeline newest first, optionally for one authority; page 0 is the newest.
    pub async fn sanctions(
        &self,
        authority: Option<Authority>,
        page: u32,
        page_size: u32,
    ) -> Result<Page<(i64, SanctionsEntry)>> {
        let page_size = i64::from(page_size.max(1));
        let offset = i64::from(page).saturating_mul(page_size);
        let authority = authority.map(Authority::as_str);
        // One extra row tells whether another page follows.
        let rows: Vec<SanctionsRow> = on_pool!(self, |pool| sqlx::query_as(
            "SELECT id, date, authority, title, status, summary, source_url FROM sanctions
             WHERE ($1 IS NULL OR authority = $1)
             ORDER BY date DESC, id DESC LIMIT $2 OFFSET $3"
        )
        .bind(authority)
        .bind(page_size + 1)
        .bind(offset)
        .fetch_all(pool)
        .await?);
        let has_more = rows.len() as i64 > page_size;
        let items = rows.into_iter().take(page_size as usize).map(SanctionsRow::into_entry).collect::<Result<_>>()?;
        Ok(Page { items, has_more })
    }

    pub async fn count_sanctions(&self) -> Result<u64> {
        let count: i64 = on_pool!(self, |pool| sqlx::query_scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM sanctions")
            .fetch_one(pool)
            .await?);
        Ok(count.max(0) as u64)
    }

    // ----- search -----

    /// Full-text search over published reports, best matches first. Every word must match; a place matches
    /// in any of its spellings and languages ([`warbrief_core::search::groups`]); punctuation and query syntax in
    /// `query` are treated as plain text.
    pub async fn search_reports(&self, query: &str, limit: u32) -> Result<Vec<SearchHit>> {
        let groups = warbrief_core::search::groups(query);
        if groups.is_empty() {
            return Ok(Vec::new());
        }
        let limit = i64::from(limit);
        let rows: Vec<SearchRow> = match &self.backend {
            Backend::Sqlite(pool) => {
                // Each spelling quoted: FTS5 then reads it as a string (a phrase), never as query syntax.
                let fts_query: Vec<String> = groups
                    .iter()
                    .map(|group| {
                        let spellings: Vec<String> = group.iter().map(|s| format!("\"{s}\"")).collect();
                        format!("({})", spellings.join(" OR "))
                    })
                    .collect();
                sqlx::query_as(
                    "SELECT r.day AS day, r.title AS title,
                            snippet(reports_fts, 1, char(2), char(3), '…', 24) AS snippet
                     FROM reports_fts JOIN reports r ON r.day = reports_fts.rowid
                     WHERE reports_fts MATCH $1 AND r.status = 'published'
                     ORDER BY bm25(reports_fts), r.day DESC LIMIT $2",
                )
                .bind(fts_query.join(" AND "))
                .bind(limit)
                .fetch_all(pool)
                .await?
            }
            Backend::Postgres(pool) => {
                // (spelling OR spelling …) AND (…): every spelling a bound phrase, so nothing in it is syntax.
                let mut next = 1;
                let mut clauses = Vec::new();
                for group in &groups {
                    let alternatives: Vec<String> = group
                        .iter()
                        .map(|_| {
                            next += 1;
                            format!("phraseto_tsquery('english', ${next})")
                        })
                        .collect();
                    clauses.push(format!("({})", alternatives.join(" || ")));
                }
                let sql = format!(
                    "SELECT day, title,
                            ts_headline('english', search_text, q,
                                        'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=30, MinWords=12')
                                AS snippet
                     FROM reports, (SELECT {} AS q) AS query
                     WHERE status = 'published' AND search @@ q
                     ORDER BY ts_rank(search, q) DESC, day DESC LIMIT $1",
                    clauses.join(" && ")
                );
                let mut statement = sqlx::query_as(&sql).bind(limit);
                for spelling in groups.iter().flatten() {
                    statement = statement.bind(spelling);
                }
                statement.fetch_all(pool).await?
            }
        };
        rows.into_iter().map(SearchRow::into_hit).collect()
    }

    // ----- subscribers -----

    /// Creates or updates a chat's settings and reschedules its digest from `now` (see
    /// [`Subscriber::next_digest_at`]): every change of time, zone or flags takes effect at once.
    pub async fn upsert_subscriber(&self, subscriber: &Subscriber, now: DateTime<Utc>) -> Result<()> {
        self.upsert_subscribers(std::slice::from_ref(subscriber), now).await
    }

    /// [`Store::upsert_subscriber`] for many chats, in one transaction.
    pub async fn upsert_subscribers(&self, subscribers: &[Subscriber], now: DateTime<Utc>) -> Result<()> {
        on_pool!(self, |pool| {
            let mut tx = pool.begin().await?;
            for subscriber in subscribers {
                sqlx::query(
                    "INSERT INTO subscribers (chat_id, language, time_zone, digest_time, digest, active,
                         next_digest_at, created_at, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
                     ON CONFLICT (chat_id) DO UPDATE SET
                         language = excluded.language, time_zone = excluded.time_zone,
                         digest_time = excluded.digest_time, digest = excluded.digest, active = excluded.active,
                         next_digest_at = excluded.next_digest_at, updated_at = excluded.updated_at",
                )
                .bind(subscriber.chat_id.0)
                .bind(&subscriber.language)
                .bind(subscriber.time_zone.name())
                .bind(subscriber.digest_time)
                .bind(subscriber.digest)
                .bind(subscriber.active)
                .bind(subscriber.next_digest_at(now))
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    pub async fn subscriber(&self, chat_id: ChatId) -> Result<Option<Subscriber>> {
        let row: Option<SubscriberRow> = on_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT chat_id, language, time_zone, digest_time, digest, active FROM subscribers WHERE chat_id = $1",
            )
            .bind(chat_id.0)
            .fetch_optional(pool)
            .await?
        });
        row.map(SubscriberRow::into_subscriber).transpose()
    }

    /// Marks a chat active or inactive, rescheduling its digest. Returns false for an unknown chat.
    pub async fn set_subscriber_active(&self, chat_id: ChatId, active: bool, now: DateTime<Utc>) -> Result<bool> {
        if !active {
            return self.deactivate_chat(chat_id, "the chat was deactivated", now).await;
        }
        let Some(mut subscriber) = self.subscriber(chat_id).await? else {
            return Ok(false);
        };
        subscriber.active = true;
        self.upsert_subscriber(&subscriber, now).await?;
        Ok(true)
    }

    /// Stops everything for a chat that can no longer be reached (it blocked the bot, was deleted, or the bot
    /// was removed from it): inactive, no digest scheduled, and its waiting deliveries failed with `reason`.
    /// One transaction. Returns false for an unknown chat.
    pub async fn deactivate_chat(&self, chat_id: ChatId, reason: &str, now: DateTime<Utc>) -> Result<bool> {
        on_pool!(self, |pool| {
            let mut tx = pool.begin().await?;
            let affected = sqlx::query(
                "UPDATE subscribers SET active = FALSE, next_digest_at = NULL, updated_at = $2 WHERE chat_id = $1",
            )
            .bind(chat_id.0)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            sqlx::query(
                "UPDATE deliveries SET status = 'failed', last_error = $2, finished_at = $3, lease_until = NULL
                 WHERE chat_id = $1 AND status = 'pending'",
            )
            .bind(chat_id.0)
            .bind(reason)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(affected == 1)
        })
    }

    /// Subscribers: (active, inactive).
    pub async fn count_subscribers(&self) -> Result<(u64, u64)> {
        let (active, inactive): (i64, i64) = on_pool!(self, |pool| sqlx::query_as(
            "SELECT CAST(COALESCE(SUM(CASE WHEN active THEN 1 ELSE 0 END), 0) AS BIGINT),
                    CAST(COALESCE(SUM(CASE WHEN active THEN 0 ELSE 1 END), 0) AS BIGINT)
             FROM subscribers"
        )
        .fetch_one(pool)
        .await?);
        Ok((active.max(0) as u64, inactive.max(0) as u64))
    }

    // ----- the digest schedule -----

    /// Up to `limit` chats whose scheduled digest time has come (`next_digest_at <= now`), earliest first.
    pub async fn due_digests(&self, now: DateTime<Utc>, limit: u32) -> Result<Vec<Subscriber>> {
        let rows: Vec<SubscriberRow> = on_pool!(self, |pool| sqlx::query_as(
            "SELECT chat_id, language, time_zone, digest_time, digest, active FROM subscribers
             WHERE next_digest_at IS NOT NULL AND next_digest_at <= $1
             ORDER BY next_digest_at, chat_id LIMIT $2"
        )
        .bind(now)
        .bind(i64::from(limit))
        .fetch_all(pool)
        .await?);
        rows.into_iter().map(SubscriberRow::into_subscriber).collect()
    }

    /// The scheduler's step for chats [`Store::due_digests`] returned: queues `day`'s digest for the chats in
    /// `send` and moves each chat in `next` to its next time, in one transaction, so a crash does both or
    /// neither. A chat whose settings changed meanwhile (its time is no longer due) is left as it is.
    /// Returns how many digests were newly queued.
    pub async fn schedule_digests(
        &self,
        day: Option<DayNumber>,
        send: &[ChatId],
        next: &[(ChatId, Option<DateTime<Utc>>)],
        now: DateTime<Utc>,
    ) -> Result<u64> {
        // Chats sharing a next time (same zone and hour) are moved by one statement.
        let mut by_time: std::collections::BTreeMap<Option<DateTime<Utc>>, Vec<i64>> = Default::default();
        for (chat, at) in next {
            by_time.entry(*at).or_default().push(chat.0);
        }
        on_pool!(self, |pool| {
            let mut tx = pool.begin().await?;
            let mut added = 0;
            if let Some(day) = day {
                for chunk in send.chunks(INSERT_CHUNK) {
                    let sql = format!(
                        "INSERT INTO deliveries (chat_id, report_day, kind, not_before, created_at)
                         SELECT chat_id, $1, 'digest', $2, $2 FROM subscribers
                         WHERE active AND digest AND chat_id IN ({}) AND next_digest_at <= $2
                         ON CONFLICT (chat_id, report_day, kind) DO NOTHING",
                        placeholders(3, chunk.len())
                    );
                    let mut query = sqlx::query(&sql).bind(i64::from(day.get())).bind(now);
                    for chat in chunk {
                        query = query.bind(chat.0);
                    }
                    added += query.execute(&mut *tx).await?.rows_affected();
                }
            }
            for (at, chats) in &by_time {
                for chunk in chats.chunks(INSERT_CHUNK) {
                    let sql = format!(
                        "UPDATE subscribers SET next_digest_at = $1 WHERE chat_id IN ({}) AND next_digest_at <= $2",
                        placeholders(3, chunk.len())
                    );
                    let mut query = sqlx::query(&sql).bind(*at).bind(now);
                    for chat in chunk {
                        query = query.bind(*chat);
                    }
                    query.execute(&mut *tx).await?;
                }
            }
            tx.commit().await?;
            Ok(added)
        })
    }

    /// Queues `day`'s digest for every active chat that takes it, due at once (`/digest now`). Chats that
    /// already have it queued or sent are left alone. Returns how many were new.
    pub async fn enqueue_digest_for_all(&self, day: DayNumber, now: DateTime<Utc>) -> Result<u64> {
        self.enqueue_selected("SELECT chat_id, $1, 'digest', $2, $2 FROM subscribers WHERE active AND digest", day, now)
            .await
    }

    /// Queues `day`'s region alert for every active chat that follows a region with an incident from that
    /// report. Once per (chat, report), however many regions match. Returns how many were new.
    pub async fn enqueue_alerts(&self, day: DayNumber, now: DateTime<Utc>) -> Result<u64> {
        self.enqueue_selected(
            "SELECT DISTINCT f.chat_id, $1, 'alert', $2, $2
             FROM region_follows f JOIN subscribers s ON s.chat_id = f.chat_id
             WHERE s.active AND EXISTS (SELECT 1 FROM incidents i WHERE i.report_day = $1 AND i.region = f.region)",
            day,
            now,
        )
        .await
    }

    /// Queues the rows `select` yields (chat, `$1` day, kind, `$2` due, `$2` created), skipping those queued
    /// before. Returns how many were new.
    async fn enqueue_selected(&self, select: &str, day: DayNumber, now: DateTime<Utc>) -> Result<u64> {
        let sql = format!(
            "INSERT INTO deliveries (chat_id, report_day, kind, not_before, created_at) {select}
             ON CONFLICT (chat_id, report_day, kind) DO NOTHING"
        );
        Ok(on_pool!(self, |pool| sqlx::query(&sql)
            .bind(i64::from(day.get()))
            .bind(now)
            .execute(pool)
            .await?
            .rows_affected()))
    }

    // ----- region follows and the delivery queue -----

    /// Starts following `region` for alerts; false if the chat already did.
    pub async fn follow_region(&self, chat_id: ChatId, region: RegionCode, now: DateTime<Utc>) -> Result<bool> {
        let affected = on_pool!(self, |pool| sqlx::query(
            "INSERT INTO region_follows (chat_id, region, created_at) VALUES ($1, $2, $3)
             ON CONFLICT (chat_id, region) DO NOTHING"
        )
        .bind(chat_id.0)
        .bind(region.iso_code())
        .bind(now)
        .execute(pool)
        .await?
        .rows_affected());
        Ok(affected == 1)
    }

    /// Stops following `region`; false if the chat did not.
    pub async fn unfollow_region(&self, chat_id: ChatId, region: RegionCode) -> Result<bool> {
        let affected =
            on_pool!(self, |pool| sqlx::query("DELETE FROM region_follows WHERE chat_id = $1 AND region = $2")
                .bind(chat_id.0)
                .bind(region.iso_code())
                .execute(pool)
                .await?
                .rows_affected());
        Ok(affected == 1)
    }

    /// Stops following every region; returns how many were followed.
    pub async fn unfollow_all_regions(&self, chat_id: ChatId) -> Result<u64> {
        Ok(on_pool!(self, |pool| sqlx::query("DELETE FROM region_follows WHERE chat_id = $1")
            .bind(chat_id.0)
            .execute(pool)
            .await?
            .rows_affected()))
    }

    /// The regions a chat follows, in code order.
    pub async fn followed_regions(&self, chat_id: ChatId) -> Result<Vec<RegionCode>> {
        let codes: Vec<String> = on_pool!(self, |pool| sqlx::query_scalar(
            "SELECT region FROM region_follows WHERE chat_id = $1 ORDER BY region"
        )
        .bind(chat_id.0)
        .fetch_all(pool)
        .await?);
        codes
            .into_iter()
            .map(|code| code.parse().map_err(|_| StoreError::InvalidRow { table: "region_follows", detail: code }))
            .collect()
    }

    /// Queues deliveries, each due from `not_before`; a (chat, report, kind) already queued is left as it is.
    /// Returns how many were new. One transaction.
    pub async fn enqueue_deliveries(
        &self,
        items: &[(ChatId, DayNumber, DeliveryKind)],
        not_before: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<u64> {
        on_pool!(self, |pool| {
            let mut tx = pool.begin().await?;
            let mut added = 0;
            for chunk in items.chunks(INSERT_CHUNK) {
                let rows: Vec<String> = (0..chunk.len())
                    .map(|i| format!("(${}, ${}, ${}, $1, $2)", 3 + 3 * i, 4 + 3 * i, 5 + 3 * i))
                    .collect();
                let sql = format!(
                    "INSERT INTO deliveries (chat_id, report_day, kind, not_before, created_at) VALUES {}
                     ON CONFLICT (chat_id, report_day, kind) DO NOTHING",
                    rows.join(", ")
                );
                let mut query = sqlx::query(&sql).bind(not_before).bind(now);
                for (chat_id, day, kind) in chunk {
                    query = query.bind(chat_id.0).bind(i64::from(day.get())).bind(kind.as_str());
                }
                added += query.execute(&mut *tx).await?.rows_affected();
            }
            tx.commit().await?;
            Ok(added)
        })
    }

    /// Claims up to `limit` due deliveries for `lease`: pending ones whose time has come, and those whose
    /// earlier claim expired (its worker died). Concurrent claimers never get the same row (PostgreSQL skips
    /// locked rows; SQLite has one writer).
    pub async fn claim_deliveries(
        &self,
        limit: u32,
        now: DateTime<Utc>,
        lease: chrono::Duration,
    ) -> Result<Vec<ClaimedDelivery>> {
        let lock = match self.backend {
            Backend::Sqlite(_) => "",
            Backend::Postgres(_) => "FOR UPDATE SKIP LOCKED",
        };
        let sql = format!(
            "UPDATE deliveries SET status = 'sending', lease_until = $2, attempts = attempts + 1
             WHERE id IN (SELECT id FROM deliveries
                          WHERE (status = 'pending' AND not_before <= $1) OR (status = 'sending' AND lease_until < $1)
                          ORDER BY not_before, id LIMIT $3 {lock})
             RETURNING id, chat_id, report_day, post_id, kind, attempts"
        );
        let rows: Vec<ClaimedRow> = on_pool!(self, |pool| sqlx::query_as(&sql)
            .bind(now)
            .bind(now + lease)
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await?);
        let mut claimed = rows
            .into_iter()
            .map(|(id, chat_id, day, post_id, kind, attempts)| {
                let invalid = || StoreError::InvalidRow { table: "deliveries", detail: format!("{id}: {kind}") };
                let subject = match (day, post_id) {
                    (Some(day), None) => DeliverySubject::Report(rows::day(day, "deliveries")?),
                    (None, Some(post_id)) => DeliverySubject::Post(post_id),
                    _ => return Err(invalid()),
                };
                let kind = DeliveryKind::parse(&kind).ok_or_else(invalid)?;
                if (kind == DeliveryKind::PostAlert) != matches!(subject, DeliverySubject::Post(_)) {
                    return Err(invalid());
                }
                Ok(ClaimedDelivery {
                    id,
                    chat_id: ChatId(chat_id),
                    subject,
                    kind,
                    attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        claimed.sort_by_key(|delivery| delivery.id);
        Ok(claimed)
    }

    /// Puts every claimed delivery back in the queue at once, instead of waiting for leases to expire. Only
    /// for a process that knows it is the sole sender: a SQLite database's one `serve`, starting up.
    pub async fn release_claims(&self) -> Result<u64> {
        Ok(on_pool!(self, |pool| sqlx::query(
            "UPDATE deliveries SET status = 'pending', lease_until = NULL WHERE status = 'sending'"
        )
        .execute(pool)
        .await?
        .rows_affected()))
    }

    /// Records that a claimed delivery was sent.
    pub async fn delivery_sent(&self, id: i64, now: DateTime<Utc>) -> Result<()> {
        self.deliveries_sent(&[id], now).await
    }

    /// Records that claimed deliveries were sent, in one statement per few hundred.
    pub async fn deliveries_sent(&self, ids: &[i64], now: DateTime<Utc>) -> Result<()> {
        for chunk in ids.chunks(INSERT_CHUNK) {
            let sql = format!(
                "UPDATE deliveries SET status = 'sent', finished_at = $1, lease_until = NULL WHERE id IN ({})",
                placeholders(2, chunk.len())
            );
            on_pool!(self, |pool| {
                let mut query = sqlx::query(&sql).bind(now);
                for id in chunk {
                    query = query.bind(*id);
                }
                query.execute(pool).await?;
            });
        }
        Ok(())
    }

    /// Records that a claimed delivery failed for good (e.g. the chat blocked the bot).
    pub async fn delivery_failed(&self, id: i64, error: &str, now: DateTime<Utc>) -> Result<()> {
        on_pool!(self, |pool| sqlx::query(
            "UPDATE deliveries SET status = 'failed', last_error = $2, finished_at = $3, lease_until = NULL
             WHERE id = $1"
        )
        .bind(id)
        .bind(error)
        .bind(now)
        .execute(pool)
        .await?
        .rows_affected());
        Ok(())
    }

    /// Puts a claimed delivery back in the queue, due again at `not_before`. After a 5xx it counts as an
    /// attempt (`counts_as_attempt`); after a 429 it does not, since Telegram asked us to wait, not to give up.
    pub async fn delivery_retry(
        &self,
        id: i64,
        not_before: DateTime<Utc>,
        error: &str,
        counts_as_attempt: bool,
    ) -> Result<()> {
        on_pool!(self, |pool| sqlx::query(
            "UPDATE deliveries SET status = 'pending', not_before = $2, last_error = $3, lease_until = NULL,
                 attempts = CASE WHEN $4 THEN attempts ELSE attempts - 1 END
             WHERE id = $1"
        )
        .bind(id)
        .bind(not_before)
        .bind(error)
        .bind(counts_as_attempt)
        .execute(pool)
        .await?
        .rows_affected());
        Ok(())
    }

    /// A group that became a supergroup has a new id: moves its settings, follows and waiting deliveries
    /// there (where the new chat already has one, the old one is dropped). One transaction.
    pub async fn migrate_chat(&self, from: ChatId, to: ChatId, now: DateTime<Utc>) -> Result<()> {
        on_pool!(self, |pool| {
            let mut tx = pool.begin().await?;
            let statements = [
                "DELETE FROM subscribers WHERE chat_id = $1 AND EXISTS (SELECT 1 FROM subscribers WHERE chat_id = $2)",
                "UPDATE subscribers SET chat_id = $2, updated_at = $3 WHERE chat_id = $1",
                "DELETE FROM region_follows WHERE chat_id = $1
                     AND region IN (SELECT region FROM region_follows WHERE chat_id = $2)",
                "UPDATE region_follows SET chat_id = $2 WHERE chat_id = $1",
                "DELETE FROM deliveries WHERE chat_id = $1 AND EXISTS (SELECT 1 FROM deliveries d
                     WHERE d.chat_id = $2 AND d.kind = deliveries.kind
                         AND (d.report_day = deliveries.report_day OR d.post_id = deliveries.post_id))",
                "UPDATE deliveries SET chat_id = $2 WHERE chat_id = $1",
            ];
            for sql in statements {
                sqlx::query(sql).bind(from.0).bind(to.0).bind(now).execute(&mut *tx).await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Deliveries sent and failed since `since`, and all still waiting (pending or being sent).
    pub async fn delivery_counts_since(&self, since: DateTime<Utc>) -> Result<DeliveryCounts> {
        let (sent, failed, pending): (i64, i64, i64) = on_pool!(self, |pool| sqlx::query_as(
            "SELECT
                 CAST(COALESCE(SUM(CASE WHEN status = 'sent' AND finished_at >= $1 THEN 1 ELSE 0 END), 0) AS BIGINT),
                 CAST(COALESCE(SUM(CASE WHEN status = 'failed' AND finished_at >= $1 THEN 1 ELSE 0 END), 0) AS BIGINT),
                 CAST(COALESCE(SUM(CASE WHEN status IN ('pending', 'sending') THEN 1 ELSE 0 END), 0) AS BIGINT)
             FROM deliveries"
        )
        .bind(since)
        .fetch_one(pool)
        .await?);
        Ok(DeliveryCounts { sent: sent.max(0) as u64, failed: failed.max(0) as u64, pending: pending.max(0) as u64 })
    }

    /// Deliveries waiting (pending or being sent), and when the oldest of those due became due: how far
    /// behind the queue is.
    pub async fn queue_stats(&self, now: DateTime<Utc>) -> Result<QueueStats> {
        let depth: i64 = on_pool!(self, |pool| sqlx::query_scalar(
            "SELECT COUNT(*) FROM deliveries WHERE status IN ('pending', 'sending')"
        )
        .fetch_one(pool)
        .await?);
        let oldest_due: Option<DateTime<Utc>> = on_pool!(self, |pool| sqlx::query_scalar(
            "SELECT not_before FROM deliveries WHERE status = 'pending' AND not_before <= $1
             ORDER BY not_before LIMIT 1"
        )
        .bind(now)
        .fetch_optional(pool)
        .await?);
        Ok(QueueStats { depth: depth.max(0) as u64, oldest_due })
    }

    /// Checks that the database answers.
    pub async fn ping(&self) -> Result<()> {
        let _: i64 = on_pool!(self, |pool| sqlx::query_scalar("SELECT CAST(1 AS BIGINT)").fetch_one(pool).await?);
        Ok(())
    }

    /// Tries to become the one instance that runs the digest scheduler. PostgreSQL: a session advisory lock
    /// on a connection of its own, held while the returned [`SchedulerLock`] lives and released by the
    /// server if the process dies. SQLite (one process per file): always granted.
    pub async fn try_lock_scheduler(&self) -> Result<Option<SchedulerLock>> {
        match &self.backend {
            Backend::Sqlite(_) => Ok(Some(SchedulerLock { connection: None })),
            Backend::Postgres(pool) => {
                // Detached, so the lock leaves with the connection instead of staying in the pool.
                let mut connection = pool.acquire().await?.detach();
                let locked: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
                    .bind(SCHEDULER_LOCK_KEY)
                    .fetch_one(&mut connection)
                    .await?;
                Ok(locked.then_some(SchedulerLock { connection: Some(connection) }))
            }
        }
    }

    /// The state of one delivery ("pending", "sending", "sent", "failed") and its last error, if queued.
    pub async fn delivery_status(
        &self,
        chat_id: ChatId,
        subject: impl Into<DeliverySubject>,
        kind: DeliveryKind,
    ) -> Result<Option<(String, Option<String>)>> {
        let (day, post_id) = match subject.into() {
            DeliverySubject::Report(day) => (Some(i64::from(day.get())), None),
            DeliverySubject::Post(post_id) => (None, Some(post_id)),
        };
        Ok(on_pool!(self, |pool| sqlx::query_as(
            "SELECT status, last_error FROM deliveries
             WHERE chat_id = $1 AND (report_day = $2 OR post_id = $3) AND kind = $4"
        )
        .bind(chat_id.0)
        .bind(day)
        .bind(post_id)
        .bind(kind.as_str())
        .fetch_optional(pool)
        .await?))
    }

    // ----- admins -----

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

    // ----- audit -----

    pub async fn record_audit(&self, entry: &AuditEntry) -> Result<()> {
        on_pool!(self, |pool| {
            sqlx::query(
                "INSERT INTO audit_log (at, actor, action, subject, before, after) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(entry.at)
            .bind(entry.actor)
            .bind(&entry.action)
            .bind(&entry.subject)
            .bind(&entry.before)
            .bind(&entry.after)
            .execute(pool)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    /// The latest `limit` audit entries, newest first.
    pub async fn latest_audit(&self, limit: u32) -> Result<Vec<AuditEntry>> {
        let rows: Vec<AuditRow> = on_pool!(self, |pool| {
            sqlx::query_as(
                "SELECT at, actor, action, subject, before, after FROM audit_log ORDER BY at DESC, id DESC LIMIT $1",
            )
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await?
        });
        Ok(rows.into_iter().map(AuditRow::into_entry).collect())
    }

    /// True when there are no reports and no sanctions entries: a new database.
    pub async fn is_empty(&self) -> Result<bool> {
        let (published, drafts) = self.count_reports().await?;
        Ok(published + drafts == 0 && self.count_sanctions().await? == 0)
    }
}

const BUMP_REPORTS_REVISION: &str = "UPDATE reports_revision SET value = value + 1 WHERE id = 1";

const INCIDENT_COLUMNS: &str = "id, date, region, place, killed, killed_at_least, wounded, wounded_at_least, weapon, \
     description, report_day, source_name, source_url";

const INSERT_INCIDENT: &str = "INSERT INTO incidents
     (date, region, place, killed, killed_at_least, wounded, wounded_at_least, weapon, description, report_day,
      created_at, effective_date, visible)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id";

/// The date an incident counts under in date ranges: its own, or its report's.
fn effective_date(incident: &Incident) -> Option<NaiveDate> {
    incident.date.or(incident.report_day.map(DayNumber::date))
}

/// Entered by hand, or from a published report (the `visible` column, kept in step with report status).
const VISIBLE_INCIDENT: &str = "visible";

/// Whether an incident linked to `report_day` is visible, read inside the writing transaction.
const REPORT_PUBLISHED: &str = "SELECT status = 'published' FROM reports WHERE day = $1";

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
