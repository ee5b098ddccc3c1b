//! Test bodies shared by both backends. Each gets a fresh, migrated database.

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use warbrief_core::post::{IncidentSource, PostKey, PostStatus};
use warbrief_core::{
    AuditEntry, Authority, Block, ChatId, Count, DayNumber, Incident, Lang, RegionCode, Report, ReportStatus,
    SanctionStatus, SanctionsEntry, Section, Subscriber,
};
use warbrief_storage::{
    AddedPost, Changes, DeliveryCounts, DeliverySubject, Generations, NewPost, PostUpdate, SNIPPET_MATCH_END,
    SNIPPET_MATCH_START, SaveOutcome, SavedPost, StoreError, Topic,
};

use crate::support::TestDb;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2023, 2, 2, 18, 0, 0).unwrap()
}

fn day(n: u32) -> DayNumber {
    DayNumber::new(n).unwrap()
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn report(n: u32, status: ReportStatus, text: &str) -> Report {
    Report {
        day: day(n),
        title: format!("Report {n}"),
        sections: vec![
            Section { heading: "Front line".into(), blocks: vec![Block::Paragraph(text.into())] },
            Section {
                heading: "Voices".into(),
                blocks: vec![
                    Block::Paragraph("Residents spoke <to> us & others.".into()),
                    Block::Bullets(vec!["Serhiy".into(), "Olha".into()]),
                ],
            },
        ],
        sources: vec!["https://example.org/report?id=1&x=2".parse().unwrap()],
        status,
    }
}

fn incident(region: RegionCode, on: &str, killed: u32, wounded: u32, report_day: Option<u32>) -> Incident {
    Incident {
        date: Some(date(on)),
        region,
        place: Some("Kramatorsk".into()),
        killed: Count::at_least(killed),
        wounded: Count::exactly(wounded),
        weapon: Some("Iskander-K missile".into()),
        description: "A missile hit a block of flats.".into(),
        report_day: report_day.map(day),
    }
}

pub async fn migrations_are_idempotent(db: &TestDb) {
    db.store.migrate().await.unwrap();
    db.store.migrate().await.unwrap();
    assert!(db.store.is_empty().await.unwrap());
}

pub async fn saved_report_reads_back_whole(db: &TestDb) {
    let original = report(344, ReportStatus::Published, "Missiles hit Kramatorsk.");
    assert_eq!(db.store.save_report(&original, now()).await.unwrap(), SaveOutcome::Created);
    assert_eq!(db.store.report(day(344)).await.unwrap(), Some(original.clone()));
    assert_eq!(db.store.latest_published_report().await.unwrap(), Some(original));
    assert_eq!(db.store.report(day(345)).await.unwrap(), None);
    assert!(!db.store.is_empty().await.unwrap());
}

pub async fn saving_the_same_day_again_updates_it(db: &TestDb) {
    db.store.save_report(&report(344, ReportStatus::Draft, "first"), now()).await.unwrap();
    let mut second = report(344, ReportStatus::Draft, "second");
    second.sections.pop();
    second.sources.clear();
    assert_eq!(db.store.save_report(&second, now()).await.unwrap(), SaveOutcome::Updated);
    assert_eq!(db.store.report(day(344)).await.unwrap(), Some(second));
    assert_eq!(db.store.count_reports().await.unwrap(), (0, 1));
}

pub async fn reports_version_changes_with_every_report_change(db: &TestDb) {
    let store = &db.store;
    let empty = store.reports_version().await.unwrap();
    assert_eq!(empty.latest_published, None);
    store.save_report(&report(344, ReportStatus::Published, "a"), now()).await.unwrap();
    let one = store.reports_version().await.unwrap();
    assert_eq!(one.latest_published, Some(day(344)));
    assert_ne!(one, empty);
    store.save_report(&report(343, ReportStatus::Draft, "b"), now()).await.unwrap();
    let two = store.reports_version().await.unwrap();
    assert_ne!(two, one, "a new draft changes the version");
    store.set_report_status(day(343), ReportStatus::Published, now() + chrono::Duration::seconds(1)).await.unwrap();
    let three = store.reports_version().await.unwrap();
    assert_ne!(three, two, "publishing an older day changes the version");
    assert_eq!(three.latest_published, Some(day(344)));
    store.delete_report(day(343)).await.unwrap();
    assert_ne!(store.reports_version().await.unwrap(), three, "deleting changes the version");
    assert_eq!(store.reports_version().await.unwrap(), store.reports_version().await.unwrap());
}

pub async fn drafts_stay_hidden_until_published(db: &TestDb) {
    db.store.save_report(&report(343, ReportStatus::Published, "older"), now()).await.unwrap();
    db.store.save_report(&report(344, ReportStatus::Draft, "newer"), now()).await.unwrap();
    let latest = db.store.latest_published_report().await.unwrap().unwrap();
    assert_eq!(latest.day, day(343));
    assert_eq!(db.store.published_report(day(344)).await.unwrap(), None);

    assert!(db.store.set_report_status(day(344), ReportStatus::Published, now()).await.unwrap());
    assert_eq!(db.store.latest_published_report().await.unwrap().unwrap().day, day(344));
    assert_eq!(db.store.latest_published_day().await.unwrap(), Some(day(344)));
    assert!(!db.store.set_report_status(day(999), ReportStatus::Published, now()).await.unwrap());
    assert_eq!(db.store.count_reports().await.unwrap(), (2, 0));
}

pub async fn neighbours_skip_drafts_and_gaps(db: &TestDb) {
    for (n, status) in [(340, ReportStatus::Published), (342, ReportStatus::Draft), (344, ReportStatus::Published)] {
        db.store.save_report(&report(n, status, "text"), now()).await.unwrap();
    }
    let latest = db.store.latest_published_days(7).await.unwrap();
    assert_eq!(latest, [(day(344), "Report 344".to_owned()), (day(340), "Report 340".to_owned())]);
    assert_eq!(db.store.latest_published_days(1).await.unwrap().len(), 1);
    assert_eq!(db.store.published_neighbours(day(344)).await.unwrap(), (Some(day(340)), None));
    assert_eq!(db.store.published_neighbours(day(340)).await.unwrap(), (None, Some(day(344))));
    assert_eq!(db.store.published_neighbours(day(342)).await.unwrap(), (Some(day(340)), Some(day(344))));
}

pub async fn region_incidents_and_totals_respect_dates_and_visibility(db: &TestDb) {
    let store = &db.store;
    store.save_report(&report(344, ReportStatus::Published, "published"), now()).await.unwrap();
    store.save_report(&report(345, ReportStatus::Draft, "draft"), now()).await.unwrap();
    store.add_incident(&incident(RegionCode::Donetsk, "2023-02-01", 3, 20, Some(344)), now()).await.unwrap();
    store.add_incident(&incident(RegionCode::Donetsk, "2023-01-20", 1, 2, None), now()).await.unwrap();
    store.add_incident(&incident(RegionCode::Donetsk, "2022-12-01", 9, 9, None), now()).await.unwrap();
    // From a draft: not visible until the report is published.
    store.add_incident(&incident(RegionCode::Donetsk, "2023-02-02", 100, 100, Some(345)), now()).await.unwrap();
    store.add_incident(&incident(RegionCode::Kharkiv, "2023-02-01", 2, 0, None), now()).await.unwrap();
    // Undated incidents count nowhere in date ranges.
    let mut undated = incident(RegionCode::Donetsk, "2023-02-01", 50, 50, None);
    undated.date = None;
    store.add_incident(&undated, now()).await.unwrap();

    let (from, to) = (date("2023-01-04"), date("2023-02-02"));
    let recent = store.incidents_in_region(RegionCode::Donetsk, from, to, 10).await.unwrap();
    let dates: Vec<_> = recent.iter().map(|s| s.incident.date.unwrap().to_string()).collect();
    assert_eq!(dates, ["2023-02-01", "2023-01-20"]);
    assert_eq!(recent[0].incident, incident(RegionCode::Donetsk, "2023-02-01", 3, 20, Some(344)));

    let totals = store.region_totals(RegionCode::Donetsk, from, to).await.unwrap();
    assert_eq!((totals.incidents, totals.killed, totals.wounded), (2, 4, 22));
    let limited = store.incidents_in_region(RegionCode::Donetsk, date("2022-01-01"), to, 1).await.unwrap();
    assert_eq!(limited.len(), 1);
    assert_eq!(store.latest_incident_date().await.unwrap(), Some(date("2023-02-01")));

    assert_eq!(store.count_visible_incidents().await.unwrap(), 5, "the draft's incident is not counted");
    store.set_report_status(day(345), ReportStatus::Published, now()).await.unwrap();
    assert_eq!(store.count_visible_incidents().await.unwrap(), 6);

    // An undated incident from a report counts under the report's date (day 346 = 2023-02-04).
    store.save_report(&report(346, ReportStatus::Published, "undated"), now()).await.unwrap();
    let mut from_report = incident(RegionCode::Luhansk, "2023-02-01", 0, 1, None);
    from_report.date = None;
    store.replace_report_incidents(day(346), &[from_report], now()).await.unwrap();
    let luhansk =
        store.incidents_in_region(RegionCode::Luhansk, date("2023-02-04"), date("2023-02-04"), 5).await.unwrap();
    assert_eq!(luhansk.len(), 1);
    assert_eq!(luhansk[0].incident.date, None, "the incident keeps saying its own date is unknown");
    assert_eq!(store.latest_incident_date().await.unwrap(), Some(date("2023-02-04")));
    store.delete_report(day(346)).await.unwrap();
    let totals = store.region_totals(RegionCode::Donetsk, from, to).await.unwrap();
    assert_eq!((totals.incidents, totals.killed, totals.wounded), (3, 104, 122));
    let none = store.region_totals(RegionCode::Volyn, from, to).await.unwrap();
    assert_eq!((none.incidents, none.killed, none.wounded), (0, 0, 0));
}

pub async fn report_incidents_are_replaced_not_duplicated(db: &TestDb) {
    let store = &db.store;
    store.save_report(&report(344, ReportStatus::Draft, "text"), now()).await.unwrap();
    let first = [
        incident(RegionCode::Donetsk, "2023-02-01", 3, 20, None),
        incident(RegionCode::Kherson, "2023-02-01", 1, 4, None),
    ];
    store.replace_report_incidents(day(344), &first, now()).await.unwrap();
    store.replace_report_incidents(day(344), &first[..1], now()).await.unwrap();
    let stored = store.report_incidents(day(344)).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].incident.report_day, Some(day(344)), "linked to the report");
    assert_eq!(stored[0].incident.region, RegionCode::Donetsk);
}

