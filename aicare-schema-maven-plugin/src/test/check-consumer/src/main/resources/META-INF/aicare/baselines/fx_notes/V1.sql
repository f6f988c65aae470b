-- Baseline 1 of module fx_notes: the notes before mood.

CREATE TABLE fx_notes_entries (
    id serial NOT NULL,
    body text NOT NULL,
    CONSTRAINT fx_notes_entries_pkey PRIMARY KEY (id)
);
