package id.ac.ugm.aicare.schema.bootstrap.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar aicare-schema.jar COMMAND}: the schema tools over every model module on the classpath. */
@Command(name = "aicare-schema",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Schema tools for the AICare models: emit the DDL, initialise, adopt and migrate a database, "
                + "and check migrations.",
        subcommands = {
                DdlCommand.class,
                InitCommand.class,
                MigrateCommand.class,
                StatusCommand.class,
                LintCommand.class,
                NewMigrationCommand.class,
                ErdCommand.class,
                CommandLine.HelpCommand.class
        })
public final class AicareSchemaCli implements Runnable {

    static {
        // Hibernate logs through SLF4J, which the tool's simplelogger.properties limits to warnings.
        System.setProperty("org.jboss.logging.provider", "slf4j");
    }

    /** Belt and braces should java.util.logging still be chosen: the tool's output is its own. */
    private static final Logger HIBERNATE_LOGGER = Logger.getLogger("org.hibernate");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the tool with the given streams and returns the exit code (for tests and embedding). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        HIBERNATE_LOGGER.setLevel(Level.WARNING);
        CommandLine commandLine = new CommandLine(new AicareSchemaCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }
}
