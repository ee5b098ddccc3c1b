//! The application: a request (a parsed command, a button's action, a forwarded post) in, [`Reply`] values
//! out. Both the Telegram transport and the console call this, so they answer alike.
//!
//! This layer never sees teloxide or HTTP, never imports `telegram` or `delivery`, and writes no HTML:
//! every reply is built by `warbrief_core::render`, so the renderer's property tests see all of them.

mod admin;
pub mod arguments;
mod auth;
mod charts;
pub mod export;
pub mod ingest;
mod language;
pub mod posts;
pub mod publishing;
mod queries;
pub mod request;
mod subscriptions;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use warbrief_core::render::{self, Action, Reply};
use warbrief_core::schedule::time_of_day;
use warbrief_core::{ChatId, Lang, ReportStatus};

use warbrief_storage::{ReportsVersion, Store, StoreError};

use crate::app::arguments::StartArgument;
use crate::app::posts::Selection;
use crate::app::request::Command;
use crate::app::subscriptions::Change;

/// Who sent a command: the console's user (an owner), a Telegram user in a chat, or nobody known (a channel
/// post).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caller {
    Console,
    /// A Telegram user, the chat they wrote in (the same id in a private chat), the language their
    /// Telegram app is set to, if it says, and the forum topic they wrote in, if any.
    User {
        id: i64,
        chat: i64,
        language: Option<Lang>,
        topic: Option<i32>,
    },
    Anonymous,
}

impl Caller {
    /// The Telegram user id, for the audit log.
    pub fn user_id(self) -> Option<i64> {
        match self {
            Caller::User { id, .. } => Some(id),
            Caller::Console | Caller::Anonymous => None,
        }
    }

    /// The forum topic the caller wrote in (`message_thread_id`), if any.
    pub fn topic(self) -> Option<i32> {
        match self {
            Caller::User { topic, .. } => topic,
            Caller::Console | Caller::Anonymous => None,
        }
    }

    /// The chat whose subscriptions a command changes.
    pub fn chat(self) -> Option<ChatId> {
        match self {
            Caller::User { chat, .. } => Some(ChatId(chat)),
            Caller::Console | Caller::Anonymous => None,
        }
    }
}

/// What a caller may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    Subscriber,
    Admin,
    /// Listed in `WARBRIEF_ADMINS`, or at the console: may also manage admins.
    Owner,
}

#[derive(Clone)]
pub struct Answerer {
    pub(crate) store: Store,
    pub(crate) timezone: Tz,
    pub(crate) owners: Arc<[i64]>,
    /// The digest time of a chat that subscribes without naming one (`WARBRIEF_DIGEST_TIME`).
    pub(crate) digest_time: NaiveTime,
    /// Whether published reports go to a channel (`WARBRIEF_CHANNEL`).
    pub(crate) channel: bool,
    /// The language of a chat that hasn't chosen one and whose user's Telegram language is unknown.
    pub(crate) default_language: Lang,
    /// /today's replies in each language, the most asked-for answer, kept until any report changes or the day
    /// turns.
    today_cache: Arc<Mutex<HashMap<Lang, TodayCache>>>,
    /// Chats' stored languages, read for every update, kept until any chat's settings change.
    language_cache: Arc<Mutex<LanguageCache>>,
}

struct TodayCache {
    version: ReportsVersion,
    /// The change feed's reports generation it is known current at; while the feed is live and still says
    /// this, the reply is served without asking the database.
    generation: Option<u64>,
    today: NaiveDate,
    replies: Vec<Reply>,
}

/// How many chats' languages are kept; past this the cache starts again (a chat costs a few bytes).
const LANGUAGE_CACHE_CHATS: usize = 100_000;

/// What the chats' rows say of their language, as of the change feed's chats generation `generation`.
#[derive(Default)]
struct LanguageCache {
    generation: u64,
    chats: HashMap<i64, StoredLanguage>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StoredLanguage {
    /// The chat has no row: it never subscribed or chose anything.
    NoRow,
    /// A row without a language (stored before languages were kept).
    Unset,
    Chosen(Lang),
}

impl Answerer {
    pub fn new(store: Store, timezone: Tz) -> Self {
        Answerer {
            store,
            timezone,
            owners: Arc::new([]),
            digest_time: crate::config::DEFAULT_DIGEST_TIME,
            channel: false,
            default_language: Lang::En,
            today_cache: Arc::default(),
            language_cache: Arc::default(),
        }
    }

    /// The digest time for chats that subscribe without naming one.
    pub fn with_digest_time(mut self, time: NaiveTime) -> Self {
        self.digest_time = time;
        self
    }

