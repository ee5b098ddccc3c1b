//! Logging: tracing to stderr, human-readable or JSON (`WARBRIEF_LOG_FORMAT=json`), with the bot token
//! removed from every line.
//!
//! Redaction happens in the writer, after formatting, so it covers everything that reaches the log: our
//! events, teloxide's (bridged from the `log` crate, and they print request errors with their URLs, which
//! hold the token), and any error chain a future change forgets to redact.

use std::io::Write;
use std::sync::Arc;

use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::MakeWriter;

/// `WARBRIEF_LOG_FORMAT`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LogFormat {
    #[default]
    Human,
    Json,
}

/// Installs the global subscriber. `default_filter` applies unless `RUST_LOG` is set; `secrets` are replaced
/// by `***` wherever they appear.
pub fn init(format: LogFormat, default_filter: &str, secrets: Vec<String>) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_filter));
    let writer = Redacting { secrets: secrets.into_iter().filter(|secret| !secret.is_empty()).collect() };
    // Colours only for a terminal: a log file or journald should not fill with escape codes.
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(writer).with_ansi(ansi);
    match format {
        LogFormat::Human => builder.init(),
        LogFormat::Json => builder.json().flatten_event(true).with_current_span(false).init(),
    }
}

/// The secrets to redact for a bot token: the whole token and its secret part.
pub fn token_secrets(token: &str) -> Vec<String> {
    let mut secrets = vec![token.to_owned()];
    if let Some((_, secret)) = token.split_once(':') {
        secrets.push(secret.to_owned());
    }
    secrets
}

#[derive(Clone)]
struct Redacting {
    secrets: Arc<[String]>,
}

impl<'a> MakeWriter<'a> for Redacting {
    type Writer = RedactingLine;

    fn make_writer(&'a self) -> RedactingLine {
        RedactingLine { secrets: Arc::clone(&self.secrets), line: Vec::with_capacity(256) }
    }
}

/// One formatted event, held until it is complete so a secret split across writes is still found.
struct RedactingLine {
    secrets: Arc<[String]>,
    line: Vec<u8>,
}

impl Write for RedactingLine {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.line.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Drop for RedactingLine {
    fn drop(&mut self) {
        let text = redact(&String::from_utf8_lossy(&self.line), &self.secrets);
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
    }
}

/// `text` with every non-empty secret replaced by `***`.
pub fn redact(text: &str, secrets: &[String]) -> String {
    let mut text = text.to_owned();
    for secret in secrets.iter().filter(|secret| !secret.is_empty()) {
        if text.contains(secret.as_str()) {
            text = text.replace(secret.as_str(), "***");
        }
    }
    text
}
