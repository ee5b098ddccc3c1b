use std::process::Stdio;
use std::time::Duration;

use serde_json::Value;

use crate::Sandbox;
use crate::fake_bot_api::{BOT_USERNAME, Call, Canned, FakeBotApi};

pub const TOKEN: &str = "123456:TESTsecret_token-value";
const USER: i64 = 4242;

pub fn text(call: &Call) -> &str {
    call.params["text"].as_str().unwrap_or_default()
}

/// Callback data of every button under a sent message.
pub fn buttons(call: &Call) -> Vec<String> {
    call.params["reply_markup"]["inline_keyboard"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row.as_array().cloned().unwrap_or_default())
        .filter_map(|button| button["callback_data"].as_str().map(str::to_owned))
        .collect()
}

pub struct RunningBot {
    child: tokio::process::Child,
    sandbox: Sandbox,
}

impl RunningBot {
    async fn start(api: &FakeBotApi) -> RunningBot {
        Self::start_with(api, &[]).await
    }

    /// Loads the sample data into a fresh database and runs `warbrief serve` with `env` added.
    pub async fn start_with(api: &FakeBotApi, env: &[(&str, &str)]) -> RunningBot {
        let sandbox = Sandbox::new();
        let demo = sandbox.run(&["demo"], &[], "");
        assert!(demo.status.success());
        Self::start_in(api, sandbox, env)
    }

    /// Runs `warbrief serve` on the sandbox's database as it is, with `env` added; the log is appended to
    /// `serve.log`.
    pub fn start_in(api: &FakeBotApi, sandbox: Sandbox, env: &[(&str, &str)]) -> RunningBot {
        let log = std::fs::OpenOptions::new().create(true).append(true).open(sandbox.file("serve.log")).unwrap();
        let api_url = api.url();
        let mut vars = vec![("TELOXIDE_TOKEN", TOKEN), ("TELOXIDE_API_URL", api_url.as_str()), ("RUST_LOG", "debug")];
        vars.extend_from_slice(env);
        let command = sandbox.command(&["serve"], &vars);
        let mut command = tokio::process::Command::from(command);
        command.stdin(Stdio::null()).stdout(log.try_clone().unwrap()).stderr(log).kill_on_drop(true);
        let child = command.spawn().expect("start warbrief serve");
        RunningBot { child, sandbox }
    }

    /// SIGTERM and wait, like [`RunningBot::terminate`], keeping the sandbox to start again on.
    pub async fn terminate_keeping(mut self) -> (std::process::ExitStatus, Sandbox) {
        let pid = self.child.id().expect("running").to_string();
        assert!(std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
        let status = tokio::time::timeout(Duration::from_secs(20), self.child.wait())
            .await
            .expect("exits within 20 s of SIGTERM")
            .unwrap();
        (status, self.sandbox)
    }

    pub fn sandbox(&self) -> &Sandbox {
        &self.sandbox
    }

    /// SIGKILL: no chance to finish anything. Returns the sandbox to start again on.
    pub async fn kill9(mut self) -> Sandbox {
        self.child.start_kill().expect("kill");
        self.child.wait().await.expect("reaped");
        self.sandbox
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.sandbox.file("serve.log")).unwrap_or_default()
    }

    /// SIGTERM, then the exit status; the bot bounds its own shutdown at 5 s, the test allows for a busy machine.
    pub async fn terminate(mut self) -> (std::process::ExitStatus, String) {
        let pid = self.child.id().expect("running").to_string();
        let killed = std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        assert!(killed.success());
        let status = tokio::time::timeout(Duration::from_secs(20), self.child.wait())
            .await
            .expect("exits within 20 s of SIGTERM")
            .unwrap();
        (status, self.log())
    }
}

