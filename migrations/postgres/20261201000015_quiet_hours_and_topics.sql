-- Quiet hours (`/quiet`): a window of the chat's local time in which pushed messages go silently ('silent')
-- or wait for its end ('wait'); all three NULL when the chat has none. And the forum topic pushed messages
-- go into (`message_thread_id`), NULL for the chat itself.
ALTER TABLE subscribers ADD COLUMN quiet_start TIME;
ALTER TABLE subscribers ADD COLUMN quiet_end TIME;
ALTER TABLE subscribers ADD COLUMN quiet_mode TEXT CHECK (quiet_mode IN ('silent', 'wait'));
ALTER TABLE subscribers ADD COLUMN topic BIGINT;
