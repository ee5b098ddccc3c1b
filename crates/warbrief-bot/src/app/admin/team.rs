//! `/admin add|remove|list`: owners manage the maintainers.

use super::*;
use crate::app::arguments::AdminsArgument;

impl Answerer {
    pub(super) async fn admins(&self, role: Role, argument: AdminsArgument, audit: AuditContext) -> Answer {
        let lang = audit.lang;
        if argument == AdminsArgument::List {
            return reply(render::admin::admins(lang, &self.owners, &self.store.admins().await?));
        }
        if role < Role::Owner {
            return reply(render::admin::owners_only(lang));
        }
        match argument {
            AdminsArgument::Add(id) => {
                if self.store.add_admin(id, audit.actor, audit.at).await? {
                    self.record(audit, "add_admin", format!("user {id}"), None, Some("admin".into())).await;
                    reply(render::admin::admin_added(lang, id))
                } else {
                    reply(render::admin::already_admin(lang, id))
                }
            }
            AdminsArgument::Remove(id) => {
                if self.store.remove_admin(id).await? {
                    self.record(audit, "remove_admin", format!("user {id}"), Some("admin".into()), None).await;
                    reply(render::admin::admin_removed(lang, id))
                } else if self.owners.contains(&id) {
                    reply(render::admin::owner_not_removed(lang, id))
                } else {
                    reply(render::admin::not_an_admin(lang, id))
                }
            }
            AdminsArgument::List | AdminsArgument::NoId => usage(lang, "admin", Problem::AdminAddOrRemove),
            AdminsArgument::UnknownVerb => usage(lang, "admin", Problem::AdminVerb),
        }
    }
}
