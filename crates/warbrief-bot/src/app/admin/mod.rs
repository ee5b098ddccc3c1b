//! Maintainers' commands: reports in (preview, publish, discard, replace), incidents and sanctions by hand,
//! admins, the audit log, statistics and exports. Everyone else is refused and nothing changes.
//!
//! Every change is written with an audit entry (who, when, what, before → after).

use chrono::{DateTime, NaiveDate, Utc};
use warbrief_core::gazetteer::{self, Lookup};
use warbrief_core::render::admin::Problem;
use warbrief_core::render::{self, Action, Document, Reply};
use warbrief_core::{
    AuditEntry, Authority, Count, DayNumber, Incident, Lang, RegionCode, ReportStatus, SanctionStatus, SanctionsEntry,
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

/// A usage line with an example, for a command given the wrong arguments.
pub(super) fn usage(lang: Lang, command: &str, problem: Problem) -> Answer {
    let spec = request::spec(command).expect("every admin command is in the table");
    let description = render::admin::command_description(lang, spec.name);
    reply(render::admin::usage(lang, command, &problem, &description, spec.example))
}

impl Answerer {
    /// A maintainer's command, answered in `lang` (the caller's, as the dispatcher found it).
    pub(crate) async fn admin_command(
        &self,
        caller: Caller,
        command: &AdminCommand,
        lang: Lang,
        now: DateTime<Utc>,
    ) -> Answer {
        let role = self.role(caller).await?;
        if role < Role::Admin {
            tracing::warn!(?caller, ?command, "admin command refused");
            return reply(render::admin::maintainers_only(lang));
        }
        let audit = AuditContext { actor: caller.user_id(), at: now, lang };
        match command {
            AdminCommand::Help => Ok(vec![admin_help(lang)]),
            AdminCommand::Admins(argument) => self.admins(role, *argument, audit).await,
            AdminCommand::AddReport(text) => self.add_report(text, caller, audit).await,
            AdminCommand::Drafts => self.drafts(lang).await,
            AdminCommand::Publish(day) => match *day {
                Some(day) => self.set_status(day, ReportStatus::Published, audit).await,
                None => usage(lang, "publish", Problem::WhichDay),
            },
            AdminCommand::Unpublish(day) => match *day {
                Some(day) => self.set_status(day, ReportStatus::Draft, audit).await,
                None => usage(lang, "unpublish", Problem::WhichDay),
            },
            AdminCommand::AddIncident(fields) => self.add_incident(fields, audit).await,
            AdminCommand::EditIncident { id, fields } => self.edit_incident(*id, fields, audit).await,
            AdminCommand::DeleteIncident(id) => self.delete_incident(*id, audit).await,
            AdminCommand::AddSanction(fields) => self.add_sanction(fields, audit).await,
            AdminCommand::EditSanction { id, fields } => self.edit_sanction(*id, fields, audit).await,
            AdminCommand::DeleteSanction(id) => self.delete_sanction(*id, audit).await,
            AdminCommand::Audit(count) => self.audit_log(*count, lang).await,
            AdminCommand::Stats => self.stats(now, lang).await,
            AdminCommand::Export(argument) => self.export(*argument, now, lang).await,
            AdminCommand::Digest { now: true } => self.digest_now(audit).await,
            AdminCommand::Digest { now: false } => usage(lang, "digest", Problem::DigestNow),
        }
    }

    /// Runs a maintainer's button press; anyone else is refused, and nothing changes.
    pub(crate) async fn as_maintainer(
        &self,
        caller: Caller,
        action: Action,
        lang: Lang,
        now: DateTime<Utc>,
        run: impl AsyncFnOnce(AuditContext) -> Answer,
    ) -> Answer {
        let role = self.role(caller).await?;
        if role < Role::Admin {
            tracing::warn!(?caller, ?action, "admin button refused");
            return reply(render::admin::button_refused(lang));
        }
        run(AuditContext { actor: caller.user_id(), at: now, lang }).await
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
    /// The maintainer's language, for the replies.
    pub(crate) lang: Lang,
}

pub(super) fn admin_help(lang: Lang) -> Reply {
    let commands: Vec<(&str, String, &str)> = request::commands_for(Audience::Maintainers)
        .map(|spec| (spec.name, render::admin::command_description(lang, spec.name), spec.example))
        .collect();
    let commands: Vec<(&str, &str, &str)> =
        commands.iter().map(|(name, description, example)| (*name, description.as_str(), *example)).collect();
    render::admin::help(lang, &commands)
}

pub(super) fn optional_text(value: &str, max: usize, field: &'static str) -> Result<Option<String>, Problem> {
    if value.chars().count() > max {
        return Err(Problem::TooLong { field, max });
    }
    Ok((!value.is_empty() && value != "-").then(|| value.to_owned()))
}

/// "1 incident", "3 incidents"
pub(crate) fn plural(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use warbrief_core::html::{MESSAGE_LIMIT, escape, validate_telegram_html};
    use warbrief_storage::Store;

    use super::*;
    use crate::app::request::Command;

    fn labels(reply: &Reply) -> Vec<&str> {
        reply.buttons.iter().flatten().map(|button| button.label.as_str()).collect()
    }

    /// A maintainer whose Telegram speaks Ukrainian: a draft's preview, a replacement's, and "Keep current"
    /// (whose dispatcher passes no context) all answer in Ukrainian.
    #[tokio::test]
    async fn a_ukrainian_maintainer_reads_report_previews_in_ukrainian() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&format!("sqlite://{}", dir.path().join("t.db").display())).await.unwrap();
        let answerer = Answerer::new(store, chrono_tz::Europe::Kyiv).with_owners(&[1]);
        let owner = Caller::User { id: 1, chat: 1, language: Some(Lang::Uk), topic: None };
        let now = Utc.with_ymd_and_hms(2023, 3, 3, 9, 0, 0).unwrap();
        let report = |text: &str| Command::Admin(AdminCommand::AddReport(text.to_owned()));
        let text = "Day 345: Shelling\n\nRussian forces shelled Kupiansk in Kharkiv Oblast. Two residents were killed.";

        let draft = answerer.command(owner, &report(text), now).await;
        assert!(draft[0].html.starts_with("<b>Чернетку збережено</b>\n<b>"), "{}", draft[0].html);
        assert!(draft[0].html.contains("пʼятниця, 3 лютого 2023 р. · 1 розділ · 1 інцидент"), "{}", draft[0].html);
        assert_eq!(labels(&draft[0]), ["Опублікувати", "Відхилити"]);

        let replacement = answerer.command(owner, &report(&format!("{text} Five were wounded.")), now).await;
        let html = &replacement[0].html;
        assert!(html.starts_with("<b>За день 345 звіт уже є</b> (чернетка). Заміна змінить:\n"), "{html}");
        assert!(html.contains("• заголовок: без змін\n"), "{html}");
        assert_eq!(labels(&replacement[0]), ["Замінити", "Лишити чинний"]);
        let Some(Action::DropPending(id)) = replacement[0].buttons.iter().flatten().map(|b| b.action).next_back()
        else {
            panic!("{:?}", replacement[0].buttons)
        };
        let kept = answerer.action(owner, Action::DropPending(id), now).await;
        assert_eq!(kept[0].html, "Чинний звіт за день 345 лишився; новий текст відкинуто.");

        let publish = answerer.command(owner, &Command::Admin(AdminCommand::Publish(None)), now).await;
        assert!(publish[0].html.starts_with("Який день?\nВикористання: /publish — опублікувати чернетку"));
    }

    /// /adminhelp's descriptions are Fluent messages; in English they are the command table's.
    #[test]
    fn command_descriptions_in_english_are_the_tables() {
        for spec in request::commands_for(Audience::Maintainers) {
            assert_eq!(render::admin::command_description(Lang::En, spec.name), spec.description, "{}", spec.name);
            let ukrainian = render::admin::command_description(Lang::Uk, spec.name);
            assert!((1..=256).contains(&ukrainian.chars().count()), "{}", spec.name);
            assert_ne!(ukrainian, spec.description, "{}", spec.name);
        }
    }

    #[test]
    fn adminhelp_and_usage_answers_in_every_language_fit_one_message() {
        for lang in Lang::all().iter().copied() {
            let help = admin_help(lang);
            validate_telegram_html(&help.html, MESSAGE_LIMIT).unwrap_or_else(|error| panic!("{lang}: {error}"));
            for spec in request::commands_for(Audience::Maintainers) {
                assert!(
                    help.html.contains(&format!("\n<code>{}</code>", escape(spec.example))),
                    "{lang}: {}",
                    spec.name
                );
                let [answer] = usage(lang, spec.name, Problem::WhichDay).unwrap().try_into().unwrap();
                validate_telegram_html(&answer.html, MESSAGE_LIMIT).unwrap();
            }
        }
        let [answer] = usage(Lang::Uk, "publish", Problem::WhichDay).unwrap().try_into().unwrap();
        assert_eq!(
            answer.html,
            "Який день?\nВикористання: /publish — опублікувати чернетку\nПриклад: <code>/publish 345</code>"
        );
    }
}
