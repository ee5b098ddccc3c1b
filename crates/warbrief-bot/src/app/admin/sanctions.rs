//! The sanctions timeline by hand: `/addsanction`, `/editsanction`, `/deletesanction`.

use super::*;

impl Answerer {
    pub(super) async fn add_sanction(&self, fields: &Fields, audit: AuditContext) -> Answer {
        let lang = audit.lang;
        let fields = match fields {
            Ok(fields) => fields,
            Err(problem) => return usage(lang, "addsanction", problem.clone()),
        };
        for required in ["date", "authority", "title", "status", "summary"] {
            if !fields.iter().any(|(key, _)| key == required) {
                return usage(lang, "addsanction", Problem::FieldMissing(required));
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
            Err(problem) => return usage(lang, "addsanction", problem),
        };
        let id = self.store.add_sanctions_entry(&entry, audit.at).await?;
        let line = sanction_line(&entry);
        self.record(audit, "add_sanction", format!("sanction {id}"), None, Some(line)).await;
        reply(render::admin::sanction_added(lang, id, &entry))
    }

    pub(super) async fn edit_sanction(&self, id: Option<i64>, fields: &Fields, audit: AuditContext) -> Answer {
        let lang = audit.lang;
        let Some(id) = id else { return usage(lang, "editsanction", Problem::WhichEntry) };
        let fields = match fields {
            Ok(fields) if !fields.is_empty() => fields,
            Ok(_) => return usage(lang, "editsanction", Problem::WhichFields),
            Err(problem) => return usage(lang, "editsanction", problem.clone()),
        };
        let Some(entry) = self.store.sanctions_entry(id).await? else {
            return reply(render::admin::no_sanction(lang, id));
        };
        let changed = match apply_sanction_fields(entry.clone(), fields) {
            Ok(changed) => changed,
            Err(problem) => return usage(lang, "editsanction", problem),
        };
        self.store.update_sanctions_entry(id, &changed).await?;
        let (before, after) = (sanction_line(&entry), sanction_line(&changed));
        self.record(audit, "edit_sanction", format!("sanction {id}"), Some(before), Some(after)).await;
        reply(render::admin::sanction_changed(lang, id, &entry, &changed))
    }

    pub(super) async fn delete_sanction(&self, id: Option<i64>, audit: AuditContext) -> Answer {
        let lang = audit.lang;
        let Some(id) = id else {
            return usage(lang, "deletesanction", Problem::EntryNumberOnly);
        };
        let Some(entry) = self.store.sanctions_entry(id).await? else {
            return reply(render::admin::no_sanction(lang, id));
        };
        self.store.delete_sanctions_entry(id).await?;
        let line = sanction_line(&entry);
        self.record(audit, "delete_sanction", format!("sanction {id}"), Some(line), None).await;
        reply(render::admin::sanction_deleted(lang, id, &entry))
    }
}

fn apply_sanction_fields(mut entry: SanctionsEntry, fields: &[(String, String)]) -> Result<SanctionsEntry, Problem> {
    for (key, value) in fields {
        match key.as_str() {
            "date" => {
                entry.date =
                    NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| Problem::NotADate(value.to_owned()))?
            }
            "authority" => {
                entry.authority =
                    value.parse().map_err(|_: warbrief_core::UnknownAuthority| Problem::UnknownAuthority)?
            }
            "status" => {
                entry.status =
                    value.parse().map_err(|_: warbrief_core::UnknownSanctionStatus| Problem::UnknownSanctionStatus)?
            }
            "title" => {
                entry.title = optional_text(value, 120, "title")?.ok_or(Problem::Empty("title"))?;
            }
            "summary" => {
                entry.summary = optional_text(value, 600, "summary")?.ok_or(Problem::Empty("summary"))?;
            }
            "url" => {
                entry.source_url = match optional_text(value, 500, "url")? {
                    None => None,
                    Some(url) => Some(
                        url::Url::parse(&url)
                            .ok()
                            .filter(|url| matches!(url.scheme(), "http" | "https"))
                            .ok_or_else(|| Problem::NotAUrl(url.clone()))?,
                    ),
                };
            }
            other => return Err(Problem::UnknownSanctionField(other.to_owned())),
        }
    }
    Ok(entry)
}

/// The entry as the audit log records it (plain English text).
fn sanction_line(entry: &SanctionsEntry) -> String {
    format!("{} · {} · {} ({})", entry.date, entry.authority, entry.title, entry.status)
}
