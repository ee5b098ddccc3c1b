//! Every reply of the subject modules (maintainers' included) is valid Telegram HTML within its limit, for
//! any text: hostile markup, entities, very long strings, Cyrillic and emoji.

use chrono::{NaiveDate, TimeZone, Utc};
use proptest::prelude::*;

use super::*;
use crate::extract::{ExtractedIncident, ReviewFlag};
use crate::html::{CAPTION_LIMIT, validate_telegram_html};
use crate::parse::{DateSource, ParsedReport, TextKind};
use crate::post::PostStatus;
use crate::{AuditEntry, ReportStatus, SanctionStatus, Section};

/// Any text, and text made of the pieces that break HTML: tags, entities, quotes, flags, Cyrillic, newlines.
pub(super) fn text(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<char>(), 0..max).prop_map(|chars| chars.into_iter().collect()),
        prop::collection::vec(
            prop::sample::select(vec![
                "<b>",
                "</i>",
                "&",
                "&amp;",
                "<script>",
                "\"",
                "🇺🇦",
                "Харків",
                " ",
                "x",
                "\n",
                "; ",
                "<a href=\"x\">"
            ]),
            0..max / 4 + 1,
        )
        .prop_map(|pieces| pieces.concat()),
    ]
}

std::thread_local! {
    /// The language the replies being checked were rendered in.
    static RENDERED_IN: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
}

/// The language the next replies checked are rendered in.
pub(super) fn rendering_in(lang: Lang) {
    RENDERED_IN.set(lang);
}

/// Whether a reply rendered in Ukrainian says any phrase of the English interface, in its text or its buttons.
pub(super) fn no_english_interface(replies: &[Reply]) -> Result<(), String> {
    for reply in replies {
        let labels = reply.buttons.iter().flatten().map(|button| button.label.as_str());
        for text in std::iter::once(reply.html.as_str()).chain(labels) {
            let phrases = i18n::english_interface_phrases();
            if let Some(phrase) = phrases.iter().find(|phrase| text.contains(phrase.as_str())) {
                return Err(format!("English {phrase:?} in a Ukrainian reply: {text:?}"));
            }
        }
    }
    Ok(())
}

/// Valid HTML within the message limit, or the caption limit for a reply with a picture or a file; buttons
/// with a label and short callback data; and in Ukrainian, no phrase of the English interface.
pub(super) fn check(replies: &[Reply]) -> Result<(), TestCaseError> {
    prop_assert!(!replies.is_empty());
    if RENDERED_IN.get() == Lang::Uk {
        no_english_interface(replies).map_err(TestCaseError::fail)?;
    }
    for reply in replies {
        let limit = if reply.photo.is_some() || reply.document.is_some() { CAPTION_LIMIT } else { MESSAGE_LIMIT };
        if let Err(problem) = validate_telegram_html(&reply.html, limit) {
            return Err(TestCaseError::fail(format!("{problem} in {:?}", reply.html)));
        }
        for button in reply.buttons.iter().flatten() {
            prop_assert!(button.action.encode().len() <= CALLBACK_DATA_LIMIT);
            prop_assert!(!button.label.trim().is_empty());
        }
    }
    Ok(())
}

fn day(n: u32) -> DayNumber {
    DayNumber::new(n).unwrap()
}

fn incident(place: Option<String>, weapon: Option<String>, killed: u32) -> Incident {
    Incident {
        date: NaiveDate::from_ymd_opt(2023, 3, 2),
        region: RegionCode::Kharkiv,
        place,
        killed: Count::at_least(killed),
        wounded: Count::exactly(killed * 3),
        weapon,
        description: String::new(),
        report_day: killed.is_multiple_of(2).then(|| day(344)),
    }
}

fn source(name: String, linked: bool) -> IncidentSource {
    IncidentSource { name, url: linked.then(|| "https://t.me/some_channel/12?x=<b>&c".parse().unwrap()) }
}

