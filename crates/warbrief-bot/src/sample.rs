//! Sample data bundled in the binary: the Day 344 report with its incidents, and the EU's sanctions packages.
//! `warbrief demo` loads it; `warbrief chat` loads it into an empty database.

use anyhow::Context;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;
use warbrief_core::parse::parse_report;
use warbrief_core::{Count, Incident, ReportStatus, SanctionStatus, SanctionsEntry};
use warbrief_storage::Store;

const DAY_344_REPORT: &str = include_str!("../sample/day-344.md");
const DAY_344_INCIDENTS: &str = include_str!("../sample/day-344-incidents.json");
const EU_SANCTIONS: &str = include_str!("../sample/sanctions-eu.json");

/// What [`load`] stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub reports: usize,
    pub incidents: usize,
    pub sanctions: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IncidentRecord {
    date: Option<NaiveDate>,
    region: String,
    place: Option<String>,
    killed: u32,
    killed_at_least: bool,
    wounded: u32,
    wounded_at_least: bool,
    weapon: Option<String>,
    description: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SanctionsRecord {
    date: NaiveDate,
    authority: String,
    title: String,
    status: String,
    summary: String,
    source_url: Option<String>,
}

/// Stores the sample report (published) and its incidents, replacing any earlier copy of that day, and the
/// sanctions packages unless the timeline already has entries (so loading twice adds nothing twice).
pub async fn load(store: &Store, now: DateTime<Utc>) -> anyhow::Result<Loaded> {
    let mut parsed = parse_report(DAY_344_REPORT, None).context("sample report does not parse")?;
    parsed.report.status = ReportStatus::Published;
    let incidents = incidents()?;
    store
        .save_report_with_incidents(&parsed.report, &incidents, now)
        .await
        .context("storing the sample report and its incidents")?;

    let mut sanctions_loaded = 0;
    if store.count_sanctions().await? == 0 {
        for entry in sanctions()? {
            store.add_sanctions_entry(&entry, now).await.context("storing sample sanctions")?;
            sanctions_loaded += 1;
        }
    }
    Ok(Loaded { reports: 1, incidents: incidents.len(), sanctions: sanctions_loaded })
}

fn incidents() -> anyhow::Result<Vec<Incident>> {
    let records: Vec<IncidentRecord> = serde_json::from_str(DAY_344_INCIDENTS).context("sample incidents")?;
    records
        .into_iter()
        .map(|record| {
            Ok(Incident {
                date: record.date,
                region: record.region.parse()?,
                place: record.place,
                killed: Count { value: record.killed, at_least: record.killed_at_least },
                wounded: Count { value: record.wounded, at_least: record.wounded_at_least },
                weapon: record.weapon,
                description: record.description,
                report_day: None,
            })
        })
        .collect()
}

fn sanctions() -> anyhow::Result<Vec<SanctionsEntry>> {
    let records: Vec<SanctionsRecord> = serde_json::from_str(EU_SANCTIONS).context("sample sanctions")?;
    records
        .into_iter()
        .map(|record| {
            Ok(SanctionsEntry {
                date: record.date,
                authority: record.authority.parse()?,
                title: record.title,
                status: record.status.parse::<SanctionStatus>()?,
                summary: record.summary,
                source_url: record.source_url.map(|url| url.parse()).transpose()?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_sample_data_is_valid_and_complete() {
        let parsed = parse_report(DAY_344_REPORT, None).unwrap();
        assert_eq!(parsed.report.day.get(), 344);
        assert!(parsed.report.sections.len() >= 4, "{:?}", parsed.report.sections);
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        let incidents = incidents().unwrap();
        assert_eq!(incidents.len(), 8);
        let killed: u32 = incidents.iter().map(|i| i.killed.value).sum();
        let wounded: u32 = incidents.iter().map(|i| i.wounded.value).sum();
        assert_eq!((killed, wounded), (3 + 4 + 2 + 3 + 1 + 46, 20 + 5 + 1 + 1 + 8 + 4 + 80));
        let sanctions = sanctions().unwrap();
        assert!(sanctions.len() >= 19);
        assert_eq!(sanctions[0].title, "1st package");
        assert_eq!(sanctions[0].date.to_string(), "2022-02-23");
        assert!(sanctions.windows(2).all(|pair| pair[0].date < pair[1].date));
        assert!(sanctions.iter().all(|entry| entry.summary.len() <= 300 && entry.source_url.is_some()));
    }
}
