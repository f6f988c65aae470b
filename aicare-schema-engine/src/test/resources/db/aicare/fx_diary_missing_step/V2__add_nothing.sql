-- Fixture migration that forgets the step adding mood.
SET lock_timeout = '5s';
COMMENT ON TABLE fx_diary_entries IS NULL;
