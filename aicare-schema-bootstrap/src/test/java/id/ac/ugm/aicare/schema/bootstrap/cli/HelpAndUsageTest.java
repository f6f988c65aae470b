package id.ac.ugm.aicare.schema.bootstrap.cli;

import static id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.Run;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpAndUsageTest {

    @Test
    void helpWorksOnEveryCommandWithoutItsRequiredOptions() {
        List<String> commands = AicareSchemaCli.commandNames();
        assertThat(commands).contains("ddl", "init", "migrate", "status", "lint", "new-migration", "repair");
        for (String command : commands) {
            Run run = run(command, "--help");
            assertThat(run.exitCode()).as(command + " --help: " + run.err()).isZero();
            assertThat(run.err()).as(command).isEmpty();
            assertThat(run.out()).as(command).contains("Usage: aicare-schema " + command + " ");
        }
    }

    @Test
    void theToolsHelpListsEveryCommand() {
        Run run = run("--help");

        assertThat(run.exitCode()).isZero();
        for (String command : AicareSchemaCli.commandNames()) {
            assertThat(run.out()).as(command).containsPattern("(?m)^\\s+" + command + "\\s");
        }
    }

    @Test
    void aRunBuildsOnlyTheCommandItNames() {
        CommandLine.IFactory factory = CommandLine.defaultFactory();

        assertThat(AicareSchemaCli.commandLine(new String[] {"init", "--url", "x"}, factory).getSubcommands())
                .containsOnlyKeys("init");
        assertThat(AicareSchemaCli.commandLine(new String[] {"--version"}, factory).getSubcommands()).isEmpty();
        assertThat(AicareSchemaCli.commandLine(new String[] {"help", "init"}, factory).getSubcommands().keySet())
                .containsExactlyElementsOf(AicareSchemaCli.commandNames());
        assertThat(AicareSchemaCli.commandLine(new String[] {"--version", "init"}, factory).getSubcommands().keySet())
                .containsExactlyElementsOf(AicareSchemaCli.commandNames());
    }

    @Test
    void helpOfACommandWorksThroughTheHelpCommand() {
        Run run = run("help", "init");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: aicare-schema init ");
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
