//! The `warbrief` binary's library, in layers:
//!
//! - [`app`] turns requests (a parsed command, a button's action, a forwarded post) into
//!   [`Reply`](warbrief_core::render::Reply) values. It knows nothing of Telegram, of the delivery queue's
//!   workers, or of HTML: replies are rendered by `warbrief_core::render`.
//! - [`delivery`] sends the queued digests, alerts and channel posts through a [`delivery::Sender`].
//! - [`telegram`] is the only module that knows Telegram: it receives updates through teloxide, asks the
//!   app, and sends the replies in HTML parse mode with inline keyboards; its Bot API client is the
//!   delivery's sender.
//! - [`cli`] is the command line: `warbrief parse`, `import`, `export`, `digest`, and the `chat` console.
//! - [`serve`] wires them together for `warbrief serve`.

pub mod app;
pub mod cli;
pub mod config;
pub mod delivery;
pub mod logging;
pub mod observe;
pub mod picture;
pub mod sample;
pub mod serve;
pub mod telegram;

/// An error and its causes on one line: "cannot connect to the SQLite database: unable to open database file".
pub fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
