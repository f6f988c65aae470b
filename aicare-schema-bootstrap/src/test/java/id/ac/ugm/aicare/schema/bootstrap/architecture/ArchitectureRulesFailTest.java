package id.ac.ugm.aicare.schema.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each architecture rule fails on a bad example, so a green ArchitectureTest means something. */
class ArchitectureRulesFailTest {

    private static final String FIXTURE = ArchitectureRulesFailTest.class.getPackageName() + ".fixture";

    private static JavaClasses fixture(String name) {
        return new ClassFileImporter().importPackages(FIXTURE + "." + name);
    }

    @Test
    void aPackageCycleIsFound() {
        EvaluationResult result = ArchitectureRules.noPackageCycles(FIXTURE + ".cycle").evaluate(fixture("cycle"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("Cycle detected: a ").contains("b ");
    }

    @Test
    void aForbiddenDependencyIsFound() {
        EvaluationResult result = ArchitectureRules.doesNotUse("the fixture",
                new String[] {FIXTURE + ".hibernate.."}, "org.hibernate..").evaluate(fixture("hibernate"));

        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail).contains("UsesHibernate").contains("org.hibernate.Session"));
    }

    @Test
    void everyWayAnApiTypeShowsAnInternalOneIsFound() {
        EvaluationResult result = ArchitectureRules.apiExposesNoInternalType(FIXTURE + ".api").evaluate(fixture("api"));

        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail).contains("LeakyApi.hidden()").contains("returns internal"))
                .anySatisfy(detail -> assertThat(detail).contains("LeakyApi.take(java.util.List)")
                        .contains("takes a type of internal"))
                .anySatisfy(detail -> assertThat(detail).contains("LeakyApi.field").contains("internal type"))
                .noneSatisfy(detail -> assertThat(detail).contains("TidyApi"));
    }

    @Test
    void aFailureOutsideTheRootIsFound() {
        EvaluationResult result = ArchitectureRules.failuresHaveTheRoot(FIXTURE + ".failure",
                id.ac.ugm.aicare.error.AicareException.class).evaluate(fixture("failure"));

        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail).contains("StrayFailure"))
                .noneSatisfy(detail -> assertThat(detail).contains("RootedFailure"));
    }

    @Test
    void anInternalPackageWithoutItsNoticeIsFound(@TempDir Path root) throws IOException {
        Path sources = Files.createDirectories(root.resolve("some-artifact/src/main/java/com/example/internal/parser"));
        Files.writeString(sources.resolve("Parser.java"), "package com.example.internal.parser;\nclass Parser {}\n");
        Path noticed = Files.createDirectories(root.resolve("some-artifact/src/main/java/com/example/internal/lexer"));
        Files.writeString(noticed.resolve("Lexer.java"), "package com.example.internal.lexer;\nclass Lexer {}\n");
        Files.writeString(noticed.resolve("package-info.java"),
                "/** Implementation, with no compatibility promise. */\npackage com.example.internal.lexer;\n");

        assertThat(InternalPackageNotices.missing(root))
                .containsExactly("some-artifact/src/main/java/com/example/internal/parser");
    }
}
