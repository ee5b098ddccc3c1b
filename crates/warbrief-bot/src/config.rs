//! Settings from the environment (and `.env`), parsed once at start-up. A bad value stops start-up with one
//! line naming the variable and what is wrong with it.

use std::fmt;
use std::net::SocketAddr;

use chrono::NaiveTime;
use chrono_tz::Tz;
use url::Url;
use warbrief_core::Lang;
use warbrief_storage::DEFAULT_DATABASE_URL;

use crate::logging::LogFormat;

/// The bot token. Its `Debug` never shows it, so it cannot leak into logs through a derived `Debug`.
#[derive(Clone)]
pub struct BotToken(String);

impl BotToken {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for BotToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BotToken(***)")
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    pub token: Option<BotToken>,
    pub api_url: Option<Url>,
    /// Telegram user ids of the owners.
    pub admins: Vec<i64>,
    /// Time zone for "today" and for digests unless a subscriber chose another.
    pub timezone: Tz,
    /// Digest time for chats that subscribe without naming one.
    pub digest_time: NaiveTime,
    /// Messages per second the delivery queue sends, over all chats (and, on PostgreSQL, all instances).
    pub send_rate: f64,
    /// Pushed messages to chats go with `allow_paid_broadcast` (`WARBRIEF_PAID_BROADCAST=1`): Telegram then
    /// takes up to 1,000 a second and charges Stars for each above the free limit.
    pub paid_broadcast: bool,
    /// Attempts at a delivery that meets 5xx or network errors before it is marked failed.
    pub send_retries: u32,
    /// Where every published report is posted, if anywhere.
    pub channel: Option<Channel>,
    pub log_format: LogFormat,
    /// Where `/healthz` and `/metrics` are served, if anywhere.
    pub metrics_listen: Option<SocketAddr>,
    /// Webhook mode, when set; long polling otherwise.
    pub webhook: Option<Webhook>,
    /// The bot's language where a chat has not chosen one and its user's Telegram language is unknown, and in
    /// groups that have not chosen (`WARBRIEF_LANGUAGE`, default English).
    pub language: Lang,
    /// The language of the channel's posts (`WARBRIEF_CHANNEL_LANGUAGE`, default `language`).
    pub channel_language: Lang,
}

/// `WARBRIEF_WEBHOOK_URL`, `WARBRIEF_LISTEN` and `WARBRIEF_WEBHOOK_SECRET`.
#[derive(Clone)]
pub struct Webhook {
    /// The public URL Telegram posts updates to.
    pub url: Url,
    /// The local address the webhook server binds.
    pub listen: SocketAddr,
    /// Checked against `X-Telegram-Bot-Api-Secret-Token`; generated at start when unset.
    pub secret: Option<String>,
}

impl fmt::Debug for Webhook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Webhook").field("url", &self.url).field("listen", &self.listen).finish_non_exhaustive()
    }
}

/// The webhook server's address when `WARBRIEF_LISTEN` is unset: loopback, behind a reverse proxy.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";

/// `WARBRIEF_CHANNEL`: a public channel's `@username` or any chat's numeric id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Channel {
    Username(String),
    Id(i64),
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Channel::Username(name) => write!(f, "@{name}"),
            Channel::Id(id) => write!(f, "{id}"),
        }
    }
}

/// A setting that is present but wrong. The message names the variable, never the secret's value.
#[derive(Debug, thiserror::Error)]
#[error("{variable}: {problem}")]
pub struct ConfigError {
    pub variable: &'static str,
    pub problem: String,
}

fn error(variable: &'static str, problem: impl Into<String>) -> ConfigError {
    ConfigError { variable, problem: problem.into() }
}

