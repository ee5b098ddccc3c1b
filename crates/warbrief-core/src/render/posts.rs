//! What maintainers read about forwarded posts and articles: the preview with its incidents, flags and
//! likely duplicates, what became of a post, and the confirmations of Add and Discard.

use chrono::NaiveDate;

use super::i18n::{Arg, t, t_args};
use super::{Action, Button, Reply, long_date, short_date, source_link};
use crate::extract::{ExtractedIncident, LARGE_FIGURE, ReviewFlag};
use crate::html::{MESSAGE_LIMIT, escape, fit_lines, truncate, utf16_len};
use crate::parse::DateSource;
use crate::post::{IncidentSource, PostStatus};
use crate::{Incident, Lang, RegionCode, gazetteer};

/// Incidents listed in a post preview before "… and N more".
const PREVIEW_INCIDENTS: usize = 15;
/// Characters of evidence the preview's lines share between them, and the most one line gets.
const EVIDENCE_BUDGET: usize = 2400;
const EVIDENCE_MAX: usize = 300;
const EVIDENCE_MIN: usize = 60;

/// One incident of a post with what the preview says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reviewed {
    pub extracted: ExtractedIncident,
    /// Stored incidents it likely repeats.
    pub duplicates: Vec<Duplicate>,
}

impl Reviewed {
    /// Neither flagged nor a likely duplicate: what Add adds.
    pub fn clean(&self) -> bool {
        self.extracted.flags.is_empty() && self.duplicates.is_empty()
    }
}

/// A stored incident a new one likely repeats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub id: i64,
    pub incident: Incident,
    /// The post or article it was read from; `None` for a daily report's incident or one entered by hand.
    pub source: Option<IncidentSource>,
}

/// Where a previewed post is from and how it is dated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PreviewOrigin {
    /// Forwarded from a channel or a person; `false` for an article sent with /addreport.
    pub forwarded: bool,
    pub date: NaiveDate,
    pub date_source: DateSource,
}

/// Why a preview is shown again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Again {
    /// The post was discarded before and is pending anew.
    AfterDiscard,
    /// The post is still waiting in its preview.
    InPreview,
}

/// The preview of post `id`: source, date and where it came from, one line per incident with its evidence,
/// flags and likely duplicates, and the buttons. `again` says why it is shown again.
pub fn preview(
    lang: Lang,
    id: i64,
    source: &IncidentSource,
    origin: PreviewOrigin,
    reviewed: &[Reviewed],
    again: Option<Again>,
) -> Reply {
    let link = || Arg::html(one_line_link(source));
    let mut html = if origin.forwarded {
        t_args(lang, "post-preview-forwarded", &[("source", link())])
    } else {
        t_args(lang, "post-preview-article", &[("source", link())])
    };
    html.push('\n');
    html.push_str(&t_args(lang, date_key(&origin), &[("date", Arg::html(long_date(lang, origin.date)))]));
    if let Some(again) = again {
        let key = match again {
            Again::AfterDiscard => "post-shown-again-after-discard",
            Again::InPreview => "post-shown-again-in-preview",
        };
        html.push_str(&format!("\n<i>{}</i>", t(lang, key)));
    }
    html.push_str("\n\n");
    html.push_str(&t_args(lang, "post-incidents-found", &[("count", count(reviewed.len()))]));
    let shown = reviewed.len().min(PREVIEW_INCIDENTS);
    let evidence_chars = (EVIDENCE_BUDGET / shown.max(1)).clamp(EVIDENCE_MIN, EVIDENCE_MAX);
    for (number, item) in reviewed.iter().take(PREVIEW_INCIDENTS).enumerate() {
        html.push_str(&format!("\n\n<b>{}.</b> {}", number + 1, incident_summary(lang, &item.extracted.incident)));
        let evidence = item.extracted.evidence.split_whitespace().collect::<Vec<_>>().join(" ");
        html.push_str(&format!("\n<i>{}</i>", escape(&truncate(&evidence, evidence_chars))));
        for flag in &item.extracted.flags {
            html.push_str(&format!("\n⚠ {}", flag_words(lang, *flag)));
        }
        for duplicate in item.duplicates.iter().take(2) {
            html.push_str(&format!("\n⚠ {}", duplicate_words(lang, duplicate)));
        }
    }
    if reviewed.len() > PREVIEW_INCIDENTS {
        html.push_str("\n\n");
        html.push_str(&t_args(lang, "post-preview-more", &[("count", count(reviewed.len() - PREVIEW_INCIDENTS))]));
    }
    let clean = reviewed.iter().filter(|reviewed| reviewed.clean()).count();
    let doubtful = reviewed.len() - clean;
    let mut buttons = Vec::new();
    let footer = if doubtful == 0 {
        buttons.push(Button::new(t(lang, "post-button-add"), Action::AddPost(id)));
        t_args(lang, "post-add-adds-all", &[("count", count(clean))])
    } else if clean > 0 {
        buttons.push(Button::new(t(lang, "post-button-add"), Action::AddPost(id)));
        t_args(lang, "post-add-adds-clean", &[("clean", count(clean)), ("total", count(reviewed.len()))])
    } else {
        t_args(lang, "post-add-all-adds-all", &[("total", count(reviewed.len()))])
    };
    if doubtful > 0 {
        buttons.push(Button::new(t(lang, "post-button-add-all"), Action::AddAllPost(id)));
    }
    buttons.push(Button::new(t(lang, "post-button-discard"), Action::DiscardPost(id)));
    // The footer says what the buttons do, so it is kept whole: the incident lines give way.
    let footer_room = utf16_len(&footer) + 2;
    let mut html = fit_lines(html, MESSAGE_LIMIT - footer_room);
    html.push_str("\n\n");
    html.push_str(&footer);
    Reply::text(html).with_buttons(vec![buttons])
}

