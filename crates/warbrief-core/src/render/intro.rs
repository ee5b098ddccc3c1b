//! /start, /help, /about, and the answer to a command we don't have.

use super::*;

pub fn start() -> Reply {
    Reply::text(
        "👋 <b>warbrief</b> turns the daily reports on Russia's war against Ukraine into answers.\n\n\
         /today — the latest daily report\n\
         /day 344 — one day's report\n\
         /region Kharkiv — what happened in a region\n\
         /sanctions — the sanctions timeline\n\
         /subscribe — the daily digest each morning, and alerts for regions you follow\n\
         /help — everything else",
    )
    .with_buttons(vec![
        vec![Button::new("📰 Today", Action::Today), Button::new("🗺 Regions", Action::RegionMenu)],
        vec![
            Button::new("⚖️ Sanctions", Action::Sanctions { authority: None, page: 0 }),
            Button::new("🔔 Daily digest", Action::Subscribe),
        ],
    ])
}

/// `/help`: `commands` are (command, description) pairs, from the transport's command list.
pub fn help(commands: &[(String, String)]) -> Reply {
    let mut html = String::from("<b>What I can do</b>\n");
    for (command, description) in commands {
        html.push_str(&format!("\n{} — {}", escape(command), escape(description)));
    }
    html.push_str(
        "\n\nPlace names work in any common spelling: Kharkiv, Kharkov, Харків, \"Kharkiv oblast\", or a town such \
         as Kramatorsk.",
    );
    Reply::text(html)
}

pub fn unknown_command(command: &str) -> Reply {
    Reply::text(format!("I don't know {}. Send /help to see what I can do.", escape(&truncate(command, ECHO_CHARS))))
}

/// What `/about` reports about the data.
pub struct AboutView {
    pub published_reports: u64,
    pub incidents: u64,
    pub sanctions_entries: u64,
    pub latest: Option<DayNumber>,
    pub today: NaiveDate,
}

pub fn about(view: &AboutView) -> Reply {
    let currency = match view.latest {
        Some(latest) if latest.date() >= view.today => format!("The latest report is today's, day {latest}."),
        Some(latest) => format!(
            "The latest report is for day {latest}, {} ({} day{} ago).",
            long_date(latest.date()),
            (view.today - latest.date()).num_days(),
            if (view.today - latest.date()).num_days() == 1 { "" } else { "s" }
        ),
        None => "No report has been published yet.".to_owned(),
    };
    Reply::text(format!(
        "<b>About warbrief</b>\n\n\
         warbrief serves daily reports on Russia's full-scale war against Ukraine, counted in days since it \
         began on 24 February 2022 (day 1). Maintainers add each report; warbrief reads the casualty incidents \
         out of its text (place, date, killed, wounded, weapon) so you can ask about a region.\n\n\
         Casualty figures are those reported on the day, often lower bounds (\"at least\"); they are not \
         official totals. Sanctions entries summarise the decisions of the EU and other authorities, with links \
         to their sources.\n\n\
         {currency}\n\
         In the database: {} published report{}, {} incident{}, {} sanctions entr{}.",
        view.published_reports,
        if view.published_reports == 1 { "" } else { "s" },
        view.incidents,
        if view.incidents == 1 { "" } else { "s" },
        view.sanctions_entries,
        if view.sanctions_entries == 1 { "y" } else { "ies" },
    ))
}