fn picture() -> Document {
    Document { file_name: "chart.png".into(), bytes: vec![0x89, b'P', b'N', b'G'] }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    #[test]
    fn maintainers_replies(
        title in text(300),
        input in text(6000),
        short in text(200),
        places in prop::collection::vec((prop::option::of(text(80)), prop::option::of(text(80)), 0u32..400, text(600)), 0..40),
        warnings in prop::collection::vec(text(200), 0..12),
        commands in prop::collection::vec((text(30), text(60), text(60)), 0..20),
        drafts in prop::collection::vec((1..=crate::MAX_DAY, text(3000)), 0..30),
        audit in prop::collection::vec((text(40), text(60), prop::option::of(text(3000)), prop::option::of(text(3000)), prop::option::of(1i64..)), 0..50),
        ids in prop::collection::vec(1i64.., 0..40),
        n in 0u64..1_000_000,
    ) {
        let report = Report {
            day: day(344),
            title: title.clone(),
            sections: vec![Section { heading: short.clone(), blocks: vec![Block::Paragraph(input.clone())] }],
            sources: vec![],
            status: ReportStatus::Draft,
        };
        let parsed = ParsedReport { report: report.clone(), warnings, kind: TextKind::DailyReport, date_source: DateSource::DayNumber };
        let incidents: Vec<ExtractedIncident> = places
            .iter()
            .map(|(place, weapon, killed, evidence)| ExtractedIncident {
                incident: incident(place.clone(), weapon.clone(), *killed),
                evidence: evidence.clone(),
                flags: if *killed > 150 { vec![ReviewFlag::LargeFigure] } else { vec![] },
            })
            .collect();
        let current = Report { title: input.clone(), status: ReportStatus::Published, ..report.clone() };
        let replacement = admin::ReplacementView { pending: i64::MAX, current: &current, current_incidents: n as usize, parsed: &parsed, incidents: &incidents };
        let commands: Vec<(&str, &str, &str)> = commands.iter().map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str())).collect();
        let drafts: Vec<(DayNumber, String)> = drafts.into_iter().map(|(d, title)| (day(d), title)).collect();
        let at = Utc.with_ymd_and_hms(2023, 3, 3, 9, 0, 0).unwrap();
        let entries: Vec<AuditEntry> = audit
            .into_iter()
            .map(|(action, subject, before, after, actor)| AuditEntry { at, actor, action, subject, before, after })
            .collect();
        let queued = admin::Queued { alerts: n, channel: n.is_multiple_of(2) };
        let entry = SanctionsEntry {
            date: NaiveDate::from_ymd_opt(2023, 2, 25).unwrap(),
            authority: Authority::Canada,
            title: short.clone(),
            status: SanctionStatus::Adopted,
            summary: input.clone(),
            source_url: None,
        };
        let hand = incident(Some(short.clone()), Some(title.clone()), 3);
        let undated = Incident { date: None, report_day: None, ..hand.clone() };
        let problems = [
            admin::Problem::WhichDay,
            admin::Problem::NoReportForDay(day(344)),
            admin::Problem::NotACount(input.clone()),
            admin::Problem::NotADate(short.clone()),
            admin::Problem::UnknownPlace(input.clone()),
            admin::Problem::NotADayNumber(short.clone()),
            admin::Problem::UnknownIncidentField(short.clone()),
            admin::Problem::RegionDidYouMean(input.clone(), RegionCode::ALL.to_vec()),
            admin::Problem::UnknownRegion(short.clone()),
            admin::Problem::TooLong { field: "place", max: 80 },
            admin::Problem::AuditCount { max: 50 },
            admin::Problem::FieldMissing("date"),
            admin::Problem::Empty("title"),
            admin::Problem::NotAUrl(input.clone()),
            admin::Problem::UnknownSanctionField(short.clone()),
            admin::Problem::NotKeyValue(short.clone()),
            admin::Problem::UnclosedQuote(short.clone()),
            admin::Problem::FieldTwice(short.clone()),
        ];
        for lang in Lang::all().iter().copied() {
            rendering_in(lang);
            for problem in &problems {
                check(&[admin::usage(lang, &short, problem, &short, &short)])?;
            }
            check(&[
                admin::maintainers_only(lang),
                admin::button_refused(lang),
                admin::help(lang, &commands),
                admin::add_report_usage(lang),
                admin::report_unusable(lang, &short),
                admin::report_unreadable(lang, &short),
                admin::replacement_preview(lang, &replacement),
                admin::draft_preview(lang, &parsed, &incidents),
                admin::replacement_dropped(lang, day(344)),
                admin::replacement_gone(lang),
                admin::replacement_unreadable(lang),
                admin::replaced_published(lang, day(344), queued),
                admin::draft_discarded(lang, day(344)),
                admin::discard_published(lang, day(344)),
                admin::no_draft(lang, day(344)),
                admin::no_report(lang, day(344)),
                admin::status_unchanged(lang, day(344), ReportStatus::Published),
                admin::status_unchanged(lang, day(344), ReportStatus::Draft),
                admin::published(lang, day(344), queued),
                admin::unpublished(lang, day(344)),
                admin::no_digest(lang),
                admin::digest_queued(lang, day(344), n),
                admin::drafts(lang, &drafts),
                admin::incident_added(lang, i64::MAX, &hand),
                admin::incident_added(lang, i64::MAX, &undated),
                admin::no_incident(lang, 7),
                admin::incident_changed(lang, 7, &hand, &undated, Some(&short)),
                admin::incident_deleted(lang, 7, &hand, Some(&short)),
                admin::sanction_added(lang, 7, &entry),
                admin::no_sanction(lang, 7),
                admin::sanction_changed(lang, 7, &entry, &SanctionsEntry { status: SanctionStatus::InForce, ..entry.clone() }),
                admin::sanction_deleted(lang, 7, &entry),
                admin::admins(lang, &ids, &ids),
                admin::owners_only(lang),
                admin::admin_added(lang, 7),
                admin::already_admin(lang, 7),
                admin::admin_removed(lang, 7),
                admin::owner_not_removed(lang, 7),
                admin::not_an_admin(lang, 7),
                admin::audit_log(lang, &entries),
                admin::stats(lang, &admin::StatsView { drafts: n, sent: n, ..Default::default() }),
                admin::export(lang, n as usize, "incidents", "csv", picture()),
                admin::export(lang, n as usize, "sanctions", "json", picture()),
            ])?;
        }
    }

    #[test]
    fn post_previews_and_confirmations(
        name in text(120),
        again in prop::option::of(prop::sample::select(vec![posts::Again::AfterDiscard, posts::Again::InPreview])),
        items in prop::collection::vec(
            (prop::option::of(text(80)), prop::option::of(text(80)), 0u32..400, text(1500),
             prop::collection::vec((1i64.., prop::option::of(text(120)), any::<bool>()), 0..3)),
            0..40,
        ),
        forwarded in any::<bool>(),
        ids in prop::collection::vec(1i64.., 0..40),
        alerts in 0u64..1000,
    ) {
        let post_source = source(name.clone(), forwarded);
        let reviewed: Vec<posts::Reviewed> = items
            .into_iter()
            .map(|(place, weapon, killed, evidence, duplicates)| posts::Reviewed {
                extracted: ExtractedIncident {
                    incident: incident(place.clone(), weapon, killed),
                    evidence,
                    flags: if killed > 150 { vec![ReviewFlag::LargeFigure] } else { vec![] },
                },
                duplicates: duplicates
                    .into_iter()
                    .map(|(id, name, linked)| posts::Duplicate {
                        id,
                        incident: incident(place.clone(), None, killed + 1),
                        source: name.map(|name| source(name, linked)),
                    })
                    .collect(),
            })
            .collect();
        for lang in Lang::all().iter().copied() {
            rendering_in(lang);
            for date_source in [DateSource::Title, DateSource::Dateline, DateSource::DayNumber, DateSource::Given] {
                let origin = posts::PreviewOrigin { forwarded, date: NaiveDate::from_ymd_opt(2023, 3, 2).unwrap(), date_source };
                check(&[posts::preview(lang, i64::MIN, &post_source, origin, &reviewed, again)])?;
            }
            let updated = NaiveDate::from_ymd_opt(2023, 3, 3).unwrap();
            check(&[
                posts::status(lang, PostStatus::Added, updated, alerts as u32),
                posts::status(lang, PostStatus::Discarded, updated, 0),
                posts::status(lang, PostStatus::Pending, updated, 0),
                posts::unusable(lang, &name),
                posts::unreadable(lang, &name),
                posts::no_incidents(lang, forwarded),
                posts::gone(lang),
                posts::no_longer_reads(lang),
                posts::added(lang, &post_source, &ids, ids.len() + 3, alerts),
                posts::added(lang, &post_source, &ids, ids.len(), alerts),
                posts::discarded(lang, Some(&post_source)),
                posts::discarded(lang, None),
            ])?;
        }
    }

    #[test]
    fn subscription_answers_charts_and_the_rest(
        input in text(6000),
        short in text(200),
        names in prop::collection::vec(text(40), 0..6),
        days in 1u32..=365,
        region_index in 0usize..27,
        killed in 0u64..10_000_000,
    ) {
        let region = RegionCode::ALL[region_index];
        let zone = chrono_tz::Europe::Kyiv;
        let time = chrono::NaiveTime::from_hms_opt(7, 30, 0).unwrap();
        let night = crate::QuietHours::new(chrono::NaiveTime::from_hms_opt(23, 0, 0).unwrap(), time, crate::QuietMode::Silent).unwrap();
        let notes = [
            settings::Note::DigestOn { time, zone },
            settings::Note::DigestOff { was_on: true },
            settings::Note::DigestOff { was_on: false },
            settings::Note::Follow { region, via: Some(short.clone()), new: true },
            settings::Note::Follow { region, via: None, new: false },
            settings::Note::Unfollow { region, was_followed: true },
            settings::Note::Unfollow { region, was_followed: false },
            settings::Note::Everything { had_any: true },
            settings::Note::Everything { had_any: false },
            settings::Note::TimeZone { zone, local: short.clone() },
            settings::Note::Quiet { hours: night, zone },
            settings::Note::Quiet { hours: night.with_mode(crate::QuietMode::Wait), zone },
            settings::Note::QuietOff { were_on: true },
            settings::Note::QuietOff { were_on: false },
        ];
        for lang in Lang::all().iter().copied() {
            rendering_in(lang);
            for note in &notes {
                let view = SettingsView { note: Some(settings::note(lang, note)), digest: true, digest_time: time, time_zone: zone, regions: &RegionCode::ALL, quiet: Some(night) };
                check(&[settings(lang, &view)])?;
            }
            let off = SettingsView { note: None, digest: false, digest_time: time, time_zone: zone, regions: &[], quiet: None };
            check(&[settings(lang, &off), follow_menu(lang, &[]), follow_menu(lang, &RegionCode::ALL[..region_index])])?;
            check(&[
                settings::needs_a_chat(lang),
                settings::button_needs_a_chat(lang),
                settings::unsubscribe_at_a_time(lang),
                settings::time_zone_is(lang, zone),
                settings::unknown_time_zone(lang, &input),
                settings::which_region(lang, true),
                settings::which_region(lang, false),
                settings::region_did_you_mean(lang, &input, &RegionCode::ALL[..region_index], region_index.is_multiple_of(2)),
                settings::region_not_found(lang, &input),
                settings::not_a_time(lang, &input),
                settings::subscribe_usage(lang),
                settings::quiet_usage(lang),
                settings::not_a_window(lang, &input),
                settings::quiet_empty(lang),
            ])?;

            let to = NaiveDate::from_ymd_opt(2023, 3, 2).unwrap();
            let period = charts::Period { from: to - chrono::Days::new(u64::from(days) - 1), to, days };
            let totals = CasualtyTotals { incidents: killed / 3, killed, wounded: killed * 7 };
            let ranked: Vec<(RegionCode, CasualtyTotals)> = RegionCode::ALL.iter().map(|region| (*region, totals)).collect();
            check(&[
                charts::chart_did_you_mean(lang, &input, &names, days),
                charts::chart_place_not_found(lang, &input),
                charts::nothing_to_chart(lang),
                charts::no_casualties_to_chart(lang, Some(region), period),
                charts::no_casualties_to_chart(lang, None, period),
                charts::region_chart(lang, region, period, totals, (to, totals), picture()),
                charts::top_regions_chart(lang, period, &ranked[..region_index], picture()),
                charts::top_regions_chart(lang, period, &ranked, picture()),
                charts::nothing_to_map(lang),
                charts::blank_map(lang, period),
                charts::map(lang, &charts::MapView { period, totals, affected: region_index, worst: (region, killed) }, picture()),
                charts::days_usage(lang, &short, &input, 365),
            ])?;

            check(&[
                misc::not_a_command(lang),
                misc::upload_not_text(lang),
                misc::upload_too_large(lang),
                misc::upload_unusable(lang, &input, &short),
                misc::no_buttons(lang),
                misc::press_a_number(lang, region_index),
                misc::date_before_day_one(lang),
                misc::date_too_far_ahead(lang),
                misc::day_zero(lang),
                misc::day_not_yet(lang, &input, Some(day(1000))),
                misc::day_not_yet(lang, &input, None),
            ])?;
        }
    }
}
