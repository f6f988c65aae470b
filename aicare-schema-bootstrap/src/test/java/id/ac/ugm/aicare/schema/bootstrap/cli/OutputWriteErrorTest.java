package id.ac.ugm.aicare.schema.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output that cannot be written is an error (exit 2, one line), never a silent success. */
class OutputWriteErrorTest {

    /** A stream like a full disk: every write fails. */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    private record Run(int exitCode, String err) {
    }

    private static Run runIntoAFullDisk(String... args) {
        StringWriter err = new StringWriter();
        int code = AicareSchemaCli.execute(args, new PrintWriter(new FullDisk(), true), new PrintWriter(err, true));
        return new Run(code, err.toString());
    }

    @Test
    void ddlToDevFullExitsTwoWithOneLineNamingTheCause() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AicareSchemaCli.class.getName(), "ddl")
                .redirectOutput(new File("/dev/full"))
                .start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(err.lines().toList())
                .containsExactly("aicare-schema ddl: cannot write to standard output: No space left on device");
    }

    @Test
    void everyCommandThatPrintsWithoutADatabaseExitsTwoWhenItsOutputCannotBeWritten(@TempDir Path dir)
            throws IOException {
        Path migration = Files.writeString(dir.resolve("V2__add_note.sql"),
                "ALTER TABLE transactions ADD COLUMN IF NOT EXISTS note text;\n");
        Path newMigrations = dir.resolve("new");
        List<String[]> commands = List.of(
                new String[] {"ddl", "--module", "auth"},
                new String[] {"lint", "--list-rules"},
                new String[] {"lint", migration.toString()},
                new String[] {"new-migration", "--module", "clinical", "--name", "add_mood", "--dir", newMigrations.toString()},
                new String[] {"--help"},
                new String[] {"--version"},
                new String[] {"status", "--help"});
        for (String[] command : commands) {
            Run run = runIntoAFullDisk(command);
            assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(2);
            assertThat(run.err().lines().toList()).as(String.join(" ", command)).hasSize(1)
                    .allMatch(line -> line.startsWith("aicare-schema") && line.contains(": cannot write to standard output"));
        }
    }
}
