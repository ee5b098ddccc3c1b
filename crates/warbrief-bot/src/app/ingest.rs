//! Reports from files: reading them safely, and `warbrief parse` / `warbrief import`.

use std::io::Read;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use warbrief_core::DayNumber;
use warbrief_core::extract::{ExtractedIncident, extract_incidents};
use warbrief_core::gazetteer;
use warbrief_core::parse::{DateSource, ParsedReport, TextKind, parse_report};
use warbrief_core::{ReportStatus, render};
use warbrief_storage::{SaveOutcome, Store};

use crate::app::export::ReportJson;

/// The largest report accepted, from a file or an upload.
pub const MAX_REPORT_BYTES: usize = 1024 * 1024;

/// Why a report's text could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("cannot read it: {0}")]
    Read(#[from] std::io::Error),
    #[error("it is empty")]
    Empty,
    #[error("it is larger than 1 MiB; a daily report is far smaller")]
    TooLarge,
    #[error("it is not UTF-8 text (a binary file, or another encoding)")]
    NotText,
}

/// Reads `path` (`-` for stdin), refusing more than [`MAX_REPORT_BYTES`] without reading further.
pub fn read_report_file(path: &str) -> Result<String, InputError> {
    let mut bytes = Vec::new();
    let limit = MAX_REPORT_BYTES as u64 + 1;
    if path == "-" {
        std::io::stdin().lock().take(limit).read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(path)?.take(limit).read_to_end(&mut bytes)?;
    }
    report_text(bytes)
}

/// Checks raw bytes from outside: size, encoding, content. A leading byte-order mark is dropped.
pub fn report_text(bytes: Vec<u8>) -> Result<String, InputError> {
    if bytes.len() > MAX_REPORT_BYTES {
        return Err(InputError::TooLarge);
    }
    let mut text = String::from_utf8(bytes).map_err(|_| InputError::NotText)?;
    if text.starts_with('\u{feff}') {
        text.remove(0);
    }
    // NUL and other control characters (but tabs and newlines) mean a binary file in disguise.
    if text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err(InputError::NotText);
    }
    if text.trim().is_empty() {
        return Err(InputError::Empty);
    }
    Ok(text)
}

/// A parsed report with the incidents found in it.
pub struct Ingested {
    pub parsed: ParsedReport,
    pub incidents: Vec<ExtractedIncident>,
}

pub fn ingest(text: &str, fallback_date: Option<NaiveDate>) -> Result<Ingested, warbrief_core::parse::ParseError> {
    let parsed = parse_report(text, fallback_date)?;
    let incidents = extract_incidents(&parsed.report);
    Ok(Ingested { parsed, incidents })
}

#[derive(Serialize)]
struct JsonOutput<'a> {
    report: ReportJson<'a>,
    /// "report" (a "Day N" title) or "article".
    kind: &'static str,
    /// "day number", "title", "dateline" or "given".
    date_source: &'static str,
    incidents: Vec<JsonIncident<'a>>,
    warnings: &'a [String],
}

/// "report" or "article", as `parse --json` prints it.
pub fn kind_name(kind: TextKind) -> &'static str {
    match kind {
        TextKind::DailyReport => "report",
        TextKind::Article => "article",
    }
}

/// Where the date came from, in words.
pub fn date_source_name(source: DateSource) -> &'static str {
    match source {
        DateSource::DayNumber => "day number",
        DateSource::Title => "title",
        DateSource::Dateline => "dateline",
        DateSource::Given => "given",
    }
}

#[derive(Serialize)]
struct JsonIncident<'a> {
    date: Option<NaiveDate>,
    region: &'static str,
    region_name: &'static str,
    place: Option<&'a str>,
    killed: u32,
    killed_at_least: bool,
    wounded: u32,
    wounded_at_least: bool,
    weapon: Option<&'a str>,
    evidence: &'a str,
    /// Why it needs a maintainer's check; empty when the extractor is sure.
    flags: Vec<&'static str>,
}

/// `warbrief parse --json`: the shape documented in the README.
pub fn to_json(ingested: &Ingested) -> String {
    let report = &ingested.parsed.report;
    let output = JsonOutput {
        report: ReportJson::new(report, false),
        kind: kind_name(ingested.parsed.kind),
        date_source: date_source_name(ingested.parsed.date_source),
        incidents: ingested
            .incidents
            .iter()
            .map(|extracted| {
                let incident = &extracted.incident;
                JsonIncident {
                    date: incident.date,
                    region: incident.region.iso_code(),
                    region_name: gazetteer::region_name(incident.region),
                    place: incident.place.as_deref(),
                    killed: incident.killed.value,
                    killed_at_least: incident.killed.at_least,
                    wounded: incident.wounded.value,
                    wounded_at_least: incident.wounded.at_least,
                    weapon: incident.weapon.as_deref(),
                    evidence: &extracted.evidence,
                    flags: extracted.flags.iter().map(|flag| flag.describe()).collect(),
                }
            })
            .collect(),
        warnings: &ingested.parsed.warnings,
    };
    serde_json::to_string_pretty(&output).expect("plain data serialises")
}

