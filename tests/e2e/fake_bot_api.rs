//! A fake Telegram Bot API on loopback: enough of it for `warbrief serve` to poll updates and send replies.
//! Tests push updates in and read back what the bot sent.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Json;
use axum::Router;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use serde_json::{Value, json};
use tokio::sync::Notify;

pub const BOT_USERNAME: &str = "warbrief_test_bot";

/// A call the bot made: the method and its JSON parameters.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub params: Value,
    /// When the request arrived.
    pub at: Instant,
    /// The HTTP status the fake answered with.
    pub status: u16,
}

impl Call {
    /// `chat_id` as sent: a number, or a channel's "@name".
    pub fn chat(&self) -> String {
        chat_key(&self.params)
    }
}

/// A request's `chat_id` as text: the number, or the channel's "@name".
fn chat_key(params: &Value) -> String {
    match &params["chat_id"] {
        Value::String(name) => name.clone(),
        other => other.to_string(),
    }
}

/// An error answer the fake gives instead of sending: HTTP status and Bot API error body.
#[derive(Debug, Clone)]
pub struct Canned {
    pub status: u16,
    pub body: Value,
}

impl Canned {
    pub fn error(status: u16, description: &str) -> Canned {
        Canned { status, body: json!({ "ok": false, "error_code": status, "description": description }) }
    }

    pub fn blocked() -> Canned {
        Canned::error(403, "Forbidden: bot was blocked by the user")
    }

    pub fn retry_after(seconds: u64) -> Canned {
        let mut canned = Canned::error(429, &format!("Too Many Requests: retry after {seconds}"));
        canned.body["parameters"] = json!({ "retry_after": seconds });
        canned
    }

    pub fn server_error() -> Canned {
        Canned::error(500, "Internal Server Error")
    }

    #[allow(dead_code)] // no end-to-end test needs it since delivery is tested in-process
    pub fn migrated(to: i64) -> Canned {
        let mut canned = Canned::error(400, "Bad Request: group chat was upgraded to a supergroup chat");
        canned.body["parameters"] = json!({ "migrate_to_chat_id": to });
        canned
    }
}

#[derive(Default)]
struct Inner {
    /// Files users uploaded, by file id.
    files: HashMap<String, Vec<u8>>,
    pending_updates: Vec<Value>,
    /// Updates to send again with the next getUpdates whatever its offset, as Telegram does when the offset
    /// that confirmed them never reached it.
    redelivered: Vec<Value>,
    /// The latest update pushed, as it was sent.
    last_update: Option<Value>,
    next_update_id: i64,
    next_message_id: i64,
    calls: Vec<Call>,
    /// Tokens seen in request paths; all must be the configured one.
    tokens: Vec<String>,
    /// Answers to give sendMessage for a chat, in turn, before sending normally.
    canned: HashMap<String, VecDeque<Canned>>,
    /// Answers to give sendMessage for a chat every time.
    always: HashMap<String, Canned>,
    /// Like Telegram's flood control: sendMessage beyond this many in any second gets a 429.
    max_per_second: Option<usize>,
    recent_sends: VecDeque<Instant>,
    /// Refuse every second sendMessage of any chat with 429 (retry after 1 s); counts them.
    refuse_every_second: Option<u64>,
    /// Files the bot sent (documents, photos): name and bytes.
    uploads: Vec<(String, Vec<u8>)>,
    /// Users whose Telegram app is set to a language: its `language_code`.
    languages: HashMap<i64, String>,
    /// (group, user) pairs where the user created the group; everyone else is a plain member.
    group_owners: Vec<(i64, i64)>,
}

#[derive(Clone, Default)]
struct Shared {
    inner: Arc<Mutex<Inner>>,
    changed: Arc<Notify>,
}

pub struct FakeBotApi {
    pub addr: SocketAddr,
    shared: Shared,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for FakeBotApi {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl FakeBotApi {
    pub async fn start() -> FakeBotApi {
        let shared = Shared::default();
        let app = Router::new()
            .route("/{bot}/{method}", post(handle))
            // teloxide percent-encodes a "/" in the file path, so the fake's paths have none.
            .route("/file/{bot}/{file_id}", get(download))
            .fallback(|uri: axum::http::Uri| async move {
                eprintln!("fake Bot API: no route for {uri}");
                axum::http::StatusCode::NOT_FOUND
            })
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
        let addr = listener.local_addr().expect("local address");
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.expect("fake Bot API");
        });
        FakeBotApi { addr, shared, server }
    }

