-- Fixture baseline 2 of module fx_diary: with mood.

CREATE TABLE fx_diary_entries (
    id serial NOT NULL,
    body text NOT NULL,
    mood smallint,
    CONSTRAINT fx_diary_entries_pkey PRIMARY KEY (id)
);
