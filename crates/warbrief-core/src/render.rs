//! Everything the bot says, as [`Reply`] values in Telegram HTML. The transport (Telegram or the console)
//! sends them; nothing here knows how.
//!
//! Every reply is valid HTML for Telegram's parse mode and within its limits: text from reports and users is
//! escaped, long texts are split at paragraph boundaries into parts of at most [`MESSAGE_LIMIT`] UTF-16 units
//! of HTML source (the visible text is never longer than its source), and [`Action`] encodes to at most
//! [`CALLBACK_DATA_LIMIT`] bytes.

use chrono::{Datelike, NaiveDate};

use crate::gazetteer::{self, Place, Settlement};
use crate::html::{CALLBACK_DATA_LIMIT, MESSAGE_LIMIT, escape, truncate, utf16_len};
use crate::post::IncidentSource;
use crate::{Authority, Block, CasualtyTotals, Count, DayNumber, Incident, RegionCode, Report, SanctionsEntry};

pub mod admin;
pub mod charts;
#[cfg(test)]
mod html_tests;
pub mod misc;
pub mod posts;
pub mod subscribe;
mod subscription;

pub use subscription::{
    DIGEST_TIME_CHOICES, DigestView, SettingsView, channel_post, clock, digest, follow_menu, post_alert, region_alert,
    settings,
};

/// One message to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// The message text, or the caption when there is a document (then at most [`CAPTION_LIMIT`](crate::html::CAPTION_LIMIT)).
    pub html: String,
    /// Rows of inline buttons under the message.
    pub buttons: Vec<Vec<Button>>,
    /// A file sent with the message (an export).
    pub document: Option<Box<Document>>,
    /// A picture sent with the message as its caption (at most [`CAPTION_LIMIT`](crate::html::CAPTION_LIMIT)).
    pub photo: Option<Box<Document>>,
}

/// A file to send: its name as the user will see it, and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub file_name: String,
    pub bytes: Vec<u8>,
}

impl Reply {
    pub fn text(html: impl Into<String>) -> Self {
        Reply { html: html.into(), buttons: Vec::new(), document: None, photo: None }
    }

    pub fn with_buttons(mut self, buttons: Vec<Vec<Button>>) -> Self {
        self.buttons = buttons;
        self
    }

    pub fn with_document(mut self, document: Document) -> Self {
        self.document = Some(Box::new(document));
        self
    }

    /// A PNG picture, with this reply's text as its caption.
    pub fn with_photo(mut self, photo: Document) -> Self {
        self.photo = Some(Box::new(photo));
        self
    }
}

/// An inline button: a label and what pressing it asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    pub label: String,
    pub action: Action,
}

impl Button {
    pub fn new(label: impl Into<String>, action: Action) -> Self {
        Button { label: label.into(), action }
    }
}

/// What a button asks for. Encodes to short callback data and back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Today,
    Day(DayNumber),
    Region(RegionCode),
    /// A town of the gazetteer: its region, with its own incidents first. Encoded by its stable
    /// [`key`](Settlement::key), so a button keeps meaning the same town when the gazetteer is edited.
    Settlement(Settlement),
    RegionMenu,
    Sanctions {
        authority: Option<Authority>,
        page: u32,
    },
    Help,
    /// Admin: publish the draft of this day.
    Publish(DayNumber),
    /// Admin: delete the draft of this day.
    Discard(DayNumber),
    /// Admin: replace a day's report with the pending replacement of this id.
    ApplyPending(i64),
    /// Admin: drop the pending replacement of this id, keeping the current report.
    DropPending(i64),
    /// Admin: add the incidents of the pending post of this id that are neither flagged nor likely duplicates.
    AddPost(i64),
    /// Admin: add every incident of the pending post of this id.
    AddAllPost(i64),
    /// Admin: discard the pending post of this id; nothing is added.
    DiscardPost(i64),
    /// The chat's subscription settings.
    Settings,
    /// Turn the daily digest on (at the chat's time, or the default).
    Subscribe,
    /// Turn the daily digest off.
    DigestOff,
    /// Set the digest time, in minutes after local midnight.
    DigestTime(u16),
    /// The regions to choose one to follow.
    FollowMenu,
    Follow(RegionCode),
    Unfollow(RegionCode),
    /// Digest off and every region unfollowed.
    UnsubscribeAll,
}

