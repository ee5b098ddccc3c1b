//! Commands as users type them, parsed leniently: `/Today`, `/today@warbrief_bot`, `/day   344`.
//!
//! teloxide's `BotCommands` derive rejects extra arguments and typed argument errors before our code sees
//! them; here each command's argument is parsed once, by its grammar in [`crate::app::arguments`], into a
//! typed value in which bad input is a value too, so each command can answer it in its own words.

use warbrief_core::DayNumber;

use crate::app::arguments::{
    self, AdminsArgument, DayArgument, DaysArgument, ExportArgument, Fields, LanguageArgument, QuietArgument,
    SanctionsArgument, StartArgument, Target, TimeZoneArgument,
};

/// A command with its argument, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `/start`, or a deep link's `/start PAYLOAD`.
    Start(StartArgument),
    Help,
    Today,
    Day(DayArgument),
    Latest,
    /// A region's or town's name, as typed (trimmed; empty when none was given).
    Region(String),
    Sanctions(SanctionsArgument),
    /// The query, as typed.
    Search(String),
    About,
    /// `/subscribe`, `/subscribe 07:30`, `/subscribe region Kharkiv`.
    Subscribe(Target),
    /// `/unsubscribe`, `/unsubscribe region Kharkiv`, `/unsubscribe all`.
    Unsubscribe(Target),
    Timezone(TimeZoneArgument),
    /// `/quiet`, `/quiet 23:00-07:00 [wait]`, `/quiet off`.
    Quiet(QuietArgument),
    /// `/language`, `/language uk`.
    Language(LanguageArgument),
    Settings,
    /// `/chart [REGION] [DAYS]`.
    Chart {
        place: Option<String>,
        days: DaysArgument,
    },
    /// `/map [DAYS]`.
    Map(DaysArgument),
    /// Commands for maintainers; refused for everyone else.
    Admin(AdminCommand),
}

impl Command {
    /// Whether it changes the chat's settings (in a group, only its administrators may): subscribing,
    /// unsubscribing, the time zone, the language. Showing them (`/settings`, `/timezone`, `/language`) doesn't.
    pub fn changes_chat_settings(&self) -> bool {
        match self {
            Command::Subscribe(_) | Command::Unsubscribe(_) | Command::Start(StartArgument::Subscribe) => true,
            Command::Timezone(argument) => !matches!(argument, TimeZoneArgument::Show),
            Command::Quiet(argument) => !matches!(argument, QuietArgument::Show | QuietArgument::NotAWindow(_)),
            Command::Language(argument) => matches!(argument, LanguageArgument::Set(_)),
            _ => false,
        }
    }

    /// The command's name without the slash, for metrics and logs: "today", "region", "addreport". (A test
    /// checks it against [`TABLE`].)
    pub fn name(&self) -> &'static str {
        match self {
            Command::Start(_) => "start",
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
            Command::Quiet(_) => "quiet",
            Command::Language(_) => "language",
            Command::Settings => "settings",
            Command::Chart { .. } => "chart",
            Command::Map(_) => "map",
            Command::Admin(admin) => match admin {
                AdminCommand::Help => "adminhelp",
                AdminCommand::Admins(_) => "admin",
                AdminCommand::AddReport(_) => "addreport",
                AdminCommand::Drafts => "drafts",
                AdminCommand::Publish(_) => "publish",
                AdminCommand::Unpublish(_) => "unpublish",
                AdminCommand::AddIncident(_) => "addincident",
                AdminCommand::EditIncident { .. } => "editincident",
                AdminCommand::DeleteIncident(_) => "deleteincident",
                AdminCommand::AddSanction(_) => "addsanction",
                AdminCommand::EditSanction { .. } => "editsanction",
                AdminCommand::DeleteSanction(_) => "deletesanction",
                AdminCommand::Audit(_) => "audit",
                AdminCommand::Stats => "stats",
                AdminCommand::Export(_) => "export",
                AdminCommand::Digest { .. } => "digest",
            },
        }
    }
}

