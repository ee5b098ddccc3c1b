//! Precision and recall of incident extraction on `tests/data/extraction` (labels written before the
//! extractor), and the exact incidents of the Day 344 report.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;
use warbrief_core::RegionCode;
use warbrief_core::extract::extract_incidents;
use warbrief_core::parse::parse_report;

#[derive(Deserialize)]
struct Label {
    region: String,
    killed: u32,
    wounded: u32,
}

type Triple = (RegionCode, u32, u32);

fn data_dir(set: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(set)
}

fn extracted(text: &str) -> Vec<Triple> {
    // Articles without a dateline are dated as a message would be: by the day they are read (any date will do).
    let report = parse_report(text, NaiveDate::from_ymd_opt(2024, 6, 1)).expect("report parses").report;
    extract_incidents(&report)
        .into_iter()
        .map(|e| (e.incident.region, e.incident.killed.value, e.incident.wounded.value))
        .collect()
}

/// Matches predictions to labels one to one; returns (matched, unmatched predictions, unmatched labels).
fn score(mut predicted: Vec<Triple>, labels: &[Triple]) -> (usize, Vec<Triple>, Vec<Triple>) {
    let mut missed = Vec::new();
    let mut matched = 0;
    for label in labels {
        match predicted.iter().position(|p| p == label) {
            Some(index) => {
                predicted.remove(index);
                matched += 1;
            }
            None => missed.push(*label),
        }
    }
    (matched, predicted, missed)
}

/// Scores the extractor on every report of a labelled set; returns (precision, recall).
fn score_set(set: &str) -> (f64, f64) {
    let mut reports: Vec<PathBuf> = std::fs::read_dir(data_dir(set))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| matches!(path.extension().and_then(|e| e.to_str()), Some("md" | "txt")))
        .filter(|path| path.file_name().unwrap() != "README.md")
        .collect();
    reports.sort();
    assert!(reports.len() >= 8, "{set} has at least 8 texts");

    let (mut predicted_total, mut label_total, mut matched_total) = (0, 0, 0);
    for path in &reports {
        let text = std::fs::read_to_string(path).unwrap();
        let labels_path = path.with_extension("labels.json");
        let labels: Vec<Label> = serde_json::from_str(&std::fs::read_to_string(&labels_path).unwrap()).unwrap();
        let labels: Vec<Triple> = labels.iter().map(|l| (l.region.parse().unwrap(), l.killed, l.wounded)).collect();
        let predicted = extracted(&text);
        predicted_total += predicted.len();
        label_total += labels.len();
        let (matched, extra, missed) = score(predicted, &labels);
        matched_total += matched;
        // The held-out set's individual misses stay unseen, so that nobody tunes on them by accident.
        if set != "extraction-holdout" && (!extra.is_empty() || !missed.is_empty()) {
            eprintln!("{}: extra {extra:?}, missed {missed:?}", path.file_name().unwrap().to_string_lossy());
        }
    }
    let precision = matched_total as f64 / predicted_total.max(1) as f64;
    let recall = matched_total as f64 / label_total.max(1) as f64;
    eprintln!(
        "{set}: {} reports: {matched_total} of {predicted_total} extracted correct, {matched_total} of \
         {label_total} labelled found: precision {precision:.3}, recall {recall:.3}",
        reports.len()
    );
    (precision, recall)
}

#[test]
fn precision_and_recall_on_the_labelled_set_are_at_least_ninety_percent() {
    let (precision, recall) = score_set("extraction");
    assert!(precision >= 0.9, "precision {precision:.3} below 0.9");
    assert!(recall >= 0.9, "recall {recall:.3} below 0.9");
}

/// News articles and posts, written for this repository after the failures found in real published text
/// (`tests/data/real-news`): each case is one way real reports were misread.
#[test]
fn precision_and_recall_on_the_articles_set_are_at_least_ninety_percent() {
    let (precision, recall) = score_set("extraction-articles");
    assert!(precision >= 0.9, "precision {precision:.3} below 0.9");
    assert!(recall >= 0.9, "recall {recall:.3} below 0.9");
}

/// The eight casualty incidents of Day 344, as (region, killed, wounded), in report order.
const DAY_344: [Triple; 8] = [
    (RegionCode::Donetsk, 3, 20),
    (RegionCode::Donetsk, 0, 5),
    (RegionCode::Chernihiv, 4, 1),
    (RegionCode::Kharkiv, 2, 0),
    (RegionCode::Luhansk, 0, 1),
    (RegionCode::Donetsk, 3, 8),
    (RegionCode::Kherson, 1, 4),
    (RegionCode::Dnipropetrovsk, 46, 80),
];

#[test]
fn the_bundled_day_344_report_yields_exactly_its_eight_incidents() {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../warbrief-bot/sample/day-344.md"))
        .unwrap();
    assert_eq!(extracted(&text), DAY_344);
}

/// The original seed document lives outside the repository (`../shared/seeds`), beside the clone in CI.
#[test]
fn the_seed_report_yields_exactly_its_eight_incidents() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds/day-344.txt");
    let Ok(text) = std::fs::read_to_string(&seed) else {
        if std::env::var_os("CI").is_some() {
            panic!("CI must have the seed at {}", seed.display());
        }
        eprintln!("seed not found at {}; not checked", seed.display());
        return;
    };
    let report = parse_report(&text, None).unwrap().report;
    let found = extract_incidents(&report);
    let triples: Vec<Triple> =
        found.iter().map(|e| (e.incident.region, e.incident.killed.value, e.incident.wounded.value)).collect();
    assert_eq!(triples, DAY_344);
    let kramatorsk = &found[0].incident;
    assert_eq!(kramatorsk.place.as_deref(), Some("Kramatorsk"));
    assert_eq!(kramatorsk.date.map(|d| d.to_string()).as_deref(), Some("2023-02-01"));
    assert_eq!(kramatorsk.weapon.as_deref(), Some("Iskander-K missile"));
    assert_eq!(found[1].incident.place.as_deref(), Some("Kramatorsk"));
    assert_eq!(found[1].incident.date.map(|d| d.to_string()).as_deref(), Some("2023-02-02"));
    assert_eq!(found[7].incident.place.as_deref(), Some("Dnipro"));
}

/// The held-out set was written without seeing the extractor and is never used to tune it: its score is the
/// honest estimate of accuracy on new reports. The floor only guards against regressions.
#[test]
fn the_held_out_set_scores_above_its_floor() {
    let (precision, recall) = score_set("extraction-holdout");
    assert!(precision >= HELD_OUT_FLOOR && recall >= HELD_OUT_FLOOR, "held-out {precision:.3} / {recall:.3}");
}

/// Measured 2026-11-25, before any tuning that could have seen it: precision 0.818, recall 0.849. After eight
/// more tuning reports and rules for bulletin-style text, unchanged. After the rules learned from real news
/// (issue 12, tuned on the real-news dev set and the articles set only): 0.907 and 0.925.
const HELD_OUT_FLOOR: f64 = 0.9;

#[test]
fn precision_and_recall_on_the_ukrainian_set_are_at_least_ninety_percent() {
    let (precision, recall) = score_set("extraction-uk");
    assert!(precision >= 0.9, "precision {precision:.3}");
    assert!(recall >= 0.9, "recall {recall:.3}");
}
