//! End-to-end tests: the real `warbrief` binary, as a user or an operator runs it.
//!
//! - `console`: `warbrief chat` with piped input, the README's first command.
//! - `cli`: start-up errors and `--help`.
//! - `telegram`: `warbrief serve` against a fake Telegram Bot API on loopback ([`fake_bot_api`]).
//! - `pictures`: `/chart` and `/map` as PNGs, decoded and checked.
//! - `serving`: webhook mode, /healthz and /metrics, two instances on one PostgreSQL database, an update
//!   delivered twice answered once.
//! - `forward`: maintainers forwarding channel posts: preview, Add, added once; strangers refused.
//! - `delivery`: digests, alerts and the channel through the delivery queue, with failures injected.
//! - `language`: a Ukrainian user answered in Ukrainian, `/language`, the menu in both languages.

mod admin;
mod cli;
mod console;
mod delivery;
mod fake_bot_api;
mod forward;
mod ingest;
mod language;
mod pictures;
mod serving;
mod telegram;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The binary under test, built by cargo for this test target.
pub const WARBRIEF: &str = env!("CARGO_BIN_EXE_warbrief");

/// A scratch directory with a database of its own; commands run inside it, so no `.env` leaks in.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Default for Sandbox {
    fn default() -> Self {
        Self::new()
    }
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox { dir: tempfile::tempdir().expect("temporary directory") }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn database_url(&self) -> String {
        format!("sqlite://{}", self.path().join("warbrief.db").display())
    }

    /// `warbrief ARGS` in the sandbox with a clean environment plus `env`.
    pub fn command(&self, args: &[&str], env: &[(&str, &str)]) -> Command {
        let mut command = Command::new(WARBRIEF);
        command.args(args).current_dir(self.path()).env_clear().env("PATH", std::env::var("PATH").unwrap_or_default());
        command.env("DATABASE_URL", self.database_url());
        for (key, value) in env {
            command.env(key, value);
        }
        command
    }

    /// Runs `warbrief ARGS` with `stdin` piped in, and waits for it.
    pub fn run(&self, args: &[&str], env: &[(&str, &str)], stdin: &str) -> Output {
        use std::io::Write;
        let mut child = self
            .command(args, env)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start warbrief");
        child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write stdin");
        child.wait_with_output().expect("wait for warbrief")
    }

    pub fn file(&self, name: &str) -> PathBuf {
        self.path().join(name)
    }
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