    /// Value for `TELOXIDE_API_URL`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// From now on, `getChatMember` says `user` created (and so administers) group `chat`.
    pub fn make_group_owner(&self, chat: i64, user: i64) {
        self.shared.inner.lock().unwrap().group_owners.push((chat, user));
    }

    /// From now on, updates from `user` say their app is in `language_code` ("uk").
    pub fn set_language(&self, user: i64, language_code: &str) {
        self.shared.inner.lock().unwrap().languages.insert(user, language_code.to_owned());
    }

    fn push_update(&self, body: Value) {
        let mut inner = self.shared.inner.lock().unwrap();
        inner.next_update_id += 1;
        let mut update = body;
        for kind in ["message", "callback_query"] {
            // `get_mut`, not indexing: indexing a missing key would add it.
            if let Some(from) = update.get_mut(kind).and_then(|value| value.get_mut("from"))
                && let Some(code) = from["id"].as_i64().and_then(|user| inner.languages.get(&user))
            {
                from["language_code"] = json!(code);
            }
        }
        update["update_id"] = json!(inner.next_update_id);
        inner.last_update = Some(update.clone());
        inner.pending_updates.push(update);
        drop(inner);
        self.shared.changed.notify_waiters();
    }

    /// Sends the latest update again, with its `update_id`, to the next getUpdates, even if the bot has
    /// confirmed it: what a bot sees when a restart lost its confirming offset.
    pub fn redeliver_last_update(&self) {
        let mut inner = self.shared.inner.lock().unwrap();
        let update = inner.last_update.clone().expect("an update to send again");
        inner.redelivered.push(update);
        drop(inner);
        self.shared.changed.notify_waiters();
    }

    /// A text message from user `user` in chat `chat` (private when they are equal, a group when `chat` < 0).
    pub fn send_text(&self, chat: i64, user: i64, text: &str) {
        let message_id = self.next_message_id();
        self.push_update(json!({ "message": message(message_id, chat, Some(user), text) }));
    }

    /// A text message from user `user` in forum topic `topic` of supergroup `chat` (a forum).
    pub fn send_in_topic(&self, chat: i64, topic: i64, user: i64, text: &str) {
        let message_id = self.next_message_id();
        let mut message = message(message_id, chat, Some(user), text);
        message["chat"]["is_forum"] = json!(true);
        message["message_thread_id"] = json!(topic);
        message["is_topic_message"] = json!(true);
        self.push_update(json!({ "message": message }));
    }

    /// User `user` pressing a button with `data` under one of the bot's messages in `chat`.
    pub fn press_button(&self, chat: i64, user: i64, data: &str) {
        let message_id = self.next_message_id();
        self.push_update(json!({
            "callback_query": {
                "id": format!("cb{message_id}"),
                "from": user_json(user),
                "message": message(message_id, chat, None, "a message with buttons"),
                "chat_instance": "instance",
                "data": data,
            }
        }));
    }

    /// User `user` uploading a file in `chat`, with an optional caption. `declared_size` is what Telegram
    /// reports as the file's size (it may differ from the bytes, to test size checks without big uploads).
    pub fn send_document(
        &self,
        chat: i64,
        user: i64,
        file_name: &str,
        bytes: &[u8],
        declared_size: usize,
        caption: Option<&str>,
    ) {
        let message_id = self.next_message_id();
        let file_id = format!("file{message_id}");
        self.shared.inner.lock().unwrap().files.insert(file_id.clone(), bytes.to_vec());
        let mut message = message(message_id, chat, Some(user), "");
        message.as_object_mut().unwrap().remove("text");
        message.as_object_mut().unwrap().remove("entities");
        message["document"] = json!({
            "file_id": file_id, "file_unique_id": format!("u{file_id}"), "file_name": file_name,
            "file_size": declared_size, "mime_type": "text/plain",
        });
        if let Some(caption) = caption {
            message["caption"] = json!(caption);
        }
        self.push_update(json!({ "message": message }));
    }

    /// A text message from `user` that replies to an earlier message with `replied_text`.
    pub fn send_reply(&self, chat: i64, user: i64, text: &str, replied_text: &str) {
        let message_id = self.next_message_id();
        let mut reply = message(message_id, chat, Some(user), text);
        reply["reply_to_message"] = message(message_id - 1, chat, Some(user), replied_text);
        self.push_update(json!({ "message": reply }));
    }

