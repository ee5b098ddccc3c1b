-- A report an admin sent for a day that already has one: kept until they confirm the replacement.
CREATE TABLE pending_reports (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    day          BIGINT NOT NULL,
    text         TEXT NOT NULL,
    submitted_by BIGINT,
    created_at   TIMESTAMPTZ NOT NULL
);
