//! The command line: `warbrief serve`, `chat`, `migrate`, `demo`, `parse`, `import`, `export` and `digest`.
//! Parsing arguments and printing results; the work is done by [`crate::app`], [`crate::serve`] and the
//! store.

mod console;
mod parse;

use std::process::ExitCode;

use crate::app::Answerer;
use crate::app::publishing;
use crate::app::{export, ingest};
use crate::config::Config;
use crate::{error_chain, logging, sample};
use anyhow::Context;
use chrono::{NaiveDate, Utc};
use clap::{Parser, Subcommand};
use warbrief_storage::{Store, redact};

/// warbrief: daily war reports on Russia's invasion of Ukraine, as a Telegram bot.
///
/// Settings come from the environment and from a .env file in the working directory; see .env.example.
#[derive(Parser)]
#[command(name = "warbrief", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Commands,
}

#[derive(Subcommand)]
enum Commands {
    /// Run the Telegram bot (long polling, or a webhook with WARBRIEF_WEBHOOK_URL) and send digests, alerts
    /// and channel posts. Needs TELOXIDE_TOKEN.
    Serve,
    /// Talk to the bot in this terminal, as an admin; loads the sample data into an empty database.
    ///
    /// Each line you type is a message; replies print as text and buttons as numbered choices (type the
    /// number to press one). Reads piped input too, and stops at its end:
    /// printf '/today\n/region Kharkov\n' | warbrief chat
    Chat {
        /// The language the bot answers in: en or uk (default: WARBRIEF_LANGUAGE, else en).
        #[arg(long, value_name = "en|uk")]
        lang: Option<warbrief_core::Lang>,
    },
    /// Apply database migrations and exit.
    Migrate,
    /// Load the sample data: three weeks of daily reports (days 324 to 344) with their incidents, and the EU
    /// sanctions packages.
    Demo,
    /// Parse a report file and show its sections and incidents, without touching the database.
    ///
    /// Plain text (a "Day N: …" title line, short heading lines) or Markdown (#/## headings, -/*/• bullets).
    /// Exit code 2 for an empty, non-UTF-8, over-1-MiB or day-less file.
    Parse {
        /// The report file; - reads standard input.
        file: String,
        /// Print JSON: {"report": {...}, "incidents": [...], "warnings": [...]}.
        #[arg(long)]
        json: bool,
        /// The date of a text that states none (no day number, no dated title or dateline); default: today in
        /// WARBRIEF_TIMEZONE.
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<NaiveDate>,
    },
    /// Export incidents, reports or sanctions as CSV or JSON, for research and backups.
    ///
    /// Incidents: visible ones (hand-entered or from published reports), with columns close to ACLED's.
    /// Reports: all, with their status. Writes to standard output unless --output is given.
    Export {
        #[arg(long, value_enum)]
        what: export::What,
        #[arg(long, value_enum, default_value = "csv")]
        format: export::Format,
        /// Only records dated on or after this day (YYYY-MM-DD).
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: Option<NaiveDate>,
        /// Only records dated on or before this day (YYYY-MM-DD).
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: Option<NaiveDate>,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<std::path::PathBuf>,
    },
    /// Parse report files and store them with their incidents, as drafts unless --publish.
    ///
    /// Importing a day again replaces it (a published day stays published). One line per file; a bad file
    /// is reported and the rest still import; the exit code is 1 if any file failed.
    Import {
        /// Report files; - reads standard input.
        #[arg(required = true)]
        files: Vec<String>,
        /// Publish the imported reports, so subscribers see them.
        #[arg(long)]
        publish: bool,
        /// The date for files whose title has no day number or date (YYYY-MM-DD).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<NaiveDate>,
        /// With --publish: queue region alerts (and the channel post) for the imported reports, as publishing
        /// in the bot does. Off by default, so loading old reports does not message anyone.
        #[arg(long, requires = "publish")]
        notify: bool,
    },
    /// Queue deliveries for a running `warbrief serve` to send.
    Digest {
        /// The latest published report's digest to every subscriber, at once (each chat gets a report's
        /// digest only once).
        #[arg(long, required = true)]
        now: bool,
    },
}

/// Runs the `warbrief` binary: reads the arguments, the `.env` file and the environment, and does what was
/// asked. The exit code is 2 for bad settings or input, 1 for other failures.
pub async fn main() -> ExitCode {
    let cli = Cli::parse();
    // Parsing a file needs neither settings nor a database.
    if let Commands::Parse { file, json, date } = &cli.command {
        return parse::run(file, *json, *date);
    }
    // A missing .env is normal; a malformed one is reported.
    if let Err(error) = dotenvy::dotenv()
        && !error.not_found()
    {
        eprintln!("error: .env: {error}");
        return ExitCode::from(2);
    }
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    // The console's replies go to stdout; its log stays on stderr and shows only warnings unless asked.
    let default_filter = if matches!(cli.command, Commands::Chat { .. }) { "warn" } else { "info" };
    let mut secrets = config.token.as_ref().map(|token| logging::token_secrets(token.expose())).unwrap_or_default();
    secrets.extend(config.webhook.as_ref().and_then(|webhook| webhook.secret.clone()));
    logging::init(config.log_format, default_filter, secrets.clone());
    match run(cli.command, config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // Errors can embed request URLs, and those hold the token.
            eprintln!("error: {}", logging::redact(&error_chain(error.as_ref()), &secrets));
            ExitCode::FAILURE
        }
    }
}

