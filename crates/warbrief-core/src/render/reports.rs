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

pub fn report(view: &ReportView<'_>) -> Vec<Reply> {
    let report = view.report;
    let mut head = format!("<b>{}</b>\n<i>{}</i>", escape(&report.headline()), long_date(report.date()));
    if report.date() < view.today {
        head.push_str(&format!(
            "\n(The latest report is from {}; there is none for today yet.)",
            long_date(report.date())
        ));
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
            .map(|(i, url)| format!("<a href=\"{}\">source {}</a>", escape(url.as_str()), i + 1))
            .collect();
        pieces.push(Piece::Html(links.join(" · ")));
    }
    let mut replies: Vec<Reply> = pack(pieces).into_iter().map(Reply::text).collect();
    let mut navigation = Vec::new();
    if let Some(previous) = view.previous {
        navigation.push(Button::new(format!("◀ Day {previous}"), Action::Day(previous)));
    }
    if let Some(next) = view.next {
        navigation.push(Button::new(format!("Day {next} ▶"), Action::Day(next)));
    }
    if !navigation.is_empty() {
        let last = replies.last_mut().expect("a report renders at least its head");
        last.buttons = vec![navigation];
    }
    replies
}

pub fn no_reports_yet() -> Reply {
    Reply::text("No report has been published yet. Please check back later.")
}

/// `/day N` for a day without a published report.
pub fn no_report_for_day(day: DayNumber, today: NaiveDate, latest: Option<DayNumber>) -> Reply {
    let text = if day.date() > today {
        match DayNumber::from_date(today) {
            Ok(today_day) => {
                format!("Day {day} ({}) hasn't come yet: today is day {today_day}.", long_date(day.date()))
            }
            Err(_) => format!("Day {day} hasn't come yet."),
        }
    } else {
        format!("There is no published report for day {day} ({}).", long_date(day.date()))
    };
    let buttons = latest
        .map(|latest| vec![vec![Button::new(format!("Latest: day {latest}"), Action::Day(latest))]])
        .unwrap_or_default();
    Reply::text(text).with_buttons(buttons)
}

pub fn day_usage(input: &str) -> Reply {
    let reason = if input.trim().is_empty() {
        "Which day?".to_owned()
    } else {
        format!("\"{}\" is not a day number.", escape(&truncate(input.trim(), ECHO_CHARS)))
    };
    Reply::text(format!(
        "{reason} Send /day followed by a number from 1 to {}, e.g. <code>/day 344</code>, or a date such as \
         <code>/day 2023-02-02</code>.",
        crate::MAX_DAY
    ))
}

/// `/latest`: the most recent published reports, newest first, as buttons.
pub fn latest(reports: &[(DayNumber, String)]) -> Reply {
    if reports.is_empty() {
        return no_reports_yet();
    }
    let buttons = reports
        .iter()
        .map(|(day, title)| {
            let label = if title.is_empty() {
                format!("Day {day} · {}", short_date(day.date()))
            } else {
                format!("Day {day} · {}", truncate(title, 40))
            };
            vec![Button::new(label, Action::Day(*day))]
        })
        .collect();
    let heading = if reports.len() == 1 {
        "The latest report".to_owned()
    } else {
        format!("The latest {} reports", reports.len())
    };
    Reply::text(format!("<b>{heading}</b>\nPick one to read it.")).with_buttons(buttons)
}
