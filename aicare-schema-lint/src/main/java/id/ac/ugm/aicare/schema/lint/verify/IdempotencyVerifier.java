package id.ac.ugm.aicare.schema.lint.verify;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintConfig;
import id.ac.ugm.aicare.schema.lint.MigrationFiles;
import id.ac.ugm.aicare.schema.lint.MigrationTool;
import id.ac.ugm.aicare.schema.lint.Placeholders;
import id.ac.ugm.aicare.schema.lint.internal.flyway.PlaceholderText;
import id.ac.ugm.aicare.schema.lint.internal.flyway.ScriptConfig;
import id.ac.ugm.aicare.schema.lint.internal.flyway.SourceMap;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.rule.VerifyRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The dynamic proof of idempotency: creates a scratch database, applies each migration twice in
 * Flyway's order, and reports every statement that fails on the second run, with its file and
 * line. No static rule can promise this; only running the SQL can.
 *
 * <pre>{@code
 * List<Finding> findings = IdempotencyVerifier.using(serverDataSource, name -> dataSourceFor(name))
 *         .baseline(Path.of("target/aicare-schema.sql"))
 *         .verify(List.of(Path.of("db/migration")));
 * }</pre>
 */
public final class IdempotencyVerifier {

    private final DataSource server;
    private final ScratchLogin database;
    private Path baseline;
    private LintConfig config = LintConfig.defaults();
    private Placeholders placeholders = Placeholders.flywayDefaults();
    private MigrationTool tool = MigrationTool.FLYWAY;

    private IdempotencyVerifier(DataSource server, ScratchLogin database) {
        this.server = server;
        this.database = database;
    }

    /**
     * @param server   a connection to any database of the server, used to create and drop the scratch
     *                 database and the role that owns it; its user needs CREATEDB and CREATEROLE (or
     *                 SUPERUSER). The migrations never run on it.
     * @param database the same server, logged in as the given role, for the database of the given name
     */
    public static IdempotencyVerifier using(DataSource server, ScratchLogin database) {
        return new IdempotencyVerifier(server, database);
    }

    /** SQL applied once before the migrations, such as the schema the migrations start from. */
    public IdempotencyVerifier baseline(Path sqlFile) {
        this.baseline = sqlFile;
        return this;
    }

    /** Severities and disabled rules for {@code not-idempotent} and {@code migration-failed}. */
    public IdempotencyVerifier config(LintConfig config) {
        this.config = config;
        return this;
    }

    /**
     * The tool that runs the migrations: Flyway's order (versions, then repeatable migrations) and
     * placeholders, or, for {@link MigrationTool#PLAIN}, every file in path order as written.
     */
    public IdempotencyVerifier tool(MigrationTool tool) {
        this.tool = tool;
        return this;
    }

    /** The Flyway placeholders replaced in each migration before it runs, as for the linter. */
    public IdempotencyVerifier placeholders(Placeholders placeholders) {
        this.placeholders = placeholders;
        return this;
    }

    /**
     * Verifies the migrations under {@code paths} (files and folders, as for the linter). Each file
     * runs in a session of its own, so that one file's session settings ({@code SET search_path})
     * do not leak into the next. Like Flyway, verification stops at the first migration that fails:
     * the ones after it would run against a schema Flyway never builds, and their failures would
     * only echo the first.
     *
     * @throws VerificationException when the scratch database cannot be created or reached
     */
    public List<Finding> verify(Collection<Path> paths) {
        List<Path> found = MigrationFiles.collect(List.copyOf(paths)).allFiles();
        List<Path> files = tool == MigrationTool.FLYWAY ? FlywayOrder.of(found)
                : found.stream().sorted(java.util.Comparator.comparing(Path::toString)).toList();
        List<Finding> findings = new ArrayList<>();
        ScratchDatabase scratch = ScratchDatabase.create(server);
        try (scratch) {
            if (baseline != null) {
                try (Connection connection = login(scratch)) {
                    if (!applyBaseline(connection, findings)) {
                        return findings;
                    }
                }
            }
            for (Path file : files) {
                boolean applied;
                try (Connection connection = login(scratch)) {
                    applied = verifyFile(connection, file, findings);
                }
                if (!applied) {
                    break;
                }
            }
        } catch (SQLException e) {
            throw new VerificationException("verification stopped: " + e.getMessage(), e);
        }
        return findings;
    }

