package db.aicare_service.fx_journal;

import id.ac.ugm.aicare.schema.migration.IdempotentJavaMigration;
import id.ac.ugm.aicare.schema.migration.IndexDef;
import id.ac.ugm.aicare.schema.migration.SchemaMigrator;

/** Fixture service line: a non-transactional Java migration that builds an index concurrently. */
public class V3__index_mood_labels extends IdempotentJavaMigration {

    public V3__index_mood_labels() {
        super(TransactionMode.NON_TRANSACTIONAL);
    }

    @Override
    protected void migrate(SchemaMigrator schema) {
        schema.createIndex(IndexDef.on("fx_journal_moods").columns("label").named("ix_fx_journal_moods_label"));
    }
}
