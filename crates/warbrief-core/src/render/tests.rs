//! The renderer's tests: actions, dates, splitting, and the property tests that every reply is valid
//! Telegram HTML within its limits.

use super::*;
use crate::{ReportStatus, Section};

fn day(n: u32) -> DayNumber {
    DayNumber::new(n).unwrap()
}

#[test]
fn actions_round_trip_within_the_callback_limit() {
    let mut actions = vec![Action::Today, Action::Help, Action::RegionMenu, Action::Day(day(crate::MAX_DAY))];
    actions.extend(RegionCode::ALL.map(Action::Region));
    for authority in Authority::ALL.map(Some).into_iter().chain([None]) {
        actions.push(Action::Sanctions { authority, page: u32::MAX });
    }
    actions.extend([Action::Settings, Action::Subscribe, Action::DigestOff, Action::FollowMenu]);
    actions.extend([Action::UnsubscribeAll, Action::DigestTime(0), Action::DigestTime(23 * 60 + 59)]);
    actions.extend(RegionCode::ALL.map(Action::Follow));
    actions.extend(RegionCode::ALL.map(Action::Unfollow));
    for id in [1, i64::MAX, i64::MIN] {
        actions.extend([Action::AddPost(id), Action::AddAllPost(id), Action::DiscardPost(id)]);
    }
    for action in actions {
        let data = action.encode();
        assert!(data.len() <= CALLBACK_DATA_LIMIT, "{data}");
        assert_eq!(Action::decode(&data), Some(action));
    }
    for junk in
        ["", "d:0", "d:abc", "r:UA-99", "s:EU", "s:Narnia:1", "t:1", "x", "dt:1440", "fo:UA-99", &"d".repeat(100)]
    {
        assert_eq!(Action::decode(junk), None, "{junk}");
    }
}

/// Buttons of messages already sent carry these strings: a change here breaks them, so make it deliberately.
#[test]
fn every_action_kind_encodes_as_pinned() {
    let kupiansk = gazetteer::settlement_by_key("kupiansk").expect("in the gazetteer");
    let pinned = [
        (Action::Today, "t"),
        (Action::Day(day(344)), "d:344"),
        (Action::Region(RegionCode::Kharkiv), "r:UA-63"),
        (Action::Settlement(kupiansk), "p:kupiansk"),
        (Action::RegionMenu, "rm"),
        (Action::Sanctions { authority: Some(Authority::Eu), page: 2 }, "s:EU:2"),
        (Action::Sanctions { authority: None, page: 0 }, "s:-:0"),
        (Action::Help, "h"),
        (Action::Publish(day(344)), "pub:344"),
        (Action::Discard(day(344)), "dis:344"),
        (Action::ApplyPending(7), "pa:7"),
        (Action::DropPending(7), "pd:7"),
        (Action::AddPost(7), "ap:7"),
        (Action::AddAllPost(7), "aa:7"),
        (Action::DiscardPost(-7), "dp:-7"),
        (Action::Settings, "set"),
        (Action::Subscribe, "sub"),
        (Action::DigestOff, "doff"),
        (Action::DigestTime(450), "dt:450"),
        (Action::FollowMenu, "fm"),
        (Action::Follow(RegionCode::Donetsk), "fo:UA-14"),
        (Action::Unfollow(RegionCode::KyivCity), "uf:UA-30"),
        (Action::UnsubscribeAll, "ua"),
        (Action::Language(crate::Lang::En), "lang:en"),
        (Action::Language(crate::Lang::Uk), "lang:uk"),
        (Action::LanguageMenu, "lm"),
        (Action::QuietHours { start: 1380, end: 420 }, "qh:1380:420"),
        (Action::QuietMode(crate::QuietMode::Silent), "qm:silent"),
        (Action::QuietMode(crate::QuietMode::Wait), "qm:wait"),
        (Action::QuietOff, "qoff"),
    ];
    // Every kind is in the table: a new kind fails to compile here until it is added.
    let kind = |action: Action| match action {
        Action::Today => 0,
        Action::Day(_) => 1,
        Action::Region(_) => 2,
        Action::Settlement(_) => 3,
        Action::RegionMenu => 4,
        Action::Sanctions { .. } => 5,
        Action::Help => 6,
        Action::Publish(_) => 7,
        Action::Discard(_) => 8,
        Action::ApplyPending(_) => 9,
        Action::DropPending(_) => 10,
        Action::AddPost(_) => 11,
        Action::AddAllPost(_) => 12,
        Action::DiscardPost(_) => 13,
        Action::Settings => 14,
        Action::Subscribe => 15,
        Action::DigestOff => 16,
        Action::DigestTime(_) => 17,
        Action::FollowMenu => 18,
        Action::Follow(_) => 19,
        Action::Unfollow(_) => 20,
        Action::UnsubscribeAll => 21,
        Action::Language(_) => 22,
        Action::LanguageMenu => 23,
        Action::QuietHours { .. } => 24,
        Action::QuietMode(_) => 25,
        Action::QuietOff => 26,
    };
    let kinds: std::collections::BTreeSet<i32> = pinned.iter().map(|(action, _)| kind(*action)).collect();
    assert_eq!(kinds, (0..=26).collect());
    for expired in ["qh:600:600", "qh:1440:0", "qm:loud", "qm:SILENT", "qh:1", "qoff:1"] {
        assert_eq!(Action::decode(expired), None, "{expired}");
    }
    assert_eq!(Action::decode("lang:ru"), None);
    assert_eq!(Action::decode("lang:UK"), None);
    for (action, data) in pinned {
        assert_eq!(action.encode(), data, "{action:?}");
        assert_eq!(Action::decode(data), Some(action), "{data}");
    }
}

