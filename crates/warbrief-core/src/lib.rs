//! warbrief's domain, with no IO, no async and no clock.
//!
//! - [`DayNumber`] counts days of the full-scale invasion (day 1 = 2022-02-24) and converts to and from dates.
//! - [`Report`] is one daily report: a title and ordered [`Section`]s made of paragraphs and bullet lists.
//! - [`Incident`] is one attack with its [`RegionCode`], optional place, and [`Count`]s of killed and wounded.
//! - [`SanctionsEntry`] is one step in a sanctions timeline, by [`Authority`].
//! - [`gazetteer`] resolves what people type ("Kharkov", "Харківська область", "Kramatorsk") to a region.
//! - [`post`] identifies forwarded posts and articles ([`post::PostKey`]) and spots likely duplicate incidents.
//! - [`render`] turns all of these into [`render::Reply`] values in Telegram HTML; the transport sends them.
//!
//! Values from outside are parsed into these types at the boundary; a value of one of these types is valid.
//! Anything that needs the current time takes it as an argument.

mod day;
pub mod extract;
pub mod gazetteer;
pub mod html;
mod incident;
mod lang;
mod letters;
pub mod parse;
pub mod post;
pub mod quiet;
mod region;
pub mod render;
mod report;
mod sanctions;
pub mod schedule;
pub mod search;
mod subscriber;

pub use day::{DAY_ONE, DayNumber, DayOutOfRange, MAX_DAY};
pub use incident::{CasualtyTotals, Count, Incident};
pub use lang::Lang;
pub use quiet::{Quiet, QuietHours, QuietMode};
pub use region::{RegionCode, UnknownRegionCode};
pub use report::{Block, Report, ReportStatus, Section, UnknownReportStatus};
pub use sanctions::{Authority, SanctionStatus, SanctionsEntry, UnknownAuthority, UnknownSanctionStatus};
pub use subscriber::{AuditEntry, CHANNEL_CHAT, ChatId, DeliveryKind, Subscriber};
