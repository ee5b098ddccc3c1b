//! Production serving: webhook mode with its secret token, /healthz and /metrics, three instances sharing
//! one PostgreSQL database and one send rate through a fan-out in which one of them is killed, and an update
//! delivered twice (by webhook, by getUpdates, to two instances) answered once.

use std::collections::HashMap;
use std::time::Duration;

use chrono::{NaiveTime, Utc};
use serde_json::{Value, json};
use warbrief_core::{ChatId, Subscriber};
use warbrief_storage::Store;

use crate::Sandbox;
use crate::fake_bot_api::{FakeBotApi, message};
use crate::telegram::{RunningBot, text};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// POSTs an update to the webhook, retrying while the server is still starting; returns the status.
async fn post_update(client: &reqwest::Client, url: &str, secret: Option<&str>, update: &Value) -> u16 {
    for _ in 0..100 {
        let mut request = client.post(url).json(update);
        if let Some(secret) = secret {
            request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        match request.send().await {
            Ok(response) => return response.status().as_u16(),
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
    panic!("the webhook server never answered");
}

#[tokio::test]
async fn webhook_mode_checks_the_secret_and_serves_health_and_metrics() {
    let api = FakeBotApi::start().await;
    let (hook_port, metrics_port) = (free_port(), free_port());
    let hook = format!("http://127.0.0.1:{hook_port}/telegram");
    let listen = format!("127.0.0.1:{hook_port}");
    let metrics_listen = format!("127.0.0.1:{metrics_port}");
    let secret = "hook_Secret-42";
    let bot = RunningBot::start_with(
        &api,
        &[
            ("WARBRIEF_WEBHOOK_URL", &hook),
            ("WARBRIEF_LISTEN", &listen),
            ("WARBRIEF_WEBHOOK_SECRET", secret),
            ("WARBRIEF_METRICS_LISTEN", &metrics_listen),
        ],
    )
    .await;
    let set = api.wait_for_calls("setWebhook", 1).await;
    assert_eq!(set[0].params["url"], hook);
    assert_eq!(set[0].params["secret_token"], secret);

    let client = reqwest::Client::new();
    let update = |id: i64, text: &str| json!({ "update_id": id, "message": message(100 + id, 4242, Some(4242), text) });
    assert_eq!(post_update(&client, &hook, None, &update(1, "/about")).await, 401);
    assert_eq!(post_update(&client, &hook, Some("wrong"), &update(2, "/about")).await, 401);
    assert_eq!(post_update(&client, &hook, Some(secret), &update(3, "/today")).await, 200);
    let replies = api.wait_for_calls("sendMessage", 1).await;
    assert!(text(&replies[0]).starts_with("<b>Day 344"), "{}", text(&replies[0]));
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(api.calls("sendMessage").len(), 1, "the requests without the secret were not processed");

    let health = client.get(format!("http://{metrics_listen}/healthz")).send().await.unwrap();
    assert_eq!(health.status().as_u16(), 200);
    let health: Value = health.json().await.unwrap();
    assert_eq!((health["status"].as_str(), health["database"].as_str()), (Some("ok"), Some("ok")), "{health}");
    assert_eq!(health["queue_depth"], 0);
    let metrics = client.get(format!("http://{metrics_listen}/metrics")).send().await.unwrap().text().await.unwrap();
    assert!(metrics.contains("warbrief_updates_total{command=\"today\"} 1"), "{metrics}");
    assert!(metrics.contains("warbrief_reply_seconds_bucket{command=\"today\",le=\"0.1\"}"), "{metrics}");
    assert!(metrics.contains("warbrief_queue_depth 0"), "{metrics}");

    let (status, log) = bot.terminate().await;
    assert!(status.success(), "{log}");
    assert!(!log.contains(secret), "the webhook secret is not logged");
}

/// A fresh PostgreSQL database on the test server, or `None` when `WARBRIEF_TEST_POSTGRES_URL` is unset (CI
/// sets it, and then an unreachable server fails the test).
async fn postgres_database(name: &str) -> Option<String> {
    let Ok(server) = std::env::var("WARBRIEF_TEST_POSTGRES_URL") else {
        eprintln!("WARBRIEF_TEST_POSTGRES_URL is not set: the {name} test was not run");
        return None;
    };
    // One name per checkout: two checkouts testing against one server at once never drop each other's.
    let checkout =
        env!("CARGO_MANIFEST_DIR").bytes().fold(0u32, |hash, b| hash.wrapping_mul(31).wrapping_add(u32::from(b)));
    let name = format!("{name}_{checkout:08x}");
    let admin = sqlx::PgPool::connect(&server).await.expect("PostgreSQL test server");
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&admin).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin).await.unwrap();
    let mut url = url::Url::parse(&server).unwrap();
    url.set_path(&format!("/{name}"));
    Some(url.to_string())
}

/// How many times each chat was sent a message (answered 200), and how many sends were refused with 429.
fn tally(api: &FakeBotApi) -> (HashMap<String, usize>, usize) {
    let mut per_chat = HashMap::new();
    let mut refused = 0;
    for call in api.calls("sendMessage") {
        match call.status {
            200 => *per_chat.entry(call.chat()).or_insert(0) += 1,
            429 => refused += 1,
            _ => {}
        }
    }
    (per_chat, refused)
}

/// Three `serve` instances on one PostgreSQL database, each configured at the default 25 messages a second,
/// against a Bot API that allows 30: the 25 is their total, so nothing is refused; one instance is killed
/// (SIGKILL) midway, and the other two reach every chat, with duplicates only from what it had in flight.
#[tokio::test]
async fn three_instances_share_one_send_rate_and_survive_the_death_of_one() {
    let Some(database) = postgres_database("warbrief_e2e_three_instances").await else { return };
    const CHATS: i64 = 3_000;
    const RATE: f64 = 25.0;
    let setup = Sandbox::new();
    assert!(setup.run(&["demo"], &[("DATABASE_URL", &database)], "").status.success());
    let store = Store::open(&database).await.unwrap();
    let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
    let chats: Vec<Subscriber> =
        (1..=CHATS).map(|n| Subscriber::new(ChatId(30_000 + n), chrono_tz::Europe::Kyiv, nine)).collect();
    store.upsert_subscribers(&chats, Utc::now()).await.unwrap();
    assert_eq!(warbrief_bot::app::publishing::digest_now(&store, Utc::now()).await.unwrap().unwrap().1, CHATS as u64);

    let api = FakeBotApi::start().await;
    api.limit_per_second(30);
    // Info logs, not debug: three instances logging every query would load a small machine enough to bunch
    // their sends up.
    let env = [("DATABASE_URL", database.as_str()), ("WARBRIEF_SEND_RATE", "25"), ("RUST_LOG", "info")];
    let mut bots: Vec<RunningBot> = (0..3).map(|_| RunningBot::start_in(&api, Sandbox::new(), &env)).collect();
    assert!(api.wait_until(120, |api| api.delivered_count() >= 1_000).await, "{}", bots[0].log());
    let leads = |log: &str| log.contains("this instance runs the digest scheduler");
    let leaders: Vec<bool> = bots.iter().map(|bot| leads(&bot.log())).collect();
    assert_eq!(leaders.iter().filter(|led| **led).count(), 1, "exactly one instance runs the scheduler");
    // Kill the scheduler's instance, so a survivor must take the scheduler over too.
    let victim = leaders.iter().position(|led| *led).unwrap();
    bots.remove(victim).kill9().await;
    let at_kill = api.delivered_count();
    assert!(at_kill < CHATS as usize);

    // The survivors finish, taking over the dead one's claims when their lease runs out.
    let mut reached = 0;
    for _ in 0..240 {
        reached = tally(&api).0.len();
        if reached == CHATS as usize {
            break;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    assert_eq!(reached, CHATS as usize, "every chat reached: {}", bots[0].log());
    let mut counts = warbrief_storage::DeliveryCounts::default();
    for _ in 0..40 {
        counts = store.delivery_counts_since(Utc::now() - chrono::Duration::hours(1)).await.unwrap();
        if counts.pending == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    assert_eq!((counts.sent, counts.pending), (CHATS as u64, 0), "{}", bots[0].log());
    tokio::time::sleep(Duration::from_millis(500)).await;

    let (per_chat, refused) = tally(&api);
    assert_eq!(refused, 0, "the three together never went over Telegram's limit");
    let duplicates: usize = per_chat.values().map(|sent| sent - 1).sum();
    // What the killed instance had sent and not yet recorded: its sends in flight and its last 50 ms.
    assert!(duplicates <= 10, "{duplicates} duplicates");
    let times: Vec<std::time::Instant> =
        api.calls("sendMessage").into_iter().filter(|call| call.status == 200).map(|call| call.at).collect();
    let span = (*times.iter().max().unwrap() - *times.iter().min().unwrap()).as_secs_f64();
    let rate = (times.len() - 1) as f64 / span;
    eprintln!("three instances, one killed after {at_kill} of {CHATS}: {rate:.2} messages/s, {duplicates} duplicates");
    assert!((rate - RATE).abs() <= RATE * 0.1, "combined rate {rate:.2}/s, configured total {RATE}/s");

    let mut took_over = false;
    for bot in bots {
        let (status, log) = bot.terminate().await;
        assert!(status.success(), "{log}");
        took_over |= leads(&log);
    }
    assert!(took_over, "a survivor takes the scheduler over");
    store.close().await;
}

/// The bot's answers to /today (the day's report) and to /about, among the messages it sent.
fn todays_and_abouts(api: &FakeBotApi) -> (usize, usize) {
    let sent = api.calls("sendMessage");
    let today = sent.iter().filter(|call| text(call).starts_with("<b>Day 344")).count();
    let about = sent.iter().filter(|call| text(call).contains("published report")).count();
    (today, about)
}

#[tokio::test]
async fn a_webhook_update_delivered_twice_is_answered_once() {
    let api = FakeBotApi::start().await;
    let (hook_port, metrics_port) = (free_port(), free_port());
    let hook = format!("http://127.0.0.1:{hook_port}/telegram");
    let (listen, metrics_listen) = (format!("127.0.0.1:{hook_port}"), format!("127.0.0.1:{metrics_port}"));
    let secret = "redelivery";
    let env: [(&str, &str); 4] = [
        ("WARBRIEF_WEBHOOK_URL", &hook),
        ("WARBRIEF_LISTEN", &listen),
        ("WARBRIEF_WEBHOOK_SECRET", secret),
        ("WARBRIEF_METRICS_LISTEN", &metrics_listen),
    ];
    let bot = RunningBot::start_with(&api, &env).await;
    api.wait_for_calls("setWebhook", 1).await;

    let client = reqwest::Client::new();
    let today = json!({ "update_id": 500, "message": message(1, 4242, Some(4242), "/today") });
    assert_eq!(post_update(&client, &hook, Some(secret), &today).await, 200);
    api.wait_for_calls("sendMessage", 1).await;
    // Telegram sends it again, as it does when the first answer was too slow to arrive.
    assert_eq!(post_update(&client, &hook, Some(secret), &today).await, 200);
    let about = json!({ "update_id": 501, "message": message(2, 4242, Some(4242), "/about") });
    assert_eq!(post_update(&client, &hook, Some(secret), &about).await, 200);
    // A chat's updates are handled in order, so once /about is answered the redelivery has been dealt with.
    assert!(api.wait_until(30, |api| todays_and_abouts(api).1 == 1).await, "{}", bot.log());
    assert_eq!(todays_and_abouts(&api), (1, 1), "the report was sent once: {:#?}", api.calls("sendMessage"));

    let metrics = client.get(format!("http://{metrics_listen}/metrics")).send().await.unwrap().text().await.unwrap();
    assert!(metrics.contains("warbrief_duplicate_updates_total 1"), "{metrics}");
    let (status, log) = bot.terminate().await;
    assert!(status.success(), "{log}");
    assert!(log.contains("update delivered again"), "{log}");
}

#[tokio::test]
async fn a_polled_update_delivered_twice_is_answered_once() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start_with(&api, &[]).await;
    let first = api.ask(4242, "/today", 1).await;
    assert!(text(&first[0]).starts_with("<b>Day 344"), "{}", text(&first[0]));
    // getUpdates hands the same update out again, as after a restart that lost the confirming offset.
    api.redeliver_last_update();
    api.send_text(4242, 4242, "/about");
    assert!(api.wait_until(30, |api| todays_and_abouts(api).1 == 1).await, "{}", bot.log());
    assert_eq!(todays_and_abouts(&api), (1, 1), "the report was sent once: {:#?}", api.calls("sendMessage"));
    let (status, log) = bot.terminate().await;
    assert!(status.success(), "{log}");
}

#[tokio::test]
async fn two_instances_given_the_same_update_answer_it_once() {
    let Some(database) = postgres_database("warbrief_e2e_same_update").await else { return };
    let setup = Sandbox::new();
    assert!(setup.run(&["demo"], &[("DATABASE_URL", &database)], "").status.success());
    let api = FakeBotApi::start().await;
    let secret = "two_instances";
    let hooks: Vec<(String, String)> = (0..2)
        .map(|_| {
            let port = free_port();
            (format!("http://127.0.0.1:{port}/telegram"), format!("127.0.0.1:{port}"))
        })
        .collect();
    let bots: Vec<RunningBot> = hooks
        .iter()
        .map(|(hook, listen)| {
            let env: [(&str, &str); 4] = [
                ("DATABASE_URL", &database),
                ("WARBRIEF_WEBHOOK_URL", hook),
                ("WARBRIEF_LISTEN", listen),
                ("WARBRIEF_WEBHOOK_SECRET", secret),
            ];
            RunningBot::start_in(&api, Sandbox::new(), &env)
        })
        .collect();

    // The same update reaches both instances at once (a proxy retrying on the other, say); then each gets an
    // /about of its own, answered only after it has dealt with its copy.
    let client = reqwest::Client::new();
    let today = json!({ "update_id": 700, "message": message(1, 4242, Some(4242), "/today") });
    let (a, b) = tokio::join!(
        post_update(&client, &hooks[0].0, Some(secret), &today),
        post_update(&client, &hooks[1].0, Some(secret), &today)
    );
    assert_eq!((a, b), (200, 200));
    for (n, (hook, _)) in hooks.iter().enumerate() {
        let about = json!({ "update_id": 701 + n, "message": message(2 + n as i64, 4242, Some(4242), "/about") });
        assert_eq!(post_update(&client, hook, Some(secret), &about).await, 200);
    }
    assert!(api.wait_until(30, |api| todays_and_abouts(api).1 == 2).await, "{}", bots[0].log());
    assert_eq!(todays_and_abouts(&api), (1, 2), "the report was sent once: {:#?}", api.calls("sendMessage"));
    for bot in bots {
        let (status, log) = bot.terminate().await;
        assert!(status.success(), "{log}");
    }
}
