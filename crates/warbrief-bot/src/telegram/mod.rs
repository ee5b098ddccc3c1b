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
    Recipient,
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

/// How long after a bare /addreport an uploaded file is taken as the report.
const UPLOAD_WAIT: Duration = Duration::from_secs(10 * 60);

/// Chats whose admin sent /addreport without a report and may now upload it.
#[derive(Clone, Default)]
struct AwaitingUpload(Arc<Mutex<HashMap<ChatId, Instant>>>);

impl AwaitingUpload {
    fn expect(&self, chat: ChatId) {
        let mut waits = self.0.lock().expect("upload lock");
        // Bounded: forget expired waits whenever a new one starts.
        waits.retain(|_, since| since.elapsed() < UPLOAD_WAIT);
        waits.insert(chat, Instant::now());
    }

    fn take(&self, chat: ChatId) -> bool {
        self.0.lock().expect("upload lock").remove(&chat).is_some_and(|since| since.elapsed() < UPLOAD_WAIT)
    }
}

pub mod client;
mod flood;

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
    let english = bot.set_my_commands(menu(&[Audience::Everyone]));
    let ukrainian = bot.set_my_commands(everyone_menu(Lang::Uk)).language_code(Lang::Uk.code());
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
    let handler = dptree::entry()
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

    let mut dispatcher = Dispatcher::builder(bot, handler)
        .dependencies(dptree::deps![answerer, AwaitingUpload::default(), FloodGuard::default()])
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

/// Telegram's command menu for these audiences.
fn menu(audiences: &[Audience]) -> Vec<BotCommand> {
    command::TABLE
        .iter()
        .filter(|spec| audiences.contains(&spec.audience))
        .map(|spec| BotCommand::new(spec.name, spec.description))
        .collect()
}

/// Everyone's commands, described in `lang`.
fn everyone_menu(lang: Lang) -> Vec<BotCommand> {
    command::commands_for(Audience::Everyone)
        .map(|spec| BotCommand::new(spec.name, warbrief_core::render::command_description(lang, spec.name)))
        .collect()
}

/// Shows (or removes) the maintainers' commands in the menu of `user`'s private chat with the bot.
async fn set_admin_menu(bot: &Bot, user: i64, admin: bool) {
    let scope = BotCommandScope::Chat { chat_id: Recipient::Id(ChatId(user)) };
    let result = if admin {
        let commands = menu(&[Audience::Everyone, Audience::Maintainers]);
        bot.set_my_commands(commands).scope(scope).await.map(|_| ())
    } else {
        bot.delete_my_commands().scope(scope).await.map(|_| ())
    };
    if let Err(error) = result {
        // Usually: the user has not started a chat with the bot yet.
        tracing::warn!(user, %error, "could not update the admin command menu");
    }
}

fn caller_of(message: &Message) -> Caller {
    message.from.as_ref().map_or(Caller::Anonymous, |user| Caller::User {
        id: user.id.0 as i64,
        chat: message.chat.id.0,
        language: Some(Lang::from_language_code(user.language_code.as_deref())),
    })
}

/// Counts an answered update in the metrics: by command, and how long it took.
fn record_update(command: &'static str, started: Instant) {
    metrics::counter!(crate::observe::UPDATES, "command" => command).increment(1);
    metrics::histogram!(crate::observe::REPLY_SECONDS, "command" => command).record(started.elapsed().as_secs_f64());
}

/// Counts a command against the user's limit; `false` when it must not be answered (a "slow down" has been
/// sent instead, or was sent within the last minute). Maintainers are never throttled.
async fn within_limit(bot: &Bot, flood: &FloodGuard, answerer: &Answerer, caller: Caller, chat: ChatId) -> bool {
    let Some(user) = caller.user_id() else { return true };
    match flood.check(user, Instant::now()) {
        Verdict::Allow => true,
        _ if matches!(answerer.role(caller).await, Ok(role) if role >= Role::Admin) => true,
        Verdict::Warn => {
            tracing::warn!(user, "flooding: ignored for a minute");
            metrics::counter!(crate::observe::FLOOD_MUTED).increment(1);
            let notice = warbrief_core::render::misc::slow_down(answerer.language(caller).await);
            if let Err(error) = bot.send_message(chat, notice).await {
                tracing::debug!(%error, "could not send the slow-down notice");
            }
            false
        }
        Verdict::Ignore => false,
    }
}

