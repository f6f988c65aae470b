package id.ac.ugm.aicare.model.campaigns;

import id.ac.ugm.aicare.schema.engine.check.MigrationCheck;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** Every baseline this module released, plus its migrations after it, gives exactly its models' schema. */
@PostgresTest
class MigrationsReachModelsTest {

    @Test
    void everyBaselinePlusItsMigrationsReachesTheModels(TestDatabase db) {
        MigrationCheck.assertMigrationsReachModels(db.dataSource(), "campaigns");
    }
}
