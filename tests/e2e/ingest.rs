use serde_json::Value;

use crate::{Sandbox, stderr, stdout};

fn sample_report() -> String {
    format!("{}/sample/day-344.md", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn parse_prints_the_documented_json() {
    let sandbox = Sandbox::new();
    let output = sandbox.run(&["parse", &sample_report(), "--json"], &[], "");
    assert!(output.status.success(), "{}", stderr(&output));
    let json: Value = serde_json::from_str(&stdout(&output)).expect("valid JSON");
    assert_eq!(json["report"]["day"], 344);
    assert_eq!(json["report"]["date"], "2023-02-02");
    assert!(json["report"]["title"].as_str().unwrap().contains("Kramatorsk"));
    assert!(json["report"]["sections"].as_array().unwrap().len() >= 4);
    assert!(json["report"]["sections"][0]["heading"].is_string() && json["report"]["sections"][0]["text"].is_string());
    let incidents = json["incidents"].as_array().unwrap();
    assert_eq!(incidents.len(), 8);
    let first = &incidents[0];
    assert_eq!(first["date"], "2023-02-01");
    assert_eq!((first["region"].as_str(), first["region_name"].as_str()), (Some("UA-14"), Some("Donetsk")));
    assert_eq!(
        (first["place"].as_str(), first["killed"].as_u64(), first["wounded"].as_u64()),
        (Some("Kramatorsk"), Some(3), Some(20))
    );
    assert_eq!(first["weapon"], "Iskander-K missile");
    assert!(first["evidence"].as_str().unwrap().contains("Kramatorsk"));
    assert!(json["warnings"].as_array().unwrap().is_empty());

    let from_stdin = sandbox.run(&["parse", "-"], &[], &std::fs::read_to_string(sample_report()).unwrap());
    assert!(stdout(&from_stdin).contains("8 incidents:"), "{}", stdout(&from_stdin));
}

#[test]
fn parse_refuses_bad_files_with_exit_code_2() {
    let sandbox = Sandbox::new();
    std::fs::write(sandbox.file("empty.txt"), "  \n\n").unwrap();
    std::fs::write(sandbox.file("binary.txt"), [0x89, b'P', b'N', b'G', 0, 0, 0xff]).unwrap();
    std::fs::write(sandbox.file("latin1.txt"), b"Day 3: Kyiv caf\xe9\n\nText.").unwrap();
    std::fs::write(sandbox.file("huge.txt"), "Day 1: x\n\n".to_owned() + &"a".repeat(1024 * 1024)).unwrap();
    for (file, reason) in [
        ("empty.txt", "empty"),
        ("binary.txt", "not UTF-8"),
        ("latin1.txt", "not UTF-8"),
        ("huge.txt", "larger than 1 MiB"),
        ("missing.txt", "cannot read"),
    ] {
        let output = sandbox.run(&["parse", &sandbox.file(file).display().to_string()], &[], "");
        assert_eq!(output.status.code(), Some(2), "{file}");
        assert!(stderr(&output).contains(reason), "{file}: {}", stderr(&output));
        assert!(stdout(&output).is_empty());
    }
}

#[test]
fn parse_reads_a_news_article_dated_by_its_dateline_the_date_given_or_today() {
    let sandbox = Sandbox::new();
    let article = "Shelling kills two in Kupiansk\nMarch 3, 2023 9:10 am\n\nRussian shelling of Kupiansk in Kharkiv \
                   Oblast killed two residents on March 2, the governor said.\n";
    std::fs::write(sandbox.file("article.txt"), article).unwrap();
    std::fs::write(sandbox.file("undated.txt"), "A post\n\nA drone hit a house in Nikopol, wounding a man, 64.\n")
        .unwrap();
    let path = |name: &str| sandbox.file(name).display().to_string();

    let output = sandbox.run(&["parse", &path("article.txt"), "--json"], &[], "");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["kind"], "article");
    assert_eq!(json["date_source"], "dateline");
    assert_eq!(json["report"]["date"], "2023-03-03");
    assert_eq!(json["incidents"][0]["region"], "UA-63");
    assert_eq!(json["incidents"][0]["killed"], 2);
    assert_eq!(json["incidents"][0]["date"], "2023-03-02");

    let given = sandbox.run(&["parse", &path("undated.txt"), "--date", "2024-06-01"], &[], "");
    let summary = stdout(&given);
    assert!(summary.contains("News article or post"), "{summary}");
    assert!(summary.contains("1 June 2024"), "{summary}");
    assert!(summary.contains("Nikopol, Dnipropetrovsk · 0 killed, 1 wounded"), "{summary}");

    let today = sandbox.run(&["parse", &path("undated.txt"), "--json"], &[("WARBRIEF_TIMEZONE", "UTC")], "");
    let json: serde_json::Value = serde_json::from_str(&stdout(&today)).unwrap();
    assert_eq!(json["date_source"], "given");
    assert_eq!(json["report"]["date"], chrono::Utc::now().date_naive().to_string());

    let import = sandbox.run(&["import", &path("article.txt")], &[], "");
    assert_eq!(import.status.code(), Some(1));
    assert!(stdout(&import).contains("is a news article or post, not a daily report"), "{}", stdout(&import));
}

#[test]
fn import_stores_drafts_publishes_on_request_and_updates_the_same_day() {
    let sandbox = Sandbox::new();
    std::fs::write(sandbox.file("bad.md"), "").unwrap();
    std::fs::write(
        sandbox.file("day-345.md"),
        "# Day 345: A quieter day\n\n## Kharkiv\n\nShelling of Kupiansk, in Kharkiv Oblast, wounded two residents.\n",
    )
    .unwrap();
    let bad = sandbox.file("bad.md").display().to_string();
    let next_day = sandbox.file("day-345.md").display().to_string();
    let output = sandbox.run(&["import", &sample_report(), &bad, &next_day], &[], "");
    assert_eq!(output.status.code(), Some(1), "one file failed");
    let lines = stdout(&output);
    assert!(lines.contains("day 344 (2023-02-02): 5 sections, 8 incidents, 0 warnings; created as draft"), "{lines}");
    assert!(lines.contains("bad.md: error: it is empty"), "{lines}");
    assert!(lines.contains("day 345 (2023-02-03): 1 section, 1 incident, 0 warnings; created as draft"), "{lines}");
    assert!(stderr(&output).contains("1 of 3 files failed"));

    let chat = sandbox.run(&["chat"], &[], "/day 344\n");
    assert!(stdout(&chat).contains("no published report for day 344"), "drafts stay hidden: {}", stdout(&chat));

    let publish = sandbox.run(&["import", "--publish", &sample_report()], &[], "");
    assert!(stdout(&publish).contains("8 incidents, 0 warnings; updated as published"), "{}", stdout(&publish));
    let again = sandbox.run(&["import", &sample_report()], &[], "");
    assert!(stdout(&again).contains("updated as published"), "a published day stays published: {}", stdout(&again));

    let chat = sandbox.run(&["chat"], &[], "/day 344\n/region Donetsk\n/region Kupiansk\n");
    let transcript = stdout(&chat);
    assert!(transcript.contains("Day 344: "), "{transcript}");
    assert!(transcript.contains("last 30 days: 6 killed, 33 wounded in 3 incidents"), "no duplicates: {transcript}");
    assert!(!transcript.contains("Kupiansk: 2 wounded"), "day 345 is still a draft: {transcript}");
}

#[test]
fn export_writes_csv_and_json_with_date_filters() {
    let sandbox = Sandbox::new();
    assert!(sandbox.run(&["demo"], &[], "").status.success());
    let csv = sandbox.run(&["export", "--what", "incidents"], &[], "");
    assert!(csv.status.success(), "{}", stderr(&csv));
    let csv = stdout(&csv);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "id,date,region_code,region_name,place,killed,killed_at_least,wounded,wounded_at_least,weapon,description,source_day,source,source_url"
        )
    );
    assert_eq!(lines.count(), 73, "the sample's 21 reports' incidents");
    assert!(csv.contains(",UA-14,Donetsk,Kramatorsk,3,true,20,false,Iskander-K missile,"));

    let february =
        sandbox.run(&["export", "--what", "incidents", "--from", "2023-02-01", "--to", "2023-02-01"], &[], "");
    assert_eq!(stdout(&february).lines().count(), 1 + 6, "the six incidents of 1 February");

    let out = sandbox.file("sanctions.json");
    let json = sandbox.run(
        &[
            "export",
            "--what",
            "sanctions",
            "--format",
            "json",
            "--from",
            "2025-01-01",
            "-o",
            &out.display().to_string(),
        ],
        &[],
        "",
    );
    assert!(stderr(&json).contains("Wrote 6 sanctions"), "{}", stderr(&json));
    let entries: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(entries[0]["title"], "16th package");
    assert_eq!(entries.as_array().unwrap().len(), 6);

    let reports = sandbox.run(&["export", "--what", "reports", "--format", "json"], &[], "");
    let reports: Value = serde_json::from_str(&stdout(&reports)).unwrap();
    let reports = reports.as_array().unwrap();
    let days: Vec<u64> = reports.iter().map(|report| report["day"].as_u64().unwrap()).collect();
    assert_eq!(days, (324..=344).collect::<Vec<u64>>());
    assert!(reports.iter().all(|report| report["status"] == "published"));

    let backwards =
        sandbox.run(&["export", "--what", "incidents", "--from", "2023-03-01", "--to", "2023-02-01"], &[], "");
    assert!(!backwards.status.success());
    assert!(stderr(&backwards).contains("is after --to"));
    let bad = sandbox.run(&["export", "--what", "people"], &[], "");
    assert_eq!(bad.status.code(), Some(2), "clap refuses an unknown --what");
}

