-- Fixture service line of transactional migrations only, for instances that start at once.
ALTER TABLE fx_notes ADD COLUMN pinned boolean NOT NULL DEFAULT false;