pub async fn report_and_incidents_save_together_or_not_at_all(db: &TestDb) {
    let store = &db.store;
    let first = report(344, ReportStatus::Draft, "first");
    let incidents = [incident(RegionCode::Donetsk, "2023-02-01", 3, 20, None)];
    store.save_report_with_incidents(&first, &incidents, now()).await.unwrap();
    assert_eq!(store.report_incidents(day(344)).await.unwrap().len(), 1);

    // An incident the schema rejects (a count out of range for the column) must roll back the report too.
    let second = report(344, ReportStatus::Draft, "second");
    if db.is_postgres() {
        db.execute_raw("ALTER TABLE incidents ADD CONSTRAINT no_big_tolls CHECK (killed < 1000)").await;
    } else {
        db.execute_raw(
            "CREATE TRIGGER no_big_tolls BEFORE INSERT ON incidents WHEN NEW.killed >= 1000
             BEGIN SELECT RAISE(ABORT, 'too big'); END",
        )
        .await;
    }
    let too_big = [incident(RegionCode::Donetsk, "2023-02-01", 5000, 0, None)];
    assert!(store.save_report_with_incidents(&second, &too_big, now()).await.is_err());
    let stored = store.report(day(344)).await.unwrap().unwrap();
    assert_eq!(stored, first, "the report was not half-replaced");
    assert_eq!(store.report_incidents(day(344)).await.unwrap().len(), 1);
}

pub async fn deleting_a_report_removes_its_sections_and_incidents(db: &TestDb) {
    let store = &db.store;
    store.save_report(&report(344, ReportStatus::Published, "Kramatorsk"), now()).await.unwrap();
    store
        .replace_report_incidents(day(344), &[incident(RegionCode::Donetsk, "2023-02-01", 3, 20, None)], now())
        .await
        .unwrap();
    assert!(store.delete_report(day(344)).await.unwrap());
    assert!(!store.delete_report(day(344)).await.unwrap());
    assert_eq!(store.report(day(344)).await.unwrap(), None);
    assert!(store.report_incidents(day(344)).await.unwrap().is_empty());
    assert!(store.search_reports("Kramatorsk", 5).await.unwrap().is_empty());
    // The day can be stored again afterwards.
    store.save_report(&report(344, ReportStatus::Published, "again"), now()).await.unwrap();
}

fn sanction(on: &str, authority: Authority, title: &str) -> SanctionsEntry {
    SanctionsEntry {
        date: date(on),
        authority,
        title: title.into(),
        status: SanctionStatus::Adopted,
        summary: "Export bans & <asset> freezes.".into(),
        source_url: Some("https://example.org/eu".parse().unwrap()),
    }
}

pub async fn sanctions_page_newest_first_and_filter_by_authority(db: &TestDb) {
    let store = &db.store;
    for i in 1..=12u32 {
        let on = NaiveDate::from_ymd_opt(2022, 1, 1).unwrap() + chrono::Days::new(u64::from(i) * 30);
        store
            .add_sanctions_entry(&sanction(&on.to_string(), Authority::Eu, &format!("{i}. package")), now())
            .await
            .unwrap();
    }
    let mut us = sanction("2023-02-24", Authority::Us, "Anniversary measures");
    us.source_url = None;
    us.status = SanctionStatus::InForce;
    store.add_sanctions_entry(&us, now()).await.unwrap();

    let first = store.sanctions(None, 0, 10).await.unwrap();
    assert_eq!(first.items.len(), 10);
    assert!(first.has_more);
    assert_eq!(first.items[0].1, us);
    assert!(first.items.windows(2).all(|pair| pair[0].1.date >= pair[1].1.date));
    let second = store.sanctions(None, 1, 10).await.unwrap();
    assert_eq!(second.items.len(), 3);
    assert!(!second.has_more);
    assert_eq!(second.items.last().unwrap().1.title, "1. package");

    let eu = store.sanctions(Some(Authority::Eu), 0, 100).await.unwrap();
    assert_eq!(eu.items.len(), 12);
    assert!(eu.items.iter().all(|(_, entry)| entry.authority == Authority::Eu));
    assert!(store.sanctions(Some(Authority::Uk), 0, 10).await.unwrap().items.is_empty());
    assert!(store.sanctions(None, u32::MAX, 10).await.unwrap().items.is_empty());
    assert_eq!(store.count_sanctions().await.unwrap(), 13);
}

pub async fn search_finds_published_reports_only_and_survives_query_syntax(db: &TestDb) {
    let store = &db.store;
    store
        .save_report(&report(344, ReportStatus::Published, "An Iskander missile struck Kramatorsk overnight."), now())
        .await
        .unwrap();
    store.save_report(&report(345, ReportStatus::Published, "Drones attacked Odesa port."), now()).await.unwrap();
    store.save_report(&report(346, ReportStatus::Draft, "Kramatorsk again, in a draft."), now()).await.unwrap();

    let hits = store.search_reports("kramatorsk", 5).await.unwrap();
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].day, day(344));
    assert_eq!(hits[0].title, "Report 344");
    assert!(
        hits[0].snippet.contains(&format!("{SNIPPET_MATCH_START}Kramatorsk{SNIPPET_MATCH_END}")),
        "{:?}",
        hits[0].snippet
    );

    assert_eq!(store.search_reports("missile Kramatorsk", 5).await.unwrap().len(), 1);
    assert!(store.search_reports("Kramatorsk Odesa", 5).await.unwrap().is_empty(), "every word must match");
    for hostile in ["\"", "AND OR NOT", "kramatorsk*", "NEAR(a b)", "'; DROP TABLE reports; --", "", "!!!", "title:x"] {
        store.search_reports(hostile, 5).await.unwrap_or_else(|e| panic!("{hostile:?}: {e}"));
    }
    assert_eq!(store.report(day(344)).await.unwrap().unwrap().day, day(344));

    // A place in either language and in any Ukrainian case finds the report, whatever its language.
    store
        .save_report(&report(347, ReportStatus::Published, "Уночі ракета влучила в будинок у Краматорську."), now())
        .await
        .unwrap();
    store
        .save_report(&report(348, ReportStatus::Published, "Дрони атакували Куп'янськ і Харківщину."), now())
        .await
        .unwrap();
    let days = |hits: Vec<warbrief_storage::SearchHit>| {
        let mut days: Vec<u32> = hits.iter().map(|hit| hit.day.get()).collect();
        days.sort();
        days
    };
    assert_eq!(days(store.search_reports("Kramatorsk", 5).await.unwrap()), [344, 347]);
    assert_eq!(days(store.search_reports("Краматорськ", 5).await.unwrap()), [344, 347]);
    assert_eq!(days(store.search_reports("Kupiansk", 5).await.unwrap()), [348]);
    assert_eq!(days(store.search_reports("Kharkiv Oblast дрони", 5).await.unwrap()), [348]);
    assert_eq!(days(store.search_reports("ракета Kramatorsk", 5).await.unwrap()), [347]);
}