#[test]
fn every_town_has_a_button_and_unknown_towns_have_expired() {
    for town in gazetteer::settlements() {
        let data = Action::Settlement(town).encode();
        assert!(data.len() <= CALLBACK_DATA_LIMIT, "{data}");
        assert_eq!(Action::decode(&data), Some(Action::Settlement(town)));
    }
    // "p:12" is what a button said when towns were numbered.
    for expired in ["p:12", "p:atlantis", "p:", "p:kupiansk:1", "p:Kupiansk"] {
        assert_eq!(Action::decode(expired), None, "{expired}");
    }
}

fn long_report(paragraphs: usize, paragraph: &str) -> Report {
    Report {
        day: day(344),
        title: "A <long> & winding report".into(),
        sections: vec![Section {
            heading: "Section <one>".into(),
            blocks: (0..paragraphs).map(|_| Block::Paragraph(paragraph.to_owned())).collect(),
        }],
        sources: vec![],
        status: ReportStatus::Published,
    }
}

#[test]
fn long_reports_split_into_parts_within_the_limit_with_the_title_first() {
    let report = long_report(40, &"Shelling & <damage> near the line. ".repeat(12));
    let view = ReportView { report: &report, previous: Some(day(343)), next: None, today: report.date() };
    let replies = self::report(Lang::En, &view);
    assert!(replies.len() > 1);
    assert!(replies[0].html.starts_with("<b>Day 344: A &lt;long&gt; &amp; winding report</b>"));
    for reply in &replies {
        assert!(utf16_len(&reply.html) <= MESSAGE_LIMIT);
        assert!(!reply.html.contains("<damage>"));
    }
    assert!(replies.last().unwrap().buttons[0][0].action == Action::Day(day(343)));
    assert!(replies[0].buttons.is_empty());
}

#[test]
fn a_single_giant_word_is_cut_without_breaking_entities() {
    let report = long_report(1, &"&".repeat(10_000));
    let view = ReportView { report: &report, previous: None, next: None, today: report.date() };
    let replies = self::report(Lang::En, &view);
    let total: usize = replies.iter().map(|r| r.html.matches("&amp;").count()).sum();
    assert_eq!(total, 10_000 + 1, "every & of the text, and the one in the title");
    for reply in &replies {
        assert!(utf16_len(&reply.html) <= MESSAGE_LIMIT);
    }
}

#[test]
fn an_old_report_says_it_is_not_from_today() {
    let report = long_report(1, "text");
    let today = report.date().succ_opt().unwrap();
    let view = ReportView { report: &report, previous: None, next: None, today };
    assert!(self::report(Lang::En, &view)[0].html.contains("there is none for today yet"));
}

