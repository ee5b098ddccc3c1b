//! `/admin add|remove|list`: owners manage the maintainers.

use super::*;

impl Answerer {
    pub(super) async fn admins(&self, role: Role, argument: &str, audit: AuditContext) -> Answer {
        let words: Vec<&str> = argument.split_whitespace().collect();
        if words.first() == Some(&"list") || words.is_empty() {
            let admins = self.store.admins().await?;
            let owners: Vec<String> = self.owners.iter().map(i64::to_string).collect();
            let admins: Vec<String> = admins.iter().map(i64::to_string).collect();
            return reply(format!(
                "<b>Owners</b> (WARBRIEF_ADMINS): {}\n<b>Admins</b>: {}",
                if owners.is_empty() { "none".to_owned() } else { owners.join(", ") },
                if admins.is_empty() { "none".to_owned() } else { admins.join(", ") }
            ));
        }
        if role < Role::Owner {
            return reply("Only owners (WARBRIEF_ADMINS) can add or remove admins.");
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
                    reply(format!(
                        "User {id} is now an admin. Their chat shows the admin commands once they have started the bot."
                    ))
                } else {
                    reply(format!("User {id} already is an admin."))
                }
            }
            "remove" => {
                if self.store.remove_admin(id).await? {
                    self.record(audit, "remove_admin", format!("user {id}"), Some("admin".into()), None).await;
                    reply(format!("User {id} is no longer an admin."))
                } else if self.owners.contains(&id) {
                    reply(format!("User {id} is an owner; owners are set in WARBRIEF_ADMINS."))
                } else {
                    reply(format!("User {id} was not an admin."))
                }
            }
            _ => usage("admin", "Give add, remove or list."),
        }
    }
}