    /// Published reports are also queued for the channel.
    pub fn with_channel(mut self, channel: bool) -> Self {
        self.channel = channel;
        self
    }

    /// Owners: the Telegram users of `WARBRIEF_ADMINS`.
    pub fn with_owners(mut self, owners: &[i64]) -> Self {
        self.owners = owners.into();
        self
    }

    /// Replies in this language where neither the chat's choice nor the user's Telegram language decides
    /// (`WARBRIEF_LANGUAGE`).
    pub fn with_language(mut self, language: Lang) -> Self {
        self.default_language = language;
        self
    }

    /// The language to answer `caller` in: the chat's choice (`/language`), else (in a private chat) the
    /// user's Telegram language, else the default. A storage failure is logged and the other two decide.
    pub async fn language(&self, caller: Caller) -> Lang {
        // A group is answered in its own choice or the default, not in whichever member's language spoke last.
        let telegram = match caller {
            Caller::User { id, chat, language, .. } if id == chat => language,
            Caller::User { .. } | Caller::Console | Caller::Anonymous => None,
        };
        let chosen = match caller.chat() {
            Some(chat) => match self.stored_language(chat, telegram).await {
                StoredLanguage::Chosen(language) => Some(language),
                StoredLanguage::NoRow | StoredLanguage::Unset => None,
            },
            None => None,
        };
        chosen.or(telegram).unwrap_or(self.default_language)
    }

