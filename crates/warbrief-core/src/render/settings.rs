//! A chat's settings: the settings screen and its buttons, the region menu, and the answers to `/subscribe`,
//! `/unsubscribe` and `/timezone` — what changed (the note atop the screen), and the usage lines and questions
//! when the argument is not understood.

use chrono::{NaiveTime, Timelike};
use chrono_tz::Tz;

use super::i18n::{Arg, t, t_args};
use super::{Action, Button, Reply};
use crate::gazetteer;
use crate::html::truncate;
use crate::{Lang, QuietHours, QuietMode, RegionCode};

/// How much of an argument is echoed back.
const ECHO_CHARS: usize = 40;

/// What a subscription command or button changed, for the note atop the settings screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// The digest is on, at this time in this zone.
    DigestOn { time: chrono::NaiveTime, zone: Tz },
    /// The digest is off; `was_on` tells whether that changed anything.
    DigestOff { was_on: bool },
    /// Alerts for a region, asked for by naming a town in it (`via`); `new` unless already followed.
    Follow { region: RegionCode, via: Option<String>, new: bool },
    /// No more alerts for a region; `was_followed` tells whether that changed anything.
    Unfollow { region: RegionCode, was_followed: bool },
    /// Digest off and every region unfollowed; `had_any` unless there was nothing to stop.
    Everything { had_any: bool },
    /// The chat's time zone, and the time there now ("14:05").
    TimeZone { zone: Tz, local: String },
    /// Quiet hours set (in the chat's zone).
    Quiet { hours: QuietHours, zone: Tz },
    /// Quiet hours off; `were_on` tells whether that changed anything.
    QuietOff { were_on: bool },
}

/// The note, as HTML for [`SettingsView::note`](super::SettingsView::note).
pub fn note(lang: Lang, note: &Note) -> String {
    let region = |region: &RegionCode| ("region", Arg::text(&gazetteer::region_label_in(lang, *region)));
    match note {
        Note::DigestOn { time, zone } => t_args(
            lang,
            "settings-note-digest-on",
            &[("time", Arg::plain(clock(*time))), ("zone", Arg::text(zone.name()))],
        ),
        Note::DigestOff { was_on: true } => t(lang, "settings-note-digest-off"),
        Note::DigestOff { was_on: false } => t(lang, "settings-note-digest-was-off"),
        Note::Follow { region: code, via, new } => match (new, via) {
            (true, Some(town)) => t_args(lang, "settings-note-follow-via", &[region(code), ("town", Arg::text(town))]),
            (true, None) => t_args(lang, "settings-note-follow", &[region(code)]),
            (false, _) => t_args(lang, "settings-note-already-following", &[region(code)]),
        },
        Note::Unfollow { region: code, was_followed } => {
            let key = if *was_followed { "settings-note-unfollowed" } else { "settings-note-was-not-following" };
            t_args(lang, key, &[region(code)])
        }
        Note::Everything { had_any: true } => t(lang, "settings-note-everything-stopped"),
        Note::Everything { had_any: false } => t(lang, "settings-note-nothing-to-stop"),
        Note::TimeZone { zone, local } => {
            t_args(lang, "settings-note-time-zone", &[("zone", Arg::text(zone.name())), ("time", Arg::text(local))])
        }
        Note::Quiet { hours, zone } => {
            let key = match hours.mode {
                QuietMode::Silent => "settings-note-quiet-silent",
                QuietMode::Wait => "settings-note-quiet-wait",
            };
            t_args(
                lang,
                key,
                &[
                    ("start", Arg::plain(clock(hours.start()))),
                    ("end", Arg::plain(clock(hours.end()))),
                    ("zone", Arg::text(zone.name())),
                ],
            )
        }
        Note::QuietOff { were_on: true } => t(lang, "settings-note-quiet-off"),
        Note::QuietOff { were_on: false } => t(lang, "settings-note-quiet-was-off"),
    }
}

/// `/quiet` alone, or with what is not a window.
pub fn quiet_usage(lang: Lang) -> Reply {
    Reply::text(t(lang, "settings-quiet-usage"))
}

/// `/quiet 25:00-07:00`: not two times of day.
pub fn not_a_window(lang: Lang, input: &str) -> Reply {
    Reply::text(t_args(lang, "settings-not-a-window", &[("input", Arg::text(&truncate(input, ECHO_CHARS)))]))
}

