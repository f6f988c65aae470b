CREATE TABLE IF NOT EXISTS ${schema}.mood_tags (id bigint PRIMARY KEY, name text);