    /// User `user` forwarding a channel's post to the bot in their private chat: Bot API 7's `forward_origin`
    /// of type "channel", with the channel's chat (title, and username when public), the post's message id
    /// and its original date.
    pub fn forward_channel_post(&self, user: i64, post: &ChannelPost<'_>) {
        let message_id = self.next_message_id();
        let mut message = message(message_id, user, Some(user), post.text);
        let mut chat = json!({ "id": post.channel_id, "type": "channel", "title": post.title });
        if let Some(username) = post.username {
            chat["username"] = json!(username);
        }
        message["forward_origin"] =
            json!({ "type": "channel", "date": post.date, "chat": chat, "message_id": post.message_id });
        self.push_update(json!({ "message": message }));
    }

    /// Forwards `post` from `user`'s private chat and returns the `sendMessage` calls it caused, waiting until
    /// `replies` of them arrived.
    pub async fn forward(&self, user: i64, post: &ChannelPost<'_>, replies: usize) -> Vec<Call> {
        let before = self.calls("sendMessage").len();
        self.forward_channel_post(user, post);
        let calls = self.wait_for_calls("sendMessage", before + replies).await;
        calls[before..].to_vec()
    }

    fn next_message_id(&self) -> i64 {
        let mut inner = self.shared.inner.lock().unwrap();
        inner.next_message_id += 1;
        inner.next_message_id
    }

    /// How many calls of `method` the bot has made, without copying them (benchmarks poll this thousands of
    /// times).
    pub fn count(&self, method: &str) -> usize {
        self.shared.inner.lock().unwrap().calls.iter().filter(|call| call.method.eq_ignore_ascii_case(method)).count()
    }

    pub fn calls(&self, method: &str) -> Vec<Call> {
        self.shared
            .inner
            .lock()
            .unwrap()
            .calls
            .iter()
            .filter(|call| call.method.eq_ignore_ascii_case(method))
            .cloned()
            .collect()
    }

    /// sendMessage to `chat` answers with these, one per call, before it succeeds.
    #[allow(dead_code)] // no end-to-end test needs it since delivery is tested in-process
    pub fn fail_next(&self, chat: &str, answers: Vec<Canned>) {
        self.shared.inner.lock().unwrap().canned.entry(chat.to_owned()).or_default().extend(answers);
    }

    /// sendMessage to `chat` always answers with this.
    pub fn fail_always(&self, chat: &str, answer: Canned) {
        self.shared.inner.lock().unwrap().always.insert(chat.to_owned(), answer);
    }

    /// Refuses every second sendMessage, of any chat, with 429 (retry after 1 s).
    pub fn refuse_every_second_send(&self) {
        self.shared.inner.lock().unwrap().refuse_every_second = Some(0);
    }

    /// Refuses (429, retry after 1 s) any sendMessage beyond `limit` in the last second, as Telegram does.
    pub fn limit_per_second(&self, limit: usize) {
        self.shared.inner.lock().unwrap().max_per_second = Some(limit);
    }

    /// Messages delivered (answered 200) to `chat`.
    pub fn delivered(&self, chat: &str) -> Vec<Call> {
        self.calls("sendMessage").into_iter().filter(|call| call.status == 200 && call.chat() == chat).collect()
    }

    /// sendMessage calls answered 200, of all chats.
    pub fn delivered_count(&self) -> usize {
        self.calls("sendMessage").iter().filter(|call| call.status == 200).count()
    }

    /// Waits up to `seconds` until `done` holds of the calls so far; false if it never did.
    pub async fn wait_until(&self, seconds: u64, done: impl Fn(&FakeBotApi) -> bool) -> bool {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(seconds);
        loop {
            let changed = self.shared.changed.notified();
            if done(self) {
                return true;
            }
            if tokio::time::timeout_at(deadline, changed).await.is_err() {
                return done(self);
            }
        }
    }

    /// Files the bot sent with sendDocument or sendPhoto, in order: name and bytes.
    pub fn uploads(&self) -> Vec<(String, Vec<u8>)> {
        self.shared.inner.lock().unwrap().uploads.clone()
    }

    pub fn tokens_seen(&self) -> Vec<String> {
        self.shared.inner.lock().unwrap().tokens.clone()
    }

    /// Waits until the bot has made `count` calls of `method` in total; returns them all.
    pub async fn wait_for_calls(&self, method: &str, count: usize) -> Vec<Call> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            let changed = self.shared.changed.notified();
            // Counted first: copying every call at every wake-up is quadratic in a long session.
            if self.count(method) >= count {
                return self.calls(method);
            }
            if tokio::time::timeout_at(deadline, changed).await.is_err() {
                let calls = self.calls(method);
                panic!("waited 30 s for {count} {method} calls; got {}: {calls:#?}", calls.len());
            }
        }
    }

    /// Sends `text` from a private chat and returns the texts of the `sendMessage` calls it caused, waiting
    /// until `replies` of them arrived.
    pub async fn ask(&self, user: i64, text: &str, replies: usize) -> Vec<Call> {
        let before = self.calls("sendMessage").len();
        self.send_text(user, user, text);
        let calls = self.wait_for_calls("sendMessage", before + replies).await;
        calls[before..].to_vec()
    }
}

