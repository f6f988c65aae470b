package id.ac.ugm.aicare.schema.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * A migration of 200 operations (25 tables with 3 added columns, 2 indexes, a sequence and an enum
 * value each), written twice: with the helpers, and as the 200 plain {@code IF NOT EXISTS}
 * statements a careful hand would write. Used by the round-trip test and the benchmark.
 */
public final class TwoHundredOperations {

    public static final int TABLES = 25;
    public static final int COUNT = TABLES * 8;

    private TwoHundredOperations() {
    }

    /** Runs the helpers; returns how many reported APPLIED. Needs enum type {@code risk_level}. */
    public static int apply(SchemaMigrator schema) {
        return apply(schema, TABLES);
    }

    /** The same eight operations on that many tables (250 tables: 2,000 operations). */
    public static int apply(SchemaMigrator schema, int tables) {
        int applied = 0;
        for (int i = 0; i < tables; i++) {
            String table = "bench_" + i;
            List<Outcome> outcomes = List.of(
                    schema.createTable(TableDef.named(table)
                            .column(ColumnDef.of("id", "bigserial"))
                            .column(ColumnDef.of("owner_id", "integer").notNull())
                            .column(ColumnDef.of("created_at", "timestamptz").notNull().defaultTo("now()"))
                            .primaryKey("id")),
                    schema.addColumn(table, ColumnDef.of("status", "varchar(20)").notNull().defaultTo("'new'")),
                    schema.addColumn(table, ColumnDef.of("score", "integer").defaultTo("0")),
                    schema.addColumn(table, ColumnDef.of("note", "text")),
                    schema.createIndex(IndexDef.on(table).columns("owner_id", "created_at")),
                    schema.createIndex(IndexDef.on(table).columns("status").unique().where("score > 0")
                            .named(table + "_status_scored_key")),
                    schema.createSequence(SequenceDef.named(table + "_numbers")),
                    schema.addEnumValue("risk_level", "level_" + i));
            applied += (int) outcomes.stream().filter(Outcome::changed).count();
        }
        return applied;
    }

    /** The same 200 changes as plain guarded statements. */
    public static List<String> plainStatements() {
        return plainStatements(TABLES);
    }

    /** The same changes on that many tables as plain guarded statements. */
    public static List<String> plainStatements(int tables) {
        List<String> sql = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            String table = "bench_" + i;
            sql.add("CREATE TABLE IF NOT EXISTS " + table + " (id bigserial NOT NULL, owner_id integer NOT NULL, "
                    + "created_at timestamptz NOT NULL DEFAULT now(), CONSTRAINT " + table + "_pkey PRIMARY KEY (id))");
            sql.add("ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS status varchar(20) NOT NULL DEFAULT 'new'");
            sql.add("ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS score integer DEFAULT 0");
            sql.add("ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS note text");
            sql.add("CREATE INDEX CONCURRENTLY IF NOT EXISTS " + table + "_owner_id_created_at_idx ON " + table
                    + " (owner_id, created_at)");
            sql.add("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS " + table + "_status_scored_key ON " + table
                    + " (status) WHERE score > 0");
            sql.add("CREATE SEQUENCE IF NOT EXISTS " + table + "_numbers");
            sql.add("ALTER TYPE risk_level ADD VALUE IF NOT EXISTS 'level_" + i + "'");
        }
        return sql;
    }
}
