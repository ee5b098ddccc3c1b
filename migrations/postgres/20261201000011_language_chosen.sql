-- A chat's language is now its own choice (`/language`); '' means it has not chosen, so the user's Telegram
-- language or the bot's default applies. No chat could choose before this, so every stored value was a
-- default, not a choice.
UPDATE subscribers SET language = '';
ALTER TABLE subscribers ALTER COLUMN language SET DEFAULT '';