pub const DEFAULT_TIMEZONE: Tz = chrono_tz::Europe::Kyiv;
pub const DEFAULT_DIGEST_TIME: NaiveTime = NaiveTime::from_hms_opt(9, 0, 0).expect("valid time");
/// Telegram's limit for bots is about 30 messages a second; 25 leaves room for replies to commands.
pub const DEFAULT_SEND_RATE: f64 = 25.0;
/// The most Telegram takes a second with paid broadcast.
pub const PAID_BROADCAST_RATE: f64 = 1_000.0;
/// The rate with paid broadcast on and `WARBRIEF_SEND_RATE` unset: below the limit, as 25 is below 30, for
/// answers to commands and the timing of sends from several instances.
pub const PAID_BROADCAST_DEFAULT_RATE: f64 = 900.0;
/// About the most Telegram takes from a bot each second without paid broadcast.
pub const FREE_RATE_LIMIT: f64 = 30.0;
/// With backoff 1, 3, 9, 27 s between them: a Bot API outage of about 40 s is ridden out.
pub const DEFAULT_SEND_RETRIES: u32 = 5;

pub use warbrief_core::schedule::parse_clock;

impl Config {
    /// Reads the settings through `var` (the process environment in production, a map in tests).
    /// Empty values count as unset.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let get = |name: &str| var(name).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());

        let database_url = get("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
        let scheme = database_url.split_once(':').map(|(scheme, _)| scheme).unwrap_or("");
        match scheme {
            "sqlite" => {}
            "postgres" | "postgresql" => {
                Url::parse(&database_url)
                    .map_err(|e| error("DATABASE_URL", format!("malformed PostgreSQL URL ({e})")))?;
            }
            _ => {
                return Err(error(
                    "DATABASE_URL",
                    "must start with sqlite:// (e.g. sqlite://warbrief.db) or postgres:// (e.g. postgres://user@host/db)",
                ));
            }
        }

        let token = match get("TELOXIDE_TOKEN") {
            None => None,
            Some(token) => {
                let valid = token.split_once(':').is_some_and(|(id, secret)| {
                    !id.is_empty()
                        && id.bytes().all(|b| b.is_ascii_digit())
                        && secret.len() >= 8
                        && secret.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
                });
                if !valid {
                    return Err(error(
                        "TELOXIDE_TOKEN",
                        "does not look like a bot token (expected digits, a colon and a secret, as @BotFather gives it)",
                    ));
                }
                Some(BotToken(token))
            }
        };

        let api_url = get("TELOXIDE_API_URL")
            .map(|raw| {
                let url = Url::parse(&raw).map_err(|e| error("TELOXIDE_API_URL", format!("malformed URL ({e})")))?;
                if !matches!(url.scheme(), "http" | "https") {
                    return Err(error("TELOXIDE_API_URL", "must be an http:// or https:// URL"));
                }
                Ok(url)
            })
            .transpose()?;

        let admins = get("WARBRIEF_ADMINS")
            .map(|raw| {
                raw.split(',')
                    .map(str::trim)
                    .filter(|id| !id.is_empty())
                    .map(|id| {
                        id.parse::<i64>().ok().filter(|id| *id > 0).ok_or_else(|| {
                            error(
                                "WARBRIEF_ADMINS",
                                format!(
                                    "{:?} is not a Telegram user id (comma-separated positive numbers)",
                                    truncate(id)
                                ),
                            )
                        })
                    })
                    .collect::<Result<Vec<i64>, _>>()
            })
            .transpose()?
            .unwrap_or_default();

        let timezone = match get("WARBRIEF_TIMEZONE") {
            None => DEFAULT_TIMEZONE,
            Some(name) => name.parse::<Tz>().map_err(|_| {
                error(
                    "WARBRIEF_TIMEZONE",
                    format!("unknown time zone {:?} (use an IANA name such as Europe/Kyiv)", truncate(&name)),
                )
            })?,
        };

        let language = |variable: &'static str| -> Result<Option<Lang>, ConfigError> {
            get(variable)
                .map(|code| {
                    code.parse::<Lang>()
                        .map_err(|_| error(variable, format!("unknown language {:?} (use en or uk)", truncate(&code))))
                })
                .transpose()
        };
        let channel_language = language("WARBRIEF_CHANNEL_LANGUAGE")?;
        let language = language("WARBRIEF_LANGUAGE")?.unwrap_or_default();
        let channel_language = channel_language.unwrap_or(language);

