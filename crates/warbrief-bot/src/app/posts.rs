//! Forwarded posts and articles: read, previewed with their incidents, then added or discarded by a
//! maintainer. A post is never a day's report (a "Day N" text forwarded goes the /addreport way), and a post
//! key is added at most once (see `warbrief_storage::posts`).
//!
//! The preview is computed again from the stored text and date when Add is pressed, so what is added is
//! what the extractor reads then; incidents that became likely duplicates in between (the same news
//! forwarded from another channel and added first) are left out by Add, too.

use chrono::{DateTime, NaiveDate, Utc};
use warbrief_core::Incident;
use warbrief_core::extract::ExtractedIncident;
use warbrief_core::html::truncate;
use warbrief_core::parse::{ParseError, TextKind};
use warbrief_core::post::{IncidentSource, PostKey, PostStatus};
// What the tests below use of the renderer's.
use warbrief_core::Lang;
use warbrief_core::render::posts::{Again, Duplicate, PreviewOrigin, Reviewed};
use warbrief_core::render::{self, Reply};
#[cfg(test)]
use warbrief_core::render::{Action, admin::maintainers_only_text};
use warbrief_storage::{AddedPost, NewPost, PostUpdate, SavedPost, StoreError, StoredPost};

use crate::app::admin::{Answer, AuditContext, plural, reply};
use crate::app::ingest::{self, Ingested};
use crate::app::{Answerer, Caller, Role};

/// Longest source name kept (a channel title is at most 128 characters; an article's title may be long).
const SOURCE_NAME_CHARS: usize = 100;

/// A post as the transport hands it over: where it is from, its text, and when it was first published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncomingPost {
    pub origin: PostOrigin,
    pub text: String,
    /// The forwarded post's original date, or when the message was sent; its date in `WARBRIEF_TIMEZONE`
    /// dates the text when the text says nothing.
    pub date: DateTime<Utc>,
}

/// Where a post is from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PostOrigin {
    /// A channel's post, which Telegram identifies by the channel's chat id and the message id.
    Channel { chat_id: i64, title: String, username: Option<String>, message_id: i32 },
    /// Forwarded from a person (shown or hidden) or a group: a name, and no stable identity.
    Named(String),
    /// An article's text sent with /addreport.
    Pasted,
}

/// Which incidents a press adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    /// Those neither flagged nor likely duplicates.
    Clean,
    All,
}

impl IncomingPost {
    fn key(&self) -> PostKey {
        match &self.origin {
            PostOrigin::Channel { chat_id, message_id, .. } => PostKey::channel(*chat_id, *message_id),
            PostOrigin::Named(_) | PostOrigin::Pasted => PostKey::of_text(&self.text),
        }
    }

    fn source(&self, title: &str) -> IncidentSource {
        let (name, url) = match &self.origin {
            PostOrigin::Channel { title, username, message_id, .. } => {
                let name = match (title.trim(), username) {
                    ("", Some(username)) => format!("@{username}"),
                    ("", None) => "a channel".to_owned(),
                    (title, _) => title.to_owned(),
                };
                let url = username.as_deref().and_then(|name| IncidentSource::channel_post_url(name, *message_id));
                (name, url)
            }
            PostOrigin::Named(name) if !name.trim().is_empty() => (name.trim().to_owned(), None),
            PostOrigin::Named(_) => ("a forwarded message".to_owned(), None),
            PostOrigin::Pasted => (title.trim().to_owned(), None),
        };
        IncidentSource { name: truncate(&name, SOURCE_NAME_CHARS), url }
    }

    fn forwarded(&self) -> bool {
        !matches!(self.origin, PostOrigin::Pasted)
    }
}

impl Answerer {
    /// A message forwarded to the bot in a private chat. Maintainers get a daily report's draft preview or
    /// a post's preview; everyone else the refusal, logged, with nothing stored.
    pub async fn forwarded_post(&self, caller: Caller, post: IncomingPost, now: DateTime<Utc>) -> Vec<Reply> {
        let lang = self.language(caller).await;
        crate::app::apologise_on_error(self.forwarded_inner(caller, post, now, lang).await, lang)
    }