pub async fn subscribers_upsert_and_deactivate(db: &TestDb) {
    let store = &db.store;
    let mut subscriber = Subscriber {
        chat_id: ChatId(-100_123_456_789),
        language: Some(warbrief_core::Lang::Uk),
        time_zone: chrono_tz::Europe::Kyiv,
        digest_time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        digest: true,
        active: true,
        quiet: None,
        topic: None,
    };
    store.upsert_subscriber(&subscriber, now()).await.unwrap();
    assert_eq!(store.subscriber(subscriber.chat_id).await.unwrap(), Some(subscriber.clone()));
    subscriber.quiet = warbrief_core::QuietHours::new(
        NaiveTime::from_hms_opt(23, 0, 0).unwrap(),
        NaiveTime::from_hms_opt(7, 0, 0).unwrap(),
        warbrief_core::QuietMode::Wait,
    );
    subscriber.topic = Some(42);
    subscriber.digest_time = NaiveTime::from_hms_opt(7, 30, 0).unwrap();
    subscriber.time_zone = chrono_tz::America::New_York;
    store.upsert_subscriber(&subscriber, now()).await.unwrap();
    assert_eq!(store.subscriber(subscriber.chat_id).await.unwrap(), Some(subscriber.clone()));
    assert!(store.set_subscriber_active(subscriber.chat_id, false, now()).await.unwrap());
    assert!(!store.subscriber(subscriber.chat_id).await.unwrap().unwrap().active);
    assert!(!store.set_subscriber_active(ChatId(1), false, now()).await.unwrap());
    assert_eq!(store.count_subscribers().await.unwrap(), (0, 1));

    // A chat that never chose a language reads back as not having chosen; a stored language that isn't one
    // of ours is a bad row, not a guess.
    let unchosen = Subscriber::new(ChatId(77), chrono_tz::Europe::Kyiv, NaiveTime::from_hms_opt(8, 0, 0).unwrap());
    assert_eq!(unchosen.language, None);
    store.upsert_subscriber(&unchosen, now()).await.unwrap();
    assert_eq!(store.subscriber(ChatId(77)).await.unwrap(), Some(unchosen));
    // A language is settled once for a chat that has none, and never over its own choice.
    assert!(store.settle_language(ChatId(77), warbrief_core::Lang::Uk).await.unwrap());
    assert!(!store.settle_language(ChatId(77), warbrief_core::Lang::En).await.unwrap(), "already settled");
    assert!(!store.settle_language(ChatId(78), warbrief_core::Lang::En).await.unwrap(), "not a stored chat");
    assert_eq!(store.subscriber(ChatId(77)).await.unwrap().unwrap().language, Some(warbrief_core::Lang::Uk));
    db.execute_raw("UPDATE subscribers SET language = 'xx' WHERE chat_id = 77").await;
    let error = store.subscriber(ChatId(77)).await;
    assert!(matches!(error, Err(StoreError::InvalidRow { table: "subscribers", .. })), "{error:?}");
}

pub async fn admins_add_remove_list(db: &TestDb) {
    let store = &db.store;
    assert!(store.add_admin(42, None, now()).await.unwrap());
    assert!(!store.add_admin(42, Some(7), now()).await.unwrap(), "already an admin");
    assert!(store.add_admin(7, Some(42), now()).await.unwrap());
    assert_eq!(store.admins().await.unwrap(), [7, 42]);
    assert!(store.is_admin(42).await.unwrap());
    assert!(store.remove_admin(42).await.unwrap());
    assert!(!store.remove_admin(42).await.unwrap());
    assert!(!store.is_admin(42).await.unwrap());
}

pub async fn audit_log_keeps_newest_first(db: &TestDb) {
    let store = &db.store;
    for (minute, action) in [(0, "add_report"), (5, "publish_report"), (10, "add_admin")] {
        store
            .record_audit(&AuditEntry {
                at: now() + chrono::Duration::minutes(minute),
                actor: Some(42),
                action: action.into(),
                subject: "day 344".into(),
                before: (minute > 0).then(|| "draft".into()),
                after: Some("published".into()),
            })
            .await
            .unwrap();
    }
    let latest = store.latest_audit(2).await.unwrap();
    let actions: Vec<&str> = latest.iter().map(|entry| entry.action.as_str()).collect();
    assert_eq!(actions, ["add_admin", "publish_report"]);
    assert_eq!(latest[0].at, now() + chrono::Duration::minutes(10));
}

pub async fn rows_that_do_not_parse_are_errors_not_panics(db: &TestDb) {
    db.execute_raw(
        "INSERT INTO incidents (date, region, killed, wounded, description, created_at, effective_date)
         VALUES ('2023-02-01', 'UA-99', 1, 1, 'planted', '2023-02-01 00:00:00+00', '2023-02-01')",
    )
    .await;
    let error =
        db.store.incidents_in_region(RegionCode::Donetsk, date("2023-01-01"), date("2023-03-01"), 10).await.map(|_| ());
    assert!(error.is_ok(), "other regions' rows are not read");
    db.execute_raw("UPDATE incidents SET region = 'UA-14'").await;
    db.execute_raw("UPDATE incidents SET killed = -0 + 5000000000").await;
    let error = db.store.incidents_in_region(RegionCode::Donetsk, date("2023-01-01"), date("2023-03-01"), 10).await;
    assert!(matches!(error, Err(StoreError::InvalidRow { table: "incidents", .. })), "{error:?}");
}

pub async fn incidents_and_sanctions_edit_and_delete_by_id(db: &TestDb) {
    let store = &db.store;
    let id = store.add_incident(&incident(RegionCode::Donetsk, "2023-02-01", 3, 20, None), now()).await.unwrap();
    let mut changed = incident(RegionCode::Kharkiv, "2023-02-02", 1, 0, None);
    changed.place = None;
    changed.weapon = None;
    assert!(store.update_incident(id, &changed).await.unwrap());
    assert_eq!(store.incident(id).await.unwrap().unwrap().incident, changed);
    assert!(!store.update_incident(id + 1000, &changed).await.unwrap());
    assert!(store.delete_incident(id).await.unwrap());
    assert!(!store.delete_incident(id).await.unwrap());
    assert_eq!(store.incident(id).await.unwrap(), None);

    let entry = sanction("2023-02-25", Authority::Eu, "10th package");
    let sanction_id = store.add_sanctions_entry(&entry, now()).await.unwrap();
    let mut edited = entry.clone();
    edited.status = SanctionStatus::InForce;
    edited.source_url = None;
    assert!(store.update_sanctions_entry(sanction_id, &edited).await.unwrap());
    assert_eq!(store.sanctions_entry(sanction_id).await.unwrap(), Some(edited.clone()));
    assert_eq!(store.sanctions(None, 0, 10).await.unwrap().items, [(sanction_id, edited)]);
    assert!(store.delete_sanctions_entry(sanction_id).await.unwrap());
    assert_eq!(store.sanctions_entry(sanction_id).await.unwrap(), None);
}

pub async fn drafts_pending_replacements_and_exports(db: &TestDb) {
    let store = &db.store;
    store.save_report(&report(343, ReportStatus::Published, "a"), now()).await.unwrap();
    store.save_report(&report(344, ReportStatus::Draft, "b"), now()).await.unwrap();
    store.save_report(&report(345, ReportStatus::Draft, "c"), now()).await.unwrap();
    let drafts: Vec<u32> = store.drafts().await.unwrap().iter().map(|(d, _)| d.get()).collect();
    assert_eq!(drafts, [345, 344]);

    let pending = store.add_pending_report(day(343), "Day 343: New text", Some(42), now()).await.unwrap();
    assert_eq!(store.take_pending_report(pending).await.unwrap(), Some((day(343), "Day 343: New text".into())));
    assert_eq!(store.take_pending_report(pending).await.unwrap(), None, "taken once");

    store
        .replace_report_incidents(day(343), &[incident(RegionCode::Donetsk, "2023-02-01", 3, 20, None)], now())
        .await
        .unwrap();
    store
        .replace_report_incidents(day(344), &[incident(RegionCode::Donetsk, "2023-02-02", 9, 9, None)], now())
        .await
        .unwrap();
    store.add_incident(&incident(RegionCode::Kherson, "2023-03-01", 1, 1, None), now()).await.unwrap();
    let all = store.export_incidents(None, None).await.unwrap();
    let dates: Vec<String> = all.iter().map(|s| s.incident.date.unwrap().to_string()).collect();
    assert_eq!(dates, ["2023-02-01", "2023-03-01"], "visible only, oldest first");
    assert_eq!(store.export_incidents(Some(date("2023-02-15")), None).await.unwrap().len(), 1);
    assert_eq!(store.export_incidents(None, Some(date("2023-02-15"))).await.unwrap().len(), 1);

    let reports = store.export_reports(Some(date("2023-02-02")), None).await.unwrap();
    let days: Vec<u32> = reports.iter().map(|r| r.day.get()).collect();
    assert_eq!(days, [344, 345]);
    store.add_sanctions_entry(&sanction("2022-02-23", Authority::Eu, "1st package"), now()).await.unwrap();
    store.add_sanctions_entry(&sanction("2023-02-25", Authority::Uk, "UK measures"), now()).await.unwrap();
    let sanctions = store.export_sanctions(Some(date("2023-01-01")), None).await.unwrap();
    assert_eq!(sanctions.len(), 1);
    assert_eq!(sanctions[0].1.title, "UK measures");
}