/// How the preview says where the date came from.
fn date_key(origin: &PreviewOrigin) -> &'static str {
    match origin.date_source {
        DateSource::Title => "post-dated-from-title",
        DateSource::Dateline => "post-dated-from-dateline",
        DateSource::DayNumber => "post-dated-from-day-number",
        DateSource::Given if origin.forwarded => "post-dated-from-forwarded-date",
        DateSource::Given => "post-dated-from-sending-day",
    }
}

/// A number argument: a count, which also chooses the plural form.
fn count(n: usize) -> Arg {
    Arg::number(n as f64)
}

/// A region's name in `lang`.
pub(super) fn region_name(lang: Lang, region: RegionCode) -> &'static str {
    match lang {
        Lang::En => gazetteer::region_name(region),
        Lang::Uk => gazetteer::region_name_uk(region),
    }
}

/// "Kupiansk, Kharkiv · 2 Mar 2023 · 2 killed, 5 wounded · artillery"; HTML.
fn incident_summary(lang: Lang, incident: &Incident) -> String {
    let region = region_name(lang, incident.region);
    let place = match &incident.place {
        Some(place) => format!("{place}, {region}"),
        None => region.to_owned(),
    };
    let date = incident.date.map_or_else(|| t(lang, "post-date-unknown"), |date| short_date(lang, date));
    let mut line = t_args(
        lang,
        "post-incident-summary",
        &[
            ("place", Arg::text(&place)),
            ("date", Arg::html(date)),
            ("killed", Arg::text(&incident.killed.to_string())),
            ("wounded", Arg::text(&incident.wounded.to_string())),
        ],
    );
    if let Some(weapon) = &incident.weapon {
        line.push_str(&format!(" · {}", escape(weapon)));
    }
    line
}

/// What a review flag asks the maintainer to check; HTML.
fn flag_words(lang: Lang, flag: ReviewFlag) -> String {
    match flag {
        ReviewFlag::LargeFigure => t_args(lang, "post-flag-large-figure", &[("limit", Arg::number(LARGE_FIGURE))]),
    }
}

