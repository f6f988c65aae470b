package id.ac.ugm.aicare.schema.lint;

import id.ac.ugm.aicare.schema.lint.rule.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.ac.ugm.aicare.schema.lint.internal.flyway.MigrationFileName;
import id.ac.ugm.aicare.schema.lint.internal.flyway.MigrationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationSetTest {

    @TempDir
    Path dir;

    private LintReport lintFiles(String... names) throws Exception {
        for (String name : names) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "SELECT 1;");
        }
        return MigrationLinter.builder().build().lint(dir);
    }

    @Test
    void flywayVersionsCompareAsNumbersWithEitherSeparator() {
        assertThat(MigrationVersion.parse("1.1")).isEqualTo(MigrationVersion.parse("1_1"));
        assertThat(MigrationVersion.parse("1.1.0")).isEqualTo(MigrationVersion.parse("1.1"));
        assertThat(MigrationVersion.parse("2")).isLessThan(MigrationVersion.parse("10"));
    }

    @Test
    void namesAreReadAsFlywayReadsThem() {
        assertThat(MigrationFileName.parse("V1_2__add_users.sql").kind()).isEqualTo(MigrationFileName.Kind.VERSIONED);
        assertThat(MigrationFileName.parse("R__views.sql").kind()).isEqualTo(MigrationFileName.Kind.REPEATABLE);
        assertThat(MigrationFileName.parse("afterMigrate.sql").kind()).isEqualTo(MigrationFileName.Kind.CALLBACK);
        assertThat(MigrationFileName.parse("V1_add_users.sql").problem())
                .isEqualTo("has no double underscore between version and description");
        assertThat(MigrationFileName.parse("v1__add_users.sql").problem())
                .isEqualTo("starts with a lower-case prefix; Flyway's prefixes are V, R, U and B");
        assertThat(MigrationFileName.parse("V1a__x.sql").problem())
                .isEqualTo("has version '1a', which is not numbers separated by . or _");
    }

    @Test
    void duplicateVersionsAreAnErrorEvenWrittenDifferently() throws Exception {
        LintReport report = lintFiles("V1_1__a.sql", "V1.1__b.sql", "V2__c.sql");
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("duplicate-migration-version"))
                .extracting(f -> f.file().getFileName().toString(), Finding::line)
                .containsExactlyInAnyOrder(tuple("V1_1__a.sql", 1), tuple("V1.1__b.sql", 1));
    }

    @Test
    void duplicatesAcrossSubfoldersOfOneLocationCount() throws Exception {
        LintReport report = lintFiles("auth/V3__a.sql", "clinical/V3__b.sql");
        assertThat(report.findings()).extracting(Finding::rule)
                .containsExactly("duplicate-migration-version", "duplicate-migration-version");
    }

    @Test
    void malformedNameIsAnErrorBecauseFlywaySkipsTheFile() throws Exception {
        LintReport report = lintFiles("V1__ok.sql", "V2-oops.sql", "beforeMigrate.sql");
        assertThat(report.findings()).extracting(f -> f.file().getFileName().toString(), Finding::rule, Finding::severity)
                .containsExactly(tuple("V2-oops.sql", "malformed-migration-name", Severity.ERROR));
    }

    @Test
    void namesThatSortDifferentlyFromTheirVersionsAreReported() throws Exception {
        LintReport report = lintFiles("V1__a.sql", "V2__b.sql", "V10__c.sql");
        assertThat(report.findings()).extracting(f -> f.file().getFileName().toString(), Finding::rule, Finding::message)
                .containsExactly(
                        tuple("V1__a.sql", "migration-name-out-of-order",
                                "version 1 sorts after V10__c.sql by name, but Flyway runs it first"),
                        tuple("V2__b.sql", "migration-name-out-of-order",
                                "version 2 sorts after V10__c.sql by name, but Flyway runs it first"));
    }

    @Test
    void paddedVersionsAreInOrder() throws Exception {
        assertThat(lintFiles("V0001__a.sql", "V0002__b.sql", "V0010__c.sql", "R__views.sql").findings()).isEmpty();
    }
}