    async fn forwarded_inner(&self, caller: Caller, post: IncomingPost, now: DateTime<Utc>, lang: Lang) -> Answer {
        if self.role(caller).await? < Role::Admin {
            tracing::warn!(?caller, origin = ?post.origin, "forwarded post refused");
            return reply(render::admin::maintainers_only(lang));
        }
        let audit = AuditContext { actor: caller.user_id(), at: now, lang };
        let text = match ingest::report_text(post.text.into_bytes()) {
            Ok(text) => text,
            Err(error) => return reply(render::posts::unusable(lang, &error.to_string())),
        };
        let ingested = match ingest::ingest(&text, Some(self.today_date(post.date))) {
            Ok(ingested) => ingested,
            Err(error) => return reply(render::posts::unreadable(lang, &error.to_string())),
        };
        if ingested.parsed.kind == TextKind::DailyReport {
            // A daily report forwarded from a channel is still a daily report.
            return self.add_report(&text, caller, audit).await;
        }
        let title = ingested.parsed.report.title;
        self.preview_post(IncomingPost { text, ..post }, &title, audit).await
    }

    /// Saves a post as pending and shows its preview; or says what became of it if it is known. `title` is
    /// the text's first line, an article's source name.
    pub(crate) async fn preview_post(&self, post: IncomingPost, title: &str, audit: AuditContext) -> Answer {
        let lang = audit.lang;
        let fallback = self.today_date(post.date);
        let ingested = match read_post(&post.text, fallback) {
            Ok(ingested) => ingested,
            Err(error) => return reply(render::posts::unreadable(lang, &error.to_string())),
        };
        let date = ingested.parsed.report.date();
        let source = post.source(title);
        if ingested.incidents.is_empty() {
            return reply(render::posts::no_incidents(lang, post.forwarded()));
        }
        let key = post.key();
        let new = NewPost { key: &key, source: &source, text: &post.text, date: fallback, submitted_by: audit.actor };
        // A pending post shown again changed nothing, so it writes no audit entry.
        let (id, again, changed) = match self.store.save_post(new, audit.at).await? {
            SavedPost::New(id) => (id, None, true),
            SavedPost::Reopened(id) => (id, Some(Again::AfterDiscard), true),
            SavedPost::Known(known) if known.status == PostStatus::Pending => (known.id, Some(Again::InPreview), false),
            SavedPost::Known(known) => return reply(status(lang, &known)),
        };
        if changed {
            let summary =
                format!("pending: {} ({}), key {key}", source.name, plural(ingested.incidents.len(), "incident"));
            self.record(audit, "preview_post", format!("post {id}"), None, Some(summary)).await;
        }
        let reviewed = self.review(ingested.incidents).await?;
        let origin = PreviewOrigin { forwarded: post.forwarded(), date, date_source: ingested.parsed.date_source };
        reply(render::posts::preview(lang, id, &source, origin, &reviewed, again))
    }

    async fn review(&self, incidents: Vec<ExtractedIncident>) -> Result<Vec<Reviewed>, StoreError> {
        let mut reviewed = Vec::with_capacity(incidents.len());
        for extracted in incidents {
            let duplicates = self.store.likely_duplicates(&extracted.incident).await?;
            let duplicates = duplicates
                .into_iter()
                .map(|stored| Duplicate { id: stored.id, incident: stored.incident, source: stored.source })
                .collect();
            reviewed.push(Reviewed { extracted, duplicates });
        }
        Ok(reviewed)
    }

    pub(crate) async fn add_post(&self, id: i64, selection: Selection, audit: AuditContext) -> Answer {
        let lang = audit.lang;
        let Some(post) = self.store.post(id).await? else {
            return reply(render::posts::gone(lang));
        };
        if post.status != PostStatus::Pending {
            return reply(status(lang, &post));
        }
        let incidents = match read_post(&post.text, post.date) {
            Ok(ingested) => ingested.incidents,
            Err(_) => return reply(render::posts::no_longer_reads(lang)),
        };
        let reviewed = self.review(incidents).await?;
        let total = reviewed.len();
        let chosen: Vec<Incident> = reviewed
            .into_iter()
            .filter(|reviewed| selection == Selection::All || reviewed.clean())
            .map(|reviewed| reviewed.extracted.incident)
            .collect();
        match self.store.add_post_incidents(id, &chosen, audit.at).await? {
            PostUpdate::Done(AddedPost { incidents: ids, alerts }) => {
                let lines: Vec<String> = chosen.iter().map(ingest::incident_line).collect();
                let after = format!("added {}: {}", plural(ids.len(), "incident"), lines.join("; "));
                self.record(audit, "add_post", format!("post {id}"), Some("pending".into()), Some(after)).await;
                reply(render::posts::added(lang, &post.source, &ids, total, alerts))
            }
            PostUpdate::NotPending(post) => reply(status(lang, &post)),
            PostUpdate::Missing => reply(render::posts::gone(lang)),
        }
    }

