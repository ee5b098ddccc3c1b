//! Daily reports (`reports`, `report_sections`, `reports_revision`, `pending_reports`): saving, publishing,
//! reading and exporting them. Their search index is written here too, through [`crate::dialect`].

use chrono::{DateTime, NaiveDate, Utc};
use warbrief_core::{DayNumber, Incident, Report, ReportStatus};

use crate::changes::{Topic, announce};
use crate::incidents::replace_report_incidents;
use crate::rows::{self, ReportRow, SectionRow};
use crate::{Result, Store, non_negative};

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

impl Store {
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
        let dialect = self.dialect();
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
            if let Some(unindex) = dialect.unindex_report() {
                sqlx::query(unindex).bind(day).execute(&mut *tx).await?;
            }
            sqlx::query(dialect.index_report()).bind(day).bind(&report.title).bind(&body).execute(&mut *tx).await?;
            let published = report.status == ReportStatus::Published;
            match incidents {
                Some(incidents) => replace_report_incidents!(tx, report.day, incidents, now, published),
                None => {
                    sqlx::query(SHOW_REPORT_INCIDENTS).bind(day).bind(published).execute(&mut *tx).await?;
                }
            }
            sqlx::query(BUMP_REPORTS_REVISION).execute(&mut *tx).await?;
            announce!(tx, self, REPORT_TOPICS);
            tx.commit().await?;
            self.changed(REPORT_TOPICS);
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
            sqlx::query(SHOW_REPORT_INCIDENTS)
                .bind(i64::from(day.get()))
                .bind(status == ReportStatus::Published)
                .execute(&mut *tx)
                .await?;
            sqlx::query(BUMP_REPORTS_REVISION).execute(&mut *tx).await?;
            announce!(tx, self, REPORT_TOPICS);
            tx.commit().await?;
            self.changed(REPORT_TOPICS);
            Ok(updated == 1)
        })
    }

    /// The report for `day`, whatever its status.
    pub async fn report(&self, day: DayNumber) -> Result<Option<Report>> {
        let row: Option<ReportRow> =
            on_pool!(self, |pool| sqlx::query_as(&format!("SELECT {REPORT_COLUMNS} FROM reports WHERE day = $1"))
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
            sqlx::query_as(&format!(
                "SELECT {REPORT_COLUMNS} FROM reports WHERE status = 'published' ORDER BY day DESC LIMIT 1"
            ))
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
        let (latest, revision): (Option<i64>, i64) = on_pool!(self, |pool| sqlx::query_as(&format!(
            "SELECT ({LATEST_PUBLISHED_DAY}), (SELECT value FROM reports_revision WHERE id = 1)"
        ))
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

    /// The day of the newest published report, without loading it.
    pub async fn latest_published_day(&self) -> Result<Option<DayNumber>> {
        let day: Option<i64> =
            on_pool!(self, |pool| sqlx::query_scalar(LATEST_PUBLISHED_DAY).fetch_optional(pool).await?);
        rows::day_opt(day, "reports")
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
        Ok((non_negative(published), non_negative(drafts)))
    }

    /// Deletes a report with its sections and incidents. Returns false if there was none.
    pub async fn delete_report(&self, day: DayNumber) -> Result<bool> {
        let day = i64::from(day.get());
        on_pool!(self, |pool| {
            let mut tx = pool.begin().await?;
            if let Some(unindex) = self.dialect().unindex_report() {
                sqlx::query(unindex).bind(day).execute(&mut *tx).await?;
            }
            let deleted = sqlx::query("DELETE FROM reports WHERE day = $1").bind(day).execute(&mut *tx).await?;
            sqlx::query(BUMP_REPORTS_REVISION).execute(&mut *tx).await?;
            announce!(tx, self, REPORT_TOPICS);
            tx.commit().await?;
            self.changed(REPORT_TOPICS);
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
}

/// What a write to a report changes: the report, and whether its incidents are shown (or they themselves).
const REPORT_TOPICS: &[Topic] = &[Topic::Reports, Topic::Incidents];

const BUMP_REPORTS_REVISION: &str = "UPDATE reports_revision SET value = value + 1 WHERE id = 1";

/// Shows (`$2` true) or hides the incidents of the report of `$1`, in step with its status.
const SHOW_REPORT_INCIDENTS: &str = "UPDATE incidents SET visible = $2 WHERE report_day = $1";

const REPORT_COLUMNS: &str = "day, title, status, sources";

/// The day of the newest published report.
const LATEST_PUBLISHED_DAY: &str = "SELECT day FROM reports WHERE status = 'published' ORDER BY day DESC LIMIT 1";
