//! Scores the extractor on real published news texts kept outside the repository.
//!
//! The labels (URLs, how each text was found, and the incidents a reader finds in it) are committed in
//! `tests/data/real-news/{dev,holdout}.json` (English) and `uk-{dev,holdout}.json` (Ukrainian); the texts are
//! not ours to copy, so they live in a folder of `<ID>.txt` files wherever the scorer keeps them:
//!
//! ```sh
//! cargo run -q -p warbrief-core --example score_real_news -- /path/to/texts            # dev and holdout
//! cargo run -q -p warbrief-core --example score_real_news -- /path/to/texts --set dev --details
//! cargo run -q -p warbrief-core --example score_real_news -- /path/to/ukrainian --set uk-dev --details
//! ```
//!
//! Per text and region it compares the summed killed and wounded with the labels. It prints, per set and
//! twice — for every incident extracted, and for those a maintainer's **Add** publishes without review (no
//! ⚠ flag) — the share of region rows whose killed and wounded are both right, and casualty precision and
//! recall summed over regions (a figure counts as right up to the labelled one). `--details` lists the wrong
//! rows (all incidents) of any set but a held-out one (a name ending in "holdout"): those are never listed,
//! so that nobody tunes on them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use serde::Deserialize;
use warbrief_core::extract::extract_incidents;
use warbrief_core::parse::parse_report;

#[derive(Deserialize)]
struct Entry {
    id: String,
    published: Option<NaiveDate>,
    incidents: Vec<Label>,
}

#[derive(Deserialize)]
struct Label {
    region: String,
    killed: u32,
    wounded: u32,
}

/// Region code → (killed, wounded).
type Totals = BTreeMap<String, (u32, u32)>;

/// A region row that is wrong: (region, extracted, labelled).
type WrongRow = (String, (u32, u32), (u32, u32));

#[derive(Default)]
struct Score {
    texts: usize,
    rows: usize,
    rows_right: usize,
    predicted: u64,
    labelled: u64,
    matched: u64,
    flagged: usize,
}

impl Score {
    fn add(&mut self, predicted: &Totals, labelled: &Totals) -> Vec<WrongRow> {
        let mut wrong = Vec::new();
        let regions: std::collections::BTreeSet<&String> = predicted.keys().chain(labelled.keys()).collect();
        for region in regions {
            let p = predicted.get(region).copied().unwrap_or_default();
            let l = labelled.get(region).copied().unwrap_or_default();
            self.rows += 1;
            if p == l {
                self.rows_right += 1;
            } else {
                wrong.push((region.clone(), p, l));
            }
            self.predicted += u64::from(p.0 + p.1);
            self.labelled += u64::from(l.0 + l.1);
            self.matched += u64::from(p.0.min(l.0) + p.1.min(l.1));
        }
        self.texts += 1;
        wrong
    }

    fn print(&self, set: &str) {
        let ratio = |a: u64, b: u64| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        println!(
            "{set}: {} texts, {} region rows: {} right ({:.1} %); casualties: precision {:.3} ({} of {} extracted), \
             recall {:.3} ({} of {} labelled); {} incidents flagged for review",
            self.texts,
            self.rows,
            self.rows_right,
            100.0 * ratio(self.rows_right as u64, self.rows as u64),
            ratio(self.matched, self.predicted),
            self.matched,
            self.predicted,
            ratio(self.matched, self.labelled),
            self.matched,
            self.labelled,
            self.flagged,
        );
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(folder) = args.first().filter(|a| !a.starts_with("--")).map(PathBuf::from) else {
        eprintln!("usage: score_real_news TEXTS_FOLDER [--set dev|holdout] [--details] [--gloss]");
        return ExitCode::from(2);
    };
    let details = args.iter().any(|a| a == "--details");
    // With the details, each Ukrainian line of a text and the gloss the rules read for it.
    let glosses = args.iter().any(|a| a == "--gloss");
    let only = args.iter().position(|a| a == "--set").and_then(|i| args.get(i + 1)).map(String::as_str);
    let labels_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/real-news");
    let mut missing = 0;
    // Any `NAME.json` beside dev and holdout can be scored with `--set NAME` (a new batch, before tuning on it).
    let sets: Vec<&str> = only.map_or_else(|| vec!["dev", "holdout"], |only| vec![only]);
    for set in sets {
        let entries: Vec<Entry> = match std::fs::read_to_string(labels_dir.join(format!("{set}.json")))
            .map_err(|e| e.to_string())
            .and_then(|text| serde_json::from_str(&text).map_err(|e| e.to_string()))
        {
            Ok(entries) => entries,
            Err(error) => {
                eprintln!("{set}.json: {error}");
                return ExitCode::from(2);
            }
        };
        let (mut score, mut unflagged) = (Score::default(), Score::default());
        for entry in &entries {
            let Ok(text) = std::fs::read_to_string(folder.join(format!("{}.txt", entry.id))) else {
                missing += 1;
                continue;
            };
            // Texts without a date of their own are dated by their publication day, as a forwarded post is.
            let fallback = entry.published.or(NaiveDate::from_ymd_opt(2024, 1, 1));
            let (mut predicted, mut published) = (Totals::new(), Totals::new());
            if let Ok(parsed) = parse_report(&text, fallback) {
                for extracted in extract_incidents(&parsed.report) {
                    let region = extracted.incident.region.iso_code().to_owned();
                    let figures = (extracted.incident.killed.value, extracted.incident.wounded.value);
                    for (totals, counted) in [(&mut predicted, true), (&mut published, extracted.flags.is_empty())] {
                        if counted {
                            let row = totals.entry(region.clone()).or_default();
                            row.0 += figures.0;
                            row.1 += figures.1;
                        }
                    }
                    score.flagged += usize::from(!extracted.flags.is_empty());
                }
            }
            let mut labelled = Totals::new();
            for label in &entry.incidents {
                let totals = labelled.entry(label.region.clone()).or_default();
                totals.0 += label.killed;
                totals.1 += label.wounded;
            }
            let wrong = score.add(&predicted, &labelled);
            unflagged.add(&published, &labelled);
            if glosses && !set.ends_with("holdout") {
                for line in text.lines() {
                    if let Some(gloss) = warbrief_core::extract::ukrainian_gloss(line) {
                        println!("  | {gloss}");
                    }
                }
            }
            if details && !set.ends_with("holdout") {
                for (region, p, l) in wrong {
                    println!("  {} {region}: extracted {}/{}, labelled {}/{}", entry.id, p.0, p.1, l.0, l.1);
                }
            }
        }
        score.print(set);
        unflagged.print(&format!("{set} (published by Add, without the flagged)"));
    }
    if missing > 0 {
        eprintln!("{missing} texts not found in {}", folder.display());
    }
    ExitCode::SUCCESS
}
