//! Short answers of the transports and of `/day`'s argument: text that is not a command, report uploads,
//! the console's buttons, and days out of range.

use super::Reply;
use super::i18n::{Arg, count, t, t_args};
use crate::html::truncate;
use crate::{DayNumber, Lang};

/// A maintainer's button pressed by someone else: the alert (plain text).
pub fn maintainers_only(lang: Lang) -> String {
    t(lang, "misc-maintainers-only")
}

/// The one notice a user who floods the bot with commands gets (plain text).
pub fn slow_down(lang: Lang) -> String {
    t(lang, "misc-slow-down")
}

/// A private message (or a console line) that is not a command.
pub fn not_a_command(lang: Lang) -> Reply {
    Reply::text(t(lang, "misc-not-a-command"))
}

/// An uploaded report that is not a .txt or .md file.
pub fn upload_not_text(lang: Lang) -> Reply {
    Reply::text(t(lang, "misc-upload-not-text"))
}

pub fn upload_too_large(lang: Lang) -> Reply {
    Reply::text(t(lang, "misc-upload-too-large"))
}

/// An uploaded file `name` whose bytes are not a report's text; `error` is plain text.
pub fn upload_unusable(lang: Lang, name: &str, error: &str) -> Reply {
    Reply::text(t_args(
        lang,
        "misc-upload-unusable",
        &[("name", Arg::text(&truncate(name, 60))), ("error", Arg::text(error))],
    ))
}

/// The console: a number typed when no buttons are shown.
pub fn no_buttons(lang: Lang) -> Reply {
    Reply::text(t(lang, "misc-no-buttons"))
}

/// The console: a number that is not one of the `buttons` shown.
pub fn press_a_number(lang: Lang, buttons: usize) -> Reply {
    Reply::text(t_args(lang, "misc-press-a-number", &[("buttons", count(buttons as u64))]))
}

/// `/day 2021-05-01`.
pub fn date_before_day_one(lang: Lang) -> Reply {
    Reply::text(t(lang, "misc-date-before-day-one"))
}

/// `/day 9999-01-01`.
pub fn date_too_far_ahead(lang: Lang) -> Reply {
    Reply::text(t_args(lang, "misc-date-too-far-ahead", &[("max", Arg::plain(crate::MAX_DAY.to_string()))]))
}

/// `/day 0`.
pub fn day_zero(lang: Lang) -> Reply {
    Reply::text(t(lang, "misc-day-zero"))
}

/// `/day N` for a number past the last day; `today` when today has a day number.
pub fn day_not_yet(lang: Lang, digits: &str, today: Option<DayNumber>) -> Reply {
    let shown = Arg::text(&truncate(digits, 12));
    Reply::text(match today {
        Some(today) => t_args(lang, "misc-day-not-come", &[("day", shown), ("today", count(today.get()))]),
        None => t_args(lang, "misc-day-not-come-plain", &[("day", shown)]),
    })
}