    pub(crate) async fn discard_post(&self, id: i64, audit: AuditContext) -> Answer {
        match self.store.discard_post(id, audit.at).await? {
            PostUpdate::Done(()) => {
                self.record(
                    audit,
                    "discard_post",
                    format!("post {id}"),
                    Some("pending".into()),
                    Some("discarded".into()),
                )
                .await;
                let post = self.store.post(id).await?;
                reply(render::posts::discarded(audit.lang, post.as_ref().map(|post| &post.source)))
            }
            PostUpdate::NotPending(post) => reply(status(audit.lang, &post)),
            PostUpdate::Missing => reply(render::posts::gone(audit.lang)),
        }
    }
}

/// The title a post is parsed under: no "Day N" and no date, so the whole text is body (a channel post is
/// often one paragraph, which would otherwise be taken for a title and read for nothing) and dates come
/// from the text's first lines or the post's date.
const POST_TITLE: &str = "Post";

/// Reads a post's (or article's) text for its incidents, dated `fallback` when its first lines give no date.
/// Deterministic, so the preview and Add read the same incidents.
///
/// An incident the text leaves undated takes the post's date, as a report's incidents count under its day:
/// a post's incidents belong to no report, and undated ones would otherwise fall outside every period.
fn read_post(text: &str, fallback: NaiveDate) -> Result<Ingested, ParseError> {
    let mut ingested = ingest::ingest(&format!("{POST_TITLE}\n\n{text}"), Some(fallback))?;
    let post_date = ingested.parsed.report.date();
    for extracted in &mut ingested.incidents {
        extracted.incident.date.get_or_insert(post_date);
    }
    Ok(ingested)
}

