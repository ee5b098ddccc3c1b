//! Time to draw a picture and encode its PNG: `cargo bench -p warbrief-bot --bench pictures`.
//!
//! Draws each kind 40 times (after one warm-up that loads the embedded font): a region's 30-day chart (two
//! lines), the five-region comparison over a year (five lines of 365 days), and the map of the 27 regions'
//! outlines (1200×800). Prints the median, 95th percentile and worst time, and the PNG size. The outlines are
//! parsed in the warm-up too, as they are once per process.

use std::time::Instant;

use chrono::{Duration, NaiveDate};
use warbrief_bot::picture::{self, Series};
use warbrief_core::{Lang, RegionCode};

const RUNS: usize = 40;

fn series(label: &str, from: NaiveDate, days: i64, seed: u64) -> Series {
    let values = (0..days)
        .filter(|day| (day * 7 + seed as i64) % 3 != 0)
        .map(|day| (from + Duration::days(day), ((day as u64 * 31 + seed * 17) % 90) + 1))
        .collect();
    Series { label: label.to_owned(), values }
}

fn measure(name: &str, draw: impl Fn() -> Vec<u8>) {
    let bytes = draw().len();
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(draw());
            started.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "{name:<34} median {:>6.1} ms   p95 {:>6.1} ms   max {:>6.1} ms   PNG {:>4} KB",
        times[RUNS / 2],
        times[RUNS * 95 / 100],
        times[RUNS - 1],
        bytes / 1024
    );
}

fn main() {
    if !std::env::args().any(|arg| arg == "--bench") {
        return;
    }
    let to: NaiveDate = "2023-02-02".parse().unwrap();
    let month = to - Duration::days(29);
    let year = to - Duration::days(364);
    let region = [series("killed", month, 30, 1), series("wounded", month, 30, 2)];
    let five: Vec<Series> = (0..5).map(|i| series(&format!("Region {i}"), year, 365, i)).collect();
    let values: Vec<(RegionCode, u64)> =
        RegionCode::ALL.iter().enumerate().map(|(i, region)| (*region, (i as u64 * 37) % 400)).collect();
    measure("chart, one region, 30 days", || picture::chart(Lang::En, "Donetsk Oblast", month, to, &region).unwrap());
    measure("chart, five regions, 365 days", || picture::chart(Lang::En, "Hardest hit", year, to, &five).unwrap());
    measure("map, 27 regions' outlines", || picture::map(Lang::En, "Killed and wounded by region", &values).unwrap());
}
