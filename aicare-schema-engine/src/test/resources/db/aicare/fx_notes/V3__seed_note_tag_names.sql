-- Fixture migration that only works after V2: proves the order.
CREATE TABLE fx_note_tag_names (name varchar(40) PRIMARY KEY);
INSERT INTO fx_note_tag_names (name) VALUES ('mood'), ('sleep');
ALTER TABLE fx_note_tags ADD CONSTRAINT fx_note_tags_tag_fkey FOREIGN KEY (tag) REFERENCES fx_note_tag_names (name);
