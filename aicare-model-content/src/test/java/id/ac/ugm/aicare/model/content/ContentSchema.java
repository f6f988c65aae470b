package id.ac.ugm.aicare.model.content;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jdbc.JdbcTestDatabase;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import java.util.List;

/** The content schema (with auth and clinical under it) in a test database, and a psychologist row for it. */
final class ContentSchema {

    private ContentSchema() {
    }

    static JpaTestDatabase create(TestDatabase database) {
        ModelCatalog catalog = ModelCatalog.discover().select(List.of("content"));
        return JpaTestDatabase.create(database, ModelSchema.of(catalog).ddl(), catalog::entityManagerFactory);
    }

    /** Inserts a psychologist straight into {@code psychologists} (a clinical table) and returns its id. */
    static int insertPsychologist(JdbcTestDatabase database, String name) {
        return database.insertReturningId("INSERT INTO psychologists (name, is_available, created_at, updated_at) "
                + "VALUES (?, true, now(), now()) RETURNING id", name);
    }
}
