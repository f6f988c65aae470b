-- The service's own table: a note a counsellor's service keeps about a journal entry.
CREATE TABLE service_notes (
    id bigint PRIMARY KEY,
    journal_entry_id integer REFERENCES journal_entries (id)
);
