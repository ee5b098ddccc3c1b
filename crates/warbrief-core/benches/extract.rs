//! Parse + extract throughput: `cargo bench -p warbrief-core --bench extract`.
//!
//! Runs `parse_report` and `extract_incidents` over every text of the labelled sets (`tests/data/extraction`,
//! daily reports, and `tests/data/extraction-articles`, news articles) repeatedly for a few seconds and prints
//! megabytes of text per second; then the same over the Ukrainian set (`tests/data/extraction-uk`) alone
//! (`WARBRIEF_BENCH_SET=uk` runs only that one, `=en` only the English).
//!
//! Wall-clock figures vary with the machine and its load (the same build measured 10–15 MB/s on one busy
//! machine). `WARBRIEF_BENCH_ROUNDS=N` runs exactly N rounds instead, for counting instructions, which are
//! repeatable: `valgrind --tool=callgrind` on 0 and on 10 rounds; the difference over 10 is one round's cost.

use std::hint::black_box;
use std::time::{Duration, Instant};

use warbrief_core::extract::extract_incidents;
use warbrief_core::parse::parse_report;

/// Articles without a date of their own are dated by the caller.
const FALLBACK: Option<chrono::NaiveDate> = chrono::NaiveDate::from_ymd_opt(2024, 6, 1);

fn main() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let texts = |sets: &[&str]| -> Vec<String> {
        let mut texts: Vec<String> = sets
            .iter()
            .flat_map(|set| std::fs::read_dir(data.join(set)).unwrap())
            .map(|entry| entry.unwrap().path())
            .filter(|path| matches!(path.extension().and_then(|e| e.to_str()), Some("md" | "txt")))
            .filter(|path| path.file_name().unwrap() != "README.md")
            .map(|path| std::fs::read_to_string(path).unwrap())
            .collect();
        texts.sort();
        texts
    };
    let set = std::env::var("WARBRIEF_BENCH_SET").unwrap_or_default();
    if set != "uk" {
        measure("parse + extract", &texts(&["extraction", "extraction-articles"]));
    }
    // Ukrainian text is glossed before the rules read it: measured on its own.
    if set != "en" {
        measure("parse + extract, Ukrainian", &texts(&["extraction-uk"]));
    }
}

fn measure(name: &str, texts: &[String]) {
    let bytes_per_round: usize = texts.iter().map(String::len).sum();

    // Warm-up: builds the gazetteer index, which happens once per process.
    for text in texts {
        black_box(extract_incidents(&parse_report(text, FALLBACK).unwrap().report));
    }

    let mut rounds = 0u64;
    let mut incidents = 0usize;
    let fixed_rounds: Option<u64> = std::env::var("WARBRIEF_BENCH_ROUNDS").ok().and_then(|n| n.parse().ok());
    let started = Instant::now();
    while fixed_rounds.map_or(started.elapsed() < Duration::from_secs(5), |fixed| rounds < fixed) {
        for text in texts {
            let report = parse_report(black_box(text), FALLBACK).unwrap().report;
            incidents += black_box(extract_incidents(&report)).len();
        }
        rounds += 1;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let megabytes = (bytes_per_round as u64 * rounds) as f64 / 1e6;
    println!(
        "{name}: {} texts ({} KB) × {rounds} rounds in {elapsed:.2} s = {:.1} MB/s ({} incidents a round)",
        texts.len(),
        bytes_per_round / 1000,
        megabytes / elapsed,
        incidents / rounds.max(1) as usize
    );
}
