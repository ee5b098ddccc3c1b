//! What each delivery says: reports and their incidents read once per report version and shared by a
//! fan-out, rendered into digests, region alerts, post alerts and channel posts.

use std::collections::HashMap;
use std::sync::Arc;

use warbrief_core::render::{self, Reply};
use warbrief_core::{CasualtyTotals, ChatId, DayNumber, DeliveryKind, Lang, RegionCode, Report};
use warbrief_storage::{ClaimedDelivery, DeliverySubject, ReportsVersion, Store, StoreError};

use super::{Outcome, Recipient};
use crate::config::Channel;

/// Reports and their incidents, read once per report version and shared by all deliveries of a fan-out.
pub(super) struct Content {
    store: Store,
    version: Option<ReportsVersion>,
    reports: HashMap<DayNumber, Option<Arc<ReportContent>>>,
}

struct ReportContent {
    report: Report,
    incidents: Vec<warbrief_core::Incident>,
    /// The digest in every language, rendered once per report version.
    digests: HashMap<Lang, Reply>,
}

impl Content {
    pub(super) fn new(store: Store) -> Self {
        Content { store, version: None, reports: HashMap::new() }
    }

    /// Forgets what was read if a report changed since.
    pub(super) async fn refresh(&mut self) -> Result<(), StoreError> {
        let version = self.store.reports_version().await?;
        if self.version != Some(version) {
            self.version = Some(version);
            self.reports.clear();
        }
        Ok(())
    }

    async fn report(&mut self, day: DayNumber) -> Result<Option<Arc<ReportContent>>, StoreError> {
        if let Some(cached) = self.reports.get(&day) {
            return Ok(cached.clone());
        }
        let content = match self.store.published_report(day).await? {
            None => None,
            Some(report) => {
                let incidents: Vec<_> =
                    self.store.report_incidents(day).await?.into_iter().map(|stored| stored.incident).collect();
                let mut totals: HashMap<RegionCode, CasualtyTotals> = HashMap::new();
                for incident in &incidents {
                    let entry = totals.entry(incident.region).or_default();
                    entry.incidents += 1;
                    entry.killed += u64::from(incident.killed.value);
                    entry.wounded += u64::from(incident.wounded.value);
                }
                let totals: Vec<_> = totals.into_iter().collect();
                let view = render::DigestView { report: &report, totals: &totals };
                let digests = Lang::all().iter().map(|lang| (*lang, render::digest(*lang, &view))).collect();
                Some(Arc::new(ReportContent { report, incidents, digests }))
            }
        };
        self.reports.insert(day, content.clone());
        Ok(content)
    }
}

/// Where `delivery` goes and the messages it is made of, rendered now; or, when there is nothing to send
/// (or it cannot be read yet), what to record instead.
pub(super) async fn compose(
    store: &Store,
    content: &tokio::sync::Mutex<Content>,
    channel: Option<&Channel>,
    lang: Lang,
    delivery: &ClaimedDelivery,
) -> Result<(Recipient, Vec<Reply>), Outcome> {
    let day = match delivery.subject {
        DeliverySubject::Report(day) => day,
        DeliverySubject::Post(post_id) => {
            let reply = post_alert(store, delivery.chat_id, post_id, lang).await?;
            return Ok((Recipient::Chat(delivery.chat_id), vec![reply]));
        }
    };
    let report = match content.lock().await.report(day).await {
        Ok(Some(report)) => report,
        Ok(None) => return Err(Outcome::Failed("the report is no longer published".to_owned())),
        Err(error) => return Err(Outcome::Transient(crate::error_chain(&error))),
    };
    match delivery.kind {
        DeliveryKind::Digest => {
            let digest = report.digests.get(&lang).cloned().expect("a digest in every language");
            Ok((Recipient::Chat(delivery.chat_id), vec![digest]))
        }
        DeliveryKind::Alert => {
            let followed = match store.followed_regions(delivery.chat_id).await {
                Ok(followed) => followed,
                Err(error) => return Err(Outcome::Transient(crate::error_chain(&error))),
            };
            let incidents: Vec<_> =
                report.incidents.iter().filter(|incident| followed.contains(&incident.region)).cloned().collect();
            if incidents.is_empty() {
                return Err(Outcome::Failed("the chat no longer follows a region of this report".to_owned()));
            }
            Ok((Recipient::Chat(delivery.chat_id), vec![render::region_alert(lang, &report.report, &incidents)]))
        }
        DeliveryKind::Channel => match channel {
            Some(Channel::Username(name)) => {
                Ok((Recipient::Username(name.clone()), render::channel_post(lang, &report.report)))
            }
            Some(Channel::Id(id)) => Ok((Recipient::Chat(ChatId(*id)), render::channel_post(lang, &report.report))),
            None => Err(Outcome::Failed("no channel is configured (WARBRIEF_CHANNEL)".to_owned())),
        },
        DeliveryKind::PostAlert => Err(Outcome::Failed("a post alert queued for a report".to_owned())),
    }
}

/// The alert of post `post_id`'s added incidents in the regions `chat` follows, read when it is sent: an
/// incident edited or hidden since it was added shows as it is now.
async fn post_alert(store: &Store, chat: ChatId, post_id: i64, lang: Lang) -> Result<Reply, Outcome> {
    let transient = |error: StoreError| Outcome::Transient(crate::error_chain(&error));
    let Some(post) = store.post(post_id).await.map_err(transient)? else {
        return Err(Outcome::Failed("the post is no longer stored".to_owned()));
    };
    let followed = store.followed_regions(chat).await.map_err(transient)?;
    let incidents: Vec<_> = store
        .post_incidents(post_id)
        .await
        .map_err(transient)?
        .into_iter()
        .map(|stored| stored.incident)
        .filter(|incident| followed.contains(&incident.region))
        .collect();
    if incidents.is_empty() {
        return Err(Outcome::Failed("the chat no longer follows a region of this post".to_owned()));
    }
    Ok(render::post_alert(lang, &post.source, &incidents))
}
