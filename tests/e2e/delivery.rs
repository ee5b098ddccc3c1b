//! Digests, region alerts and the channel, sent by `warbrief serve` through its delivery queue to the fake
//! Bot API: subscribing in chat, scheduled and immediate digests, blocked chats, and a kill -9 and a SIGTERM
//! in the middle of a fan-out. Pacing, 429s, 5xx backoff and migrated groups are tested in-process, under
//! paused time (`warbrief-bot`'s `delivery::tests`).

use std::time::Duration;

use chrono::{NaiveTime, Timelike, Utc};
use warbrief_core::{ChatId, DayNumber, DeliveryKind, Subscriber};
use warbrief_storage::Store;

use crate::Sandbox;
use crate::fake_bot_api::{Canned, FakeBotApi};
use crate::telegram::{RunningBot, buttons, text};

const OWNER: i64 = 777;

fn day344() -> DayNumber {
    DayNumber::new(344).unwrap()
}

/// A sandbox with the sample data (day 344 published) and these subscribers, each at `time` in `zone`,
/// stored as if they subscribed at `subscribed_at`.
async fn sandbox_with(subscribers: &[Subscriber], subscribed_at: chrono::DateTime<Utc>) -> Sandbox {
    let sandbox = Sandbox::new();
    assert!(sandbox.run(&["demo"], &[], "").status.success());
    let store = Store::open(&sandbox.database_url()).await.unwrap();
    store.upsert_subscribers(subscribers, subscribed_at).await.unwrap();
    store.close().await;
    sandbox
}

fn subscriber(chat: i64) -> Subscriber {
    Subscriber::new(ChatId(chat), chrono_tz::Europe::Kyiv, NaiveTime::from_hms_opt(9, 0, 0).unwrap())
}

fn is_digest(call: &crate::fake_bot_api::Call) -> bool {
    text(call).starts_with("📰 <b>Day 344")
}

fn alerts(api: &FakeBotApi, chat: &str) -> Vec<crate::fake_bot_api::Call> {
    api.delivered(chat).into_iter().filter(|call| text(call).starts_with("⚠️")).collect()
}

async fn store_of(sandbox: &Sandbox) -> Store {
    Store::open(&sandbox.database_url()).await.unwrap()
}

