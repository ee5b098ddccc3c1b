//! Updates in, answers out: messages (commands, forwarded posts, uploaded reports) and button presses turned
//! into calls of the app, within each user's flood limit, and its replies sent back.

use super::*;

/// How long after a bare /addreport an uploaded file is taken as the report.
const UPLOAD_WAIT: Duration = Duration::from_secs(10 * 60);

/// Chats whose admin sent /addreport without a report and may now upload it.
#[derive(Clone, Default)]
pub(super) struct AwaitingUpload(Arc<Mutex<HashMap<ChatId, Instant>>>);

impl AwaitingUpload {
    pub(super) fn expect(&self, chat: ChatId) {
        let mut waits = self.0.lock().expect("upload lock");
        // Bounded: forget expired waits whenever a new one starts.
        waits.retain(|_, since| since.elapsed() < UPLOAD_WAIT);
        waits.insert(chat, Instant::now());
    }

    fn take(&self, chat: ChatId) -> bool {
        self.0.lock().expect("upload lock").remove(&chat).is_some_and(|since| since.elapsed() < UPLOAD_WAIT)
    }
}

pub(super) fn caller_of(message: &Message) -> Caller {
    message.from.as_ref().map_or(Caller::Anonymous, |user| Caller::User {
        id: user.id.0 as i64,
        chat: message.chat.id.0,
        language: user.language_code.as_deref().map(|code| Lang::from_language_code(Some(code))),
        topic: topic_of(message).map(|thread| thread.0.0),
    })
}

/// The forum topic a message was written in: answers go there. (Other threads — replies in a group
/// without topics — are not topics, and a message sent "into" one would be refused.)
pub(super) fn topic_of(message: &Message) -> Option<ThreadId> {
    message.thread_id.filter(|_| message.is_topic_message)
}

/// Counts an answered update in the metrics: by command, and how long it took.
pub(super) fn record_update(command: &'static str, started: Instant) {
    metrics::counter!(crate::observe::UPDATES, "command" => command).increment(1);
    metrics::histogram!(crate::observe::REPLY_SECONDS, "command" => command).record(started.elapsed().as_secs_f64());
}