#[tokio::test]
async fn serve_answers_commands_and_buttons_through_the_bot_api() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api).await;
    let commands = api.wait_for_calls("setMyCommands", 1).await;
    let listed: Vec<&str> = commands[0].params["commands"]
        .as_array()
        .unwrap()
        .iter()
        .map(|command| command["command"].as_str().unwrap())
        .collect();
    let expected = "today day latest region sanctions chart map search subscribe unsubscribe settings timezone quiet language about help start";
    assert_eq!(listed, expected.split(' ').collect::<Vec<_>>());

    let today = api.ask(USER, "/today", 1).await;
    assert_eq!(today[0].params["chat_id"], Value::from(USER));
    assert_eq!(today[0].params["parse_mode"], "HTML");
    assert!(text(&today[0]).starts_with("<b>Day 344: "), "{}", text(&today[0]));
    for part in &today {
        assert!(text(part).encode_utf16().count() <= 4096);
    }
    assert_eq!(buttons(today.last().unwrap()), ["d:343"], "◀ to the day before");

    let region = api.ask(USER, "/region Kharkov", 1).await;
    assert!(text(&region[0]).contains("<b>Kharkiv Oblast</b>"), "{}", text(&region[0]));
    assert!(text(&region[0]).contains("2 killed"));

    let typo = api.ask(USER, "/region Kharkv", 1).await;
    assert_eq!(buttons(&typo[0]), ["r:UA-63"]);
    // A button's answer replaces the message that held it.
    api.press_button(USER, USER, "r:UA-63");
    api.wait_for_calls("answerCallbackQuery", 1).await;
    let edited = api.wait_for_calls("editMessageText", 1).await;
    assert!(text(&edited[0]).contains("Kharkiv Oblast"));
    assert_eq!(edited[0].params["parse_mode"], "HTML");
    assert!(edited[0].params["message_id"].is_i64());

    let bad_day = api.ask(USER, "/day abc", 1).await;
    assert!(text(&bad_day[0]).contains("\"abc\" is not a day number"), "{}", text(&bad_day[0]));

    let hostile = api.ask(USER, "/region <b>&amp;", 1).await;
    assert!(text(&hostile[0]).contains("\"&lt;b&gt;&amp;amp;\""), "escaped: {}", text(&hostile[0]));

    let sanctions = api.ask(USER, "/sanctions", 1).await;
    assert_eq!(buttons(&sanctions[0]), ["s:-:1"]);
    api.press_button(USER, USER, "s:-:1");
    let page_two = api.wait_for_calls("editMessageText", 2).await;
    assert!(text(&page_two[1]).contains("page 2"));
    assert_eq!(buttons(&page_two[1]), ["s:-:0", "s:-:2"]);

    let latest = api.ask(USER, "/latest", 1).await;
    assert_eq!(buttons(&latest[0]), ["d:344", "d:343", "d:342", "d:341", "d:340", "d:339", "d:338"]);
    api.press_button(USER, USER, "d:344");
    let day = api.wait_for_calls("editMessageText", 3).await;
    assert!(text(&day[2]).starts_with("<b>Day 344: "));

    let search = api.ask(USER, "/search Kramatorsk missile", 1).await;
    assert!(text(&search[0]).contains("<b>Kramatorsk</b>"), "matches in bold: {}", text(&search[0]));
    assert_eq!(buttons(&search[0]), ["d:344"]);
    let nothing = api.ask(USER, "/search <nothing> & nobody", 1).await;
    assert!(text(&nothing[0]).contains("Nothing found for \"&lt;nothing&gt; &amp; nobody\""), "{}", text(&nothing[0]));

    let about = api.ask(USER, "/about", 1).await;
    assert!(
        text(&about[0]).contains("21 published reports, 73 incidents, 21 sanctions entries"),
        "{}",
        text(&about[0])
    );
    let start = api.ask(USER, "/start", 1).await;
    assert_eq!(buttons(&start[0]), ["t", "rm", "s:-:0", "sub"]);
    // Every kind of button: today, the region menu, a region, a town, help.
    let kramatorsk =
        format!("p:{}", warbrief_core::gazetteer::settlements().find(|s| s.name == "Kramatorsk").unwrap().key);
    let pressed = [
        ("t", "<b>Day 344: "),
        ("rm", "Which region?"),
        ("r:UA-65", "<b>Kherson Oblast</b>"),
        (kramatorsk.as_str(), "Kramatorsk is in Donetsk Oblast"),
        ("h", "What I can do"),
    ];
    for (data, expected) in pressed {
        let edits = api.calls("editMessageText").len();
        api.press_button(USER, USER, data);
        let edited = api.wait_for_calls("editMessageText", edits + 1).await;
        assert!(text(&edited[edits]).contains(expected), "{data}: {}", text(&edited[edits]));
    }

    // A forged button answers the spinner and sends nothing.
    let answered = api.calls("answerCallbackQuery").len();
    api.press_button(USER, USER, "d:999999");
    api.wait_for_calls("answerCallbackQuery", answered + 1).await;
    // So does an old button of a town the gazetteer no longer has, saying that it has expired.
    api.press_button(USER, USER, "p:atlantis");
    let expired = api.wait_for_calls("answerCallbackQuery", answered + 2).await;
    assert_eq!(expired[answered + 1].params["text"], warbrief_core::render::BUTTON_EXPIRED);

    // In a group, chatter and other bots' commands are ignored; our addressed command is answered.
    let group = -100_555;
    let before = api.calls("sendMessage").len();
    api.send_text(group, USER, "hello everyone");
    api.send_text(group, USER, "/today@some_other_bot");
    api.send_text(group, USER, &format!("/region@{BOT_USERNAME} Kramatorsk"));
    let sent = api.wait_for_calls("sendMessage", before + 1).await;
    assert_eq!(sent[before].params["chat_id"], Value::from(group));
    assert!(text(&sent[before]).contains("Donetsk Oblast"), "{}", text(&sent[before]));
    // Replies in one chat go out in update order, so the answer to chatter would have come first; and after
    // another round trip, the group still has that one answer only.
    api.ask(USER, "/help", 1).await;
    let to_group = api.calls("sendMessage").iter().filter(|call| call.params["chat_id"] == group).count();
    assert_eq!(to_group, 1);
    assert!(api.tokens_seen().iter().all(|token| token == TOKEN));

    let (status, log) = bot.terminate().await;
    assert!(status.success(), "exit 0 on SIGTERM: {status:?}\n{log}");
    assert!(!log.contains("TESTsecret_token-value"), "the token never appears in the log:\n{log}");
}