/// Maintainers' commands, each with its argument, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AdminCommand {
    Help,
    /// `/admin add ID`, `/admin remove ID`, `/admin list` (owners only).
    Admins(AdminsArgument),
    /// The report's text, as typed (empty when it is to follow).
    AddReport(String),
    Drafts,
    /// The day; `None` when none could be read.
    Publish(Option<DayNumber>),
    Unpublish(Option<DayNumber>),
    AddIncident(Fields),
    /// The incident's id (`None` when none could be read) and the fields to change.
    EditIncident {
        id: Option<i64>,
        fields: Fields,
    },
    /// The incident's id; `None` unless the argument was one id alone.
    DeleteIncident(Option<i64>),
    AddSanction(Fields),
    EditSanction {
        id: Option<i64>,
        fields: Fields,
    },
    DeleteSanction(Option<i64>),
    /// How many entries; `None` for a bad count.
    Audit(Option<u32>),
    Stats,
    Export(ExportArgument),
    /// `/digest now`: queue the latest report's digest for every subscriber at once. `now` is false for any
    /// other argument.
    Digest {
        now: bool,
    },
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
    make: fn(&str) -> Command,
}

/// Every command, in menu order: the one list from which the parser, both of Telegram's menus, /help and
/// /adminhelp are made, so none of them can name a command the others lack.
pub const TABLE: &[Spec] = &[
    everyone("today", "the latest daily report", |_| Command::Today),
    everyone("day", "one day's report: /day 344 or /day 2023-02-02", |text| Command::Day(DayArgument::parse(text))),
    everyone("latest", "the last seven reports", |_| Command::Latest),
    everyone("region", "what happened in a region or town: /region Kharkiv", |name| Command::Region(name.to_owned())),
    everyone("sanctions", "the sanctions timeline, newest first: /sanctions EU", |text| {
        Command::Sanctions(SanctionsArgument::parse(text))
    }),
    everyone("chart", "killed and wounded per day, as a picture: /chart Kharkiv 60", |text| {
        let (place, days) = arguments::chart(text);
        Command::Chart { place, days }
    }),
    everyone("map", "a map of casualties by region: /map 30", |text| Command::Map(arguments::map(text))),
    everyone("search", "search the reports: /search Kramatorsk missile", |query| Command::Search(query.to_owned())),
    everyone(
        "subscribe",
        "a daily digest, or alerts for a region: /subscribe 08:00, /subscribe region Kharkiv",
        |text| Command::Subscribe(Target::parse(text)),
    ),
    everyone("unsubscribe", "stop the digest, a region's alerts, or all: /unsubscribe all", |text| {
        Command::Unsubscribe(Target::parse(text))
    }),
    everyone("settings", "your digest time, time zone and regions", |_| Command::Settings),
    everyone("timezone", "your time zone for the digest: /timezone Europe/Berlin", |text| {
        Command::Timezone(TimeZoneArgument::parse(text))
    }),
    everyone("quiet", "quiet hours for digests and alerts: /quiet 23:00-07:00", |text| {
        Command::Quiet(QuietArgument::parse(text))
    }),
    everyone("language", "the language I answer in: /language uk, /language en", |text| {
        Command::Language(LanguageArgument::parse(text))
    }),
    everyone("about", "what the data is and how current", |_| Command::About),
    everyone("help", "what I can do", |_| Command::Help),
    everyone("start", "welcome and shortcuts", |text| Command::Start(StartArgument::parse(text))),
    maintainers(
        "addreport",
        "add a report: text after the command, a reply to it, or a .txt/.md upload; an article (no \"Day N\") or a \
         forwarded post is previewed for its incidents",
        "/addreport Day 345: …",
        |text| Command::Admin(AdminCommand::AddReport(text.to_owned())),
    ),
    maintainers("drafts", "reports not yet published", "/drafts", |_| Command::Admin(AdminCommand::Drafts)),
    maintainers("publish", "publish a draft", "/publish 345", |day| {
        Command::Admin(AdminCommand::Publish(arguments::report_day(day)))
    }),
    maintainers("unpublish", "take a report down", "/unpublish 345", |day| {
        Command::Admin(AdminCommand::Unpublish(arguments::report_day(day)))
    }),
    maintainers(
        "addincident",
        "add an incident by hand",
        "/addincident date=2023-02-01 place=Kupiansk killed=2 wounded=5+ weapon=\"S-300 missile\" text=\"Shelling of a market\"",
        |fields| Command::Admin(AdminCommand::AddIncident(arguments::fields(fields))),
    ),
    maintainers(
        "editincident",
        "change fields of an incident",
        "/editincident 17 wounded=7 weapon=artillery",
        |text| {
            let (id, fields) = arguments::id_and_fields(text);
            Command::Admin(AdminCommand::EditIncident { id, fields })
        },
    ),
    maintainers("deleteincident", "delete an incident", "/deleteincident 17", |id| {
        Command::Admin(AdminCommand::DeleteIncident(arguments::lone_id(id)))
    }),
    maintainers(
        "addsanction",
        "add a sanctions entry",
        "/addsanction date=2023-02-25 authority=EU title=\"10th package\" status=adopted summary=\"Export bans\" url=https://…",
        |fields| Command::Admin(AdminCommand::AddSanction(arguments::fields(fields))),
    ),
    maintainers("editsanction", "change fields of a sanctions entry", "/editsanction 12 status=\"in force\"", |text| {
        let (id, fields) = arguments::id_and_fields(text);
        Command::Admin(AdminCommand::EditSanction { id, fields })
    }),
    maintainers("deletesanction", "delete a sanctions entry", "/deletesanction 12", |id| {
        Command::Admin(AdminCommand::DeleteSanction(arguments::lone_id(id)))
    }),
    maintainers("audit", "the latest changes and who made them", "/audit 20", |count| {
        Command::Admin(AdminCommand::Audit(arguments::audit_count(count)))
    }),
    maintainers("stats", "subscribers, reports, incidents", "/stats", |_| Command::Admin(AdminCommand::Stats)),
    maintainers(
        "export",
        "a CSV or JSON file of incidents, reports or sanctions",
        "/export incidents 2023-01-01 2023-03-31",
        |what| Command::Admin(AdminCommand::Export(ExportArgument::parse(what))),
    ),
    maintainers("digest", "send the latest digest to every subscriber now", "/digest now", |when| {
        Command::Admin(AdminCommand::Digest { now: arguments::digest_now(when) })
    }),
    maintainers("admin", "owners: add, remove or list admins", "/admin add 123456789", |argument| {
        Command::Admin(AdminCommand::Admins(AdminsArgument::parse(argument)))
    }),
    maintainers("adminhelp", "these commands with examples", "/adminhelp", |_| Command::Admin(AdminCommand::Help)),
];

