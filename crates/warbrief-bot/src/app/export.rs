//! Exports for researchers and backups: incidents (columns close to ACLED's), reports and sanctions, as CSV
//! or JSON. Shared by `warbrief export` and the `/export` command.

use chrono::NaiveDate;
use serde::Serialize;
use warbrief_core::{Report, gazetteer};
use warbrief_storage::{Store, StoreError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum What {
    Incidents,
    Reports,
    Sanctions,
}

impl What {
    pub fn parse(word: &str) -> Option<What> {
        match word.to_lowercase().as_str() {
            "incidents" | "incident" => Some(What::Incidents),
            "reports" | "report" => Some(What::Reports),
            "sanctions" | "sanction" => Some(What::Sanctions),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            What::Incidents => "incidents",
            What::Reports => "reports",
            What::Sanctions => "sanctions",
        }
    }

    /// Reports keep their structure in JSON; the tables read best as CSV.
    pub fn default_format(self) -> Format {
        match self {
            What::Reports => Format::Json,
            What::Incidents | What::Sanctions => Format::Csv,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

/// An export's bytes and how many records it holds.
pub struct ExportFile {
    pub bytes: Vec<u8>,
    pub rows: usize,
}

#[derive(Serialize)]
struct IncidentRecord<'a> {
    id: i64,
    date: Option<NaiveDate>,
    region_code: &'static str,
    region_name: &'static str,
    place: Option<&'a str>,
    killed: u32,
    killed_at_least: bool,
    wounded: u32,
    wounded_at_least: bool,
    weapon: Option<&'a str>,
    description: &'a str,
    source_day: Option<u32>,
    /// The channel or article a forwarded post's incident was read from; empty for a report's or a hand-entered one.
    source: Option<&'a str>,
    /// The post's link (`https://t.me/…`) when its channel is public.
    source_url: Option<&'a str>,
}

#[derive(Serialize)]
struct SanctionRecord<'a> {
    id: i64,
    date: NaiveDate,
    authority: &'static str,
    title: &'a str,
    status: &'static str,
    summary: &'a str,
    source_url: Option<&'a str>,
}

/// A report as JSON, for `warbrief parse --json` (without status) and exports (with it).
#[derive(Serialize)]
pub struct ReportJson<'a> {
    day: u32,
    date: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<&'static str>,
    title: &'a str,
    sections: Vec<SectionJson<'a>>,
    sources: Vec<&'a str>,
}

#[derive(Serialize)]
struct SectionJson<'a> {
    heading: &'a str,
    text: String,
}

impl<'a> ReportJson<'a> {
    pub fn new(report: &'a Report, with_status: bool) -> Self {
        ReportJson {
            day: report.day.get(),
            date: report.date(),
            status: with_status.then(|| report.status.as_str()),
            title: &report.title,
            sections: report
                .sections
                .iter()
                .map(|section| SectionJson { heading: &section.heading, text: section.text() })
                .collect(),
            sources: report.sources.iter().map(|url| url.as_str()).collect(),
        }
    }
}

/// The flat form of a report for CSV: sections joined into one text column.
#[derive(Serialize)]
struct ReportRow<'a> {
    day: u32,
    date: NaiveDate,
    status: &'static str,
    title: &'a str,
    text: String,
}

pub async fn export(
    store: &Store,
    what: What,
    format: Format,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<ExportFile, StoreError> {
    Ok(match what {
        What::Incidents => {
            let incidents = store.export_incidents(from, to).await?;
            let records: Vec<IncidentRecord<'_>> = incidents
                .iter()
                .map(|stored| {
                    let incident = &stored.incident;
                    IncidentRecord {
                        id: stored.id,
                        date: incident.date,
                        region_code: incident.region.iso_code(),
                        region_name: gazetteer::region_name(incident.region),
                        place: incident.place.as_deref(),
                        killed: incident.killed.value,
                        killed_at_least: incident.killed.at_least,
                        wounded: incident.wounded.value,
                        wounded_at_least: incident.wounded.at_least,
                        weapon: incident.weapon.as_deref(),
                        description: &incident.description,
                        source_day: incident.report_day.map(|day| day.get()),
                        source: stored.source.as_ref().map(|source| source.name.as_str()),
                        source_url: stored
                            .source
                            .as_ref()
                            .and_then(|source| source.url.as_ref())
                            .map(|url| url.as_str()),
                    }
                })
                .collect();
            encode(&records, format)
        }
        What::Sanctions => {
            let entries = store.export_sanctions(from, to).await?;
            let records: Vec<SanctionRecord<'_>> = entries
                .iter()
                .map(|(id, entry)| SanctionRecord {
                    id: *id,
                    date: entry.date,
                    authority: entry.authority.as_str(),
                    title: &entry.title,
                    status: entry.status.as_str(),
                    summary: &entry.summary,
                    source_url: entry.source_url.as_ref().map(|url| url.as_str()),
                })
                .collect();
            encode(&records, format)
        }
        What::Reports => {
            let reports = store.export_reports(from, to).await?;
            match format {
                Format::Json => {
                    let records: Vec<ReportJson<'_>> =
                        reports.iter().map(|report| ReportJson::new(report, true)).collect();
                    encode(&records, format)
                }
                Format::Csv => {
                    let rows: Vec<ReportRow<'_>> = reports
                        .iter()
                        .map(|report| ReportRow {
                            day: report.day.get(),
                            date: report.date(),
                            status: report.status.as_str(),
                            title: &report.title,
                            text: report
                                .sections
                                .iter()
                                .map(|section| format!("{}\n{}", section.heading, section.text()))
                                .collect::<Vec<_>>()
                                .join("\n\n"),
                        })
                        .collect();
                    encode(&rows, format)
                }
            }
        }
    })
}

fn encode<T: Serialize>(records: &[T], format: Format) -> ExportFile {
    let bytes = match format {
        Format::Json => serde_json::to_vec_pretty(records).expect("plain data serialises"),
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(Vec::new());
            for record in records {
                writer.serialize(record).expect("plain data serialises");
            }
            writer.into_inner().expect("writing to memory cannot fail")
        }
    };
    ExportFile { bytes, rows: records.len() }
}
