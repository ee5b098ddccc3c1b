use std::fmt;

use crate::{Lang, QuietHours};
use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;

/// A Telegram chat (private, group or channel), by its numeric id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ChatId(pub i64);

/// The chat id under which deliveries to the configured channel are queued: no Telegram chat has id 0, and
/// the channel's real recipient (`@name` or id) is read from the configuration when sending.
pub const CHANNEL_CHAT: ChatId = ChatId(0);

impl fmt::Display for ChatId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// A chat's delivery settings: the daily digest, and (stored apart) the regions it follows for alerts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscriber {
    pub chat_id: ChatId,
    /// The language the chat chose (`/language`); `None` until it chooses, when the user's Telegram language
    /// or the bot's default applies.
    pub language: Option<Lang>,
    pub time_zone: Tz,
    /// Local time of day at which the digest goes out.
    pub digest_time: NaiveTime,
    /// Whether the chat takes the daily digest (it may follow regions without it).
    pub digest: bool,
    /// False once the chat blocked the bot, was deleted, or unsubscribed from everything: nothing is sent.
    pub active: bool,
    /// When pushed messages go silently or wait (`/quiet`), if ever.
    pub quiet: Option<QuietHours>,
    /// The forum topic (`message_thread_id`) pushed messages go into: where the chat last subscribed, in a
    /// supergroup with topics; `None` for the chat itself (or a forum's General topic).
    pub topic: Option<i32>,
}

impl Subscriber {
    /// A new chat's settings: the digest at `digest_time` in `time_zone`, nothing followed yet.
    pub fn new(chat_id: ChatId, time_zone: Tz, digest_time: NaiveTime) -> Self {
        Subscriber {
            chat_id,
            language: None,
            time_zone,
            digest_time,
            digest: true,
            active: true,
            quiet: None,
            topic: None,
        }
    }

    /// When the scheduler should next look at this chat: the next digest time after `now`, or never.
    pub fn next_digest_at(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        (self.active && self.digest).then(|| crate::schedule::next_due(now, self.digest_time, self.time_zone))
    }
}

/// One change made by an admin (or by the system, without an actor).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    /// Telegram user id of who made the change.
    pub actor: Option<i64>,
    /// What was done: "publish_report", "add_admin", …
    pub action: String,
    /// What it was done to: "day 344", "incident 17", …
    pub subject: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// What a queued delivery carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum DeliveryKind {
    /// The daily digest of a report, to a subscriber.
    Digest,
    /// A report's incidents in the regions a subscriber follows.
    Alert,
    /// A published report, to the configured channel.
    Channel,
    /// A forwarded post's added incidents in the regions a subscriber follows.
    PostAlert,
}

impl DeliveryKind {
    /// The name stored in the queue: "digest", "alert", "channel", "post_alert".
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(s: &str) -> Option<Self> {
        s.parse().ok()
    }
}
