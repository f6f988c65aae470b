-- The journal service's own table: the tags a student puts on a journal entry.
CREATE TABLE journal_entry_tags (
    id bigserial PRIMARY KEY,
    journal_entry_id integer NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
    tag varchar(40) NOT NULL,
    CONSTRAINT uq_journal_entry_tags_entry_tag UNIQUE (journal_entry_id, tag)
);
