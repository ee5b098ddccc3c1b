//! `warbrief serve`: the composition root. The only module that knows the app, the delivery queue, the
//! Telegram transport and the metrics server together; it starts them and stops them in order.

use std::sync::Arc;
use std::time::Duration;

use crate::app::Answerer;
use crate::config::{BotToken, Config};
use crate::telegram::{self, SHUTDOWN_GRACE};

/// Runs the bot until SIGINT or SIGTERM: the Telegram dispatcher answers updates while the delivery worker
/// sends digests, alerts and channel posts from the database's queue, and (with `WARBRIEF_METRICS_LISTEN`)
/// the metrics server answers scrapes.
pub async fn serve(config: &Config, token: &BotToken, answerer: Answerer) -> anyhow::Result<()> {
    if config.send_rate > crate::config::FREE_RATE_LIMIT && !config.paid_broadcast {
        tracing::warn!(
            rate = config.send_rate,
            "WARBRIEF_SEND_RATE is above the ~30 messages a second Telegram takes without paid broadcast; \
             expect 429s (WARBRIEF_PAID_BROADCAST=1 lifts the limit, for a fee)"
        );
    }
    let connected = telegram::connect(config, token, &answerer).await?;
    // Digests, alerts and channel posts go out beside the dispatcher, through the database's queue.
    let (stop_delivery, stop) = tokio::sync::watch::channel(false);
    let delivery = tokio::spawn(crate::delivery::run(
        answerer.store().clone(),
        crate::telegram::client::BotApi::new(config.api_url.as_ref(), token)?,
        crate::delivery::DeliverySettings::from_config(config),
        stop,
    ));
    let stop_delivery = Arc::new(stop_delivery);
    let observer = match config.metrics_listen {
        None => None,
        Some(address) => {
            let handle = crate::observe::install()?;
            let store = answerer.store().clone();
            let stop = stop_delivery.subscribe();
            Some(tokio::spawn(async move {
                if let Err(error) = crate::observe::serve(address, store, handle, stop).await {
                    tracing::error!(error = %crate::error_chain(error.as_ref()), "the metrics server stopped");
                }
            }))
        }
    };
    let dispatched = telegram::dispatch(connected, config, answerer, Arc::clone(&stop_delivery)).await;
    // Stopped (SIGINT or SIGTERM): the sends in flight finish and are recorded; unsent claims are released.
    let _ = stop_delivery.send(true);
    if tokio::time::timeout(SHUTDOWN_GRACE, delivery).await.is_err() {
        tracing::warn!("deliveries did not stop within {SHUTDOWN_GRACE:?}; their leases will expire");
    }
    if let Some(observer) = observer {
        let _ = tokio::time::timeout(Duration::from_secs(1), observer).await;
    }
    dispatched?;
    tracing::info!("stopped");
    Ok(())
}
