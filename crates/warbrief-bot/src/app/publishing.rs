//! Queueing on publishing: what handing a report to delivery means. Called by the maintainers' commands and
//! the CLI; the delivery worker sends what this queues.

use chrono::{DateTime, Utc};
use warbrief_core::{CHANNEL_CHAT, DayNumber, DeliveryKind};
use warbrief_storage::{Store, StoreError};

/// What publishing a report queued.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Announced {
    pub alerts: u64,
    pub channel: bool,
}

/// Hands a just-published report to delivery: an alert to every chat following a region it has incidents
/// in, and the report to the channel if there is one. Idempotent: publishing again queues nothing new.
pub async fn announce(
    store: &Store,
    day: DayNumber,
    channel: bool,
    now: DateTime<Utc>,
) -> Result<Announced, StoreError> {
    let alerts = store.enqueue_alerts(day, now).await?;
    let channel =
        channel && store.enqueue_deliveries(&[(CHANNEL_CHAT, day, DeliveryKind::Channel)], now, now).await? > 0;
    Ok(Announced { alerts, channel })
}

/// `/digest now` and `warbrief digest --now`: the newest published report's digest for every subscriber, due
/// at once. `None` when nothing is published.
pub async fn digest_now(store: &Store, now: DateTime<Utc>) -> Result<Option<(DayNumber, u64)>, StoreError> {
    let Some(day) = store.latest_published_day().await? else {
        return Ok(None);
    };
    Ok(Some((day, store.enqueue_digest_for_all(day, now).await?)))
}
