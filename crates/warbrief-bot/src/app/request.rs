//! Commands as users type them, parsed leniently: `/Today`, `/today@warbrief_bot`, `/day   344`.
//!
//! teloxide's `BotCommands` derive rejects extra arguments and typed argument errors before our code sees
//! them; parsing here keeps every argument as text so each command can answer bad input in its own words.

/// A command with its argument text (trimmed; empty when none was given).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Start,
    Help,
    Today,
    Day(String),
    Latest,
    Region(String),
    Sanctions(String),
    Search(String),
    About,
    /// `/subscribe`, `/subscribe 07:30`, `/subscribe region Kharkiv`.
    Subscribe(String),
    /// `/unsubscribe`, `/unsubscribe region Kharkiv`, `/unsubscribe all`.
    Unsubscribe(String),
    Timezone(String),
    Settings,
    /// `/chart [REGION] [DAYS]`.
    Chart(String),
    /// `/map [DAYS]`.
    Map(String),
    /// Commands for maintainers; refused for everyone else.
    Admin(AdminCommand),
}

impl Command {
    /// The command's name without the slash, for metrics and logs: "today", "region", "addreport".
    pub fn name(&self) -> &'static str {
        match self {
            Command::Start => "start",
            Command::Help => "help",
            Command::Today => "today",
            Command::Day(_) => "day",
            Command::Latest => "latest",
            Command::Region(_) => "region",
            Command::Sanctions(_) => "sanctions",
            Command::Search(_) => "search",
            Command::About => "about",
            Command::Subscribe(_) => "subscribe",
            Command::Unsubscribe(_) => "unsubscribe",
            Command::Timezone(_) => "timezone",
            Command::Settings => "settings",
            Command::Chart(_) => "chart",
            Command::Map(_) => "map",
            Command::Admin(admin) => match admin {
                AdminCommand::Help => "adminhelp",
                AdminCommand::Admins(_) => "admin",
                AdminCommand::AddReport(_) => "addreport",
                AdminCommand::Drafts => "drafts",
                AdminCommand::Publish(_) => "publish",
                AdminCommand::Unpublish(_) => "unpublish",
                AdminCommand::AddIncident(_) => "addincident",
                AdminCommand::EditIncident(_) => "editincident",
                AdminCommand::DeleteIncident(_) => "deleteincident",
                AdminCommand::AddSanction(_) => "addsanction",
                AdminCommand::EditSanction(_) => "editsanction",
                AdminCommand::DeleteSanction(_) => "deletesanction",
                AdminCommand::Audit(_) => "audit",
                AdminCommand::Stats => "stats",
                AdminCommand::Export(_) => "export",
                AdminCommand::Digest(_) => "digest",
            },
        }
    }
}

/// Maintainers' commands, each with its argument text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AdminCommand {
    Help,
    /// `/admin add ID`, `/admin remove ID`, `/admin list` (owners only).
    Admins(String),
    AddReport(String),
    Drafts,
    Publish(String),
    Unpublish(String),
    AddIncident(String),
    EditIncident(String),
    DeleteIncident(String),
    AddSanction(String),
    EditSanction(String),
    DeleteSanction(String),
    Audit(String),
    Stats,
    Export(String),
    /// `/digest now`: queue the latest report's digest for every subscriber at once.
    Digest(String),
}

/// Maintainers' commands for /adminhelp and their menu: (command, description, example).
pub const ADMIN_COMMANDS: &[(&str, &str, &str)] = &[
    (
        "addreport",
        "add a report: text after the command, a reply to it, or a .txt/.md upload; an article (no \"Day N\") or a \
         forwarded post is previewed for its incidents",
        "/addreport Day 345: …",
    ),
    ("drafts", "reports not yet published", "/drafts"),
    ("publish", "publish a draft", "/publish 345"),
    ("unpublish", "take a report down", "/unpublish 345"),
    (
        "addincident",
        "add an incident by hand",
        "/addincident date=2023-02-01 place=Kupiansk killed=2 wounded=5+ weapon=\"S-300 missile\" text=\"Shelling of a market\"",
    ),
    ("editincident", "change fields of an incident", "/editincident 17 wounded=7 weapon=artillery"),
    ("deleteincident", "delete an incident", "/deleteincident 17"),
    (
        "addsanction",
        "add a sanctions entry",
        "/addsanction date=2023-02-25 authority=EU title=\"10th package\" status=adopted summary=\"Export bans\" url=https://…",
    ),
    ("editsanction", "change fields of a sanctions entry", "/editsanction 12 status=\"in force\""),
    ("deletesanction", "delete a sanctions entry", "/deletesanction 12"),
    ("audit", "the latest changes and who made them", "/audit 20"),
    ("stats", "subscribers, reports, incidents", "/stats"),
    ("export", "a CSV or JSON file of incidents, reports or sanctions", "/export incidents 2023-01-01 2023-03-31"),
    ("digest", "send the latest digest to every subscriber now", "/digest now"),
    ("admin", "owners: add, remove or list admins", "/admin add 123456789"),
    ("adminhelp", "these commands with examples", "/adminhelp"),
];

