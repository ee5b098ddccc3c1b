//! Subscription commands and buttons: the daily digest's time and zone, region alerts, and `/settings`.
//! Settings belong to the chat the command was sent in (a group subscribes as a whole).

use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use warbrief_core::gazetteer::{self, Lookup, Place};
use warbrief_core::html::{escape, truncate};
use warbrief_core::render::{self, Action, Button, Reply, SettingsView};
use warbrief_core::{ChatId, RegionCode, Subscriber};
use warbrief_storage::StoreError;

use crate::app::request::Command;
use crate::app::{Answerer, Caller};
use crate::config::parse_clock;

type Answer = Result<Vec<Reply>, StoreError>;

/// What a subscription command or button asks for.
pub(super) enum Change {
    Show,
    DigestOn(Option<NaiveTime>),
    DigestOff,
    Follow(RegionCode, Option<String>),
    Unfollow(RegionCode),
    Everything,
    TimeZone(Tz),
}

impl Answerer {
    /// `/settings`, `/subscribe …`, `/unsubscribe …`, `/timezone …`: a change to the caller's chat.
    pub(super) async fn subscription_command(&self, caller: Caller, command: &Command, now: DateTime<Utc>) -> Answer {
        let Some(chat) = caller.chat() else {
            return Ok(vec![Reply::text(
                "Subscriptions belong to a Telegram chat: send /subscribe to the bot in Telegram to get the daily \
                 digest there.",
            )]);
        };
        let change = match command {
            Command::Subscribe(argument) => match subscribe_argument(argument) {
                Ok(Target::Digest(time)) => Change::DigestOn(time),
                Ok(Target::Region(name)) => match self.region_argument(&name, true) {
                    Ok(change) => change,
                    Err(reply) => return Ok(vec![reply]),
                },
                Ok(Target::All) => Change::DigestOn(None),
                Err(reply) => return Ok(vec![reply]),
            },
            Command::Unsubscribe(argument) => match subscribe_argument(argument) {
                Ok(Target::Digest(None)) => Change::DigestOff,
                Ok(Target::Digest(Some(_))) => {
                    return Ok(vec![Reply::text(
                        "To change the time, send <code>/subscribe 08:00</code>; <code>/unsubscribe</code> stops the \
                         digest.",
                    )]);
                }
                Ok(Target::Region(name)) => match self.region_argument(&name, false) {
                    Ok(change) => change,
                    Err(reply) => return Ok(vec![reply]),
                },
                Ok(Target::All) => Change::Everything,
                Err(reply) => return Ok(vec![reply]),
            },
            Command::Timezone(argument) if argument.is_empty() => {
                let zone = self.settings_of(chat).await?.0.time_zone;
                return Ok(vec![Reply::text(format!(
                    "Your time zone is {}. To change it, send e.g. <code>/timezone Europe/Berlin</code> or \
                     <code>/timezone New York</code>.",
                    escape(zone.name())
                ))]);
            }
            Command::Timezone(argument) => match parse_time_zone(argument) {
                Some(zone) => Change::TimeZone(zone),
                None => {
                    return Ok(vec![Reply::text(format!(
                        "I don't know the time zone \"{}\". Use a name from the IANA list, such as Europe/Kyiv, \
                         Europe/Berlin, America/New_York or UTC (a city alone, like Warsaw, works too).",
                        escape(&truncate(argument, 40))
                    ))]);
                }
            },
            // `/settings`, and nothing else reaches here: the app routes only these four.
            _ => Change::Show,
        };
        self.change(chat, change, now).await
    }

    /// A settings button: the change it stands for, to the caller's chat.
    pub(super) async fn subscription_button(&self, caller: Caller, change: Change, now: DateTime<Utc>) -> Answer {
        match caller.chat() {
            Some(chat) => self.change(chat, change, now).await,
            None => Ok(vec![Reply::text("Subscriptions belong to a Telegram chat.")]),
        }
    }

    /// The "follow a region" button: the menu of regions, those followed marked.
    pub(super) async fn follow_menu(&self, caller: Caller) -> Answer {
        match caller.chat() {
            Some(chat) => Ok(vec![render::follow_menu(&self.store.followed_regions(chat).await?)]),
            None => Ok(vec![Reply::text("Subscriptions belong to a Telegram chat.")]),
        }
    }

