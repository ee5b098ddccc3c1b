use crate::{Sandbox, stderr, stdout};

/// The transcript's answer to the line `> {command}`: everything up to the next prompt.
fn answer_to<'a>(transcript: &'a str, command: &str) -> &'a str {
    let start =
        transcript.find(&format!("> {command}\n")).unwrap_or_else(|| panic!("no {command:?} in:\n{transcript}"));
    let rest = &transcript[start + command.len() + 3..];
    rest.find("\n> ").map_or(rest, |end| &rest[..end])
}

#[test]
fn piped_chat_answers_every_line_from_the_sample_data_and_exits_at_end_of_input() {
    let sandbox = Sandbox::new();
    let input = "/today\n/region Kharkov\n/region Харків\n/region kharkiv oblast\n/region Kharkv\n/region Kramatorsk\n\
                 /day 99999\n/day abc\n/day 344\n/sanctions\n1\n/sanctions eu\n/help\n/start\n/nonsense\nhello\n";
    let output = sandbox.run(&["chat"], &[], input);
    assert!(output.status.success(), "{}", stderr(&output));
    let transcript = stdout(&output);
    assert!(stderr(&output).contains("loaded the sample data"), "{}", stderr(&output));

    let today = answer_to(&transcript, "/today");
    assert!(today.contains("Day 344: "), "{today}");
    assert!(today.contains("Thursday, 2 February 2023"));
    assert!(today.contains("Iskander-K"));
    assert!(!today.contains('<'), "HTML is rendered as text: {today}");

    for query in ["/region Kharkov", "/region Харків", "/region kharkiv oblast"] {
        let answer = answer_to(&transcript, query);
        assert!(answer.contains("Kharkiv Oblast · Харківська область"), "{query}: {answer}");
        assert!(answer.contains("2 killed"), "{query}: {answer}");
    }
    let typo = answer_to(&transcript, "/region Kharkv");
    assert!(typo.contains("Did you mean") && typo.contains("[1] Kharkiv Oblast"), "{typo}");
    let town = answer_to(&transcript, "/region Kramatorsk");
    assert!(town.contains("Donetsk Oblast") && town.contains("Kramatorsk is in Donetsk Oblast"), "{town}");
    let first_incident = town.lines().find(|line| line.starts_with("• ") && line.contains("2023")).unwrap();
    assert!(first_incident.contains("Kramatorsk"), "the town's incidents come first: {town}");

    assert!(answer_to(&transcript, "/day 99999").contains("hasn't come yet"));
    assert!(answer_to(&transcript, "/day abc").contains("\"abc\" is not a day number"));
    assert!(answer_to(&transcript, "/day 344").contains("Day 344: "));

    let sanctions = answer_to(&transcript, "/sanctions");
    assert!(sanctions.contains("page 1") && sanctions.contains("[1] Older ▶"), "{sanctions}");
    let older = answer_to(&transcript, "1");
    assert!(older.contains("page 2") && older.contains("· 2nd package") && older.contains("◀ Newer"), "{older}");
    assert!(answer_to(&transcript, "/sanctions eu").contains("· EU ·"));
    assert!(answer_to(&transcript, "/help").contains("/region"));
    assert!(answer_to(&transcript, "/start").contains("[1] 📰 Today"));
    assert!(answer_to(&transcript, "/nonsense").contains("I don't know /nonsense"));
    assert!(answer_to(&transcript, "hello").contains("Send a command"));
}

#[test]
fn hostile_input_gets_short_answers_and_changes_nothing() {
    let sandbox = Sandbox::new();
    let long_name = "Ж".repeat(5000);
    let input = format!(
        "/region {long_name}\n/region <script>alert(1)</script>\n/day -1\n/day 0\n/day 2021-01-01\n\
         /day 99999999999999999999999\n/sanctions Narnia & <b>\n/region\n0\n99\n/day 344\n"
    );
    let output = sandbox.run(&["chat"], &[], &input);
    assert!(output.status.success(), "{}", stderr(&output));
    let transcript = stdout(&output);
    let long = answer_to(&transcript, &format!("/region {long_name}"));
    let first_line = long.lines().next().unwrap();
    assert!(first_line.matches('Ж').count() <= 40 && first_line.contains("Ж…"), "the echo is cut: {first_line}");
    assert!(long.contains("I don't know a place called"));
    assert!(answer_to(&transcript, "/region <script>alert(1)</script>").contains("\"<script>alert(1)</script>\""));
    assert!(answer_to(&transcript, "/day -1").contains("is not a day number"));
    assert!(answer_to(&transcript, "/day 0").contains("numbered from 1"));
    assert!(answer_to(&transcript, "/day 2021-01-01").contains("before the full-scale invasion"));
    assert!(answer_to(&transcript, "/day 99999999999999999999999").contains("hasn't come yet"));
    assert!(answer_to(&transcript, "/sanctions Narnia & <b>").contains("I don't know the authority \"Narnia & <b>\""));
    assert!(answer_to(&transcript, "/region").contains("Which region?"));
    assert!(answer_to(&transcript, "99").contains("Type a number from 1 to 27"));
    assert!(answer_to(&transcript, "/day 344").contains("Day 344: "), "still answering after all that");
}

