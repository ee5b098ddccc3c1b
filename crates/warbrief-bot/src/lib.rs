//! The `warbrief` binary's library: configuration, command parsing and answering, the Telegram transport
//! and the console transport.
//!
//! - [`answer::Answerer`] turns a [`command::Command`] or a button's [`Action`] into
//!   [`Reply`](warbrief_core::render::Reply) values. It knows nothing of Telegram.
//! - [`telegram`] is the only module that knows Telegram: it receives updates through teloxide, asks the
//!   answerer, and sends the replies in HTML parse mode with inline keyboards.
//! - [`console`] does the same for `warbrief chat`, printing replies as terminal text.
//!
//! [`Action`]: warbrief_core::render::Action

pub mod admin;
pub mod answer;
pub mod bot_api;
pub mod charts;
pub mod command;
pub mod config;
pub mod console;
pub mod delivery;
pub mod export;
pub mod fields;
pub mod flood;
pub mod ingest;
pub mod logging;
pub mod observe;
pub mod picture;
pub mod posts;
pub mod publishing;
pub mod sample;
pub mod subscription;
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