/// What became of a post that is not pending.
fn status(lang: Lang, post: &StoredPost) -> Reply {
    render::posts::status(lang, post.status, post.updated_at.date_naive(), post.incidents_added)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use warbrief_core::html::{MESSAGE_LIMIT, validate_telegram_html};
    use warbrief_core::{Count, DAY_ONE, RegionCode};
    use warbrief_storage::Store;

    use super::*;
    use crate::app::request::{AdminCommand, Command};

    const KUPIANSK: &str = "Russian forces shelled Kupiansk in Kharkiv Oblast on the morning of March 2, 2023. Two \
                            residents were killed and five wounded, the regional governor said.";
    const THREE: &str = "Russian forces shelled Kupiansk in Kharkiv Oblast on the morning of March 2, 2023. Two \
                         residents were killed and five wounded, the regional governor said.\n\nA drone struck a \
                         bus stop in Sumy on March 2, 2023, killing one man.\n\nRussian missiles hit Kherson on \
                         March 2, 2023, wounding 200 people.";

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2023, 3, 3, 9, 0, 0).unwrap()
    }

    async fn answerer() -> (tempfile::TempDir, Answerer) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&format!("sqlite://{}", dir.path().join("t.db").display())).await.unwrap();
        (dir, Answerer::new(store, chrono_tz::Europe::Kyiv).with_owners(&[1]))
    }

    fn channel_post(text: &str) -> IncomingPost {
        IncomingPost {
            origin: PostOrigin::Channel {
                chat_id: -1001500,
                title: "Kharkiv <Regional> Administration".into(),
                username: Some("kharkiv_rma".into()),
                message_id: 41,
            },
            text: text.into(),
            date: Utc.with_ymd_and_hms(2023, 3, 2, 7, 30, 0).unwrap(),
        }
    }

    fn actions(reply: &Reply) -> Vec<Action> {
        reply.buttons.iter().flatten().map(|button| button.action).collect()
    }

    const OWNER: Caller = Caller::User { id: 1, chat: 1, language: None, topic: None };

    #[tokio::test]
    async fn flagged_and_likely_duplicate_incidents_are_marked_and_left_out_by_add() {
        let (_dir, answerer) = answerer().await;
        let store = answerer.store().clone();
        let by_hand = Incident {
            date: NaiveDate::from_ymd_opt(2023, 3, 2),
            region: RegionCode::Kharkiv,
            place: Some("Kupiansk".into()),
            killed: Count::exactly(2),
            wounded: Count::at_least(5),
            weapon: None,
            description: "Added by hand.".into(),
            report_day: None,
        };
        let existing = store.add_incident(&by_hand, now()).await.unwrap();

        let preview = answerer.forwarded_post(OWNER, channel_post(THREE), now()).await;
        let [preview] = preview.as_slice() else { panic!("{preview:?}") };
        let html = &preview.html;
        validate_telegram_html(html, MESSAGE_LIMIT).unwrap();
        assert!(html.contains("Kharkiv &lt;Regional&gt; Administration"), "{html}");
        assert!(html.contains("https://t.me/kharkiv_rma/41"), "{html}");
        assert!(html.contains("Dated Thursday, 2 March 2023 from its dateline"), "{html}");
        assert!(html.contains("Kupiansk, Kharkiv · 2 Mar 2023 · 2 killed, 5 wounded"), "{html}");
        assert!(
            html.contains(&format!(
                "likely duplicate of #{existing} (Kupiansk, 2 killed, 5+ wounded, entered by hand)"
            ))
        );
        assert!(html.contains("⚠ a figure above 150"), "{html}");
        assert!(html.contains("<b>Add</b> adds 1 incident"), "{html}");
        let id = match actions(preview).as_slice() {
            [Action::AddPost(a), Action::AddAllPost(b), Action::DiscardPost(c)] if a == b && b == c => *a,
            other => panic!("{other:?}"),
        };

        let added = answerer.action(OWNER, Action::AddPost(id), now()).await;
        assert!(added[0].html.starts_with("Added 1 incident from"), "{}", added[0].html);
        assert!(added[0].html.contains("Left out 2 incidents"), "{}", added[0].html);
        let sumy = store.incidents_in_region(RegionCode::Sumy, DAY_ONE, now().date_naive(), 10).await.unwrap();
        assert_eq!(sumy.len(), 1);
        assert_eq!(sumy[0].incident.report_day, None);
        assert_eq!(sumy[0].source.as_ref().map(|s| s.name.as_str()), Some("Kharkiv <Regional> Administration"));
        let kherson = store.incidents_in_region(RegionCode::Kherson, DAY_ONE, now().date_naive(), 10).await.unwrap();
        assert!(kherson.is_empty(), "the flagged one is left out");

        // Pressed again, and Add all after it: nothing more.
        for action in [Action::AddPost(id), Action::AddAllPost(id), Action::DiscardPost(id)] {
            let again = answerer.action(OWNER, action, now()).await;
            assert!(again[0].html.contains("already added on 3 Mar 2023 (1 incident)"), "{}", again[0].html);
        }
        assert_eq!(store.count_visible_incidents().await.unwrap(), 2);
        // The same post forwarded again.
        let again = answerer.forwarded_post(OWNER, channel_post(THREE), now()).await;
        assert!(again[0].html.contains("already added") && again[0].buttons.is_empty(), "{}", again[0].html);
        let audit: Vec<String> = store.latest_audit(5).await.unwrap().into_iter().map(|e| e.action).collect();
        assert_eq!(audit, ["add_post", "preview_post"]);

        // Corrected by hand: the source stays, and the maintainer is told which post it came from.
        let fields = Ok(vec![("wounded".to_owned(), "2".to_owned())]);
        let edit = Command::Admin(AdminCommand::EditIncident { id: Some(sumy[0].id), fields });
        let edited = answerer.command(OWNER, &edit, now()).await;
        assert!(
            edited[0].html.contains("2 wounded · drone · from Kharkiv &lt;Regional&gt; Administration"),
            "{}",
            edited[0].html
        );
        let source = store.incident(sumy[0].id).await.unwrap().unwrap().source;
        assert_eq!(source, sumy[0].source);
    }

    #[tokio::test]
    async fn an_article_sent_with_addreport_is_previewed_as_a_post_never_stored_as_a_report() {
        let (_dir, answerer) = answerer().await;
        let store = answerer.store().clone();
        let article = format!("Shelling in Kupiansk\n\n{KUPIANSK}");
        let command = Command::Admin(AdminCommand::AddReport(article.clone()));
        let preview = answerer.command(Caller::Console, &command, now()).await;
        let html = &preview[0].html;
        assert!(html.starts_with("<b>Article</b>: Shelling in Kupiansk"), "{html}");
        assert!(html.contains("2 killed, 5 wounded"), "{html}");
        let [Action::AddPost(id), Action::DiscardPost(_)] = actions(&preview[0])[..] else {
            panic!("{:?}", preview[0].buttons)
        };
        assert_eq!(store.count_reports().await.unwrap(), (0, 0), "no report, not even a draft");

        // Sent again while pending: the same preview, with the same buttons.
        let again = answerer.command(Caller::Console, &command, now()).await;
        assert!(again[0].html.contains("already in preview"), "{}", again[0].html);
        assert_eq!(actions(&again[0]), actions(&preview[0]));

        let added = answerer.action(Caller::Console, Action::AddPost(id), now()).await;
        assert!(added[0].html.starts_with("Added 1 incident from Shelling in Kupiansk"), "{}", added[0].html);
        let region = answerer.command(Caller::Console, &Command::Region("Kupiansk".into()), now()).await;
        assert!(
            region[0].html.contains("2 Mar 2023, Kupiansk: 2 killed, 5 wounded (Shelling in Kupiansk)"),
            "{}",
            region[0].html
        );
        assert_eq!(store.count_reports().await.unwrap(), (0, 0));
        let again = answerer.command(Caller::Console, &command, now()).await;
        assert!(again[0].html.contains("already added on 3 Mar 2023 (1 incident)"), "{}", again[0].html);
    }

    #[tokio::test]
    async fn discarded_posts_may_come_back_and_texts_without_incidents_store_nothing() {
        let (_dir, answerer) = answerer().await;
        let store = answerer.store().clone();
        let preview = answerer.forwarded_post(OWNER, channel_post(KUPIANSK), now()).await;
        let [Action::AddPost(id), Action::DiscardPost(_)] = actions(&preview[0])[..] else { panic!() };
        let discarded = answerer.action(OWNER, Action::DiscardPost(id), now()).await;
        assert!(discarded[0].html.contains("Discarded the post"), "{}", discarded[0].html);
        let added = answerer.action(OWNER, Action::AddPost(id), now()).await;
        assert!(added[0].html.contains("was discarded"), "{}", added[0].html);
        assert_eq!(store.count_visible_incidents().await.unwrap(), 0);
        let again = answerer.forwarded_post(OWNER, channel_post(KUPIANSK), now()).await;
        assert!(again[0].html.contains("discarded before; here it is again"), "{}", again[0].html);
        assert_eq!(actions(&again[0]), [Action::AddPost(id), Action::DiscardPost(id)]);

        let quiet = channel_post("The air raid alert in Kharkiv Oblast ended at 09:40.");
        let answer = answerer
            .forwarded_post(OWNER, IncomingPost { origin: PostOrigin::Named("Olena".into()), ..quiet }, now())
            .await;
        assert!(answer[0].html.contains("no incidents") && answer[0].buttons.is_empty(), "{}", answer[0].html);
        assert!(store.post(id + 1).await.unwrap().is_none(), "nothing stored");
    }

    #[tokio::test]
    async fn an_undated_incident_counts_under_the_posts_date() {
        let (_dir, answerer) = answerer().await;
        let undated = "A drone hit a house in Nikopol, wounding a man.";
        let preview = answerer.forwarded_post(OWNER, channel_post(undated), now()).await;
        assert!(preview[0].html.contains("Nikopol, Dnipropetrovsk · 2 Mar 2023"), "{}", preview[0].html);
        let id = match actions(&preview[0])[0] {
            Action::AddPost(id) => id,
            other => panic!("first button is {other:?}"),
        };
        answerer.action(OWNER, Action::AddPost(id), now()).await;
        let day = NaiveDate::from_ymd_opt(2023, 3, 2).unwrap();
        let found = answerer.store().incidents_in_region(RegionCode::Dnipropetrovsk, day, day, 10).await.unwrap();
        assert_eq!(found.len(), 1, "the incident falls inside the post's day");
    }

    #[tokio::test]
    async fn non_maintainers_forwarding_are_refused_and_nothing_is_stored() {
        let (_dir, answerer) = answerer().await;
        let stranger = Caller::User { id: 99, chat: 99, language: None, topic: None };
        let answer = answerer.forwarded_post(stranger, channel_post(KUPIANSK), now()).await;
        assert_eq!(answer[0].html, maintainers_only_text(Lang::En));
        assert!(answerer.store().post(1).await.unwrap().is_none());
        let pressed = answerer.action(stranger, Action::AddPost(1), now()).await;
        assert!(pressed[0].html.contains("only for the bot's maintainers"));
    }

    /// A maintainer whose Telegram speaks Ukrainian reads the preview, its buttons and what they did in
    /// Ukrainian; the refusal of a stranger who speaks Ukrainian is Ukrainian too.
    #[tokio::test]
    async fn a_ukrainian_maintainer_gets_the_preview_in_ukrainian() {
        let (_dir, answerer) = answerer().await;
        let owner = Caller::User { id: 1, chat: 1, language: Some(Lang::Uk), topic: None };
        let preview = answerer.forwarded_post(owner, channel_post(THREE), now()).await;
        let [preview] = preview.as_slice() else { panic!("{preview:?}") };
        let html = &preview.html;
        validate_telegram_html(html, MESSAGE_LIMIT).unwrap();
        assert!(html.starts_with("<b>Пересланий допис</b> від "), "{html}");
        assert!(html.contains("Дата четвер, 2 березня 2023 р. — з рядка дати й місця."), "{html}");
        assert!(html.contains("Знайдено 3 інциденти:"), "{html}");
        assert!(html.contains("Kupiansk, Харківська область · 2 бер. 2023 · загиблі: 2, поранені: 5"), "{html}");
        assert!(html.contains("⚠ понад 150 постраждалих від одного удару"), "{html}");
        assert!(
            html.ends_with("<b>Додати</b> додасть 2 інциденти (без позначених ⚠); <b>Додати всі</b> додасть усі 3."),
            "{html}"
        );
        let labels: Vec<&str> = preview.buttons.iter().flatten().map(|button| button.label.as_str()).collect();
        assert_eq!(labels, ["Додати", "Додати всі", "Відхилити"]);
        let Action::AddPost(id) = actions(preview)[0] else { panic!("{:?}", actions(preview)) };

        let added = answerer.action(owner, Action::AddPost(id), now()).await;
        assert!(added[0].html.starts_with("Додано 2 інциденти з "), "{}", added[0].html);
        assert!(added[0].html.contains("Пропущено 1 інцидент: позначені або схожі на повтори."), "{}", added[0].html);
        let again = answerer.action(owner, Action::DiscardPost(id), now()).await;
        assert!(again[0].html.starts_with("Цей допис уже додано 3 бер. 2023 (2 інциденти)"), "{}", again[0].html);

        let stranger = Caller::User { id: 99, chat: 99, language: Some(Lang::Uk), topic: None };
        let refused = answerer.forwarded_post(stranger, channel_post(KUPIANSK), now()).await;
        assert_eq!(refused[0].html, maintainers_only_text(Lang::Uk));
        assert!(refused[0].html.contains("лише для супровідників"));
    }

    #[tokio::test]
    async fn a_long_post_preview_stays_within_one_message() {
        let (_dir, answerer) = answerer().await;
        // Forty different strikes (the same figures told twice would be one incident).
        let text: Vec<String> = (0..40)
            .map(|i| {
                let sentence = format!(
                    "Russian forces shelled Kupiansk in Kharkiv Oblast on March 2, 2023, killing {} residents <and> \
                     wounding {}, the governor said after a long night of attacks & fires. ",
                    i + 2,
                    i + 50
                );
                format!("{}{}", sentence.repeat(3), "x".repeat(i))
            })
            .collect();
        let preview = answerer.forwarded_post(OWNER, channel_post(&text.join("\n\n")), now()).await;
        validate_telegram_html(&preview[0].html, MESSAGE_LIMIT).unwrap();
        assert!(preview[0].html.contains('…'), "{}", preview[0].html);
        assert!(preview[0].html.ends_with("<b>Add</b> adds all of them."), "the footer stays: {}", preview[0].html);

        // With likely duplicates listed under a line, the lines are cut, and the footer still stays.
        let stored = Incident {
            date: NaiveDate::from_ymd_opt(2023, 3, 2),
            region: RegionCode::Kharkiv,
            place: None,
            killed: Count::exactly(2),
            wounded: Count::exactly(50),
            weapon: None,
            description: "Added by hand.".into(),
            report_day: None,
        };
        for _ in 0..2 {
            answerer.store().add_incident(&stored, now()).await.unwrap();
        }
        let other = IncomingPost { origin: PostOrigin::Named("Someone".into()), ..channel_post(&text.join("\n\n")) };
        let preview = answerer.forwarded_post(OWNER, other, now()).await;
        validate_telegram_html(&preview[0].html, MESSAGE_LIMIT).unwrap();
        assert!(preview[0].html.contains("likely duplicate of #1"), "{}", preview[0].html);
        assert!(preview[0].html.contains("… and 25 more"), "{}", preview[0].html);
        assert!(preview[0].html.ends_with("<b>Add all</b> adds all 40."), "{}", preview[0].html);
        assert!(preview[0].buttons.iter().flatten().all(|b| b.action.encode().len() <= 64));
    }
}
