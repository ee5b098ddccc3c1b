//! A chat's settings: the settings screen and its buttons, the region menu, and the answers to `/subscribe`,
//! `/unsubscribe` and `/timezone` — what changed (the note atop the screen), and the usage lines and questions
//! when the argument is not understood.

use chrono::{NaiveTime, Timelike};
use chrono_tz::Tz;

use super::{Action, Button, Reply};
use crate::RegionCode;
use crate::gazetteer;
use crate::html::{escape, truncate};

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
}

/// The note, as HTML for [`SettingsView::note`](super::SettingsView::note).
pub fn note(note: &Note) -> String {
    match note {
        Note::DigestOn { time, zone } => format!(
            "✅ You'll get the daily digest at {} ({}), with the newest report you haven't had yet.",
            clock(*time),
            escape(zone.name())
        ),
        Note::DigestOff { was_on: true } => "🔕 The daily digest is off.".to_owned(),
        Note::DigestOff { was_on: false } => "The daily digest was already off.".to_owned(),
        Note::Follow { region, via, new } => {
            let label = escape(&gazetteer::region_label(*region));
            if *new {
                let via = via.as_ref().map(|town| format!(" (where {} is)", escape(town))).unwrap_or_default();
                format!("🔔 You'll get an alert when a published report has incidents in {label}{via}.")
            } else {
                format!("You already follow {label}.")
            }
        }
        Note::Unfollow { region, was_followed } => {
            let label = escape(&gazetteer::region_label(*region));
            if *was_followed {
                format!("No more alerts for {label}.")
            } else {
                format!("You weren't following {label}.")
            }
        }
        Note::Everything { had_any: true } => {
            "Unsubscribed from everything: no digest and no alerts. /subscribe brings the digest back.".to_owned()
        }
        Note::Everything { had_any: false } => "You had no subscriptions.".to_owned(),
        Note::TimeZone { zone, local } => {
            format!("🕑 Your time zone is now {} (it is {} there).", escape(zone.name()), escape(local))
        }
    }
}

/// A subscription command from outside a chat (the console).
pub fn needs_a_chat() -> Reply {
    Reply::text(
        "Subscriptions belong to a Telegram chat: send /subscribe to the bot in Telegram to get the daily \
         digest there.",
    )
}

/// A settings button pressed outside a chat.
pub fn button_needs_a_chat() -> Reply {
    Reply::text("Subscriptions belong to a Telegram chat.")
}

/// `/unsubscribe 08:00`.
pub fn unsubscribe_at_a_time() -> Reply {
    Reply::text(
        "To change the time, send <code>/subscribe 08:00</code>; <code>/unsubscribe</code> stops the \
         digest.",
    )
}

/// `/timezone` alone.
pub fn time_zone_is(zone: Tz) -> Reply {
    Reply::text(format!(
        "Your time zone is {}. To change it, send e.g. <code>/timezone Europe/Berlin</code> or \
         <code>/timezone New York</code>.",
        escape(zone.name())
    ))
}

pub fn unknown_time_zone(input: &str) -> Reply {
    Reply::text(format!(
        "I don't know the time zone \"{}\". Use a name from the IANA list, such as Europe/Kyiv, \
         Europe/Berlin, America/New_York or UTC (a city alone, like Warsaw, works too).",
        escape(&truncate(input, ECHO_CHARS))
    ))
}

/// `/subscribe region` (`follow`) or `/unsubscribe region` without a name.
pub fn which_region(follow: bool) -> Reply {
    Reply::text(if follow {
        "Which region? For example <code>/subscribe region Kharkiv</code>."
    } else {
        "Which region? For example <code>/unsubscribe region Kharkiv</code>."
    })
}

/// A region name not quite recognised: the `regions` it may mean, as buttons to follow (or unfollow) one.
pub fn region_did_you_mean(name: &str, regions: &[RegionCode], follow: bool) -> Reply {
    let buttons = regions
        .iter()
        .map(|region| {
            let action = if follow { Action::Follow(*region) } else { Action::Unfollow(*region) };
            vec![Button::new(gazetteer::region_label(*region), action)]
        })
        .collect();
    Reply::text(format!("I don't know \"{}\". Did you mean one of these?", escape(&truncate(name, ECHO_CHARS))))
        .with_buttons(buttons)
}