async fn on_message(
    bot: Bot,
    message: Message,
    me: Me,
    answerer: Answerer,
    uploads: AwaitingUpload,
    flood: FloodGuard,
) -> HandlerResult {
    let started = Instant::now();
    let caller = caller_of(&message);
    let chat = message.chat.id;
    // A post forwarded to the bot in a private chat: its text (or a photo's caption) is a post to preview.
    if let Some(origin) = message.forward_origin()
        && message.chat.is_private()
        && let Some(text) = message.text().or(message.caption())
    {
        if !within_limit(&bot, &flood, &answerer, caller, chat).await {
            return Ok(());
        }
        let post = IncomingPost { origin: post_origin(origin), text: text.to_owned(), date: origin.date() };
        let replies = answerer.forwarded_post(caller, post, Utc::now()).await;
        let result = send(&bot, chat, replies).await;
        record_update("forward", started);
        return result;
    }
    if let Some(document) = message.document() {
        let captioned = message.caption().map(|caption| command::parse(caption, me.username.as_deref()));
        let add_report = Parsed::Command(Command::Admin(AdminCommand::AddReport(String::new())));
        if captioned.as_ref() == Some(&add_report) || uploads.take(chat) {
            let replies = upload_report(&bot, &answerer, caller, document).await;
            return send(&bot, chat, replies).await;
        }
        return Ok(());
    }
    let Some(text) = message.text() else {
        return Ok(());
    };
    let private = message.chat.is_private();
    let parsed = command::parse(text, me.username.as_deref());
    let label = match &parsed {
        Parsed::Command(command) => command.name(),
        Parsed::Unknown(_) => "unknown",
        Parsed::NotACommand => "message",
        Parsed::ForAnotherBot => "other_bot",
    };
    let answered = match &parsed {
        Parsed::Command(_) => true,
        Parsed::Unknown(_) => private || text.contains('@'),
        Parsed::NotACommand => private,
        Parsed::ForAnotherBot => false,
    };
    if answered && !within_limit(&bot, &flood, &answerer, caller, chat).await {
        return Ok(());
    }
    let replies = match parsed {
        Parsed::Command(Command::Admin(AdminCommand::AddReport(body))) if body.is_empty() => {
            // The report may be the message this one replies to, or a file that follows.
            let replied = message.reply_to_message();
            if let Some(document) = replied.and_then(Message::document) {
                upload_report(&bot, &answerer, caller, document).await
            } else if let Some(text) = replied.and_then(Message::text) {
                answerer.command(caller, &Command::Admin(AdminCommand::AddReport(text.to_owned())), Utc::now()).await
            } else {
                if matches!(answerer.role(caller).await, Ok(role) if role >= Role::Admin) {
                    uploads.expect(chat);
                }
                answerer.command(caller, &Command::Admin(AdminCommand::AddReport(String::new())), Utc::now()).await
            }
        }
        Parsed::Command(command) => {
            let replies = answerer.command(caller, &command, Utc::now()).await;
            if let Command::Admin(AdminCommand::Admins(argument)) = &command {
                sync_admin_menu(&bot, &answerer, caller, argument).await;
            }
            replies
        }
        Parsed::Unknown(word) if private || text.contains('@') => {
            vec![warbrief_core::render::unknown_command(answerer.language(caller).await, &word)]
        }
        // In groups, chatter and other bots' commands are not for us.
        Parsed::Unknown(_) | Parsed::ForAnotherBot => return Ok(()),
        Parsed::NotACommand if private => {
            vec![warbrief_core::render::misc::not_a_command(answerer.language(caller).await)]
        }
        Parsed::NotACommand => return Ok(()),
    };
    let result = send(&bot, chat, replies).await;
    record_update(label, started);
    result
}

/// Where a forwarded message came from, as the answerer sees it.
fn post_origin(origin: &MessageOrigin) -> PostOrigin {
    match origin {
        MessageOrigin::Channel { chat, message_id, .. } => PostOrigin::Channel {
            chat_id: chat.id.0,
            title: chat.title().unwrap_or_default().to_owned(),
            username: chat.username().map(str::to_owned),
            message_id: message_id.0,
        },
        MessageOrigin::User { sender_user, .. } => PostOrigin::Named(sender_user.full_name()),
        MessageOrigin::HiddenUser { sender_user_name, .. } => PostOrigin::Named(sender_user_name.clone()),
        MessageOrigin::Chat { sender_chat, .. } => {
            PostOrigin::Named(sender_chat.title().unwrap_or_default().to_owned())
        }
    }
}

/// After an owner's `/admin add ID` or `/admin remove ID`, shows or hides that user's admin menu.
async fn sync_admin_menu(bot: &Bot, answerer: &Answerer, caller: Caller, argument: &AdminsArgument) {
    let (id, added) = match *argument {
        AdminsArgument::Add(id) => (id, true),
        AdminsArgument::Remove(id) => (id, false),
        AdminsArgument::List | AdminsArgument::NoId | AdminsArgument::UnknownVerb => return,
    };
    if !matches!(answerer.role(caller).await, Ok(Role::Owner)) {
        return;
    }
    if let Ok(is_admin) = answerer.store().is_admin(id).await {
        debug_assert_eq!(is_admin, added);
        set_admin_menu(bot, id, is_admin).await;
    }
}