#[test]
fn chat_keeps_an_existing_database_and_demo_loads_only_once() {
    let sandbox = Sandbox::new();
    let first = sandbox.run(&["demo"], &[], "");
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stdout(&first).contains("Loaded 21 reports (days 324 to 344), 73 incidents and 21 sanctions packages"));
    let second = sandbox.run(&["demo"], &[], "");
    assert!(stdout(&second).contains("0 sanctions packages (the timeline already had entries)"), "{}", stdout(&second));

    let chat = sandbox.run(&["chat"], &[], "/sanctions eu\n1\n2\n");
    assert!(!stderr(&chat).contains("loaded the sample data"), "not empty, so nothing loaded");
    let transcript = stdout(&chat);
    assert_eq!(transcript.matches("· 1st package").count(), 1, "no duplicates after two demos:\n{transcript}");
}

#[test]
fn latest_search_and_about_answer_in_the_console_too() {
    let sandbox = Sandbox::new();
    let output =
        sandbox.run(&["chat"], &[], "/latest\n1\n/search Dnipro\n/search\n/search qqqzzz\n/about\n/region\n6\n");
    assert!(output.status.success(), "{}", stderr(&output));
    let transcript = stdout(&output);
    assert!(answer_to(&transcript, "/latest").contains("[1] Day 344 · "), "{transcript}");
    assert!(answer_to(&transcript, "1").contains("Day 344: "), "pressing the button opens the report");
    let search = answer_to(&transcript, "/search Dnipro");
    assert!(search.contains("Reports mentioning \"Dnipro\""), "{search}");
    for day in [331, 336, 344] {
        assert!(search.contains(&format!("Read day {day}")), "{search}");
    }
    assert!(answer_to(&transcript, "/search").contains("What should I look for?"));
    assert!(answer_to(&transcript, "/search qqqzzz").contains("Nothing found for \"qqqzzz\""));
    let about = answer_to(&transcript, "/about");
    assert!(about.contains("21 published reports, 73 incidents, 21 sanctions entries"), "{about}");
    assert!(about.contains("The latest report is for day 344"), "{about}");
    assert!(answer_to(&transcript, "/region").contains("[6] Donetsk"));
    assert!(answer_to(&transcript, "6").contains("Donetsk Oblast · Донецька область"));
}

/// The sample holds three weeks of daily reports: ◀ walks back from the newest and ▶ forward again, each made-up
/// day says it is sample data, and a region's figures span the weeks.
#[test]
fn the_sample_weeks_can_be_walked_through_and_a_region_has_their_history() {
    let sandbox = Sandbox::new();
    let output = sandbox.run(&["chat"], &[], "/today\n1\n1\n2\n/day 324\n/region Donetsk\n");
    assert!(output.status.success(), "{}", stderr(&output));
    let transcript = stdout(&output);
    let answers: Vec<&str> = transcript.split("\n> ").collect();
    assert_eq!(answers.len(), 6, "{transcript}");
    assert!(answers[0].contains("Day 344: ") && answers[0].contains("[1] ◀ Day 343"), "{}", answers[0]);
    assert!(!answers[0].contains("▶"), "nothing after the newest: {}", answers[0]);
    let walked: Vec<(&str, &str)> = vec![
        ("Day 343: ", "[1] ◀ Day 342   [2] Day 344 ▶"),
        ("Day 342: ", "[1] ◀ Day 341   [2] Day 343 ▶"),
        ("Day 343: ", "[1] ◀ Day 342   [2] Day 344 ▶"),
        ("Day 324: ", "[1] Day 325 ▶"),
    ];
    for (answer, (title, buttons)) in answers[1..5].iter().zip(walked) {
        assert!(answer.contains(title) && answer.contains(buttons), "{answer}");
        assert!(answer.contains("Sample report for trying warbrief"), "{answer}");
        assert!(!answer.contains("none for today"), "only the newest report says so: {answer}");
    }
    assert!(answers[1].contains("Wednesday, 1 February 2023"), "{}", answers[1]);
    assert!(answers[4].contains("Friday, 13 January 2023"), "{}", answers[4]);
    let region = answers[5];
    assert!(region.contains("last 30 days: 19 killed, 76 wounded in 24 incidents"), "{region}");
    assert!(region.contains("(day 344)") && region.contains("(day 343)") && region.contains("(day 339)"), "{region}");
}

#[test]
fn an_article_at_the_console_is_previewed_and_added_with_a_typed_number_not_stored_as_a_report() {
    let sandbox = Sandbox::new();
    let article = "Drone strike on Sumy\n\nA Russian drone hit a shop in Sumy on March 5, 2023, killing one woman \
                   and wounding three people, the regional administration said.\n";
    let input = format!("/addreport\n{article}.\n1\n/region Sumy\n/drafts\n/addreport\n{article}.\n");
    let output = sandbox.run(&["chat"], &[], &input);
    assert!(output.status.success(), "{}", stderr(&output));
    let transcript = stdout(&output);
    let preview = transcript.split("> 1\n").next().unwrap();
    assert!(preview.contains("Article: Drone strike on Sumy"), "{transcript}");
    assert!(preview.contains("Sumy, Sumy · 5 Mar 2023 · 1 killed, 3 wounded"), "{transcript}");
    assert!(preview.contains("[1] Add   [2] Discard"), "{transcript}");
    assert!(answer_to(&transcript, "1").contains("Added 1 incident from Drone strike on Sumy"), "{transcript}");
    let region = answer_to(&transcript, "/region Sumy");
    assert!(region.contains("5 Mar 2023, Sumy: 1 killed, 3 wounded · drone (Drone strike on Sumy)"), "{region}");
    assert!(answer_to(&transcript, "/drafts").contains("no drafts"), "an article is never a report");
    assert!(transcript.contains("This post was already added on"), "{transcript}");
}
