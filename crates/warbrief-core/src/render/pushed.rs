//! What is pushed to subscribers: the daily digest, region alerts, a post's alerts and the channel post.

use super::i18n::{Arg, t, t_args};
use super::regions::incident_line;
use super::{Action, Button, Reply, long_date};
use crate::gazetteer;
use crate::html::{MESSAGE_LIMIT, escape, truncate, utf16_len};
use crate::post::IncidentSource;
use crate::{Block, CasualtyTotals, Incident, Lang, RegionCode, Report};

/// How much of a section's opening the digest shows.
const SUMMARY_CHARS: usize = 160;
/// Sections listed in a digest; the full report has the rest.
const DIGEST_SECTIONS: usize = 12;
/// Regions listed in a digest's casualty summary, most casualties first.
const DIGEST_REGIONS: usize = 8;
/// Incidents listed in one alert.
const ALERT_INCIDENTS: usize = 15;

pub struct DigestView<'a> {
    pub report: &'a Report,
    /// Casualties from the report's incidents, by region.
    pub totals: &'a [(RegionCode, CasualtyTotals)],
}

/// The daily digest: title, one line per section, the report's casualties by region, and a button for the
/// full text. Always one message.
pub fn digest(lang: Lang, view: &DigestView<'_>) -> Reply {
    let report = view.report;
    let mut lines = vec![
        format!("📰 <b>{}</b>", escape(&truncate(&super::headline(lang, report), 200))),
        format!("<i>{}</i>", long_date(lang, report.date())),
        String::new(),
    ];
    let sections: Vec<String> = report
        .sections
        .iter()
        .filter_map(|section| {
            let summary = section.blocks.iter().find_map(|block| match block {
                Block::Paragraph(text) => Some(text.as_str()),
                Block::Bullets(items) => items.first().map(String::as_str),
            });
            match (section.heading.trim(), summary) {
                ("", None) => None,
                ("", Some(summary)) => Some(format!("• {}", escape(&opening(summary)))),
                (heading, None) => Some(format!("• <b>{}</b>", escape(&truncate(heading, 80)))),
                (heading, Some(summary)) => {
                    Some(format!("• <b>{}</b>: {}", escape(&truncate(heading, 80)), escape(&opening(summary))))
                }
            }
        })
        .collect();
    let more_sections = sections.len().saturating_sub(DIGEST_SECTIONS);
    lines.extend(sections.into_iter().take(DIGEST_SECTIONS));
    if more_sections > 0 {
        lines.push(t_args(lang, "pushed-more-sections", &[("count", Arg::number(more_sections as f64))]));
    }
    let mut totals: Vec<&(RegionCode, CasualtyTotals)> =
        view.totals.iter().filter(|(_, totals)| totals.killed + totals.wounded > 0).collect();
    totals.sort_by_key(|(region, totals)| (std::cmp::Reverse(totals.killed + totals.wounded), region.index()));
    if !totals.is_empty() {
        lines.push(String::new());
        lines.push(t(lang, "pushed-casualties-heading"));
        for (region, totals) in totals.iter().take(DIGEST_REGIONS) {
            lines.push(t_args(
                lang,
                "pushed-region-casualties",
                &[
                    ("region", Arg::text(&gazetteer::region_label_in(lang, *region))),
                    ("killed", Arg::number(totals.killed as f64)),
                    ("wounded", Arg::number(totals.wounded as f64)),
                ],
            ));
        }
        if totals.len() > DIGEST_REGIONS {
            let more = (totals.len() - DIGEST_REGIONS) as f64;
            lines.push(t_args(lang, "pushed-more-regions", &[("count", Arg::number(more))]));
        }
    }
    Reply::text(fit(lines)).with_buttons(vec![vec![
        Button::new(t(lang, "pushed-button-full-report"), Action::Day(report.day)),
        Button::new(t(lang, "pushed-button-settings"), Action::Settings),
    ]])
}

