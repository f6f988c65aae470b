-- Fixture service line: a column on a module's table, and a table of the service's own.
ALTER TABLE fx_notes ADD COLUMN mood smallint;
CREATE TABLE fx_journal_moods (id serial PRIMARY KEY, label varchar(40) NOT NULL);
