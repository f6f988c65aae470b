package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.schema.lint.ChangedFiles;
import id.ac.ugm.aicare.schema.lint.FindingsBaseline;
import id.ac.ugm.aicare.schema.lint.LintConfig;
import id.ac.ugm.aicare.schema.lint.LintConfigException;
import id.ac.ugm.aicare.schema.lint.LintReport;
import id.ac.ugm.aicare.schema.lint.MigrationLinter;
import id.ac.ugm.aicare.schema.lint.MigrationTool;
import id.ac.ugm.aicare.schema.lint.Placeholders;
import id.ac.ugm.aicare.schema.lint.RuleCatalog;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.report.ReportFormat;
import id.ac.ugm.aicare.schema.lint.verify.IdempotencyVerifier;
import id.ac.ugm.aicare.schema.lint.verify.VerificationException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lint PATH...}: checks Flyway SQL migrations for statements that are not safe to run twice,
 * that lock busy tables, lose data or use types we avoid; with {@code --verify}, also runs each
 * migration twice on a scratch database. Exit 0 when nothing is at error level, 1 when something
 * is, 2 for usage and I/O errors.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Check Flyway SQL migrations (files, or folders searched for *.sql).",
                "Exit codes: 0 nothing at error level, 1 errors found, 2 usage or I/O error."})
