-- A report an admin sent for a day that already has one: kept until they confirm the replacement.
CREATE TABLE pending_reports (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    day          INTEGER NOT NULL,
    text         TEXT NOT NULL,
    submitted_by INTEGER,
    created_at   TEXT NOT NULL
);
