package id.ac.ugm.aicare.schema.bootstrap.cli;

import static id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.rows;
import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.Run;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight instances of the tool, each a separate {@code java} process, started together against one
 * database with a pending migration of the finance module that builds an index CONCURRENTLY. The
 * migration is on the processes' class path only, so no other test sees it.
 */
@PostgresTest
class MigrateConcurrencyTest {

    private static final int INSTANCES = 8;
    private static final String INDEX = "transactions_user_created_idx";
    private static final List<String> MIGRATE = List.of("migrate", "--module", "finance", "--lock-timeout", "120");
    private static final List<String> INIT = List.of("init", "--module", "finance", "--lock-timeout", "120", "-q");

    @TempDir
    Path migrations;

    @Test
    void eightMigratesWithAPendingSqlConcurrentIndexBuildAllSucceedAndApplyItOnce(TestDatabase parent)
            throws Exception {
        writeSqlMigration();
        assertEightMigratesOfAnInitialisedDatabaseApplyItOnce(parent.createSibling("cicsql"));
    }

    @Test
    void eightMigratesWithAPendingJavaMigrationThatCreatesAnIndexAllSucceedAndApplyItOnce(TestDatabase parent)
            throws Exception {
        compileJavaMigration();
        assertEightMigratesOfAnInitialisedDatabaseApplyItOnce(parent.createSibling("cicjava"));
    }

    private void assertEightMigratesOfAnInitialisedDatabaseApplyItOnce(TestDatabase db) throws Exception {
        assertThat(InitCli.run("init", db, "--module", "finance", "-q").exitCode()).isZero();

        List<Run> runs = CliProcesses.together(INSTANCES, migrations, db, List.of(MIGRATE));

        assertAllSucceededAndTheIndexWasBuiltOnce(db, runs);
    }

    @Test
    void eightInitsThenMigratesOnAnEmptyDatabaseAllSucceedAndApplyTheIndexBuildOnce(TestDatabase parent)
            throws Exception {
        TestDatabase db = parent.createSibling("cicinit");
        writeSqlMigration();

        List<Run> runs = CliProcesses.together(INSTANCES, migrations, db, List.of(INIT, MIGRATE));

        assertAllSucceededAndTheIndexWasBuiltOnce(db, runs);
        assertThat(rows(db, "SELECT count(*) FROM aicare_schema_history_finance WHERE type = 'BASELINE'"))
                .containsExactly("1");
    }

    private void writeSqlMigration() throws Exception {
        Path folder = Files.createDirectories(migrations.resolve("db/aicare/finance"));
        Files.writeString(folder.resolve("V2__index_transactions_concurrently.sql"),
                "CREATE INDEX CONCURRENTLY " + INDEX + " ON transactions (user_id, created_at);\n");
    }

    private void compileJavaMigration() throws Exception {
        Path source = Files.createDirectories(migrations.resolve("src/db/aicare/finance"))
                .resolve("V2__index_transactions_concurrently.java");
        Files.writeString(source, """
                package db.aicare.finance;

                import id.ac.ugm.aicare.schema.migration.IdempotentJavaMigration;
                import id.ac.ugm.aicare.schema.migration.IndexDef;
                import id.ac.ugm.aicare.schema.migration.SchemaMigrator;

                public class V2__index_transactions_concurrently extends IdempotentJavaMigration {
                    public V2__index_transactions_concurrently() {
                        super(TransactionMode.NON_TRANSACTIONAL);
                    }

                    @Override
                    protected void migrate(SchemaMigrator schema) {
                        schema.createIndex(IndexDef.on("transactions").columns("user_id", "created_at")
                                .named("%s"));
                    }
                }
                """.formatted(INDEX));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int result = compiler.run(null, null, null, "-d", migrations.toString(),
                "-cp", System.getProperty("java.class.path"), source.toString());
        assertThat(result).as("the Java migration compiles").isZero();
        assertThat(migrations.resolve("db/aicare/finance/V2__index_transactions_concurrently.class")).exists();
        Files.delete(source); // only the class goes on the class path
    }

    private static void assertAllSucceededAndTheIndexWasBuiltOnce(TestDatabase db, List<Run> runs) throws Exception {
        assertThat(runs).hasSize(INSTANCES).allSatisfy(run -> assertThat(run.exitCode())
                .as("exit code; stdout:%n%s%nstderr:%n%s", run.out(), run.err()).isZero());
        assertThat(runs).filteredOn(run -> run.out().contains("Applied 1 migration")).hasSize(1);
        assertThat(rows(db, "SELECT version, success::text FROM aicare_schema_history_finance "
                + "WHERE type <> 'BASELINE' ORDER BY installed_rank")).containsExactly("2 true");
        assertThat(rows(db, "SELECT indisvalid::text FROM pg_index WHERE indexrelid = '" + INDEX + "'::regclass"))
                .containsExactly("true");
    }
}