final class LintCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Migration files or folders.")
    private List<Path> paths = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, markdown, sarif (2.1.0), github (workflow annotations) or gitlab (code quality) (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--config", paramLabel = "FILE",
            description = "JSON file that turns rules off or changes their severity, e.g. "
                    + "{\"rules\": {\"prefer-text-field\": \"off\", \"ban-drop-column\": \"error\"}}.")
    private Path config;

    @Option(names = "-P", paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = "A Flyway placeholder's value, replaced before linting as Flyway replaces it (repeatable; "
                    + "wins over --flyway-config).")
    private Map<String, String> placeholderValues = new LinkedHashMap<>();

    @Option(names = "--flyway-config", paramLabel = "FILE",
            description = "Flyway config file the placeholders (and their prefix and suffix) are read from: "
                    + "flyway.conf, flyway.toml or Spring Boot's application.properties.")
    private Path flywayConfig;

    @Option(names = "--tool", paramLabel = "TOOL", defaultValue = "flyway",
            description = "flyway (names checked, placeholders replaced, each file in Flyway's transaction) or plain "
                    + "(Diesel, golang-migrate, a folder of scripts: none of that) (default: ${DEFAULT-VALUE}).")
    private String toolName;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out matching files (repeatable): a glob without / matches file names (down.sql), "
                    + "one with / the path below the folder given (legacy/**).")
    private List<String> excludes = new ArrayList<>();

    @Option(names = "--changed-since", paramLabel = "GIT_REF",
            description = "Lint only files added or changed since the branch left GIT_REF (committed or not, and "
                    + "untracked ones); checks over the whole folder, such as duplicate versions, still see every file.")
    private String changedSince;

    @Option(names = "--findings-baseline", paramLabel = "FILE",
            description = "Findings accepted in FILE are left out of the report and do not fail the run; new ones do.")
    private Path findingsBaseline;

    @Option(names = "--write-findings-baseline",
            description = "Write every finding of this run to the --findings-baseline FILE as accepted, and exit 0.")
    private boolean writeFindingsBaseline;

    @Option(names = "--list-rules", description = "List every rule with its default severity and exit.")
    private boolean listRules;

    @Option(names = "--verify",
            description = "Also apply each migration twice to a scratch database (created and dropped on the server "
                    + "given by --url, whose user needs CREATEDB and CREATEROLE), as a throw-away role that owns only "
                    + "that database, and report every statement that fails on the second run or is refused.")
    private boolean verify;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "With --verify: SQL applied once before the migrations, e.g. the schema from 'ddl'.")
    private Path baseline;

    @Mixin
    private DatabaseOptions database;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (listRules) {
            out.print(ruleList());
            out.flush();
            return 0;
        }
        if (paths.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: PATH");
        }
        if (baseline != null && !verify) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--baseline needs --verify");
        }
        if (writeFindingsBaseline && findingsBaseline == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--write-findings-baseline needs --findings-baseline FILE");
        }
        ReportFormat reportFormat = reportFormat();
        LintConfig lintConfig = lintConfig();
        Placeholders placeholders = placeholders();
        MigrationTool tool = tool();
        FindingsBaseline accepted = findingsBaseline == null || writeFindingsBaseline ? null : loadBaseline();
        LintReport report = linter(lintConfig, placeholders, tool).lint(paths);
        if (verify) {
            try {
                report = report.with(verifier(lintConfig).placeholders(placeholders).tool(tool).verify(paths));
            } catch (VerificationException e) {
                throw new UserError(2, "--verify: " + e.getMessage());
            }
        }
        if (writeFindingsBaseline) {
            LintReport all = report;
            FindingsBaseline written = userInput(() -> FindingsBaseline.write(findingsBaseline, all));
            spec.commandLine().getErr().println("aicare-schema lint: " + written.size()
                    + " findings written to " + findingsBaseline + " as accepted");
            spec.commandLine().getErr().flush();
            out.print(reportFormat.render(report));
            out.flush();
            return report.hasIoErrors() ? 2 : 0;
        }
        LintReport shown = accepted == null ? report : accepted.filter(report);
        out.print(reportFormat.render(shown));
        out.flush();
        return shown.exitCode();
    }

    private MigrationLinter linter(LintConfig lintConfig, Placeholders placeholders, MigrationTool tool) {
        return userInput(() -> {
            MigrationLinter.Builder builder = MigrationLinter.builder().config(lintConfig).placeholders(placeholders).tool(tool);
            excludes.forEach(builder::exclude);
            if (changedSince != null) {
                Path anchor = paths.stream().filter(Files::exists).findFirst().orElse(Path.of("."));
                builder.onlyFiles(ChangedFiles.since(changedSince, anchor));
            }
            return builder.build();
        });
    }

    private MigrationTool tool() {
        return userInput(() -> MigrationTool.parse(toolName));
    }

    private FindingsBaseline loadBaseline() {
        return userInput(() -> FindingsBaseline.load(findingsBaseline));
    }

    /** Runs {@code step}; a {@link LintConfigException} (bad input) becomes a one-line error with exit 2. */
    private static <T> T userInput(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (LintConfigException e) {
            throw new UserError(2, e.getMessage());
        }
    }

    private ReportFormat reportFormat() {
        try {
            return ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private LintConfig lintConfig() {
        if (config == null) {
            return LintConfig.defaults();
        }
        try {
            return LintConfig.load(config);
        } catch (LintConfigException e) {
            throw new UserError(2, e.getMessage());
        }
    }

    private Placeholders placeholders() {
        try {
            Placeholders placeholders = flywayConfig == null ? Placeholders.flywayDefaults() : Placeholders.load(flywayConfig);
            for (Map.Entry<String, String> value : placeholderValues.entrySet()) {
                placeholders = placeholders.with(value.getKey(), value.getValue());
            }
            return placeholders;
        } catch (LintConfigException e) {
            throw new UserError(2, e.getMessage());
        }
    }

    private IdempotencyVerifier verifier(LintConfig lintConfig) {
        if (baseline != null && !Files.isRegularFile(baseline)) {
            throw new UserError(2, "baseline not found: " + baseline);
        }
        checkConnection();
        DataSource server = database.dataSource();
        IdempotencyVerifier verifier = IdempotencyVerifier.using(server, this::scratchDataSource).config(lintConfig);
        return baseline == null ? verifier : verifier.baseline(baseline);
    }

    /** Fails early, in one line, when the server cannot be reached: an I/O error, exit 2. */
    private void checkConnection() {
        try {
            database.connect().close();
        } catch (SQLException e) {
            throw new UserError(2, "cannot connect to " + database.describe() + ": " + e.getMessage());
        } catch (UserError e) {
            throw new UserError(2, e.getMessage());
        }
    }

    /** The server of --url, for the scratch database, logged in as its throw-away owner. */
    private DataSource scratchDataSource(String name, String user, String password) {
        DataSource dataSource = database.dataSource();
        if (!(dataSource instanceof PGSimpleDataSource pg)) {
            throw new UserError(2, "--verify needs a PostgreSQL data source");
        }
        pg.setDatabaseName(name);
        pg.setUser(user);
        pg.setPassword(password);
        return pg;
    }

    private static String ruleList() {
        StringBuilder out = new StringBuilder();
        for (RuleDefinition rule : RuleCatalog.all()) {
            out.append(String.format("%-46s %-8s %s%n", rule.name(), rule.defaultSeverity().label(), rule.message()));
        }
        return out.toString();
    }
}