/// A channel's post, as a forward's origin describes it.
#[derive(Debug, Clone, Copy)]
pub struct ChannelPost<'a> {
    /// The channel's chat id (negative, -100…).
    pub channel_id: i64,
    pub title: &'a str,
    /// The public channel's username, without "@".
    pub username: Option<&'a str>,
    pub message_id: i64,
    /// When it was posted, Unix time.
    pub date: i64,
    pub text: &'a str,
}

fn user_json(user: i64) -> Value {
    json!({ "id": user, "is_bot": false, "first_name": "Tester", "username": format!("tester{user}") })
}

fn chat_json(chat: i64) -> Value {
    if chat < 0 {
        json!({ "id": chat, "type": "supergroup", "title": "Test group" })
    } else {
        json!({ "id": chat, "type": "private", "first_name": "Tester" })
    }
}

pub(crate) fn message(message_id: i64, chat: i64, from: Option<i64>, text: &str) -> Value {
    let mut message = json!({
        "message_id": message_id,
        "date": 1_675_324_800,
        "chat": chat_json(chat),
        "text": text,
    });
    if let Some(user) = from {
        message["from"] = user_json(user);
    }
    if let Some(end) = text.starts_with('/').then(|| text.find(char::is_whitespace).unwrap_or(text.len())) {
        message["entities"] =
            json!([{ "type": "bot_command", "offset": 0, "length": text[..end].encode_utf16().count() }]);
    }
    message
}

fn ok(result: Value) -> (StatusCode, Json<Value>) {
    (StatusCode::OK, Json(json!({ "ok": true, "result": result })))
}

async fn download(State(shared): State<Shared>, Path((_bot, file_id)): Path<(String, String)>) -> Vec<u8> {
    shared.inner.lock().unwrap().files.get(&file_id).cloned().unwrap_or_default()
}

/// Multipart form fields as JSON: text fields as strings; a file as {"file_name", "text", "size"}, its bytes
/// kept apart.
async fn multipart_params(request: Request) -> (Value, Vec<(String, Vec<u8>)>) {
    let mut params = json!({});
    let mut files = Vec::new();
    let Ok(mut form) = Multipart::from_request(request, &()).await else { return (params, files) };
    while let Ok(Some(field)) = form.next_field().await {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let bytes = field.bytes().await.unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        params[name] = match file_name {
            Some(file_name) => {
                files.push((file_name.clone(), bytes.to_vec()));
                json!({ "file_name": file_name, "text": text, "size": bytes.len() })
            }
            None => serde_json::from_str(&text).unwrap_or(Value::String(text)),
        };
    }
    (params, files)
}