        let digest_time = match get("WARBRIEF_DIGEST_TIME") {
            None => DEFAULT_DIGEST_TIME,
            Some(raw) => parse_clock(&raw).ok_or_else(|| {
                error(
                    "WARBRIEF_DIGEST_TIME",
                    format!("{:?} is not a time of day (use HH:MM, e.g. 09:00)", truncate(&raw)),
                )
            })?,
        };

        let paid_broadcast = match get("WARBRIEF_PAID_BROADCAST") {
            None => false,
            Some(raw) => match raw.trim().to_ascii_lowercase().as_str() {
                "1" | "true" | "yes" | "on" => true,
                "0" | "false" | "no" | "off" => false,
                _ => {
                    return Err(error(
                        "WARBRIEF_PAID_BROADCAST",
                        format!("{:?} is not 1 or 0 (paid broadcast on or off)", truncate(&raw)),
                    ));
                }
            },
        };
        let send_rate = match get("WARBRIEF_SEND_RATE") {
            None if paid_broadcast => PAID_BROADCAST_DEFAULT_RATE,
            None => DEFAULT_SEND_RATE,
            Some(raw) => {
                raw.parse::<f64>().ok().filter(|rate| rate.is_finite() && *rate > 0.0 && *rate <= 1e6).ok_or_else(
                    || {
                        error(
                            "WARBRIEF_SEND_RATE",
                            format!("{:?} is not a rate (messages per second, above 0, e.g. 25)", truncate(&raw)),
                        )
                    },
                )?
            }
        };

        if paid_broadcast && send_rate > PAID_BROADCAST_RATE {
            return Err(error(
                "WARBRIEF_SEND_RATE",
                format!("{send_rate} is above the 1000 messages a second Telegram allows even with paid broadcast"),
            ));
        }

        let send_retries = match get("WARBRIEF_SEND_RETRIES") {
            None => DEFAULT_SEND_RETRIES,
            Some(raw) => raw.parse::<u32>().ok().filter(|n| (1..=20).contains(n)).ok_or_else(|| {
                error("WARBRIEF_SEND_RETRIES", format!("{:?} is not a number of attempts from 1 to 20", truncate(&raw)))
            })?,
        };

        let channel = get("WARBRIEF_CHANNEL")
            .map(|raw| {
                if let Some(name) = raw.strip_prefix('@') {
                    let valid = (5..=32).contains(&name.len())
                        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
                        && name.as_bytes()[0].is_ascii_alphabetic();
                    return if valid {
                        Ok(Channel::Username(name.to_owned()))
                    } else {
                        Err(error("WARBRIEF_CHANNEL", format!("{:?} is not a channel username", truncate(&raw))))
                    };
                }
                raw.parse::<i64>().ok().filter(|id| *id != 0).map(Channel::Id).ok_or_else(|| {
                    error(
                        "WARBRIEF_CHANNEL",
                        format!(
                            "{:?} is neither @username nor a numeric chat id (e.g. -1001234567890)",
                            truncate(&raw)
                        ),
                    )
                })
            })
            .transpose()?;

        let log_format = match get("WARBRIEF_LOG_FORMAT").map(|raw| raw.to_lowercase()).as_deref() {
            None | Some("human" | "text") => LogFormat::Human,
            Some("json") => LogFormat::Json,
            Some(other) => {
                return Err(error("WARBRIEF_LOG_FORMAT", format!("{:?} is neither human nor json", truncate(other))));
            }
        };

