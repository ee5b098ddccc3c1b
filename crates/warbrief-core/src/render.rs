//! Everything the bot says, as [`Reply`] values in Telegram HTML. The transport (Telegram or the console)
//! sends them; nothing here knows how.
//!
//! Every reply is valid HTML for Telegram's parse mode and within its limits: text from reports and users is
//! escaped, long texts are split at paragraph boundaries into parts of at most [`MESSAGE_LIMIT`] UTF-16 units
//! of HTML source (the visible text is never longer than its source), and [`Action`] encodes to at most
//! [`CALLBACK_DATA_LIMIT`] bytes.

use chrono::{Datelike, NaiveDate};

use crate::Lang;
use crate::gazetteer::{self, Place, Settlement};
use crate::html::{CALLBACK_DATA_LIMIT, MESSAGE_LIMIT, escape, truncate, utf16_len};
use crate::post::IncidentSource;
use crate::{
    Authority, Block, CasualtyTotals, Count, DayNumber, Incident, QuietMode, RegionCode, Report, SanctionsEntry,
};
use i18n::{Arg, count, t, t_args};

pub mod admin;
pub mod charts;
#[cfg(test)]
mod html_tests;
pub mod i18n;
mod intro;
mod language;
pub mod misc;
pub mod posts;
mod pushed;
mod regions;
mod reports;
mod sanctions;
mod search;
pub mod settings;
#[cfg(test)]
mod tests;

pub use intro::{AboutView, about, help, start, unknown_command};
pub use language::{command_description, language_at_the_console, language_chosen, language_menu, language_unknown};
pub use pushed::{DigestView, channel_post, digest, post_alert, region_alert};
pub use regions::{
    REGION_RECENT_LIMIT, RegionView, region, region_did_you_mean, region_menu, region_not_found, region_usage,
    source_link,
};
pub use reports::{ReportView, day_usage, headline, latest, no_report_for_day, no_reports_yet, report};
pub use sanctions::{SANCTIONS_PAGE_SIZE, SanctionsView, sanctions, sanctions_usage};
pub use search::{MATCH_END, MATCH_START, SEARCH_LIMIT, SearchResult, search, search_usage};
pub use settings::{DIGEST_TIME_CHOICES, SettingsView, clock, follow_menu, settings};

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
    /// Answer this chat in this language from now on.
    Language(Lang),
    /// The choice of language.
    LanguageMenu,
    /// Quiet hours from `start` to `end`, in minutes after local midnight.
    QuietHours {
        start: u16,
        end: u16,
    },
    /// What messages in quiet hours do.
    QuietMode(QuietMode),
    /// No quiet hours.
    QuietOff,
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
            Action::Language(lang) => format!("lang:{}", lang.code()),
            Action::LanguageMenu => "lm".to_owned(),
            Action::QuietHours { start, end } => format!("qh:{start}:{end}"),
            Action::QuietMode(mode) => format!("qm:{}", mode.as_str()),
            Action::QuietOff => "qoff".to_owned(),
        };
        debug_assert!(data.len() <= CALLBACK_DATA_LIMIT);
        data
    }

    /// Whether only maintainers may press it.
    /// Whether pressing it changes the chat's settings (in a group, only its administrators may).
    pub fn changes_chat_settings(self) -> bool {
        matches!(
            self,
            Action::Subscribe
                | Action::DigestOff
                | Action::DigestTime(_)
                | Action::Follow(_)
                | Action::Unfollow(_)
                | Action::UnsubscribeAll
                | Action::Language(_)
                | Action::QuietHours { .. }
                | Action::QuietMode(_)
                | Action::QuietOff
        )
    }

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
            ("lm", None, None) => Action::LanguageMenu,
            ("qoff", None, None) => Action::QuietOff,
            ("qm", Some(mode), None) => {
                Action::QuietMode(mode.parse().ok().filter(|parsed: &QuietMode| parsed.as_str() == mode)?)
            }
            ("qh", Some(start), Some(end)) => {
                let minutes = |text: &str| text.parse::<u16>().ok().filter(|m| *m < 24 * 60);
                let (start, end) = (minutes(start)?, minutes(end)?);
                if start == end {
                    return None;
                }
                Action::QuietHours { start, end }
            }
            ("lang", Some(code), None) => {
                Action::Language(code.parse().ok().filter(|lang: &Lang| lang.code() == code)?)
            }
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

/// [`button_expired`] in English, as the end-to-end tests expect it (a test keeps it equal to the message).
pub const BUTTON_EXPIRED: &str = "This button has expired — send the command again.";

/// The answer to a button whose callback data no longer decodes (an old message's button).
pub fn button_expired(lang: Lang) -> String {
    i18n::t(lang, "button-expired")
}

/// How much of user input is echoed back in answers.
pub(super) const ECHO_CHARS: usize = 40;

/// Shown to users when something went wrong inside; the details go to the log.
pub fn internal_error(lang: Lang) -> Reply {
    Reply::text(i18n::t(lang, "internal-error"))
}

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// "Thursday, 2 February 2023"; "четвер, 2 лютого 2023 р."
pub fn long_date(lang: Lang, date: NaiveDate) -> String {
    let weekday = i18n::t_args(
        lang,
        "date-weekday",
        &[("weekday", Arg::plain(WEEKDAYS[date.weekday().num_days_from_monday() as usize]))],
    );
    let month = i18n::t_args(lang, "date-month-long", &[("month", Arg::plain(MONTHS[date.month0() as usize]))]);
    i18n::t_args(
        lang,
        "date-long",
        &[
            ("weekday", Arg::plain(weekday)),
            ("day", Arg::number(date.day())),
            ("month", Arg::plain(month)),
            ("year", Arg::plain(date.year().to_string())),
        ],
    )
}

/// "2 Feb 2023"; "2 лют. 2023"
pub fn short_date(lang: Lang, date: NaiveDate) -> String {
    let month = i18n::t_args(lang, "date-month-short", &[("month", Arg::plain(MONTHS[date.month0() as usize]))]);
    i18n::t_args(
        lang,
        "date-short",
        &[
            ("day", Arg::number(date.day())),
            ("month", Arg::plain(month)),
            ("year", Arg::plain(date.year().to_string())),
        ],
    )
}

/// "2 Feb"; "2 лют." (a chart's axis)
pub fn day_and_month(lang: Lang, date: NaiveDate) -> String {
    let month = i18n::t_args(lang, "date-month-short", &[("month", Arg::plain(MONTHS[date.month0() as usize]))]);
    i18n::t_args(lang, "date-day-month", &[("day", Arg::number(date.day())), ("month", Arg::plain(month))])
}

/// A key that sorts names in alphabetical order, Ukrainian letters included (Unicode puts "І", "Є", "Ї" and "Ґ"
/// before "А").
pub(crate) fn alphabetical(name: &str) -> Vec<u32> {
    const UKRAINIAN: &str = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match UKRAINIAN.chars().position(|letter| letter == c) {
            Some(position) => 0x400 + position as u32,
            None => c as u32,
        })
        .collect()
}

/// Part of a long text: HTML that is kept whole, or plain text that is escaped and may be split.
pub(super) enum Piece {
    Html(String),
    Text(String),
}

/// Joins pieces with blank lines into messages of at most [`MESSAGE_LIMIT`] UTF-16 units.
/// Breaks only between pieces, or inside a plain-text piece at a space, so tags and entities stay whole.
pub(super) fn pack(pieces: Vec<Piece>) -> Vec<String> {
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
pub(super) fn split_text(text: &str, limit: usize) -> Vec<String> {
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
