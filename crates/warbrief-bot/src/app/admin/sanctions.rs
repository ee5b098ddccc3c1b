//! The sanctions timeline by hand: `/addsanction`, `/editsanction`, `/deletesanction`.

use super::*;

impl Answerer {
    pub(super) async fn add_sanction(&self, fields: &Fields, audit: AuditContext) -> Answer {
        let fields = match fields {
            Ok(fields) => fields,
            Err(problem) => return usage("addsanction", problem),
        };
        for required in ["date", "authority", "title", "status", "summary"] {
            if !fields.iter().any(|(key, _)| key == required) {
                return usage("addsanction", &format!("{required}= is missing."));
            }
        }
        let blank = SanctionsEntry {
            date: NaiveDate::MIN,
            authority: Authority::Other,
            title: String::new(),
            status: SanctionStatus::Proposed,
            summary: String::new(),
            source_url: None,
        };
        let entry = match apply_sanction_fields(blank, fields) {
            Ok(entry) => entry,
            Err(problem) => return usage("addsanction", &problem),
        };
        let id = self.store.add_sanctions_entry(&entry, audit.at).await?;
        let line = sanction_line(&entry);
        self.record(audit, "add_sanction", format!("sanction {id}"), None, Some(line.clone())).await;
        reply(render::admin::sanction_added(id, &line))
    }

    pub(super) async fn edit_sanction(&self, id: Option<i64>, fields: &Fields, audit: AuditContext) -> Answer {
        let Some(id) = id else { return usage("editsanction", "Which entry? Give its number first.") };
        let fields = match fields {
            Ok(fields) if !fields.is_empty() => fields,
            Ok(_) => return usage("editsanction", "Which fields should change?"),
            Err(problem) => return usage("editsanction", problem),
        };
        let Some(entry) = self.store.sanctions_entry(id).await? else {
            return reply(render::admin::no_sanction(id));
        };
        let changed = match apply_sanction_fields(entry.clone(), fields) {
            Ok(changed) => changed,
            Err(problem) => return usage("editsanction", &problem),
        };
        self.store.update_sanctions_entry(id, &changed).await?;
        let (before, after) = (sanction_line(&entry), sanction_line(&changed));
        self.record(audit, "edit_sanction", format!("sanction {id}"), Some(before.clone()), Some(after.clone())).await;
        reply(render::admin::sanction_changed(id, &before, &after))
    }

    pub(super) async fn delete_sanction(&self, id: Option<i64>, audit: AuditContext) -> Answer {
        let Some(id) = id else {
            return usage("deletesanction", "Give the entry's number, and nothing else.");
        };
        let Some(entry) = self.store.sanctions_entry(id).await? else {
            return reply(render::admin::no_sanction(id));
        };
        self.store.delete_sanctions_entry(id).await?;
        let line = sanction_line(&entry);
        self.record(audit, "delete_sanction", format!("sanction {id}"), Some(line.clone()), None).await;
        reply(render::admin::sanction_deleted(id, &line))
    }
}

fn apply_sanction_fields(mut entry: SanctionsEntry, fields: &[(String, String)]) -> Result<SanctionsEntry, String> {
    for (key, value) in fields {
        match key.as_str() {
            "date" => {
                entry.date = NaiveDate::parse_from_str(value, "%Y-%m-%d")
                    .map_err(|_| format!("date \"{}\" is not YYYY-MM-DD", truncate(value, 20)))?
            }
            "authority" => {
                entry.authority = value.parse().map_err(|e: warbrief_core::UnknownAuthority| e.to_string())?
            }
            "status" => {
                entry.status = value.parse().map_err(|e: warbrief_core::UnknownSanctionStatus| e.to_string())?
            }
            "title" => {
                entry.title = optional_text(value, 120, "title")?.ok_or("title can't be empty")?;
            }
            "summary" => {
                entry.summary = optional_text(value, 600, "summary")?.ok_or("summary can't be empty")?;
            }
            "url" => {
                entry.source_url = match optional_text(value, 500, "url")? {
                    None => None,
                    Some(url) => Some(
                        url::Url::parse(&url)
                            .ok()
                            .filter(|url| matches!(url.scheme(), "http" | "https"))
                            .ok_or_else(|| format!("\"{}\" is not an http(s) URL", truncate(&url, 40)))?,
                    ),
                };
            }
            other => {
                return Err(format!("unknown field {other}= (known: date, authority, title, status, summary, url)"));
            }
        }
    }
    Ok(entry)
}

fn sanction_line(entry: &SanctionsEntry) -> String {
    format!("{} · {} · {} ({})", entry.date, entry.authority, entry.title, entry.status)
}
