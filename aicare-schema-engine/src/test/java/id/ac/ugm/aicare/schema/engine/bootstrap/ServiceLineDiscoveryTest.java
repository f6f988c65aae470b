package id.ac.ugm.aicare.schema.engine.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.engine.bootstrap.fixture.Fixtures;
import id.ac.ugm.aicare.schema.engine.bootstrap.fixture.FxJournalLine;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@PostgresTest
class ServiceLineDiscoveryTest {

    /** A class loader on which a service jar announces FxJournalLine, as its META-INF/services file would. */
    private static ClassLoader serviceJar(Path root) throws Exception {
        Path services = Files.createDirectories(root.resolve("META-INF/services"));
        Files.writeString(services.resolve(ServiceLine.class.getName()), FxJournalLine.class.getName() + "\n");
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, ServiceLineDiscoveryTest.class.getClassLoader());
    }

    @Test
    void aLineAnnouncedThroughServiceLoaderIsMigratedWithoutBeingNamed(TestDatabase parent, @TempDir Path root)
            throws Exception {
        TestDatabase db = parent.createSibling("discovered");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(serviceJar(root));
        try {
            MigrationReport result = SchemaBootstrap.configure(db.dataSource()).catalog(Fixtures.catalog())
                    .load().initAndMigrate().migrate();

            assertThat(result.modules()).extracting(MigrationReport.ModuleMigrations::module).endsWith("fx_journal");
        } finally {
            thread.setContextClassLoader(previous);
        }
        assertThat(Databases.history(db, "aicare_service_history_fx_journal")).hasSize(4);
    }
}
