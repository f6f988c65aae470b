-- Safe to run twice: every statement converges on the wanted end state.
CREATE TABLE IF NOT EXISTS journal_entries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS settings (key text PRIMARY KEY, value text NOT NULL);
DO $$
BEGIN
    CREATE TYPE mood_level AS ENUM ('low', 'high');
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;
