-- Regions a chat follows for alerts.
CREATE TABLE region_follows (
    chat_id    BIGINT  NOT NULL,
    region     TEXT NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (chat_id, region)
);

-- The durable delivery queue: one row per (chat, report, kind), so nothing is enqueued twice. Workers claim
-- due rows by moving them to 'sending' with a lease; a worker that dies leaves the lease to expire and the
-- row is claimed again.
CREATE TABLE deliveries (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    chat_id       BIGINT  NOT NULL,
    report_day    BIGINT  NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('digest', 'alert', 'channel')),
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    attempts      BIGINT  NOT NULL DEFAULT 0,
    not_before    TIMESTAMPTZ  NOT NULL,
    lease_until   TIMESTAMPTZ,
    last_error    TEXT,
    created_at    TIMESTAMPTZ  NOT NULL,
    finished_at   TIMESTAMPTZ,
    UNIQUE (chat_id, report_day, kind)
);
CREATE INDEX deliveries_due ON deliveries (status, not_before);
CREATE INDEX deliveries_finished ON deliveries (finished_at);
