//! Reports from files: reading them safely, and `warbrief parse` / `warbrief import`.

use std::io::Read;

use chrono::{DateTime, NaiveDate, Utc};
use warbrief_core::DayNumber;
use warbrief_core::extract::{ExtractedIncident, extract_incidents};

use warbrief_core::ReportStatus;
use warbrief_core::parse::{ParsedReport, TextKind, parse_report};
use warbrief_storage::{SaveOutcome, Store};

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