/// A region alert: the report's incidents in the regions a chat follows.
pub fn region_alert(lang: Lang, report: &Report, incidents: &[Incident]) -> Reply {
    let from = t_args(lang, "pushed-from", &[("source", Arg::text(&truncate(&super::headline(lang, report), 200)))]);
    let lines = alert_lines(lang, from, &alert_regions(incidents), incidents, "pushed-more-incidents-in-report");
    Reply::text(fit(lines)).with_buttons(vec![vec![
        Button::new(t(lang, "pushed-button-full-report"), Action::Day(report.day)),
        Button::new(t(lang, "pushed-button-settings"), Action::Settings),
    ]])
}

/// An alert of incidents a maintainer added from a forwarded post or article, in the regions the chat
/// follows: the same lines as a report's alert, from the post's source (linked when public).
pub fn post_alert(lang: Lang, source: &IncidentSource, incidents: &[Incident]) -> Reply {
    let from = t_args(lang, "pushed-from", &[("source", Arg::html(super::source_link(source)))]);
    let regions = alert_regions(incidents);
    let lines = alert_lines(lang, from, &regions, incidents, "pushed-more-incidents");
    let mut buttons: Vec<Button> = regions
        .iter()
        .take(2)
        .map(|region| Button::new(format!("📍 {}", gazetteer::region_name_in(lang, *region)), Action::Region(*region)))
        .collect();
    buttons.push(Button::new(t(lang, "pushed-button-settings"), Action::Settings));
    Reply::text(fit(lines)).with_buttons(vec![buttons])
}

/// The regions of an alert's incidents, by name, each once.
fn alert_regions(incidents: &[Incident]) -> Vec<RegionCode> {
    let mut regions: Vec<RegionCode> = incidents.iter().map(|incident| incident.region).collect();
    regions.sort_by_key(|region| gazetteer::region_name(*region));
    regions.dedup();
    regions
}

/// An alert's lines: the `regions` of its incidents, where they come from, then one line each (the region
/// named when there are several), at most [`ALERT_INCIDENTS`], and "… and N more" (the message `more`) past that.
fn alert_lines(lang: Lang, from: String, regions: &[RegionCode], incidents: &[Incident], more: &str) -> Vec<String> {
    let names: Vec<String> = regions.iter().map(|region| gazetteer::region_label_in(lang, *region)).collect();
    let mut lines = vec![format!("⚠️ <b>{}</b>", escape(&names.join(", "))), from, String::new()];
    let mut shown = 0;
    for region in regions {
        for incident in incidents.iter().filter(|incident| incident.region == *region) {
            if shown == ALERT_INCIDENTS {
                break;
            }
            let line = incident_line(lang, &Incident { report_day: None, ..incident.clone() });
            let line = if regions.len() > 1 {
                line.replacen("• ", &format!("• {}, ", escape(gazetteer::region_name_in(lang, *region))), 1)
            } else {
                line
            };
            lines.push(line);
            shown += 1;
        }
    }
    if incidents.len() > shown {
        lines.push(t_args(lang, more, &[("count", Arg::number((incidents.len() - shown) as f64))]));
    }
    lines
}

/// A published report as posted to the channel: the whole text, without navigation buttons.
pub fn channel_post(lang: Lang, report: &Report) -> Vec<Reply> {
    super::report(lang, &super::ReportView { report, previous: None, next: None, today: report.date() })
}

/// The first sentence of a text, cut to [`SUMMARY_CHARS`]. Plain text (escape it).
fn opening(text: &str) -> String {
    let text = text.trim();
    let mut end = text.len();
    for (i, _) in text.match_indices(". ") {
        if text[..i].chars().count() >= 20 {
            end = i + 1;
            break;
        }
    }
    truncate(&text[..end], SUMMARY_CHARS)
}