    /// What `chat`'s row says of its language: from memory while the change feed says no chat's settings
    /// changed since it was read, else from the database.
    async fn stored_language(&self, chat: ChatId, telegram: Option<Lang>) -> StoredLanguage {
        // Read before the database: a change committed after this makes the generation differ next time.
        let generation = self.store.changes().current().map(|generations| generations.chats);
        if let Some(generation) = generation {
            let cache = self.language_cache.lock().expect("cache lock");
            if cache.generation == generation
                && let Some(&stored) = cache.chats.get(&chat.0)
                // A row without a language still has one to settle when the user's Telegram says it.
                && !(stored == StoredLanguage::Unset && telegram.is_some())
            {
                return stored;
            }
        }
        let stored = match self.store.subscriber(chat).await {
            Ok(Some(subscriber)) => match subscriber.language {
                Some(language) => StoredLanguage::Chosen(language),
                None => {
                    // A chat stored before it had a language (it subscribed before languages were kept) takes
                    // its user's, so that its digests, sent with no user to ask, come in it too. Storing it
                    // changes the feed's generation, so this answer is not kept.
                    if let Some(language) = telegram {
                        if let Err(error) = self.store.settle_language(chat, language).await {
                            tracing::error!(error = %crate::error_chain(&error), "storing the chat's language failed");
                        }
                        return StoredLanguage::Unset;
                    }
                    StoredLanguage::Unset
                }
            },
            Ok(None) => StoredLanguage::NoRow,
            Err(error) => {
                tracing::error!(error = %crate::error_chain(&error), "reading the chat's language failed");
                return StoredLanguage::NoRow;
            }
        };
        if let Some(generation) = generation {
            let mut cache = self.language_cache.lock().expect("cache lock");
            // Generations only grow: an older read than the cache's is dropped, a newer one starts it again.
            if cache.generation < generation || cache.chats.len() >= LANGUAGE_CACHE_CHATS {
                cache.generation = generation;
                cache.chats.clear();
            }
            if cache.generation == generation {
                cache.chats.insert(chat.0, stored);
            }
        }
        stored
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Answers a command. Storage failures are logged and become a polite apology.
    #[tracing::instrument(skip(self, now), fields(command = ?command))]
    pub async fn command(&self, caller: Caller, command: &Command, now: DateTime<Utc>) -> Vec<Reply> {
        let lang = self.language(caller).await;
        let result = match command {
            Command::Admin(admin) => self.admin_command(caller, admin, lang, now).await,
            Command::Start(StartArgument::Welcome) => Ok(vec![render::start(lang)]),
            Command::Start(StartArgument::Region(region)) => {
                self.show_region(lang, *region, None).await.map(|r| vec![r])
            }
            Command::Start(StartArgument::Day(day)) => self.show_day(lang, *day, now).await,
            Command::Start(StartArgument::Subscribe) => {
                self.subscription_button(lang, caller, Change::DigestOn(None), now).await
            }
            Command::Help => Ok(vec![queries::help(lang)]),
            Command::Today => self.today(lang, now).await,
            Command::Day(argument) => self.day(lang, argument, now).await,
            Command::Region(argument) => self.region(lang, argument).await,
            Command::Sanctions(argument) => self.sanctions_command(lang, argument).await,
            Command::Latest => self.latest(lang).await,
            Command::Search(query) => self.search(lang, query).await,
            Command::About => self.about(lang, now).await,
            Command::Language(argument) => self.language_command(caller, argument, lang, now).await,
            Command::Subscribe(_)
            | Command::Unsubscribe(_)
            | Command::Timezone(_)
            | Command::Quiet(_)
            | Command::Settings => self.subscription_command(lang, caller, command, now).await,
            Command::Chart { place, days } => self.chart(lang, place.as_deref(), days).await,
            Command::Map(days) => self.map(lang, days).await,
        };
        apologise_on_error(result, lang)
    }

    /// Answers a button press.
    #[tracing::instrument(skip(self, now))]
    pub async fn action(&self, caller: Caller, action: Action, now: DateTime<Utc>) -> Vec<Reply> {
        let lang = self.language(caller).await;
        let result = match action {
            Action::Publish(day) => {
                self.as_maintainer(caller, action, lang, now, async |audit| {
                    self.set_status(day, ReportStatus::Published, audit).await
                })
                .await
            }
            Action::Discard(day) => {
                self.as_maintainer(caller, action, lang, now, async |audit| self.discard(day, audit).await).await
            }
            Action::ApplyPending(id) => {
                self.as_maintainer(caller, action, lang, now, async |audit| self.apply_pending(id, audit).await).await
            }
            Action::DropPending(id) => {
                self.as_maintainer(caller, action, lang, now, async |audit| self.drop_pending(id, audit.lang).await)
                    .await
            }
            Action::AddPost(id) => {
                self.as_maintainer(caller, action, lang, now, async |audit| {
                    self.add_post(id, Selection::Clean, audit).await
                })
                .await
            }
            Action::AddAllPost(id) => {
                self.as_maintainer(caller, action, lang, now, async |audit| {
                    self.add_post(id, Selection::All, audit).await
                })
                .await
            }
            Action::DiscardPost(id) => {
                self.as_maintainer(caller, action, lang, now, async |audit| self.discard_post(id, audit).await).await
            }
            Action::Settings => self.subscription_button(lang, caller, Change::Show, now).await,
            Action::Subscribe => self.subscription_button(lang, caller, Change::DigestOn(None), now).await,
            Action::DigestOff => self.subscription_button(lang, caller, Change::DigestOff, now).await,
            Action::DigestTime(minutes) => {
                self.subscription_button(lang, caller, Change::DigestOn(time_of_day(minutes)), now).await
            }
            Action::FollowMenu => self.follow_menu(lang, caller).await,
            Action::Follow(region) => self.subscription_button(lang, caller, Change::Follow(region, None), now).await,
            Action::Unfollow(region) => self.subscription_button(lang, caller, Change::Unfollow(region), now).await,
            Action::UnsubscribeAll => self.subscription_button(lang, caller, Change::Everything, now).await,
            Action::QuietHours { start, end } => {
                // Decoding keeps both under a day; anything else just shows the settings.
                let change = match (time_of_day(start), time_of_day(end)) {
                    (Some(start), Some(end)) => Change::Quiet { start, end, mode: None },
                    _ => Change::Show,
                };
                self.subscription_button(lang, caller, change, now).await
            }
            Action::QuietMode(mode) => self.subscription_button(lang, caller, Change::QuietMode(mode), now).await,
            Action::QuietOff => self.subscription_button(lang, caller, Change::QuietOff, now).await,
            Action::Language(chosen) => self.choose_language(caller, chosen, lang, now).await,
            Action::LanguageMenu => Ok(vec![render::language_menu(lang)]),
            Action::Today => self.today(lang, now).await,
            Action::Help => Ok(vec![queries::help(lang)]),
            Action::Day(day) => self.show_day(lang, day, now).await,
            Action::Region(region) => self.show_region(lang, region, None).await.map(|reply| vec![reply]),
            Action::Settlement(settlement) => {
                self.show_region(lang, settlement.region, Some(settlement)).await.map(|reply| vec![reply])
            }
            Action::RegionMenu => Ok(vec![render::region_usage(lang)]),
            Action::Sanctions { authority, page } => {
                self.sanctions(lang, authority, page).await.map(|reply| vec![reply])
            }
        };
        apologise_on_error(result, lang)
    }
}

pub(crate) fn apologise_on_error(result: Result<Vec<Reply>, StoreError>, lang: Lang) -> Vec<Reply> {
    result.unwrap_or_else(|error| {
        tracing::error!(error = %crate::error_chain(&error), "answering failed");
        vec![render::internal_error(lang)]
    })
}
