package id.ac.ugm.aicare.model.gamification;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import java.util.List;

/** The gamification schema (with auth under it) in a test database. */
final class GamificationSchema {

    private GamificationSchema() {
    }

    static JpaTestDatabase create(TestDatabase database) {
        ModelCatalog catalog = ModelCatalog.discover().select(List.of("gamification"));
        return JpaTestDatabase.create(database, ModelSchema.of(catalog).ddl(), catalog::entityManagerFactory);
    }
}