/// An uploaded report file: checked (admin, name, size, encoding) before and after download.
async fn upload_report(bot: &Bot, answerer: &Answerer, caller: Caller, document: &Document) -> Vec<Reply> {
    let add_report = |text: String| Command::Admin(AdminCommand::AddReport(text));
    if !matches!(answerer.role(caller).await, Ok(role) if role >= Role::Admin) {
        // The answerer refuses and logs it; the file is never downloaded.
        return answerer.command(caller, &add_report(String::new()), Utc::now()).await;
    }
    let name = document.file_name.clone().unwrap_or_default();
    let lower = name.to_lowercase();
    if !(lower.ends_with(".txt") || lower.ends_with(".md") || lower.ends_with(".markdown")) {
        return vec![warbrief_core::render::misc::upload_not_text(answerer.language(caller).await)];
    }
    if document.file.size as usize > MAX_REPORT_BYTES {
        return vec![warbrief_core::render::misc::upload_too_large(answerer.language(caller).await)];
    }
    let bytes = match download(bot, document).await {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!(%error, "downloading an uploaded report failed");
            return vec![warbrief_core::render::internal_error(answerer.language(caller).await)];
        }
    };
    match ingest::report_text(bytes) {
        Ok(text) => answerer.command(caller, &add_report(text), Utc::now()).await,
        Err(error) => {
            let lang = answerer.language(caller).await;
            vec![warbrief_core::render::misc::upload_unusable(lang, &name, &error.to_string())]
        }
    }
}

async fn download(bot: &Bot, document: &Document) -> anyhow::Result<Vec<u8>> {
    let file = bot.get_file(document.file.id.clone()).await?;
    let mut bytes = Vec::with_capacity(document.file.size as usize);
    bot.download_file(&file.path, &mut bytes).await?;
    Ok(bytes)
}

async fn on_callback(bot: Bot, query: CallbackQuery, answerer: Answerer, flood: FloodGuard) -> HandlerResult {
    let started = Instant::now();
    let user = query.from.id.0 as i64;
    // A button on an inline message has no chat: it acts for the user's private chat.
    let caller = Caller::User {
        id: user,
        language: Some(Lang::from_language_code(query.from.language_code.as_deref())),
        chat: query.message.as_ref().map_or(user, |message| message.chat().id.0),
    };
    let action = query.data.as_deref().and_then(Action::decode);
    // A maintainer's button pressed by someone else (in a group): a private alert, and the message stays.
    if let Some(action) = action
        && action.needs_admin()
        && !matches!(answerer.role(caller).await, Ok(role) if role >= Role::Admin)
    {
        tracing::warn!(?caller, ?action, "admin button refused");
        bot.answer_callback_query(query.id.clone())
            .text(warbrief_core::render::misc::maintainers_only(answerer.language(caller).await))
            .show_alert(true)
            .await?;
        return Ok(());
    }
    // Button presses are not counted against the flood limit (paging through a list is quick clicking), but
    // a user who is muted for flooding commands gets nothing from buttons either.
    if flood.is_muted(user, Instant::now()) {
        let notice = warbrief_core::render::misc::slow_down(answerer.language(caller).await);
        bot.answer_callback_query(query.id.clone()).text(notice).await?;
        return Ok(());
    }
    // A button of an old message whose data no longer decodes (a town the gazetteer dropped): say so.
    let Some(action) = action else {
        tracing::warn!(data = ?query.data, "unknown callback data");
        let expired = warbrief_core::render::button_expired(answerer.language(caller).await);
        bot.answer_callback_query(query.id.clone()).text(expired).await?;
        return Ok(());
    };
    // Answer first, whatever happens next, so the button never spins forever.
    bot.answer_callback_query(query.id.clone()).await?;
    let Some(chat) = query.message.as_ref().map(|message| message.chat().id) else {
        return Ok(());
    };
    let replies = answerer.action(caller, action, Utc::now()).await;
    // One message in answer to a button: show it in place of the message that had the button.
    if let [reply] = replies.as_slice()
        && reply.photo.is_none()
        && reply.document.is_none()
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
    let result = send(&bot, chat, replies).await;
    record_update("button", started);
    result
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
        if let Some(photo) = reply.photo {
            bot.send_photo(chat, InputFile::memory(photo.bytes).file_name(photo.file_name))
                .caption(reply.html)
                .parse_mode(ParseMode::Html)
                .await?;
            continue;
        }
        if let Some(document) = reply.document {
            bot.send_document(chat, InputFile::memory(document.bytes).file_name(document.file_name))
                .caption(reply.html)
                .parse_mode(ParseMode::Html)
                .await?;
            continue;
        }
        let mut request =
            bot.send_message(chat, reply.html).parse_mode(ParseMode::Html).link_preview_options(no_preview());
        if !reply.buttons.is_empty() {
            request = request.reply_markup(keyboard(&reply.buttons));
        }
        request.await?;
    }
    Ok(())
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
