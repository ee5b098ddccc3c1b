//! The bot in Ukrainian: a user whose Telegram app is in Ukrainian is answered in Ukrainian until their chat
//! chooses otherwise with `/language`; Telegram's menu is registered in both languages.

use crate::fake_bot_api::FakeBotApi;
use crate::telegram::{RunningBot, buttons, text};

const UKRAINIAN_USER: i64 = 5151;

#[tokio::test]
async fn a_ukrainian_user_is_answered_in_ukrainian_until_the_chat_chooses_english() {
    let api = FakeBotApi::start().await;
    let _bot = RunningBot::start_with(&api, &[]).await;
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
    let menu = api.ask(UKRAINIAN_USER, "/language", 1).await;
    assert!(text(&menu[0]).starts_with("Якою мовою"), "{}", text(&menu[0]));
    assert_eq!(buttons(&menu[0]), ["lang:en", "lang:uk"]);

    api.press_button(UKRAINIAN_USER, UKRAINIAN_USER, "lang:en");
    let edited = api.wait_for_calls("editMessageText", 1).await;
    assert_eq!(text(&edited[0]), "I'll answer in English from now on.");
    let again = api.ask(UKRAINIAN_USER, "/language", 1).await;
    assert!(text(&again[0]).starts_with("Which language"), "the chat's choice wins: {}", text(&again[0]));

    let back = api.ask(UKRAINIAN_USER, "/language українська", 1).await;
    assert_eq!(text(&back[0]), "Відтепер я відповідатиму українською.");
}
