//! `warbrief parse`: a report file's sections and incidents, for people or as JSON, without a database.

use std::process::ExitCode;

use chrono::{NaiveDate, Utc};
use serde::Serialize;
use warbrief_core::gazetteer;
use warbrief_core::parse::{DateSource, TextKind};
use warbrief_core::render;

use crate::app::export::ReportJson;
use crate::app::ingest::{self, Ingested};

/// Reads, parses and prints one file (`-` is standard input); exit code 2 for a file it cannot use.
pub(super) fn run(file: &str, json: bool, date: Option<NaiveDate>) -> ExitCode {
    let text = match ingest::read_report_file(file) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("error: {file}: {error}");
            return ExitCode::from(2);
        }
    };
    // A news article without a date in it is dated today, as the bot dates a message; parse reads no config.
    let timezone = match std::env::var("WARBRIEF_TIMEZONE") {
        Ok(name) => match name.parse::<chrono_tz::Tz>() {
            Ok(timezone) => timezone,
            Err(_) => {
                eprintln!("error: WARBRIEF_TIMEZONE: unknown time zone (use an IANA name such as Europe/Kyiv)");
                return ExitCode::from(2);
            }
        },
        Err(_) => chrono_tz::Europe::Kyiv,
    };
    let today = Utc::now().with_timezone(&timezone).date_naive();
    match ingest::ingest(&text, Some(date.unwrap_or(today))) {
        Ok(ingested) if json => println!("{}", to_json(&ingested)),
        Ok(ingested) => print!("{}", to_summary(&ingested)),
        Err(error) => {
            eprintln!("error: {file}: {error}");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
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
        TextKind::DailyReport => {
            format!("{}\n{}\n\n", report.headline(), render::long_date(warbrief_core::Lang::En, report.date()))
        }
        TextKind::Article => format!(
            "{}\nNews article or post (no \"Day N\" title), dated {} ({})\n\n",
            report.title,
            render::long_date(warbrief_core::Lang::En, report.date()),
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
        out.push_str(&format!("  • {}\n", ingest::incident_line(&extracted.incident)));
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

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