impl Action {
    /// Callback data: "t", "d:344", "r:UA-63", "p:kupiansk", "rm", "s:EU:2", "s:-:0", "h". Never over 64 bytes.
    /// Buttons in messages already sent carry it: change it only deliberately (a test pins every kind).
    pub fn encode(self) -> String {
        let data = match self {
            Action::Today => "t".to_owned(),
            Action::Day(day) => format!("d:{day}"),
            Action::Region(region) => format!("r:{region}"),
            Action::Settlement(settlement) => format!("p:{}", settlement.key),
            Action::RegionMenu => "rm".to_owned(),
            Action::Sanctions { authority, page } => {
                format!("s:{}:{page}", authority.map_or("-", Authority::as_str))
            }
            Action::Help => "h".to_owned(),
            Action::Publish(day) => format!("pub:{day}"),
            Action::Discard(day) => format!("dis:{day}"),
            Action::ApplyPending(id) => format!("pa:{id}"),
            Action::DropPending(id) => format!("pd:{id}"),
            Action::AddPost(id) => format!("ap:{id}"),
            Action::AddAllPost(id) => format!("aa:{id}"),
            Action::DiscardPost(id) => format!("dp:{id}"),
            Action::Settings => "set".to_owned(),
            Action::Subscribe => "sub".to_owned(),
            Action::DigestOff => "doff".to_owned(),
            Action::DigestTime(minutes) => format!("dt:{minutes}"),
            Action::FollowMenu => "fm".to_owned(),
            Action::Follow(region) => format!("fo:{region}"),
            Action::Unfollow(region) => format!("uf:{region}"),
            Action::UnsubscribeAll => "ua".to_owned(),
        };
        debug_assert!(data.len() <= CALLBACK_DATA_LIMIT);
        data
    }

    /// Whether only maintainers may press it.
    pub fn needs_admin(self) -> bool {
        matches!(
            self,
            Action::Publish(_)
                | Action::Discard(_)
                | Action::ApplyPending(_)
                | Action::DropPending(_)
                | Action::AddPost(_)
                | Action::AddAllPost(_)
                | Action::DiscardPost(_)
        )
    }

    /// Reads callback data back; `None` for anything [`Action::encode`] did not write, or no longer would (a
    /// town the gazetteer has dropped): such a button has expired ([`BUTTON_EXPIRED`]).
    pub fn decode(data: &str) -> Option<Action> {
        if data.len() > CALLBACK_DATA_LIMIT {
            return None;
        }
        let mut parts = data.split(':');
        let action = match (parts.next()?, parts.next(), parts.next()) {
            ("t", None, None) => Action::Today,
            ("h", None, None) => Action::Help,
            ("rm", None, None) => Action::RegionMenu,
            ("d", Some(day), None) => Action::Day(DayNumber::new(day.parse().ok()?).ok()?),
            ("r", Some(code), None) => Action::Region(code.parse().ok()?),
            ("p", Some(key), None) => Action::Settlement(gazetteer::settlement_by_key(key)?),
            ("pub", Some(day), None) => Action::Publish(DayNumber::new(day.parse().ok()?).ok()?),
            ("dis", Some(day), None) => Action::Discard(DayNumber::new(day.parse().ok()?).ok()?),
            ("pa", Some(id), None) => Action::ApplyPending(id.parse().ok()?),
            ("pd", Some(id), None) => Action::DropPending(id.parse().ok()?),
            ("ap", Some(id), None) => Action::AddPost(id.parse().ok()?),
            ("aa", Some(id), None) => Action::AddAllPost(id.parse().ok()?),
            ("dp", Some(id), None) => Action::DiscardPost(id.parse().ok()?),
            ("set", None, None) => Action::Settings,
            ("sub", None, None) => Action::Subscribe,
            ("doff", None, None) => Action::DigestOff,
            ("dt", Some(minutes), None) => Action::DigestTime(minutes.parse().ok().filter(|m| *m < 24 * 60)?),
            ("fm", None, None) => Action::FollowMenu,
            ("fo", Some(code), None) => Action::Follow(code.parse().ok()?),
            ("uf", Some(code), None) => Action::Unfollow(code.parse().ok()?),
            ("ua", None, None) => Action::UnsubscribeAll,
            ("s", Some(authority), Some(page)) => Action::Sanctions {
                authority: if authority == "-" { None } else { Some(authority.parse().ok()?) },
                page: page.parse().ok()?,
            },
            _ => return None,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(action)
    }
}

/// The answer to a button whose callback data no longer decodes (an old message's button).
pub const BUTTON_EXPIRED: &str = "This button has expired — send the command again.";

/// How much of user input is echoed back in answers.
const ECHO_CHARS: usize = 40;

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

/// What `/region` shows.
pub struct RegionView<'a> {
    pub region: RegionCode,
    /// Set when the user asked for a town: its incidents come first.
    pub focus: Option<Settlement>,
    /// The date the totals are counted back from (the latest report's), if there is any data at all.
    pub as_of: Option<NaiveDate>,
    pub last_7_days: CasualtyTotals,
    pub last_30_days: CasualtyTotals,
    /// The most recent incidents, newest first, with the post or article each was read from (none for a
    /// daily report's or a hand-entered one).
    pub recent: &'a [(Incident, Option<IncidentSource>)],
}

