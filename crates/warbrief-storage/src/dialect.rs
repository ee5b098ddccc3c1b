//! Where SQLite and PostgreSQL differ, in one place: the search index and search query, row locking when
//! claiming, the scheduler's advisory lock, the database's clock and `max`, and how many processes may share a database. The aggregates ask
//! [`Dialect`] for these and never which backend they run on.

use crate::{Backend, Result};

/// The SQL dialect of the store's backend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    /// Whether only one process ever uses the database: true for SQLite (one `serve` per file).
    pub(crate) fn single_process(self) -> bool {
        self == Dialect::Sqlite
    }

    /// The database's clock now, in whole microseconds since the Unix epoch: the one clock every instance
    /// sharing the send budget agrees on. Both give the same value however often a statement reads it.
    pub(crate) fn now_micros(self) -> &'static str {
        match self {
            Dialect::Sqlite => "CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)",
            // now() is the transaction's start: stable within the statement, unlike clock_timestamp().
            Dialect::Postgres => "CAST(EXTRACT(EPOCH FROM now()) * 1000000 AS BIGINT)",
        }
    }

    /// Refreshes the planner's statistics of `deliveries`, where the planner keeps them (PostgreSQL); SQLite
    /// plans claims from its indexes alone.
    pub(crate) fn analyze_deliveries(self) -> Option<&'static str> {
        match self {
            Dialect::Sqlite => None,
            Dialect::Postgres => Some("ANALYZE deliveries"),
        }
    }

    /// The larger of two values: `max(a, b)` in SQLite, `GREATEST(a, b)` in PostgreSQL.
    pub(crate) fn greatest(self) -> &'static str {
        match self {
            Dialect::Sqlite => "max",
            Dialect::Postgres => "GREATEST",
        }
    }

    /// Removes report `$1` from the search index, if the index is kept apart from the report's row.
    pub(crate) fn unindex_report(self) -> Option<&'static str> {
        match self {
            Dialect::Sqlite => Some("DELETE FROM reports_fts WHERE rowid = $1"),
            // The search text is a column of the report's row: it goes with the row.
            Dialect::Postgres => None,
        }
    }

    /// Indexes report `$1` for search with its title `$2` and body `$3` (run after [`Dialect::unindex_report`]).
    pub(crate) fn index_report(self) -> &'static str {
        match self {
            Dialect::Sqlite => "INSERT INTO reports_fts (rowid, title, body) VALUES ($1, $2, $3)",
            Dialect::Postgres => "UPDATE reports SET search_text = $2 || E'\\n\\n' || $3 WHERE day = $1",
        }
    }

    /// The clause that keeps concurrent claimers off each other's rows in a `SELECT … LIMIT n` subquery:
    /// PostgreSQL skips locked rows; SQLite has one writer, so needs none.
    pub(crate) fn skip_locked(self) -> &'static str {
        match self {
            Dialect::Sqlite => "",
            Dialect::Postgres => "FOR UPDATE SKIP LOCKED",
        }
    }

    /// The full-text search over published reports for `groups` (every group must match, in any of its
    /// spellings), and the strings to bind after the limit: the SQL takes the limit as `$1`, then those
    /// strings. Rows are `(day, title, snippet)`, best first; the snippet marks matches with `char(2)` and
    /// `char(3)`. Nothing in a spelling is ever read as query syntax.
    pub(crate) fn search_reports(self, groups: &[Vec<String>]) -> (String, Vec<String>) {
        match self {
            Dialect::Sqlite => {
                // Each spelling quoted: FTS5 then reads it as a string (a phrase), never as query syntax.
                let fts_query: Vec<String> = groups
                    .iter()
                    .map(|group| {
                        let spellings: Vec<String> = group.iter().map(|s| format!("\"{s}\"")).collect();
                        format!("({})", spellings.join(" OR "))
                    })
                    .collect();
                let sql = "SELECT r.day AS day, r.title AS title,
                                  snippet(reports_fts, 1, char(2), char(3), '…', 24) AS snippet
                           FROM reports_fts JOIN reports r ON r.day = reports_fts.rowid
                           WHERE reports_fts MATCH $2 AND r.status = 'published'
                           ORDER BY bm25(reports_fts), r.day DESC LIMIT $1";
                (sql.to_owned(), vec![fts_query.join(" AND ")])
            }
            Dialect::Postgres => {
                // (spelling OR spelling …) AND (…): every spelling a bound phrase, so nothing in it is syntax.
                let mut next = 1;
                let mut clauses = Vec::new();
                for group in groups {
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
                (sql, groups.iter().flatten().cloned().collect())
            }
        }
    }
}

/// A database-wide lock that one process at a time holds, for as long as this value lives. PostgreSQL: a
/// session advisory lock on a connection of its own, released by the server if the process dies. SQLite (one
/// process per file): always granted, nothing to hold.
#[derive(Debug)]
pub(crate) struct AdvisoryLock {
    connection: Option<sqlx::PgConnection>,
}

impl AdvisoryLock {
    /// Takes the lock `key` if no one holds it.
    pub(crate) async fn try_acquire(backend: &Backend, key: i64) -> Result<Option<AdvisoryLock>> {
        match backend {
            Backend::Sqlite(_) => Ok(Some(AdvisoryLock { connection: None })),
            Backend::Postgres(pool) => {
                // Detached, so the lock leaves with the connection instead of staying in the pool.
                let mut connection = pool.acquire().await?.detach();
                let locked: bool =
                    sqlx::query_scalar("SELECT pg_try_advisory_lock($1)").bind(key).fetch_one(&mut connection).await?;
                Ok(locked.then_some(AdvisoryLock { connection: Some(connection) }))
            }
        }
    }

    /// Whether the lock is still held: false once its connection has broken (the server then released it).
    pub(crate) async fn is_held(&mut self) -> bool {
        match &mut self.connection {
            None => true,
            Some(connection) => sqlx::Connection::ping(connection).await.is_ok(),
        }
    }
}
