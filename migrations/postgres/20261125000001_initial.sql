-- warbrief schema, PostgreSQL dialect. Keep in step with migrations/sqlite; the storage contract tests check both.

CREATE TABLE reports (
    day          BIGINT PRIMARY KEY CHECK (day >= 1),
    date         DATE        NOT NULL,
    title        TEXT        NOT NULL,
    status       TEXT        NOT NULL CHECK (status IN ('draft', 'published')),
    sources      TEXT        NOT NULL DEFAULT '',  -- one URL a line
    search_text  TEXT        NOT NULL DEFAULT '',  -- title and section text, maintained by the application
    search       TSVECTOR    GENERATED ALWAYS AS (to_tsvector('english', search_text)) STORED,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    published_at TIMESTAMPTZ
);
CREATE INDEX reports_status_day ON reports (status, day);
CREATE INDEX reports_search ON reports USING GIN (search);

CREATE TABLE report_sections (
    day      BIGINT NOT NULL REFERENCES reports (day) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    heading  TEXT   NOT NULL,
    body     TEXT   NOT NULL,
    PRIMARY KEY (day, position)
);

CREATE TABLE incidents (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    date             DATE,
    region           TEXT        NOT NULL,
    place            TEXT,
    killed           BIGINT      NOT NULL CHECK (killed >= 0),
    killed_at_least  BOOLEAN     NOT NULL DEFAULT FALSE,
    wounded          BIGINT      NOT NULL CHECK (wounded >= 0),
    wounded_at_least BOOLEAN     NOT NULL DEFAULT FALSE,
    weapon           TEXT,
    description      TEXT        NOT NULL,
    report_day       BIGINT REFERENCES reports (day) ON DELETE CASCADE,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX incidents_region_date ON incidents (region, date);
CREATE INDEX incidents_report_day ON incidents (report_day);
CREATE INDEX incidents_date ON incidents (date);

CREATE TABLE sanctions (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    date       DATE        NOT NULL,
    authority  TEXT        NOT NULL,
    title      TEXT        NOT NULL,
    status     TEXT        NOT NULL,
    summary    TEXT        NOT NULL,
    source_url TEXT,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sanctions_date ON sanctions (date DESC, id DESC);
CREATE INDEX sanctions_authority_date ON sanctions (authority, date DESC, id DESC);

CREATE TABLE subscribers (
    chat_id     BIGINT PRIMARY KEY,
    language    TEXT        NOT NULL DEFAULT 'en',
    time_zone   TEXT        NOT NULL,
    digest_time TIME        NOT NULL,
    active      BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX subscribers_active ON subscribers (active);

CREATE TABLE admins (
    user_id  BIGINT PRIMARY KEY,
    added_by BIGINT,
    added_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE audit_log (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      TIMESTAMPTZ NOT NULL,
    actor   BIGINT,
    action  TEXT        NOT NULL,
    subject TEXT        NOT NULL,
    before  TEXT,
    after   TEXT
);
CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC);