#[tokio::test]
async fn subscribing_in_chat_and_digest_now() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start_with(&api, &[("WARBRIEF_ADMINS", &OWNER.to_string())]).await;
    let user = 5001;

    let subscribed = api.ask(user, "/subscribe 07:30", 1).await;
    assert!(text(&subscribed[0]).contains("daily digest at 07:30 (Europe/Kyiv)"), "{}", text(&subscribed[0]));
    let zone = api.ask(user, "/timezone berlin", 1).await;
    assert!(text(&zone[0]).contains("Your time zone is now Europe/Berlin"), "{}", text(&zone[0]));
    assert!(text(&zone[0]).contains("Daily digest: <b>on</b>, at 07:30 (Europe/Berlin)"));
    let bad = api.ask(user, "/timezone Mars/Olympus", 1).await;
    assert!(text(&bad[0]).contains("I don't know the time zone \"Mars/Olympus\""));
    let bad = api.ask(user, "/subscribe 25:99", 1).await;
    assert!(text(&bad[0]).contains("not a time I understand"));
    let followed = api.ask(user, "/subscribe region Kramatorsk", 1).await;
    assert!(text(&followed[0]).contains("incidents in Donetsk Oblast (where Kramatorsk is)"), "{}", text(&followed[0]));
    let settings = api.ask(user, "/settings", 1).await;
    let pressable = buttons(&settings[0]);
    for expected in ["doff", "dt:540", "uf:UA-14", "fm", "ua"] {
        assert!(pressable.contains(&expected.to_owned()), "{expected} in {pressable:?}");
    }
    // Buttons change settings in place.
    api.press_button(user, user, "dt:540");
    let edited = api.wait_for_calls("editMessageText", 1).await;
    assert!(text(&edited[0]).contains("at 09:00 (Europe/Berlin)"), "{}", text(&edited[0]));

    // Another chat turns the digest on and off again: it gets nothing.
    api.ask(5002, "/subscribe", 1).await;
    let off = api.ask(5002, "/unsubscribe", 1).await;
    assert!(text(&off[0]).contains("The daily digest is off"));

    let refused = api.ask(user, "/digest now", 1).await;
    assert!(text(&refused[0]).contains("only for the bot's maintainers"));
    let queued = api.ask(OWNER, "/digest now", 1).await;
    assert!(text(&queued[0]).contains("Queued the day 344 digest for 1 chat;"), "{}", text(&queued[0]));
    assert!(api.wait_until(20, |api| api.delivered(&user.to_string()).iter().any(is_digest)).await);
    let digest = api.delivered(&user.to_string()).into_iter().find(is_digest).unwrap();
    assert_eq!(digest.params["parse_mode"], "HTML");
    assert!(text(&digest).contains("<b>Casualties in this report</b>"), "{}", text(&digest));
    assert!(text(&digest).contains("Dnipropetrovsk Oblast: 46 killed, 80 wounded"), "{}", text(&digest));
    assert!(buttons(&digest).contains(&"d:344".to_owned()));

    let again = api.ask(OWNER, "/digest now", 1).await;
    assert!(text(&again[0]).contains("for 0 chats"), "each chat gets a report's digest once");
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(api.delivered(&user.to_string()).iter().filter(|call| is_digest(call)).count(), 1);
    assert!(!api.delivered("5002").iter().any(is_digest));
    let (status, log) = bot.terminate().await;
    assert!(status.success(), "{log}");
}

/// A zone where it is now around midday, so "an hour ago" and "in an hour" are the same local day.
fn midday_zone() -> chrono_tz::Tz {
    let offset = (12 - Utc::now().hour() as i32 + 36) % 24 - 12; // -12..=11
    // Etc/GMT-N is N hours *ahead* of UTC.
    let name = match offset {
        0 => "Etc/GMT".to_owned(),
        n if n > 0 => format!("Etc/GMT-{n}"),
        n => format!("Etc/GMT+{}", -n),
    };
    name.parse().unwrap()
}

#[tokio::test]
async fn a_digest_due_while_the_bot_was_down_goes_out_once_when_it_is_back() {
    let zone = midday_zone();
    let local_hour = Utc::now().with_timezone(&zone).hour();
    let at = |hour: u32| NaiveTime::from_hms_opt(hour, 0, 0).unwrap();
    let mut due = Subscriber::new(ChatId(6001), zone, at(local_hour - 1));
    due.language = Some(warbrief_core::Lang::En);
    let later = Subscriber::new(ChatId(6002), zone, at(local_hour + 1));
    let mut no_digest = Subscriber::new(ChatId(6003), zone, at(local_hour - 1));
    no_digest.digest = false;
    // Subscribed two hours ago; the first chat's time came an hour ago, while no bot was running.
    let sandbox = sandbox_with(&[due, later, no_digest], Utc::now() - chrono::Duration::hours(2)).await;

    let api = FakeBotApi::start().await;
    let bot = RunningBot::start_in(&api, sandbox, &[]);
    assert!(api.wait_until(20, |api| api.delivered("6001").iter().any(is_digest)).await, "{}", bot.log());
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(api.delivered("6002").is_empty(), "not due yet");
    assert!(api.delivered("6003").is_empty(), "takes no digest");

    // Restarted the same day: the scheduler runs again at start and sends nothing twice.
    let (status, sandbox) = bot.terminate_keeping().await;
    assert!(status.success());
    let bot = RunningBot::start_in(&api, sandbox, &[]);
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert_eq!(api.delivered("6001").len(), 1, "{}", bot.log());
    let store = store_of(bot.sandbox()).await;
    assert_eq!(store.delivery_status(ChatId(6001), day344(), DeliveryKind::Digest).await.unwrap().unwrap().0, "sent");
}

