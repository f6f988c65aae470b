package db.aicare.fx_diary_next;

import id.ac.ugm.aicare.schema.migration.ColumnDef;
import id.ac.ugm.aicare.schema.migration.ForeignKeyDef;
import id.ac.ugm.aicare.schema.migration.IdempotentJavaMigration;
import id.ac.ugm.aicare.schema.migration.IndexDef;
import id.ac.ugm.aicare.schema.migration.SchemaMigrator;
import id.ac.ugm.aicare.schema.migration.TableDef;

/**
 * Fixture migration after fx_diary's baseline 2: a new table with a foreign key and an index, whose
 * later steps depend on the earlier ones (a dry run plans them on top of each other).
 */
public class V3__tag_entries extends IdempotentJavaMigration {

    public V3__tag_entries() {
        super(TransactionMode.NON_TRANSACTIONAL);
    }

    @Override
    protected void migrate(SchemaMigrator schema) {
        schema.createEnumType("fx_diary_tag_kind", "mood", "sleep");
        schema.createTable(TableDef.named("fx_diary_tags")
                .column(ColumnDef.of("id", "serial"))
                .column(ColumnDef.of("entry_id", "integer").notNull())
                .column(ColumnDef.of("kind", "fx_diary_tag_kind").notNull())
                .primaryKey("id"));
        schema.addForeignKey(ForeignKeyDef.from("fx_diary_tags", "entry_id").to("fx_diary_entries", "id"));
        schema.createIndex(IndexDef.on("fx_diary_tags").columns("entry_id").named("ix_fx_diary_tags_entry_id"));
        schema.addColumn("fx_diary_entries", ColumnDef.of("weather", "varchar(20)"));
        schema.setNotNull("fx_diary_entries", "mood");
    }
}
