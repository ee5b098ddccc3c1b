//! A minimal Bot API client for `sendMessage`, which keeps the HTTP status of failures: delivery's
//! [`Sender`]. Also the pieces of Telegram both it and the teloxide transport use: inline keyboards and
//! redacting the token.
//!
//! Delivery uses this client instead of teloxide's: teloxide sleeps 10 s inside every request that gets a 5xx
//! and folds the HTTP status into one error type, while the queue needs the status (403 vs 400 vs 5xx) to
//! decide between deactivating, failing and retrying, and its own backoff.

use std::sync::Arc;
use std::time::Duration;

use serde::Deserialize;
use serde_json::json;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};
use warbrief_core::render::Reply;

use crate::config::BotToken;
use crate::delivery::{Outcome, Recipient, SendOptions, Sender};

/// A request to Telegram that takes longer is treated as a network error.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// When Telegram answers 429 without saying how long to wait.
const DEFAULT_RETRY_AFTER: Duration = Duration::from_secs(5);

/// A minimal Bot API client for `sendMessage`, which keeps the HTTP status of failures.
#[derive(Clone)]
pub struct BotApi {
    client: reqwest::Client,
    /// `{api}/bot{token}/`
    base: Arc<str>,
    token: BotToken,
}

#[derive(Deserialize)]
struct ApiResponse {
    ok: bool,
    error_code: Option<u16>,
    description: Option<String>,
    parameters: Option<ResponseParameters>,
}

#[derive(Deserialize)]
struct ResponseParameters {
    retry_after: Option<u64>,
    migrate_to_chat_id: Option<i64>,
}

impl BotApi {
    pub fn new(api_url: Option<&url::Url>, token: &BotToken) -> anyhow::Result<Self> {
        let api = api_url.map_or("https://api.telegram.org/", url::Url::as_str);
        let separator = if api.ends_with('/') { "" } else { "/" };
        let client = reqwest::Client::builder().timeout(REQUEST_TIMEOUT).build()?;
        Ok(BotApi { client, base: format!("{api}{separator}bot{}/", token.expose()).into(), token: token.clone() })
    }

    async fn send_message(&self, to: &Recipient, reply: &Reply, options: SendOptions) -> Outcome {
        let chat = match to {
            Recipient::Chat(chat) => json!(chat.0),
            Recipient::Username(name) => json!(format!("@{name}")),
        };
        let mut body = json!({
            "chat_id": chat,
            "text": reply.html,
            "parse_mode": "HTML",
            "link_preview_options": { "is_disabled": true },
        });
        if !reply.buttons.is_empty() {
            body["reply_markup"] = json!(keyboard(&reply.buttons));
        }
        if options.paid_broadcast {
            body["allow_paid_broadcast"] = json!(true);
        }
        if options.silent {
            body["disable_notification"] = json!(true);
        }
        if let Some(topic) = options.topic {
            body["message_thread_id"] = json!(topic);
        }
        let response = match self.client.post(format!("{}sendMessage", self.base)).json(&body).send().await {
            Ok(response) => response,
            Err(error) => {
                // reqwest's errors name the URL, and the URL holds the token.
                let error = redact(&crate::error_chain(&error.without_url()), self.token.expose());
                return Outcome::Transient(format!("network: {error}"));
            }
        };
        let status = response.status();
        let parsed: Option<ApiResponse> = response.json().await.ok();
        classify(status.as_u16(), parsed)
    }
}

impl Sender for BotApi {
    async fn send(&self, to: &Recipient, reply: &Reply, options: SendOptions) -> Outcome {
        self.send_message(to, reply, options).await
    }
}

fn classify(status: u16, response: Option<ApiResponse>) -> Outcome {
    if status >= 500 {
        return Outcome::Transient(format!("HTTP {status}"));
    }
    let Some(response) = response else {
        return Outcome::Transient(format!("HTTP {status} with an unreadable body"));
    };
    if response.ok {
        return Outcome::Sent;
    }
    let description = response.description.unwrap_or_default();
    let parameters = response.parameters;
    if let Some(to) = parameters.as_ref().and_then(|p| p.migrate_to_chat_id) {
        return Outcome::Migrated(to);
    }
    let code = response.error_code.unwrap_or(status);
    let lower = description.to_lowercase();
    match code {
        429 => {
            Outcome::RetryAfter(parameters.and_then(|p| p.retry_after).map_or(DEFAULT_RETRY_AFTER, Duration::from_secs))
        }
        403 => Outcome::Unreachable(format!("403 {description}")),
        400 if lower.contains("message thread not found") => Outcome::TopicGone,
        400 if lower.contains("chat not found")
            || lower.contains("user is deactivated")
            || lower.contains("peer_id_invalid")
            || lower.contains("group chat was deactivated") =>
        {
            Outcome::Unreachable(format!("400 {description}"))
        }
        // A wrong token or a Bot API outage: nothing about this chat, so try again later.
        401 | 404 => Outcome::Transient(format!("{code} {description}")),
        _ => Outcome::Failed(format!("{code} {description}")),
    }
}

/// A reply's buttons as Telegram's inline keyboard.
pub(crate) fn keyboard(rows: &[Vec<warbrief_core::render::Button>]) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(rows.iter().map(|row| {
        row.iter()
            .map(|button| InlineKeyboardButton::callback(button.label.clone(), button.action.encode()))
            .collect::<Vec<_>>()
    }))
}

/// `text` with every occurrence of the token, and of its secret part, replaced.
pub fn redact(text: &str, token: &str) -> String {
    crate::logging::redact(text, &crate::logging::token_secrets(token))
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;

    fn response(ok: bool, code: u16, description: &str, parameters: Option<Value>) -> Option<ApiResponse> {
        let mut body = json!({ "ok": ok, "error_code": code, "description": description });
        if let Some(parameters) = parameters {
            body["parameters"] = parameters;
        }
        serde_json::from_value(body).ok()
    }

    #[test]
    fn telegram_answers_are_classified_by_what_to_do_next() {
        assert!(matches!(classify(200, response(true, 0, "", None)), Outcome::Sent));
        assert!(matches!(
            classify(429, response(false, 429, "Too Many Requests: retry after 7", Some(json!({"retry_after": 7})))),
            Outcome::RetryAfter(wait) if wait == Duration::from_secs(7)
        ));
        assert!(matches!(
            classify(403, response(false, 403, "Forbidden: bot was blocked by the user", None)),
            Outcome::Unreachable(_)
        ));
        assert!(matches!(
            classify(400, response(false, 400, "Bad Request: chat not found", None)),
            Outcome::Unreachable(_)
        ));
        assert!(matches!(
            classify(
                400,
                response(
                    false,
                    400,
                    "Bad Request: group chat was upgraded to a supergroup chat",
                    Some(json!({"migrate_to_chat_id": -1001234}))
                )
            ),
            Outcome::Migrated(-1001234)
        ));
        assert!(matches!(classify(502, None), Outcome::Transient(_)));
        assert!(matches!(classify(500, response(false, 500, "Internal Server Error", None)), Outcome::Transient(_)));
        assert!(matches!(classify(200, None), Outcome::Transient(_)));
        assert!(matches!(
            classify(400, response(false, 400, "Bad Request: can't parse entities", None)),
            Outcome::Failed(_)
        ));
        assert_eq!(
            classify(400, response(false, 400, "Bad Request: message thread not found", None)),
            Outcome::TopicGone
        );
    }
}
