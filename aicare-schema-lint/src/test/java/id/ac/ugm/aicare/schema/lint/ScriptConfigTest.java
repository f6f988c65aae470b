package id.ac.ugm.aicare.schema.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway's script configuration file ({@code V2__x.sql.conf}) beside a migration, as Flyway reads it. */
class ScriptConfigTest {

    private static final String MIXED = """
            SET lock_timeout = '5s';
            CREATE INDEX CONCURRENTLY IF NOT EXISTS journal_entries_created ON journal_entries (created_at);
            """;

    private static List<String> findings(Path dir, String rule) {
        return MigrationLinter.builder().parallelism(1).build().lint(dir).findings().stream()
                .filter(f -> f.rule().equals(rule)).map(f -> f.line() + " " + f.message()).toList();
    }

    /** The findings of {@code rule} on the script alone, then with {@code conf} as its {@code .conf} file. */
    private static List<List<String>> withoutAndWith(Path dir, String script, String sql, String conf, String rule)
            throws Exception {
        Files.writeString(dir.resolve(script), sql);
        List<String> without = findings(dir, rule);
        Files.writeString(dir.resolve(script + ".conf"), conf);
        return List.of(without, findings(dir, rule));
    }

    @Test
    void executeInTransactionFalseLetsConcurrentlyMixWithOtherStatements(@TempDir Path dir) throws Exception {
        List<List<String>> runs = withoutAndWith(dir, "V2__index.sql", MIXED, "# built CONCURRENTLY\nexecuteInTransaction = false\n",
                "ban-concurrent-index-creation-in-transaction");
        assertThat(runs.get(0)).hasSize(1);
        assertThat(runs.get(1)).isEmpty();
    }

    @Test
    void executeInTransactionTrueRunsEvenALoneConcurrentlyInATransaction(@TempDir Path dir) throws Exception {
        List<List<String>> runs = withoutAndWith(dir, "V2__index.sql", "CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (c);\n",
                "executeInTransaction=TRUE\n", "ban-concurrent-index-creation-in-transaction");
        assertThat(runs.get(0)).isEmpty();
        assertThat(runs.get(1)).containsExactly(
                "1 the script's .conf says executeInTransaction=true, so Flyway runs CONCURRENTLY in a transaction");
    }

    @Test
    void aScriptOutsideATransactionMayHoldItsOwnBeginAndCommit(@TempDir Path dir) throws Exception {
        List<List<String>> runs = withoutAndWith(dir, "V2__batch.sql", "BEGIN;\nUPDATE t SET c = 1 WHERE c IS NULL;\nCOMMIT;\n",
                "executeInTransaction=false\n", "transaction-nesting");
        assertThat(runs.get(0)).hasSize(2);
        assertThat(runs.get(1)).isEmpty();
    }

    @Test
    void placeholderReplacementFalseLeavesThePlaceholdersOfThatScriptAlone(@TempDir Path dir) throws Exception {
        List<List<String>> runs = withoutAndWith(dir, "V2__template.sql",
                "INSERT INTO templates (body) VALUES ('Hello ${name}') ON CONFLICT DO NOTHING;\n",
                "placeholderReplacement=false\n", "unresolved-placeholder");
        assertThat(runs.get(0)).hasSize(1);
        assertThat(runs.get(1)).isEmpty();
    }

    @Test
    void aKeyFlywayDoesNotKnowOrABadBooleanIsAnErrorNamingTheConfLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V2__a.sql"), "SELECT 1;\n");
        Files.writeString(dir.resolve("V2__a.sql.conf"), "executeInTransaction=false\nexecuteInTransation=false\n");
        Files.writeString(dir.resolve("V3__b.sql"), "SELECT 1;\n");
        Files.writeString(dir.resolve("V3__b.sql.conf"), "executeInTransaction=no\n");

        assertThat(findings(dir, "invalid-script-config")).containsExactly(
                "1 V2__a.sql.conf:2: Flyway refuses the unknown script configuration key 'executeInTransation'",
                "1 V3__b.sql.conf:1: executeInTransaction must be true or false");
    }

    @Test
    void aPlainToolHasNoScriptConfiguration(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("up.sql"), "CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (c);\n");
        Files.writeString(dir.resolve("up.sql.conf"), "nonsense\n");
        assertThat(MigrationLinter.builder().tool(MigrationTool.PLAIN).build().lint(dir).findings())
                .extracting(Finding::rule).doesNotContain("invalid-script-config");
    }
}