const fn everyone(name: &'static str, description: &'static str, make: fn(&str) -> Command) -> Spec {
    Spec { name, audience: Audience::Everyone, description, example: "", make }
}

const fn maintainers(
    name: &'static str,
    description: &'static str,
    example: &'static str,
    make: fn(&str) -> Command,
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
        Some(spec) => Parsed::Command((spec.make)(argument)),
        None => Parsed::Unknown(format!("/{name}")),
    }
}

#[cfg(test)]
mod tests {
    use warbrief_core::Authority;

    use crate::app::export::What;

    use super::*;

    /// Telegram's menu and /help describe everyone's commands from the translations; in English those are the
    /// table's descriptions.
    #[test]
    fn everyones_commands_are_described_in_every_language() {
        for spec in commands_for(Audience::Everyone) {
            assert_eq!(
                warbrief_core::render::command_description(warbrief_core::Lang::En, spec.name),
                spec.description
            );
            for lang in warbrief_core::Lang::all() {
                let description = warbrief_core::render::command_description(*lang, spec.name);
                assert!((1..=256).contains(&description.chars().count()), "{} in {lang}", spec.name);
            }
        }
    }

    #[test]
    fn only_commands_that_change_a_chats_settings_say_so() {
        let changes = |text: &str| command(text).changes_chat_settings();
        for text in ["/subscribe", "/subscribe 07:30", "/unsubscribe all", "/timezone Berlin", "/language uk"] {
            assert!(changes(text), "{text}");
        }
        for text in ["/quiet 23:00-07:00", "/quiet off", "/quiet wait"] {
            assert!(changes(text), "{text}");
        }
        assert!(!changes("/quiet") && !changes("/quiet at night"));
        for text in ["/settings", "/timezone", "/language", "/language klingon", "/today", "/region Kharkiv"] {
            assert!(!changes(text), "{text}");
        }
    }

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
        assert_eq!(parse("/day   344 ", None), Parsed::Command(Command::Day(DayArgument::Day(day(344)))));
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

