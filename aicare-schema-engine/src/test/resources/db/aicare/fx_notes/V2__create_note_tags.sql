-- Fixture migration after the baseline: a table the models do not have.
CREATE TABLE fx_note_tags (
    id serial PRIMARY KEY,
    note_id integer NOT NULL REFERENCES fx_notes ON DELETE CASCADE,
    tag varchar(40) NOT NULL
);
