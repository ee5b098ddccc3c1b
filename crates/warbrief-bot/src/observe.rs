//! Health and metrics for operators, on `WARBRIEF_METRICS_LISTEN`:
//!
//! - `GET /healthz` — JSON: whether the database answers, the delivery queue's depth and lag; 200 when the
//!   database answers, 503 when it does not.
//! - `GET /metrics` — Prometheus text from the `metrics` crate's recorder: updates by command, duplicate
//!   updates dropped, reply latency histogram, deliveries by outcome, queue depth and lag.
//!
//! Metric names are constants here so the code that records them and the docs agree.

use std::net::SocketAddr;

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::get;
use chrono::Utc;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use serde_json::json;
use tokio::sync::watch;
use warbrief_storage::Store;

/// Counter: updates handled, by `command` ("today", …, "button", "forward", "message", "unknown").
pub const UPDATES: &str = "warbrief_updates_total";
/// Histogram: seconds from receiving an update to the last reply sent, by `command`.
pub const REPLY_SECONDS: &str = "warbrief_reply_seconds";
/// Counter: deliveries by `outcome` ("sent", "rate_limited", "retried", "failed", "unreachable", "migrated").
pub const DELIVERIES: &str = "warbrief_deliveries_total";
/// Gauge: deliveries waiting (pending or being sent).
pub const QUEUE_DEPTH: &str = "warbrief_queue_depth";
/// Gauge: seconds the oldest due delivery has waited.
pub const QUEUE_LAG_SECONDS: &str = "warbrief_queue_lag_seconds";
/// Counter: users muted for sending too many commands.
pub const FLOOD_MUTED: &str = "warbrief_flood_muted_total";
/// Counter: updates delivered again (same `update_id`) and dropped unhandled.
pub const DUPLICATE_UPDATES: &str = "warbrief_duplicate_updates_total";

/// Installs the global metrics recorder. Before this, recording is a no-op (as in `warbrief chat`).
pub fn install() -> anyhow::Result<PrometheusHandle> {
    let handle = PrometheusBuilder::new()
        .set_buckets_for_metric(
            Matcher::Full(REPLY_SECONDS.to_owned()),
            &[0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0],
        )?
        .install_recorder()?;
    metrics::describe_counter!(UPDATES, "Telegram updates handled, by command");
    metrics::describe_histogram!(REPLY_SECONDS, metrics::Unit::Seconds, "Time to answer an update");
    metrics::describe_counter!(DELIVERIES, "Queued deliveries by outcome");
    metrics::describe_gauge!(QUEUE_DEPTH, "Deliveries waiting");
    metrics::describe_gauge!(QUEUE_LAG_SECONDS, metrics::Unit::Seconds, "Age of the oldest due delivery");
    metrics::describe_counter!(FLOOD_MUTED, "Users muted for flooding");
    metrics::describe_counter!(DUPLICATE_UPDATES, "Telegram updates delivered again and dropped");
    Ok(handle)
}

#[derive(Clone)]
struct Observed {
    store: Store,
    handle: PrometheusHandle,
}

/// Serves `/healthz` and `/metrics` on `address` until `stop` turns true.
pub async fn serve(
    address: SocketAddr,
    store: Store,
    handle: PrometheusHandle,
    mut stop: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(address).await?;
    tracing::info!(%address, "serving /healthz and /metrics");
    let app = Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics_text))
        .with_state(Observed { store, handle });
    axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            let _ = stop.wait_for(|stop| *stop).await;
        })
        .await?;
    Ok(())
}

/// Reads the queue into the gauges; `None` when the database does not answer.
async fn update_queue_gauges(store: &Store) -> Option<(u64, f64)> {
    let now = Utc::now();
    match store.queue_stats(now).await {
        Ok(stats) => {
            let lag = stats.oldest_due.map_or(0.0, |due| (now - due).num_milliseconds().max(0) as f64 / 1000.0);
            metrics::gauge!(QUEUE_DEPTH).set(stats.depth as f64);
            metrics::gauge!(QUEUE_LAG_SECONDS).set(lag);
            Some((stats.depth, lag))
        }
        Err(error) => {
            tracing::error!(error = %crate::error_chain(&error), "health check: the database does not answer");
            None
        }
    }
}

async fn healthz(State(observed): State<Observed>) -> impl IntoResponse {
    match update_queue_gauges(&observed.store).await {
        Some((depth, lag)) => (
            StatusCode::OK,
            axum::Json(json!({ "status": "ok", "database": "ok", "queue_depth": depth, "queue_lag_seconds": lag })),
        ),
        None => {
            (StatusCode::SERVICE_UNAVAILABLE, axum::Json(json!({ "status": "unavailable", "database": "unreachable" })))
        }
    }
}

async fn metrics_text(State(observed): State<Observed>) -> impl IntoResponse {
    update_queue_gauges(&observed.store).await;
    ([("content-type", "text/plain; version=0.0.4")], observed.handle.render())
}
