-- Fixture migration that names a table the module never had.
SET lock_timeout = '5s';
ALTER TABLE fx_diary_pages ADD COLUMN IF NOT EXISTS mood smallint;
