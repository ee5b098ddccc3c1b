//! Incidents by hand: `/addincident`, `/editincident`, `/deleteincident`.

use super::*;

impl Answerer {
    pub(super) async fn add_incident(&self, fields: &Fields, audit: AuditContext) -> Answer {
        let fields = match fields {
            Ok(fields) if !fields.is_empty() => fields,
            Ok(_) => return usage(audit.lang, "addincident", Problem::GiveIncidentFields),
            Err(problem) => return usage(audit.lang, "addincident", problem.clone()),
        };
        let blank = Incident {
            date: None,
            region: RegionCode::KyivCity,
            place: None,
            killed: Count::ZERO,
            wounded: Count::ZERO,
            weapon: None,
            description: String::new(),
            report_day: None,
        };
        let has_region = fields.iter().any(|(key, _)| key == "region" || key == "place");
        if !has_region {
            return usage(audit.lang, "addincident", Problem::GiveRegionOrKnownPlace);
        }
        let incident = match apply_incident_fields(blank, fields) {
            Ok(incident) => incident,
            Err(problem) => return usage(audit.lang, "addincident", problem),
        };
        let incident = Incident {
            description: if incident.description.is_empty() {
                "Added by hand.".to_owned()
            } else {
                incident.description
            },
            ..incident
        };
        if let Some(problem) = self.check_report_day(&incident).await? {
            return usage(audit.lang, "addincident", problem);
        }
        let id = self.store.add_incident(&incident, audit.at).await?;
        let line = ingest::incident_line(&incident);
        self.record(audit, "add_incident", format!("incident {id}"), None, Some(line)).await;
        reply(render::admin::incident_added(audit.lang, id, &incident))
    }

    pub(super) async fn check_report_day(&self, incident: &Incident) -> Result<Option<Problem>, StoreError> {
        Ok(match incident.report_day {
            Some(day) if self.store.report(day).await?.is_none() => Some(Problem::NoReportForDay(day)),
            _ => None,
        })
    }

    pub(super) async fn edit_incident(&self, id: Option<i64>, fields: &Fields, audit: AuditContext) -> Answer {
        let lang = audit.lang;
        let Some(id) = id else { return usage(lang, "editincident", Problem::WhichIncident) };
        let fields = match fields {
            Ok(fields) if !fields.is_empty() => fields,
            Ok(_) => return usage(lang, "editincident", Problem::WhichFields),
            Err(problem) => return usage(lang, "editincident", problem.clone()),
        };
        let Some(stored) = self.store.incident(id).await? else {
            return reply(render::admin::no_incident(lang, id));
        };
        let changed = match apply_incident_fields(stored.incident.clone(), fields) {
            Ok(changed) => changed,
            Err(problem) => return usage(lang, "editincident", problem),
        };
        if let Some(problem) = self.check_report_day(&changed).await? {
            return usage(lang, "editincident", problem);
        }
        self.store.update_incident(id, &changed).await?;
        let (before, after) = (ingest::incident_line(&stored.incident), ingest::incident_line(&changed));
        // The source stays with the incident; naming it tells the maintainer which post they corrected.
        let (before, after) = (with_source(before, &stored.source), with_source(after, &stored.source));
        self.record(audit, "edit_incident", format!("incident {id}"), Some(before), Some(after)).await;
        let source = stored.source.as_ref().map(|source| source.name.as_str());
        reply(render::admin::incident_changed(lang, id, &stored.incident, &changed, source))
    }

    pub(super) async fn delete_incident(&self, id: Option<i64>, audit: AuditContext) -> Answer {
        let lang = audit.lang;
        let Some(id) = id else {
            return usage(lang, "deleteincident", Problem::IncidentNumberOnly);
        };
        let Some(stored) = self.store.incident(id).await? else {
            return reply(render::admin::no_incident(lang, id));
        };
        self.store.delete_incident(id).await?;
        let line = with_source(ingest::incident_line(&stored.incident), &stored.source);
        self.record(audit, "delete_incident", format!("incident {id}"), Some(line), None).await;
        let source = stored.source.as_ref().map(|source| source.name.as_str());
        reply(render::admin::incident_deleted(lang, id, &stored.incident, source))
    }
}

fn parse_count(value: &str) -> Result<Count, Problem> {
    let (digits, at_least) = match value.strip_suffix('+') {
        Some(digits) => (digits, true),
        None => (value, false),
    };
    match digits.parse::<u32>() {
        Ok(n) if n <= 1_000_000 => Ok(Count { value: n, at_least }),
        _ => Err(Problem::NotACount(value.to_owned())),
    }
}

fn apply_incident_fields(mut incident: Incident, fields: &[(String, String)]) -> Result<Incident, Problem> {
    let mut region_given = false;
    for (key, value) in fields {
        match key.as_str() {
            "date" => {
                incident.date = match value.as_str() {
                    "unknown" | "-" => None,
                    date => Some(
                        NaiveDate::parse_from_str(date, "%Y-%m-%d").map_err(|_| Problem::NotADate(date.to_owned()))?,
                    ),
                }
            }
            "region" => {
                incident.region = resolve_region(value)?;
                region_given = true;
            }
            "place" => match optional_text(value, 80, "place")? {
                None => incident.place = None,
                Some(place) => match gazetteer::lookup(&place) {
                    Lookup::Found(found) => {
                        incident.place = Some(found.name().to_owned());
                        if !region_given {
                            incident.region = found.region();
                        }
                    }
                    // A village the gazetteer lacks is fine, as long as region= says where it is.
                    _ if fields.iter().any(|(key, _)| key == "region") => incident.place = Some(place),
                    _ => return Err(Problem::UnknownPlace(place)),
                },
            },
            "killed" => incident.killed = parse_count(value)?,
            "wounded" => incident.wounded = parse_count(value)?,
            "weapon" => incident.weapon = optional_text(value, 80, "weapon")?,
            "text" | "description" => {
                incident.description = optional_text(value, 1000, "text")?.unwrap_or_default();
            }
            "day" => {
                incident.report_day = match value.as_str() {
                    "-" | "none" => None,
                    day => Some(
                        day.parse::<u32>()
                            .ok()
                            .and_then(|n| DayNumber::new(n).ok())
                            .ok_or_else(|| Problem::NotADayNumber(day.to_owned()))?,
                    ),
                }
            }
            other => return Err(Problem::UnknownIncidentField(other.to_owned())),
        }
    }
    Ok(incident)
}

fn resolve_region(value: &str) -> Result<RegionCode, Problem> {
    if let Ok(code) = value.parse::<RegionCode>() {
        return Ok(code);
    }
    match gazetteer::lookup(value) {
        Lookup::Found(place) => Ok(place.region()),
        Lookup::DidYouMean(places) => {
            Err(Problem::RegionDidYouMean(value.to_owned(), places.iter().map(|place| place.region()).collect()))
        }
        Lookup::NotFound => Err(Problem::UnknownRegion(value.to_owned())),
    }
}

/// An incident line with the post it came from, if any: "… · from Kharkiv Regional Administration".
pub(super) fn with_source(line: String, source: &Option<warbrief_core::post::IncidentSource>) -> String {
    match source {
        Some(source) => format!("{line} · from {}", source.name),
        None => line,
    }
}
