-- What a CASCADE does not take away: a table that references the dropped one keeps its rows and
-- loses only its foreign key, and a view that does not read the dropped one stays.
DROP TABLE tag CASCADE;
CREATE TABLE tag (id bigint PRIMARY KEY);
CREATE TABLE post_tag (post_id bigint, tag_id bigint REFERENCES tag (id));
DROP VIEW user_view CASCADE;
CREATE VIEW user_view AS SELECT u.id, u.name FROM user_ u;
CREATE VIEW post_count AS SELECT count(*) AS n FROM post;
