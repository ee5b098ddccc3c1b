//! The Telegram transport: the only module that knows Telegram. It parses updates into commands and button
//! presses, asks the [`Answerer`], and sends the replies in HTML parse mode.

use std::sync::Arc;

use chrono::Utc;
use teloxide::dispatching::{Dispatcher, UpdateFilterExt};
use teloxide::prelude::*;
use teloxide::types::{
    BotCommand, ChatId, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Me, ParseMode,
};
use warbrief_core::render::{Action, Reply};

use crate::answer::Answerer;
use crate::command::{self, COMMANDS, Parsed};
use crate::config::{BotToken, Config};

type HandlerResult = Result<(), teloxide::RequestError>;

/// Runs the bot with long polling until SIGINT or SIGTERM.
pub async fn serve(config: &Config, token: &BotToken, answerer: Answerer) -> anyhow::Result<()> {
    let mut bot = Bot::new(token.expose());
    if let Some(api_url) = &config.api_url {
        bot = bot.set_api_url(api_url.clone());
    }
    let secret = Arc::new(token.expose().to_owned());
    let me = bot.get_me().await.map_err(|e| anyhow::anyhow!(redact(&e.to_string(), &secret)))?;
    tracing::info!(username = me.username(), "connected to the Bot API");
    let commands: Vec<BotCommand> =
        COMMANDS.iter().map(|(command, description)| BotCommand::new(*command, *description)).collect();
    if let Err(error) = bot.set_my_commands(commands).await {
        tracing::warn!(error = %redact(&error.to_string(), &secret), "could not register the command menu");
    }

    let handler = dptree::entry()
        .branch(Update::filter_message().endpoint(on_message))
        .branch(Update::filter_callback_query().endpoint(on_callback));
    let mut dispatcher = Dispatcher::builder(bot, handler)
        .dependencies(dptree::deps![answerer])
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
            if let Ok(done) = shutdown.shutdown() {
                done.await;
            }
        }
    });
    dispatcher.dispatch().await;
    Ok(())
}

async fn on_message(bot: Bot, message: Message, me: Me, answerer: Answerer) -> HandlerResult {
    let Some(text) = message.text() else {
        return Ok(());
    };
    let private = message.chat.is_private();
    let replies = match command::parse(text, me.username.as_deref()) {
        Parsed::Command(command) => answerer.command(&command, Utc::now()).await,
        Parsed::Unknown(word) if private || text.contains('@') => vec![warbrief_core::render::unknown_command(&word)],
        // In groups, chatter and other bots' commands are not for us.
        Parsed::Unknown(_) | Parsed::ForAnotherBot => return Ok(()),
        Parsed::NotACommand if private => {
            vec![Reply::text("Send a command, for example /today or /region Kharkiv. /help lists them all.")]
        }
        Parsed::NotACommand => return Ok(()),
    };
    send(&bot, message.chat.id, replies).await
}

async fn on_callback(bot: Bot, query: CallbackQuery, answerer: Answerer) -> HandlerResult {
    // Answer first, whatever happens next, so the button never spins forever.
    bot.answer_callback_query(query.id.clone()).await?;
    let Some(chat) = query.message.as_ref().map(|message| message.chat().id) else {
        return Ok(());
    };
    let Some(action) = query.data.as_deref().and_then(Action::decode) else {
        tracing::warn!(data = ?query.data, "unknown callback data");
        return Ok(());
    };
    let replies = answerer.action(action, Utc::now()).await;
    // One message in answer to a button: show it in place of the message that had the button.
    if let [reply] = replies.as_slice()
        && let Some(message) = query.message.as_ref()
    {
        let mut request = bot
            .edit_message_text(chat, message.id(), reply.html.clone())
            .parse_mode(ParseMode::Html)
            .link_preview_options(no_preview());
        if !reply.buttons.is_empty() {
            request = request.reply_markup(keyboard(&reply.buttons));
        }
        match request.await {
            Ok(_) => return Ok(()),
            // Pressing the button of the page already shown.
            Err(teloxide::RequestError::Api(teloxide::ApiError::MessageNotModified)) => return Ok(()),
            Err(error) => tracing::debug!(%error, "editing in place failed; sending instead"),
        }
    }
    send(&bot, chat, replies).await
}

fn no_preview() -> LinkPreviewOptions {
    LinkPreviewOptions {
        is_disabled: true,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
    }
}

async fn send(bot: &Bot, chat: ChatId, replies: Vec<Reply>) -> HandlerResult {
    for reply in replies {
        let mut request =
            bot.send_message(chat, reply.html).parse_mode(ParseMode::Html).link_preview_options(LinkPreviewOptions {
                is_disabled: true,
                url: None,
                prefer_small_media: false,
                prefer_large_media: false,
                show_above_text: false,
            });
        if !reply.buttons.is_empty() {
            request = request.reply_markup(keyboard(&reply.buttons));
        }
        request.await?;
    }
    Ok(())
}

fn keyboard(rows: &[Vec<warbrief_core::render::Button>]) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(rows.iter().map(|row| {
        row.iter()
            .map(|button| InlineKeyboardButton::callback(button.label.clone(), button.action.encode()))
            .collect::<Vec<_>>()
    }))
}

/// `text` with every occurrence of the token, and of its secret part, replaced.
pub fn redact(text: &str, token: &str) -> String {
    let mut text = text.replace(token, "***");
    if let Some((_, secret)) = token.split_once(':')
        && !secret.is_empty()
    {
        text = text.replace(secret, "***");
    }
    text
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
