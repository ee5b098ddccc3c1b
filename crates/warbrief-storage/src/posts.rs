//! Posts and articles (the `posts` table): saved pending when previewed, then added (their incidents stored
//! in the same transaction as the status change) or discarded.
//!
//! Every status change is a conditional `UPDATE … WHERE status = 'pending'`: whichever of two presses of Add
//! (or two instances) gets there first changes the row, and the other sees that it is no longer pending. So
//! a post's incidents are added at most once, and a post key is added at most once (`post_key` is unique).

use chrono::{DateTime, NaiveDate, Utc};
use warbrief_core::post::{IncidentSource, PostKey, PostStatus, likely_duplicate};
use warbrief_core::{Incident, RegionCode};

use crate::changes::announce;
use crate::incidents::{
    FromPost, INCIDENT_COLUMNS, INCIDENT_TOPICS, VISIBLE_INCIDENT, effective_date, insert_incidents,
};
use crate::rows::{self, IncidentRow};
use crate::{Result, Store, StoreError, StoredIncident};

/// A post to save for its preview.
#[derive(Debug, Clone, Copy)]
pub struct NewPost<'a> {
    pub key: &'a PostKey,
    pub source: &'a IncidentSource,
    pub text: &'a str,
    /// The date its incidents are read under when the text gives none (the post's date).
    pub date: NaiveDate,
    /// The Telegram user who sent it; `None` at the console.
    pub submitted_by: Option<i64>,
}

/// A stored post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredPost {
    pub id: i64,
    pub key: PostKey,
    pub source: IncidentSource,
    pub text: String,
    pub date: NaiveDate,
    pub status: PostStatus,
    pub submitted_by: Option<i64>,
    /// How many incidents were added (0 unless added).
    pub incidents_added: u32,
    pub created_at: DateTime<Utc>,
    /// When the status last changed: for an added post, when it was added.
    pub updated_at: DateTime<Utc>,
}

/// What [`Store::save_post`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SavedPost {
    /// A new post, now pending: its id.
    New(i64),
    /// A post discarded before, pending again with the text and source given now: its id.
    Reopened(i64),
    /// The key is known and pending or added: nothing was changed.
    Known(Box<StoredPost>),
}

/// What [`Store::add_post_incidents`] stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddedPost {
    /// The new incidents' ids, in the order given.
    pub incidents: Vec<i64>,
    /// Region alerts queued: one per active chat following a region of the incidents.
    pub alerts: u64,
}

/// What a status change on a post did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PostUpdate<T> {
    Done(T),
    /// The post is no longer pending (added or discarded already): nothing was changed.
    NotPending(Box<StoredPost>),
    /// There is no post with that id.
    Missing,
}

/// Queues post `$1`'s alert (due `$2`) for every active chat following a region of its incidents; once per
/// (chat, post), however many regions match.
const ENQUEUE_POST_ALERTS: &str = "INSERT INTO deliveries (chat_id, post_id, kind, not_before, created_at)
     SELECT DISTINCT f.chat_id, $1, 'post_alert', $2, $2
     FROM region_follows f JOIN subscribers s ON s.chat_id = f.chat_id
     WHERE s.active AND EXISTS (SELECT 1 FROM incidents i WHERE i.post_id = $1 AND i.region = f.region)
     ON CONFLICT (chat_id, post_id, kind) DO NOTHING";

