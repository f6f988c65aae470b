-- Fixture baseline 1 of module fx_diary: the diary before mood.

CREATE TABLE fx_diary_entries (
    id serial NOT NULL,
    body text NOT NULL,
    CONSTRAINT fx_diary_entries_pkey PRIMARY KEY (id)
);
