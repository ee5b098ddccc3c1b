//! `/admin add|remove|list`: owners manage the maintainers.

use super::*;
use crate::app::arguments::AdminsArgument;

impl Answerer {
    pub(super) async fn admins(&self, role: Role, argument: AdminsArgument, audit: AuditContext) -> Answer {
        if argument == AdminsArgument::List {
            return reply(render::admin::admins(&self.owners, &self.store.admins().await?));
        }
        if role < Role::Owner {
            return reply(render::admin::owners_only());
        }
        match argument {
            AdminsArgument::Add(id) => {
                if self.store.add_admin(id, audit.actor, audit.at).await? {
                    self.record(audit, "add_admin", format!("user {id}"), None, Some("admin".into())).await;
                    reply(render::admin::admin_added(id))
                } else {
                    reply(render::admin::already_admin(id))
                }
            }
            AdminsArgument::Remove(id) => {
                if self.store.remove_admin(id).await? {
                    self.record(audit, "remove_admin", format!("user {id}"), Some("admin".into()), None).await;
                    reply(render::admin::admin_removed(id))
                } else if self.owners.contains(&id) {
                    reply(render::admin::owner_not_removed(id))
                } else {
                    reply(render::admin::not_an_admin(id))
                }
            }
            AdminsArgument::List | AdminsArgument::NoId => {
                usage("admin", "Give add or remove and a Telegram user id (a positive number).")
            }
            AdminsArgument::UnknownVerb => usage("admin", "Give add, remove or list."),
        }
    }
}
