//! The bot's CPU time per `/today` update, against a minimal teloxide bot's: `cargo bench -p warbrief-bot
//! --bench cpu`.
//!
//! Each bot runs as a process of its own, polling the end-to-end tests' fake Bot API (in this process, on
//! loopback): the release `warbrief serve` binary on an SQLite database with the sample data (and on
//! PostgreSQL too when `WARBRIEF_BENCH_POSTGRES_URL` names a server: a database `warbrief_cpu_bench` is
//! created there and dropped afterwards), and this bench's own binary started again as a minimal teloxide
//! bot that answers every message with a fixed text — once `"ok"` and once as many bytes as warbrief's
//! `/today` reply. After a warm-up (one message from each chat), the bot's user and system CPU time
//! (`/proc/PID/stat`) is read before `CPU_UPDATES` "/today" messages (10,000) from `CPU_CHATS` chats (2,000)
//! are handed over and again once the last reply has arrived; the difference over the number of updates is its
//! CPU time per update. Only the bot's process is counted: not the fake, and not the PostgreSQL server. Each
//! bot is measured `CPU_ROUNDS` times (3), interleaved, and the median is printed.
//!
//! Throughput (wall clock) through the same fake is `benches/throughput.rs`.

#[allow(dead_code)]
#[path = "../../../tests/e2e/fake_bot_api.rs"]
mod fake_bot_api;

use std::process::Stdio;
use std::time::{Duration, Instant};

use chrono::Utc;
use fake_bot_api::FakeBotApi;
use teloxide::prelude::*;
use warbrief_bot::app::request::Command;
use warbrief_bot::app::{Answerer, Caller};
use warbrief_storage::Store;

const TOKEN: &str = "123456:BENCHtoken_value";
const WARBRIEF: &str = env!("CARGO_BIN_EXE_warbrief");
/// Chats the messages come from (`CPU_CHATS`). warbrief answers at most 20 commands a minute from one user
/// (`flood.rs`), so each chat sends one message to warm up and `CPU_UPDATES / CPU_CHATS` after it: 5 by
/// default.
const CHATS: usize = 2_000;
/// Set in the environment of this binary when it is started again as the minimal bot: the reply's length.
const MINIMAL_BOT_REPLY: &str = "WARBRIEF_CPU_BENCH_MINIMAL_REPLY";

fn size(variable: &str, default: usize) -> usize {
    std::env::var(variable).ok().and_then(|value| value.parse().ok()).unwrap_or(default)
}

/// Seconds per clock tick of `/proc/PID/stat`'s times (`getconf CLK_TCK`, nearly always 100).
fn clock_tick() -> f64 {
    let ticks = std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|output| String::from_utf8(output.stdout).ok())
        .and_then(|text| text.trim().parse::<f64>().ok())
        .unwrap_or(100.0);
    1.0 / ticks
}

/// User plus system CPU time of process `pid` and all its threads, dead or alive, in seconds.
fn cpu_seconds(pid: u32, tick: f64) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("the bot is running");
    // The command's name (field 2) is in parentheses and may hold spaces: count from the last ')'. After it
    // come field 3 (state) onwards, so utime (field 14) and stime (15) are the 12th and 13th.
    let fields: Vec<&str> = stat[stat.rfind(')').unwrap() + 1..].split_whitespace().collect();
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    ticks as f64 * tick
}

