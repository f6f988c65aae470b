package id.ac.ugm.aicare.schema.lint;

import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.ac.ugm.aicare.schema.lint.internal.rules.InputRules;
import id.ac.ugm.aicare.schema.lint.internal.rules.MigrationScript;
import id.ac.ugm.aicare.schema.lint.internal.rules.Rule;
import id.ac.ugm.aicare.schema.lint.internal.rules.RuleHits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders as they come: links, unreadable parts, nothing to lint, a file the linter trips on. */
class FolderInputTest {

    @TempDir
    Path dir;

    private final MigrationLinter linter = MigrationLinter.builder().build();

    private Path migrations() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(folder.resolve("V1__users.sql"), "CREATE TABLE IF NOT EXISTS users (id bigint);\n");
        Files.writeString(folder.resolve("V2__drop.sql"), "DROP TABLE IF EXISTS users;\n");
        return folder;
    }

    private static List<String> rulesByFile(LintReport report) {
        return report.findings().stream().map(f -> f.file().getFileName() + " " + f.rule()).toList();
    }

    @Test
    void symlinkedMigrationFolderIsFollowed() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("linked"), migrations());
        LintReport report = linter.lint(link);
        assertThat(report.filesLinted()).isEqualTo(2);
        assertThat(report.findings()).extracting(f -> f.file().toString(), Finding::rule)
                .contains(tuple(link.resolve("V2__drop.sql").toString(), "ban-drop-table"));
    }

    @Test
    void symlinkLoopIsAnIoErrorAndTheRestOfTheFolderIsLinted() throws Exception {
        Path folder = migrations();
        Path loop = Files.createSymbolicLink(folder.resolve("again"), folder);
        LintReport report = linter.lint(folder);
        assertThat(report.filesLinted()).isEqualTo(2);
        assertThat(report.findings()).extracting(Finding::file, Finding::rule, Finding::message)
                .contains(tuple(loop, "io-error", "symbolic link loop: this folder contains itself"));
        assertThat(report.exitCode()).isEqualTo(2);
    }

    @Test
    void unreadableSubfolderIsAnIoErrorAndTheRestOfTheFolderIsLinted() throws Exception {
        Path folder = migrations();
        Path locked = Files.createDirectories(folder.resolve("locked"));
        Files.writeString(locked.resolve("V3__hidden.sql"), "SELECT 1;\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(locked), "permissions are not enforced for this user (root?)");
            LintReport report = linter.lint(folder);
            assertThat(report.filesLinted()).isEqualTo(2);
            assertThat(rulesByFile(report)).contains("V2__drop.sql ban-drop-table", "locked io-error");
            assertThat(report.exitCode()).isEqualTo(2);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void folderWithoutSqlFilesIsAnIoError() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("db/migrations"));
        Files.writeString(empty.resolve("README.md"), "migrations go here\n");
        LintReport report = linter.lint(empty);
        assertThat(report.findings()).extracting(Finding::file, Finding::rule, Finding::message)
                .containsExactly(tuple(empty, "io-error", "no *.sql file in this folder: nothing was linted"));
        assertThat(report.exitCode()).isEqualTo(2);
    }

    @Test
    void fileTheLinterFailsOnIsReportedAndTheOtherFilesStillGetTheirFindings() throws Exception {
        Rule failsOnDrops = new Rule() {
            @Override
            public RuleDefinition definition() {
                return InputRules.EMPTY_MIGRATION;
            }

            @Override
            public void check(MigrationScript script, RuleHits hits) {
                if (script.topLevel().get(0).sql().first().is("DROP")) {
                    throw new StackOverflowError();
                }
            }
        };
        List<Rule> rules = new ArrayList<>(RuleCatalog.scriptRules());
        rules.add(failsOnDrops);
        Path folder = migrations();
        Files.writeString(folder.resolve("V3__text.sql"), "ALTER TABLE users ADD COLUMN IF NOT EXISTS name varchar(20);\n");
        LintReport report = MigrationLinter.builder().scriptRules(rules).build().lint(folder);
        assertThat(report.findings()).extracting(f -> f.file().getFileName().toString(), Finding::rule, Finding::message)
                .contains(tuple("V2__drop.sql", "lint-failure",
                                "the linter failed on this file (StackOverflowError); it was not checked"),
                        tuple("V3__text.sql", "prefer-text-field",
                                "varchar(n) gains nothing over text, and changing n later locks the table"));
        assertThat(report.exitCode()).isEqualTo(1);
    }
}
