ALTER TABLE fx_notes ADD COLUMN pinned_at timestamptz;