#[tokio::test]
async fn publishing_sends_region_alerts_and_the_channel_post_once() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start_with(
        &api,
        &[("WARBRIEF_ADMINS", &OWNER.to_string()), ("WARBRIEF_CHANNEL", "@warbrief_daily")],
    )
    .await;
    api.ask(7001, "/subscribe region Donetsk", 1).await;
    api.ask(7002, "/subscribe region Lviv", 1).await;
    api.ask(7003, "/subscribe region Kharkiv", 1).await;
    api.ask(7003, "/unsubscribe all", 1).await;

    let report = "Day 345: Strikes in the east\n\nDonetsk region\n\nA missile struck Kramatorsk in Donetsk region, \
                  killing two people and wounding five.\n\nKharkiv region\n\nShelling of Kupiansk wounded a man.\n";
    let preview = api.ask(OWNER, &format!("/addreport {report}"), 1).await;
    assert!(buttons(&preview[0]).contains(&"pub:345".to_owned()), "{}", text(&preview[0]));
    api.press_button(OWNER, OWNER, "pub:345");
    let published = api.wait_for_calls("editMessageText", 1).await;
    assert!(text(&published[0]).contains("Region alerts queued for 1 chat."), "{}", text(&published[0]));
    assert!(text(&published[0]).contains("Queued for the channel."));

    assert!(
        api.wait_until(20, |api| alerts(api, "7001").len() == 1 && !api.delivered("@warbrief_daily").is_empty()).await
    );
    let alert = &alerts(&api, "7001")[0];
    assert!(text(alert).starts_with("⚠️ <b>Donetsk Oblast</b>"), "{}", text(alert));
    assert!(text(alert).contains("Kramatorsk: 2 killed, 5 wounded"), "{}", text(alert));
    assert!(!text(alert).contains("Kupiansk"), "only the followed region");
    let post = &api.delivered("@warbrief_daily")[0];
    assert!(text(post).starts_with("<b>Day 345: Strikes in the east</b>"), "{}", text(post));

    // Taken down and published again: nobody is told twice.
    api.ask(OWNER, "/unpublish 345", 1).await;
    let again = api.ask(OWNER, "/publish 345", 1).await;
    assert!(!text(&again[0]).contains("queued"), "{}", text(&again[0]));
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(alerts(&api, "7001").len(), 1);
    assert_eq!(api.delivered("@warbrief_daily").len(), 1);
    assert!(alerts(&api, "7002").is_empty() && alerts(&api, "7003").is_empty());
    let (status, log) = bot.terminate().await;
    assert!(status.success(), "{log}");
}

/// `WARBRIEF_PAID_BROADCAST=1`: alerts and digests go with `allow_paid_broadcast`; answers to commands and the
/// channel's post (one message for every member) do not, so nothing is paid for that need not be.
#[tokio::test]
async fn with_paid_broadcast_only_pushed_messages_to_chats_are_paid_for() {
    let api = FakeBotApi::start().await;
    let env = [
        ("WARBRIEF_ADMINS", OWNER.to_string()),
        ("WARBRIEF_CHANNEL", "@warbrief_daily".to_owned()),
        ("WARBRIEF_PAID_BROADCAST", "1".to_owned()),
    ];
    let env: Vec<(&str, &str)> = env.iter().map(|(name, value)| (*name, value.as_str())).collect();
    let bot = RunningBot::start_with(&api, &env).await;
    let answer = api.ask(7101, "/subscribe region Donetsk", 1).await;
    assert!(answer[0].params.get("allow_paid_broadcast").is_none(), "an answer is not a broadcast");

    let report = "Day 345: Strikes in the east\n\nDonetsk region\n\nA missile struck Kramatorsk in Donetsk region, \
                  killing two people and wounding five.\n";
    api.ask(OWNER, &format!("/addreport {report}"), 1).await;
    api.press_button(OWNER, OWNER, "pub:345");
    assert!(
        api.wait_until(20, |api| alerts(api, "7101").len() == 1 && !api.delivered("@warbrief_daily").is_empty()).await
    );
    assert_eq!(alerts(&api, "7101")[0].params["allow_paid_broadcast"], true);
    assert!(api.delivered("@warbrief_daily")[0].params.get("allow_paid_broadcast").is_none());
    let (status, log) = bot.terminate().await;
    assert!(status.success(), "{log}");
}

