-- Region alerts for incidents added from a forwarded post (issue 12): a delivery is now of a report (its day)
-- or of a post (its id), never both. One row per (chat, report, kind) or (chat, post, kind) as before, so
-- nothing is enqueued twice. SQLite cannot alter a CHECK constraint: the table is rebuilt, rows kept.
CREATE TABLE deliveries_new (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id       INTEGER  NOT NULL,
    report_day    INTEGER,
    post_id       INTEGER REFERENCES posts (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('digest', 'alert', 'channel', 'post_alert')),
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    attempts      INTEGER  NOT NULL DEFAULT 0,
    not_before    TEXT  NOT NULL,
    lease_until   TEXT,
    last_error    TEXT,
    created_at    TEXT  NOT NULL,
    finished_at   TEXT,
    CHECK ((report_day IS NULL) <> (post_id IS NULL)),
    CHECK ((kind = 'post_alert') = (post_id IS NOT NULL)),
    UNIQUE (chat_id, report_day, kind),
    UNIQUE (chat_id, post_id, kind)
);
INSERT INTO deliveries_new (id, chat_id, report_day, kind, status, attempts, not_before, lease_until, last_error,
                            created_at, finished_at)
    SELECT id, chat_id, report_day, kind, status, attempts, not_before, lease_until, last_error, created_at,
           finished_at
    FROM deliveries;
DROP TABLE deliveries;
ALTER TABLE deliveries_new RENAME TO deliveries;
CREATE INDEX deliveries_due ON deliveries (status, not_before);
CREATE INDEX deliveries_finished ON deliveries (finished_at);
