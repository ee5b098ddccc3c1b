//! Rows as the database returns them, and their parsing into domain values. A row that does not parse
//! (hand-edited, or from a newer schema) is an [`StoreError::InvalidRow`], never a panic or a bad value.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use url::Url;
use warbrief_core::post::IncidentSource;
use warbrief_core::{
    AuditEntry, Authority, CasualtyTotals, ChatId, Count, DayNumber, Incident, QuietHours, QuietMode, Report,
    ReportStatus, SanctionStatus, SanctionsEntry, Section, Subscriber,
};

use crate::{Result, SearchHit, StoreError, StoredIncident};

fn invalid(table: &'static str, detail: impl Into<String>) -> StoreError {
    StoreError::InvalidRow { table, detail: detail.into() }
}

pub(crate) fn day(value: i64, table: &'static str) -> Result<DayNumber> {
    u32::try_from(value)
        .ok()
        .and_then(|day| DayNumber::new(day).ok())
        .ok_or_else(|| invalid(table, format!("day {value} out of range")))
}

pub(crate) fn day_opt(value: Option<i64>, table: &'static str) -> Result<Option<DayNumber>> {
    value.map(|value| day(value, table)).transpose()
}

fn count(value: i64, at_least: bool, table: &'static str) -> Result<Count> {
    let value = u32::try_from(value).map_err(|_| invalid(table, format!("casualty count {value} out of range")))?;
    Ok(Count { value, at_least })
}

#[derive(sqlx::FromRow)]
pub(crate) struct ReportRow {
    pub day: i64,
    pub title: String,
    pub status: String,
    pub sources: String,
}

#[derive(sqlx::FromRow)]
pub(crate) struct SectionRow {
    pub heading: String,
    pub body: String,
}

