package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.sql.SqlIdentifiers;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * Flyway as each module uses it: the module's own history table and migration location, its
 * baseline version (what its models already include), and the same settings everywhere. Flyway stays
 * the engine: history tables, checksums, validation and its own locking are Flyway's.
 */
public final class ModuleFlyway {

    private ModuleFlyway() {
    }

    /**
     * The configuration for one module; add callbacks or settings before {@code load()}.
     *
     * @param loader where the module's migrations are looked up (usually the one that found the module)
     */
    public static FluentConfiguration configure(ModelModule module, DataSource dataSource, ClassLoader loader) {
        FluentConfiguration configuration = Flyway.configure(loader)
                .dataSource(dataSource)
                .table(SqlIdentifiers.validate(module.historyTable()))
                .locations(module.migrationLocation())
                .baselineVersion(module.baselineVersion())
                .baselineDescription(baselineDescription(module))
                // A module without migrations yet has no folder for them; that is normal.
                .failOnMissingLocations(false)
                .validateMigrationNaming(true)
                .cleanDisabled(true);
        // SchemaLock already serialises every init and migrate. Flyway's default transactional lock would keep
        // a transaction open on a second connection for the whole run, and a migration that builds an index
        // CONCURRENTLY waits for every open transaction: it would wait for ever.
        configuration.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        return configuration;
    }

    /** The description of a module's baseline row. */
    static String baselineDescription(ModelModule module) {
        return "AICare models of module " + module.name();
    }

    static Flyway flyway(ModelModule module, DataSource dataSource, ClassLoader loader, Callback... callbacks) {
        return configure(module, dataSource, loader).callbacks(callbacks).load();
    }
}
