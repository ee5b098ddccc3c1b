//! Maintainers on Telegram: refusals, report upload → preview → publish → visible, hand edits, export, menus.

use std::time::Duration;

use serde_json::Value;

use crate::fake_bot_api::{Call, FakeBotApi};
use crate::telegram::{RunningBot, buttons, text};

const OWNER: i64 = 4242;
const STRANGER: i64 = 5555;

const REPORT: &str = "Day 345: A quieter day in the east\n\nKharkiv region\n\nShelling of Kupiansk, in Kharkiv Oblast, \
                      wounded two residents.\n";

fn scoped_to(call: &Call) -> Option<i64> {
    call.params["scope"]["chat_id"].as_i64()
}

#[tokio::test]
async fn maintainers_add_preview_publish_and_everyone_else_is_refused() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start_with(&api, &[("WARBRIEF_ADMINS", &OWNER.to_string())]).await;
    // Everyone's menu in English and in Ukrainian, then the owner's.
    api.wait_for_calls("setMyCommands", 3).await;
    let menus = api.calls("setMyCommands");
    let owner_menu = menus.iter().find(|call| scoped_to(call) == Some(OWNER)).expect("the owner's chat gets a menu");
    assert!(owner_menu.params["commands"].to_string().contains("addreport"));
    let public_menu = menus.iter().find(|call| call.params["scope"].is_null()).unwrap();
    assert!(
        !public_menu.params["commands"].to_string().contains("addreport"),
        "admin commands stay out of everyone's menu"
    );

    // Strangers: refused, and nothing changes.
    for command in
        [format!("/addreport {REPORT}"), "/stats".into(), "/admin add 5555".into(), "/deleteincident 1".into()]
    {
        let answer = api.ask(STRANGER, &command, 1).await;
        assert!(text(&answer[0]).contains("only for the bot's maintainers"), "{command}: {}", text(&answer[0]));
    }
    let edits = api.calls("editMessageText").len();
    let answered = api.calls("answerCallbackQuery").len();
    api.press_button(STRANGER, STRANGER, "pub:344");
    let alert = api.wait_for_calls("answerCallbackQuery", answered + 1).await;
    assert_eq!(alert[answered].params["text"], "Only the bot's maintainers can do that.");
    assert_eq!(alert[answered].params["show_alert"], true);
    assert_eq!(api.calls("editMessageText").len(), edits, "the message with the button stays as it was");
    assert!(text(&api.ask(STRANGER, "/day 345", 1).await[0]).contains("no published report for day 345"));

    // The owner adds a report in the message itself: a draft with a preview.
    let preview = api.ask(OWNER, &format!("/addreport {REPORT}"), 1).await;
    let preview_text = text(&preview[0]);
    assert!(
        preview_text.contains("Draft saved") && preview_text.contains("Day 345: A quieter day in the east"),
        "{preview_text}"
    );
    assert!(
        preview_text.contains("1 section · 1 incident")
            && preview_text.contains("Kupiansk, Kharkiv · 0 killed, 2 wounded")
    );
    assert_eq!(buttons(&preview[0]), ["pub:345", "dis:345"]);
    assert!(text(&api.ask(STRANGER, "/day 345", 1).await[0]).contains("no published report"), "drafts are hidden");

    let edits = api.calls("editMessageText").len();
    api.press_button(OWNER, OWNER, "pub:345");
    let published = api.wait_for_calls("editMessageText", edits + 1).await;
    assert!(text(&published[edits]).contains("Published day 345"));
    assert!(text(&api.ask(STRANGER, "/today", 1).await[0]).contains("Day 345: A quieter day"));
    assert!(text(&api.ask(STRANGER, "/region Kupiansk", 1).await[0]).contains("Kupiansk: 2 wounded"));

    // The same day again: what would change, replaced only on confirmation.
    api.send_reply(OWNER, OWNER, "/addreport", &REPORT.replace("two residents", "three residents"));
    let replace = api.wait_for_calls("sendMessage", api.calls("sendMessage").len() + 1).await;
    let replace = replace.last().unwrap();
    assert!(text(replace).contains("Day 345 already has a report"), "{}", text(replace));
    let [apply, _keep] = buttons(replace).try_into().unwrap();
    assert!(text(&api.ask(STRANGER, "/region Kupiansk", 1).await[0]).contains("2 wounded"), "not yet replaced");
    let edits = api.calls("editMessageText").len();
    api.press_button(OWNER, OWNER, &apply);
    api.wait_for_calls("editMessageText", edits + 1).await;
    assert!(text(&api.ask(STRANGER, "/region Kupiansk", 1).await[0]).contains("Kupiansk: 3 wounded"));
    let edits = api.calls("editMessageText").len();
    api.press_button(OWNER, OWNER, &apply);
    let again = api.wait_for_calls("editMessageText", edits + 1).await;
    assert!(text(&again[edits]).contains("already applied or dropped"));

    // Uploads: a good file with the caption; refusals without downloading.
    let next = "# Day 346: Uploaded\n\n## Sumy\n\nA drone hit a car in Sumy, killing the driver.\n";
    let sent = api.calls("sendMessage").len();
    api.send_document(OWNER, OWNER, "day-346.md", next.as_bytes(), next.len(), Some("/addreport"));
    let uploaded = api.wait_for_calls("sendMessage", sent + 1).await;
    let uploaded = text(&uploaded[sent]);
    assert!(
        uploaded.contains("Day 346: Uploaded") && uploaded.contains("Sumy · 1 killed"),
        "{uploaded}\n{}",
        bot.log()
    );
    let downloads = api.calls("getFile").len();
    for (name, bytes, size, reason) in [
        ("scan.pdf", &b"%PDF-1.4"[..], 8, "as a .txt or .md file"),
        ("huge.txt", &b"Day 1: x"[..], 2 * 1024 * 1024, "larger than 1 MiB"),
    ] {
        let sent = api.calls("sendMessage").len();
        api.send_document(OWNER, OWNER, name, bytes, size, Some("/addreport"));
        let answer = api.wait_for_calls("sendMessage", sent + 1).await;
        assert!(text(&answer[sent]).contains(reason), "{name}: {}", text(&answer[sent]));
    }
    assert_eq!(api.calls("getFile").len(), downloads, "refused files are not downloaded");
    let sent = api.calls("sendMessage").len();
    api.send_document(OWNER, OWNER, "binary.txt", &[0x00, 0xff, 0xfe, 0x00], 4, Some("/addreport"));
    let answer = api.wait_for_calls("sendMessage", sent + 1).await;
    assert!(text(&answer[sent]).contains("not UTF-8 text"), "{}", text(&answer[sent]));
    // A bare /addreport, then the file.
    api.ask(OWNER, "/addreport", 1).await;
    let sent = api.calls("sendMessage").len();
    api.send_document(OWNER, OWNER, "day-347.txt", b"Day 347: Plain\n\nNews\n\nA quiet day.\n", 40, None);
    let answer = api.wait_for_calls("sendMessage", sent + 1).await;
    assert!(text(&answer[sent]).contains("Day 347: Plain"), "{}", text(&answer[sent]));

    // By hand, with bad syntax answered by the usage line.
    let added = api.ask(OWNER, "/addincident place=Izium killed=1+ date=2023-02-04 weapon=\"Grad rockets\"", 1).await;
    assert!(text(&added[0]).starts_with("Added incident "), "{}", text(&added[0]));
    for bad in [
        "/addincident killed=two place=Izium",
        "/addincident place=Atlantis",
        "/editincident x",
        "/addsanction date=2023-01-01",
    ] {
        let answer = api.ask(OWNER, bad, 1).await;
        assert!(text(&answer[0]).contains("Usage: /"), "{bad}: {}", text(&answer[0]));
    }

    // Export as a document, audit, stats.
    let documents = api.calls("sendDocument").len();
    api.ask(OWNER, "/export incidents", 0).await;
    let export = api.wait_for_calls("sendDocument", documents + 1).await;
    // teloxide sends the file as a multipart part that "document" points to ("attach://…").
    let file = export[documents].params.as_object().unwrap().values().find(|v| v["file_name"].is_string()).unwrap();
    let csv = file["text"].as_str().unwrap();
    assert!(csv.starts_with("id,date,region_code,region_name,place,killed"), "{csv}");
    assert!(csv.contains("Izium") && csv.contains("Kupiansk"));
    assert!(file["file_name"].as_str().unwrap().ends_with(".csv"));
    assert!(export[documents].params["caption"].as_str().unwrap().contains("incidents, as CSV"));
    let audit = api.ask(OWNER, "/audit 20", 1).await;
    for action in ["add_report", "publish_report", "replace_report", "add_incident"] {
        assert!(text(&audit[0]).contains(action), "{action} in {}", text(&audit[0]));
    }
    assert!(text(&audit[0]).contains(&format!("user {OWNER}")));
    let stats = api.ask(OWNER, "/stats", 1).await;
    assert!(text(&stats[0]).contains("Reports: 22 published, 2 drafts"), "{}", text(&stats[0]));
    assert!(text(&stats[0]).contains("Deliveries in the last 24 h: 0 sent, 0 failed; 0 waiting"));

    // Owners manage admins; the new admin's chat gets the menu.
    api.ask(OWNER, &format!("/admin add {STRANGER}"), 1).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(api.calls("setMyCommands").iter().any(|call| scoped_to(call) == Some(STRANGER)));
    assert!(text(&api.ask(STRANGER, "/stats", 1).await[0]).contains("warbrief statistics"));
    let denied = api.ask(STRANGER, "/admin add 1", 1).await;
    assert!(text(&denied[0]).contains("Only owners"));
    api.ask(OWNER, &format!("/admin remove {STRANGER}"), 1).await;
    assert!(text(&api.ask(STRANGER, "/stats", 1).await[0]).contains("only for the bot's maintainers"));
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(api.calls("deleteMyCommands").iter().any(|call| scoped_to(call) == Some(STRANGER)));

    let (status, log) = bot.terminate().await;
    assert!(status.success());
    assert!(log.contains("admin command refused"), "refusals are logged");
    assert!(api.calls("sendMessage").iter().all(|call| !text(call).contains('\0')));
    let _ = Value::Null;
}
