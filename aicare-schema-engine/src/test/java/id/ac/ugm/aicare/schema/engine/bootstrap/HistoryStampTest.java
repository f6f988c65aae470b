package id.ac.ugm.aicare.schema.engine.bootstrap;

import static id.ac.ugm.aicare.schema.engine.bootstrap.Databases.history;
import static id.ac.ugm.aicare.schema.engine.bootstrap.Databases.rows;
import static id.ac.ugm.aicare.schema.engine.bootstrap.Databases.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.bootstrap.fixture.Fixtures;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.StatementLog;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * init stamps a module without migration files with plain SQL ({@link HistoryStamp}) instead of
 * Flyway's baseline(): the table and its row must be what Flyway writes, and both the Flyway the
 * library pins (13.12.1) and Spring Boot's (12.4.0, loaded from target/flyway-12.4.0 apart from the
 * test's classpath) must read, validate and migrate from them as from their own.
 */
@PostgresTest
class HistoryStampTest {

    private static final ModelCatalog ACCOUNTS = Fixtures.catalog().select(List.of("fx_accounts"));
    private static final ModelModule MODULE = ACCOUNTS.module("fx_accounts");
    private static final String TABLE = MODULE.historyTable();
    private static final String ROW = "SELECT installed_rank, version, description, type, script, checksum, installed_by, "
            + "execution_time, success, installed_on IS NOT NULL FROM " + TABLE + " ORDER BY installed_rank";

    @Test
    void initStampsAModuleWithoutMigrationFilesWithoutStartingFlyway(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("nofly");

        List<String> statements = StatementLog.of(db).during(() ->
                SchemaBootstrap.configure(db.dataSource()).catalog(ACCOUNTS).load().init());

        assertThat(statements).as(String.join("\n", statements)).noneMatch(statement -> statement.contains("rds_superuser"));
        assertThat(history(db, TABLE)).containsExactly("1 BASELINE true");
    }

    @Test
    void theHistoryTableAndItsRowAreWhatFlywaysBaselineWrites(TestDatabase parent) throws Exception {
        TestDatabase byFlyway = parent.createSibling("flyway");
        TestDatabase byInit = parent.createSibling("init");
        ModuleFlyway.configure(MODULE, byFlyway.dataSource(), MODULE.getClass().getClassLoader()).load().baseline();
        SchemaBootstrap.configure(byInit.dataSource()).catalog(ACCOUNTS).load().init();

        SchemaSnapshot flyways = ExpectedSchema.restrict(snapshot(byFlyway), Set.of(TABLE), Set.of());
        SchemaSnapshot inits = ExpectedSchema.restrict(snapshot(byInit), Set.of(TABLE), Set.of());
        assertThat(flyways.tables()).containsOnlyKeys(TABLE);
        assertThat(SchemaDiff.compare(flyways, inits)).isEmpty();
        assertThat(rows(byInit, ROW)).isEqualTo(rows(byFlyway, ROW)).hasSize(1);
    }

    @Test
    void flyway13ReadsValidatesAndMigratesFromTheStampedHistory(TestDatabase parent, @TempDir Path migrations)
            throws Exception {
        TestDatabase db = parent.createSibling("fly13");
        readsValidatesAndMigrates(db, migrations, () -> {
            Flyway flyway = flyway13(db, migrations);
            return new FlywayCommands(() -> flyway.info().current().getState().name(),
                    () -> flyway.validateWithResult().validationSuccessful, () -> flyway.migrate().migrationsExecuted);
        });
    }

    @Test
    void springBootsFlyway12ReadsValidatesAndMigratesFromTheStampedHistory(TestDatabase parent, @TempDir Path migrations)
            throws Exception {
        TestDatabase db = parent.createSibling("fly12");
        try (URLClassLoader flyway12 = flywayOfSpringBoot()) {
            readsValidatesAndMigrates(db, migrations, () -> {
                Object flyway = flyway12(flyway12, db, migrations);
                assertThat(flyway.getClass().getProtectionDomain().getCodeSource().getLocation().getPath())
                        .endsWith("flyway-core-12.4.0.jar");
                return new FlywayCommands(() -> call(call(call(flyway, "info"), "current"), "getState").toString(),
                        () -> (Boolean) field(call(flyway, "validateWithResult"), "validationSuccessful"),
                        () -> (Integer) field(call(flyway, "migrate"), "migrationsExecuted"));
            });
        }
    }

    /** One Flyway's info, validate and migrate, whatever its version's classes. */
    private record FlywayCommands(Command<String> currentState, Command<Boolean> validates, Command<Integer> migrate) {
    }