/// `/quiet 07:00-07:00`.
pub fn quiet_empty(lang: Lang) -> Reply {
    Reply::text(t(lang, "settings-quiet-empty"))
}

/// The quiet hours offered on the settings screen to a chat that has none: 23:00–07:00.
pub const QUIET_NIGHT: (u16, u16) = (23 * 60, 7 * 60);

/// A subscription command from outside a chat (the console).
pub fn needs_a_chat(lang: Lang) -> Reply {
    Reply::text(t(lang, "settings-needs-a-chat"))
}

/// A settings button pressed outside a chat.
pub fn button_needs_a_chat(lang: Lang) -> Reply {
    Reply::text(t(lang, "settings-button-needs-a-chat"))
}

/// `/unsubscribe 08:00`.
pub fn unsubscribe_at_a_time(lang: Lang) -> Reply {
    Reply::text(t(lang, "settings-unsubscribe-at-a-time"))
}

/// `/timezone` alone.
pub fn time_zone_is(lang: Lang, zone: Tz) -> Reply {
    Reply::text(t_args(lang, "settings-time-zone-is", &[("zone", Arg::text(zone.name()))]))
}

pub fn unknown_time_zone(lang: Lang, input: &str) -> Reply {
    Reply::text(t_args(lang, "settings-unknown-time-zone", &[("input", Arg::text(&truncate(input, ECHO_CHARS)))]))
}

/// `/subscribe region` (`follow`) or `/unsubscribe region` without a name.
pub fn which_region(lang: Lang, follow: bool) -> Reply {
    Reply::text(t(lang, if follow { "settings-which-region-follow" } else { "settings-which-region-unfollow" }))
}

/// A region name not quite recognised: the `regions` it may mean, as buttons to follow (or unfollow) one.
pub fn region_did_you_mean(lang: Lang, name: &str, regions: &[RegionCode], follow: bool) -> Reply {
    let buttons = regions
        .iter()
        .map(|region| {
            let action = if follow { Action::Follow(*region) } else { Action::Unfollow(*region) };
            vec![Button::new(gazetteer::region_label_in(lang, *region), action)]
        })
        .collect();
    Reply::text(t_args(lang, "settings-region-did-you-mean", &[("name", Arg::text(&truncate(name, ECHO_CHARS)))]))
        .with_buttons(buttons)
}

pub fn region_not_found(lang: Lang, name: &str) -> Reply {
    Reply::text(t_args(lang, "settings-region-not-found", &[("name", Arg::text(&truncate(name, ECHO_CHARS)))]))
}

/// `/subscribe 25:00`: digits, but not a time.
pub fn not_a_time(lang: Lang, input: &str) -> Reply {
    Reply::text(t_args(lang, "settings-not-a-time", &[("input", Arg::text(&truncate(input, 20)))]))
}

/// `/subscribe` with an argument that is neither a time, `region NAME` nor `all`.
pub fn subscribe_usage(lang: Lang) -> Reply {
    Reply::text(t(lang, "settings-subscribe-usage"))
}

/// Digest times offered as buttons on the settings screen.
pub const DIGEST_TIME_CHOICES: [(u32, u32); 6] = [(7, 0), (8, 0), (9, 0), (12, 0), (18, 0), (21, 0)];

/// A chat's settings as the settings screen shows them.
pub struct SettingsView<'a> {
    /// What just changed, as HTML ("✅ Daily digest on at 09:00"), shown first.
    pub note: Option<String>,
    pub digest: bool,
    pub digest_time: NaiveTime,
    pub time_zone: Tz,
    pub regions: &'a [RegionCode],
    pub quiet: Option<QuietHours>,
}

