-- A counter bumped by every change to reports, in the same transaction: a cheap version for caches
-- (Store::reports_version), valid across instances sharing the database.
CREATE TABLE reports_revision (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value BIGINT  NOT NULL
);
INSERT INTO reports_revision (id, value) VALUES (1, 0);
