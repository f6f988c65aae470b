package id.ac.ugm.aicare.schema.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineCommandTest {

    @Test
    void theSnapshotIsTheModulesDdlByteForByte(@TempDir Path resources) throws Exception {
        CliRun baseline = CliRun.of("baseline", "--module", "clinical", "--dir", resources.toString());

        Path file = resources.resolve("META-INF/aicare/baselines/clinical/V1.sql");
        assertThat(baseline.exitCode()).as(baseline.err()).isZero();
        assertThat(baseline.out()).isEqualTo("wrote " + file + " (module clinical, baseline 1)\n");
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(CliRun.of("ddl", "--module", "clinical").out());
    }

    @Test
    void writingItAgainChangesNothing(@TempDir Path resources) {
        CliRun.of("baseline", "--module", "finance", "--dir", resources.toString());

        CliRun again = CliRun.of("baseline", "--module", "finance", "--dir", resources.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).startsWith("unchanged ");
    }

    @Test
    void aSnapshotOfTheSameVersionWithOtherContentIsNeverReplaced(@TempDir Path resources) throws Exception {
        Path file = Files.createDirectories(resources.resolve("META-INF/aicare/baselines/finance")).resolve("V1.sql");
        Files.writeString(file, "-- finance as released\n");

        CliRun baseline = CliRun.of("baseline", "--module", "finance", "--dir", resources.toString());

        assertThat(baseline.exitCode()).isEqualTo(1);
        assertThat(baseline.err()).isEqualTo("aicare-schema baseline: " + file + " exists with other content: the "
                + "models of module finance changed since baseline 1 without a migration; write the migration "
                + "(aicare-schema diff --module finance), then run baseline again; a released snapshot is never "
                + "replaced\n");
        assertThat(Files.readString(file)).isEqualTo("-- finance as released\n");
    }

    @Test
    void anUnknownModuleIsAUsageError(@TempDir Path resources) throws Exception {
        CliRun baseline = CliRun.of("baseline", "--module", "nope", "--dir", resources.toString());

        assertThat(baseline.exitCode()).isEqualTo(2);
        assertThat(baseline.err()).startsWith("aicare-schema baseline: Unknown module 'nope'");
        try (var files = Files.list(resources)) {
            assertThat(files).isEmpty();
        }
    }
}