pub async fn region_follows_add_remove_list(db: &TestDb) {
    let store = &db.store;
    let chat = ChatId(42);
    assert!(store.follow_region(chat, RegionCode::Kharkiv, now()).await.unwrap());
    assert!(!store.follow_region(chat, RegionCode::Kharkiv, now()).await.unwrap(), "already followed");
    assert!(store.follow_region(chat, RegionCode::Donetsk, now()).await.unwrap());
    assert_eq!(store.followed_regions(chat).await.unwrap(), [RegionCode::Donetsk, RegionCode::Kharkiv]);
    assert!(store.unfollow_region(chat, RegionCode::Kharkiv).await.unwrap());
    assert!(!store.unfollow_region(chat, RegionCode::Kharkiv).await.unwrap());
    assert_eq!(store.followed_regions(ChatId(7)).await.unwrap(), []);
}

pub async fn the_delivery_queue_enqueues_once_claims_due_rows_and_recovers_expired_leases(db: &TestDb) {
    use warbrief_core::DeliveryKind::{Alert, Digest};
    let store = &db.store;
    let lease = chrono::Duration::seconds(60);
    let items: Vec<_> = (1..=5).map(|chat| (ChatId(chat), day(344), Digest)).collect();
    assert_eq!(store.enqueue_deliveries(&items, now(), now()).await.unwrap(), 5);
    assert_eq!(store.enqueue_deliveries(&items, now(), now()).await.unwrap(), 0, "never twice");
    let later = now() + chrono::Duration::hours(1);
    assert_eq!(store.enqueue_deliveries(&[(ChatId(1), day(344), Alert)], later, now()).await.unwrap(), 1);

    // Each claimed delivery carries the language its chat chose, if it chose one.
    let mut chose = Subscriber::new(ChatId(2), chrono_tz::Europe::Kyiv, NaiveTime::from_hms_opt(8, 0, 0).unwrap());
    chose.language = Some(warbrief_core::Lang::Uk);
    store.upsert_subscriber(&chose, now()).await.unwrap();
    let not_chosen = Subscriber { chat_id: ChatId(3), language: None, ..chose.clone() };
    store.upsert_subscriber(&not_chosen, now()).await.unwrap();

    let first = store.claim_deliveries(3, now(), lease, chat_gap()).await.unwrap();
    assert_eq!(first.iter().map(|d| d.chat_id.0).collect::<Vec<_>>(), [1, 2, 3]);
    assert_eq!(first.iter().map(|d| d.language).collect::<Vec<_>>(), [None, Some(warbrief_core::Lang::Uk), None]);
    assert!(first.iter().all(|d| d.attempts == 1 && d.kind == Digest && d.subject == day(344).into()));
    let second = store.claim_deliveries(10, now(), lease, chat_gap()).await.unwrap();
    assert_eq!(second.iter().map(|d| d.chat_id.0).collect::<Vec<_>>(), [4, 5], "claimed rows and future rows wait");

    store.delivery_sent(first[0].id, now()).await.unwrap();
    store.delivery_failed(first[1].id, "Forbidden: bot was blocked by the user", now()).await.unwrap();
    store.delivery_retry(first[2].id, now() + chrono::Duration::seconds(30), "Too Many Requests", false).await.unwrap();
    assert_eq!(
        store.delivery_counts_since(now() - chrono::Duration::hours(24)).await.unwrap(),
        DeliveryCounts { sent: 1, failed: 1, pending: 4 }
    );

    // A worker died holding 4 and 5: once the lease runs out they are claimed again, and so is the retry.
    let after_lease = now() + lease + chrono::Duration::seconds(1);
    let again = store.claim_deliveries(10, after_lease, lease, chat_gap()).await.unwrap();
    let reclaimed: Vec<(i64, u32)> = again.iter().map(|d| (d.chat_id.0, d.attempts)).collect();
    assert_eq!(reclaimed, [(3, 1), (4, 2), (5, 2)], "a 429 is not counted as an attempt");
    for delivery in &again {
        store.delivery_sent(delivery.id, after_lease).await.unwrap();
    }
    assert!(
        store.claim_deliveries(10, after_lease, lease, chat_gap()).await.unwrap().is_empty(),
        "the alert is not due yet"
    );
    let alert = store.claim_deliveries(10, later, lease, chat_gap()).await.unwrap();
    assert_eq!(alert.iter().map(|d| (d.chat_id.0, d.kind)).collect::<Vec<_>>(), [(1, Alert)]);
    assert_eq!(
        store.delivery_counts_since(now() - chrono::Duration::hours(24)).await.unwrap(),
        DeliveryCounts { sent: 4, failed: 1, pending: 1 }
    );
}

pub async fn concurrent_claims_never_share_a_delivery(db: &TestDb) {
    let store = &db.store;
    let items: Vec<_> = (1..=200).map(|chat| (ChatId(chat), day(344), warbrief_core::DeliveryKind::Digest)).collect();
    store.enqueue_deliveries(&items, now(), now()).await.unwrap();
    let lease = chrono::Duration::seconds(60);
    let claims = (0..4).map(|_| {
        let store = store.clone();
        tokio::spawn(async move {
            let mut mine = Vec::new();
            loop {
                let batch = store.claim_deliveries(7, now(), lease, chat_gap()).await.unwrap();
                if batch.is_empty() {
                    return mine;
                }
                mine.extend(batch.into_iter().map(|d| d.chat_id.0));
            }
        })
    });
    let mut all: Vec<i64> = Vec::new();
    for claim in claims.collect::<Vec<_>>() {
        all.extend(claim.await.unwrap());
    }
    all.sort_unstable();
    assert_eq!(all, (1..=200).collect::<Vec<_>>(), "every delivery claimed exactly once");
}

pub async fn a_chat_is_claimed_by_one_worker_at_a_time_and_not_again_within_the_gap(db: &TestDb) {
    use warbrief_core::DeliveryKind::{Alert, Digest};
    let store = &db.store;
    let lease = chrono::Duration::seconds(60);
    let items = [(ChatId(1), day(344), Digest), (ChatId(1), day(344), Alert), (ChatId(2), day(344), Digest)];
    store.enqueue_deliveries(&items, now(), now()).await.unwrap();
    // One instance claims chat 1's digest; another, claiming meanwhile, must leave chat 1 alone.
    let first = store.claim_deliveries(1, now(), lease, chat_gap()).await.unwrap();
    assert_eq!(first.iter().map(|d| (d.chat_id.0, d.kind)).collect::<Vec<_>>(), [(1, Digest)]);
    let other = store.claim_deliveries(10, now(), lease, chat_gap()).await.unwrap();
    assert_eq!(other.iter().map(|d| d.chat_id.0).collect::<Vec<_>>(), [2], "chat 1 is being sent to");
    // Sent: nobody sends to chat 1 again until the gap has passed.
    store.delivery_sent(first[0].id, now()).await.unwrap();
    let within = now() + chrono::Duration::milliseconds(500);
    assert!(store.claim_deliveries(10, within, lease, chat_gap()).await.unwrap().is_empty(), "within the gap");
    let after = now() + chrono::Duration::milliseconds(1500);
    let alert = store.claim_deliveries(10, after, lease, chat_gap()).await.unwrap();
    assert_eq!(alert.iter().map(|d| (d.chat_id.0, d.kind)).collect::<Vec<_>>(), [(1, Alert)]);
}