        let address = |variable: &'static str, raw: String| {
            raw.parse::<SocketAddr>().map_err(|_| {
                error(variable, format!("{:?} is not an address to listen on (e.g. 127.0.0.1:8080)", truncate(&raw)))
            })
        };
        let metrics_listen =
            get("WARBRIEF_METRICS_LISTEN").map(|raw| address("WARBRIEF_METRICS_LISTEN", raw)).transpose()?;
        let listen = get("WARBRIEF_LISTEN").map(|raw| address("WARBRIEF_LISTEN", raw)).transpose()?;
        let secret = get("WARBRIEF_WEBHOOK_SECRET")
            .map(|secret| {
                let valid =
                    secret.len() <= 256 && secret.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
                if valid {
                    Ok(secret)
                } else {
                    Err(error("WARBRIEF_WEBHOOK_SECRET", "must be 1–256 characters of A–Z, a–z, 0–9, _ and -"))
                }
            })
            .transpose()?;
        let webhook = match get("WARBRIEF_WEBHOOK_URL") {
            None => {
                if listen.is_some() || secret.is_some() {
                    return Err(error(
                        "WARBRIEF_WEBHOOK_URL",
                        "not set, but WARBRIEF_LISTEN or WARBRIEF_WEBHOOK_SECRET is: webhook mode needs the public URL",
                    ));
                }
                None
            }
            Some(raw) => {
                let url =
                    Url::parse(&raw).map_err(|e| error("WARBRIEF_WEBHOOK_URL", format!("malformed URL ({e})")))?;
                if !matches!(url.scheme(), "https" | "http") {
                    return Err(error(
                        "WARBRIEF_WEBHOOK_URL",
                        "must be an https:// URL (Telegram only posts to HTTPS)",
                    ));
                }
                let listen = listen.unwrap_or_else(|| DEFAULT_LISTEN.parse().expect("valid default"));
                Some(Webhook { url, listen, secret })
            }
        };

        Ok(Config {
            database_url,
            token,
            api_url,
            admins,
            timezone,
            digest_time,
            send_rate,
            paid_broadcast,
            send_retries,
            channel,
            log_format,
            metrics_listen,
            webhook,
            language,
            channel_language,
        })
    }

    pub fn from_env() -> Result<Config, ConfigError> {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    /// The token, or the error that says how to get one.
    pub fn require_token(&self) -> Result<&BotToken, ConfigError> {
        self.token.as_ref().ok_or_else(|| {
            error(
                "TELOXIDE_TOKEN",
                "not set. Create a bot by messaging @BotFather on Telegram (/newbot), then put the token it gives \
                 you in .env as TELOXIDE_TOKEN=123456:ABC… (or try the bot without Telegram: warbrief chat)",
            )
        })
    }
}

