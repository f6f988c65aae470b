package id.ac.ugm.aicare.model.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;

/** The schema of the modules on this test classpath (auth, clinical, campaigns) in a test database. */
final class CampaignsDatabase {

    private CampaignsDatabase() {
    }

    static JpaTestDatabase create(TestDatabase database) {
        ModelCatalog catalog = ModelCatalog.discover();
        assertThat(catalog.moduleNames()).containsExactly("auth", "clinical", "campaigns");
        return JpaTestDatabase.create(database, ModelSchema.of(catalog).ddl(), catalog::entityManagerFactory);
    }
}
