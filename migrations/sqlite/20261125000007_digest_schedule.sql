-- A chat may follow regions without taking the daily digest, so "wants the digest" is its own flag, apart
-- from `active` (false once the chat blocked the bot). `next_digest_at` is when the scheduler next looks at
-- the chat: NULL while it takes no digest, so the scheduler's query walks only chats that are due.
ALTER TABLE subscribers ADD COLUMN digest BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE subscribers ADD COLUMN next_digest_at TEXT;
CREATE INDEX subscribers_next_digest ON subscribers (next_digest_at) WHERE next_digest_at IS NOT NULL;
-- Deliveries to one chat, for moving a group's queue when it becomes a supergroup.
CREATE INDEX deliveries_chat ON deliveries (chat_id, status);
