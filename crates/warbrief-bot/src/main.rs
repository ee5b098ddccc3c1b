//! `warbrief`: the Telegram bot and its maintenance commands. See `warbrief --help`.

#[tokio::main]
async fn main() -> std::process::ExitCode {
    warbrief_bot::cli::main().await
}
