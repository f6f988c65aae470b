-- Only what V2 needs: a view over users, and a table that posts point to.
CREATE TABLE user_ (id bigint PRIMARY KEY, name text NOT NULL);
CREATE VIEW user_view AS SELECT u.id, u.name FROM user_ u;
CREATE TABLE tag (id bigint PRIMARY KEY);
CREATE TABLE post (id bigint PRIMARY KEY, tag_id bigint REFERENCES tag (id));
