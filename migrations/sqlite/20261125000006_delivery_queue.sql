-- Regions a chat follows for alerts.
CREATE TABLE region_follows (
    chat_id    INTEGER  NOT NULL,
    region     TEXT NOT NULL,
    created_at TEXT  NOT NULL,
    PRIMARY KEY (chat_id, region)
);

-- The durable delivery queue: one row per (chat, report, kind), so nothing is enqueued twice. Workers claim
-- due rows by moving them to 'sending' with a lease; a worker that dies leaves the lease to expire and the
-- row is claimed again.
CREATE TABLE deliveries (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id       INTEGER  NOT NULL,
    report_day    INTEGER  NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('digest', 'alert', 'channel')),
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    attempts      INTEGER  NOT NULL DEFAULT 0,
    not_before    TEXT  NOT NULL,
    lease_until   TEXT,
    last_error    TEXT,
    created_at    TEXT  NOT NULL,
    finished_at   TEXT,
    UNIQUE (chat_id, report_day, kind)
);
CREATE INDEX deliveries_due ON deliveries (status, not_before);
CREATE INDEX deliveries_finished ON deliveries (finished_at);
