//! Subscription commands and buttons: the daily digest's time and zone, region alerts, and `/settings`.
//! Settings belong to the chat the command was sent in (a group subscribes as a whole).

use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use warbrief_core::gazetteer::{self, Lookup, Place};
use warbrief_core::render::settings::{self, Note};
use warbrief_core::render::{self, Reply, SettingsView};
use warbrief_core::{ChatId, Lang, QuietHours, QuietMode, RegionCode, Subscriber};
use warbrief_storage::StoreError;

use crate::app::arguments::{QuietArgument, Target, TimeZoneArgument};
use crate::app::request::Command;
use crate::app::{Answerer, Caller};

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
    /// Quiet hours from `start` to `end`; messages in them do `mode`, or what they did, or go silently.
    Quiet {
        start: NaiveTime,
        end: NaiveTime,
        mode: Option<QuietMode>,
    },
    QuietMode(QuietMode),
    QuietOff,
}

impl Answerer {
    /// `/settings`, `/subscribe …`, `/unsubscribe …`, `/timezone …`: a change to the caller's chat.
    pub(super) async fn subscription_command(
        &self,
        lang: Lang,
        caller: Caller,
        command: &Command,
        now: DateTime<Utc>,
    ) -> Answer {
        let Some(chat) = caller.chat() else {
            return Ok(vec![settings::needs_a_chat(lang)]);
        };
        let change = match command {
            Command::Subscribe(target) => match target {
                Target::Digest(time) => Change::DigestOn(*time),
                Target::Region(name) => match self.region_argument(lang, name, true) {
                    Ok(change) => change,
                    Err(reply) => return Ok(vec![reply]),
                },
                Target::All => Change::DigestOn(None),
                Target::NotATime(text) => return Ok(vec![settings::not_a_time(lang, text)]),
                Target::Unreadable => return Ok(vec![settings::subscribe_usage(lang)]),
            },
            Command::Unsubscribe(target) => match target {
                Target::Digest(None) => Change::DigestOff,
                Target::Digest(Some(_)) => {
                    return Ok(vec![settings::unsubscribe_at_a_time(lang)]);
                }
                Target::Region(name) => match self.region_argument(lang, name, false) {
                    Ok(change) => change,
                    Err(reply) => return Ok(vec![reply]),
                },
                Target::All => Change::Everything,
                Target::NotATime(text) => return Ok(vec![settings::not_a_time(lang, text)]),
                Target::Unreadable => return Ok(vec![settings::subscribe_usage(lang)]),
            },
            Command::Timezone(TimeZoneArgument::Show) => {
                let zone = self.settings_of(chat).await?.0.time_zone;
                return Ok(vec![settings::time_zone_is(lang, zone)]);
            }
            Command::Timezone(TimeZoneArgument::Zone(zone)) => Change::TimeZone(*zone),
            Command::Timezone(TimeZoneArgument::Unknown(text)) => {
                return Ok(vec![settings::unknown_time_zone(lang, text)]);
            }
            Command::Quiet(QuietArgument::Show) => {
                return self.show(lang, chat, Some(settings::quiet_usage(lang).html)).await;
            }
            Command::Quiet(QuietArgument::Off) => Change::QuietOff,
            Command::Quiet(QuietArgument::Window { start, end, mode }) => {
                Change::Quiet { start: *start, end: *end, mode: *mode }
            }
            Command::Quiet(QuietArgument::Mode(mode)) => Change::QuietMode(*mode),
            Command::Quiet(QuietArgument::NotAWindow(text)) => return Ok(vec![settings::not_a_window(lang, text)]),
            // `/settings`, and nothing else reaches here: the app routes only these five.
            _ => Change::Show,
        };
        self.change(lang, chat, caller.topic(), change, now).await
    }

    /// A settings button: the change it stands for, to the caller's chat.
    pub(super) async fn subscription_button(
        &self,
        lang: Lang,
        caller: Caller,
        change: Change,
        now: DateTime<Utc>,
    ) -> Answer {
        match caller.chat() {
            Some(chat) => self.change(lang, chat, caller.topic(), change, now).await,
            None => Ok(vec![settings::button_needs_a_chat(lang)]),
        }
    }

    /// The "follow a region" button: the menu of regions, those followed marked.
    pub(super) async fn follow_menu(&self, lang: Lang, caller: Caller) -> Answer {
        match caller.chat() {
            Some(chat) => Ok(vec![render::follow_menu(lang, &self.store.followed_regions(chat).await?)]),
            None => Ok(vec![settings::button_needs_a_chat(lang)]),
        }
    }

    /// The chat's settings, or a new chat's defaults (digest off until asked for), and whether they are stored.
    pub(super) async fn settings_of(&self, chat: ChatId) -> Result<(Subscriber, bool), StoreError> {
        Ok(match self.store.subscriber(chat).await? {
            Some(stored) => (stored, true),
            None => {
                let mut subscriber = Subscriber::new(chat, self.timezone, self.digest_time);
                subscriber.digest = false;
                (subscriber, false)
            }
        })
    }

