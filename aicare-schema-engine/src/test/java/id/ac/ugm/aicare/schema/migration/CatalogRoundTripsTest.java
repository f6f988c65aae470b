package id.ac.ugm.aicare.schema.migration;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Catalog checks cost a bounded number of round trips: a re-run of a migration of 200 operations
 * that finds everything in place reads the catalog once and sends nothing else; a first run reads
 * it once, then once per operation that changed something.
 */
@PostgresTest
class CatalogRoundTripsTest {

    @Test
    void aReRunOfTwoHundredOperationsIsOneRoundTrip(TestDatabase database) throws Exception {
        try (Scratch scratch = Scratch.in(database, "trips")) {
            scratch.execute("CREATE TYPE risk_level AS ENUM ('low')");
            int applied;
            int firstRunReads;
            try (SchemaMigrator migrator = scratch.migrator()) {
                applied = TwoHundredOperations.apply(migrator);
                firstRunReads = migrator.catalogReads();
            }
            assertThat(applied).isEqualTo(TwoHundredOperations.COUNT);
            assertThat(firstRunReads).isLessThanOrEqualTo(1 + applied);

            RecordingListener listener = new RecordingListener();
            try (SchemaMigrator migrator = scratch.migrator(MigrationOptions.defaults().withListener(listener))) {
                assertThat(TwoHundredOperations.apply(migrator)).isZero();
                assertThat(migrator.catalogReads()).isEqualTo(1);
                assertThat(migrator.statementsSent()).isEqualTo(1);
            }
            assertThat(listener.outcomes).hasSize(TwoHundredOperations.COUNT)
                    .allMatch(outcome -> outcome.startsWith("ALREADY_PRESENT"));
        }
    }

    @Test
    void aReRunOfTwoThousandOperationsStillReadsTheCatalogOnce(TestDatabase database) throws Exception {
        int tables = 10 * TwoHundredOperations.TABLES;
        try (Scratch scratch = Scratch.in(database, "trips_2000")) {
            scratch.execute("CREATE TYPE risk_level AS ENUM ('low')");
            // Brought about by the plain statements in one script (the helpers' first run of 2,000 takes minutes).
            scratch.execute(String.join(";\n", TwoHundredOperations.plainStatements(tables)).replace(" CONCURRENTLY", ""));
            try (SchemaMigrator migrator = scratch.migrator()) {
                assertThat(TwoHundredOperations.apply(migrator, tables)).isZero();
                assertThat(migrator.catalogReads()).isEqualTo(1);
                assertThat(migrator.statementsSent()).isEqualTo(1);
            }
            // A change found among them is one more read, of the changed table only.
            scratch.execute("ALTER TABLE bench_249 DROP COLUMN note");
            try (SchemaMigrator migrator = scratch.migrator()) {
                assertThat(TwoHundredOperations.apply(migrator, tables)).isEqualTo(1);
                assertThat(migrator.catalogReads()).isEqualTo(2);
            }
        }
    }
}
