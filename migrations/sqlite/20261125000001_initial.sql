-- warbrief schema, SQLite dialect. Keep in step with migrations/postgres; the storage contract tests check both.

CREATE TABLE reports (
    day          INTEGER PRIMARY KEY CHECK (day >= 1),
    date         TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('draft', 'published')),
    sources      TEXT    NOT NULL DEFAULT '',  -- one URL a line
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    published_at TEXT
);
CREATE INDEX reports_status_day ON reports (status, day);

CREATE TABLE report_sections (
    day      INTEGER NOT NULL REFERENCES reports (day) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    heading  TEXT    NOT NULL,
    body     TEXT    NOT NULL,
    PRIMARY KEY (day, position)
);

-- Full-text index over published and draft reports; rowid = day. Maintained by the application.
CREATE VIRTUAL TABLE reports_fts USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE incidents (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    date            TEXT,
    region          TEXT    NOT NULL,
    place           TEXT,
    killed          INTEGER NOT NULL CHECK (killed >= 0),
    killed_at_least BOOLEAN NOT NULL DEFAULT FALSE,
    wounded         INTEGER NOT NULL CHECK (wounded >= 0),
    wounded_at_least BOOLEAN NOT NULL DEFAULT FALSE,
    weapon          TEXT,
    description     TEXT    NOT NULL,
    report_day      INTEGER REFERENCES reports (day) ON DELETE CASCADE,
    created_at      TEXT    NOT NULL
);
CREATE INDEX incidents_region_date ON incidents (region, date);
CREATE INDEX incidents_report_day ON incidents (report_day);
CREATE INDEX incidents_date ON incidents (date);

CREATE TABLE sanctions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    date       TEXT NOT NULL,
    authority  TEXT NOT NULL,
    title      TEXT NOT NULL,
    status     TEXT NOT NULL,
    summary    TEXT NOT NULL,
    source_url TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX sanctions_date ON sanctions (date DESC, id DESC);
CREATE INDEX sanctions_authority_date ON sanctions (authority, date DESC, id DESC);

CREATE TABLE subscribers (
    chat_id     INTEGER PRIMARY KEY,
    language    TEXT    NOT NULL DEFAULT 'en',
    time_zone   TEXT    NOT NULL,
    digest_time TEXT    NOT NULL,
    active      BOOLEAN NOT NULL DEFAULT TRUE,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
CREATE INDEX subscribers_active ON subscribers (active);

CREATE TABLE admins (
    user_id  INTEGER PRIMARY KEY,
    added_by INTEGER,
    added_at TEXT NOT NULL
);

CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT    NOT NULL,
    actor   INTEGER,
    action  TEXT    NOT NULL,
    subject TEXT    NOT NULL,
    before  TEXT,
    after   TEXT
);
CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC);
