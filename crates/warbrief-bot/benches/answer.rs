//! Handler latency on three years of generated data: `cargo bench -p warbrief-bot --bench answer`.
//!
//! Fills a fresh SQLite database (or PostgreSQL, with `WARBRIEF_BENCH_DATABASE_URL` set to an empty
//! database, then analyzed) with 1,100 published reports and 50,000 incidents, then times [`Answerer`] end to
//! end — storage queries and rendering, no transport — and prints p50/p99/max per command. Figures go in
//! BENCHMARKS.md.

use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use warbrief_bot::app::arguments::{DayArgument, SanctionsArgument};
use warbrief_bot::app::request::Command;
use warbrief_bot::app::{Answerer, Caller};
use warbrief_core::{Block, Count, DayNumber, Incident, Lang, RegionCode, Report, ReportStatus, Section};
use warbrief_storage::Store;

const REPORTS: u32 = 1_100;
const INCIDENTS: usize = 50_000;
const ITERATIONS: usize = 2_000;

/// A small deterministic generator; benchmark data need not be random, only varied and repeatable.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const WORDS: &[&str] = &[
    "missile",
    "strike",
    "Kharkiv",
    "shelling",
    "drone",
    "region",
    "civilians",
    "infrastructure",
    "energy",
    "front",
    "Bakhmut",
    "offensive",
    "sanctions",
    "summit",
    "artillery",
    "residential",
    "building",
    "power",
];

fn paragraph(rng: &mut XorShift, words: usize) -> String {
    let mut text: Vec<&str> = (0..words).map(|_| WORDS[rng.below(WORDS.len() as u64) as usize]).collect();
    text.push("end.");
    text.join(" ")
}

async fn fill(store: &Store) {
    let mut rng = XorShift(0x5eed_1234_abcd);
    let now = Utc.with_ymd_and_hms(2025, 3, 1, 12, 0, 0).unwrap();
    let per_report = INCIDENTS / REPORTS as usize + 1;
    let mut stored = 0;
    for n in 1..=REPORTS {
        let day = DayNumber::new(n).unwrap();
        let sections = (0..6)
            .map(|i| Section {
                heading: format!("Section {i} of day {n}"),
                blocks: (0..3).map(|_| Block::Paragraph(paragraph(&mut rng, 60))).collect(),
            })
            .collect();
        let report = Report {
            day,
            title: format!("Generated report {n}"),
            sections,
            sources: vec![],
            status: ReportStatus::Published,
        };
        store.save_report(&report, now).await.unwrap();
        let count = per_report.min(INCIDENTS - stored);
        let incidents: Vec<Incident> = (0..count)
            .map(|_| Incident {
                date: Some(day.date() - chrono::Days::new(rng.below(2))),
                region: RegionCode::ALL[rng.below(27) as usize],
                place: None,
                killed: Count::exactly(rng.below(5) as u32),
                wounded: Count::at_least(rng.below(12) as u32),
                weapon: Some("artillery".into()),
                description: paragraph(&mut rng, 12),
                report_day: None,
            })
            .collect();
        store.replace_report_incidents(day, &incidents, now).await.unwrap();
        stored += count;
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let url = std::env::var("WARBRIEF_BENCH_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}", dir.path().join("bench.db").display()));
    let store = Store::open(&url).await.unwrap();
    let started = Instant::now();
    fill(&store).await;
    if url.starts_with("postgres") {
        // A database of this size in service has statistics (autovacuum analyzes it as it grows); without them
        // PostgreSQL guesses one row per condition and /region's list of incidents read a whole region's rows
        // and sorted them (12 ms), which measures the missing statistics, not the queries.
        let pool = sqlx::PgPool::connect(&url).await.unwrap();
        sqlx::query("ANALYZE").execute(&pool).await.unwrap();
        pool.close().await;
    }
    println!(
        "{}: filled {REPORTS} reports and {INCIDENTS} incidents in {:.1} s",
        store.backend_name(),
        started.elapsed().as_secs_f64()
    );
    let answerer = Answerer::new(store, chrono_tz::Europe::Kyiv);
    let now = Utc.with_ymd_and_hms(2025, 3, 1, 12, 0, 0).unwrap();
    type MakeCommand = Box<dyn Fn(usize) -> Command>;
    let cases: Vec<(&str, MakeCommand)> = vec![
        ("/today", Box::new(|_| Command::Today)),
        ("/day N", Box::new(|i| Command::Day(DayArgument::parse(&((i * 7919) % REPORTS as usize + 1).to_string())))),
        (
            "/region NAME",
            Box::new(|i| Command::Region(["Kharkiv", "Kharkov", "Kramatorsk", "Odesa", "Lviv oblast"][i % 5].into())),
        ),
        ("/sanctions", Box::new(|_| Command::Sanctions(SanctionsArgument::All))),
    ];
    // At the console, and as a Telegram user in Ukrainian, whose chat's language is looked up first.
    let callers =
        [("", Caller::Console), (" (uk)", Caller::User { id: 42, chat: 42, language: Some(Lang::Uk), topic: None })];
    println!("{:<19} {:>10} {:>10} {:>10}", "command", "p50", "p99", "max");
    for ((name, make), (who, caller)) in cases.iter().flat_map(|case| callers.iter().map(move |caller| (case, caller)))
    {
        let name = format!("{name}{who}");
        let mut times = Vec::with_capacity(ITERATIONS);
        for i in 0..ITERATIONS {
            let command = make(i);
            let start = Instant::now();
            let replies = answerer.command(*caller, &command, now).await;
            times.push(start.elapsed());
            assert!(!replies.is_empty());
        }
        times.sort();
        println!(
            "{:<19} {:>8.3}ms {:>8.3}ms {:>8.3}ms",
            name,
            percentile(&times, 0.50).as_secs_f64() * 1e3,
            percentile(&times, 0.99).as_secs_f64() * 1e3,
            times.last().unwrap().as_secs_f64() * 1e3
        );
    }
}