pub async fn a_claimed_delivery_carries_its_chats_quiet_hours_and_topic(db: &TestDb) {
    use warbrief_core::{DeliveryKind::Digest, QuietHours, QuietMode};
    let store = &db.store;
    let mut forum =
        Subscriber::new(ChatId(-100_777), chrono_tz::Europe::Kyiv, NaiveTime::from_hms_opt(9, 0, 0).unwrap());
    let night = QuietHours::new(
        NaiveTime::from_hms_opt(22, 30, 0).unwrap(),
        NaiveTime::from_hms_opt(6, 0, 0).unwrap(),
        QuietMode::Silent,
    );
    forum.quiet = night;
    forum.topic = Some(17);
    let plain = Subscriber::new(ChatId(5), chrono_tz::Europe::Kyiv, NaiveTime::from_hms_opt(9, 0, 0).unwrap());
    store.upsert_subscribers(&[forum, plain], now()).await.unwrap();
    store
        .enqueue_deliveries(&[(ChatId(-100_777), day(344), Digest), (ChatId(5), day(344), Digest)], now(), now())
        .await
        .unwrap();
    let claimed = store.claim_deliveries(10, now(), chrono::Duration::seconds(60), chat_gap()).await.unwrap();
    let settings: Vec<_> = claimed.iter().map(|d| (d.chat_id.0, d.quiet, d.topic)).collect();
    assert_eq!(settings, [(-100_777, night.map(|hours| (hours, chrono_tz::Europe::Kyiv)), Some(17)), (5, None, None)]);

    // Half-set quiet hours (edited by hand) are an invalid row to read, but never hold a message back.
    db.execute_raw("UPDATE subscribers SET quiet_end = NULL WHERE chat_id = 5").await;
    db.execute_raw("UPDATE subscribers SET quiet_start = '23:00:00' WHERE chat_id = 5").await;
    assert!(store.subscriber(ChatId(5)).await.is_err());
    for delivery in &claimed {
        store.delivery_sent(delivery.id, now()).await.unwrap();
    }
    let alert = warbrief_core::DeliveryKind::Alert;
    store.enqueue_deliveries(&[(ChatId(5), day(344), alert)], now(), now()).await.unwrap();
    let later = now() + chrono::Duration::seconds(2);
    let claimed = store.claim_deliveries(10, later, chrono::Duration::seconds(60), chat_gap()).await.unwrap();
    assert_eq!(claimed.iter().map(|d| (d.chat_id.0, d.quiet)).collect::<Vec<_>>(), [(5, None)]);
}

pub async fn the_send_budget_hands_out_each_slot_once_and_a_pause_holds_everyone(db: &TestDb) {
    use std::time::Duration;
    let store = &db.store;
    let first = store.reserve_send_slots(3, Duration::from_secs(10)).await.unwrap();
    assert_eq!(first.count, 3);
    assert!(first.first_in < Duration::from_secs(1), "a fresh budget is free now: {first:?}");
    // The next block starts where the first ends, 30 s on (less the moment that passed between the calls).
    let second = store.reserve_send_slots(1, Duration::from_secs(10)).await.unwrap();
    assert!(second.first_in > Duration::from_secs(29) && second.first_in <= Duration::from_secs(30), "{second:?}");

    // Concurrent reservations (instances) never share a slot: 100 one-second slots end 100 s further on.
    let reservations = (0..4).map(|_| {
        let store = store.clone();
        tokio::spawn(async move {
            for _ in 0..25 {
                store.reserve_send_slots(1, Duration::from_secs(1)).await.unwrap();
            }
        })
    });
    for reservation in reservations.collect::<Vec<_>>() {
        reservation.await.unwrap();
    }
    let after = store.reserve_send_slots(1, Duration::from_secs(1)).await.unwrap();
    assert!(after.first_in > Duration::from_secs(139) && after.first_in <= Duration::from_secs(141), "{after:?}");

    // A 429 seen by anyone: no slot before it ends; a shorter pause never brings the next slot back.
    store.pause_sending(Duration::from_secs(3_600)).await.unwrap();
    store.pause_sending(Duration::from_secs(5)).await.unwrap();
    let paused = store.reserve_send_slots(1, Duration::from_millis(40)).await.unwrap();
    assert!(
        paused.first_in > Duration::from_secs(3_590) && paused.first_in <= Duration::from_secs(3_600),
        "{paused:?}"
    );
}

fn subscriber(chat: i64, time: &str, tz: chrono_tz::Tz) -> Subscriber {
    Subscriber::new(ChatId(chat), tz, NaiveTime::parse_from_str(time, "%H:%M").unwrap())
}

pub async fn digests_fall_due_at_local_time_and_are_queued_once(db: &TestDb) {
    use warbrief_core::DeliveryKind::Digest;
    let store = &db.store;
    // now() is 18:00 UTC, 20:00 in Kyiv on 2023-02-02.
    let subscribed_at = now() - chrono::Duration::hours(12);
    let kyiv_nine = subscriber(1, "09:00", chrono_tz::Europe::Kyiv); // due 07:00 UTC today
    let kyiv_late = subscriber(2, "21:00", chrono_tz::Europe::Kyiv); // due 19:00 UTC today
    let tokyo = subscriber(3, "07:30", chrono_tz::Asia::Tokyo); // due 22:30 UTC the day before
    let mut no_digest = subscriber(4, "09:00", chrono_tz::Europe::Kyiv);
    no_digest.digest = false;
    store.upsert_subscribers(&[kyiv_nine, kyiv_late, tokyo.clone(), no_digest], subscribed_at).await.unwrap();

    let due: Vec<i64> = store.due_digests(now(), 100).await.unwrap().iter().map(|s| s.chat_id.0).collect();
    assert_eq!(due, [1], "Tokyo's next digest is tomorrow morning there; 21:00 has not come; 4 takes none");

    let tomorrow = now() + chrono::Duration::days(1);
    let added =
        store.schedule_digests(Some(day(344)), &[ChatId(1)], &[(ChatId(1), Some(tomorrow))], now()).await.unwrap();
    assert_eq!(added, 1);
    assert!(store.due_digests(now(), 100).await.unwrap().is_empty(), "moved to its next time");
    // Another scheduler that read the same rows (a second instance) changes nothing.
    let again = store.schedule_digests(Some(day(344)), &[ChatId(1)], &[(ChatId(1), Some(now()))], now()).await.unwrap();
    assert_eq!(again, 0);
    assert!(store.due_digests(now(), 100).await.unwrap().is_empty(), "the next time was not moved back");
    assert_eq!(store.delivery_status(ChatId(1), day(344), Digest).await.unwrap().unwrap().0, "pending");

    // /digest now: every active chat that takes the digest, at most once per report.
    assert_eq!(store.enqueue_digest_for_all(day(344), now()).await.unwrap(), 2, "chats 2 and 3");
    assert_eq!(store.enqueue_digest_for_all(day(344), now()).await.unwrap(), 0);

    // Turning the digest off, or blocking the bot, takes the chat off the schedule.
    let mut off = tokyo;
    off.digest = false;
    store.upsert_subscriber(&off, now()).await.unwrap();
    assert!(store.deactivate_chat(ChatId(2), "Forbidden: bot was blocked by the user", now()).await.unwrap());
    let far = now() + chrono::Duration::days(3);
    let due: Vec<i64> = store.due_digests(far, 100).await.unwrap().iter().map(|s| s.chat_id.0).collect();
    assert_eq!(due, [1]);
    assert_eq!(
        store.delivery_status(ChatId(2), day(344), Digest).await.unwrap(),
        Some(("failed".to_owned(), Some("Forbidden: bot was blocked by the user".to_owned()))),
        "a blocked chat's waiting digest is dropped"
    );
    assert!(store.set_subscriber_active(ChatId(2), true, now()).await.unwrap());
    assert_eq!(store.due_digests(far, 100).await.unwrap().len(), 2, "back on the schedule");
}

pub async fn alerts_go_to_chats_following_a_region_of_the_report(db: &TestDb) {
    use warbrief_core::DeliveryKind::Alert;
    let store = &db.store;
    let mut report = report(344, ReportStatus::Published, "Shelling.");
    report.day = day(344);
    let incident = |region| Incident {
        date: Some(date("2023-02-01")),
        region,
        place: None,
        killed: Count { value: 1, at_least: false },
        wounded: Count { value: 0, at_least: false },
        weapon: None,
        description: "x".into(),
        report_day: Some(day(344)),
    };
    store
        .save_report_with_incidents(&report, &[incident(RegionCode::Donetsk), incident(RegionCode::Kharkiv)], now())
        .await
        .unwrap();
    for chat in 1..=4 {
        store.upsert_subscriber(&subscriber(chat, "09:00", chrono_tz::Europe::Kyiv), now()).await.unwrap();
    }
    store.follow_region(ChatId(1), RegionCode::Donetsk, now()).await.unwrap();
    store.follow_region(ChatId(1), RegionCode::Kharkiv, now()).await.unwrap();
    store.follow_region(ChatId(2), RegionCode::Lviv, now()).await.unwrap();
    store.follow_region(ChatId(3), RegionCode::Kharkiv, now()).await.unwrap();
    store.follow_region(ChatId(4), RegionCode::Kharkiv, now()).await.unwrap();
    store.deactivate_chat(ChatId(4), "blocked", now()).await.unwrap();
    assert_eq!(store.enqueue_alerts(day(344), now()).await.unwrap(), 2, "one per chat, none for Lviv or blocked");
    assert_eq!(store.enqueue_alerts(day(344), now()).await.unwrap(), 0, "once per report");
    assert!(store.delivery_status(ChatId(2), day(344), Alert).await.unwrap().is_none());
    assert_eq!(store.unfollow_all_regions(ChatId(1)).await.unwrap(), 2);
    assert_eq!(store.followed_regions(ChatId(1)).await.unwrap(), []);
}

