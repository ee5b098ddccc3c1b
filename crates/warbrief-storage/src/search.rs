//! Full-text search over published reports (SQLite: the `reports_fts` table; PostgreSQL: `reports.search`);
//! the SQL of each is in [`crate::dialect`].

use warbrief_core::DayNumber;

use crate::rows::SearchRow;
use crate::{Result, Store};

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
        let (sql, terms) = self.dialect().search_reports(&groups);
        let rows: Vec<SearchRow> = on_pool!(self, |pool| {
            let mut statement = sqlx::query_as(&sql).bind(i64::from(limit));
            for term in &terms {
                statement = statement.bind(term);
            }
            statement.fetch_all(pool).await?
        });
        rows.into_iter().map(SearchRow::into_hit).collect()
    }
}
