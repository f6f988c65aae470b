package db.aicare.fx_diff_written;

import id.ac.ugm.aicare.schema.migration.Backfill;
import id.ac.ugm.aicare.schema.migration.ColumnDef;
import id.ac.ugm.aicare.schema.migration.Confirmation;
import id.ac.ugm.aicare.schema.migration.ForeignKeyDef;
import id.ac.ugm.aicare.schema.migration.IdempotentJavaMigration;
import id.ac.ugm.aicare.schema.migration.IndexDef;
import id.ac.ugm.aicare.schema.migration.SchemaMigrator;
import id.ac.ugm.aicare.schema.migration.TableDef;

/**
 * Module fx_diff, version 2: diary v2.
 *
 * Written by aicare-schema diff from module fx_diff's newest baseline snapshot and its migrations to the models of module fx_diff.
 * Review every step before it runs. Each helper converges on the end state it describes, so the
 * migration is safe to run twice (MIGRATIONS.md).
 */
public class V2__diary_v2 extends IdempotentJavaMigration {

    public V2__diary_v2() {
        // Outside a transaction: indexes are built CONCURRENTLY and each step commits on its own, holding
        // its locks briefly. Under Flyway, also set flyway.postgresql.transactional.lock=false.
        super(TransactionMode.NON_TRANSACTIONAL);
    }

    @Override
    protected void migrate(SchemaMigrator schema) {
        // Enum types and their new labels, in order
        schema.addEnumValueAfter("fx_mood", "neutral", "low");
        schema.createEnumType("fx_visibility", "private", "shared");

        // Renames
        schema.renameColumn("fx_entries", "body", "content");

        // New tables
        schema.createTable(TableDef.named("fx_tags")
                .column(ColumnDef.of("id", "serial"))
                .column(ColumnDef.of("entry_id", "integer").notNull())
                .column(ColumnDef.of("label", "character varying(40)").notNull())
                .primaryKey("id"));

        // Type changes
        schema.changeColumnType("fx_entries", "title", "character varying(200)");
        // character varying(10) to integer may lose or round values, and values score::integer cannot convert fail the migration: check the conversion. Rewrites the table under an exclusive lock.
        schema.changeColumnType("fx_entries", "score", "integer", "score::integer", Confirmation.dataLoss("fx_entries.score"));

        // New columns, in the models' order (PostgreSQL adds each at the end of its table)
        schema.addColumn("fx_entries", ColumnDef.of("summary", "character varying(255)"));
        // FILL IN: fx_entries.word_count is NOT NULL (integer) and has no default, so the rows already there need a value.
        // Replace FILL_IN_fx_entries_word_count with an SQL expression, e.g. "0" (it may use the row's columns).
        schema.addColumn("fx_entries", ColumnDef.of("word_count", "integer").notNull(),
                Backfill.of("fx_entries").set("word_count", "coalesce(length(content), 0)"));
        schema.addColumn("fx_entries", ColumnDef.of("visibility", "fx_visibility"));

        // Foreign keys: added NOT VALID, then validated without blocking writes
        schema.addForeignKey(ForeignKeyDef.from("fx_tags", "entry_id").to("fx_entries", "id").onDelete(ForeignKeyDef.Action.CASCADE));

        // Check constraints: added NOT VALID, then validated
        schema.addCheckConstraint("fx_entries", "fx_entries_score_range", "((score >= 0) AND (score <= 100))");

        // Indexes and unique constraints, built CONCURRENTLY
        schema.addUniqueConstraint("fx_entries", "uq_fx_entries_writer_title", "writer_id", "title");
        schema.createIndex(IndexDef.on("fx_entries").columns("title").named("ix_fx_entries_title"));
        schema.createIndex(IndexDef.on("fx_tags").columns("entry_id").named("ix_fx_tags_entry_id"));

        // Defaults
        schema.setDefault("fx_entries", "status", "'open'::character varying");

        // Comments
        schema.commentOnColumn("fx_entries", "content", "What the writer wrote");
        schema.commentOnTable("fx_entries", "Diary entries, one per day a writer writes");

        // Dropped columns
        // Drops column fx_entries.legacy_flag (boolean) and every value in it: the models no longer have it.
        schema.dropColumn("fx_entries", "legacy_flag", Confirmation.dataLoss("fx_entries.legacy_flag"));

        // Dropped tables
        // Drops table fx_legacy_notes (2 columns) and every row in it: the models no longer have it.
        schema.dropTable("fx_legacy_notes", Confirmation.dataLoss("fx_legacy_notes"));
    }
}