impl ReportRow {
    pub fn into_report(self, sections: Vec<SectionRow>) -> Result<Report> {
        let status: ReportStatus =
            self.status.parse().map_err(|_| invalid("reports", format!("status {:?}", self.status)))?;
        let sources = self
            .sources
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| Url::parse(line.trim()).map_err(|_| invalid("reports", "source URL")))
            .collect::<Result<_>>()?;
        Ok(Report {
            day: day(self.day, "reports")?,
            title: self.title,
            sections: sections.into_iter().map(|row| Section::from_text(row.heading, &row.body)).collect(),
            sources,
            status,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct IncidentRow {
    pub id: i64,
    pub date: Option<NaiveDate>,
    pub region: String,
    pub place: Option<String>,
    pub killed: i64,
    pub killed_at_least: bool,
    pub wounded: i64,
    pub wounded_at_least: bool,
    pub weapon: Option<String>,
    pub description: String,
    pub report_day: Option<i64>,
    pub source_name: Option<String>,
    pub source_url: Option<String>,
}

impl IncidentRow {
    pub fn into_stored(self) -> Result<StoredIncident> {
        let region = self.region.parse().map_err(|_| invalid("incidents", format!("region {:?}", self.region)))?;
        Ok(StoredIncident {
            id: self.id,
            incident: Incident {
                date: self.date,
                region,
                place: self.place,
                killed: count(self.killed, self.killed_at_least, "incidents")?,
                wounded: count(self.wounded, self.wounded_at_least, "incidents")?,
                weapon: self.weapon,
                description: self.description,
                report_day: day_opt(self.report_day, "incidents")?,
            },
            source: source(self.source_name, self.source_url, "incidents")?,
        })
    }
}

/// A post's or incident's source from its name and URL columns; a URL without a name is invalid.
pub(crate) fn source(name: Option<String>, url: Option<String>, table: &'static str) -> Result<Option<IncidentSource>> {
    match (name, url) {
        (None, None) => Ok(None),
        (Some(name), url) => {
            let url = url.map(|url| Url::parse(&url).map_err(|_| invalid(table, format!("source URL {url:?}"))));
            Ok(Some(IncidentSource { name, url: url.transpose()? }))
        }
        (None, Some(_)) => Err(invalid(table, "a source URL without a source name")),
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct TotalsRow {
    pub incidents: i64,
    pub killed: i64,
    pub wounded: i64,
}

impl TotalsRow {
    pub fn into_totals(self) -> CasualtyTotals {
        CasualtyTotals {
            incidents: crate::non_negative(self.incidents),
            killed: crate::non_negative(self.killed),
            wounded: crate::non_negative(self.wounded),
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct SanctionsRow {
    pub id: i64,
    pub date: NaiveDate,
    pub authority: String,
    pub title: String,
    pub status: String,
    pub summary: String,
    pub source_url: Option<String>,
}

impl SanctionsRow {
    pub fn into_entry(self) -> Result<(i64, SanctionsEntry)> {
        let authority: Authority =
            self.authority.parse().map_err(|_| invalid("sanctions", format!("authority {:?}", self.authority)))?;
        let status: SanctionStatus =
            self.status.parse().map_err(|_| invalid("sanctions", format!("status {:?}", self.status)))?;
        let source_url =
            self.source_url.map(|url| Url::parse(&url).map_err(|_| invalid("sanctions", "source URL"))).transpose()?;
        let entry =
            SanctionsEntry { date: self.date, authority, title: self.title, status, summary: self.summary, source_url };
        Ok((self.id, entry))
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct SearchRow {
    pub day: i64,
    pub title: String,
    pub snippet: String,
}

impl SearchRow {
    pub fn into_hit(self) -> Result<SearchHit> {
        Ok(SearchHit { day: day(self.day, "reports")?, title: self.title, snippet: self.snippet })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct SubscriberRow {
    pub chat_id: i64,
    pub language: String,
    pub time_zone: String,
    pub digest_time: NaiveTime,
    pub digest: bool,
    pub active: bool,
    pub quiet_start: Option<NaiveTime>,
    pub quiet_end: Option<NaiveTime>,
    pub quiet_mode: Option<String>,
    pub topic: Option<i64>,
}

impl SubscriberRow {
    pub fn into_subscriber(self) -> Result<Subscriber> {
        let time_zone: Tz =
            self.time_zone.parse().map_err(|_| invalid("subscribers", format!("time zone {:?}", self.time_zone)))?;
        // Empty: the chat has not chosen a language.
        let language = match self.language.as_str() {
            "" => None,
            code => Some(code.parse().map_err(|_| invalid("subscribers", format!("language {code:?}")))?),
        };
        let quiet = quiet_hours(self.quiet_start, self.quiet_end, self.quiet_mode.as_deref())?;
        let topic = self
            .topic
            .map(|topic| i32::try_from(topic).map_err(|_| invalid("subscribers", format!("topic {topic}"))))
            .transpose()?;
        Ok(Subscriber {
            chat_id: ChatId(self.chat_id),
            language,
            time_zone,
            digest_time: self.digest_time,
            digest: self.digest,
            active: self.active,
            quiet,
            topic,
        })
    }
}

/// A chat's quiet hours from their three columns: all NULL for none, all set for a window.
pub(crate) fn quiet_hours(
    start: Option<NaiveTime>,
    end: Option<NaiveTime>,
    mode: Option<&str>,
) -> Result<Option<QuietHours>> {
    match (start, end, mode) {
        (None, None, None) => Ok(None),
        (Some(start), Some(end), Some(mode)) => {
            let mode: QuietMode = mode.parse().map_err(|_| invalid("subscribers", format!("quiet mode {mode:?}")))?;
            QuietHours::new(start, end, mode)
                .map(Some)
                .ok_or_else(|| invalid("subscribers", format!("quiet hours {start}-{end}")))
        }
        other => Err(invalid("subscribers", format!("quiet hours half set: {other:?}"))),
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct AuditRow {
    pub at: DateTime<Utc>,
    pub actor: Option<i64>,
    pub action: String,
    pub subject: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

impl AuditRow {
    pub fn into_entry(self) -> AuditEntry {
        AuditEntry {
            at: self.at,
            actor: self.actor,
            action: self.action,
            subject: self.subject,
            before: self.before,
            after: self.after,
        }
    }
}
