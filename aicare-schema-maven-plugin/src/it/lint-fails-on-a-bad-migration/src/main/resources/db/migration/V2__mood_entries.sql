CREATE TABLE mood_entries (id bigint);
