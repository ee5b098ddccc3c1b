//! Forwarded posts on Telegram: a maintainer forwards a channel's post, sees its incidents, adds them, and
//! /region shows them with their source; the same post forwarded again adds nothing; a subscriber
//! forwarding is refused and nothing is stored.

use crate::fake_bot_api::{ChannelPost, FakeBotApi};
use crate::telegram::{RunningBot, buttons, text};

const OWNER: i64 = 4242;
const SUBSCRIBER: i64 = 5555;

/// 2 March 2023, 07:30 UTC.
const POSTED: i64 = 1_677_742_200;

const POST: ChannelPost<'static> = ChannelPost {
    channel_id: -1_001_234_567_890,
    title: "Kharkiv Regional Administration",
    username: Some("kharkiv_region_test"),
    message_id: 815,
    date: POSTED,
    text: "Russian forces shelled Kupiansk in Kharkiv Oblast on the morning of March 2, 2023. Two residents were \
           killed and five wounded, the regional governor said.",
};

const INCIDENT_LINE: &str = "2 Mar 2023, Kupiansk: 2 killed, 5 wounded";

#[tokio::test]
async fn forwarded_posts_are_previewed_added_once_and_refused_to_subscribers() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start_with(&api, &[("WARBRIEF_ADMINS", &OWNER.to_string())]).await;

    // A subscriber forwarding: the maintainers-only answer, and nothing is stored.
    let refused = api.forward(SUBSCRIBER, &POST, 1).await;
    assert!(text(&refused[0]).contains("only for the bot's maintainers"), "{}", text(&refused[0]));
    assert!(buttons(&refused[0]).is_empty());
    let region = api.ask(SUBSCRIBER, "/region Kharkiv", 1).await;
    assert!(!text(&region[0]).contains(INCIDENT_LINE), "{}", text(&region[0]));

    // The owner forwarding: a preview with the source, the date and the incident.
    let preview = api.forward(OWNER, &POST, 1).await;
    let preview_text = text(&preview[0]);
    assert!(
        preview_text.contains(
            "Forwarded post</b> from <a href=\"https://t.me/kharkiv_region_test/815\">Kharkiv \
                               Regional Administration</a>"
        ),
        "{preview_text}\n{}",
        bot.log()
    );
    assert!(preview_text.contains("Dated Thursday, 2 March 2023"), "{preview_text}");
    assert!(preview_text.contains("Kupiansk, Kharkiv · 2 Mar 2023 · 2 killed, 5 wounded"), "{preview_text}");
    assert!(preview_text.contains("Two residents were killed and five wounded"), "the evidence: {preview_text}");
    let [add, discard] = buttons(&preview[0]).try_into().expect("Add and Discard");
    assert!(add.starts_with("ap:") && discard.starts_with("dp:"), "{add} {discard}");

    // A subscriber pressing the maintainer's button: the private refusal, nothing changes.
    let answered = api.calls("answerCallbackQuery").len();
    api.press_button(SUBSCRIBER, SUBSCRIBER, &add);
    let alert = api.wait_for_calls("answerCallbackQuery", answered + 1).await;
    assert_eq!(alert[answered].params["text"], "Only the bot's maintainers can do that.");

    // A subscriber following Kharkiv Oblast hears of the added incident once, with its source.
    let follow = api.ask(SUBSCRIBER, "/subscribe region Kharkiv", 1).await;
    assert!(text(&follow[0]).contains("Kharkiv"), "{}", text(&follow[0]));
    let edits = api.calls("editMessageText").len();
    api.press_button(OWNER, OWNER, &add);
    let added = api.wait_for_calls("editMessageText", edits + 1).await;
    assert!(text(&added[edits]).contains("Added 1 incident from"), "{}", text(&added[edits]));
    assert!(text(&added[edits]).contains("Region alerts queued for 1 chat."), "{}", text(&added[edits]));
    let alerted = |api: &FakeBotApi| api.delivered(&SUBSCRIBER.to_string()).iter().any(|c| text(c).starts_with("⚠️"));
    assert!(api.wait_until(20, alerted).await, "no alert\n{}", bot.log());
    let alert: Vec<_> =
        api.delivered(&SUBSCRIBER.to_string()).into_iter().filter(|c| text(c).starts_with("⚠️")).collect();
    let alert_text = text(&alert[0]);
    assert!(
        alert_text
            .contains("From <a href=\"https://t.me/kharkiv_region_test/815\">Kharkiv Regional Administration</a>")
            && alert_text.contains(INCIDENT_LINE),
        "{alert_text}"
    );
    assert!(buttons(&alert[0]).iter().any(|data| data.starts_with("r:")), "{:?}", buttons(&alert[0]));

    let region = api.ask(SUBSCRIBER, "/region Kharkiv", 1).await;
    let region = text(&region[0]);
    assert!(
        region.contains(&format!("{INCIDENT_LINE} (<a href=\"https://t.me/kharkiv_region_test/815\">")),
        "{region}"
    );

    // Forwarded again, and Add pressed again: nothing is added twice.
    let again = api.forward(OWNER, &POST, 1).await;
    assert!(
        text(&again[0]).contains("already added on") && text(&again[0]).contains("(1 incident)"),
        "{}",
        text(&again[0])
    );
    assert!(buttons(&again[0]).is_empty());
    let edits = api.calls("editMessageText").len();
    api.press_button(OWNER, OWNER, &add);
    let pressed = api.wait_for_calls("editMessageText", edits + 1).await;
    assert!(text(&pressed[edits]).contains("already added"), "{}", text(&pressed[edits]));
    let region = api.ask(SUBSCRIBER, "/region Kharkiv", 1).await;
    assert_eq!(text(&region[0]).matches(INCIDENT_LINE).count(), 1, "{}", text(&region[0]));
    let alerts = api.delivered(&SUBSCRIBER.to_string()).iter().filter(|c| text(c).starts_with("⚠️")).count();
    assert_eq!(alerts, 1, "one alert for one post, however often it is added");

    // The audit log has the preview and the addition.
    let audit = api.ask(OWNER, "/audit 5", 1).await;
    let audit = text(&audit[0]);
    assert!(audit.contains("add_post") && audit.contains("preview_post"), "{audit}");
    bot.terminate().await;
}