/// `warbrief parse`: a summary for people.
pub fn to_summary(ingested: &Ingested) -> String {
    let report = &ingested.parsed.report;
    let mut out = match ingested.parsed.kind {
        TextKind::DailyReport => format!("{}\n{}\n\n", report.headline(), render::long_date(report.date())),
        TextKind::Article => format!(
            "{}\nNews article or post (no \"Day N\" title), dated {} ({})\n\n",
            report.title,
            render::long_date(report.date()),
            date_source_words(ingested.parsed.date_source)
        ),
    };
    out.push_str(&format!("{} section{}:\n", report.sections.len(), plural(report.sections.len())));
    for section in &report.sections {
        let heading = if section.heading.is_empty() { "(untitled)" } else { &section.heading };
        out.push_str(&format!("  • {heading} ({} paragraph{})\n", section.blocks.len(), plural(section.blocks.len())));
    }
    out.push_str(&format!("\n{} incident{}:\n", ingested.incidents.len(), plural(ingested.incidents.len())));
    for extracted in &ingested.incidents {
        out.push_str(&format!("  • {}\n", incident_line(&extracted.incident)));
        for flag in &extracted.flags {
            out.push_str(&format!("    ⚠ {}\n", flag.describe()));
        }
    }
    if ingested.parsed.warnings.is_empty() {
        out.push_str("\nNo warnings.\n");
    } else {
        out.push_str("\nWarnings:\n");
        for warning in &ingested.parsed.warnings {
            out.push_str(&format!("  ! {warning}\n"));
        }
    }
    out
}

/// How a preview says where an article's date came from.
pub fn date_source_words(source: DateSource) -> &'static str {
    match source {
        DateSource::DayNumber => "from its day number",
        DateSource::Title => "from its title",
        DateSource::Dateline => "from its dateline",
        DateSource::Given => "no date in the text: the date given, or today",
    }
}

/// "2023-02-01 · Kramatorsk, Donetsk · 3+ killed, 20 wounded · Iskander-K missile": plain text, for the
/// console, the audit log and the maintainers' previews.
pub use warbrief_core::render::admin::incident_text as incident_line;

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `warbrief import`: stores one file's report and incidents; returns its summary line.
pub async fn import_file(
    store: &Store,
    path: &str,
    publish: bool,
    fallback_date: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> anyhow::Result<(DayNumber, String)> {
    let text = read_report_file(path)?;
    let mut ingested = ingest(&text, fallback_date)?;
    // An article stored as a report would stand in for (and replace) the daily report of its date.
    if ingested.parsed.kind == TextKind::Article {
        anyhow::bail!(
            "it is a news article or post, not a daily report (its title has no \"Day N\"): send it to the bot \
             with /addreport or forward it, and its incidents are added on their own"
        );
    }
    let report = &mut ingested.parsed.report;
    let existing = store.report(report.day).await?;
    report.status = if publish {
        ReportStatus::Published
    } else {
        // Re-importing a published day corrects it in place; it does not take it down.
        existing.as_ref().map_or(ReportStatus::Draft, |existing| existing.status)
    };
    let incidents: Vec<warbrief_core::Incident> = ingested.incidents.iter().map(|e| e.incident.clone()).collect();
    let outcome = store.save_report_with_incidents(report, &incidents, now).await?;
    let summary = format!(
        "day {} ({}): {} section{}, {} incident{}, {} warning{}; {} as {}",
        report.day,
        report.date(),
        report.sections.len(),
        plural(report.sections.len()),
        incidents.len(),
        plural(incidents.len()),
        ingested.parsed.warnings.len(),
        plural(ingested.parsed.warnings.len()),
        match outcome {
            SaveOutcome::Created => "created",
            SaveOutcome::Updated => "updated",
        },
        report.status
    );
    Ok((report.day, summary))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outside_bytes_are_checked_before_parsing() {
        assert!(matches!(report_text(Vec::new()), Err(InputError::Empty)));
        assert!(matches!(report_text(b" \n\t\n".to_vec()), Err(InputError::Empty)));
        assert!(matches!(report_text(vec![0xff, 0xfe, 0x00]), Err(InputError::NotText)));
        assert!(matches!(report_text(b"Day 1\0binary".to_vec()), Err(InputError::NotText)));
        assert!(matches!(report_text(vec![b'a'; MAX_REPORT_BYTES + 1]), Err(InputError::TooLarge)));
        assert_eq!(report_text("\u{feff}Day 1: x".as_bytes().to_vec()).unwrap(), "Day 1: x");
    }
}
