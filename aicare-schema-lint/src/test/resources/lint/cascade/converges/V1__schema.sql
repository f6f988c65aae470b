-- The schema V2 replaces parts of: a view with a materialized view reading it, a referenced
-- table, an enum used by a column, a trigger function, and a reporting schema.
CREATE TABLE user_ (id bigint PRIMARY KEY, name text NOT NULL);
CREATE VIEW user_view AS SELECT u.id, u.name FROM user_ u;
CREATE MATERIALIZED VIEW user_mview AS SELECT * FROM user_view;
CREATE UNIQUE INDEX idx_user_mview_id ON user_mview (id);
CREATE TABLE tag (id bigint PRIMARY KEY);
CREATE TABLE post (id bigint PRIMARY KEY, tag_id bigint);
ALTER TABLE post ADD CONSTRAINT post_tag_fkey FOREIGN KEY (tag_id) REFERENCES tag (id);
CREATE TYPE mood AS ENUM ('low', 'high');
ALTER TABLE post ADD COLUMN mood mood;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER post_touch BEFORE UPDATE ON post FOR EACH ROW EXECUTE FUNCTION touch();
CREATE SCHEMA reports;
CREATE TABLE reports.daily (day date PRIMARY KEY);
