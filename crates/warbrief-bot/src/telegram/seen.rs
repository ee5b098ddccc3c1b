//! Each update handled once. Telegram may deliver an update again: a webhook whose answer timed out is
//! redelivered, a load balancer may hand it to two instances, and a restart can lose the getUpdates offset
//! that confirmed it. Before an update is handled its `update_id` is recorded in the database; only the
//! caller that recorded it first (in this process or another sharing the database) handles it.

use super::*;

use warbrief_storage::Store;

/// How long an update id is remembered: Telegram keeps an undelivered update, and so may send it again, for
/// up to 24 hours.
const REMEMBERED_FOR: chrono::Duration = chrono::Duration::hours(24);

/// How often the ids older than [`REMEMBERED_FOR`] are deleted, at most: a DELETE a minute instead of one per
/// update, so each update costs only its INSERT.
const PRUNE_EVERY: Duration = Duration::from_secs(60);

/// The updates seen, kept in the database so that every instance sharing it agrees.
#[derive(Clone)]
pub(super) struct SeenUpdates {
    store: Store,
    /// When this process last pruned old ids; `None` before the first update.
    last_pruned: Arc<Mutex<Option<Instant>>>,
}

impl SeenUpdates {
    pub(super) fn new(store: Store) -> SeenUpdates {
        SeenUpdates { store, last_pruned: Arc::default() }
    }

    /// Whether update `id` is to be handled: false for an id already recorded. If the database cannot say,
    /// true: a reply lost to a database hiccup is worse than a rare reply sent twice.
    pub(super) async fn first_sight(&self, id: u32) -> bool {
        self.prune_if_due();
        match self.store.first_sight_of_update(i64::from(id), Utc::now()).await {
            Ok(true) => true,
            Ok(false) => {
                tracing::debug!(update_id = id, "update delivered again: already handled, dropped");
                metrics::counter!(crate::observe::DUPLICATE_UPDATES).increment(1);
                false
            }
            Err(error) => {
                tracing::error!(
                    update_id = id,
                    error = %crate::error_chain(&error),
                    "could not check whether the update was seen before; handling it anyway"
                );
                true
            }
        }
    }

    /// Forgets ids older than [`REMEMBERED_FOR`], at most once per [`PRUNE_EVERY`], in the background so no
    /// update waits for it. Several instances pruning the same rows is harmless.
    fn prune_if_due(&self) {
        {
            let mut last = self.last_pruned.lock().expect("prune lock");
            if last.is_some_and(|at| at.elapsed() < PRUNE_EVERY) {
                return;
            }
            *last = Some(Instant::now());
        }
        let store = self.store.clone();
        tokio::spawn(async move {
            match store.forget_updates_seen_before(Utc::now() - REMEMBERED_FOR).await {
                Ok(forgotten) => tracing::debug!(forgotten, "forgot update ids older than a day"),
                Err(error) => tracing::warn!(error = %crate::error_chain(&error), "could not forget old update ids"),
            }
        });
    }
}

/// The dispatcher's first filter: lets an update through only the first time it is seen.
pub(super) async fn first_sight(update: Update, seen: SeenUpdates) -> bool {
    seen.first_sight(update.id.0).await
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn store(dir: &tempfile::TempDir) -> Store {
        Store::open(&format!("sqlite://{}", dir.path().join("t.db").display())).await.unwrap()
    }

    #[tokio::test]
    async fn an_update_is_let_through_once_also_by_another_instance() {
        let dir = tempfile::tempdir().unwrap();
        let (one, other) = (SeenUpdates::new(store(&dir).await), SeenUpdates::new(store(&dir).await));
        assert!(one.first_sight(7).await);
        assert!(!one.first_sight(7).await, "delivered again");
        assert!(!other.first_sight(7).await, "delivered to another instance on the same database");
        assert!(other.first_sight(8).await);
    }

    #[tokio::test]
    async fn when_the_database_cannot_say_the_update_is_handled_anyway() {
        let dir = tempfile::tempdir().unwrap();
        let store = store(&dir).await;
        let seen = SeenUpdates::new(store.clone());
        assert!(seen.first_sight(7).await);
        store.close().await;
        assert!(seen.first_sight(8).await, "a new update");
        assert!(seen.first_sight(7).await, "even a duplicate: better twice than never");
    }
}