    fn day(n: u32) -> warbrief_core::DayNumber {
        warbrief_core::DayNumber::new(n).unwrap()
    }

    /// The command `text` parses to.
    fn command(text: &str) -> Command {
        match parse(text, None) {
            Parsed::Command(command) => command,
            other => panic!("{text} parsed as {other:?}"),
        }
    }

    #[test]
    fn day_arguments() {
        let parsed = |argument: &str| match command(&format!("/day {argument}")) {
            Command::Day(argument) => argument,
            other => panic!("{other:?}"),
        };
        assert_eq!(parsed("344"), DayArgument::Day(day(344)));
        assert_eq!(parsed("#344"), DayArgument::Day(day(344)));
        assert_eq!(parsed("№0344"), DayArgument::Day(day(344)));
        assert_eq!(parsed("2022-02-24"), DayArgument::Day(day(1)));
        assert_eq!(parsed("2023-02-02"), DayArgument::Day(day(344)));
        assert_eq!(parsed("0"), DayArgument::Zero);
        assert_eq!(parsed("000"), DayArgument::Zero);
        assert_eq!(parsed("2022-02-23"), DayArgument::BeforeDayOne);
        assert_eq!(parsed("2199-01-01"), DayArgument::TooFarAhead);
        assert_eq!(parsed("36501"), DayArgument::NotYet("36501".into()));
        assert_eq!(parsed("#99999999999"), DayArgument::NotYet("99999999999".into()));
        assert_eq!(parsed("2023-02-30"), DayArgument::Unreadable("2023-02-30".into()));
        assert_eq!(parsed("-3"), DayArgument::Unreadable("-3".into()));
        assert_eq!(parsed("yesterday"), DayArgument::Unreadable("yesterday".into()));
        assert_eq!(parsed("#"), DayArgument::Unreadable("#".into()));
        assert_eq!(command("/day"), Command::Day(DayArgument::Unreadable(String::new())));
    }

    #[test]
    fn sanctions_arguments() {
        assert_eq!(command("/sanctions"), Command::Sanctions(SanctionsArgument::All));
        assert_eq!(command("/sanctions EU"), Command::Sanctions(SanctionsArgument::Authority(Authority::Eu)));
        assert_eq!(command("/sanctions  bananas "), Command::Sanctions(SanctionsArgument::Unknown("bananas".into())));
    }

    #[test]
    fn chart_and_map_arguments() {
        let chart = |place: Option<&str>, days: Result<u32, &str>| Command::Chart {
            place: place.map(str::to_owned),
            days: days.map_err(str::to_owned),
        };
        assert_eq!(command("/chart"), chart(None, Ok(30)));
        assert_eq!(command("/chart 60"), chart(None, Ok(60)));
        assert_eq!(command("/chart Kharkiv"), chart(Some("Kharkiv"), Ok(30)));
        assert_eq!(command("/chart Kyiv region   90"), chart(Some("Kyiv region"), Ok(90)));
        assert_eq!(command("/chart Kharkiv 365"), chart(Some("Kharkiv"), Ok(365)));
        assert_eq!(command("/chart Kharkiv 400"), chart(Some("Kharkiv"), Err("400")));
        assert_eq!(command("/chart Kharkiv 0"), chart(Some("Kharkiv"), Err("0")));
        assert_eq!(command("/chart Kharkiv 99999999999999"), chart(Some("Kharkiv"), Err("99999999999999")));
        assert_eq!(command("/chart 400"), chart(None, Err("400")));
        // Days come last; a number inside the name is the name's.
        assert_eq!(command("/chart 60 Kharkiv"), chart(Some("60 Kharkiv"), Ok(30)));

        assert_eq!(command("/map"), Command::Map(Ok(30)));
        assert_eq!(command("/map 7"), Command::Map(Ok(7)));
        assert_eq!(command("/map 366"), Command::Map(Err("366".into())));
        assert_eq!(command("/map week"), Command::Map(Err("week".into())));
    }