#[test]
fn an_older_report_with_a_newer_one_after_it_does_not_call_itself_the_latest() {
    let report = long_report(1, "text");
    let today = report.date().succ_opt().unwrap().succ_opt().unwrap();
    let view = ReportView { report: &report, previous: None, next: Some(day(345)), today };
    let html = &self::report(Lang::En, &view)[0].html;
    assert!(!html.contains("latest report") && !html.contains("none for today"), "{html}");
    assert_eq!(self::report(Lang::En, &view)[0].buttons[0][0].label, "Day 345 ▶");
}

#[test]
fn future_days_say_what_day_it_is_today() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let reply = no_report_for_day(Lang::En, day(99_99), today, Some(day(344)));
    assert!(reply.html.contains("hasn't come yet: today is day 1736"), "{}", reply.html);
}

mod every_reply_is_valid_telegram_html {
    use proptest::prelude::*;

    use super::super::html_tests::{check, rendering_in, text};
    use super::*;
    use crate::html::validate_telegram_html;
    use crate::{SanctionStatus, SanctionsEntry};

    fn incident(place: Option<String>, weapon: Option<String>, description: String) -> Incident {
        Incident {
            date: NaiveDate::from_ymd_opt(2023, 2, 1),
            region: RegionCode::Donetsk,
            place,
            killed: Count::at_least(3),
            wounded: Count::exactly(20),
            weapon,
            description,
            report_day: Some(DayNumber::new(344).unwrap()),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn reports_of_any_text_and_length(
            title in text(300),
            sections in prop::collection::vec((text(100), prop::collection::vec(text(3000), 0..6), prop::collection::vec(text(200), 0..4)), 0..6),
            day in 1..=crate::MAX_DAY,
        ) {
            let generated = Report {
                day: DayNumber::new(day).unwrap(),
                title,
                sections: sections
                    .into_iter()
                    .map(|(heading, paragraphs, bullets)| {
                        let mut blocks: Vec<Block> = paragraphs.into_iter().map(Block::Paragraph).collect();
                        if !bullets.is_empty() {
                            blocks.push(Block::Bullets(bullets));
                        }
                        crate::Section { heading, blocks }
                    })
                    .collect(),
                sources: vec!["https://example.org/a?b=1&c=\"2\"".parse().unwrap()],
                status: crate::ReportStatus::Published,
            };
            let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
            let view = ReportView { report: &generated, previous: generated.day.previous(), next: generated.day.next(), today };
            for lang in Lang::all() {
                rendering_in(*lang);
                check(&report(*lang, &view))?;
            }
            // What subscriptions push of the same report: the digest, the channel post, an alert.
            let totals: Vec<_> = RegionCode::ALL
                .iter()
                .map(|region| (*region, CasualtyTotals { incidents: 1, killed: u64::from(day), wounded: 7 }))
                .collect();
            for lang in crate::Lang::all() {
                rendering_in(*lang);
                check(&[digest(*lang, &DigestView { report: &generated, totals: &totals })])?;
                check(&channel_post(*lang, &generated))?;
            }
            let incidents: Vec<Incident> = generated
                .sections
                .iter()
                .map(|section| incident(Some(section.heading.clone()), Some(generated.title.clone()), String::new()))
                .collect();
            for lang in crate::Lang::all() {
                rendering_in(*lang);
                check(&[region_alert(*lang, &generated, &incidents)])?;
            }
        }

        #[test]
        fn regions_sanctions_search_and_echoes(
            query in text(6000),
            place in prop::option::of(text(80)),
            weapon in prop::option::of(text(80)),
            description in text(500),
            sanction_title in text(200),
            summary in text(400),
            snippet in text(400),
        ) {
            let source = |i: usize| (!i.is_multiple_of(3)).then(|| IncidentSource {
                name: description.clone(),
                url: (i % 3 == 1).then(|| "https://t.me/some_channel/12?x=<b>&c".parse().unwrap()),
            });
            let incidents: Vec<(Incident, Option<IncidentSource>)> = (0..12)
                .map(|i| (incident(place.clone(), weapon.clone(), description.clone()), source(i)))
                .collect();
            let focus = crate::gazetteer::settlements().find(|s| s.name == "Kramatorsk");
            let view = RegionView {
                region: RegionCode::Donetsk,
                focus,
                as_of: NaiveDate::from_ymd_opt(2023, 2, 2),
                last_7_days: CasualtyTotals { incidents: 12, killed: 36, wounded: 240 },
                last_30_days: CasualtyTotals::default(),
                recent: &incidents,
            };
            for lang in Lang::all() {
                rendering_in(*lang);
                check(&[region(*lang, &view)])?;
            }
            let entries: Vec<SanctionsEntry> = (0..10)
                .map(|_| SanctionsEntry {
                    date: NaiveDate::from_ymd_opt(2023, 2, 25).unwrap(),
                    authority: Authority::Eu,
                    title: sanction_title.clone(),
                    status: SanctionStatus::Adopted,
                    summary: summary.clone(),
                    source_url: Some("https://example.org/x?a=<b>&c".parse().unwrap()),
                })
                .collect();
            for lang in Lang::all() {
                rendering_in(*lang);
                check(&[sanctions(*lang, &SanctionsView { authority: Some(Authority::Eu), page: 3, entries: &entries, has_next_page: true })])?;
                check(&[sanctions(*lang, &SanctionsView { authority: None, page: 0, entries: &[], has_next_page: false })])?;
            }
            let marked = format!("{MATCH_START}{snippet}{MATCH_END}{MATCH_END}{MATCH_START}{snippet}");
            let results: Vec<SearchResult> = (0..5)
                .map(|i| SearchResult { day: DayNumber::new(340 + i).unwrap(), title: sanction_title.clone(), snippet: marked.clone() })
                .collect();
            let latest_list: Vec<(DayNumber, String)> = (1..=7).map(|d| (DayNumber::new(d).unwrap(), query.clone())).collect();
            let kramatorsk = crate::gazetteer::settlements().find(|s| s.name == "Kramatorsk").unwrap();
            for lang in Lang::all().iter().copied() {
                rendering_in(lang);
                check(&[search(lang, &query, &results), search(lang, &query, &[])])?;
                check(&[
                    unknown_command(lang, &query),
                    day_usage(lang, &query),
                    day_usage(lang, ""),
                    sanctions_usage(lang, &query),
                    region_not_found(lang, &query),
                    region_did_you_mean(lang, &query, &[Place::Region(RegionCode::Kharkiv), Place::Settlement(kramatorsk)]),
                ])?;
                check(&[latest(lang, &latest_list), latest(lang, &latest_list[..1]), latest(lang, &[])])?;
            }
        }
    }

    #[test]
    fn fixed_replies() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let about_view = AboutView {
            published_reports: 1,
            incidents: 8,
            sanctions_entries: 21,
            latest: DayNumber::new(344).ok(),
            today,
        };
        let latest_yesterday =
            AboutView { latest: DayNumber::from_date(today).ok().and_then(DayNumber::previous), ..about_view };
        let latest_today = AboutView { latest: DayNumber::from_date(today).ok(), ..about_view };
        let none = AboutView { latest: None, published_reports: 0, incidents: 0, sanctions_entries: 0, today };
        for lang in Lang::all().iter().copied() {
            rendering_in(lang);
            for reply in [
                start(lang),
                help(lang, &[("/today".into(), "<latest> & more".into())]),
                no_reports_yet(lang),
                region_usage(lang),
                search_usage(lang),
                internal_error(lang),
                about(lang, &about_view),
                about(lang, &latest_yesterday),
                about(lang, &latest_today),
                about(lang, &none),
                no_report_for_day(lang, day(344), today, Some(day(345))),
                no_report_for_day(lang, day(9999), today, None),
            ] {
                validate_telegram_html(&reply.html, MESSAGE_LIMIT).unwrap();
                for button in reply.buttons.iter().flatten() {
                    assert!(!button.label.trim().is_empty());
                }
            }
            assert!(!button_expired(lang).is_empty());
        }
        assert_eq!(button_expired(Lang::En), BUTTON_EXPIRED);
        assert_eq!(misc::maintainers_only(Lang::En), "Only the bot's maintainers can do that.");
        assert_eq!(
            misc::slow_down(Lang::En),
            "Slow down, please: that is more than 20 commands in a minute. I'll answer again in a minute."
        );
        assert!(misc::slow_down(Lang::Uk).contains("20 команд"));
    }
}

