package id.ac.ugm.aicare.schema.maven;

import id.ac.ugm.aicare.schema.lint.FindingsBaseline;
import id.ac.ugm.aicare.schema.lint.LintConfig;
import id.ac.ugm.aicare.schema.lint.LintConfigException;
import id.ac.ugm.aicare.schema.lint.LintReport;
import id.ac.ugm.aicare.schema.lint.MigrationLinter;
import id.ac.ugm.aicare.schema.lint.MigrationTool;
import id.ac.ugm.aicare.schema.lint.Placeholders;
import id.ac.ugm.aicare.schema.lint.report.ReportFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's Flyway SQL migrations with the same rules as the CLI's {@code lint}, writes
 * the text report to {@code target/}, and fails the build when a finding is at error level.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class LintMojo extends AbstractMojo {

    /** Migration files or folders (searched for {@code *.sql}). */
    @Parameter(defaultValue = "${project.basedir}/src/main/resources/db/migration")
    private List<File> migrations;

    /** JSON file that turns rules off or changes their severity, as the CLI's {@code --config}. */
    @Parameter(property = "aicare.lint.config")
    private File config;

    /** Flyway placeholder values, replaced before linting as Flyway replaces them ({@code <schema>app</schema>}). */
    @Parameter
    private Map<String, String> placeholders = new LinkedHashMap<>();

    /** A Flyway config file (flyway.conf, flyway.toml, application.properties) the placeholders are read from. */
    @Parameter(property = "aicare.lint.flywayConfig")
    private File flywayConfig;

    /** Globs of files to leave out, as the CLI's {@code --exclude}. */
    @Parameter
    private List<String> excludes = new ArrayList<>();

    /** {@code flyway} or {@code plain}, as the CLI's {@code --tool}. */
    @Parameter(property = "aicare.lint.tool", defaultValue = "flyway")
    private String tool;

    /** The PostgreSQL major the migrations run on, as the CLI's {@code --pg-version}. */
    @Parameter(property = "aicare.lint.pgVersion")
    private Integer pgVersion;

    /** Findings accepted in this file are left out and do not fail the build, as the CLI's {@code --findings-baseline}. */
    @Parameter(property = "aicare.lint.findingsBaseline")
    private File findingsBaseline;

    /** The report's format: text, json, markdown, sarif, github or gitlab. */
    @Parameter(property = "aicare.lint.format", defaultValue = "text")
    private String format;

    /** Where the report goes. */
    @Parameter(property = "aicare.lint.reportFile", defaultValue = "${project.build.directory}/aicare-lint.txt")
    private File reportFile;

    @Parameter(property = "aicare.lint.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("aicare-schema lint: skipped");
            return;
        }
        List<Path> paths = new ArrayList<>();
        for (File migration : migrations) {
            if (!migration.exists()) {
                throw new MojoFailureException("aicare-schema lint: no migrations at " + migration
                        + " (set <migrations> to the folders that hold them)");
            }
            paths.add(migration.toPath());
        }
        LintReport report = linter().lint(paths);
        if (findingsBaseline != null) {
            report = userInput(() -> FindingsBaseline.load(findingsBaseline.toPath())).filter(report);
        }
        LintReport shown = report;
        ReportFormat reportFormat = userInput(() -> {
            try {
                return ReportFormat.parse(format);
            } catch (IllegalArgumentException e) {
                throw new LintConfigException(e.getMessage(), e);
            }
        });
        String text = reportFormat.render(shown);
        TargetFile.write("lint", reportFile, text);
        text.lines().forEach(line -> {
            if (shown.hasErrors()) {
                getLog().error(line);
            } else {
                getLog().info(line);
            }
        });
        if (shown.exitCode() != 0) {
            throw new MojoFailureException("aicare-schema lint: " + shown.errors().size()
                    + " finding(s) at error level in the migrations; report: " + reportFile);
        }
    }

    private MigrationLinter linter() throws MojoFailureException {
        LintConfig lintConfig = lintConfig();
        return userInput(() -> {
            Placeholders values = flywayConfig == null ? Placeholders.flywayDefaults() : Placeholders.load(flywayConfig.toPath());
            for (Map.Entry<String, String> value : placeholders.entrySet()) {
                values = values.with(value.getKey(), value.getValue());
            }
            MigrationLinter.Builder builder = MigrationLinter.builder().config(lintConfig).placeholders(values)
                    .tool(MigrationTool.parse(tool));
            excludes.forEach(builder::exclude);
            if (pgVersion != null) {
                builder.postgresVersion(pgVersion);
            }
            return builder.build();
        });
    }

    /** A step that reads the configuration; a mistake in it fails the build with one line naming it. */
    private static <T> T userInput(java.util.function.Supplier<T> step) throws MojoFailureException {
        try {
            return step.get();
        } catch (LintConfigException e) {
            throw new MojoFailureException("aicare-schema lint: " + e.getMessage(), e);
        }
    }

    private LintConfig lintConfig() throws MojoFailureException {
        if (config == null) {
            return LintConfig.defaults();
        }
        try {
            return LintConfig.load(config.toPath());
        } catch (LintConfigException e) {
            throw new MojoFailureException("aicare-schema lint: " + e.getMessage(), e);
        }
    }
}