#[test]
fn the_console_user_is_a_maintainer() {
    let sandbox = Sandbox::new();
    let input = "/addreport\nDay 345: Console report\n\nSumy\n\nA drone hit a car in Sumy, killing the driver.\n.\n\
                 1\n/day 345\n/addincident region=UA-65 place=\"Bilozerka\" wounded=2\n/audit\n/export sanctions\n";
    let output = sandbox.run(&["chat"], &[], input);
    assert!(output.status.success(), "{}", stderr(&output));
    let transcript = stdout(&output);
    assert!(transcript.contains("Draft saved") && transcript.contains("[1] Publish   [2] Discard"), "{transcript}");
    assert!(transcript.contains("Published day 345"), "{transcript}");
    assert!(transcript.contains("Day 345: Console report"));
    assert!(
        transcript.contains("Added incident 75: date unknown · Bilozerka, Kherson · 0 killed, 2 wounded"),
        "{transcript}"
    );
    assert!(transcript.contains("· console · publish_report · day 345"), "{transcript}");
    assert!(transcript.contains("21 sanctions, as CSV."), "{transcript}");
    let saved = sandbox
        .path()
        .read_dir()
        .unwrap()
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().starts_with("warbrief-sanctions-"));
    let saved = saved.expect("the export is saved in the working directory");
    assert!(std::fs::read_to_string(saved.path()).unwrap().starts_with("id,date,authority,title,status"));
}