mod in_ukrainian {
    use super::*;
    use crate::gazetteer;

    fn killed(n: u32) -> String {
        regions::casualties(Lang::Uk, Count::exactly(n), Count::ZERO)
    }

    #[test]
    fn casualty_figures_take_the_plural_form_of_their_number() {
        assert_eq!(killed(1), "1 загиблий");
        assert_eq!(killed(2), "2 загиблих");
        assert_eq!(killed(5), "5 загиблих");
        assert_eq!(killed(11), "11 загиблих");
        assert_eq!(killed(21), "21 загиблий");
        assert_eq!(regions::casualties(Lang::Uk, Count::at_least(3), Count::exactly(1)), "3+ загиблих, 1 поранений");
        assert_eq!(regions::casualties(Lang::Uk, Count::ZERO, Count::exactly(22)), "22 поранених");
        let incidents = |n: u64| {
            i18n::t_args(
                Lang::Uk,
                "region-last-days",
                &[("days", count(7u64)), ("killed", count(1u64)), ("wounded", count(2u64)), ("incidents", count(n))],
            )
        };
        assert_eq!(incidents(1), "• за останні 7 днів: 1 загиблий, 2 поранених, 1 випадок");
        assert!(incidents(3).ends_with("3 випадки"));
        assert!(incidents(5).ends_with("5 випадків"));
        assert!(incidents(21).ends_with("21 випадок"));
        // English keeps its two forms.
        assert_eq!(regions::casualties(Lang::En, Count::exactly(1), Count::exactly(2)), "1 killed, 2 wounded");
    }

