//! /start, /help, /about, and the answer to a command we don't have.

use super::*;

pub fn start(lang: Lang) -> Reply {
    Reply::text(t(lang, "intro-start")).with_buttons(vec![
        vec![
            Button::new(t(lang, "intro-button-today"), Action::Today),
            Button::new(t(lang, "intro-button-regions"), Action::RegionMenu),
        ],
        vec![
            Button::new(t(lang, "intro-button-sanctions"), Action::Sanctions { authority: None, page: 0 }),
            Button::new(t(lang, "intro-button-digest"), Action::Subscribe),
        ],
    ])
}

/// `/help`: `commands` are (command, description) pairs, from the transport's command list.
pub fn help(lang: Lang, commands: &[(String, String)]) -> Reply {
    let mut html = t(lang, "intro-help-title");
    html.push('\n');
    for (command, description) in commands {
        html.push_str(&format!("\n{} — {}", escape(command), escape(description)));
    }
    html.push_str("\n\n");
    html.push_str(&t(lang, "intro-help-place-names"));
    Reply::text(html)
}

pub fn unknown_command(lang: Lang, command: &str) -> Reply {
    Reply::text(t_args(lang, "intro-unknown-command", &[("command", Arg::text(&truncate(command, ECHO_CHARS)))]))
}

/// What `/about` reports about the data.
pub struct AboutView {
    pub published_reports: u64,
    pub incidents: u64,
    pub sanctions_entries: u64,
    pub latest: Option<DayNumber>,
    pub today: NaiveDate,
}

pub fn about(lang: Lang, view: &AboutView) -> Reply {
    let currency = match view.latest {
        Some(latest) if latest.date() >= view.today => {
            t_args(lang, "about-latest-is-today", &[("day", count(latest.get()))])
        }
        Some(latest) => t_args(
            lang,
            "about-latest-was",
            &[
                ("day", count(latest.get())),
                ("date", Arg::plain(long_date(lang, latest.date()))),
                ("ago", Arg::number((view.today - latest.date()).num_days() as f64)),
            ],
        ),
        None => t(lang, "about-no-report-yet"),
    };
    Reply::text(t_args(
        lang,
        "about-text",
        &[
            ("currency", Arg::html(currency)),
            ("reports", count(view.published_reports)),
            ("incidents", count(view.incidents)),
            ("entries", count(view.sanctions_entries)),
        ],
    ))
}