pub async fn a_migrated_group_keeps_its_settings_and_queue(db: &TestDb) {
    use warbrief_core::DeliveryKind::{Alert, Digest};
    let store = &db.store;
    let (group, supergroup) = (ChatId(-4_000), ChatId(-1_000_000_004_000));
    store.upsert_subscriber(&subscriber(group.0, "08:15", chrono_tz::Europe::Kyiv), now()).await.unwrap();
    store.follow_region(group, RegionCode::Odesa, now()).await.unwrap();
    store.enqueue_deliveries(&[(group, day(344), Digest), (group, day(344), Alert)], now(), now()).await.unwrap();
    store.migrate_chat(group, supergroup, now()).await.unwrap();
    assert!(store.subscriber(group).await.unwrap().is_none());
    let moved = store.subscriber(supergroup).await.unwrap().unwrap();
    assert_eq!(moved.digest_time, NaiveTime::from_hms_opt(8, 15, 0).unwrap());
    assert_eq!(store.followed_regions(supergroup).await.unwrap(), [RegionCode::Odesa]);
    let claimed = store.claim_deliveries(10, now(), chrono::Duration::seconds(60), chat_gap()).await.unwrap();
    assert_eq!(claimed.iter().map(|d| d.chat_id).collect::<Vec<_>>(), [supergroup, supergroup]);
}

pub async fn sent_batches_and_released_claims(db: &TestDb) {
    let store = &db.store;
    let items: Vec<_> = (1..=1200).map(|chat| (ChatId(chat), day(344), warbrief_core::DeliveryKind::Digest)).collect();
    assert_eq!(store.enqueue_deliveries(&items, now(), now()).await.unwrap(), 1200, "more rows than one statement");
    let lease = chrono::Duration::seconds(60);
    let claimed = store.claim_deliveries(1100, now(), lease, chat_gap()).await.unwrap();
    let ids: Vec<i64> = claimed.iter().map(|d| d.id).collect();
    store.deliveries_sent(&ids[..1050], now()).await.unwrap();
    // The process died with 50 claimed and unsent; at start-up it takes them back without waiting.
    assert_eq!(store.release_claims().await.unwrap(), 50);
    assert_eq!(store.claim_deliveries(1000, now(), lease, chat_gap()).await.unwrap().len(), 150);
    let counts = store.delivery_counts_since(now() - chrono::Duration::hours(1)).await.unwrap();
    assert_eq!(counts, DeliveryCounts { sent: 1050, failed: 0, pending: 150 });
}

pub async fn claims_are_released_at_restart_only_where_no_one_else_sends(db: &TestDb) {
    let store = &db.store;
    let items: Vec<_> = (1..=3).map(|chat| (ChatId(chat), day(344), warbrief_core::DeliveryKind::Digest)).collect();
    store.enqueue_deliveries(&items, now(), now()).await.unwrap();
    let lease = chrono::Duration::seconds(60);
    assert_eq!(store.claim_deliveries(10, now(), lease, chat_gap()).await.unwrap().len(), 3);
    let released = store.release_claims_after_restart().await.unwrap();
    let claimable = store.claim_deliveries(10, now(), lease, chat_gap()).await.unwrap().len();
    if store.backend_name() == "SQLite" {
        assert_eq!((released, claimable), (3, 3), "one serve per file: nobody else is sending them");
    } else {
        assert_eq!((released, claimable), (0, 0), "other instances may be sending them: leases decide");
    }
}

