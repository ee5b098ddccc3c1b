//! The Telegram transport: the only module that knows Telegram. It parses updates into commands and button
//! presses, asks the [`Answerer`], and sends the replies in HTML parse mode.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::Utc;
use teloxide::dispatching::{Dispatcher, UpdateFilterExt};
use teloxide::net::Download;
use teloxide::prelude::*;
use teloxide::types::{
    BotCommand, BotCommandScope, ChatId, Document, InputFile, LinkPreviewOptions, Me, MessageOrigin, ParseMode,
    Recipient, ThreadId,
};
use warbrief_core::Lang;
use warbrief_core::render::{Action, Reply};

use crate::app::arguments::AdminsArgument;
use crate::app::ingest::{self, MAX_REPORT_BYTES};
use crate::app::posts::{IncomingPost, PostOrigin};
use crate::app::request::{self as command, AdminCommand, Audience, Command, Parsed};
use crate::app::{Answerer, Caller, Role};
use crate::config::{BotToken, Config};
use crate::telegram::client::{keyboard, redact};
use crate::telegram::flood::{FloodGuard, Verdict};

/// How long in-flight handlers may run after SIGTERM before the process exits anyway.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

pub mod client;
mod flood;
mod handlers;
mod markup;
mod seen;

use handlers::{AwaitingUpload, GroupAdmins, on_callback, on_message};
use markup::{no_preview, send};
use seen::{SeenUpdates, first_sight};

type HandlerResult = Result<(), teloxide::RequestError>;

/// A bot that answered `getMe` with the token, its command menus registered.
pub struct Connected {
    bot: Bot,
    secret: Arc<String>,
}

/// Checks the token with `getMe` and registers the command menus: everyone's, and the maintainers' own.
pub async fn connect(config: &Config, token: &BotToken, answerer: &Answerer) -> anyhow::Result<Connected> {
    let mut bot = Bot::new(token.expose());
    if let Some(api_url) = &config.api_url {
        bot = bot.set_api_url(api_url.clone());
    }
    let secret = Arc::new(token.expose().to_owned());
    let me = bot.get_me().await.map_err(|e| anyhow::anyhow!(redact(&e.to_string(), &secret)))?;
    tracing::info!(username = me.username(), "connected to the Bot API");
    // The default menu in English, and one in Ukrainian that Telegram shows users whose app is in Ukrainian.
    let english = bot.set_my_commands(menu(Lang::En, &[Audience::Everyone]));
    let ukrainian = bot.set_my_commands(menu(Lang::Uk, &[Audience::Everyone])).language_code(Lang::Uk.code());
    for result in [english.await.map(|_| ()), ukrainian.await.map(|_| ())] {
        if let Err(error) = result {
            tracing::warn!(error = %redact(&error.to_string(), &secret), "could not register the command menu");
        }
    }
    let mut maintainers: Vec<i64> = config.admins.clone();
    match answerer.store().admins().await {
        Ok(admins) => maintainers.extend(admins),
        Err(error) => tracing::warn!(error = %crate::error_chain(&error), "could not list admins for their menus"),
    }
    for user in maintainers {
        set_admin_menu(&bot, user, true).await;
    }
    Ok(Connected { bot, secret })
}

