//! Sample data bundled in the binary: three weeks of daily reports (Day 324 to Day 344) with their incidents,
//! and the EU's sanctions packages. `warbrief demo` loads it; `warbrief chat` loads it into an empty database.
//!
//! Day 344 retells the events of that day in our own words; its incidents were written by hand. Days 324 to 343
//! are made up for trying the bot (real places, plausible figures) and say so in their first line; their
//! incidents are what the extractor reads in them, stored as JSON so that loading needs no extraction. A test
//! checks that the extractor still reads exactly the stored incidents; when the texts change, the
//! `write_sample_incidents` test (ignored; run it with `--ignored`) writes them again.

use anyhow::Context;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use warbrief_core::parse::parse_report;
use warbrief_core::{Count, Incident, ReportStatus, SanctionStatus, SanctionsEntry};
use warbrief_storage::Store;

/// A sample day's report and its incidents (`sample/day-N.md`, `sample/day-N-incidents.json`).
macro_rules! sample_day {
    ($day:literal) => {
        SampleDay {
            day: $day,
            report: include_str!(concat!("../sample/day-", stringify!($day), ".md")),
            incidents: include_str!(concat!("../sample/day-", stringify!($day), "-incidents.json")),
        }
    };
}

struct SampleDay {
    day: u32,
    report: &'static str,
    incidents: &'static str,
}

/// The sample reports, oldest first; the last is the newest report, so `/today` shows it.
const DAYS: [SampleDay; 21] = [
    sample_day!(324),
    sample_day!(325),
    sample_day!(326),
    sample_day!(327),
    sample_day!(328),
    sample_day!(329),
    sample_day!(330),
    sample_day!(331),
    sample_day!(332),
    sample_day!(333),
    sample_day!(334),
    sample_day!(335),
    sample_day!(336),
    sample_day!(337),
    sample_day!(338),
    sample_day!(339),
    sample_day!(340),
    sample_day!(341),
    sample_day!(342),
    sample_day!(343),
    sample_day!(344),
];

const EU_SANCTIONS: &str = include_str!("../sample/sanctions-eu.json");

/// What [`load`] stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub reports: usize,
    /// The oldest and the newest day loaded.
    pub days: (u32, u32),
    pub incidents: usize,
    pub sanctions: usize,
}

#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
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

/// Stores the sample reports (published) and their incidents, replacing any earlier copy of those days, and the
/// sanctions packages unless the timeline already has entries (so loading twice adds nothing twice).
pub async fn load(store: &Store, now: DateTime<Utc>) -> anyhow::Result<Loaded> {
    let mut incidents_loaded = 0;
    for sample in &DAYS {
        let mut parsed = parse_report(sample.report, None)
            .with_context(|| format!("sample report of day {} does not parse", sample.day))?;
        parsed.report.status = ReportStatus::Published;
        let incidents = incidents(sample)?;
        store
            .save_report_with_incidents(&parsed.report, &incidents, now)
            .await
            .with_context(|| format!("storing the sample report of day {} and its incidents", sample.day))?;
        incidents_loaded += incidents.len();
    }

    let mut sanctions_loaded = 0;
    if store.count_sanctions().await? == 0 {
        for entry in sanctions()? {
            store.add_sanctions_entry(&entry, now).await.context("storing sample sanctions")?;
            sanctions_loaded += 1;
        }
    }
    let days = (DAYS[0].day, DAYS[DAYS.len() - 1].day);
    Ok(Loaded { reports: DAYS.len(), days, incidents: incidents_loaded, sanctions: sanctions_loaded })
}

fn records(sample: &SampleDay) -> anyhow::Result<Vec<IncidentRecord>> {
    serde_json::from_str(sample.incidents).with_context(|| format!("sample incidents of day {}", sample.day))
}