async fn handle(
    State(shared): State<Shared>,
    Path((bot, method)): Path<(String, String)>,
    request: Request,
) -> (StatusCode, Json<Value>) {
    // Telegram matches method names case-insensitively, and teloxide sends them capitalised ("SendMessage").
    let method = method.to_ascii_lowercase();
    let multipart = request
        .headers()
        .get("content-type")
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("multipart/"));
    let params: Value = if multipart {
        let (params, files) = multipart_params(request).await;
        shared.inner.lock().unwrap().uploads.extend(files);
        params
    } else {
        let body = axum::body::to_bytes(request.into_body(), 16 * 1024 * 1024).await.unwrap_or_default();
        serde_json::from_slice(&body).unwrap_or(Value::Null)
    };
    let refusal = {
        let mut inner = shared.inner.lock().unwrap();
        inner.tokens.push(bot.trim_start_matches("bot").to_owned());
        let refusal = if method == "sendmessage" { refusal(&mut inner, &params) } else { None };
        if method != "getupdates" {
            let status = refusal.as_ref().map_or(200, |canned| canned.status);
            inner.calls.push(Call { method: method.clone(), params: params.clone(), at: Instant::now(), status });
        }
        refusal
    };
    shared.changed.notify_waiters();
    if let Some(canned) = refusal {
        return (StatusCode::from_u16(canned.status).unwrap(), Json(canned.body));
    }
    match method.as_str() {
        "getme" => ok(json!({
            "id": 999, "is_bot": true, "first_name": "warbrief", "username": BOT_USERNAME,
            "can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": false,
            "has_main_web_app": false,
        })),
        "getchatmember" => {
            let (chat, user) = (params["chat_id"].as_i64().unwrap_or(0), params["user_id"].as_i64().unwrap_or(0));
            let owner = shared.inner.lock().unwrap().group_owners.contains(&(chat, user));
            let status = if owner {
                json!({ "status": "creator", "is_anonymous": false })
            } else {
                json!({ "status": "member" })
            };
            let mut member = status;
            member["user"] = user_json(user);
            ok(member)
        }
        "getwebhookinfo" => ok(json!({ "url": "", "has_custom_certificate": false, "pending_update_count": 0 })),
        "getupdates" => get_updates(&shared, &params).await,
        "getfile" => {
            let file_id = params["file_id"].as_str().unwrap_or_default().to_owned();
            let size = shared.inner.lock().unwrap().files.get(&file_id).map_or(0, Vec::len);
            ok(json!({ "file_id": file_id, "file_unique_id": format!("u{file_id}"), "file_size": size,
                       "file_path": file_id }))
        }
        "senddocument" | "sendphoto" => {
            let message_id = {
                let mut inner = shared.inner.lock().unwrap();
                inner.next_message_id += 1;
                inner.next_message_id
            };
            let chat = params["chat_id"].as_i64().unwrap_or(0);
            let mut sent = message(message_id, chat, None, "");
            sent.as_object_mut().unwrap().remove("text");
            if method == "sendphoto" {
                sent["photo"] = json!([{ "file_id": "p", "file_unique_id": "up", "width": 1000, "height": 600 }]);
            } else {
                sent["document"] = json!({ "file_id": "sent", "file_unique_id": "usent", "file_size": 1 });
            }
            sent["from"] = json!({ "id": 999, "is_bot": true, "first_name": "warbrief", "username": BOT_USERNAME });
            ok(sent)
        }
        "sendmessage" | "editmessagetext" => {
            let message_id = {
                let mut inner = shared.inner.lock().unwrap();
                inner.next_message_id += 1;
                inner.next_message_id
            };
            let chat = params["chat_id"].as_i64().unwrap_or(0);
            let message_id = params["message_id"].as_i64().unwrap_or(message_id);
            let mut sent = message(message_id, chat, None, params["text"].as_str().unwrap_or(""));
            sent["from"] = json!({ "id": 999, "is_bot": true, "first_name": "warbrief", "username": BOT_USERNAME });
            ok(sent)
        }
        _ => ok(json!(true)),
    }
}

/// The error sendMessage gets instead of success, if any: canned for the chat, or flood control.
fn refusal(inner: &mut Inner, params: &Value) -> Option<Canned> {
    let chat = chat_key(params);
    if let Some(canned) = inner.always.get(&chat) {
        return Some(canned.clone());
    }
    if let Some(canned) = inner.canned.get_mut(&chat).and_then(VecDeque::pop_front) {
        return Some(canned);
    }
    if let Some(sends) = inner.refuse_every_second.as_mut() {
        *sends += 1;
        if *sends % 2 == 0 {
            return Some(Canned::retry_after(1));
        }
    }
    if let Some(limit) = inner.max_per_second {
        let now = Instant::now();
        while inner.recent_sends.front().is_some_and(|at| now.duration_since(*at) >= Duration::from_secs(1)) {
            inner.recent_sends.pop_front();
        }
        if inner.recent_sends.len() >= limit {
            return Some(Canned::retry_after(1));
        }
        inner.recent_sends.push_back(now);
    }
    None
}

/// Long polling: answers at once when updates are pending, otherwise after a short wait.
async fn get_updates(shared: &Shared, params: &Value) -> (StatusCode, Json<Value>) {
    let offset = params["offset"].as_i64().unwrap_or(0);
    for _ in 0..2 {
        let changed = shared.changed.notified();
        let updates: Vec<Value> = {
            let mut inner = shared.inner.lock().unwrap();
            inner.pending_updates.retain(|update| update["update_id"].as_i64().unwrap_or(0) >= offset);
            // Sent again first: the ids are in order, so the bot's next offset still passes every pending one.
            let mut updates = std::mem::take(&mut inner.redelivered);
            updates.extend(inner.pending_updates.iter().cloned());
            updates
        };
        if !updates.is_empty() {
            return ok(Value::Array(updates));
        }
        let _ = tokio::time::timeout(Duration::from_millis(500), changed).await;
    }
    ok(json!([]))
}
