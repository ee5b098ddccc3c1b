-- Telegram updates already taken for handling, so that one delivered twice (a webhook redelivered after a
-- timeout, an update sent to two instances, a getUpdates offset lost in a restart) is handled once. A row is
-- kept only as long as Telegram may send its update again (a day), then pruned by `seen_at`.
CREATE TABLE seen_updates (
    update_id BIGINT PRIMARY KEY,
    seen_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX seen_updates_seen_at ON seen_updates (seen_at);
