//! The bot in Ukrainian: a user whose Telegram app is in Ukrainian is answered in Ukrainian until their chat
//! chooses otherwise with `/language`; Telegram's menu is registered in both languages.

use crate::fake_bot_api::FakeBotApi;
use crate::telegram::{RunningBot, buttons, text};

const UKRAINIAN_USER: i64 = 5151;
const ENGLISH_USER: i64 = 5252;
const OWNER: i64 = 5353;

/// A reply's button labels.
fn labels(call: &crate::fake_bot_api::Call) -> Vec<String> {
    let rows = call.params["reply_markup"]["inline_keyboard"].as_array().cloned().unwrap_or_default();
    rows.iter()
        .flat_map(|row| row.as_array().cloned().unwrap_or_default())
        .filter_map(|b| b["text"].as_str().map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn a_ukrainian_user_is_answered_in_ukrainian_until_the_chat_chooses_english() {
    let api = FakeBotApi::start().await;
    let _bot = RunningBot::start_with(&api, &[("WARBRIEF_ADMINS", &OWNER.to_string())]).await;
    // The menu: English by default, and Ukrainian for apps set to Ukrainian.
    let menus = api.wait_for_calls("setMyCommands", 2).await;
    let ukrainian_menu = menus.iter().find(|call| call.params["language_code"] == "uk").expect("a Ukrainian menu");
    let today = &ukrainian_menu.params["commands"][0];
    assert_eq!(
        (today["command"].as_str(), today["description"].as_str()),
        (Some("today"), Some("останній щоденний звіт"))
    );
    assert!(menus.iter().any(|call| call.params["language_code"].is_null()), "a default menu");

    api.set_language(UKRAINIAN_USER, "uk");
    let start = api.ask(UKRAINIAN_USER, "/start", 1).await;
    assert!(text(&start[0]).contains("/today — останнє щоденне зведення"), "{}", text(&start[0]));
    assert!(labels(&start[0]).contains(&"📰 Сьогодні".to_owned()), "{:?}", labels(&start[0]));
    let help = api.ask(UKRAINIAN_USER, "/help", 1).await;
    assert!(text(&help[0]).contains("/language — мова, якою я відповідаю"), "{}", text(&help[0]));
    let today = api.ask(UKRAINIAN_USER, "/today", 1).await;
    assert!(text(&today[0]).contains("четвер, 2 лютого 2023 р."), "{}", text(&today[0]));
    assert!(text(&today[0]).starts_with("<b>День 344: "), "the report's title as written: {}", text(&today[0]));
    let region = api.ask(UKRAINIAN_USER, "/region Харків", 1).await;
    assert!(text(&region[0]).contains("<b>Харківська область</b>"), "{}", text(&region[0]));
    assert!(text(&region[0]).contains("2 загиблих"), "{}", text(&region[0]));
    let subscribed = api.ask(UKRAINIAN_USER, "/subscribe", 1).await;
    assert!(text(&subscribed[0]).contains("Щоденний дайджест"), "{}", text(&subscribed[0]));
    let settings = api.ask(UKRAINIAN_USER, "/settings", 1).await;
    assert!(labels(&settings[0]).contains(&"🌐 Мова".to_owned()), "{:?}", labels(&settings[0]));
    for reply in [&start[0], &help[0], &today[0], &region[0], &subscribed[0], &settings[0]] {
        assert!(text(reply).encode_utf16().count() <= 4096);
    }

    let menu = api.ask(UKRAINIAN_USER, "/language", 1).await;
    assert!(text(&menu[0]).starts_with("Якою мовою"), "{}", text(&menu[0]));
    assert_eq!(buttons(&menu[0]), ["lang:en", "lang:uk"]);

    api.press_button(UKRAINIAN_USER, UKRAINIAN_USER, "lang:en");
    let edited = api.wait_for_calls("editMessageText", 1).await;
    assert_eq!(text(&edited[0]), "I'll answer in English from now on.");
    let again = api.ask(UKRAINIAN_USER, "/language", 1).await;
    assert!(text(&again[0]).starts_with("Which language"), "the chat's choice wins: {}", text(&again[0]));
    let english = api.ask(UKRAINIAN_USER, "/region Харків", 1).await;
    assert!(text(&english[0]).contains("<b>Kharkiv Oblast</b>"), "{}", text(&english[0]));

    let back = api.ask(UKRAINIAN_USER, "/language українська", 1).await;
    assert_eq!(text(&back[0]), "Відтепер я відповідатиму українською.");

    // One fan-out, each chat in its language: the Ukrainian chat and an English one.
    api.ask(ENGLISH_USER, "/subscribe", 1).await;
    let queued = api.ask(OWNER, "/digest now", 1).await;
    assert!(text(&queued[0]).contains("for 2 chats"), "{}", text(&queued[0]));
    let digest = |chat: i64| {
        let delivered = api.delivered(&chat.to_string());
        delivered.into_iter().find(|call| text(call).starts_with("📰"))
    };
    assert!(api.wait_until(20, |_| digest(UKRAINIAN_USER).is_some() && digest(ENGLISH_USER).is_some()).await);
    let ukrainian = digest(UKRAINIAN_USER).unwrap();
    assert!(text(&ukrainian).contains("<b>Втрати в цьому звіті</b>"), "{}", text(&ukrainian));
    assert!(text(&ukrainian).contains("Дніпропетровська область: 46 загиблих, 80 поранених"), "{}", text(&ukrainian));
    assert_eq!(labels(&ukrainian), ["📖 Повний звіт", "⚙️ Налаштування"]);
    let english = digest(ENGLISH_USER).unwrap();
    assert!(text(&english).contains("Dnipropetrovsk Oblast: 46 killed, 80 wounded"), "{}", text(&english));
}