fn incidents(sample: &SampleDay) -> anyhow::Result<Vec<Incident>> {
    records(sample)?
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
    use warbrief_core::extract::extract_incidents;
    use warbrief_core::parse::TextKind;

    /// The day whose report and incidents were written by hand rather than made up and extracted.
    const RETOLD_DAY: u32 = 344;

    /// The first line of every made-up report, saying what it is.
    const MADE_UP: &str = "Sample report for trying warbrief: the places are real, but the events and figures are made \
                           up and are not a record of this day.";

    /// An incident as (place, killed, wounded).
    type Figures = (&'static str, u32, u32);

    /// The incidents each made-up report was written to state, in report order: what a reader finds in its
    /// text, checked against what the extractor reads there.
    const WRITTEN: [(u32, &[Figures]); 20] = [
        (324, &[("Bakhmut", 2, 3), ("Avdiivka", 0, 1), ("Kherson", 0, 4)]),
        (325, &[("Kupiansk", 1, 2), ("Orikhiv", 0, 2), ("Krasnopillia", 0, 1)]),
        (326, &[("Nikopol", 0, 3), ("Marhanets", 0, 1), ("Beryslav", 1, 0), ("Ochakiv", 0, 2)]),
        (327, &[("Kostiantynivka", 1, 4), ("Siversk", 0, 2), ("Vovchansk", 0, 1)]),
        (328, &[("Kherson", 2, 5), ("Huliaipole", 1, 1), ("Semenivka", 0, 1)]),
        (329, &[("Toretsk", 1, 1), ("Vuhledar", 0, 2), ("Velyka Pysarivka", 0, 2)]),
        (330, &[("Kharkiv", 0, 2), ("Kupiansk", 0, 3), ("Chuhuiv", 0, 1), ("Nikopol", 0, 2)]),
        (331, &[("Bakhmut", 1, 2), ("Kurakhove", 0, 1), ("Zaporizhzhia", 0, 3)]),
        (332, &[("Bilozerka", 1, 2), ("Antonivka", 0, 1), ("Izmail", 0, 1)]),
        (333, &[("Avdiivka", 2, 1), ("Pokrovsk", 0, 3), ("Kupiansk", 0, 2), ("Seredyna-Buda", 0, 1)]),
        (334, &[("Nikopol", 0, 4), ("Marhanets", 1, 0), ("Kherson", 0, 2)]),
        (335, &[("Kostiantynivka", 1, 3), ("Toretsk", 0, 2), ("Orikhiv", 1, 1)]),
        (336, &[("Vovchansk", 1, 2), ("Kupiansk", 0, 1), ("Ochakiv", 0, 2)]),
        (337, &[("Bakhmut", 2, 4), ("Vuhledar", 0, 1), ("Kryvyi Rih", 0, 2)]),
        (338, &[("Kherson", 1, 3), ("Stepnohirsk", 0, 2), ("Shostka", 0, 1)]),
        (339, &[("Avdiivka", 1, 2), ("Siversk", 0, 1), ("Nikopol", 0, 3)]),
        (340, &[("Kharkiv", 0, 2), ("Kupiansk", 1, 1), ("Chornobaivka", 0, 2)]),
        (341, &[("Pokrovsk", 1, 3), ("Kurakhove", 0, 2), ("Huliaipole", 0, 1), ("Ochakiv", 0, 1)]),
        (342, &[("Kherson", 1, 4), ("Kostiantynivka", 0, 2), ("Marhanets", 0, 1)]),
        (343, &[("Bakhmut", 1, 2), ("Toretsk", 0, 1), ("Krasnopillia", 0, 2), ("Chuhuiv", 0, 1)]),
    ];

    /// What the extractor reads in a sample report, in the shape the JSON stores.
    fn extracted(sample: &SampleDay) -> Vec<IncidentRecord> {
        let parsed = parse_report(sample.report, None).unwrap();
        extract_incidents(&parsed.report)
            .into_iter()
            .map(|found| {
                assert!(found.flags.is_empty(), "day {}: {:?}", sample.day, found.flags);
                let incident = found.incident;
                IncidentRecord {
                    date: incident.date,
                    region: incident.region.to_string(),
                    place: incident.place,
                    killed: incident.killed.value,
                    killed_at_least: incident.killed.at_least,
                    wounded: incident.wounded.value,
                    wounded_at_least: incident.wounded.at_least,
                    weapon: incident.weapon,
                    description: incident.description,
                }
            })
            .collect()
    }

    #[test]
    fn every_sample_report_parses_as_its_day_in_order() {
        for (sample, day) in DAYS.iter().zip(324..) {
            let parsed = parse_report(sample.report, None).unwrap();
            assert_eq!((sample.day, parsed.report.day.get()), (day, day));
            assert_eq!(parsed.kind, TextKind::DailyReport, "day {day}");
            assert!(parsed.warnings.is_empty(), "day {day}: {:?}", parsed.warnings);
            assert!(parsed.report.sections.len() >= 3, "day {day}: {:?}", parsed.report.sections);
            let first = parsed.report.sections[0].text();
            assert_eq!(first == MADE_UP, day != RETOLD_DAY, "day {day} starts: {first}");
        }
        assert_eq!(DAYS.last().unwrap().day, RETOLD_DAY, "the retold day is the newest");
    }

    /// The stored incidents are exactly what the extractor reads in the text, so the sample never drifts from
    /// it. Day 344's descriptions are written summaries rather than the sentences, so only they may differ.
    #[test]
    fn the_stored_incidents_are_what_the_extractor_reads() {
        for sample in &DAYS {
            let mut stored = records(sample).unwrap();
            let mut found = extracted(sample);
            if sample.day == RETOLD_DAY {
                for record in stored.iter_mut().chain(found.iter_mut()) {
                    record.description.clear();
                }
            }
            assert_eq!(stored, found, "day {}: run the write_sample_incidents test to write them again", sample.day);
            assert!(incidents(sample).is_ok(), "day {}", sample.day);
        }
    }

    #[test]
    fn the_made_up_reports_state_the_incidents_they_were_written_to() {
        for (sample, (day, written)) in DAYS.iter().zip(WRITTEN) {
            assert_eq!(sample.day, day);
            let read: Vec<(String, u32, u32)> = extracted(sample)
                .into_iter()
                .map(|record| (record.place.unwrap_or_default(), record.killed, record.wounded))
                .collect();
            let written: Vec<(String, u32, u32)> =
                written.iter().map(|(place, killed, wounded)| (place.to_string(), *killed, *wounded)).collect();
            assert_eq!(read, written, "day {day}");
            for record in extracted(sample) {
                assert!(!record.killed_at_least && !record.wounded_at_least, "day {day}: {record:?}");
                let report_date = warbrief_core::DayNumber::new(day).unwrap().date();
                assert_eq!(record.date, report_date.pred_opt(), "day {day}: told the day before: {record:?}");
            }
        }
    }

    #[test]
    fn the_retold_day_344_keeps_its_eight_incidents() {
        let incidents = incidents(DAYS.last().unwrap()).unwrap();
        assert_eq!(incidents.len(), 8);
        let killed: u32 = incidents.iter().map(|i| i.killed.value).sum();
        let wounded: u32 = incidents.iter().map(|i| i.wounded.value).sum();
        assert_eq!((killed, wounded), (3 + 4 + 2 + 3 + 1 + 46, 20 + 5 + 1 + 1 + 8 + 4 + 80));
    }

    #[test]
    fn the_sample_sanctions_are_valid_and_in_order() {
        let sanctions = sanctions().unwrap();
        assert!(sanctions.len() >= 19);
        assert_eq!(sanctions[0].title, "1st package");
        assert_eq!(sanctions[0].date.to_string(), "2022-02-23");
        assert!(sanctions.windows(2).all(|pair| pair[0].date < pair[1].date));
        assert!(sanctions.iter().all(|entry| entry.summary.len() <= 300 && entry.source_url.is_some()));
    }

    /// Writes each made-up day's incidents as the extractor reads them, one JSON object a line. Day 344's are
    /// written by hand and left alone.
    #[test]
    #[ignore = "writes sample/day-N-incidents.json; run it after changing a sample report"]
    fn write_sample_incidents() {
        for sample in DAYS.iter().filter(|sample| sample.day != RETOLD_DAY) {
            let lines: Vec<String> = extracted(sample)
                .iter()
                .map(|record| format!("  {}", serde_json::to_string(record).unwrap()))
                .collect();
            let json = format!("[\n{}\n]\n", lines.join(",\n"));
            let path = format!("{}/sample/day-{}-incidents.json", env!("CARGO_MANIFEST_DIR"), sample.day);
            std::fs::write(&path, json).unwrap();
        }
    }
}