#[tokio::test]
async fn a_flooding_user_is_told_once_to_slow_down_and_then_ignored() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api).await;
    api.wait_for_calls("setMyCommands", 1).await;
    let flooder = 6_666;
    for _ in 0..25 {
        api.send_text(flooder, flooder, "/help");
    }
    let replies = |api: &FakeBotApi| api.calls("sendMessage").into_iter().filter(|call| call.chat() == "6666").count();
    assert!(api.wait_until(20, |api| replies(api) >= 21).await);
    // Someone else is still answered at once.
    let other = api.ask(USER, "/help", 1).await;
    assert!(text(&other[0]).contains("What I can do"));
    tokio::time::sleep(Duration::from_secs(1)).await;
    let to_flooder: Vec<Call> = api.calls("sendMessage").into_iter().filter(|call| call.chat() == "6666").collect();
    assert_eq!(to_flooder.len(), 21, "20 answers and one notice");
    assert!(to_flooder.iter().filter(|call| text(call).starts_with("Slow down")).count() == 1);
    let (status, log) = bot.terminate().await;
    assert!(status.success());
    assert!(log.contains("flooding: ignored for a minute"));
}

#[tokio::test]
async fn json_logs_never_show_the_token_even_in_request_errors() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start_with(&api, &[("WARBRIEF_LOG_FORMAT", "json")]).await;
    api.ask(USER, "/today", 1).await;
    // The Bot API goes away: every poll now fails with an error that names the URL, token included.
    drop(api);
    tokio::time::sleep(Duration::from_secs(4)).await;
    let (_, log) = bot.terminate().await;
    let secret = TOKEN.split_once(':').unwrap().1;
    assert!(!log.contains(secret), "{log}");
    let lines: Vec<&str> = log.lines().filter(|line| !line.trim().is_empty()).collect();
    assert!(lines.iter().any(|line| line.contains("bot***") || line.contains("error")), "{log}");
    for line in &lines {
        let parsed: Value = serde_json::from_str(line).unwrap_or_else(|_| panic!("not JSON: {line}"));
        assert!(parsed["level"].is_string() && parsed["timestamp"].is_string(), "{line}");
    }
}

