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

/// The layers' boundaries, checked on the source: a line that crosses one fails here, not in review.
#[cfg(test)]
mod layers {
    use std::path::Path;

    /// Every `.rs` file under `dir`, with its text.
    fn sources(dir: &str) -> Vec<(String, String)> {
        fn walk(path: &Path, out: &mut Vec<(String, String)>) {
            for entry in std::fs::read_dir(path).expect("source directory") {
                let path = entry.expect("directory entry").path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|extension| extension == "rs") {
                    let text = std::fs::read_to_string(&path).expect("source file");
                    out.push((path.display().to_string(), text));
                }
            }
        }
        let mut out = Vec::new();
        walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir), &mut out);
        assert!(!out.is_empty(), "no sources under {dir}");
        out
    }

    /// Code lines only, up to the file's tests: comments may name other layers, and tests assert on HTML.
    fn code(text: &str) -> impl Iterator<Item = &str> {
        text.lines()
            .take_while(|line| line.trim() != "#[cfg(test)]")
            .filter(|line| !line.trim_start().starts_with("//"))
    }

    fn assert_absent(dir: &str, forbidden: &[&str]) {
        for (path, text) in sources(dir) {
            for line in code(&text) {
                for word in forbidden {
                    assert!(!line.contains(word), "{path} uses {word:?}: {line}");
                }
            }
        }
    }

    #[test]
    fn app_knows_neither_telegram_nor_delivery_nor_html() {
        assert_absent(
            "app",
            &[
                "crate::telegram",
                "crate::delivery",
                "crate::serve",
                "crate::cli",
                "teloxide",
                "reqwest",
                "<b>",
                "<code>",
                "escape(",
            ],
        );
    }

    #[test]
    fn delivery_knows_neither_telegram_nor_app() {
        assert_absent(
            "delivery",
            &["crate::telegram", "crate::app", "crate::serve", "crate::cli", "teloxide", "reqwest"],
        );
    }

    #[test]
    fn telegram_does_not_reach_into_the_delivery_worker_or_the_command_line() {
        assert_absent("telegram", &["crate::serve", "crate::cli", "delivery::run", "delivery::worker"]);
    }
}