/// Counts a command against the user's limit; `false` when it must not be answered (a "slow down" has been
/// sent instead, or was sent within the last minute). Maintainers are never throttled.
pub(super) async fn within_limit(
    bot: &Bot,
    flood: &FloodGuard,
    answerer: &Answerer,
    caller: Caller,
    chat: ChatId,
) -> bool {
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

/// Who administers which group, as `getChatMember` said within the last [`ADMIN_CHECK_TTL`]: asked only when
/// someone in a group tries to change its settings, and kept briefly so a few presses in a row ask once.
#[derive(Clone, Default)]
pub(super) struct GroupAdmins(Arc<Mutex<HashMap<GroupMember, (bool, Instant)>>>);

/// A user in a group chat.
type GroupMember = (ChatId, i64);

/// How long a group member's rights are taken as known.
const ADMIN_CHECK_TTL: Duration = Duration::from_secs(60);

impl GroupAdmins {
    fn known(&self, chat: ChatId, user: i64) -> Option<bool> {
        let checks = self.0.lock().expect("admins lock");
        checks.get(&(chat, user)).filter(|(_, at)| at.elapsed() < ADMIN_CHECK_TTL).map(|(admin, _)| *admin)
    }

    fn remember(&self, chat: ChatId, user: i64, admin: bool) {
        let mut checks = self.0.lock().expect("admins lock");
        // Bounded: forget expired answers whenever there are many.
        if checks.len() > 10_000 {
            checks.retain(|_, (_, at)| at.elapsed() < ADMIN_CHECK_TTL);
        }
        checks.insert((chat, user), (admin, Instant::now()));
    }
}

/// Whether `caller` may change the settings of `chat`: anyone in a private chat; in a group its
/// administrators (a message sent on behalf of the group is its anonymous administrators') and the bot's
/// maintainers. If Telegram cannot say, the answer is no and the log says why.
async fn may_change_settings(
    bot: &Bot,
    answerer: &Answerer,
    admins: &GroupAdmins,
    caller: Caller,
    chat: &teloxide::types::Chat,
    sender_chat: Option<&teloxide::types::Chat>,
) -> bool {
    if chat.is_private() || sender_chat.is_some_and(|sender| sender.id == chat.id) {
        return true;
    }
    let Some(user) = caller.user_id() else { return false };
    if matches!(answerer.role(caller).await, Ok(role) if role >= Role::Admin) {
        return true;
    }
    if let Some(admin) = admins.known(chat.id, user) {
        return admin;
    }
    match bot.get_chat_member(chat.id, UserId(user as u64)).await {
        Ok(member) => {
            let admin = member.kind.is_privileged();
            admins.remember(chat.id, user, admin);
            admin
        }
        Err(error) => {
            tracing::warn!(chat = chat.id.0, user, %error, "could not ask Telegram who administers the group");
            false
        }
    }
}

pub(super) async fn on_message(
    bot: Bot,
    message: Message,
    me: Me,
    answerer: Answerer,
    uploads: AwaitingUpload,
    flood: FloodGuard,
    admins: GroupAdmins,
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
        let result = send(&bot, chat, topic_of(&message), replies).await;
        record_update("forward", started);
        return result;
    }
    if let Some(document) = message.document() {
        let captioned = message.caption().map(|caption| command::parse(caption, me.username.as_deref()));
        let add_report = Parsed::Command(Command::Admin(AdminCommand::AddReport(String::new())));
        if captioned.as_ref() == Some(&add_report) || uploads.take(chat) {
            let replies = upload_report(&bot, &answerer, caller, document).await;
            return send(&bot, chat, topic_of(&message), replies).await;
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
        Parsed::Command(command)
            if command.changes_chat_settings()
                && !may_change_settings(
                    &bot,
                    &answerer,
                    &admins,
                    caller,
                    &message.chat,
                    message.sender_chat.as_ref(),
                )
                .await =>
        {
            vec![warbrief_core::render::settings::only_group_admins(answerer.language(caller).await)]
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
    let result = send(&bot, chat, topic_of(&message), replies).await;
    record_update(label, started);
    result
}

/// Where a forwarded message came from, as the answerer sees it.
pub(super) fn post_origin(origin: &MessageOrigin) -> PostOrigin {
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
pub(super) async fn sync_admin_menu(bot: &Bot, answerer: &Answerer, caller: Caller, argument: &AdminsArgument) {
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
pub(super) async fn upload_report(bot: &Bot, answerer: &Answerer, caller: Caller, document: &Document) -> Vec<Reply> {
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

pub(super) async fn download(bot: &Bot, document: &Document) -> anyhow::Result<Vec<u8>> {
    let file = bot.get_file(document.file.id.clone()).await?;
    let mut bytes = Vec::with_capacity(document.file.size as usize);
    bot.download_file(&file.path, &mut bytes).await?;
    Ok(bytes)
}

pub(super) async fn on_callback(
    bot: Bot,
    query: CallbackQuery,
    answerer: Answerer,
    flood: FloodGuard,
    admins: GroupAdmins,
) -> HandlerResult {
    let started = Instant::now();
    let user = query.from.id.0 as i64;
    // A button on an inline message has no chat: it acts for the user's private chat.
    let topic = query.message.as_ref().and_then(|message| message.regular_message()).and_then(topic_of);
    let caller = Caller::User {
        id: user,
        language: query.from.language_code.as_deref().map(|code| Lang::from_language_code(Some(code))),
        chat: query.message.as_ref().map_or(user, |message| message.chat().id.0),
        topic: topic.map(|thread| thread.0.0),
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
    // A settings button of a group, pressed by a member who is not one of its administrators: the same.
    if let Some(action) = action
        && action.changes_chat_settings()
        && let Some(message) = query.message.as_ref()
        && !may_change_settings(&bot, &answerer, &admins, caller, message.chat(), None).await
    {
        let refusal = warbrief_core::render::settings::only_group_admins(answerer.language(caller).await);
        bot.answer_callback_query(query.id.clone()).text(refusal.html).show_alert(true).await?;
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
    markup::with_retries(|| bot.answer_callback_query(query.id.clone()).send()).await?;
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
    let result = send(&bot, chat, topic, replies).await;
    record_update("button", started);
    result
}
