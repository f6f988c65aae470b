CREATE TABLE IF NOT EXISTS mood_entries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    note text
);
CREATE INDEX IF NOT EXISTS mood_entries_note ON mood_entries (note);