pub const REGION_RECENT_LIMIT: usize = 10;

pub fn region(view: &RegionView<'_>) -> Reply {
    let region = view.region;
    let mut html =
        format!("<b>{}</b> · {}", escape(&gazetteer::region_label(region)), escape(gazetteer::region_name_uk(region)));
    if let Some(settlement) = view.focus {
        html.push_str(&format!("\n{} is in {}.", escape(settlement.name), escape(&gazetteer::region_label(region))));
    }
    let Some(as_of) = view.as_of.filter(|_| !view.recent.is_empty()) else {
        html.push_str("\n\nNo incidents are recorded for this region yet.");
        return Reply::text(html);
    };
    html.push_str(&format!("\n\nCounted back from {} (latest report):", long_date(as_of)));
    for (label, totals) in [("7 days", view.last_7_days), ("30 days", view.last_30_days)] {
        html.push_str(&format!(
            "\n• last {label}: {} killed, {} wounded in {} incident{}",
            totals.killed,
            totals.wounded,
            totals.incidents,
            if totals.incidents == 1 { "" } else { "s" }
        ));
    }
    html.push_str("\n\n<b>Recent incidents</b>");
    let mut recent: Vec<&(Incident, Option<IncidentSource>)> = view.recent.iter().collect();
    if let Some(settlement) = view.focus {
        // Stable sort keeps newest-first order within each group.
        recent.sort_by_key(|(incident, _)| incident.place.as_deref() != Some(settlement.name));
    }
    for (incident, source) in recent.into_iter().take(REGION_RECENT_LIMIT) {
        html.push('\n');
        html.push_str(&incident_line(incident));
        if let Some(source) = source {
            html.push_str(&format!(" ({})", source_link(source)));
        }
    }
    Reply::text(html)
}

fn incident_line(incident: &Incident) -> String {
    let date = incident.date.map_or_else(|| "date unknown".to_owned(), short_date);
    let mut line = format!("• {date}");
    if let Some(place) = &incident.place {
        line.push_str(&format!(", {}", escape(place)));
    }
    line.push_str(&format!(": {}", casualties(incident.killed, incident.wounded)));
    if let Some(weapon) = &incident.weapon {
        line.push_str(&format!(" · {}", escape(weapon)));
    }
    if let Some(day) = incident.report_day {
        line.push_str(&format!(" (day {day})"));
    }
    line
}

/// A post's source as a link when it has one, its name alone otherwise; at most 60 characters shown.
pub fn source_link(source: &IncidentSource) -> String {
    let name = escape(&truncate(&source.name, 60));
    match &source.url {
        Some(url) => format!("<a href=\"{}\">{name}</a>", escape(url.as_str())),
        None => name,
    }
}

fn casualties(killed: Count, wounded: Count) -> String {
    match (killed.value, wounded.value) {
        (0, 0) => "no casualties reported".to_owned(),
        (_, 0) => format!("{killed} killed"),
        (0, _) => format!("{wounded} wounded"),
        _ => format!("{killed} killed, {wounded} wounded"),
    }
}

pub fn region_usage() -> Reply {
    Reply::text("Which region? Pick one below, or send e.g. <code>/region Kharkiv</code>.").with_buttons(region_menu())
}

/// All 27 regions as buttons, three a row, alphabetically.
pub fn region_menu() -> Vec<Vec<Button>> {
    let mut regions = RegionCode::ALL.to_vec();
    regions.sort_by_key(|region| gazetteer::region_name(*region));
    regions
        .chunks(3)
        .map(|row| {
            row.iter().map(|region| Button::new(gazetteer::region_name(*region), Action::Region(*region))).collect()
        })
        .collect()
}