/// "likely duplicate of #12 (…)", with where the stored incident came from; HTML.
fn duplicate_words(lang: Lang, stored: &Duplicate) -> String {
    let from = match (&stored.source, stored.incident.report_day) {
        (Some(source), _) => one_line_link(source),
        (None, Some(day)) => t_args(lang, "post-duplicate-from-report", &[("day", Arg::text(&day.to_string()))]),
        (None, None) => t(lang, "post-duplicate-entered-by-hand"),
    };
    let place = stored.incident.place.as_deref().map(|place| format!("{place}, ")).unwrap_or_default();
    t_args(
        lang,
        "post-likely-duplicate",
        &[
            ("id", Arg::text(&stored.id.to_string())),
            ("place", Arg::text(&place)),
            ("killed", Arg::text(&stored.incident.killed.to_string())),
            ("wounded", Arg::text(&stored.incident.wounded.to_string())),
            ("from", Arg::html(from)),
        ],
    )
}

/// [`source_link`] on one line, as a source's name always is: the preview is cut between lines, and a line
/// break inside the link would leave it open.
fn one_line_link(source: &IncidentSource) -> String {
    source_link(&IncidentSource { name: source.name.replace('\n', " "), url: source.url.clone() })
}

/// What became of a post that is not pending: added on `updated` with `incidents_added`, or discarded.
pub fn status(lang: Lang, status: PostStatus, updated: NaiveDate, incidents_added: u32) -> Reply {
    Reply::text(match status {
        PostStatus::Added => t_args(
            lang,
            "post-already-added",
            &[("date", Arg::html(short_date(lang, updated))), ("count", Arg::number(incidents_added))],
        ),
        PostStatus::Discarded => t(lang, "post-was-discarded"),
        PostStatus::Pending => t(lang, "post-waiting-in-preview"),
    })
}

/// The text could not be taken at all (empty, binary, too large); `error` is plain text.
pub fn unusable(lang: Lang, error: &str) -> Reply {
    Reply::text(t_args(lang, "post-unusable", &[("error", Arg::text(error))]))
}

/// The text did not parse; `error` is plain text.
pub fn unreadable(lang: Lang, error: &str) -> Reply {
    Reply::text(t_args(lang, "post-unreadable", &[("error", Arg::text(error))]))
}

/// A post (`forwarded`) or an article without incidents: nothing was stored.
pub fn no_incidents(lang: Lang, forwarded: bool) -> Reply {
    Reply::text(t(lang, if forwarded { "post-no-incidents-in-post" } else { "post-no-incidents-in-article" }))
}

pub fn gone(lang: Lang) -> Reply {
    Reply::text(t(lang, "post-gone"))
}

pub fn no_longer_reads(lang: Lang) -> Reply {
    Reply::text(t(lang, "post-no-longer-reads"))
}

/// Add or Add all pressed: the new incidents' `ids`, of `total` in the post, and the region alerts queued.
pub fn added(lang: Lang, source: &IncidentSource, ids: &[i64], total: usize, alerts: u64) -> Reply {
    let numbers = if ids.is_empty() {
        String::new()
    } else {
        format!(" (#{})", ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", #"))
    };
    let mut html = t_args(
        lang,
        "post-added",
        &[("count", count(ids.len())), ("source", Arg::html(source_link(source))), ("ids", Arg::html(numbers))],
    );
    if ids.len() < total {
        html.push(' ');
        html.push_str(&t_args(lang, "post-left-out", &[("count", count(total - ids.len()))]));
    }
    if !ids.is_empty() {
        html.push(' ');
        html.push_str(&t_args(lang, "post-added-show-in-region", &[("count", count(ids.len()))]));
    }
    if alerts > 0 {
        html.push(' ');
        html.push_str(&t_args(lang, "post-alerts-queued", &[("count", Arg::number(alerts as f64))]));
    }
    Reply::text(html)
}

