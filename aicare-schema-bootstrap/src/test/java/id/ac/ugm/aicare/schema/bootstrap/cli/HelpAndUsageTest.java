package id.ac.ugm.aicare.schema.bootstrap.cli;

import static id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.Run;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpAndUsageTest {

    @Test
    void helpWorksOnEveryCommandWithoutItsRequiredOptions() {
        Set<String> commands = new CommandLine(new AicareSchemaCli()).getSubcommands().keySet();
        assertThat(commands).contains("ddl", "init", "migrate", "status", "lint", "new-migration", "repair");
        for (String command : commands) {
            Run run = run(command, "--help");
            assertThat(run.exitCode()).as(command + " --help: " + run.err()).isZero();
            assertThat(run.err()).as(command).isEmpty();
            assertThat(run.out()).as(command).contains("Usage: aicare-schema " + command + " ");
        }
    }

    @Test
    void aTopLevelErrorNamesTheToolOnce() {
        Run run = run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).containsExactly("aicare-schema: Missing command",
                "Usage: aicare-schema [OPTIONS]; see --help");
    }

    @Test
    void anUnknownCommandNamesTheToolOnce() {
        Run run = run("frobnicate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("aicare-schema: Unmatched argument").doesNotContain("aicare-schema aicare-schema");
    }
}