/// Waits until the fake has answered `count` sendMessage calls in all.
async fn replies(api: &FakeBotApi, count: usize) {
    let deadline = Instant::now() + Duration::from_secs(300);
    // Polled, not woken per call: the fake's notifications would cost this process more than the bot's work.
    while api.count("sendMessage") < count {
        assert!(Instant::now() < deadline, "{} of {count} replies in 5 minutes", api.count("sendMessage"));
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}

fn hand_over(api: &FakeBotApi, messages: usize, chats: usize) {
    for i in 0..messages {
        let chat = 1_000 + (i % chats) as i64;
        api.send_text(chat, chat, "/today");
    }
}

enum Bot {
    Minimal { reply_bytes: usize },
    Warbrief { database_url: String },
}

/// Starts `bot` against a fresh fake, warms it up, and returns its CPU seconds per update over `updates`.
async fn measure(bot: &Bot, updates: usize, chats: usize, tick: f64) -> f64 {
    let api = FakeBotApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let mut command = match bot {
        Bot::Minimal { reply_bytes } => {
            let mut command = tokio::process::Command::new(std::env::current_exe().unwrap());
            command.env(MINIMAL_BOT_REPLY, reply_bytes.to_string());
            command
        }
        Bot::Warbrief { database_url } => {
            let mut command = tokio::process::Command::new(WARBRIEF);
            command.arg("serve").env("DATABASE_URL", database_url);
            command
        }
    };
    command
        .current_dir(dir.path())
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", api.url())
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .kill_on_drop(true);
    let mut child = command.spawn().unwrap();
    let pid = child.id().unwrap();
    // Connections, caches and the allocator warm; then a moment idle so that start-up work is over.
    hand_over(&api, chats, chats);
    replies(&api, chats).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let before = cpu_seconds(pid, tick);
    hand_over(&api, updates, chats);
    replies(&api, chats + updates).await;
    // The last replies' responses are read after the fake counted them.
    tokio::time::sleep(Duration::from_millis(50)).await;
    let after = cpu_seconds(pid, tick);
    child.kill().await.unwrap();
    (after - before) / updates as f64
}

/// This binary started again as the minimal bot: answers every message with `reply_bytes` bytes, forever.
async fn minimal_bot(reply_bytes: usize) {
    let reply: &'static str = if reply_bytes <= 2 { "ok" } else { "x".repeat(reply_bytes).leak() };
    let url = std::env::var("TELOXIDE_API_URL").unwrap().parse().unwrap();
    let bot = teloxide::Bot::new(TOKEN).set_api_url(url);
    let handler = Update::filter_message().endpoint(move |bot: teloxide::Bot, message: Message| async move {
        bot.send_message(message.chat.id, reply).await?;
        Ok::<(), teloxide::RequestError>(())
    });
    Dispatcher::builder(bot, handler).build().dispatch().await;
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

#[tokio::main]
async fn main() {
    if let Some(reply_bytes) = std::env::var(MINIMAL_BOT_REPLY).ok().and_then(|bytes| bytes.parse().ok()) {
        return minimal_bot(reply_bytes).await;
    }
    // `cargo test --benches` runs bench binaries without --bench: keep that cheap.
    if !std::env::args().any(|arg| arg == "--bench") {
        return;
    }
    let updates = size("CPU_UPDATES", 10_000);
    let chats = size("CPU_CHATS", CHATS);
    assert!(updates < 19 * chats, "more than 20 a minute from one chat would be refused as flooding");
    let rounds = size("CPU_ROUNDS", 3);
    let tick = clock_tick();
    let dir = tempfile::tempdir().unwrap();
    let sqlite = format!("sqlite://{}", dir.path().join("cpu.db").display());
    let store = Store::open(&sqlite).await.unwrap();
    warbrief_bot::sample::load(&store, Utc::now()).await.unwrap();
    let reply_bytes = Answerer::new(store.clone(), chrono_tz::Europe::Kyiv)
        .command(Caller::Console, &Command::Today, Utc::now())
        .await[0]
        .html
        .len();
    store.close().await;

    let mut bots = vec![
        ("minimal teloxide bot, \"ok\"".to_owned(), Bot::Minimal { reply_bytes: 2 }),
        (format!("minimal teloxide bot, {reply_bytes} fixed bytes"), Bot::Minimal { reply_bytes }),
        (format!("warbrief /today, SQLite ({reply_bytes} bytes)"), Bot::Warbrief { database_url: sqlite }),
    ];
    let server = std::env::var("WARBRIEF_BENCH_POSTGRES_URL").ok();
    if let Some(server) = &server {
        let admin = sqlx::PgPool::connect(server).await.unwrap();
        sqlx::query("DROP DATABASE IF EXISTS warbrief_cpu_bench WITH (FORCE)").execute(&admin).await.unwrap();
        sqlx::query("CREATE DATABASE warbrief_cpu_bench").execute(&admin).await.unwrap();
        let mut url = url::Url::parse(server).unwrap();
        url.set_path("/warbrief_cpu_bench");
        let store = Store::open(url.as_str()).await.unwrap();
        warbrief_bot::sample::load(&store, Utc::now()).await.unwrap();
        store.close().await;
        bots.push((
            "warbrief /today, PostgreSQL (bot process only)".to_owned(),
            Bot::Warbrief { database_url: url.to_string() },
        ));
    }

    let mut samples = vec![Vec::new(); bots.len()];
    for round in 0..rounds {
        for ((name, bot), samples) in bots.iter().zip(&mut samples) {
            let seconds = measure(bot, updates, chats, tick).await;
            eprintln!("round {}: {name}: {:.1} µs/update", round + 1, seconds * 1e6);
            samples.push(seconds);
        }
    }
    let medians: Vec<f64> = samples.into_iter().map(median).collect();
    println!("CPU time per /today update, median of {rounds} rounds of {updates} updates from {chats} chats:");
    for ((name, _), seconds) in bots.iter().zip(&medians) {
        println!("  {name:<50} {:>7.1} µs", seconds * 1e6);
    }
    println!(
        "warbrief on SQLite against the same-size minimal bot: {:.2}× (target ≤ 1.3×); against \"ok\": {:.2}×",
        medians[2] / medians[1],
        medians[2] / medians[0]
    );
    if let Some(pg) = medians.get(3) {
        println!("warbrief on PostgreSQL against the same-size minimal bot: {:.2}×", pg / medians[1]);
    }
    if let Some(server) = server {
        let admin = sqlx::PgPool::connect(&server).await.unwrap();
        sqlx::query("DROP DATABASE IF EXISTS warbrief_cpu_bench WITH (FORCE)").execute(&admin).await.unwrap();
    }
}
