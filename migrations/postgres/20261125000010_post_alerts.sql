-- Region alerts for incidents added from a forwarded post (issue 12): a delivery is now of a report (its day)
-- or of a post (its id), never both. One row per (chat, report, kind) or (chat, post, kind) as before, so
-- nothing is enqueued twice (NULLs are distinct in both unique constraints).
ALTER TABLE deliveries ALTER COLUMN report_day DROP NOT NULL;
ALTER TABLE deliveries ADD COLUMN post_id BIGINT REFERENCES posts (id) ON DELETE CASCADE;
ALTER TABLE deliveries DROP CONSTRAINT deliveries_kind_check;
ALTER TABLE deliveries ADD CONSTRAINT deliveries_kind_check
    CHECK (kind IN ('digest', 'alert', 'channel', 'post_alert'));
ALTER TABLE deliveries ADD CONSTRAINT deliveries_subject_check
    CHECK ((report_day IS NULL) <> (post_id IS NULL) AND (kind = 'post_alert') = (post_id IS NOT NULL));
ALTER TABLE deliveries ADD CONSTRAINT deliveries_chat_id_post_id_kind_key UNIQUE (chat_id, post_id, kind);
