-- Fixture migration: the step from baseline 1 to the models.
SET lock_timeout = '5s';
ALTER TABLE fx_diary_entries ADD COLUMN IF NOT EXISTS mood smallint;