pub fn region_did_you_mean(query: &str, candidates: &[Place]) -> Reply {
    let buttons = candidates
        .iter()
        .map(|place| {
            let label = match place {
                Place::Region(region) => gazetteer::region_label(*region),
                Place::Settlement(settlement) => {
                    format!("{} ({})", settlement.name, gazetteer::region_name(settlement.region))
                }
            };
            let action = match place {
                Place::Region(region) => Action::Region(*region),
                Place::Settlement(settlement) => Action::Settlement(*settlement),
            };
            vec![Button::new(label, action)]
        })
        .collect();
    Reply::text(format!(
        "I don't know a place called \"{}\". Did you mean:",
        escape(&truncate(query.trim(), ECHO_CHARS))
    ))
    .with_buttons(buttons)
}

pub fn region_not_found(query: &str) -> Reply {
    Reply::text(format!(
        "I don't know a place called \"{}\". Try an oblast or a town, e.g. <code>/region Kharkiv</code> or \
         <code>/region Kramatorsk</code>.",
        escape(&truncate(query.trim(), ECHO_CHARS))
    ))
    .with_buttons(region_menu())
}

/// One page of the sanctions timeline, newest first.
pub struct SanctionsView<'a> {
    pub authority: Option<Authority>,
    pub page: u32,
    pub entries: &'a [SanctionsEntry],
    pub has_next_page: bool,
}

pub const SANCTIONS_PAGE_SIZE: u32 = 10;

pub fn sanctions(view: &SanctionsView<'_>) -> Reply {
    let scope = view.authority.map_or_else(|| "all authorities".to_owned(), |a| a.to_string());
    let mut pieces = vec![format!("<b>Sanctions timeline</b> · {scope} · page {}", view.page + 1)];
    if view.entries.is_empty() {
        pieces.push(if view.page == 0 {
            "No sanctions entries are recorded yet.".to_owned()
        } else {
            "No more entries.".to_owned()
        });
    }
    for entry in view.entries {
        let mut item = format!(
            "<b>{}</b> · {} · {} ({})\n{}",
            short_date(entry.date),
            entry.authority,
            escape(&entry.title),
            entry.status,
            escape(&entry.summary)
        );
        if let Some(url) = &entry.source_url {
            item.push_str(&format!(" <a href=\"{}\">source</a>", escape(url.as_str())));
        }
        pieces.push(item);
    }
    let mut html = pieces.join("\n\n");
    if utf16_len(&html) > MESSAGE_LIMIT {
        // Ten two-line summaries fit easily; this only guards against unusually long hand-made entries.
        html = pack(pieces.into_iter().map(Piece::Html).collect()).swap_remove(0);
    }
    let mut navigation = Vec::new();
    if view.page > 0 {
        navigation.push(Button::new("◀ Newer", Action::Sanctions { authority: view.authority, page: view.page - 1 }));
    }
    if view.has_next_page {
        navigation.push(Button::new("Older ▶", Action::Sanctions { authority: view.authority, page: view.page + 1 }));
    }
    let buttons = if navigation.is_empty() { Vec::new() } else { vec![navigation] };
    Reply::text(html).with_buttons(buttons)
}