#[tokio::test]
async fn only_a_groups_administrators_change_its_settings() {
    let api = FakeBotApi::start().await;
    let _bot = RunningBot::start(&api).await;
    let group = -100_777;
    let (member, owner) = (6101, 6102);
    api.make_group_owner(group, owner);
    let said = |api: &FakeBotApi, from: usize| -> Vec<String> {
        api.calls("sendMessage")[from..].iter().map(|call| text(call).to_owned()).collect()
    };

    let before = api.calls("sendMessage").len();
    api.send_text(group, member, "/subscribe");
    api.wait_for_calls("sendMessage", before + 1).await;
    assert!(said(&api, before)[0].contains("Only this group's administrators"), "{:?}", said(&api, before));
    // Reading the settings stays open to everyone, and the refusal changed nothing.
    api.send_text(group, member, "/settings");
    api.wait_for_calls("sendMessage", before + 2).await;
    assert!(said(&api, before)[1].contains("Daily digest: <b>off</b>"), "{:?}", said(&api, before));

    api.send_text(group, owner, "/subscribe");
    api.wait_for_calls("sendMessage", before + 3).await;
    assert!(said(&api, before)[2].contains("Daily digest: <b>on</b>"), "{:?}", said(&api, before));

    // A member's press of a settings button is refused with an alert; the digest stays on.
    let answered = api.calls("answerCallbackQuery").len();
    api.press_button(group, member, "doff");
    let answers = api.wait_for_calls("answerCallbackQuery", answered + 1).await;
    assert_eq!(answers[answered].params["show_alert"], true);
    assert!(answers[answered].params["text"].as_str().unwrap().contains("Only this group's administrators"));
    api.send_text(group, owner, "/settings");
    api.wait_for_calls("sendMessage", before + 4).await;
    assert!(said(&api, before)[3].contains("Daily digest: <b>on</b>"), "{:?}", said(&api, before));
    // Reading commands stay open to all members.
    api.send_text(group, member, "/today");
    api.wait_for_calls("sendMessage", before + 5).await;
    assert!(said(&api, before)[4].starts_with("<b>Day 344"), "{:?}", said(&api, before));
}

#[tokio::test]
async fn an_answer_refused_with_429_is_sent_again_after_the_wait() {
    let api = FakeBotApi::start().await;
    let _bot = RunningBot::start(&api).await;
    let user = 6201;
    // Telegram's flood limit refuses the first two tries; the answer still arrives, once.
    api.fail_next(&user.to_string(), vec![Canned::retry_after(1), Canned::retry_after(1)]);
    let started = std::time::Instant::now();
    api.send_text(user, user, "/sanctions");
    assert!(api.wait_until(20, |api| !api.delivered(&user.to_string()).is_empty()).await, "the answer arrived");
    assert!(started.elapsed() >= Duration::from_secs(2), "no sooner than Telegram asked");
    let delivered = api.delivered(&user.to_string());
    assert_eq!(delivered.len(), 1, "once");
    assert!(text(&delivered[0]).contains("Sanctions"), "{}", text(&delivered[0]));
    let refused = api.calls("sendMessage").iter().filter(|call| call.status == 429).count();
    assert_eq!(refused, 2);
}