fn truncate(text: &str) -> String {
    warbrief_core::html::truncate(text, 40)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: HashMap<String, String> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::from_vars(|name| vars.get(name).cloned())
    }

    #[test]
    fn defaults_need_no_settings() {
        let config = config(&[]).unwrap();
        assert_eq!(config.database_url, "sqlite://warbrief.db");
        assert_eq!(config.timezone, chrono_tz::Europe::Kyiv);
        assert_eq!((config.language, config.channel_language), (Lang::En, Lang::En));
        assert!(config.token.is_none() && config.api_url.is_none() && config.admins.is_empty());
        let message = config.require_token().unwrap_err().to_string();
        assert!(message.starts_with("TELOXIDE_TOKEN: not set") && message.contains("@BotFather"), "{message}");
    }

    #[test]
    fn every_bad_value_names_its_variable() {
        let cases = [
            ("DATABASE_URL", "mysql://x"),
            ("DATABASE_URL", "postgres://[::1"),
            ("TELOXIDE_TOKEN", "not a token"),
            ("TELOXIDE_API_URL", "not a url"),
            ("TELOXIDE_API_URL", "ftp://127.0.0.1/"),
            ("WARBRIEF_ADMINS", "42,abc"),
            ("WARBRIEF_ADMINS", "-5"),
            ("WARBRIEF_TIMEZONE", "Mars/Olympus_Mons"),
            ("WARBRIEF_DIGEST_TIME", "25:00"),
            ("WARBRIEF_DIGEST_TIME", "9am"),
            ("WARBRIEF_SEND_RATE", "0"),
            ("WARBRIEF_SEND_RATE", "-3"),
            ("WARBRIEF_SEND_RATE", "NaN"),
            ("WARBRIEF_CHANNEL", "warbrief"),
            ("WARBRIEF_CHANNEL", "@a b"),
            ("WARBRIEF_CHANNEL", "0"),
            ("WARBRIEF_SEND_RETRIES", "0"),
            ("WARBRIEF_SEND_RETRIES", "many"),
            ("WARBRIEF_LOG_FORMAT", "xml"),
            ("WARBRIEF_METRICS_LISTEN", "localhost"),
            ("WARBRIEF_LISTEN", "not-an-address"),
            ("WARBRIEF_WEBHOOK_URL", "ftp://example.org/hook"),
            ("WARBRIEF_WEBHOOK_SECRET", "has spaces in it"),
            ("WARBRIEF_LANGUAGE", "ru"),
            ("WARBRIEF_CHANNEL_LANGUAGE", "Ukrainian"),
            ("WARBRIEF_PAID_BROADCAST", "maybe"),
        ];
        for (variable, value) in cases {
            let error = config(&[(variable, value)]).unwrap_err();
            assert_eq!(error.variable, variable, "{value}");
            assert!(!error.to_string().contains('\n'), "one line: {error}");
        }
    }

    #[test]
    fn good_values_are_parsed_and_the_token_is_never_shown() {
        let config = config(&[
            ("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/warbrief"),
            ("TELOXIDE_TOKEN", "123456:AAExampleSecret_-x"),
            ("TELOXIDE_API_URL", "http://127.0.0.1:8081/"),
            ("WARBRIEF_ADMINS", " 42, 7 ,"),
            ("WARBRIEF_TIMEZONE", "America/New_York"),
            ("WARBRIEF_DIGEST_TIME", "7:30"),
            ("WARBRIEF_SEND_RATE", "12.5"),
            ("WARBRIEF_CHANNEL", "@warbrief_daily"),
        ])
        .unwrap();
        assert_eq!(config.digest_time, NaiveTime::from_hms_opt(7, 30, 0).unwrap());
        assert_eq!(config.send_rate, 12.5);
        assert_eq!(config.channel, Some(Channel::Username("warbrief_daily".into())));
        let numeric = self::config(&[("WARBRIEF_CHANNEL", "-1001234567890")]).unwrap();
        assert_eq!(numeric.channel, Some(Channel::Id(-1001234567890)));
        assert_eq!(config.admins, [42, 7]);
        assert_eq!(config.timezone, chrono_tz::America::New_York);
        let ukrainian = super::tests::config(&[("WARBRIEF_LANGUAGE", "uk")]).unwrap();
        assert_eq!((ukrainian.language, ukrainian.channel_language), (Lang::Uk, Lang::Uk));
        let channel =
            super::tests::config(&[("WARBRIEF_CHANNEL_LANGUAGE", "en"), ("WARBRIEF_LANGUAGE", "uk")]).unwrap();
        assert_eq!((channel.language, channel.channel_language), (Lang::Uk, Lang::En));
        assert!(!format!("{config:?}").contains("AAExampleSecret"));
        assert!(!config.paid_broadcast);
        let paid = self::config(&[("WARBRIEF_PAID_BROADCAST", "1")]).unwrap();
        assert!(paid.paid_broadcast);
        assert_eq!(paid.send_rate, PAID_BROADCAST_DEFAULT_RATE, "paid broadcast is for going faster");
        let too_fast = self::config(&[("WARBRIEF_PAID_BROADCAST", "yes"), ("WARBRIEF_SEND_RATE", "5000")]);
        assert_eq!(too_fast.unwrap_err().variable, "WARBRIEF_SEND_RATE");
        let bad = self::config(&[("TELOXIDE_TOKEN", "123456:has space secret")]).unwrap_err();
        assert!(!bad.to_string().contains("space secret"));
    }
}