    #[test]
    fn subscribe_arguments() {
        let time = |h, m| chrono::NaiveTime::from_hms_opt(h, m, 0).unwrap();
        let target = |text: &str| match command(&format!("/subscribe {text}")) {
            Command::Subscribe(target) => target,
            other => panic!("{other:?}"),
        };
        assert_eq!(target(""), Target::Digest(None));
        assert_eq!(target("digest"), Target::Digest(None));
        assert_eq!(target("7:05"), Target::Digest(Some(time(7, 5))));
        assert_eq!(target("23:59"), Target::Digest(Some(time(23, 59))));
        assert_eq!(target("region  Kharkiv oblast"), Target::Region("Kharkiv oblast".into()));
        assert_eq!(target("region"), Target::Region(String::new()));
        assert_eq!(target("ALL"), Target::All);
        assert_eq!(target("all of it"), Target::Unreadable);
        assert_eq!(target("25:00"), Target::NotATime("25:00".into()));
        assert_eq!(target("7.30"), Target::NotATime("7.30".into()));
        assert_eq!(target("banana"), Target::Unreadable);
        assert_eq!(command("/unsubscribe region Sumy"), Command::Unsubscribe(Target::Region("Sumy".into())));
        assert_eq!(command("/unsubscribe 08:00"), Command::Unsubscribe(Target::Digest(Some(time(8, 0)))));
    }

    #[test]
    fn deep_link_payloads_open_an_answer_and_anything_else_the_welcome() {
        let cases = [
            ("/start", StartArgument::Welcome),
            ("/start region-UA-63", StartArgument::Region(warbrief_core::RegionCode::Kharkiv)),
            ("/start day-344", StartArgument::Day(DayNumber::new(344).unwrap())),
            ("/start sub", StartArgument::Subscribe),
            ("/start region-UA-99", StartArgument::Welcome),
            ("/start day-0", StartArgument::Welcome),
            ("/start day-99999999999", StartArgument::Welcome),
            ("/start ref_abc", StartArgument::Welcome),
        ];
        for (text, expected) in cases {
            assert_eq!(command(text), Command::Start(expected), "{text}");
        }
        assert!(command("/start sub").changes_chat_settings() && !command("/start day-344").changes_chat_settings());
    }

    #[test]
    fn quiet_hours_arguments_in_either_language() {
        use warbrief_core::QuietMode::{Silent, Wait};
        let clock = |hour| chrono::NaiveTime::from_hms_opt(hour, 0, 0).unwrap();
        let window = |mode| QuietArgument::Window { start: clock(23), end: clock(7), mode };
        let cases = [
            ("/quiet", QuietArgument::Show),
            ("/quiet off", QuietArgument::Off),
            ("/quiet Вимкнути", QuietArgument::Off),
            ("/quiet 23:00-07:00", window(None)),
            ("/quiet 23:00 – 7:00 wait", window(Some(Wait))),
            ("/quiet 23:00-07:00 чекати", window(Some(Wait))),
            ("/quiet 23:00-07:00 без звуку", window(Some(Silent))),
            ("/quiet wait", QuietArgument::Mode(Wait)),
            ("/quiet 25:00-07:00", QuietArgument::NotAWindow("25:00-07:00".into())),
            ("/quiet at night", QuietArgument::NotAWindow("at night".into())),
        ];
        for (text, expected) in cases {
            assert_eq!(command(text), Command::Quiet(expected), "{text}");
        }
    }

    #[test]
    fn time_zone_arguments() {
        assert_eq!(command("/timezone"), Command::Timezone(TimeZoneArgument::Show));
        assert_eq!(
            command("/timezone europe/berlin"),
            Command::Timezone(TimeZoneArgument::Zone(chrono_tz::Europe::Berlin))
        );
        assert_eq!(
            command("/timezone new york"),
            Command::Timezone(TimeZoneArgument::Zone(chrono_tz::America::New_York))
        );
        assert_eq!(
            command("/timezone Mars/Olympus"),
            Command::Timezone(TimeZoneArgument::Unknown("Mars/Olympus".into()))
        );
    }

