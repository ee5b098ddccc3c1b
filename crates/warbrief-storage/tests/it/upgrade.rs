//! Upgrading a database that holds data: migrations that rewrite rows or rebuild tables keep what was there.
//! SQLite only: its table rebuilds are where rows could be lost; PostgreSQL alters in place, and the
//! contract suite runs every migration on it.

use std::path::Path;

use chrono::{TimeZone, Utc};
use sqlx::migrate::Migrator;
use warbrief_core::{ChatId, DayNumber, DeliveryKind, RegionCode};
use warbrief_storage::{DeliverySubject, Store};

/// Migrates a fresh SQLite file up to and including migration `last`, the way an older build left it.
async fn sqlite_at(dir: &Path, last: i64) -> String {
    let url = format!("sqlite://{}?mode=rwc", dir.join("old.db").display());
    let older = dir.join("migrations");
    std::fs::create_dir(&older).unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../migrations/sqlite");
    for entry in std::fs::read_dir(&source).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().into_string().unwrap();
        let version: i64 = name.split('_').next().unwrap().parse().unwrap();
        if version <= 20_261_125_000_000 + last {
            std::fs::copy(entry.path(), older.join(&name)).unwrap();
        }
    }
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    Migrator::new(older.as_path()).await.unwrap().run(&pool).await.unwrap();
    pool.close().await;
    url
}

#[tokio::test]
async fn upgrading_from_migration_8_keeps_follows_incidents_and_queued_deliveries() {
    let dir = tempfile::tempdir().unwrap();
    let url = sqlite_at(dir.path(), 8).await;
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    for sql in [
        // Stored under the old, swapped codes: UA-74 meant Chernivtsi, UA-77 Chernihiv.
        "INSERT INTO incidents (date, region, place, killed, wounded, description, created_at, effective_date)
         VALUES ('2023-02-01', 'UA-77', 'Chernihiv', 1, 2, 'x', '2023-02-01T10:00:00Z', '2023-02-01'),
                ('2023-02-01', 'UA-74', 'Chernivtsi', 0, 1, 'y', '2023-02-01T10:00:00Z', '2023-02-01')",
        "INSERT INTO region_follows (chat_id, region, created_at) VALUES (5, 'UA-77', '2023-02-01T10:00:00Z')",
        "INSERT INTO deliveries (chat_id, report_day, kind, status, attempts, not_before, created_at)
         VALUES (5, 344, 'digest', 'pending', 1, '2023-02-01T10:00:00Z', '2023-02-01T10:00:00Z'),
                (5, 344, 'alert', 'sent', 1, '2023-02-01T10:00:00Z', '2023-02-01T10:00:00Z')",
    ] {
        sqlx::query(sql).execute(&pool).await.unwrap();
    }
    pool.close().await;

    let store = Store::open(&url).await.unwrap();
    let day = DayNumber::new(344).unwrap();
    let from = chrono::NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
    let to = chrono::NaiveDate::from_ymd_opt(2023, 3, 1).unwrap();
    let chernihiv = store.incidents_in_region(RegionCode::Chernihiv, from, to, 10).await.unwrap();
    assert_eq!(chernihiv.iter().map(|s| s.incident.place.as_deref()).collect::<Vec<_>>(), [Some("Chernihiv")]);
    assert_eq!(store.followed_regions(ChatId(5)).await.unwrap(), [RegionCode::Chernihiv]);
    assert_eq!(store.delivery_status(ChatId(5), day, DeliveryKind::Alert).await.unwrap().unwrap().0, "sent");
    let now = Utc.with_ymd_and_hms(2023, 2, 1, 11, 0, 0).unwrap();
    let claimed = store.claim_deliveries(10, now, chrono::Duration::seconds(60), chat_gap()).await.unwrap();
    assert_eq!(claimed.len(), 1, "the pending digest is still queued");
    assert_eq!(
        (claimed[0].subject, claimed[0].kind, claimed[0].attempts),
        (DeliverySubject::Report(day), DeliveryKind::Digest, 2)
    );
    // The rebuilt queue still refuses a second row for the same (chat, report, kind).
    let again = store.enqueue_deliveries(&[(ChatId(5), day, DeliveryKind::Digest)], now, now).await.unwrap();
    assert_eq!(again, 0);
    store.close().await;
}

/// The least time between two messages to one chat, as the delivery worker asks for it.
fn chat_gap() -> chrono::Duration {
    chrono::Duration::seconds(1)
}
