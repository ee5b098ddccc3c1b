//! What the worker needs of Telegram: one operation, sending a [`Reply`] to a [`Recipient`], and what came of
//! it as an [`Outcome`]. The Bot API client (`telegram::client::BotApi`) implements it; tests use a fake.

use std::future::Future;
use std::time::Duration;

use warbrief_core::ChatId;
use warbrief_core::render::Reply;

/// Where a message goes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Recipient {
    /// A chat (private, group or channel) by its id.
    Chat(ChatId),
    /// A public channel by its username, without the `@`.
    Username(String),
}

/// What Telegram made of one message, classified by what the queue does next.
///
/// The texts are stored as the delivery's last error and logged, so a sender keeps secrets (the token) out of
/// them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    /// 429: wait this long, then send the same message again.
    RetryAfter(Duration),
    /// The group became a supergroup with this id.
    Migrated(i64),
    /// The chat cannot be reached (blocked, deactivated, kicked, not found): deactivate it.
    Unreachable(String),
    /// The forum topic the message was for is gone: send to the chat itself from now on.
    TopicGone,
    /// 5xx, network error, bad response: try again later.
    Transient(String),
    /// Refused for good (a bad request) or nothing to send: mark failed, do not retry.
    Failed(String),
}

/// How a pushed message goes, beyond its text and recipient.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SendOptions {
    /// `allow_paid_broadcast`: Telegram takes up to 1,000 messages a second and charges Stars for those
    /// above the free limit.
    pub paid_broadcast: bool,
    /// `disable_notification`: the chat is in its quiet hours.
    pub silent: bool,
    /// `message_thread_id`: the forum topic the chat subscribed in.
    pub topic: Option<i32>,
}

/// Sends messages for the delivery worker.
///
/// The worker calls it from tasks of its own, up to a few dozen at a time, paced by its own rate limit; a
/// sender does no pacing or retrying of its own.
pub trait Sender: Send + Sync + 'static {
    /// Sends `reply` to `to` once, as `options` say, and says what came of it. A failure is an [`Outcome`],
    /// never a panic.
    fn send(&self, to: &Recipient, reply: &Reply, options: SendOptions) -> impl Future<Output = Outcome> + Send;
}
