-- The send budget every instance on this database shares (issue 16): the next free send slot, in microseconds
-- since the Unix epoch by the database's clock. Instances reserve blocks of slots from it, so the configured
-- rate is the total across them; a 429 seen by any instance pushes it past `retry_after`, pausing them all.
CREATE TABLE send_budget (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    next_slot_us BIGINT NOT NULL
);
INSERT INTO send_budget (id, next_slot_us) VALUES (1, 0);

-- Claiming walks due rows in (not_before, id) order and stops at its limit, checking each row's chat on the
-- way (the per-chat gap across instances). With `id` in the index the walk needs no sort of every due row.
-- (SQLite's index already ends in the rowid, which is `id`.)
DROP INDEX deliveries_due;
CREATE INDEX deliveries_due ON deliveries (status, not_before, id);
