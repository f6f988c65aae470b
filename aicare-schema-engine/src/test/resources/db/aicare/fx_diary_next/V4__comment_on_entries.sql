-- Fixture migration after V3: plain SQL, listed as written.
SET lock_timeout = '5s';
COMMENT ON TABLE fx_diary_entries IS 'One diary entry';
