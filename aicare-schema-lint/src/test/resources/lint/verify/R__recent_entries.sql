CREATE OR REPLACE VIEW recent_entries AS
SELECT id, body FROM journal_entries WHERE created_at > now() - interval '7 days';
