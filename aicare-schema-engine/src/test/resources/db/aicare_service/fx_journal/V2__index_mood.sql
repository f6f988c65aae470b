-- Runs outside a transaction (Flyway sees CONCURRENTLY); status renders it inside one.
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_fx_notes_mood ON fx_notes (mood);