/// A regional administration's post in Ukrainian, in our words.
const UKRAINIAN_POST: ChannelPost<'static> = ChannelPost {
    channel_id: -1_001_234_567_891,
    title: "Харківська ОВА",
    username: Some("kharkiv_ova_test"),
    message_id: 2_077,
    date: POSTED,
    text: "Сьогодні вранці російські війська обстріляли Ізюм. Загинули двоє людей, ще п'ятеро поранені, серед них \
           12-річна дитина. Постраждалих ушпиталено. Про це повідомив очільник Харківської ОВА.",
};

#[tokio::test]
async fn a_ukrainian_post_is_read_previewed_and_shown_under_its_ukrainian_region_name() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start_with(&api, &[("WARBRIEF_ADMINS", &OWNER.to_string())]).await;

    let preview = api.forward(OWNER, &UKRAINIAN_POST, 1).await;
    let preview_text = text(&preview[0]);
    assert!(
        preview_text.contains("Izium, Kharkiv · 2 Mar 2023 · 2 killed, 5 wounded"),
        "{preview_text}\n{}",
        bot.log()
    );
    // The evidence is the post's own Ukrainian sentence; the 12-year-old is one of the five, not a figure.
    assert!(preview_text.contains("Загинули двоє людей, ще п'ятеро поранені"), "{preview_text}");
    assert!(!preview_text.contains("12 wounded") && !preview_text.contains("12 killed"), "{preview_text}");
    let [add, _discard] = buttons(&preview[0]).try_into().expect("Add and Discard");

    let edits = api.calls("editMessageText").len();
    api.press_button(OWNER, OWNER, &add);
    let added = api.wait_for_calls("editMessageText", edits + 1).await;
    assert!(text(&added[edits]).contains("Added 1 incident from"), "{}", text(&added[edits]));

    let region = api.ask(SUBSCRIBER, "/region Харківщина", 1).await;
    let region = text(&region[0]);
    assert!(
        region.contains("2 Mar 2023, Izium: 2 killed, 5 wounded")
            && region.contains("<a href=\"https://t.me/kharkiv_ova_test/2077\">Харківська ОВА</a>"),
        "{region}"
    );
    bot.terminate().await;
}