/// Discard pressed; `source` when the post is still stored.
pub fn discarded(lang: Lang, source: Option<&IncidentSource>) -> Reply {
    Reply::text(match source {
        Some(source) => t_args(lang, "post-discarded-from", &[("source", Arg::html(source_link(source)))]),
        None => t(lang, "post-discarded"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Count;
    use crate::extract::ReviewFlag;

    fn kupiansk(killed: u32) -> Reviewed {
        Reviewed {
            extracted: ExtractedIncident {
                incident: Incident {
                    date: NaiveDate::from_ymd_opt(2023, 3, 2),
                    region: RegionCode::Kharkiv,
                    place: Some("Kupiansk".into()),
                    killed: Count::exactly(killed),
                    wounded: Count::at_least(5),
                    weapon: Some("artillery".into()),
                    description: String::new(),
                    report_day: None,
                },
                evidence: "Two residents were killed and five wounded.".into(),
                flags: if killed > LARGE_FIGURE { vec![ReviewFlag::LargeFigure] } else { vec![] },
            },
            duplicates: vec![],
        }
    }

    fn origin() -> PreviewOrigin {
        PreviewOrigin {
            forwarded: true,
            date: NaiveDate::from_ymd_opt(2023, 3, 2).unwrap(),
            date_source: DateSource::Title,
        }
    }

    fn source() -> IncidentSource {
        IncidentSource { name: "Харківська ОВА".into(), url: None }
    }

    #[test]
    fn a_post_preview_in_ukrainian() {
        let reply = preview(Lang::Uk, 7, &source(), origin(), &[kupiansk(2)], Some(Again::InPreview));
        let expected = format!(
            "<b>Пересланий допис</b> від {}\nДата четвер, 2 березня 2023 р. — із заголовка.\n<i>Цей допис уже в \
             попередньому перегляді; ось він знову.</i>\n\nЗнайдено 1 інцидент:\n\n<b>1.</b> Kupiansk, Харківська \
             область · 2 бер. 2023 · загиблі: 2, поранені: 5+ · artillery\n<i>Two residents were killed and five \
             wounded.</i>\n\n<b>Додати</b> додасть його.",
            source_link(&source())
        );
        assert_eq!(reply.html, expected);
        let labels: Vec<&str> = reply.buttons.iter().flatten().map(|button| button.label.as_str()).collect();
        assert_eq!(labels, ["Додати", "Відхилити"]);

        let flagged = preview(Lang::Uk, 7, &source(), origin(), &[kupiansk(200)], None);
        assert!(flagged.html.contains("\n⚠ понад 150 постраждалих від одного удару"), "{}", flagged.html);
        assert!(flagged.html.ends_with("\n\n<b>Додати всі</b> додасть усі 1."), "{}", flagged.html);
        let labels: Vec<&str> = flagged.buttons.iter().flatten().map(|button| button.label.as_str()).collect();
        assert_eq!(labels, ["Додати всі", "Відхилити"]);
    }

    /// One flagged incident and `clean` others: the footer counts the others in Ukrainian's plural forms.
    #[test]
    fn ukrainian_footers_count_incidents_in_their_plural_forms() {
        for (clean, words) in
            [(1, "1 інцидент"), (2, "2 інциденти"), (5, "5 інцидентів"), (11, "11 інцидентів"), (21, "21 інцидент")]
        {
            let mut reviewed = vec![kupiansk(200)];
            reviewed.extend((0..clean).map(|_| kupiansk(2)));
            let html = preview(Lang::Uk, 7, &source(), origin(), &reviewed, None).html;
            let footer = format!(
                "\n\n<b>Додати</b> додасть {words} (без позначених ⚠); <b>Додати всі</b> додасть усі {}.",
                clean + 1
            );
            assert!(html.ends_with(&footer), "{clean}: {html}");
            let english = preview(Lang::En, 7, &source(), origin(), &reviewed, None).html;
            let plural = if clean == 1 { "" } else { "s" };
            assert!(english.ends_with(&format!(
                "<b>Add</b> adds {clean} incident{plural} (not the ⚠ ones); <b>Add all</b> adds all {}.",
                clean + 1
            )));
        }
        for (count, words) in [(2, "2 інциденти"), (5, "5 інцидентів"), (11, "11 інцидентів"), (21, "21 інцидент")]
        {
            let reviewed: Vec<Reviewed> = (0..count).map(|_| kupiansk(2)).collect();
            let html = preview(Lang::Uk, 7, &source(), origin(), &reviewed, None).html;
            assert!(html.contains(&format!("\n\nЗнайдено {words}:")), "{html}");
            assert!(html.ends_with(&format!("\n\n<b>Додати</b> додасть усі {words}.")), "{html}");
        }
    }
}
