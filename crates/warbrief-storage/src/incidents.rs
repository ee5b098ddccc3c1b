//! Incidents (`incidents`): one attack each, from a report, a post or entered by hand; what subscribers
//! see of them (the `visible` column) and the casualty figures summed over them.

use chrono::{DateTime, NaiveDate, Utc};
use warbrief_core::post::IncidentSource;
use warbrief_core::{CasualtyTotals, DayNumber, Incident, RegionCode};

use crate::changes::{Topic, announce};
use crate::rows::{IncidentRow, TotalsRow};
use crate::{Result, Store, StoreError, non_negative};

/// A stored incident with its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredIncident {
    pub id: i64,
    pub incident: Incident,
    /// The post or article it was read from; `None` for a daily report's incident or one entered by hand.
    pub source: Option<IncidentSource>,
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

/// Binds an [`Incident`] in the column order of `INSERT_INCIDENT`, with the [`FromPost`] it was read from,
/// if any.
macro_rules! bind_incident {
    ($query:expr, $incident:expr, $now:expr, $visible:expr, $post:expr) => {{
        let incident: &Incident = $incident;
        let post: Option<$crate::incidents::FromPost<'_>> = $post;
        $crate::incidents::bind_incident_fields!($query, incident)
            .bind($now)
            .bind($crate::incidents::effective_date(incident))
            .bind($visible)
            .bind(post.map(|post| post.id))
            .bind(post.map(|post| post.source_name))
            .bind(post.and_then(|post| post.source_url))
    }};
}

/// Stores `$incidents` in transaction `$tx`, each with its report day set to `$report_day`, visible or not,
/// read from `$post` (a [`FromPost`]) or from no post; evaluates to their ids, in the order given.
macro_rules! insert_incidents {
    ($tx:expr, $incidents:expr, report_day: $report_day:expr, post: $post:expr, $now:expr, $visible:expr) => {{
        let incidents: &[Incident] = $incidents;
        let mut ids: Vec<i64> = Vec::with_capacity(incidents.len());
        for incident in incidents {
            let incident = Incident { report_day: $report_day, ..incident.clone() };
            let query = sqlx::query_scalar($crate::incidents::INSERT_INCIDENT);
            let id =
                $crate::incidents::bind_incident!(query, &incident, $now, $visible, $post).fetch_one(&mut *$tx).await?;
            ids.push(id);
        }
        ids
    }};
}

/// Replaces the incidents taken from the report of `$day` with `$incidents` (visible if `$published`), in
/// transaction `$tx`.
macro_rules! replace_report_incidents {
    ($tx:expr, $day:expr, $incidents:expr, $now:expr, $published:expr) => {{
        let day: DayNumber = $day;
        sqlx::query("DELETE FROM incidents WHERE report_day = $1").bind(i64::from(day.get())).execute(&mut *$tx).await?;
        let _ids = $crate::incidents::insert_incidents!($tx, $incidents, report_day: Some(day), post: None, $now, $published);
    }};
}
pub(crate) use {bind_incident, bind_incident_fields, insert_incidents, replace_report_incidents};

impl Store {
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
            let id: i64 = bind_incident!(sqlx::query_scalar(INSERT_INCIDENT), incident, now, visible, None)
                .fetch_one(&mut *tx)
                .await?;
            announce!(tx, self, INCIDENT_TOPICS);
            tx.commit().await?;
            self.changed(INCIDENT_TOPICS);
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
            replace_report_incidents!(tx, day, incidents, now, published);
            announce!(tx, self, INCIDENT_TOPICS);
            tx.commit().await?;
            self.changed(INCIDENT_TOPICS);
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
                Ok((
                    date,
                    region,
                    CasualtyTotals {
                        incidents: non_negative(incidents),
                        killed: non_negative(killed),
                        wounded: non_negative(wounded),
                    },
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
            // A transaction, so that other instances are told of the change exactly when it is made.
            let mut tx = pool.begin().await?;
            let query = sqlx::query(
                "UPDATE incidents SET date = $2, region = $3, place = $4, killed = $5, killed_at_least = $6,
                     wounded = $7, wounded_at_least = $8, weapon = $9, description = $10, report_day = $11,
                     effective_date = $12,
                     visible = ($11 IS NULL
                                OR EXISTS (SELECT 1 FROM reports r WHERE r.day = $11 AND r.status = 'published'))
                 WHERE id = $1",
            )
            .bind(id);
            let affected =
                bind_incident_fields!(query, incident).bind(effective_date(incident)).execute(&mut *tx).await?;
            announce!(tx, self, INCIDENT_TOPICS);
            tx.commit().await?;
            affected.rows_affected()
        });
        self.changed(INCIDENT_TOPICS);
        Ok(affected == 1)
    }

    /// Deletes incident `id`. Returns false if there was none.
    pub async fn delete_incident(&self, id: i64) -> Result<bool> {
        let affected = on_pool!(self, |pool| {
            let mut tx = pool.begin().await?;
            let deleted = sqlx::query("DELETE FROM incidents WHERE id = $1").bind(id).execute(&mut *tx).await?;
            announce!(tx, self, INCIDENT_TOPICS);
            tx.commit().await?;
            deleted.rows_affected()
        });
        self.changed(INCIDENT_TOPICS);
        Ok(affected == 1)
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

    /// Number of incidents visible to subscribers (entered by hand or from published reports).
    pub async fn count_visible_incidents(&self) -> Result<u64> {
        let count: i64 = on_pool!(self, |pool| sqlx::query_scalar(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM incidents WHERE {VISIBLE_INCIDENT}"
        ))
        .fetch_one(pool)
        .await?);
        Ok(non_negative(count))
    }
}

pub(crate) const INCIDENT_COLUMNS: &str = "id, date, region, place, killed, killed_at_least, wounded, wounded_at_least, weapon, \
     description, report_day, source_name, source_url";

/// Stores an incident: the ten fields `bind_incident_fields!` binds, then when, its effective date, whether it is
/// visible, and the post it was read from (id, source name and URL; NULL for a report's or a hand-entered one).
pub(crate) const INSERT_INCIDENT: &str = "INSERT INTO incidents
     (date, region, place, killed, killed_at_least, wounded, wounded_at_least, weapon, description, report_day,
      created_at, effective_date, visible, post_id, source_name, source_url)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id";

/// What a write to incidents changes.
pub(crate) const INCIDENT_TOPICS: &[Topic] = &[Topic::Incidents];

/// The post incidents were read from, stored with each of them.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FromPost<'a> {
    pub id: i64,
    pub source_name: &'a str,
    pub source_url: Option<&'a str>,
}

/// The date an incident counts under in date ranges: its own, or its report's.
pub(crate) fn effective_date(incident: &Incident) -> Option<NaiveDate> {
    incident.date.or(incident.report_day.map(DayNumber::date))
}

/// Entered by hand, or from a published report (the `visible` column, kept in step with report status).
pub(crate) const VISIBLE_INCIDENT: &str = "visible";

/// Whether an incident linked to `report_day` is visible, read inside the writing transaction.
pub(crate) const REPORT_PUBLISHED: &str = "SELECT status = 'published' FROM reports WHERE day = $1";