/// Joins lines into one message, dropping lines from the end (but never the title) until it fits.
fn fit(mut lines: Vec<String>) -> String {
    let mut html = lines.join("\n");
    while utf16_len(&html) > MESSAGE_LIMIT && lines.len() > 2 {
        lines.pop();
        html = format!("{}\n…", lines.join("\n"));
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::validate_telegram_html;
    use crate::render::{SettingsView, follow_menu, settings};
    use crate::{Count, DayNumber, ReportStatus, Section};
    use chrono::NaiveTime;

    fn report() -> Report {
        Report {
            day: DayNumber::new(344).unwrap(),
            title: "Strikes on Kramatorsk <again> & more".into(),
            sections: vec![
                Section {
                    heading: "Donetsk region".into(),
                    blocks: vec![Block::Paragraph(
                        "A missile hit a block of flats in Kramatorsk late on Wednesday. Rescuers worked all night."
                            .into(),
                    )],
                },
                Section { heading: "Sanctions".into(), blocks: vec![Block::Bullets(vec!["EU talks go on".into()])] },
                Section { heading: String::new(), blocks: vec![Block::Paragraph("Closing words.".into())] },
            ],
            sources: vec![],
            status: ReportStatus::Published,
        }
    }

    #[test]
    fn a_digest_is_one_compact_valid_message_with_the_full_report_a_button_away() {
        let totals = [
            (RegionCode::Kharkiv, CasualtyTotals { incidents: 1, killed: 2, wounded: 0 }),
            (RegionCode::Donetsk, CasualtyTotals { incidents: 3, killed: 6, wounded: 33 }),
            (RegionCode::Lviv, CasualtyTotals { incidents: 1, killed: 0, wounded: 0 }),
        ];
        let reply = digest(Lang::En, &DigestView { report: &report(), totals: &totals });
        validate_telegram_html(&reply.html, MESSAGE_LIMIT).unwrap();
        assert!(reply.html.contains("Day 344: Strikes on Kramatorsk &lt;again&gt; &amp; more"), "{}", reply.html);
        assert!(
            reply
                .html
                .contains("<b>Donetsk region</b>: A missile hit a block of flats in Kramatorsk late on Wednesday.")
        );
        assert!(!reply.html.contains("Rescuers"), "one sentence per section");
        assert!(reply.html.contains("• <b>Sanctions</b>: EU talks go on"));
        let donetsk = reply.html.find("Donetsk Oblast: 6 killed, 33 wounded").unwrap();
        let kharkiv = reply.html.find("Kharkiv Oblast: 2 killed, 0 wounded").unwrap();
        assert!(donetsk < kharkiv, "most casualties first");
        assert!(!reply.html.contains("Lviv"), "regions without casualties are left out");
        assert_eq!(reply.buttons[0][0].action, Action::Day(DayNumber::new(344).unwrap()));
    }

    #[test]
    fn a_digest_in_ukrainian_counts_with_ukrainian_plurals() {
        let totals = [
            (RegionCode::Donetsk, CasualtyTotals { incidents: 3, killed: 21, wounded: 33 }),
            (RegionCode::Kharkiv, CasualtyTotals { incidents: 1, killed: 1, wounded: 5 }),
            (RegionCode::Sumy, CasualtyTotals { incidents: 1, killed: 0, wounded: 2 }),
        ];
        let reply = digest(Lang::Uk, &DigestView { report: &report(), totals: &totals });
        validate_telegram_html(&reply.html, MESSAGE_LIMIT).unwrap();
        assert!(reply.html.contains("<b>Втрати в цьому звіті</b>"), "{}", reply.html);
        assert!(reply.html.contains("Донецька область: 21 загиблий, 33 поранених"), "{}", reply.html);
        assert!(reply.html.contains(": 1 загиблий, 5 поранених"), "{}", reply.html);
        assert!(reply.html.contains(": 0 загиблих, 2 поранених"), "{}", reply.html);
        let labels: Vec<&str> = reply.buttons[0].iter().map(|button| button.label.as_str()).collect();
        assert_eq!(labels, ["📖 Повний звіт", "⚙️ Налаштування"]);
    }

    #[test]
    fn a_huge_report_still_makes_a_digest_within_the_limit() {
        let mut big = report();
        big.title = "T".repeat(3000);
        big.sections = (0..200)
            .map(|i| Section { heading: format!("Heading {i} <&>"), blocks: vec![Block::Paragraph("ж".repeat(500))] })
            .collect();
        let totals: Vec<_> = RegionCode::ALL
            .iter()
            .map(|region| (*region, CasualtyTotals { incidents: 1, killed: 1_000_000, wounded: 1 }))
            .collect();
        let reply = digest(Lang::En, &DigestView { report: &big, totals: &totals });
        validate_telegram_html(&reply.html, MESSAGE_LIMIT).unwrap();
        assert!(reply.html.contains("… and 188 more in the full report"), "{}", reply.html);
        assert!(reply.html.contains("… and 19 more regions"));
    }

    #[test]
    fn an_alert_lists_the_incidents_in_followed_regions() {
        let incident = |region, place: &str, killed| Incident {
            date: Some("2023-02-01".parse().unwrap()),
            region,
            place: Some(place.into()),
            killed: Count::exactly(killed),
            wounded: Count::at_least(5),
            weapon: Some("S-300 <missile>".into()),
            description: String::new(),
            report_day: Some(DayNumber::new(344).unwrap()),
        };
        let reply = region_alert(
            Lang::En,
            &report(),
            &[incident(RegionCode::Kharkiv, "Kupiansk", 2), incident(RegionCode::Donetsk, "Kramatorsk", 3)],
        );
        validate_telegram_html(&reply.html, MESSAGE_LIMIT).unwrap();
        assert!(reply.html.starts_with("⚠️ <b>Donetsk Oblast, Kharkiv Oblast</b>"), "{}", reply.html);
        assert!(reply.html.contains("• Donetsk, 1 Feb 2023, Kramatorsk: 3 killed, 5+ wounded · S-300 &lt;missile&gt;"));
        let many: Vec<Incident> = (0..40).map(|i| incident(RegionCode::Kharkiv, &format!("Place {i}"), 1)).collect();
        let reply = region_alert(Lang::En, &report(), &many);
        validate_telegram_html(&reply.html, MESSAGE_LIMIT).unwrap();
        assert!(reply.html.contains("… and 25 more in the full report"));
    }

    #[test]
    fn settings_show_what_is_on_with_buttons_to_change_it() {
        let view = SettingsView {
            note: Some("✅ Done".into()),
            digest: true,
            digest_time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            time_zone: chrono_tz::Europe::Kyiv,
            regions: &[RegionCode::Donetsk, RegionCode::Kharkiv],
            quiet: crate::QuietHours::new(
                NaiveTime::from_hms_opt(22, 0, 0).unwrap(),
                NaiveTime::from_hms_opt(6, 30, 0).unwrap(),
                crate::QuietMode::Wait,
            ),
        };
        let reply = settings(crate::Lang::En, &view);
        assert!(reply.html.contains("Quiet hours: 22:00–06:30, messages wait"), "{}", reply.html);
        validate_telegram_html(&reply.html, MESSAGE_LIMIT).unwrap();
        assert!(reply.html.contains("Daily digest: <b>on</b>, at 09:00 (Europe/Kyiv)"));
        assert!(reply.html.contains("Region alerts: Donetsk Oblast, Kharkiv Oblast"));
        let actions: Vec<Action> = reply.buttons.iter().flatten().map(|button| button.action).collect();
        assert!(actions.contains(&Action::DigestOff) && actions.contains(&Action::Unfollow(RegionCode::Donetsk)));
        let labels: Vec<&str> = reply.buttons.iter().flatten().map(|button| button.label.as_str()).collect();
        assert!(labels.contains(&"• 09:00") && labels.contains(&"07:00"), "{labels:?}");
        assert!(labels.contains(&"• ⏳ Hold until the end") && labels.contains(&"🔕 Without a sound"), "{labels:?}");
        for action in actions {
            assert_eq!(Action::decode(&action.encode()), Some(action));
        }

        let off =
            settings(crate::Lang::En, &SettingsView { note: None, digest: false, regions: &[], quiet: None, ..view });
        assert!(off.html.contains("Daily digest: <b>off</b>") && off.html.contains("Region alerts: none"));
        assert!(off.html.contains("Quiet hours: none"));
        let actions: Vec<Action> = off.buttons.iter().flatten().map(|button| button.action).collect();
        let night = Action::QuietHours { start: 23 * 60, end: 7 * 60 };
        assert_eq!(actions, [Action::Subscribe, night, Action::FollowMenu, Action::LanguageMenu]);
        let menu = follow_menu(crate::Lang::En, &[RegionCode::Donetsk]);
        assert_eq!(menu.buttons.iter().flatten().count(), 26 + 1, "the 26 not yet followed, and back");
    }
}