    /// Applies `change` to the chat's settings, asked from forum topic `topic` (if any), and shows them.
    async fn change(&self, lang: Lang, chat: ChatId, topic: Option<i32>, change: Change, now: DateTime<Utc>) -> Answer {
        let (before, exists) = self.settings_of(chat).await?;
        let mut after = before.clone();
        // Any command from the chat shows it can be reached again.
        after.active = true;
        // Subscribing from a forum topic sends the chat's digests and alerts there (from the General topic or
        // a chat without topics, to the chat itself).
        if matches!(change, Change::DigestOn(_) | Change::Follow(..)) {
            after.topic = topic;
        }
        // A chat that subscribes before choosing a language keeps the one it is being answered in, so that
        // its digests and alerts (sent with no user to ask) come in the language its settings were shown in.
        if matches!(change, Change::DigestOn(_) | Change::Follow(..)) && after.language.is_none() {
            after.language = Some(lang);
        }
        let note = match &change {
            Change::Show => None,
            Change::DigestOn(time) => {
                after.digest = true;
                if let Some(time) = time {
                    after.digest_time = *time;
                }
                Some(Note::DigestOn { time: after.digest_time, zone: after.time_zone })
            }
            Change::DigestOff => Some(Note::DigestOff { was_on: std::mem::replace(&mut after.digest, false) }),
            Change::Follow(region, via) => Some(Note::Follow {
                region: *region,
                via: via.clone(),
                new: self.store.follow_region(chat, *region, now).await?,
            }),
            Change::Unfollow(region) => {
                Some(Note::Unfollow { region: *region, was_followed: self.store.unfollow_region(chat, *region).await? })
            }
            Change::Everything => {
                after.digest = false;
                let regions = self.store.unfollow_all_regions(chat).await?;
                Some(Note::Everything { had_any: before.digest || regions > 0 })
            }
            Change::TimeZone(zone) => {
                after.time_zone = *zone;
                let local = now.with_timezone(zone).format("%H:%M").to_string();
                Some(Note::TimeZone { zone: *zone, local })
            }
            Change::Quiet { start, end, mode } => {
                let mode = mode.or(before.quiet.map(|quiet| quiet.mode)).unwrap_or(QuietMode::Silent);
                let Some(hours) = QuietHours::new(*start, *end, mode) else {
                    return Ok(vec![settings::quiet_empty(lang)]);
                };
                after.quiet = Some(hours);
                Some(Note::Quiet { hours, zone: after.time_zone })
            }
            Change::QuietMode(mode) => match before.quiet {
                Some(hours) => {
                    after.quiet = Some(hours.with_mode(*mode));
                    Some(Note::Quiet { hours: hours.with_mode(*mode), zone: after.time_zone })
                }
                None => return Ok(vec![settings::quiet_usage(lang)]),
            },
            Change::QuietOff => Some(Note::QuietOff { were_on: after.quiet.take().is_some() }),
        };
        // A chat that only looks at its settings is not stored; any change is.
        if after != before || (!exists && !matches!(change, Change::Show)) {
            self.store.upsert_subscriber(&after, now).await?;
        }
        self.render_settings(lang, chat, &after, note.as_ref().map(|note| settings::note(lang, note))).await
    }

    /// The chat's settings as they are, under `note` (HTML).
    async fn show(&self, lang: Lang, chat: ChatId, note: Option<String>) -> Answer {
        let (subscriber, _) = self.settings_of(chat).await?;
        self.render_settings(lang, chat, &subscriber, note).await
    }

    async fn render_settings(&self, lang: Lang, chat: ChatId, subscriber: &Subscriber, note: Option<String>) -> Answer {
        let regions = self.store.followed_regions(chat).await?;
        Ok(vec![render::settings(
            lang,
            &SettingsView {
                note,
                digest: subscriber.digest,
                digest_time: subscriber.digest_time,
                time_zone: subscriber.time_zone,
                regions: &regions,
                quiet: subscriber.quiet,
            },
        )])
    }

    /// A region named in `/subscribe region NAME` or `/unsubscribe region NAME`.
    fn region_argument(&self, lang: Lang, name: &str, follow: bool) -> Result<Change, Reply> {
        if name.is_empty() {
            return Err(settings::which_region(lang, follow));
        }
        match gazetteer::lookup(name) {
            Lookup::Found(Place::Region(region)) => {
                Ok(if follow { Change::Follow(region, None) } else { Change::Unfollow(region) })
            }
            Lookup::Found(Place::Settlement(settlement)) => Ok(if follow {
                Change::Follow(settlement.region, Some(gazetteer::settlement_name_in(lang, settlement).to_owned()))
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
                Err(settings::region_did_you_mean(lang, name, &regions, follow))
            }
            Lookup::NotFound => Err(settings::region_not_found(lang, name)),
        }
    }
}