    #[test]
    fn time_zones_by_name_city_or_any_case() {
        use arguments::parse_time_zone;
        assert_eq!(parse_time_zone("Europe/Berlin"), Some(chrono_tz::Europe::Berlin));
        assert_eq!(parse_time_zone("europe/berlin"), Some(chrono_tz::Europe::Berlin));
        assert_eq!(parse_time_zone("new york"), Some(chrono_tz::America::New_York));
        assert_eq!(parse_time_zone("Kyiv"), Some(chrono_tz::Europe::Kyiv));
        assert_eq!(parse_time_zone("UTC"), Some(chrono_tz::UTC));
        assert!(parse_time_zone("Kiev").is_some());
        for bad in ["", "Mars/Olympus", "Europe/", "+03:00", &"x".repeat(100)] {
            assert_eq!(parse_time_zone(bad), None, "{bad}");
        }
    }

    /// The maintainers' command `text` parses to.
    fn admin(text: &str) -> AdminCommand {
        match command(text) {
            Command::Admin(admin) => admin,
            other => panic!("{text} parsed as {other:?}"),
        }
    }

    fn pairs(pairs: &[(&str, &str)]) -> Fields {
        Ok(pairs.iter().map(|(key, value)| ((*key).to_owned(), (*value).to_owned())).collect())
    }

    #[test]
    fn report_day_arguments() {
        assert_eq!(admin("/publish 345"), AdminCommand::Publish(Some(day(345))));
        assert_eq!(admin("/publish day 345"), AdminCommand::Publish(Some(day(345))));
        assert_eq!(admin("/unpublish  day345"), AdminCommand::Unpublish(Some(day(345))));
        assert_eq!(admin("/publish"), AdminCommand::Publish(None));
        assert_eq!(admin("/publish 0"), AdminCommand::Publish(None));
        assert_eq!(admin("/publish 36501"), AdminCommand::Publish(None));
        assert_eq!(admin("/publish #345"), AdminCommand::Publish(None), "unlike /day, no #");
        assert_eq!(admin("/unpublish yesterday"), AdminCommand::Unpublish(None));
    }

