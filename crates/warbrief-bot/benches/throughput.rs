//! Replies per second through a fake Bot API on loopback: `cargo bench -p warbrief-bot --bench throughput`.
//!
//! Runs the real Telegram transport (`telegram::serve`, answering /today from an SQLite database with the
//! sample data) and, for comparison, a minimal teloxide bot that answers every message with a fixed string.
//! Both poll the same in-process fake Bot API (the one the end-to-end tests use), which holds 2,000 "/today"
//! messages from 200 chats; the clock runs from handing them over until the last reply arrives.

#[allow(dead_code)]
#[path = "../../../tests/e2e/fake_bot_api.rs"]
mod fake_bot_api;

use std::time::Instant;

use chrono::Utc;
use fake_bot_api::FakeBotApi;
use teloxide::prelude::*;
use warbrief_bot::app::{Answerer, Caller};
use warbrief_bot::config::Config;
use warbrief_storage::Store;

const MESSAGES: usize = 2_000;
const CHATS: i64 = 200;
const TOKEN: &str = "123456:BENCHtoken_value";

/// Hands over the messages once the bot is up, and returns replies per second.
async fn measure(api: &FakeBotApi) -> f64 {
    api.wait_for_calls("getMe", 1).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let started = Instant::now();
    for i in 0..MESSAGES {
        let chat = 1_000 + (i as i64 % CHATS);
        api.send_text(chat, chat, "/today");
    }
    api.wait_for_calls("sendMessage", MESSAGES).await;
    MESSAGES as f64 / started.elapsed().as_secs_f64()
}

async fn warbrief(database_url: &str) -> f64 {
    let api = FakeBotApi::start().await;
    let config = Config::from_vars(|name| match name {
        "TELOXIDE_TOKEN" => Some(TOKEN.to_owned()),
        "TELOXIDE_API_URL" => Some(api.url()),
        "DATABASE_URL" => Some(database_url.to_owned()),
        _ => None,
    })
    .unwrap();
    let store = Store::open(database_url).await.unwrap();
    let token = config.require_token().unwrap().clone();
    let answerer = Answerer::new(store, config.timezone);
    let bot = tokio::spawn(async move { warbrief_bot::serve::serve(&config, &token, answerer).await });
    let rate = measure(&api).await;
    bot.abort();
    rate
}

async fn fixed_string(reply: &'static str) -> f64 {
    let api = FakeBotApi::start().await;
    let bot = Bot::new(TOKEN).set_api_url(api.url().parse().unwrap());
    let handler = Update::filter_message().endpoint(move |bot: Bot, message: Message| async move {
        bot.send_message(message.chat.id, reply).await?;
        Ok::<(), teloxide::RequestError>(())
    });
    let task = tokio::spawn(async move {
        Dispatcher::builder(bot, handler).build().dispatch().await;
    });
    let rate = measure(&api).await;
    task.abort();
    rate
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let database_url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let store = Store::open(&database_url).await.unwrap();
    warbrief_bot::sample::load(&store, Utc::now()).await.unwrap();

    // The same number of bytes as warbrief's /today reply, so that the comparison is of handling, not of
    // payload size; and "ok", the smallest reply, for the record.
    let today_length = Answerer::new(store, chrono_tz::Europe::Kyiv)
        .command(Caller::Console, &warbrief_bot::app::request::Command::Today, Utc::now())
        .await[0]
        .html
        .len();
    let same_size: &'static str = "x".repeat(today_length).leak();
    let tiny = fixed_string("ok").await;
    let sized = fixed_string(same_size).await;
    let ours = warbrief(&database_url).await;
    println!("minimal teloxide bot, \"ok\":               {tiny:>7.0} replies/s");
    println!("minimal teloxide bot, {today_length} fixed bytes:     {sized:>7.0} replies/s");
    println!("warbrief, /today from SQLite ({today_length} bytes): {ours:>7.0} replies/s");
    println!("ratio to the same-size fixed reply: {:.2} (target ≥ 0.6); to \"ok\": {:.2}", ours / sized, ours / tiny);
}
