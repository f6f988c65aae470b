CREATE TABLE old_mood (id int);