#[derive(sqlx::FromRow)]
struct PostRow {
    id: i64,
    post_key: String,
    source_name: String,
    source_url: Option<String>,
    text: String,
    date: NaiveDate,
    status: String,
    submitted_by: Option<i64>,
    incidents_added: i64,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

const POST_COLUMNS: &str = "id, post_key, source_name, source_url, text, date, status, submitted_by, \
                            incidents_added, created_at, updated_at";

impl PostRow {
    fn into_post(self) -> Result<StoredPost> {
        let invalid = |detail: String| StoreError::InvalidRow { table: "posts", detail };
        let key = PostKey::parse(&self.post_key).ok_or_else(|| invalid(format!("post key {:?}", self.post_key)))?;
        let status = self.status.parse().map_err(|_| invalid(format!("status {:?}", self.status)))?;
        let source = rows::source(Some(self.source_name), self.source_url, "posts")?
            .expect("a source with a name is always Some");
        Ok(StoredPost {
            id: self.id,
            key,
            source,
            text: self.text,
            date: self.date,
            status,
            submitted_by: self.submitted_by,
            incidents_added: u32::try_from(self.incidents_added)
                .map_err(|_| invalid(format!("incidents_added {}", self.incidents_added)))?,
            created_at: self.created_at,
            updated_at: self.updated_at,
        })
    }
}

/// Binds a post's fields, in the order both of `save_post`'s statements take them: key, source name and URL,
/// text, date, who sent it, and now.
macro_rules! bind_post {
    ($query:expr, $post:expr, $url:expr, $now:expr) => {
        $query
            .bind($post.key.as_str())
            .bind(&$post.source.name)
            .bind($url)
            .bind($post.text)
            .bind($post.date)
            .bind($post.submitted_by)
            .bind($now)
    };
}

/// How many stored incidents of one region and date are compared with a new one. A region rarely has more
/// on one day; past this, the oldest are the ones compared.
const DUPLICATE_CANDIDATES: i64 = 100;

impl Store {
    /// Saves a post as pending for its preview. A known key is left as it is (and returned) unless it was
    /// discarded: then it is pending again, with this text and source.
    pub async fn save_post(&self, post: NewPost<'_>, now: DateTime<Utc>) -> Result<SavedPost> {
        let url = post.source.url.as_ref().map(|url| url.as_str());
        on_pool!(self, |pool| {
            let inserted: Option<i64> = bind_post!(sqlx::query_scalar(
                "INSERT INTO posts (post_key, source_name, source_url, text, date, status, submitted_by, created_at,
                                    updated_at)
                 VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7, $7)
                 ON CONFLICT (post_key) DO NOTHING RETURNING id",
            ), post, url, now)
            .fetch_optional(pool)
            .await?;
            if let Some(id) = inserted {
                return Ok(SavedPost::New(id));
            }
            let reopened: Option<i64> = bind_post!(
                sqlx::query_scalar(
                    "UPDATE posts SET status = 'pending', source_name = $2, source_url = $3, text = $4, date = $5,
                                  submitted_by = $6, incidents_added = 0, updated_at = $7
                 WHERE post_key = $1 AND status = 'discarded' RETURNING id",
                ),
                post,
                url,
                now
            )
            .fetch_optional(pool)
            .await?;
            if let Some(id) = reopened {
                return Ok(SavedPost::Reopened(id));
            }
            let row: PostRow = sqlx::query_as(&format!("SELECT {POST_COLUMNS} FROM posts WHERE post_key = $1"))
                .bind(post.key.as_str())
                .fetch_one(pool)
                .await?;
            Ok(SavedPost::Known(Box::new(row.into_post()?)))
        })
    }

    /// One post by id.
    pub async fn post(&self, id: i64) -> Result<Option<StoredPost>> {
        let row: Option<PostRow> =
            on_pool!(self, |pool| sqlx::query_as(&format!("SELECT {POST_COLUMNS} FROM posts WHERE id = $1"))
                .bind(id)
                .fetch_optional(pool)
                .await?);
        row.map(PostRow::into_post).transpose()
    }

    /// Marks pending post `id` added, stores `incidents` with its source and queues the region alerts they
    /// call for, in one transaction, so an added post is never left without its alerts. The incidents belong
    /// to no report (`report_day` is cleared) and are visible at once. A post that is not pending gets nothing
    /// added, so a second Add adds nothing.
    pub async fn add_post_incidents(
        &self,
        id: i64,
        incidents: &[Incident],
        now: DateTime<Utc>,
    ) -> Result<PostUpdate<AddedPost>> {
        let added = on_pool!(self, |pool| {
            let mut tx = pool.begin().await?;
            let source: Option<(String, Option<String>)> = sqlx::query_as(
                "UPDATE posts SET status = 'added', incidents_added = $2, updated_at = $3
                 WHERE id = $1 AND status = 'pending' RETURNING source_name, source_url",
            )
            .bind(id)
            .bind(incidents.len() as i64)
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            match source {
                None => {
                    tx.rollback().await?;
                    None
                }
                Some((name, url)) => {
                    let post = FromPost { id, source_name: &name, source_url: url.as_deref() };
                    let ids = insert_incidents!(tx, incidents, report_day: None, post: Some(post), now, true);
                    let alerts = sqlx::query(ENQUEUE_POST_ALERTS).bind(id).bind(now).execute(&mut *tx).await?;
                    announce!(tx, self, INCIDENT_TOPICS);
                    tx.commit().await?;
                    self.changed(INCIDENT_TOPICS);
                    Some(AddedPost { incidents: ids, alerts: alerts.rows_affected() })
                }
            }
        });
        match added {
            Some(added) => Ok(PostUpdate::Done(added)),
            None => self.not_pending(id).await,
        }
    }

    /// The incidents added from post `id` that subscribers see (none deleted since), in the order they were
    /// added.
    pub async fn post_incidents(&self, id: i64) -> Result<Vec<StoredIncident>> {
        let rows: Vec<IncidentRow> = on_pool!(self, |pool| {
            sqlx::query_as(&format!(
                "SELECT {INCIDENT_COLUMNS} FROM incidents WHERE post_id = $1 AND {VISIBLE_INCIDENT} ORDER BY id"
            ))
            .bind(id)
            .fetch_all(pool)
            .await?
        });
        rows.into_iter().map(IncidentRow::into_stored).collect()
    }

    /// Discards pending post `id`; nothing of it is stored but the post itself, which may be previewed again.
    pub async fn discard_post(&self, id: i64, now: DateTime<Utc>) -> Result<PostUpdate<()>> {
        let affected = on_pool!(self, |pool| sqlx::query(
            "UPDATE posts SET status = 'discarded', updated_at = $2 WHERE id = $1 AND status = 'pending'"
        )
        .bind(id)
        .bind(now)
        .execute(pool)
        .await?
        .rows_affected());
        if affected == 1 { Ok(PostUpdate::Done(())) } else { self.not_pending(id).await }
    }

    async fn not_pending<T>(&self, id: i64) -> Result<PostUpdate<T>> {
        Ok(match self.post(id).await? {
            Some(post) => PostUpdate::NotPending(Box::new(post)),
            None => PostUpdate::Missing,
        })
    }

    /// Stored incidents that `incident` likely repeats, oldest first: same region and date, places that do
    /// not contradict, overlapping figures ([`warbrief_core::post::likely_duplicate`] states the rule).
    /// Incidents of draft reports count too: they are the same event once published.
    pub async fn likely_duplicates(&self, incident: &Incident) -> Result<Vec<StoredIncident>> {
        let Some(date) = incident.date else { return Ok(Vec::new()) };
        let candidates = self.incidents_on(incident.region, date).await?;
        Ok(candidates
            .into_iter()
            .filter(|stored| likely_duplicate(incident, &stored.incident, effective_date(&stored.incident)))
            .collect())
    }

    async fn incidents_on(&self, region: RegionCode, date: NaiveDate) -> Result<Vec<StoredIncident>> {
        let rows: Vec<IncidentRow> = on_pool!(self, |pool| {
            sqlx::query_as(&format!(
            "SELECT {INCIDENT_COLUMNS} FROM incidents WHERE region = $1 AND effective_date = $2 ORDER BY id LIMIT $3"
        ))
        .bind(region.iso_code())
        .bind(date)
        .bind(DUPLICATE_CANDIDATES)
        .fetch_all(pool)
        .await?
        });
        rows.into_iter().map(IncidentRow::into_stored).collect()
    }
}