pub fn sanctions_usage(input: &str) -> Reply {
    let known: Vec<&str> = Authority::ALL.iter().map(|a| a.as_str()).collect();
    Reply::text(format!(
        "I don't know the authority \"{}\". Send /sanctions alone, or with one of: {}.",
        escape(&truncate(input.trim(), ECHO_CHARS)),
        known.join(", ")
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

/// Marks where a search match starts in [`SearchResult::snippet`] (a control character no report contains).
pub const MATCH_START: char = '\u{2}';
/// Marks where a search match ends in [`SearchResult::snippet`].
pub const MATCH_END: char = '\u{3}';

/// One report found by `/search`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchResult {
    pub day: DayNumber,
    pub title: String,
    /// Plain text around the match; matched words wrapped in [`MATCH_START`] and [`MATCH_END`].
    pub snippet: String,
}

pub const SEARCH_LIMIT: u32 = 5;

pub fn search(query: &str, results: &[SearchResult]) -> Reply {
    let shown_query = escape(&truncate(query.trim(), ECHO_CHARS));
    if results.is_empty() {
        return Reply::text(format!(
            "Nothing found for \"{shown_query}\". Try fewer or other words, e.g. a place or a weapon."
        ));
    }
    let mut html = format!("<b>Reports mentioning \"{shown_query}\"</b>");
    let mut buttons = Vec::new();
    for result in results {
        let title = if result.title.is_empty() {
            String::new()
        } else {
            format!(": {}", escape(&truncate(&result.title, 120)))
        };
        html.push_str(&format!(
            "\n\n<b>Day {}</b>{title} · {}\n{}",
            result.day,
            short_date(result.day.date()),
            highlight(&result.snippet)
        ));
        buttons.push(Button::new(format!("Read day {}", result.day), Action::Day(result.day)));
    }
    let rows = buttons.chunks(3).map(<[Button]>::to_vec).collect();
    Reply::text(html).with_buttons(rows)
}

/// Escapes a snippet and turns its match markers into bold, dropping markers that don't pair up.
fn highlight(snippet: &str) -> String {
    let snippet = truncate(snippet, 300);
    let mut out = String::new();
    let mut bold = false;
    for c in snippet.chars() {
        match c {
            MATCH_START if !bold => {
                out.push_str("<b>");
                bold = true;
            }
            MATCH_END if bold => {
                out.push_str("</b>");
                bold = false;
            }
            MATCH_START | MATCH_END => {}
            c if c.is_control() && c != '\n' => out.push(' '),
            c => out.push_str(&escape(c.encode_utf8(&mut [0; 4]))),
        }
    }
    if bold {
        out.push_str("</b>");
    }
    out
}

pub fn search_usage() -> Reply {
    Reply::text("What should I look for? Send e.g. <code>/search Kramatorsk missile</code>.")
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

/// Shown to users when something went wrong inside; the details go to the log.
pub fn internal_error() -> Reply {
    Reply::text("Sorry, something went wrong on my side. Please try again in a minute.")
}

/// "Thursday, 2 February 2023"
pub fn long_date(date: NaiveDate) -> String {
    date.format("%A, %-d %B %Y").to_string()
}

/// "2 Feb 2023"
pub fn short_date(date: NaiveDate) -> String {
    format!("{} {} {}", date.day(), &date.format("%b"), date.year())
}

/// Part of a long text: HTML that is kept whole, or plain text that is escaped and may be split.
enum Piece {
    Html(String),
    Text(String),
}

/// Joins pieces with blank lines into messages of at most [`MESSAGE_LIMIT`] UTF-16 units.
/// Breaks only between pieces, or inside a plain-text piece at a space, so tags and entities stay whole.
fn pack(pieces: Vec<Piece>) -> Vec<String> {
    const SEPARATOR: &str = "\n\n";
    let mut parts: Vec<String> = Vec::new();
    let mut current = String::new();
    let push = |fragment: String, parts: &mut Vec<String>, current: &mut String| {
        let needed = utf16_len(&fragment) + if current.is_empty() { 0 } else { SEPARATOR.len() };
        if !current.is_empty() && utf16_len(current) + needed > MESSAGE_LIMIT {
            parts.push(std::mem::take(current));
        }
        if !current.is_empty() {
            current.push_str(SEPARATOR);
        }
        current.push_str(&fragment);
    };
    for piece in pieces {
        match piece {
            Piece::Html(html) => push(html, &mut parts, &mut current),
            Piece::Text(text) => {
                for chunk in split_text(&text, MESSAGE_LIMIT) {
                    push(chunk, &mut parts, &mut current);
                }
            }
        }
    }
    if !current.is_empty() || parts.is_empty() {
        parts.push(current);
    }
    parts
}

/// Escapes `text` and cuts it into chunks of at most `limit` UTF-16 units of HTML, preferring spaces.
fn split_text(text: &str, limit: usize) -> Vec<String> {
    let escaped = escape(text);
    if utf16_len(&escaped) <= limit {
        return vec![escaped];
    }
    let mut chunks = Vec::new();
    let mut current = String::new();
    let mut current_len = 0;
    for word in text.split_inclusive(' ') {
        // A single word longer than the limit is cut by characters.
        let mut pieces: Vec<String> = Vec::new();
        let escaped_word = escape(word);
        if utf16_len(&escaped_word) > limit {
            let mut piece = String::new();
            for c in word.chars() {
                let escaped_char = escape(c.encode_utf8(&mut [0; 4]));
                if utf16_len(&piece) + utf16_len(&escaped_char) > limit {
                    pieces.push(std::mem::take(&mut piece));
                }
                piece.push_str(&escaped_char);
            }
            pieces.push(piece);
        } else {
            pieces.push(escaped_word);
        }
        for piece in pieces {
            let len = utf16_len(&piece);
            if current_len + len > limit && !current.is_empty() {
                chunks.push(std::mem::take(&mut current).trim_end().to_owned());
                current_len = 0;
            }
            current.push_str(&piece);
            current_len += len;
        }
    }
    if !current.trim().is_empty() {
        chunks.push(current.trim_end().to_owned());
    }
    chunks
}

#[cfg(test)]
mod tests {
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
        };
        let kinds: std::collections::BTreeSet<i32> = pinned.iter().map(|(action, _)| kind(*action)).collect();
        assert_eq!(kinds, (0..=21).collect());
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
        let replies = self::report(&view);
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
        let replies = self::report(&view);
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
        assert!(self::report(&view)[0].html.contains("there is none for today yet"));
    }

    #[test]
    fn future_days_say_what_day_it_is_today() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let reply = no_report_for_day(day(99_99), today, Some(day(344)));
        assert!(reply.html.contains("hasn't come yet: today is day 1736"), "{}", reply.html);
    }

    mod every_reply_is_valid_telegram_html {
        use proptest::prelude::*;

        use super::*;
        use crate::html::validate_telegram_html;
        use crate::{SanctionStatus, SanctionsEntry};

        fn text(max: usize) -> impl Strategy<Value = String> {
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
                        "\n"
                    ]),
                    0..max / 4 + 1,
                )
                .prop_map(|pieces| pieces.concat()),
            ]
        }

        fn check(replies: &[Reply]) -> Result<(), TestCaseError> {
            prop_assert!(!replies.is_empty());
            for reply in replies {
                if let Err(problem) = validate_telegram_html(&reply.html, MESSAGE_LIMIT) {
                    return Err(TestCaseError::fail(format!("{problem} in {:?}", reply.html)));
                }
                for button in reply.buttons.iter().flatten() {
                    prop_assert!(button.action.encode().len() <= CALLBACK_DATA_LIMIT);
                    prop_assert!(!button.label.trim().is_empty());
                }
            }
            Ok(())
        }

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
                check(&report(&view))?;
                // What subscriptions push of the same report: the digest, the channel post, an alert.
                let totals: Vec<_> = RegionCode::ALL
                    .iter()
                    .map(|region| (*region, CasualtyTotals { incidents: 1, killed: u64::from(day), wounded: 7 }))
                    .collect();
                check(&[digest(&DigestView { report: &generated, totals: &totals })])?;
                check(&channel_post(&generated))?;
                let incidents: Vec<Incident> = generated
                    .sections
                    .iter()
                    .map(|section| incident(Some(section.heading.clone()), Some(generated.title.clone()), String::new()))
                    .collect();
                check(&[region_alert(&generated, &incidents)])?;
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
                check(&[region(&view)])?;
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
                check(&[sanctions(&SanctionsView { authority: Some(Authority::Eu), page: 3, entries: &entries, has_next_page: true })])?;
                let marked = format!("{MATCH_START}{snippet}{MATCH_END}{MATCH_END}{MATCH_START}{snippet}");
                let results: Vec<SearchResult> = (0..5)
                    .map(|i| SearchResult { day: DayNumber::new(340 + i).unwrap(), title: sanction_title.clone(), snippet: marked.clone() })
                    .collect();
                check(&[search(&query, &results), search(&query, &[])])?;
                check(&[
                    unknown_command(&query),
                    day_usage(&query),
                    sanctions_usage(&query),
                    region_not_found(&query),
                    region_did_you_mean(&query, &[Place::Region(RegionCode::Kharkiv)]),
                ])?;
                let latest_list: Vec<(DayNumber, String)> = (1..=7).map(|d| (DayNumber::new(d).unwrap(), query.clone())).collect();
                check(&[latest(&latest_list)])?;
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
            for reply in [
                start(),
                help(&[("/today".into(), "<latest> & more".into())]),
                no_reports_yet(),
                region_usage(),
                search_usage(),
                internal_error(),
                about(&about_view),
            ] {
                validate_telegram_html(&reply.html, MESSAGE_LIMIT).unwrap();
            }
        }
    }
}