pub async fn queue_stats_and_the_scheduler_lock(db: &TestDb) {
    let store = &db.store;
    store.ping().await.unwrap();
    assert_eq!(store.queue_stats(now()).await.unwrap(), warbrief_storage::QueueStats::default());
    let earlier = now() - chrono::Duration::minutes(5);
    let items: Vec<_> = (1..=3).map(|chat| (ChatId(chat), day(344), warbrief_core::DeliveryKind::Digest)).collect();
    store.enqueue_deliveries(&items[..2], earlier, earlier).await.unwrap();
    store.enqueue_deliveries(&items[2..], now() + chrono::Duration::hours(1), now()).await.unwrap();
    let stats = store.queue_stats(now()).await.unwrap();
    assert_eq!((stats.depth, stats.oldest_due), (3, Some(earlier)), "the future one counts but is not late");

    let mut first = store.try_lock_scheduler().await.unwrap().expect("the first instance leads");
    assert!(first.is_held().await);
    if store.backend_name() == "PostgreSQL" {
        assert!(store.try_lock_scheduler().await.unwrap().is_none(), "a second instance does not");
        drop(first);
        // The server releases the lock when the connection closes; give it a moment.
        let mut second = None;
        for _ in 0..50 {
            second = store.try_lock_scheduler().await.unwrap();
            if second.is_some() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        assert!(second.is_some(), "taken over once the first is gone");
    }
}

pub async fn daily_casualties_by_region_and_day(db: &TestDb) {
    let store = &db.store;
    let incident = |date: &str, region, killed, wounded| Incident {
        date: Some(self::date(date)),
        region,
        place: None,
        killed: Count { value: killed, at_least: false },
        wounded: Count { value: wounded, at_least: true },
        weapon: None,
        description: "x".into(),
        report_day: None,
    };
    for item in [
        incident("2023-02-01", RegionCode::Kharkiv, 2, 1),
        incident("2023-02-01", RegionCode::Kharkiv, 1, 0),
        incident("2023-02-01", RegionCode::Donetsk, 3, 8),
        incident("2023-02-03", RegionCode::Kharkiv, 0, 4),
        incident("2023-03-01", RegionCode::Kharkiv, 9, 9),
    ] {
        store.add_incident(&item, now()).await.unwrap();
    }
    let all = store.daily_casualties(None, date("2023-02-01"), date("2023-02-28")).await.unwrap();
    let seen: Vec<(String, RegionCode, u64, u64, u64)> =
        all.iter().map(|(d, r, t)| (d.to_string(), *r, t.incidents, t.killed, t.wounded)).collect();
    assert_eq!(
        seen,
        [
            ("2023-02-01".to_owned(), RegionCode::Donetsk, 1, 3, 8),
            ("2023-02-01".to_owned(), RegionCode::Kharkiv, 2, 3, 1),
            ("2023-02-03".to_owned(), RegionCode::Kharkiv, 1, 0, 4),
        ]
    );
    let kharkiv =
        store.daily_casualties(Some(RegionCode::Kharkiv), date("2023-02-01"), date("2023-03-31")).await.unwrap();
    assert_eq!(kharkiv.len(), 3);
    assert!(kharkiv.iter().all(|(_, region, _)| *region == RegionCode::Kharkiv));
}

fn channel_source() -> IncidentSource {
    IncidentSource {
        name: "Kharkiv Regional Military Administration".into(),
        url: Some("https://t.me/kharkiv_rma/77".parse().unwrap()),
    }
}

fn post_incident(place: &str, killed: u32, wounded: u32) -> Incident {
    Incident {
        date: Some(date("2023-03-02")),
        region: RegionCode::Kharkiv,
        place: Some(place.into()),
        killed: Count::exactly(killed),
        wounded: Count::exactly(wounded),
        weapon: None,
        description: "Russian forces shelled the town.".into(),
        // Posts belong to no day's report: the store clears this.
        report_day: Some(day(371)),
    }
}

pub async fn posts_are_saved_once_added_once_and_discarded_posts_reopen(db: &TestDb) {
    let key = PostKey::channel(-1001234567890, 77);
    let source = channel_source();
    let new =
        NewPost { key: &key, source: &source, text: "Post text", date: date("2023-03-02"), submitted_by: Some(42) };
    let SavedPost::New(id) = db.store.save_post(new, now()).await.unwrap() else { panic!("a new key is new") };
    let SavedPost::Known(known) = db.store.save_post(new, now()).await.unwrap() else { panic!("known") };
    assert_eq!(
        (known.id, known.status, known.key.clone(), known.source.clone()),
        (id, PostStatus::Pending, key.clone(), source.clone())
    );
    assert_eq!((known.text.as_str(), known.date, known.submitted_by), ("Post text", date("2023-03-02"), Some(42)));

    let later = now() + chrono::Duration::minutes(5);
    let incidents = [post_incident("Kupiansk", 2, 5), post_incident("Izium", 0, 1)];
    let PostUpdate::Done(AddedPost { incidents: ids, alerts }) =
        db.store.add_post_incidents(id, &incidents, later).await.unwrap()
    else {
        panic!("a pending post is added")
    };
    assert_eq!(alerts, 0, "nobody follows Kharkiv");
    assert_eq!(ids.len(), 2);
    let stored = db.store.incident(ids[0]).await.unwrap().unwrap();
    assert_eq!(stored.incident.report_day, None, "a post's incidents belong to no report");
    assert_eq!(stored.source, Some(source.clone()));
    let visible =
        db.store.incidents_in_region(RegionCode::Kharkiv, date("2023-03-01"), date("2023-03-03"), 10).await.unwrap();
    assert_eq!(visible.len(), 2, "visible at once");
    assert_eq!(db.store.export_incidents(None, None).await.unwrap()[0].source, Some(source.clone()));

    // A second Add, or a Discard after it, changes nothing.
    let again = db.store.add_post_incidents(id, &incidents, later).await.unwrap();
    let PostUpdate::NotPending(post) = again else { panic!("{again:?}") };
    assert_eq!((post.status, post.incidents_added, post.updated_at), (PostStatus::Added, 2, later));
    assert!(matches!(db.store.discard_post(id, later).await.unwrap(), PostUpdate::NotPending(_)));
    assert_eq!(db.store.count_visible_incidents().await.unwrap(), 2);
    let SavedPost::Known(known) = db.store.save_post(new, later).await.unwrap() else { panic!("known") };
    assert_eq!(known.status, PostStatus::Added, "an added key is never pending again");
    assert_eq!(db.store.add_post_incidents(999, &incidents, later).await.unwrap(), PostUpdate::Missing);
    assert_eq!(db.store.discard_post(999, later).await.unwrap(), PostUpdate::Missing);

    // Discarded posts may be previewed again, with what was sent this time.
    let text_key = PostKey::of_text("An article about Kupiansk.");
    let article = IncidentSource { name: "An article".into(), url: None };
    let first = NewPost {
        key: &text_key,
        source: &article,
        text: "An article about Kupiansk.",
        date: date("2023-03-02"),
        submitted_by: None,
    };
    let SavedPost::New(article_id) = db.store.save_post(first, now()).await.unwrap() else { panic!("new") };
    assert_eq!(db.store.discard_post(article_id, now()).await.unwrap(), PostUpdate::Done(()));
    assert_eq!(
        db.store.discard_post(article_id, now()).await.unwrap(),
        PostUpdate::NotPending(Box::new(db.store.post(article_id).await.unwrap().unwrap()))
    );
    let second = NewPost { submitted_by: Some(7), ..first };
    assert_eq!(db.store.save_post(second, later).await.unwrap(), SavedPost::Reopened(article_id));
    let reopened = db.store.post(article_id).await.unwrap().unwrap();
    assert_eq!((reopened.status, reopened.submitted_by, reopened.source.url), (PostStatus::Pending, Some(7), None));
    let PostUpdate::Done(none) = db.store.add_post_incidents(article_id, &[], later).await.unwrap() else { panic!() };
    assert!(none.incidents.is_empty(), "adding none of a post's incidents still closes it");
    assert_eq!(db.store.post(article_id).await.unwrap().unwrap().status, PostStatus::Added);
}

pub async fn an_added_post_alerts_chats_following_its_regions_once(db: &TestDb) {
    use warbrief_core::DeliveryKind::{Alert, PostAlert};
    let store = &db.store;
    for chat in 1..=4 {
        store.upsert_subscriber(&subscriber(chat, "09:00", chrono_tz::Europe::Kyiv), now()).await.unwrap();
    }
    store.follow_region(ChatId(1), RegionCode::Kharkiv, now()).await.unwrap();
    store.follow_region(ChatId(1), RegionCode::Donetsk, now()).await.unwrap();
    store.follow_region(ChatId(2), RegionCode::Lviv, now()).await.unwrap();
    store.follow_region(ChatId(3), RegionCode::Donetsk, now()).await.unwrap();
    store.follow_region(ChatId(4), RegionCode::Kharkiv, now()).await.unwrap();
    store.deactivate_chat(ChatId(4), "blocked", now()).await.unwrap();
    let (key, source) = (PostKey::of_text("alerts"), IncidentSource { name: "Kharkiv RMA".into(), url: None });
    let post = NewPost {
        key: &key,
        source: &source,
        text: "Russian forces shelled Kupiansk and Kramatorsk.",
        date: date("2023-03-02"),
        submitted_by: Some(42),
    };
    let SavedPost::New(id) = store.save_post(post, now()).await.unwrap() else { panic!("new") };
    let incidents = [
        post_incident("Kupiansk", 1, 2),
        Incident { region: RegionCode::Donetsk, ..post_incident("Kramatorsk", 0, 3) },
    ];
    let PostUpdate::Done(added) = store.add_post_incidents(id, &incidents, now()).await.unwrap() else { panic!() };
    assert_eq!(added.alerts, 2, "one per active chat following Kharkiv or Donetsk, however many it follows");

    let claimed = store.claim_deliveries(10, now(), chrono::Duration::seconds(60), chat_gap()).await.unwrap();
    let mut claimed: Vec<_> = claimed.into_iter().map(|d| (d.chat_id, d.subject, d.kind)).collect();
    claimed.sort_by_key(|(chat, ..)| *chat);
    let subject = DeliverySubject::Post(id);
    assert_eq!(claimed, [(ChatId(1), subject, PostAlert), (ChatId(3), subject, PostAlert)]);
    assert_eq!(store.delivery_status(ChatId(3), subject, PostAlert).await.unwrap().unwrap().0, "sending");
    assert!(store.delivery_status(ChatId(3), day(344), Alert).await.unwrap().is_none(), "a report is another subject");

    // A report alert for the same chat is a delivery of its own; the migrated group keeps both.
    store.enqueue_deliveries(&[(ChatId(3), day(344), Alert)], now(), now()).await.unwrap();
    store.migrate_chat(ChatId(3), ChatId(-1_000_000_003), now()).await.unwrap();
    assert_eq!(store.delivery_status(ChatId(-1_000_000_003), subject, PostAlert).await.unwrap().unwrap().0, "sending");
    assert!(store.delivery_status(ChatId(-1_000_000_003), day(344), Alert).await.unwrap().is_some());

    let shown = store.post_incidents(id).await.unwrap();
    assert_eq!(
        shown.iter().map(|s| s.incident.place.as_deref()).collect::<Vec<_>>(),
        [Some("Kupiansk"), Some("Kramatorsk")]
    );
    store.delete_incident(shown[0].id).await.unwrap();
    assert_eq!(store.post_incidents(id).await.unwrap().len(), 1, "a deleted incident is not alerted");
}

pub async fn likely_duplicates_match_region_date_place_and_figures(db: &TestDb) {
    // One from a published report (dated by its day), one by hand, one in another region.
    let report_day = DayNumber::from_date(date("2023-03-02")).unwrap();
    db.store.save_report(&report(report_day.get(), ReportStatus::Published, "x"), now()).await.unwrap();
    let from_report = Incident { date: None, report_day: Some(report_day), ..post_incident("Kupiansk", 2, 5) };
    let report_id = db.store.add_incident(&from_report, now()).await.unwrap();
    let by_hand = Incident { report_day: None, ..post_incident("Izium", 1, 0) };
    let hand_id = db.store.add_incident(&by_hand, now()).await.unwrap();
    let elsewhere = Incident { region: RegionCode::Donetsk, report_day: None, ..post_incident("Kupiansk", 2, 5) };
    db.store.add_incident(&elsewhere, now()).await.unwrap();

    let ids = |found: Vec<warbrief_storage::StoredIncident>| found.into_iter().map(|s| s.id).collect::<Vec<_>>();
    let found = db.store.likely_duplicates(&post_incident("Kupiansk", 2, 5)).await.unwrap();
    assert_eq!(ids(found), [report_id], "the report's incident, dated by its day");
    let mut lower_bound = post_incident("Izium", 1, 0);
    lower_bound.killed = Count::at_least(1);
    assert_eq!(ids(db.store.likely_duplicates(&lower_bound).await.unwrap()), [hand_id]);
    assert!(db.store.likely_duplicates(&post_incident("Kupiansk", 3, 5)).await.unwrap().is_empty(), "figures differ");
    let next_day = Incident { date: Some(date("2023-03-03")), ..post_incident("Kupiansk", 2, 5) };
    assert!(db.store.likely_duplicates(&next_day).await.unwrap().is_empty());
    let undated = Incident { date: None, ..post_incident("Kupiansk", 2, 5) };
    assert!(db.store.likely_duplicates(&undated).await.unwrap().is_empty());
}

pub async fn an_update_is_seen_first_once_until_it_is_forgotten(db: &TestDb) {
    let store = &db.store;
    let hour = chrono::Duration::hours(1);
    assert!(store.first_sight_of_update(1001, now() - hour * 30).await.unwrap(), "a new id is a first sight");
    assert!(!store.first_sight_of_update(1001, now()).await.unwrap(), "the same id again is not");
    assert!(store.first_sight_of_update(1002, now() - hour).await.unwrap());
    assert!(!store.first_sight_of_update(1002, now()).await.unwrap());
    // A large id (Telegram's are 32-bit, the column wider) is kept like any other.
    assert!(store.first_sight_of_update(i64::from(u32::MAX), now()).await.unwrap());
    assert!(!store.first_sight_of_update(i64::from(u32::MAX), now()).await.unwrap());

    // Pruning forgets what was first seen before the cutoff, and only that: a later sighting does not renew it.
    assert_eq!(store.forget_updates_seen_before(now() - hour * 24).await.unwrap(), 1);
    assert_eq!(store.forget_updates_seen_before(now() - hour * 24).await.unwrap(), 0, "nothing left to forget");
    assert!(!store.first_sight_of_update(1002, now()).await.unwrap(), "seen an hour ago: still remembered");
    assert!(store.first_sight_of_update(1001, now()).await.unwrap(), "forgotten: seen first again");
}

pub async fn concurrent_sightings_of_one_update_have_one_first(db: &TestDb) {
    for update_id in 1..=20 {
        let sightings: Vec<_> = (0..4)
            .map(|_| {
                let store = db.store.clone();
                tokio::spawn(async move { store.first_sight_of_update(update_id, now()).await.unwrap() })
            })
            .collect();
        let mut firsts = 0;
        for sighting in sightings {
            firsts += usize::from(sighting.await.unwrap());
        }
        assert_eq!(firsts, 1, "update {update_id}: exactly one caller handles it");
    }
}

/// The least time between two messages to one chat, as the delivery worker asks for it.
fn chat_gap() -> chrono::Duration {
    chrono::Duration::seconds(1)
}

/// Waits until the change feed is live (it starts at the first `changes()`); a guard against hanging, not a
/// timing assertion.
async fn live(changes: &mut Changes) -> Generations {
    tokio::time::timeout(std::time::Duration::from_secs(30), async {
        loop {
            if let Some(generations) = changes.current() {
                return generations;
            }
            assert!(changes.changed().await, "the store is gone");
        }
    })
    .await
    .expect("the change feed went live")
}

/// Waits until the feed, live, shows generations for which `done` holds; the same guard against hanging.
async fn heard(changes: &mut Changes, done: impl Fn(Generations) -> bool) -> Generations {
    tokio::time::timeout(std::time::Duration::from_secs(30), async {
        loop {
            if let Some(generations) = changes.current()
                && done(generations)
            {
                return generations;
            }
            assert!(changes.changed().await, "the store is gone");
        }
    })
    .await
    .expect("the change was heard")
}

/// Every kind of write through the store moves the generation of what it changed, by the time it returns, so
/// this instance's caches never serve what it has just changed.
pub async fn every_write_moves_the_change_feed_at_once(db: &TestDb) {
    let store = &db.store;
    let mut changes = store.changes();
    let mut before = live(&mut changes).await;
    let mut check = |what: &str, topics: &[Topic]| {
        let after = changes.current().expect("still live");
        for topic in [Topic::Reports, Topic::Incidents, Topic::Chats] {
            let moved = after.of(topic) != before.of(topic);
            // Only what is named must move; more is allowed (SQLite's poll bumps everything on any commit).
            if topics.contains(&topic) {
                assert!(moved, "{what}: {topic:?} did not move");
            }
        }
        before = after;
    };
    let reports_and_incidents = [Topic::Reports, Topic::Incidents];
    store.save_report(&report(344, ReportStatus::Draft, "Text."), now()).await.unwrap();
    check("save_report", &reports_and_incidents);
    store.set_report_status(day(344), ReportStatus::Published, now()).await.unwrap();
    check("set_report_status", &reports_and_incidents);
    let incidents = [incident(RegionCode::Donetsk, "2023-02-01", 1, 2, None)];
    store.save_report_with_incidents(&report(345, ReportStatus::Published, "Text."), &incidents, now()).await.unwrap();
    check("save_report_with_incidents", &reports_and_incidents);
    store.replace_report_incidents(day(345), &incidents, now()).await.unwrap();
    check("replace_report_incidents", &[Topic::Incidents]);
    let id = store.add_incident(&incident(RegionCode::Kharkiv, "2023-02-01", 1, 0, None), now()).await.unwrap();
    check("add_incident", &[Topic::Incidents]);
    assert!(store.update_incident(id, &incident(RegionCode::Kharkiv, "2023-02-01", 3, 0, None)).await.unwrap());
    check("update_incident", &[Topic::Incidents]);
    assert!(store.delete_incident(id).await.unwrap());
    check("delete_incident", &[Topic::Incidents]);
    let key = PostKey::channel(-1001234567890, 78);
    let source = channel_source();
    let new = NewPost { key: &key, source: &source, text: "Post", date: date("2023-03-02"), submitted_by: None };
    let SavedPost::New(post) = store.save_post(new, now()).await.unwrap() else { panic!("new post") };
    store.add_post_incidents(post, &[post_incident("Izium", 1, 1)], now()).await.unwrap();
    check("add_post_incidents", &[Topic::Incidents]);
    assert!(store.delete_report(day(345)).await.unwrap());
    check("delete_report", &reports_and_incidents);

    let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
    let chat = Subscriber::new(ChatId(7), chrono_tz::Europe::Kyiv, nine);
    store.upsert_subscriber(&chat, now()).await.unwrap();
    check("upsert_subscriber", &[Topic::Chats]);
    assert!(store.settle_language(ChatId(7), Lang::Uk).await.unwrap());
    check("settle_language", &[Topic::Chats]);
    store.migrate_chat(ChatId(7), ChatId(-1007), now()).await.unwrap();
    check("migrate_chat", &[Topic::Chats]);
    assert!(store.deactivate_chat(ChatId(-1007), "blocked", now()).await.unwrap());
    check("deactivate_chat", &[Topic::Chats]);
}

/// A change made by another process on the same database (on PostgreSQL another instance, heard through
/// LISTEN/NOTIFY; on SQLite `warbrief import` beside the bot, heard by polling `data_version`) moves the feed.
pub async fn a_change_through_another_store_is_heard(db: &TestDb) {
    let mut changes = db.store.changes();
    let before = live(&mut changes).await;
    let other = db.another_store().await;
    other.save_report(&report(344, ReportStatus::Published, "Text."), now()).await.unwrap();
    heard(&mut changes, |g| g.reports != before.reports && g.incidents != before.incidents).await;
    let before = changes.current().expect("live");
    let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
    other.upsert_subscriber(&Subscriber::new(ChatId(7), chrono_tz::Europe::Kyiv, nine), now()).await.unwrap();
    heard(&mut changes, |g| g.chats != before.chats).await;
    other.close().await;
}

/// PostgreSQL: while the listener's connection is down, notifications are lost; once it is back every
/// generation has moved, so nothing cached before the loss is trusted. (SQLite has no connection to lose.)
pub async fn a_lost_listener_connection_invalidates_everything(db: &TestDb) {
    if !db.is_postgres() {
        return;
    }
    let mut changes = db.store.changes();
    let before = live(&mut changes).await;
    db.execute_raw(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()",
    )
    .await;
    heard(&mut changes, |g| g.reports != before.reports && g.incidents != before.incidents && g.chats != before.chats)
        .await;
    // Listening again: a change made elsewhere is heard.
    let before = changes.current().expect("live");
    let other = db.another_store().await;
    other.save_report(&report(344, ReportStatus::Published, "Text."), now()).await.unwrap();
    heard(&mut changes, |g| g.reports != before.reports).await;
    other.close().await;
}
