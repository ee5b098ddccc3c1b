//! Maintainers' commands: reports in (preview, publish, discard, replace), incidents and sanctions by hand,
//! admins, the audit log, statistics and exports. Everyone else is refused and nothing changes.
//!
//! Every change is written with an audit entry (who, when, what, before → after).

use chrono::{DateTime, NaiveDate, Utc};
use warbrief_core::gazetteer::{self, Lookup};
use warbrief_core::html::truncate;
use warbrief_core::render::{self, Action, Document, Reply};
use warbrief_core::{
    AuditEntry, Authority, Count, DayNumber, Incident, RegionCode, ReportStatus, SanctionStatus, SanctionsEntry,
};
use warbrief_storage::StoreError;

use crate::app::arguments::Fields;
use crate::app::export;
use crate::app::ingest::{self, Ingested};
use crate::app::request::{self, AdminCommand, Audience};
use crate::app::{Answerer, Caller, Role};

mod incidents;
mod records;
mod reports;
mod sanctions;
mod team;
use crate::app::posts::{IncomingPost, PostOrigin};
use warbrief_core::parse::TextKind;

pub(crate) type Answer = Result<Vec<Reply>, StoreError>;

/// One reply.
pub(crate) fn reply(reply: Reply) -> Answer {
    Ok(vec![reply])
}

/// A usage line with an example, for a command given the wrong arguments (`problem` is plain text).
pub(super) fn usage(command: &str, problem: &str) -> Answer {
    let spec = request::spec(command).expect("every admin command is in the table");
    reply(render::admin::usage(command, problem, spec.description, spec.example))
}

impl Answerer {
    pub(crate) async fn admin_command(&self, caller: Caller, command: &AdminCommand, now: DateTime<Utc>) -> Answer {
        let role = self.role(caller).await?;
        if role < Role::Admin {
            tracing::warn!(?caller, ?command, "admin command refused");
            return reply(render::admin::maintainers_only());
        }
        let audit = AuditContext { actor: caller.user_id(), at: now };
        match command {
            AdminCommand::Help => Ok(vec![admin_help()]),
            AdminCommand::Admins(argument) => self.admins(role, *argument, audit).await,
            AdminCommand::AddReport(text) => self.add_report(text, caller, audit).await,
            AdminCommand::Drafts => self.drafts().await,
            AdminCommand::Publish(day) => match *day {
                Some(day) => self.set_status(day, ReportStatus::Published, audit).await,
                None => usage("publish", "Which day?"),
            },
            AdminCommand::Unpublish(day) => match *day {
                Some(day) => self.set_status(day, ReportStatus::Draft, audit).await,
                None => usage("unpublish", "Which day?"),
            },
            AdminCommand::AddIncident(fields) => self.add_incident(fields, audit).await,
            AdminCommand::EditIncident { id, fields } => self.edit_incident(*id, fields, audit).await,
            AdminCommand::DeleteIncident(id) => self.delete_incident(*id, audit).await,
            AdminCommand::AddSanction(fields) => self.add_sanction(fields, audit).await,
            AdminCommand::EditSanction { id, fields } => self.edit_sanction(*id, fields, audit).await,
            AdminCommand::DeleteSanction(id) => self.delete_sanction(*id, audit).await,
            AdminCommand::Audit(count) => self.audit_log(*count).await,
            AdminCommand::Stats => self.stats(now).await,
            AdminCommand::Export(argument) => self.export(*argument, now).await,
            AdminCommand::Digest { now: true } => self.digest_now(audit).await,
            AdminCommand::Digest { now: false } => {
                usage("digest", "Digests go out by themselves at each subscriber's time; 'now' sends them at once.")
            }
        }
    }

    /// Runs a maintainer's button press; anyone else is refused, and nothing changes.
    pub(crate) async fn as_maintainer(
        &self,
        caller: Caller,
        action: Action,
        now: DateTime<Utc>,
        run: impl AsyncFnOnce(AuditContext) -> Answer,
    ) -> Answer {
        if self.role(caller).await? < Role::Admin {
            tracing::warn!(?caller, ?action, "admin button refused");
            return reply(render::admin::button_refused());
        }
        run(AuditContext { actor: caller.user_id(), at: now }).await
    }

    pub(crate) async fn record(
        &self,
        audit: AuditContext,
        action: &str,
        subject: String,
        before: Option<String>,
        after: Option<String>,
    ) {
        let entry = AuditEntry { at: audit.at, actor: audit.actor, action: action.to_owned(), subject, before, after };
        // The change is made; a failure to log it must be seen by operators but not undo it.
        if let Err(error) = self.store.record_audit(&entry).await {
            tracing::error!(error = %crate::error_chain(&error), ?entry, "audit entry not written");
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct AuditContext {
    pub(crate) actor: Option<i64>,
    pub(crate) at: DateTime<Utc>,
}

pub(super) fn admin_help() -> Reply {
    let commands: Vec<(&str, &str, &str)> =
        request::commands_for(Audience::Maintainers).map(|spec| (spec.name, spec.description, spec.example)).collect();
    render::admin::help(&commands)
}

pub(super) fn optional_text(value: &str, max: usize, field: &str) -> Result<Option<String>, String> {
    if value.chars().count() > max {
        return Err(format!("{field} is longer than {max} characters"));
    }
    Ok((!value.is_empty() && value != "-").then(|| value.to_owned()))
}

/// "1 incident", "3 incidents"
pub(crate) fn plural(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}