/// Receives and answers updates (long polling, or the webhook of `WARBRIEF_WEBHOOK_URL`) until SIGINT or
/// SIGTERM; on SIGTERM also tells `stopping`, so the rest of the process can wind down beside it.
pub async fn dispatch(
    connected: Connected,
    config: &Config,
    answerer: Answerer,
    stopping: Arc<tokio::sync::watch::Sender<bool>>,
) -> anyhow::Result<()> {
    let Connected { bot, secret } = connected;
    // Every update is checked against the ones already seen before anything else (a duplicate goes to the
    // default handler, which ignores it): one INSERT per update, the price of answering a redelivered update
    // once. At the top of the tree, so a branch added later cannot forget it.
    let handler = dptree::entry()
        .filter_async(first_sight)
        .branch(Update::filter_message().endpoint(on_message))
        .branch(Update::filter_callback_query().endpoint(on_callback));
    // Webhook mode: teloxide's axum server on WARBRIEF_LISTEN, after setWebhook with the secret token; a
    // request without the right X-Telegram-Bot-Api-Secret-Token gets 401 and is not processed.
    let webhook = match &config.webhook {
        None => None,
        Some(webhook) => {
            let mut options = teloxide::update_listeners::webhooks::Options::new(webhook.listen, webhook.url.clone());
            if let Some(secret) = &webhook.secret {
                options = options.secret_token(secret.clone());
            } else {
                // Generated, random, and kept in memory only: Telegram is told it with setWebhook.
                options.get_or_gen_secret_token();
            }
            let listener = teloxide::update_listeners::webhooks::axum(bot.clone(), options)
                .await
                .map_err(|e| anyhow::anyhow!("setting up the webhook: {}", redact(&e.to_string(), &secret)))?;
            tracing::info!(listen = %webhook.listen, url = %webhook.url, "receiving updates by webhook");
            Some(listener)
        }
    };

    let seen = SeenUpdates::new(answerer.store().clone());
    let mut dispatcher = Dispatcher::builder(bot, handler)
        .dependencies(dptree::deps![
            answerer,
            seen,
            AwaitingUpload::default(),
            FloodGuard::default(),
            GroupAdmins::default()
        ])
        .default_handler(|_| async {})
        .error_handler({
            let secret = Arc::clone(&secret);
            Arc::new(move |error: teloxide::RequestError| {
                let message = redact(&error.to_string(), &secret);
                async move { tracing::error!(error = %message, "handling an update failed") }
            })
        })
        .enable_ctrlc_handler()
        .build();
    let shutdown = dispatcher.shutdown_token();
    tokio::spawn(async move {
        // teloxide's ctrl-c handler covers SIGINT only; services are stopped with SIGTERM.
        if let Ok(mut sigterm) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            sigterm.recv().await;
            tracing::info!("SIGTERM received, shutting down");
            let _ = stopping.send(true);
            match shutdown.shutdown() {
                Ok(done) => {
                    // In-flight handlers get a bounded time; then the process ends regardless.
                    if tokio::time::timeout(SHUTDOWN_GRACE, done).await.is_err() {
                        tracing::warn!("handlers did not finish within {SHUTDOWN_GRACE:?}; exiting");
                        std::process::exit(0);
                    }
                }
                Err(error) => {
                    tracing::warn!(%error, "the dispatcher was not running; exiting");
                    std::process::exit(0);
                }
            }
        }
    });
    match webhook {
        None => dispatcher.dispatch().await,
        Some(listener) => {
            let secret = Arc::clone(&secret);
            let on_error = Arc::new(move |error: std::convert::Infallible| {
                let message = redact(&format!("{error:?}"), &secret);
                async move { tracing::error!(error = %message, "the webhook listener failed") }
            });
            dispatcher.dispatch_with_listener(listener, on_error).await;
        }
    }
    Ok(())
}

/// Telegram's command menu for these audiences, described in `lang`.
fn menu(lang: Lang, audiences: &[Audience]) -> Vec<BotCommand> {
    command::TABLE
        .iter()
        .filter(|spec| audiences.contains(&spec.audience))
        .map(|spec| BotCommand::new(spec.name, warbrief_core::render::command_description(lang, spec.name)))
        .collect()
}

/// Shows (or removes) the maintainers' commands in the menu of `user`'s private chat with the bot: the default
/// in English, and in Ukrainian for an app set to Ukrainian.
async fn set_admin_menu(bot: &Bot, user: i64, admin: bool) {
    let scope = BotCommandScope::Chat { chat_id: Recipient::Id(ChatId(user)) };
    let mut results = Vec::new();
    if admin {
        let everything = [Audience::Everyone, Audience::Maintainers];
        results.push(bot.set_my_commands(menu(Lang::En, &everything)).scope(scope.clone()).await.map(|_| ()));
        let ukrainian = bot.set_my_commands(menu(Lang::Uk, &everything)).scope(scope).language_code(Lang::Uk.code());
        results.push(ukrainian.await.map(|_| ()));
    } else {
        results.push(bot.delete_my_commands().scope(scope.clone()).await.map(|_| ()));
        results.push(bot.delete_my_commands().scope(scope).language_code(Lang::Uk.code()).await.map(|_| ()));
    }
    for result in results {
        if let Err(error) = result {
            // Usually: the user has not started a chat with the bot yet.
            tracing::warn!(user, %error, "could not update the admin command menu");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redact_removes_the_token_and_its_secret() {
        let token = "123456:AAE-secret_part";
        let text = "error sending request for url (http://x/bot123456:AAE-secret_part/getMe): AAE-secret_part";
        let redacted = redact(text, token);
        assert!(!redacted.contains("AAE-secret_part"), "{redacted}");
        assert!(redacted.contains("/bot***/getMe"));
    }
}
