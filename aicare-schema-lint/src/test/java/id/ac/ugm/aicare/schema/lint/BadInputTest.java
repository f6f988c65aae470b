package id.ac.ugm.aicare.schema.lint;

import id.ac.ugm.aicare.schema.lint.rule.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not good SQL: each gives a finding naming file and line, and linting goes on. */
class BadInputTest {

    @TempDir
    Path dir;

    private final MigrationLinter linter = MigrationLinter.builder().build();

    private Path write(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private Path write(String name, String content) throws Exception {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void unterminatedStringIsASyntaxErrorAtItsStart() throws Exception {
        Path file = write("V1__a.sql", "CREATE TABLE IF NOT EXISTS a (id bigint);\nSELECT 'never closed;\n");
        assertThat(linter.lint(file).findings())
                .extracting(Finding::file, Finding::line, Finding::column, Finding::rule)
                .containsExactly(tuple(file, 2, 8, "syntax-error"));
    }

    @Test
    void unterminatedCommentIsASyntaxErrorAtItsStart() throws Exception {
        Path file = write("V1__a.sql", "SELECT 1;\n/* open\n");
        assertThat(linter.lint(file).findings()).extracting(Finding::line, Finding::column, Finding::message)
                .containsExactly(tuple(2, 1, "unterminated block comment"));
    }

    @Test
    void unclosedParenthesisIsASyntaxErrorAtTheOutermostOneAndLaterStatementsAreStillChecked() throws Exception {
        Path file = write("V1__a.sql", "ALTER TABLE a ADD COLUMN IF NOT EXISTS b int DEFAULT ((((1;\nDROP TABLE c;\n");
        assertThat(linter.lint(file).findings()).extracting(Finding::line, Finding::column, Finding::rule, Finding::message)
                .contains(tuple(1, 54, "syntax-error", "'(' is never closed in this statement"),
                        tuple(2, 1, "ban-drop-table", "dropping a table loses its data and breaks code that still uses it"));
    }

    @Test
    void closingParenthesisWithoutPartnerIsASyntaxError() throws Exception {
        Path file = write("V1__a.sql", "CREATE TABLE IF NOT EXISTS a (id bigint));\n");
        assertThat(linter.lint(file).findings()).extracting(Finding::line, Finding::column, Finding::message)
                .containsExactly(tuple(1, 41, "')' closes nothing"));
    }

    @Test
    void mismatchedBracketIsASyntaxError() throws Exception {
        Path file = write("V1__a.sql", "SELECT (ARRAY[1, 2);\n");
        assertThat(linter.lint(file).findings()).extracting(Finding::line, Finding::column, Finding::message)
                .containsExactly(tuple(1, 19, "')' closes the '[' at line 1, column 14"));
    }

    @Test
    void invalidUtf8IsReportedAtTheBadByte() throws Exception {
        byte[] bytes = "SELECT 1;\nSELECT 'caf\u00e9 ".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0xC3;
        broken[bytes.length + 1] = (byte) 0x28;
        Path file = write("V1__a.sql", broken);
        assertThat(linter.lint(file).findings()).filteredOn(f -> f.rule().equals("invalid-encoding"))
                .extracting(Finding::line, Finding::column).containsExactly(tuple(2, 14));
    }

    @Test
    void binaryFileIsReportedAndNotLexed() throws Exception {
        Path file = write("V1__a.sql", new byte[] {'S', 'E', '\n', 0, 1, 2, (byte) 0xFF});
        assertThat(linter.lint(file).findings()).extracting(Finding::rule, Finding::line, Finding::column)
                .containsExactly(tuple("binary-file", 2, 1));
    }

    @Test
    void emptyFileIsAWarning() throws Exception {
        Path file = write("V1__a.sql", "-- nothing yet\n");
        assertThat(linter.lint(file).findings()).extracting(Finding::rule, Finding::severity)
                .containsExactly(tuple("empty-migration", Severity.WARNING));
    }

    @Test
    void missingPathIsAnIoErrorAndTheOtherFilesAreStillLinted() throws Exception {
        Path good = write("V1__a.sql", "DROP TABLE b;");
        LintReport report = linter.lint(dir.resolve("missing.sql"), good);
        assertThat(report.findings()).extracting(f -> f.file().getFileName().toString(), Finding::rule)
                .contains(tuple("missing.sql", "io-error"), tuple("V1__a.sql", "ban-drop-table"));
        assertThat(report.hasIoErrors()).isTrue();
        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.filesLinted()).isEqualTo(1);
    }

    @Test
    void oneBrokenFileDoesNotStopTheOthers() throws Exception {
        write("V1__bad.sql", "SELECT $$ never closed");
        write("V2__binary.sql", new byte[] {0, 0, 0});
        write("V3__good.sql", "ALTER TABLE a DROP COLUMN IF EXISTS b;");
        LintReport report = linter.lint(dir);
        assertThat(report.filesLinted()).isEqualTo(3);
        assertThat(report.findings()).extracting(f -> f.file().getFileName().toString(), Finding::rule)
                .contains(tuple("V1__bad.sql", "syntax-error"), tuple("V2__binary.sql", "binary-file"),
                        tuple("V3__good.sql", "ban-drop-column"));
    }

    @Test
    void psqlMetaCommandIsReportedAndSkipped() throws Exception {
        Path file = write("V1__a.sql", "\\connect aicare\nCREATE TABLE IF NOT EXISTS a (id bigint);");
        assertThat(linter.lint(file).findings()).extracting(Finding::rule, Finding::line, Finding::column)
                .containsExactly(tuple("psql-meta-command", 1, 1));
    }

    @Test
    void byteOrderMarkIsIgnored() throws Exception {
        byte[] sql = "CREATE TABLE IF NOT EXISTS a (id bigint);".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[sql.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(sql, 0, withBom, 3, sql.length);
        assertThat(linter.lint(write("V1__a.sql", withBom)).findings()).isEmpty();
    }
}
