package id.ac.ugm.aicare.schema.lint.verify;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.MigrationLinter;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code DROP ... CASCADE} and what the file creates again: {@code prefer-robust-stmts} says of each
 * statement what {@code --verify} finds on a real server, both where the pair converges and where it
 * does not.
 */
@PostgresTest
class CascadeDropsVerifiedTest {

    private final TestDatabase database;

    CascadeDropsVerifiedTest(TestDatabase database) {
        this.database = database;
    }

    private static Path set(String name) throws URISyntaxException {
        return Path.of(CascadeDropsVerifiedTest.class.getResource("/lint/cascade/" + name).toURI());
    }

    private static List<Integer> flaggedLines(Path set) {
        return MigrationLinter.builder().parallelism(1).build().lint(set).findings().stream()
                .filter(f -> f.rule().equals("prefer-robust-stmts") && f.file().getFileName().toString().startsWith("V2__"))
                .map(Finding::line).toList();
    }

    private List<Integer> failingLines(Path set) {
        return IdempotencyVerifier.using(database.dataSource(), ScratchLogins.on(database)).verify(List.of(set)).stream()
                .filter(f -> f.file().getFileName().toString().startsWith("V2__"))
                .map(Finding::line).toList();
    }

    @Test
    void whatTheCascadeTakesAwayAndTheFileCreatesAgainIsNotFlaggedAndRunsTwice() throws Exception {
        Path set = set("converges");
        assertThat(failingLines(set)).isEmpty();
        assertThat(flaggedLines(set)).isEmpty();
    }

    @Test
    void whatTheCascadeLeavesStandingIsFlaggedAndFailsTheSecondRun() throws Exception {
        Path set = set("diverges");
        assertThat(failingLines(set)).containsExactly(5, 8);
        assertThat(flaggedLines(set)).containsExactly(5, 8);
    }
}