    /** The only connection the migrations run on: logged in as the scratch database's contained owner. */
    private Connection login(ScratchDatabase scratch) throws SQLException {
        try {
            return database.dataSource(scratch.name(), scratch.name(), scratch.password()).getConnection();
        } catch (SQLException e) {
            throw new VerificationException("cannot log in as the role the migrations run as (the server must accept "
                    + "password logins for new roles): " + MigrationRun.reason(e), e);
        }
    }

    private boolean applyBaseline(Connection connection, List<Finding> findings) throws SQLException {
        Optional<String> sql = read(baseline);
        if (sql.isEmpty()) {
            throw new VerificationException("cannot read baseline " + baseline, null);
        }
        MigrationRun.FirstRun run = MigrationRun.of(sql.get()).applyOnce(connection);
        reportRefused(findings, baseline, run, SourceMap.identity(sql.get()));
        MigrationRun.Failure failure = run.failure();
        if (failure != null) {
            add(findings, VerifyRules.MIGRATION_FAILED, baseline,
                    new int[] {failure.statement().line(), failure.statement().column()}, "baseline fails: " + failure.reason());
            return false;
        }
        return true;
    }

    /** Runs one migration twice; false when its first run failed, which ends the verification as it ends Flyway's migrate. */
    private boolean verifyFile(Connection connection, Path file, List<Finding> findings) throws SQLException {
        Optional<String> sql = read(file);
        if (sql.isEmpty()) {
            // Not UTF-8 text: the static rules report it, and there is nothing sensible to run.
            return true;
        }
        ScriptConfig scriptConfig = tool == MigrationTool.FLYWAY ? ScriptConfig.beside(file) : ScriptConfig.NONE;
        PlaceholderText.Substituted substituted = scriptConfig.placeholderReplacement() ? substitute(file, sql.get())
                : PlaceholderText.Substituted.unchanged(sql.get());
        SourceMap map = substituted.map();
        if (!substituted.unresolved().isEmpty()) {
            PlaceholderText.Unresolved missing = substituted.unresolved().get(0);
            int[] at = map.originalPosition(missing.offset());
            add(findings, VerifyRules.MIGRATION_FAILED, file, at, "not run: Flyway refuses the file, placeholder '"
                    + missing.name() + "' has no value");
            return false;
        }
        MigrationRun run = MigrationRun.of(substituted.text(), scriptConfig.executeInTransaction());
        MigrationRun.FirstRun firstRun = run.applyOnce(connection);
        reportRefused(findings, file, firstRun, map);
        MigrationRun.Failure first = firstRun.failure();
        if (first != null) {
            add(findings, VerifyRules.MIGRATION_FAILED, file, position(first, map), "fails on the first run: "
                    + first.reason() + "; Flyway stops here, so the migrations after it were not verified");
            return false;
        }
        for (MigrationRun.Failure failure : run.applyAgain(connection)) {
            if (failure.refused()) {
                add(findings, VerifyRules.PRIVILEGED_STATEMENT, file, position(failure, map),
                        "refused on the second run: " + failure.reason());
            } else {
                add(findings, VerifyRules.NOT_IDEMPOTENT, file, position(failure, map),
                        "fails on the second run: " + failure.reason());
            }
        }
        return true;
    }

    private PlaceholderText.Substituted substitute(Path file, String sql) {
        if (tool != MigrationTool.FLYWAY || !placeholders.replaces()) {
            return PlaceholderText.Substituted.unchanged(sql);
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return PlaceholderText.substitute(sql, placeholders.prefix(), placeholders.suffix(),
                placeholder -> placeholders.valueOf(placeholder, name));
    }

    private static int[] position(MigrationRun.Failure failure, SourceMap map) {
        return map.original(failure.statement().line(), failure.statement().column());
    }

    private void reportRefused(List<Finding> findings, Path file, MigrationRun.FirstRun run, SourceMap map) {
        for (MigrationRun.Failure refused : run.refused()) {
            add(findings, VerifyRules.PRIVILEGED_STATEMENT, file, position(refused, map), "refused: " + refused.reason());
        }
    }

    private void add(List<Finding> findings, RuleDefinition rule, Path file, int[] at, String message) {
        Optional<Severity> severity = config.severityOf(rule);
        severity.ifPresent(s -> findings.add(new Finding(file, at[0], at[1], rule.name(), s, message, rule.hint())));
    }

    private static Optional<String> read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
