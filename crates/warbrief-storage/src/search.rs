//! Full-text search over published reports (SQLite: the `reports_fts` table; PostgreSQL: `reports.search`).

use warbrief_core::DayNumber;

use crate::rows::SearchRow;
use crate::{Backend, Result, Store};

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

impl Store {
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
}