    @FunctionalInterface
    private interface Command<T> {
        T run() throws Exception;
    }

    /** Flyway sees init's history at the baseline, validates it, migrates V2 onto it and validates again. */
    private static void readsValidatesAndMigrates(TestDatabase db, Path migrations, Command<FlywayCommands> flyway)
            throws Exception {
        SchemaBootstrap.configure(db.dataSource()).catalog(ACCOUNTS).load().init();

        FlywayCommands before = flyway.run();
        assertThat(before.currentState().run()).isEqualTo("BASELINE");
        assertThat(before.validates().run()).isTrue();
        writeMigration(migrations);
        FlywayCommands after = flyway.run(); // a new configuration finds the new file
        assertThat(after.migrate().run()).isEqualTo(1);
        assertThat(after.validates().run()).isTrue();
        assertThat(after.currentState().run()).isEqualTo("SUCCESS");
        assertThat(history(db, TABLE)).containsExactly("1 BASELINE true", "2 SQL true");
    }

    @Test
    void flywaysValidationFailsWhenTheStampedHistoryIsDamaged(TestDatabase parent, @TempDir Path migrations)
            throws Exception {
        TestDatabase db = parent.createSibling("damaged");
        SchemaBootstrap.configure(db.dataSource()).catalog(ACCOUNTS).load().init();
        writeMigration(migrations);
        Flyway flyway = flyway13(db, migrations);
        flyway.migrate();
        // The same check that passes above fails once a row no longer matches its file.
        db.execute("UPDATE " + TABLE + " SET checksum = checksum + 1 WHERE version = '2'");

        assertThat(flyway13(db, migrations).validateWithResult().validationSuccessful).isFalse();
    }

    @Test
    void aModuleWithMigrationFilesIsStillStampedByFlyway(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("withfiles");
        ModelCatalog notes = Fixtures.catalog();

        List<String> statements = StatementLog.of(db).during(() ->
                SchemaBootstrap.configure(db.dataSource()).catalog(notes).load().init());

        assertThat(statements).anyMatch(statement -> statement.contains("rds_superuser"));
        assertThat(history(db, "aicare_schema_history_fx_notes")).containsExactly("1 BASELINE true");
    }

    private static void writeMigration(Path folder) throws Exception {
        Files.writeString(folder.resolve("V2__add_nickname.sql"), "ALTER TABLE fx_accounts ADD COLUMN nickname text;\n");
    }

    /** Flyway 12.4.0 (with its Jackson 3) and the driver, only the JDK below: the test's Flyway 13 cannot stand in for it. */
    private static URLClassLoader flywayOfSpringBoot() throws Exception {
        Path folder = Path.of(System.getProperty("aicare.test.flyway-boot", "target/flyway-12.4.0"));
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> jars = Files.list(folder)) {
            for (Path jar : jars.filter(path -> path.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(jar.toUri().toURL());
            }
        }
        assertThat(urls).as("Flyway's and Jackson's jars in " + folder).hasSize(5);
        urls.add(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation());
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static Flyway flyway13(TestDatabase db, Path migrations) {
        return Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).table(TABLE)
                .locations("filesystem:" + migrations).baselineVersion(MODULE.baselineVersion()).load();
    }

    /** The same configuration through Flyway 12's API, by reflection (its classes are not the test's). */
    private static Object flyway12(ClassLoader loader, TestDatabase db, Path migrations) throws Exception {
        Object configuration = loader.loadClass("org.flywaydb.core.Flyway").getMethod("configure", ClassLoader.class)
                .invoke(null, loader);
        Class<?> type = configuration.getClass();
        configuration = type.getMethod("dataSource", String.class, String.class, String.class)
                .invoke(configuration, db.jdbcUrl(), db.user(), db.password());
        configuration = type.getMethod("table", String.class).invoke(configuration, TABLE);
        configuration = type.getMethod("locations", String[].class)
                .invoke(configuration, (Object) new String[] {"filesystem:" + migrations});
        configuration = type.getMethod("baselineVersion", String.class).invoke(configuration, MODULE.baselineVersion());
        return type.getMethod("load").invoke(configuration);
    }

    private static Object field(Object target, String name) throws Exception {
        return target.getClass().getField(name).get(target);
    }

    private static Object call(Object target, String name) throws Exception {
        Method method = target.getClass().getMethod(name);
        method.setAccessible(true); // Flyway's implementations of its interfaces need not be public classes
        return method.invoke(target);
    }
}