#[tokio::test]
async fn blocked_and_vanished_chats_are_deactivated_and_the_rest_still_get_the_digest() {
    let chats: Vec<Subscriber> = (8001..=8005).map(subscriber).collect();
    let sandbox = sandbox_with(&chats, Utc::now()).await;
    // The CLI queues; the bot, started after, sends.
    let queued = sandbox.run(&["digest", "--now"], &[], "");
    assert!(crate::stdout(&queued).contains("Queued the day 344 digest for 5 chats"), "{}", crate::stderr(&queued));

    let api = FakeBotApi::start().await;
    api.fail_always("8002", Canned::blocked());
    api.fail_always("8004", Canned::error(400, "Bad Request: chat not found"));
    let bot = RunningBot::start_in(&api, sandbox, &[]);
    let done = |api: &FakeBotApi| ["8001", "8003", "8005"].iter().all(|chat| !api.delivered(chat).is_empty());
    assert!(api.wait_until(20, done).await, "{}", bot.log());
    tokio::time::sleep(Duration::from_secs(3)).await;
    let attempts = |chat: &str| api.calls("sendMessage").iter().filter(|call| call.chat() == chat).count();
    assert_eq!((attempts("8002"), attempts("8004")), (1, 1), "no retry for a blocked or missing chat");

    let store = store_of(bot.sandbox()).await;
    assert!(!store.subscriber(ChatId(8002)).await.unwrap().unwrap().active);
    assert!(!store.subscriber(ChatId(8004)).await.unwrap().unwrap().active);
    assert!(store.subscriber(ChatId(8001)).await.unwrap().unwrap().active);
    let (status, error) = store.delivery_status(ChatId(8002), day344(), DeliveryKind::Digest).await.unwrap().unwrap();
    assert_eq!(status, "failed");
    assert!(error.unwrap().contains("blocked by the user"));
    let (status, log) = bot.terminate().await;
    assert!(status.success(), "{log}");
}

#[tokio::test]
async fn a_fan_out_killed_midway_resumes_after_restart_and_reaches_everyone() {
    const CHATS: i64 = 300;
    let chats: Vec<Subscriber> = (1..=CHATS).map(|n| subscriber(10_000 + n)).collect();
    let sandbox = sandbox_with(&chats, Utc::now()).await;
    assert!(sandbox.run(&["digest", "--now"], &[], "").status.success());

    let api = FakeBotApi::start().await;
    let env = [("WARBRIEF_SEND_RATE", "40")];
    let bot = RunningBot::start_in(&api, sandbox, &env);
    assert!(api.wait_until(30, |api| api.delivered_count() >= 100).await, "{}", bot.log());
    let sandbox = bot.kill9().await;
    let at_kill = api.delivered_count();
    assert!(at_kill < CHATS as usize, "killed before the end ({at_kill} sent)");

    let bot = RunningBot::start_in(&api, sandbox, &env);
    let everyone = |api: &FakeBotApi| (1..=CHATS).all(|n| !api.delivered(&(10_000 + n).to_string()).is_empty());
    assert!(api.wait_until(40, everyone).await, "{}", bot.log());
    tokio::time::sleep(Duration::from_secs(2)).await;
    let duplicates = api.delivered_count() - CHATS as usize;
    // Only messages sent but not yet recorded when the process died can go twice: at 40/s, the recorder's
    // 50 ms batch and the request in flight.
    assert!(duplicates <= 5, "{duplicates} duplicates");
    eprintln!("kill -9 after {at_kill} of {CHATS}: {duplicates} duplicates");
    let (status, log) = bot.terminate().await;
    assert!(status.success(), "{log}");
}

