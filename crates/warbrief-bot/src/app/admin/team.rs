//! `/admin add|remove|list`: owners manage the maintainers.

use super::*;

impl Answerer {
    pub(super) async fn admins(&self, role: Role, argument: &str, audit: AuditContext) -> Answer {
        let words: Vec<&str> = argument.split_whitespace().collect();
        if words.first() == Some(&"list") || words.is_empty() {
            return reply(render::admin::admins(&self.owners, &self.store.admins().await?));
        }
        if role < Role::Owner {
            return reply(render::admin::owners_only());
        }
        let id = match words.as_slice() {
            [_, id] => id.parse::<i64>().ok().filter(|id| *id > 0),
            _ => None,
        };
        let Some(id) = id else {
            return usage("admin", "Give add or remove and a Telegram user id (a positive number).");
        };
        match words[0] {
            "add" => {
                if self.store.add_admin(id, audit.actor, audit.at).await? {
                    self.record(audit, "add_admin", format!("user {id}"), None, Some("admin".into())).await;
                    reply(render::admin::admin_added(id))
                } else {
                    reply(render::admin::already_admin(id))
                }
            }
            "remove" => {
                if self.store.remove_admin(id).await? {
                    self.record(audit, "remove_admin", format!("user {id}"), Some("admin".into()), None).await;
                    reply(render::admin::admin_removed(id))
                } else if self.owners.contains(&id) {
                    reply(render::admin::owner_not_removed(id))
                } else {
                    reply(render::admin::not_an_admin(id))
                }
            }
            _ => usage("admin", "Give add, remove or list."),
        }
    }
}
