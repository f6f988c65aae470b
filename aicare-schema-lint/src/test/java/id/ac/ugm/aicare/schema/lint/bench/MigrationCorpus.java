package id.ac.ugm.aicare.schema.lint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a reproducible corpus of migration files that look like a real project's history: tables
 * with typed columns and defaults, indexes (some concurrent, alone in their file), added columns,
 * DO-block guards, PL/pgSQL functions with dollar-quoted bodies, seed data whose strings contain SQL
 * keywords, comments, and the occasional bad habit the rules exist for. The same seed gives the same
 * bytes, so two runs of the benchmark lint the same thing.
 */
public final class MigrationCorpus {

    private static final List<String> TYPES = List.of("bigint", "text", "timestamptz", "boolean", "jsonb",
            "numeric(12,2)", "uuid", "integer", "varchar(255)", "timestamp", "date", "smallint");
    private static final List<String> WORDS = List.of("user", "journal", "mood", "session", "campaign", "quest",
            "badge", "payment", "consent", "message", "counsellor", "appointment", "survey", "reward", "alert");

    private final Random random;

    private MigrationCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code count} files named V00001__... into {@code folder}; returns their total size in bytes. */
    public static long write(Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        MigrationCorpus corpus = new MigrationCorpus(seed);
        long bytes = 0;
        for (int i = 1; i <= count; i++) {
            String sql = corpus.migration(i);
            Path file = folder.resolve(String.format("V%05d__%s_%s.sql", i, corpus.word(), corpus.word()));
            Files.writeString(file, sql, StandardCharsets.UTF_8);
            bytes += sql.getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    private String migration(int number) {
        StringBuilder sql = new StringBuilder();
        sql.append("-- Migration ").append(number).append(": ").append(word()).append(" changes.\n")
                .append("-- Written to be safe to run twice; see docs/LINT.md.\n\n");
        if (random.nextInt(10) == 0) {
            // A concurrent index build goes alone in its file, as Flyway needs.
            String table = table();
            return sql.append("CREATE INDEX CONCURRENTLY IF NOT EXISTS ").append(table).append("_").append(word())
                    .append("_idx ON ").append(table).append(" (").append(word()).append("_id);\n").toString();
        }
        if (random.nextBoolean()) {
            sql.append("SET lock_timeout = '5s';\nSET statement_timeout = '15min';\n\n");
        }
        int statements = 3 + random.nextInt(8);
        for (int s = 0; s < statements; s++) {
            switch (random.nextInt(7)) {
                case 0, 1 -> createTable(sql);
                case 2 -> addColumns(sql);
                case 3 -> enumGuard(sql);
                case 4 -> function(sql);
                case 5 -> seed(sql);
                default -> index(sql);
            }
            sql.append('\n');
        }
        return sql.toString();
    }

    private void createTable(StringBuilder sql) {
        String table = table();
        sql.append("CREATE TABLE IF NOT EXISTS ").append(table).append(" (\n")
                .append("    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n");
        int columns = 3 + random.nextInt(10);
        for (int c = 0; c < columns; c++) {
            String type = TYPES.get(random.nextInt(TYPES.size()));
            sql.append("    ").append(word()).append('_').append(c).append(' ').append(type);
            if (random.nextInt(3) == 0) {
                sql.append(" NOT NULL");
            }
            if (type.equals("timestamptz") && random.nextBoolean()) {
                sql.append(" DEFAULT now()");
            } else if (type.equals("boolean")) {
                sql.append(" DEFAULT false");
            } else if (type.equals("jsonb")) {
                sql.append(" DEFAULT '{}'::jsonb");
            }
            sql.append(",\n");
        }
        sql.append("    ").append(word()).append("_id bigint REFERENCES ").append(table()).append(" (id) ON DELETE CASCADE,\n")
                .append("    created_at timestamptz NOT NULL DEFAULT now()\n);\n")
                .append("COMMENT ON TABLE ").append(table).append(" IS 'One ").append(word())
                .append(" per row; DROP nothing here.';\n");
    }

    private void addColumns(StringBuilder sql) {
        String table = table();
        sql.append("ALTER TABLE ").append(table).append("\n    ADD COLUMN IF NOT EXISTS ").append(word())
                .append("_note text,\n    ADD COLUMN IF NOT EXISTS ").append(word()).append("_at timestamptz DEFAULT now();\n");
        if (random.nextInt(4) == 0) {
            sql.append("ALTER TABLE ").append(table).append(" ADD COLUMN ").append(word())
                    .append("_token uuid NOT NULL DEFAULT gen_random_uuid();\n");
        }
    }

    private void enumGuard(StringBuilder sql) {
        String name = word() + "_state";
        sql.append("DO $$\nBEGIN\n    CREATE TYPE ").append(name).append(" AS ENUM ('new', 'active', 'closed');\n")
                .append("EXCEPTION\n    WHEN duplicate_object THEN NULL;\nEND\n$$;\n");
    }

    private void function(StringBuilder sql) {
        String name = "touch_" + word();
        sql.append("CREATE OR REPLACE FUNCTION ").append(name).append("() RETURNS trigger\n")
                .append("LANGUAGE plpgsql AS $body$\nBEGIN\n")
                .append("    -- keeps updated_at honest; a COMMIT here would be an error\n")
                .append("    NEW.updated_at := now();\n")
                .append("    IF NEW.").append(word()).append("_id IS NULL THEN\n")
                .append("        RAISE EXCEPTION 'missing %; DROP TABLE is not the answer', TG_TABLE_NAME;\n")
                .append("    END IF;\n    RETURN NEW;\nEND\n$body$;\n");
    }

    private void seed(StringBuilder sql) {
        sql.append("INSERT INTO settings (key, value) VALUES\n");
        int rows = 2 + random.nextInt(6);
        for (int r = 0; r < rows; r++) {
            sql.append("    ('").append(word()).append('.').append(word()).append(r)
                    .append("', 'It''s fine; ALTER TABLE in a string is text')").append(r + 1 < rows ? ",\n" : "\n");
        }
        sql.append("ON CONFLICT (key) DO NOTHING;\n");
    }

    private void index(StringBuilder sql) {
        String table = table();
        sql.append("CREATE INDEX IF NOT EXISTS ").append(table).append('_').append(word()).append("_idx ON ")
                .append(table).append(" (").append(word()).append("_id, created_at DESC);\n");
    }

    private String table() {
        return word() + "s";
    }

    private String word() {
        return WORDS.get(random.nextInt(WORDS.size()));
    }
}