pub fn region_not_found(name: &str) -> Reply {
    Reply::text(format!(
        "I don't know a region or town called \"{}\". Try a region such as Kharkiv or a town such as \
         Kramatorsk, or pick one with /settings.",
        escape(&truncate(name, ECHO_CHARS))
    ))
}

/// `/subscribe 25:00`: digits, but not a time.
pub fn not_a_time(input: &str) -> Reply {
    Reply::text(format!(
        "\"{}\" is not a time I understand. Use the 24-hour clock: <code>/subscribe 07:30</code>.",
        escape(&truncate(input, 20))
    ))
}

/// `/subscribe` with an argument that is neither a time, `region NAME` nor `all`.
pub fn subscribe_usage() -> Reply {
    Reply::text(
        "Send <code>/subscribe</code> for the daily digest, <code>/subscribe 07:30</code> to choose its time, or \
         <code>/subscribe region Kharkiv</code> for alerts about a region.",
    )
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
}

/// `/settings`, and the answer to every subscription command and button.
pub fn settings(view: &SettingsView<'_>) -> Reply {
    let mut html = String::new();
    if let Some(note) = &view.note {
        html.push_str(note);
        html.push_str("\n\n");
    }
    html.push_str("⚙️ <b>Your subscriptions</b>\n\n");
    if view.digest {
        html.push_str(&format!(
            "Daily digest: <b>on</b>, at {} ({})\n",
            clock(view.digest_time),
            escape(view.time_zone.name())
        ));
    } else {
        html.push_str("Daily digest: <b>off</b>\n");
    }
    if view.regions.is_empty() {
        html.push_str("Region alerts: none\n");
    } else {
        let names: Vec<String> = view.regions.iter().map(|region| gazetteer::region_label(*region)).collect();
        html.push_str(&format!("Region alerts: {}\n", escape(&names.join(", "))));
    }
    html.push_str(
        "\nChange with the buttons, or send <code>/subscribe 07:30</code>, <code>/timezone Europe/Berlin</code>, \
         <code>/subscribe region Kharkiv</code>, <code>/unsubscribe all</code>.",
    );

    let mut buttons = Vec::new();
    if view.digest {
        buttons.push(vec![Button::new("🔕 Turn the digest off", Action::DigestOff)]);
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
        buttons.push(vec![Button::new("🔔 Daily digest", Action::Subscribe)]);
    }
    for row in view.regions.chunks(3) {
        buttons.push(
            row.iter()
                .map(|region| Button::new(format!("✕ {}", gazetteer::region_name(*region)), Action::Unfollow(*region)))
                .collect(),
        );
    }
    let mut last = vec![Button::new("➕ Follow a region", Action::FollowMenu)];
    if view.digest || !view.regions.is_empty() {
        last.push(Button::new("Stop everything", Action::UnsubscribeAll));
    }
    buttons.push(last);
    Reply::text(html).with_buttons(buttons)
}

/// The regions to pick one to follow.
pub fn follow_menu(followed: &[RegionCode]) -> Reply {
    let mut regions: Vec<RegionCode> =
        RegionCode::ALL.iter().copied().filter(|region| !followed.contains(region)).collect();
    regions.sort_by_key(|region| gazetteer::region_name(*region));
    let mut buttons: Vec<Vec<Button>> = regions
        .chunks(3)
        .map(|row| {
            row.iter().map(|region| Button::new(gazetteer::region_name(*region), Action::Follow(*region))).collect()
        })
        .collect();
    buttons.push(vec![Button::new("◀ Settings", Action::Settings)]);
    Reply::text("Which region should I alert you about? You get a message when a published report has incidents there.")
        .with_buttons(buttons)
}

/// "09:00"
pub fn clock(time: NaiveTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}
