//! Short answers of the transports and of `/day`'s argument: text that is not a command, report uploads,
//! the console's buttons, and days out of range.

use super::Reply;
use crate::DayNumber;
use crate::html::{escape, truncate};

/// A private message (or a console line) that is not a command.
pub fn not_a_command() -> Reply {
    Reply::text("Send a command, for example /today or /region Kharkiv. /help lists them all.")
}

/// An uploaded report that is not a .txt or .md file.
pub fn upload_not_text() -> Reply {
    Reply::text("Upload the report as a .txt or .md file (plain text or Markdown).")
}

pub fn upload_too_large() -> Reply {
    Reply::text("That file is larger than 1 MiB; a daily report is far smaller.")
}

/// An uploaded file `name` whose bytes are not a report's text; `error` is plain text.
pub fn upload_unusable(name: &str, error: &str) -> Reply {
    Reply::text(format!("I can't use {}: {}.", escape(&truncate(name, 60)), escape(error)))
}

/// The console: a number typed when no buttons are shown.
pub fn no_buttons() -> Reply {
    Reply::text("There are no buttons to press right now.")
}

/// The console: a number that is not one of the `buttons` shown.
pub fn press_a_number(buttons: usize) -> Reply {
    Reply::text(format!("Type a number from 1 to {buttons} to press a button."))
}

/// `/day 2021-05-01`.
pub fn date_before_day_one() -> Reply {
    Reply::text("That date is before the full-scale invasion began on 24 February 2022 (day 1).")
}

/// `/day 9999-01-01`.
pub fn date_too_far_ahead() -> Reply {
    Reply::text(format!("That date is too far ahead: days go up to {}.", crate::MAX_DAY))
}

/// `/day 0`.
pub fn day_zero() -> Reply {
    Reply::text("Days are numbered from 1: day 1 is 24 February 2022.")
}

/// `/day N` for a number past the last day; `today` when today has a day number.
pub fn day_not_yet(digits: &str, today: Option<DayNumber>) -> Reply {
    let shown = escape(&truncate(digits, 12));
    Reply::text(match today {
        Some(today) => format!("Day {shown} hasn't come yet: today is day {today}."),
        None => format!("Day {shown} hasn't come yet."),
    })
}
