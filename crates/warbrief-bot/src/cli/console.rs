//! `warbrief chat`: a conversation with the bot in a terminal. Each line is a message from you; replies print
//! as text, buttons as numbered choices that you can type. Works with piped input and stops at its end.

use std::io::{IsTerminal, Write};

use chrono::Utc;
use tokio::io::{AsyncBufReadExt, BufReader};
use warbrief_core::html::{Style, to_terminal_text};
use warbrief_core::render::{self, Action, Reply};

use crate::app::request::{self as command, AdminCommand, Command, Parsed};
use crate::app::{Answerer, Caller};

/// Writes a document to the working directory under its own name (never outside it).
fn save_document(document: &warbrief_core::render::Document) -> std::io::Result<std::path::PathBuf> {
    let name =
        std::path::Path::new(&document.file_name).file_name().ok_or_else(|| std::io::Error::other("no file name"))?;
    let path = std::env::current_dir()?.join(name);
    std::fs::write(&path, &document.bytes)?;
    Ok(path)
}

/// Reads lines from stdin until it ends, answering each on stdout.
pub async fn run(answerer: Answerer) -> anyhow::Result<()> {
    let interactive = std::io::stdin().is_terminal();
    let style = if std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        Style::Ansi
    } else {
        Style::Plain
    };
    let mut stdout = std::io::stdout();
    if interactive {
        writeln!(stdout, "Talking to warbrief. Type /help, or a number to press a button; Ctrl-D to leave.")?;
    }
    let mut lines = BufReader::new(tokio::io::stdin()).lines();
    let mut choices: Vec<Action> = Vec::new();
    loop {
        if interactive {
            write!(stdout, "> ")?;
            stdout.flush()?;
        }
        let Some(line) = lines.next_line().await? else { break };
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if !interactive {
            // Echo piped input so the transcript reads as a conversation.
            writeln!(stdout, "> {line}")?;
        }
        // "/addreport" alone: the report follows on the next lines, up to a line with a single ".".
        let (replies, pressed) =
            if command::parse(line, None) == Parsed::Command(Command::Admin(AdminCommand::AddReport(String::new()))) {
                if interactive {
                    writeln!(stdout, "Paste the report, then a line with a single \".\":")?;
                }
                let mut report = String::new();
                while let Some(next) = lines.next_line().await? {
                    if next.trim() == "." {
                        break;
                    }
                    report.push_str(&next);
                    report.push('\n');
                }
                let command = Command::Admin(AdminCommand::AddReport(report));
                (answerer.command(Caller::Console, &command, Utc::now()).await, false)
            } else {
                answer_line(&answerer, line, &choices).await
            };
        let new_choices = print_replies(&mut stdout, &replies, style)?;
        // A number that pressed nothing leaves the buttons on screen as they were.
        if pressed || !new_choices.is_empty() || line.parse::<usize>().is_err() {
            choices = new_choices;
        }
    }
    Ok(())
}

/// The replies to one line, and whether it pressed a button.
async fn answer_line(answerer: &Answerer, line: &str, choices: &[Action]) -> (Vec<Reply>, bool) {
    if let Ok(number) = line.parse::<usize>() {
        return match number.checked_sub(1).and_then(|index| choices.get(index)) {
            Some(action) => (answerer.action(Caller::Console, *action, Utc::now()).await, true),
            None if choices.is_empty() => {
                (vec![render::misc::no_buttons(answerer.language(Caller::Console).await)], false)
            }
            None => {
                (vec![render::misc::press_a_number(answerer.language(Caller::Console).await, choices.len())], false)
            }
        };
    }
    let replies = match command::parse(line, None) {
        Parsed::Command(command) => answerer.command(Caller::Console, &command, Utc::now()).await,
        Parsed::Unknown(word) => vec![render::unknown_command(answerer.language(Caller::Console).await, &word)],
        Parsed::ForAnotherBot | Parsed::NotACommand => {
            vec![render::misc::not_a_command(answerer.language(Caller::Console).await)]
        }
    };
    (replies, false)
}

/// Prints replies and returns the actions of their buttons, numbered from 1 in print order.
fn print_replies(out: &mut impl Write, replies: &[Reply], style: Style) -> std::io::Result<Vec<Action>> {
    let mut choices = Vec::new();
    for reply in replies {
        writeln!(out, "{}", to_terminal_text(&reply.html, style))?;
        if let Some(document) = &reply.document {
            match save_document(document) {
                Ok(path) => writeln!(out, "(file saved: {})", path.display())?,
                Err(error) => writeln!(out, "(could not save {}: {error})", document.file_name)?,
            }
        }
        if let Some(photo) = &reply.photo {
            match save_document(photo) {
                Ok(path) => writeln!(out, "(picture saved: {})", path.display())?,
                Err(error) => writeln!(out, "(could not save {}: {error})", photo.file_name)?,
            }
        }
        for row in &reply.buttons {
            let labels: Vec<String> = row
                .iter()
                .map(|button| {
                    choices.push(button.action);
                    format!("[{}] {}", choices.len(), button.label)
                })
                .collect();
            writeln!(out, "  {}", labels.join("   "))?;
        }
        writeln!(out)?;
    }
    Ok(choices)
}
