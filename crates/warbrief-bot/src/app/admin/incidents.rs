//! Incidents by hand: `/addincident`, `/editincident`, `/deleteincident`.

use super::*;

impl Answerer {
    pub(super) async fn add_incident(&self, fields: &Fields, audit: AuditContext) -> Answer {
        let fields = match fields {
            Ok(fields) if !fields.is_empty() => fields,
            Ok(_) => return usage("addincident", "Give the incident's fields."),
            Err(problem) => return usage("addincident", problem),
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
            return usage("addincident", "Give region= or a place= that I know.");
        }
        let incident = match apply_incident_fields(blank, fields) {
            Ok(incident) => incident,
            Err(problem) => return usage("addincident", &problem),
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
            return usage("addincident", &problem);
        }
        let id = self.store.add_incident(&incident, audit.at).await?;
        let line = ingest::incident_line(&incident);
        self.record(audit, "add_incident", format!("incident {id}"), None, Some(line.clone())).await;
        let undated = incident.date.is_none() && incident.report_day.is_none();
        reply(render::admin::incident_added(id, &line, undated))
    }

    pub(super) async fn check_report_day(&self, incident: &Incident) -> Result<Option<String>, StoreError> {
        Ok(match incident.report_day {
            Some(day) if self.store.report(day).await?.is_none() => Some(format!("There is no report for day {day}.")),
            _ => None,
        })
    }

    pub(super) async fn edit_incident(&self, id: Option<i64>, fields: &Fields, audit: AuditContext) -> Answer {
        let Some(id) = id else { return usage("editincident", "Which incident? Give its number first.") };
        let fields = match fields {
            Ok(fields) if !fields.is_empty() => fields,
            Ok(_) => return usage("editincident", "Which fields should change?"),
            Err(problem) => return usage("editincident", problem),
        };
        let Some(stored) = self.store.incident(id).await? else {
            return reply(render::admin::no_incident(id));
        };
        let changed = match apply_incident_fields(stored.incident.clone(), fields) {
            Ok(changed) => changed,
            Err(problem) => return usage("editincident", &problem),
        };
        if let Some(problem) = self.check_report_day(&changed).await? {
            return usage("editincident", &problem);
        }
        self.store.update_incident(id, &changed).await?;
        let (before, after) = (ingest::incident_line(&stored.incident), ingest::incident_line(&changed));
        // The source stays with the incident; naming it tells the maintainer which post they corrected.
        let (before, after) = (with_source(before, &stored.source), with_source(after, &stored.source));
        self.record(audit, "edit_incident", format!("incident {id}"), Some(before.clone()), Some(after.clone())).await;
        reply(render::admin::incident_changed(id, &before, &after))
    }

    pub(super) async fn delete_incident(&self, id: Option<i64>, audit: AuditContext) -> Answer {
        let Some(id) = id else {
            return usage("deleteincident", "Give the incident's number, and nothing else.");
        };
        let Some(stored) = self.store.incident(id).await? else {
            return reply(render::admin::no_incident(id));
        };
        self.store.delete_incident(id).await?;
        let line = with_source(ingest::incident_line(&stored.incident), &stored.source);
        self.record(audit, "delete_incident", format!("incident {id}"), Some(line.clone()), None).await;
        reply(render::admin::incident_deleted(id, &line))
    }
}

fn parse_count(value: &str) -> Result<Count, String> {
    let (digits, at_least) = match value.strip_suffix('+') {
        Some(digits) => (digits, true),
        None => (value, false),
    };
    match digits.parse::<u32>() {
        Ok(n) if n <= 1_000_000 => Ok(Count { value: n, at_least }),
        _ => Err(format!("\"{}\" is not a count (a number such as 3, or 3+ for at least 3)", truncate(value, 20))),
    }
}

fn apply_incident_fields(mut incident: Incident, fields: &[(String, String)]) -> Result<Incident, String> {
    let mut region_given = false;
    for (key, value) in fields {
        match key.as_str() {
            "date" => {
                incident.date = match value.as_str() {
                    "unknown" | "-" => None,
                    date => Some(
                        NaiveDate::parse_from_str(date, "%Y-%m-%d")
                            .map_err(|_| format!("date \"{}\" is not YYYY-MM-DD", truncate(date, 20)))?,
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
                    _ => return Err(format!("I don't know the place \"{}\"; add region= too", truncate(&place, 40))),
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
                            .ok_or_else(|| format!("day \"{}\" is not a day number", truncate(day, 20)))?,
                    ),
                }
            }
            other => {
                return Err(format!(
                    "unknown field {other}= (known: date, region, place, killed, wounded, weapon, text, day)"
                ));
            }
        }
    }
    Ok(incident)
}

fn resolve_region(value: &str) -> Result<RegionCode, String> {
    if let Ok(code) = value.parse::<RegionCode>() {
        return Ok(code);
    }
    match gazetteer::lookup(value) {
        Lookup::Found(place) => Ok(place.region()),
        Lookup::DidYouMean(places) => Err(format!(
            "I don't know the region \"{}\"; did you mean {}?",
            truncate(value, 40),
            places.iter().map(|p| gazetteer::region_label(p.region())).collect::<Vec<_>>().join(" or ")
        )),
        Lookup::NotFound => Err(format!("I don't know the region \"{}\"", truncate(value, 40))),
    }
}

/// An incident line with the post it came from, if any: "… · from Kharkiv Regional Administration".
pub(super) fn with_source(line: String, source: &Option<warbrief_core::post::IncidentSource>) -> String {
    match source {
        Some(source) => format!("{line} · from {}", source.name),
        None => line,
    }
}