/// Telegram refuses every second message with 429 while four users ask at once: each still gets their answer,
/// once, and in order.
#[tokio::test]
async fn with_every_second_send_refused_every_user_still_gets_their_answers_in_order() {
    let api = FakeBotApi::start().await;
    let _bot = RunningBot::start(&api).await;
    api.refuse_every_second_send();
    let users = [6301, 6302, 6303, 6304];
    for user in users {
        api.send_text(user, user, "/sanctions");
        api.send_text(user, user, "/about");
    }
    let answered = |api: &FakeBotApi| users.iter().all(|user| api.delivered(&user.to_string()).len() >= 2);
    assert!(api.wait_until(40, answered).await, "every answer arrived");
    tokio::time::sleep(Duration::from_millis(500)).await;
    for user in users {
        let delivered = api.delivered(&user.to_string());
        assert_eq!(delivered.len(), 2, "each answer once");
        assert!(text(&delivered[0]).contains("Sanctions"), "in the order asked: {}", text(&delivered[0]));
        assert!(text(&delivered[1]).starts_with("<b>About warbrief"), "{}", text(&delivered[1]));
    }
    assert!(api.calls("sendMessage").iter().filter(|call| call.status == 429).count() >= 4);
}

/// A server error (5xx) on Telegram's side: the answer is sent again and arrives.
#[tokio::test]
async fn an_answer_that_met_a_server_error_is_sent_again() {
    let api = FakeBotApi::start().await;
    let _bot = RunningBot::start(&api).await;
    let user = 6401;
    api.fail_next(&user.to_string(), vec![Canned::server_error()]);
    api.send_text(user, user, "/sanctions");
    // teloxide waits 10 s after a 5xx before it reports it.
    assert!(api.wait_until(30, |api| !api.delivered(&user.to_string()).is_empty()).await, "the answer arrived");
    let delivered = api.delivered(&user.to_string());
    assert_eq!(delivered.len(), 1, "once");
    assert!(text(&delivered[0]).contains("Sanctions"), "{}", text(&delivered[0]));
}

/// On SQLite, a report that `warbrief import --publish` stores from another process beside the running bot
/// shows in the bot's /today, although /today is answered from memory: the bot hears the other process's commit
/// through `PRAGMA data_version`, within a second.
#[tokio::test]
async fn a_report_imported_beside_the_running_bot_shows_in_today() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api).await;
    let today = api.ask(USER, "/today", 1).await;
    assert!(text(&today[0]).starts_with("<b>Day 344: "), "{}", text(&today[0]));
    let report = "Day 345: Imported beside the bot\n\nKharkiv region\n\nA quiet day in Kharkiv.\n";
    std::fs::write(bot.sandbox().file("345.txt"), report).unwrap();
    let import = bot.sandbox().run(&["import", "--publish", "345.txt"], &[], "");
    assert!(import.status.success(), "{}", crate::stderr(&import));
    // Asked again until the answer changes (a few times a second, well under the flood limit of 20 a minute).
    let mut answer = String::new();
    for _ in 0..15 {
        answer = text(&api.ask(USER, "/today", 1).await[0]).to_owned();
        if answer.starts_with("<b>Day 345") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    assert!(answer.starts_with("<b>Day 345"), "{answer}\n{}", bot.log());
}

/// Deep links: `t.me/<bot>?start=region-UA-63` arrives as `/start region-UA-63` and opens the bot on that
/// region; `day-343` on that report; `sub` subscribes; anything else is the usual welcome.
#[tokio::test]
async fn deep_links_open_the_bot_on_their_answer() {
    let api = FakeBotApi::start().await;
    let _bot = RunningBot::start(&api).await;
    let user = 6501;
    let region = api.ask(user, "/start region-UA-63", 1).await;
    assert!(text(&region[0]).starts_with("<b>Kharkiv Oblast"), "{}", text(&region[0]));
    let day = api.ask(user, "/start day-343", 1).await;
    assert!(text(&day[0]).starts_with("<b>Day 343"), "{}", text(&day[0]));
    let subscribed = api.ask(user, "/start sub", 1).await;
    assert!(text(&subscribed[0]).contains("daily digest at 09:00"), "{}", text(&subscribed[0]));
    let welcome = api.ask(user, "/start", 1).await;
    let unknown = api.ask(user, "/start ref_friend42", 1).await;
    assert_eq!(text(&unknown[0]), text(&welcome[0]), "an unknown payload is the usual welcome");
}
