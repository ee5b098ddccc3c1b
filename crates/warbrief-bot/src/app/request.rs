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
    /// The command's name without the slash, for metrics and logs: "today", "region", "addreport". (A test
    /// checks it against [`TABLE`].)
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

/// Who may send a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Everyone,
    /// Refused, with nothing changed, for everyone but the bot's maintainers.
    Maintainers,
}

/// One command: its name, who it is for, what it does, an example, and how it is made from its argument.
pub struct Spec {
    /// Without the slash, lower case: "today".
    pub name: &'static str,
    pub audience: Audience,
    /// One line, for Telegram's menu and for /help or /adminhelp.
    pub description: &'static str,
    /// A full example for /adminhelp and usage answers; empty where the description shows one.
    pub example: &'static str,
    make: fn(String) -> Command,
}

/// Every command, in menu order: the one list from which the parser, both of Telegram's menus, /help and
/// /adminhelp are made, so none of them can name a command the others lack.
pub const TABLE: &[Spec] = &[
    everyone("today", "the latest daily report", |_| Command::Today),
    everyone("day", "one day's report: /day 344 or /day 2023-02-02", Command::Day),
    everyone("latest", "the last seven reports", |_| Command::Latest),
    everyone("region", "what happened in a region or town: /region Kharkiv", Command::Region),
    everyone("sanctions", "the sanctions timeline, newest first: /sanctions EU", Command::Sanctions),
    everyone("chart", "killed and wounded per day, as a picture: /chart Kharkiv 60", Command::Chart),
    everyone("map", "a map of casualties by region: /map 30", Command::Map),
    everyone("search", "search the reports: /search Kramatorsk missile", Command::Search),
    everyone(
        "subscribe",
        "a daily digest, or alerts for a region: /subscribe 08:00, /subscribe region Kharkiv",
        Command::Subscribe,
    ),
    everyone("unsubscribe", "stop the digest, a region's alerts, or all: /unsubscribe all", Command::Unsubscribe),
    everyone("settings", "your digest time, time zone and regions", |_| Command::Settings),
    everyone("timezone", "your time zone for the digest: /timezone Europe/Berlin", Command::Timezone),
    everyone("about", "what the data is and how current", |_| Command::About),
    everyone("help", "what I can do", |_| Command::Help),
    everyone("start", "welcome and shortcuts", |_| Command::Start),
    maintainers(
        "addreport",
        "add a report: text after the command, a reply to it, or a .txt/.md upload; an article (no \"Day N\") or a \
         forwarded post is previewed for its incidents",
        "/addreport Day 345: …",
        |text| Command::Admin(AdminCommand::AddReport(text)),
    ),
    maintainers("drafts", "reports not yet published", "/drafts", |_| Command::Admin(AdminCommand::Drafts)),
    maintainers("publish", "publish a draft", "/publish 345", |day| Command::Admin(AdminCommand::Publish(day))),
    maintainers("unpublish", "take a report down", "/unpublish 345", |day| {
        Command::Admin(AdminCommand::Unpublish(day))
    }),
    maintainers(
        "addincident",
        "add an incident by hand",
        "/addincident date=2023-02-01 place=Kupiansk killed=2 wounded=5+ weapon=\"S-300 missile\" text=\"Shelling of a market\"",
        |fields| Command::Admin(AdminCommand::AddIncident(fields)),
    ),
    maintainers(
        "editincident",
        "change fields of an incident",
        "/editincident 17 wounded=7 weapon=artillery",
        |fields| Command::Admin(AdminCommand::EditIncident(fields)),
    ),
    maintainers("deleteincident", "delete an incident", "/deleteincident 17", |id| {
        Command::Admin(AdminCommand::DeleteIncident(id))
    }),
    maintainers(
        "addsanction",
        "add a sanctions entry",
        "/addsanction date=2023-02-25 authority=EU title=\"10th package\" status=adopted summary=\"Export bans\" url=https://…",
        |fields| Command::Admin(AdminCommand::AddSanction(fields)),
    ),
    maintainers(
        "editsanction",
        "change fields of a sanctions entry",
        "/editsanction 12 status=\"in force\"",
        |fields| Command::Admin(AdminCommand::EditSanction(fields)),
    ),
    maintainers("deletesanction", "delete a sanctions entry", "/deletesanction 12", |id| {
        Command::Admin(AdminCommand::DeleteSanction(id))
    }),
    maintainers("audit", "the latest changes and who made them", "/audit 20", |count| {
        Command::Admin(AdminCommand::Audit(count))
    }),
    maintainers("stats", "subscribers, reports, incidents", "/stats", |_| Command::Admin(AdminCommand::Stats)),
    maintainers(
        "export",
        "a CSV or JSON file of incidents, reports or sanctions",
        "/export incidents 2023-01-01 2023-03-31",
        |what| Command::Admin(AdminCommand::Export(what)),
    ),
    maintainers("digest", "send the latest digest to every subscriber now", "/digest now", |when| {
        Command::Admin(AdminCommand::Digest(when))
    }),
    maintainers("admin", "owners: add, remove or list admins", "/admin add 123456789", |argument| {
        Command::Admin(AdminCommand::Admins(argument))
    }),
    maintainers("adminhelp", "these commands with examples", "/adminhelp", |_| Command::Admin(AdminCommand::Help)),
];

const fn everyone(name: &'static str, description: &'static str, make: fn(String) -> Command) -> Spec {
    Spec { name, audience: Audience::Everyone, description, example: "", make }
}

const fn maintainers(
    name: &'static str,
    description: &'static str,
    example: &'static str,
    make: fn(String) -> Command,
) -> Spec {
    Spec { name, audience: Audience::Maintainers, description, example, make }
}

/// The commands of one audience, in menu order.
pub fn commands_for(audience: Audience) -> impl Iterator<Item = &'static Spec> {
    TABLE.iter().filter(move |spec| spec.audience == audience)
}

/// The command named `name` (lower case, no slash).
pub fn spec(name: &str) -> Option<&'static Spec> {
    TABLE.iter().find(|spec| spec.name == name)
}

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
    match spec(&name.to_lowercase()) {
        Some(spec) => Parsed::Command((spec.make)(argument.to_owned())),
        None => Parsed::Unknown(format!("/{name}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_names_each_command_once_and_parses_back_to_it() {
        for (index, spec) in TABLE.iter().enumerate() {
            assert!(TABLE[..index].iter().all(|other| other.name != spec.name), "{} listed twice", spec.name);
            assert_eq!(spec.name, spec.name.to_lowercase());
            let Parsed::Command(command) = parse(&format!("/{} x", spec.name), None) else {
                panic!("/{} does not parse", spec.name);
            };
            assert_eq!(command.name(), spec.name);
            assert_eq!(matches!(command, Command::Admin(_)), spec.audience == Audience::Maintainers, "{}", spec.name);
            assert!(spec.audience == Audience::Everyone || spec.example.starts_with(&format!("/{}", spec.name)));
            // Telegram's menu: 1-32 characters of a-z, 0-9 and _; descriptions of 1-256 characters.
            assert!(spec.name.len() <= 32 && spec.name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
            assert!((1..=256).contains(&spec.description.chars().count()), "{}", spec.name);
        }
    }

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
