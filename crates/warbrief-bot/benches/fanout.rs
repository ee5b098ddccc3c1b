//! Digest fan-out through the delivery queue: `cargo bench -p warbrief-bot --bench fanout`.
//!
//! 1. **Unthrottled**: 100,000 subscribers, `/digest now`, and the real `warbrief serve` binary (release
//!    build) with `WARBRIEF_SEND_RATE` lifted to 1,000,000/s, sending to a minimal fake Bot API on loopback
//!    that answers every sendMessage at once. Prints deliveries per second (first to last sendMessage) and
//!    the bot's peak RSS (`VmHWM`). SQLite always; PostgreSQL too when `WARBRIEF_BENCH_POSTGRES_URL` names a
//!    server (a database `warbrief_fanout_bench` is created there and dropped afterwards).
//! 2. **Rate-limited**: 1,500 subscribers at the default `WARBRIEF_SEND_RATE` (25/s) against a fake that,
//!    like Telegram, refuses with 429 any message beyond 30 in the last second. Prints the 429s and the
//!    sustained rate over the whole run.
//!
//! 3. **Paid broadcast**: 20,000 subscribers with `WARBRIEF_PAID_BROADCAST=1` (900/s) against a fake that
//!    refuses any message beyond 1,000 in the last second; on PostgreSQL with three instances sharing the rate.
//!
//! With PostgreSQL, the rate-limited run is repeated with three instances on one database (25/s in all).
//! `FANOUT_SUBSCRIBERS`, `FANOUT_LIMITED_SUBSCRIBERS` and `FANOUT_PAID_SUBSCRIBERS` change the sizes.

use std::collections::VecDeque;
use std::process::Stdio;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Json;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use chrono::{NaiveTime, Utc};
use serde_json::{Value, json};
use warbrief_core::{ChatId, Subscriber};
use warbrief_storage::Store;

const TOKEN: &str = "123456:BENCHtoken_value";
const WARBRIEF: &str = env!("CARGO_BIN_EXE_warbrief");
/// No rate limit to speak of: what the worker itself can do.
const LIFTED: &[(&str, &str)] = &[("WARBRIEF_SEND_RATE", "1000000")];
/// Paid broadcast at its default rate, 900 a second.
const PAID: &[(&str, &str)] = &[("WARBRIEF_PAID_BROADCAST", "1")];

#[derive(Default)]
struct Fake {
    sent: AtomicU64,
    refused: AtomicU64,
    first: Mutex<Option<Instant>>,
    last: Mutex<Option<Instant>>,
    /// Messages accepted in the last second, when limiting.
    window: Mutex<VecDeque<Instant>>,
    limit: Option<usize>,
}

async fn handle(
    State(fake): State<Arc<Fake>>,
    Path((_bot, method)): Path<(String, String)>,
) -> (StatusCode, Json<Value>) {
    let ok = |result: Value| (StatusCode::OK, Json(json!({ "ok": true, "result": result })));
    match method.to_ascii_lowercase().as_str() {
        "getme" => ok(json!({ "id": 999, "is_bot": true, "first_name": "warbrief", "username": "bench_bot",
                              "can_join_groups": true, "can_read_all_group_messages": false,
                              "supports_inline_queries": false, "has_main_web_app": false })),
        "getwebhookinfo" => ok(json!({ "url": "", "has_custom_certificate": false, "pending_update_count": 0 })),
        "getupdates" => {
            tokio::time::sleep(Duration::from_secs(1)).await;
            ok(json!([]))
        }
        "sendmessage" => {
            let now = Instant::now();
            if let Some(limit) = fake.limit {
                let mut window = fake.window.lock().unwrap();
                while window.front().is_some_and(|at| now.duration_since(*at) >= Duration::from_secs(1)) {
                    window.pop_front();
                }
                if window.len() >= limit {
                    fake.refused.fetch_add(1, Ordering::Relaxed);
                    return (
                        StatusCode::TOO_MANY_REQUESTS,
                        Json(
                            json!({ "ok": false, "error_code": 429, "description": "Too Many Requests: retry after 1",
                                     "parameters": { "retry_after": 1 } }),
                        ),
                    );
                }
                window.push_back(now);
            }
            fake.first.lock().unwrap().get_or_insert(now);
            *fake.last.lock().unwrap() = Some(now);
            fake.sent.fetch_add(1, Ordering::Relaxed);
            ok(json!({ "message_id": 1, "date": 0, "chat": { "id": 1, "type": "private", "first_name": "x" } }))
        }
        _ => ok(json!(true)),
    }
}