async fn open_store(config: &Config) -> anyhow::Result<Store> {
    let store = Store::open(&config.database_url)
        .await
        .with_context(|| format!("DATABASE_URL={}", redact(&config.database_url)))?;
    tracing::info!(backend = store.backend_name(), "database ready");
    Ok(store)
}

async fn run(command: Commands, config: Config) -> anyhow::Result<()> {
    match command {
        Commands::Serve => {
            let token = config.require_token()?.clone();
            let store = open_store(&config).await?;
            let answerer = Answerer::new(store, config.timezone)
                .with_owners(&config.admins)
                .with_digest_time(config.digest_time)
                .with_channel(config.channel.is_some())
                .with_language(config.language);
            crate::serve::serve(&config, &token, answerer).await
        }
        Commands::Chat { lang } => {
            let store = open_store(&config).await?;
            if store.is_empty().await? {
                let loaded = sample::load(&store, Utc::now()).await?;
                eprintln!(
                    "The database was empty: loaded the sample data ({} reports, days {} to {}; {} incidents; {} sanctions \
                     packages).",
                    loaded.reports, loaded.days.0, loaded.days.1, loaded.incidents, loaded.sanctions
                );
            }
            let answerer = Answerer::new(store, config.timezone)
                .with_owners(&config.admins)
                .with_digest_time(config.digest_time)
                .with_channel(config.channel.is_some())
                .with_language(lang.unwrap_or(config.language));
            console::run(answerer).await
        }
        Commands::Migrate => {
            let store = open_store(&config).await?;
            println!("Migrations applied ({}).", store.backend_name());
            Ok(())
        }
        Commands::Parse { .. } => unreachable!("handled before the configuration is read"),
        Commands::Import { files, publish, date, notify } => {
            let store = open_store(&config).await?;
            let mut failed = 0;
            for file in &files {
                match ingest::import_file(&store, file, publish, date, Utc::now()).await {
                    Ok((day, summary)) if notify => {
                        let queued = publishing::announce(&store, day, config.channel.is_some(), Utc::now()).await?;
                        let channel = if queued.channel { ", queued for the channel" } else { "" };
                        let chats = if queued.alerts == 1 { "chat" } else { "chats" };
                        println!("{file}: {summary}; region alerts queued for {} {chats}{channel}", queued.alerts);
                    }
                    Ok((_, summary)) => println!("{file}: {summary}"),
                    Err(error) => {
                        failed += 1;
                        println!("{file}: error: {}", error_chain(error.as_ref()));
                    }
                }
            }
            if failed > 0 {
                anyhow::bail!("{failed} of {} files failed to import", files.len());
            }
            Ok(())
        }
        Commands::Export { what, format, from, to, output } => {
            if let (Some(from), Some(to)) = (from, to)
                && from > to
            {
                anyhow::bail!("--from {from} is after --to {to}");
            }
            let store = open_store(&config).await?;
            let file = export::export(&store, what, format, from, to).await?;
            match output {
                Some(path) => {
                    std::fs::write(&path, &file.bytes).with_context(|| format!("writing {}", path.display()))?;
                    eprintln!("Wrote {} {} to {}.", file.rows, what.name(), path.display());
                }
                None => {
                    use std::io::Write;
                    std::io::stdout().write_all(&file.bytes)?;
                }
            }
            Ok(())
        }
        Commands::Digest { now: _ } => {
            let store = open_store(&config).await?;
            match publishing::digest_now(&store, Utc::now()).await? {
                None => anyhow::bail!("no report is published yet, so there is no digest to send"),
                Some((day, queued)) => println!(
                    "Queued the day {day} digest for {queued} chats (chats that already had it are skipped). \
                     A running `warbrief serve` sends them."
                ),
            }
            Ok(())
        }
        Commands::Demo => {
            let store = open_store(&config).await?;
            let loaded = sample::load(&store, Utc::now()).await?;
            println!(
                "Loaded {} reports (days {} to {}), {} incidents and {} sanctions packages{}.",
                loaded.reports,
                loaded.days.0,
                loaded.days.1,
                loaded.incidents,
                loaded.sanctions,
                if loaded.sanctions == 0 { " (the timeline already had entries)" } else { "" }
            );
            Ok(())
        }
    }
}