#[tokio::test]
async fn import_queues_alerts_only_when_asked_to_notify() {
    let sandbox = sandbox_with(&[subscriber(11_001)], Utc::now()).await;
    let store = store_of(&sandbox).await;
    store.follow_region(ChatId(11_001), warbrief_core::RegionCode::Sumy, Utc::now()).await.unwrap();
    store.close().await;
    let report = |day: u32| {
        format!("Day {day}: Sumy\n\nSumy region\n\nA drone struck a bus stop in Sumy, killing three people.\n")
    };
    std::fs::write(sandbox.file("345.txt"), report(345)).unwrap();
    std::fs::write(sandbox.file("346.txt"), report(346)).unwrap();

    let quiet = sandbox.run(&["import", "--publish", "345.txt"], &[], "");
    assert!(quiet.status.success(), "{}", crate::stderr(&quiet));
    assert!(!crate::stdout(&quiet).contains("alerts"));
    let told = sandbox.run(&["import", "--publish", "--notify", "346.txt"], &[], "");
    assert!(crate::stdout(&told).contains("region alerts queued for 1 chat"), "{}", crate::stdout(&told));
    let refused = sandbox.run(&["import", "--notify", "346.txt"], &[], "");
    assert!(!refused.status.success(), "--notify needs --publish");

    let store = store_of(&sandbox).await;
    let status = |day| store.delivery_status(ChatId(11_001), DayNumber::new(day).unwrap(), DeliveryKind::Alert);
    assert!(status(345).await.unwrap().is_none(), "a plain import tells nobody");
    assert_eq!(status(346).await.unwrap().unwrap().0, "pending");
}

#[tokio::test]
async fn sigterm_mid_fan_out_leaves_the_queue_consistent_and_a_restart_sends_no_duplicate() {
    const CHATS: i64 = 200;
    let chats: Vec<Subscriber> = (1..=CHATS).map(|n| subscriber(40_000 + n)).collect();
    let sandbox = sandbox_with(&chats, Utc::now()).await;
    assert!(sandbox.run(&["digest", "--now"], &[], "").status.success());
    let api = FakeBotApi::start().await;
    let env = [("WARBRIEF_SEND_RATE", "40")];
    let bot = RunningBot::start_in(&api, sandbox, &env);
    assert!(api.wait_until(30, |api| api.delivered_count() >= 50).await, "{}", bot.log());
    let (status, sandbox) = bot.terminate_keeping().await;
    assert!(status.success());
    let delivered = api.delivered_count() as u64;
    assert!(delivered < CHATS as u64);

    // Everything Telegram accepted is recorded as sent; everything else is waiting, none held by a claim.
    let store = store_of(&sandbox).await;
    let counts = store.delivery_counts_since(Utc::now() - chrono::Duration::hours(1)).await.unwrap();
    assert_eq!((counts.sent, counts.pending), (delivered, CHATS as u64 - delivered));
    store.close().await;

    let bot = RunningBot::start_in(&api, sandbox, &env);
    assert!(api.wait_until(30, |api| api.delivered_count() >= CHATS as usize).await, "{}", bot.log());
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(api.delivered_count(), CHATS as usize, "a graceful stop re-sends nothing");
    let (status, log) = bot.terminate().await;
    assert!(status.success(), "{log}");
}