    #[test]
    fn fields_with_quotes_and_errors() {
        assert_eq!(
            arguments::fields(r#"date=2023-02-01 Weapon="S-300 missile" text=“two words” killed=2+"#),
            pairs(&[("date", "2023-02-01"), ("weapon", "S-300 missile"), ("text", "two words"), ("killed", "2+")])
        );
        assert_eq!(arguments::fields("  "), pairs(&[]));
        use warbrief_core::render::admin::Problem;
        assert_eq!(arguments::fields("killed"), Err(Problem::NotKeyValue("killed".into())));
        assert_eq!(arguments::fields("=3"), Err(Problem::NotKeyValue("=3".into())));
        assert_eq!(arguments::fields("a=1 a=2"), Err(Problem::FieldTwice("a".into())));
        assert_eq!(arguments::fields(r#"text="unclosed"#), Err(Problem::UnclosedQuote("text".into())));
        assert!(arguments::fields("killed=2 oops").is_err());
    }

    #[test]
    fn incident_and_sanction_arguments() {
        assert_eq!(
            admin("/addincident place=Kupiansk killed=2"),
            AdminCommand::AddIncident(pairs(&[("place", "Kupiansk"), ("killed", "2")]))
        );
        assert_eq!(admin("/addincident"), AdminCommand::AddIncident(pairs(&[])));
        assert_eq!(
            admin("/editincident #17 wounded=7 weapon=artillery"),
            AdminCommand::EditIncident { id: Some(17), fields: pairs(&[("wounded", "7"), ("weapon", "artillery")]) }
        );
        assert_eq!(
            admin("/editincident x wounded=7"),
            AdminCommand::EditIncident { id: None, fields: pairs(&[("wounded", "7")]) }
        );
        assert_eq!(admin("/editincident 17"), AdminCommand::EditIncident { id: Some(17), fields: pairs(&[]) });
        assert!(matches!(admin("/editincident 17 oops"), AdminCommand::EditIncident { id: Some(17), fields: Err(_) }));
        assert_eq!(
            admin("/editincident -3 killed=1"),
            AdminCommand::EditIncident { id: None, fields: pairs(&[("killed", "1")]) }
        );
        assert_eq!(admin("/deleteincident 17"), AdminCommand::DeleteIncident(Some(17)));
        assert_eq!(admin("/deleteincident #17"), AdminCommand::DeleteIncident(Some(17)));
        assert_eq!(admin("/deleteincident 17 18"), AdminCommand::DeleteIncident(None));
        assert_eq!(admin("/deleteincident 0"), AdminCommand::DeleteIncident(None));
        assert_eq!(admin("/deleteincident"), AdminCommand::DeleteIncident(None));
        assert_eq!(
            admin("/editsanction 12 status=\"in force\""),
            AdminCommand::EditSanction { id: Some(12), fields: pairs(&[("status", "in force")]) }
        );
        assert_eq!(admin("/deletesanction 12"), AdminCommand::DeleteSanction(Some(12)));
        assert!(matches!(admin("/addsanction date=2023-02-25 authority"), AdminCommand::AddSanction(Err(_))));
    }

    #[test]
    fn admins_arguments() {
        assert_eq!(admin("/admin"), AdminCommand::Admins(AdminsArgument::List));
        assert_eq!(admin("/admin list"), AdminCommand::Admins(AdminsArgument::List));
        assert_eq!(admin("/admin list 5"), AdminCommand::Admins(AdminsArgument::List));
        assert_eq!(admin("/admin add 123456789"), AdminCommand::Admins(AdminsArgument::Add(123_456_789)));
        assert_eq!(admin("/admin remove 42"), AdminCommand::Admins(AdminsArgument::Remove(42)));
        assert_eq!(admin("/admin add"), AdminCommand::Admins(AdminsArgument::NoId));
        assert_eq!(admin("/admin add -5"), AdminCommand::Admins(AdminsArgument::NoId));
        assert_eq!(admin("/admin add 5 6"), AdminCommand::Admins(AdminsArgument::NoId));
        assert_eq!(admin("/admin promote 5"), AdminCommand::Admins(AdminsArgument::UnknownVerb));
        assert_eq!(admin("/admin Add 5"), AdminCommand::Admins(AdminsArgument::UnknownVerb), "verbs are lower case");
    }

    #[test]
    fn audit_export_and_digest_arguments() {
        assert_eq!(admin("/audit"), AdminCommand::Audit(Some(arguments::AUDIT_DEFAULT)));
        assert_eq!(admin("/audit 20"), AdminCommand::Audit(Some(20)));
        assert_eq!(admin("/audit 50"), AdminCommand::Audit(Some(50)));
        assert_eq!(admin("/audit 9999"), AdminCommand::Audit(None));
        assert_eq!(admin("/audit 0"), AdminCommand::Audit(None));
        assert_eq!(admin("/audit all"), AdminCommand::Audit(None));

        let date = |text: &str| chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap();
        assert_eq!(
            admin("/export Incidents 2023-01-01 2023-03-31"),
            AdminCommand::Export(ExportArgument::Export {
                what: What::Incidents,
                from: Some(date("2023-01-01")),
                to: Some(date("2023-03-31"))
            })
        );
        assert_eq!(
            admin("/export report 2023-01-01"),
            AdminCommand::Export(ExportArgument::Export {
                what: What::Reports,
                from: Some(date("2023-01-01")),
                to: None
            })
        );
        assert_eq!(
            admin("/export sanctions"),
            AdminCommand::Export(ExportArgument::Export { what: What::Sanctions, from: None, to: None })
        );
        assert_eq!(admin("/export"), AdminCommand::Export(ExportArgument::UnknownWhat));
        assert_eq!(admin("/export people"), AdminCommand::Export(ExportArgument::UnknownWhat));
        assert_eq!(admin("/export incidents 2023-03-31 2023-01-01"), AdminCommand::Export(ExportArgument::BadDates));
        assert_eq!(admin("/export incidents 2023-02-30"), AdminCommand::Export(ExportArgument::BadDates));
        assert_eq!(admin("/export incidents a b c"), AdminCommand::Export(ExportArgument::BadDates));

        assert_eq!(admin("/digest NOW"), AdminCommand::Digest { now: true });
        assert_eq!(admin("/digest"), AdminCommand::Digest { now: false });
        assert_eq!(admin("/digest later"), AdminCommand::Digest { now: false });
    }

    #[test]
    fn free_text_stays_text() {
        assert_eq!(command("/search  Kramatorsk missile "), Command::Search("Kramatorsk missile".into()));
        assert_eq!(command("/region"), Command::Region(String::new()));
        assert_eq!(admin("/addreport  Day 345: text "), AdminCommand::AddReport("Day 345: text".into()));
    }
}
