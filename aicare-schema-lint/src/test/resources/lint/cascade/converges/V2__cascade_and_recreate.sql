-- The pattern of LemmyNet/lemmy migrations/2020-01-21-001001_create_private_message/up.sql
-- (AGPL-3.0), lines 54-110: DROP VIEW ... CASCADE also drops the materialized view that reads it,
-- which the file creates again. Every statement here runs twice without error.
DROP VIEW user_view CASCADE;
CREATE VIEW user_view AS SELECT u.id, u.name FROM user_ u;
CREATE MATERIALIZED VIEW user_mview AS SELECT * FROM user_view;
CREATE UNIQUE INDEX idx_user_mview_id ON user_mview (id);
-- The foreign key of post goes with tag, and is added again.
DROP TABLE tag CASCADE;
CREATE TABLE tag (id bigint PRIMARY KEY);
ALTER TABLE post ADD CONSTRAINT post_tag_fkey FOREIGN KEY (tag_id) REFERENCES tag (id);
-- The column post.mood goes with its type, and is added again.
DROP TYPE mood CASCADE;
CREATE TYPE mood AS ENUM ('low', 'neutral', 'high');
ALTER TABLE post ADD COLUMN mood mood;
-- The trigger goes with its function.
DROP FUNCTION touch() CASCADE;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER post_touch BEFORE UPDATE ON post FOR EACH ROW EXECUTE FUNCTION touch();
-- Everything in the schema goes with it.
DROP SCHEMA reports CASCADE;
CREATE SCHEMA reports;
CREATE TABLE reports.daily (day date PRIMARY KEY);