/// Quiet hours: a digest inside a chat's quiet hours goes without a sound, or waits until they end; a chat
/// without them gets it as usual.
#[tokio::test]
async fn quiet_hours_send_a_digest_silently_or_hold_it_until_they_end() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start_with(&api, &[("WARBRIEF_ADMINS", &OWNER.to_string())]).await;
    let local = Utc::now().with_timezone(&chrono_tz::Europe::Kyiv);
    let (start, end) =
        ((local - chrono::Duration::hours(1)).format("%H:%M"), (local + chrono::Duration::hours(1)).format("%H:%M"));
    let (silent, waiting, loud) = (7301, 7302, 7303);
    for user in [silent, waiting, loud] {
        api.ask(user, "/subscribe", 1).await;
    }
    let set = api.ask(silent, &format!("/quiet {start}-{end}"), 1).await;
    let expected = format!("Quiet hours {start}–{end} (Europe/Kyiv): digests and alerts then come without a sound.");
    assert!(text(&set[0]).contains(&expected), "{}", text(&set[0]));
    assert!(text(&set[0]).contains(&format!("Quiet hours: {start}–{end}, without a sound")), "{}", text(&set[0]));
    let held = api.ask(waiting, &format!("/quiet {start}-{end} wait"), 1).await;
    assert!(text(&held[0]).contains(&format!("then wait until {end}")), "{}", text(&held[0]));
    let bad = api.ask(loud, "/quiet 25:00-07:00", 1).await;
    assert!(text(&bad[0]).contains("is not a span of time I understand"), "{}", text(&bad[0]));

    let queued = api.ask(OWNER, "/digest now", 1).await;
    assert!(text(&queued[0]).contains("for 3 chats"), "{}", text(&queued[0]));
    let both =
        |api: &FakeBotApi| [silent, loud].iter().all(|chat| api.delivered(&chat.to_string()).iter().any(is_digest));
    assert!(api.wait_until(20, both).await);
    let digest = |chat: i64| api.delivered(&chat.to_string()).into_iter().find(is_digest).unwrap();
    assert_eq!(digest(silent).params["disable_notification"], true, "in quiet hours: no sound");
    assert!(digest(loud).params.get("disable_notification").is_none(), "no quiet hours: as usual");
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(!api.delivered(&waiting.to_string()).iter().any(is_digest), "held until the quiet hours end");
    let store = store_of(bot.sandbox()).await;
    let (status, reason) =
        store.delivery_status(ChatId(waiting), day344(), DeliveryKind::Digest).await.unwrap().unwrap();
    assert_eq!((status.as_str(), reason.as_deref()), ("pending", Some("quiet hours")));
    store.close().await;

    let off = api.ask(silent, "/quiet off", 1).await;
    assert!(
        text(&off[0]).contains("No quiet hours") && text(&off[0]).contains("Quiet hours: none"),
        "{}",
        text(&off[0])
    );
    let (status, log) = bot.terminate().await;
    assert!(status.success(), "{log}");
}

/// In a supergroup with topics, answers go to the topic the command was sent in, and `/subscribe` sent in
/// a topic has the digest delivered there.
#[tokio::test]
async fn a_forum_topic_gets_its_answers_and_the_digest_it_subscribed_in() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start_with(&api, &[("WARBRIEF_ADMINS", &OWNER.to_string())]).await;
    let (forum, admin, topic) = (-100_500_600, 7401, 42);
    api.make_group_owner(forum, admin);
    api.send_in_topic(forum, topic, admin, "/subscribe");
    let replies = api.wait_for_calls("sendMessage", 1).await;
    assert_eq!(replies[0].chat(), forum.to_string());
    assert_eq!(replies[0].params["message_thread_id"], topic, "the answer goes to the topic it was asked in");
    assert!(text(&replies[0]).contains("daily digest"), "{}", text(&replies[0]));

    let queued = api.ask(OWNER, "/digest now", 1).await;
    assert!(text(&queued[0]).contains("for 1 chat;"), "{}", text(&queued[0]));
    assert!(api.wait_until(20, |api| api.delivered(&forum.to_string()).iter().any(is_digest)).await);
    let digest = api.delivered(&forum.to_string()).into_iter().find(is_digest).unwrap();
    assert_eq!(digest.params["message_thread_id"], topic, "delivered into the topic");
    let (status, log) = bot.terminate().await;
    assert!(status.success(), "{log}");
}
