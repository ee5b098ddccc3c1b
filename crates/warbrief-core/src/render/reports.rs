//! A day's report (/today, /day), the list of the latest reports, and what is said when there is none.

use super::*;

/// A daily report with ◀ ▶ buttons to its published neighbours, split into as many messages as it needs.
pub struct ReportView<'a> {
    pub report: &'a Report,
    pub previous: Option<DayNumber>,
    pub next: Option<DayNumber>,
    /// Today's date where the reader is; a report from another day says so.
    pub today: NaiveDate,
}

pub fn report(lang: Lang, view: &ReportView<'_>) -> Vec<Reply> {
    let report = view.report;
    let date = long_date(lang, report.date());
    let mut head = format!("<b>{}</b>\n<i>{date}</i>", escape(&headline(lang, report)));
    // Only the newest report says there is none for today: an older one has a newer report after it.
    if report.date() < view.today && view.next.is_none() {
        head.push('\n');
        head.push_str(&t_args(lang, "report-not-today", &[("date", Arg::plain(date))]));
    }
    let mut pieces = vec![Piece::Html(head)];
    for section in &report.sections {
        if !section.heading.is_empty() {
            pieces.push(Piece::Html(format!("<b>{}</b>", escape(&section.heading))));
        }
        for block in &section.blocks {
            match block {
                Block::Paragraph(text) => pieces.push(Piece::Text(text.clone())),
                Block::Bullets(items) => {
                    let lines: Vec<String> = items.iter().map(|item| format!("• {item}")).collect();
                    pieces.push(Piece::Text(lines.join("\n")));
                }
            }
        }
    }
    if !report.sources.is_empty() {
        let links: Vec<String> = report
            .sources
            .iter()
            .enumerate()
            .map(|(i, url)| {
                let text = t_args(lang, "report-source-link", &[("number", count(i as u64 + 1))]);
                format!("<a href=\"{}\">{text}</a>", escape(url.as_str()))
            })
            .collect();
        pieces.push(Piece::Html(links.join(" · ")));
    }
    let mut replies: Vec<Reply> = pack(pieces).into_iter().map(Reply::text).collect();
    let mut navigation = Vec::new();
    if let Some(previous) = view.previous {
        navigation.push(Button::new(
            t_args(lang, "report-button-previous", &[("day", count(previous.get()))]),
            Action::Day(previous),
        ));
    }
    if let Some(next) = view.next {
        navigation
            .push(Button::new(t_args(lang, "report-button-next", &[("day", count(next.get()))]), Action::Day(next)));
    }
    if !navigation.is_empty() {
        let last = replies.last_mut().expect("a report renders at least its head");
        last.buttons = vec![navigation];
    }
    replies
}

pub fn no_reports_yet(lang: Lang) -> Reply {
    Reply::text(t(lang, "report-none-yet"))
}

/// `/day N` for a day without a published report.
pub fn no_report_for_day(lang: Lang, day: DayNumber, today: NaiveDate, latest: Option<DayNumber>) -> Reply {
    let date = || Arg::plain(long_date(lang, day.date()));
    let text = if day.date() > today {
        match DayNumber::from_date(today) {
            Ok(today_day) => t_args(
                lang,
                "report-day-not-come",
                &[("day", count(day.get())), ("date", date()), ("today", count(today_day.get()))],
            ),
            Err(_) => t_args(lang, "report-day-not-come-plain", &[("day", count(day.get()))]),
        }
    } else {
        t_args(lang, "report-no-report-for-day", &[("day", count(day.get())), ("date", date())])
    };
    let buttons = latest
        .map(|latest| {
            let label = t_args(lang, "report-button-latest", &[("day", count(latest.get()))]);
            vec![vec![Button::new(label, Action::Day(latest))]]
        })
        .unwrap_or_default();
    Reply::text(text).with_buttons(buttons)
}

pub fn day_usage(lang: Lang, input: &str) -> Reply {
    let reason = if input.trim().is_empty() {
        t(lang, "report-which-day")
    } else {
        t_args(lang, "report-not-a-day-number", &[("input", Arg::text(&truncate(input.trim(), ECHO_CHARS)))])
    };
    Reply::text(t_args(
        lang,
        "report-day-usage",
        &[("reason", Arg::html(reason)), ("max", Arg::plain(crate::MAX_DAY.to_string()))],
    ))
}

/// `/latest`: the most recent published reports, newest first, as buttons.
pub fn latest(lang: Lang, reports: &[(DayNumber, String)]) -> Reply {
    if reports.is_empty() {
        return no_reports_yet(lang);
    }
    let buttons = reports
        .iter()
        .map(|(day, title)| {
            let title = if title.is_empty() { short_date(lang, day.date()) } else { truncate(title, 40) };
            let label =
                t_args(lang, "report-latest-button", &[("day", count(day.get())), ("title", Arg::plain(title))]);
            vec![Button::new(label, Action::Day(*day))]
        })
        .collect();
    let heading = t_args(lang, "report-latest-heading", &[("count", count(reports.len() as u64))]);
    Reply::text(format!("<b>{heading}</b>\n{}", t(lang, "report-latest-pick"))).with_buttons(buttons)
}

/// A report's headline in `lang`: "Day 344: Title", "День 344: Title" (the title as written). Plain text.
pub fn headline(lang: Lang, report: &Report) -> String {
    let day = Arg::plain(report.day.to_string());
    if report.title.is_empty() {
        t_args(lang, "report-headline-untitled", &[("day", day)])
    } else {
        t_args(lang, "report-headline", &[("day", day), ("title", Arg::plain(report.title.clone()))])
    }
}