/// The commands listed in /help and in Telegram's menu: (command, description).
pub const COMMANDS: &[(&str, &str)] = &[
    ("today", "the latest daily report"),
    ("day", "one day's report: /day 344 or /day 2023-02-02"),
    ("latest", "the last seven reports"),
    ("region", "what happened in a region or town: /region Kharkiv"),
    ("sanctions", "the sanctions timeline, newest first: /sanctions EU"),
    ("chart", "killed and wounded per day, as a picture: /chart Kharkiv 60"),
    ("map", "a map of casualties by region: /map 30"),
    ("search", "search the reports: /search Kramatorsk missile"),
    ("subscribe", "a daily digest, or alerts for a region: /subscribe 08:00, /subscribe region Kharkiv"),
    ("unsubscribe", "stop the digest, a region's alerts, or all: /unsubscribe all"),
    ("settings", "your digest time, time zone and regions"),
    ("timezone", "your time zone for the digest: /timezone Europe/Berlin"),
    ("about", "what the data is and how current"),
    ("help", "what I can do"),
    ("start", "welcome and shortcuts"),
];

/// What a message's text turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    Command(Command),
    /// Starts with `/` but names no command of ours; holds the command word as typed.
    Unknown(String),
    /// Addressed to another bot (`/today@other_bot`): not for us.
    ForAnotherBot,
    /// Not a command at all.
    NotACommand,
}

/// Parses a message's text. `bot_username` is ours, without `@`, when known.
pub fn parse(text: &str, bot_username: Option<&str>) -> Parsed {
    let text = text.trim_start();
    let Some(rest) = text.strip_prefix('/') else {
        return Parsed::NotACommand;
    };
    let (word, argument) = match rest.find(char::is_whitespace) {
        Some(end) => (&rest[..end], rest[end..].trim()),
        None => (rest, ""),
    };
    let (name, addressee) = match word.split_once('@') {
        Some((name, addressee)) => (name, Some(addressee)),
        None => (word, None),
    };
    if let (Some(addressee), Some(ours)) = (addressee, bot_username)
        && !addressee.eq_ignore_ascii_case(ours)
    {
        return Parsed::ForAnotherBot;
    }
    let argument = argument.to_owned();
    let command = match name.to_lowercase().as_str() {
        "start" => Command::Start,
        "help" => Command::Help,
        "today" => Command::Today,
        "day" => Command::Day(argument),
        "latest" => Command::Latest,
        "search" => Command::Search(argument),
        "about" => Command::About,
        "subscribe" => Command::Subscribe(argument),
        "unsubscribe" => Command::Unsubscribe(argument),
        "timezone" => Command::Timezone(argument),
        "settings" => Command::Settings,
        "chart" => Command::Chart(argument),
        "map" => Command::Map(argument),
        "digest" => Command::Admin(AdminCommand::Digest(argument)),
        "adminhelp" => Command::Admin(AdminCommand::Help),
        "admin" => Command::Admin(AdminCommand::Admins(argument)),
        "addreport" => Command::Admin(AdminCommand::AddReport(argument)),
        "drafts" => Command::Admin(AdminCommand::Drafts),
        "publish" => Command::Admin(AdminCommand::Publish(argument)),
        "unpublish" => Command::Admin(AdminCommand::Unpublish(argument)),
        "addincident" => Command::Admin(AdminCommand::AddIncident(argument)),
        "editincident" => Command::Admin(AdminCommand::EditIncident(argument)),
        "deleteincident" => Command::Admin(AdminCommand::DeleteIncident(argument)),
        "addsanction" => Command::Admin(AdminCommand::AddSanction(argument)),
        "editsanction" => Command::Admin(AdminCommand::EditSanction(argument)),
        "deletesanction" => Command::Admin(AdminCommand::DeleteSanction(argument)),
        "audit" => Command::Admin(AdminCommand::Audit(argument)),
        "stats" => Command::Admin(AdminCommand::Stats),
        "export" => Command::Admin(AdminCommand::Export(argument)),
        "region" => Command::Region(argument),
        "sanctions" => Command::Sanctions(argument),
        _ => return Parsed::Unknown(format!("/{name}")),
    };
    Parsed::Command(command)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_parse_with_any_case_addressee_and_spacing() {
        assert_eq!(parse("/today", None), Parsed::Command(Command::Today));
        assert_eq!(parse("  /TODAY extra words", None), Parsed::Command(Command::Today));
        assert_eq!(parse("/day   344 ", None), Parsed::Command(Command::Day("344".into())));
        assert_eq!(
            parse("/region@warbrief_bot Kharkiv oblast", Some("warbrief_bot")),
            Parsed::Command(Command::Region("Kharkiv oblast".into()))
        );
        assert_eq!(
            parse("/region@Warbrief_Bot\nKharkiv", Some("warbrief_bot")),
            Parsed::Command(Command::Region("Kharkiv".into()))
        );
        assert_eq!(parse("/today@other_bot", Some("warbrief_bot")), Parsed::ForAnotherBot);
        assert_eq!(parse("/frobnicate now", None), Parsed::Unknown("/frobnicate".into()));
        assert_eq!(parse("hello /today", None), Parsed::NotACommand);
        assert_eq!(parse("/", None), Parsed::Unknown("/".into()));
    }
}
