-- Fixture migration: the right step without its guard; it fails on a second run.
SET lock_timeout = '5s';
ALTER TABLE fx_diary_entries ADD COLUMN mood smallint;