async fn start_fake(limit: Option<usize>) -> (Arc<Fake>, String) {
    let fake = Arc::new(Fake { limit, ..Fake::default() });
    let app = Router::new().route("/{bot}/{method}", post(handle)).with_state(fake.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (fake, url)
}

/// A database with the sample reports and `count` subscribers, each with the digest queued.
async fn prepare(database_url: &str, count: i64) {
    let store = Store::open(database_url).await.unwrap();
    warbrief_bot::sample::load(&store, Utc::now()).await.unwrap();
    let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
    let subscribers: Vec<Subscriber> =
        (1..=count).map(|n| Subscriber::new(ChatId(1_000_000 + n), chrono_tz::Europe::Kyiv, nine)).collect();
    store.upsert_subscribers(&subscribers, Utc::now()).await.unwrap();
    let (_, queued) = warbrief_bot::app::publishing::digest_now(&store, Utc::now()).await.unwrap().unwrap();
    assert_eq!(queued, count as u64);
    store.close().await;
}

fn peak_rss_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kib| kib / 1024.0)
}

struct Run {
    sent: u64,
    refused: u64,
    /// First to last sendMessage.
    seconds: f64,
    peak_rss_mib: f64,
}

/// Runs `instances` × `warbrief serve` with `env` until `count` digests were accepted by the fake.
async fn run(database_url: &str, count: u64, instances: usize, env: &[(&str, &str)], limit: Option<usize>) -> Run {
    let (fake, api_url) = start_fake(limit).await;
    let dir = tempfile::tempdir().unwrap();
    let mut children = Vec::new();
    for _ in 0..instances {
        let mut command = tokio::process::Command::new(WARBRIEF);
        command
            .arg("serve")
            .current_dir(dir.path())
            .env_clear()
            .env("DATABASE_URL", database_url)
            .env("TELOXIDE_TOKEN", TOKEN)
            .env("TELOXIDE_API_URL", &api_url)
            .env("RUST_LOG", "warn")
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .kill_on_drop(true);
        children.push(command.spawn().unwrap());
    }
    let deadline = Instant::now() + Duration::from_secs(600);
    while fake.sent.load(Ordering::Relaxed) < count {
        assert!(Instant::now() < deadline, "only {} of {count} sent in 10 minutes", fake.sent.load(Ordering::Relaxed));
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let peak_rss_mib = peak_rss_mib(children[0].id().unwrap());
    for child in &children {
        std::process::Command::new("kill").args(["-TERM", &child.id().unwrap().to_string()]).status().unwrap();
    }
    for child in &mut children {
        let _ = tokio::time::timeout(Duration::from_secs(20), child.wait()).await;
    }
    // Every message the fake accepted is recorded as sent, once.
    let store = Store::connect(database_url).await.unwrap();
    let recorded = store.delivery_counts_since(Utc::now() - chrono::Duration::hours(1)).await.unwrap();
    store.close().await;
    assert_eq!(recorded.sent, count, "{recorded:?}");
    assert_eq!(fake.sent.load(Ordering::Relaxed), count, "no duplicates");
    let first = fake.first.lock().unwrap().unwrap();
    let last = fake.last.lock().unwrap().unwrap();
    Run {
        sent: fake.sent.load(Ordering::Relaxed),
        refused: fake.refused.load(Ordering::Relaxed),
        seconds: last.duration_since(first).as_secs_f64(),
        peak_rss_mib,
    }
}

fn size(variable: &str, default: i64) -> i64 {
    std::env::var(variable).ok().and_then(|value| value.parse().ok()).unwrap_or(default)
}

#[tokio::main]
async fn main() {
    // `cargo test --benches` runs bench binaries with --bench absent: keep that cheap.
    if !std::env::args().any(|arg| arg == "--bench") {
        return;
    }
    let count = size("FANOUT_SUBSCRIBERS", 100_000);
    let dir = tempfile::tempdir().unwrap();
    let sqlite = format!("sqlite://{}", dir.path().join("fanout.db").display());
    prepare(&sqlite, count).await;
    let run_sqlite = run(&sqlite, count as u64, 1, LIFTED, None).await;
    println!(
        "SQLite      fan-out to {count}: {:.0} deliveries/s ({} in {:.1} s), peak RSS {:.0} MiB",
        run_sqlite.sent as f64 / run_sqlite.seconds,
        run_sqlite.sent,
        run_sqlite.seconds,
        run_sqlite.peak_rss_mib
    );

    let postgres = std::env::var("WARBRIEF_BENCH_POSTGRES_URL").ok();
    if let Some(server) = &postgres {
        let url = fresh_postgres(server).await;
        prepare(&url, count).await;
        let run_pg = run(&url, count as u64, 1, LIFTED, None).await;
        println!(
            "PostgreSQL  fan-out to {count}: {:.0} deliveries/s ({} in {:.1} s), peak RSS {:.0} MiB",
            run_pg.sent as f64 / run_pg.seconds,
            run_pg.sent,
            run_pg.seconds,
            run_pg.peak_rss_mib
        );
    }

    // Paid broadcast: the default rate becomes 900 a second, and the fake allows 1,000, as Telegram does.
    let paid = size("FANOUT_PAID_SUBSCRIBERS", 20_000);
    let sqlite = format!("sqlite://{}", dir.path().join("paid.db").display());
    prepare(&sqlite, paid).await;
    let run_paid = run(&sqlite, paid as u64, 1, PAID, Some(1_000)).await;
    report_limited("SQLite, paid broadcast (900/s), fake refuses > 1,000 in any second", paid, &run_paid);
    if let Some(server) = &postgres {
        let url = fresh_postgres(server).await;
        prepare(&url, paid).await;
        let run_paid = run(&url, paid as u64, 3, PAID, Some(1_000)).await;
        report_limited("PostgreSQL, three instances, paid broadcast (900/s in all)", paid, &run_paid);
    }

    let limited = size("FANOUT_LIMITED_SUBSCRIBERS", 1_500);
    let sqlite = format!("sqlite://{}", dir.path().join("limited.db").display());
    prepare(&sqlite, limited).await;
    let run_limited = run(&sqlite, limited as u64, 1, &[], Some(30)).await;
    report_limited("SQLite, default 25/s, fake refuses > 30 in any second", limited, &run_limited);
    if let Some(server) = &postgres {
        let url = fresh_postgres(server).await;
        prepare(&url, limited).await;
        let run_three = run(&url, limited as u64, 3, &[], Some(30)).await;
        report_limited("PostgreSQL, three instances at 25/s in all, fake refuses > 30", limited, &run_three);
        drop_postgres(server).await;
    }
}

fn report_limited(what: &str, count: i64, run: &Run) {
    println!(
        "{what}: {count} at {:.2} messages/s sustained over {:.1} s, {} refused with 429",
        run.sent as f64 / run.seconds,
        run.seconds,
        run.refused
    );
}

/// A new, empty `warbrief_fanout_bench` database on `server`; its URL.
async fn fresh_postgres(server: &str) -> String {
    drop_postgres(server).await;
    let admin = sqlx::PgPool::connect(server).await.unwrap();
    sqlx::query("CREATE DATABASE warbrief_fanout_bench").execute(&admin).await.unwrap();
    admin.close().await;
    let mut url = url::Url::parse(server).unwrap();
    url.set_path("/warbrief_fanout_bench");
    url.to_string()
}

async fn drop_postgres(server: &str) {
    let admin = sqlx::PgPool::connect(server).await.unwrap();
    sqlx::query("DROP DATABASE IF EXISTS warbrief_fanout_bench WITH (FORCE)").execute(&admin).await.unwrap();
    admin.close().await;
}