    #[test]
    fn dates_are_written_the_ukrainian_way() {
        let date = NaiveDate::from_ymd_opt(2023, 2, 2).unwrap();
        assert_eq!(long_date(Lang::Uk, date), "четвер, 2 лютого 2023 р.");
        assert_eq!(short_date(Lang::Uk, date), "2 лют. 2023");
        assert_eq!(day_and_month(Lang::Uk, date), "2 лют.");
        assert_eq!(long_date(Lang::En, date), "Thursday, 2 February 2023");
        assert_eq!(short_date(Lang::En, date), "2 Feb 2023");
        assert_eq!(long_date(Lang::Uk, NaiveDate::from_ymd_opt(2022, 2, 24).unwrap()), "четвер, 24 лютого 2022 р.");
        assert_eq!(short_date(Lang::En, NaiveDate::from_ymd_opt(2023, 9, 30).unwrap()), "30 Sep 2023");
    }

    #[test]
    fn regions_are_named_in_ukrainian_and_sorted_by_the_ukrainian_alphabet() {
        assert_eq!(gazetteer::region_label_in(Lang::Uk, RegionCode::Kharkiv), "Харківська область");
        assert_eq!(gazetteer::region_name_in(Lang::Uk, RegionCode::Kharkiv), "Харківська");
        assert_eq!(gazetteer::region_label_in(Lang::En, RegionCode::Kharkiv), "Kharkiv Oblast");
        let menu: Vec<String> = region_menu(Lang::Uk).into_iter().flatten().map(|button| button.label).collect();
        assert_eq!(menu.len(), 27);
        assert_eq!(menu[0], "Автономна Республіка Крим");
        let position = |name: &str| menu.iter().position(|label| label == name).unwrap();
        assert!(position("Донецька") < position("Житомирська"));
        assert!(position("Запорізька") < position("Івано-Франківська"));
        assert!(position("Івано-Франківська") < position("Київ"));
        assert_eq!(menu.last().unwrap(), "Чернігівська");
    }

    #[test]
    fn a_day_and_a_region_in_ukrainian() {
        let report = long_report(1, "текст");
        let today = report.date().succ_opt().unwrap();
        let view = ReportView { report: &report, previous: Some(day(343)), next: None, today };
        let replies = self::report(Lang::Uk, &view);
        assert!(replies[0].html.contains("<i>четвер, 2 лютого 2023 р.</i>"), "{}", replies[0].html);
        assert!(replies[0].html.contains("за сьогодні його ще немає"));
        assert_eq!(replies[0].buttons[0][0].label, "◀ День 343");
        let empty = RegionView {
            region: RegionCode::Kharkiv,
            focus: None,
            as_of: None,
            last_7_days: CasualtyTotals::default(),
            last_30_days: CasualtyTotals::default(),
            recent: &[],
        };
        let html = region(Lang::Uk, &empty).html;
        assert!(html.starts_with("<b>Харківська область</b> · Kharkiv Oblast"), "{html}");
        assert!(html.contains("ще не записано жодного випадку"));
    }
}
