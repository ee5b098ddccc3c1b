//! Replies as Telegram messages: HTML parse mode, no link previews, inline keyboards, photos and documents,
//! each sent again when Telegram asks to wait (429), fails on its side (5xx) or the network fails, for up to a
//! minute.

use std::future::Future;

use super::*;

/// How long an answer is retried before it is given up (and logged).
const REPLY_RETRY_FOR: Duration = Duration::from_secs(60);
/// The first wait after a network or server failure; it doubles each time.
const NETWORK_BACKOFF: Duration = Duration::from_millis(500);

pub(super) fn no_preview() -> LinkPreviewOptions {
    LinkPreviewOptions {
        is_disabled: true,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
    }
}

/// Runs `attempt` again after a 429's `retry_after`, or a network or server failure (with doubling waits),
/// until it succeeds, fails otherwise, or [`REPLY_RETRY_FOR`] would be passed. A reply, an edit or a callback answer
/// so survives Telegram's flood limits instead of being lost; the caller sends a chat's replies one after
/// another, so they keep their order.
pub(super) async fn with_retries<T, Fut>(mut attempt: impl FnMut() -> Fut) -> Result<T, teloxide::RequestError>
where
    Fut: Future<Output = Result<T, teloxide::RequestError>>,
{
    let started = Instant::now();
    let mut backoff = NETWORK_BACKOFF;
    loop {
        let (error, wait) = match attempt().await {
            Err(teloxide::RequestError::RetryAfter(after)) => {
                let wait = after.duration();
                (teloxide::RequestError::RetryAfter(after), wait)
            }
            Err(error) if failed_on_the_way(&error) => {
                let wait = backoff;
                backoff *= 2;
                (error, wait)
            }
            done => return done,
        };
        if started.elapsed() + wait > REPLY_RETRY_FOR {
            tracing::warn!(%error, "gave up sending an answer after {REPLY_RETRY_FOR:?}");
            return Err(error);
        }
        tracing::debug!(%error, ?wait, "sending an answer again after a wait");
        tokio::time::sleep(wait).await;
    }
}

/// A failure of the network or of Telegram's servers, not a refusal of the request: worth sending again.
///
/// teloxide answers a 5xx by sleeping 10 s and then reading the body, so a server error arrives as an API
/// error with Telegram's description ("Internal Server Error", "Bad Gateway", …), or, from a proxy's HTML
/// page, as unreadable JSON. (Those 10 s count toward the minute.) Such a request may have been carried out
/// before it failed: a rare duplicate answer is better than a lost one.
fn failed_on_the_way(error: &teloxide::RequestError) -> bool {
    use teloxide::{ApiError, RequestError};
    const SERVER_ERRORS: [&str; 4] = ["Internal Server Error", "Bad Gateway", "Service Unavailable", "Gateway Timeout"];
    match error {
        RequestError::Network(_) | RequestError::InvalidJson { .. } => true,
        RequestError::Api(ApiError::Unknown(description)) => {
            SERVER_ERRORS.iter().any(|server| description.starts_with(server))
        }
        _ => false,
    }
}

/// Sends `replies` to `chat`, into forum topic `topic` when the question was asked in one.
pub(super) async fn send(bot: &Bot, chat: ChatId, topic: Option<ThreadId>, replies: Vec<Reply>) -> HandlerResult {
    for reply in replies {
        if let Some(photo) = reply.photo {
            with_retries(|| {
                let mut request = bot
                    .send_photo(chat, InputFile::memory(photo.bytes.clone()).file_name(photo.file_name.clone()))
                    .caption(reply.html.clone())
                    .parse_mode(ParseMode::Html);
                request.message_thread_id = topic;
                request.send()
            })
            .await?;
            continue;
        }
        if let Some(document) = reply.document {
            with_retries(|| {
                let mut request = bot
                    .send_document(
                        chat,
                        InputFile::memory(document.bytes.clone()).file_name(document.file_name.clone()),
                    )
                    .caption(reply.html.clone())
                    .parse_mode(ParseMode::Html);
                request.message_thread_id = topic;
                request.send()
            })
            .await?;
            continue;
        }
        with_retries(|| {
            let mut request = bot
                .send_message(chat, reply.html.clone())
                .parse_mode(ParseMode::Html)
                .link_preview_options(no_preview());
            request.message_thread_id = topic;
            if !reply.buttons.is_empty() {
                request = request.reply_markup(keyboard(&reply.buttons));
            }
            request.send()
        })
        .await?;
    }
    Ok(())
}
