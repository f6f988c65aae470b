package id.ac.ugm.aicare.schema.bootstrap.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar aicare-schema.jar COMMAND}: the schema tools over every model module on the classpath. */
@Command(name = "aicare-schema",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Schema tools for the AICare models: emit the DDL, initialise, adopt and migrate a database, "
                + "and check migrations.")
public final class AicareSchemaCli implements Runnable {

    /**
     * Every command, in the order --help lists them. They are added per run ({@link #commandLine}),
     * not in the annotation: building the model of all twelve costs picocli about 90 ms of
     * reflection at every start, for a run that needs one.
     */
    private static final List<Class<?>> COMMANDS = List.of(
            DdlCommand.class,
            InitCommand.class,
            MigrateCommand.class,
            StatusCommand.class,
            CheckCommand.class,
            BaselineCommand.class,
            LintCommand.class,
            NewMigrationCommand.class,
            DiffCommand.class,
            RepairCommand.class,
            ErdCommand.class,
            CommandLine.HelpCommand.class);

    static {
        // Hibernate logs through SLF4J, which the tool's simplelogger.properties limits to warnings.
        System.setProperty("org.jboss.logging.provider", "slf4j");
    }

    /** Belt and braces should java.util.logging still be chosen: the tool's output is its own. */
    private static final Logger HIBERNATE_LOGGER = Logger.getLogger("org.hibernate");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        StandardOutput stdout = new StandardOutput();
        System.exit(execute(args, System.getenv(), new PrintWriter(stdout, true), new PrintWriter(System.err, true),
                stdout::failure));
    }

    /**
     * Runs the tool with the given streams and returns the exit code (for tests and embedding). Output
     * that could not be written (a full disk, a closed pipe) is exit code 2, whatever the command did.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, System.getenv(), out, err);
    }

    /** As {@link #execute(String[], PrintWriter, PrintWriter)}, with these environment variables ($AICARE_DB_...). */
    public static int execute(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        return execute(args, environment, out, err, () -> null);
    }

    private static int execute(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err,
            Supplier<String> writeFailure) {
        HIBERNATE_LOGGER.setLevel(Level.WARNING);
        CommandLine commandLine = commandLine(args, new EnvironmentFactory(environment));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        int exitCode = commandLine.execute(args);
        if (out.checkError()) {
            String cause = writeFailure.get();
            err.println(ToolName.ofCommandRun(commandLine) + ": cannot write to standard output"
                    + (cause == null ? "" : ": " + cause));
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }
        return exitCode;
    }

    /**
     * The tool with the commands these arguments can reach: the one they name, none for a lone
     * {@code --version}, and all of them otherwise (the tool's help lists them, and
     * {@code help COMMAND} looks its command up).
     */
    static CommandLine commandLine(String[] args, CommandLine.IFactory factory) {
        CommandLine commandLine = new CommandLine(new AicareSchemaCli(), factory);
        String first = args.length == 0 ? "" : args[0];
        boolean versionOnly = args.length == 1 && (first.equals("--version") || first.equals("-V"));
        Class<?> named = COMMANDS.stream()
                .filter(command -> command != CommandLine.HelpCommand.class && nameOf(command).equals(first))
                .findFirst().orElse(null);
        if (named != null) {
            commandLine.addSubcommand(named);
        } else if (!versionOnly) {
            COMMANDS.forEach(commandLine::addSubcommand);
        }
        return commandLine;
    }

    /** The names of every command, as --help lists them. */
    static List<String> commandNames() {
        return COMMANDS.stream().map(AicareSchemaCli::nameOf).toList();
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** Gives the database options of every command the environment to fall back on. */
    private record EnvironmentFactory(Map<String, String> environment) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == DatabaseOptions.class) {
                return type.cast(new DatabaseOptions(environment));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
