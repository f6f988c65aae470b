-- AICare Models: PostgreSQL schema generated from the entity models.
-- Modules, in dependency order: fx_diff
-- 3 tables, 12 columns, 1 indexes, 1 foreign keys, 1 enum types.

-- Module fx_diff

CREATE TYPE fx_mood AS ENUM ('low', 'high');

CREATE TABLE fx_entries (
    id serial NOT NULL,
    writer_id integer NOT NULL,
    title varchar(100) NOT NULL,
    body text,
    score varchar(10),
    mood fx_mood,
    status varchar(20) DEFAULT 'draft',
    legacy_flag boolean,
    CONSTRAINT fx_entries_pkey PRIMARY KEY (id)
);
COMMENT ON TABLE fx_entries IS 'Diary entries';
CREATE INDEX ix_fx_entries_writer_id ON fx_entries (writer_id);

CREATE TABLE fx_legacy_notes (
    id serial NOT NULL,
    note text,
    CONSTRAINT fx_legacy_notes_pkey PRIMARY KEY (id)
);

CREATE TABLE fx_writers (
    id serial NOT NULL,
    name varchar(80) NOT NULL,
    CONSTRAINT fx_writers_pkey PRIMARY KEY (id)
);

ALTER TABLE fx_entries ADD CONSTRAINT fx_entries_writer_id_fkey FOREIGN KEY (writer_id) REFERENCES fx_writers (id);
