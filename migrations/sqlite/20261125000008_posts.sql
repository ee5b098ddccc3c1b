-- Forwarded posts and articles sent with /addreport (issue 12): previewed, then added or discarded. A post's
-- incidents are stored on their own (report_day NULL, visible at once) and point back here. post_key is
-- 'tg:<chat id>:<message id>' for a channel post, 'sha256:<hex>' of the whitespace-normalised text otherwise;
-- its uniqueness is what keeps a post forwarded twice from being added twice.
CREATE TABLE posts (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    post_key        TEXT    NOT NULL UNIQUE,
    source_name     TEXT    NOT NULL,
    source_url      TEXT,
    text            TEXT    NOT NULL,
    date            TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('pending', 'added', 'discarded')),
    submitted_by    INTEGER,
    incidents_added INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);

-- Where an incident that is not from a daily report was read. The name and link are copied from the post so
-- region views and exports need no join, and stay when a post row is cleaned up.
ALTER TABLE incidents ADD COLUMN post_id INTEGER REFERENCES posts (id) ON DELETE SET NULL;
ALTER TABLE incidents ADD COLUMN source_name TEXT;
ALTER TABLE incidents ADD COLUMN source_url TEXT;
CREATE INDEX incidents_post ON incidents (post_id);