    /// The chat's settings, or a new chat's defaults (digest off until asked for), and whether they are stored.
    async fn settings_of(&self, chat: ChatId) -> Result<(Subscriber, bool), StoreError> {
        Ok(match self.store.subscriber(chat).await? {
            Some(stored) => (stored, true),
            None => {
                let mut subscriber = Subscriber::new(chat, self.timezone, self.digest_time);
                subscriber.digest = false;
                (subscriber, false)
            }
        })
    }

    async fn change(&self, chat: ChatId, change: Change, now: DateTime<Utc>) -> Answer {
        let (before, exists) = self.settings_of(chat).await?;
        let mut after = before.clone();
        // Any command from the chat shows it can be reached again.
        after.active = true;
        let note = match &change {
            Change::Show => None,
            Change::DigestOn(time) => {
                after.digest = true;
                if let Some(time) = time {
                    after.digest_time = *time;
                }
                Some(format!(
                    "✅ You'll get the daily digest at {} ({}), with the newest report you haven't had yet.",
                    render::clock(after.digest_time),
                    escape(after.time_zone.name())
                ))
            }
            Change::DigestOff => Some(if std::mem::replace(&mut after.digest, false) {
                "🔕 The daily digest is off.".to_owned()
            } else {
                "The daily digest was already off.".to_owned()
            }),
            Change::Follow(region, via) => {
                let label = gazetteer::region_label(*region);
                let via = via.as_ref().map(|town| format!(" (where {} is)", escape(town))).unwrap_or_default();
                Some(if self.store.follow_region(chat, *region, now).await? {
                    format!("🔔 You'll get an alert when a published report has incidents in {}{via}.", escape(&label))
                } else {
                    format!("You already follow {}.", escape(&label))
                })
            }
            Change::Unfollow(region) => {
                let label = gazetteer::region_label(*region);
                Some(if self.store.unfollow_region(chat, *region).await? {
                    format!("No more alerts for {}.", escape(&label))
                } else {
                    format!("You weren't following {}.", escape(&label))
                })
            }
            Change::Everything => {
                after.digest = false;
                let regions = self.store.unfollow_all_regions(chat).await?;
                Some(if before.digest || regions > 0 {
                    "Unsubscribed from everything: no digest and no alerts. /subscribe brings the digest back."
                        .to_owned()
                } else {
                    "You had no subscriptions.".to_owned()
                })
            }
            Change::TimeZone(zone) => {
                after.time_zone = *zone;
                let local = now.with_timezone(zone).format("%H:%M");
                Some(format!("🕑 Your time zone is now {} (it is {local} there).", escape(zone.name())))
            }
        };
        // A chat that only looks at its settings is not stored; any change is.
        if after != before || (!exists && !matches!(change, Change::Show)) {
            self.store.upsert_subscriber(&after, now).await?;
        }
        let regions = self.store.followed_regions(chat).await?;
        Ok(vec![render::settings(&SettingsView {
            note,
            digest: after.digest,
            digest_time: after.digest_time,
            time_zone: after.time_zone,
            regions: &regions,
        })])
    }

    /// A region named in `/subscribe region NAME` or `/unsubscribe region NAME`.
    fn region_argument(&self, name: &str, follow: bool) -> Result<Change, Reply> {
        if name.is_empty() {
            return Err(Reply::text(if follow {
                "Which region? For example <code>/subscribe region Kharkiv</code>."
            } else {
                "Which region? For example <code>/unsubscribe region Kharkiv</code>."
            }));
        }
        match gazetteer::lookup(name) {
            Lookup::Found(Place::Region(region)) => {
                Ok(if follow { Change::Follow(region, None) } else { Change::Unfollow(region) })
            }
            Lookup::Found(Place::Settlement(settlement)) => Ok(if follow {
                Change::Follow(settlement.region, Some(settlement.name.to_owned()))
            } else {
                Change::Unfollow(settlement.region)
            }),
            Lookup::DidYouMean(candidates) => {
                let mut regions: Vec<RegionCode> = candidates
                    .iter()
                    .map(|place| match place {
                        Place::Region(region) => *region,
                        Place::Settlement(settlement) => settlement.region,
                    })
                    .collect();
                regions.dedup();
                let buttons = regions
                    .iter()
                    .map(|region| {
                        let action = if follow { Action::Follow(*region) } else { Action::Unfollow(*region) };
                        vec![Button::new(gazetteer::region_label(*region), action)]
                    })
                    .collect();
                Err(Reply::text(format!(
                    "I don't know \"{}\". Did you mean one of these?",
                    escape(&truncate(name, 40))
                ))
                .with_buttons(buttons))
            }
            Lookup::NotFound => Err(Reply::text(format!(
                "I don't know a region or town called \"{}\". Try a region such as Kharkiv or a town such as \
                 Kramatorsk, or pick one with /settings.",
                escape(&truncate(name, 40))
            ))),
        }
    }
}

