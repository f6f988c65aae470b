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

    @Test
    void executeInTransactionFalseLetsConcurrentlyMixWithOtherStatements(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V2__index.sql"), MIXED);
        assertThat(findings(dir, "ban-concurrent-index-creation-in-transaction")).hasSize(1);

        Files.writeString(dir.resolve("V2__index.sql.conf"), "# built CONCURRENTLY\nexecuteInTransaction = false\n");
        assertThat(findings(dir, "ban-concurrent-index-creation-in-transaction")).isEmpty();
    }

    @Test
    void executeInTransactionTrueRunsEvenALoneConcurrentlyInATransaction(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V2__index.sql"), "CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (c);\n");
        assertThat(findings(dir, "ban-concurrent-index-creation-in-transaction")).isEmpty();

        Files.writeString(dir.resolve("V2__index.sql.conf"), "executeInTransaction=TRUE\n");
        assertThat(findings(dir, "ban-concurrent-index-creation-in-transaction")).containsExactly(
                "1 the script's .conf says executeInTransaction=true, so Flyway runs CONCURRENTLY in a transaction");
    }

    @Test
    void aScriptOutsideATransactionMayHoldItsOwnBeginAndCommit(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V2__batch.sql"), "BEGIN;\nUPDATE t SET c = 1 WHERE c IS NULL;\nCOMMIT;\n");
        assertThat(findings(dir, "transaction-nesting")).hasSize(2);

        Files.writeString(dir.resolve("V2__batch.sql.conf"), "executeInTransaction=false\n");
        assertThat(findings(dir, "transaction-nesting")).isEmpty();
    }

    @Test
    void placeholderReplacementFalseLeavesThePlaceholdersOfThatScriptAlone(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V2__template.sql"), "INSERT INTO templates (body) VALUES ('Hello ${name}') ON CONFLICT DO NOTHING;\n");
        assertThat(findings(dir, "unresolved-placeholder")).hasSize(1);

        Files.writeString(dir.resolve("V2__template.sql.conf"), "placeholderReplacement=false\n");
        assertThat(findings(dir, "unresolved-placeholder")).isEmpty();
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
