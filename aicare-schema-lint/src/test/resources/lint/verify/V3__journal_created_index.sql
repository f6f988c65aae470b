CREATE INDEX CONCURRENTLY IF NOT EXISTS journal_entries_created ON journal_entries (created_at);