enum Target {
    /// The digest, optionally at a time.
    Digest(Option<NaiveTime>),
    Region(String),
    All,
}

/// The argument of `/subscribe` or `/unsubscribe`: nothing, a time, `region NAME`, or `all`.
fn subscribe_argument(argument: &str) -> Result<Target, Reply> {
    let argument = argument.trim();
    if argument.is_empty() {
        return Ok(Target::Digest(None));
    }
    let mut words = argument.splitn(2, char::is_whitespace);
    let first = words.next().unwrap_or_default().to_lowercase();
    let rest = words.next().unwrap_or_default().trim();
    match first.as_str() {
        "region" | "regions" | "oblast" => return Ok(Target::Region(rest.to_owned())),
        "all" | "everything" if rest.is_empty() => return Ok(Target::All),
        "digest" | "daily" if rest.is_empty() => return Ok(Target::Digest(None)),
        _ => {}
    }
    if let Some(time) = parse_clock(argument) {
        return Ok(Target::Digest(Some(time)));
    }
    if argument.bytes().any(|b| b.is_ascii_digit()) {
        return Err(Reply::text(format!(
            "\"{}\" is not a time I understand. Use the 24-hour clock: <code>/subscribe 07:30</code>.",
            escape(&truncate(argument, 20))
        )));
    }
    Err(Reply::text(
        "Send <code>/subscribe</code> for the daily digest, <code>/subscribe 07:30</code> to choose its time, or \
         <code>/subscribe region Kharkiv</code> for alerts about a region.",
    ))
}

/// An IANA time zone by its name in any case ("europe/berlin"), by its city alone ("Berlin", "new york"), or
/// by a common older name ("Kiev").
pub fn parse_time_zone(input: &str) -> Option<Tz> {
    let input = input.trim();
    if input.is_empty() || input.len() > 64 {
        return None;
    }
    if let Ok(zone) = input.parse::<Tz>() {
        return Some(zone);
    }
    let wanted = input.replace(' ', "_").to_lowercase();
    if let Some(zone) = chrono_tz::TZ_VARIANTS.iter().find(|zone| zone.name().to_lowercase() == wanted) {
        return Some(*zone);
    }
    let candidates: Vec<Tz> = chrono_tz::TZ_VARIANTS
        .iter()
        .copied()
        .filter(|zone| {
            let name = zone.name();
            !name.starts_with("Etc/") && name.rsplit('/').next().is_some_and(|city| city.to_lowercase() == wanted)
        })
        .collect();
    // Prefer the canonical area names over legacy aliases such as "US/…".
    const AREAS: [&str; 8] =
        ["Europe/", "America/", "Asia/", "Africa/", "Australia/", "Pacific/", "Atlantic/", "Indian/"];
    let canonical = candidates.iter().find(|zone| AREAS.iter().any(|area| zone.name().starts_with(area)));
    canonical.or(candidates.first()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_zones_by_name_city_or_any_case() {
        assert_eq!(parse_time_zone("Europe/Berlin"), Some(chrono_tz::Europe::Berlin));
        assert_eq!(parse_time_zone("europe/berlin"), Some(chrono_tz::Europe::Berlin));
        assert_eq!(parse_time_zone("new york"), Some(chrono_tz::America::New_York));
        assert_eq!(parse_time_zone("Kyiv"), Some(chrono_tz::Europe::Kyiv));
        assert_eq!(parse_time_zone("UTC"), Some(chrono_tz::UTC));
        assert!(parse_time_zone("Kiev").is_some());
        for bad in ["", "Mars/Olympus", "Europe/", "+03:00", &"x".repeat(100)] {
            assert_eq!(parse_time_zone(bad), None, "{bad}");
        }
    }

    #[test]
    fn subscribe_arguments() {
        assert!(matches!(subscribe_argument(""), Ok(Target::Digest(None))));
        assert!(
            matches!(subscribe_argument("7:05"), Ok(Target::Digest(Some(t))) if t == NaiveTime::from_hms_opt(7, 5, 0).unwrap())
        );
        assert!(matches!(subscribe_argument("region  Kharkiv oblast"), Ok(Target::Region(r)) if r == "Kharkiv oblast"));
        assert!(matches!(subscribe_argument("ALL"), Ok(Target::All)));
        assert!(subscribe_argument("25:00").is_err());
        assert!(subscribe_argument("banana").is_err());
    }
}