/// `/settings`, and the answer to every subscription command and button.
pub fn settings(lang: Lang, view: &SettingsView<'_>) -> Reply {
    let mut html = String::new();
    if let Some(note) = &view.note {
        html.push_str(note);
        html.push_str("\n\n");
    }
    html.push_str(&t(lang, "settings-heading"));
    html.push_str("\n\n");
    if view.digest {
        html.push_str(&t_args(
            lang,
            "settings-digest-on",
            &[("time", Arg::plain(clock(view.digest_time))), ("zone", Arg::text(view.time_zone.name()))],
        ));
    } else {
        html.push_str(&t(lang, "settings-digest-off"));
    }
    html.push('\n');
    if view.regions.is_empty() {
        html.push_str(&t(lang, "settings-region-alerts-none"));
    } else {
        let names: Vec<String> = view.regions.iter().map(|region| gazetteer::region_label_in(lang, *region)).collect();
        html.push_str(&t_args(lang, "settings-region-alerts", &[("regions", Arg::text(&names.join(", ")))]));
    }
    html.push('\n');
    html.push_str(&match view.quiet {
        None => t(lang, "settings-quiet-none"),
        Some(hours) => {
            let key = match hours.mode {
                QuietMode::Silent => "settings-quiet-silent",
                QuietMode::Wait => "settings-quiet-wait",
            };
            t_args(lang, key, &[("start", Arg::plain(clock(hours.start()))), ("end", Arg::plain(clock(hours.end())))])
        }
    });
    html.push_str("\n\n");
    html.push_str(&t(lang, "settings-how-to-change"));

    let mut buttons = Vec::new();
    if view.digest {
        buttons.push(vec![Button::new(t(lang, "settings-button-digest-off"), Action::DigestOff)]);
        buttons.push(
            DIGEST_TIME_CHOICES
                .iter()
                .map(|&(hour, minute)| {
                    let time = NaiveTime::from_hms_opt(hour, minute, 0).expect("valid choice");
                    let label = if time == view.digest_time { format!("• {}", clock(time)) } else { clock(time) };
                    Button::new(label, Action::DigestTime((hour * 60 + minute) as u16))
                })
                .collect(),
        );
    } else {
        buttons.push(vec![Button::new(t(lang, "settings-button-digest-on"), Action::Subscribe)]);
    }
    for row in view.regions.chunks(3) {
        buttons.push(
            row.iter()
                .map(|region| {
                    let name = Arg::plain(gazetteer::region_name_in(lang, *region));
                    Button::new(
                        t_args(lang, "settings-button-unfollow", &[("region", name)]),
                        Action::Unfollow(*region),
                    )
                })
                .collect(),
        );
    }
    buttons.push(match view.quiet {
        None => {
            let (start, end) = QUIET_NIGHT;
            let minutes = |m: u16| Arg::plain(clock(crate::schedule::time_of_day(m).expect("a time of day")));
            vec![Button::new(
                t_args(lang, "settings-button-quiet-night", &[("start", minutes(start)), ("end", minutes(end))]),
                Action::QuietHours { start, end },
            )]
        }
        Some(hours) => {
            let mark = |mode: QuietMode, key: &str| {
                let label = t(lang, key);
                Button::new(if hours.mode == mode { format!("• {label}") } else { label }, Action::QuietMode(mode))
            };
            vec![
                mark(QuietMode::Silent, "settings-button-quiet-silent"),
                mark(QuietMode::Wait, "settings-button-quiet-wait"),
                Button::new(t(lang, "settings-button-quiet-off"), Action::QuietOff),
            ]
        }
    });
    let mut last = vec![Button::new(t(lang, "settings-button-follow-a-region"), Action::FollowMenu)];
    if view.digest || !view.regions.is_empty() {
        last.push(Button::new(t(lang, "settings-button-stop-everything"), Action::UnsubscribeAll));
    }
    last.push(Button::new(t(lang, "settings-button-language"), Action::LanguageMenu));
    buttons.push(last);
    Reply::text(html).with_buttons(buttons)
}

/// The regions to pick one to follow.
pub fn follow_menu(lang: Lang, followed: &[RegionCode]) -> Reply {
    let mut regions: Vec<RegionCode> =
        RegionCode::ALL.iter().copied().filter(|region| !followed.contains(region)).collect();
    regions.sort_by_key(|region| super::alphabetical(gazetteer::region_name_in(lang, *region)));
    let mut buttons: Vec<Vec<Button>> = regions
        .chunks(3)
        .map(|row| {
            row.iter()
                .map(|region| Button::new(gazetteer::region_name_in(lang, *region), Action::Follow(*region)))
                .collect()
        })
        .collect();
    buttons.push(vec![Button::new(t(lang, "settings-button-back"), Action::Settings)]);
    Reply::text(t(lang, "settings-follow-menu")).with_buttons(buttons)
}

/// "09:00"
pub fn clock(time: NaiveTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// A group member who is not one of its administrators tried to change the group's settings.
pub fn only_group_admins(lang: Lang) -> Reply {
    Reply::text(t(lang, "settings-only-group-admins"))
}
