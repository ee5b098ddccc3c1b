use std::sync::atomic::{AtomicU32, Ordering};

use warbrief_storage::Store;

/// A database of a test's own, dropped when the test finishes.
pub struct TestDb {
    pub store: Store,
    /// The database's own URL, for raw SQL that the Store API deliberately does not offer.
    url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    /// Removed with the directory.
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres {
        server_url: String,
        database: String,
    },
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

pub const POSTGRES_URL_VAR: &str = "WARBRIEF_TEST_POSTGRES_URL";

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temporary directory");
        let url = format!("sqlite://{}", dir.path().join("test.db").display());
        let store = Store::open(&url).await.expect("open SQLite store");
        TestDb { store, url, cleanup: Cleanup::Sqlite(dir) }
    }

    /// `None` (and a note on stderr) when `WARBRIEF_TEST_POSTGRES_URL` is unset; panics if it is set and the
    /// server cannot be used.
    pub async fn postgres() -> Option<TestDb> {
        let Ok(server_url) = std::env::var(POSTGRES_URL_VAR) else {
            eprintln!("PostgreSQL contract test not run: {POSTGRES_URL_VAR} is unset");
            return None;
        };
        let database = format!(
            "warbrief_test_{}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed),
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos()
        );
        let admin = sqlx::PgPool::connect(&server_url)
            .await
            .unwrap_or_else(|e| panic!("{POSTGRES_URL_VAR} is set but PostgreSQL is unreachable: {e}"));
        sqlx::query(&format!("CREATE DATABASE \"{database}\"")).execute(&admin).await.expect("create test database");
        admin.close().await;
        let url = database_url(&server_url, &database);
        let store = Store::open(&url).await.expect("open PostgreSQL store");
        Some(TestDb { store, url, cleanup: Cleanup::Postgres { server_url, database } })
    }

    /// A second store on the same database: another instance (PostgreSQL) or another process (SQLite).
    pub async fn another_store(&self) -> Store {
        Store::connect(&self.url).await.expect("a second store on the test database")
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self.cleanup, Cleanup::Postgres { .. })
    }

    /// Runs SQL behind the Store's back, e.g. to plant a row no valid program would write.
    pub async fn execute_raw(&self, sql: &str) {
        match &self.cleanup {
            Cleanup::Sqlite(_) => {
                let pool = sqlx::SqlitePool::connect(&self.url).await.expect("raw SQLite connection");
                sqlx::query(sql).execute(&pool).await.expect("raw SQL");
                pool.close().await;
            }
            Cleanup::Postgres { .. } => {
                let pool = sqlx::PgPool::connect(&self.url).await.expect("raw PostgreSQL connection");
                sqlx::query(sql).execute(&pool).await.expect("raw SQL");
                pool.close().await;
            }
        }
    }

    pub async fn finish(self) {
        self.store.close().await;
        if let Cleanup::Postgres { server_url, database } = self.cleanup {
            let admin = sqlx::PgPool::connect(&server_url).await.expect("reconnect to drop test database");
            sqlx::query(&format!("DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)"))
                .execute(&admin)
                .await
                .expect("drop test database");
            admin.close().await;
        }
    }
}

/// `server_url` with its database path replaced by `database`.
fn database_url(server_url: &str, database: &str) -> String {
    let mut url = url::Url::parse(server_url).expect("valid PostgreSQL URL");
    url.set_path(database);
    url.to_string()
}
