SET lock_timeout = '5s';
SET statement_timeout = '1min';
ALTER TABLE journal_entries ADD COLUMN IF NOT EXISTS mood mood_level;
CREATE INDEX journal_entries_mood ON journal_entries (mood);
ALTER TABLE journal_entries ADD CONSTRAINT journal_entries_body_check CHECK (body <> '') NOT VALID;
INSERT INTO settings (key, value) VALUES ('mood', 'on') ON CONFLICT (key) DO NOTHING;
