package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.schema.lint.LintConfig;
import id.ac.ugm.aicare.schema.lint.LintConfigException;
import id.ac.ugm.aicare.schema.lint.LintReport;
import id.ac.ugm.aicare.schema.lint.MigrationLinter;
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
        ReportFormat reportFormat = reportFormat();
        LintConfig lintConfig = lintConfig();
        Placeholders placeholders = placeholders();
        LintReport report = MigrationLinter.builder().config(lintConfig).placeholders(placeholders).build().lint(paths);
        if (verify) {
            try {
                report = report.with(verifier(lintConfig).placeholders(placeholders).verify(paths));
            } catch (VerificationException e) {
                throw new UserError(2, "--verify: " + e.getMessage());
            }
        }
        out.print(reportFormat.render(report));
        out.flush();
        return report.exitCode();
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
